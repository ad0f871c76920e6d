"""Roll lines whose punctuation a web page or a PDF's text left garbled, or that a number rather than a
comma parts, tidied before the attendance is read:

- a flat or house number in brackets after each name, with no comma between the entries, as residents'
  associations and tenants' groups print their rolls ("Members present: Ann Cole (12) Chair; Bob Fry (7)
  Cath Gale and Dan Hart (31) Eve and Phil Ings (4)"): each number parts one entry from the next, and
  "Eve and Phil Ings" is two people who share a surname;
- initials glued to the surname, a post in square brackets, a comma with no space after it and a full stop
  before the last "and", with a stray "?" where a web page's hard space stood after the heading, as parish
  clerks' web pages print theirs ("Present.? A.Cole [Chairman ], B.Fry,C Gale. and D Hart [Clerk].").

Only a line that opens with an attendance heading (or an apologies sentence) is touched; every other line
is left as it was."""

from __future__ import annotations

import re

from minutes.attendance_headings import attendance_label
from minutes.people import shared_surname

# Past this many characters a line is left as it is (a cost bound).
_LONGEST = 4000
# "Ann Cole (12)", "Cath Gale and Dan Hart (31)": a word, then a bracketed number of one to four digits.
_FLAT_NUMBER = re.compile(r"(?<=[A-Za-z.])\s*\(\d{1,4}[A-Za-z]?\)\s*(?P<after>[;,]?)\s*")
# The fewest bracketed numbers that make a roll of flat numbers (one may be a count or a reference).
_FEWEST_NUMBERS = 3
# "McRae and Friel": two surnames alone, each a person.
_TWO_SURNAMES = re.compile(r"^(?P<first>[A-Z][\w'’-]+) and (?P<second>[A-Z][\w'’-]+)$")
# "Present.?", "Apologies.??", "Present?": a heading, a full stop and the "?" a hard space became.
_GARBLED_HEADING = re.compile(r"^(?P<head>\s*[A-Za-z][A-Za-z ]{2,40}?)\s*\.?\?+\s*(?=[A-Z(\[])")
# "A.Cole", "R.Rooke": a capital initial and full stop glued to a capitalised surname.
_GLUED_INITIAL = re.compile(r"\b(?P<initial>[A-Z]\.)(?=[A-Z][a-z])")
# "[Chairman ]", "[Clerk]": a post in square brackets.
_SQUARE_POST = re.compile(r"\[\s*(?P<post>[A-Za-z][A-Za-z .'-]{0,40}?)\s*\]")
# ",S Hutchings": a comma glued to the next capitalised word.
_GLUED_COMMA = re.compile(r",(?=[A-Z])")
# "Davidson. and J. Loader": a full stop after a surname before the last "and".
_STOP_BEFORE_AND = re.compile(r"(?<=[a-z]{2})\. (?=and [A-Z])")


def tidied_rolls(lines: list[str]) -> list[str]:
    """The lines with each garbled roll line tidied ("Present.? A.Cole [Chair], B.Fry" -> "Present: A. Cole
    (Chair), B. Fry"; "Present: Ann Cole (12) Bob Fry (7) Cath Gale (9)" -> "Present: Ann Cole; Bob Fry; Cath
    Gale"); every other line as it was."""
    return [_tidied(line) if len(line) <= _LONGEST and ("(" in line or "?" in line) else line for line in lines]


def _tidied(line: str) -> str:
    if "?" in line and (garbled := _GARBLED_HEADING.match(line)) and attendance_label(garbled["head"] + ":"):
        line = _unglued(garbled["head"] + ": " + line[garbled.end():])
    if len(_FLAT_NUMBER.findall(line)) >= _FEWEST_NUMBERS and attendance_label(line):
        line = flat_numbers_apart(line)
    return line


def _unglued(line: str) -> str:
    """A garbled roll line spaced as a typed one ("A.Cole [Chair],B.Fry. and C Gale" -> "A. Cole (Chair), B.
    Fry and C Gale")."""
    line = _GLUED_INITIAL.sub(r"\g<initial> ", line)
    line = _SQUARE_POST.sub(r"(\g<post>)", line)
    line = _GLUED_COMMA.sub(", ", line)
    return _STOP_BEFORE_AND.sub(" ", line)


def flat_numbers_apart(line: str) -> str:
    """A roll whose bracketed flat numbers part its entries, with semicolons parting them instead ("Ann Cole (12)
    Chair; Bob Fry (7) Eve and Phil Ings (4)." -> "Ann Cole, Chair; Bob Fry; Eve Ings; Phil Ings.")."""
    parts = [part.strip() for part in _FLAT_NUMBER.sub(_parting, line).split("\x00")]
    entries: list[str] = []
    for part in parts:
        if not any(ch.isalpha() for ch in part):
            continue  # the full stop after the last number
        if entries and part.split(";")[0].strip().lower() in _POSTS_AFTER:
            entries[-1] += ", " + part  # "Ann Cole (12) Chair;": the post after the number is still hers
            continue
        entries.append(part)
    return "; ".join(_shared_surname(entry.rstrip("; ")) for entry in entries)


_POSTS_AFTER = {"chair", "chairman", "chairwoman", "vice chair", "vice-chair", "secretary", "treasurer", "clerk"}


def _parting(match: re.Match[str]) -> str:
    return "\x00"


def _shared_surname(entry: str) -> str:
    """"Eve and Phil Ings" -> "Eve Ings; Phil Ings" (as `people.shared_surname` reads a couple); "McRae and Friel" ->
    "McRae; Friel"; else the entry."""
    if shared := shared_surname(entry):
        return "; ".join(shared)
    if two := _TWO_SURNAMES.match(entry):
        return f"{two['first']}; {two['second']}"
    return entry
