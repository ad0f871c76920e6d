"""What the reader keeps at the end, eleventh pass: entries closed by their own status, and what is not
a task at all. Each rule tried on a few invented lines in the layouts real minutes use."""

import pytest

from minutes import read_minutes
from minutes.closed_entries import open_entries
from minutes.model import Action

_HEAD = "Present: Ann Cole (Chair), Cllr Rhys Bell, Inspector Laura Beck, Tom Hale\n\n"


def _read(text):
    return read_minutes(_HEAD + text).actions


def _actions(text):
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
    assert _actions("### Actions\n"
                    "1. To book the hall for the open day [Closed]\n"
                    "2. To order the new litter bins (done)\n"
                    "3. To write to the school about parking\n") == [("Write to the school about parking", None)]


def test_a_task_beneath_an_entry_is_not_taken_for_its_status():
    # ("Complete the survey" opens a task; only a status word standing alone closes the entry above.)
    assert _actions("### Actions\n"
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
    assert _actions("4. Leaflet\n"
                    "Tom Hale: isn't the leaflet meant for new residents rather than visitors?\n"
                    "ACTION: Tom Hale to check whether the leaflet can go out in May?\n"
                    "ACTION: Ann Cole to write to the printer asking whether it can print in colour?\n") == [
        ("Check whether the leaflet can go out in May?", "Tom Hale"),
        ("Write to the printer asking whether it can print in colour?", "Ann Cole")]


def test_a_statement_on_an_empty_subject_is_not_a_task():
    assert _actions("5. Footpath\n"
                    "Work on the footpath was going well. It was hoped to open the path to walkers by Easter."
                    "\t\t\tTom Hale\n\n"
                    "6. Bins\nACTION: It was hoped to have the new bins in place by May.\n"
                    "ACTION: There were no new actions this month.\n"
                    "ACTION: Tom Hale to order the new bins.\n") == [("Order the new bins", "Tom Hale")]


def test_how_the_meeting_itself_is_run_is_not_a_task():
    assert _actions("1. Chair\nIt was agreed that Cllr Rhys Bell would take the chair at the meeting.\n\n"
                    "2. Order of business\nMembers agreed to hear Insp. Beck's report on policing as the first item.\n\n"
                    "3. Declarations\nMembers were asked to declare any personal or prejudicial interests in items on the agenda.\n\n"
                    "4. Next meeting\nThe next meeting will be held on 3 March.\n\n"
                    "5. Bins\nTom Hale would order two new bins for the green.\n") == [
        ("Order two new bins for the green", "Tom Hale")]


def test_advice_to_whoever_listens_is_not_a_task():
    assert _actions("## Notes\n"
                    "* Tom Hale: remember to renew your pass before you travel\n"
                    "* Ann Cole: on the staging server, the tests run slowly if you deploy on a Friday\n"
                    "* Ann Cole will draft the \"you asked, we did\" note\n"
                    "* Everyone to tag good first issues as you triage\n") == [
        ("Draft the \"you asked, we did\" note", "Ann Cole"), ("Tag good first issues as you triage", "Everyone")]


def test_a_paragraph_cut_at_the_printed_margin_is_read_with_the_paragraph_that_goes_on():
    # (A PDF page turned into markdown, each printed line its own paragraph.)
    assert _actions("12. Notice of Motion submitted by Cllr Rhys Bell\n\n"
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
    assert _actions("7. Any other business\n"
                    "Members need to understand whether the winter hours at the pool still apply.\n\n"
                    "ACTION: Tom Hale to follow up.\n\n"
                    "The Chair asked about the state of the pool roof.\n"
                    "Rhys Bell to investigate and report back.\n") == [
        ("Understand whether the winter hours at the pool still apply", "Members"),
        ("Investigate and report back: the state of the pool roof", "Cllr Rhys Bell")]


def test_two_unowned_entries_that_name_different_numbers_stay_two():
    assert _actions("### Actions\n1. To order bench 7 for the green\n2. To order bench 8 for the green\n") == [
        ("Order bench 7 for the green", None), ("Order bench 8 for the green", None)]


def test_two_unowned_entries_that_set_one_verb_on_two_things_stay_two():
    assert _actions("### Actions\n1. Report the pothole on Mill Lane to the county\n"
                    "2. Report the broken streetlight on Mill Lane to the county\n") == [
        ("Report the pothole on Mill Lane to the county", None),
        ("Report the broken streetlight on Mill Lane to the county", None)]
    # (A resolution's passive and the action line that restates it are still one.)
    assert _actions("5. Shelter\nIt was agreed that the north shelter be repainted.\n"
                    "ACTION: Tom Hale to repaint the north shelter.\n") == [("Repaint the north shelter", "Tom Hale")]
