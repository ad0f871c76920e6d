"""Actions in small bodies' minutes: a sentence running on past "Det." or "St.", a contractor named in
capitals after "ACTION:", "Name will ..." entries whose names no roll lists, and names after "with"."""

from __future__ import annotations

from minutes import read_minutes
from minutes.decisions import sentences
from minutes.joint_owners import _PARTNER_AT_END


def _actions(text: str) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(text).actions]


def test_a_short_form_with_a_stop_ends_no_sentence():
    said = sentences("Stuart agreed to speak to Det. Sgt. Venn about it. Graeme agreed to book St. Aidan's hall.")
    assert said == ["Stuart agreed to speak to Det. Sgt. Venn about it.", "Graeme agreed to book St. Aidan's hall."]


def test_a_task_runs_on_past_a_saints_short_form():
    text = ("Walking Group\n\nPresent: Colette Bain, Hamish Lyle\n\n1. Walks\n\n"
            "Colette agreed to contact St. Kew's parish about parking for the April walk.\n")
    assert _actions(text) == [("Contact St. Kew's parish about parking for the April walk", "Colette Bain")]


def test_a_name_in_capitals_after_the_marker_owns_the_sentence_before():
    text = ("Residents' Association\n\nPresent: Rhona Keel, Jonas Ifield\n\n1. Signage\n\n"
            "- The committee asked that Brightways carry out a site visit to check every number. ACTION: BRIGHTWAYS.\n")
    assert _actions(text) == [("Carry out a site visit to check every number", "Brightways")]


def test_a_status_in_capitals_after_the_marker_names_nobody():
    text = ("Residents' Association\n\nPresent: Rhona Keel, Jonas Ifield\n\n1. Signage\n\n"
            "- The committee asked that the lettering be checked. ACTION: ONGOING.\n")
    assert all(who != "Ongoing" for _, who in _actions(text))


def test_names_the_roll_does_not_list_own_their_will_entries_under_actions():
    text = ("Executive minutes\n\nPresent: Jean-Marc Aubin\n\n1. Action Items\n\nHere is a list of actions to be taken:\n\n"
            "1) Jean-Marc will prepare the AGM agenda.\n2) Hélène will book the room at the Carlton.\n"
            "3) This will cost money.\n")
    found = _actions(text)
    assert ("Prepare the AGM agenda", "Jean-Marc Aubin") in found
    assert ("Book the room at the Carlton", "Hélène") in found
    assert all(who is None or "This" not in who for _, who in found)


def test_names_after_with_are_whom_the_owner_asks():
    text = ("Executive minutes\n\nPresent: Anne-Sophie Roy\n\n1. Action Items\n\n"
            "1) Anne-Sophie will check with Gordon Pryce and Yvette Caron to see if they can speak at the AGM.\n")
    assert _actions(text) == [("Check with Gordon Pryce and Yvette Caron to see if they can speak at the AGM",
                               "Anne-Sophie Roy")]


def test_a_partner_at_the_end_is_linear_on_a_run_of_stops():
    """(At time squared, 200,000 stops would take minutes: the test would hang visibly.)"""
    for hostile, partner in ((" with A" + "." * 200_000 + "!", None), (" with A" + "." * 200_000, "A"),
                             (" with " + "A " * 50_000 + "!", None)):
        found = _PARTNER_AT_END.match(hostile, 0, len(hostile.rstrip(" \t\n.")))
        assert (found and found["partner"]) == partner


def test_the_new_patterns_are_linear_on_hostile_text():
    for hostile in (" " * 5000, "a" * 5000, "," * 5000, "A" * 5000, "Aa " * 2000 + "will", "asked that " * 1000):
        minutes = read_minutes(f"Minutes\n\n1. Item\n\n{hostile}. ACTION: {hostile[:200]}\n")
        assert len(minutes.actions) <= 2


def test_a_task_ends_where_the_meeting_reports_what_it_did_next():
    text = ("Historical Society\n\nPresent: Marisa Moorcroft, Wes Joliffe\n\n1. Book\n\n"
            "Marisa will work on Chapter 1 next and we discussed what that chapter would include.\n")
    assert _actions(text) == [("Work on Chapter 1 next", "Marisa Moorcroft")]


def test_a_post_before_a_first_name_names_the_person_the_roll_gives():
    text = ("Club Board\n\nPresent: Niall Sampford, Alec Rusby\n\n1. Awards\n\n"
            "No report yet received – secretary Niall to contact Hugh with a reminder.\n\n2. Fees\n\n"
            "Treasurer Alec to pay the invoice.\n")
    assert _actions(text) == [("Contact Hugh with a reminder", "Niall Sampford"), ("Pay the invoice", "Alec Rusby")]


def test_called_to_order_is_no_task():
    text = ("Area Council\n\nPresent: Bram Lennox; Kira Hanley\n\nCalled to order 17:41\n\n1. Kit\n\n"
            "Kira to order the new banner.\n")
    assert _actions(text) == [("Order the new banner", "Kira Hanley")]
