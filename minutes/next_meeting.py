"""The next meeting: "The next meeting will be held on Tuesday 21st April 2015 at 4.00pm
until 5.30pm at Chorley Town Hall", "Date of next meeting: 25 June 2015, 10am until
12noon, Civic Centre, Oldham This will be a Devolution themed meeting"."""

from __future__ import annotations

import re
from datetime import date

from minutes.header import venue_after
from minutes.model import NextMeeting
from minutes.next_meeting_lines import (ANNOUNCES, MENTIONS, OPEN, announces_next_meeting,  # noqa: F401 (body reads it)
                                        minute_reference)
from minutes.normalise import prose
from minutes.when import (MONTH, find_date, find_day_month, find_day_of_month, find_figures_without_year, find_meets_again,
                          find_month_day, find_nth_weekday, find_time, find_time_range, glued_clock,
                          writes_month_first)

_THEMES = [
    re.compile(r"\bthis\s+will\s+be\s+an?\s+(?P<theme>.+?)\s+themed?\s+(?:meeting|session)", re.I),
    re.compile(r"\bthemed?\s+(?:meeting|session)?\s*(?:on|about|:|-|–)\s*(?P<theme>[^.]+)", re.I),
    re.compile(r"\bthe\s+theme\s+(?:will\s+be|is)\s*:?\s*(?P<theme>[^.]+)", re.I),
]
_THEME_SENTENCE = re.compile(r"\s*(?:\.\s*)?\bthis\s+will\s+be\b.*$|\s*[.;]?\s*\bthemed?\b.*$", re.I)
_LOOKAHEAD = 3
# How far after a passing mention of the next meeting its date may be written, within its sentence.
_PASSING_CHARS = 120
_TITLE_WORDS = 3  # words a title may put before "next meeting" ("F12:02/26 Date of")
# A line opening in lower case: a sentence wrapped from the line above goes on ("to the next meeting.").
_CONTINUES = re.compile(r"^\s*[a-z]")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])[.!?]\s+(?=[A-Z])|\s+[•·]\s+|\s+\d{1,2}\.\s+(?=[A-Z])")
# "Schedule of meetings 2026", "Meeting dates for 2026/27", "Programme of meetings": a body's year of meetings.
# ("Future meetings: 11 February, 13 May, 8 July", "Remaining meetings in 2026: ...", "Forthcoming meetings -".)
_SCHEDULE = re.compile(r"\b(?:schedule|programme|calendar|timetable|cycle)\s+of\s+(?:\w+\s+)?meetings\b"
                       r"|\bmeeting\s+dates\b|\bdates\s+(?:for|of)\s+(?:\w+\s+)?meetings\b"
                       r"|\b(?:future|forthcoming|remaining|upcoming|further)\s+(?:\w+\s+)?meetings\b"
                       r"|\b(?:provisional|planned|proposed)\s+(?:meeting\s+)?dates\b", re.IGNORECASE)
_SCHEDULE_CHARS = 1500
_SCHEDULE_LINES = 30  # the most lines a year's list of meetings is read over
# "We will meet next week to finish it", "The board will meet again in two weeks": the body (not one member)
# saying in a sentence when it meets next, as a span from this meeting, with no "next meeting" line.
_WILL_MEET = re.compile(r"\b(?:we|we['’]ll|board|group|committee|panel|forum|council|team|members|directors"
                        r"|(?-i:[A-Z]{2,6}))\s+(?:(?:will|shall|agreed\s+to|plan\s+to)\s+)?(?:meet|reconvene)(?:\s+again)?\s+"
                        r"(?=next\s+week\b|in\s+(?:a|one|two|three|four|\d)\s+weeks?\b|in\s+a\s+fortnight\b)", re.IGNORECASE)


def read_next_meeting(lines: list[str], meeting_date: date | None) -> NextMeeting:
    """The next meeting, from the last line that announces it with a date."""
    # A passing mention ("Before next meeting" in an action log's cell) is tried last: a line
    # that says the next meeting's date itself comes first, then one with the date under it.
    month_first = writes_month_first(lines)
    lines = _wrapped_mentions_joined(lines)
    for pattern, reach in ((ANNOUNCES, True), (MENTIONS, False), (MENTIONS, True)):
        for index in range(len(lines) - 1, -1, -1):
            if pattern.search(lines[index]):
                found = _from(lines, index, meeting_date, reach, passing=pattern is MENTIONS, month_first=month_first)
                if found is _LEFT_OPEN:
                    return NextMeeting()
                if found is not None:
                    return found
    if meeting_date is not None:
        for index in range(len(lines) - 1, -1, -1):
            will_meet = _WILL_MEET.search(lines[index]) if "meet" in lines[index].lower() else None
            found = will_meet and find_meets_again(lines[index][will_meet.end():], meeting_date)
            if found:
                return NextMeeting(date=found.value)
        for index in range(len(lines) - 1, -1, -1):
            again = _MEETS_AGAIN_ON.search(lines[index]) if "meet" in lines[index].lower() else None
            again = again or (_GENERAL_MEETING_ON.search(lines[index]) if "GM" in lines[index] or "eneral" in lines[index]
                              else None)
            said = again and _sentence(prose(lines[index])[again.start():][:_PASSING_CHARS])
            found = said and _dated(said, meeting_date, month_first)
            if found is not None and found.value > meeting_date:
                return _details(said, found)
        for index in range(len(lines) - 1, -1, -1):
            if _SCHEDULE.search(lines[index]):
                found = _first_scheduled(lines, index, meeting_date)
                if found is not None:
                    return found
        signed = _signed_at_foot(lines, meeting_date, month_first)
        if signed is not None:
            return NextMeeting(date=signed)
    return NextMeeting()


# "8th July 2020" over "CHAIRPERSON", "Signed: ... Chairman   Date: 14 March 2026": the chair signs the minutes
# as a true record at the next meeting, and dates the signature with that meeting's day.
_SIGNER = re.compile(r"^\W*(?:signed|chair(?:man|person|woman)?|mayor|convenor|president|presiding)\b", re.IGNORECASE)
_FOOT_LINES = 6
_SIGNER_CHARS = 80
_SIGNED_WITHIN = 190  # days: the next meeting of a body that meets at least twice a year


def _signed_at_foot(lines: list[str], meeting_date: date, month_first: bool = False) -> date | None:
    """The date a chair's signature at the foot of the minutes carries, when it is after the meeting's own."""
    foot = [line.strip() for line in lines[-3 * _FOOT_LINES:] if line.strip()][-_FOOT_LINES:]
    signer = [len(line) <= _SIGNER_CHARS and _SIGNER.match(line) is not None for line in foot]
    for index, line in enumerate(foot):
        near = signer[max(0, index - 1):index + 2]
        found = find_date(line, month_first) if len(line) <= _SIGNER_CHARS and any(near) else None
        if found is not None and 0 < (found.value - meeting_date).days <= _SIGNED_WITHIN:
            return found.value
    return None


def _first_scheduled(lines: list[str], index: int, meeting_date: date) -> NextMeeting | None:
    """ "Schedule of Meetings 2026" over "Agreed: 10th March, 9th June, 15th September and 8th December
    2026": the first of the dates after this meeting's (a year left off is the one to come)."""
    written = [prose(line) for line in lines[index: index + 2 * _SCHEDULE_LINES] if line.strip()][:_SCHEDULE_LINES]
    following = written[: _LOOKAHEAD + 1]
    # A column of the year's dates ("Tuesday 20th January" over "Tuesday 17th February" ...) goes on as long
    # as each line holds a date, with the line that closes it ("All meetings start at 7pm").
    for line in written[_LOOKAHEAD + 1:]:
        following.append(line)
        if next(_all_dates(line, meeting_date), None) is None:
            break
    text = " ".join(following)[:_SCHEDULE_CHARS]
    dates = [found.value for found in _all_dates(text, meeting_date) if found.value > meeting_date]
    return NextMeeting(date=min(dates), time=_one_time(text)) if dates else None


def _one_time(text: str):
    """The hour a list of meetings gives them all ("..., 8 July and 9 September 2026, all at 2pm"); none
    when it gives each its own."""
    found = find_time(text)
    if found is None or find_time(text[found.end:]) is not None:
        return None
    return found.value


def _all_dates(text: str, after: date):
    """Every date in `text`, in order, each read whole or, without its year, as the next to come."""
    start = 0
    while start < len(text):
        rest = text[start:]
        found = min(filter(None, (find_date(rest), find_day_month(rest, after))), key=lambda each: each.start,
                    default=None)
        if found is None:
            return
        yield found
        start += max(found.end, 1)


# What `_from` gives for "Date of next meeting: to be arranged": the minutes say the date is not yet known.
_LEFT_OPEN = NextMeeting()


def _from(lines: list[str], index: int, meeting_date: date | None, reach: bool = True,
          passing: bool = False, month_first: bool = False) -> NextMeeting | None:
    """The next meeting a line announces, its date on the line or in the few lines under it. A passing
    mention ("Dog fouling to be an agenda item for the next meeting", "X to distribute them at the next
    meeting") gives only a date written with it, in the same sentence just after it ("... the next
    meeting will be on 10 March"), never one elsewhere in a long paragraph or in the lines under it."""
    text = prose(lines[index])
    cut = minute_reference(text)
    if cut and find_date(text[:cut]) is None:
        text = text[cut:]  # ("26/06 DATE OF NEXT MEETING": a minute number, not 26 June.)
    # The date may sit under the heading past blank lines (a web page's paragraphs): the next
    # few lines with words in them, not the next few lines; but a table's row that says more after
    # its "Next meeting" cell says all it has to say there, and the rows under it are other items'.
    reach = _LOOKAHEAD if reach and not _row_goes_on(lines[index]) else 0
    following = [prose(line) for line in lines[index + 1 : index + 1 + 3 * _LOOKAHEAD] if line.strip()][:reach]
    candidates = [text] + [f"{text} {' '.join(following[:n])}" for n in range(1, len(following) + 1)]
    if passing:
        candidates = [_said_with(candidate, len(text)) for candidate in candidates]
    for number, candidate in enumerate(candidates):
        found = _dated(candidate, meeting_date, month_first)
        if found is not None and (meeting_date is None or found.value > meeting_date):
            return _details(candidate, found)
        if found is None and not passing and number < 2 and OPEN.search(candidate):
            return _LEFT_OPEN
    return None


def _dated(text: str, meeting_date: date | None, month_first: bool):
    """The first date a next meeting's words give: whole, or without its year ("Tuesday 4th June", "the second
    Tuesday of July", "Feb 19", "12/9") as the next such day after this meeting."""
    found = find_date(text, month_first)
    if found is None and meeting_date is not None:
        found = (find_day_month(text, meeting_date) or find_nth_weekday(text, meeting_date)
                 or find_month_day(text, meeting_date)
                 or find_figures_without_year(text, meeting_date, month_first)
                 or find_day_of_month(text, meeting_date) or find_meets_again(text, meeting_date))
    return found


# "We agreed to meet again at 1pm on Monday, July 10 by Zoom", "The group will reconvene on 4 March", "The Board
# adjourned to meet on Friday, March 20" (as American boards close their minutes): the body
# saying in a sentence the day it meets again, with no "next meeting" line (its date read in that sentence).
_MEETS_AGAIN_ON = re.compile(r"\b(?:we|board|group|committee|panel|forum|council|team|members|directors|trustees)\s+"
                             r"(?:(?:will|shall|would|agreed\s+to|plan(?:ned)?\s+to|decided\s+to|are\s+to)\s+)?"
                             r"(?:meet\s+again|next\s+meet|meet\s+next|reconvene|adjourned\s+to\s+meet)\b", re.IGNORECASE)
# "AGM will be on Thursday 10 May at 3.30pm in the school hall", "The Annual General Meeting will be held on ...":
# the body's general meeting to come, its next meeting when the minutes name no other.
_GENERAL_MEETING_ON = re.compile(r"\b(?:(?-i:[AE]GM)|(?:annual|extraordinary|special)\s+general\s+meeting)\s+"
                                 r"(?:will|is\s+to|shall)\s+(?:now\s+)?(?:be|take\s+place)\b", re.IGNORECASE)
# "... at the next" over "meeting which we decided would be July 10", "Next TSC" over "meeting will be ...": a
# mention of the next meeting broken where a text's lines wrap (the body's own word for it may come before the
# break), read as one line (the words under it joined on).
_ENDS_WITH_NEXT = re.compile(r"\bnext(?:\s+[\w&-]{1,20}){0,2}\s*$", re.IGNORECASE)
_NEXT_REACH = 48  # how far from a line's end its "next ..." may start
_OPENS_WITH_MEETING = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,2}?meeting\b")
_WRAP_GAP = 2  # the most blank lines a wrapped sentence is broken by


def _wrapped_mentions_joined(lines: list[str]) -> list[str]:
    """The lines, with a line ending "the next" joined to the line under it that goes on "meeting ...", and that
    line left blank (so the lines keep their places)."""
    out = list(lines)
    for index, line in enumerate(out):
        if "next" not in line[-_NEXT_REACH:].lower() or not _ENDS_WITH_NEXT.search(line[-_NEXT_REACH:]):
            continue
        for under in range(index + 1, min(len(out), index + 2 + _WRAP_GAP)):
            if out[under].strip():
                if _OPENS_WITH_MEETING.match(out[under]):
                    out[index], out[under] = f"{line.rstrip()} {out[under].strip()}", ""
                break
    return out


_ITEM_CELL = re.compile(r"^\s*[A-Z]{0,4}[./]?\d{1,4}(?:[./-]\d{1,4})*[.)]?\s*$")
_LABEL_WORDS = 3  # the most words a column's heading has


def _row_goes_on(line: str) -> bool:
    """Whether a table's row (its cells parted by tabs) has words in a cell after the one that announces
    the next meeting ("2 | Next meeting | To be arranged by the Chair")."""
    if "\t" not in line:
        return False
    cells = line.split("\t")
    announcing = next((number for number, cell in enumerate(cells) if MENTIONS.search(cell) or ANNOUNCES.search(cell)),
                      None)
    if announcing is None:
        return False
    after = [cell for cell in cells[announcing + 1:] if cell.strip()]
    # (An item's row, numbered in its first cell, or a cell that says a sentence; not a row of column headings
    # such as "Date of next meeting | Venue" over the row that fills them in.)
    numbered = announcing > 0 and _ITEM_CELL.match(cells[0]) is not None
    return bool(after) and (numbered or any(len(cell.split()) > _LABEL_WORDS for cell in after))


def _said_with(text: str, line_end: int) -> str:
    """A passing mention of the next meeting and what its sentence says just after it; a line that is
    only a title for it ("F12:02/26 Date of next meeting." over "Wednesday 4 March 2026") with the lines
    under it (but not a sentence ending with it: "X to circulate the plan at the next meeting.", nor the
    tail of one wrapped from the line above, which opens in lower case: "... be carried forward" over
    "to the next meeting." over "The minutes of the meeting of 24th November ...")."""
    match = MENTIONS.search(text)
    if match is None:
        return ""
    if (not text[match.end():line_end].strip(" .:;-–—") and len(text[:match.start()].split()) <= _TITLE_WORDS
            and not _CONTINUES.match(text)):
        return text[match.start():line_end + _PASSING_CHARS]
    after = text[match.start():match.end() + _PASSING_CHARS]
    return _sentence(after)


_ENDS_WITH_MONTH = re.compile(rf"\b{MONTH}$", re.IGNORECASE)


def _sentence(text: str) -> str:
    """The first sentence of `text` (short: a mention's reach); a day closing it after its month ("... would be
    July 10. The hall ...") is the date, not an item's number ("10. Any other business")."""
    for end in _SENTENCE_END.finditer(text):
        if end.group()[:1].isspace() and _ENDS_WITH_MONTH.search(text[:end.start()]):
            return text[:end.start() + end.group().index(".")]
        return text[:end.start()]
    return text


def _details(text: str, found) -> NextMeeting:
    after = text[found.start :]
    theme = _theme(text)
    # ("2013-07-20-1300": a file-like name for the meeting, its clock run on after its date.)
    span = glued_clock(after, end=found.end - found.start) or find_time_range(after) or find_time(after)
    moment = None
    end = found.end - found.start
    if span is not None:
        moment = span.value[0] if isinstance(span.value, tuple) else span.value
        end = max(end, span.end)
    else:
        moment = _clock_before(text[max(0, found.start - _CLOCK_BEFORE_CHARS):found.start])
    place = _THEME_SENTENCE.sub("", after[end:]) if theme else after[end:]
    venue = venue_after(place, 0)
    if venue is not None and OPEN.search(venue) and len(venue.split()) <= _OPEN_VENUE_WORDS:
        venue = None  # ("Monday 13 April, venue TBC": no place yet.)
    return NextMeeting(date=found.value, time=moment, venue=venue, theme=theme)


# "Next meeting: 2pm, Thursday 14 May 2026", "7.30pm on Monday 13 April": the hour written before the day.
_CLOCK_BEFORE_CHARS = 24
_OPEN_VENUE_WORDS = 4
_TO_THE_DAY = re.compile(r"^[\s,;–—-]*(?:on\s*)?$", re.IGNORECASE)


def _clock_before(before: str):
    """The hour written just before a next meeting's date, with only a comma, a dash or "on" between."""
    found = find_time(before)
    while found is not None:
        rest = before[found.end:]
        if _TO_THE_DAY.match(rest):
            return found.value[0] if isinstance(found.value, tuple) else found.value
        before, found = rest, find_time(rest)
    return None


def _theme(text: str) -> str | None:
    for pattern in _THEMES:
        match = pattern.search(text)
        if match:
            return match["theme"].strip(" .")
    return None
