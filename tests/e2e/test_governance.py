"""Governance a board answers for, through signed Slack requests, the sweeps and the command line:
the decisions register, declarations of interest, exempt (Part B) business and actions carried
forward meeting after meeting."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import date, datetime, time, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain.boards import save_board
from domain.meeting_record import record_minutes
from handlers import web_client
from handlers.delivery import SlackSender
from handlers.services import workspace_directory
from jobs.outbox import DeliveryFailed
from jobs.runner import SWEEPS, run_job
from messages import CARRY_FORWARD, STANDING_INTERESTS
from minutes import Action, AgendaItem, Attendee, Declaration, Minutes, NextMeeting
from minutes import extract_text, read_minutes
from minutes.from_register import minutes_of
from minutes.writer import write_minutes
from templates.block_kit import CARRY_CLOSE, CARRY_KEEP, CARRY_REDATE
from tests.bot_cli import bot_here
from tests.blockkit import assert_valid_message

ROOT = Path(__file__).resolve().parents[2]
PART_B = ROOT / "tests" / "fixtures" / "governance" / "part-b-minutes.txt"
LONDON = ZoneInfo("Europe/London")
CHANNEL = "C0HWB"
BOARD = "Ashworth Health and Wellbeing Board"
PEOPLE = {"U0CORA": "Cora Chair", "U0SAM": "Sam Secretary", "U0OWEN": "Owen Owner", "U0MARK": "Mark Member"}
# Words that must never leave the board: an exempt item's title, its decision and a declaration under it.
SECRET_TITLE = "Quillfeather acquisition of Harrowgate depot"
SECRET_DECISION = "The board agreed the Zanzibarine settlement terms"
SECRET_DECLARATION = "Director of Marrowdene Holdings"
# An action recorded under the exempt item: its owner (and the board's officers) hear of it directly.
SECRET_ACTION = "Negotiate the Vellichor lease surrender"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON).astimezone(timezone.utc)


def september_minutes() -> Minutes:
    """Minutes with an exempt item, built directly (the reader's own Part B rule is tested below)."""
    return Minutes(
        board=BOARD, date=date(2026, 9, 9), start_time=time(14, 0), venue="Ashworth Town Hall",
        present=(Attendee("Cora Chair", role="Chair"), Attendee("Owen Owner"), Attendee("Mark Member"),
                 Attendee("Sam Secretary", capacity="officer")),
        agenda_items=(AgendaItem("1", "Welcome and apologies"), AgendaItem("2", "Data sharing agreement"),
                      AgendaItem("3", SECRET_TITLE, exempt=True)),
        decisions=("The board agreed the data sharing agreement with the trusts", SECRET_DECISION),
        decision_items=("2", "3"),
        declarations=(Declaration("Mark Member", "Trustee of Ashworth Carers", "2"),
                      Declaration("Owen Owner", SECRET_DECLARATION, "3")),
        actions=(Action("Circulate the signed data sharing agreement", who="Mark Member", due=date(2026, 12, 1),
                        due_text="1 December 2026", item="2"),
                 Action(SECRET_ACTION, who="Owen Owner", due=date(2026, 12, 1), due_text="1 December 2026",
                        item="3")),
        next_meeting=NextMeeting(date=date(2026, 12, 9), time=time(14, 0), venue="Ashworth Town Hall"),
    )


def record(db, minutes: Minutes, now: datetime) -> int:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, BOARD, now=now, timezone="Europe/London", channel_id=CHANNEL)
        done = record_minutes(reg, minutes, board, now=now, digest=minutes.digest())
        for member in reg.members_of_board(board.id):
            member.slack_id = next((u for u, n in PEOPLE.items() if n == member.name), member.slack_id)
        return done.meeting_id


@pytest.fixture
def hwb(db, slack, web):  # type: ignore[no-untyped-def]
    for user, name in PEOPLE.items():
        slack.add_user(user, name, f"{name.split()[0].lower()}@ashworth.example")
    meeting_id = record(db, september_minutes(), at("2026-09-10T09:00"))
    web.services_clock.now = at("2026-11-23T10:00")
    return meeting_id


def sweep(db, slack, name: str, when: str):  # type: ignore[no-untyped-def]
    client = web_client("xoxb-test", slack.api_url)
    return run_job(name, db, SlackSender(client), at(when), directory=lambda: workspace_directory(client),
                   wall=lambda: at(when))


def channel_posts(slack):  # type: ignore[no-untyped-def]
    return [c for c in slack.sent("chat.postMessage") if c.body["channel"] == CHANNEL]


def dms(slack, user: str):  # type: ignore[no-untyped-def]
    return [c for c in slack.sent("chat.postMessage") if c.body["channel"] == user]


# -- the decisions register ----------------------------------------------------------------------

def test_decisions_from_minutes_and_chat_are_found_by_their_words_newest_first_with_a_link(hwb, web, db, slack):
    sweep(db, slack, "minutes", "2026-09-10T10:00")  # the summary the link points at
    summary = channel_posts(slack)[0]
    assert "data sharing agreement with the trusts" in summary.body["text"]
    web.services_clock.now = at("2026-09-09T16:00")
    noted = web.command("/decision", "item 2 The board noted the data sharing audit", user="U0SAM", channel=CHANNEL)
    assert "Decision recorded" in noted.text and "9 September 2026 (item 2)" in noted.text, noted.text
    web.services_clock.now = at("2026-12-09T16:00")
    recorded = web.command("/decision", "The board agreed to renew the data sharing protocol",
                           user="U0CORA", channel=CHANNEL)
    assert "meeting of 9 December 2026" in recorded.text, recorded.text
    found = web.command("/decisions", "data sharing", user="U0MARK", channel=CHANNEL)
    assert_valid_message(found.json)
    text = found.text
    assert text.index("renew the data sharing protocol") < text.index("agreement with the trusts")
    assert "*9 Dec 2026*" in text and "(item 2): The board noted the data sharing audit" in text
    assert f"<https://local.slack.example/archives/{CHANNEL}/p" in text  # the minutes summary's permalink
    assert SECRET_DECISION not in web.command("/decisions", "Zanzibarine", user="U0CORA", channel=CHANNEL).text
    assert "No decisions with those words" in web.command("/decisions", "zanzibarine", user="U0SAM",
                                                          channel=CHANNEL).text


def test_only_the_chair_or_secretary_records_a_decision_and_bad_input_changes_nothing(hwb, web, db):
    refused = web.command("/decision", "We agreed to do everything", user="U0MARK", channel=CHANNEL)
    assert "Only the board's chair or secretary" in refused.text
    assert "no item 9" in web.command("/decision", "item 9 Agreed", user="U0SAM", channel=CHANNEL).text
    assert "under 2,000" in web.command("/decision", "x" * 2100, user="U0SAM", channel=CHANNEL).text
    with db.unit_of_work() as reg:
        assert len(reg.decisions_of(hwb)) == 2


def test_a_search_is_words_only_so_query_syntax_is_harmless(hwb, web):
    for text in ('"unbalanced', "NEAR(data sharing)", "data* OR -sharing", "'; DROP TABLE decisions; --"):
        reply = web.command("/decisions", text, user="U0MARK", channel=CHANNEL)
        assert reply.status == 200 and "Sorry" not in reply.text, (text, reply.text)


def test_export_decisions_writes_the_register_for_an_auditor(hwb, db, tmp_path):
    env = {"DATABASE_URL": str(db.engine.url.render_as_string(hide_password=False))}
    run = lambda *a: bot_here(*a, env=env, cwd=tmp_path)  # noqa: E731 - `python bot.py`, in this process
    csv_out = run("export-decisions", "AHWB")
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.splitlines()[0] == "Meeting date,Item,Decision,Source,Exempt"
    assert "2026-09-09,2,The board agreed the data sharing agreement with the trusts,minutes," in csv_out.stdout
    assert SECRET_DECISION not in csv_out.stdout
    md = run("export-decisions", BOARD, "--format", "md", "--include-exempt", "--since", "2026-01-01")
    assert md.returncode == 0 and SECRET_DECISION in md.stdout and "| 2026-09-09 | 3 |" in md.stdout
    assert "0 decisions" in run("export-decisions", "AHWB", "--since", "2027-01-01", "--format", "md").stdout
    for bad in (["export-decisions", "No Such Board"], ["export-decisions", "AHWB", "--since", "last week"],
                ["export-decisions", "AHWB", "--format", "xlsx"]):
        result = run(*bad)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


# -- declarations of interest --------------------------------------------------------------------

def test_declarations_made_in_chat_show_on_the_agenda_and_standing_entries_reach_the_officers(hwb, web, db, slack):
    web.services_clock.now = at("2026-11-24T10:00")
    web.command("/agenda", "add Carers strategy", user="U0SAM", channel=CHANNEL)
    said = web.command("/declare", "4 I am a trustee of Ashworth Carers", user="U0MARK", channel=CHANNEL)
    assert "Declared for the meeting" in said.text and "Wednesday 9 December 2026" in said.text, said.text
    web.command("/declare", "Pharmacy contracts - my partner is a pharmacist", user="U0OWEN", channel=CHANNEL)
    web.command("/declare", "4 I am a trustee of Ashworth Carers", user="U0MARK", channel=CHANNEL)  # once only
    standing = web.command("/declare", "standing Employed by Ashworth Council; director of Ashworth Homes Ltd",
                           user="U0OWEN", channel=CHANNEL)
    assert "standing register entry is now" in standing.text
    assert "know you" in web.command("/declare", "4 Something", user="U0OUTSIDER", channel=CHANNEL).text
    sweep(db, slack, "agendas", "2026-12-01T10:00")
    agenda = next(c for c in channel_posts(slack) if "Agenda" in c.body["text"])
    assert_valid_message(agenda.body)
    text = "\n".join(b["text"]["text"] for b in agenda.body["blocks"] if b["type"] == "section")
    declared = text.split("Declarations of interest", 1)[1].split("*3.*", 1)[0]
    assert declared.count("Mark Member: I am a trustee of Ashworth Carers (item 4 Carers strategy)") == 1
    assert "Owen Owner: my partner is a pharmacist (Pharmacy contracts)" in declared
    for officer in ("U0CORA", "U0SAM"):
        register = [c for c in dms(slack, officer) if "Standing register of interests" in c.body["text"]]
        assert len(register) == 1 and "director of Ashworth Homes Ltd" in register[0].body["text"]
    with db.unit_of_work() as reg:
        exported = write_minutes(minutes_of(reg, reg.meeting(hwb)), "md").decode()
    assert "Mark Member declared Trustee of Ashworth Carers (item 2)." in exported
    assert SECRET_DECLARATION not in exported


# -- carry-forward ageing ------------------------------------------------------------------------

@pytest.fixture
def carried(db, slack, web):  # type: ignore[no-untyped-def]
    """An action raised in June and carried at the August and October meetings; December's is its third."""
    for user, name in PEOPLE.items():
        slack.add_user(user, name)
    june = Minutes(board=BOARD, date=date(2026, 6, 10), start_time=time(14, 0),
                   present=(Attendee("Cora Chair", role="Chair"), Attendee("Owen Owner"),
                            Attendee("Sam Secretary", capacity="officer")),
                   actions=(Action("Map the carers' respite beds", who="Owen Owner"),))
    record(db, june, at("2026-06-11T09:00"))
    with db.unit_of_work() as reg:
        board = reg.board_by_channel(CHANNEL)
        for day in ("2026-08-12", "2026-10-14"):
            reg.add_meeting(board_id=board.id, starts_at=at(f"{day}T14:00"), status="held", sequence=0)
        reg.add_meeting(board_id=board.id, starts_at=at("2026-12-09T14:00"), status="scheduled", sequence=0)
        october = reg.meeting_on(board.id, date(2026, 10, 14), LONDON)
        young = reg.add_action(board_id=board.id, number=reg.take_action_number(board), meeting_id=october.id,
                               what="Draft the winter pressures letter", owner_id=board.chair_id, status="open",
                               created_at=at("2026-10-15T09:00"))
        assert young.id
    web.services_clock.now = at("2026-11-26T10:00")
    return web


def test_an_action_at_its_third_meeting_is_put_to_the_chair_once_with_close_redate_and_keep(carried, db, slack):
    sweep(db, slack, "agendas", "2026-11-26T10:00")  # three working days before the agenda deadline
    sweep(db, slack, "agendas", "2026-11-27T10:00")
    asked = [c for c in dms(slack, "U0CORA") if "carried forward" in c.body["text"]]
    assert len(asked) == 1
    message = asked[0].body
    assert_valid_message(message)
    ids = [e.get("action_id") for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert ids == [CARRY_CLOSE, CARRY_REDATE, CARRY_KEEP]  # one action only: the young one is not flagged
    assert "Map the carers" in message["text"] or "Map the carers" in json.dumps(message)
    assert "carried 2 meetings so far" in json.dumps(message)
    sweep(db, slack, "agendas", "2026-12-01T10:00")
    agenda = next(c for c in channel_posts(slack) if "Agenda" in c.body["text"])
    shown = json.dumps(agenda.body)
    assert "Map the carers\\u2019 respite beds" in shown or "Map the carers' respite beds" in shown
    assert "carried 2 meetings" in shown and "Draft the winter pressures letter" in shown
    assert agenda.body["text"].count("carried ") == 1  # raised at October's meeting, it has not been carried yet


def test_a_long_carried_action_is_put_to_the_chair_when_more_actions_are_open_than_the_agenda_shows(
        carried, db, slack):
    """The agenda shows the 50 soonest due; the carried action has no date, so it sorts after 60 younger
    ones, and is still put to the chair when the first sweep to see the meeting is the agenda's."""
    with db.unit_of_work() as reg:
        board = reg.board_by_channel(CHANNEL)
        october = reg.meeting_on(board.id, date(2026, 10, 14), LONDON)
        for n in range(60):
            reg.add_action(board_id=board.id, number=reg.take_action_number(board), meeting_id=october.id,
                           what=f"Young action {n}", owner_id=board.chair_id, status="open",
                           due_date=date(2026, 12, 1 + n % 20), created_at=at("2026-10-15T09:00"))
    sweep(db, slack, "agendas", "2026-12-01T10:00")
    asked = [c for c in dms(slack, "U0CORA") if "carried forward" in c.body["text"]]
    assert len(asked) == 1
    shown = json.dumps(asked[0].body)
    assert "Map the carers" in shown and "Young action" not in shown


def test_the_chairs_choice_is_recorded_in_the_audit_trail(carried, db, slack):
    ref = "AHWB-1"
    refused = carried.click(CARRY_KEEP, ref, user="U0OWEN", channel="D0OWEN")
    assert refused.status == 200
    told = slack.wait_for("respond")[-1].body["text"]
    assert "chair or secretary" in told
    carried.click(CARRY_KEEP, ref, user="U0CORA", channel="D0CORA")
    slack.wait_for("respond", 2)
    carried.interaction({
        "type": "block_actions", "user": {"id": "U0CORA"}, "team": {"id": "T0TEST"}, "channel": {"id": "D0CORA"},
        "container": {"type": "message"}, "trigger_id": "t", "response_url": slack.response_url("redate"),
        "actions": [{"type": "datepicker", "action_id": CARRY_REDATE, "block_id": f"carry:{ref}",
                     "selected_date": "2027-03-31", "action_ts": "1"}]})
    slack.wait_for("respond", 3)
    carried.click(CARRY_CLOSE, ref, user="U0CORA", channel="D0CORA")
    slack.wait_for("respond", 4)
    with db.unit_of_work() as reg:
        action = reg.action_by_ref("AHWB", 1)
        kinds = [u.kind for u in reg.action_updates(action.id)]
        assert action.status == "dropped" and action.due_date == date(2027, 3, 31)
    assert kinds == ["created", "kept", "due", "closed"]
    sweep(db, slack, "agendas", "2026-11-27T10:00")
    assert not [c for c in dms(slack, "U0CORA") if "carried forward" in c.body["text"]]


class RefusingOnce:
    """A sender that refuses the first message of each of some kinds: a passing failure, nothing arrived."""

    def __init__(self, inner, kinds: set[str]) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.kinds = inner, set(kinds)

    def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
        if message.kind in self.kinds:
            self.kinds.discard(message.kind)
            raise DeliveryFailed("refused for the test")
        return self.inner.send(recipient, message, key=key)

    def find(self, recipient, key, *, since):  # type: ignore[no-untyped-def]
        return self.inner.find(recipient, key, since=since)


def test_a_carry_forward_or_standing_register_message_refused_as_the_agenda_went_is_sent_by_the_next_sweep(
        carried, db, slack):
    with db.unit_of_work() as reg:
        reg.member_by_slack_id("U0OWEN").interests = "Employed by Ashworth Council"
    client = web_client("xoxb-test", slack.api_url)
    refusing = RefusingOnce(SlackSender(client), {CARRY_FORWARD, STANDING_INTERESTS})
    first = run_job("agendas", db, refusing, at("2026-12-01T10:00"), wall=lambda: at("2026-12-01T10:00"))
    assert len(first.failed) == 2 and len([c for c in channel_posts(slack) if "Agenda" in c.body["text"]]) == 1
    assert not refusing.kinds, "both kinds were refused once"
    again = sweep(db, slack, "agendas", "2026-12-01T10:05")
    assert again.sent == 2 and again.failed == [], "the carry-forward message and the refused register, not the agenda"
    assert len([c for c in dms(slack, "U0CORA") if "carried forward" in c.body["text"]]) == 1
    for officer in ("U0CORA", "U0SAM"):
        assert len([c for c in dms(slack, officer) if "Standing register of interests" in c.body["text"]]) == 1
    assert len([c for c in channel_posts(slack) if "Agenda" in c.body["text"]]) == 1
    assert sweep(db, slack, "agendas", "2026-12-01T10:10").sent == 0


# -- exempt business -----------------------------------------------------------------------------

@pytest.mark.slow  # (seconds of CPU; runs in CI's slow suite)
def test_exempt_business_never_leaves_the_board(hwb, web, db, slack, caplog, tmp_path):
    """Minutes with an exempt item: every sweep over the run-up to the next meeting and after, every
    command, every export and every log line are searched for its words."""
    caplog.set_level(logging.INFO)  # the bot's default LOG_LEVEL (DEBUG writes Bolt's whole replies by design)
    with db.unit_of_work() as reg:
        reg.board_by_channel(CHANNEL).settings = {"digest_to_channel": True}
    replies = []
    for moment in ("2026-09-10T10:00", "2026-11-16T10:00", "2026-11-23T10:00", "2026-11-25T10:00",
                   "2026-11-26T10:00", "2026-11-30T10:00", "2026-12-01T10:00", "2026-12-02T10:00",
                   "2026-12-08T10:00", "2026-12-10T10:00"):
        web.services_clock.now = at(moment)
        for name in SWEEPS:
            sweep(db, slack, name, moment)
        for user in (*PEOPLE, "U0OUTSIDER"):
            for command, text in (("/agenda", ""), ("/minutes", ""), ("/decisions", ""),
                                  ("/decisions", "Zanzibarine settlement"), ("/meeting", ""), ("/attendance", ""),
                                  ("/myactions", ""), ("/actions", "all" if user == "U0OUTSIDER" else "")):
                replies.append((user, command, web.command(command, text, user=user, channel=CHANNEL).body.decode()))
    web.command("/agenda", "post", user="U0SAM", channel=CHANNEL)
    with db.unit_of_work() as reg:
        meeting = reg.meeting(hwb)
        board_id = meeting.board_id
        exports = [write_minutes(minutes_of(reg, meeting), fmt) for fmt in ("md", "html")]
        docx = write_minutes(minutes_of(reg, meeting), "docx")
        with_exempt = write_minutes(minutes_of(reg, meeting, include_exempt=True), "md").decode()
    exports.append(extract_docx(docx, tmp_path).encode())
    exports.append(web.request("GET", f"/boards/{board_id}/meetings.ics").body)
    strict = (SECRET_TITLE, SECRET_DECISION, SECRET_DECLARATION)
    sent = slack.sent()
    assert sent, "the sweeps sent nothing at all"
    for call in sent:
        body = json.dumps(call.body, ensure_ascii=False)
        assert not [p for p in strict if p in body], (call.method, body[:300])
        if SECRET_ACTION in body:  # only ever directly to the board's own people, never a channel
            assert call.method == "chat.postMessage" and call.body["channel"] in PEOPLE, body[:300]
    owner_heard = [c for c in dms(slack, "U0OWEN") if SECRET_ACTION in json.dumps(c.body, ensure_ascii=False)]
    assert owner_heard, "the owner of the exempt item's action was never reminded of it"
    for user, command, body in replies:
        shown = json.loads(body)["text"] if body else ""
        assert not [p for p in strict if p in body], (user, command, shown[:300])
        if user == "U0OUTSIDER" or command in ("/agenda", "/minutes", "/decisions"):
            assert SECRET_ACTION not in body, (user, command)
    for document in exports:
        assert not [p for p in (*strict, SECRET_ACTION) if p.encode() in document]
    assert SECRET_TITLE in with_exempt and SECRET_DECISION in with_exempt and SECRET_ACTION in with_exempt
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert not [p for p in (*strict, SECRET_ACTION) if p in logged]


def extract_docx(document: bytes, folder: Path) -> str:
    path = folder / "export.docx"
    path.write_bytes(document)
    return extract_text(path)


def test_the_secretary_marks_an_item_exempt_and_the_posted_agenda_withholds_it(hwb, web, db, slack):
    web.services_clock.now = at("2026-11-24T10:00")
    web.command("/agenda", "add Merger of the two commissioning teams", user="U0SAM", channel=CHANNEL)
    assert "Only the board's chair or secretary" in web.command("/agenda", "exempt 4", user="U0MARK",
                                                                 channel=CHANNEL).text
    assert "standing item" in web.command("/agenda", "exempt 2", user="U0SAM", channel=CHANNEL).text
    assert "is exempt" in web.command("/agenda", "exempt 4", user="U0SAM", channel=CHANNEL).text
    draft = web.command("/agenda", "", user="U0SAM", channel=CHANNEL).text
    assert "Merger of the two" not in draft and "Exempt item (not for publication)" in draft
    sweep(db, slack, "agendas", "2026-12-01T10:00")
    agenda = json.dumps([c.body for c in channel_posts(slack)])
    assert "Exempt item" in agenda and "Merger of the two" not in agenda
    assert "open business again" in web.command("/agenda", "open 4", user="U0CORA", channel=CHANNEL).text
    assert "Merger of the two" in web.command("/agenda", "", user="U0SAM", channel=CHANNEL).text


def test_minutes_with_part_b_read_from_a_file_are_recorded_exempt(db):
    minutes = read_minutes(extract_text(PART_B))
    exempt = [i.title for i in minutes.agenda_items if i.exempt]
    if not exempt:
        pytest.xfail("the reader does not yet mark Part B items exempt (the reader's own change)")
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, minutes.board or BOARD, now=at("2026-10-01T09:00"), timezone="Europe/London",
                              channel_id=CHANNEL)
        meeting_id = record_minutes(reg, minutes, board, now=at("2026-10-01T09:00"),
                                    digest=minutes.digest()).meeting_id
        exported = write_minutes(minutes_of(reg, reg.meeting(meeting_id)), "md").decode()
    assert "Brackenfold" not in exported and "Carers strategy" in exported


def test_board_add_sets_how_many_meetings_an_action_may_be_carried(db, tmp_path):
    env = {"DATABASE_URL": str(db.engine.url.render_as_string(hide_password=False))}
    run = lambda *a: bot_here(*a, env=env, cwd=tmp_path)  # noqa: E731 - `python bot.py`, in this process
    assert run("board", "add", BOARD, "--carry-forward", "4").returncode == 0
    with db.unit_of_work() as reg:
        assert reg.board_by_name(BOARD).settings == {"carry_forward_meetings": 4}
    bad = run("board", "add", BOARD, "--carry-forward", "none")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_the_minutes_preview_withholds_an_exempt_items_title_and_offers_the_toggle():
    from handlers.minutes_preview import EXEMPT, preview

    shown = preview(7, board=BOARD, file_name="september.txt", minutes=september_minutes(), unmatched=[])
    assert_valid_message(shown)
    body = json.dumps(shown)
    assert SECRET_TITLE not in body and "Data sharing agreement" in body
    toggles = [b["accessory"] for b in shown["blocks"] if b.get("accessory", {}).get("action_id") == EXEMPT]
    assert [(t["text"]["text"], t["value"]) for t in toggles] == [
        ("Mark exempt", "7:0"), ("Mark exempt", "7:1"), ("Make open", "7:2")]


def test_an_item_marked_exempt_stays_exempt_when_the_minutes_are_recorded_again(hwb, db):
    with db.unit_of_work() as reg:
        item = next(i for i in reg.agenda_of(hwb) if i.title == "Data sharing agreement")
        item.exempt = True
    corrected = september_minutes()
    corrected = type(corrected)(**{**corrected.__dict__, "venue": "Ashworth Civic Centre"})
    record(db, corrected, at("2026-09-12T09:00"))
    with db.unit_of_work() as reg:
        assert {i.title: i.exempt for i in reg.agenda_of(hwb)} == {
            "Welcome and apologies": False, "Data sharing agreement": True, SECRET_TITLE: True}
        assert [d.text for d in reg.decisions_of(hwb)][0].startswith("The board agreed the data sharing")
        assert reg.meeting(hwb).venue == "Ashworth Civic Centre"
