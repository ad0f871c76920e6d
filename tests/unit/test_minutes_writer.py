"""Writing minutes as boards write them: Markdown, Word and HTML from one `Minutes`."""

from __future__ import annotations

import io
import re
from datetime import date, time

import docx
import pytest

from minutes.model import Action, AgendaItem, Apology, Attendee, Minutes, NextMeeting
from minutes.normalise import normalise
from minutes.writer import clock, write_minutes

MINUTES = Minutes(
    board="Oldham Leadership Board",
    date=date(2015, 3, 23),
    start_time=time(10, 0),
    end_time=time(12, 0),
    venue="First Place, First Choice Homes, Oldham",
    theme="Delivering differently to achieve resilience",
    present=(
        Attendee("Cllr Jim McMahon", "Oldham Council", "Leader, Chair", None, "member"),
        Attendee("Supt Denise Worth", "Greater Manchester Police", None, "Caroline Ball", "member"),
        Attendee("Ian Bailey", "Greater Manchester Fire & Rescue Service", None, None, "member"),
        Attendee("Neil McInroy", "CLES", None, None, "in attendance"),
        Attendee("Sarah James", None, None, None, "officer"),
        Attendee("Ian Roberts", "Greengage Consulting", None, None, "facilitator"),
    ),
    apologies=(Apology("Supt Caroline Ball", "Greater Manchester Police"), Apology("Allan Jones")),
    agenda_items=(
        AgendaItem("1", "Minutes and matters arising"),
        AgendaItem("2", "Why resilience matters", "Neil McInroy"),
    ),
    decisions=("That the 25 June 2015 meeting focus on Greater Manchester Devolution.",),
    actions=(
        Action("Develop 10 big ticket resilience measures", "Sarah James", date(2015, 7, 31), "July 2015", "2"),
        Action("Circulate the presentation", "Ian Roberts", date(2015, 4, 1), None, None),
        Action("Report on housing-related ASB cases", None, None, "asap", None),
    ),
    next_meeting=NextMeeting(date(2015, 6, 25), time(10, 0), "Civic Centre, Oldham", "Devolution"),
)
HOSTILE = Minutes(
    board="Brackley <script>alert(1)</script> & District Board",
    date=date(2015, 4, 16),
    present=(Attendee("Ann-Marie Kearns", "Northshire Fire & Rescue Service", capacity="member"),),
    decisions=("That <b>bold</b> & brave ideas be welcome.",),
)


def markdown(minutes: Minutes = MINUTES) -> str:
    return write_minutes(minutes, "md").decode("utf-8")


def html(minutes: Minutes = MINUTES) -> str:
    return write_minutes(minutes, "html").decode("utf-8")


def word(minutes: Minutes = MINUTES) -> docx.document.Document:
    return docx.Document(io.BytesIO(write_minutes(minutes, "docx")))


def word_lines(document: docx.document.Document) -> list[str]:
    """The document's text in order, a table row as cells joined by tabs."""
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            lines.extend("\t".join(cell.text for cell in row.cells) for row in block.rows)
        else:
            lines.append(block.text)
    return lines


# --- every format ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["pdf", "txt", "MD", "", "docx "])
def test_an_unknown_format_is_refused_with_a_value_error(fmt):
    with pytest.raises(ValueError, match="md, docx, html"):
        write_minutes(MINUTES, fmt)


@pytest.mark.parametrize("fmt", ["md", "docx", "html"])
def test_each_format_is_returned_as_bytes(fmt):
    assert isinstance(write_minutes(MINUTES, fmt), bytes)


def test_the_word_document_says_line_for_line_what_the_markdown_says():
    from_markdown = [re.sub(r"^- ", "", line) for line in normalise(markdown()) if line.strip()]
    from_word = [line for line in normalise("\n".join(word_lines(word()))) if line.strip()]
    assert from_word == from_markdown


@pytest.mark.parametrize("moment, written", [
    (time(10, 0), "10am"), (time(14, 30), "2.30pm"), (time(12, 0), "12 noon"),
    (time(0, 15), "12.15am"), (time(12, 45), "12.45pm"),
])
def test_times_are_written_as_british_minutes_write_them(moment, written):
    assert clock(moment) == written


# --- Markdown ----------------------------------------------------------------------------


def test_markdown_opens_with_the_board_minutes_date_time_venue_and_theme():
    assert markdown().startswith(
        "# Oldham Leadership Board\n\n## Minutes\n\n"
        "**Date:** Monday 23 March 2015\n\n**Time:** 10am until 12 noon\n\n"
        "**Venue:** First Place, First Choice Homes, Oldham\n\n"
        "**Theme:** Delivering differently to achieve resilience\n"
    )


def test_markdown_lists_attendance_by_capacity_with_roles_organisations_and_substitutes():
    text = markdown()
    assert "**Present:**\n\n- Cllr Jim McMahon (Leader, Chair, Oldham Council)\n" in text
    assert "- Supt Denise Worth (Greater Manchester Police) (in place of Caroline Ball)\n" in text
    assert "**Also in attendance:**\n\n- Neil McInroy (CLES)\n" in text
    assert "**Officers:**\n\n- Sarah James\n" in text
    assert "**Facilitator:**\n\n- Ian Roberts (Greengage Consulting)\n" in text
    assert "**Apologies:**\n\n- Supt Caroline Ball (Greater Manchester Police)\n- Allan Jones\n" in text


def test_markdown_numbers_agenda_items_with_presenters_and_puts_actions_under_their_item():
    text = markdown()
    assert "## 1. Minutes and matters arising\n" in text
    assert ("## 2. Why resilience matters – Neil McInroy\n\n"
            "ACTION: Sarah James to develop 10 big ticket resilience measures by July 2015\n") in text


def test_markdown_marks_decisions_agreed():
    assert "AGREED: That the 25 June 2015 meeting focus on Greater Manchester Devolution.\n" in markdown()


def test_markdown_closes_with_a_what_who_when_table_giving_due_dates_as_written_or_dd_mm_yy():
    assert (
        "| No. | What | Who | When |\n| --- | --- | --- | --- |\n"
        "| 1 | Develop 10 big ticket resilience measures | Sarah James | July 2015 |\n"
        "| 2 | Circulate the presentation | Ian Roberts | 01.04.15 |\n"
        "| 3 | Report on housing-related ASB cases |  | asap |\n"
    ) in markdown()


def test_markdown_ends_with_the_date_time_venue_and_theme_of_the_next_meeting():
    assert markdown().endswith(
        "## Date of next meeting\n\n"
        "Thursday 25 June 2015, 10am, Civic Centre, Oldham. This will be a Devolution themed meeting.\n"
    )


def test_markdown_keeps_text_exactly_as_written():
    text = markdown(HOSTILE)
    assert "# Brackley <script>alert(1)</script> & District Board\n" in text
    assert "- Ann-Marie Kearns (Northshire Fire & Rescue Service)\n" in text
    assert "AGREED: That <b>bold</b> & brave ideas be welcome.\n" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_minutes_with_nobody_recorded_present_still_say_who_was_present():
    text = markdown(Minutes(board="Tanfield Voluntary Sector Network", date=date(2015, 2, 24)))
    assert "**Present:**\n\n- None\n" in text
    assert "Summary of actions" not in text and "Date of next meeting" not in text


def test_a_presenter_whose_name_a_dash_would_hide_gets_a_presenter_line():
    minutes = Minutes(board=None, date=None, agenda_items=(
        AgendaItem("3", "Falls prevention", "Ann-Marie Kearns"),))
    assert "## 3. Falls prevention\n\nPresenter: Ann-Marie Kearns\n" in markdown(minutes)


def test_an_action_that_is_not_a_verb_first_names_its_owner_after_a_dash():
    minutes = Minutes(board=None, date=None, agenda_items=(AgendaItem("3", "Speeding on Mill Lane"),),
                      actions=(Action("A letter would be sent to the highways authority", "Chair",
                                      date(2015, 3, 31), "31 March 2015", "3"),))
    assert "ACTION: A letter would be sent to the highways authority – Chair – 31 March 2015\n" in markdown(minutes)


# --- Word --------------------------------------------------------------------------------


def test_word_has_headings_for_the_board_the_items_and_the_closing_sections():
    headings = [(p.style.name, p.text) for p in word().paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings == [
        ("Title", "Oldham Leadership Board"), ("Heading 1", "Minutes"),
        ("Heading 2", "1. Minutes and matters arising"), ("Heading 2", "2. Why resilience matters – Neil McInroy"),
        ("Heading 2", "Decisions"), ("Heading 2", "Summary of actions"), ("Heading 2", "Date of next meeting"),
    ]


def test_word_gives_the_actions_as_a_real_table():
    tables = word().tables
    assert len(tables) == 1
    assert [[cell.text for cell in row.cells] for row in tables[0].rows] == [
        ["No.", "What", "Who", "When"],
        ["1", "Develop 10 big ticket resilience measures", "Sarah James", "July 2015"],
        ["2", "Circulate the presentation", "Ian Roberts", "01.04.15"],
        ["3", "Report on housing-related ASB cases", "", "asap"],
    ]


def test_word_marks_decisions_and_actions_in_bold():
    marked = {p.runs[0].text: p.runs[0].bold for p in word().paragraphs if p.text.startswith(("AGREED", "ACTION"))}
    assert marked == {"AGREED:": True, "ACTION:": True}


def test_word_keeps_text_exactly_as_written():
    lines = word_lines(word(HOSTILE))
    assert "Brackley <script>alert(1)</script> & District Board" in lines
    assert "AGREED: That <b>bold</b> & brave ideas be welcome." in lines


# --- HTML --------------------------------------------------------------------------------


def test_html_escapes_markup_and_ampersands_from_the_minutes():
    page = html(HOSTILE)
    assert "<script>" not in page and "<b>bold</b>" not in page
    assert "<h1>Brackley &lt;script&gt;alert(1)&lt;/script&gt; &amp; District Board</h1>" in page
    assert "Northshire Fire &amp; Rescue Service" in page


def test_html_is_one_page_with_no_external_assets():
    page = html()
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert not re.search(r"\b(?:src|href)\s*=|@import|url\(", page)


def test_html_has_the_sections_and_a_table_for_the_actions():
    page = html()
    for section in ("<h2>Minutes</h2>", '<p class="label">Present:</p>', '<p class="label">Apologies:</p>',
                    "<h2>2. Why resilience matters – Neil McInroy</h2>", "<strong>AGREED:</strong>",
                    "<strong>ACTION:</strong> Sarah James to develop", "<h2>Date of next meeting</h2>"):
        assert section in page
    assert "<tr><th>No.</th><th>What</th><th>Who</th><th>When</th></tr>" in page
    assert "<tr><td>2</td><td>Circulate the presentation</td><td>Ian Roberts</td><td>01.04.15</td></tr>" in page


def test_the_slack_environment_is_left_alone_and_documents_are_not_mrkdwn_escaped():
    from templates import environment

    assert environment.finalize is not None  # Slack escaping stays on for messages
    assert "&amp;" not in markdown() and "Fire & Rescue" in markdown()


def test_words_action_table_gives_what_the_room_and_fixes_every_columns_width():
    from docx.shared import Cm

    [table] = word().tables
    assert table.autofit is False
    widths = [column.width for column in table.columns]
    assert widths[1] == max(widths) and widths[1] >= Cm(8)
    for row in table.rows:
        assert [cell.width for cell in row.cells] == widths
