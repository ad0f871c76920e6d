"""Closing tables, typed lists and markers: a closing table restating the body's sentence, actions numbered
within their year, pointing hands and boxes marking entries, tables saved with slashes or spaces, typed lists of
actions with dots out to owner and date, and a web page's people and date chips. Each is tried on a few invented
lines."""

from __future__ import annotations

from minutes import extract_text, read_minutes


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read_minutes(text).actions]


_HEAD = ("Lark Valley Allotments Committee\nNotes of the meeting held on 12 March 2026\n\n"
         "Present:\nNadia Pryce (NP) - Chair\nOwen Tallis (OT, @otallis) - Treasurer\nBea Quarrie (BQ) - Secretary\n\n")


# --- a closing table that notes the body's sentence in a few words ---------------------------

def test_a_closing_table_noting_the_body_sentence_keeps_the_sentence_words_and_the_table_owner():
    text = _HEAD + (
        "1. Water supply\n\n"
        "The standpipe by plot 14 leaks again.\n\n"
        "Action: Owen to ask the water company to replace the standpipe valve before the season opens.\n\n"
        "Actions\n\n"
        "| Owner | Action | Due |\n|---|---|---|\n"
        "| Owen Tallis | Standpipe valve | 1 April 2026 |\n")
    found = read_minutes(text).actions
    assert [(a.what, a.who) for a in found] == [
        ("Ask the water company to replace the standpipe valve before the season opens", "Owen Tallis")]


def test_a_closing_table_with_its_own_wording_keeps_it():
    text = _HEAD + (
        "1. Water supply\n\n"
        "Action: Owen to ask the water company to replace the standpipe valve before the season opens.\n\n"
        "Actions\n\n"
        "| Owner | Action | Due |\n|---|---|---|\n"
        "| Owen Tallis | Ask the water company to replace the standpipe valve | 1 April 2026 |\n")
    assert [a.what for a in read_minutes(text).actions] == ["Ask the water company to replace the standpipe valve"]


# --- "ACTION 4/25 — OT: ..." numbered within the year ---------------------------------------

def test_an_action_numbered_within_its_year_is_a_marker():
    text = _HEAD + (
        "1. Water supply\n\nThe standpipe by plot 14 leaks again.\n\n"
        "ACTION 7/26 — OT: ask the water company to replace the valve. By: 31/03/26\n\n"
        "ACTION 8/26 - NP, BQ: draft the letter to plot holders and send to OT. By: 20 March\n")
    assert actions_of(text) == [
        ("Ask the water company to replace the valve", "Owen Tallis", "31/03/26"),
        ("Draft the letter to plot holders and send to OT", "Nadia Pryce, Bea Quarrie", "20 March"),
    ]


def test_a_reviewed_action_reference_with_its_number_after_a_dash_is_no_marker():
    # "Action 12/25-3  RS to ..." (no colon or dash after the reference) stays a review's entry.
    text = _HEAD + (
        "1. Outstanding actions\n"
        " Action 12/25-3  OT to provide the meter readings - outstanding, due April.\n")
    assert [(a.what, a.who, a.carried) for a in read_minutes(text).actions] == [
        ("Provide the meter readings", "Owen Tallis", True)]


# --- a hand pointing at a list entry marks it --------------------------------------------------

def test_a_pointing_hand_marks_a_list_entry_as_an_action():
    text = _HEAD + (
        "1. Water supply\n\n"
        "- The standpipe by plot 14 leaks again.\n"
        "- 👉 @otallis will ask the water company for a new valve, by next meeting.\n"
        "- 👉 Bea to put a notice on the gate.\n"
        "- The committee thanked Owen.\n")
    assert [(what.rstrip(","), who) for what, who, _ in actions_of(text)] == [
        ("Ask the water company for a new valve", "Owen Tallis"),
        ("Put a notice on the gate", "Bea Quarrie"),
    ]


# --- checklists: open boxes, mentions by full name, date and person chips ---------------------

def test_an_open_box_before_an_owner_and_colon_is_an_entry_to_do_and_a_ticked_one_is_done():
    text = _HEAD + (
        "1. Water supply\n\nThe standpipe by plot 14 leaks again.\n\n"
        "- [ ] Owen: ask the water company for a new valve\n"
        "- [x] Bea: post the notice on the gate\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Ask the water company for a new valve", "Owen Tallis")]


def test_an_entry_opening_with_mentions_by_full_name_gives_them_the_task():
    text = _HEAD + (
        "1. Water supply\n\nThe standpipe by plot 14 leaks again.\n\n"
        "Action items\n\n"
        "- [ ] @Owen Tallis ask the water company for a new valve\n"
        "- [ ] @Nadia Pryce @Bea Quarrie draft the letter to plot holders\n"
        "- [ ] @Gary Nobody fix the fence\n")
    found = actions_of(text)
    assert [(what, who) for what, who, _ in found][:2] == [
        ("Ask the water company for a new valve", "Owen Tallis"),
        ("Draft the letter to plot holders", "Nadia Pryce, Bea Quarrie"),
    ]
    # (a mention of someone the attendance does not name is left as written)
    assert all(who != "Gary Nobody" for _, who, _ in found)


def test_a_web_page_s_people_chips_and_date_chips_read_apart(tmp_path):
    page = tmp_path / "notes.html"
    page.write_text(
        "<html><body><h1>Lark Valley Allotments Committee</h1>"
        "<table class='properties'><tr><th>Date</th><td><time>@March 12, 2026 7:00 PM</time></td></tr>"
        "<tr><th>Attendees</th><td><span class='user'><img src='a.png'/>Nadia Pryce</span>"
        "<span class='user'><img src='b.png'/>Owen Tallis</span></td></tr></table>"
        "<h2>Action items</h2><ul class='to-do-list'><li><div class='checkbox checkbox-off'></div> "
        "<span><span class='user'>@Owen Tallis</span> ask the water company for a new valve "
        "<time>@March 31, 2026</time></span></li></ul></body></html>", encoding="utf-8")
    minutes = read_minutes(extract_text(page))
    assert [p.name for p in minutes.present] == ["Nadia Pryce", "Owen Tallis"]
    assert [(a.what, a.who, a.due_text) for a in minutes.actions] == [
        ("Ask the water company for a new valve", "Owen Tallis", "March 31, 2026")]


# --- typed logs: a type column, entries opening with their type, cells kept apart by " / " ---

def test_a_type_column_makes_the_summary_the_task_and_keeps_decisions_out():
    text = ("Lark Valley Allotments Committee\nNotes of the meeting held on 12 March 2026\n\n"
            "No.\tD/A\tSummary\tOwner\tDeadline\n"
            "1\tD\tNew plot rents agreed for 2026/27\t-\t-\n"
            "2\tA\tPublish the plot rents on the notice board\tSecretary\t31 March 2026\n"
            "3\tI\tThe water company has been asked about the valve\t-\t-\n"
            "4\tA\tOrder two new water butts\tTreasurer\tApril 2026\n\n"
            "Present:\nNadia Pryce (Chair), Owen Tallis (Treasurer), Bea Quarrie (Secretary)\n")
    minutes = read_minutes(text)
    assert [(a.what, a.who) for a in minutes.actions] == [
        ("Publish the plot rents on the notice board", "Secretary"), ("Order two new water butts", "Treasurer")]
    assert "New plot rents agreed for 2026/27" in minutes.decisions


def test_a_table_saved_with_slashes_between_cells_is_read_as_a_log(tmp_path):
    text = ("Decision and Action Log\n\nMeeting: Lark Valley Allotments Committee\nDate: 12th March 2026\n\n"
            "Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)\n\n"
            "No. / Decision or Action or Information / Who? / When? / Who needs to be told? / Completed?\n\n"
            "1. / Information - minutes of 12th February agreed. / - / - / - / -\n\n"
            "2. / Action - Outstanding from February: the gate lock to be\nreplaced. / OT / ASAP / All plot holders / No\n\n"
            "3. / Decision - rents to rise by 5% from April. / - / - / All plot holders / -\n\n"
            "4. / Action - Write to the water company about the standpipe valve. / BQ /\n31/03/26 / - / No\n\n"
            "5. / Information - next meeting 9th April 2026. / - / - / - / -\n")
    path = tmp_path / "log.txt"
    path.write_text(text, encoding="utf-8")
    minutes = read_minutes(extract_text(path))
    assert [(a.what.rstrip("."), a.who, a.due_text, a.carried) for a in minutes.actions] == [
        ("The gate lock to be replaced", "Owen Tallis", "ASAP", True),
        ("Write to the water company about the standpipe valve", "Bea Quarrie", "31/03/26", False),
    ]
    assert any(decision.startswith("rents to rise") for decision in minutes.decisions)


def test_slashes_in_a_line_that_heads_no_log_are_left_alone():
    from minutes.grid_tables import with_grid_tables

    lines = ["Apples / pears / plums / cherries were planted.", "", "More text / with / slashes / here."]
    assert with_grid_tables(lines) == lines


# --- "Minute | Item | Action": the minute's number, its title and text, the owner ----------------

def test_a_minute_column_left_of_the_item_holds_the_number_and_the_item_the_text():
    from minutes.action_tables import table_columns

    assert table_columns("Minute\tItem\tAction") == ["item", "text", "who"]
    assert table_columns("Minute\tDiscussion\tAction") == ["item", "text", "who"]
    assert table_columns("Item\tMinute\tAction by") == ["item", "text", "who"]
    text = _HEAD + (
        "Minute\tItem\tAction\n"
        "LV/26/11\tWater supply; The standpipe by plot 14 leaks again. OT to ask the water company for a new "
        "valve.\tOT\n"
        "LV/26/12\tRents; BQ asked for the rents to be compared with the next valley's.; The committee noted "
        "the report.\tBQ\n"
        "LV/26/13\tAny other business; None.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Ask the water company for a new valve", "Owen Tallis"),
        ("Compare the rents with the next valley's", "Bea Quarrie"),
    ]


# --- typed tables set out by spaces; a closing list of actions with no heading row ---------------

_TYPED = ("Lark Valley Allotments Committee\nNotes of the meeting held on 12 March 2026\n\n"
          "Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)\n\n"
          "1. Minutes and action tracker\n\nMinutes agreed. Action tracker reviewed:\n\n"
          "  #   Action                                        Who       Status\n"
          "  11  Mend the shed door                            OT        Done - close\n"
          "  12  Chase the council for the skip permit on      BQ        Still waiting. Keep open,\n"
          "      the car park                                            BQ to chase again\n"
          "  13  Draft the rota for the summer watering        NP        Carry - April meeting\n\n"
          "2. Water\n\n- The standpipe leaks.\n  -> OT and BQ to ask the water company for a new valve.\n\n"
          "ACTIONS FROM THIS MEETING\n"
          "  14  New standpipe valve                          OT, BQ    end March\n"
          "  15  Order the compost for the spring             NP        -\n")


def test_a_table_set_out_by_spaces_under_its_heading_is_read_with_its_wrapped_rows(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(_TYPED, encoding="utf-8")
    found = [(a.what, a.who, a.carried) for a in read_minutes(extract_text(path)).actions]
    assert ("Chase the council for the skip permit on the car park", "Bea Quarrie", True) in found
    assert ("Draft the rota for the summer watering", "Nadia Pryce", True) in found
    assert all(not what.startswith(("Mend", "11", "12")) for what, _, _ in found)


def test_an_arrow_before_an_owner_given_a_task_marks_it_and_a_closing_list_without_heading_row_is_read(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(_TYPED, encoding="utf-8")
    found = [(a.what, a.who) for a in read_minutes(extract_text(path)).actions]
    # (The closing list restates the arrow's task, "New standpipe valve": one action, counted once.)
    assert [who for what, who in found if "valve" in what] == ["Owen Tallis, Bea Quarrie"]
    assert ("Order the compost for the spring", "Nadia Pryce") in found
    assert not any(what.startswith(("14", "15")) for what, _ in found)
    arrow_only = _TYPED.split("ACTIONS FROM THIS MEETING")[0]
    assert ("Ask the water company for a new valve", "Owen Tallis, Bea Quarrie") in [
        (a.what, a.who) for a in read_minutes(arrow_only).actions]


def test_a_typed_list_of_actions_with_no_heading_row_needs_an_owner_column():
    from minutes.action_tables import headerless_rows

    rows, end = headerless_rows(["14\tNew standpipe valve\tOT\tend March", "15\tOrder the compost\tNP\t-"], 0,
                                lambda cell: cell in ("OT", "NP"))
    assert [(row.number, row.what, row.who, row.when) for row in rows] == [
        ("14", "New standpipe valve", "OT", "end March"), ("15", "Order the compost", "NP", None)]
    assert end == 2
    assert headerless_rows(["a\tb\tc", "d\te\tf"], 0, lambda cell: False) == ([], 0)


# --- minutes numbered past 99, each sub-minute on its own line, markers closing them -------------

def test_a_marker_ends_where_the_next_sub_minute_opens_and_names_who_she_is():
    text = ("LARK VALLEY PARISH COUNCIL\nMINUTES OF THE MEETING HELD ON MONDAY 12 JANUARY 2026\n"
            "PRESENT: Cllrs Nadia Pryce, Owen Tallis and Bea Quarrie. IN ATTENDANCE: Ms Ada Lowe, Clerk (CL).\n"
            "201. FINANCE\n"
            "201.1 RESOLVED to approve the precept of GBP 14,200. ACTION: CL to submit the precept demand by 30 January.\n"
            "201.2 Cllr Tallis asked that the reserves be reviewed in the spring. ACTION: Cllr Tallis\n"
            "202. HIGHWAYS\n"
            "202.1 Cllr Pryce reported on the flooding at the ford. She will ask the county council to clear the\n"
            "culvert. ACTION: Cllr Pryce\n")
    minutes = read_minutes(text)
    assert [item.number for item in minutes.agenda_items] == ["201", "202"]
    assert [(a.what, a.who) for a in minutes.actions] == [
        ("Submit the precept demand", "Ms Ada Lowe"),
        ("Review the reserves in the spring", "Cllr Owen Tallis"),
        ("Ask the county council to clear the culvert", "Cllr Nadia Pryce"),
    ]


# --- "Min. No. | Item | Action": whole minutes in a table, the Action column naming who ----------

def test_a_table_of_whole_minutes_reads_owners_dates_and_passive_tasks_from_its_action_column():
    from minutes.action_tables import table_columns

    assert table_columns("Min. No.\tItem\tAction") == ["number", "text", "who"]
    text = ("LARK VALLEY PARISH COUNCIL\n\nMinutes of the meeting held on Tuesday 9th December 2025\n\n"
            "Present: Councillors N. Pryce (Chairman), O. Tallis and B. Quarrie\n\n"
            "In attendance: Mr Alan Lowe (Clerk)\n\n"
            "Min. No.\tItem\tAction\n"
            "25/101\tFINANCE; (a) RESOLVED to approve payments totalling £410.20.; (b) Clerk to submit the precept "
            "request to the district council.\tClerk - by end of January\n"
            "25/102\tPLAYING FIELD; The goal posts need re-anchoring. Cllr Tallis and Cllr Quarrie to carry out the work "
            "in the new year. Tree survey of the churchyard limes to be commissioned.\tCllrs Tallis & Quarrie; Clerk\n"
            "25/103\tPROGRESS; (a) Bench at the green - installed; closed.; (b) Noticeboard at the hall - awaiting the "
            "new glass; Clerk to chase.\tClerk\n")
    found = [(a.what, a.who, a.due_text) for a in read_minutes(text).actions]
    assert ("Submit the precept request to the district council", "Clerk", "end of January") in found
    assert ("Commission tree survey of the churchyard limes", "Clerk", None) in found
    assert any(who == "Councillor O. Tallis, Councillor B. Quarrie" for _, who, _ in found)
    assert any(what.startswith("Chase") and "Noticeboard" in what for what, _, _ in found)
    assert not any(who == "RESOLVED" for _, who, _ in found)


# --- an owner in capitals, a dash, the task --------------------------------------------------------

def test_a_numbered_entry_naming_its_owner_in_capitals_is_an_action_wherever_it_stands():
    text = ("Lark Valley Community Safety Partnership\nMinutes of the meeting held on 12 March 2026\n\n"
            "Present:\nShauna Kerr (Community Safety Manager)\nChief Inspector Aaron Lowry (Police)\n\n"
            "1. Minutes and actions\n\nThe minutes were agreed.\n\n"
            "1. ASB TEAM - obtain legal sign-off of the protocol (carried from June) - by the next meeting.\n\n"
            "2. Any other business\n\nBids for the fund close soon.\n\n"
            "6. SHAUNA KERR / CI LOWRY - decide whether to submit a bid - before 31 October.\n\n"
            "DRAFT - subject to approval at the next meeting\n")
    assert actions_of(text) == [
        ("Obtain legal sign-off of the protocol", "ASB Team", "the next meeting"),
        ("Decide whether to submit a bid", "Shauna Kerr, Chief Inspector Aaron Lowry", "31 October"),
    ]


# --- a closing tracker "as at" the meeting, its references naming the meeting that raised each row --

def test_a_closing_tracker_as_at_the_meeting_is_its_own_log_and_carries_rows_raised_before():
    text = ("Lark Valley Parish Council\nMinutes of the meeting held on Monday 19 January 2026\n\n"
            "Present: Cllr Nadia Pryce (NP), Cllr Owen Tallis (OT), Sarah Evans (SE), Clerk\n\n"
            "1. Minutes\n\nThe minutes were agreed.\n\n"
            "The meeting closed at 9.22pm.\n\n"
            "Action tracker (as at 19 January 2026)\n\n"
            "Min ref\tAction\tWho\tBy when\n"
            "Nov 25 / 9\tVillage gateway signs - chase highways licence\tSE\tFeb meeting\n"
            "Jan 26 / 5\tCirculate the Local Plan timetable\tSE\tWhen received\n"
            "Jan 26 / 7\tOrder the new bench\tOT\t31/03/26\n")
    found = [(a.what, a.who, a.carried) for a in read_minutes(text).actions]
    assert found == [
        ("Village gateway signs - chase highways licence", "Sarah Evans", True),
        ("Circulate the Local Plan timetable", "Sarah Evans", False),
        ("Order the new bench", "Cllr Owen Tallis", False),
    ]


# --- field blocks: "Outcome:", "Owner:", "Due:" ---------------------------------------------------

def test_an_owner_field_naming_its_own_task_is_the_action_and_an_outcome_field_is_none():
    text = _HEAD + (
        "1. Water supply\n\nThe standpipe leaks again.\n\n"
        "Outcome: the committee will ask the water company once the season opens.\n"
        "Owner: Owen Tallis to ask the water company for a new valve\n"
        "Due: 2026-03-26\n\n"
        "2. Rota\n\nBea proposed asking two new members to join the rota.\n\n"
        "Outcome: Agreed.\n"
        "Owner: Bea Quarrie\n"
        "Due: end of March\n")
    assert actions_of(text) == [("Ask the water company for a new valve", "Owen Tallis", "2026-03-26")]


# --- "ACTION: GT - to the February Committee" after a minute headed "BoD 26/007 ..." ---------------

def test_a_marker_naming_who_and_where_the_work_goes_points_at_the_sentence_before():
    text = ("Lark Valley NHS Trust\nBoard of Directors\nMinutes of the meeting held on 29 January 2026\n\n"
            "Present: Owen Tallis (OT), Bea Quarrie (BQ), Nadia Pryce (NP)\n\n"
            "BoD 26/007  Performance report\n"
            "OT presented the report. NP asked for a recovery trajectory for the long waits.\n"
            "ACTION: OT - to the February Finance Committee\n"
            "BQ presented the quality section. The Board asked for the thematic review to be shared.\n"
            "ACTION: BQ\n"
            "BoD 26/008  Finance report\n"
            "The Board noted the report.\n")
    minutes = read_minutes(text)
    assert [item.number for item in minutes.agenda_items] == ["7", "8"]
    assert [(a.what, a.who, a.item) for a in minutes.actions][:1] == [
        ("Provide a recovery trajectory for the long waits", "Owen Tallis", "7")]
    assert [a.who for a in minutes.actions] == ["Owen Tallis", "Bea Quarrie"]


# --- a web page's table of minutes: source line ends, paragraphs in a cell, one row a paragraph -----

def test_a_minutes_table_on_a_web_page_reads_each_marked_paragraph_of_a_cell_alone(tmp_path):
    page = tmp_path / "minutes.html"
    page.write_text(
        "<html><body><h1>Lark Valley Community Safety Forum - Tuesday, 4th November, 2025</h1>"
        "<p>Present: Owen Tallis, Trading Standards; Bea Quarrie, Road Safety Officer</p>"
        "<table><tr><th>No.</th><th>Item</th></tr>"
        "<tr><td>3.</td><td><p>PROGRESS</p><p>The leaflet had gone to print.</p>"
        "<p>ACTION: Owen\nTallis would arrange delivery of the leaflets to the islands.</p>"
        "<p>The grant criteria had still to be confirmed. ACTION: Bea\nQuarrie would obtain the criteria.</p></td></tr>"
        "<tr><td>4.</td><td><p>FIRE SAFETY - ALARM SIGNALS</p><p>The Forum noted the update.</p></td></tr>"
        "</table></body></html>", encoding="utf-8")
    assert [(a.what, a.who) for a in read_minutes(extract_text(page)).actions] == [
        ("Arrange delivery of the leaflets to the islands", "Owen Tallis"),
        ("Obtain the criteria", "Bea Quarrie"),
    ]


def test_an_action_point_numbered_within_its_year_is_a_marker():
    text = _HEAD + ("1. Training\n\nBQ asked for refresher training on the water rota. AP 26-05: OT to arrange the "
                    "refresher training - Q2.\n")
    assert actions_of(text) == [("Arrange the refresher training", "Owen Tallis", "Q2")]


def test_an_action_point_label_before_an_owner_given_a_task_is_a_marker():
    text = _HEAD + ("1. Roads\n\n- Grit bin at the gate still empty. AP: OT to chase the roads team again.\n"
                    "- Consultation on the plan. AP: all members to read the chapter before the next meeting; BQ to "
                    "draft a response.\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Chase the roads team again", "Owen Tallis"),
        ("Read the chapter", "all members"),
        ("Draft a response: Consultation on the plan", "Bea Quarrie"),
    ]


def test_a_typed_list_of_actions_running_dots_out_to_owner_and_date_is_read_as_rows(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(_HEAD + (
        "1. Water\n\nThe standpipe leaks.\n\n"
        "ACTIONS\n"
        "  A26/01  Confirm the route for the new water main to the\n"
        "          lower plots (carried from A25/11) ........................ OT      April meeting\n"
        "  A26/02  Order the compost for the spring ......................... NP      -\n"
        "  A26/03  Write to the water company ............................... BQ      next meeting\n"), encoding="utf-8")
    assert [(a.what, a.who, a.due_text) for a in read_minutes(extract_text(path)).actions] == [
        ("Confirm the route for the new water main to the lower plots", "Owen Tallis", "April meeting"),
        ("Order the compost for the spring", "Nadia Pryce", None),
        ("Write to the water company", "Bea Quarrie", "next meeting"),
    ]


def test_a_pdf_log_gives_due_months_and_quarters_written_short_and_new_rows():
    from minutes.action_tables import spaced_row

    columns = ["number", "what", "who", "when", "other"]

    def owner_at_end(text, loose):
        head, _, last = text.rpartition(" ")
        return (head, last) if last in ("SP", "AR") else None

    def no_due(text):
        return None

    row = spaced_row("25/44 Estates strategy for primary care SP Mar-26 Amber", columns, owner_at_end, no_due)
    assert (row.number, row.what, row.who, row.when, row.status) == (
        "25/44", "Estates strategy for primary care", "SP", "Mar 2026", "Amber")
    row = spaced_row("25/46 Review of registrations AR Q4 25/26 New", columns, owner_at_end, no_due)
    assert (row.what, row.who, row.when, row.status) == ("Review of registrations", "AR", "Q4 25/26", "New")


def test_a_responsible_and_timeframe_line_under_a_listed_action_gives_its_owner_and_date():
    text = _HEAD + ("1. Water\n\nThe standpipe leaks.\n\nACTION POINTS AGREED\n\n"
                    " 1. Ask the water company for a new valve.\n"
                    "    Responsible: Owen Tallis          Timeframe: 2 weeks\n"
                    " 2. Order the compost for the spring.\n"
                    "    Responsible: Nadia Pryce          Timeframe: Before Easter\n")
    assert actions_of(text) == [
        ("Ask the water company for a new valve", "Owen Tallis", "2 weeks"),
        ("Order the compost for the spring", "Nadia Pryce", "Before Easter"),
    ]


def test_a_log_with_a_by_column_of_initials_and_closed_rows_and_a_marker_running_to_the_next_minute():
    text = ("Lark Valley Town Council\nEnvironment Committee\nMinutes of the meeting held on 11 February 2026\n\n"
            "Present: Cllr Nadia Pryce, Cllr Owen Tallis\nIn attendance: Alan Mace (AM), Amenities Manager; "
            "Tina Cole (TC), Town Clerk\n\n"
            "EA/50  Action sheet\n"
            "Min. ref\tAction\tBy\tUpdate\n"
            "EA/31\tObtain quotes for the chapel gutters\tAM\tTwo of three received. Open.\n"
            "EA/38\tWrite to the bus operator\tTC\tReply received. Closed.\n\n"
            "EA/53  Play areas\n"
            "RESOLVED to replace the platform. Action: Cllr Tallis to meet the Friends of the park about the\n"
            "play area plan before the next meeting.\n"
            "EA/54  Allotments\n"
            "(Cllr Pryce left the room.) RESOLVED to install a second standpipe.\n")
    found = [(a.what, a.who) for a in read_minutes(text).actions]
    assert ("Obtain quotes for the chapel gutters", "Alan Mace") in found
    assert not any(what.startswith("Write to the bus operator") for what, _ in found)
    assert ("Meet the Friends of the park about the play area plan", "Cllr Owen Tallis") in found
    assert not any("EA/54" in what or "Allotments" in what for what, _ in found)


def test_a_typed_tracker_cell_that_overran_its_column_and_rows_restating_the_minutes_with_item_refs(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(_HEAD + (
        "1. Water\n\nThe standpipe leaks.\nACTION: OT to ask the water company for a new standpipe valve.\n\n"
        "ACTION TRACKER (as at 12/03/2026)\n"
        "No.    Action                                   Lead    Due        Status\n"
        "-----  ---------------------------------------  ------  ---------  ------\n"
        "26/01  New standpipe valve (item 1)             OT      -          New\n"
        "26/02  Water company contract renewal (item 1) NP       ASAP       New\n"), encoding="utf-8")
    found = [(a.what, a.who, a.due_text) for a in read_minutes(extract_text(path)).actions]
    assert found == [
        ("Ask the water company for a new standpipe valve", "Owen Tallis", None),
        ("Water company contract renewal (item 1)", "Nadia Pryce", "ASAP"),
    ]


def test_a_capitals_title_with_a_bracketed_note_heads_its_minute():
    from minutes.agenda import read_heading

    heading = read_heading("P/25/123  CLERK'S ANNUAL APPRAISAL (confidential)", 122)
    assert heading is not None and "APPRAISAL" in heading.title
    assert read_heading("P/25/124  Clerk's report (confidential)", 123) is None


def test_a_lead_in_line_under_an_actions_heading_is_no_action_and_the_list_after_it_is_read():
    text = _HEAD + ("1. Water\n\nThe standpipe leaks.\n\nAction items\n\nTracked on the committee's board:\n\n"
                    "- Ask the water company for a new valve — Owen Tallis\n"
                    "- Order the compost for the spring — Nadia Pryce (next meeting)\n")
    found = [(what, who) for what, who, _ in actions_of(text)]
    assert found == [("Ask the water company for a new valve", "Owen Tallis"),
                     ("Order the compost for the spring", "Nadia Pryce")]


def test_a_closing_table_that_names_its_own_task_with_another_verb_keeps_its_words():
    text = _HEAD + (
        "1. Footway\n\nThe footway is to be reported to the county with photographs. Owen offered to take the "
        "photographs this week.\n\n"
        "Ref\tAction\tOwner\n"
        "LV/26/29\tPhotograph the footway by the school\tOwen Tallis\n")
    assert "Photograph the footway by the school" in [a.what for a in read_minutes(text).actions]


def test_a_follow_up_entry_closing_on_an_owner_written_out_in_full_is_an_action():
    text = _HEAD + ("1. Water\n\nThe standpipe leaks.\n\nFollow-up\n\n"
                    "- Standpipe, plot 14: ask the water company for a new valve – Director of Services\n"
                    "- Compost for the spring – Nadia Pryce\n")
    found = [(what, who) for what, who, _ in actions_of(text)]
    assert ("Standpipe, plot 14: ask the water company for a new valve", "Director of Services") in found


def test_a_numbered_action_noted_as_carried_is_read_and_carried():
    from minutes.body import _CARRIED_MARKER

    text = _HEAD + "1. Training\n\nACTION 4/25 (carried) — OT: arrange the training session. By: end of January\n"
    found = [(a.what, a.who, a.carried) for a in read_minutes(text).actions]
    assert ("Arrange the training session", "Owen Tallis", True) in found
    # (a note naming only who for a review's entry, no task after an owner and a colon, is left as written)
    assert _CARRIED_MARKER.search("ACTION 42 (carried): Police and Business Manager - end of January.") is None
