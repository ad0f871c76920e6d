"""List-style notes' actions: numbered undertakings, roll nicknames, plus-joined owners, task sections."""

from minutes import read_minutes
from minutes.short_owners import nicknamed_roll

_ROLL = "#Weekly Team Meeting\n###Present\n\n*Harriet Okonjo\n*Samuel Pryce (Sol)\n*Tobias Kerrigan\n\n12/02/2026\n\n"


def _actions(text):
    return [(a["who"], a["what"], a["due"]) for a in read_minutes(text).to_json()["actions"]]


def test_numbered_undertaking_is_an_entry_not_a_heading():
    found = _actions(_ROLL + "##New Business\n1. Tobias will draft the test plan with Harriet.\n"
                     "2. Harriet said she would write the introduction.\n")
    # (A member named after "with" shares the work: both own it, as tuning40's reading has it.)
    assert ("Tobias Kerrigan, Harriet Okonjo", "Draft the test plan", None) in found
    assert ("Harriet Okonjo", "Write the introduction", None) in found


def test_numbered_report_of_work_in_hand_is_no_action():
    found = _actions(_ROLL + "##New Business\n1. Harriet is working on the database schema.\n"
                     "2. The group felt the sessions run too long.\n")
    assert found == []


def test_roll_nickname_names_its_member():
    assert nicknamed_roll(["*Samuel Pryce (Sol)", "- Jane Doe (Chair)", "- Ann Lee (Ann)"]) == {"Sol": "Samuel Pryce"}
    found = _actions(_ROLL + "##AOB\n1. Sol will book the lab for the final demo.\n")
    assert found == [("Samuel Pryce", "Book the lab for the final demo", None)]


def test_nickname_given_to_two_names_names_neither():
    assert nicknamed_roll(["- Samuel Pryce (Sol)", "- Solomon Berry (Sol)"]) == {}


def test_plus_joins_two_bare_owners():
    found = _actions("# Notes\n\nWhen: 13/4/26\n\n* Branding focus on community\n"
                     "* Chris + Aapeli to create the monthly update blog post\n")
    assert found == [("Chris, Aapeli", "Create the monthly update blog post", None)]


_TASKS = ("# Greenway Collective Meeting 2026-03-02\n\n## Attendees\n\n- Marta\n- Joosep\n\n"
          "## Tasks for Everyone\n\nTo be done until **Friday 6.3.2026**:\n\n- water the polytunnel\n"
          "- sign up for the [seed swap stall](https://example.org/swap)\n\n## Individual Tasks\n\n"
          "To be done until **Friday 13.3.2026**:\n\n- Marta: order the woodchip\n\n## Meeting Notes\n\n"
          "- Joosep is working on the grant report.\n- fix the shed door\n")


def test_tasks_for_everyone_section_gives_owner_and_lead_in_date():
    found = _actions(_TASKS)
    assert ("Everyone", "Water the polytunnel", "2026-03-06") in found
    assert ("Everyone", "Sign up for the seed swap stall", "2026-03-06") in found
    assert ("Marta", "Order the woodchip", "2026-03-13") in found


def test_task_section_ends_at_the_next_heading():
    assert not any("shed door" in what or "grant report" in what for _, what, _ in _actions(_TASKS))


_DELIVERABLES = ("# Steering Committee Meeting 2\n\nDate: 1 November 2026\n\nAttendees:\n- Heidi Perrin [HP]\n"
                 "- Nico Maybury [NM]\n\n## Actions\n\n### Deliverables:\n\n- D1 (Publish a manifesto)\n"
                 "\t- [HP]   Create a poll about a new tagline.\n\t- [NM]   Publicise the poll on the forums.\n"
                 "- D2 (Define personas)\n\t- [HP]   Re. the mini-conference. Ask speakers to share their intros.\n")


def test_entry_that_only_groups_owned_tasks_is_no_action():
    found = _actions(_DELIVERABLES)
    assert not any(what.startswith("D1") or what.startswith("D2") for _, what, _ in found)
    assert ("Heidi Perrin", "Create a poll about a new tagline", None) in found


def test_regarding_opening_keeps_the_entry_owner():
    found = _actions(_DELIVERABLES)
    assert [who for who, what, _ in found if what.startswith("Ask speakers")] == ["Heidi Perrin"]


def test_task_with_steps_under_it_stays_an_action():
    found = _actions("# Steering Committee Meeting 2\n\nDate: 1 November 2026\n\nAttendees:\n- Heidi Perrin [HP]\n\n"
                     "## Actions\n\n- [HP] Update the website (new theme)\n\t- add the logo\n\t- fix the footer\n")
    assert any(what.startswith("Update the website") for _, what, _ in found)
