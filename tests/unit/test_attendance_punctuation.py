"""Rolls parted by bracketed flat numbers, garbled web punctuation, and heading-less rows by area."""

from minutes.attendance import read_attendance
from minutes.attendance_areas import area_rows
from minutes.attendance_punctuation import flat_numbers_apart, tidied_rolls
from minutes.people import is_organisation


def _names(people):
    return [person.name for person in people]


def test_flat_numbers_part_the_entries_and_a_shared_surname_is_two_people():
    found = read_attendance(["Members present: Orla Finch (214) Chair; Bram Jessop (118) Ned and Sally Thorne (402) "
                             "Hetty Cade (109)."])
    assert _names(found.present) == ["Orla Finch", "Bram Jessop", "Ned Thorne", "Sally Thorne", "Hetty Cade"]


def test_flat_numbers_in_an_apologies_sentence():
    found = read_attendance(["Apologies were received from Gwen Tarrant (207) Lionel Boyce (412) Myra Quill (303)."])
    assert _names(found.apologies) == ["Gwen Tarrant", "Lionel Boyce", "Myra Quill"]


def test_flat_numbers_keep_the_post_after_the_number():
    assert flat_numbers_apart("Present: Ann Cole (12) Chair; Bob Fry (7) Cath Gale (9)") == (
        "Present: Ann Cole, Chair; Bob Fry; Cath Gale")


def test_one_or_two_bracketed_numbers_are_not_a_roll_of_flat_numbers():
    line = "Present: Ann Cole (12) and Bob Fry (7)"
    assert tidied_rolls([line]) == [line]
    business = "The budget (2026) was agreed (12) with Bob (7) and Ann (9) abstaining."
    assert tidied_rolls([business]) == [business]


def test_garbled_web_roll_is_read():
    found = read_attendance(["Present.? P.Hanley [Chairman ], M.Corby, T.Ashdown,F.Pryor, C.Oddie. and N. Saltash [Clerk]."])
    assert _names(found.present) == ["P. Hanley", "M. Corby", "T. Ashdown", "F. Pryor", "C. Oddie", "N. Saltash"]
    assert found.present[0].role == "Chairman"


def test_a_garbled_heading_that_is_no_attendance_heading_is_left_alone():
    line = "Public Speaking Time.?? R.Rooke asked the clerk about the car park."
    assert tidied_rolls([line]) == [line]


def test_area_rows_above_the_roll_headings_are_members_present():
    found = read_attendance(["Minutes of Meeting held on Monday 9th March, 2026 at Balnagowan Hall", "",
                             "Kirkton - Mr A. Lindsay", "Easter Glen - Mrs B. Rossie, Mr C. Fyvie",
                             "In attendance - Cllr. J. Duthie, Kirkton Chronicle",
                             "Apologies - Mrs L. Menzies."])
    assert _names(found.present) == ["Mr A. Lindsay", "Mrs B. Rossie", "Mr C. Fyvie", "Cllr. J. Duthie"]
    assert _names(found.apologies) == ["Mrs L. Menzies"]


def test_area_like_rows_with_no_roll_heading_after_them_are_left_alone():
    lines = ["Kirkton - Mr A. Lindsay", "Easter Glen - Mrs B. Rossie", "1. Minutes of the last meeting"]
    assert area_rows(lines) == lines
    business = ["Roads - the potholes are to be reported", "Hall - booked for May", "Apologies - Mrs L. Menzies"]
    assert area_rows(business) == business


def test_a_local_newspaper_is_a_body_not_a_person():
    assert is_organisation("Brechin Advertiser") and is_organisation("Wessex Gazette")
    assert not is_organisation("Mr Tom Herald")
