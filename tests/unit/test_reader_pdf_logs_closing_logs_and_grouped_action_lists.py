"""PDF logs, closing logs and grouped lists of actions: PDF logs rebuilt under their header, date, state and
update columns, a closing log restating a body action once, lists of actions grouped under topics or people, HTML
cells spanning rows or columns, and actions struck through. Each is tried on a few invented lines."""

from __future__ import annotations

from minutes import read_minutes


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read_minutes(text).actions]


_HEAD = ("Lark Valley Allotments Committee\nNotes of the meeting held on 12 March 2026\n\n"
         "Present:\nNadia Pryce (NP) - Chair\nOwen Tallis (OT) - Treasurer\nBea Quarrie (BQ) - Secretary\n\n")


# --- PDF tables --------------------------------------------------------------------------------

def test_a_pdf_log_titled_on_the_line_above_its_header_is_rebuilt_under_the_header():
    from minutes.pdf_tables import with_tables

    plain = "Action log\n# Action Who Due\n7 Order the compost NP May\n8 Mend the gate OT June\nNext meeting: 9 April"
    layout = ("Action log\n"
              "#     Action                 Who     Due\n"
              "7     Order the compost      NP      May\n"
              "8     Mend the gate          OT      June\n\n\n\n\n"
              "Next meeting: 9 April")
    assert with_tables(plain, lambda: layout).split("\n") == [
        "Action log", "#\tAction\tWho\tDue", "7\tOrder the compost\tNP\tMay", "8\tMend the gate\tOT\tJune",
        "Next meeting: 9 April"]


def test_a_pdf_cell_of_initials_pulled_against_the_next_cell_is_parted_at_the_capital():
    from minutes.pdf_tables import _placed

    starts = [0, 6, 30, 42, 58]
    line = "9     Re-score the risk      AB / CDNext meetingNew"
    assert _placed(line, starts) == ["9", "Re-score the risk", "AB / CD", "Next meeting", "New"]


def test_a_log_with_a_date_column_and_a_due_column_reads_the_date_as_when_the_row_was_raised():
    from minutes.action_tables import RAISED, table_columns

    assert table_columns("#\tDate\tAction\tWho\tDue\tStatus") == ["number", RAISED, "what", "who", "when", "other"]
    text = _HEAD + ("Action log\n\n#\tDate\tAction\tWho\tDue\tStatus\n"
                    "12\t17/02/26\tOrder the compost\tNP\t31/03/26\tOpen\n")
    assert actions_of(text) == [("Order the compost", "Nadia Pryce", "31/03/26")]


def test_a_pdf_table_whose_cells_are_centred_on_the_row_gives_each_wrapped_line_to_its_row():
    from minutes.pdf_tables import _rows

    # Three rows set with centred cells: 4 lines (anchor on the 2nd), 2 lines (on the 1st), 4 lines.
    body = [["", "Submit the"], ["1", "year-end data"], ["", "to the board"], ["", "treasurer"],
            ["2", "Sign the return"], ["", "of grants"],
            ["", "Ask the partners"], ["3", "to cover two"], ["", "April"], ["", "Saturdays"]]
    assert _rows(body, ["number", "what"]) == [
        ["1", "Submit the year-end data to the board treasurer"], ["2", "Sign the return of grants"],
        ["3", "Ask the partners to cover two April Saturdays"]]
    # Cells set at the top of each row cannot be shared out evenly: read by nearness, as before.
    top = [["1", "Order the"], ["", "compost"], ["", "for spring"], ["", "planting"], ["2", "Mend the gate"]]
    assert _rows(top, ["number", "what"]) == [["1", "Order the compost for spring"], ["2", "planting Mend the gate"]]


# --- column roles from header words ------------------------------------------------------------

def test_a_task_list_names_each_task_by_its_title_beside_who_and_when():
    from minutes.action_tables import table_columns

    assert table_columns("Title\tAssigned to\tDue date\tStatus") == ["what", "who", "when", "other"]
    text = _HEAD + ("Task list\n\nTitle\tAssigned to\tDue date\tStatus\n"
                    "Order the compost for spring\tNP\t31 Mar 2026\tNot started\n"
                    "Mend the gate by plot 4\tOT\t30 Apr 2026\tCompleted\n")
    assert actions_of(text) == [("Order the compost for spring", "Nadia Pryce", "31 Mar 2026")]
    # A roll's "Title" (a person's post) beside no owner or date column is no task.
    assert table_columns("Name\tTitle\tOrganisation") is None


def test_an_issue_column_beside_a_description_is_the_tracker_reference_not_a_second_task():
    from minutes.action_tables import table_columns

    assert table_columns("#\tDescription\tAssignee\tIssue") == ["number", "what", "who", "other"]
    text = _HEAD + ("Action items\n\n#\tDescription\tAssignee\tIssue\n"
                    "1\tOrder the compost for spring\tNP\t#219\n2\tMend the gate by plot 4\tOT\t—\n")
    assert actions_of(text) == [("Order the compost for spring", "Nadia Pryce", None),
                                ("Mend the gate by plot 4", "Owen Tallis", None)]
    # "Issue" alone beside who and when is still the task.
    assert table_columns("Issue\tOwner\tDue")[0] == "what"


# --- marked lines ------------------------------------------------------------------------------

def test_an_action_line_naming_its_owner_before_the_colon_behind_an_arrow_is_an_action():
    text = _HEAD + ("1. Water supply\n\nThe standpipe by plot 14 leaks again.\n\n"
                    "  -> ACTION Owen: new valve for the standpipe by plot 14, before the season opens\n"
                    "  -> ACTION Nadia + Bea: plan the two open days (dates, stalls)\n"
                    "Action Bea: send the rota to members\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("New valve for the standpipe by plot 14, before the season opens", "Owen Tallis"),
        ("Plan the two open days (dates, stalls)", "Nadia Pryce, Bea Quarrie"),
        ("Send the rota to members", "Bea Quarrie")]


# --- PDFs converted to HTML ------------------------------------------------------------------

def test_a_pdf_converted_to_html_sets_a_table_as_boxes_side_by_side_read_as_rows():
    from minutes.html_doc import read_html

    page = (
        "<html><body><div class='pf'>"
        "<div style='left:72px;top:40px'>Lark Valley Allotments Committee</div>"
        "<div style='left:72px;top:60px'>Notes of the meeting held on 12 March 2026</div>"
        "<div style='left:72px;top:90px'>Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)</div>"
        "<div style='left:72px;top:300px'>Action log</div>"
        "<div style='left:72px;top:322px'>No.</div><div style='left:130px;top:322px'>Action</div>"
        "<div style='left:560px;top:322px'>Lead</div><div style='left:640px;top:322px'>Due</div>"
        "<div style='left:72px;top:342px'>26/01</div><div style='left:130px;top:342px'>Order the compost</div>"
        "<div style='left:560px;top:342px'>NP</div><div style='left:640px;top:342px'>31/03/26</div>"
        "<div style='left:72px;top:360px'>26/02</div><div style='left:130px;top:360px'>Mend the gate</div>"
        "<div style='left:640px;top:360px'>30/04/26</div><div style='left:560px;top:360px'>OT</div>"
        "<div style='left:400px;top:1220px'>Page 1 of 1</div>"
        "</div></body></html>")
    found = read_minutes(read_html(page).text()).actions
    assert [(a.what, a.who, a.due_text) for a in found] == [
        ("Order the compost", "Nadia Pryce", "31/03/26"), ("Mend the gate", "Owen Tallis", "30/04/26")]


def test_a_closing_square_bracket_naming_who_after_a_sentence_that_sets_work_gives_its_owner():
    text = _HEAD + ("Min. 7 Highways\n\n"
                    "7.1 Potholes on the lane reported again. OT offered to photograph and log them. [OT]\n"
                    "7.2 The hedge obscures the junction. NP to speak to the landowner. [NP — before next meeting]\n"
                    "7.3 The committee agreed to ask the County to grit the school lane. [Clerk]\n"
                    "7.4 The bus shelter was repainted in January. [Photo]\n\nMin. 8 Finance\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Photograph and log them", "Owen Tallis"), ("Speak to the landowner", "Nadia Pryce"),
        ("Ask the County to grit the school lane", "Clerk")]


def test_each_line_of_a_paragraph_closing_on_an_emphasised_owner_is_marked_with_its_owner():
    from minutes.markdown_doc import read_markdown

    md = ("# Lark Valley Allotments Committee\n\nNotes of the meeting held on 12 March 2026\n\n"
          "Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)\n\n## 7. Site\n\n"
          "7.1 OT offered to photograph the potholes and log them. *Owen Tallis*\n"
          "7.2 The committee agreed to ask the County to grit the school lane. **Bea Quarrie**\n")
    lines = read_markdown(md).text().split("\n")
    assert "7.1 OT offered to photograph the potholes and log them. Action: Owen Tallis" in lines
    assert "7.2 The committee agreed to ask the County to grit the school lane. Action: Bea Quarrie" in lines


# --- lists under an actions heading ------------------------------------------------------------

def test_an_office_given_a_task_after_a_dash_in_an_actions_list_is_an_action_not_a_roll_line():
    from minutes.attendance_headings import attendance_label

    assert attendance_label("- Clerk - confirm the grass-cutting contract with the contractor") is None
    assert attendance_label("Clerk - Mrs Bea Quarrie") is not None  # a roll's officer line stays one
    text = _HEAD + ("Actions arising\n\n- Clerk - confirm the grass-cutting contract with the contractor\n"
                    "- Chair - write to the county about the footpath\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Confirm the grass-cutting contract with the contractor", "Clerk"),
        ("Write to the county about the footpath", "Chair")]


# --- a closing table restating the body ----------------------------------------------------------

def test_a_closing_table_naming_the_owner_more_fully_restates_the_body_action_once():
    text = ("Rural Advisory Council\nMinutes of the meeting held on 12 March 2026\n\n"
            "Present:\nAnn Cole (Chair)\nBen Dyer (Secretariat)\n\n"
            "2. Transport pilots\n\nAction: DfT to share the evaluation framework for the transport pilots by end February.\n\n"
            "Action points\n\nAction\tOwner\tDeadline\n"
            "Share the evaluation framework for the transport pilots\tDfT officials\tEnd February 2026\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Share the evaluation framework for the transport pilots", "DfT officials")]
    # Owners with no word in common stay two actions.
    other = text.replace("DfT officials", "Ann Cole")
    assert len(actions_of(other)) == 2


def _markdown_actions(md: str) -> list[tuple[str, str | None]]:
    from minutes.markdown_doc import read_markdown

    head = ("# Lark Valley Allotments Committee\n\nNotes of the meeting held on 12 March 2026\n\n"
            "Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)\n\n## 1. Site\n\nThe gate is broken again.\n\n")
    return [(action.what, action.who) for action in read_minutes(read_markdown(head + md).text()).actions]


def test_a_list_of_actions_grouped_under_topics_reads_the_topics_as_headings_not_actions():
    md = ("## Action items\n\n- Compost\n  - NP to order the compost by 31 March\n"
          "- Gate\n  - OT to mend the gate\n")
    assert _markdown_actions(md) == [("Order the compost", "Nadia Pryce"), ("Mend the gate", "Owen Tallis")]
    # A task with its owner set in under it stays the task.
    md = "## Action items\n\n- Order the compost for the spring\n  - NP, by 31 March\n- Mend the gate\n  - OT\n"
    assert [what for what, _ in _markdown_actions(md)][:1] == ["Order the compost for the spring"]


def test_headings_naming_a_person_under_an_actions_heading_give_the_tasks_listed_under_them_their_owner():
    md = ("## Actions\n\n### Nadia Pryce\n\n- Order the compost by 31 March\n- Book the hall for the AGM\n\n"
          "### Owen Tallis\n\n- Mend the gate\n")
    assert _markdown_actions(md) == [("Order the compost", "Nadia Pryce"), ("Book the hall for the AGM", "Nadia Pryce"),
                                     ("Mend the gate", "Owen Tallis")]


def test_an_entry_labelled_action_under_an_actions_heading_loses_its_label():
    text = _HEAD + ("Actions\n\nAction: NP to order the compost by 31 March.\nAction: OT to mend the gate.\n")
    assert actions_of(text) == [("Order the compost", "Nadia Pryce", "31 March"), ("Mend the gate", "Owen Tallis", None)]
    text = _HEAD + "Actions\n\n- ACTION: Order the compost. Owner: NP.\n1. Action - Mend the gate (OT)\n"
    assert [(what, who) for what, who, _ in actions_of(text)] == [
        ("Order the compost", "Nadia Pryce"), ("Mend the gate", "Owen Tallis")]


def test_labelled_fields_set_apart_by_bars_in_any_order_are_one_action():
    text = _HEAD + ("Actions\n\n- Owner: NP | Action: Order the compost | Due: 31 March\n"
                    "- Owner: OT | Action: Mend the gate | Due: April\n")
    assert actions_of(text) == [("Order the compost", "Nadia Pryce", "31 March"), ("Mend the gate", "Owen Tallis", "April")]
    text = _HEAD + "2. Gate\n\nThe gate is broken.\nTask: Mend the gate | Lead: Owen | Deadline: April\n"
    assert actions_of(text) == [("Mend the gate", "Owen Tallis", "April")]
    # Bars between fields that give no task are left as they are.
    from minutes.task_fields import piped_fields as _piped_fields

    assert _piped_fields("Chair: Nadia Pryce | Clerk: Bea Quarrie") == "Chair: Nadia Pryce | Clerk: Bea Quarrie"


def test_a_list_of_actions_opening_each_entry_with_the_owner_initials_then_the_task():
    text = _HEAD + "Actions\n\n- NP Order the compost by 31 March\n- OT Mend the gate\n- BQ Reported on the hall\n"
    assert actions_of(text)[:2] == [("Order the compost", "Nadia Pryce", "31 March"), ("Mend the gate", "Owen Tallis", None)]
    assert all(who != "Bea Quarrie" for _, who, _ in actions_of(text))


def test_a_closing_list_of_actions_set_as_two_columns_owner_and_task_with_no_heading_row():
    text = _HEAD + "Actions\n\nNP\tOrder the compost by 31 March\nOT\tMend the gate\n"
    assert actions_of(text) == [("Order the compost", "Nadia Pryce", "31 March"), ("Mend the gate", "Owen Tallis", None)]
    from minutes.action_tables import headerless_rows

    # Two columns of which neither names owners throughout are no list of actions.
    assert headerless_rows(["Venue\tVillage hall", "Time\t7pm"], 0, lambda cell: False) == ([], 0)


def test_a_log_numbered_by_action_point_has_its_ap_column_read_as_the_number():
    from minutes.action_tables import spaced_columns, table_columns

    assert table_columns("AP\tAction\tOwner\tDue") == ["number", "what", "who", "when"]
    assert spaced_columns("AP Action Owner Due") == ["number", "what", "who", "when"]
    text = _HEAD + "Action points summary\n\nAP\tAction\tOwner\tDue\n26-02\tPlace the recruitment advert\tOT\t06/03/2026\n"
    assert actions_of(text) == [("Place the recruitment advert", "Owen Tallis", "06/03/2026")]


def test_a_state_column_is_a_status_and_a_row_whose_state_is_done_is_no_new_action():
    from minutes.action_tables import table_columns

    assert table_columns("#\tItem\tWho\tOpened\tState") == ["number", "what", "who", "raised", "other"]
    text = _HEAD + ("Review of open action items\n\n#\tItem\tWho\tOpened\tState\n"
                    "41\tOrder the compost\tNP\t2026-01-14\topen\n42\tMend the gate\tOT\t2026-01-14\t✅ done\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [("Order the compost", "Nadia Pryce")]


def test_a_row_whose_update_says_it_was_delivered_and_whose_rating_is_green_is_finished():
    from minutes.action_tables import Row

    def row(status: str) -> Row:
        return Row(what="Circulate the brief", who="FM", when=None, item=None, status=status)

    assert row("Sent 6 October | G").finished
    assert not row("Sent for comment | A").finished  # (sent, but not yet done)
    assert not row("Scoping meeting booked | G").finished  # (on track, not delivered)


def test_an_update_column_headed_with_its_date_is_a_status_column():
    from minutes.action_tables import table_columns

    assert table_columns("Ref\tDate raised\tAction\tLead\tDue\tUpdate 22/01/26\tStatus") == [
        "number", "raised", "what", "who", "when", "other", "other"]
    assert table_columns("Ref\tAction\tLead\tDue\tStatus at 12 March") == ["number", "what", "who", "when", "other"]
    text = _HEAD + ("Action log\n\nRef\tAction\tLead\tDue\tUpdate 12/03/26\n"
                    "7\tOrder the compost\tNP\t31/03/26\tOpen\n8\tMend the gate\tOT\t30/04/26\tComplete\n")
    assert actions_of(text) == [("Order the compost", "Nadia Pryce", "31/03/26")]


def test_a_closing_log_row_and_the_body_sentence_with_one_owner_verb_and_date_are_one_action():
    text = _HEAD + ("6. Guidance\n\nNP to circulate the final version once the comments are in, within 2 weeks.\n\n"
                    "Action log\n\nRef\tAction\tLead\tDue\n26-04\tCirculate final pharmacy referral guidance\tNP\t26/03/26\n")
    assert len(actions_of(text)) == 1


def test_a_closing_log_naming_the_task_by_its_thing_restates_the_body_action_once():
    text = _HEAD + ("5. Survey\n\nNP to bring a summary of the community survey results to the March meeting.\n\n"
                    "Action log\n\nRef\tAction\tLead\n26-05\tSummary of survey results for members\tNP\n")
    assert len(actions_of(text)) == 1
    # Another thing of the same owner's stays its own action.
    other = text.replace("Summary of survey results for members", "Allotment rent increase letter")
    assert len(actions_of(other)) == 2


def test_a_listed_speaker_remark_after_a_name_and_colon_is_no_task_but_an_instruction_is():
    from minutes.markdown_doc import read_markdown

    md = ("# Lark Valley Allotments Committee\n\nNotes of the meeting held on 12 March 2026\n\n"
          "Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)\n\n## 1. Site\n\n"
          "- NP: two blockers left on the water supply.\n- BQ: concern that the rota is hard to follow.\n"
          "- OT: download figures show under 1% use the shed.\n- NP: order the compost by 31 March\n")
    found = [(a.what, a.who) for a in read_minutes(read_markdown(md).text()).actions]
    assert found == [("Order the compost", "Nadia Pryce")]


def test_a_labelled_owner_in_brackets_followed_by_a_comma_and_when_in_an_actions_list():
    text = _HEAD + ("Summary of actions\n\n1. Letter to the county on the footpath (Owner: NP, end of April 2026)\n"
                    "2. Quotes for the new gate (Owner: OT, next meeting)\n")
    assert actions_of(text) == [("Letter to the county on the footpath", "Nadia Pryce", "end of April 2026"),
                                ("Quotes for the new gate", "Owen Tallis", "next meeting")]


def test_an_html_table_cell_spanning_rows_gives_its_text_to_each_row_and_one_spanning_columns_keeps_them_in_line():
    from minutes.html_doc import read_html

    page = ("<html><body><h1>Lark Valley Allotments Committee</h1><p>Notes of the meeting held on 12 March 2026</p>"
            "<p>Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)</p><h2>Actions</h2>"
            "<table><tr><th>Owner</th><th>Action</th><th>Due</th></tr>"
            "<tr><td rowspan='2'>NP</td><td>Order the compost</td><td>31 March</td></tr>"
            "<tr><td>Book the hall</td><td>May</td></tr>"
            "<tr><td>OT</td><td colspan='2'>Mend the gate</td></tr></table></body></html>")
    lines = read_html(page).text().split("\n")
    assert "NP\tBook the hall\tMay" in lines and "OT\tMend the gate\t" in lines
    assert [(a.what, a.who, a.due_text) for a in read_minutes("\n".join(lines)).actions] == [
        ("Order the compost", "Nadia Pryce", "31 March"), ("Book the hall", "Nadia Pryce", "May"),
        ("Mend the gate", "Owen Tallis", None)]


def test_a_listed_action_struck_through_with_a_note_after_it_is_done():
    from minutes.markdown_doc import read_markdown

    md = ("# Lark Valley Allotments Committee\n\nNotes of the meeting held on 12 March 2026\n\n"
          "Present: Nadia Pryce (NP), Owen Tallis (OT), Bea Quarrie (BQ)\n\n## Outstanding actions\n\n"
          "- ~~**Nadia** to order the compost~~ (ordered 2 March)\n- **Owen** to mend the gate — in progress\n")
    lines = read_markdown(md).text().split("\n")
    assert "- [x] Nadia to order the compost (ordered 2 March)" in lines
    assert [a.what for a in read_minutes("\n".join(lines)).actions] == ["Mend the gate"]


def test_an_html_list_entry_whose_task_is_struck_through_with_a_note_after_it_is_done():
    from minutes.html_doc import read_html

    page = ("<html><body><ul><li><del>Nadia to order the compost</del> (ordered 2 March)</li>"
            "<li>Owen to mend the gate</li><li><s>Bea Quarrie</s></li></ul></body></html>")
    lines = read_html(page).text().split("\n")
    assert lines[:3] == ["- [x] Nadia to order the compost (ordered 2 March)", "- Owen to mend the gate", "- Bea Quarrie"]


def test_a_pdf_log_with_a_brag_column_and_an_officer_or_councillor_column_is_rebuilt():
    from minutes.pdf_tables import table_header

    assert table_header("No. Action Lead Due BRAG Update") == ["number", "what", "who", "when", "other", "other"]
    assert table_header("Min ref Action Officer/Cllr Target Status") == ["item", "what", "who", "when", "other"]


def test_a_pdf_cell_wrapped_wider_than_its_heading_gap_stays_in_its_column_and_a_row_opens_on_its_verb():
    from minutes.pdf_tables import _placed, _rows

    starts = [0, 19, 38, 57]
    assert _placed("                   Riverside Park toilets -", starts) == ["", "Riverside Park toilets -", "", ""]
    assert _placed("Riverside Park toilets are closed and the council will report", starts) is None  # running text
    body = [["", "Toilets -"], ["1", "options report on"], ["", "reopening"], ["", "Update the Council's"],
            ["2", "Emergency Plan"], ["", "contacts"]]
    assert _rows(body, ["number", "what"]) == [["1", "Toilets - options report on reopening"],
                                               ["2", "Update the Council's Emergency Plan contacts"]]


def test_a_log_of_matters_or_follow_ups_beside_who_reads_the_matter_as_the_task():
    from minutes.action_tables import table_columns

    assert table_columns("Ref\tMatter\tLead\tStatus\tComment") == ["number", "what", "who", "other", "other"]
    assert table_columns("Follow-up\tWho\tWhere it stands") == ["what", "who", "other"]
    text = _HEAD + ("Outstanding matters\n\nRef\tMatter\tLead\tStatus\n"
                    "4\tChase the water company about the standpipe\tOT\tOpen\n5\tRepaint the shed\tNP\tComplete\n")
    assert [(what, who) for what, who, _ in actions_of(text)] == [("Chase the water company about the standpipe", "Owen Tallis")]


def test_numbered_action_labels_and_owner_colon_lines_under_an_actions_heading_are_one_entry_each():
    for listed in ("Action 1: NP to order the compost by 31 March\nAction 2: OT to mend the gate",
                   "NP: Order the compost by 31 March\nOT: Mend the gate"):
        assert actions_of(_HEAD + "Actions\n\n" + listed + "\n") == [
            ("Order the compost", "Nadia Pryce", "31 March"), ("Mend the gate", "Owen Tallis", None)]
