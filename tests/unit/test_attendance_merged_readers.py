"""The attendance readers merged into one (a surname in capitals, a welcome) agree wherever they are used, and the
attendance heading reads a line with a long run of spaces in it (a cost once the square of the line's length)."""

from __future__ import annotations

import pytest

from minutes.attendance_headings import attendance_label
from minutes.attendance_people import _surnames_cased, capital_surname
from minutes.attendance_sentences import welcomed
from minutes.attendance_welcome import names_no_one, welcomed_in_opening, welcomed_named
from minutes.roll import PRESENT, Attendance, Label


@pytest.mark.parametrize("cell", ["Kirsty DALGLEISH", "Alasdair McBRYDE (Chair)", "Anne-Marie LEE", "Ann J. LEE",
                                  "Mary Ann Jo LEE"])
def test_a_cell_and_a_roll_line_both_read_a_surname_in_capitals(cell):
    assert capital_surname(cell)
    # (The roll's reader, shown the style twice, writes the surname in the usual case.)
    assert _surnames_cased([cell, "Bob RAY"])[0] != cell


@pytest.mark.parametrize("cell", ["Kent NHS", "Ann Lee", "ANN LEE"])
def test_neither_reads_a_body_s_letters_or_a_name_in_the_usual_case_as_a_surname_in_capitals(cell):
    assert not capital_surname(cell)
    assert _surnames_cased([cell, cell]) == [cell, cell]


def _present(read, line: str) -> list[str]:
    found = Attendance()
    read(line, found)
    return [person.name for person in found.present]


@pytest.mark.parametrize("line, names", [
    ("The Chair welcomed Harry Hill and Ivy Inch to the meeting.", ["Harry Hill", "Ivy Inch"]),
    ("The Chair welcomed Cllr Lee's report to the meeting.", []),
    ("The Chair welcomed Everyone to the meeting.", []),
    ("The Chair welcomed Members to the meeting.", []),
])
def test_the_opening_words_and_a_later_welcome_read_the_same_people(line, names):
    assert _present(welcomed_in_opening, line) == _present(welcomed_named, line) == _present(welcomed, line) == names


def test_one_filter_says_what_names_no_one():
    assert names_no_one("everyone") and names_no_one("Cllr Lee's report") and names_no_one("the guests")
    assert not names_no_one("Harry Hill and Ivy Inch")


def test_a_heading_after_twenty_thousand_spaces_is_read_in_one_pass():
    # (Hostile input: a pattern that regressed to time squared would hang here visibly.)
    spaces = " " * 20_000
    assert attendance_label("Members" + spaces + "also present:") == (Label(PRESENT, "in attendance"), "")
    assert attendance_label("Present" + spaces + "were present:") == (Label(PRESENT, "member"), "")
    assert attendance_label("Ann Lee" + spaces + "were present") is None
    assert attendance_label("Trustees" + spaces + "present:") == (Label(PRESENT, "member"), "")


def test_a_cell_is_the_name_alone_where_a_roll_line_reads_on_past_its_comma():
    assert not capital_surname("Ann LEE, Chair")
    assert _surnames_cased(["Ann LEE, Chair", "Bob RAY"]) == ["Ann Lee, Chair", "Bob Ray"]
