"""Rules the reader learned from other bodies' house styles (tests/fixtures/corpus/tuning):
each test is one general way minutes are written, in a few invented lines."""

from __future__ import annotations

from datetime import date

from minutes import read_minutes


def _actions(minutes) -> list[tuple]:
    return [(a.what, a.who, a.due) for a in minutes.actions]


def test_a_parish_minute_runs_its_text_on_after_the_title_and_a_resolution_ends_before_a_task():
    minutes = read_minutes(
        "Minutes of the meeting held on Wednesday 9 July 2025 at 7.00pm\n"
        "Present: Cllrs G. Hartley (Chairman), P. Novak and R. Dunmore.\n"
        "In attendance: Mrs K. Sturgess (Clerk), District Cllr H. Brind and three members of the public.\n"
        "25/061 Apologies for absence. Apologies were received and accepted from Cllr M. Lowther (work\n"
        "commitments).\n"
        "25/065 Highways. The signs remain damaged. Cllr Dunmore to report the signs to\n"
        "the County Council by 18 July.\n"
        "25/067 Finance. RESOLVED to approve the payments as listed. Clerk to renew the play area\n"
        "insurance by 1 August 2025.\n")
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        ("61", "Apologies for absence"), ("65", "Highways"), ("67", "Finance")]
    assert _actions(minutes) == [
        ("Report the signs to the County Council", "Cllr R. Dunmore", date(2025, 7, 18)),
        ("Renew the play area insurance", "Clerk", date(2025, 8, 1)),
    ]
    assert "District Cllr H. Brind" in [p.name for p in minutes.present]
    assert [a.name for a in minutes.apologies] == ["Cllr M. Lowther"]
    assert minutes.decisions == ("to approve the payments as listed.",)


def test_a_pdf_action_table_whose_cells_ran_together_is_read_from_its_header_words():
    minutes = read_minutes(
        "Board meeting, Thursday 27 March 2025\n"
        "Members present\n"
        "Dr Ruth Kavanagh, Chief Medical Officer (RK); Andrew Lyle, Chief Finance Officer (AL)\n\n"
        "Actions\n"
        "Ref Action Owner Date\n"
        "WICB/24/118 Complete the stroke pathway review RK May 2025\n"
        "WICB/25/034 Publish the financial plan summary on the website AL 11/04/2025\n")
    assert _actions(minutes) == [
        ("Complete the stroke pathway review", "Dr Ruth Kavanagh", date(2025, 5, 31)),
        ("Publish the financial plan summary on the website", "Andrew Lyle", date(2025, 4, 11)),
    ]


def test_a_line_of_a_person_their_role_and_their_body_is_one_person():
    minutes = read_minutes(
        "Wednesday 19 March 2025\n\nBoard members attending:\n"
        "Andrea Kilbride, Chief Executive, Redmarsh Council\n"
        "Paul Stennett, Area Commander, Northmoor Fire and Rescue Service\n\n1. Welcome\nHello.\n")
    assert [(p.name, p.role, p.organisation) for p in minutes.present] == [
        ("Andrea Kilbride", "Chief Executive", "Redmarsh Council"),
        ("Paul Stennett", "Area Commander", "Northmoor Fire and Rescue Service"),
    ]


def test_a_plural_title_in_one_semicolon_part_goes_to_each_name_in_it():
    minutes = read_minutes(
        "Tuesday, 11th February, 2025\nPresent: Councillor Lorraine Fitch (Chair); Councillors Owain Price "
        "(Vice-Chair), Bashir Rahimi and Wendell Hayes.\n\n41. Apologies\nNone.\n")
    assert [p.name for p in minutes.present] == [
        "Councillor Lorraine Fitch", "Councillor Owain Price", "Councillor Bashir Rahimi", "Councillor Wendell Hayes"]


def test_initials_and_handles_the_attendance_defines_name_the_owner():
    minutes = read_minutes(
        "Date: 2025-02-20\n\nAttendees:\n"
        "Dr Fiona McBride        Deputy Medical Director (Chair)        FMcB\n"
        "Lucy Tran               Lead Pharmacist                        LT\n\n"
        "## Present\n\n- Oluwaseun Bakare (@seunb)\n\n"
        "1. Learning\nThe group discussed the missed fracture in ED. FMcB will write to the ED lead. (Action FMcB)\n"
        "2. Release\n- AI (@seunb): post a status update on the tracking issue\n")
    assert _actions(minutes) == [
        ("Write to the ED lead", "Dr Fiona McBride", None),
        ("Post a status update on the tracking issue", "Oluwaseun Bakare", None),
    ]


def test_a_handle_names_whoever_it_spells_and_a_ticked_box_is_done():
    minutes = read_minutes(
        "Date: 2025-05-07\n\nAttendance: Ines Moreau, Daniel Okoye, Lukas Brandt\n\n"
        "Action items\n\n- [ ] @dokoye — get quotes from both venues (due 2025-05-16)\n"
        "- [x] @lbrandt — submit the grant application\n")
    assert _actions(minutes) == [("Get quotes from both venues", "Daniel Okoye", date(2025, 5, 16))]


def test_a_reporting_line_after_an_action_is_minute_text_not_another_action():
    minutes = read_minutes(
        "Date: 2025-02-20\nPresent: Owen Castell (OC), Lucy Tran (LT), Zara Holm (ZH)\n\n4. Medicines\n"
        "ACTION: LT / ZH – add insulin omissions to the dashboard.\n"
        "OC asked that patient leaflets on insulin are checked for readability.\n")
    assert _actions(minutes) == [("Add insulin omissions to the dashboard", "Lucy Tran, Zara Holm", None)]


def test_owner_and_due_labelled_inside_one_bracket():
    minutes = read_minutes(
        "Date: Tuesday 16 September 2025\nPresent: Patrick Doherty (Chair), Ellis Barton\n\n1. Fires\n"
        "ACTION: Run a joint patrol in Northgate (Owner: Ellis Barton and Patrick Doherty, Due: 31 October 2025)\n")
    assert _actions(minutes) == [("Run a joint patrol in Northgate", "Ellis Barton, Patrick Doherty", date(2025, 10, 31))]


def test_nhs_board_references_head_items_and_roles_own_what_they_will_do():
    minutes = read_minutes(
        "Minutes of the Board meeting held on Wednesday 2 April 2025\n"
        "Present: Ruth Ambler, Chair; Helen Corrigan, Chief Nurse\n"
        "FB/25/031 Welcome\nThe Chair welcomed members.\n"
        "FB/25/032 Patient story\nThe Chief Nurse will review the lounge opening hours and report back to the Board "
        "in June.\n"
        "FB/25/033 Finance\nThe Board noted the position.\n"
        "Date of next meeting: Wednesday 4 June 2025\n")
    assert [i.number for i in minutes.agenda_items] == ["31", "32", "33"]
    assert _actions(minutes) == [
        ("Review the lounge opening hours and report back to the Board", "The Chief Nurse", date(2025, 6, 30))]


def test_due_within_a_span_and_for_a_named_months_meeting():
    minutes = read_minutes(
        "Minutes of the meeting held on Wednesday 12th March 2025\nPresent: Cllr J. Ashby, Cllr L. Maddox\n\n"
        "1. Finance\nThe Clerk will obtain three quotes for the April meeting. "
        "Cllr Maddox agreed to circulate the figures within two weeks.\n\n"
        "Date of next meeting: Wednesday 9th April 2025\n")
    assert _actions(minutes) == [
        ("Obtain three quotes", "The Clerk", date(2025, 4, 9)),
        ("Circulate the figures", "Cllr L. Maddox", date(2025, 3, 26)),
    ]


def test_a_body_named_before_its_people_and_letters_after_a_name():
    minutes = read_minutes(
        "MONDAY, 24TH MARCH, 2025\n\nPRESENT:\nCathaoirleach:\tCouncillor Siobhan Mulready\n\n"
        "Members:\tDeputy Orla Carrick T.D.\n\n"
        "An Garda Siochana:  Chief Superintendent Eamon Hession\n\n1. MINUTES\nAdopted.\n")
    assert [p.name for p in minutes.present] == [
        "Councillor Siobhan Mulready", "Deputy Orla Carrick", "Chief Superintendent Eamon Hession"]
