"""Action lines, lists and tables (eleventh pass): general layouts of minutes, each from a few invented lines."""

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
