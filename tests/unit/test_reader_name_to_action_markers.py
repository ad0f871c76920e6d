"""A name then "to action" as an action marker naming its owner, passing over a vote to the proposal before it,
set against "action" as a verb with an object; layouts shown by at least two bodies' real minutes. Invented lines
throughout."""

from __future__ import annotations

import pytest

from minutes import read_minutes
from minutes.markers import ACTION, segments


def _actions(text: str) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(text).actions]


_STEERING = """# Tooling group, 3 March 2025

## Attendees
- Lena Marsh
- Tomasz Weir

## Build

{line}
"""

_PARISH = """Minutes of Elmcote Parish Council held on 3 March 2025

Present: Cllr Ann Rowe (Chair), Cllr Ben Tate, Cllr Cara Lund, Mrs D Pike (Clerk)

7. Play area
{line}
"""


@pytest.mark.parametrize("template, line, expected", [
    # a steering group's note: the proposal, the vote, then who will see to it
    (_STEERING, "Old build scripts, vote to drop them. Agreed. Tomasz to action.",
     [("Old build scripts, vote to drop them", "Tomasz Weir")]),
    (_STEERING, "Raise the build's minimum toolchain to version 12. Unanimous consent. Lena to action.",
     [("Raise the build's minimum toolchain to version 12", "Lena Marsh")]),
    # a parish clerk's minute: the agenda's "To ...", who proposed and seconded it, then "Clerk to action"
    (_PARISH, "To replace the broken swing seat with a cradle seat. Proposed by Cllr Tate, seconded by Cllr Lund, "
              "all agreed. Clerk to action.",
     [("Replace the broken swing seat with a cradle seat", "Clerk")]),
    (_PARISH, "Renew the hall insurance with the current broker. Carried unanimously. Clerk to action",
     [("Renew the hall insurance with the current broker", "Clerk")]),
    # "would action" after a request names the one who takes the request up
    (_PARISH, "Cllr Lund asked for a quote to reseed the verge by the church. The Clerk would action.",
     [("Provide a quote to reseed the verge by the church", "The Clerk")]),
])
def test_name_to_action_owns_the_proposal_before_the_vote(template, line, expected):
    assert _actions(template.format(line=line)) == expected


def test_an_action_marker_passes_over_the_vote_to_the_proposal():
    text = _STEERING.format(line="Retire the nightly build image. Unanimous consent. ACTION: Lena")
    assert _actions(text) == [("Retire the nightly build image", "Lena Marsh")]


@pytest.mark.parametrize("paragraph", [
    "Clerk to action the repairs to the bench.",  # "action" with an object is a task's own verb
    "The group discussed how to action feedback faster.",
])
def test_action_as_a_verb_with_an_object_is_no_marker(paragraph):
    assert [s.kind for s in segments(paragraph)] == [None]


def test_name_to_action_is_a_marker_naming_the_owner():
    found = segments("Old build scripts, vote to drop them. Agreed. Tomasz to action.")
    assert found[-1].kind == ACTION and found[-1].text.strip() == "Tomasz"


def test_a_long_line_without_a_closing_owner_is_read_in_bounded_time():
    # a hostile line: many sentence ends and capitalised words, never "to action" closing a sentence
    line = "Ab. " * 12_000 + "Ab Cd Ef to action the list" + " x" * 10_000
    assert [s.kind for s in segments(line)] == [None]
