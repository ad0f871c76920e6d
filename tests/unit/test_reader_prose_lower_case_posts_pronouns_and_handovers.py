"""Actions in the running text of small bodies' minutes: lower-case posts as owners, bare heading lines, pronouns
in agreements, work handed on, and two tasks joined by "and to". Every line here is invented."""

from minutes.clause_tasks import asked_task
from minutes.commitments import commitments
from minutes.decisions import sentences
from minutes.owners import Owners
from minutes.prose_tasks import prose_tasks
from minutes.wording import handed_on, headed_sentences

_OWNERS = Owners(["Ann Roe", "Bo Lane", "Tomasz Nowak"])


def _prose(text):
    return [(task.what, task.who) for task in prose_tasks(text, _OWNERS)]


def _commitments(text):
    return [(task.what, task.who) for task in commitments(text, _OWNERS)]


# --- a post written in lower case (minutes/clause_tasks.py) ---

def test_a_lower_case_post_asked_to_act_owns_the_work_as_written():
    task = asked_task("The clerk was asked to write to the highways team about the potholes.", _OWNERS)
    assert (task.what, task.who) == ("Write to the highways team about the potholes", "the clerk")
    task = asked_task("The committee asked the treasurer to pay the hall invoice.", _OWNERS)
    assert (task.what, task.who) == ("Pay the hall invoice", "the treasurer")


def test_a_lower_case_word_that_is_no_post_owns_nothing():
    assert asked_task("The report was asked to be brief.", _OWNERS) is None
    assert asked_task("The village was asked to vote in May.", _OWNERS) is None


# --- a bare heading line inside a passage (minutes/wording.py) ---

def test_a_bare_heading_line_is_cut_off_the_sentence_below_it():
    text = "Bookings are up.\nSurvey\nAnn circulated the results."
    assert headed_sentences(text, sentences) == ["Bookings are up.", "Ann circulated the results."]
    assert headed_sentences(text, sentences, keep_headings=True)[1] == "Survey"


def test_a_wrapped_line_of_a_sentence_is_no_heading():
    text = "Ann said the fence by the\nCricket Club needs repair."
    assert headed_sentences(text, sentences) == ["Ann said the fence by the Cricket Club needs repair."]
    assert headed_sentences("Bo to\nCheck the gutters.", sentences) == ["Bo to Check the gutters."]


# --- a pronoun in an agreement (minutes/prose_tasks.py) ---

def test_he_in_an_agreement_is_the_person_the_sentence_before_opened_with():
    assert _prose("Tomasz reported on the boiler service. It was agreed that he will get a quote for a new "
                  "thermostat.") == [("Get a quote for a new thermostat", "Tomasz Nowak")]


def test_he_in_an_agreement_with_no_person_before_owns_nothing():
    assert _prose("The boiler was serviced. It was agreed that he will get a quote for a new thermostat.") == []


# --- work handed on by a pronoun (minutes/wording.py) ---

def test_an_ownerless_agreement_handed_on_next_or_after_a_dash_is_the_takers():
    assert _prose("It was agreed to invite the MP to the AGM. Bo to deal with this.") == [
        ("Invite the MP to the AGM", "Bo Lane")]
    assert _commitments("It was agreed to book the brass band for the fair - Ann will deal with that.") == [
        ("Book the brass band for the fair", "Ann Roe")]


def test_a_handing_on_after_other_talk_or_by_no_one_known_changes_nothing():
    said = ["The hall was busy.", "Bo to deal with this."]
    assert handed_on(said, lambda words: True) == said
    said = ["It was agreed to invite the MP.", "Everybody Else to deal with this."]
    assert handed_on(said, lambda words: False) == said


# --- two pieces of work joined by "and to" (minutes/wording.py) ---

def test_two_pieces_of_work_joined_by_and_to_are_two_tasks():
    assert _prose("The clerk was asked to send a card to the warden and to cancel the mowing contract.") == [
        ("Send a card to the warden", "the clerk"), ("Cancel the mowing contract", "the clerk")]


def test_and_to_before_no_verb_of_work_stays_one_task():
    assert _commitments("Ann will ask speakers to keep their points brief and to the point.") == [
        ("Ask speakers to keep their points brief and to the point", "Ann Roe")]
