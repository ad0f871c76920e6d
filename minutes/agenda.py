"""Agenda items as minutes head them: "1. WELCOME AND APOLOGIES", "2\tWhy resilience
matters", "Item 3: Finance update - Jane Smith", "CLOSURE AND DATE OF NEXT MEETING"."""

from __future__ import annotations

import re

from minutes.model import AgendaItem
from minutes.normalise import prose
from minutes.people import looks_like_name
from minutes.vocabulary import OWNER_ROLES
from minutes.when import MONTH

# "3. Finance", "Item 3: Finance", and council minute references "14/16 Minutes",
# "HWB 23/16 Declarations of interest" (the item is the number before the year), NHS
# board references "FB/25/031 Patient story" (the year first, then the item), or
# with the year first, "16/23 School readiness" (see `year_comes_first`).
_NUMBERED = re.compile(
    r"^\s*(?:(?:agenda\s+item|item|minute|min\.?)\s+)?"
    # ("BoD 26/010", "CoG/25/14": a body's initials written in mixed case before the reference.)
    r"(?:(?:(?-i:[A-Z]{2,6}|[A-Z][a-z]?[A-Z][A-Za-z]{0,3})(?:\s*|/))?(?P<ref>\d{1,4})/(?P<ref2>\d{1,4})\.?"
    r"|(?P<number>\d{1,2})(?:[.):]|\s+[-–])?)[\t ]+(?P<title>\S.*)$",
    re.IGNORECASE,
)
# ("201. PUBLIC QUESTION TIME": a council numbering its minutes through the year past 99, the title in capitals.)
_LETTER_OR_DOTTED_REF = re.compile(r"^\s*(?:(?P<ref>\d{1,3})\.\d{2}|(?P<lref>\d{3})(?=\.)|(?-i:[A-Z]{1,4})[/.](?P<lref2>\d{1,4}))"
                                   r"(?:[.:])?[\t ]+(?P<title>\S.*)$")
MINUTE_REF = re.compile(r"(?<![\d/])(\d{1,4})/(\d{1,4})(?![\d/])")
_MARKERS = re.compile(r"\b(?:AGREED|RESOLVED|ACTIONS?|DECISIONS?)\b\s*[:/\-–]")
# "25 June 2015" split over columns reads as item 25 "June 2015": a whole month name or
# its abbreviation opens no title, but "Declarations of interest" and "Marketing plan" do
# (and "Town centre" and "Forward plan": whole words only, here too).
_NOT_A_TITLE_START = re.compile(
    rf"^(?:(?:that|to|the\s+board|it\s+was|for)\b|{MONTH}(?![a-z])"
    r"|(?:am|pm)\b|minutes?\s+of\s+the\s+(?:previous|last)\s+meeting\s+(?:were|was))",
    re.IGNORECASE,
)
_PRESENTED_BY = re.compile(
    r"\s*[(\[]?\s*(?:presented|introduced|led)\s+by\s+(?P<who>[^)\]]+)[)\]]?\s*$", re.IGNORECASE
)
_DASH_PRESENTER = re.compile(r"^(?P<title>.+?)\s+[-–—]\s+(?P<who>[^-–—]+?)$")
_BRACKET_PRESENTER = re.compile(r"^(?P<title>.+?)\s*\((?P<who>[^()]+)\)$")
_PRESENTER_LINE = re.compile(
    r"^\s*(?:presenter|presented\s+by|lead|led\s+by|report\s+of|introduced\s+by|speaker)\s*[:\-–]?\s+"
    r"(?P<who>\S.*)$",
    re.IGNORECASE,
)


def read_heading(line: str, last_number: int | None = None, year_first: bool = False) -> AgendaItem | None:
    """The agenda item a line heads, or None. A number must follow `last_number`, so a
    stray "1" leaking from a page column, or a restarted list, heads nothing.
    `year_first` says minute references put the year first ("16/23" is item 23)."""
    numbered = _NUMBERED.match(line)
    # "17.26 MATTERS ARISING", "E/105<tab>ACTION LIST": a minute's reference with its year after a dot,
    # or a committee's letter before its number, heads an item whose title is in capitals.
    referenced = _LETTER_OR_DOTTED_REF.match(line) if numbered is None and line[:1].isalnum() else None
    if referenced is not None and not _is_capitals_heading(referenced["title"], fewest_words=1):
        referenced = None
    if numbered or referenced:
        written = (numbered["number"] or ref_number(numbered["ref"], numbered["ref2"], year_first) if numbered
                   else str(int(referenced["ref"] or referenced["lref"] or referenced["lref2"])))
        if written is None or last_number is not None and int(written) <= last_number:
            return None
        return _item(written, split_run_on(numbered["title"])[0] if numbered else referenced["title"].strip())
    if _is_capitals_heading(line):
        return _item(None, line)
    return None


# "25/064 Public participation. A resident raised ...": a parish minute runs its text on
# after the title's full stop. The title is short and ends at a stop before a capital;
# "St. Mary's" and "No. 4" are abbreviations, not the end of one.
_RUN_ON = re.compile(r"^(?P<title>[^.\t]{3,80}?)(?<!\b[A-Z])(?<!\bSt)(?<!\bNo)(?<!\bCllr)(?<!\bDr)(?<!\bMr)(?<!\bMrs)"
                     r"(?<!\bMs)\.\s+(?P<rest>[A-Z0-9(\"“'‘].*)$")
_RUN_ON_TITLE_WORDS = 10
_RUN_ON_REST_WORDS = 3


def split_run_on(title: str) -> tuple[str, str | None]:
    """A numbered heading's title and the minute's text run on after it, if any."""
    match = _RUN_ON.match(title)
    if (not match or len(match["title"].split()) > _RUN_ON_TITLE_WORDS
            or len(match["rest"].split()) < _RUN_ON_REST_WORDS):
        return title, None
    return match["title"].strip(), match["rest"].strip()


def heading_run_on(line: str) -> str | None:
    """The text a numbered heading line runs on with after its title, if any."""
    numbered = _NUMBERED.match(line)
    return split_run_on(numbered["title"])[1] if numbered else None


def ref_number(first: str, second: str, year_first: bool) -> str | None:
    """The item number of a minute reference "23/16" (or "16/23" when `year_first`)."""
    number, year = (second, first) if year_first else (first, second)
    return str(int(number)) if len(number) <= 3 and len(year) in (2, 4) else None


def year_comes_first(lines: list[str], year: int | None) -> bool:
    """Whether the minute references heading items put the year first ("16/22, 16/23").
    Across several references the year is the part that stays the same; a lone
    reference has its year where the meeting's year is written."""
    refs = [(m["ref"], m["ref2"]) for m in map(_NUMBERED.match, lines) if m and m["ref"]]
    firsts, seconds = {a for a, _ in refs}, {b for _, b in refs}
    if len(refs) >= 2 and len(firsts) != len(seconds):
        return len(firsts) < len(seconds)
    if refs and year is not None:
        first, second = refs[0]
        years = {str(year), f"{year % 100:02d}"}
        return first in years and second not in years
    return False


def ref_year(line: str, year_first: bool) -> str | None:
    """The year part of the minute reference a line opens with ("FB/25/031 ..." gives "25")."""
    match = _NUMBERED.match(line) if "/" in line[:20] else None
    if not match or not match["ref"]:
        return None
    return match["ref"] if year_first else match["ref2"]


def usual_ref_year(lines: list[str], year_first: bool) -> str | None:
    """The year most of the document's minute references carry: its own minutes' year. A
    reference of another year opening a line ("ARC/25/071 Losses ...: RT to revise ...", in
    the review of a 2026 meeting's actions) points to an earlier minute; it heads no item."""
    years = [year for line in lines if (year := ref_year(line, year_first))]
    if len(years) < 3:
        return None
    best = max(set(years), key=years.count)
    return best if years.count(best) * 2 > len(years) else None


def is_heading(line: str) -> bool:
    """Whether a line heads an agenda item, whatever its number or reference order."""
    return read_heading(line) is not None or read_heading(line, year_first=True) is not None


def presenter_line(line: str) -> str | None:
    """The presenter a line under a heading names ("Presenter: Jane Smith"), if any."""
    match = _PRESENTER_LINE.match(line)
    return prose(match["who"]).rstrip(".") if match else None


def _item(number: str | None, raw_title: str) -> AgendaItem | None:
    cells = [prose(cell) for cell in raw_title.split("\t") if cell.strip()]
    if not cells:
        return None
    title, presenter = _split_presenter(cells)
    # ("4. Planning:" over its business, "Minutes of the last meeting:" with the minute run on: the colon
    # that leads into the item is no part of its title.)
    title = title.rstrip(" :;") if title.endswith((":", ";")) and not title.endswith("::") else title
    if not _plausible_title(title):
        return None
    return AgendaItem(number=number, title=title, presenter=presenter)


def _split_presenter(cells: list[str]) -> tuple[str, str | None]:
    title = cells[0]
    if len(cells) > 1 and _is_presenter(cells[-1]):
        return " ".join(cells[:-1]), cells[-1]
    for pattern in (_PRESENTED_BY, _DASH_PRESENTER, _BRACKET_PRESENTER):
        match = pattern.search(title) if pattern is _PRESENTED_BY else pattern.match(title)
        if match and _is_presenter(match["who"]):
            rest = title[: match.start()] if pattern is _PRESENTED_BY else match["title"]
            return rest.strip(" -–—:"), prose(match["who"])
    return " ".join(cells), None


def _is_presenter(text: str) -> bool:
    names = [part.strip() for part in re.split(r"\s*(?:/|&|\band\b|,)\s*", text) if part.strip()]
    return bool(names) and all(
        looks_like_name(n) or OWNER_ROLES.match(n) or re.fullmatch(r"[A-Z]{2,4}", n) for n in names
    )


def _plausible_title(title: str) -> bool:
    words = title.split()
    if not words or not title[0].isupper() and not title[0].isdigit():
        return False
    if not title[0].isalpha() or _MARKERS.search(title) or _NOT_A_TITLE_START.match(title):
        return False
    if len(title) > 140 or len(words) > 20:
        return False
    return not title.endswith(".") or len(words) <= 8


_SMALL_LETTER = re.compile(r"[a-z]")


def _is_capitals_heading(line: str, fewest_words: int = 2) -> bool:
    """Whether a line is a title in capitals (of one word or more after a minute's reference, "207. FINANCE")."""
    if "(" not in line and _SMALL_LETTER.search(line):
        return False  # (cheaply: most lines have a small letter, and no title in capitals does)
    text = prose(line)
    # ("CLERK'S ANNUAL APPRAISAL (confidential)": a note in brackets after the title is no part of it.)
    letters = [c for c in (re.sub(r"\s*\([^()]{1,30}\)", "", text) if "(" in text else text) if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters) or "\t" in line.strip():
        return False
    words = text.split()
    return fewest_words <= len(words) <= 12 and not _MARKERS.search(text) and text[0].isalpha()
