"""One neutral message of every kind, each carrying hostile text, for the renderers' tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

from domain.actions import ActionView
from domain.agenda import AgendaLine
from domain.joint_owners import Owner
from domain.meetings import MeetingView
from messages import (
    AGENDA,
    AGENDA_INVITATION,
    AGENDA_UPDATE,
    CARRY_FORWARD,
    DIGEST,
    KINDS,
    MEETING_CHANGE,
    MINUTES_SUMMARY,
    NUDGE,
    STANDING_INTERESTS,
    UNREACHABLE,
    UPDATE_REQUEST,
    Message,
    message,
)

# What a person or a file might write to ping, mention, link or format.
HOSTILE = "<at>Everyone</at> [click](https://evil.example) **loud** _x_ <!channel> & <@U0BOSS> ~gone~ `code`"
# An action's several owners, as members named them (domain.joint_owners).
JOINT = (Owner("Ben *Crossley*"), Owner(HOSTILE))


def action_view(number: int = 1, *, what: str = HOSTILE, overdue: bool = False) -> ActionView:
    return ActionView(id=number, ref=f"ACSP-{number}", what=what, board="Ashbourne <b>CSP</b>", owner="Ben [x](y)",
                      owner_slack_id=None, due=date(2015, 3, 20), due_words="due tomorrow", overdue=overdue,
                      status="open", meeting="5 Mar 2015")


def _nudge_item(ref: str = "ACSP-1", to_chair: bool = False) -> dict:
    return {"ref": ref, "what": HOSTILE, "board": "Ashbourne CSP", "due_words": "due tomorrow", "overdue": to_chair,
            "to_chair": to_chair, "owner": "Ben *Crossley*",
            "owners": JOINT}


def samples() -> dict[str, Message]:
    """A message of every kind (and the chair's nudge), keyed by a name for the test ids."""
    meeting = MeetingView(id=1, board="Ashbourne <CSP>", board_id=1, timezone="Europe/London",
                          starts=datetime(2015, 4, 2, 14, 0, tzinfo=timezone.utc), ends=None, venue=HOSTILE,
                          theme="_theme_", status="scheduled", sequence=0)
    agenda = {"board": "Ashbourne CSP", "when": "Thursday 2 April 2015, 14:00", "venue": HOSTILE, "theme": "*t*",
              "draft": False, "lines": [AgendaLine(1, "Welcome"), AgendaLine(2, "Declarations of interest"),
                                        AgendaLine(3, "Minutes of the last meeting and matters arising"),
                                        AgendaLine(4, HOSTILE, "Cllr <at>X</at>")],
              "declarations": [{"name": "Ben <at>B</at>", "interest": HOSTILE, "item": "item 4"}],
              "arising": [{"ref": "ACSP-1", "what": HOSTILE, "owner": "Ben", "owners": JOINT,
                           "due_words": "overdue by 2 days", "overdue": True, "carried": 3, "latest": HOSTILE}],
              "apologies": [{"name": HOSTILE, "substitute": "Sam"}], "proposed": [HOSTILE], "meeting_id": 1,
              "calendar": "https://matters.example/boards/1/meetings.ics", "more_arising": 12}
    found = {
        "nudge": message(NUDGE, [_nudge_item("ACSP-1"), _nudge_item("ACSP-2")]),
        "chair-overdue": message(NUDGE, [_nudge_item(to_chair=True)]),
        "digest": message(DIGEST, [{"board": HOSTILE, "week": "week of 16 March 2015", "groups": [
            ("Police <at>Org</at>", [("Ben", [action_view(1, overdue=True), action_view(2)])])], "more": 7}]),
        "digest-empty": message(DIGEST, [{"board": "Ashbourne", "week": "week of 16 March 2015", "groups": []}]),
        "agenda": message(AGENDA, [agenda]),
        "agenda-update": message(AGENDA_UPDATE, [{"number": 4, "title": HOSTILE, "presenter": HOSTILE,
                                                  "board": "Ashbourne"}]),
        "agenda-invitation": message(AGENDA_INVITATION, [agenda]),
        "update-request": message(UPDATE_REQUEST, [{"ref": "ACSP-1", "what": HOSTILE, "board": "Ashbourne",
                                                    "due_words": "due in 3 days", "overdue": False,
                                                    "when": "Thursday 2 April 2015"}]),
        "minutes-summary": message(MINUTES_SUMMARY, [{
            "board": "Ashbourne", "when": "Thursday 5 March 2015", "venue": HOSTILE, "theme": None,
            "decisions": [HOSTILE], "next_meeting": HOSTILE,
            "actions": [{"ref": "ACSP-1", "what": HOSTILE, "due": date(2015, 3, 20), "due_text": "20/03/2015",
                         "owner": HOSTILE, "owners": JOINT}]}]),
        "unreachable": message(UNREACHABLE, [{"label": HOSTILE, "reason": "user_not_found"}]),
        "meeting-change": message(MEETING_CHANGE, [{"kind": "moved", "m": meeting, "when": "Thursday 2 April 2015",
                                                    "before": meeting, "before_when": "Tuesday 31 March 2015",
                                                    "is_next": True, "calendar": None}]),
        "carry-forward": message(CARRY_FORWARD, [{
            "board": HOSTILE, "when": "Thursday 2 April 2015, 14:00", "limit": 3,
            "actions": [{"ref": f"ACSP-{n}", "what": HOSTILE, "owner": "Ben [x](y)",
                         "owners": JOINT, "due_words": "overdue by 2 days", "overdue": n == 1, "carried": n + 1} for n in (1, 2)]}]),
        "standing-interests": message(STANDING_INTERESTS, [{
            "board": "Ashbourne CSP", "when": "Thursday 2 April 2015, 14:00",
            "entries": [{"name": "Ben <at>B</at>", "interests": HOSTILE}]}]),
    }
    assert {m.kind for m in found.values()} == set(KINDS)
    return found
