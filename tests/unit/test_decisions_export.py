"""The decisions register as an auditor gets it: CSV and Markdown, text kept as recorded but never live."""

from datetime import date

from domain.decisions import DecisionView, search_words
from templates.decisions_export import decisions_csv, decisions_markdown

ROWS = [DecisionView("=HYPERLINK(\"http://x.example\")", date(2015, 2, 10), 1, "4", False, "minutes"),
        DecisionView("Agreed | noted\nand minuted", date(2015, 4, 14), 2, None, True, "chat")]


def test_a_csv_cell_is_never_a_spreadsheet_formula():
    lines = decisions_csv("Board", ROWS).splitlines()
    assert lines[0] == "Meeting date,Item,Decision,Source,Exempt"
    assert lines[1].startswith("2015-02-10,4,\"'=HYPERLINK(")


def test_a_markdown_cell_keeps_its_row():
    table = decisions_markdown("Board", ROWS)
    assert "| 2015-04-14 |  | Agreed \\| noted and minuted | chat | yes |" in table


def test_a_search_is_a_few_plain_words():
    assert search_words('"data" AND sharing* NEAR(x)') == ["data", "and", "sharing", "near", "x"]
