"""Rules of the reader's tenth pass on undertakings in running text (rdprose6); every line here is invented."""

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
