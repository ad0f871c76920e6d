"""The top of the minutes: the board's name, the date, start and end times, venue and
theme ("Oldham Leadership Board Themed meeting: ...", "Tuesday, 10 February 2015 held
at ...", "Date: 12/03/2015", "Time: 18:00 - 19:30", "Venue: Committee Room 1")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from minutes.attendance_grids import grid_dates, meeting_in_grid
from minutes.next_meeting_lines import mentions_next_meeting
from minutes.normalise import prose
from minutes.stamps import is_page_stamp, reported
from minutes.when import (MONTH, find_date, find_name_date, find_time, find_time_range, find_yearless_date, month_number,
                          weekday_contradicts, writes_month_first)

_BOARD_NOUNS = (
    r"board|partnership|committee|forum|group|panel|executive|alliance|commission|assembly"
    r"|network|cabinet|trust|collaborative|council|sub-group|subgroup|steering group|taskforce"
    r"|task force|conference"
    # "Carrowbeg Municipal District" (Irish councils' district members), "Fire Authority",
    # "Working Party", "Governing Body", "Leadership Team": other bodies that keep minutes.
    r"|municipal district|authority|working party|governing body|team"
    # "Kelby Road Residents Association", "Seaview Hospital League of Friends": the voluntary bodies that keep minutes.
    r"|association|society|club|league of friends"
)
_BOARD = re.compile(rf"^(?P<board>.*\b(?:{_BOARD_NOUNS}))(?![\w-])", re.IGNORECASE)
# Where a title line stops naming the board: "... Board held on", "... Board Themed meeting".
_AFTER_BOARD = re.compile(
    r"\s+(?:held|themed?|meeting\s+(?:on|of|held)|minutes|notes|on\s+\w+day|\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4})\b"
    r"|\s+[-–—]\s+|[:(]",
    re.IGNORECASE,
)
# "the minutes of the meeting held on 9 December (were approved)": a line about an earlier meeting; but a title
# that opens with them ("Minutes of the meeting held on Tuesday 14 May 2024", as web pages head their minutes)
# and approves nothing is this meeting's.
# ("The minutes of the Local Safeguarding Children Board (LSCB) meeting held on 17 July 2015 were approved":
# the last meeting's minutes, approved at this one, its body named between.)
# (Not at the line's start: "The Minutes of the Annual Parish Meeting held on 14 May 2024" is a title.)
# (What a meeting does to the minutes of the one before, the words' stems.)
_ADOPTING = r"(?:approv|agree|sign|confirm|adopt|accept)"
_EARLIER_MINUTES = re.compile(r"(?<!^)\bthe\s+minutes\s+of\s+the\s+(?:[\w&'’()-]+\s+){1,8}?meeting\s+held\b"
                              rf"|\bminutes\s+of\b.{{0,160}}?\b(?:were|was)\s+(?:duly\s+)?{_ADOPTING}",
                              re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:previous|last|earlier)\b|(?<!^)\bminutes\s+of\s+the\s+meeting\s+held\b"
                      rf"|{_EARLIER_MINUTES.pattern}"
                      rf"|^minutes\s+of\s+the\s+meeting\s+held\b.*\b{_ADOPTING}", re.IGNORECASE)
_MEETING_KINDS = r"monthly|annual|ordinary|special|extraordinary|quarterly|full|public|general|regular|statutory|budget"
# (After a document's own reference, if any: "MPC(26)M04 Minutes of the ...", a short token holding a figure.)
_MINUTES_OF = re.compile(
    r"^(?:(?=[A-Z0-9()/.-]{0,20}\d)[A-Z0-9()/.-]{1,20}\s+)?(?:draft\s+|confirmed\s+|approved\s+)?"
    r"(?:(?:minutes|notes|record|report)(?:\s*:\s*|\s+)(?:of\s+(?:the\s+)?)?"
    rf"(?:(?:(?:{_MEETING_KINDS})\s+){{0,2}}(?:meeting|proceedings)\s+of\s+(?:the\s+)?)?"
    # "MEETING OF POLICE AND CRIME PANEL": a title that names the meeting without "Minutes of".
    rf"|(?:(?:{_MEETING_KINDS})\s+){{0,2}}meeting\s+of\s+(?:the\s+)?)",
    re.IGNORECASE,
)
_KEYS = (r"date\s*+(?:and|&)\s*+times?(?:\s+of\s+(?:the\s+)?meeting)?"
         r"|date|meeting\s+date|date\s+of\s+(?:the\s+)?meeting|page\s+date|time|times|venue|location|place|where"
         r"|held\s+at|meeting|board|title|theme|themed\s+meeting|focus"
         r"|(?:start|starting|finish|finishing|end)\s+time")
# (A table's cells flattened with " / " between them: "Date and Time of meeting / Tuesday 7th December 2010".)
_KEY_VALUE = re.compile(rf"^\s*(?P<key>{_KEYS})(?: *[:\t]| +/ )[ \t]*(?P<value>\S.*)$", re.IGNORECASE)
# A field's name alone on its line, its value on the line under it ("Meeting date" over "3 July 2024"): a web
# page's definition list or a form's two rows, as publication pages set out a meeting's details.
_KEY_ALONE = re.compile(rf"^\s*(?P<key>{_KEYS})\s*:?\s*$", re.IGNORECASE)
_THEME = re.compile(
    r"\bthemed?\s*(?:meeting|session|board|discussion)?\s*[:\-–]\s*(?P<theme>.+?)\.?$", re.IGNORECASE
)
_CONNECTORS = re.compile(
    r"^(?:[\s,.;:\-–—]|\b(?:held|at|in|on|(?-i:the)|venue|location|from|via|will\s+be|commencing"
    r"|starting|noon|midday)\b)+",
    re.IGNORECASE,
)
# A time's zone after it ("15:00 UTC", "7pm GMT", "10:00 UK time"): not a place; where a note
# about the place starts after it; the words an online place starts with.
_ZONE = re.compile(r"^\s*(?:UTC|GMT|BST|CET|CEST|EST|EDT|PST|PDT|IST|(?:UK|London|local|Irish)\s+time)\b", re.IGNORECASE)
_AFTER_ZONE = re.compile(r"\s*(?:[·;,(|]|\.\s|\s/\s|\s[-–—]\s)\s*")
_BY = re.compile(r"^(?:held\s+)?(?:by|via|over|on)\s+", re.IGNORECASE)
_ONLINE = {"video", "online", "zoom", "teams", "jitsi", "google", "meet", "webex", "hybrid", "virtual", "call",
           "conference", "videoconference", "remote", "remotely"}
# A line naming the meeting or its minutes ("Kettleby Village Hall Committee - Minutes of meeting 21st May 2024",
# "2024-05-28 TSC meeting", "Meeting: 02/04/25"): its date is the meeting's, over a blog's date line above it.
_NAMES_MEETING = re.compile(r"\b(?:minutes|notes|meeting|mtg)\b", re.IGNORECASE)
# "Status: Approved at the meeting on 18 February": the meeting that approved these minutes, a later one.
_APPROVED_AT = re.compile(r"\b(?:approved|confirmed|signed|adopted|ratified)\b", re.IGNORECASE)
# ("... held their meeting in the Village Institute at 7.00pm on ...", "... held their meeting remotely via Zoom
# at 7.30pm on ...": the body's own meeting named between "held" and its place, a remote one by how it met.)
_HELD_AT = re.compile(r"\bheld\s+(?:(?:their|its|the|a|an)\s+(?:\w+\s+){0,2}?meeting\s+)?"
                      r"(?:at\s+|in\s+|(?=(?:remotely|virtually|online)\b))(?P<venue>(?:(?!\bheld\b).)+?)\s+on\b",
                      re.IGNORECASE)
_NOT_A_BOARD_LINE = re.compile(r"^(?:minutes|notes|draft|confidential|part\s+[ab])\.?$", re.I)
_PLACE_WORDS = {
    "hall", "room", "chamber", "centre", "center", "house", "library", "church", "offices",
    "office", "station", "hub", "school", "building", "pavilion", "suite", "hotel", "college",
    "chambers", "depot", "headquarters", "hq", "lodge", "barn", "institute",
}
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an"}
_HEAD_LINES = 15
_YEAR_LINES = 200
_AFTER_ATTENDANCE = 30
# Lines under a "held in ..." line that may still be its address before the date, and how the
# sentence goes on to its day when it does ("on Thursday 1st May 2026").
_HELD_LINES_UNDER = 3
_GOES_ON_WITH_DAY = re.compile(r"^\s*on\s+(?:\w+day\b|\d)", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    board: str | None = None
    date: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    venue: str | None = None
    theme: str | None = None


def read_header(lines: list[str], rest: list[str] = (), month_first: bool | None = None) -> Header:
    """What the opening lines (before attendance or the first item) say about the meeting;
    `rest` is the remainder of the document, where a year the head leaves out may be found.
    `month_first` says the document writes its figures month first (`writes_month_first`), as the
    reader works out once for the whole document; found here from the lines when not given."""
    written = [_unglued(prose(line)) for line in lines if line.strip()]
    if not written and rest:
        # "... Trust Minutes of the Board Meeting in Public Tuesday 25 April 2017 10:15 – 12:30 The ARK ... Members:
        # Adam Yelland ...": a page flattened into one line, its head run into the roll that begins it.
        written = [line for line in (_before_roll(_unglued(prose(rest[0]))),) if line]
    head = _opening(_without_mail_header(written))
    keyed = _key_values(head)
    board = _clean_board(keyed.get("board")) or _board(head)
    theme = keyed.get("theme") or _theme(head)
    if month_first is None:
        # "Date: 02/06/2020" in a document that writes "02/20/2020": its ambiguous figures read month first.
        month_first = writes_month_first(written + [line for line in rest if line.strip()], with_year=True)
    day, day_line = _date(head, keyed, month_first)
    if day is None and (below := _title_below(written)):
        # An agenda (its items, leads and the next meeting) printed before the minutes' own title: the head
        # starts again at the title ("Minutes of the" over "... Committee Meeting 5th August 2020").
        day, day_line = _date(_opening(below), _key_values(_opening(below)), month_first)
        if day is not None:
            head = _opening(below)
            keyed = _key_values(head)
            board = _clean_board(keyed.get("board")) or _board(head) or board
    start, end = _times(head, keyed, day_line)
    if start is None and day_line in head:
        start, place = _time_place_under(head, day_line)
        if place and "venue" not in keyed:
            keyed["venue"] = place
    # ("Present: ..." over "The meeting commenced at 7.02pm": the line may come just after the roll.)
    start, end = _said_times(head + [prose(line) for line in list(rest)[:_AFTER_ATTENDANCE] if _BEGAN.search(line)],
                             start, end)
    if day is None and len(head) > 1:
        # "... on Monday 2" over "March 2026 at 7.30 p.m.": a PDF line broken inside the date.
        joined = [f"{first} {second}" for first, second in zip(head, head[1:])]
        day, day_line = _date(joined, {}, month_first)
        if day is not None and start is None:
            start, end = _times(joined, {}, day_line)
    if day is None:
        # "Attendees: ..." above "Date: 2026-03-03": a date field or a "held on" line just after the attendance.
        after = [prose(line) for line in list(rest)[:_AFTER_ATTENDANCE] if line.strip()]
        keyed_after = _key_values(after)
        dated = [keyed_after[key] for key in ("date", "meeting date") if key in keyed_after] + [
            line for line in after if says_when_held(line)]
        day, day_line = _date(dated, {}, month_first) if dated else (None, None)
    if day is None:
        # "Clerk: ... | Email: ..." (a contact strip read as the roll) over "07 August 2023 – 7pm": a line
        # that is the date alone, under where the head was cut off.
        day, day_line = _date_alone([prose(line) for line in list(rest)[:_AFTER_ATTENDANCE] if line.strip()], month_first)
    if day is None:
        # "## Attendance" over "| Member | Organisation | 14/01/2026 | 11/03/2026 | ...": the year's grid under
        # the head, its last column marked this meeting.
        after = [prose(line) for line in list(rest)[:_AFTER_ATTENDANCE] if line.strip()]
        at = next((index for index, line in enumerate(after) if grid_dates(line, month_first)), None)
        day = meeting_in_grid(after[at:], month_first) if at is not None else None
    if day is None:
        day, day_line = _yearless(head, list(rest))
    if start is None and day_line is not None and day_line not in head:
        start, end = _times([], {}, day_line)  # (the times on a date line found under the head)
    if day is not None and day_line is not None and "date" not in keyed and "meeting date" not in keyed:
        # "Monday 7th December 2011" over an action sheet, above "Date and Time of meeting / Tuesday 7th
        # December 2010": a date whose weekday is wrong gives way to the meeting's own date field below it.
        found = find_date(day_line, month_first)
        if found is not None and weekday_contradicts(day_line, found):
            day, day_line, start, end, field_venue = _field_below(written + list(rest)[:_AFTER_ATTENDANCE],
                                                                  month_first, (day, day_line, start, end, None))
            if field_venue and "venue" not in keyed:
                keyed["venue"] = field_venue
    if day is not None and _mailed_the_day_after(written[:_HEAD_LINES]):
        # "Subject: Notes - Working Group - 22/01/2026" over "Thanks for joining yesterday's call": notes
        # sent the day after are dated by the mail; the meeting was the day before.
        day -= timedelta(days=1)
    if day_line is not None and grid_dates(day_line, month_first):
        # "Initials Agency 2.4.15 4.6.15 6.8.15 ..." over rows of marks: the last column marked is this meeting.
        lines = written + [prose(line) for line in rest if line.strip()]
        at = lines.index(day_line) if day_line in lines else 0
        day = meeting_in_grid(lines[at:], month_first) or day
        day_line = None  # (the column heads give no times or place)
    venue = keyed.get("venue") or (_venue_run_on(head, day_line, venue_after(day_line, _ends(day_line)))
                                   if day_line else None)
    venue = venue or _venue_line(head, day_line) or _held_at_above(head, day_line)
    if day is not None and (start is None or not venue):
        start, end, venue = _held_too(head, day, day_line, month_first, (start, end, venue))
    return Header(board, day, start, end, _venue_tidied(venue), theme)


# Where a flattened page's roll begins ("Members:", "Present:", "In Attendance:"), ending the head before it.
_ROLL_KEY = re.compile(r"\b(?:members|present|attendees|attendance)\s*+:", re.IGNORECASE)
# A minutes' title line: "Minutes of the", "MINUTES - Board meeting", "Notes of ...".
_MINUTES_TITLE = re.compile(r"^\W*(?:minutes|notes)\b", re.IGNORECASE)
# A line of a place and a time only, either way round ("Clubhouse @ 19:00", "Community Room, 6.30pm",
# "7.30 pm in St Andrew's Hall", "2 pm West Reservoir"): what joins them.
_PLACE_TIME_JOIN = re.compile(r"^[\s,;@.–—-]*+(?:(?:at|in|from)\s++)?|[\s,;@.–—-]*+(?:(?:at|from)\s*+)?$", re.IGNORECASE)
_PLACE_WORDS_MOST = 8


def _before_roll(line: str) -> str:
    """The words of a flattened page before its roll begins; the whole line when no roll key is in it."""
    found = _ROLL_KEY.search(line)
    return line[:found.start()].strip() if found else line


def _title_below(written: list[str]) -> list[str] | None:
    """The lines from the last minutes' title that stands below the head's first lines, where an agenda was
    printed above the minutes; None when there is none."""
    for index in range(len(written) - 1, 1, -1):
        line = written[index]
        if _MINUTES_TITLE.match(line) and not _EARLIER.search(line) and not _APPROVED_AT.search(line):
            return written[index:]
    return None


def _time_place_under(head: list[str], day_line: str) -> tuple[time | None, str | None]:
    """The time, and the place beside it, that the line under the date's line gives when it says nothing
    else ("Brackwater Rowing Club Committee Meeting 14th April 2026" over "Boathouse @ 19:00")."""
    index = head.index(day_line) + 1
    under = head[index] if index < len(head) else ""
    found = find_time(under) if under and len(under) <= _TITLE_CHARS and find_date(under) is None else None
    if found is None or find_time_range(under) or _KEY_VALUE.match(under):
        return None, None
    place = " ".join(_PLACE_TIME_JOIN.sub("", part) for part in (under[:found.start], under[found.end:])).strip()
    words = place.split()
    if not words or len(words) > _PLACE_WORDS_MOST or not words[0][0].isupper():
        return found.value, None
    return found.value, place


def _held_too(head: list[str], day: date, day_line: str | None, month_first: bool, found: tuple) -> tuple:
    """The times and place a sentence saying when the meeting was held gives, where the date came from
    elsewhere ("Date: Thursday, 8 December 2016" over "Minutes of Meeting of the ... Committee held in the
    Council Chamber, ... Inverness on Thursday 8 December 2016 at 10.30 am"): what `found` lacks, filled."""
    start, end, venue = found
    for line in head:
        dated = find_date(line, month_first) if line != day_line and says_when_held(line) else None
        if dated is None or dated.value != day:
            continue
        if start is None:
            start, end = _times([], {}, line)
        if not venue:
            venue = venue_after(line, _ends(line))
        break
    return start, end, venue


# "Civic Offices, High Street, Epping. View directions": a web page's link beside the address; "The Community
# Centre At 7.30pm": the time the place is followed by in a "held in ... at 7.30pm on ..." title.
_PAGE_LINK = re.compile(r"[.,;]?\s+(?:view|get|show)\s+(?:directions|map|location)\W*$", re.IGNORECASE)
_AT_TIME = re.compile(r"\s+(?:at|from)\s*+$", re.IGNORECASE)


def _venue_tidied(venue: str | None) -> str | None:
    """A venue without the page's link words or the clock a title gave after it."""
    if not venue:
        return venue
    venue = _PAGE_LINK.sub("", venue)
    clock = find_time(venue)
    if clock is not None and not venue[clock.end:].strip(" .,") and _AT_TIME.search(venue[:clock.start]):
        venue = _AT_TIME.sub("", venue[:clock.start])
    return venue.strip(" ,") or None


# "held in The Old School on Tuesday12 June 2012": a PDF's text with the space after the weekday lost.
_GLUED_WEEKDAY = re.compile(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?=\d)", re.IGNORECASE)
# "COMMITTEE MEETING 19:30THURSDAY22 SEPTEMBER 2016": a time run into the weekday after it.
_TIME_THEN_WEEKDAY = re.compile(r"(?<=\d)(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.IGNORECASE)
# "AT 2000HRS", "at 1930 hours": a twenty-four hour time in four figures, read as "20:00".
_FOUR_FIGURE_HOURS = re.compile(r"\b([01]\d|2[0-3])([0-5]\d) ?(?:hrs|hours)\b", re.IGNORECASE)
# "HELD ON 3rd November2014 AT 2000HRS": the space between a month's name and its year lost the same way.
_GLUED_YEAR = re.compile(r"\b(january|february|march|april|may|june|july|august|september|october|november"
                         r"|december)(?=(?:19|20)\d\d\b)", re.IGNORECASE)
# What may stand beside a date on a line that gives the date alone: a time, a dash, "at" ("07 August 2023 – 7pm").
# (Possessive, so a long run of dashes or spaces that ends in something else fails at once, not in its length squared.)
_DATE_ALONE_REST = re.compile(r"[\s,.;:()–—-]*+(?:at\s++|from\s++)?[\s,.;:()–—-]*+", re.IGNORECASE)


_NUMBERED_HEADING = re.compile(r"^\s*(?:item\s+)?\d{1,3}[.)]?\s+[A-Z]", re.IGNORECASE)


def _unglued(line: str) -> str:
    """A head line with a weekday glued to its day parted ("Tuesday12 June 2012" as "Tuesday 12 June 2012"),
    a month glued to its year ("3rd November2014" as "3rd November 2014"), a time glued to the weekday
    after it ("19:30THURSDAY22" as "19:30 THURSDAY 22"), and a time in four figures and "hrs" as a clock
    ("2000HRS" as "20:00"): a title's text as PDF extraction or a flattened table leaves it."""
    if "day" in line.lower():
        line = _GLUED_WEEKDAY.sub(r"\1 ", _TIME_THEN_WEEKDAY.sub(" ", line))
    if "h" in line.lower():
        line = _FOUR_FIGURE_HOURS.sub(r"\1:\2", line)
    return _GLUED_YEAR.sub(r"\1 ", line) if "20" in line or "19" in line else line


def _date_alone(lines: list[str], month_first: bool) -> tuple[date | None, str | None]:
    """The first line that gives a full date and nothing else but its weekday and times ("07 August 2023 –
    7pm", "Tuesday 3 March 2026"): a meeting's date set out on its own line, as a parish council's page or
    a society's notes head their minutes under a banner."""
    for line in lines:
        if _NUMBERED_HEADING.match(line) and find_date(line) is None or mentions_next_meeting(line):
            break  # (the body's items begin, or the foot: "Next meeting" over "Tuesday 10 March 2026" is the next one's)
        line = _unglued(line)
        found = find_date(line, month_first)
        if found is None:
            continue
        rest = f"{line[:found.start]} {line[found.end:]}"
        for clock in (find_time_range(rest), find_time(rest)):
            if clock is not None:
                rest = rest[:clock.start] + " " + rest[clock.end:]
                break
        if _DATE_ALONE_REST.fullmatch(rest) or _date_then_place(line, found):
            return found.value, line
    return None, None


# "06/10/2026 - Room B22 Llandinam", "Tuesday 3 March 2026 – Church Hall": a date line closed by its place.
_THEN_PLACE = re.compile(r"\s*[–—-]\s+[A-Z0-9][\w'’&]*(?:\s+[A-Z0-9][\w'’&.,]*){0,4}\s*")


def _date_then_place(line: str, found) -> bool:
    """Whether a line is a date and then, after a dash, only the place, in capitalised words ("06/10/2026 -
    B22 Llandinam" under a student group's roll, "Tuesday 3 March 2026 – Church Hall" under a club's)."""
    return not line[:found.start].strip() and _THEN_PLACE.fullmatch(line[found.end:]) is not None


def _opening(lines: list[str]) -> list[str]:
    """The head's lines: the first `_HEAD_LINES` that hold more than one word, with the one-word lines
    among them. PDF text of a spaced-out title puts a word a line ("MINUTES" over "OF" over
    "PROCEEDINGS" ...), which must not push the "held on" line out of the head."""
    counted = 0
    for index, line in enumerate(lines):
        counted += len(line.split()) > 1
        if counted > _HEAD_LINES:
            return lines[:index]
    return lines


def _venue_run_on(head: list[str], day_line: str, venue: str | None) -> str | None:
    """A place that the line giving the date breaks off at its comma, run on into the line under it ("... at
    10:00am, Committee Room 1," over "Caerwen Civic Offices, and via Microsoft Teams"), as PDF text wraps a title."""
    if not venue or not day_line.rstrip().endswith(",") or day_line not in head:
        return venue
    index = head.index(day_line) + 1
    under = head[index] if index < len(head) else ""
    if not under or _KEY_VALUE.match(under) or find_date(under) or find_time(under) or not under[0].isupper():
        return venue
    return f"{venue}, {under.rstrip(' .')}"


def _held_at_above(head: list[str], day_line: str | None) -> str | None:
    """The place a line says the meeting was held at, over the line giving its day ("Minutes of the
    meeting held at the Village Hall, Church Lane" over "on Monday 2 March 2026 at 7.30pm")."""
    index = head.index(day_line) if day_line in head else 0
    if not index or not says_when_held(head[index - 1]):
        return None
    held = _HELD_AT.search(f"{head[index - 1]} {day_line}")
    return held["venue"].strip(" ,") if held else None


# "From: ... / Sent: 13 March 2026 16:42 / To: ... / Subject: Minutes - Board 11/03/26": minutes pasted
# into an e-mail. When the mail was sent is not when the meeting was held; its subject may say that.
_MAIL_FIELD = re.compile(r"^(?:from|sent|date|to|cc|bcc|subject)\s*:", re.IGNORECASE)
# A mail's own fields ("Date:" and "To:" are also the fields of minutes' own headers).
_MAIL_SENT = re.compile(r"^(?:from|sent|subject)\s*:", re.IGNORECASE)
_YESTERDAY = re.compile(r"\byesterday['’]s\s+(?:call|meeting|session|sync|catch-up|board)\b|\b(?:call|meeting)\s+yesterday\b",
                        re.IGNORECASE)


def _mailed_the_day_after(opening: list[str]) -> bool:
    """Whether the opening lines are a mail (its sender, sending time or subject) that speaks of
    "yesterday's call": read before the mail's fields are set aside."""
    return any(_MAIL_SENT.match(line) for line in opening) and any(_YESTERDAY.search(line) for line in opening)


def _without_mail_header(head: list[str]) -> list[str]:
    """The head without the sender, sending time and recipients of an e-mail it opens with."""
    fields = 0
    while fields < len(head) and _MAIL_FIELD.match(head[fields]):
        fields += 1
    if fields < 3 or not head[0].lower().startswith("from"):
        return head
    subject = [line.split(":", 1)[1].strip() for line in head[:fields] if line.lower().startswith("subject")]
    return head[fields:][: _HEAD_LINES - len(subject)] + subject  # the body's own title first


def _venue_line(head: list[str], day_line: str | None) -> str | None:
    """ "Council Chamber, Fernley Town Hall" on the line under the date (or under a later
    line giving the date and time, when a running header repeats the date above it): a
    short line that names a kind of place and holds no date or time."""
    if day_line is None or day_line not in head:
        return None
    dated = [i for i, line in enumerate(head) if line == day_line or find_date(line) or find_time(line)]
    following = [head[i + 1] for i in dated if i + 1 < len(head)]
    for line in following:
        words = line.split()
        if (len(words) <= 10 and line[0].isupper() and not _KEY_VALUE.match(line)
                and not find_date(line) and not find_time(line)
                and any(w.strip(",.").lower() in _PLACE_WORDS for w in words)):
            return line.rstrip(".")
    return None


def venue_after(text: str, end: int) -> str | None:
    """The place written after a date and time: "held at Chorley Community Fire Station"."""
    zone = _ZONE.match(text[end:])
    if zone:
        # "15:00 UTC (Jitsi)", "18:00 UTC, video call", "16:00 CET · Zoom (link in the invite)": the
        # place is what follows the time's zone, up to a note about it.
        place = _BY.sub("", _AFTER_ZONE.split(text[end + zone.end():].strip(" ,;·—–-("), maxsplit=1)[0]).strip(" .,;)")
        first = place.split()[0] if place else ""
        return place if first and (first[0].isupper() or first.lower() in _ONLINE or "." in first.rstrip(".")) else None
    rest = _CONNECTORS.sub("", text[end:]).strip(" .,;")
    if not rest:
        held = _HELD_AT.search(text)
        return held["venue"].strip(" ,") if held else None
    if not rest[0].isupper() and not rest[0].isdigit():
        return None
    if _MINUTES_WORD.search(rest) or _clean_board(rest) == rest and not _CLUB_PLACE.search(rest):
        return None  # ("June 10, 2024 Regular Meeting Minutes", "2024-06-11 Steering Committee": a title, no place)
    return rest


# "Old Forge Social Club", "the Cricket Club": a club's house is where many bodies meet, whether or not it names one.
_CLUB_PLACE = re.compile(r"\bclub$", re.IGNORECASE)
_MINUTES_WORD = re.compile(r"\b(?:minutes|notes|agenda)\b", re.IGNORECASE)


def _ends(text: str) -> int:
    spans = [found.end for found in (find_date(text), find_time_range(text), find_time(text)) if found]
    return max(spans, default=0)


def _key_values(head: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for index, line in enumerate(head):
        match = _KEY_VALUE.match(line)
        alone = _KEY_ALONE.match(line) if match is None and index + 1 < len(head) else None
        if not match and not (alone and head[index + 1].strip() and not _KEY_ALONE.match(head[index + 1])):
            continue
        key = " ".join((match or alone)["key"].lower().split())
        key = {"times": "time", "location": "venue", "place": "venue", "where": "venue",
               "held at": "venue", "meeting": "board", "title": "board", "themed meeting": "theme",
               "focus": "theme", "starting time": "start time", "finishing time": "finish time",
               "end time": "finish time"}.get(key, "meeting date" if key.startswith("date of") else
                                     "date" if re.match(r"date\s*(?:and|&)", key) else key)
        found.setdefault(key, (match["value"] if match else head[index + 1]).strip().rstrip("."))
    return found


def _board(head: list[str]) -> str | None:
    """The first line naming a board, except that "WREKINSHIRE COUNTY COUNCIL" over
    "PEOPLE AND COMMUNITIES ... COMMITTEE" names the council, and the committee is the board."""
    found = []
    for line in head:
        if _NOT_A_BOARD_LINE.match(line) or _KEY_VALUE.match(line):
            continue
        board = _clean_board(line)
        if board:
            found.append(board)
    if len(found) > 1 and found[0].lower().endswith("council") and not found[1].lower().endswith("council"):
        return found[1]
    return found[0] if found else None


def board_named(line: str | None) -> str | None:
    """The board a line names ("Harbourside Community Safety Partnership" in "Minutes of the Harbourside
    Community Safety Partnership held on ..."), or None."""
    return _clean_board(line)


def _clean_board(line: str | None) -> str | None:
    if not line:
        return None
    text = _MINUTES_OF.sub("", line).strip()
    text = _AFTER_BOARD.split(text, maxsplit=1)[0]
    match = _BOARD.match(text)
    if not match or len(match["board"].split()) > 10:
        return None
    board = match["board"].strip(" ,-–:")
    if find_date(board) or not board[:1].isalpha():
        return None
    return _title_case(board) if board.isupper() else board


def _title_case(text: str) -> str:
    words = []
    for index, word in enumerate(text.split()):
        lower = word.lower()
        if index and lower in _SMALL_WORDS:
            words.append(lower)
        elif len(word) <= 3 and lower not in _SMALL_WORDS:
            words.append(word)  # "CCG", "PSR": short capitals are usually initials
        else:
            words.append(word.capitalize())
    return " ".join(words)


def _theme(head: list[str]) -> str | None:
    for line in head:
        match = _THEME.search(line)
        if match:
            return match["theme"].strip()
    return None


_HELD = re.compile(r"\b(?:held|took\s+place|convened)\b", re.IGNORECASE)


# "The Easter Egg Hunt may be held on Saturday, April 23", "The AGM will be held on ...": an event to come,
# not this meeting.
_TO_BE_HELD = re.compile(r"\b(?:will|may|might|could|would|shall|should|to|can)\s+(?:now\s+|also\s+)?be\s+held\b",
                         re.IGNORECASE)


def says_when_held(line: str) -> bool:
    """Whether a line says when this meeting was held (not an earlier one's minutes, nor an event to come)."""
    return bool(_HELD.search(line)) and not _EARLIER.search(line) and not _TO_BE_HELD.search(line)


def _date(head: list[str], keyed: dict[str, str], month_first: bool = False) -> tuple[date | None, str | None]:
    """The meeting's date: a "Date:" field, else a line saying when the meeting was held, or a
    line under it (over a report's own date above it: "Monday, September 14, 2020" over "Report
    of the meeting held ... on Friday 3rd July 2020"), else the page's date (a web page's title or
    publication date, from its front matter), else the first date in the head. Figures read month first
    when `month_first` (the document's own dates say so: `writes_month_first`)."""
    held = []
    for index, line in enumerate(head):
        if says_when_held(line):
            held.extend([line] if find_date(line) else _held_sentence(head[index:index + 1 + _HELD_LINES_UNDER]))
    # A "Meeting date" field comes after a sentence saying when the meeting was held: a portal files a
    # report under the meeting that receives it ("Meeting Date: June 19" over "Report of the meeting held
    # ... on 6th March"); a plain "Date:" field is the minutes' own.
    fields = [keyed[key] for key in ("date",) if key in keyed] + held + [
        keyed[key] for key in ("meeting date",) if key in keyed]
    for line in fields:
        found = find_date(line, month_first)
        if found and not reported(line, found):
            return found.value, line
    for line in fields:
        # "held on Tuesday 23rd July at 7.30pm", "Date: Monday 10 June": the year from the page's own dates and the head's.
        found = find_yearless_date(line, head)
        if found and not reported(line, found):
            return found.value, line
    page = [keyed["page date"]] if "page date" in keyed else []
    meta = [line for line in head if is_page_stamp(line)]
    first = _first_dated(page + [line for line in head if line not in meta] + meta, month_first)
    # A line naming the meeting dates it over a date above it that differs (a blog's "June 3, 2024" over
    # "... Minutes of meeting 21st May 2024"); when they agree, the first line (with its times and place) stays.
    naming = [line for line in head if line not in meta and _NAMES_MEETING.search(line)
              and not _EARLIER.search(line) and not _APPROVED_AT.search(line)]
    # A line naming the minutes dates them over one naming a meeting only: a board paper's running head
    # ("Governing Body Meeting in Public 21 April 2015") is the meeting that receives the minutes, over
    # their own title ("Quality Committee Meeting Minutes Tuesday 10 February 2015").
    titled = _first_dated([line for line in naming if _MINUTES_WORD.search(line)], month_first)
    titled = titled if titled[0] is not None else _first_dated(naming, month_first)
    found = titled if titled[0] is not None and titled[0] != first[0] else first
    if found[0] is None and head and (named := find_name_date(head[0])):
        # "# PackagingWG/2020-07-29-pip-teamwidemeeting": a title that is the page's file name, dated inside it.
        return named.value, head[0]
    if page and found[1] == page[0]:
        # "Page date: 2016-03-20" over "18th-20th March": a post published after the meeting, whose own lines
        # give its day and month only; the year is the page's.
        return _yearless_over_page(head, meta, page[0]) or found
    return found


_DATE_LINE_WORDS = 8


def _yearless_over_page(head: list[str], meta: list[str], page: str) -> tuple[date, str] | None:
    """A day and month in the minutes' own head lines (a line that is the date, or says the meeting's
    when), in the page date's year, on or before the page date and within the months before it."""
    posted = find_date(page)
    if posted is None:
        return None
    for line in head:
        if line in meta or line == page or not (len(line.split()) <= _DATE_LINE_WORDS or says_when_held(line)):
            continue
        found = find_yearless_date(line, [str(posted.value.year)])
        if found is None or reported(line, found) or _of_earlier_minutes(line, found):
            continue
        day = found.value
        if day > posted.value:
            day = _year_before(day)
        if day is not None and (posted.value - day).days <= _POSTED_WITHIN_DAYS:
            return day, line
    return None


_POSTED_WITHIN_DAYS = 183


def _year_before(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None


def _first_dated(lines: list[str], month_first: bool = False) -> tuple[date | None, str | None]:
    """The first line with a date not reported in a sentence of business (`reported`), and its date."""
    for line in lines:
        found = find_date(line, month_first)
        if found and not reported(line, found) and not _of_earlier_minutes(line, found):
            return found.value, line
    return None, None


def _of_earlier_minutes(line: str, found) -> bool:
    """Whether the sentence a date stands in is about the last meeting's minutes ("The minutes of the
    Local Safeguarding Children Board (LSCB) meeting held on 17 July 2015 were approved"), as the first
    matter of a page that has no heading of its own says."""
    start = line.rfind(". ", 0, found.start) + 1
    end = line.find(". ", found.end)
    at = found.start - start
    # (The date within the words, or just after "... meeting held": not another sentence run on beside it.)
    return any(match.start() <= at and (match.end() > at or at - match.end() <= _HELD_TO_DATE)
               for match in _EARLIER_MINUTES.finditer(line[start:end if end >= 0 else len(line)]))


_HELD_TO_DATE = 24


def _held_sentence(lines: list[str]) -> list[str]:
    """Where a line saying when the meeting was held, with no date of its own, finds its date below:
    the sentence broken over lines ("... HELD IN THE COUNCIL" over "CHAMBER ON FRIDAY, 2ND" over "JUNE,
    2023 AT 10.00 A.M.", as PDF text wraps a title), read joined while it runs on; else the line under
    ("Minutes of the Board meeting held in public" over "Thursday 29 January 2026, 09:30"), and a line
    further down that goes on with the day ("held in the Town Hall," over "Market Street." over "on
    Thursday 1st May 2026")."""
    if len(lines) > 1 and find_date(lines[1]):
        return lines[:2]
    text = lines[0]
    for under in lines[1:]:
        if text.rstrip().endswith(".") and not _GOES_ON_WITH_DAY.match(under):
            break
        text = f"{text} {under}"
        if find_date(text):
            return [text]
    return lines[:2] + [under for under in lines[2:] if _GOES_ON_WITH_DAY.match(under)]


def _yearless(head: list[str], rest: list[str]) -> tuple[date | None, str | None]:
    """ "MINUTES of the meeting held on Tues 4 Nov": the year from the head's own lines
    ("AUTUMN TERM 2025"), else from the rest of the document, by the weekday where given."""
    named = _month_named(head)
    for line in head:
        found = find_yearless_date(line, head) or find_yearless_date(line, rest[:_YEAR_LINES])
        if found is not None and not reported(line, found) and not _of_earlier_minutes(line, found) and named in (None, (found.value.year, found.value.month)):
            return found.value, line
    return None, None


# "October 2010 Meeting Minutes", "Minutes - March 2026": a title that names the meeting's month and year only.
_MONTH_YEAR_TITLE = re.compile(rf"^\W*(?:(?:minutes|notes)\W+(?:of\W+|for\W+)?)?(?P<month>{MONTH})\s+(?P<year>(?:19|20)\d\d)"
                               r"\W+(?:\w+\W+){0,3}?(?:minutes|notes|meeting)\b|^\W*(?:minutes|notes)\W+(?:of\W+|for\W+)?"
                               rf"(?P<month2>{MONTH})\s+(?P<year2>(?:19|20)\d\d)\W*$", re.IGNORECASE)


def _month_named(head: list[str]) -> tuple[int, int] | None:
    """The month a title gives the meeting, with no day ("October 2010 Meeting Minutes"): a date without its
    year found in the head below it (an event's, "The Easter Egg Hunt ... on Saturday, April 23") is the
    meeting's only if it falls in that month."""
    for line in head:
        match = _MONTH_YEAR_TITLE.match(line) if len(line) < _TITLE_CHARS else None
        if match is not None:
            month = month_number(match["month"] or match["month2"])
            return int(match["year"] or match["year2"]), month
    return None


_TITLE_CHARS = 120


# "The meeting commenced at 7.02pm", "Meeting started: 19:05", "... and closed at 12.40pm": when the meeting
# began and ended, in a sentence of the head of its own, as parish and panel minutes record them.
# Also "Meeting called to order at 7:39 pm", "Called to order 17:41" (a society's or union's words), and "opened
# the meeting with prayer at 7.35 pm" (a church council's).
_BEGAN = re.compile(r"\b(?:(?:commenced|started|began|opened|convened)(?:\s++the\s++meeting(?:\s++with\s++(?:a\s++)?prayers?)?)?"
                    r"\s*+(?:at\b|:)|called\s++(?:the\s++meeting\s++)?to\s++order(?:\s++at\b)?)\s*+", re.IGNORECASE)
_ENDED = re.compile(r"\b(?:closed|ended|finished|concluded|adjourned)\s*+(?:at\b|:)\s*+", re.IGNORECASE)
# "At 12:30 p.m., President Odette Marlowe called the meeting to order": the time before the words.
_AT_FIRST = re.compile(r"^\W*at\s++", re.IGNORECASE)
_CALLED = re.compile(r"\b(?:called\s++the\s++meeting\s++to\s++order|opened\s++the\s++meeting)\b", re.IGNORECASE)


def _said_times(head: list[str], start: time | None, end: time | None) -> tuple[time | None, time | None]:
    """The start and end times a head line says the meeting began or closed at: the time it began over
    the time it was called for ("held ... at 7.30pm" over "The meeting commenced at 7.32pm"); the time
    it closed when no range gave one."""
    for line in head:
        if mentions_next_meeting(line):
            continue
        began = _BEGAN.search(line)
        found = find_time(line[began.end():]) if began else None
        if found is not None and found.start == 0:
            # (Opening prayers said a little after the time the meeting was called for do not move it.)
            start = start if start is not None and "prayer" in began[0].lower() else _afternoon(
                found.value, line[began.end():began.end() + found.end])
        elif (first := _AT_FIRST.match(line)) and (_CALLED.search(line)):
            found = find_time(line[first.end():])
            start = found.value if found is not None and found.start == 0 else start
        ended = _ENDED.search(line)
        found = find_time(line[ended.end():]) if ended else None
        if found is not None and found.start == 0 and end is None and (start is None or found.value > start):
            end = found.value
    return start, end


_BARE_EARLY = re.compile(r"^[1-7][.:]\d\d$")


def _afternoon(moment: time, written: str) -> time:
    """ "The meeting was called to order at 6:35": a time from one to seven written with neither a leading
    nought nor am or pm is an evening's, as minutes write a meeting's start."""
    return moment.replace(hour=moment.hour + 12) if _BARE_EARLY.match(written.strip()) else moment


def _field_below(rest: list[str], month_first: bool, found: tuple) -> tuple:
    """The date, times and venue a meeting's date field gives in the head or a little under it (its times on the
    field's line or the line under it, its venue a field beside it), when its weekday fits its date; else what
    was `found`."""
    lines = [prose(line) for line in rest if line.strip()]
    for index, line in enumerate(lines):
        match = _KEY_VALUE.match(line)
        if match is None or not match["key"].lower().startswith(("date", "meeting date")):
            continue
        dated = find_date(match["value"], month_first)
        if dated is None or weekday_contradicts(match["value"], dated):
            continue
        start, end = _times(lines[index + 1:index + 2], {}, line)
        return dated.value, line, start, end, _key_values(lines[index + 1:index + 1 + _FIELDS_TOGETHER]).get("venue")
    return found


_FIELDS_TOGETHER = 3  # (a date field's fellows: time, venue, chair)


def _times(head: list[str], keyed: dict[str, str], day_line: str | None):
    """The meeting's start and end: "Start Time" and "Finish Time" fields, else the first range of times in a
    time field, the date's line or the head, else a single time in the time field or on the date's line."""
    started = find_time(keyed.get("start time", ""))
    if started is not None:
        finished = find_time(keyed.get("finish time", ""))
        return started.value, finished.value if finished is not None else None
    for line in [keyed.get("time"), day_line] + head:
        if not line:
            continue
        if found := find_time_range(line):
            return found.value
    for line in [keyed.get("time"), day_line]:
        if line and (found := find_time(line)):
            return found.value, None
    return None, None

