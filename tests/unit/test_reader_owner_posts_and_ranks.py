"""Who an action belongs to once its owner's words are found: posts written as the owner stay as
written (an office by its title, a post with "and" or a comma in it, a post with its body after a
comma), a rank names the one officer of it at the meeting, a post written before a roll name is
kept as its title, and a pet name spelt with "ck" names the roll's "ch" or "c". All names are invented."""

from __future__ import annotations

from minutes import read_minutes
from minutes.owners import Owners

_PANEL = Owners(
    ["Councillor Ann Vosper", "Commissioner Idris Penhallow", "Wendy Astley", "Deputy Chief Constable Mark Sowden",
     "Inspector Lee Carragher"],
    aliases={"OPCC": "Wendy Astley"},
    posts={"Wendy Astley": "Chief Executive, OPCC", "Commissioner Idris Penhallow": "Police and Crime Commissioner"})


def test_an_office_by_its_title_stays_the_office():
    assert _PANEL.resolve("The Commissioner") == "Commissioner"
    assert _PANEL.resolve("the Deputy Chief Constable") == "Deputy Chief Constable"


def test_a_rank_is_the_one_officer_of_it_at_the_meeting():
    assert _PANEL.resolve("the Inspector") == "Inspector Lee Carragher"


def test_a_post_written_before_a_name_stays_its_title():
    assert _PANEL.resolve("Commissioner Penhallow") == "Commissioner Idris Penhallow"
    assert _PANEL.resolve("IP") == "Commissioner Idris Penhallow"


def test_a_post_with_its_body_after_a_comma_is_not_the_holder():
    assert _PANEL.resolve("Chief Executive, OPCC") == "Chief Executive, OPCC"
    assert _PANEL.resolve("OPCC") == "Wendy Astley"  # the roll's own short form beside her name


def test_a_post_whose_name_holds_and_stays_one_owner():
    owners = Owners(["Yasmin Farouk"])
    assert owners.resolve("Police and Crime Commissioner") == "Police and Crime Commissioner"
    assert owners.resolve("Events and Communications Officer") == "Events and Communications Officer"
    assert owners.resolve("Lead for Strategic Planning and Performance") == "Lead for Strategic Planning and Performance"
    assert owners.resolve("Director of Services, Housing & Community") == "Director of Services, Housing & Community"


def test_two_owners_joined_by_and_stay_two():
    owners = Owners(["Yasmin Farouk", "Cllr Huw Tudur-Jones"])
    assert owners.resolve("Police and Business Manager") == "Police, Business Manager"
    assert owners.resolve("Chair and Yasmin Farouk") == "Chair, Yasmin Farouk"
    assert owners.resolve("Clerk and RFO") == "Clerk, RFO"
    assert owners.resolve("Chair, Cllr Tudur-Jones") == "Chair, Cllr Huw Tudur-Jones"


def test_a_pet_name_spelt_with_ck_names_the_roll_name():
    owners = Owners(["Nicholas Ferrante", "Victoria Hale", "Dominik Maric"])
    assert owners.resolve("Nick") == "Nicholas Ferrante"
    assert owners.resolve("Vicky") == "Victoria Hale"
    assert owners.resolve("Dom") == "Dominik Maric"


def test_owners_as_minutes_write_them_against_a_roll_of_initials():
    owners = Owners(["Jo Beckwith", "Karl Lindqvist", "Cllr Morag Bradley", "Inspector Fiona Rowe"],
                    aliases={"JB": "Jo Beckwith", "KL": "Karl Lindqvist"})
    assert owners.resolve("J.B.") == "Jo Beckwith"
    for joined in ("JB/KL", "JB & KL", "JB, KL"):
        assert owners.resolve(joined) == "Jo Beckwith, Karl Lindqvist"
    assert owners.resolve("TW") == "TW"  # defined nowhere: as written
    assert owners.resolve("Insp. Rowe") == "Inspector Fiona Rowe"
    assert owners.resolve("Cllr Bradley") == "Cllr Morag Bradley"
    for as_written in ("Police", "the Council", "All members", "Officers", "RFO", "Head of Finance"):
        assert owners.resolve(as_written) == as_written


def test_panel_minutes_keep_the_commissioner_as_written_and_his_title_beside_his_name():
    text = """Vale Police and Crime Panel
Minutes of the meeting held on 5 February 2026

Present: Councillor Ann Vosper (Chair), Councillor Dilip Khatri

Also present: Commissioner Idris Penhallow (Police and Crime Commissioner), Wendy Astley (Chief Executive, OPCC)

1. Precept
The Commissioner agreed to provide a breakdown of the rural policing budget.
ACTION: Commissioner Penhallow to publish the victims' services plan.
"""
    owners = {action.what: action.who for action in read_minutes(text).actions}
    assert "Commissioner" in owners.values()
    assert "Commissioner Idris Penhallow" in owners.values()


def test_lines_opening_with_an_owner_and_a_dash_are_their_tasks():
    text = """Stanbury Village Hall Management Committee
Minutes of the committee meeting, Monday 9 March 2026

Present: Brian Jessop (Chair), Katherine Lowe (Treasurer), Rosa Bellini, Tom Eardley

Maintenance
The car park lights are not working.
B.J. - get a quote for LED car park lights.
Treasurer - check the insurance covers the new chairs.
RB/TE - organise the raffle prizes.
"""
    owners = {action.what: action.who for action in read_minutes(text).actions}
    assert owners == {"Get a quote for LED car park lights": "Brian Jessop",
                      "Check the insurance covers the new chairs": "Treasurer",
                      "Organise the raffle prizes": "Rosa Bellini, Tom Eardley"}


def test_a_dash_before_a_report_or_a_declaration_sets_no_task():
    from minutes.dash_owners import owner_dash_tasks
    owners = Owners(["Cllr Gethin Rees", "Brian Jessop"])
    for line in ("Cllr Rees - personal interest in item 6 as treasurer of the club.", "BJ - update on the boiler service.",
                 "BJ - reported that the boiler was serviced."):
        assert owner_dash_tasks(line, owners) == line
    # (An owner's own "will" after the dash is read there too, as the rules for an owner and "will" read it.)
    assert owner_dash_tasks("BJ - will check the shed keys.", owners) == "BJ will check the shed keys."
