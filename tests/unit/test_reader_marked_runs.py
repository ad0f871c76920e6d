"""An action marker's sentence, and owners' tasks opening the minute text after it, each read once.
Every line here is invented."""

import pytest

from minutes import read_minutes

_HEAD = "Minutes of the Parish Council meeting held on 3 March 2026\n\nPresent: Cllr Ann Lee, Cllr Bob Ray\n\n"


def _actions(text):
    return [(action.what, action.who) for action in read_minutes(_HEAD + text).actions]


def test_owners_tasks_after_a_marker_are_each_marked_and_the_minute_text_after_them_is_not():
    assert _actions("3. Hall\n\nACTION: Ann Lee to tighten the fixings. Bob Ray to book the hall for May. "
                    "The hall is busy on Fridays.\n") == [
        ("Tighten the fixings", "Cllr Ann Lee"), ("Book the hall for May", "Cllr Bob Ray")]


# (The default run reads 149 entries; the full 1,499 are slow, run by CI.)
@pytest.mark.parametrize("last", [pytest.param(149, id="149"), pytest.param(1499, id="1499", marks=pytest.mark.slow)])
def test_a_long_run_of_owners_tasks_under_actions_is_read_once_each(last):
    # Each split once put the rest of the run back to be split again: 1,000 entries took about a minute.
    entries = "".join(f"{number}. The Clerk to order bench number {number} for the green\n" for number in range(1, last + 1))
    actions = read_minutes(_HEAD + "Actions\n\n" + entries).actions
    assert len(actions) == last and actions[-1].what == f"Order bench number {last} for the green"
