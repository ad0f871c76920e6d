"""The decisions register as an auditor reads it: CSV (one decision a row) or a Markdown table.

Documents, not Slack messages: text is written as it was recorded, escaped only as each
format needs (the csv module quotes; Markdown table cells escape `|` and line breaks).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

COLUMNS = ("Meeting date", "Item", "Decision", "Source", "Exempt")


def _row(d: Any) -> tuple[str, str, str, str, str]:
    return (d.day.isoformat(), d.item or "", d.text, d.source, "yes" if d.exempt else "")


def decisions_csv(board: str, decisions: Sequence[Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for d in decisions:
        # A cell starting with = + - @ is text, never a spreadsheet formula.
        writer.writerow(tuple("'" + c if c[:1] in ("=", "+", "-", "@") else c for c in _row(d)))
    return out.getvalue()


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def decisions_markdown(board: str, decisions: Sequence[Any]) -> str:
    lines = [f"# Decisions register: {_cell(board)}", "", f"{len(decisions)} decisions.", "",
             "| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
    lines += ["| " + " | ".join(_cell(c) for c in _row(d)) + " |" for d in decisions]
    return "\n".join(lines) + "\n"
