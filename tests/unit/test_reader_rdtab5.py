"""Tables, lists and marked lines (eighth pass): general layouts of minutes, each from a few invented lines."""

from __future__ import annotations

from minutes import read_minutes


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read_minutes(text).actions]


_HEAD = ("Lark Valley Allotments Committee\nNotes of the meeting held on 12 March 2026\n\n"
         "Present:\nNadia Pryce (NP) - Chair\nOwen Tallis (OT, @otallis) - Treasurer\nBea Quarrie (BQ) - Secretary\n\n")


# --- a closing table that notes the body's sentence in a few words ---------------------------

def test_a_closing_table_noting_the_body_sentence_keeps_the_sentence_words_and_the_table_owner():
    text = _HEAD + (
        "1. Water supply\n\n"
        "The standpipe by plot 14 leaks again.\n\n"
        "Action: Owen to ask the water company to replace the standpipe valve before the season opens.\n\n"
        "Actions\n\n"
        "| Owner | Action | Due |\n|---|---|---|\n"
        "| Owen Tallis | Standpipe valve | 1 April 2026 |\n")
    found = read_minutes(text).actions
    assert [(a.what, a.who) for a in found] == [
        ("Ask the water company to replace the standpipe valve before the season opens", "Owen Tallis")]


def test_a_closing_table_with_its_own_wording_keeps_it():
    text = _HEAD + (
        "1. Water supply\n\n"
        "Action: Owen to ask the water company to replace the standpipe valve before the season opens.\n\n"
        "Actions\n\n"
        "| Owner | Action | Due |\n|---|---|---|\n"
        "| Owen Tallis | Ask the water company to replace the standpipe valve | 1 April 2026 |\n")
    assert [a.what for a in read_minutes(text).actions] == ["Ask the water company to replace the standpipe valve"]


# --- "ACTION 4/25 — OT: ..." numbered within the year ---------------------------------------

def test_an_action_numbered_within_its_year_is_a_marker():
    text = _HEAD + (
        "1. Water supply\n\nThe standpipe by plot 14 leaks again.\n\n"
        "ACTION 7/26 — OT: ask the water company to replace the valve. By: 31/03/26\n\n"
        "ACTION 8/26 - NP, BQ: draft the letter to plot holders and send to OT. By: 20 March\n")
    assert actions_of(text) == [
        ("Ask the water company to replace the valve", "Owen Tallis", "31/03/26"),
        ("Draft the letter to plot holders and send to OT", "Nadia Pryce, Bea Quarrie", "20 March"),
    ]


def test_a_reviewed_action_reference_with_its_number_after_a_dash_is_no_marker():
    # "Action 12/25-3  RS to ..." (no colon or dash after the reference) stays a review's entry.
    text = _HEAD + (
        "1. Outstanding actions\n"
        " Action 12/25-3  OT to provide the meter readings - outstanding, due April.\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Provide the meter readings", "Owen Tallis", True)]


# --- a hand pointing at a list entry marks it --------------------------------------------------

def test_a_pointing_hand_marks_a_list_entry_as_an_action():
    text = _HEAD + (
        "1. Water supply\n\n"
        "- The standpipe by plot 14 leaks again.\n"
        "- 👉 @otallis will ask the water company for a new valve, by next meeting.\n"
        "- 👉 Bea to put a notice on the gate.\n"
        "- The committee thanked Owen.\n")
    assert [(what.rstrip(","), who) for what, who, _ in actions_of(text)] == [
        ("Ask the water company for a new valve", "Owen Tallis"),
        ("Put a notice on the gate", "Bea Quarrie"),
    ]
