"""Reviews of earlier actions, the seventh pass: more of the words logs use for work still
going on, more of the titles under which minutes review earlier actions, and an owner named
or set a next step after an entry still open. Each rule is tried on a few invented lines in
layouts real minutes use."""

from datetime import date

from minutes import read_minutes
from minutes.owners import Owners
from minutes.reviews import open_entry, review_entries, status_of

_OWNERS = Owners(["Jo Archer", "Ravi Singh", "Helen Brook", "Tom Wade", "Bea Shaw", "Per Holm"])
_PRESENT = "Present: Jo Archer (Chair), Ravi Singh, Helen Brook, Tom Wade, Bea Shaw, Per Holm\n\n"


def _entry(text):
    task = open_entry(text, _OWNERS)
    return (task.what, task.who, task.due_text) if task else None


def _carried(text):
    return [(a.what, a.who) for a in read_minutes(text).actions if a.carried]


def _all(text):
    return [(a.what, a.who, a.carried) for a in read_minutes(text).actions]


def test_words_logs_use_for_work_still_going_on():
    assert status_of("Slipped - new target 01/04/27") == "open"
    assert status_of("Amber – sample agreed, audit under way") == "open"
    assert status_of("not started, carry") == "open"
    assert status_of("done; carry over to March") == "open"
    # "carry out" is a task's verb, not a status.
    assert status_of("RS to carry out the survey") is None
    assert status_of("Complete - closed") == "closed"


def test_a_slipped_row_of_a_reviewed_log_is_carried_with_its_new_target():
    text = (_PRESENT + "Meeting held on 12 January 2027\n\n2. Review of previous actions\n"
            "Ref\tAction\tOwner\tDue\tStatus\n"
            "AB-041\tConfirm the sign-off route\tHelen Brook\t04/01/27\tComplete - closed\n"
            "AB-044\tCollect effort estimates from suppliers\tRavi Singh\t04/01/27\tSlipped - new target 01/04/27\n"
            "\n3. Any other business\nNone.\n")
    actions = [a for a in read_minutes(text).actions if a.carried]
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Collect effort estimates from suppliers", "Ravi Singh", date(2027, 4, 1))]


def test_more_titles_that_review_earlier_actions():
    # "Action list from previous meetings", "review last meeting's TODOs", "progress on previous resolutions".
    for title in ("E/105 ACTION LIST FROM PREVIOUS MEETINGS", "1. Welcome / review last meeting's TODOs",
                  "CS.62/25 Progress on previous resolutions"):
        text = (_PRESENT + f"{title}\n"
                "(a) Replacement benches - two installed, one awaiting delivery. Ongoing. Lead: TW\n"
                "(b) Tree survey - complete. Closed.\n\n"
                "9. Any other business\nNone.\n")
        assert _carried(text) == [("Replacement benches", "Tom Wade")], title


def test_a_marker_after_an_open_entry_names_its_owner_once():
    # The entry's words name who reported it; the marker after the status names who has it.
    text = (_PRESENT + "3. Matters arising\n"
            "3.1 Potholes on the hill road - reported again by HB.\n"
            "Ongoing. ACTION: Tom Wade\n"
            "3.2 Website renewal - renewed to January. Complete.\n\n"
            "4. Finance\nNoted.\n")
    assert _all(text) == [("Potholes on the hill road", "Tom Wade", True)]


def test_a_marker_setting_a_bare_next_step_on_an_open_entry_takes_its_topic():
    text = (_PRESENT + "Meeting held on 12 January 2027\n\n3. Matters arising\n"
            "3.3 Street contact list - half of the contacts confirmed.\n"
            "Ongoing. ACTION: Ravi Singh to finish by end of February\n\n"
            "4. Finance\nNoted.\n")
    minutes = read_minutes(text)
    assert [(a.what, a.who, a.carried, a.due) for a in minutes.actions] == [
        ("Finish the street contact list", "Ravi Singh", True, date(2027, 2, 28))]


def test_an_owner_s_next_step_after_an_open_entry_is_that_entry_s_task():
    assert review_entries("(c) Lighting timer - awaiting a quote. Tom Wade to report to the February meeting.",
                          _OWNERS) == ["(c) Lighting timer - awaiting a quote. Tom Wade to report to the February meeting."]
    # Without knowing the owner, or after a closed entry, the step stays an entry of its own.
    assert len(review_entries("(c) Lighting timer - awaiting a quote. Tom Wade to report to the February meeting.")) == 2
    assert len(review_entries("(c) Lighting timer - fitted. Closed. Tom Wade to report to the February meeting.",
                              _OWNERS)) == 2
    text = (_PRESENT + "2. Progress on previous resolutions\n"
            "CS.41/25 - Bunting: installed. CS.47/25 - CCTV upgrade: awaiting the contractor's date. Tom Wade to "
            "confirm a date with the contractor and report to the next meeting. ACTION: TW\n\n"
            "3. Finance\nNoted.\n")
    assert _all(text) == [("Confirm a date with the contractor and report", "Tom Wade", True)]


def test_a_verb_alone_takes_the_entry_s_topic_as_its_object():
    assert _entry("(a) Bus shelter glass - still awaited. Tom Wade to chase.")[:2] == (
        "Chase the bus shelter glass", "Tom Wade")
    assert _entry("- Action 3 (Parking review) - ongoing, HB to report at next meeting.")[:2] == (
        "Report on parking review", "Helen Brook")


def test_work_not_yet_done_is_the_task_with_the_owner_s_next_step():
    assert _entry("AB/22 – the Fire Service had not yet completed the referral mapping; Tom Wade would report at "
                  "the next meeting.")[:2] == ("Complete the referral mapping and report", "Tom Wade")
    # A generic object takes the entry's topic ("the check" of "Min 7 (website check)").
    assert _entry("Min 7 (website check): Tom Wade has not yet completed the check.")[:2] == (
        "Complete the website check", "Tom Wade")
    # Not started says nothing of the work.
    assert _entry("AB/23 – Bea Shaw has not yet started the survey.") is None


def test_an_entry_with_no_status_but_an_undertaking_is_still_open():
    assert _entry("AB/24 – the ICB would circulate the attendance data once verified.")[:2] == (
        "Circulate the attendance data once verified", "ICB")
    # A later sentence's owner must be one the attendance knows; the outcome is the topic's.
    assert _entry("(a) 25/118 Speed limit review, Mill Lane: the road is in the review. Helen Brook will report "
                  "the outcome when known.")[:2] == (
        "Report the outcome of the speed limit review, Mill Lane when known", "Helen Brook")
    # No reference or bullet, the meeting's own body, or a closing word: no undertaking of a review.
    assert _entry("The ICB would circulate the attendance data once verified.") is None
    assert _entry("AB/25 – the Board would receive the strategy in March.") is None
    assert _entry("AB/26 – the ICB would circulate the data; done, closed.") is None
    text = (_PRESENT + "2. Matters arising\n"
            "AB/19 – this action had been completed; the bins had been installed.\n\n"
            "AB/24 – Helen Brook would circulate the attendance data once verified.\n\n"
            "3. Finance\nNoted.\n")
    assert _carried(text) == [("Circulate the attendance data once verified", "Helen Brook")]


def test_notes_that_keep_an_entry_open():
    assert status_of("Commission the literature review (carried)") == "open"
    assert status_of("Photographs of the old mill (TW) - half done, continuing.") == "open"
    assert status_of("no reply yet; keep") == "open"
    assert status_of("Keep the minutes short") is None


def test_an_owner_between_the_task_and_the_status():
    assert _entry("- [ ] Write the release policy - Per Holm - no reply yet; keep") == (
        "Write the release policy", "Per Holm", None)


def test_a_checklist_reviewed_then_restated_is_one_carried_action_without_its_box():
    text = (_PRESENT + "Meeting held on 12 January 2027\n\n1. Review of previous action items\n\n"
            "- [x] Move the docs site - Bea Shaw - done\n"
            "- [ ] Write the release policy - Per Holm - draft open, not merged; keep\n\n"
            "2. Planning\n\nDiscussed.\n\nAction Items\n\n"
            "- [ ] Write the release policy - Per Holm - 2027-02-11\n"
            "- [ ] Land the path fix - Tom Wade - 2027-02-16\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Write the release policy", "Per Holm", True), ("Land the path fix", "Tom Wade", False)]
