"""Undertakings in running text: a passive's doer named by "by", links joined by "and", "or" or "but" taking the
subject of the clause before, a second verb joined to a task, and bodies and posts that can be given work. Every
line here is invented."""

import pytest

from minutes.clause_tasks import clause_task
from minutes.owners import Owners


@pytest.mark.parametrize("clause, task", [
    # the doer straight after the verb, mid-clause, at the close, and in a second passive
    ("the reply be sent by the Chair to the Minister", ("Send the reply to the Minister", "Chair")),
    ("the letter be sent to the Minister by the Clerk with a copy to the local MP",
     ("Send the letter to the Minister with a copy to the local MP", "Clerk")),
    ("the report be sent to the Harbour Board by Wanda Pryce", ("Send the report to the Harbour Board", "Wanda Pryce")),
    ("a workshop for members be held in March, to be organised by Wanda Pryce",
     ("Organise a workshop for members in March", "Wanda Pryce")),
    # (a means, not a doer, stays in the task)
    ("the letter be sent by Royal Mail", ("Send the letter by Royal Mail", None)),
])
def test_a_passives_doer_is_read_wherever_by_names_it(clause, task):
    found = clause_task(clause, Owners(["Wanda Pryce"]))
    assert (found.what, found.who) == task


def test_a_doer_after_by_runs_no_further_than_the_words_that_name_them():
    from minutes.clause_tasks import passive_doer
    text = " delivered by Wanda Pryce and the Royal Mail"
    who, start, end = passive_doer(text, Owners(["Wanda Pryce"]))
    assert who == "Wanda Pryce" and text[start:end] == "by Wanda Pryce"
    assert passive_doer(" to be provided by the water company", Owners([]), first=True) is None


def _commitments(text: str) -> list[tuple[str, str | None]]:
    from minutes.commitments import commitments
    owners = Owners(["Iona Grant", "Aled Corr"], aliases={"IG": "Iona Grant"})
    return [(task.what, task.who) for task in commitments(text, owners)]


@pytest.mark.parametrize("text, task", [
    # ongoing or just-begun work, then the step after it: one task, worded as a register words it
    ("No new applications. IG is keeping an eye on the quarry consultation and will report to members.",
     ("Keep an eye on the quarry consultation and report to members", "Iona Grant")),
    ("The Clerk has asked the supplier for a refund and will report back.",
     ("Ask the supplier for a refund and report back", "The Clerk")),
    # a negated first clause is no work; the joined one is the speaker's
    ("Aled Corr said he could not discuss the case in public but would brief the member afterwards.",
     ("Brief the member afterwards", "Aled Corr")),
])
def test_a_link_joined_by_and_or_but_has_the_subject_of_the_clause_before(text, task):
    assert _commitments(text) == [task]


@pytest.mark.parametrize("text", [
    "He said that the levy would fund two wardens and would balance the budget.",  # a thing's, not a person's
    "The Clerk is still awaiting a reply from the water company and will chase.",  # waiting, then a bare verb
])
def test_a_joined_link_sets_no_work_when_the_clause_before_names_no_one_who_acts(text):
    assert _commitments(text) == []


def test_a_second_verb_joined_to_a_task_loses_its_will():
    from minutes.wording import tidy_what
    assert tidy_what("carry out patrols of the path and would meet the ranger") == "Carry out patrols of the path and meet the ranger"
    assert tidy_what("publish the notes and will not be late") == "Publish the notes and will not be late"


@pytest.mark.parametrize("word, plain", [("keeping", "keep"), ("chasing", "chase"), ("getting", "get"), ("taking", "take"),
                                         ("liaising", "liaise"), ("using", "use"), ("reviewing", "review")])
def test_the_plain_form_of_an_ing_verb(word, plain):
    from minutes.wording import plain_of_ing
    assert plain_of_ing(word) == plain


def test_a_body_the_attendance_lists_people_from_can_be_given_work():
    from minutes.commitments import commitments
    owners = Owners(["Chief Supt Ann Byrne", "Mr Tom Daly"], posts={"Chief Supt Ann Byrne": "An Garda Síochána",
                                                                      "Mr Tom Daly": "Director of Services, Kilbeg County Council"})
    text = "It was agreed that An Garda Síochána would carry out speed checks at the school at home time."
    assert [(task.what, task.who) for task in commitments(text, owners)] == [
        ("Carry out speed checks at the school at home time", "An Garda Síochána")]
    # (a body nobody at the meeting comes from is not given work)
    assert commitments("It was agreed that An Post would carry out a survey of the village.", owners) == []


@pytest.mark.parametrize("text, task", [
    ("It was agreed that the Clerk would include a map of the paths in the next newsletter.",
     [("Include a map of the paths in the next newsletter", "the Clerk")]),
    ("The Clerk said the new plan would include three play areas.", []),  # what a thing holds, no work
])
def test_including_something_in_a_report_is_work(text, task):
    assert _commitments(text) == task


def test_who_acts_is_named_before_the_post_they_act_in():
    # (parish councils write it so: "X, as the tree warden, would ...", "Y, as treasurer, would keep ...")
    assert _commitments("It was agreed that Aled Corr, as the tree warden, would inspect the oak on the green.") == [
        ("Inspect the oak on the green", "Aled Corr")]


def test_a_status_word_after_be_or_being_is_what_will_be_not_how_the_entry_stands():
    assert _commitments("Aled Corr agreed to send the protocol to members ahead of the item being closed.") == [
        ("Send the protocol to members ahead of the item being closed", "Aled Corr")]
    assert _commitments("Aled Corr had agreed to send the protocol; closed.") == []


@pytest.mark.parametrize("what, before, worded", [
    ("Report the outcome", "The Monitoring Officer updated the Panel on a complaint about the conduct of the Chair.",
     "Report the outcome: the conduct of the Chair"),
    ("Draft a policy", "Members asked about the tenancy deposit scheme.", "Draft a policy: the tenancy deposit scheme"),
    ("Draft a policy on lettings", "Members asked about the tenancy deposit scheme.", "Draft a policy on lettings"),
])
def test_an_outcome_or_a_policy_alone_is_about_what_came_before(what, before, worded):
    from minutes.topics import about
    assert about(what, [before]) == worded


def test_the_thing_a_passive_does_work_to_is_never_a_clause():
    owners = Owners(["Wanda Pryce"])
    assert clause_task("The panel recommended that the letter template be tested with claimants", owners) is None
    assert clause_task("the letter template be tested with claimants", owners).what == "Test the letter template with claimants"


def test_a_heading_in_capitals_run_onto_a_sentence_is_not_its_opening():
    from minutes.topics import opening_person
    owners = Owners(["County Cllr Aled Corr", "Wanda Pryce"])
    sentence = "12.4 COUNTY COUNCILLOR'S REPORT County Cllr Corr reported on the gritting routes."
    assert opening_person(sentence, owners) == "County Cllr Corr"
    text = ("The Clerk to update the website by 31 May. " + sentence + " He would chase the repairs to Mill Lane.")
    assert ("Chase the repairs to Mill Lane", "County Cllr Aled Corr") in _commitments_with(text, owners)


def _commitments_with(text, owners):
    from minutes.commitments import commitments
    return [(task.what, task.who) for task in commitments(text, owners)]
