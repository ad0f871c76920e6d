"""The reader's running-text tasks: a passive whose "by" names someone on the roll, a "which she will ..."
clause on what the subject has or raised, and a misspelt post in the subject."""

from minutes.future_passives import future_passives
from minutes.owners import Owners
from minutes.post_spelling import mended_posts, meant_post
from minutes.relative_tasks import relative_task

_ROLL = Owners(["Dennis Paley", "Olive Trent", "Martin Oakes"], aliases={"MO": "Martin Oakes"})


def test_a_passive_done_by_someone_on_the_roll_is_their_task_whatever_the_verb():
    [task] = future_passives("The goal posts would be tightened by Dennis Paley before the league.", _ROLL)
    assert task.who == "Dennis Paley" and task.what.lower().startswith("tighten the goal posts")


def test_the_same_verb_with_no_doer_is_news_not_work():
    assert future_passives("The goal posts would be tightened before the league.", _ROLL) == []


def test_a_doer_who_only_joins_sets_nothing():
    assert future_passives("The boundary walk would be joined by Dennis Paley.", _ROLL) == []


def test_a_lost_full_stop_after_the_doer_ends_the_task():
    [task] = future_passives("The rink markers would be adjusted by MO MO offered to sweep the path.", _ROLL)
    assert task.who == "Martin Oakes" and "sweep" not in task.what


def test_a_which_clause_sets_work_on_the_thing_the_subject_has():
    task = relative_task("Olive Trent has a revised copy which she will give to all members.", _ROLL)
    assert task.who == "Olive Trent" and task.what == "Give a revised copy to all members"


def test_a_stranded_preposition_takes_the_thing():
    task = relative_task("Dennis Paley raised the sticking door, which he will give attention to next week.", _ROLL)
    assert task.what.startswith("Give attention to the sticking door")


def test_a_which_clause_on_a_document_sets_nothing():
    assert relative_task("The report has a summary, which they will read.", _ROLL) is None


def test_misspelt_posts_are_read_as_the_post():
    assert mended_posts("The Clertk will write. the Secretery to call.") == "The Clerk will write. the Secretary to call."


def test_surnames_and_plurals_near_a_post_are_left_alone():
    assert meant_post("Clark") is None and meant_post("Clerks") is None and meant_post("Clerk") is None
    assert mended_posts("The Clark family asked.") == "The Clark family asked."


def test_only_a_subject_before_the_words_that_set_its_work_is_mended_into_a_post():
    assert mended_posts("Ann Lee to write to the Clerke family about the hedge.") == (
        "Ann Lee to write to the Clerke family about the hedge.")
    assert mended_posts("The Clertk will write to the bank.") == "The Clerk will write to the bank."
    assert meant_post("Chairmen") is None
