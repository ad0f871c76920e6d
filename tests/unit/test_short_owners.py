"""Owners written the short ways action lists write them: roll initials in square brackets opening an entry,
and a first name before a verb's plain form under an action marker (all names invented)."""

from minutes.actions import read_task
from minutes.owners import Owners
from minutes.reader import read_minutes
from minutes.short_owners import tagged_roll

_OWNERS = Owners(["Rosa Tamblyn", "Priya Kaur", "Tomasz Wren"], {"RT": "Rosa Tamblyn", "PK": "Priya Kaur"})


def test_a_tagged_roll_defines_initials_even_where_they_do_not_fit_the_name():
    lines = ["## Attendees", "- [RT] Rosa Tamblyn (Chair)", "- [LM] Lucas Marr-Devereux", "- [XX] Agenda"]
    assert tagged_roll(lines) == {"RT": "Rosa Tamblyn", "LM": "Lucas Marr-Devereux"}


def test_bracketed_initials_open_an_instruction_with_its_capital():
    task = read_task("[RT]   Create a poll about ideas for a new landing page.", _OWNERS, strict=False)
    assert (task.what, task.who) == ("Create a poll about ideas for a new landing page", "Rosa Tamblyn")
    both = read_task("[RT, PK] Investigate the project board features.", _OWNERS, strict=False)
    assert both.who == "Rosa Tamblyn, Priya Kaur"


def test_an_undefined_tag_or_a_done_entry_names_no_owner():
    assert read_task("[TBD] Find a photographer for the opening night.", _OWNERS, strict=False).who is None
    done = read_task("[RT] Create a discussion document.- done", _OWNERS, strict=False)
    assert done is None or done.who is None


def test_a_first_name_before_a_plain_verb_under_a_marker_is_the_roll_person():
    task = read_task("Tomasz e-mail the organisers to ask about a room", _OWNERS, strict=False)
    assert task.who == "Tomasz Wren" and task.what.lower().startswith("e-mail the organisers")


def test_a_topic_word_before_a_verb_or_a_name_off_the_roll_is_no_owner():
    assert read_task("Speed check on the bypass at school times", _OWNERS, strict=False).who is None
    assert read_task("Ankur e-mail the board about the room", _OWNERS, strict=False).who != "Ankur"


def test_current_work_beside_a_first_name_action_list_sets_nothing():
    text = ("CYCLING SOCIETY\nCommittee meeting, 4 February 2025\n\nPresent: Hollis Agyeman (President), "
            "Wren Castellano (Treasurer)\n\n1. Rides\nWren is working on the insurance renewal.\n\nActions:\n"
            "- Hollis e-mail the union about the bike store key\n")
    actions = read_minutes(text).actions
    assert [(a.who, a.what) for a in actions] == [("Hollis Agyeman", "E-mail the union about the bike store key")]
