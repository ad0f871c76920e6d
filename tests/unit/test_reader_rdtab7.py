"""Tables, lists and marked lines (tenth pass): general layouts of minutes, each from a few invented lines."""

from __future__ import annotations

from minutes import read_minutes


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read_minutes(text).actions]


_HEAD = ("Lark Valley Allotments Committee\nNotes of the meeting held on 12 March 2026\n\n"
         "Present:\nNadia Pryce (NP) - Chair\nOwen Tallis (OT) - Treasurer\nBea Quarrie (BQ) - Secretary\n\n")


def test_an_action_column_cell_of_several_sentences_sets_one_task_a_sentence():
    # "Item | Discussion | Action": the Action cell holds each task as a sentence naming its owner, run on in one
    # paragraph as well as on lines of their own.
    text = _HEAD + ("Item\tDiscussion\tAction\n"
                    "3\tThe trough leaks and the gate is broken.\tOT to mend the trough. NP to order the compost by 31 March.\n")
    assert actions_of(text) == [("Mend the trough", "Owen Tallis", None), ("Order the compost", "Nadia Pryce", "31 March")]


def test_a_column_headed_to_be_completed_by_is_when_each_action_is_due():
    # A council committee's action table heads its dates "To be completed/progressed" (or "Date to be completed
    # by"): when each action is to be done, not whether it was completed.
    from minutes.action_tables import WHEN, table_columns

    assert table_columns("Action\tOfficer responsible\tProgress update\tTo be completed/progressed")[3] == WHEN
    assert table_columns("No.\tAction\tLead\tDate to be completed by")[3] == WHEN
    text = _HEAD + ("2. Allotment rents\n\nAction\tResponsible\tTo be completed by\n"
                    "Order the compost\tNP\t31 March 2026\nMend the gate\tOT\t30 April 2026\n")
    assert actions_of(text) == [("Order the compost", "Nadia Pryce", "31 March 2026"),
                                ("Mend the gate", "Owen Tallis", "30 April 2026")]
