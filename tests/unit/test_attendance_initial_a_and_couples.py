"""A lone "A" opening a name in a roll written initial first, and couples sharing a surname (attfix4)."""

from minutes import read_minutes
from minutes.people import looks_like_name, initials_roll, shared_surname, split_people, writes_initials_first


def _names(text: str, key: str = "present") -> list[str]:
    return [person["name"] for person in read_minutes(text).to_json()[key]]


def test_a_comma_roll_written_initial_first_reads_a_as_an_initial():
    text = ("Supporters' Club Committee Minutes - 9th March 2026\n\nPresent:\nA Trelawny, K Dunmore, S Fettes, "
            "C Moxon, A Greer\n\nApologies:\nM Hollins\n\n1. Minutes of previous meeting:\nAgreed.\n")
    assert _names(text) == ["A Trelawny", "K Dunmore", "S Fettes", "C Moxon", "A Greer"]


def test_officers_a_line_each_written_initial_first_read_a_as_an_initial():
    text = ("Town Council\n\nPresent:\nCllrs B Tulloch, D Arkwright\n\nIn attendance:\nC Mayhew, Town Clerk\n"
            "G Lindqvist, Projects Officer\nA Oakridge, Amenities Manager\nL Fenner, Committee Services Officer\n\n"
            "1. Minutes\nAgreed.\n")
    assert _names(text)[-4:] == ["C Mayhew", "G Lindqvist", "A Oakridge", "L Fenner"]


def test_a_is_the_article_outside_a_roll_written_initial_first():
    assert not looks_like_name("A Resident")
    with initials_roll(["Ann Lee", "A Resident", "Bob Ray"]):
        assert not looks_like_name("A Resident")
    with initials_roll(["K Dunmore", "A Trelawny", "S Fettes"]):
        assert looks_like_name("A Trelawny")
    assert not looks_like_name("A Trelawny")  # the roll's reading ends with it


def test_initials_first_needs_most_entries_so_written():
    assert writes_initials_first(["K Scott", "S Frake", "A Platten"])
    assert not writes_initials_first(["K Scott", "Ann Lee", "Bob Ray", "Cy Dee"])
    assert not writes_initials_first(["A Platten"])


def test_a_couple_sharing_a_surname_is_two_people():
    assert split_people("Ruth Alcock, Joan & Mervyn Saltley, Derek Amis") == [
        "Ruth Alcock", "Joan Saltley", "Mervyn Saltley", "Derek Amis"]
    assert shared_surname("Marc and Simone Dervish") == ["Marc Dervish", "Simone Dervish"]


def test_bodies_and_titles_are_no_couple():
    assert shared_surname("Health and Wellbeing Board") is None
    assert shared_surname("Mr & Mrs Smith") is None
    assert shared_surname("Smith and Jane Doe", title="Cllrs") is None
    # Among surnames alone, or with nobody named in full, "X and Y Z" is left as it was.
    assert split_people("Jones, Smith and Jane Doe") == ["Jones, Smith and Jane Doe"]
    assert split_people("Parks and Open Spaces, Highways") == ["Parks and Open Spaces, Highways"]
