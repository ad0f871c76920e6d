"""An owner set in the right-hand margin of an entry in fixed-width minutes, with no column heading:
"Cake stall – confirm if the bakery can donate and buy the plates <gap> RH", the task's words perhaps
wrapped onto the next line ("... asking for volunteers and <gap> NB/PC" over "a rota for the afternoon").
Normalising turns the gap into a tab; the entry is read as "... (Action: RH)" would be, with its
wrapped words. (A roll's "Ann Lee <tab> Chair" is no entry: the words before the gap must be a phrase
with words in lower case, and the margin must hold only owners the attendance knows.)"""

from __future__ import annotations

import re

# Initials, joined by "/", "&" or ",": "NB/PC", "DO'C / CJ". (A name or an office in a last cell is more often
# a table's column, its rows' words wrapped over lines of their own, than a margin beside notes.)
_OWNER_CELL = re.compile(r"^[A-Z][A-Z'’]{1,4}(?:[ ]?(?:/|&|,)[ ]?[A-Z][A-Z'’]{1,4}){0,3}$")
_PART = re.compile(r"\s*[/&,]\s*")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_ENTRY_WORDS = 4
_WRAPPED_LINES = 3


def _opens_entry(lines: list[str], index: int, what: str) -> bool:
    """Whether the line at `index` opens an entry of its own: after a blank line, after another entry with
    an owner in the margin (or the words it wrapped onto), or after a short line of notes standing alone
    ("Raffle tickets ordered", "Quiz night raised £412."). (A margin owner on the last line of a wrapped paragraph, "... report back
    to the People\nCommittee by end of March. <tab> CM", owns that paragraph, read as such elsewhere.)"""
    before = lines[index - 1].strip() if index else ""
    if not before or "\t" in before:
        return True
    if before[:1].islower():
        return index >= 2 and "\t" in lines[index - 2].strip()
    # (A paragraph wraps its lines to one width; a line of notes standing alone is shorter than the entry after it.)
    return not before.endswith((";", ":", ",")) and len(before) < len(what)


def margin_owner_entry(lines: list[str], index: int, owners) -> tuple[str, int] | None:
    """The entry at `index` written with its margin's owner as "(Action: X)" closing it, and the index of
    the line after its wrapped words; None when the line is no such entry."""
    cells = lines[index].strip().split("\t")
    if len(cells) != 2:
        return None
    what, who = cells[0].strip(), cells[1].strip()
    if len(who) > 40 or not _OWNER_CELL.match(who) or len(what.split()) < _ENTRY_WORDS or not _LOWER_WORD.search(what):
        return None
    if what.endswith(":") or not what[:1].isupper() or not _opens_entry(lines, index, what):
        return None
    if not all(part and owners.is_owner(part, strict=False) for part in _PART.split(who)):
        return None
    end = index + 1
    # (The task's words wrapped onto lines of their own, each opening in lower case, with no margin.)
    while end < len(lines) and end - index <= _WRAPPED_LINES and "\t" not in lines[end].strip() and (
            lines[end].strip()[:1].islower()):
        what = f"{what} {lines[end].strip()}"
        end += 1
    return f"{what.rstrip(' .')} (Action: {who})", end
