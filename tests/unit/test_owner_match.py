"""Which person an action's owner names: the ways minutes write owners, and when they name nobody."""

from domain.owner_match import OwnerIndex

PEOPLE = ["Cllr Maya Lindqvist", "Graham Oates", "Station Manager Kerry Fagan", "Insp. Amrit Gill",
          "Hayley Hughes", "Harriet Hale", "Tom Price", "Yolanda Price", "Tanvir"]


def index(names=PEOPLE):
    return OwnerIndex((name, None, name) for name in names)


def test_a_full_name_with_or_without_its_title_names_its_person():
    people = index()
    assert people.find("Maya Lindqvist") == "Cllr Maya Lindqvist"
    assert people.find("Councillor Maya Lindqvist") == "Cllr Maya Lindqvist"
    assert people.find("Tanvir") == "Tanvir"


def test_initials_name_a_person_only_when_nobody_else_has_them():
    people = index()
    assert people.find("GO") == "Graham Oates"
    assert people.find("HH") is None  # Hayley Hughes and Harriet Hale


def test_a_title_post_or_initial_with_a_surname_only_one_person_has():
    people = index()
    assert people.find("Insp. Gill") == "Insp. Amrit Gill"
    assert people.find("SM Fagan") == "Station Manager Kerry Fagan"
    assert people.find("K Fagan") == "Station Manager Kerry Fagan"
    assert people.find("Cllr Lindqvist") == "Cllr Maya Lindqvist"
    assert people.find("J Fagan") is None  # the initial is not hers
    assert people.find("Mr Price") is None  # two people called Price
    assert people.find("Y. Price") == "Yolanda Price"
    assert people.find("John Fagan") is None  # another first name is another person


def test_a_first_name_or_surname_alone_names_its_only_holder():
    people = index()
    assert people.find("Graham") == "Graham Oates"
    assert people.find("Oates") == "Graham Oates"
    assert people.find("Price") is None
    assert people.find("Kerry") == "Station Manager Kerry Fagan"


def test_roles_teams_everyone_and_long_phrases_name_nobody():
    people = index()
    for who in ("Head of Community Safety", "All", "the housing team", "Chair", "", None, "Graham " * 30):
        assert people.find(who) is None


def test_several_people_are_people_only_when_each_is_found():
    people = index()
    assert people.names_people("Graham Oates, SM Fagan") and people.names_people("GO and Kerry")
    assert not people.names_people("Graham Oates and the housing team")
    assert not people.names_people("All")


def test_a_role_names_the_one_attendee_who_holds_it():
    people = OwnerIndex(((name, None, name) for name in PEOPLE),
                        [("Head of Community Safety, Ravensford Borough Council", "Graham Oates"),
                         ("Chair", "Cllr Maya Lindqvist"), ("Neighbourhoods", "Insp. Amrit Gill"),
                         ("Neighbourhoods", "Tom Price")])
    assert people.find("Head of Community Safety") == "Graham Oates"
    assert people.find("the Chair") == "Cllr Maya Lindqvist"
    assert people.find("Neighbourhoods") is None  # two people hold it
    assert people.find("Ravensford Borough Council") is None  # his body's, not his


def test_a_short_first_name_or_surname_is_a_name_when_no_initials_fit():
    people = index(["Ann Lee", "Kerry Fagan", "Amy Lord"])
    assert people.find("Lee") == "Ann Lee" and people.find("Ann") == "Ann Lee"
    assert people.find("AL") is None  # Ann Lee and Amy Lord
    assert people.find("KF") == "Kerry Fagan"


def test_a_name_many_people_share_is_settled_at_the_second_and_a_joint_owner_at_its_first_unknown_part():
    index = OwnerIndex([(f"Ann{i} Lee", None, i) for i in range(5000)] + [("Raj Khanna", None, "raj")])
    owner = "/".join(["Lee"] * 14) + "/Nobody"
    assert index.find("Lee") is None and index.find_all(owner) is None
    assert index.unfound_parts("Raj Khanna and the housing team") == ["the housing team"]
    assert index.find_all("Khanna/Raj Khanna") == ["raj"]
