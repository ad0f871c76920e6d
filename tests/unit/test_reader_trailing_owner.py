"""A name alone after a paragraph's last sentence names that sentence's owner, but a title's stop is no
sentence's end. Every line here is invented."""

from minutes import read_minutes

_HEAD = ("Minutes of the Area Committee held on 3 March 2026\n\n"
         "Present: Cllr Ann Marsh, Cllr Bo Lane\nOfficials: W. Penrose EE, P. Dunne SEE\n\n")


def _actions(text):
    return [(action.what, action.who) for action in read_minutes(_HEAD + text).actions]


def test_a_seconder_after_a_titles_stop_is_no_owner():
    assert _actions("1. Adoption of Minutes\n\nProposed: Cllr Marsh, seconded : Cllr. Penrose\n") == []


def test_a_titled_name_after_the_last_sentence_owns_it():
    assert _actions("2. Roads\n\nPatrols will be increased at the school gate. Cllr. Lane\n") == [
        ("Patrols will be increased at the school gate", "Cllr Bo Lane")]
