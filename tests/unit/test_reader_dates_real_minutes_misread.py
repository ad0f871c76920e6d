"""Dates real minutes give in ways the earlier passes misread: a month run into its year, an
earlier meeting's date in an item that approves its minutes, events to come under a title naming only the
meeting's month, a next meeting named across a wrapped line or in a "meet again" sentence, a general meeting
to come, and a day a task was completed. Every line here is invented."""

from datetime import date

from minutes.header import read_header, says_when_held
from minutes.next_meeting import read_next_meeting
from minutes.stamps import reported
from minutes.when import find_date, find_due_phrase

_MARCH_4 = date(2026, 3, 4)


# --- the meeting's date (minutes/header.py, minutes/stamps.py) ---

def test_a_month_glued_to_its_year_is_read_as_written_apart():
    header = read_header(["MINUTES OF THE MEETING OF THE ELM ROW SOCIETY HELD ON 4th March2026 AT 1930HRS"])
    assert header.date == _MARCH_4


def test_an_item_that_approves_an_earlier_meetings_minutes_does_not_date_this_one():
    line = "To approve the public minutes and summary of the meeting held on 22 January 2026."
    assert reported(line, find_date(line))
    assert read_header(["Agenda item", line]).date is None
    assert read_header(["Agenda item", line, "Elm Row Panel, Thursday 19 February 2026"]).date == date(2026, 2, 19)


def test_an_event_that_will_be_held_is_not_when_the_meeting_was_held():
    assert not says_when_held("- The spring litter pick will be held on Saturday, March 14, 10:00.")
    assert not says_when_held("The fete may be held on Sunday, June 21.")
    assert says_when_held("Minutes of the meeting held on Tuesday 3 March 2026")


def test_a_title_naming_the_month_keeps_a_yearless_event_from_dating_the_meeting():
    head = ["February 2026 Meeting Minutes", "Programme", "- The litter pick is on Saturday, March 14, 10:00."]
    assert read_header(head).date is None


# --- the next meeting (minutes/next_meeting.py) ---

def test_a_mention_of_the_next_meeting_wrapped_over_two_lines_is_read_whole():
    lines = ["Jo will bring the maps to the next ", "", "meeting which we agreed would be April 8. The room",
             "is closed on April 1."]
    assert read_next_meeting(lines, _MARCH_4).date == date(2026, 4, 8)


def test_a_body_that_will_meet_again_on_a_day_names_its_next_meeting():
    found = read_next_meeting(["* We agreed to meet again at 2pm on Thursday, 9 April by video call."], _MARCH_4)
    assert (found.date, str(found.time)) == (date(2026, 4, 9), "14:00:00")
    found = read_next_meeting(["The Board adjourned to meet on Friday, March 20, 2026."], _MARCH_4)
    assert found.date == date(2026, 3, 20)


def test_a_general_meeting_to_come_is_the_next_meeting_when_no_other_is_named():
    lines = ["AGM will be on Thursday 14 May at 6pm in the school hall."]
    assert read_next_meeting(lines, _MARCH_4).date == date(2026, 5, 14)
    lines = ["Next meeting: Wednesday 1 April 2026."] + lines
    assert read_next_meeting(lines, _MARCH_4).date == date(2026, 4, 1)


# --- due dates (minutes/when.py) ---

def test_the_day_a_task_was_completed_is_not_its_due_date():
    assert find_due_phrase("Hamid to renew the insurance Action completed 2 March 2026", task=True) is None
    assert find_due_phrase("Hamid to renew the insurance by 2 March 2026", task=True) is not None
