"""The attendance reader reads rolls whose marks say who came (italic apologies, a bold Chair, struck
absences, as the document's key says), rolls in initials keyed by a list, and posts among the apologies."""

from minutes.attendance import read_attendance
from minutes.attendance_emphasis import key_meanings, unmarked
from minutes.attendance_posts import unnamed_post
from minutes.roll import ABSENT, APOLOGIES


def _read(text: str):
    found = read_attendance(text.splitlines())
    return ([(p.name, p.role) for p in found.present], [a.name for a in found.apologies],
            [a.name for a in found.absent])


def test_the_key_says_what_each_mark_means():
    meanings = key_meanings(["Members (Chair in bold; absent struck through)", "Those in italics sent apologies."])
    assert meanings["bold"].role == "Chair"
    assert meanings["struck"].kind == ABSENT
    assert meanings["italic"].kind == APOLOGIES


def test_marks_are_taken_out_of_the_names():
    assert unmarked("- *Cllr Ann Lee*") == "- Cllr Ann Lee"
    assert unmarked("Attending: A Lee, **Bo Ray**, ~~Cy Dee~~") == "Attending: A Lee, Bo Ray, Cy Dee"


def test_italic_entries_of_a_list_sent_apologies():
    present, apologies, _ = _read("Minutes of the Board\n\nPresent (apologies in italics)\n\n- Cllr Ann Lee (Chair)\n"
                                  "- *Cllr Bob Ray*\n- Cllr Cara Dunn\n\n1. Minutes\n\nAgreed.\n")
    assert [name for name, _ in present] == ["Cllr Ann Lee", "Cllr Cara Dunn"]
    assert apologies == ["Cllr Bob Ray"]


def test_bold_is_the_chair_and_struck_is_absent():
    present, apologies, absent = _read("Minutes\n\nMembers (Chair in bold; absent struck through)\n\n- **Cllr Ann Lee**\n"
                                       "- Cllr Bob Ray\n- ~~Cllr Cara Dunn~~\n- Cllr Ed Fox\n\n1. Minutes\n\nAgreed.\n")
    assert present == [("Cllr Ann Lee", "Chair"), ("Cllr Bob Ray", None), ("Cllr Ed Fox", None)]
    assert apologies == [] and absent == ["Cllr Cara Dunn"]


def test_italic_names_inside_a_line_with_the_key_above():
    present, apologies, _ = _read("Notes\n\nNames in italics sent apologies.\n\nAttending: Ann Lee (Chair), *Bob Ray*, "
                                  "Cara Dunn, *Ed Fox*\n\n1. Budget\n")
    assert [name for name, _ in present] == ["Ann Lee", "Cara Dunn"]
    assert apologies == ["Bob Ray", "Ed Fox"]


def test_a_key_in_italics_is_no_one():
    present, apologies, _ = _read("Notes\n\nAttendees (*italics = sent apologies*)\n\n- Ann Lee\n- *Bob Ray*\n- Cara Dunn\n"
                                  "\n1. Budget\n")
    assert [name for name, _ in present] == ["Ann Lee", "Cara Dunn"]
    assert apologies == ["Bob Ray"]


def test_marks_mean_nothing_without_a_key():
    present, apologies, _ = _read("Notes\n\nPresent\n\n- Ann Lee\n- *Bob Ray*\n- Cara Dunn\n\n1. Budget\n")
    assert apologies == []


def test_a_key_list_of_initials_before_the_roll_is_no_roll():
    present, apologies, _ = _read("Minutes\n\nWho's who\nAL – Ann Lee\nBR – Bob Ray\nEF – Ed Fox\n\n"
                                  "Present: AL, BR\nApologies: EF\n\n1. Budget\n")
    assert [name for name, _ in present] == ["Ann Lee", "Bob Ray"]
    assert apologies == ["Ed Fox"]


def test_a_key_line_of_initials_after_the_roll():
    present, apologies, _ = _read("Minutes\n\nPresent: AL, BR (Chair)\nApologies: EF\n\n"
                                  "Key: AL = Ann Lee, BR = Bob Ray, EF = Ed Fox\n\n1. Budget\n")
    assert [name for name, _ in present] == ["Ann Lee", "Bob Ray"]
    assert apologies == ["Ed Fox"]


def test_a_post_among_the_apologies_is_kept_as_written():
    assert unnamed_post("the Mayor") == "the Mayor"
    assert unnamed_post("The Police and Crime Commissioner.") == "The Police and Crime Commissioner"
    assert unnamed_post("the minutes") is None
    _, apologies, _ = _read("Minutes\n\nPresent: Cllr Ann Lee (Chair), Cllr Bob Ray\n\nApologies: the Mayor, Cllr Ed Fox\n"
                            "\n1. Budget\n")
    assert sorted(apologies) == ["Cllr Ed Fox", "the Mayor"]
    _, apologies, _ = _read("Minutes\n\nPresent\n\n- Cllr Ann Lee (Chair)\n\nApologies\n\n- The Chief Constable\n"
                            "- Cllr Ed Fox\n\n1. Budget\n")
    assert sorted(apologies) == ["Cllr Ed Fox", "The Chief Constable"]


def test_a_post_joined_to_people_by_and():
    _, apologies, _ = _read("Minutes\n\nPresent: Cllr Ann Lee (Chair), Cllr Bob Ray\n\n"
                            "Apologies for absence were received from the Mayor and Cllr Ed Fox.\n\n1. Budget\n")
    assert sorted(apologies) == ["Cllr Ed Fox", "the Mayor"]


def test_a_heading_then_the_sentence_that_says_it_again():
    _, apologies, _ = _read("Minutes\n\nPresent: Cllr Ann Lee (Chair), Cllr Bob Ray\n\n"
                            "Apologies: Apologies were received from the Provost and Mrs Morag Kerr.\n\n1. Budget\n")
    assert sorted(apologies) == ["Mrs Morag Kerr", "the Provost"]
