"""The fixture minutes (tests/fixtures/minutes) read once a test session: several test files read the
same documents, each in several formats or tests. A reading is frozen dataclasses all the way down,
so a test cannot change what the next one is given."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from minutes import extract_text, read_minutes
from minutes.model import Minutes

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "minutes"


@cache
def read_fixture(name: str) -> Minutes:
    """`read_minutes(extract_text(FIXTURES / name))`, once a session."""
    return read_minutes(extract_text(FIXTURES / name))
