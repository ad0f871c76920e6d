"""Owners and due dates of actions once found: owners given by a label, a handle or an office's initials, log
cells run together, the fuller of two names for one owner, and months and quarters that are or are not due
dates. Every line here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from minutes import read_minutes
from minutes.when import find_due_phrase, resolve_due

_MEETING = date(2025, 11, 20)
_NEXT = date(2026, 3, 5)


@pytest.mark.parametrize("written, due", [
    # by the end of the meeting's own month
    ("this month", date(2025, 11, 30)),
    # either of two months: by the later one's end
    ("December/January", date(2026, 1, 31)),
    # a council's own next meeting, named by the council
    ("Next Full Council", _NEXT),
    # ready for a meeting named by its month: due on its day, as "before the next meeting" is
    ("before the March Board", _NEXT),
    ("before the March meeting", _NEXT),
])
def test_a_due_text_resolves_to_its_day(written, due):
    assert resolve_due(written, _MEETING, _NEXT) == due


@pytest.mark.parametrize("sentence, phrase", [
    ("The Clerk to report back by the next Full Council.", "the next Full Council"),
    # a body named in full before "meeting"
    ("DPH to bring the data to the next Health and Wellbeing Board meeting.", "the next Health and Wellbeing Board meeting"),
    ("JB to present it at the next ICB Board meeting.", "the next ICB Board meeting"),
    # ready ahead of a meeting
    ("JB to circulate the papers ahead of the next meeting.", "the next meeting"),
    ("JB to circulate the papers in advance of the next meeting.", "the next meeting"),
])
def test_a_due_phrase_is_found_in_a_task(sentence, phrase):
    found = find_due_phrase(sentence)
    assert found is not None and found.value == phrase


@pytest.mark.parametrize("sentence", [
    "Members discussed the next Council tax setting.",
])
def test_words_that_only_mention_the_council_name_no_date(sentence):
    assert find_due_phrase(sentence) is None


def _actions(body: str) -> list:
    text = ("Harbour Ward Partnership\nMinutes of the meeting held on 20 November 2025\n"
            "Present: Wanda Pryce (Chair), Osric Thorley, Nell Dabrowski\n\n" + body)
    return list(read_minutes(text).actions)


def test_an_owner_labelled_responsibility_owns_the_entry():
    actions = _actions("4. Actions agreed\n"
                       "1. Survey the bus shelters on Quay Street. Responsibility: Estates Section – by 31 January 2026\n"
                       "2. Write to the ferry operator about the timetable. Responsibility: Community Section\n")
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Survey the bus shelters on Quay Street", "Estates Section", date(2026, 1, 31)),
        ("Write to the ferry operator about the timetable", "Community Section", None)]


def test_fields_run_together_without_stops_are_each_read():
    actions = _actions("4. Actions\n"
                       "1. Bring the footfall survey to the Board. Lead: Osric Thorley By: March 2026\n"
                       "2. Draft the lighting plan. Lead: Nell Dabrowski By: 27 February 2026\n")
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Bring the footfall survey to the Board", "Osric Thorley", date(2026, 3, 31)),
        ("Draft the lighting plan", "Nell Dabrowski", date(2026, 2, 27))]


def test_a_date_label_after_a_task_dates_it():
    actions = _actions("3. Footfall report\n"
                       "Footfall fell by 4%. OT to circulate the footfall figures by ward. Due: 30/01/26\n"
                       "ND to meet the traders' association. Due: April committee\n")
    assert [(a.what, a.who, a.due_text) for a in actions] == [
        ("Circulate the footfall figures by ward", "Osric Thorley", "30/01/26"),
        ("Meet the traders' association", "Nell Dabrowski", "April committee")]


def test_a_sentence_ends_after_a_closing_curly_quote():
    from minutes.decisions import sentences
    assert sentences("Members disliked the slogan “a town for all”. OT to redraft it.") == [
        "Members disliked the slogan “a town for all”.", "OT to redraft it."]


_CHAT_LOG = """# #harbour-sync: weekly sync

Meeting started by qmarlow at 15:00:02 UTC on 2026-02-03.

1. **Release status** (qmarlow, 15:00:20)
    * *INFO*: wheel builds green on all platforms (tbrandt, 15:02:11)
    * *ACTION*: tbrandt to tag the 2.4 release candidate by end of month (qmarlow, 15:04:40)
    * *ACTION*: ynakamura-dev to update the changelog (qmarlow, 15:05:02)

## People present (lines said)

* qmarlow (40)
* tbrandt (12)
* ynakamura-dev (7)
"""


def test_a_handle_listed_alone_names_who_acts_in_a_chat_log(tmp_path):
    from minutes import extract_text
    path = tmp_path / "sync.md"
    path.write_text(_CHAT_LOG, encoding="utf-8")
    actions = list(read_minutes(extract_text(path)).actions)
    assert [(a.what, a.who) for a in actions] == [
        ("Tag the 2.4 release candidate", "tbrandt"), ("Update the changelog", "ynakamura-dev")]


def test_handles_are_those_listed_alone_and_used_again():
    from minutes.initials import listed_handles
    lines = ["* qmarlow (40)", "- none", "* unused", "qmarlow to book the room", "nothing else from none"]
    assert listed_handles(lines) == ["qmarlow"]


def test_a_chat_bots_tag_is_never_an_owner():
    from minutes.owners import Owners
    assert not Owners([]).is_owner("INFO", strict=False)
    assert not Owners([]).is_owner("IDEA", strict=False)


def test_a_carried_note_after_the_owners_bracket_leaves_the_bracket_the_owner():
    from minutes.actions import read_task
    from minutes.owners import Owners
    owners = Owners(["@tbrandt", "@qmarlow"])
    task = read_task("Get sign-off on the licence change (@tbrandt) - carried from February", owners, strict=False)
    assert (task.what, task.who) == ("Get sign-off on the licence change (carried forward)", "@tbrandt")
    task = read_task("Send the call for mentors (@qmarlow) - carried forward", owners, strict=False)
    assert (task.what, task.who) == ("Send the call for mentors (carried forward)", "@qmarlow")


def test_a_key_of_office_initials_defines_them_as_the_offices():
    from minutes.initials import defined_initials
    assert defined_initials(["Key to action initials: DC - Deputy Clerk; PO - Projects Officer; RFO - Responsible "
                             "Financial Officer."]) == {
        "DC": "Deputy Clerk", "PO": "Projects Officer", "RFO": "Responsible Financial Officer"}
    # (initials that are not the office's, or words that are no office, define nothing)
    assert defined_initials(["Key: XY - Deputy Clerk; PC - Town Clerk"]) == {}


def test_an_owner_given_by_an_offices_initials_is_the_office_the_key_names():
    actions = _actions("3. Allotments\nAction: DC to write to the allotment holders.\n\n"
                       "Key to action initials: DC - Deputy Clerk; PO - Projects Officer.\n")
    assert [(a.what, a.who) for a in actions] == [("Write to the allotment holders", "Deputy Clerk")]


def test_initials_keep_the_mac_of_a_surname():
    from minutes.owners import Owners
    owners = Owners(["Eilidh MacRae", "Fraser McBride", "Euan Moffat"])
    assert owners.resolve("EMacR") == "Eilidh MacRae"
    assert owners.resolve("FMcB") == "Fraser McBride"


def test_an_initials_stop_inside_a_labelled_owner_is_no_field_end():
    from minutes.actions import _labelled_fields
    assert _labelled_fields("Include the data in the next report. Responsibility: Ms O. Hennessy / Mr G. Kinsella") == (
        "Ms O. Hennessy / Mr G. Kinsella", None, "Include the data in the next report")
    assert _labelled_fields("Send it. Lead: TH. Due: 4 May") == ("TH", "4 May", "Send it")
    # (nor is a date's)
    assert _labelled_fields("Find a family unit. Lead: TH. Due: 30.04.26") == ("TH", "30.04.26", "Find a family unit")


def test_a_long_title_written_by_its_initials_before_the_surname_names_the_holder():
    from minutes.owners import Owners
    owners = Owners(["Station Manager Kerry Fagan", "Watch Manager Ian Fagan", "Ann Lee"])
    assert owners.resolve("SM Fagan") == "Station Manager Kerry Fagan"
    assert owners.resolve("WM Fagan") == "Watch Manager Ian Fagan"


def test_a_given_name_of_two_words_names_the_one_person_it_opens():
    from minutes.owners import Owners
    assert Owners(["Wen Jie Tan", "Mary Ann Cole", "Mary Ann Price"]).resolve("Wen Jie") == "Wen Jie Tan"
    # (two people whose names both open so stay as written)
    assert Owners(["Mary Ann Cole", "Mary Ann Price"]).resolve("Mary Ann") == "Mary Ann"


def test_a_labelled_owner_then_a_comma_and_when_gives_both():
    from minutes.actions import _labelled_fields
    assert _labelled_fields("Bring the note on retired tools (Owner: Cabinet Office officials, next meeting)") == (
        "Cabinet Office officials", "next meeting", "Bring the note on retired tools")
    assert _labelled_fields("Arrange the procurement session (Owner: Secretariat, new year)") == (
        "Secretariat", "new year", "Arrange the procurement session")
    # (two owners with a comma stay two owners)
    assert _labelled_fields("Book the hall. Owner: Wanda Pryce, Osric Thorley") == (
        "Wanda Pryce, Osric Thorley", None, "Book the hall")


@pytest.mark.parametrize("first, second, same", [
    ("officials", "Cabinet Office officials", True),
    ("The Chief Finance Officer", "Chief Finance Officer, OPFCC", True),
    ("Chief Finance Officer", "Chief Finance Officer", True),
    ("officials", "Wanda Pryce", False),
    ("Finance Officer", "Chief Executive, Finance Officer", False),
])
def test_an_owner_named_more_fully_in_a_closing_log_is_the_same_owner(first, second, same):
    from minutes.owners import same_owners
    assert same_owners(first, second) is same


def test_the_records_words_before_who_acts_are_no_part_of_the_owner():
    from minutes.actions import read_task
    from minutes.owners import Owners
    task = read_task("Action agreed for Adult Services to map the respite beds by the June Board.", Owners([]),
                     strict=False)
    assert (task.what, task.who, task.due_text) == ("Map the respite beds", "Adult Services", "the June Board")


def test_initials_after_a_name_run_into_its_post_fit_the_names_opening_words():
    from minutes.initials import defined_initials
    assert defined_initials(["Nell Dabrowski Harbour Youth Trust Co-ordinator ND",
                             "Osric Thorley Resident Member OT"]) == {"ND": "Nell Dabrowski", "OT": "Osric Thorley"}


@pytest.mark.parametrize("cell, parted", [
    ("Director of Housing10.03.2026", ("Director of Housing", "10.03.2026")),
    ("KMcend of July", ("KMc", "end of July")),
    ("Director of Housing", None),
    ("Room 101", None),
])
def test_a_due_date_glued_onto_an_owners_cell_is_parted(cell, parted):
    from minutes.when import glued_due
    assert glued_due(cell) == parted


def test_a_log_row_whose_owner_and_due_cells_ran_together_gives_both():
    actions = _actions("4. Schedule of actions\n"
                       "Minute\tAction\tLead\tDeadline\n"
                       "4.1\tWrite to the ferry operator about the timetable\tDirector of Housing10.03.2026\t\n")
    assert [(a.who, a.due) for a in actions] == [("Director of Housing", date(2026, 3, 10))]


def test_a_quarter_in_brackets_inside_a_logs_task_is_when_it_is_due():
    actions = _actions("6. Actions arising\n"
                       "Item\tAction Required\tResponsibility\n"
                       "5\tCarry out a footfall count on Quay Street (Q2 2026) and report to the Partnership\tEstates Section\n")
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Carry out a footfall count on Quay Street and report to the Partnership", "Estates Section", date(2026, 6, 30))]


def test_a_quarter_named_inside_a_task_without_brackets_is_no_date():
    assert find_due_phrase("Report the Q2 figures to the Board") is None


@pytest.mark.parametrize("main, other, kept", [
    ("All", "All partners", "All partners"),
    ("officials", "Cabinet Office officials", "Cabinet Office officials"),
    ("Chief Finance Officer, OPFCC", "The Chief Finance Officer", "Chief Finance Officer, OPFCC"),
    ("All", "Wanda Pryce", "All"),
    (None, "Wanda Pryce", "Wanda Pryce"),
])
def test_of_two_copies_of_an_action_the_owner_named_more_fully_is_kept(main, other, kept):
    from minutes.owners import fuller_owner
    assert fuller_owner(main, other) == kept


def test_a_closing_logs_all_is_the_minutes_all_partners():
    actions = _actions("5. Performance\n"
                       "ACTION: All partners to send their Q3 returns to OT by 13/02/26.\n\n"
                       "Action log\n"
                       "Ref\tAction\tOwner\tDue\n"
                       "26/06\tQ3 returns to OT\tAll\t13/02/26\n")
    assert [a.who for a in actions] == ["All partners"]


@pytest.mark.parametrize("sentence, next_meeting, due", [
    # a month that stands for the body's meeting in it
    ("Audit still open; OT to bring it to April.", date(2026, 4, 16), date(2026, 4, 16)),
    ("Survey results deferred to March; remains on the log.", date(2026, 3, 17), date(2026, 3, 17)),
    # no meeting known in that month: by its end
    ("Survey results deferred to March.", date(2026, 4, 16), date(2026, 3, 31)),
    # an action carried forward to a month stays on the log until the month's end
    ("The falls audit remains open and is carried forward to May.", date(2026, 5, 13), date(2026, 5, 31)),
])
def test_to_a_month_is_the_bodys_meeting_in_it(sentence, next_meeting, due):
    found = find_due_phrase(sentence)
    assert found is not None and resolve_due(str(found.value), date(2026, 2, 19), next_meeting) == due


@pytest.mark.parametrize("sentence", ["OT to ask April Jones about it.", "Move the fair from March to April."])
def test_a_month_that_is_a_name_or_a_span_is_no_due_date(sentence):
    assert find_due_phrase(sentence) is None


def test_the_records_own_words_are_never_the_subject_who_acts():
    from minutes.actions import _subject_owner
    from minutes.owners import Owners
    assert _subject_owner("The action to invite the panel is carried forward", Owners([])) is None
    assert _subject_owner("The harbour team to invite the panel", Owners([])) == ("The harbour team", "invite the panel")


@pytest.mark.parametrize("entry, task", [
    ("Osric, Nell: harbour lights survey before the season opens (1 May)",
     ("Harbour lights survey before the season opens", "Osric Thorley, Nell Dabrowski", "1 May")),
    ("Osric, Nell — slides to the organisers by 2026-03-06",
     ("Slides to the organisers", "Osric Thorley, Nell Dabrowski", "2026-03-06")),
    ("Wanda (absent, assigned by e-mail): costing for the summit", ("Costing for the summit", "Wanda Pryce", None)),
    # (capitalised words that name nobody are no owners)
    ("Apples, Pears: the fruit stall", ("Apples, Pears: the fruit stall", None, None)),
])
def test_people_listed_before_a_colon_or_dash_own_the_entry(entry, task):
    from minutes.actions import read_task
    from minutes.owners import Owners
    found = read_task(entry, Owners(["Wanda Pryce", "Osric Thorley", "Nell Dabrowski"]), strict=False)
    assert (found.what, found.who, found.due_text) == task


def test_a_double_first_names_initials_joined_by_a_hyphen_before_the_surname():
    from minutes.owners import Owners
    assert Owners(["Jean-Paul Mbeki", "Ann Lee"]).resolve("J-P Mbeki") == "Jean-Paul Mbeki"


def test_a_body_written_beside_the_one_of_its_people_the_roll_lists_is_where_they_come_from():
    from minutes.owners import Owners
    owners = Owners(["Colm Brady", "Ann Lee"], posts={"Colm Brady": "Deputy Director, Harbour Authority",
                                                     "Ann Lee": "Chair"})
    assert owners.resolve("Harbour Authority, Colm Brady") == "Colm Brady"
    # (a body that is none of theirs stays a second owner)
    assert owners.resolve("Police, Ann Lee") == "Police, Ann Lee"


def test_an_owner_named_between_action_and_its_colon_owns_the_entry():
    actions = _actions("3. Triage\nDiscussion of the waiting area.\n"
                       "-> ACTION Osric: options for moving the triage waiting area\n"
                       "-> ACTION Nell + Osric: share the data annex with the group\n\n"
                       "Action Plan: the board reviewed the plan.\n")
    assert [(a.what, a.who) for a in actions] == [
        ("Options for moving the triage waiting area", "Osric Thorley"),
        ("Share the data annex with the group", "Nell Dabrowski, Osric Thorley")]


def test_a_title_and_the_surnames_initial_name_the_one_so_titled():
    from minutes.owners import Owners
    owners = Owners(["Dr Ade Olanrewaju", "Dr Bea Lee", "Dr Bob Linn", "Ann Ode"])
    assert owners.resolve("Dr O") == "Dr Ade Olanrewaju"
    assert owners.resolve("Dr L") == "Dr L"  # (two doctors' surnames open with L)


@pytest.mark.parametrize("entry", ["5. ND - two teaching sessions for ward staff - Feb", "ND to run the sessions by Feb"])
def test_a_month_written_short_closing_a_task_is_its_month(entry):
    found = find_due_phrase(entry)
    assert found is not None and resolve_due(str(found.value), date(2026, 1, 20), None) == date(2026, 2, 28)


def test_a_month_written_short_inside_the_task_is_no_date():
    assert find_due_phrase("ND to send the Mar figures to the Board") is None


@pytest.mark.parametrize("sentence, task", [
    ("It was agreed that PPN members would take away the draft.", ("Take away the draft", "PPN members")),
    ("It was agreed that the Housing section would hold a tenants' workshop.",
     ("Hold a tenants' workshop", "Housing section")),
    ("(iii) the PPN representatives would arrange one consultation evening.",
     ("Arrange one consultation evening", "PPN representatives")),
])
def test_a_bodys_people_or_part_written_small_after_its_name_are_the_owner(sentence, task):
    from minutes.prose_tasks import prose_tasks
    from minutes.owners import Owners
    assert [(t.what, t.who) for t in prose_tasks(sentence, Owners(["Ann Lee"]))] == [task]


@pytest.mark.parametrize("clause, task", [
    ("the Panel's report be sent to the Commissioner by the Panel Support Officer by 8 February 2026",
     ("Send the Panel's report to the Commissioner", "Panel Support Officer", "8 February 2026")),
    ("the report be sent to the Harbour Board by Wanda Pryce", ("Send the report to the Harbour Board", "Wanda Pryce", None)),
    # (a means, not a doer, stays in the task)
    ("the letter be sent by Royal Mail", ("Send the letter by Royal Mail", None, None)),
])
def test_a_resolutions_passive_clause_names_its_doer_after_by(clause, task):
    from minutes.clause_tasks import clause_task
    from minutes.owners import Owners
    found = clause_task(clause, Owners(["Wanda Pryce"]))
    assert (found.what, found.who, found.due_text) == task
