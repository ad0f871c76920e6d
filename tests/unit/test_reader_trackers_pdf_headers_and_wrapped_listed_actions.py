"""Trackers, PDF headers and wrapped listed actions: typed trackers with wrapped headings or rows grouped by
month, PDF headers and cells rebuilt from plain text and layout, a parish action table's councillor column, and
listed actions wrapped over lines or labelled "Action". Each is tried on a few invented lines."""

from __future__ import annotations

from minutes import read_minutes


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read_minutes(text).actions]


_HEAD = ("Lark Valley Allotments Committee\nNotes of the meeting held on 12 March 2026\n\n"
         "Present:\nNadia Pryce (NP) - Chair\nOwen Tallis (OT) - Treasurer\nBea Quarrie (BQ) - Secretary\n\n")


def test_an_action_column_cell_of_several_sentences_sets_one_task_a_sentence():
    # "Item | Discussion | Action": the Action cell holds each task as a sentence naming its owner, run on in one
    # paragraph as well as on lines of their own.
    text = _HEAD + ("Item\tDiscussion\tAction\n"
                    "3\tThe trough leaks and the gate is broken.\tOT to mend the trough. NP to order the compost by 31 March.\n")
    assert actions_of(text) == [("Mend the trough", "Owen Tallis", None), ("Order the compost", "Nadia Pryce", "31 March")]


def test_a_column_headed_to_be_completed_by_is_when_each_action_is_due():
    # A council committee's action table heads its dates "To be completed/progressed" (or "Date to be completed
    # by"): when each action is to be done, not whether it was completed.
    from minutes.action_tables import WHEN, table_columns

    assert table_columns("Action\tOfficer responsible\tProgress update\tTo be completed/progressed")[3] == WHEN
    assert table_columns("No.\tAction\tLead\tDate to be completed by")[3] == WHEN
    text = _HEAD + ("2. Allotment rents\n\nAction\tResponsible\tTo be completed by\n"
                    "Order the compost\tNP\t31 March 2026\nMend the gate\tOT\t30 April 2026\n")
    assert actions_of(text) == [("Order the compost", "Nadia Pryce", "31 March 2026"),
                                ("Mend the gate", "Owen Tallis", "30 April 2026")]


# --- Typed trackers set out in spaced columns -------------------------------------------------------

def _typed(text: str) -> str:
    from minutes.document import from_text

    return from_text(text).text()


_TRACKER = ("1. Action tracking list\n\n"
            " NO      PAPER            ACTION                                          LEAD     TARGET      STATUS/\n"
            "                                                                                   DATE        COMMENT\n"
            " 02.01   Estates          Costs of the car park barrier to be brought     OT       30 April    Not yet due\n"
            "         review           back to the Board\n"
            " 02.02   Finance          A revised savings plan would be presented       NP       12 March    Not yet due\n")


def test_a_typed_tracker_whose_heading_wrapped_onto_a_second_line_is_read_whole():
    # An NHS board's action tracking list sets "TARGET" over "DATE" and "STATUS/" over "COMMENT".
    lines = _typed(_HEAD + _TRACKER).split("\n")
    assert " NO\tPAPER\tACTION\tLEAD\tTARGET DATE\tSTATUS/ COMMENT" in lines
    assert actions_of(_typed(_HEAD + _TRACKER)) == [
        ("Costs of the car park barrier to be brought back to the Board", "Owen Tallis", "30 April"),
        ("A revised savings plan would be presented", "Nadia Pryce", "12 March")]


def test_a_typed_tracker_s_rows_grouped_under_the_month_that_raised_them_are_all_read():
    grouped = _TRACKER.replace(" 02.01 ", " February 2026\n 02.01 ").replace(" 02.02 ", " January 2026\n 02.02 ")
    assert actions_of(_typed(_HEAD + grouped)) == [
        ("Costs of the car park barrier to be brought back to the Board", "Owen Tallis", "30 April"),
        ("A revised savings plan would be presented", "Nadia Pryce", "12 March")]


def test_a_tracker_s_column_of_new_dates_beside_its_target_dates_is_a_note_on_progress():
    from minutes.action_tables import OTHER, WHEN, table_columns

    assert table_columns("No\tAction\tLead\tTarget date\tNew date\tStatus")[3:5] == [WHEN, OTHER]
    assert table_columns("Action\tOwner\tDue date\tRevised target date")[2:] == [WHEN, OTHER]


# --- A board's summary of actions: item, action (title, task, status), responsibility -----------------

_SUMMARY = ("Relevant item\tAction\tResponsibility\n"
            "Actions held over from previous meetings\n"
            "BOD 20/26(c)\tEstates plan; Bring back the car park options for review by the Board.; Status: on hold\tOT\n"
            "Actions from this meeting\n"
            "BOD 31/26(a)\tMinutes; Amend to record the Board's thanks to the volunteers.; Status: complete\tNP\n"
            "BOD 33/26(d)\tWinter plan; Circulate the revised winter plan to members.\tBQ\n")


def test_a_title_over_a_group_of_rows_right_under_the_header_does_not_end_the_table():
    from minutes.action_tables import read_table, table_columns

    lines = _SUMMARY.split("\n")
    rows, _ = read_table(lines, 0, table_columns(lines[0]))
    assert [row.who for row in rows] == ["OT", "NP", "BQ"]


def test_a_task_cell_s_title_and_status_paragraphs_are_not_the_task():
    # Each action cell gives the item's title, the task, then "Status: ..."; a row whose status is complete is done.
    assert actions_of(_HEAD + _SUMMARY) == [
        ("Bring back the car park options for review by the Board", "Owen Tallis", None),
        ("Circulate the revised winter plan to members", "Bea Quarrie", None)]


def test_a_parish_action_table_s_councillor_column_names_who_does_each_task():
    # "Agenda Item | Councillor | Due Date | Completed": the item cell holds its number and title, then the task.
    from minutes.action_tables import WHO, table_columns

    assert table_columns("Agenda Item\tCouncillor\tDue Date\tCompleted")[1] == WHO
    text = _HEAD + ("Action points\n\nAgenda Item\tCouncillor\tDue Date\tCompleted\n"
                    "14 – Allotments; Gauge interest in a new allotment site\tNP\t30 April\t\n"
                    "16 – Water; Mend the trough\tOT\tBy next meeting\t\n")
    assert actions_of(text) == [("Gauge interest in a new allotment site", "Nadia Pryce", "30 April"),
                                ("Mend the trough", "Owen Tallis", "By next meeting")]


# --- PDF tables ------------------------------------------------------------------------------------

def test_a_pdf_heading_with_its_slash_spaced_apart_is_one_column_s_heading():
    from minutes.action_tables import NUMBER, OTHER, RAISED, WHAT, WHEN, WHO, spaced_columns

    assert spaced_columns("No. Date raised Action Action owner Target date Status / update") == [
        NUMBER, RAISED, WHAT, WHO, WHEN, OTHER]


def test_a_pdf_header_whose_first_heading_wrapped_above_the_rest_is_rebuilt_whole():
    from minutes.pdf_tables import with_tables

    plain = ("5. Action log\nAction\nno. Date raised Action Action owner Target date Status / update\n"
             "26/01 12 Mar 2026 Circulate the winter plan BQ 30 April 2026 New\n6. Date of next meeting")
    layout = ("5. Action log\n\n"
              "Action no.   Date raised    Action                       Action      Target date      Status / update\n"
              "                                                         owner\n"
              "26/01        12 Mar 2026    Circulate the winter plan    BQ          30 April 2026    New\n\n"
              "6. Date of next meeting")
    assert with_tables(plain, lambda: layout).split("\n")[1:3] == [
        "Action no.\tDate raised\tAction\tAction owner\tTarget date\tStatus / update",
        "26/01\t12 Mar 2026\tCirculate the winter plan\tBQ\t30 April 2026\tNew"]


def test_a_pdf_cell_that_fills_its_column_and_runs_into_the_next_is_parted_where_plain_text_spaces_it():
    # Layout text set "New" right against "defibrillator", eight characters left of its column; plain text keeps
    # the two words apart.
    from minutes.pdf_tables import with_tables

    plain = ("Due Responsible Task Comments\n30 April 2026 Nadia Pryce Share the findings New\n"
             "May 2026 Owen Tallis Order replacement pads for the defibrillator New\n6. Next meeting")
    layout = ("Due                                Responsible                    Task                                                    Comments\n"
              "30 April 2026                      Nadia Pryce                    Share the findings                                      New\n"
              "May 2026                           Owen Tallis                    Order replacement pads for the defibrillatorNew\n\n"
              "6. Next meeting")
    assert with_tables(plain, lambda: layout).split("\n")[2] == (
        "May 2026\tOwen Tallis\tOrder replacement pads for the defibrillator\tNew")


def test_a_pdf_header_on_one_line_of_plain_text_but_wrapped_in_the_layout_is_rebuilt():
    from minutes.pdf_tables import with_tables

    plain = "No. Due Action required Lead\n26/01 May 2026 Order the compost BQ\n6. Next meeting"
    layout = ("No.     Due          Action             Lead\n"
              "                     required\n"
              "26/01   May 2026     Order the compost  BQ\n\n6. Next meeting")
    assert with_tables(plain, lambda: layout).split("\n")[:2] == [
        "No.\tDue\tAction required\tLead", "26/01\tMay 2026\tOrder the compost\tBQ"]


def test_pdf_cells_run_together_from_words_plain_text_gives_on_other_lines_are_parted():
    # Plain text gives each wrapped cell's lines apart ("May 2026" then "Share the audit" then "findings with
    # the"), so "May 2026findings" is no pair it gives side by side: two of its words, run together.
    from minutes.pdf_tables import with_tables

    plain = ("No. Due Action Lead\n26/01 May 2026\nShare the audit\nfindings with the\nquality committee\nBQ\n"
             "26/02 June 2026 Order the compost OT\n6. Next meeting")
    layout = ("No.       Due                Action                Lead\n"
              "                             Share the audit\n"
              "26/01     May 2026findings with the              BQ\n"
              "                             quality committee\n"
              "26/02     June 2026          Order the compost     OT\n\n6. Next meeting")
    assert with_tables(plain, lambda: layout).split("\n")[1:3] == [
        "26/01\tMay 2026\tShare the audit findings with the quality committee\tBQ",
        "26/02\tJune 2026\tOrder the compost\tOT"]


def test_a_pdf_owner_one_space_after_a_wrapped_task_line_and_at_its_column_s_start_is_the_owner():
    # The owner's cell, centred on a row whose task wrapped, stands on the task's first line, one space after it.
    from minutes.pdf_tables import _placed

    starts = [0, 31, 62, 93]
    line = "26/10                          Write to the website review at BQ                             May 2026"
    assert _placed(line, starts) == ["26/10", "Write to the website review at", "BQ", "May 2026"]


# --- Marked lines ------------------------------------------------------------------------------------

def test_a_marked_task_in_the_infinitive_with_no_one_named_is_read_as_the_instruction():
    # A parish council's "Action:" after a matter raised, written as its agenda writes items ("To discuss ...").
    text = ("Lark Valley Parish Council\nMinutes of the meeting held on 12 March 2026\n\n"
            "Attended by: Cllrs Nadia Pryce (Chairman), Owen Tallis, Bea Quarrie.\n\n"
            "47. Public participation: the following matters were raised:\n"
            "- The church hall needs new heating. Action: To discuss how to help at the next Parish Council meeting.\n")
    assert actions_of(text) == [("Discuss how to help", None, "the next Parish Council meeting")]


# --- Lists -------------------------------------------------------------------------------------------

_LISTED = ("Lark Valley Board\nMinutes of the meeting held on 12 March 2026\n"
           "Present: Nadia Pryce (NP), Chair; Owen Tallis (OT), Treasurer\n\n4. Water\nThe trough leaks.\n5. Actions\n")


def test_a_list_of_actions_ends_at_the_next_numbered_item_that_runs_on_after_it():
    # PDF text and typed minutes run the next item's heading straight on after the list.
    bulleted = _LISTED + "- Order the compost - NP\n- Mend the gate - OT\n6. Date of next meeting\n9 April 2026\n"
    assert actions_of(bulleted) == [("Order the compost", "Nadia Pryce", None), ("Mend the gate", "Owen Tallis", None)]
    numbered = _LISTED + "1. NP to order the compost\n2. OT to mend the gate\n6. Any other business\nNone.\n"
    assert actions_of(numbered) == [("Order the compost", "Nadia Pryce", None), ("Mend the gate", "Owen Tallis", None)]
    going_on = _LISTED + "1. NP to order the compost\n2. OT to mend the gate\n3. NP to book the hall\n"
    assert len(actions_of(going_on)) == 3


def test_a_listed_action_wrapped_before_its_dashed_owner_is_one_entry():
    long = "report back to the Board with a short note on the options"
    for wrapped in (f"1. Arrange the repair and {long}\nand their costs - OT",
                    f"1. Arrange the repair and {long} and their costs -\nOwen Tallis",
                    f"1. Arrange the repair and {long} and their costs\n- Owen Tallis"):
        assert actions_of(_LISTED + wrapped + "\n2. Order the compost - NP\n") == [
            (f"Arrange the repair and {long} and their costs", "Owen Tallis", None),
            ("Order the compost", "Nadia Pryce", None)], wrapped


def test_a_listed_what_owner_when_entry_numbered_with_a_bracket_loses_its_number():
    for mark in ("1)", "(a)"):
        text = _LISTED + f"{mark} Share the audit findings with the partners - NP - 30 April 2026\n"
        assert actions_of(text) == [("Share the audit findings with the partners", "Nadia Pryce", "30 April 2026")], mark


def test_a_lettered_entry_labelled_action_loses_its_label_as_numbered_ones_do():
    for marks in (("(a)", "(b)"), ("a)", "b)")):
        text = _LISTED + f"{marks[0]} ACTION: OT to mend the trough\n{marks[1]} ACTION: NP to order the compost\n"
        assert [(what, who) for what, who, _ in actions_of(text)] == [
            ("Mend the trough", "Owen Tallis"), ("Order the compost", "Nadia Pryce")], marks


def test_a_listed_action_wrapped_over_several_lines_or_inside_its_date_is_one_entry():
    three = ("1. Arrange the bus shelter repair and report back to the\nBoard with a short note on the options and\n"
             "their costs - OT - 30 April 2026\n2. Order the compost - NP\n")
    assert actions_of(_LISTED + three) == [
        ("Arrange the bus shelter repair and report back to the Board with a short note on the options and their costs",
         "Owen Tallis", "30 April 2026"), ("Order the compost", "Nadia Pryce", None)]
    date = "- Arrange the bus shelter repair - OT - 30\nApril 2026\n- Order the compost - NP\n"
    assert actions_of(_LISTED + date) == [("Arrange the bus shelter repair", "Owen Tallis", "30 April 2026"),
                                          ("Order the compost", "Nadia Pryce", None)]


def test_a_pdf_task_in_the_first_column_one_space_short_of_its_owner_is_parted_when_more_cells_follow():
    from minutes.pdf_tables import _placed

    starts = [0, 30, 61, 91]
    row = "Order the litter bins for the Head of Community Safety       Amber                         May 2026"
    assert _placed(row, starts) == ["Order the litter bins for the", "Head of Community Safety", "Amber", "May 2026"]
    # Running text at the margin, with no cells after it, is still no row.
    assert _placed("The Chair thanked the members for attending and the meeting closed at 8.15pm.", starts) is None


def test_a_slash_between_two_headings_of_different_meaning_keeps_them_two_columns():
    from minutes.action_tables import ITEM, WHAT, WHEN, WHO, spaced_columns

    # Text minutes write "Owner / Due" and "By whom / when" as two headings; joined, one would be lost.
    assert spaced_columns("Item Action Owner / Due") == [ITEM, WHAT, WHO, WHEN]
    assert spaced_columns("Action By whom / when") == [WHAT, WHO, WHEN]
