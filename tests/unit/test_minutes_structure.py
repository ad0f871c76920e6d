"""Every format read by its own parser into one document model, and the reader using its structure."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from minutes import extract_document, extract_text, read_minutes
from minutes.document import HEADING, ITEM, TABLE, without_control_characters
from minutes.summary import summary
from minutes.uncertain import unmatched_owners, unplaced


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_gives_headings_nested_items_tables_and_drops_front_matter(tmp_path):
    path = write(tmp_path, "m.md", "---\ntitle: x\n---\n# Board\n\n## 1. Budget\n\n- Ann Cole\n  - Raj Khanna\n\n"
                                   "1. First\n2. Second\n\n| What | Who |\n| --- | --- |\n| Book the room | AC |\n")
    blocks = extract_document(path).blocks
    assert [(b.kind, b.text, b.level) for b in blocks[:2]] == [(HEADING, "Board", 1), (HEADING, "1. Budget", 2)]
    items = [(b.text, b.level, b.marker) for b in blocks if b.kind == ITEM]
    assert items == [("Ann Cole", 0, ""), ("Raj Khanna", 1, ""), ("First", 0, "1."), ("Second", 0, "2.")]
    [table] = [b for b in blocks if b.kind == TABLE]
    assert table.rows == (("What", "Who"), ("Book the room", "AC")) and table.header_rows == 1
    assert "title: x" not in extract_text(path)


def test_an_italic_name_closing_a_paragraph_owns_its_action(tmp_path):
    path = write(tmp_path, "m.md", "# Westfold Board\n\nHeld on 3 March 2015\n\nPresent: Ann Cole, Raj Khanna\n\n"
                                   "## 1. Budget\n\nThe budget paper to be redrafted for the next meeting. *Raj Khanna*\n")
    [action] = read_minutes(extract_text(path)).actions
    assert (action.what, action.who, action.item) == ("Redraft the budget paper", "Raj Khanna", "1")


def test_html_skips_scripts_reads_layout_tables_as_items_and_keeps_raw_html_in_markdown(tmp_path):
    page = write(tmp_path, "p.html", "<html><head><script>ACTION: nobody</script></head><body><h1>Board</h1>"
                                     "<table><tr><td>4.</td><td><p><b>Budget</b></p><p>One.</p><p>Two.</p></td></tr>"
                                     "</table><ul><li>Outer<ul><li>Inner</li></ul></li></ul></body></html>")
    text = extract_text(page)
    assert "nobody" not in text and "4. Budget" in text.split("\n")
    assert "- Outer" in text.split("\n") and "  - Inner" in text.split("\n")
    md = write(tmp_path, "m.md", "# Board\n\n<div><p>Raw <em>paragraph</em> here.</p></div>\n")
    assert "Raw paragraph here." in extract_text(md).split("\n")


def test_an_xhtml_page_opening_with_an_xml_declaration_is_read_as_html(tmp_path):
    page = write(tmp_path, "x.html", '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
                                     "<head><title>Tern Group call</title></head><body><h1>Tern Group call, 4 May 2022</h1>"
                                     "<h2>Present</h2><p>Ada Quill, Ben Orr</p><ul><li>ACTION: Ben Orr to send the draft</li>"
                                     "</ul></body></html>")
    reading = read_minutes(extract_text(page))
    assert reading.date == date(2022, 5, 4)
    assert [p.name for p in reading.present] == ["Ada Quill", "Ben Orr"]
    assert [(a.who, a.what) for a in reading.actions] == [("Ben Orr", "Send the draft")]


def test_a_definition_list_of_who_came_reads_as_labelled_lines_and_other_terms_stay_apart(tmp_path):
    page = write(tmp_path, "d.html", "<h1>Kestrel Working Group, 9 March 2023</h1><dl><dt>Present</dt>"
                                     "<dd>Nell_Abara, Rhys_Tolan, Wen</dd><dt>Regrets</dt><dd>Oskar_Lind</dd>"
                                     "<dt>Chair</dt><dd>Wen</dd></dl><h2>Members</h2><dl><dt>Ida Brook</dt>"
                                     "<dd>Treasurer</dd></dl>")
    lines = extract_text(page).split("\n")
    assert "Present: Nell Abara, Rhys Tolan, Wen" in lines and "Regrets: Oskar Lind" in lines
    assert "Ida Brook" in lines and "Treasurer" in lines
    reading = read_minutes("\n".join(lines))
    assert [p.name for p in reading.present][:3] == ["Nell Abara", "Rhys Tolan", "Wen"]
    assert [p.name for p in reading.apologies] == ["Oskar Lind"]


def _numbered_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Westfold Leadership Board", style="Title")
    document.add_paragraph("Minutes of the meeting held on Tuesday 3 March 2015, 4.00pm until 5.30pm")
    document.add_paragraph("Present: Ann Cole (Chair), Raj Khanna, Jo Bright")
    document.add_heading("1. Budget", level=2)
    document.add_paragraph("Set the draft budget", style="List Number")
    document.add_paragraph("Check the figures", style="List Number")
    run = document.add_paragraph("Note with a line").add_run()
    run.add_break(WD_BREAK.LINE)
    run.add_text("break in it")
    table = document.add_table(rows=3, cols=3)
    rows = [("Action", "Owner", "Due"),
            ("Write the briefing\nCirculate it to schools", "Raj Khanna\nJo Bright", "31/03/2015"),
            ("Book the hall", "Ann Cole", "asap")]
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(str(path))
    return path


def test_word_headings_numbered_lists_breaks_and_several_lines_in_a_cell(tmp_path):
    path = _numbered_docx(tmp_path / "w.docx")
    blocks = extract_document(path).blocks
    assert (blocks[0].kind, blocks[0].text) == (HEADING, "Westfold Leadership Board")
    assert [(b.text, b.marker) for b in blocks if b.kind == ITEM] == [
        ("Set the draft budget", "1."), ("Check the figures", "2.")]
    [table] = [b for b in blocks if b.kind == TABLE]
    assert table.rows[1] == ("Write the briefing; Circulate it to schools", "Raj Khanna; Jo Bright", "31/03/2015")
    minutes = read_minutes(extract_text(path))
    assert (minutes.start_time, minutes.end_time) == (time(16, 0), time(17, 30))
    assert [(a.who, a.due) for a in minutes.actions] == [("Raj Khanna, Jo Bright", date(2015, 3, 31)),
                                                         ("Ann Cole", None)]


def test_control_characters_are_dropped_on_the_way_in(tmp_path):
    assert without_control_characters("a\x01b\x7fc\x9fd\te\nf\x0cg") == "abcd\te\nf\x0cg"
    path = write(tmp_path, "t.txt", "Westfold Board\n\nHeld on 3 March 2015\n\nRESOLVED: That the Clerk\x01s report be noted.\n")
    assert read_minutes(extract_text(path)).decisions == ("That the Clerks report be noted.",)


def test_sessions_are_items_and_a_heading_line_is_not_glued_to_its_decision():
    minutes = read_minutes("Westfold Board\n\nAway day held on 3 March 2015, 10.00am until 3.30pm\n\n"
                           "Present: Ann Cole, Raj Khanna\n\nSession 1: Where we are\n\nYouth bus\n"
                           "The board agreed to fund the youth bus.\n\nSession 2: Next steps\n\nText.\n")
    assert [(i.number, i.title) for i in minutes.agenda_items] == [
        ("1", "Session 1: Where we are"), ("2", "Session 2: Next steps")]
    assert minutes.decisions == ("The board agreed to fund the youth bus.",)
    assert minutes.decision_items == ("1",)
    assert minutes.end_time == time(15, 30)


def test_what_could_not_be_placed_is_listed_and_the_summary_says_so():
    minutes = read_minutes("Westfold Board\n\nHeld on 3 March 2015\n\nPresent: Ann Cole, Raj Khanna\n\n"
                           "1. Budget\n\nACTION: Write to the funders.\nACTION: Zed Quimby to chase the grant.\n"
                           "ACTION: Raj Khanna to report back by Michaelmas.\n")
    problems = unplaced(minutes)
    assert "action with no owner: Write to the funders" in problems
    assert "owner matches nobody on the board or in the attendance: Zed Quimby" in problems
    text = summary(minutes, "budget.txt")
    assert "Westfold Board, 3 March 2015" in text and "Write to the funders — NO OWNER" in text
    assert "! action with no owner: Write to the funders" in text


def test_a_status_table_under_attendance_sorts_present_apologies_and_absent():
    minutes = read_minutes("Westfold Board\n\nHeld on 3 March 2015\n\nAttendance\n\nAttendee\tRole\tAttendance\n"
                           "Cllr Ann Cole\tChair\tPresent\nRaj Khanna\tOfficer\tIn attendance\n"
                           "Jo Bright\tMember\tApologies\nSam Hill\tMember\tAbsent\n\n1. Budget\n\nNoted.\n")
    assert [(p.name, p.capacity) for p in minutes.present] == [("Cllr Ann Cole", "member"),
                                                               ("Raj Khanna", "in attendance")]
    assert [a.name for a in minutes.apologies] == ["Jo Bright"] and [a.name for a in minutes.absent] == ["Sam Hill"]


def test_the_subject_of_an_action_owns_it_and_initials_resolve_against_the_attendance():
    minutes = read_minutes("Westfold Board\n\nHeld on 3 March 2015\n\nAttendees\n\n- Ann Cole (AC), Westfold Council\n"
                           "- Raj Khanna (RK), Westfold Police\n\n1. Housing\n\n"
                           "Action: the housing team to map empty homes by 30 April 2015.\n\n"
                           "- ACTION RK – brief the neighbourhood officers\n\n"
                           "The Board asked that Westfold Council share the survey at its next meeting.\n\n"
                           "Lead: Ann Cole to write to the landlords.\n\n"
                           "Next meeting: 2 June 2015\n")
    assert [(a.what, a.who) for a in minutes.actions] == [
        ("Map empty homes", "the housing team"), ("Brief the neighbourhood officers", "Raj Khanna"),
        ("Share the survey", "Westfold Council"), ("Write to the landlords", "Ann Cole")]
    assert minutes.actions[2].due == date(2015, 6, 2)


def test_an_agenda_listed_at_the_top_heads_nothing_and_sets_no_actions():
    minutes = read_minutes("Westfold Board\n\nHeld on 3 March 2015\n\nPresent: Ann Cole\n\nAgenda\n1. Minutes\n"
                           "2. Budget\n3. Action log\n4. Any other business\n\n1. Minutes\n\nAgreed.\n\n"
                           "2. Budget\n\nNoted.\n\nActions\n\n1. Book the hall\n2. Print the leaflets\n3. Call the printers\n")
    assert [(i.number, i.title) for i in minutes.agenda_items] == [("1", "Minutes"), ("2", "Budget")]
    assert [a.what for a in minutes.actions] == ["Book the hall", "Print the leaflets", "Call the printers"]


def test_an_owner_written_short_is_placed_and_joint_owners_are_named_as_such():
    minutes = read_minutes("Westfold Board\n\nHeld on 3 March 2015\n\nPresent: Cllr Ann Cole (Chair), Raj Khanna\n\n"
                           "1. Budget\n\nACTION: Cllr Cole to write to the funders.\nACTION: Chair to sign the bid.\n"
                           "ACTION: Ann Cole and Raj Khanna to meet the auditors.\n"
                           "ACTION: Raj Khanna and the housing team to visit the estate.\n")
    problems = unplaced(minutes)
    assert not [line for line in problems if "matches nobody" in line]
    # Both of the first joint owners are found (each is recorded); of the second, one part names nobody.
    assert [line for line in problems if "several people" in line] == [
        "owner names several people, kept as written (the housing team: nobody matches): "
        + minutes.actions[3].who]
    assert unmatched_owners(minutes) == [minutes.actions[3].who]
