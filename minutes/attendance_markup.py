"""Plain-text markup around a roll, tidied before the attendance is read: a Markdown heading or
bullet typed with no space after its marker ("###Present" over "*Nigel Hardy"), and a person's
initials in square brackets before their name ("- [DC] Daniel Collins"), as wiki and repository
notes write their rolls."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.people import initials_fit, looks_like_name

# "###Present", "##Apologies": a heading's hashes glued to its word.
_GLUED_HASHES = re.compile(r"^\s*#{1,6}(?=[A-Za-z])")
# "*Nigel Hardy", "-Ann Lee": a bullet glued to a capitalised word, no closing "*" on the line (no emphasis).
_GLUED_BULLET = re.compile(r"^(?P<indent>\s*)(?P<mark>[*•])(?=[A-Z][a-z])")
# "- [DC] Daniel Collins", "* [HP] Heidi Perrett (Chair)": a bullet, the person's initials in square
# brackets, then their name (and perhaps a bracket of their post). The one reading of such lines: the roll's
# tidying here and short_owners' initials both use tagged_entry.
_INITIALS_FIRST = re.compile(r"^(?P<bullet>\s*[-*•]\s+)\[(?P<short>[A-Z][A-Za-z]{1,3})\]\s+(?P<name>[A-Z][^()\[\]]{2,60}?)"
                             r"(?P<rest>\s*(?:\([^()]{1,60}\))?\s*)$")
# Longer lines are no roll's entry (a cost bound too).
_LONGEST_ENTRY = 160
# Past this many lines the document is left as it is (a cost bound).
_MOST_LINES = 200_000


def tidied_markup(lines: list[str]) -> list[str]:
    """The lines with glued heading and bullet markers spaced ("###Present" -> "Present", "*Anna" ->
    "* Anna") and initials before a name put after it ("- [DC] Daniel Collins" -> "- Daniel Collins
    (DC)"), where the initials fit the name; every other line as it was."""
    if len(lines) > _MOST_LINES:
        return lines
    # (A glued "*" is a bullet only in a run of such lines with no tab: "*Ann Cole<tab>Chair" alone in a table is
    # a mark a key explains.)
    glued = [bool(_GLUED_BULLET.match(line)) and "\t" not in line for line in lines]
    in_run = [flag and (at > 0 and glued[at - 1] or at + 1 < len(glued) and glued[at + 1]) for at, flag in enumerate(glued)]
    return [_tidied(line, run) if line[:1] in "#*• -\t" else line for line, run in zip(lines, in_run)]


def _tidied(line: str, in_run: bool) -> str:
    if line.lstrip()[:1] == "#":
        return _GLUED_HASHES.sub("", line, count=1)
    glued = _GLUED_BULLET.match(line) if in_run else None
    if glued and line.count("*") == 1 and looks_like_name(_words_before_bracket(line[glued.end():])) or glued and (
            line.count("*") == 1 and re.fullmatch(r"[A-Z][a-z'’-]{1,20}", line[glued.end():].strip())):
        return f"{glued['indent']}{glued['mark']} {line[glued.end():]}"
    if (first := tagged_entry(line)) and looks_like_name(first.name) and _fits(first.short, first.name):
        return f"{first.bullet}{first.name} ({first.short}){' ' + first.rest if first.rest else ''}"
    return line


@dataclass(frozen=True)
class TaggedEntry:
    """A roll's list entry tagged with its person's initials: "- [DC] Daniel Collins (Chair)" is bullet "- ",
    short "DC", name "Daniel Collins", rest "(Chair)"."""

    bullet: str
    short: str
    name: str
    rest: str


def tagged_entry(line: str) -> TaggedEntry | None:
    """The parts of a list entry that opens with initials in square brackets before a name ("- [DC] Daniel
    Collins", "* [HP] Heidi Perrett (Chair)"), whatever the name and the initials turn out to be; None for any
    other line. Callers judge the parts (whether the name is one, whether the initials fit it)."""
    if "[" not in line[:12] or len(line) > _LONGEST_ENTRY or not (tagged := _INITIALS_FIRST.match(line)):
        return None
    return TaggedEntry(tagged["bullet"], tagged["short"], tagged["name"].strip(), tagged["rest"].strip())


def _words_before_bracket(text: str) -> str:
    """ "John Batley (Dave)": the words before a bracket, the name."""
    return text.split("(", 1)[0].strip()


def _fits(short: str, name: str) -> bool:
    """Whether the initials are the name's, a hyphenated surname counted as one word ("MB" for Mirela
    Baptiste-Hale) or each part its own letter."""
    return initials_fit(short, name) or short == "".join(word[0] for word in name.split() if word[:1].isupper())
