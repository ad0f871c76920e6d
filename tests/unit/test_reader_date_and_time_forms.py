"""Dates, times and places as minutes write them: a full stop after the day, ISO figures parted by full
stops, a day with a short month and year, an ISO date run on into its clock, a start time said in a line
of its own, a voluntary body's name in the head, and one definition of a next-meeting line."""

from datetime import date, time

from minutes.header import read_header, venue_after
from minutes.next_meeting import read_next_meeting
from minutes.next_meeting_lines import announces_next_meeting, mentions_next_meeting
from minutes.when import find_date, glued_clock


def test_a_full_stop_typed_after_the_day_still_gives_the_date():
    assert find_date("Minutes of the meeting On December 5th. 2011 in the Reading Room").value == date(2011, 12, 5)


def test_iso_figures_parted_by_full_stops_are_a_date():
    assert find_date("Meeting date: 2024.03.05").value == date(2024, 3, 5)


def test_a_day_short_month_and_short_year_are_a_date():
    assert find_date("05-Mar-24").value == date(2024, 3, 5)
    assert find_date("Held 17-Sep-2025 at the hall").value == date(2025, 9, 17)


def test_an_iso_date_run_on_into_its_clock_gives_both():
    text = "2013-07-20-1300 UTC"
    found = find_date(text)
    assert found.value == date(2013, 7, 20)
    assert glued_clock(text, found.end).value == time(13, 0)


def test_a_span_of_years_or_a_longer_number_is_no_date():
    assert find_date("Plan 2023-2024") is None
    assert find_date("ref 2024-03-05-12345") is None


def test_the_time_the_meeting_commenced_is_its_start_and_the_time_it_closed_its_end():
    header = read_header(["Fenmoor Police and Crime Panel", "Date: 14 May 2024",
                          "The meeting commenced at 10.00am and closed at 12.40pm."])
    assert (header.start_time, header.end_time) == (time(10, 0), time(12, 40))


def test_a_commenced_line_just_after_the_roll_gives_the_start():
    header = read_header(["Tenby Reach Sailing Club Committee", "05-Mar-24"],
                         ["Present: Martin Glover, Ruth Abernethy", "Meeting commenced at 7.02pm", "1. Safety boat"])
    assert header.date == date(2024, 3, 5)
    assert header.start_time == time(19, 2)


def test_the_time_it_commenced_outweighs_the_time_it_was_called_for():
    header = read_header(["Wrexby Parish Council", "Meeting held on 5 December 2011 at 7.30pm",
                          "The meeting commenced at 7.34pm"])
    assert header.start_time == time(19, 34)


def test_a_voluntary_bodys_name_is_the_board_over_the_kind_of_meeting():
    header = read_header(["Kelby Road Residents Association", "Committee minutes", "Meeting date: 2024.03.05",
                          "Location: Zoom"])
    assert header.board == "Kelby Road Residents Association"
    assert header.venue == "Zoom"


def test_a_social_club_after_a_time_is_still_a_place():
    assert venue_after("Monday 13 October 2025 at 7pm, Old Forge Social Club.", 30) == "Old Forge Social Club"


def test_a_place_reached_via_a_call_is_the_call():
    text = "Thursday 10 October 2024, 2pm, via Zoom"
    assert venue_after(text, len("Thursday 10 October 2024, 2pm")) == "Zoom"


def test_the_next_meeting_named_like_a_file_gives_its_date_and_clock():
    found = read_next_meeting(["## Next meeting", "", "2023-07-27-1500 UTC"], date(2023, 7, 20))
    assert (found.date, found.time) == (date(2023, 7, 27), time(15, 0))


def test_a_next_meeting_to_be_confirmed_has_no_date():
    assert read_next_meeting(["Date of next meeting: to be confirmed"], date(2024, 3, 3)).date is None


def test_the_next_meeting_after_the_signature_at_the_foot_is_read():
    lines = ["The meeting closed at 9.15 pm.", "Signed ........ Chairman", "Date ..........",
             "Date of next meeting: Monday 9th January 2012 at 7pm"]
    found = read_next_meeting(lines, date(2011, 12, 5))
    assert (found.date, found.time) == (date(2012, 1, 9), time(19, 0))


def test_one_definition_says_which_lines_are_about_the_next_meeting():
    assert announces_next_meeting("Date of next meeting: to be confirmed")
    assert mentions_next_meeting("Clerk to report back at the next Parish meeting.")
    assert not announces_next_meeting("Clerk to report back at the next Parish meeting.")
