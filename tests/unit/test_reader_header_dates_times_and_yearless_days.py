"""The header and its dates: a due day written without its year read from the meeting's date, the roll's
label run on after the header's date, the day relative dues are counted from when the minutes give no date,
and a meeting's times in every header layout. Every document here is invented."""

from __future__ import annotations

from datetime import date, time

from minutes import read_minutes
from minutes.header import read_header
from minutes.when import resolve_due

_MEETING = date(2026, 3, 4)
_PRESENT = "Present: Ana Lee, Bo Ray, Cy Doe\n\n"


def _dues(text: str) -> list[date | None]:
    return [action.due for action in read_minutes(text).actions]


# 1. A day and month with no year: the meeting's year, or the next when the day is well before the meeting.

def test_a_day_and_month_without_a_year_take_the_meetings_year():
    assert resolve_due("June 30", _MEETING, None) == date(2026, 6, 30)
    assert resolve_due("30 June", _MEETING, None) == date(2026, 6, 30)
    assert resolve_due("the 30th of June", _MEETING, None) == date(2026, 6, 30)


def test_a_day_just_before_the_meeting_is_overdue_in_its_year():
    assert resolve_due("Mar 3", _MEETING, None) == date(2026, 3, 3)
    assert resolve_due("28 February", _MEETING, None) == date(2026, 2, 28)


def test_a_day_well_before_the_meeting_is_next_years():
    assert resolve_due("Feb 10", date(2026, 11, 20), None) == date(2027, 2, 10)
    assert resolve_due("10 January", date(2026, 12, 9), None) == date(2027, 1, 10)


def test_a_weekday_picks_the_year_the_day_falls_on():
    assert resolve_due("Tuesday 3 March", date(2026, 2, 1), None) == date(2026, 3, 3)
    assert resolve_due("Wednesday 3 March", date(2026, 2, 1), None) == date(2027, 3, 3)


def test_a_month_and_its_year_stay_a_month():
    assert resolve_due("June 2026", _MEETING, None) == date(2026, 6, 30)
    assert resolve_due("Apr 26", _MEETING, None) == date(2026, 4, 30)  # a log's month and this decade's year
    assert resolve_due("Feb 27", date(2026, 11, 20), None) == date(2027, 2, 28)  # next year's month, past in this


def test_two_figures_that_cannot_be_the_meetings_year_are_a_day():
    assert resolve_due("March 20", date(2019, 3, 14), None) == date(2019, 3, 20)
    assert resolve_due("Mar 25", _MEETING, None) == date(2026, 3, 25)  # not March of the year before
    assert resolve_due("Jun 27", _MEETING, None) == date(2026, 6, 27)  # not June of the year after


def test_a_due_cell_of_month_and_day_in_a_log_reads_from_the_meeting():
    text = ("Harbour Trust Board\nMinutes of the meeting held on 4 March 2026\n" + _PRESENT
            + "1. Actions\nRef\tAction\tLead\tDue\nA/1\tMend the slipway gate\tAna Lee\tJune 30\n"
            "A/2\tPrice the new buoys\tBo Ray\tMar 3\n\n2. Close\nNoted.\n")
    assert _dues(text) == [date(2026, 6, 30), date(2026, 3, 3)]


def test_a_due_line_of_month_and_day_reads_from_the_meeting():
    text = ("Kelderby Allotments Committee\nMinutes of the meeting held on 9 October 2025\n" + _PRESENT
            + "1. Water\nBo Ray to read the meters by June 30.\nCy Doe to order the new taps by 15 October.\n")
    assert _dues(text) == [date(2026, 6, 30), date(2025, 10, 15)]


# 2. The day relative dues are counted from when the minutes give no date of their own.

_DATELESS = ("Kelderby Allotments Committee\n" + _PRESENT + "1. Water\nBo Ray to read the meters within two weeks.\n"
             "Cy Doe to order the new taps by 15 October 2026.\n")


def test_a_dateless_document_reads_the_same_on_any_day_but_for_its_relative_dues():
    first = read_minutes(_DATELESS, today=date(2026, 5, 1)).to_json()
    second = read_minutes(_DATELESS, today=date(2026, 9, 1)).to_json()
    assert [a["due"] for a in first["actions"]] == ["2026-05-15", "2026-10-15"]
    assert [a["due"] for a in second["actions"]] == ["2026-09-15", "2026-10-15"]
    first["actions"][0]["due"] = second["actions"][0]["due"] = None
    assert first == second


def test_a_dated_document_ignores_the_day_it_is_read():
    text = "Minutes of the meeting held on 4 March 2026\n" + _DATELESS
    first = read_minutes(text, today=date(2026, 5, 1)).to_json()
    assert first == read_minutes(text, today=date(2031, 1, 1)).to_json()
    assert first["actions"][0]["due"] == "2026-03-18"


# 3. The roll's label run on after the header's date on one line.

def test_a_lower_case_roll_label_after_the_header_starts_the_roll():
    minutes = read_minutes("Steering group call 4 March 2026 present: Ana Lee, Bo Ray, Cy Doe\n\n1. Budget\nNoted.\n")
    assert (minutes.board, minutes.date) == ("Steering group", date(2026, 3, 4))
    assert [person.name for person in minutes.present] == ["Ana Lee", "Bo Ray", "Cy Doe"]


def test_attendees_after_a_held_at_line_leaves_the_place_and_time():
    minutes = read_minutes("Harbour Trust meeting held at the Old Mill on 4 March 2026 at 7pm attendees: Ana Lee, "
                           "Bo Ray\n\n1. Budget\nNoted.\n")
    assert (minutes.date, minutes.start_time, minutes.venue) == (date(2026, 3, 4), time(19), "the Old Mill")
    assert [person.name for person in minutes.present] == ["Ana Lee", "Bo Ray"]


def test_a_roll_label_after_no_date_or_time_is_left_alone():
    # ("Members present: ... Also present: ...": a roll's own line, no header before its label.)
    text = ("Harbour Trust Board\nDate: 4 March 2026\nMembers present: Ana Lee, Bo Ray. Also present: Cy Doe (Clerk)"
            "\n\n1. Budget\nNoted.\n")
    minutes = read_minutes(text)
    assert [person.name for person in minutes.present][:2] == ["Ana Lee", "Bo Ray"]
    assert minutes.date == date(2026, 3, 4)


# 4. Whether figures read month first is worked out once and handed to the header.

def test_the_header_takes_the_readers_month_first_reading():
    head = ["Computing Society Committee Meeting", "Date: 02/06/2020"]
    assert read_header(head, [], month_first=True).date == date(2020, 2, 6)
    assert read_header(head, [], month_first=False).date == date(2020, 6, 2)
    assert read_header(head, ["Catering by 02/20/2020."]).date == date(2020, 2, 6)  # worked out when not given


# 5. A meeting's times in each header layout, and the end time at the foot.

_TIMED = {
    "field": "Harbour Trust Board\nDate: 4 March 2026\nTime: 4.00pm until 5.30pm\nVenue: The Old Mill\n",
    "title": "Minutes of the Harbour Trust Board held on 4 March 2026, 4.00pm until 5.30pm, at the Old Mill\n",
    "under": "Harbour Trust Board\nWednesday 4 March 2026\n4.00pm until 5.30pm\n",
    "terms": "Harbour Trust Board\nDate\n4 March 2026\nTime\n4.00pm until 5.30pm\nVenue\nThe Old Mill\n",
    "from": "Harbour Trust Board\nMeeting held on Wednesday 4 March 2026 from 4.00pm until 5.30pm at the Old Mill\n",
    "table": "# Harbour Trust Board\n\n| Date | Time | Venue |\n|---|---|---|\n| 4 March 2026 | 4.00pm until 5.30pm | Mill |\n",
    "run on": "Harbour Trust Board 4 March 2026 4.00pm until 5.30pm present: Ana Lee, Bo Ray\n",
}


def test_a_time_range_holds_in_every_header_layout():
    for layout, head in _TIMED.items():
        minutes = read_minutes(head + "\n" + _PRESENT + "1. Budget\nNoted.\n")
        assert (minutes.date, minutes.start_time, minutes.end_time) == (date(2026, 3, 4), time(16), time(17, 30)), layout


_FEET = ["Meeting closed at 8.15pm", "The meeting closed at 8.15pm.", "(Meeting closed at 8.15pm)",
         "Meeting closed: 8.15pm", "There being no further business, the meeting closed at 8.15pm.",
         "The Chair closed the meeting at 8.15pm."]


def test_the_closing_time_at_the_foot_in_each_header_layout():
    heads = ["Harbour Trust Board\nDate: 4 March 2026\nTime: 7.00pm\n",
             "Minutes of the Harbour Trust Board held on 4 March 2026 at 7.00pm\n",
             "Harbour Trust Board 4 March 2026 7pm present: Ana Lee, Bo Ray\n"]
    for head in heads:
        for foot in _FEET:
            minutes = read_minutes(head + "\n" + _PRESENT + "1. Budget\nNoted.\n\n" + foot + "\n")
            assert (minutes.start_time, minutes.end_time) == (time(19), time(20, 15)), (head, foot)


def test_a_closing_time_not_after_the_start_or_in_a_sentence_is_no_end():
    head = "Harbour Trust Board\nDate: 4 March 2026\nTime: 7.00pm\n\n" + _PRESENT + "1. Budget\nNoted.\n\n"
    assert read_minutes(head + "Meeting closed at 6.15pm\n").end_time is None
    assert read_minutes(head + "Members asked why the hall closed at 8.15pm.\n").end_time is None


# Layouts from real minutes, written afresh: the header cut off by what is read as the roll.

def test_an_o_bullet_under_a_long_title_is_not_the_title_run_on():
    text = ("Programme Group meeting of the Harbourside Arts Trust – 18:00-19:30 Tuesday evening 3rd February 2026\n\n"
            "   o Present: Nadia Farrow, Rhys Cowell\n   o Minutes: Imogen Tate\n\n1. Exhibition\nNoted.\n")
    minutes = read_minutes(text)
    assert (minutes.date, minutes.start_time, minutes.end_time) == (date(2026, 2, 3), time(18), time(19, 30))


def test_a_word_in_small_letters_under_a_long_line_still_runs_it_on():
    # (A printed line cut at the margin: "on" goes on with it; only a lone "o" is a bullet.)
    text = ("Minutes of the Fernhill Allotments Committee meeting which was held\n\n"
            "on Tuesday 3 February 2026 at 7pm in the pavilion\n\nPresent: Ann Cole, Bo Ray\n\n1. Water\nNoted.\n")
    assert read_minutes(text).date == date(2026, 2, 3)


def test_present_members_after_the_date_on_a_page_run_into_one_line():
    text = ("Westcombe Parish Council\n\nMinutes of a Meeting of Westcombe Parish Council held at 7.00pm on Monday "
            "9 February 2026 at the Parish Rooms, Station Road WPC/101/25-26 Present Members: Cllr A Rowe (Chairman), "
            "Cllr B Shah and Cllr F Kaur.\n\nWPC/103/25-26 Bus shelter\nNoted.\n")
    minutes = read_minutes(text)
    assert (minutes.date, minutes.start_time) == (date(2026, 2, 9), time(19))
    assert minutes.venue == "Parish Rooms, Station Road"  # (the minute's reference goes with the roll)
    assert [person.name for person in minutes.present] == ["Cllr A Rowe", "Cllr B Shah", "Cllr F Kaur"]


def test_a_weekday_glued_to_its_day_is_parted():
    text = ("Highfold Parish Council\n\nMinutes of a Meeting held in The Old School on Tuesday12 May 2026 at 7.30pm.\n\n"
            "Present: Cllrs A Rowe, B Shah\n\n1. Apologies\nNone.\n")
    assert read_minutes(text).date == date(2026, 5, 12)
    # (Not a word that only ends in "day": "Birthday12" stays as written and gives no date.)
    assert read_header(["Heron Society Birthday12 May 2026 notes"]).date is None


def test_a_date_alone_under_a_contact_strip_read_as_the_roll():
    text = ("February 2026 Minutes\n\nClerk: Mrs D Farrant | Email: clerk@ashcombe.example | Tel: 01632 960 118\n\n"
            "FULL MEETING OF THE COUNCIL\n\n10 February 2026 – 7.30pm\n\nPresent:\n\nCouncillors: Cllr. Whitlock (Chair), "
            "Cllr. Ames\n\n1. Footpaths\nNoted.\n\n2. Next meeting\nTuesday 10 March 2026 at 7.30pm.\n")
    minutes = read_minutes(text)
    assert (minutes.date, minutes.start_time) == (date(2026, 2, 10), time(19, 30))


def test_a_date_alone_after_the_items_begin_is_not_the_meetings():
    text = ("Clerk: Mrs D Farrant | Email: clerk@ashcombe.example\n\nFULL MEETING OF THE COUNCIL\n\n1. Footpaths\n"
            "Noted.\n\n2. Next meeting\n10 March 2026 – 7.30pm\n")
    assert read_minutes(text).date != date(2026, 3, 10)


def test_a_date_alone_under_a_next_meeting_heading_is_the_next_ones():
    text = ("Present\nAda Lowe, Ben Mott, Cara Nash,\nApologies\nDev Ord,\nMinutes\nThe minutes of 12 January 2026 were "
            "approved.\nFinance\nThe accounts were noted.\nNext meeting\nMonday 16 March 2026, at 7.30pm.\n")
    minutes = read_minutes(text, today=date(2026, 2, 20))
    assert minutes.date != date(2026, 3, 16)
    assert minutes.next_meeting.date == date(2026, 3, 16)
