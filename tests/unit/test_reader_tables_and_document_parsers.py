"""Tables and the document parsers: general layouts of minutes, each from a few invented lines."""

from __future__ import annotations

from pathlib import Path

from minutes import extract_document, extract_text, read_minutes
from minutes.action_tables import read_table, table_columns
from minutes.document import ITEM, PARAGRAPH, Block, Document


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def actions_of(path: Path) -> list[tuple[str, str | None]]:
    return [(action.what, action.who) for action in read_minutes(extract_text(path)).actions]


# --- action logs --------------------------------------------------------------------------

def test_a_log_with_an_update_and_a_rag_column_reads_both_as_its_status():
    lines = ["Ref\tAction\tLead\tDue\tUpdate\tRAG",
             "7\tMend the gate\tAB\t01/05/26\tQuote received\tAmber",
             "8\tPaint the hall\tCD\t01/06/26\tPainted in March\tBlue",
             "9\tOrder new chairs\tEF\t01/07/26\tComplete\tGreen"]
    columns = table_columns(lines[0])
    assert columns is not None
    rows, end = read_table(lines, 0, columns)
    assert end == 4 and [row.what for row in rows] == ["Mend the gate", "Paint the hall", "Order new chairs"]
    # A BRAG "Blue" in one column or "Complete" in another closes the row; "Amber" does not.
    assert [row.finished for row in rows] == [False, True, True]


def test_a_log_may_not_name_the_same_owner_column_twice():
    assert table_columns("Action\tLead\tOwner\tDue") is None


# --- checklists ---------------------------------------------------------------------------

def test_paragraphs_opening_with_box_glyphs_are_checklist_entries_and_ticked_ones_are_done():
    document = Document()
    document.add(Block(PARAGRAPH, "☐ Ann Cole – book the hall for the fair – 6 Feb"))
    document.add(Block(PARAGRAPH, "☑ Raj Khanna – order the bunting"))
    document.add(Block(PARAGRAPH, "A line with ☐ inside it stays a paragraph."))
    assert [(b.kind, b.text) for b in document.blocks] == [
        (ITEM, "[ ] Ann Cole – book the hall for the fair – 6 Feb"), (ITEM, "[x] Raj Khanna – order the bunting"),
        (PARAGRAPH, "A line with ☐ inside it stays a paragraph.")]


def test_a_checklist_of_box_paragraphs_in_a_web_page_gives_one_action_each(tmp_path):
    page = write(tmp_path, "notes.html", "<h1>Fair committee</h1><p>Held on 3 March 2026</p>"
                 "<p>Attendees: Ann Cole, Raj Khanna</p><h2>Action items</h2>"
                 "<p>&#9744; Ann Cole &ndash; book the hall for the fair &ndash; 6 Feb</p>"
                 "<p>&#9744; Raj Khanna &ndash; write to the stallholders</p>"
                 "<p>&#9745; Ann Cole &ndash; order the bunting</p>")
    assert actions_of(page) == [("Book the hall for the fair", "Ann Cole"),
                                ("Write to the stallholders", "Raj Khanna")]


def test_task_lists_in_html_mark_their_boxes_by_input_or_by_class(tmp_path):
    page = write(tmp_path, "tasks.html",
                 "<ul class='inline-task-list'><li data-inline-task-id='1'>Ann Cole book the hall</li>"
                 "<li class='checked' data-inline-task-id='2'>Raj Khanna order the bunting</li></ul>"
                 "<ul><li><input type='checkbox' checked> Paint the sign</li>"
                 "<li><input type='checkbox'> Sweep the yard</li></ul>")
    items = [" ".join(b.text.split()) for b in extract_document(page).blocks if b.kind == ITEM]
    assert items == ["[ ] Ann Cole book the hall", "[x] Raj Khanna order the bunting", "[x] Paint the sign",
                     "[ ] Sweep the yard"]


# --- tables that are no action log ---------------------------------------------------------

def test_rows_of_a_discussion_table_do_not_run_on_into_each_other(tmp_path):
    page = write(tmp_path, "notes.html", "<h1>Panel</h1><p>Held on 3 March 2026</p>"
                 "<p>Attendees: Ann Cole, Raj Khanna</p>"
                 "<table><tr><th>Time</th><th>Item</th><th>Notes</th></tr>"
                 "<tr><td>18:00</td><td>Hall</td><td>The hall roof leaks. Ann Cole to get a quote for the roof.</td></tr>"
                 "<tr><td>18:30</td><td>Fair</td><td>Stalls are booked.</td></tr></table>")
    assert actions_of(page) == [("Get a quote for the roof", "Ann Cole")]


# --- markdown written for pandoc ------------------------------------------------------------

GRID = """+------+----------------------+---------+------------+
| No.  | Action               | Action  | Due        |
|      |                      | owner   |            |
+======+======================+=========+============+
| 3    | Book the hall for    | AC      | 06/02/26   |
|      | the spring fair      |         |            |
+------+----------------------+---------+------------+
| 4    | **Write** to the     | RK      | 20/02/26   |
|      | stallholders         |         |            |
+------+----------------------+---------+------------+
"""


def test_a_pandoc_grid_table_is_a_table_with_its_wrapped_cells_flowed(tmp_path):
    path = write(tmp_path, "m.md", f"# Fair committee\n\nSome words.\n\n{GRID}\nAfter the table.\n")
    document = extract_document(path)
    [table] = [b for b in document.blocks if b.kind == "table"]
    assert table.header_rows == 1
    assert table.rows == (("No.", "Action", "Action owner", "Due"),
                          ("3", "Book the hall for the spring fair", "AC", "06/02/26"),
                          ("4", "Write to the stallholders", "RK", "20/02/26"))
    assert document.blocks[-1].text == "After the table."


def test_a_grid_tables_cell_keeps_its_own_list_entries_apart(tmp_path):
    grid = ("+----------------------+-------+\n| Action               | Owner |\n+======================+=======+\n"
            "| - Book the hall      | AC    |\n| - Order the bunting  |       |\n+----------------------+-------+\n")
    [table] = [b for b in extract_document(write(tmp_path, "m.md", grid)).blocks if b.kind == "table"]
    assert table.rows[1] == ("Book the hall; Order the bunting", "AC")


def test_a_broken_grid_is_left_as_text(tmp_path):
    text = "+------+------+\n| one  | two  |\nno closing border\n"
    assert not [b for b in extract_document(write(tmp_path, "m.md", text)).blocks if b.kind == "table"]


def test_pandoc_superscripts_heading_attributes_and_dashes_read_as_pandoc_renders_them(tmp_path):
    path = write(tmp_path, "m.md", "# 2. Budget {#budget .unnumbered}\n\nHeld on Thursday 5^th^ March 2026, "
                                   "2.00pm -- 3.30pm --- in the hall. Run `make --quiet` first.\n")
    lines = extract_text(path).split("\n")
    assert lines[0] == "2. Budget"
    assert "Held on Thursday 5th March 2026, 2.00pm – 3.30pm — in the hall. Run make --quiet first." in lines
    minutes = read_minutes("\n".join(lines))
    assert str(minutes.date) == "2026-03-05"


# --- "Item | Discussion | Action by" -------------------------------------------------------

NARRATIVE = """Fair committee
Minutes of the meeting held on 3 March 2026
Present: Ann Cole (Chair), Raj Khanna (Treasurer), Mo Patel

Item\tDiscussion and decisions\tAction by
1. Accounts\tRaj Khanna presented the accounts. The committee agreed to buy a new urn.; Raj Khanna to order the urn by 31 March 2026.\tRaj Khanna
2. Hall\tAnn Cole reported the roof leaks.; Ann Cole to get two quotes for the roof; Mo Patel to book the hall for May.\tAnn Cole; Mo Patel
3. Stalls\tThe committee noted the stall list. Bookings are up on last year.\tAnn Cole
"""


def test_each_sentence_of_minute_text_that_sets_a_task_is_an_action_owned_by_the_action_by_cell():
    actions = read_minutes(NARRATIVE).actions
    assert [(a.what, a.who, str(a.due) if a.due else None, a.item) for a in actions] == [
        ("Order the urn", "Raj Khanna", "2026-03-31", "1"),
        ("Get two quotes for the roof", "Ann Cole", None, "2"),
        ("Book the hall for May", "Mo Patel", None, "2"),
    ]


def test_without_an_owned_sentence_the_action_by_cell_owns_the_last_one_and_a_title_cell_sets_nothing():
    text = NARRATIVE.replace(
        "3. Stalls\tThe committee noted the stall list. Bookings are up on last year.\tAnn Cole",
        "3. Stalls\tStall plan - round 2; AC presented the list. The committee asked for a map of the stalls"
        " for the May meeting.\tAC")
    actions = [(a.what, a.who, a.item) for a in read_minutes(text).actions]
    assert actions[-1] == ("Provide a map of the stalls", "Ann Cole", "3")
    assert len(actions) == 4


def test_a_web_heading_broken_by_a_line_break_is_two_lines(tmp_path):
    page = write(tmp_path, "p.html", "<h2>Westfold Care Board<br>Quality Committee</h2><p>Held on 3 March 2026</p>")
    assert extract_text(page).split("\n")[:2] == ["Westfold Care Board", "Quality Committee"]


# --- PDF tables ---------------------------------------------------------------------------

def test_a_pdf_attendance_table_is_rebuilt_from_the_layout_with_wrapped_cells_joined():
    from minutes.pdf_tables import with_tables

    plain = ("Attendance\nName Organisation Initials\nAnn Cole Hilltop Parish Council AC\nRaj Khanna Valley Trust (for\n"
             "Mo Patel)\nRK\nApologies: none")
    layout = ("Attendance\n"
              "Name              Organisation               Initials\n"
              "Ann Cole          Hilltop Parish Council     AC\n"
              "Raj Khanna        Valley Trust (for          RK\n"
              "                  Mo Patel)\n"
              "\n"
              "Apologies: none")
    assert with_tables(plain, lambda: layout).split("\n") == [
        "Attendance", "Name\tOrganisation\tInitials", "Ann Cole\tHilltop Parish Council\tAC",
        "Raj Khanna\tValley Trust (for Mo Patel)\tRK", "Apologies: none"]


def test_a_pdf_cell_whose_words_run_into_the_next_column_is_cut_where_that_column_starts():
    from minutes.pdf_tables import with_tables

    plain = "No. Action Owner Deadline\n4 Paint a second fencePK, ED 1 May\nNext meeting: 3 June"
    layout = ("No.     Action            Owner        Deadline\n"
              "4       Paint a second fencePK, ED     1 May\n"
              "\n"
              "Next meeting: 3 June")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[1] == "4\tPaint a second fence\tPK, ED\t1 May"


def test_running_text_under_a_table_header_is_not_cut_into_cells():
    from minutes.pdf_tables import with_tables

    plain = "No. Action Owner Deadline\nThe board discussed the wetland credit scheme at length today.\nEnd"
    layout = ("No.   Action      Owner     Deadline\n"
              "The board discussed the wetland credit scheme at length today.\n"
              "End")
    assert with_tables(plain, lambda: layout) == plain


# --- web page exports ---------------------------------------------------------------------

def test_bold_or_italic_set_by_a_class_or_a_style_counts_as_emphasis(tmp_path):
    page = write(tmp_path, "p.html",
                 "<html><head><style>.c1{color:#000}.c3,.c4{font-style:italic}</style></head><body>"
                 "<p><span class='c1'>Held on 3 March 2026</span></p>"
                 "<p><span class='c1'>Present: Ann Cole, Raj Khanna</span></p><h3>1. Budget</h3>"
                 "<p><span class='c1'>The budget paper to be redrafted for the next meeting. </span>"
                 "<span class='c1 c4'>Raj Khanna</span></p>"
                 "<p>Stalls to be counted before May. <span style='font-weight:700'>Ann Cole</span></p></body></html>")
    actions = [(a.what, a.who) for a in read_minutes(extract_text(page)).actions]
    assert actions == [("Redraft the budget paper", "Raj Khanna"), ("Count stalls", "Ann Cole")]


def test_a_pages_navigation_and_breadcrumbs_are_not_read(tmp_path):
    page = write(tmp_path, "p.html", "<nav><ol><li>Home</li><li>Committees</li></ol></nav>"
                 "<div id='breadcrumb-section'><ol><li>Space</li><li>Meeting notes</li></ol></div>"
                 "<ul role='navigation'><li>Contact us</li></ul><div class='toc-macro'><ul><li>1. Hall</li></ul></div>"
                 "<h1>Fair committee</h1><p>Held on 3 March 2026</p>")
    assert extract_text(page).split("\n")[0] == "Fair committee"


def test_a_layout_tables_column_headings_are_not_read_and_a_numbered_title_cell_heads_its_item(tmp_path):
    page = write(tmp_path, "p.html", "<h1>Roadmap group</h1><p>Held on 3 June 2024</p>"
                 "<p>Attendees: Ann Cole, Raj Khanna</p>"
                 "<table><thead><tr><th>Discussion point</th><th>Notes</th><th>Actions: Responsible</th></tr></thead>"
                 "<tr><td>4. Glossary</td><td><p>Agreed to start.</p><ul><li>Terms</li></ul></td>"
                 "<td><ol><li>Ann Cole to draft the glossary</li></ol></td></tr></table>")
    minutes = read_minutes(extract_text(page))
    assert [(a.what, a.who, a.item) for a in minutes.actions] == [("Draft the glossary", "Ann Cole", "4")]
    assert [(item.number, item.title) for item in minutes.agenda_items] == [("4", "Glossary")]


def test_an_actions_column_beside_notes_may_hold_the_tasks_themselves(tmp_path):
    path = write(tmp_path, "m.md", "# Working group 8 July 2024\n\nAttendees: Ann Cole, Raj Khanna\n\n"
                 "| Topic | Notes | Actions |\n|---|---|---|\n"
                 "| CI | Runners are flaky. | Raj to move CI off the old runners |\n"
                 "| Release | Agreed to ship 2.0 next week. | |\n"
                 "| Docs | Site is stale. | Ann Cole to refresh the landing page by 1 August 2024 |\n")
    actions = read_minutes(extract_text(path)).actions
    assert [(a.what, a.who, str(a.due) if a.due else None) for a in actions] == [
        ("Move CI off the old runners", "Raj Khanna", None),
        ("Refresh the landing page", "Ann Cole", "2024-08-01")]


def test_a_rows_empty_last_cells_do_not_shift_its_other_cells():
    header = "Topic\tNotes\tActions"
    columns = table_columns(header)
    assert columns is not None
    rows, _ = read_table([header, "Release\tAgreed to ship 2.0.", "CI\tFlaky.\tRK"], 0, columns)
    # The first row's empty Actions cell was cut off with its tab: it names no one, so it sets nothing.
    assert [(row.what, row.who) for row in rows] == [("Flaky.", "RK")]


def test_lines_of_a_layout_tables_actions_column_are_its_actions_and_its_notes_stay_notes(tmp_path):
    page = write(tmp_path, "p.html", "<h1>Roadmap group</h1><p>Held on 3 June 2024</p>"
                 "<p>Attendees: Ann Cole, Raj Khanna</p>"
                 "<table><tr><th>Discussion point</th><th>Notes</th><th>Actions: Responsible</th></tr>"
                 "<tr><td>Comms</td><td><p>The channel is live.</p><p>Posts go out weekly.</p><p>Thanks given.</p></td>"
                 "<td><p>Group to reach out to the hosts</p><p>Raj to draft the welcome post</p></td></tr>"
                 "<tr><td>Stakeholders</td><td>Deferred.</td><td>Agenda skipped (it will be taken in June)</td></tr>"
                 "</table>")
    actions = [(a.what, a.who) for a in read_minutes(extract_text(page)).actions]
    assert actions == [("Reach out to the hosts", "Group"), ("Draft the welcome post", "Raj Khanna")]


def test_word_checkboxes_inserted_as_wingdings_symbols_read_as_a_checklist(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Fair committee")
    document.add_paragraph("Held on 3 March 2026")
    document.add_paragraph("Present: Ann Cole, Raj Khanna")
    document.add_paragraph("Actions")
    for code, text in (("F0A8", " Ann Cole \u2013 book the hall for the fair"), ("F0FE", " Raj Khanna \u2013 order bunting")):
        paragraph = document.add_paragraph()
        paragraph.add_run()._r.append(parse_xml(f'<w:sym {nsdecls("w")} w:font="Wingdings" w:char="{code}"/>'))
        paragraph.add_run(text)
    path = tmp_path / "m.docx"
    document.save(str(path))
    assert [(a.what, a.who) for a in read_minutes(extract_text(path)).actions] == [
        ("Book the hall for the fair", "Ann Cole")]


def test_a_web_table_headed_as_an_action_log_is_data_however_many_paragraphs_its_cells_hold(tmp_path):
    page = write(tmp_path, "p.html", "<p>Fair committee</p><p>Minutes of the meeting held on 12 May 2025</p>"
                 "<p>Present: Ann Cole, Raj Khanna</p><table>"
                 "<tr><td><p><b>Action</b></p></td><td><p><b>Owner</b></p></td><td><p><b>Due</b></p></td></tr>"
                 "<tr><td><p>Order the new bench</p><p>Check the supplier's lead time</p><p>Tell the residents</p></td>"
                 "<td><p>Raj Khanna</p></td><td><p>30 June 2025</p></td></tr></table>")
    actions = [(a.what, a.who, str(a.due)) for a in read_minutes(extract_text(page)).actions]
    assert actions == [("Order the new bench", "Raj Khanna", "2025-06-30"),
                       ("Check the supplier's lead time", "Raj Khanna", "2025-06-30"),
                       ("Tell the residents", "Raj Khanna", "2025-06-30")]


def test_a_task_opening_with_a_persons_mention_is_theirs_and_its_date_chip_is_when_it_is_due(tmp_path):
    page = write(tmp_path, "p.html", "<h1>Fair committee</h1><p>Held on 3 March 2026</p>"
                 "<p>Attendees: Ann Cole, Raj Khanna, Mo Patel</p><h2>Action items</h2><ul class='inline-task-list'>"
                 "<li data-inline-task-id='1'><a class='confluence-userlink user-mention' data-username='acole'>"
                 "Ann Cole</a> book the hall <time datetime='2026-03-20'>20 Mar 2026</time></li>"
                 "<li data-inline-task-id='2'><a class='user-mention'>Raj Khanna</a> and Mo Patel paint the sign</li>"
                 "<li data-inline-task-id='3'><a href='mailto:mo@example.org'>Mo Patel</a> to sweep the yard</li>"
                 "</ul>")
    actions = [(a.what, a.who, str(a.due) if a.due else None) for a in read_minutes(extract_text(page)).actions]
    assert actions == [("Book the hall", "Ann Cole", "2026-03-20"), ("Paint the sign", "Raj Khanna, Mo Patel", None),
                       ("Sweep the yard", "Mo Patel", None)]


def test_front_matter_is_read_as_yaml_lists_mappings_and_times_as_written(tmp_path):
    path = write(tmp_path, "m.md", "---\ntitle: Fair committee\ndate: 2026-03-03\ntime: 13:30\n"
                 "attendees: [Ann Cole, Raj Khanna]\nregrets:\n  - name: Mo Patel\n    org: Valley Trust\n"
                 "tags: [minutes]\n---\n\n# Fair committee\n\nNotes.\n")
    lines = extract_text(path).split("\n")
    assert "Page date: 2026-03-03" in lines and "Time: 13:30" in lines
    minutes = read_minutes("\n".join(lines))
    assert minutes.date.isoformat() == "2026-03-03"
    assert [p.name for p in minutes.present] == ["Ann Cole", "Raj Khanna"]
    assert [(a.name, a.organisation) for a in minutes.apologies] == [("Mo Patel", "Valley Trust")]
    assert "minutes" not in lines


def test_broken_front_matter_is_set_aside(tmp_path):
    path = write(tmp_path, "m.md", "---\ndate: [unclosed\n---\n\n# Fair committee\n")
    assert extract_text(path).split("\n")[0] == "Fair committee"


def test_an_agenda_and_minutes_page_gives_each_items_minutes_not_its_agenda_text_or_file_links(tmp_path):
    page = write(tmp_path, "p.html", "<h2>Audit Committee - Tuesday 12 March 2024 2.00 p.m.</h2><table>"
                 "<tr><th>No.</th><th>Item</th></tr>"
                 "<tr><td><p>66.</p></td><td><p><a href='x'>Minutes of the last meeting</a> <a href='y.pdf'>PDF 126 KB</a>"
                 "</p><p>To confirm as a correct record the minutes of 6 February 2024.</p><p>Minutes:</p>"
                 "<p>The minutes were approved.</p></td></tr>"
                 "<tr><td><p>67.</p></td><td><p>Audit report</p><p>To consider the report.</p>"
                 "<ul><li><a href='a.pdf'>Appendix A PDF 88 KB</a></li></ul><p>Minutes:</p>"
                 "<p>The report was noted.</p></td></tr></table>")
    lines = [line for line in extract_text(page).split("\n") if line]
    assert lines[1:] == ["66. Minutes of the last meeting", "The minutes were approved.", "67. Audit report",
                         "The report was noted."]


def test_a_pdf_action_table_whose_header_cells_wrapped_is_rebuilt_row_by_row(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in ("Fair committee", "Minutes of the meeting held on 3 March 2026", "Present: Ann Cole (AC), Raj Khanna (RK)"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(10, 70, 16, 18, 18), width=132) as table:
        for cells in (["No.", "Action", "Action owner", "Target date", "Status"],
                      ["1", "Book the hall for the spring fair and confirm the caterers", "AC", "01/04/26", "Open"],
                      ["2", "Order bunting", "RK", "15/04/26", "New"]):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 6, "Next meeting: 7 April 2026", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "m.pdf"
    pdf.output(str(path))
    text = extract_text(path)
    assert "No.\tAction\tAction owner\tTarget date\tStatus" in text.split("\n")
    actions = [(a.what, a.who, str(a.due)) for a in read_minutes(text).actions]
    assert actions == [("Book the hall for the spring fair and confirm the caterers", "Ann Cole", "2026-04-01"),
                       ("Order bunting", "Raj Khanna", "2026-04-15")]


def test_notion_and_onenote_to_do_lists_read_as_checklists(tmp_path):
    page = write(tmp_path, "p.html",
                 "<ul class='to-do-list'><li><div class='checkbox checkbox-off'></div><span>Book the hall</span></li>"
                 "<li><div class='checkbox checkbox-on'></div><span>Order bunting</span></li></ul>"
                 "<p data-tag='to-do'>Sweep the yard</p><p data-tag='to-do:completed'>Paint the sign</p>")
    items = [" ".join(b.text.split()) for b in extract_document(page).blocks if b.kind == ITEM]
    assert items == ["[ ] Book the hall", "[x] Order bunting", "[ ] Sweep the yard", "[x] Paint the sign"]


def test_a_grid_table_in_a_text_file_is_laid_out_as_rows(tmp_path):
    indented = "\n".join("  " + line for line in GRID.strip().split("\n"))
    path = write(tmp_path, "m.txt", "Fair committee\nMinutes of the meeting held on 3 March 2026\n"
                 f"Present: Ann Cole (AC), Raj Khanna (RK)\n\nActions\n{indented}\n\nNext meeting: 7 April 2026\n")
    lines = extract_text(path).split("\n")
    assert "3\tBook the hall for the spring fair\tAC\t06/02/26" in lines
    actions = [(a.what, a.who) for a in read_minutes("\n".join(lines)).actions]
    assert actions == [("Book the hall for the spring fair", "Ann Cole"), ("Write to the stallholders", "Raj Khanna")]


def test_a_cells_bulleted_lines_are_its_entries_and_one_owners_entries_are_actions_each(tmp_path):
    path = write(tmp_path, "m.md", "# Fair committee\n\nHeld on 3 March 2026\n\nPresent: Ann Cole, Raj Khanna\n\n"
                 "| Action | Owner | Due |\n|---|---|---|\n"
                 "| - Book the hall for the fair<br>- Order the bunting for it | Ann Cole | 1 May 2026 |\n")
    actions = [(a.what, a.who) for a in read_minutes(extract_text(path)).actions]
    assert actions == [("Book the hall for the fair", "Ann Cole"), ("Order the bunting for it", "Ann Cole")]


def test_a_spaced_header_reads_its_longest_headings_first_and_several_status_columns():
    from minutes.action_tables import OTHER, RAISED, WHAT, WHEN, WHO, NUMBER, ITEM, spaced_columns

    assert spaced_columns("Ref Date raised Action Lead Due date Update RAG") == [
        NUMBER, RAISED, WHAT, WHO, WHEN, OTHER, OTHER]
    assert spaced_columns("No. Date of meeting Minute ref Action Lead Due date Status") == [
        NUMBER, RAISED, ITEM, WHAT, WHO, WHEN, OTHER]
    assert spaced_columns("The board met on the date set") is None


def test_a_pdf_log_row_loses_its_reference_and_date_raised_before_the_task():
    from minutes.action_tables import spaced_columns, spaced_row
    from minutes.when import due_at_end

    columns = spaced_columns("No. Date raised Action Lead Due date Status")
    row = spaced_row("14 18/07/25 Refresh the training offer SR 31/12/25 Open", columns,
                     lambda text, _: tuple(text.rsplit(" ", 1)), due_at_end)
    assert (row.number, row.raised, row.what, row.who, row.when, row.status) == (
        "14", "18/07/25", "Refresh the training offer", "SR", "31/12/25", "Open")


def test_a_rows_empty_middle_cell_keeps_the_cells_after_it_in_their_columns():
    header = "Item\tDiscussion\tDecision\tAction\tBy whom\tBy when"
    columns = table_columns(header)
    [row], _ = read_table([header, "2. Bar\tLicence due.\t\tRenew the licence\tRK"], 0, columns)
    assert (row.what, row.who, row.when) == ("Renew the licence", "RK", None)


def test_a_decision_column_beside_the_actions_records_the_meetings_decisions(tmp_path):
    path = write(tmp_path, "m.md", "# Fair committee\n\nHeld on 3 March 2026\n\nPresent: Ann Cole (AC), Mo Patel (MP)\n\n"
                 "| Item | Discussion | Decision | Action | By whom | By when |\n|---|---|---|---|---|---|\n"
                 "| 1. Hall | Roof leaks. | Repair agreed. | Get two quotes | MP | 20 March 2026 |\n"
                 "| 2. Bar | Licence due. | Licence to be renewed. | | | |\n")
    minutes = read_minutes(extract_text(path))
    assert list(minutes.decisions) == ["Repair agreed.", "Licence to be renewed."]
    assert [(a.what, a.who, a.item) for a in minutes.actions] == [("Get two quotes", "Mo Patel", "1")]


def test_decisions_and_actions_side_by_side_give_both_and_a_decision_alone_sets_no_task(tmp_path):
    # The second row's empty Actions cell leaves its line without a tab; the row after it
    # shows the table goes on.
    path = write(tmp_path, "m.md", "# Fair committee\n\nHeld on 3 March 2026\n\nPresent: Ann Cole (AC), Raj Khanna (RK)\n\n"
                 "| Decisions | Actions |\n|---|---|\n"
                 "| The budget was approved. | AC to circulate the budget by 1 May 2026 |\n"
                 "| The fair will run on 14 June. | |\n| The hall stays shut. | RK to tell the hirers |\n")
    minutes = read_minutes(extract_text(path))
    assert list(minutes.decisions) == ["The budget was approved.", "The fair will run on 14 June.", "The hall stays shut."]
    assert [(a.what, a.who) for a in minutes.actions] == [("Circulate the budget", "Ann Cole"),
                                                          ("Tell the hirers", "Raj Khanna")]


def test_a_cell_holding_only_a_dash_or_n_a_is_empty():
    header = "Action\tOwner\tDue"
    rows, _ = read_table([header, "Book the hall\tAC\t–", "Order bunting\tn/a\t1 May"], 0, table_columns(header))
    assert [(row.who, row.when) for row in rows] == [("AC", None), (None, "1 May")]


def test_a_word_table_of_contents_is_not_read_as_the_agenda(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Fair committee", level=0)
    document.add_paragraph("Held on 3 March 2026")
    styles = document.styles
    toc = styles["toc 1"] if "toc 1" in [style.name for style in styles] else styles.add_style("toc 1", 1)
    document.add_paragraph("1. Hall\t2", style=toc)
    document.add_paragraph("2. Bar\t3", style=toc)
    document.add_heading("1. Hall", level=2)
    document.add_paragraph("Present: Ann Cole, Raj Khanna")
    path = tmp_path / "m.docx"
    document.save(str(path))
    lines = extract_text(path).split("\n")
    assert "1. Hall\t2" not in lines and "2. Bar\t3" not in lines and "1. Hall" in lines


def test_action_logs_headed_lead_agency_timeline_or_assignee_due_by_are_read():
    from minutes.action_tables import NUMBER, OTHER, WHAT, WHEN, WHO, spaced_columns

    assert spaced_columns("No. Action Lead Agency Timeline") == [NUMBER, WHAT, WHO, WHEN]
    assert spaced_columns("Ref Action Assignee Due by Status") == [NUMBER, WHAT, WHO, WHEN, OTHER]
    assert table_columns("Action\tResponsible agency\tTime frame") == [WHAT, WHO, WHEN]


def test_a_task_that_is_only_closing_brackets_does_not_crash_the_reader():
    read_minutes("Fair committee\nHeld on 3 March 2026\nPresent: Ann Cole\n\nActions\n\n- Ann Cole to ))\n- [ ] )\n")
