"""Where partnership boards' minutes keep the meeting's date, times, place and next meeting when the
reader first meets something else: a document-sharing site's page around the minutes, an action sheet
printed first under a date whose weekday does not fit, a year's attendance grid, the last meeting's
minutes approved in the opening sentence, a portal's "Date:" field over the "held in ..." sentence, and a
chair's dated signature. Also how an HTML list item's title and its paragraph stay apart. Every document
here is invented."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from minutes import extract_text, read_minutes
from minutes.attendance_grids import grid_dates, meeting_in_grid
from minutes.shared_page import without_site_furniture
from minutes.when import find_date, find_time_range, weekday_contradicts


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_minutes(extract_text(path))


def test_a_sharing_sites_description_buttons_and_captions_are_dropped_when_the_pages_follow():
    lines = ["minutes 14.04 ... description", "Upload: others", "3 views", "TRANSCRIPT",
             "Page 1: Minutes 14.04 ...", "Quality Committee Minutes Tuesday 14 April 2026", "Present: Ann Lee",
             "Page 2: Minutes 14.04 ...", "1. Apologies"]
    assert without_site_furniture(lines) == ["Quality Committee Minutes Tuesday 14 April 2026", "Present: Ann Lee",
                                             "1. Apologies"]


def test_a_sharing_sites_description_is_kept_when_the_pages_are_cut_short():
    description = "MINUTES OF MEETING OF THE BOARD HELD ON THURSDAY 5 MARCH 2026 AT 10.00AM. PRESENT: " + "Mr A B " * 30
    lines = [description, "  • Upload", "Embed Size (px)", "Citation preview", "Page 1: MINUTES …", "MINUTES OF",
             "Mr A"]
    assert without_site_furniture(lines) == [description]


def test_lines_without_the_sites_words_are_left_alone():
    lines = ["Page 1: the report", "Present: Ann Lee", "Upload the papers"]
    assert without_site_furniture(lines) == lines


def test_a_date_whose_written_weekday_does_not_fit_it_is_a_slip():
    assert weekday_contradicts("Monday 7th December 2011", find_date("Monday 7th December 2011"))
    assert not weekday_contradicts("Tuesday 7th December 2010", find_date("Tuesday 7th December 2010"))
    assert not weekday_contradicts("on 7 December 2011", find_date("on 7 December 2011"))


def test_an_action_sheet_under_a_slipped_date_gives_way_to_the_meetings_date_field(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Carers Board\n\nThursday 15 January 2025\n\nAction Sheet\n\n"
                    "1. / Update the leaflet / Joel\n\nDate and Time of meeting / Thursday 15 January 2026\n"
                    "10am to 12pm / Room 3\n\nPresent\nJoel Ambrose / Officer\n\n1. Leaflet\nJoel to update the leaflet.\n")
    assert minutes.date == date(2026, 1, 15)
    assert (minutes.start_time, minutes.end_time) == (time(10), time(12))


def test_an_attendance_grids_last_marked_column_is_the_meeting():
    lines = ["Initials Agency 5.2.26 9.4.26 11.6.26 10.9.26 AB Adults Y A LC Health Y Y DM College A Y EP Police Y D"]
    assert grid_dates(lines[0]) == [date(2026, 2, 5), date(2026, 4, 9), date(2026, 6, 11), date(2026, 9, 10)]
    assert meeting_in_grid(lines) == date(2026, 4, 9)


def test_a_grid_in_a_markdown_table_under_the_attendance_heading_dates_the_meeting(tmp_path):
    minutes = _read(tmp_path, "m.md", "# Eastholme Partnership\n\n## Attendance\n\n"
                    "| Member | Organisation | 14/01/2026 | 11/03/2026 | 13/05/2026 |\n|---|---|---|---|---|\n"
                    "| Ann Bright | Council | Y | Y | |\n| Kofi Mensah | Police | Y | A | |\n"
                    "| Lena Ortiz | Fire | A | Y | |\n\n## 1. Hotspots\n\nNoted.\n")
    assert minutes.date == date(2026, 3, 11)


def test_dates_in_words_and_a_dash_are_no_grid():
    assert grid_dates("Meetings on 5 February 2026, then 9 April 2026") == []
    assert meeting_in_grid(["Report - noted - Ann Lee - Chair"]) is None


def test_the_last_meetings_minutes_approved_in_the_opening_sentence_do_not_date_this_one(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Agenda item\n\nMinutes of Previous Meeting\n\nMinutes:\n\n"
                    "The minutes of the Westbrook Children Partnership (WCP) meeting held on 4 March 2026 were "
                    "approved as a correct record.\n\nMatters Arising\n\nNone.\n")
    assert minutes.date is None


def test_a_minutes_title_dates_them_over_a_board_papers_running_head(tmp_path):
    minutes = _read(tmp_path, "m.txt", "QC-26 Board Meeting in Public 16 June 2026\n\n"
                    "Quality Committee Meeting Minutes Tuesday 14 April 2026 14:00 hrs to 16:30 hrs\n\n"
                    "Present: Ann Lee, Bo Ray\n\n1. Apologies\nNone.\n")
    assert minutes.date == date(2026, 4, 14)
    assert (minutes.start_time, minutes.end_time) == (time(14), time(16, 30))


def test_hours_written_after_the_first_clock_still_make_a_range():
    assert find_time_range("13:00 hrs to 15:50 hrs").value == (time(13), time(15, 50))


def test_a_held_sentence_gives_the_time_and_place_a_date_field_leaves_out(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Places Committee\n\nDate: Thursday, 5 February 2026\n\n"
                    "Minutes of Meeting of the Places Committee held in the Council Chamber, Mill Road, Dunmore on "
                    "Thursday 5 February 2026 at 10.30 am.\n\nPresent:\nMr A Balfour, Mrs C Duthie\n\n"
                    "1. Grants\nAgreed.\n")
    assert minutes.start_time == time(10, 30)
    assert minutes.venue == "the Council Chamber, Mill Road, Dunmore"


def test_a_venue_loses_a_pages_link_words_and_a_meeting_held_remotely_is_placed(tmp_path):
    linked = _read(tmp_path, "a.txt", "Housing Panel\n\nDate: Tuesday, 17 February 2026 7.00 pm\n\n"
                   "Venue: Committee Room 2, Civic Offices, Ashby. View directions\n\nAttendance:\nCouncillor Ann Lee\n\n"
                   "1. Report\nNoted.\n")
    assert linked.venue == "Committee Room 2, Civic Offices, Ashby"
    remote = _read(tmp_path, "b.txt", "Salem Community Council held their meeting remotely via Zoom at 7.30pm on "
                   "the 10th June 2026.\n\nPresent: Cllr. A. Bell, Cllr. C. Dunn\n\n1. Minutes\nApproved.\n")
    assert remote.venue == "remotely via Zoom"


def test_a_chairs_dated_signature_at_the_foot_is_the_next_meeting(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Minutes of the Town Council held on Monday 11 May 2026 at 7.30pm\n\n"
                    "Present: Cllr J Harker (Mayor), Cllr P Lowe\n\n1. Allotments\nNoted.\n\n"
                    "Signed: ................ Mayor\n\nDate: 8 June 2026\n")
    assert minutes.next_meeting.date == date(2026, 6, 8)


def test_an_html_list_items_title_and_its_paragraph_are_two_lines(tmp_path):
    minutes = _read(tmp_path, "m.html", "<html><body><h2>Thornley Council</h2><p>Minutes of 10 March 2026.</p>"
                    "<p>Present: Cllr. R. Abbott, Cllr. S. Fairley</p><ol><li><strong>Footpaths</strong>"
                    "<p>The stile is broken.</p></li></ol></body></html>")
    assert [item.title for item in minutes.agenda_items] == ["Footpaths"]


def test_hostile_lines_are_no_grid_no_furniture_and_no_contradicted_date():
    hostile = [" " * 5000, "a" * 5000, "," * 5000, "Y " * 5000, "Page 1: " + "x" * 200000]
    for line in hostile:
        assert grid_dates(line) == [] and meeting_in_grid([line] * 3) is None and find_date(line) is None
        assert len(without_site_furniture([line, "Upload", "TRANSCRIPT", line])) >= 1
    dates = "1.1.26 " * 3000  # (a row of one date: column heads with no grid of marks under them)
    assert len(grid_dates(dates)) == 3000 and meeting_in_grid([dates] * 3) is None
    found = find_date(dates)
    assert found is not None and not weekday_contradicts(dates, found)
