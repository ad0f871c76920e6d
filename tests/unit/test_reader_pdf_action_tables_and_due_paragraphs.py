"""Action lines, lists and tables: a PDF action table read only down to the next table on its page, a due date
in a paragraph of its own, sentences wrapped over paragraphs by PDF conversion, and a status tag closing an
entry. Each is tried on a few invented lines."""

from __future__ import annotations

from minutes import read_minutes


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what, action.who, action.due_text) for action in read_minutes(text).actions]


def _page_of_tables(count: int) -> tuple[str, str]:
    """Plain and layout text of one PDF page holding `count` small action logs, each under the same header."""
    plain, layout = [], []
    for number in range(count):
        plain += ["No. Due Action Lead", f"{number}/01 May 2026 Order the compost BQ"]
        layout += ["No.     Due          Action             Lead", f"{number}/01   May 2026     Order the compost  BQ"]
    return "\n".join(plain), "\n".join(layout)


def test_each_pdf_action_table_reads_only_down_to_the_next_table_on_its_page(monkeypatch):
    # A page of many logs under one repeated header: each log's rows end where the next is headed, so the
    # layout's lines are each placed in a column about once, not once for every header above them.
    from minutes import pdf_tables

    calls = []
    placed = pdf_tables._placed
    monkeypatch.setattr(pdf_tables, "_placed", lambda *args: calls.append(1) or placed(*args))
    plain, layout = _page_of_tables(120)
    rebuilt = pdf_tables.with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[:2] == ["No.\tDue\tAction\tLead", "0/01\tMay 2026\tOrder the compost\tBQ"]
    assert rebuilt[-1] == "119/01\tMay 2026\tOrder the compost\tBQ"
    assert len(calls) <= 2 * 120


_PANEL = ("# Quarry Lane Data Board\n\nMinutes of the meeting held on 14 July 2026\n\n"
          "Present: Ann Bell (Chair), Cy Dunn, Eve Fox\n\n## 1. Tracker\n\nThe board looked at the tracker.\n\n")


def test_a_due_paragraph_of_its_own_dates_the_action_paragraph_above_it():
    # Boards and panels set each action and its date as two paragraphs: "Action: ..." then "Due: ...".
    text = _PANEL + ("**Action:** Data Team to circulate the tracker of open requests to the Board.\n\n"
                     "**Due:** September\n\n**Action:** Cy Dunn to share the engagement plan with the Board.\n\n"
                     "**Due:** as soon as possible\n\n## 2. Any other business\n\nNone.\n")
    assert actions_of(text) == [("Circulate the tracker of open requests to the Board", "Data Team", "September"),
                                ("Share the engagement plan with the Board", "Cy Dunn", "as soon as possible")]
    assert read_minutes(text).actions[0].due.isoformat() == "2026-09-30"


def test_a_due_paragraph_after_running_text_sets_no_action():
    text = _PANEL + "The tracker is kept by the Data Team.\n\n**Due:** September\n\n## 2. Any other business\n\nNone.\n"
    assert actions_of(text) == []


def test_a_sentence_wrapped_over_paragraphs_by_pdf_conversion_reads_whole():
    # Minutes converted from PDF to markdown keep each printed line as a paragraph: a sentence ending on a small
    # letter goes on in the next paragraph when that opens with a small letter.
    from minutes.markdown_doc import read_markdown

    text = ("# Westbrook Municipal District\n\nMinutes of the meeting held on 3 March 2026\n\n"
            "**REPLY:**\n\nThe Area Engineer will review the road markings at the Mill Cross junction and liaise\n\n"
            "with the Gardai on the recent collisions near the school.\n\n"
            "**REPLY:**\n\nThe District will assess the footpath on Quay Street\n\n(a) before the summer.\n")
    # (An entry's letter, "(a)", opens an entry of its own: the footpath sentence is not joined to it.)
    assert [action.what for action in read_minutes(read_markdown(text).text()).actions] == [
        "Review the road markings at the Mill Cross junction and liaise with the Gardai on the recent collisions near the school"]


def test_a_status_tag_closing_an_entry_names_whom_it_is_for():
    # Special interest groups list their actions with a closing tag: the status, then "for" and the owners.
    from minutes.markdown_doc import read_markdown

    text = ("# Stroke Imaging Group\n\nMinutes of the meeting held on 3 March 2026\n\n### Attendance\n"
            "_Ann Bell, Cy Dunn, Eve Fox, Gil Hart_\n\n### Actions\n\n"
            "1. Lumbar pathway - the MR protocol gives no timings for sedated children [closed]\n"
            "2. Order the new lead aprons [new for Cy Dunn]\n"
            "3. Share the review of fluoro protocols [ongoing for Eve Fox/Gil Hart]\n"
            "4. Take a lead on collating the rota [new for all members]\n\n"
            "### Key Discussion Points\n\n* The checklist was circulated.\n")
    actions = read_minutes(read_markdown(text).text()).actions
    assert [(action.what, action.who, action.carried) for action in actions] == [
        ("Order the new lead aprons", "Cy Dunn", False),
        ("Share the review of fluoro protocols", "Eve Fox, Gil Hart", True),
        ("Take a lead on collating the rota", "all members", False)]


def test_a_pdf_table_s_end_is_looked_for_only_before_the_next_table():
    # The line the layout shows after the first log (a note plain text gives only further down the page) is
    # no end of the first log beyond the second: the second log, already rebuilt, stays whole, and each
    # log's end is looked for only among its own lines (a page of such logs reads in linear time).
    from minutes.pdf_tables import with_tables

    plain = ("No. Due Action Lead\n1/01 May 2026 Order the compost BQ\n"
             "No. Due Action Lead\n2/01 June 2026 Mend the gate OT\nPage 2\nSee the note on fees")
    layout = ("    No.     Due          Action             Lead\n    1/01    May 2026     Order the compost  BQ\n"
              "See the note on fees\n"
              "    No.     Due          Action             Lead\n    2/01    June 2026    Mend the gate      OT\nPage 2")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[-3:] == ["2/01\tJune 2026\tMend the gate\tOT", "Page 2", "See the note on fees"]

