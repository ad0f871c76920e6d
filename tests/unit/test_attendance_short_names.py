"""Rolls that name people short under a clear attendance heading (invented examples)."""

from minutes import read_minutes
from minutes.attendance import read_attendance
from minutes.attendance_blocks import given_names
from minutes.attendance_markup import tidied_markup
from minutes.attendance_people import read_block
from minutes.attendance_sentences import sent_apologies
from minutes.roll import Attendance


def _names(people):
    return [p.name for p in people]


def test_semicolon_after_the_heading_is_its_colon():
    found = read_attendance(["Present; Cllrs Ashby (Chair), Cllrs Pellow and Venn", "", "APOLOGIES; Ben H, Jen W"])
    assert _names(found.present) == ["Cllr Ashby", "Cllr Pellow", "Cllr Venn"]
    assert _names(found.apologies) == ["Ben H", "Jen W"]


def test_semicolon_in_a_sentence_is_no_heading():
    assert read_attendance(["Attendance; it was noted that numbers were down."]).present == []


def test_numbered_semicolon_heading_ends_the_roll_above():
    found = read_attendance(["Minutes", "1.PRESENT: Tom, Brenda, and Maureen", "2.Apologies; Dilys, Frank"])
    assert _names(found.present) == ["Tom", "Brenda", "Maureen"]
    assert _names(found.apologies) == ["Dilys", "Frank"]


def test_given_names_with_a_post_after_a_dash():
    people = given_names(["Ruth- chair, Colin, Pam G, and Hazel"])
    assert [(p.name, p.role) for p in people] == [("Ruth", "Chair"), ("Colin", None), ("Pam G", None), ("Hazel", None)]


def test_given_names_refuse_a_sentence():
    assert given_names(["Ruth opened the meeting, and Colin read the prayer"]) is None


def test_surnames_after_a_bodys_plural_word():
    people = read_block(["Trustees Ormerod (Chair), Fairley, Castell and the Clerk"], set(), [None])
    assert [(p.name, p.role) for p in people] == [("Ormerod", "Chair"), ("Fairley", None), ("Castell", None)]


def test_no_surnames_from_words_that_are_not_names():
    assert read_block(["Members Planning, Finance and the Clerk"], set(), [None]) == []


def test_sent_apologies_after_an_items_title_and_reference():
    found = Attendance()
    sent_apologies("2. Apologies and reasons for absence: 015/26: Cllrs Marlow and Quest sent their apologises.", found)
    assert _names(found.apologies) == ["Cllr Marlow", "Cllr Quest"]
    found = Attendance()
    sent_apologies("Note: the Chair sent apologies to the vicar.", found)
    assert found.apologies == []


def test_apologies_item_names_before_apologies_accepted():
    found = read_attendance(["Present: Trustees Ormerod (Chair), Fairley", "07.26 Apologies and reasons for absence",
                             "Trustees Brough and Linney, apologies accepted.", "08.26 Pavilion roof"])
    assert _names(found.apologies) == ["Brough", "Linney"]


def test_glued_markdown_markers_and_bracketed_initials():
    lines = tidied_markup(["###Present", "*Priya Ramsden", "*Gethin", "- [MB] Mirela Baptiste-Hale (Chair)",
                           "*bold* text", "- [P] Jane Doe"])
    assert lines == ["Present", "* Priya Ramsden", "* Gethin", "- Mirela Baptiste-Hale (MB) (Chair)", "*bold* text",
                     "- [P] Jane Doe"]


def test_bracketed_initials_roll_reads_names():
    found = read_attendance(["Attendees", "- [RK] Rosa Kettering (Chair)", "- [TW] Tomas Wendt", "",
                             "Apologies", "- [LB] Leif Brandvold", "", "Discussion"])
    assert _names(found.present) == ["Rosa Kettering", "Tomas Wendt"]
    assert _names(found.apologies) == ["Leif Brandvold"]


def test_initials_roll_with_one_spelt_out():
    found = read_attendance(["Participants\tKV, OBL, HS, RD (Runa Dahlberg).  Minutes by HS."])
    assert _names(found.present) == ["KV", "OBL", "HS", "Runa Dahlberg"]


def test_capitals_that_are_bodies_stay_unread():
    assert read_attendance(["Apologies: DWP, NHS"]).apologies == []


def test_whole_document_with_glued_markdown():
    text = "#Group Meeting of Team 11\n\nDate: 16 February 2026\n\n###Present\n\n*Priya Ramsden\n*Gethin\n\n###Minutes\n\n*Notes.\n"
    assert [p["name"] for p in read_minutes(text).to_json()["present"]] == ["Priya Ramsden", "Gethin"]
