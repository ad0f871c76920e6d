"""What the reader keeps at the end: which read actions are tasks and which are not (statements, questions,
decisions of the body itself, advice to all), one task written twice read once in the wording a person keeps,
and entries closed by their own status left out. Each rule is tried on a few invented lines in the layouts
real minutes use."""

import pytest

from minutes import read_minutes
from minutes.closed_entries import open_entries
from minutes.model import Action

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


def _read(text):
    return read_minutes(_HEAD + text).actions


def _what_and_who(text):
    return [(a.what, a.who) for a in _read(text)]


def test_a_reviewed_entry_whose_status_beneath_says_complete_is_not_kept():
    text = ("2. Update on action points from the last meeting\n\n"
            "Action 1: Tom Hale to price the new benches for the green.\n\n"
            "- Complete. Three quotes were tabled in March.\n\n"
            "Action 2: Ann Cole to write to the bus company about the timetable.\n\n"
            "- Not to be taken forward. The route is being withdrawn.\n\n"
            "Action 3: Tom Hale to book the hall for the open day.\n\n"
            "- Not complete. The hall has not replied yet.\n\n")
    actions = _read(text)
    assert [(a.what, a.who) for a in actions] == [("Book the hall for the open day", "Tom Hale")]
    assert actions[0].carried


def test_an_action_line_closed_by_its_own_tag_is_not_kept():
    assert _what_and_who("### Actions\n"
                    "1. To book the hall for the open day [Closed]\n"
                    "2. To order the new litter bins (done)\n"
                    "3. To write to the school about parking\n") == [("Write to the school about parking", None)]


def test_a_task_beneath_an_entry_is_not_taken_for_its_status():
    # ("Complete the survey" opens a task; only a status word standing alone closes the entry above.)
    assert _what_and_who("### Actions\n"
                    "Action: Tom Hale to draft the survey questions.\n\n"
                    "Action: Ann Cole to complete the survey return.\n\n") == [
        ("Draft the survey questions", "Tom Hale"), ("Complete the survey return", "Ann Cole")]


def test_a_task_said_in_an_open_line_and_a_closed_one_is_kept():
    lines = ["Tom Hale to price the new benches [Closed]", "", "Tom Hale would price the new benches again."]
    assert open_entries((Action("Price the new benches", "Tom Hale"),), lines) == (
        Action("Price the new benches", "Tom Hale"),)


# (The default run reads the long inputs at a tenth of their length; the full length is slow, run by CI.)
TENTH = [pytest.param(1, id="tenth"), pytest.param(10, id="whole", marks=pytest.mark.slow)]


@pytest.mark.parametrize("scale", TENTH)
def test_closed_entries_cost_stays_linear_on_a_long_review(scale):
    entries = 1_000 * scale
    lines = []
    for number in range(entries):
        lines += [f"Action {number}: Tom Hale to price bench {number} for the green.", "- Complete.", ""]
    actions = tuple(Action(f"Price bench {number} for the green", "Tom Hale") for number in range(entries))
    assert open_entries(actions, lines + ["x" * 5_000 * scale]) == ()
    # (Entries whose first words are all the same: the key names too many lines to say which is the action's.)
    same = tuple(Action("Price the benches again", "Tom Hale") for _ in range(entries))
    assert len(open_entries(same, ["Tom Hale to price the benches again. [Closed]"] * entries)) == entries


def test_a_question_asked_in_the_meeting_is_not_a_task():
    assert _what_and_who("4. Leaflet\n"
                    "Tom Hale: isn't the leaflet meant for new residents rather than visitors?\n"
                    "ACTION: Tom Hale to check whether the leaflet can go out in May?\n"
                    "ACTION: Ann Cole to write to the printer asking whether it can print in colour?\n") == [
        ("Check whether the leaflet can go out in May?", "Tom Hale"),
        ("Write to the printer asking whether it can print in colour?", "Ann Cole")]


def test_a_statement_on_an_empty_subject_is_not_a_task():
    assert _what_and_who("5. Footpath\n"
                    "Work on the footpath was going well. It was hoped to open the path to walkers by Easter."
                    "\t\t\tTom Hale\n\n"
                    "6. Bins\nACTION: It was hoped to have the new bins in place by May.\n"
                    "ACTION: There were no new actions this month.\n"
                    "ACTION: Tom Hale to order the new bins.\n") == [("Order the new bins", "Tom Hale")]


def test_how_the_meeting_itself_is_run_is_not_a_task():
    assert _what_and_who("1. Chair\nIt was agreed that Cllr Rhys Bell would take the chair at the meeting.\n\n"
                    "2. Order of business\nMembers agreed to hear Insp. Beck's report on policing as the first item.\n\n"
                    "3. Declarations\nMembers were asked to declare any personal or prejudicial interests in items on the agenda.\n\n"
                    "4. Next meeting\nThe next meeting will be held on 3 March.\n\n"
                    "5. Bins\nTom Hale would order two new bins for the green.\n") == [
        ("Order two new bins for the green", "Tom Hale")]


def test_advice_to_whoever_listens_is_not_a_task():
    assert _what_and_who("## Notes\n"
                    "* Tom Hale: remember to renew your pass before you travel\n"
                    "* Ann Cole: on the staging server, the tests run slowly if you deploy on a Friday\n"
                    "* Ann Cole will draft the \"you asked, we did\" note\n"
                    "* Everyone to tag good first issues as you triage\n") == [
        ("Draft the \"you asked, we did\" note", "Ann Cole"), ("Tag good first issues as you triage", "Everyone")]


def test_a_paragraph_cut_at_the_printed_margin_is_read_with_the_paragraph_that_goes_on():
    # (A PDF page turned into markdown, each printed line its own paragraph.)
    assert _what_and_who("12. Notice of Motion submitted by Cllr Rhys Bell\n\n"
                    "RESPONSE:\n\n"
                    "The Parks Officer will inspect the footbridge over the mill race and report\n\n"
                    "back to members on the cost of the repairs before the summer recess.\n\n"
                    "13. Grants\n\n"
                    "Tom Hale will write to the three applicants about the community grant scheme\n\n"
                    "c) Any other grants\n") == [
        ("Inspect the footbridge over the mill race and report back to members on the cost of the repairs before the "
         "summer recess", "The Parks Officer"),
        ("Write to the three applicants about the community grant scheme", "Tom Hale")]


def test_joining_cut_paragraphs_costs_little_on_a_hostile_page():
    from minutes.reader import _wrapped_paragraphs_joined
    lines = ["word " * 12 + "and"] + ["", "goes on and on and on and on and on and"] * 20_000
    joined = _wrapped_paragraphs_joined(lines)
    assert len(joined) < len(lines) and max(len(line) for line in joined) < 6_000
    assert _wrapped_paragraphs_joined(["x" * 50_000, "", "and more"]) == ["x" * 50_000, "", "and more"]


def test_a_task_that_names_no_matter_is_not_kept():
    # (Where the topic it points to is found, it is carried: "Investigate and report back: the state of the pool roof".)
    assert _what_and_who("7. Any other business\n"
                    "Members need to understand whether the winter hours at the pool still apply.\n\n"
                    "ACTION: Tom Hale to follow up.\n\n"
                    "The Chair asked about the state of the pool roof.\n"
                    "Rhys Bell to investigate and report back.\n") == [
        ("Understand whether the winter hours at the pool still apply", "Members"),
        ("Investigate and report back: the state of the pool roof", "Cllr Rhys Bell")]


def test_two_unowned_entries_that_name_different_numbers_stay_two():
    assert _what_and_who("### Actions\n1. To order bench 7 for the green\n2. To order bench 8 for the green\n") == [
        ("Order bench 7 for the green", None), ("Order bench 8 for the green", None)]


def test_two_unowned_entries_that_set_one_verb_on_two_things_stay_two():
    assert _what_and_who("### Actions\n1. Report the pothole on Mill Lane to the county\n"
                    "2. Report the broken streetlight on Mill Lane to the county\n") == [
        ("Report the pothole on Mill Lane to the county", None),
        ("Report the broken streetlight on Mill Lane to the county", None)]
    # (A resolution's passive and the action line that restates it are still one.)
    assert _what_and_who("5. Shelter\nIt was agreed that the north shelter be repainted.\n"
                    "ACTION: Tom Hale to repaint the north shelter.\n") == [("Repaint the north shelter", "Tom Hale")]
