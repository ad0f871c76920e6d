"""Which date in a head is the meeting's: not a byline's or a site's posting stamp, not a date reported in a
sentence of business; and a date closed by its place under the roll. Every document here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from minutes import extract_text, read_minutes
from minutes.stamps import is_page_stamp, reported
from minutes.when import find_date


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_minutes(extract_text(path))


def test_a_byline_and_a_clock_stamped_update_are_the_pages_dates():
    assert is_page_stamp("By | March 3, 2026")
    assert is_page_stamp("By Tom Reed | 4 March 2026")
    assert is_page_stamp("4th Mar 2026 16:34 GMT")
    assert is_page_stamp("Last updated 3 May 2024")


def test_a_meetings_own_date_line_is_not_a_page_stamp():
    assert not is_page_stamp("Tuesday, 17 February 2026")
    assert not is_page_stamp("AGM – 7.30pm 12th February 2026 Brackenford Pavilion")
    assert not is_page_stamp("4th Mar 2026 16:34 in the Pavilion")
    assert not is_page_stamp("By-election meeting 4 March 2026")


def test_a_date_reported_in_business_is_told_from_a_title():
    line = "Attention was drawn to the draft minute from the Cabinet meeting held on 10 February 2026."
    assert reported(line, find_date(line))
    title = "Minutes of the meeting of the committee which was held on 10 February 2026"
    assert not reported(title, find_date(title))
    later = "The hall was booked. Minutes of the meeting held on 10 February 2026"
    assert not reported(later, find_date(later))


def test_a_blog_byline_gives_way_to_the_minutes_date(tmp_path):
    minutes = _read(tmp_path, "m.txt", "By | March 3, 2026\n\nMinutes of meeting of the Marsh Lane Allotment Committee\n\n"
                    "Tuesday, 17 February 2026\n\nAttendees : Helen Pryce (HP), Owen Talbot (OT)\n\n"
                    "1. Water\n\nOT reported a leak.\n")
    assert minutes.date == date(2026, 2, 17)


def test_site_update_stamps_give_way_to_the_agm_line(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Recent Updates\nHome Page\n4th Mar 2026 16:34 GMT\nFixtures\n2nd Mar 2026 09:12 GMT\n"
                    "MINUTES OF THE BOWLS CLUB AGM\n\nAGM – 7.30pm 12th February 2026   Brackenford Pavilion\n\n"
                    "Present: Alan Petts, Lorna Greave\n\n1. Green Fees\n\nThe fees stay the same.\n")
    assert minutes.date == date(2026, 2, 12)


def test_a_page_with_no_date_of_its_own_reads_none_not_a_reported_meetings(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Venue: Committee Room 2 - County Hall, Bythorne. View directions\n"
                    "No. | Item |\nApologies for Absence Minutes: Apologies were received from Councillor Lyle. |\n"
                    "Chairman's Announcements Minutes: Attention was drawn to the draft minute from the Council Cabinet "
                    "meeting held on 10 February 2026 at which the plan was considered. It was explained that the "
                    "comments came from a partner. |\n")
    assert minutes.date is None


def test_a_date_closed_by_its_room_under_the_roll_is_the_meetings(tmp_path):
    minutes = _read(tmp_path, "m.md", "#4th Weekly Project Meeting of Team 14\n###Present\n\n*Marcus Ellery\n*Clara Hembury\n\n"
                    "###Absent\n*Dominic Faraday\n\n12/02/2026 - C31 Penbryn\n\n##Matters Arising\n\n1. The schema is agreed.\n")
    assert minutes.date == date(2026, 2, 12)


def test_a_date_followed_by_business_after_a_dash_is_not_the_meetings(tmp_path):
    minutes = _read(tmp_path, "m.md", "#Weekly Project Meeting of Team 14\n###Present\n\n*Marcus Ellery\n*Clara Hembury\n\n"
                    "12/02/2026 - the server was moved to the new rack\n\n##Matters Arising\n\n1. The schema is agreed.\n")
    assert minutes.date is None


def test_a_wrapped_sentence_ending_with_next_meeting_takes_no_date_from_the_lines_under_it(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Fernhill Primary School Governing Body\nMinutes of the meeting held on 9 March 2026\n\n"
                    "Present: Ann Tovey (Chair), Bob Lyle\n\n1. Matters arising: this item to be carried forward\n"
                    "to the next meeting.\n  Clerk to ensure that the minutes of the meeting of 24th February are\n"
                    "  signed at the next full governing body meeting.\n")
    assert minutes.next_meeting.date is None


def test_a_title_line_for_the_next_meeting_still_takes_the_date_under_it(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Fernhill Primary School Governing Body\nMinutes of the meeting held on 9 March 2026\n\n"
                    "Present: Ann Tovey (Chair), Bob Lyle\n\n1. Budget\nThe budget was agreed.\n\nThe next meeting.\n"
                    "Monday 20 April 2026 at 6pm\n")
    assert minutes.next_meeting.date == date(2026, 4, 20)
