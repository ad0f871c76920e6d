"""Reviews of earlier actions: the words logs use for work still going on, more of the titles under which
minutes review earlier actions, and an owner named or set a next step after an entry still open. Each rule is
tried on a few invented lines in layouts real minutes use."""

from datetime import date

from minutes import extract_text, read_minutes
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


def test_more_ways_an_entry_opens():
    # A month in brackets then a dash, an action's number and the meeting it came from, "AP-23", "#31".
    assert _entry("- ACTION 2 (Sept) - Shared data set: ongoing. Lead: Ravi Singh.")[:2] == ("Shared data set", "Ravi Singh")
    assert _entry("action 4 from November (Ravi Singh to share the dataset) remains open")[:2] == (
        "Share the dataset", "Ravi Singh")
    assert _entry("AB-23 (Helen Brook to provide a breakdown of contracts) remains open")[:2] == (
        "Provide a breakdown of contracts", "Helen Brook")


def test_a_date_label_and_an_owner_column_after_an_entry():
    assert review_entries("- Shared data set: ongoing. Lead: Ravi Singh. Date: February 2027.") == [
        "- Shared data set: ongoing. Lead: Ravi Singh. Date: February 2027."]
    # The owner's initials in a right-hand column, the status closing the last dashed part.
    assert _entry("- #31 List cleansing figures - Westbrook outstanding.\tTW")[:2] == ("List cleansing figures", "Tom Wade")
    assert _entry("- #33 Job description refresh - done, closed.\tTW") is None


def test_a_step_with_a_pronoun_takes_the_topic_and_an_initial_ends_no_sentence():
    text = ("The report on estates requested at the last meeting had not yet been completed. "
            "H. Brook to circulate it before the next meeting.")
    assert review_entries(text, _OWNERS) == [text]
    assert _entry(text) == ("Circulate the report on estates", "Helen Brook", "the next meeting")
    # A status of five words alone after an entry stays with it.
    assert _entry("(1) Rural crime data (ref 25/09) – Helen Brook advised that data would be available from April. "
                  "To remain on the list.")[:2] == ("Rural crime data (ref 25/09)", "Helen Brook")


def test_matters_arising_alone_as_a_title_and_the_openers_of_a_review_in_a_sentence():
    text = (_PRESENT + "Meeting held on 9 February 2027\n\nMatters Arising\n\n"
            "The report on estates requested at the last meeting had not yet been completed. Helen Brook to "
            "circulate it before the next meeting.\n\nPolice Report\n\nNoted.\n")
    assert _all(text) == [("Circulate the report on estates", "Helen Brook", True)]
    text = (_PRESENT + "1. Minutes\n\nThe minutes were agreed. Actions from previous meetings: AB-21 (publish the terms "
            "of reference) is complete. AB-23 (Ravi Singh to provide a breakdown of contracts) remains open.\n\n"
            "2. Finance\nNoted.\n")
    assert _carried(text) == [("Provide a breakdown of contracts", "Ravi Singh")]
    text = (_PRESENT + "1. Minutes\n\nMinutes approved. From last time: the bank mandate change is still waiting on "
            "the bank; Tom Wade will chase again.\n\n2. Finance\nNoted.\n")
    assert _carried(text) == [("Chase the bank for bank mandate change", "Tom Wade")]


def test_an_undertaking_in_so_many_words_under_matters_arising():
    text = (_PRESENT + "2. Matters arising\nCllr Archer asked about the bus stop. Ravi Singh advised that this was being "
            "looked at and undertook to confirm the timetable to Cllr Archer in writing.\n\n3. Finance\nNoted.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Confirm the timetable to Cllr Archer in writing", "Ravi Singh")]


def test_nothing_done_yet_is_open():
    assert status_of("no progress had been made since May") == "open"
    assert status_of("CR wrote to the roads team; no reply yet.") == "open"


def test_what_was_done_is_no_task_and_a_topic_in_capitals_is_no_owner():
    # "wrote to" reports what was done; the owner's step after the status is the task.
    assert _entry("4.3 Gritting of the hill road - TW wrote to the roads team; no reply yet. TW to chase.")[:2] == (
        "Chase the gritting of the hill road", "Tom Wade")
    # A topic written in capitals before the status names no owner.
    assert _entry("b) Fibre Broadband – no progress had been made since May.") is None


def test_a_marker_after_an_entry_with_no_status_sets_its_next_step():
    text = (_PRESENT + "3. Matters arising from previous minutes\n\n"
            "· Bank mandate forms. The bank has asked for them again. ACTION: TW to resubmit.\n\n"
            "· Village trees. There is no list of them. ACTION: HB to map the trees the council owns.\n\n"
            "4. Finance\nNoted.\n")
    assert _all(text) == [("Resubmit the bank mandate forms", "Tom Wade", True),
                          ("Map the trees the council owns", "Helen Brook", True)]


def test_a_rating_in_a_later_status_column_and_a_date_the_update_now_gives():
    text = ("Meeting held on 10 March 2027\n" + _PRESENT + "2. Matters arising\n\n"
            "Ref\tAction\tLead\tDue\tUpdate\tRAG\n"
            "26/01\tPublish the summary\tHelen Brook\tJan 27\tPublished\tGreen – closed\n"
            "26/02\tAgree the dashboard data set\tRavi Singh\t30.04.27\tMeeting held; draft circulated\tGreen\n"
            "26/03\tAudit report to the Board\tTom Wade\tMar 27\tDelayed by staffing; report now in May\tAmber\n"
            "\n3. Finance\nNoted.\n")
    actions = [a for a in read_minutes(text).actions if a.carried]
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Agree the dashboard data set", "Ravi Singh", date(2027, 4, 30)),
        ("Audit report to the Board", "Tom Wade", date(2027, 5, 31))]


def test_a_handle_then_the_task_then_an_arrow_to_its_progress():
    owners = Owners(["Per Holm", "Bea Shaw"])
    task = open_entry("- [ ] @pholm contact the three dormant maintainers → not started, carry", owners)
    assert (task.what, task.who) == ("Contact the three dormant maintainers", "Per Holm")
    task = open_entry("- [ ] @bshaw draft the election timeline → draft in PR #51, review pending", owners)
    assert (task.what, task.who) == ("Draft the election timeline", "Bea Shaw")
    # A status word inside the task, with no break after it, is none.
    assert open_entry("- @bshaw review the pending pull requests", owners) is None


def test_a_reviewed_log_row_is_no_item_and_its_status_gives_its_date():
    text = ("Meeting held on 12 February 2027\n" + _PRESENT + "1  Welcome\n   All welcomed.\n\n"
            "2  Notes of last meeting / action log\n   Notes agreed.\n   Log:\n"
            "   01/12  Physio recruitment\tCLOSED (started 19/1)\n"
            "   03/12  Spirometry hub SOP (TW)\tOPEN - draft by 28/02/27\n\n"
            "3  Finance\n   Noted.\n")
    minutes = read_minutes(text)
    assert [(a.what, a.who, a.carried, a.due, a.item) for a in minutes.actions] == [
        ("Spirometry hub SOP", "Tom Wade", True, date(2027, 2, 28), "2")]


def test_a_title_saying_its_entries_are_still_open():
    # An entry that gives no status is open under it; one done is not.
    text = (_PRESENT + "Still open from week 5\n\n- Ravi Singh: update the release calendar — (no date)\n"
            "- Tom Wade: book the livestream slot — done\n\nRelease status\n\nAll green.\n")
    assert _all(text) == [("Update the release calendar", "Ravi Singh", True)]
    assert _entry("- Ravi Singh: update the release calendar — (no date)") is None


def test_a_lead_label_then_a_date_label_and_no_board_for_an_owner():
    assert _entry("- ACTION 2 (Sept) - Shared data set: ongoing. Lead: Ravi Singh. Date: February 2027.") == (
        "Shared data set", "Ravi Singh", "February 2027")
    # "ready for the March Board" names no owner; the one who reported does.
    assert _entry("4.2 Action 112 (ward dashboard): HB reported that the dashboard would be ready for the March "
                  "Board. Carried forward.")[:2] == ("Ward dashboard", "Helen Brook")


def test_a_marker_ends_at_its_line_and_the_next_entry_is_the_next_marker_s():
    text = (_PRESENT + "4. Matters arising\n\n"
            "- Drain outside the farm – reported again, still blocked. ACTION: Clerk to escalate to County Highways.\n"
            "- Defibrillator training – TW has a date from the ambulance service. ACTION: TW to advertise the "
            "training in the newsletter.\n\n5. Finance\nNoted.\n")
    assert _all(text) == [("Escalate to County Highways", "Clerk", True),
                          ("Advertise the training in the newsletter", "Tom Wade", True)]


def test_a_numbered_action_tracker_with_business_after_it_reviews_earlier_actions():
    log = ("Ref\tAction\tLead\tDue\tRAG\n"
           "41\tRefresh the practice guidance\tTom Wade\tNov-26\tA\n"
           "44\tCirculate the learning brief\tBea Shaw\tOct-26\tG – closed\n")
    text = ("Meeting held on 26 November 2026\n" + _PRESENT + "3. Action tracker\n\n" + log
            + "\n4. Quarter 2 performance\n\nNoted.\n")
    assert _all(text) == [("Refresh the practice guidance", "Tom Wade", True)]
    # The meeting's own log, closing the minutes (its rows' references head no later item), is not.
    text = ("Meeting held on 26 November 2026\n" + _PRESENT + "3. Quarter 2 performance\n\nNoted.\n\n"
            "4. Action log\n\nRef\tAction\tLead\tDue\tRAG\n"
            "SHP/26/09\tShare the hotspot analysis\tTom Wade\t10/12/2026\tGreen\n\n5. Date of next meeting\n")
    assert _all(text) == [("Share the hotspot analysis", "Tom Wade", False)]


def test_a_marker_after_another_marker_is_no_next_step_of_an_entry(tmp_path):
    path = tmp_path / "minutes.md"
    path.write_text("# Board\n\n**Date:** 3 March 2027\n\n## Present\n\n- Jo Archer\n- Ravi Singh\n\n"
                    "## 3. Matters arising\n\nACTION: Jo Archer to invite the youth council to a future meeting\n\n"
                    "ACTION: Ravi Singh to circulate the audit summary\n\n## 4. Finance\n\n"
                    "ACTION: Jo Archer to send the accounts by March 2027\n\n## Summary of actions\n\n"
                    "| No. | What | Who | When |\n| --- | --- | --- | --- |\n"
                    "| 1 | Invite the youth council to a future meeting | Jo Archer |  |\n"
                    "| 2 | Circulate the audit summary | Ravi Singh |  |\n"
                    "| 3 | Send the accounts | Jo Archer | March 2027 |\n")
    assert [(a.what, a.who, a.item) for a in read_minutes(extract_text(path)).actions] == [
        ("Invite the youth council to a future meeting", "Jo Archer", "3"),
        ("Circulate the audit summary", "Ravi Singh", "3"), ("Send the accounts", "Jo Archer", "4")]


def test_a_speaker_saying_the_work_would_be_done_answers_for_it():
    text = ("Meeting held on 12 January 2027\n" + _PRESENT + "2. Matters arising\n"
            "Cllr Archer asked about the lighting at the quay steps, raised at the November meeting. Ravi Singh "
            "said the design was complete and the works would be done in Q2 2027.\n\n3. Finance\nNoted.\n")
    assert [(a.what, a.who, a.carried, a.due) for a in read_minutes(text).actions] == [
        ("Complete the works: the lighting at the quay steps", "Ravi Singh", True, date(2027, 6, 30))]
    # A thing said to be done already, or by a speaker the attendance does not know, is no undertaking.
    assert _all(text.replace("would be done in Q2 2027", "had been done in December")) == []


def test_a_bare_carried_note_carries_an_entry():
    text = (_PRESENT + "Follow-ups\n\n- Chase the API review of the health check → Ravi Singh (carried)\n"
            "- Upgrade the snapshot tests → Tom Wade (before the freeze)\n")
    assert _all(text) == [("Chase the API review of the health check", "Ravi Singh", True),
                          ("Upgrade the snapshot tests", "Tom Wade", False)]
    text = _PRESENT + "3. Actions\n\n- Ravi Singh to review the audit plan (carried)\n"
    assert _all(text) == [("Review the audit plan", "Ravi Singh", True)]


def test_an_owner_and_next_step_in_brackets_after_the_status():
    assert _entry("The review of the terms of reference remains outstanding [Helen Brook, to report in March 2027].") \
        == ("Report on review of the terms of reference", "Helen Brook", "March 2027")
    # A bracket naming nobody the attendance knows is no owner.
    assert _entry("The review of the terms of reference remains outstanding [see paper 4, to follow].") is None


def test_a_step_that_brings_the_entry_s_topic_somewhere():
    assert _entry("25/146 (Provide benchmarking of agency spend) – HB to bring to the March Board; remains open.")[:2] == (
        "Bring benchmarking of agency spend to the March Board", "Helen Brook")
    # A step with its own object keeps it.
    assert _entry("25/147 (Agency spend) – HB to bring the benchmarking report to the March Board; remains open.")[:2] \
        == ("Bring the benchmarking report to the March Board", "Helen Brook")


def test_an_entry_joined_by_many_next_steps_keeps_its_status_and_each_step():
    from minutes.owners import Owners
    from minutes.reviews import review_entries
    text = "Bins: still awaited. " + "Marek Osei will confirm a date and report to the board. " * 400
    entries = review_entries(text, Owners(["Marek Osei"]))
    assert len(entries) == 1 and entries[0].count("Marek Osei will confirm") == 400
    assert review_entries("Bins: complete. Marek Osei will confirm a date.", Owners(["Marek Osei"])) == [
        "Bins: complete.", "Marek Osei will confirm a date."]
