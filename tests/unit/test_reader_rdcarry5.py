"""Reviews of earlier actions, the tenth pass: review titles as notes that meet often write them ("Follow-ups from
last time", "Last week's action items"). Each rule is tried on a few invented lines in layouts real minutes use."""

from minutes import read_minutes

_PRESENT = "Present: Ana Ruiz, Ben Okafor, Cai Wen\n\n"


def _all(text):
    return [(a.what, a.who, a.carried) for a in read_minutes(text).actions]


def test_follow_ups_from_last_time_are_earlier_actions_carried():
    notes = ("# Data SIG notes, 4 March 2026\n\n" + _PRESENT + "## Follow-ups from last time\n\n"
             "| Follow-up | Who | Where it stands |\n|---|---|---|\n| Draft the schema proposal | Ben | In progress |\n"
             "| Email the vendor | Cai | Done |\n\n"
             "## Discussion\n\n- Ana to book the workshop room.\n")
    assert _all(notes) == [("Draft the schema proposal", "Ben Okafor", True),
                           ("Book the workshop room", "Ana Ruiz", False)]


def test_last_weeks_action_items_are_earlier_actions_carried():
    notes = ("# Platform weekly sync, 4 March 2026\n\n" + _PRESENT + "## Review of last week's action items\n\n"
             "| Follow-up | Who | Where it stands |\n|---|---|---|\n| Draft the schema proposal | Ben | In progress |\n"
             "| Email the vendor | Cai | Done |\n\n"
             "## Discussion\n\n- Ana to book the workshop room.\n")
    assert _all(notes) == [("Draft the schema proposal", "Ben Okafor", True),
                           ("Book the workshop room", "Ana Ruiz", False)]
