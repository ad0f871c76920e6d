"""Owners written by a short form of a roll name, or behind the body they act for, without a framework:
"Dan" for "Daniel Ortiz", "Robbie" for "Roberta Finch", "PF/Stan Wexley". All names are invented."""

from __future__ import annotations

from minutes import read_minutes
from minutes.owners import Owners


def test_a_short_first_name_is_the_one_roll_name_it_opens():
    owners = Owners(["Daniel Ortiz", "Norman Walsh", "Ama Boateng"])
    assert owners.resolve("Dan") == "Daniel Ortiz"
    assert owners.resolve("Norm") == "Norman Walsh"
    assert owners.is_owner("Dan", strict=True)


def test_a_pet_name_drops_its_ending_and_doubled_letter():
    owners = Owners(["Roberta Finch", "Frederick Lyle", "Abigail Stone", "Samantha Okoro"])
    assert owners.resolve("Robbie") == "Roberta Finch"
    assert owners.resolve("Freddie") == "Frederick Lyle"
    assert owners.resolve("Abby") == "Abigail Stone"
    assert owners.resolve("Sam") == "Samantha Okoro"


def test_a_short_form_two_roll_names_open_names_nobody():
    owners = Owners(["Daniel Ortiz", "Danielle Wray"])
    assert owners.resolve("Dan") == "Dan"
    assert Owners(["Daniel Ortiz", "Danielle Wray"], away=["Danielle Wray"]).resolve("Dan") == "Daniel Ortiz"


def test_a_short_form_is_no_whole_first_name_nor_a_word_of_posts():
    owners = Owners(["Dan Ortiz", "Clerkenwell Jones"])
    assert owners.resolve("Dan") == "Dan Ortiz"
    assert owners.resolve("Clerk") == "Clerk"  # an office, not a short "Clerkenwell"


def test_a_body_before_a_slash_and_a_roll_name_is_not_a_second_owner():
    owners = Owners(["Stan Wexley", "Kenji Mori"])
    assert owners.resolve("PF/Stan Wexley") == "Stan Wexley"
    assert owners.resolve("Clerk/Kenji Mori") == "Clerk, Kenji Mori"  # an office is a second owner
    assert owners.resolve("KM/Stan Wexley") == "Kenji Mori, Stan Wexley"  # so are initials of someone
    assert owners.resolve("PF/Ann Lee") == "PF, Ann Lee"  # no one on the roll after the slash


def test_minutes_write_the_roll_name_for_a_short_form_and_a_body_slash():
    text = ("Harbour Rowing Club committee\nMeeting held 2 March 2026\n\n"
            "Present: Abigail Stone, Benedikt Haas, Farah Nadeem\n\n"
            "Actions:\n- Ben to pay the regatta entry fees\n- TRA/Farah Nadeem to send the safety plan\n")
    owners = {action.who for action in read_minutes(text).actions}
    assert owners == {"Benedikt Haas", "Farah Nadeem"}
