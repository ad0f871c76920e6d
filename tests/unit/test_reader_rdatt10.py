"""The reader's tenth attendance pass: labels, marks and sentences other bodies write their rolls
with (a heading's dash glued to it, an initial's full stop in a sentence sending apologies, status
marks in brackets before each name, a roll said as a later sentence of a paragraph), each tested
on a few invented lines."""

from minutes import read_minutes
from tests.rolls import apologies as _apologies, present as _present


_HEAD = "Brackley Vale Forum\n\nMinutes of the meeting held on 3 March 2026\n\n"
_TAIL = "\n\n1. Welcome\n\nThe Chair opened the meeting.\n"


# --- a heading's dash with no space before it ---------------------------------------------------

def test_a_heading_with_an_en_dash_glued_to_it_heads_its_list():
    text = _HEAD + "Present– Cllr A Penn (Chair), Cllr B Lowe\nApologies– Cllr C Hart" + _TAIL
    assert _present(text) == ["Cllr A Penn", "Cllr B Lowe"]
    assert _apologies(text) == ["Cllr C Hart"]


def test_a_word_with_a_hyphen_glued_to_it_is_no_heading():
    text = _HEAD + "Present: Ann Cole\n\n1. Welcome\n\nPresent-day figures were noted.\n"
    assert _present(text) == ["Ann Cole"]


# --- sentences sending apologies ------------------------------------------------------------------

def test_each_sentence_naming_who_sent_apologies_with_initials_is_read():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n1. Apologies\n\n"
                    "Mrs L. Farr sent her apologies. Mr P. Oake sent his apologies as he was away.\n")
    assert _apologies(text) == ["Mrs L. Farr", "Mr P. Oake"]


def test_a_sentence_about_apologies_whose_subject_is_no_person_names_no_one():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n1. Roads\n\n"
                    "The works were late. The contractor sent his apologies to residents.\n")
    assert _apologies(text) == []
