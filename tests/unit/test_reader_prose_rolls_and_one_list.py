"""Rolls said in prose, kept in one list with apologies marked, and the roll's cost on hostile text (all names
invented)."""

import re

import pytest

from minutes.attendance import read_attendance
from minutes.attendance_blocks import _ROLE_AFTER_DASH
from minutes.attendance_flattened import _NAME_PAIR
from minutes.attendance_headings import _LABEL_ANY
from minutes.attendance_markup import tagged_entry, tidied_markup
from minutes.attendance_people import _LIST_PARTS
from minutes.attendance_sentences import _SENT, _SENT_TAIL
from minutes.attendance_welcome import _COUNTED, _POST_HOLDER, _WELCOMED_TO_END
from minutes.short_owners import tagged_roll


def _names(people) -> list[str]:
    return [person.name for person in people]


def test_the_chair_named_and_those_welcomed_in_the_opening_words_were_there():
    found = read_attendance([
        "Elmbury Parish Council", "",
        "1. Welcome",
        "The Chair, Cllr Ada Quill, opened the meeting at 7pm and welcomed Cllrs Ben Orme, Cara Vane and Dai Lusk, "
        "the Clerk (Effie Nairn) and three members of the public. Apologies were received from Cllr Fen Ashe.",
    ])
    assert _names(found.present) == ["Cllr Ada Quill", "Cllr Ben Orme", "Cllr Cara Vane", "Cllr Dai Lusk", "Effie Nairn"]
    assert found.present[0].role == "Chair" and found.present[-1].role == "Clerk"
    assert _names(found.apologies) == ["Cllr Fen Ashe"]


def test_the_chair_as_the_subject_and_a_clerk_between_commas_are_read_too():
    found = read_attendance(["1. Welcome", "Cllr Gwyn Hale (Chair) welcomed Cllr Ivy Jope and PCSO Kai Lund. Cllr Lou "
                             "Mabry had sent her apologies."])
    assert [(p.name, p.role) for p in found.present] == [("Cllr Gwyn Hale", "Chair"), ("Cllr Ivy Jope", None),
                                                         ("PCSO Kai Lund", None)]
    found = read_attendance(["The Chairman welcomed Councillors Lee, Ray and Fox and the Clerk, Mrs Nia Owen, to the meeting."])
    assert [(p.name, p.role) for p in found.present] == [("Councillor Lee", None), ("Councillor Ray", None),
                                                         ("Councillor Fox", None), ("Mrs Nia Owen", "Clerk")]


def test_welcoming_a_report_or_someones_news_names_no_one():
    found = read_attendance(["Elmbury Parish Council", "", "The Chair welcomed Cllr Quill's report on the allotments.",
                             "Members welcomed the Annual Review."])
    assert found.present == []


def test_a_later_sentence_of_a_prose_roll_gives_others_there_and_the_apologies():
    found = read_attendance([
        "Those present were Gil Hart (chair), Ivo Penn and Jan Roe. Also attending were Kit Lowe (Housing "
        "Officer) and PCSO Lyn Moss. Mo Dunn and Ned Ives gave their apologies.",
    ])
    assert _names(found.present) == ["Gil Hart", "Ivo Penn", "Jan Roe", "Kit Lowe", "PCSO Lyn Moss"]
    assert found.present[3].capacity == "in attendance"
    assert _names(found.apologies) == ["Mo Dunn", "Ned Ives"]


def test_one_list_of_attendees_and_apologies_parts_them_by_their_marks():
    found = read_attendance(["Attendees and apologies", "", "- Ola Birk (chair)", "- Pia Sand (apologies)",
                             "- Quin Toft - apologies", "- Rae Ulm", "", "Talks", "", "- The March talk is on routers."])
    assert _names(found.present) == ["Ola Birk", "Rae Ulm"]
    assert _names(found.apologies) == ["Pia Sand", "Quin Toft"]


def test_an_inline_roll_with_marked_entries_keeps_the_rest_present():
    found = read_attendance(["Attendance: Sol Vere (Chair), Tam Wick (sent apologies), Uma Yale, Val Zorn (apologies)."])
    assert _names(found.present) == ["Sol Vere", "Uma Yale"]
    assert _names(found.apologies) == ["Tam Wick", "Val Zorn"]


def test_tagged_roll_entries_are_read_in_one_place_for_the_roll_and_for_owners():
    entry = tagged_entry("- [DC] Dara Cole (Chair)")
    assert (entry.bullet, entry.short, entry.name, entry.rest) == ("- ", "DC", "Dara Cole", "(Chair)")
    assert tagged_entry("Dara Cole [DC]") is None
    lines = ["- [DC] Dara Cole (Chair)", "- [XY] Eli Frost"]
    assert tidied_markup(lines) == ["- Dara Cole (DC) (Chair)", "- [XY] Eli Frost"]  # the roll: initials that fit
    assert tagged_roll(lines) == {"DC": "Dara Cole", "XY": "Eli Frost"}  # owners: any tag a full name defines


@pytest.mark.slow  # hostile volume: a pattern that regressed to time squared would hang the slow suite visibly
def test_roll_patterns_stay_linear_on_long_runs():
    patterns = [_SENT_TAIL, _SENT, _NAME_PAIR, _ROLE_AFTER_DASH, _LIST_PARTS, _LABEL_ANY, _COUNTED, _POST_HOLDER,
                _WELCOMED_TO_END]
    runs = [" " * 5000, "a" * 5000, "," * 5000, "Ann Lee, " + " " * 5000 + " Bob Ray", "Present were " + " " * 5000]
    for pattern in patterns:
        for run in runs:
            pattern.search(run)
            pattern.split(run)
            list(pattern.finditer(run))
    long = "Present: " + "Ann Lee, " * 20_000
    read_attendance([long, "1. Minutes", re.sub("Present", "Attendance", long[:5000])])
