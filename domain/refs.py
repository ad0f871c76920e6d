"""Short references for actions, such as CPSRB-7, built from a board's name."""

from __future__ import annotations

import re

from domain.errors import NotFound, quoted

_SMALL_WORDS = {"and", "of", "the", "for", "&", "in", "on", "a"}
_REF = re.compile(r"^\s*#?([A-Za-z][A-Za-z0-9]{0,11})-(\d{1,9})\s*$")


def board_code(name: str, taken: set[str]) -> str:
    """Initials of the board's main words ("Chorley Public Service Reform Board" gives CPSRB),
    made unique against codes already taken."""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", name) if w.lower() not in _SMALL_WORDS]
    base = "".join(w[0] for w in words).upper()[:8] or "BOARD"
    if not base[0].isalpha():
        base = "B" + base[:7]
    code, suffix = base, 2
    while code in taken:
        code, suffix = f"{base}{suffix}", suffix + 1
    return code


def format_ref(code: str, number: int) -> str:
    return f"{code}-{number}"


def parse_ref(text: str, example: str = "CPSRB-7") -> tuple[str, int]:
    """("CPSRB", 7) from "CPSRB-7" (any case); NotFound with a hint (`example`: one of the board's) otherwise."""
    match = _REF.match(text)
    if not match:
        raise NotFound(f"{quoted(text)} isn't an action reference. References look like {example}.")
    return match[1].upper(), int(match[2])
