"""Names as minutes write them, and action references."""

import pytest

from domain.errors import NotFound
from domain.names import initials, name_key, split_title
from domain.refs import board_code, format_ref, parse_ref


@pytest.mark.parametrize(("written", "title", "bare"), [
    ("Cllr Jim McMahon", "Cllr", "Jim McMahon"),
    ("County Councillor Tony Martin", "County Councillor", "Tony Martin"),
    ("Councillor Alistair Bradley", "Councillor", "Alistair Bradley"),
    ("CI Tracie O’Gara", "CI", "Tracie O’Gara"),
    ("Supt Denise Worth", "Supt", "Denise Worth"),
    ("Reverend Martin Cox", "Reverend", "Martin Cox"),
    ("Dr. Ruth Okafor", "Dr.", "Ruth Okafor"),
    ("Hayley Hughes", None, "Hayley Hughes"),
    ("Dr", None, "Dr"),
])
def test_titles_are_split_from_names(written, title, bare):
    assert split_title(written) == (title, bare)


def test_two_spellings_of_one_person_share_a_key():
    assert name_key("CI Tracie O’Gara") == name_key("tracie o'gara") == "tracie ogara"
    assert name_key("Cllr  Jim   McMahon") == name_key("Jim McMahon")
    assert name_key("Zoë Brontë") == "zoe bronte"


def test_initials_count_hyphenated_parts():
    assert initials("Hayley Hughes") == "HH"
    assert initials("Liz Windsor-Welsh") == "LWW"
    assert initials("Cllr Jim McMahon") == "JM"


def test_a_board_code_is_the_initials_of_its_main_words():
    assert board_code("Chorley Public Service Reform Board", set()) == "CPSRB"
    assert board_code("Oldham Leadership Board", set()) == "OLB"
    assert board_code("Health and Wellbeing Board", set()) == "HWB"


def test_a_board_code_is_made_unique():
    assert board_code("Oldham Leadership Board", {"OLB"}) == "OLB2"
    assert board_code("Oldham Leadership Board", {"OLB", "OLB2"}) == "OLB3"


def test_a_board_code_starts_with_a_letter_and_is_never_empty():
    assert board_code("2020 Board", set())[0].isalpha()
    assert board_code("&&&", set()) == "BOARD"


def test_references_read_in_any_case_and_round_trip():
    assert parse_ref("cpsrb-7") == ("CPSRB", 7)
    assert parse_ref(" #OLB2-12 ") == ("OLB2", 12)
    assert format_ref(*parse_ref("CPSRB-7")) == "CPSRB-7"


@pytest.mark.parametrize("text", ["CPSRB", "7", "CPSRB-", "-7", "CPSRB 7", "", "<!channel>-1"])
def test_something_that_is_not_a_reference_is_refused_with_an_example(text):
    with pytest.raises(NotFound, match="References look like CPSRB-7"):
        parse_ref(text)
