"""General rules for actions written in running text, their owners and due dates, each
tried on a few invented lines in the layouts real minutes use."""

from datetime import date

from minutes import read_minutes
from minutes.owners import Owners


def _actions(text):
    return [(a.what, a.who, a.due) for a in read_minutes(text).actions]


def test_a_name_behind_a_personal_title_is_a_person_even_when_the_attendance_omits_it():
    owners = Owners(["Ann Cole"])
    assert owners.is_person("Cllr Lightfoot") and owners.is_person("PCSO Mayhew")
    assert owners.is_owner("Cllr O. Griffiths", strict=True)
    assert not owners.is_person("Cllr") and not owners.is_person("Parish Council")
    text = ("Present: Ann Cole (Chair)\n\n1. Remembrance Sunday\n"
            "Cllr Lightfoot to liaise with the Legion branch on road closure marshals.\n")
    assert _actions(text) == [("Liaise with the Legion branch on road closure marshals", "Cllr Lightfoot", None)]


def test_initials_with_a_lower_case_letter_are_initials():
    owners = Owners(["Ann Cole"])
    assert owners.is_owner("PSt", strict=False) and owners.is_owner("CMo / RKe", strict=False)
    assert not owners.is_owner("Pst", strict=False)


def test_someone_who_will_do_nothing_in_particular_has_no_task():
    text = ("Present: Ann Cole (Chair), Dr Sarah Pym\n\n5. Any other business\n"
            "Ann Cole will be on leave in April; Dr Sarah Pym will deputise.\n")
    assert _actions(text) == []
