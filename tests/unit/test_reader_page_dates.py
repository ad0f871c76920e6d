"""The meeting's date where a page's metadata or file name holds it: TOML and Pelican metadata, a file-like
title, a post dated after the meeting, a year in two figures, and a next meeting wrapped after its name."""

from datetime import date

from minutes.markdown_doc import read_markdown
from minutes.page_metadata import metadata_block
from minutes.reader import read_minutes
from minutes.when import find_date, find_name_date, find_yearless_date


def test_toml_front_matter_is_read_as_the_page_date():
    fields, rest = metadata_block('+++\ntitle = "Committee"\ndate = 2026-03-09\n+++\n\nPresent: Ann\n')
    assert fields["date"] == "2026-03-09" and rest.startswith("\nPresent")


def test_pelican_metadata_posting_date_gives_way_to_the_title_date():
    text = "Title: Board Meeting 2025-11-20\nDate: 2019-04-02 09:15\nAuthors: Ann\n\n# Minutes\n\nPresent: Ann, Bo\n"
    assert "Page date: Board Meeting 2025-11-20" in read_markdown(text).text()


def test_key_lines_of_the_minutes_themselves_are_not_metadata():
    assert metadata_block("Date: 4 March 2026\nTime: 7pm\nVenue: Hall\n\nPresent: Ann\n")[0] is None


def test_a_file_like_title_dates_the_meeting():
    assert find_name_date("PackagingWG/2020-07-29-pip-meeting").value == date(2020, 7, 29)
    assert find_name_date("2016 12 15 TSC Minutes").value == date(2016, 12, 15)
    assert find_name_date("release 2016-13-01") is None
    assert read_minutes("# TeamWG/2025-11-04-sync\n\nAttendees\n\n- Ann\n- Bo\n").date == date(2025, 11, 4)


def test_a_span_of_days_is_dated_by_its_first():
    assert find_date("Weekend 18th-20th March 2016").value == date(2016, 3, 18)
    assert find_date("Meeting 22 - 4 February 2026").value == date(2026, 2, 4)


def test_a_year_in_two_figures_is_read_where_the_weekday_fits():
    assert find_yearless_date("Meeting Thursday 19th September 02", []).value == date(2002, 9, 19)
    assert find_yearless_date("Tuesday 4 March 10 am", []) is None


def test_a_post_published_later_takes_its_days_from_the_minutes():
    text = "---\ndate: '2016-03-20 16:20:01 +0100'\n---\n18th-20th March\n\nPresent:\n\n* Ann Cole\n* Bo Lind\n"
    assert read_minutes("\n".join(read_markdown(text).text().splitlines())).date == date(2016, 3, 18)


def test_a_next_meeting_wrapped_after_its_name_is_read():
    text = "# 2016 12 15 TSC Minutes\n\nPresent: Ann, Bo\n\nNext TSC\nmeeting will be January 5th.\n"
    assert read_minutes(text).next_meeting.date == date(2017, 1, 5)
