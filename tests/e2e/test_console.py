"""The console, as a secretary uses it: forms with time pickers, a form sent back with an error,
a confirmation, and commands it does not know. In process, on the demo board."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest

from console.shell import clock_time, run_console
from handlers.services import Services

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def chat(sqlite_db):  # type: ignore[no-untyped-def]
    services = Services(db=sqlite_db, clock=lambda: NOW)

    def typed(*lines: str, demo: bool = True) -> str:
        out = io.StringIO()
        status = run_console(sqlite_db, services, speaker=None, demo=demo, stdin=io.StringIO("\n".join(lines) + "\n"),
                             stdout=out)
        assert status == 0, out.getvalue()
        return out.getvalue()

    typed.db = sqlite_db  # type: ignore[attr-defined]
    return typed


def meetings(db):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        return [(m.starts_at, m.venue, m.status) for board in reg.boards() for m in reg.meetings_of_board(board.id)]


@pytest.mark.parametrize(("typed", "picked"), [("14:00", "14:00"), ("9.30", "09:30"), ("2pm", "14:00"),
                                               ("2.30 pm", "14:30"), ("12am", "00:00"), ("noonish", None),
                                               ("25:00", None), ("13pm", None)])
def test_a_time_is_read_as_a_time_picker_would_give_it(typed, picked):
    assert clock_time(typed) == picked


def test_meeting_new_succeeds_in_the_console_with_its_time_pickers(chat):
    chat()  # the demo board, as it starts
    before = meetings(chat.db)
    out = chat("/meeting new", "17 March 2027", "2pm", "", "Town Hall", "")
    assert "New meeting of Ashworth Health and Wellbeing Board: Wednesday 17 March 2027, 14:00 at Town Hall" in out
    added = [m for m in meetings(chat.db) if m not in before]
    assert [(m[0].isoformat(), m[1]) for m in added] == [("2027-03-17T14:00:00+00:00", "Town Hall")]


def test_a_form_sent_back_with_an_error_keeps_the_other_answers(chat):
    out = chat("/meeting new", "17 March 2027", "15:00", "14:00", "Town Hall", "Falls", "16:30")
    assert "The meeting must end after it starts." in out
    assert "Ends [14:00] (optional): 16:30" in out  # asked again for that answer only
    assert "17 March 2027, 15:00–16:30 at Town Hall" in out.replace("\u2013", "–")
    assert out.count("Venue") == 1


def test_meeting_edit_offers_the_meeting_as_it_is(chat):
    out = chat("/meeting edit", "", "15:00", "", "", "")
    assert "Starts [14:00]: 15:00" in out and "Venue [Ashworth Central Library, Learning Room]" in out
    assert "moved" in out.lower()


def test_meeting_cancel_asks_for_a_yes_first(chat):
    out = chat("/meeting cancel", "Cancel the meeting", "no")
    assert "Cancel the meeting of" in out and "(nothing done)" in out
    assert all(status == "scheduled" for _, _, status in meetings(chat.db) if status != "held")
    out = chat("/meeting cancel", "Cancel the meeting", "yes", demo=False)
    assert "Cancelled the meeting of" in out
    assert "cancelled" in [status for _, _, status in meetings(chat.db)]


def test_an_unknown_command_says_so_and_points_to_help(chat):
    out = chat("/frobnicate now")
    assert "I don't know /frobnicate; try /help" in out
    assert "@app.command" not in out and "Suggestion" not in out


def test_help_lists_what_the_bot_can_do(chat):
    out = chat("/help")
    assert "What I can do here" in out and "/myactions" in out and "/attendance" in out


def test_emoji_the_bot_writes_show_in_the_terminal_without_a_stray_space(chat):
    out = chat("/meeting")
    line = next(line for line in out.splitlines() if "Ashworth Health and Wellbeing Board" in line and "meeting" in line.lower())
    assert not line.startswith(" ") and ":date:" not in out


def test_minutes_and_attendance_count_the_demo_meetings_apology_and_substitute_alike(chat):
    out = chat("/minutes", "/attendance")
    assert "7 present · 1 apology ·" in out
    assert "Sian Morgan: 0 · 1 (1 represented) · 0" in out
    assert "Dev Rahman: 1 (1 as a substitute) · 0 · 0" in out


def test_the_secretary_names_a_groups_lead_and_takes_it_away(chat):
    out = chat('/board lead "Group Leads" @Ruth Okafor', "/board", '/board lead "group leads." none')
    assert "@Ruth Okafor now leads Group Leads on Ashworth Health and Wellbeing Board" in out
    assert "Groups' leads on Ashworth Health and Wellbeing Board: Group Leads: Ruth Okafor" in out
    assert "has no named lead now" in out
    with chat.db.unit_of_work() as reg:
        assert reg.leads_of_board(reg.boards()[0].id) == []
