"""Dates as boards write them: British numeric dates, month names and chat phrases.

`parse_due` reads what a person types after "by" in chat ("17/02/2015",
"17.02.15", "17 Feb", "tomorrow", "next Friday", "end of March", "in two weeks").
`parse_written_date` reads the fixed dates that minutes hold ("17.02.15",
"21st April 2015", "by July 2015"), relative to the meeting's date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from domain.errors import BadDate, quoted

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): number for number, name in enumerate(calendar.day_abbr)})

_NUMERIC = re.compile(r"^(\d{1,2})\s*[./\-]\s*(\d{1,2})(?:\s*[./\-]\s*(\d{2}|\d{4}))?$")
_MONTH_ONLY = re.compile(r"^(?:(?:the\s+)?end\s+of\s+)?([a-z]+)(?:\s+(\d{4}))?$")
_WEEKDAY = re.compile(r"^(?:(this|next)\s+)?([a-z]+)$")
_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b")
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_IN_PERIOD = re.compile(r"^in\s+(\w+)\s+(day|week|month)s?$")
_UNDATED = {"asap", "as soon as possible", "ongoing", "tbc", "tbd", "immediately", "n/a", "-"}

DATE_HINT = "Try a date such as 17/02/2027, 17 Feb, tomorrow, next Friday, end of March or in two weeks."


@dataclass(frozen=True)
class Due:
    """A due date as resolved, with the words it came from."""

    date: date | None
    text: str


def _clean(text: str) -> str:
    text = text.strip().lower().rstrip(".")
    text = re.sub(r"^(?:by|before|on|due)\s+", "", text)
    text = _ORDINAL.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).replace(",", "")


def _make(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise BadDate(f"{quoted(original)} is not a real date. {DATE_HINT}") from None


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _numeric(match: re.Match[str], today: date, original: str) -> date:
    day, month, year_text = int(match[1]), int(match[2]), match[3]
    if year_text is None:
        candidate = _make(today.year, month, day, original)
        return candidate if candidate >= today else _make(today.year + 1, month, day, original)
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000
    return _make(year, month, day, original)


def _month_only(match: re.Match[str], today: date) -> date | None:
    month = _MONTHS.get(match[1])
    if month is None:
        return None
    if match[2]:
        return _end_of_month(int(match[2]), month)
    candidate = _end_of_month(today.year, month)
    return candidate if candidate >= today else _end_of_month(today.year + 1, month)


def _weekday(match: re.Match[str], today: date) -> date | None:
    weekday = _WEEKDAYS.get(match[2])
    if weekday is None:
        return None
    ahead = (weekday - today.weekday()) % 7 or 7
    return today + timedelta(days=ahead)


def _relative(text: str, today: date) -> date | None:
    if text in ("today", "tonight"):
        return today
    if text == "tomorrow":
        return today + timedelta(days=1)
    if text in ("end of the week", "end of week", "end of this week"):
        return today + timedelta(days=(4 - today.weekday()) % 7)
    if text in ("end of the month", "end of month", "end of this month"):
        return _end_of_month(today.year, today.month)
    if text in ("next week",):
        return today + timedelta(days=7 - today.weekday())
    match = _IN_PERIOD.match(text)
    if match:
        count = _NUMBER_WORDS.get(match[1]) or (int(match[1]) if match[1].isdigit() else None)
        if count is None:
            return None
        if match[2] == "month":
            return _add_months(today, count)
        return today + timedelta(days=count * (7 if match[2] == "week" else 1))
    return None


def parse_written_date(text: str, reference: date) -> date | None:
    """The date a British date expression names, or None when it names none.

    Two-digit years are 20xx; a date without a year is the next one on or after
    `reference`; a bare month ("July 2015", "end of March") is its last day.
    Raises BadDate for a date that cannot exist, such as 31/02/2027.
    """
    cleaned = _clean(text)
    if not cleaned or cleaned in _UNDATED:
        return None
    try:
        return _first_reading(cleaned, text, reference)
    except (ValueError, OverflowError):  # year 0, "in 99999999 days": beyond the calendar
        raise BadDate(f"{quoted(text)} is not a date I can use. {DATE_HINT}") from None


def _first_reading(cleaned: str, text: str, reference: date) -> date | None:
    for parse in (
        lambda: _numeric(m, reference, text) if (m := _NUMERIC.match(cleaned)) else None,
        lambda: _relative(cleaned, reference),
        lambda: _month_only(m, reference) if (m := _MONTH_ONLY.match(cleaned)) else None,
        lambda: _weekday(m, reference) if (m := _WEEKDAY.match(cleaned)) else None,
    ):
        found = parse()
        if found is not None:
            return found
    parsed = dateparser.parse(
        cleaned,
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime.combine(reference, datetime.min.time()),
            "REQUIRE_PARTS": ["day", "month"],
        },
    )
    return parsed.date() if parsed else None


FURTHEST_DUE = timedelta(days=10 * 366)  # an action falls due within years, not centuries


def check_within_reach(day: date, today: date) -> date:
    """A due date no further ahead than ten years: later ones are refused (reminders are reckoned from
    them, and the fuzzing found 31 December 9999 overflowing that reckoning)."""
    if day > today + FURTHEST_DUE:
        raise BadDate(f"{day:%-d %B %Y} is too far ahead; pick a date within the next ten years.")
    return day


def parse_due(text: str, today: date) -> Due:
    """A due date typed in chat, which must name a real day from today on."""
    words = text.strip()
    if not words:
        raise BadDate(f"Say when it is due. {DATE_HINT}")
    found = parse_written_date(words, today)
    if found is None:
        raise BadDate(f"I couldn't read {quoted(words)} as a date. {DATE_HINT}")
    if found < today:
        raise BadDate(f"{found:%-d %B %Y} has already passed. {DATE_HINT}")
    return Due(check_within_reach(found, today), words)


def day_words(day: date, today: date, *, long: bool = False) -> str:
    """A day as the bot shows it: "Tue 17 Feb" (long: "Tuesday 17 February"), with the year
    whenever it is not this year's: "Tue 17 Feb 2015"."""
    shown = f"{day:%A %-d %B}" if long else f"{day:%a %-d %b}"
    return shown if day.year == today.year else f"{shown} {day:%Y}"


def describe_due(due: date | None, today: date) -> str:
    """A due date in words, relative to today: "today", "tomorrow", "overdue by 3 days"."""
    if due is None:
        return "no date"
    days = (due - today).days
    if days < 0:
        late = -days
        return f"overdue by {late} day{'s' if late != 1 else ''} ({day_words(due, today)})"
    if days == 0:
        return "due today"
    if days == 1:
        return "due tomorrow"
    if days < 7:
        return f"due {due:%A} ({due:%-d %b}{'' if due.year == today.year else f' {due:%Y}'})"
    return f"due {day_words(due, today)}"
