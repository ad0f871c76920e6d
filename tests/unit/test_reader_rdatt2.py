"""The reader's second-round rules for attendance, the header and the next meeting, each
tested on a few invented lines written in layouts real bodies use."""

from minutes import read_minutes
from minutes.people import read_person


def _people(text):
    minutes = read_minutes(text)
    return [(a.name, a.role) for a in minutes.present]


def test_a_titled_name_with_initials_runs_to_the_surname_before_its_post():
    assert read_person("Mr D L Hewitt Deputy Town Clerk").name == "Mr D L Hewitt"
    assert read_person("Mr D L Hewitt Deputy Town Clerk").role == "Deputy Town Clerk"
    assert read_person("Cllr J. Okafor Treasurer").name == "Cllr J. Okafor"
    assert read_person("Ms Rhian Tudor Finance Officer").name == "Ms Rhian Tudor"


def test_officers_in_one_paragraph_each_opening_with_a_title_are_each_someone():
    text = ("Minutes of the Town Council held on 3 March 2025\n\n"
            "Present: Cllr P Arkwright (Chair), Cllr S Fenby\n"
            "In attendance: Mrs B Cotter, Town Clerk/RFO, Mr D L Hewitt Deputy Town Clerk, "
            "and Mr K Oduya Admin Assistant.\n\n1. Welcome\nThe Chair opened the meeting.\n")
    assert _people(text) == [("Cllr P Arkwright", "Chair"), ("Cllr S Fenby", None),
                             ("Mrs B Cotter", "Town Clerk/RFO"), ("Mr D L Hewitt", "Deputy Town Clerk"),
                             ("Mr K Oduya", "Admin Assistant")]
