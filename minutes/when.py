"""Dates and times as minutes write them: "Tuesday, 10 February 2015", "23rd March 2015",
"10am until 12noon", "4.00pm until 5.30pm", "18:00 - 19:30", "by July 2015".

Full dates found in running text are read here; due dates go through the project's
own `domain.dates.parse_written_date` so that chat and minutes agree on what
"17.02.15" or "by July 2015" means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from domain.dates import parse_written_date
from domain.errors import BadDate

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"

_FULL_DATE = re.compile(
    rf"(?<![\w./-])(?:{_WEEKDAY},?\s+)?(?:the\s+)?"
    rf"(?:(?P<d1>{_DAY})(?:\s+of)?\s+(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>\d{{1,2}})[./-](?P<m3>\d{{1,2}})[./-](?P<y3>\d{{4}}|\d{{2}})"
    rf"|(?P<y4>\d{{4}})(?P<sep>[-/])(?P<m4>\d{{1,2}})(?P=sep)(?P<d4>\d{{1,2}}))(?![\w/-]|\.\d)",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    rf"(?<![\w./-])(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?![\w])"
    rf"|(?<![\w./-])(?:(?P<weekday2>{_WEEKDAY}),?\s+)(?P<m2>{MONTH})\s+(?P<d2>{_DAY})(?![\w])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d{2}(?![\d/])")

_CLOCK = (
    r"(?:(?P<{n}h>\d{{1,2}})(?:[.:](?P<{n}m>[0-5]\d))?\s*(?P<{n}ap>[ap]\.?m\.?)(?![a-z])"
    r"|(?P<{n}h24>[01]?\d|2[0-3])[:.](?P<{n}m24>[0-5]\d)(?![\d]|\.\d)"
    r"|(?P<{n}noon>(?:12(?:[.:]00)?\s*)?(?:noon|midday)))"
)
_TIME_RANGE = re.compile(
    r"(?<![\d.])(?:(?P<bare>\d{1,2})(?:[.:](?P<barem>[0-5]\d))?(?=\s*(?:-|–|—|to|until)\s*\d)|"
    + _CLOCK.format(n="a")
    + r")\s*(?:-|–|—|to|until|till|and)\s*"
    + _CLOCK.format(n="b"),
    re.IGNORECASE,
)
_ONE_TIME = re.compile(r"(?<![\d.])" + _CLOCK.format(n="a"), re.IGNORECASE)

_NEXT_MEETING = r"(?:the\s+|its\s+|our\s+|their\s+)?next\s+(?:board\s+|partnership\s+|group\s+|scheduled\s+)?meeting"
_DUE_DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?![\w-])"
    rf"|(?:{_WEEKDAY},?\s+)?{_DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+\d{{4}})?(?![\w])"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\w])"
    rf"|(?:the\s+)?end\s+of\s+(?:{MONTH}|(?:the\s+)?month|(?:the\s+)?year)(?:\s+\d{{4}})?(?![\w])"
    rf"|{MONTH}\s+\d{{4}}"
    rf"|(?<![\d/.-])\d{{1,2}}[./-]\d{{1,2}}(?:[./-](?:\d{{4}}|\d{{2}}))?(?![\w/-]|\.\d)"
    rf"|{_NEXT_MEETING}"
    r"|asap|as soon as possible"
    r"|(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+\d{4})?)(?![\w]))"
)
# "w/c 20 June", "week commencing 6 June 2016": a week named by its first day.
_WEEK_OF = (
    rf"(?:w/c|w/b|wc|week\s+(?:commencing|beginning|starting))\s+"
    rf"(?:{_DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+\d{{4}})?(?![\w])|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?(?![\w/-]))"
)
# "within two weeks": a span from the meeting ("in six months" is often what, not when).
_SPAN = r"(?:one|two|three|four|five|six|eight|ten|twelve|\d{1,2})\s+(?:working\s+)?(?:days?|weeks?|months?)"
# "the April meeting": the next meeting when it falls in that month.
_MONTH_MEETING = rf"(?:the\s+)?{MONTH}\s+(?:board\s+|partnership\s+|group\s+|council\s+)?meeting"
_DUE_CUE = re.compile(
    rf"(?:\b(?:by|before|no later than|deadline|due|target date|on or before|for|at|to)[:\s]\s*"
    rf"(?P<cued>{_WEEK_OF}|{_DUE_DATE})"
    # "by Friday", "before next Tuesday": a weekday after the meeting, only after "by" or "before".
    rf"|\b(?:by|before)\s+(?P<weekday>(?:next\s+|this\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    rf"|Sunday))(?![\w])"
    rf"|[-–—(,]\s*(?P<tail>{_WEEK_OF}|{_DUE_DATE})\s*\)?\s*\.?\s*$"
    rf"|(?<![\w/])(?P<week>{_WEEK_OF}))",
    re.IGNORECASE,
)
# Rarer wordings, looked for only when the usual ones find nothing and a word they need is there.
_OTHER_CUE = re.compile(
    rf"(?:\bwithin\s+(?P<span>{_SPAN})(?![\w])(?!\s+(?:of|after|from|before)\b)"
    rf"|\bin\s+(?P<month>{MONTH}\s+\d{{4}})(?![\w])"
    # "report back (to the Board) in June": a month alone is a date only for coming back.
    rf"|\bback(?:\s+to\s+(?:the\s+)?\w+)?\s+in\s+(?P<back>(?-i:January|February|March|April|May|June|July|August"
    rf"|September|October|November|December)(?:\s+\d{{4}})?)(?![\w])"
    rf"|\b(?:by|before|for|at|to)\s+(?P<meeting>{_MONTH_MEETING})"
    # "report back next meeting": coming back names the meeting without "by" or "to".
    rf"|\bback\s+(?:at\s+|to\s+)?(?P<backnext>{_NEXT_MEETING}))",
    re.IGNORECASE,
)
_OTHER_CUE_WORDS = ("within", "back", "meeting")
_DIGIT = re.compile(r"\d")
_MONTH_MEETING_RE = re.compile(_MONTH_MEETING, re.IGNORECASE)
_WEEK_CUE = re.compile(r"^(?:w/c|w/b|wc|week\s+(?:commencing|beginning|starting))\s+", re.IGNORECASE)
_NEXT_MEETING_RE = re.compile(_NEXT_MEETING, re.IGNORECASE)
_LOOKS_DATED = re.compile(rf"\d|{MONTH}\b|{_WEEKDAY}\b|asap|next|end of|tomorrow|week", re.I)


@dataclass(frozen=True)
class Found:
    """Something found in a line, with where it was, so the rest can be read as venue."""

    value: object
    start: int
    end: int


def _month_number(word: str) -> int:
    return _MONTH_NAMES[word.lower()[:3]]


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word)[0])


def find_date(text: str) -> Found | None:
    """The first full date (with a year) in `text`, e.g. "Tuesday, 10 February 2015"."""
    for match in _FULL_DATE.finditer(text):
        day = _full_date(match)
        if day is not None:
            return Found(day, match.start(), match.end())
    return None


def find_day_month(text: str, after: date) -> Found | None:
    """A date written without its year ("Tuesday 21st April"), the next on or after `after`."""
    match = _DAY_MONTH.search(text)
    if not match:
        return None
    month, day = _month_number(match["m"] or match["m2"]), _day_number(match["d"] or match["d2"])
    for year in (after.year, after.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= after:
            return Found(candidate, match.start(), match.end())
    return None


def find_yearless_date(text: str, context: list[str]) -> Found | None:
    """ "held on Tues 4 Nov": a meeting's date written without its year. With its weekday,
    the year is the one, among those the document gives (and each one's neighbours), in
    which that day falls on that weekday; without a weekday, the one year the lines give."""
    match = _DAY_MONTH.search(text)
    if not match:
        return None
    month, day = _month_number(match["m"] or match["m2"]), _day_number(match["d"] or match["d2"])
    years = list(dict.fromkeys(int(y) for line in context for y in _YEAR.findall(line)))
    weekday = match["weekday"] or match["weekday2"]
    if weekday is None:
        candidates = years if len(years) == 1 else []
    else:
        near = dict.fromkeys(y + step for y in years for step in (0, 1, -1))
        candidates = [y for y in near if _weekday_fits(y, month, day, weekday)]
    return Found(date(candidates[0], month, day), match.start(), match.end()) if candidates and _valid(
        candidates[0], month, day) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _weekday_fits(year: int, month: int, day: int, weekday: str) -> bool:
    if not _valid(year, month, day):
        return False
    return date(year, month, day).strftime("%a").lower()[:2] == weekday.lower()[:2]


def _full_date(match: re.Match[str]) -> date | None:
    if match["d1"]:
        parts = (int(match["y1"]), _month_number(match["m1"]), _day_number(match["d1"]))
    elif match["m2"]:
        parts = (int(match["y2"]), _month_number(match["m2"]), _day_number(match["d2"]))
    elif match["d3"]:
        year = int(match["y3"])
        parts = (year + 2000 if year < 100 else year, int(match["m3"]), int(match["d3"]))
    else:
        parts = (int(match["y4"]), int(match["m4"]), int(match["d4"]))
    try:
        return date(*parts)
    except ValueError:
        return None


def _clock(match: re.Match[str], n: str, meridiem: str | None = None) -> time | None:
    if match[f"{n}noon"]:
        return time(12, 0)
    if match[f"{n}h24"] is not None:
        return time(int(match[f"{n}h24"]), int(match[f"{n}m24"]))
    if match[f"{n}h"] is None:
        return None
    hour, minute = int(match[f"{n}h"]), int(match[f"{n}m"] or 0)
    meridiem = (match[f"{n}ap"] or meridiem or "").lower()
    if hour > 12 or hour == 0 and meridiem:
        return None
    if meridiem.startswith("p") and hour != 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return time(hour, minute)


def _bare_start(hour: int, minute: int, end: time | None) -> time | None:
    """ "2-4pm", "10 - 12pm": a start without am/pm takes the end's half of the day."""
    if end is None or hour > 23:
        return None
    if end.hour >= 12 and hour < 12 and hour + 12 <= end.hour:
        hour += 12
    return time(hour, minute)


def find_time_range(text: str) -> Found | None:
    """The first "start until end" in `text`, as a (start, end) pair of times."""
    for match in _TIME_RANGE.finditer(text):
        end = _clock(match, "b")
        if match["bare"] is not None:
            start = _bare_start(int(match["bare"]), int(match["barem"] or 0), end)
        else:
            start = _clock(match, "a")
        if start is not None and end is not None:
            return Found((start, end), match.start(), match.end())
    return None


def find_time(text: str) -> Found | None:
    """The first single time of day in `text` ("2.00pm", "14:00", "12 noon")."""
    for match in _ONE_TIME.finditer(text):
        moment = _clock(match, "a")
        if moment is not None:
            return Found(moment, match.start(), match.end())
    return None


def find_due_phrase(text: str) -> Found | None:
    """Words naming when something is due ("by 17 March", "- 17.02.15"), as written."""
    found = _cued(text, _DUE_CUE)
    lowered = text.lower()
    if found is None and (any(word in lowered for word in _OTHER_CUE_WORDS) or " in " in lowered and _DIGIT.search(text)):
        found = _cued(text, _OTHER_CUE)
    return found


def _cued(text: str, cues: re.Pattern[str]) -> Found | None:
    for match in cues.finditer(text):
        group = next(name for name, value in match.groupdict().items() if value)
        phrase = match[group]
        cue = text[match.start() : match.start(group)].strip().lower()
        is_next = bool(_NEXT_MEETING_RE.fullmatch(phrase.strip()) or _MONTH_MEETING_RE.fullmatch(phrase.strip()))
        # "for", "at" and "to" name a date only when they point at a meeting.
        if cue.rstrip(":") in ("for", "at", "to") and not is_next:
            continue
        # "report back in June": "back" stays with the task; the date is "in June".
        start = text.rfind(" in ", match.start(), match.start(group)) + 1 if group == "back" else (
            match.start(group) if group == "backnext" else match.start())
        return Found(phrase.strip().rstrip("."), start, match.end())
    return None


def resolve_due(text: str | None, reference: date, next_meeting: date | None) -> date | None:
    """The date a due text names, or None ("asap", "ongoing", impossible dates)."""
    if not text or not _LOOKS_DATED.search(text):
        return None
    # A task due in "w/c 20 June" is due in the week that starts that day: that day.
    text = _WEEK_CUE.sub("", text.strip())
    if _NEXT_MEETING_RE.search(text):
        return next_meeting
    month_meeting = _MONTH_MEETING_RE.fullmatch(text.strip())
    if month_meeting:
        month = _month_number(text.strip().removeprefix("the").split()[0])
        return next_meeting if next_meeting is not None and next_meeting.month == month else None
    written = find_date(text)
    if written is not None and not text[: written.start].strip(" ,") and not text[written.end :].strip(" .,"):
        # A full date with its year needs no interpretation, and dateparser is slow.
        return written.value
    try:
        return parse_written_date(text, reference)
    except BadDate:
        return None


_DUE_AT_END = re.compile(
    rf"(?:^|\s)(?:by\s+)?(?P<due>{_WEEK_OF}|{_DUE_DATE}|tbc|tba|ongoing|on-going|immediate(?:ly)?)\s*\.?$",
    re.IGNORECASE,
)


def due_at_end(text: str) -> tuple[str, str] | None:
    """A table cell of dates run on at the end of a row's text ("... AL 11/04/2025"):
    the text before it and the date as written."""
    match = _DUE_AT_END.search(text)
    if not match:
        return None
    return text[: match.start()].rstrip(), match["due"]
