"""Tasks small bodies type into one paragraph a minute: a later clause that tells who was asked ("... and the
clerk was instructed to put the work in hand"), a post in lower case after a spaced dash ("Insurance - clerk to
ask ..."), and a numbered item whose minute runs on after a short title and a colon or dash ("3. Allotments:
Clerk to write to ..."). Each is tried on a few invented lines."""

from __future__ import annotations

from minutes import read_minutes
from minutes.run_on_items import colon_run_on

_HEAD = "Wexley Parish Council\n\nMinutes of the meeting held on 4 May 2026\n\nPresent: Ann Lee, Bob Ray\n\n"


def actions_of(text: str) -> list[tuple[str, str | None]]:
    return [(action.what.lower(), (action.who or "").lower()) for action in read_minutes(_HEAD + text).actions]


def test_a_later_clause_says_who_was_asked() -> None:
    assert actions_of("1. Pond\n\nThe bench should be repaired and the clerk was instructed to put the work in hand.\n") == [
        ("put the work in hand", "the clerk")]
    assert actions_of("1. Roads\n\nPotholes had been reported twice; the secretary was asked to write to the roads "
                      "manager again.\n") == [("write to the roads manager again", "the secretary")]


def test_a_lower_case_post_after_a_spaced_dash_owns_the_work() -> None:
    found = actions_of("8. Payments: Water rates £42.10 - proposed A. Lee and seconded B. Ray pass for payment. "
                       "Hall Insurance - clerk to ask whether the new noticeboard is covered.\n")
    assert [who for _, who in found] == ["clerk"]
    assert "whether the new noticeboard is covered" in found[0][0]


def test_a_short_item_runs_on_after_its_colon_or_dash() -> None:
    assert colon_run_on("3. Allotments: Clerk to write to the two plot holders in arrears.") == (
        "Clerk to write to the two plot holders in arrears.")
    assert colon_run_on("5. Skate park - Cllr Lowe to arrange a meeting with the youth council.") == (
        "Cllr Lowe to arrange a meeting with the youth council.")
    assert colon_run_on("4. Finance and General Purposes Committee report and accounts: noted") is None
    assert colon_run_on("2. Apologies: None.") is None
    found = actions_of("1. Apologies: None.\n2. Hall: Clerk to book the hall for the summer fete.\n")
    assert found == [("book the hall for the summer fete", "clerk")]


def test_the_clause_readers_stay_linear_on_hostile_text() -> None:
    for text in ("x" + " " * 5000 + "and the clerk was asked to go.", "1. " + "A" * 5000 + ": x",
                 "x" + " " * 5000 + "- clerk to go.", " and" * 3000 + " was asked to go", "," * 5000):
        read_minutes(_HEAD + text)
        colon_run_on(text)
