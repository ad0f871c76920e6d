"""Rules for action logs, reviews of earlier actions and the structures pages and PDFs give minutes:
cells a line each, tasks numbered in one cell, rating letters, a review's entries run on in
one paragraph or opened by a topic and its minute's reference, a table's full-width rows, blocks classed as actions and figures in PDF table text.
Every line here is invented."""

import pytest

from minutes.action_tables import Row, enumerated_parts, table_columns, read_table
from minutes.html_doc import read_html
from minutes.pdf_tables import _placed
from minutes.reader import read_minutes
from minutes.owners import Owners
from minutes.reviews import open_entry, review_entries, status_of
from minutes.stacked_tables import with_stacked_tables

_HEAD = """Wexcombe Parish Council
Minutes of the meeting held on Tuesday 3 March 2026 at 7pm, Village Hall

Present: Cllr Amy Ross (Chair), Cllr Ben Tate, Cllr Cara Lowe
In attendance: Dan Moss (Clerk)
Apologies: Cllr Eve Hunt

"""


def _actions(text):
    return [(action.what, action.who, str(action.due) if action.due else None) for action in read_minutes(text).actions]


# --- a table whose cells stand a line each (minutes/stacked_tables.py) ---

_STACKED = ["Ref", "Action", "Responsible", "Due",
            "1", "Obtain three quotes for resurfacing", "the car park", "Clerk", "31/03/2026",
            "2", "Write to the bus operator about the", "Sunday service", "Cllr Tate", "30/04/2026",
            "3", "Book the hall", "Cllr Lowe", "",
            "The meeting closed at 9pm."]


def test_a_table_written_a_cell_a_line_is_set_back_as_rows():
    assert with_stacked_tables(_STACKED) == [
        "Ref\tAction\tResponsible\tDue",
        "1\tObtain three quotes for resurfacing the car park\tClerk\t31/03/2026",
        "2\tWrite to the bus operator about the Sunday service\tCllr Tate\t30/04/2026",
        "3\tBook the hall\tCllr Lowe\t",
        "",
        "The meeting closed at 9pm.",
    ]


def test_the_rows_of_a_stacked_table_are_read_as_actions():
    assert _actions(_HEAD + "1. Actions\n" + "\n".join(_STACKED[:14]) + "\n") == [
        ("Obtain three quotes for resurfacing the car park", "Clerk", "2026-03-31"),
        ("Write to the bus operator about the Sunday service", "Cllr Ben Tate", "2026-04-30"),
    ]


def test_a_due_date_or_a_number_in_a_task_opens_no_row():
    lines = ["No.", "Action", "Owner", "Deadline",
             "1", "Cut back the hedges on", "14", "Mill Lane", "Clerk", "12/05/2026",
             "2", "Order the bins", "Cllr Lowe", "31/05/2026"]
    assert with_stacked_tables(lines)[1:3] == [
        "1\tCut back the hedges on 14 Mill Lane\tClerk\t12/05/2026",
        "2\tOrder the bins\tCllr Lowe\t31/05/2026",
    ]


def test_headings_a_line_each_over_prose_are_left_alone():
    lines = ["Action", "Owner", "Due", "The group talked about the fete at length and agreed nothing."]
    assert with_stacked_tables(lines) == lines


# --- several tasks numbered in one cell, rating letters (minutes/action_tables.py) ---

def test_tasks_numbered_in_one_cell_are_parted():
    assert enumerated_parts("1) Book the hall for the AGM 2) Print the AGM notices") == [
        "Book the hall for the AGM", "Print the AGM notices"]
    assert enumerated_parts("(a) Ask the county to grit the hill (b) Tell the school") == [
        "Ask the county to grit the hill", "Tell the school"]


def test_numbers_that_do_not_count_from_one_part_nothing():
    assert enumerated_parts("Repair 2) the sign") is None
    assert enumerated_parts("1) Book the hall 3) Print notices") is None
    assert enumerated_parts("Cost the works for 2 sites") is None


def test_each_numbered_task_of_a_log_row_is_a_row_sharing_its_owner_and_date():
    lines = ["No.\tAction\tOwner\tTimescale", "1\t1) Book the hall 2) Print the notices\tClerk\tApril 2026"]
    rows, _ = read_table(lines, 0, table_columns(lines[0]))
    assert [(row.what, row.who, row.when) for row in rows] == [
        ("Book the hall", "Clerk", "April 2026"), ("Print the notices", "Clerk", "April 2026")]


def test_a_rating_column_s_c_or_b_alone_marks_the_row_done():
    assert Row("Repair the roof", "Clerk", None, None, status="C").finished
    assert Row("Repair the roof", "Clerk", None, None, status="B").finished
    assert not Row("Repair the roof", "Clerk", None, None, status="A").finished


# --- a review's entries run on in one paragraph (minutes/reviews.py) ---

def test_each_reference_in_a_review_paragraph_opens_its_own_entry():
    text = ("Min 25/88 Noticeboard glass: replaced. Min 25/91 School lane hedge: the Clerk is still chasing the "
            "contractor; to be carried forward.")
    entries = review_entries(text)
    assert len(entries) == 2 and entries[1].startswith("Min 25/91 School lane hedge")


def test_a_topic_closed_by_its_minute_reference_opens_an_entry_whose_owner_s_step_is_carried():
    owners = Owners(["Ann Roe", "Bo Lane"])
    task = open_entry("Speed signs (min 25/14): Bo Lane to chase Highways again as no reply has been received.", owners)
    assert (task.what, task.who) == ("Chase Highways again on speed signs", "Bo Lane")
    task = open_entry("Bench (min 25/22): Ann Roe to chase the supplier.", owners)
    assert (task.what, task.who) == ("Chase the supplier on bench", "Ann Roe")


def test_a_topic_without_a_reference_and_an_entry_done_set_nothing():
    owners = Owners(["Ann Roe", "Bo Lane"])
    assert open_entry("Bench: Ann Roe to chase the supplier.", owners) is None
    assert open_entry("Dog bin (min 25/12): the bin has now been installed.", owners) is None


def test_no_reply_received_is_work_still_open():
    assert status_of("Bo to chase Highways as no reply has been received.") == "open"
    assert status_of("The reply has been received.") == "closed"


# --- a table's full-width rows, blocks classed as actions (minutes/html_doc.py) ---

def test_a_layout_grid_s_full_width_rows_are_the_page_s_own_paragraphs():
    page = ("<table><tr><td colspan='3'><p><b>Present:</b> Ann Roe, Bo Lane</p><p><b>Apologies:</b> Cy Dean</p></td></tr>"
            "<tr><td>Item</td><td>Discussion</td><td>Action</td></tr>"
            "<tr><td>1.</td><td>Bo to book the hall.</td><td>BL</td></tr>"
            "<tr><td colspan='3'>Next meeting: 4 May 2026</td></tr></table>")
    lines = read_html(page).text().split("\n")
    assert "Present: Ann Roe, Bo Lane" in lines and "Apologies: Cy Dean" in lines
    assert "Item\tDiscussion\tAction" in lines and "Next meeting: 4 May 2026" in lines


def test_a_merged_title_row_over_a_log_s_headings_is_read_before_it():
    page = ("<table><tr><th colspan='3'>Actions arising</th></tr><tr><th>Action</th><th>Owner</th><th>Due</th></tr>"
            "<tr><td>Order the bins</td><td>Clerk</td><td>May 2026</td></tr></table>")
    assert read_html(page).text().split("\n")[:3] == ["Actions arising", "", "Action\tOwner\tDue"]


def test_a_block_classed_as_an_action_is_read_as_a_row_of_a_log():
    page = _HEAD.replace("\n", "<br>") + (
        "<h2>1. Play area</h2><p>The fence is broken.</p>"
        "<div class='item-action'><span class='action-text'>Get quotes for the fence</span> "
        "<span class='action-owner'>Clerk</span> <span class='action-due'>30 April 2026</span></div>"
        "<p class='actionPoint'>Cllr Lowe to speak to the school</p>")
    text = read_html(f"<html><body>{page}</body></html>").text()
    assert "Action\tOwner\tDue\nGet quotes for the fence\tClerk\t30 April 2026" in text
    assert "Action: Cllr Lowe to speak to the school" in text


def test_a_container_classed_actions_keeps_its_paragraphs():
    page = "<div class='actions'><p>Ann to write.</p><p>Bo to ring.</p></div>"
    assert read_html(page).text().split("\n") == ["Ann to write.", "", "Bo to ring."]


# --- a figure in PDF table text (minutes/pdf_tables.py) ---

def test_a_figure_s_point_is_no_break_between_cells():
    # (A line of running text crossing the columns at "12.40pm" is no row; a small letter against a capital is a break.)
    assert _placed("The meeting closed at 12.40pm.", [0, 24, 48]) is None
    assert _placed("1     Write to the highways teamClerk", [0, 6, 30]) == ["1", "Write to the highways team", "Clerk"]


# --- cost on hostile input ---

@pytest.mark.slow  # hostile volume: a pattern that regressed to time squared would hang the slow suite visibly
def test_the_new_rules_stay_linear_on_hostile_input():
    hostile = [" " * 5000, "a" * 5000, "," * 5000, "1) " * 2000, "Action\n" * 3000, "1\n" * 5000]
    for text in hostile:
        with_stacked_tables(text.split("\n"))
        enumerated_parts(text)
        review_entries(text[:20000])
        read_html(f"<div class='action'>{text}</div><table><tr><td colspan='2'>{text}</td></tr></table>")
