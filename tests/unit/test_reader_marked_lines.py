"""Actions marked by layout: an owner's bracket after a pronoun sentence, marked lines before a topic's
label or the next minute's dashed reference, and owners' initials from a roll of "K.Hollick" names."""

from minutes.back_references import named_thing
from minutes.owners import Owners
from minutes.reader import read_minutes


def _actions(text: str) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(text).actions]


def test_pronoun_takes_the_subject_of_the_sentence_before():
    entries = ["- The results of the survey were still awaited.", "These would be chased with the county team  ("]
    before = "- The results of the survey were still awaited.  These would be chased with the county team  ("
    assert named_thing(entries, before).startswith("The results of the survey would be chased with the county team")


def test_pronoun_left_alone_when_the_sentences_are_apart():
    entries = ["- The results of the survey were still awaited.", "These would be chased with the county team"]
    assert named_thing(entries, "These would be chased with the county team") == entries[-1]


def test_bracket_after_a_full_stop_and_what_was_agreed():
    entries = ["The Board heard the protocol was late.", "It was agreed that the protocol would be shared.", "("]
    assert named_thing(entries, " ".join(entries)) == "The protocol would be shared."


def test_matters_arising_pronoun_with_action_bracket():
    text = ("Minutes of the Board\nPresent: Jo Penrose, Alun Hartley\n\n1. Matters arising\n\n"
            "- The results of the survey were still awaited.  These would be chased with the county team  "
            "(Action: Jo Penrose)\n")
    [(what, who)] = _actions(text)
    assert what.lower().startswith("results of the survey would be chased") and who == "Jo Penrose"


def test_action_line_ends_at_the_next_topics_label():
    text = ("Minutes of the Board - 3 March 2026\nPresent: Mira Sandoval, Kofi Adjei\nRoads:\nPotholes reported.\n"
            "ACTION:MS to write to the highways team\nLighting:\nThe lamps are out on the lane.\n")
    assert _actions(text) == [("Write to the highways team", "Mira Sandoval")]


def test_action_line_ends_at_a_dashed_minute_reference():
    text = ("Club Committee\nMinutes of meeting held 5 February 2026\nPresent: Ann Lee, Bo Ray\n"
            "2026/02 – 01 Hall\nAction: Ann Lee to book the hall.\n2026/02 – 02 Green\nThe green is fine.\n")
    assert _actions(text) == [("Book the hall", "Ann Lee")]


def test_initials_of_a_roll_written_initial_dot_surname():
    owners = Owners(["K.Hollick", "M.Corley"])
    assert owners.resolve("KH") == "K.Hollick"
    assert owners.resolve("KH / MC") == "K.Hollick, M.Corley"
