"""Rolls as published council, board and panel minutes lay them out: name and post on lines of their own,
posts before their holders, run-on lines, substitutes, "all members except", roll callers and guests;
and the cost of the new patterns on hostile text (all names invented)."""

import pytest

from minutes.attendance import read_attendance
from minutes.attendance_except import _ALL_BUT
from minutes.attendance_headings import _REPORTED_THAT
from minutes.attendance_people import _CAPITALS_SURNAME, _PLURAL_POST, _surnames_cased, post_named
from minutes.attendance_roll_call import _ASKED, _CALLED
from minutes.people import _INITIALLED_AT_END, split_people


def _names(people) -> list[str]:
    return [person.name for person in people]


def test_a_roll_table_given_out_a_cell_a_line_under_its_header_row():
    found = read_attendance([
        "Present:-", "", "Members", "Role", "",
        "Morven KEIR (Chairperson)", "Nominated by Health Board", "Lachlan McTAVISH", "Chief Officer", "",
        "Apologies for absence were submitted on behalf of:-", "", "Members", "Role", "",
        "Ailsa DRUMMOND", "Chief Social Work Officer", "",
        "I DECLARATIONS OF INTEREST",
    ])
    assert _names(found.present) == ["Morven KEIR", "Lachlan McTAVISH"]
    assert [p.role for p in found.present] == ["Chairperson", "Chief Officer"]
    assert _names(found.apologies) == ["Ailsa DRUMMOND"]


def test_name_lines_with_surnames_in_capitals_alternate_with_posts_without_a_header():
    found = read_attendance([
        "Present:", "Helen ASHWORTH (Chair)", "Trust Chair", "Dr Omar FELL", "Medical Director",
        "In attendance:", "Sian HOLT", "Audit Wales", "Gethin PRYS", "Head of Governance", "1. Welcome",
    ])
    assert [name.lower() for name in _names(found.present)] == ["helen ashworth", "dr omar fell", "sian holt", "gethin prys"]
    assert found.present[2].capacity == "in attendance" and found.present[2].role == "Audit Wales"


def test_two_plain_name_lines_are_not_taken_for_a_name_and_its_post():
    found = read_attendance(["Present:", "Ann Lee", "Bob Ray", "Cai Fox", "", "1. Welcome"])
    assert _names(found.present) == ["Ann Lee", "Bob Ray", "Cai Fox"]


def test_officials_given_by_post_then_their_holders():
    found = read_attendance([
        "Officials in Attendance", "",
        "Chief Executive: Brendan Hogg", "Directors of Service: Maeve Lyle, Eamon Kirk", "Meetings Administrator: Orla Tate",
        "", "Apologies", "", "Councillors Sean Mull, Brid Nolan",
    ])
    assert [(p.name, p.role) for p in found.present] == [
        ("Brendan Hogg", "Chief Executive"), ("Maeve Lyle", "Director of Service"), ("Eamon Kirk", "Director of Service"),
        ("Orla Tate", "Meetings Administrator")]
    assert post_named("Senior Executive Officers") == "Senior Executive Officer"
    assert post_named("Ballyglass Residents") is None


def test_the_next_person_run_on_after_the_body_of_the_person_before():
    assert split_people("P Carlow, Office of the Police and Crime Commissioner M Jagger, Ashby District Council") == [
        "P Carlow, Office of the Police and Crime Commissioner", "M Jagger, Ashby District Council"]
    found = read_attendance(["Also Present: P Carlow, Office of the Police and Crime Commissioner M Jagger, Ashby "
                             "District Council"])
    assert _names(found.present) == ["P Carlow", "M Jagger"]


def test_lines_of_a_name_and_what_they_are_keep_unknown_posts_and_bodies_with_their_people():
    found = read_attendance(["Officers:", "Bryce Gall, Licensing Co-ordinator", "Ishbel Fyfe, Committee Services Officer",
                             "Rona Hay, Senior Solicitor", "", "CL41. Apologies"])
    assert _names(found.present) == ["Bryce Gall", "Ishbel Fyfe", "Rona Hay"]


def test_apologies_intimated_on_behalf_of_named_people():
    found = read_attendance(["Present: Ewan Ait", "", "CL41. Apologies",
                             "Apologies were intimated on behalf of Depute Provost Kerr and Councillor Lind."])
    assert _names(found.apologies) == ["Depute Provost Kerr", "Councillor Lind"]


def test_aldermen_part_way_along_a_roll_title_each_surname():
    found = read_attendance(["Present: Alderman J Corr (Chair), Aldermen McAtee and Devin, Councillors Quill and Tumb"])
    assert _names(found.present) == ["Alderman J Corr", "Alderman McAtee", "Alderman Devin", "Councillor Quill",
                                     "Councillor Tumb"]


def test_all_members_except_a_few_leaves_those_few_out():
    found = read_attendance(["Members: Isla Munn (Chair), Angus Bett, Hamish Urr", "",
                             "Present: All members except Hamish Urr (apologies)."])
    assert _names(found.present) == ["Isla Munn", "Angus Bett"]
    assert _names(found.apologies) == ["Hamish Urr"]
    found = read_attendance(["PRESENT: All members of the Committee except Councillor Yeoman."])
    assert _names(found.absent) == ["Councillor Yeoman"] and not found.present


def test_the_roll_caller_guests_and_an_attended_by_heading_are_there():
    found = read_attendance([
        "Chair Dana Whitt called the meeting to order and asked Lisa Orr to call roll. The following Board members "
        "were present: Marc Bell and Ravi Pate. Registered guests were Tom Kell and Ana Ruiz.",
        "", "Attended by", "", "- Victor Ade, Chief Executive", "", "1. Rent setting",
    ])
    assert set(_names(found.present)) == {"Lisa Orr", "Marc Bell", "Ravi Pate", "Tom Kell", "Ana Ruiz", "Victor Ade"}


def test_apologies_said_after_the_words_of_who_reported_them():
    found = read_attendance(["Present: Councillors Amor (Chair) and King", "", "41. Apologies",
                             "It was reported that, as apologies for absence had been received from the Mayor and "
                             "Councillors Parr and Lyle, the meeting remained quorate."])
    # (The Mayor, named by post and not by name, is kept as written.)
    assert _names(found.apologies) == ["Councillor Parr", "Councillor Lyle", "the Mayor"]
    found = read_attendance(["Present: Cllr Ann Lee", "", "1. Apologies",
                             "The Clerk reported that apologies had been received from Cllr Bo Parr and Cllr Di Lyle."])
    assert _names(found.apologies) == ["Cllr Bo Parr", "Cllr Di Lyle"]


def test_two_columns_of_councillors_with_surnames_in_capitals():
    found = read_attendance(["Present:-", "", "Councillor Morag BUCH (Convener)\tCouncillor Neil DARR",
                             "Councillor Iain FERR\tCouncillor Ruth McANDY", "", "Also Present:-"])
    assert _names(found.present) == ["Councillor Morag Buch", "Councillor Neil Darr", "Councillor Iain Ferr",
                                     "Councillor Ruth McAndy"]
    assert all(person.organisation is None for person in found.present)
    assert _surnames_cased(["Dr Ann Moss\tNHS Southvale ICB", "Bev Carr\tHead of Halberton PDU"]) == [
        "Dr Ann Moss\tNHS Southvale ICB", "Bev Carr\tHead of Halberton PDU"]
    assert _surnames_cased(["Jane Ann Ewing JAE", "Cllr Bob RAY, Cllr Cai FOX"]) == ["Jane Ann Ewing JAE", "Cllr Bob Ray, Cllr Cai Fox"]


def test_a_substitute_named_in_a_clause_of_the_apologies():
    found = read_attendance(["Present: Councillor Ash", "", "1. Apologies",
                             "Apologies for absence were received from Councillor Hale, with Councillor Vine attending as "
                             "his substitute, and from Councillor Wren."])
    assert [(p.name, p.in_place_of) for p in found.present] == [("Councillor Ash", None), ("Councillor Vine", "Councillor Hale")]
    assert _names(found.apologies) == ["Councillor Hale", "Councillor Wren"]


def test_a_members_absent_heading_with_its_count():
    found = read_attendance(["Members Present (2)", "Ann Lee, Bob Ray", "Members Absent (1)", "Eve Parr"])
    assert _names(found.present) == ["Ann Lee", "Bob Ray"] and _names(found.absent) == ["Eve Parr"]


@pytest.mark.slow  # hostile volume: a pattern that regressed to time squared would hang the slow suite visibly
def test_the_new_patterns_stay_fast_on_hostile_text():
    hostile = [" " * 5000, "a" * 5000, "A" * 5000, "," * 5000, "Aa " * 2000, "Aa, " * 2000, "all members except " * 300, "It was " * 800, "The " * 2000 + "reported",
               "Ann " * 2500, "Ann LEE" * 700, "Ann  " * 2000]
    for text in hostile:
        for pattern in (_ALL_BUT, _PLURAL_POST, _ASKED, _CALLED, _INITIALLED_AT_END, _REPORTED_THAT, _CAPITALS_SURNAME):
            pattern.search(text)
    read_attendance(["Present:-", "Members", "Role", *("Ann LEE\nChief Officer\nAll members except Bob, Cai" * 2000).split("\n")])
    read_attendance(["Present: " + "Office of the Police Authority A Lee, " * 3000])
