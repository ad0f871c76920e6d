"""Initials a document defines beside a name, wherever the name stands (minutes/initials.py). Invented lines."""

from __future__ import annotations

from minutes import read_minutes
from minutes.initials import defined_initials


def test_initials_beside_a_name_in_a_register_row_a_bracket_or_a_sentence():
    lines = [
        "Dr Priya Ramasamy\tDeputy Medical Director\tPR\t✓ (for KO)",
        "Thames Vale Police\tDCI Owen Tarrant, Public Protection (OT)\t",
        "Keith Sallow-Barnes (KSB) presented the estates report.",
        "Callum Reid\tChief Operating Officer\tCR\tA",
    ]
    assert defined_initials(lines) == {"PR": "Priya Ramasamy", "OT": "Owen Tarrant", "KSB": "Keith Sallow-Barnes",
                                       "CR": "Callum Reid"}


def test_initials_two_names_share_are_nobody_s_and_an_office_is_no_name():
    lines = ["Sarah Pike (SP) and Simon Pratt (SP) attended.", "Head of Safeguarding (HS)", "Public Protection PP"]
    assert defined_initials(lines) == {}


MINUTES = """Harbourside Quality Committee
Minutes of the meeting held on 9 March 2026

4. Estates
Keith Sallow-Barnes (KSB) presented the estates report. The lift replacement has slipped to June.
ACTION: KSB to bring a revised lift programme to the April meeting.
"""


def test_an_owner_by_initials_is_named_in_full_from_where_the_text_defines_them():
    assert [(a.what, a.who) for a in read_minutes(MINUTES).actions] == [
        ("Bring a revised lift programme to the April meeting", "Keith Sallow-Barnes")]


def test_a_surname_after_a_title_is_the_one_titled_name_written_in_full_elsewhere():
    from minutes.initials import titled_names
    from minutes.owners import Owners
    lines = ["Also present: County Cllr Stephen Dowson (from 7.40pm), Professor Emeka Nwosu and Cllr Ann Bell.",
             "Cllr Dowson to ask about the dropped kerb."]
    owners = Owners(["Ann Cole"], {}, titled_names(lines))
    assert owners.resolve("Cllr Dowson") == "County Cllr Stephen Dowson"
    assert owners.resolve("Professor Nwosu") == "Professor Emeka Nwosu"
    assert not owners.is_person("Dowson")  # known for writing an owner in full only, not for who may act
