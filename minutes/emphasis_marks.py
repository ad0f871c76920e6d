"""Italics, bold and strike-through that carry meaning in a roll, kept in the text as marks.

Many bodies mark who sent apologies, who was absent or who chaired not with words but with type:
"Present (apologies in italics)", "Members (Chair in bold; absent struck through)", "Names in italics
sent their apologies". The parsers of formatted minutes (HTML, markdown, Word) record each block's
italic, bold and struck phrases (`Block.marks`); where the document carries such a key, the phrases
of the kinds it names are written back into the laid-out text in markdown's own marks, which the
plain-text reader keeps and the attendance reader can read:

    *Ann Lee*       italic        **Ann Lee**     bold        ~~Ann Lee~~     struck through

A document with no key keeps its text free of marks, as before: emphasis elsewhere (a bold owner, an
italic note) means nothing a reader of the roll needs, and the marks would only get in the way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

ITALIC, BOLD, STRUCK = "italic", "bold", "struck"
_WRAP = {ITALIC: "*", BOLD: "**", STRUCK: "~~"}

# A key: a short line naming a kind of mark and what it says of a roll's people. Both are needed:
# "Items struck through were completed" keys the action log, not the roll.
_MARK_WORDS = re.compile(
    r"\b(?:(?P<italic>italic(?:s|ised|ized)?)|(?P<bold>bold(?:ed)?|emboldened|heavy type)"
    r"|(?P<struck>struck(?:\s+(?:through|out))?|strike-?\s?through|crossed\s+(?:through|out)|(?:lined|ruled)\s+through))\b",
    re.IGNORECASE)
_ROLL_WORDS = re.compile(
    r"\b(?:apolog\w*|absen\w*|present|attend\w*|chair\w*|members?|names?|sent|substitut\w*|deputis\w*|"
    r"councillors?|governors?|trustees?|directors?)\b", re.IGNORECASE)
_KEY_CHARS = 200
_CHEAP = ("italic", "bold", "embolden", "heavy", "struck", "strike", "crossed", "through")
# Past these, a block's marks or a document's lines are not looked at (a cost bound).
_MOST_MARKS = 200
_MOST_KEY_LINES = 5_000


def keyed_kinds(lines: Iterable[str]) -> frozenset[str]:
    """The kinds of mark a document's key names ("Present (apologies in italics)" -> italic): each
    line short enough to be a key that names a mark beside a word of the roll."""
    found: set[str] = set()
    for count, line in enumerate(lines):
        if count >= _MOST_KEY_LINES:
            break
        if len(line) > _KEY_CHARS:
            continue
        lowered = line.lower()
        if not any(word in lowered for word in _CHEAP) or not _ROLL_WORDS.search(line):
            continue
        for mark in _MARK_WORDS.finditer(line):
            found.add(next(kind for kind in (ITALIC, BOLD, STRUCK) if mark[kind]))
    return frozenset(found)


def with_marks(text: str, marks: Iterable[tuple[str, str]], kinds: frozenset[str]) -> str:
    """The text with each marked phrase of a keyed kind wrapped in its mark ("Ann Lee" in italics
    -> "*Ann Lee*"), phrases taken in reading order, each the first time it stands after the last."""
    if not kinds:
        return text
    out: list[str] = []
    at = 0
    for count, (kind, phrase) in enumerate(marks):
        if count >= _MOST_MARKS:
            break
        phrase = phrase.strip()
        if kind not in kinds or not phrase or "\n" in phrase:
            continue
        found = text.find(phrase, at)
        if found < 0:
            continue
        wrap = _WRAP[kind]
        if text[max(0, found - len(wrap)):found] == wrap or text[found:found + len(wrap)] == wrap:
            continue  # (marked already: a markdown line struck through whole)
        out.append(f"{text[at:found]}{wrap}{phrase}{wrap}")
        at = found + len(phrase)
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)
