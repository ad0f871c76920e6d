"""Due dates and owners of actions once found: due forms glued onto an owner's cell, a month's meeting or its
agenda as when work is due, a log's status giving the due date, and bodies and officers that can own an action.
Every line here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from minutes import read_minutes
from minutes.when import glued_due


def _actions(body: str, when: str = "Board meeting, 15 January 2026\n\n"):
    return read_minutes(when + body).actions


@pytest.mark.parametrize("cell, parted", [
    # a month after initials or a bracket, with or without its year
    ("PT / NOKFeb 2026", ("PT / NOK", "Feb 2026")),
    ("Borough Council (RS)July", ("Borough Council (RS)", "July")),
    # a month after a word only with its year: alone it may be a name's end ("McMay")
    ("Finance OfficerApril 2026", ("Finance Officer", "April 2026")),
    ("Cllr McMay", None),
    # a quarter, and a span
    ("WB / ADQ3 2026", ("WB / AD", "Q3 2026")),
    ("Estates team3 weeks", ("Estates team", "3 weeks")),
    ("Head of Q2", None),
    ("Director of Estates", None),
])
def test_any_due_form_glued_onto_an_owners_cell_is_parted(cell, parted):
    assert glued_due(cell) == parted


def test_a_log_row_whose_owner_ran_into_a_month_gives_both():
    actions = _actions("Attendance\nPaula Tern (PT), Chair\nNia Okoro-Kent (NOK), Director of Adult Care\n\n"
                       "4. Action tracker\n"
                       "No\tAction\tLead\tDue\tRAG\n"
                       "12\tRefresh the carers' strategy\tPT / NOKFeb 2026\t\tAmber\n")
    assert [(a.who, a.due) for a in actions] == [("Paula Tern, Nia Okoro-Kent", date(2026, 2, 28))]


def test_a_logs_status_says_when_a_row_with_no_due_date_is_due():
    actions = _actions("Next meeting: 18 March 2026\n\n"
                       "5. Action log\n"
                       "Ref\tAction\tOwner\tStatus\n"
                       "31\tSurvey the allotment boundary\tClerk\tNot started; to be brought to March meeting\n"
                       "32\tReplace the bench plaques\tClerk\tIn hand - due April\n"
                       "33\tPrice the new gates\tClerk\tOpen\n")
    assert [(a.what, a.due) for a in actions] == [
        ("Survey the allotment boundary", date(2026, 3, 18)),
        ("Replace the bench plaques", date(2026, 4, 30)),
        ("Price the new gates", None)]


@pytest.mark.parametrize("written, phrase", [
    # a cue before a month's meeting names the meeting, not the month's end
    ("Open - by February meeting", "February meeting"),
    # a log's status after a dash: when the row comes back
    ("Carry - February meeting", "February meeting"),
    # but a month's board in brackets may be another body's: not read from the tail
    ("HM to brief the ICB Digital Board (March Board)", None),
])
def test_a_months_meeting_after_a_cue_or_a_dash_is_when(written, phrase):
    from minutes.when import find_due_phrase
    found = find_due_phrase(written)
    assert (found and found.value) == phrase


def test_work_put_on_a_months_agenda_or_brought_to_its_call_is_due_at_that_meeting():
    actions = _actions("Next meeting: 11 February 2026\n\n"
                       "3. Forward plan\n"
                       "Democratic Services to add the play strategy to the February agenda.\n"
                       "Action: Ravi to write a short brief on the mirrors and bring it to the February call.\n")
    # (the agenda stays in the task's words: it is where the work goes)
    assert [(a.what, a.due) for a in actions][0] == ("Add the play strategy to the February agenda", date(2026, 2, 11))
    assert [a.due for a in actions][1:] == [date(2026, 2, 11)]


@pytest.mark.parametrize("owner", ["An Garda Síochána", "An Garda Siochana", "Gardaí"])
def test_irelands_police_are_a_body_that_can_own_an_action(owner):
    from minutes.owners import Owners
    assert Owners(["Ciara Dunne"]).is_owner(owner, strict=False)


def test_a_responsible_line_naming_the_irish_police_owns_the_action_point():
    actions = _actions("Present: Ms. Ciara Dunne; Mr. Tomas Reilly\n\n"
                       "8. Action points agreed\n"
                       " 1. Publish the community clinic times on the website.\n"
                       "    Responsible: Community Section / An Garda Síochána   Timeframe: April 2026\n")
    assert [(a.what, a.who) for a in actions] == [
        ("Publish the community clinic times on the website", "Community Section, An Garda Síochána")]


@pytest.mark.parametrize("owner", ["Meetings Administrator", "Minutes Secretary", "Partnership Co-ordinator"])
def test_the_officer_who_services_a_committee_can_own_an_action_in_running_text(owner):
    from minutes.owners import Owners
    assert Owners(["Ciara Dunne"]).is_owner(owner, strict=True)



@pytest.mark.parametrize("written, phrase", [
    ("Secretariat to obtain the flood figures (in progress, expected December)", "December"),
    ("In progress; draft expected by 3 April", "3 April"),
    # a hope the notes record, not a date set
    ("WIP, draft PR expected next week", None),
    ("The survey is expected to show a fall", None),
])
def test_when_work_is_expected_is_when_it_is_due(written, phrase):
    from minutes.when import find_due_phrase
    found = find_due_phrase(written)
    assert (found and found.value) == phrase


def test_a_meeting_on_the_nth_of_a_month_is_when_an_undertaking_is_due():
    from minutes.when import find_due_phrase, resolve_due
    found = find_due_phrase("The Director undertook to give a verbal update to the Board meeting on the 24th of May "
                            "on the work done.")
    assert found is not None and resolve_due(str(found.value), date(2026, 3, 10), None) == date(2026, 5, 24)
    # (a day something happened sets nothing)
    assert find_due_phrase("The report was agreed on the 4th of March.") is None



_PARISH = "Present: Cllr Jane Brill (JB) (Chair), Cllr Omar Khan (OK), Mrs Lucy Price (Clerk)\n\n2. Hedges\n"


@pytest.mark.parametrize("line, read", [
    ("Agreed to cut back the hedge by the school – Clerk", ("Cut back the hedge by the school", "Clerk", None)),
    ("Agreed to cut back the hedge by the school (JB, by 31 March).",
     ("Cut back the hedge by the school", "Cllr Jane Brill", date(2026, 3, 31))),
    ("Agreed to cut back the hedge by the school [OK]", ("Cut back the hedge by the school", "Cllr Omar Khan", None)),
    # (a place in brackets is no owner)
    ("Agreed to write to the Highways Authority (Kent).", ("Write to the Highways Authority (Kent)", None, None)),
])
def test_an_owner_the_tasks_words_close_on_after_a_dash_or_in_brackets_owns_it(line, read):
    assert [(a.what, a.who, a.due) for a in _actions(_PARISH + line + "\n")] == [read]


@pytest.mark.parametrize("hostile", [
    "AB" + "Jan " * 4000 + "x",  # many months glued after initials, none closing the cell
    "Clerk" + "March" + " " * 8000 + "2026x",
    "by the March " * 2000 + "x",  # a cue before a month's meeting that never comes
    "- the March " * 2000 + "meeting x",
    "expected " * 3000 + "next week",
    "will do it on the " * 2000 + "5th of",
    " - A" * 4000 + "x",  # dashes before capitals that never close on an owner
])
def test_the_due_and_owner_tails_read_hostile_lines_once(hostile):
    from minutes.body import _OWNER_TAIL
    from minutes.when import find_due_phrase
    # Each shape is read in one pass (the patterns are linear); the test is that they come back at all.
    assert glued_due(hostile) is None
    find_due_phrase(hostile)
    find_due_phrase(hostile, task=True)
    _OWNER_TAIL.search(hostile)


@pytest.mark.parametrize("paragraph, due", [
    # put off to a month: that month's meeting
    ("Deferred to March. Cllr Khan to walk the allotments with the Clerk before then.", date(2026, 3, 11)),
    # booked for a day
    ("The annual play inspection is booked for 16th April. Cllr Brill will clear the ditch by the goalmouth before then.",
     date(2026, 4, 16)),
])
def test_a_task_before_then_is_due_when_the_sentence_before_says(paragraph, due):
    actions = _actions("Present: Cllr Jane Brill, Cllr Omar Khan, Mrs Lucy Price (Clerk)\n"
                       "Next meeting: 11 March 2026\n\n2. Assets\n" + paragraph + "\n",
                       when="Parish Council\nMinutes of the meeting held on 12 February 2026\n")
    assert [(a.due_text, a.due) for a in actions] == [("before then", due)]


def test_before_then_after_a_day_gone_by_sets_no_date():
    from minutes.when import then_due
    assert then_due("The consultation closed on 5 January 2026.", date(2026, 2, 12), None) is None
    assert then_due("The inspection is booked for 16th April.", date(2026, 2, 12), None) == date(2026, 4, 16)
