"""An owner, a dash and the task ("Bo Lane - get a quote for the lights", "JB - will check the keys", "All
members - sell tickets") is one kind of line, read one way (minutes/dash_owners.py) wherever it stands: a
line of its own, a bullet, a sentence in a paragraph or a table cell's sentence. All names are invented."""

from __future__ import annotations

from datetime import date

import pytest

from minutes import read_minutes
from minutes.dash_owners import owned_dash_task, owner_dash_task, owner_dash_tasks
from minutes.owners import Owners

_OWNERS = Owners(["Ada Lee", "Bo Lane"])
_HEAD = "Minutes of the hall committee\n\nPresent: Ada Lee, Bo Lane\n\nDiscussion\n\n"
_LINES = {
    "Bo Lane - ring the contractor": ("Ring the contractor", "Bo Lane"),
    "Bo Lane - get a quote for the lights": ("Get a quote for the lights", "Bo Lane"),
    "Bo - get a quote for the lights": ("Get a quote for the lights", "Bo Lane"),
    "Ada - update the changelog": ("Update the changelog", "Ada Lee"),
    "All members - sell tickets for the quiz": ("Sell tickets for the quiz", "All members"),
}


def _actions(body: str) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(_HEAD + body + "\n", today=date(2026, 12, 2)).actions]


@pytest.mark.parametrize("line", list(_LINES))
def test_an_owner_dash_task_line_is_one_action(line):
    assert _actions(line) == [_LINES[line]]


@pytest.mark.parametrize("line", list(_LINES))
def test_an_owner_dash_task_bullet_is_one_action(line):
    assert _actions(f"- {line}") == [_LINES[line]]


@pytest.mark.parametrize("line", list(_LINES))
def test_an_owner_dash_task_in_a_paragraph_is_one_action(line):
    assert _actions(f"The hall lights were discussed at length. {line}. Other business followed.") == [_LINES[line]]


def test_the_errand_verbs_and_the_instruction_verbs_open_the_same_task():
    for line in ("Bo Lane - ring the contractor", "Bo Lane - get a quote for the lights", "Ada - update the changelog",
                 "ST and RP - revise leaflets", "TE/MY - organise the raffle prizes", "JB - will check the keys"):
        assert owner_dash_task(line) is not None, line
    assert owned_dash_task("Bo Lane - get a quote for the lights", _OWNERS)["task"] == "get a quote for the lights"


def test_a_dash_before_a_report_a_tense_or_a_status_opens_no_task():
    for line in ("Police - update on crime figures", "Chair - welcomed everyone", "Clerk - reports that the hall is let",
                 "Bo Lane - done", "Bo Lane - nothing to report", "Ada - present"):
        assert owner_dash_task(line) is None, line


def test_a_dash_line_is_written_as_the_owner_and_to_or_will():
    text = "Lights\nBo Lane - get a quote for the lights\nJB - will check the keys"
    assert owner_dash_tasks(text, Owners(["Ada Lee", "Bo Lane", "Jo Bell"])) == (
        "Lights.\nBo Lane to get a quote for the lights.\nJB will check the keys")


def test_a_task_reported_done_after_it_is_no_action():
    for line in ("Ada - publish the survey results. **Done**.", "- Ada - publish the survey results. **Done**."):
        assert _actions(line) == [], line
