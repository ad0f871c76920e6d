"""Undertakings owned by a bare first name or a handle at the head of a bullet, a call for someone
answered by a volunteer, and a next step in the present (minutes/bare_names.py, read through
minutes/commitments.py). Invented lines."""

from __future__ import annotations

import pytest

from minutes.bare_names import bare_subject, next_step_task, volunteered_task
from minutes.commitments import ProperWords, commitments
from minutes.owners import Owners

NO_ROLL = Owners([])


def _read(text: str, owners: Owners = NO_ROLL, lines: list[str] | None = None) -> list[tuple[str, str | None]]:
    proper = ProperWords(lines if lines is not None else [text])
    return [(task.what, task.who) for task in commitments(text, owners, None, proper)]


@pytest.mark.parametrize("text, expected", [
    ("Wendell will open an issue to track the flaky upload test.",
     ("Open an issue to track the flaky upload test", "Wendell")),
    ("Tova offered to write up the caching proposal.", ("Write up the caching proposal", "Tova")),
    ("Ilse and Bram to pair on the schema migration.", ("Pair on the schema migration", "Ilse, Bram")),
    ("@quill will ping the hosting team about the DNS change", ("Ping the hosting team about the DNS change", "@quill")),
    ("Oren volunteered to run the next release.", ("Run the next release", "Oren")),
    # a note in brackets after the name; after "volunteered to" any verb but a stance's is work
    ("Guillermo (away today) offered to write up the rules.", ("Write up the rules", "Guillermo")),
    ("Leopold volunteered to bake for the open evening.", ("Bake for the open evening", "Leopold")),
])
def test_a_bare_name_or_handle_at_a_bullets_head_owns_its_undertaking(text, expected):
    assert _read(text) == [expected]


def test_a_bare_name_is_written_as_the_roll_gives_it():
    owners = Owners(["Wendell Achterberg"])
    assert _read("Wendell will open an issue for the flaky test.", owners) == [
        ("Open an issue for the flaky test", "Wendell Achterberg")]


@pytest.mark.parametrize("text", [
    "The release will be on Friday.",           # a statement of fact, no one named
    "Carsten will be away next week.",          # a state, not work
    "Pilar thinks the cache key is wrong.",     # an opinion, no link
    "Should Hugo open an issue for it?",        # a question
    "If there is time, Hugo will refactor the loader.",  # a condition
    "Proposal to move to a six-week cadence.",  # a noun, not a name
    "Residents to report potholes online.",     # the public, a plural noun
    "Reminder to update the changelog.",        # a noun that opens a bullet before "to"
    "Remember to add your availability.",       # a verb that does
    "Friday will see the new runners go live.",  # a day
    "Wendell already merged the parser fix.",   # work done
    "Wendell will not open an issue.",          # negated
    "Leopold will bake for the open evening.",  # "will" with a verb that is no set work of notes
    "Leopold volunteered to help at the door.",  # a stance, even after "volunteered to"
])
def test_no_undertaking_without_a_bare_owner_and_work(text):
    assert _read(text) == []


def test_a_word_the_document_writes_in_lower_case_is_no_name():
    # "Docs" opens the bullet, but the notes also write "docs": a thing, not a person
    lines = ["Docs will list the supported runtimes.", "We moved the docs to the new site."]
    assert _read(lines[0], lines=lines) == []
    assert bare_subject("Docs ", "will", "list", " the supported runtimes", {"docs"}) is None


@pytest.mark.parametrize("text, expected", [
    ("We need someone to update the contributor guide -> Lotte volunteered.",
     ("Update the contributor guide", "Lotte")),
    ("Someone should chase the sponsor about the invoice – @ferro volunteered",
     ("Chase the sponsor about the invoice", "@ferro")),
    ("Need a volunteer to review the translation PR (Ansel volunteered)", ("Review the translation PR", "Ansel")),
])
def test_a_call_for_someone_is_given_to_who_answered_it(text, expected):
    task = volunteered_task(text, frozenset())
    assert (task.what, task.who) == expected


def test_a_call_unanswered_or_answered_by_no_one_named_is_no_task():
    assert volunteered_task("We need someone to update the contributor guide.", frozenset()) is None
    assert volunteered_task("We need someone to update the guide -> nobody volunteered.", frozenset()) is None


@pytest.mark.parametrize("text, expected", [
    ("Next step: Ysolde drafts the RFC", ("Draft the RFC", "Ysolde")),
    ("Next steps - Ysolde fixes the broken link checker", ("Fix the broken link checker", "Ysolde")),
])
def test_a_next_step_in_the_present_is_its_owners(text, expected):
    task = next_step_task(text, frozenset())
    assert (task.what, task.who) == expected


def test_a_present_tense_report_without_the_label_is_no_task():
    assert next_step_task("Ysolde drafts most of our RFCs", frozenset()) is None
    assert _read("Ysolde drafts most of our RFCs.") == []
    assert next_step_task("Next step: Ysolde thinks it over", frozenset()) is None
