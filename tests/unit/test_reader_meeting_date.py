"""When the meeting was held, as published minutes say it: the minutes' own lines over a web
page's dates, a calendar entry's start, a "held in ..." line whose date comes after its address,
and a time's zone that is not the venue. Every document here is invented."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from minutes import extract_text, read_minutes


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_minutes(extract_text(path))


def test_a_post_date_in_front_matter_gives_way_to_the_line_saying_when_the_meeting_was_held(tmp_path):
    # A site export dates the post when it was put up, weeks after the meeting.
    minutes = _read(tmp_path, "m.md", '---\ntitle: "Hollowmere Parish Council May meeting"\ndate: "2024-08-26"\n'
                    'categories:\n  - "parish-councils"\n---\n\nMINUTES OF HOLLOWMERE PARISH COUNCIL MEETING HELD AT '
                    'THE CHAPEL ROOM MONDAY 13TH MAY 2024\n\nPresent: Cllr Ann Tovey - Chairman, Cllr Bob Lyle.\n\n'
                    '1. Apologies: none.\n')
    assert minutes.date == date(2024, 5, 13)


def test_a_post_date_is_the_meetings_date_when_the_minutes_do_not_say_it(tmp_path):
    minutes = _read(tmp_path, "m.md", "---\ndate: 2024-08-26\n---\n\n# Garden group\n\nPresent: Ann Tovey, Bob Lyle\n\n"
                    "## Notes\n\nThe beds were dug.\n")
    assert minutes.date == date(2024, 8, 26)


def test_a_page_title_naming_the_meeting_dates_it_over_the_post_date_and_gives_a_yearless_held_line_its_year(tmp_path):
    minutes = _read(tmp_path, "m.md", "---\ntitle: Open Data Panel minutes - 8th June 2021\ncreated: 15/7/2021\n"
                    "date: 2021-07-15\n---\n\n<p><strong>OPEN DATA PANEL</strong></p>\n"
                    "<p><strong>Minutes of the meeting held on 8 June at the Guildhall:</strong></p>\n"
                    "<p><strong>Present:</strong></p>\n<p>Mara Quist (Chair)</p>\n<p>Oren Blythe</p>\n")
    assert minutes.date == date(2021, 6, 8)


def test_a_calendar_entrys_start_and_end_give_the_date_and_times(tmp_path):
    minutes = _read(tmp_path, "m.md", "---\nstart: 2023-02-08T15:00\nend: 2023-02-08T16:30\nlocation: MS Teams\n"
                    "title: Winter Imaging Group\n---\n\n## Attendance\n_Ann Tovey, Bob Lyle_\n\n## Actions\n\n"
                    "1. Circulate the audit template [new for Ann Tovey]\n")
    assert (minutes.date, minutes.start_time, minutes.end_time) == (date(2023, 2, 8), time(15, 0), time(16, 30))
    assert minutes.venue == "MS Teams"


def test_a_held_line_whose_address_runs_over_lines_before_its_day(tmp_path):
    minutes = _read(tmp_path, "m.txt", "Scanned 20 May 2025\n\nMinutes of Dunmore Area Committee Meeting\n\nheld in Aras an Phobail,\n\n"
                    "Main Street, Dunmore, Co. Galway.\n\non Thursday 1st May 2025.\n\n"
                    "Members Present: Cllr Aoife Kane, Cllr Liam Roche.\n\n1. Minutes\n")
    assert minutes.date == date(2025, 5, 1)


def test_a_date_further_down_is_not_taken_for_the_held_lines_day(tmp_path):
    # Only a line that goes on with "on <day>" continues the held sentence; another date below is not its day.
    minutes = _read(tmp_path, "m.txt", "Page date: 3 June 2025\nMinutes of the Quay Forum meeting held in the Boat House,\n"
                    "Harbour Road.\nPublished 3 June 2025\n\nPresent: Ann Tovey, Bob Lyle\n")
    assert minutes.date == date(2025, 6, 3)


def test_a_times_zone_is_not_the_venue_and_the_place_after_it_is(tmp_path):
    def venue(line: str) -> str | None:
        return _read(tmp_path, "v.md", f"# Tooling WG\n\n**Date:** {line}\n\n**Attendees:** Ann Tovey, Bob Lyle\n").venue

    assert venue("Wednesday 11 February 2026, 15:00-16:00 UTC (Jitsi)") == "Jitsi"
    assert venue("Thursday 12 March 2026, 16:00 CET · video call") == "video call"
    assert venue("Tuesday 3 March 2026, 18:00 UTC · Zoom (recording link in the channel)") == "Zoom"
    assert venue("Tuesday 3 March 2026, 18:00 UTC, held by video conference") == "video conference"
    assert venue("Tuesday 3 March 2026, 18:00 UTC / 10am PT") is None
    assert venue("Tuesday 3 March 2026, 18:00 UTC") is None


def test_the_date_of_a_future_meeting_under_its_label_is_the_next_meeting():
    minutes = read_minutes("Open Data Panel\nMinutes of the meeting held on 23 March 2025\n\nPresent: Ann Tovey, Bob Lyle\n\n"
                           "1. Data releases\nThe panel noted the releases.\n\nDate of Future Meeting:\n"
                           "24th May 2025, 14:00-16.30 (subject to confirmation)\n")
    assert minutes.next_meeting.date == date(2025, 5, 24)


def test_a_held_sentence_wrapped_inside_its_date_is_read_joined_over_a_page_date(tmp_path):
    # PDF text of a council's title, wrapped at the line's width in the middle of the date.
    minutes = _read(tmp_path, "m.md", "---\ndate: 2023-09-22\n---\n\n**MINUTES OF PROCEEDINGS OF MEETING OF DUNMORE JOINT "
                    "POLICING COMMITTEE HELD IN THE COUNCIL**\n**CHAMBER, MAIN STREET AND ONLINE ON FRIDAY, 2ND**\n"
                    "**JUNE, 2023 AT 10.00 A.M.**\n\n**MEMBERS PRESENT:**\n\nCouncillors A. Kane, B. Roche.\n")
    assert minutes.date == date(2023, 6, 2)


def test_the_place_a_held_line_names_over_the_line_giving_its_day_is_the_venue():
    minutes = read_minutes("Minutes of the meeting of Fenwick Parish Council held at the Village Hall, Church Lane\n"
                           "on Monday 2 March 2026 at 7.30pm\n\nPresent: Cllr Ann Tovey (Chair), Cllr Bob Lyle\n")
    assert (minutes.date, minutes.venue) == (date(2026, 3, 2), "the Village Hall, Church Lane")


def test_a_yearless_held_line_takes_its_year_from_the_page_and_beats_the_post_date(tmp_path):
    minutes = _read(tmp_path, "m.md", '---\ntitle: "Fenwick Parish Council"\ndate: "2013-09-10"\n---\n\n'
                    "Draft minutes of the Parish Council meeting held on Tuesday 23rd July at 7.30pm in the village hall.\n\n"
                    "Present: Chairman Cllr A Tovey, Cllr B Lyle\n")
    assert minutes.date == date(2013, 7, 23)


def test_a_pages_record_of_when_it_was_made_is_not_the_meeting_date():
    minutes = read_minutes("Tooling Committee : 2024 06 15 meeting\nCreated by Ann Cole on Oct 01, 2025\n"
                           "Tooling Committee Meeting\nJune 15, 2024 (7:00am - 8:00am PT) via video call\n\n"
                           "Attendees: Ann Cole, Bob Lyle\n")
    assert minutes.date == date(2024, 6, 15)


def test_a_word_a_word_export_bolded_run_by_run_reads_whole(tmp_path):
    minutes = _read(tmp_path, "m.md", "**FENWICK PARISH COUNCIL**\n\n**Draft Minutes of the meeting held on 8****th** "
                    "**May 2012 at 7.30pm in the village hall**\n\n**Present:** Chairman A Tovey, Cllr B Lyle\n")
    assert minutes.date == date(2012, 5, 8)


def test_a_passing_mention_of_the_next_meeting_gives_only_a_date_said_with_it():
    head = "Fenwick Parish Council\nMinutes of the meeting held on Monday 13 May 2024\n\nPresent: Cllr Ann Tovey, Cllr Bob Lyle\n\n"
    # A date elsewhere in a long paragraph, or in the lines under an action, is not the next meeting's.
    paragraph = read_minutes(head + "12. Items for the next agenda 1. Dog fouling to be an agenda item for the next meeting "
                             "2. The lease runs to 1 April 2027 and the sign needs re-erecting.\n")
    assert paragraph.next_meeting.date is None
    action = read_minutes(head + "Action: Bob Lyle to circulate the plan at the next meeting.\n"
                          "The grant of 3 June 2024 was noted.\n")
    assert action.next_meeting.date is None
    said = read_minutes(head + "Matters will be put to the next meeting of the Council, which will be on 10 June 2024 at 7.30pm.\n")
    assert said.next_meeting.date == date(2024, 6, 10)
    under = read_minutes(head + "F12:05/24 Date of next meeting.\nMonday 10 June 2024, 7.15pm, the Church Rooms.\n")
    assert under.next_meeting.date == date(2024, 6, 10)


def test_a_title_broken_a_word_a_line_leaves_the_held_line_in_the_head(tmp_path):
    # PDF text of a spaced-out title puts a word a line; the "held ... on" sentence wraps under it,
    # and the page's own date (the day it was put online) comes first.
    title = "\n\n".join(["MINUTES", "OF", "PROCEEDINGS", "AT", "MEETING", "OF", "THE"])
    minutes = _read(tmp_path, "m.md", "---\ndate: 2025-10-20\n---\nDistrict\n\nBallymore\n\nRegular\n\n2025\n\n"
                    f"2025-10\n\nOriginal file\n\n---\n1\n\n{title}\n\nBALLYMORE DISTRICT PARKS\n\n"
                    "SUB COMMITTEE HELD IN THE MARKET HOUSE, MAIN STREET, ON TUESDAY, 3RD\n\n"
                    "JUNE, 2025, AT 12.00 NOON.\n\nPRESENT IN THE CHAIR:\n\nCouncillor R. Quinn.\n\n"
                    "MEMBERS PRESENT:\n\nCouncillors Dolan, Hehir and Tully.\n")
    assert minutes.date == date(2025, 6, 3)
    assert minutes.start_time == time(12, 0)
    assert minutes.venue == "THE MARKET HOUSE, MAIN STREET"


def test_the_next_meeting_named_by_the_body_in_several_words_with_its_ordinal_in_a_run_of_its_own(tmp_path):
    # A Word export italicises run by run, so the day's ordinal sits between two markers ("21**st*").
    minutes = _read(tmp_path, "m.md", "MINUTES OF THE PARKS SUB COMMITTEE HELD ON THURSDAY, 4TH MAY, 2023.\n\n"
                    "PRESENT: Councillors Dolan and Tully.\n\n1. Playgrounds\n\nThe new swings were welcomed.\n\n"
                    "*The next Parks Sub Committee Meeting of the District*\n\n"
                    "*is to be held on Thursday 21**st* *September at 2pm in the Market House.*\n")
    assert minutes.next_meeting.date == date(2023, 9, 21)
    assert minutes.next_meeting.time == time(14, 0)


def test_a_portal_meeting_date_field_gives_way_to_the_sentence_saying_when_the_reported_meeting_was_held(tmp_path):
    # A council portal files the confirmed report under the meeting that received it.
    minutes = _read(tmp_path, "m.txt", "Harbour Ward Liaison Group\n\nItem No: 2\n\nMeeting Date: Thursday, May 14, 2026\n\n"
                    "Report of the Harbour Ward Liaison Group Meeting held at 6pm on Thursday 12th February 2026 in "
                    "the Old Library\n\nIn attendance: Cllr. Ada Renshaw (Chair), Cllr. Tom Gale\n\n1. Parking\n"
                    "Cllr. Gale raised the pavement parking on Quay Street.\n")
    assert minutes.date == date(2026, 2, 12)
    field_only = _read(tmp_path, "n.txt", "Harbour Ward Liaison Group\n\nMeeting date\nThursday 12 February 2026\n\n"
                       "Present: Cllr. Ada Renshaw, Cllr. Tom Gale\n")
    assert field_only.date == date(2026, 2, 12)


def test_a_status_line_saying_the_minutes_were_approved_at_a_later_meeting_does_not_date_this_one(tmp_path):
    minutes = _read(tmp_path, "m.md", "# Wayfinding working group - 8 April 2026\n\nStatus: Approved at the meeting on "
                    "13 May 2026\n\n## Attendees\n\n- Ola Berg (OB)\n- Ravi Nair (RN)\n\n## Next meeting\n\n"
                    "13 May 2026, 10am\n")
    assert minutes.date == date(2026, 4, 8)
    assert minutes.next_meeting.date == date(2026, 5, 13)
