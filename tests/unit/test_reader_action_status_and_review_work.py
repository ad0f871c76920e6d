"""Actions in small bodies' minutes, second pass: a status line under an "ACTION:" line, "X will ..." in a
review of matters arising, a count after "down to", "When:" over "Who:", "endeavour to be", and a line
opening with a dash after an entry closed by a stop."""

from __future__ import annotations

from minutes import read_minutes
from minutes.markers import segments
from minutes.margin_owners import margin_owner_entry
from minutes.new_work import new_undertaking
from minutes.wording import tidy_what


def _actions(text: str) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(text).actions]


def test_a_status_line_under_a_marked_entry_is_no_part_of_its_task():
    found = segments("ACTION: Ann to draft a template\nAction completed 2 Feb 2026 - the new rota starts in April")
    assert [segment.text for segment in found] == ["Ann to draft a template"]
    found = segments("ACTION: Bob to book the hall\n- Closed: booked for 2 March")
    assert [segment.text for segment in found] == ["Bob to book the hall"]


def test_a_status_line_leaves_the_entry_an_action():
    text = ("Council minutes, 3 March 2026\n\nPresent: Ann Lee, Bob Ray\n\n2. Contact details.\n"
            "ACTION: Ann to update the contact list\nAction completed 2 Feb 2026\n"
            "ACTION: Bob to draft a rota for the bar\nDone 4 Feb 2026 - shared with the stewards\n")
    assert _actions(text) == [("Update the contact list", "Ann Lee"), ("Draft a rota for the bar", "Bob Ray")]


def test_a_line_that_only_begins_with_done_words_is_kept():
    found = segments("ACTION: Ann to draft a template\nDonegal office to be told")
    assert "Donegal" in found[0].text


def test_will_in_a_review_is_new_work():
    assert new_undertaking("Colin will look into fixing a bracket in the lobby and tell the next meeting.")
    assert not new_undertaking("The hall will be closed in August.")
    assert not new_undertaking("If the grant comes, Jill will order the chairs.")
    text = ("Village Hall Committee - minutes of 4 June 2026\n\nPresent: Colin Marsh, Jill Brown\n\n"
            "Item 2 - Matters Arising from the last Meeting\n"
            "Colin was going to find a new home for the first aid box. The cupboard by the stage is too damp. "
            "Colin will look into fixing a bracket in the lobby and tell the next meeting.\n")
    assert _actions(text) == [("Look into fixing a bracket in the lobby and tell the next meeting", "Colin Marsh")]


def test_a_count_after_down_to_is_no_task():
    text = ("Board minutes, 15 April 2026\n\nPresent: Dana Whitfield, Curtis Bell\n\n"
            "  1. Treasurer's Report: Down to roughly ten households still owing fees. Report accepted.\n"
            "  2. Grounds: Curtis will get three quotes for the hedges.\n")
    assert _actions(text) == [("Get three quotes for the hedges", "Curtis Bell")]


def test_when_over_who_is_no_task():
    text = ("Group Notes – 8 May 2026\n\nWhen: 10am on Friday, 8 May 2026, at Orla’s house\n\n"
            "Who: Orla and Bernard and Jasmin\n\n* Bernard will write a short guide to the archive.\n")
    assert _actions(text) == [("Write a short guide to the archive", "Bernard")]


def test_endeavour_to_be_is_no_task():
    text = ("District minutes, 16 June 2026\n\nPRESENT: Cllr Brona Keane, Cllr Pat Morrissey\n\n"
            "1. ELECTION OF CHAIRPERSON\nCllr Brona Keane thanked the members and said she would endeavour to be "
            "even-handed with all parts of the district.\n")
    assert _actions(text) == []


def test_a_dash_line_after_a_stop_ends_the_task():
    text = ("Notes – 8 May 2026\n\nWho: Orla, Bernard\n\n"
            "* Orla will send Bernard the latest accounts.\n– Projects on the go:\n* Repainting the porch\n")
    assert ("Send Bernard the latest accounts", "Orla") in _actions(text)


def test_hostile_text_reads_as_nothing_odd():
    for hostile in (" " * 5000, "a" * 5000, "," * 5000, "\nDone" * 2000, "down to roughly " * 1000):
        assert segments("ACTION: Ann to act\n" + hostile)[0].kind == "action"
        assert not new_undertaking(hostile)
    assert new_undertaking("will " * 2000)


def test_and_as_with_a_name_ends_the_task():
    text = ("Branch minutes, 3 March 2026\n\nPresent: Ben Lowry, Sal Ibsen\n\n1. New business\n\n"
            "Raffle: Ben would buy the prizes and as Sal will be at the depot on Friday – she would bring them.\n")
    assert ("Buy the prizes", "Ben Lowry") in _actions(text)
    assert tidy_what("buy the cups and as they are cheap there") == "Buy the cups"


def test_initials_in_the_right_hand_margin_own_the_entry():
    text = ("Minutes of the Committee\nTuesday 14th April 2026\n\n"
            "Present:     Nora Blake (NB), Ray Hughes (RH), Pip Carter (PC)\n\n    1. Summer fair\n\n"
            "       Raffle prizes collected\n"
            "       Face painting – write to the parents asking for volunteers and            NB/PC\n"
            "        a rota for the afternoon\n"
            "       Cake stall – confirm if the bakery can donate the plates                 RH\n")
    assert _actions(text) == [
        ("Face painting – write to the parents asking for volunteers and a rota for the afternoon", "Nora Blake, Pip Carter"),
        ("Cake stall – confirm if the bakery can donate the plates", "Ray Hughes")]


def test_a_margin_owner_closing_a_wrapped_paragraph_is_no_new_entry():
    lines = ["9.1  GP noted the retirement of the head of the chaplaincy service.",
             "     The Chair will write to thank her.\tME"]

    class _Anyone:
        @staticmethod
        def is_owner(_name, strict=False):
            return True
    assert margin_owner_entry(lines, 1, _Anyone()) is None
    assert margin_owner_entry(["Done.", "Cake stall – confirm the plates today\tRH"], 1, _Anyone()) == (
        "Cake stall – confirm the plates today (Action: RH)", 2)
    assert margin_owner_entry(["", " " * 5000 + "\tRH"], 1, _Anyone()) is None
