"""What the reader keeps at the end (which read actions are tasks, and one task written twice read
once, in the wording a person keeps), each rule tried on a few invented lines in the layouts real
minutes use."""

from minutes import read_minutes

_HEAD = "Present: Ann Cole (Chair), Cllr Rhys Bell, Inspector Laura Beck, Tom Hale\n\n"


def _actions(text):
    return [(a.what, a.who, a.due.isoformat() if a.due else None) for a in read_minutes(_HEAD + text).actions]


def test_a_task_said_in_the_discussion_and_again_in_its_action_line_is_one_action():
    assert _actions(
        "4. Ward boundaries\n"
        "Inspector Beck reported that the maps were ready and she would circulate the new ward maps to partners.\n"
        "ACTION: Inspector Beck to circulate the new ward maps.\n") == [
        ("Circulate the new ward maps to partners", "Inspector Laura Beck", None)]


def test_of_a_task_said_twice_the_wording_with_its_date_and_its_object_named_is_kept():
    assert _actions(
        "5. Youth panel\n"
        "Tom Hale said he would raise it with the youth service and report back.\n"
        "ACTION: Tom Hale to raise the youth panel's funding with the youth service and report back "
        "by 30 April 2026.\n") == [
        ("Raise the youth panel's funding with the youth service and report back", "Tom Hale", "2026-04-30")]


def test_two_tasks_of_one_owner_alike_but_for_their_verb_stay_two():
    assert _actions("4. School parking\nTom Hale would write to the school about parking.\n"
                    "ACTION: Tom Hale to meet the school about parking.\n") == [
        ("Write to the school about parking", "Tom Hale", None), ("Meet the school about parking", "Tom Hale", None)]


def test_two_tasks_of_one_owner_under_one_item_stay_two():
    assert _actions(
        "6. Community hall\n"
        "Tom Hale would book the community hall for the summer fair.\n"
        "ACTION: Tom Hale to write to the school about the summer fair.\n") == [
        ("Book the community hall for the summer fair", "Tom Hale", None),
        ("Write to the school about the summer fair", "Tom Hale", None)]


def test_a_task_whose_owner_is_named_once_by_post_and_once_by_name_is_one_action_of_that_person():
    text = ("Present: Ann Cole (Chair), Omar Haddad (Chief Operating Officer), Tom Hale (Director of Finance)\n\n"
            "5. Performance\n"
            "The Chief Operating Officer would provide a recovery trajectory for long waits to the Finance "
            "Committee by 27 February 2026.\n\n"
            "Action log\n\n"
            "| Action | Lead | Due |\n|---|---|---|\n"
            "| Provide the long waits recovery trajectory to the Finance Committee | Omar Haddad | 27/02/2026 |\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Provide the long waits recovery trajectory to the Finance Committee", "Omar Haddad")]


def test_a_statement_of_what_happened_is_no_task_when_its_verb_ends_it():
    assert _actions("7. Releases\n\n| Action | Owner |\n|---|---|\n| Regional release 4.2 slipped | Tom Hale |\n"
                    "| Check the release notes | Tom Hale |\n") == [("Check the release notes", "Tom Hale", None)]


def test_a_resolution_on_the_precept_is_the_councils_decision_and_submitting_it_the_task():
    assert _actions("8. Budget and precept 2026/27\n"
                    "Resolved: that the budget for 2026/27 be approved and that a precept of £98,400 be requested.\n"
                    "Action: Clerk to submit the precept demand to the District Council.\n") == [
        ("Submit the precept demand to the District Council", "Clerk", None)]
    assert _actions("9. Finance\na) Precept 2026/27: it was resolved to request £17,250.\n") == []


def test_holding_the_annual_parish_meeting_is_when_the_parish_meets_not_a_task():
    assert _actions("10. Annual Parish Meeting\nRESOLVED that the Annual Parish Meeting be held on Monday 11 May 2026 "
                    "at 7pm. The Clerk to invite the local school to speak.\n") == [
        ("Invite the local school to speak", "The Clerk", None)]


def test_the_bodys_own_decision_to_fund_or_join_something_is_not_a_task():
    assert _actions("5. Child poverty\nPartners to co-fund a holiday activities pilot in Eastfield for the summer.\n"
                    "Tom Hale to circulate the pilot's terms to partner agencies.\n") == [
        ("Circulate the pilot's terms to partner agencies", "Tom Hale", None)]


def test_a_thing_alone_names_no_work_and_a_verb_alone_is_still_a_task():
    assert _actions("4. Correspondence\n| Action | Owner |\n|---|---|\n| Letter | Tom Hale |\n"
                    "| Chase | Ann Cole |\n") == [("Chase", "Ann Cole", None)]


def test_one_verb_set_on_different_things_under_one_item_is_several_tasks():
    assert [what for what, _, _ in _actions(
        "7. Highways\nClerk to report the pothole on Mill Lane to the county.\n"
        "Clerk to report the broken streetlight on Mill Lane to the county.\n")] == [
        "Report the pothole on Mill Lane to the county", "Report the broken streetlight on Mill Lane to the county"]
    assert [what for what, _, _ in _actions(
        "8. Footpath\nClerk to write to the county council about the footpath.\n"
        "Clerk to write to the school about the footpath.\n")] == [
        "Write to the county council about the footpath", "Write to the school about the footpath"]


def test_an_attendee_holds_the_office_of_their_post_but_not_the_body_they_come_from():
    from minutes.owners import Owners

    owners = Owners(["Tom Hale", "Omar Haddad"], posts={"Tom Hale": "Chair, Parish Council",
                                                        "Omar Haddad": "Chief Operating Officer (COO)"})
    assert owners.holds("Omar Haddad", "the Chief Operating Officer") and owners.holds("Omar Haddad", "COO")
    assert not owners.holds("Tom Hale", "Parish Council") and not owners.holds("Tom Hale", "COO")
