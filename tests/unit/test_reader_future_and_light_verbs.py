"""The undertakings written in running text with the future's continuous form ("will be contacting"),
a light verb that carries its own work ("will do an interview", "will discuss the terms with the
landlord") or a wish joined to the work ("would prefer ... and will send"), and what only looks like them."""

from minutes.commitments import commitments
from minutes.light_verbs import light_verb_work
from minutes.owners import Owners
from minutes.wording import plain_future

OWNERS = Owners(["Tobias Mendel", "Ines Okafor", "Priya Nandakumar", "Lucia Varga"])


def _read(text):
    return [(task.what, task.who) for task in commitments(text, OWNERS)]


def test_the_continuous_future_is_read_as_the_plain_future():
    assert plain_future("Tobias will be drafting the notes.") == "Tobias will draft the notes."
    assert plain_future("Colin would be contacting the printers") == "Colin would contact the printers"


def test_a_happening_or_a_state_in_the_continuous_form_is_left_alone():
    for text in ("The release will be taking place in May.", "Kwame will be travelling to the contest.",
                 "The hall will be costing more.", "The shop will be opening on Sundays."):
        assert plain_future(text) == text


def test_an_owner_who_will_be_doing_work_owns_it():
    assert _read("Tobias will be drafting the release notes over the weekend.") == [
        ("Draft the release notes over the weekend", "Tobias Mendel")]


def test_a_light_verb_with_a_thing_of_its_own_is_work():
    assert light_verb_work("do", " an interview with the mentees")
    assert light_verb_work("get", " a quote for the new host")
    assert _read("Priya will get a quote for moving the site.") == [("Get a quote for moving the site", "Priya Nandakumar")]


def test_a_light_verb_in_an_idiom_is_no_work():
    assert not light_verb_work("make", " a big difference to newcomers")
    assert not light_verb_work("make", " sense once the grant is in")


def test_talking_or_meeting_with_someone_outside_is_work_and_with_the_body_is_not():
    assert light_verb_work("discuss", " the new terms with the landlord's agent soon")
    assert light_verb_work("meet", " with Guy Harlow to discuss the chairs")
    assert not light_verb_work("discuss", " it again at the next meeting")
    assert not light_verb_work("meet", " with the committee in April")
    assert not light_verb_work("discuss", " the budget. Then with Guy")


def test_a_wish_joined_to_work_gives_the_work_its_owner():
    assert _read("Ines would prefer a hard cut-over and will send out a final reminder.") == [
        ("Send out a final reminder", "Ines Okafor")]


def test_need_opening_a_sentence_is_no_one():
    assert all(who != "Need" for _, who in _read("TM: Need to get the main scenarios written up first."))


def test_hostile_input_is_left_as_it_is_and_sets_no_work():
    for hostile in (" " * 5000, "a" * 5000, "," * 5000, "will be " * 2000, "discuss " + "x " * 5000):
        assert plain_future(hostile) == hostile
        assert not light_verb_work("discuss", hostile) and not light_verb_work("make", hostile)


def test_a_group_that_will_be_meeting_sets_no_work():
    assert _read("The group will be meeting fortnightly until the move is done.") == []


def test_need_opening_a_point_with_nothing_before_it_is_an_observation():
    assert _read("Need to work on partners reluctant to engage, and understand why.") == []
