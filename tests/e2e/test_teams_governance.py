"""Governance in Teams, through signed activities: the chair's carry-forward card with Close, Re-date and Keep
as Action.Execute buttons (pressed with the verb and data the card carries, recorded in the audit trail, and
refused to anyone but the chair or secretary), and the decisions, decision and declare words. On SQLite and
PostgreSQL (the `db` fixture)."""

from __future__ import annotations

from datetime import timedelta

from jobs.agendas import carry_forward_item
from messages import CARRY_CLOSE, CARRY_FORWARD, CARRY_KEEP, CARRY_REDATE, message
from teams.cards import activity_for
from tests.conftest import NOW
from tests.e2e.test_teams_conversations import (  # noqa: F401  (fixtures)
    HAYLEY,
    SARAH,
    card_of,
    cloud,
    connector,
    set_up_board,
    teams,
    words,
)
from tests.unit.test_teams_cards import check, execute_actions


def _three_carried_actions(teams, services):  # type: ignore[no-untyped-def]
    set_up_board(teams)
    for what in ("Map the hotspots", "Share the referral figures", "Review the CCTV contract"):
        teams.say_in_channel(SARAH, f"action <at>Hayley Hughes</at> {what} by 9 December 2026", mentions=[HAYLEY])
    with services.db.unit_of_work() as reg:
        board = reg.board_by_name("Chorley PSR Board")
        for number in (1, 2, 3):
            reg.action_by_ref("CPB", number).created_at = NOW - timedelta(days=120)
        for days_ago in (90, 30):
            reg.add_meeting(board_id=board.id, starts_at=NOW - timedelta(days=days_ago), status="held", sequence=0)
        reg.add_meeting(board_id=board.id, starts_at=NOW + timedelta(days=14), status="scheduled", sequence=0)
        meeting = reg.next_meetings([board.id], NOW)[board.id]
        item = carry_forward_item(reg, board, meeting, NOW)
    assert item is not None and [a["carried"] for a in item["actions"]] == [2, 2, 2]
    return check(activity_for(message(CARRY_FORWARD, [item]))["attachments"][0]["content"])


def _button(card, verb, ref):  # type: ignore[no-untyped-def]
    [found] = [a for a in execute_actions(card) if a["verb"] == verb and a["data"] == {"ref": ref}]
    return found


def test_the_chair_closes_re_dates_and_keeps_carried_actions_from_the_card_and_each_is_in_the_audit_trail(
        teams, services):
    card = _three_carried_actions(teams, services)
    assert "carried forward" in words(card) and "carried 2 meetings so far" in words(card)
    assert {a["verb"] for a in execute_actions(card)} == {CARRY_CLOSE, CARRY_REDATE, CARRY_KEEP}

    refused = teams.press(HAYLEY, _button(card, CARRY_CLOSE, "CPB-1"))
    assert refused["type"] == "application/vnd.microsoft.activity.message"
    assert "chair or secretary" in refused["value"]

    closed = check(teams.press(SARAH, _button(card, CARRY_CLOSE, "CPB-1"))["value"])
    assert "Closed CPB-1" in words(closed)
    assert [a["data"]["ref"] for a in execute_actions(closed) if a["verb"] == CARRY_KEEP] == ["CPB-2", "CPB-3"]
    no_date = teams.press(SARAH, _button(closed, CARRY_REDATE, "CPB-2"))
    assert "Pick a date" in no_date["value"]
    redated = check(teams.press(SARAH, _button(closed, CARRY_REDATE, "CPB-2"), {"date:CPB-2": "2027-01-15"})["value"])
    assert "Re-dated CPB-2 to 15 January 2027" in words(redated)
    kept = check(teams.press(SARAH, _button(redated, CARRY_KEEP, "CPB-3"))["value"])
    assert "Kept CPB-3" in words(kept) and "Nothing else carried forward" in words(kept)
    assert execute_actions(kept) == []

    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPB", 1).status == "dropped"
        assert str(reg.action_by_ref("CPB", 2).due_date) == "2027-01-15"
        trail = {n: [u.kind for u in reg.action_updates(reg.action_by_ref("CPB", n).id)] for n in (1, 2, 3)}
    assert "closed" in trail[1] and "due" in trail[2] and "kept" in trail[3]


def test_decisions_are_recorded_and_found_by_their_words_and_declarations_reach_the_agenda(teams, services):
    _three_carried_actions(teams, services)
    [refused] = teams.say_in_channel(HAYLEY, "decision Agreed the hotspot map")
    assert refused["text"] == "Only the board's chair or secretary records its decisions."
    [recorded] = teams.say_in_channel(SARAH, "decision Agreed to share [data](https://evil.example) with the health board")
    assert recorded["text"].startswith("Decision recorded for Chorley PSR Board")
    [found] = teams.say_in_channel(HAYLEY, "decisions sharing")
    assert "Agreed to share [data](https://evil.example) with the health board" in words(card_of(found))
    [none] = teams.say_in_channel(HAYLEY, "decisions vaping")
    assert "No decisions with those words" in words(card_of(none))

    [declared] = teams.say_in_channel(HAYLEY, "declare 2 I am a trustee of the foodbank")
    assert declared["text"].startswith("Declared for the meeting of Chorley PSR Board")
    [standing] = teams.say_in_channel(HAYLEY, "declare standing Employed by Chorley Council")
    assert "standing register entry is now: Employed by Chorley Council" in standing["text"]
    [agenda] = teams.say_in_channel(SARAH, "agenda")
    shown = words(card_of(agenda))
    assert "Declarations of interest" in shown and "I am a trustee of the foodbank" in shown
    assert "carried 2 meetings" in shown
