"""Tables as bodies publish them: marks of type inside a roll table's cells, a task cell
that closes on its due date, and an item's cell left empty below its first action."""

from __future__ import annotations

import docx
import pytest

from minutes.action_tables import read_table, table_columns
from minutes.docx_doc import read_docx
from minutes.html_doc import read_html
from minutes.markdown_doc import read_markdown

_KEYED_MD = """Names in italics sent apologies; names struck through were absent.

| **Name** | **Organisation** |
|---|---|
| Karen Alsop (Chair) | Eastmoor District Council |
| *Declan Fairweather* | Riverside Water |
| <i>Maud Kettering</i> | Eastmoor Parish Council |
| <del>Terry Vosper</del> | County Highways |
"""


def test_markdown_table_cells_keep_keyed_marks_and_inline_html_marks():
    lines = read_markdown(_KEYED_MD).lines()
    assert "Name\tOrganisation" in lines
    assert "Karen Alsop (Chair)\tEastmoor District Council" in lines
    assert "*Declan Fairweather*\tRiverside Water" in lines
    assert "*Maud Kettering*\tEastmoor Parish Council" in lines
    assert "~~Terry Vosper~~\tCounty Highways" in lines


def test_table_cells_stay_plain_without_a_key():
    lines = read_markdown(_KEYED_MD.split("\n", 1)[1]).lines()
    assert "Declan Fairweather\tRiverside Water" in lines


def test_html_table_cells_keep_marks_set_by_a_style_sheet_class():
    page = """<html><head><style>.apol { font-style: italic }</style></head><body>
    <p>Members shown in italics gave their apologies.</p>
    <table><tr><th>Councillor</th><th>Ward</th></tr>
    <tr><td>Councillor Amrit Dhillon</td><td>Quayside</td></tr>
    <tr><td><span class="apol">Councillor Sadie   Pruitt</span></td><td>Abbey</td></tr></table></body></html>"""
    lines = read_html(page).lines()
    assert "*Councillor Sadie Pruitt*\tAbbey" in lines
    assert "Councillor Amrit Dhillon\tQuayside" in lines


def test_word_table_cells_keep_italic_runs(tmp_path):
    document = docx.Document()
    document.add_paragraph("Members whose names are in italics sent their apologies.")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].paragraphs[0].add_run("Isobel Crane")
    table.rows[0].cells[1].paragraphs[0].add_run("Chair")
    table.rows[1].cells[0].paragraphs[0].add_run("Dominic Pye").italic = True
    table.rows[1].cells[1].paragraphs[0].add_run("Member")
    path = tmp_path / "roll.docx"
    document.save(path)
    lines = read_docx(path).lines()
    assert "*Dominic Pye*\tMember" in lines
    assert "Isobel Crane\tChair" in lines


def test_a_task_cell_closing_on_its_due_date_gives_the_row_its_due_date():
    header = "Item\tDiscussion\tAction\tLead"
    lines = [header, "2. Park\tGroups gather late.\tAsk the council about the path lighting by 15 April 2026\tCllr Fenn",
             "3. Speed\tSix volunteers.\tTake the agenda to the next meeting\tClerk"]
    rows, _ = read_table(lines, 0, table_columns(header))
    assert (rows[0].what, rows[0].when) == ("Ask the council about the path lighting", "15 April 2026")
    assert (rows[1].what, rows[1].when) == ("Take the agenda to the next meeting", None)


def test_an_empty_item_cell_below_an_item_is_the_same_item():
    header = "Item\tAction\tLead"
    lines = [header, "2\tArrange extra patrols\tSgt Birkett", "\tAsk about the path lighting\tCllr Fenn",
             "3\tSend the training dates\tImogen Saltire"]
    rows, _ = read_table(lines, 0, table_columns(header))
    assert [row.item for row in rows] == ["2", "2", "3"]


@pytest.mark.slow  # hostile volume: a pattern that regressed to time squared would hang the slow suite visibly
def test_marked_cells_and_closing_due_dates_stay_linear_on_hostile_input():
    for hostile in (" " * 5000, "a" * 5000, "," * 5000, "by " * 2000):
        header = "Action\tLead"
        read_table([header, f"{hostile}\tClerk"], 0, table_columns(header))
        rows = "".join(f"| <i>{hostile[:200]}</i> | x |\n" for _ in range(500))
        read_markdown(f"Names in italics sent apologies.\n\n| A | B |\n|---|---|\n{rows}").lines()


def test_a_roll_set_as_two_tables_side_by_side_reads_as_one():
    page = """<table><tr><th>Name</th><th>Role</th><th>Name</th><th>Role</th></tr>
    <tr><td>Helen Marsh</td><td>Chair</td><td>Tom Ridley</td><td>Trustee</td></tr>
    <tr><td>Asha Kapoor</td><td>Trustee</td><td></td><td></td></tr></table>"""
    lines = [line for line in read_html(page).lines() if line]
    assert lines == ["Name\tRole", "Helen Marsh\tChair", "Asha Kapoor\tTrustee", "Tom Ridley\tTrustee"]


def test_a_table_whose_headings_differ_stays_as_it_is():
    page = "<table><tr><th>Name</th><th>Role</th><th>Name</th></tr><tr><td>A B</td><td>C</td><td>D E</td></tr></table>"
    assert [line for line in read_html(page).lines() if line] == ["Name\tRole\tName", "A B\tC\tD E"]


def test_a_matters_arising_log_whose_action_column_names_each_owner():
    assert table_columns("Matter\tMinute ref\tUpdate\tAction") == ["raised", "item", "other", "what"]
    assert table_columns("Item\tMatter arising\tUpdate\tAction") == ["item", "raised", "other", "what"]
