"""Dates and times as minutes write them: "Tuesday, 10 February 2015", "23rd March 2015",
"10am until 12noon", "4.00pm until 5.30pm", "18:00 - 19:30", "by July 2015".

Full dates found in running text are read here; due dates go through the project's
own `domain.dates.parse_written_date` so that chat and minutes agree on what
"17.02.15" or "by July 2015" means.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from domain.dates import parse_written_date
from domain.working_days import next_working_day
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
# "-1300" run on after an ISO date: a 24-hour clock in four figures, with nothing after it but a space or a stop.
_GLUED_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d(?![\w/-]|\.\d)"

# "18th-20th March 2016", "3–4 May": a meeting over several days, dated by its first; the span's end day, run on
# to the first without spaces ("Meeting 22 - 4 February" is a meeting's number, then its date).
_TO_DAY = r"(?:[–—-]\d{1,2}(?:st|nd|rd|th)?(?![\d:.]))?"
# "Tuesday the 10th day of September 2024": the formal style of Irish and older British minutes; "2019-March-14":
# ISO order with the month as a word, as open-source committees title their notes. "December 5th. 2011": a
# full stop typed after the day; "2024.03.05": ISO order parted by full stops, in full figures; "05-Mar-24": a
# day, the month's short name and the year, as spreadsheets and booking systems print them. An ISO date may run
# on into its clock ("2013-07-20-1300", a file-like name for a meeting), which `glued_clock` reads.
_FULL_DATE = re.compile(
    rf"(?<![\w./-])(?:{_WEEKDAY},?\s+)?(?:the\s+)?"
    rf"(?:(?P<d1>{_DAY}){_TO_DAY}(?:\s+day)?(?:\s+of)?\s+(?P<m1>{MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>{_DAY})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<d3>\d{{1,2}})[./-](?P<m3>\d{{1,2}})[./-](?P<y3>\d{{4}}|\d{{2}})"
    rf"|(?P<y4>\d{{4}})(?P<sep>[-/])(?P<m4>\d{{1,2}})(?P=sep)(?P<d4>\d{{1,2}})"
    # (With full stops only in full figures: "2024.10.1" is a release's number.)
    rf"|(?P<y7>\d{{4}})\.(?P<m7>\d\d)\.(?P<d7>\d\d)"
    rf"|(?P<y5>\d{{4}})-(?P<m5>{MONTH})-(?P<d5>\d{{1,2}})"
    rf"|(?P<d6>\d{{1,2}})-(?P<m6>{MONTH})-(?P<y6>\d{{4}}|\d{{2}}))"
    rf"(?![\w/]|\.\d|-(?!{_GLUED_CLOCK}))",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    rf"(?<![\w./-])(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY}){_TO_DAY}(?:\s+day)?(?:\s+of)?\s+(?P<m>{MONTH})(?![\w])"
    rf"|(?<![\w./-])(?:(?P<weekday2>{_WEEKDAY}),?\s+)(?P<m2>{MONTH})\s+(?P<d2>{_DAY})(?![\w])",
    re.IGNORECASE,
)
# A year alone ("AUTUMN TERM 2025") or closing a date in figures ("Page date: 14/03/2024"), not one in a span
# or reference ("2025/26", "24/2025").
_YEAR = re.compile(r"(?:(?<![\d/.-])|(?<=\b\d[/.-]\d[/.-])|(?<=\b\d\d[/.-]\d[/.-])|(?<=\b\d[/.-]\d\d[/.-])"
                   r"|(?<=\b\d\d[/.-]\d\d[/.-]))(?:19|20)\d{2}(?![\d/])")

_CLOCK = (
    r"(?:(?P<{n}h>\d{{1,2}})(?:[.:](?P<{n}m>[0-5]\d))?\s*(?P<{n}ap>[ap]\.?m\.?)(?![a-z])"
    r"|(?P<{n}h24>[01]?\d|2[0-3])[:.](?P<{n}m24>[0-5]\d)(?![\d]|\.\d)"
    r"|(?P<{n}noon>(?:12(?:[.:]00)?\s*)?(?:noon|midday)))"
)
_TIME_RANGE = re.compile(
    r"(?<![\d.])(?:(?P<bare>\d{1,2})(?:[.:](?P<barem>[0-5]\d))?(?=\s*(?:-|–|—|to|until)\s*\d)|"
    + _CLOCK.format(n="a")
    + r")(?:\s*+h(?:ou)?rs\.?)?\s*(?:-|–|—|to|until|till|and)\s*"
    + _CLOCK.format(n="b"),
    re.IGNORECASE,
)
_ONE_TIME = re.compile(r"(?<![\d.])" + _CLOCK.format(n="a"), re.IGNORECASE)

# "the next meeting", "the next Partnership meeting", "the next Board", "(report back) next time": the body's next meeting.
# Working groups and open-source projects meet on calls: "before our next call", "by the next sync".
# ("the next ICB Board meeting", "the next Health and Wellbeing Board meeting": the body named in full.)
_NEXT_MEETING = (r"(?:the\s+|its\s+|our\s+|their\s+)?next\s+(?:(?:(?-i:[A-Z])[\w&'’-]*\s+(?:(?:and|of|&)\s+)?){0,4}?"
                 r"(?:board|partnership|group|scheduled|committee|panel|forum"
                 r"|council)\s+)?(?:meeting|mtg|call|sync)(?![\w'’])|(?:the\s+)?next\s+(?-i:Board|Committee|Panel|Forum|Partnership|Executive|Group|Network)\b"
                 # "before next board", "by next TSC", "update next JAG": a body that meets, named by its kind or its
                 # initials, as secretaries of boards, partnerships and open-source committees write it.
                 r"|(?:the\s+)?next\s+(?:board\b(?!\s+(?:members?|papers?|reports?|development|away|session|seminar))"
                 r"|(?-i:TSC|TAC|JAG|CSP|SAB|SCP|HWB|HWBB|JPC|LCSP|PCN|ICP|IJB|PCP|SIG|WG)\b(?!\s+(?:members?|chair)))"
                 r"|next\s+week['’]s\s+(?:call|meeting|sync|stand-?up)\b"
                 # "Next Full Council", "by the next Council": a council's own meeting, named by the council.
                 r"|(?:the\s+)?next\s+(?-i:(?:Full\s+)?Council)\b(?!\s+(?:[Tt]ax|[Mm]embers?|[Ss]eats?|[Ee]lections?))"
                 r"|next\s+time\b")
# "the first week of June", "2nd week of April", "the last week in May": a week of a month, due by its last day.
_WEEK_OF_MONTH = (rf"(?:the\s+)?(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+"
                  rf"{MONTH}(?:,?\s+\d{{4}})?(?![\w])")
_DUE_DATE = (
    rf"(?:{_WEEK_OF_MONTH}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?![\w-])"
    rf"|(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+(?:\d{{4}}|'?\d{{2}}(?![\w:.])))?(?![\w])"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\w])"
    # "end of March", "the end of the month", "end of next week", "the end of the financial year".
    # ("the end of the quarter": the quarter's last day, the same in calendar and financial years.)
    rf"|(?:the\s+)?end\s+(?:of\s+(?:{MONTH}|(?:the\s+|this\s+|next\s+)?(?:week|month|quarter|(?:financial\s+|calendar\s+)?year))"
    rf"|{MONTH})(?:\s+\d{{4}})?(?![\w])"
    # "Q2 2026", "by the end of Q2", "end of quarter 3": a calendar quarter's last day.
    # "Q1 2026/27", "Q3 25-26": a quarter of the financial year, which starts in April.
    r"|(?:(?:the\s+)?end\s+(?:of\s+)?)?(?:Q[1-4]|quarter\s+[1-4])(?:\s+(?:(?:20)?\d\d[/-]\d\d|20\d\d))?(?![\w/-])"
    # "by next week", "before next month": the week or month after the meeting's.
    r"|(?:(?:next|this)\s+week|(?:next|this)\s+month)(?![\w'’])"
    rf"|{MONTH}\s+\d{{4}}"
    rf"|(?<![\d/.-])\d{{1,2}}[./-]\d{{1,2}}(?:[./-](?:\d{{4}}|\d{{2}}))?(?![\w/-]|\.\d)"
    rf"|{_NEXT_MEETING}"
    r"|asap|as soon as possible"
    # "by EOW", "EOM": the end of the week or month, as working groups shorten them.
    r"|e\.?o\.?[wm]\.?(?![\w])"
    r"|(?-i:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+\d{4})?)(?![\w])"
    # ("- Feb", "by Sept": a month written short, as trackers and notes write it.)
    r"|(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w'’]))"
)
# "w/c 20 June", "week commencing 6 June 2016": a week named by its first day.
_WEEK_OF = (
    rf"(?:w/c|w/b|w/e|wc|week\s+(?:commencing|beginning|starting|ending))\s+"
    rf"(?:{_DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+\d{{4}})?(?![\w])|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?(?![\w/-]))"
)
# "within two weeks": a span from the meeting ("in six months" is often what, not when).
_SPAN = (r"(?:(?:a|an|one|two|three|four|five|six|eight|ten|twelve|\d{1,2})\s+(?:working\s+)?(?:days?|weeks?|months?)"
         r"|a\s+fortnight|(?<=next\s)fortnight)")  # ("within the next fortnight")
# "the 14 April meeting": a meeting named by its day.
_DAY_MEETING = (rf"(?:the\s+)?{_DAY}\s+{MONTH}(?:\s+\d{{4}})?\s+(?:(?:board|partnership|group|council|committee|panel"
                rf"|forum)(?:\s+meeting)?|meeting)(?![\w])")
# "the April meeting": the next meeting when it falls in that month.
# "the April meeting", "the February 2026 meeting", "the May board": a meeting named by its month.
# "the Panel's June meeting", "Sept mtg": the body's own meeting, as secretaries shorten it.
# "to the February call", "on the June agenda": a group that meets on calls, and an item put on the
# agenda of the month's meeting, as councils, boards and open-source groups write them.
_MONTH_MEETING = (rf"(?:the\s+)?(?:(?:board|partnership|group|council|committee|panel|forum)['’]s\s+)?"
                  rf"(?P<meeting_month>{MONTH})(?:\s+\d{{4}})?\s+(?:(?:board|partnership|group|council|committee|panel|forum)"
                  rf"(?:\s+(?:meeting|mtg|agenda))?|meeting|mtg|call|agenda)(?![\w])")
# (The same, unnamed, where a due cue opens it: "by February meeting" is the meeting, not the month's end;
# after a dash, "Carry - February meeting", a log's status says when the row comes back: a meeting, not
# "(March Board)", which may be another body's.)
_CUED_MONTH_MEETING = _MONTH_MEETING.replace("?P<meeting_month>", "?:")
_DASHED_MONTH_MEETING = rf"(?:the\s+)?{MONTH}(?:\s+\d{{4}})?\s+(?:meeting|mtg)(?![\w])"
# "by close of play Friday", "by COB 14 March", "by EOD Tuesday", "by end of play Thursday", "by 5pm on Friday",
# "by noon Wednesday": the end of that day, or an hour of it (the day is what is due).
_CLOSING_HOUR = (r"(?:(?:close|end)\s+of\s+(?:play|business|(?:the\s+)?day)|c\.?o\.?[pb]\.?|e\.?o\.?d\.?"
                 r"|\d{1,2}(?:[.:][0-5]\d)?\s*[ap]\.?m\.?|noon|midday)")
_CLOSE_OF = rf"(?:{_CLOSING_HOUR}\s+(?:on\s+)?)?"
_DUE_CUE = re.compile(
    # ("in progress, expected December", "draft expected by April": a log's note of when the work will land.)
    rf"(?:\b(?:(?:(?:by|before)\s+(?:the\s+)?)?deadline(?:\s+of)?|by|before|no later than|due|target(?:\s+date)?|on or before|for|at|to"
    rf"|expected(?:\s+(?:by|in))?"
    rf"|ahead\s+of|in\s+advance\s+of"
    rf"|closing\s+date(?:\s+(?:of|is))?)"
    # ("by @March 31, 2026": a date mention, as Notion and Confluence export one.)
    rf"[:\s]\s*@?{_CLOSE_OF}"
    rf"(?P<cued>{_WEEK_OF}|{_CUED_MONTH_MEETING}|{_DUE_DATE})"
    # "before the consultation closes on 6 March", "before it lapses on 31 March", "before the
    # submission deadline of 3 December 2025": the day the event is set for.
    rf"|\bbefore\s+(?:[\w'’-]+\s+){{1,4}}?(?:on|of)\s+(?P<event>(?:{_WEEKDAY},?\s+)?{_DAY}\s+{MONTH}(?:,?\s+\d{{4}})?"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)(?![\w])"
    # "by Friday", "before next Tuesday": a weekday after the meeting, only after "by" or "before".
    # "by the 20th": a day of the month, the next one to come.
    rf"|\b(?:by|before)\s+(?P<ordinal>the\s+\d{{1,2}}(?:st|nd|rd|th))(?!\s+(?:of\s+)?{MONTH})(?!\s+week\b)(?![\w])"
    # "in the first week of June", "during the last week of May": the week's last day.
    rf"|\b(?:in|during)\s+(?P<weekofmonth>{_WEEK_OF_MONTH})"
    rf"|\b(?:by|before)\s+{_CLOSE_OF}(?P<weekday>(?:next\s+|this\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    rf"|Sunday))(?![\w])"
    # ("... and publish. End of March.": a date that is a sentence of its own closes the task too.)
    # ("by mid-February" names no day: its hyphen parts no date from the words.)
    rf"|(?:(?<!\bmid)[-–—(,]|(?<=\w)\.\s+(?=(?-i:[A-Z0-9])))\s*(?P<tail>{_WEEK_OF}|{_DASHED_MONTH_MEETING}|{_DUE_DATE}|{_SPAN})\s*\)?\s*\.?\s*$"
    rf"|(?<![\w/])(?P<week>{_WEEK_OF})"
    # "Carry out a speed survey (Q2 2026) and report to the MD": a quarter in brackets inside a task is when.
    rf"|\((?P<quarter>(?:Q[1-4]|quarter\s+[1-4])(?:\s+(?:(?:20)?\d\d[/-]\d\d|20\d\d))?)\))"
    # "... check the assets before then.": when the sentence before says (see `then_due`).
    rf"|\b(?P<then>(?:before|by)\s+then)\s*\.?\s*$"
    # "Marnie to circulate a new rota end of April.", "Clerk to order the bearing ASAP.": the end of a period or
    # "as soon as possible" closing the task without a cue (not what a report covers: "spending to the end of March").
    rf"|(?<!\bto)(?<!\bfrom)(?<!\bfor)(?<!\buntil)(?<!\bsince)(?<!\bof)(?<!\bthe)(?<!\band)(?<!\bor)\s(?P<closing>(?:the\s+)?end\s+of\s+"
    rf"(?:{MONTH}|(?:the\s+|this\s+|next\s+)?(?:week|month|quarter|(?:financial\s+|calendar\s+)?year))(?:\s+\d{{4}})?"
    rf"|asap|as\s+soon\s+as\s+possible)\s*\.?\s*$",
    re.IGNORECASE,
)
# Rarer wordings, looked for only when the usual ones find nothing and a word they need is there.
_OTHER_CUE = re.compile(
    rf"(?:\bwithin\s+(?:the\s+next\s+)?(?P<span>{_SPAN})(?![\w])(?!\s+(?:of|after|from|before)\b)"
    # "in two weeks' time": a span from the meeting, said as a time ("in six months" alone is often what, not when).
    rf"|\bin\s+(?P<timed>{_SPAN})['’]?s?['’]?\s+time\b"
    rf"|\bin\s+(?P<month>{MONTH}\s+\d{{4}})(?![\w])"
    # "report back (to the Board) in June": a month alone is a date only for coming back.
    rf"|\bback(?:\s+to\s+(?:the\s+)?\w+)?\s+in\s+(?P<back>(?-i:January|February|March|April|May|June|July|August"
    rf"|September|October|November|December)(?:\s+\d{{4}})?)(?![\w])"
    rf"|\b(?:by|before|for|at|to)\s+(?P<meeting>{_MONTH_MEETING}|{_DAY_MEETING})"
    rf"|\bon\s+(?P<agenda>(?:the\s+)?{MONTH}(?:\s+\d{{4}})?\s+(?:(?:board|committee|council|panel)\s+)?agenda)(?![\w])"
    # "report back next meeting": coming back names the meeting without "by" or "to".
    # ("Open; update next meeting": a log's note of when the update is due.)
    rf"|\b(?:back|update)\s+(?:at\s+|to\s+)?(?P<backnext>{_NEXT_MEETING}))",
    re.IGNORECASE,
)
# "the May board": a body named after a month, looked for only where such a body is named.
_BODY_WORD = re.compile(r"board|committee|panel|forum|council|group|partnership")
# Every due date without a digit or a month's name has one of these ("next", "end", "asap",
# "as soon as", weekdays and "today", "within two weeks", "a fortnight", "a month", "tomorrow").
# ("t(?<=\bt)hen" is "\bthen" with its letter first, as every word's is, so the search skips on to
# the next of those letters rather than trying every word at every place.)
_DATE_WORD = re.compile(r"next|end|asap|soon|week|day|tomorrow|fortnight|month|year|t(?<=\bt)hen\b|e(?<=\be)\.?o\.?[wm]\b")
_MONTH_ANY = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{4}\s+)?$")
_MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December"}
# When a sentence that sets someone work ("... to ...", "... will ...") is to be done, in words the
# usual cues do not carry, each found at the end or after "on":
# - "... to lead a recruitment campaign in April.", "will knock on doors during March": a month that
#   closes the task ("the figures for March" is what; "the lease runs out in March" sets nobody anything);
# - "... to raise it at the website WG on 10 March" ("the plan agreed on 4 March" sets nobody anything);
# - "[meera] will post a reminder today": today is the meeting's day;
# - "- Graham Farley give the panel access 09 Jan 2026": a task list's date column run on after the
#   task, a whole date with its year that the words do not say happened ("... held on 9 January 2026").
_TASK_LINK = re.compile(r"\b(?:to|will|would|shall|I['’]ll)\s+[a-z]", re.IGNORECASE)
# ("... a table at the market, starting in July": when the work starts, not when it is due.)
_CLOSING_MONTH = re.compile(r"(?<!\bstarting\s)(?<!\bbeginning\s)(?<!\bcommencing\s)(?<!\bfrom\s)\b(?:in|during)\s+(?P<when>(?:January|February|March|April|May|June|July|August|September"
                            r"|October|November|December))\s*\.?\s*$")
_ON_DAY = re.compile(
    # ("on the 24th of May": the day with its article, as British and Irish minutes write it.)
    rf"\bon\s+(?P<when>(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+\d{{4}})?(?![\w])"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\w])"
    rf"|\d{{1,2}}[./-]\d{{1,2}}(?:[./-](?:\d{{4}}|\d{{2}}))?(?![\w/-]|\.\d))", re.IGNORECASE)
_TODAY = re.compile(r"\s(?P<when>today|tomorrow)\s*\.?\s*$", re.IGNORECASE)
# (Not a date a thing was done on: "... Portal Action completed 2 Feb 2013", a log's note of when it closed.)
_BARE_DATE = re.compile(rf"(?<!\bon)(?<!\bof)(?<!\bfrom)(?<!\bsince)(?<!\bdated)(?<!\bheld)(?<!\bcompleted)(?<!\bdone)"
                        rf"(?<!\bclosed)(?<!\bfinished)(?<!\bresolved)(?<!\bactioned)\s(?P<when>{_DAY}\s+{MONTH},?\s+"
                        rf"\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*\.?\s*$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_MONTH_MEETING_RE = re.compile(_MONTH_MEETING, re.IGNORECASE)
_DAY_MEETING_RE = re.compile(rf"(?:the\s+)?(?P<day>{_DAY}\s+{MONTH}(?:\s+\d{{4}})?)\s+(?:(?:board|partnership|group|council"
                             rf"|committee|panel|forum)(?:\s+meeting)?|meeting)", re.IGNORECASE)
_WEEK_CUE = re.compile(r"^(?:w/c|w/b|w/e|wc|week\s+(?:commencing|beginning|starting|ending))\s+", re.IGNORECASE)
_NEXT_MEETING_RE = re.compile(_NEXT_MEETING, re.IGNORECASE)
_LOOKS_DATED = re.compile(rf"\d|{MONTH}\b|{_WEEKDAY}\b|asap|next|end of|today|tomorrow|week|fortnight|month|working\s+day"
                          r"|\be\.?o\.?[wm]\b", re.I)
_SHORT_END_OF = re.compile(r"e\.?o\.?(?P<period>[wm])\.?", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """Something found in a line, with where it was, so the rest can be read as venue."""

    value: object
    start: int
    end: int


def _month_number(word: str) -> int:
    return _MONTH_NAMES[word.lower()[:3]]


def month_number(word: str) -> int:
    """The month a month's name stands for ("Sept.", "october"), for the readers of the header and the next meeting."""
    return _month_number(word)


def _day_number(word: str) -> int:
    return int(re.match(r"\d+", word)[0])


def find_date(text: str, month_first: bool = False) -> Found | None:
    """The first full date (with a year) in `text`, e.g. "Tuesday, 10 February 2015"; figures such as
    "06-11-2024" read month first when `month_first` (a document that writes its dates so: see
    `writes_month_first`)."""
    for match in _FULL_DATE.finditer(text):
        day = _full_date(match, month_first)
        if day is not None:
            return Found(day, match.start(), match.end())
    return None


_GLUED_CLOCK_AT = re.compile(rf"-(?={_GLUED_CLOCK})(?P<h>\d\d)(?P<m>\d\d)")


def glued_clock(text: str, end: int) -> Found | None:
    """The clock an ISO date runs on into at `end` ("2013-07-20-1300": one o'clock in the afternoon)."""
    match = _GLUED_CLOCK_AT.match(text, end)
    return Found(time(int(match["h"]), int(match["m"])), match.start(), match.end()) if match else None


# "04/23/2024", "6/15", "23.04.24": a date in figures, which may be read one way only. (Without a year only a
# slash makes one: "ages 11-16" and "7.30" are no dates.)
# (The first digit, then what stands before it: a search skips straight from digit to digit.)
_FIGURES = re.compile(r"(\d(?<![\w./-]\d)\d?)(?:/(\d{1,2})(?:/(?:\d{4}|\d{2}))?|[.-](\d{1,2})[.-](?:\d{4}|\d{2}))"
                      r"(?![\w/-]|\.\d)")


def writes_month_first(lines: list[str], with_year: bool = False) -> bool:
    """Whether a document writes its dates in figures month first, as US bodies do: more of its dates that
    can only be read month first ("04/23/2024", "by 6/15") than day first ("23/04/2024"). Ambiguous ones
    ("06-11-2024") are then read the same way. `with_year` counts only figures with a year: a meeting's
    own date is weighed by dates, not by references and spans ("action 01/26", "2026/27")."""
    month_first = day_first = 0
    for line in lines:
        if not _DIGIT.search(line):
            continue
        for match in _FIGURES.finditer(line):
            if with_year and match[3] is None and match[0].count("/") < 2:
                continue
            first, second = int(match[1]), int(match[2] or match[3])
            month_first += 0 < first <= 12 < second <= 31
            day_first += 0 < second <= 12 < first <= 31
    if month_first == day_first:
        # No figures decide ("4/10", "5/1/26"): the way the document writes its dates in words does, "April 7,
        # 2026" as US bodies write them, "7 April 2026" as British and Irish ones do.
        month_first = sum(len(_WRITTEN_MONTH_FIRST.findall(line)) for line in lines if _DIGIT.search(line))
        day_first = sum(len(_WRITTEN_DAY_FIRST.findall(line)) for line in lines if _DIGIT.search(line))
    return month_first > day_first


_WRITTEN_MONTH_FIRST = re.compile(rf"(?<![\w])(?=(?-i:[A-Z])){MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*\d{{4}}(?!\d)", re.IGNORECASE)
_WRITTEN_DAY_FIRST = re.compile(rf"(?<![\w./-])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?=(?-i:[A-Z])){MONTH},?\s+\d{{4}}(?!\d)",
                                re.IGNORECASE)


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


_MONTH_DAY = re.compile(rf"(?<![\w./-])(?P<m>{MONTH})\s+(?P<d>{_DAY})(?![\w:/-]|\.\d)", re.IGNORECASE)


def find_month_day(text: str, after: date) -> Found | None:
    """A date written month first without its year or weekday ("Next meeting Feb 19, 7pm", "Jul 16"), the
    next after `after`: how US bodies, blogs and notes write a day."""
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    month, day = _month_number(match["m"]), _day_number(match["d"])
    for year in (after.year, after.year + 1):
        if _valid(year, month, day) and date(year, month, day) > after:
            return Found(date(year, month, day), match.start(), match.end())
    return None


_DAY_SLASH_MONTH = re.compile(r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|\.\d)")


def find_figures_without_year(text: str, after: date, month_first: bool = False) -> Found | None:
    """ "Next meeting: 12/9 at 7pm": a day and month in figures with no year (month first when `month_first`),
    the next such day after `after`."""
    match = _DAY_SLASH_MONTH.search(text)
    if not match:
        return None
    day, month = int(match["a"]), int(match["b"])
    if month_first:
        day, month = month, day
    for year in (after.year, after.year + 1):
        if _valid(year, month, day) and date(year, month, day) > after:
            return Found(date(year, month, day), match.start(), match.end())
    return None


# "in two weeks", "in a fortnight", "in four weeks' time", "same time next week": how long until a group meets again.
_MEETS_AGAIN = re.compile(r"\bin\s+(?:(?P<weeks>a|one|two|three|four|five|six|\d)\s+weeks?|(?P<fortnight>a\s+fortnight)"
                          r"|(?P<months>a|one|two|three|\d)\s+months?)(?:['’]?s?['’]?\s+time)?(?![\w'’])|\b(?P<week>next\s+week)\b",
                          re.IGNORECASE)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def find_meets_again(text: str, after: date) -> Found | None:
    """ "Next meeting: in two weeks, same link": the day that long after `after` (a month: the same day of the
    month, or its last)."""
    match = _MEETS_AGAIN.search(text)
    if not match:
        return None
    if match["months"]:
        count = _COUNTS.get(match["months"].lower()) or int(match["months"])
        year, month = divmod(after.month - 1 + count, 12)
        year, month = after.year + year, month + 1
        return Found(date(year, month, min(after.day, calendar.monthrange(year, month)[1])), match.start(), match.end())
    weeks = 1 if match["week"] else 2 if match["fortnight"] else _COUNTS.get(match["weeks"].lower()) or int(match["weeks"])
    return Found(after + timedelta(weeks=weeks), match.start(), match.end())


# "Next meeting: Wednesday the 26th", "26th (same time)": a day of the month alone (not "the 26th of June", nor
# "the 2nd floor").
_ORDINAL_ALONE = re.compile(rf"(?<![\w./-])(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b"
                            rf"(?!\s*(?:of\s+)?{MONTH}(?![\w]))(?!\s+(?!at\b|from\b|in\b)[a-z])", re.IGNORECASE)


def find_day_of_month(text: str, after: date) -> Found | None:
    """A day of the month written alone, the next after `after` (on its weekday, where one is given)."""
    match = _ORDINAL_ALONE.search(text)
    if not match:
        return None
    day, year, month = int(match["day"]), after.year, after.month
    for _ in range(4):
        if _valid(year, month, day) and date(year, month, day) > after and (
                not match["weekday"] or _weekday_fits(year, month, day, match["weekday"])):
            return Found(date(year, month, day), match.start(), match.end())
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": -1}
# "the second Tuesday of July", "first Monday in March 2025", "the last Thursday of the month", "3rd Wednesday of
# next month": a day a body sets by its standing rule.
_NTH_WEEKDAY = re.compile(
    r"\b(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    rf"\s+(?:of|in)\s+(?:(?P<month>{MONTH})(?:\s+(?P<year>\d{{4}}))?(?![\w])|(?P<which>(?:the\s+|each\s+|every\s+)?month"
    r"|next\s+month)\b)", re.IGNORECASE)


def find_nth_weekday(text: str, after: date) -> Found | None:
    """ "the second Tuesday of July": that day of the month named (the next to come after `after`), of the month
    after `after`'s ("next month"), or the next such day after `after` ("the last Thursday of each month")."""
    match = _NTH_WEEKDAY.search(text)
    if not match:
        return None
    nth, weekday = _NTH[match["nth"].lower()], _WEEKDAYS.index(match["weekday"].lower()[:3])
    if match["month"]:
        month = _month_number(match["month"])
        years = [int(match["year"])] if match["year"] else [after.year, after.year + 1]
        months = [(year, month) for year in years]
    else:
        ahead = 1 if match["which"].lower().startswith("next") else 0
        months = [((after.month - 1 + step) // 12 + after.year, (after.month - 1 + step) % 12 + 1)
                  for step in (ahead, ahead + 1)]
    for year, month in months:
        day = _nth_weekday(year, month, nth, weekday)
        if day > after or match["year"]:
            return Found(day, match.start(), match.end())
    return None


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date:
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


# Two figures closing a day and month ("19th September 02"), not a clock ("4 March 10 am", "10.30").
_SHORT_YEAR = re.compile(r",?[ \t]++'?(?P<yy>\d\d)(?![\d:.'’]|\s*+(?:[ap]\.?m\b|hrs?\b|h\b|o['’]clock))", re.IGNORECASE)


# "PackagingWG/2020-07-29-pip-teamwidemeeting", "2016 12 15 TSC Minutes", "board_2019_03_05": a date in ISO
# order inside a file-like name (parted by hyphens, underscores or spaces, run into the words around it).
_NAME_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_ ])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")


def find_name_date(text: str) -> Found | None:
    """The date in ISO order inside a file-like name or title ("PackagingWG/2020-07-29-pip-meeting",
    "2016 12 15 TSC Minutes"), where `find_date` wants the date to stand apart from its neighbours."""
    for match in _NAME_DATE.finditer(text):
        if _valid(int(match["y"]), int(match["m"]), int(match["d"])):
            return Found(date(int(match["y"]), int(match["m"]), int(match["d"])), match.start(), match.end())
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
    short = _SHORT_YEAR.match(text, match.end()) if weekday else None
    if short:
        # "Thursday 19th September 02": a year in two figures, its century the one its weekday fits.
        fits = [century + int(short["yy"]) for century in (2000, 1900)
                if _weekday_fits(century + int(short["yy"]), month, day, weekday)]
        if fits:
            return Found(date(fits[0], month, day), match.start(), short.end())
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


def _full_date(match: re.Match[str], month_first: bool = False) -> date | None:
    if match["d1"]:
        parts = (int(match["y1"]), _month_number(match["m1"]), _day_number(match["d1"]))
    elif match["m2"]:
        parts = (int(match["y2"]), _month_number(match["m2"]), _day_number(match["d2"]))
    elif match["d3"]:
        year = int(match["y3"])
        parts = (year + 2000 if year < 100 else year, int(match["m3"]), int(match["d3"]))
        if month_first or (parts[1] > 12 and parts[2] <= 12):
            # "4/16/2020": a day over 12 in the second place proves the figures month first, whatever the default.
            parts = (parts[0], parts[2], parts[1])
    elif match["m5"]:
        parts = (int(match["y5"]), _month_number(match["m5"]), int(match["d5"]))
    elif match["m7"]:
        parts = (int(match["y7"]), int(match["m7"]), int(match["d7"]))
    elif match["m6"]:
        year = int(match["y6"])
        parts = (year + 2000 if year < 100 else year, _month_number(match["m6"]), int(match["d6"]))
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


def find_due_phrase(text: str, task: bool = False) -> Found | None:
    """Words naming when something is due ("by 17 March", "- 17.02.15"), as written. `task` says the
    words are a task already (an entry under an action marker or heading), so a closing month or
    day is its date without a "to" or "will" to set it."""
    if "^" in text and _SUPERSCRIPT.search(text):
        # "by 20^th^ March 2026": pandoc's superscript ordinal, read as "20th" (the same length, so
        # where the phrase is found is where it is in the words as written).
        found = find_due_phrase(_SUPERSCRIPT.sub(lambda match: f"{match[1]}{match[2]}  ", text), task)
        return Found(" ".join(str(found.value).split()), found.start, found.end) if found else None
    lowered = text.lower()
    has_digit = _DIGIT.search(text) is not None
    if not (has_digit or _MONTH_ANY.search(lowered) or _DATE_WORD.search(lowered)):
        return None  # cheaply: no digit, month or word of time, so no date
    found = _cued(text, _DUE_CUE)
    if found is not None:
        return found
    if ("within" in lowered or "back" in lowered or "meeting" in lowered or "mtg" in lowered or "agenda" in lowered
            or " call" in lowered or " time" in lowered or " in " in lowered and has_digit
            or _month_body(lowered)):
        found = _cued(text, _OTHER_CUE)
    if found is not None:
        return found
    tail = text.rstrip(" .")
    end = tail[-1:]
    if end.isdigit() or has_digit and " on " in lowered or end == "y" or end == "w" or end.islower() and (
            tail[tail.rfind(" ") + 1:] in _MONTH_WORDS):
        return _task_day(text, tail, end, lowered, has_digit, task)
    return None


def _month_body(lowered: str) -> bool:
    """Whether a body is named after a month ("the May board"): each body word's few words
    before it are looked at, not the whole sentence at every place."""
    if not _MONTH_ANY.search(lowered):
        return False
    for found in _BODY_WORD.finditer(lowered):
        if _MONTH_BEFORE.search(lowered, max(0, found.start() - 24), found.start()):
            return True
    return False


def _task_day(text: str, tail: str, end: str, lowered: str, has_digit: bool, task: bool) -> Found | None:
    """When a sentence that sets work says it is due in words the usual cues do not carry."""
    if end.isdigit():
        match = _BARE_DATE.search(text)
        if match:
            return Found(match["when"], match.start("when"), match.end())
    check = None
    if " on " in lowered and has_digit:
        check = _ON_DAY
    elif end in ("y", "w") and (tail.endswith("today") or tail.endswith("tomorrow")):
        check = _TODAY
    elif end.islower() and tail[tail.rfind(" ") + 1:] in _MONTH_WORDS:
        check = _CLOSING_MONTH
    match = check.search(text) if check is not None else None
    if match and (task or _TASK_LINK.search(text, 0, match.start())):
        start = match.start() if check is _ON_DAY or check is _CLOSING_MONTH else match.start("when")
        return Found(match["when"], start, match.end())
    return None


def _cued(text: str, cues: re.Pattern[str]) -> Found | None:
    for match in cues.finditer(text):
        group = next(name for name, value in match.groupdict().items() if value)
        phrase = match[group]
        cue = text[match.start() : match.start(group)].strip().lower()
        is_next = bool(_NEXT_MEETING_RE.fullmatch(phrase.strip()) or _MONTH_MEETING_RE.fullmatch(phrase.strip())
                       or _DAY_MEETING_RE.fullmatch(phrase.strip()))
        # "for", "at" and "to" name a date only when they point at a meeting, or, for "to", at a month
        # that stands for the body's meeting in it ("KH to bring it to April", "deferred to March").
        to_month = cue == "to" and _MONTH_ONLY.fullmatch(phrase.strip().rstrip(".")) and phrase.strip()[:1].isupper() and (
            not _FROM_MONTH.search(text, max(0, match.start() - _LOOK_BACK), match.start())) and _CLOSES.match(text, match.end())
        if cue.rstrip(":") in ("for", "at", "to") and not is_next and not to_month:
            continue
        if cue[:8] == "expected" and phrase.lstrip()[:5].lower() in ("next ", "this "):
            continue  # ("draft expected next week": a hope the notes record, not a date set)
        if to_month and _CARRIED_TO.search(text, max(0, match.start() - _LOOK_BACK), match.start()):
            # "carried forward to May": on the log until May's end, as registers date a carried action.
            return Found(phrase.strip().rstrip("."), match.start(), match.end())
        if to_month:
            return Found(f"to {phrase.strip().rstrip('.')}", match.start(), match.end())
        # "report back in June": "back" stays with the task; the date is "in June".
        if group == "back":
            start = text.rfind(" in ", match.start(), match.start(group)) + 1
        elif group == "event":
            # "before the consultation closes" stays with the task; the date is "on 6 March".
            start = max(text.rfind(" on ", match.start(), match.start(group)),
                        text.rfind(" of ", match.start(), match.start(group))) + 1
        else:
            start = match.start(group) if group == "backnext" else match.start()
        phrase = phrase.strip().rstrip(".")
        if phrase[-6:].lower() == "agenda":
            # "Add X to the June agenda": the agenda is where the work goes, so its words stay in the task
            # (nothing is cut from them), and the month's meeting is when it is due.
            return Found(phrase, len(text), len(text))
        if cue == "before" and _MONTH_ONLY.fullmatch(phrase):
            phrase = f"before {phrase}"  # "before July": by the end of June
        return Found(phrase, start, match.end())
    return None


def resolve_due(text: str | None, reference: date, next_meeting: date | None) -> date | None:
    """The date a due text names, or None ("asap", "ongoing", impossible dates)."""
    if not text or not _LOOKS_DATED.search(text):
        return None
    lead = _LEADING_CUE.match(text.strip())
    if lead and lead.end() < len(text.strip()):
        # "Within 4 weeks", "expected December", "for January": a due cell's word before its date.
        return resolve_due(text.strip()[lead.end():], reference, next_meeting)
    hour = _CLOSING_HOUR_LEAD.match(text.strip())
    if hour:
        # "COP Friday", "5pm on 20 March": the day is what is due (one hour of it: "5pm 6pm" names none).
        day = text.strip()[hour.end():]
        return None if _CLOSING_HOUR_LEAD.match(day) else resolve_due(day, reference, next_meeting)
    week_of_month = _WEEK_OF_MONTH_RE.fullmatch(text.strip().rstrip("."))
    if week_of_month:
        return _week_of_month(week_of_month, reference)
    if text.strip()[:6].lower() == "after ":
        return None  # "after the September meeting", "After 14.3": when work may start, not when it is due
    to_month = _TO_MONTH.fullmatch(text.strip())
    if to_month:
        # "to April": the body's meeting in April when the next one falls in it, else by the month's end.
        month_end = resolve_due(to_month["month"], reference, next_meeting)
        if month_end and next_meeting and (next_meeting.year, next_meeting.month) == (month_end.year, month_end.month):
            return next_meeting
        return month_end
    if _THIS_MONTH.fullmatch(text.strip()):
        # "this month", "during this month": by the end of the meeting's month.
        return date(reference.year, reference.month, calendar.monthrange(reference.year, reference.month)[1])
    meeting = _BEFORE_MEETING.fullmatch(text.strip())
    if meeting and (_MONTH_MEETING_RE.fullmatch(meeting["meeting"]) or _DAY_MEETING_RE.fullmatch(meeting["meeting"])):
        # "before the March Board": ready for that meeting, so due on its day, as "before the next meeting" is.
        return resolve_due(meeting["meeting"], reference, next_meeting)
    if _THIS_WEEK.fullmatch(text.strip()):
        # "this week": work in hand before the minutes are even out, which registers record with no date.
        return None
    # A task due in "w/c 20 June" is due in the week that starts that day: that day.
    text = _WEEK_CUE.sub("", text.strip())
    if _NEXT_WEEKS_CALL.search(text):
        return reference + timedelta(days=7)  # "by next week's call": a body that meets weekly, a week on
    if _NEXT_MEETING_RE.search(text):
        return next_meeting
    month_year = next((found for pattern in _SHORT_MONTH_YEARS if (found := pattern.fullmatch(text.strip()))), None)
    if month_year:
        # A tracker's month and short year, or a span of months: by that month's last day.
        if month_year["year"] is None:
            return resolve_due(month_year["month"], reference, next_meeting)
        year, month = int(month_year["year"]) % 100 + 2000, _month_number(month_year["month"])
        return date(year, month, calendar.monthrange(year, month)[1])
    before = _BEFORE_MONTH.fullmatch(text.strip())
    if before:
        # "before July": the last day of the month before it.
        month_end = resolve_due(before["month"], reference, next_meeting)
        return month_end.replace(day=1) - timedelta(days=1) if month_end else None
    short = _SHORT_END_OF.fullmatch(text.strip())
    if short:
        text = "end of the week" if short["period"].lower() == "w" else "end of the month"  # "EOW", "EOM"
    text = re.sub(r"^(?:the\s+)?end\s+(?!of\b)", "end of ", text, flags=re.IGNORECASE)  # "end Feb"
    text = re.sub(r"^the\s+(?=end\s+of\b)", "", text, flags=re.IGNORECASE)  # "the end of the month"
    period = _END_OF_PERIOD.fullmatch(" ".join(text.lower().split()))
    if period:
        return _end_of_period(period, reference)
    quarter = _QUARTER.fullmatch(" ".join(text.split()))
    if quarter:
        # The quarter's last day: that year's, or the next one to come when no year is given.
        number = int(quarter["q"] or quarter["n"])
        if quarter["fy"]:
            # The financial year's quarters: Q1 is April to June of its first year, Q4 January to March of its second.
            first = int(quarter["fy"]) % 100 + 2000
            year, month = (first, 3 * number + 3) if number < 4 else (first + 1, 3)
            return date(year, month, calendar.monthrange(year, month)[1])
        if number == 4 and not quarter["year"]:
            # "Q4" alone: the year-end quarter, which English public bodies close on 31 March.
            year = reference.year if reference <= date(reference.year, 3, 31) else reference.year + 1
            return date(year, 3, 31)
        year = int(quarter["year"]) if quarter["year"] else reference.year
        month = 3 * number
        end = date(year, month, calendar.monthrange(year, month)[1])
        return end if quarter["year"] or end >= reference else date(year + 1, month, end.day)
    ordinal = _ORDINAL_DAY.fullmatch(text.strip())
    if ordinal:
        return _next_day_of_month(int(ordinal[1]), reference)
    months = _MONTH_SPAN.fullmatch(text.strip())
    if months:
        # "within a month", "two months": the same day that many months after the meeting (or the month's last).
        count = int(months[1]) if months[1].isdigit() else _SMALL_NUMBERS.get(months[1].lower(), 1)
        year, month = divmod(reference.month - 1 + count, 12)
        year, month = reference.year + year, month + 1
        return date(year, month, min(reference.day, calendar.monthrange(year, month)[1]))
    if re.fullmatch(r"(?:(?:a|one)\s+)?fortnight", text.strip(), re.IGNORECASE):
        return reference + timedelta(days=14)
    working = _WORKING_SPAN.fullmatch(text.strip())
    if working:
        # "within 10 working days": counted in England and Wales working days from the meeting.
        day = reference
        for _ in range(int(working[1]) if working[1].isdigit() else _SMALL_NUMBERS[working[1].lower()]):
            day = next_working_day(day)
        return day
    day_meeting = _DAY_MEETING_RE.fullmatch(text.strip())
    if day_meeting:
        text = day_meeting["day"]  # "the 14 April meeting": that day
    month_meeting = _MONTH_MEETING_RE.fullmatch(text.strip())
    if month_meeting:
        month = _month_number(month_meeting["meeting_month"])
        return next_meeting if next_meeting is not None and next_meeting.month == month else None
    written = find_date(text)
    if written is not None and not text[: written.start].strip(" ,") and not text[written.end :].strip(" .,"):
        # A full date with its year needs no interpretation, and dateparser is slow.
        return written.value
    yearless = _YEARLESS_DUE.fullmatch(text.strip().rstrip("."))
    if yearless:
        return _yearless_due(yearless, reference)
    month_first = _MONTH_FIRST_ONLY.fullmatch(text.strip().rstrip("."))
    if month_first:
        return _month_first_day(month_first, reference)
    try:
        parsed = parse_written_date(text, reference)
    except BadDate:
        parsed = None
    if parsed is not None:
        return parsed
    # "Full Council 30 March", "CFP closes 2 Feb": a due cell that names the occasion with its day.
    if len(text.split()) <= _OCCASION_WORDS and "," not in text and ";" not in text:
        day = find_date(text) or find_day_month(text, reference)
        if day is not None:
            return day.value
    return None


# "03/12/2021", "by 4/5": figures that read as a date either way round.
_EITHER_WAY = re.compile(r"(?P<first>0?[1-9]|1[0-2])(?P<sep>[/.-])(?P<second>0?[1-9]|1[0-2])(?:(?P=sep)(?P<year>\d{4}|\d{2}))?")


def month_first_due(text: str | None, reference: date) -> date | None:
    """A due written in figures that read either way ("by 03/12/2021"), read month first: for a document whose
    own dates are written so (`writes_month_first`), as its meeting date is. None for any other due text."""
    if not text:
        return None
    text = _WEEK_CUE.sub("", text.strip().rstrip("."))  # ("w/e 5/8": the week ending on that day)
    lead = _LEADING_CUE.match(text)
    match = _EITHER_WAY.fullmatch(text[lead.end():] if lead else text)
    if match is None or (match["year"] is None and match["sep"] != "/"):
        return None
    month, day = int(match["first"]), int(match["second"])
    if match["year"]:
        year = int(match["year"]) % 100 + 2000 if len(match["year"]) == 2 else int(match["year"])
        return date(year, month, day)
    for year in (reference.year, reference.year + 1):
        if date(year, month, day) >= reference:
            return date(year, month, day)
    return None


# "30 June", "June 30", "Mar 3", "Tuesday the 3rd of March": a due day with its month and no year. ("Apr 26", a
# log's month and this decade's year, is read as such when the meeting's year makes it one: see `_yearless_due`.)
_YEARLESS_DUE = re.compile(
    rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{MONTH})"
    rf"|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?P<nth>st|nd|rd|th)?)", re.IGNORECASE)
# How far before the meeting a due day may fall and still be in the meeting's year (an action already
# overdue, carried on a log); a day further back is next year's, as a due date comes after the meeting.
_OVERDUE_REACH = timedelta(days=92)


def _yearless_due(match: re.Match[str], reference: date) -> date | None:
    """The day a due without its year names, from the meeting's date: "30 June" in minutes of 4 March
    2026 is 30 June 2026, "Mar 3" in minutes of 4 March 2026 is 3 March 2026 (overdue by a day), and
    "Feb 10" in minutes of 20 November 2026 is 10 February 2027 (well before the meeting, so next year's).
    A weekday given picks the year it falls on. "Apr 26" (a month, then two figures with no ordinal that
    can name the meeting's year: see `_names_year`) is a log's month and year: April 2026, by its last day."""
    month = _month_number(match["m"] or match["m2"])
    written = match["d"] or match["d2"]
    if match["m2"] and not match["nth"] and len(written) == 2 and _names_year(2000 + int(written), month, reference):
        year = 2000 + int(written)
        return date(year, month, calendar.monthrange(year, month)[1])
    day = _day_number(written)
    years = [reference.year, reference.year + 1]
    if match["weekday"]:
        years = [year for year in years if _weekday_fits(year, month, day, match["weekday"])] or years
    if not _valid(years[0], month, day):
        return None
    if len(years) > 1 and date(years[0], month, day) < reference - _OVERDUE_REACH:
        years = years[1:]
    return date(years[0], month, day) if _valid(years[0], month, day) else None


def _names_year(year: int, month: int, reference: date) -> bool:
    """Whether a month and two figures ("Apr 26") name that month of the year 20NN in minutes of `reference`:
    the meeting's year, or the next for a month already past in the meeting's year ("Feb 27" in minutes of
    November 2026). "March 20" in minutes of 14 March 2019 and "Mar 25" in minutes of 4 March 2026 are days:
    a due set at a meeting is not a year gone by, nor a year and more ahead."""
    return year == reference.year or year == reference.year + 1 and month < reference.month


# "by 6/15", "6/30/2024": figures that can be read only month first, as US bodies write them (day first, the
# second figure would be a month past twelve).
_MONTH_FIRST_ONLY = re.compile(r"(?P<month>0?[1-9]|1[0-2])/(?P<day>1[3-9]|2\d|3[01])(?:/(?P<year>\d{4}|\d{2}))?")


def _month_first_day(match: re.Match[str], reference: date) -> date | None:
    """The day figures read month first name: that year's, or the next to come on or after `reference`."""
    month, day = int(match["month"]), int(match["day"])
    if match["year"]:
        year = int(match["year"]) % 100 + 2000 if len(match["year"]) == 2 else int(match["year"])
        return date(year, month, day) if _valid(year, month, day) else None
    for year in (reference.year, reference.year + 1):
        if _valid(year, month, day) and date(year, month, day) >= reference:
            return date(year, month, day)
    return None


_DUE_AT_END = re.compile(
    rf"(?:^|\s)(?:by\s+)?(?P<due>{_WEEK_OF}|{_DUE_DATE}|tbc|tba|ongoing|on-going|immediate(?:ly)?)\s*\.?$",
    re.IGNORECASE,
)


_SUPERSCRIPT = re.compile(r"(\d)\^(st|nd|rd|th)\^")
# ("In April", "At the March meeting", "In time for the May board": a due cell's word before its date.)
_LEADING_CUE = re.compile(r"(?:within|expected|due|target(?:\s+date)?|for|during|until|till|by|in(?:\s+time\s+for)?|at)"
                          r"(?::\s*|\s+)(?=\S)", re.IGNORECASE)
_OCCASION_WORDS = 6
_NEXT_WEEKS_CALL = re.compile(r"next\s+week['’]s\s+(?:call|meeting|sync|standup|stand-up)", re.IGNORECASE)
_THIS_WEEK = re.compile(r"(?:by\s+|during\s+)?this\s+week", re.IGNORECASE)
_TO_MONTH = re.compile(rf"to\s+(?P<month>{MONTH}(?:\s+\d{{4}})?)", re.IGNORECASE)
# How far before "to March" the words that qualify it ("from", "carried forward") are looked for:
# they close on it, so a short window finds them, and each month is not a scan of the whole text.
_LOOK_BACK = 80
_CLOSES = re.compile(r"\s*(?:[.;,)]|\Z)")  # the month closes its clause
_CARRIED_TO = re.compile(r"\b(?:carried|brought|rolled)\s+(?:forward|over)\s*$", re.IGNORECASE)
_FROM_MONTH = re.compile(rf"\bfrom\s+{MONTH}\s+$", re.IGNORECASE)
_THIS_MONTH = re.compile(r"(?:by\s+|during\s+|within\s+|later\s+)?this\s+month", re.IGNORECASE)
_BEFORE_MEETING = re.compile(r"(?:before|ahead\s+of)\s+(?P<meeting>.+)", re.IGNORECASE)
# "Mar-26" (a spreadsheet's month), "March '26", "end Mar 26", "Jan-Mar 2026" (a span of months, by its last).
_SHORT_MONTH_YEARS = (
    re.compile(rf"(?P<month>{MONTH})-(?P<year>\d{{2}})", re.IGNORECASE),
    re.compile(rf"(?P<month>{MONTH})\s*['’](?P<year>\d{{2}})", re.IGNORECASE),
    re.compile(rf"(?:the\s+)?end\s+(?:of\s+)?(?P<month>{MONTH})\s+(?P<year>\d{{2}})", re.IGNORECASE),
    # ("December/January": either month, so by the later one's end.)
    re.compile(rf"{MONTH}\s*[-–/]\s*(?P<month>{MONTH})(?:\s+(?P<year>\d{{4}}))?", re.IGNORECASE),
)
_MONTH_ONLY = re.compile(rf"{MONTH}(?:\s+\d{{4}})?", re.IGNORECASE)
_BEFORE_MONTH = re.compile(rf"before\s+(?P<month>{MONTH}(?:\s+\d{{4}})?)", re.IGNORECASE)
_MONTH_SPAN = re.compile(r"(a|an|one|two|three|four|five|six|eight|ten|twelve|\d{1,2})\s+months?", re.IGNORECASE)
_WORKING_SPAN = re.compile(r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+working\s+days?",
                           re.IGNORECASE)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                  "ten": 10, "twelve": 12}
_ORDINAL_DAY = re.compile(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)


# The ends of periods counted from the meeting: "end of next week" is the Friday of the week after
# the meeting's; "end of next month" the last day of the month after; "end of the year" 31 December;
# "end of the financial year" 31 March, the end of the UK public sector's year.
_QUARTER = re.compile(r"(?:end of )?(?:Q(?P<q>[1-4])|[Qq]uarter (?P<n>[1-4]))(?: (?:(?P<fy>(?:20)?\d\d)[/-]\d\d|(?P<year>20\d\d)))?",
                      re.IGNORECASE)
_END_OF_PERIOD = re.compile(r"end of (?:(?P<next>next )|(?:the |this )?)(?P<period>week|month|quarter|(?P<kind>financial |calendar )?year)")


def _end_of_period(match: re.Match[str], reference: date) -> date | None:
    period, ahead = match["period"], 1 if match["next"] else 0
    if period == "week":
        # The coming Friday (after a weekend meeting, that is already next week's).
        friday = reference + timedelta(days=(4 - reference.weekday()) % 7)
        return friday + timedelta(days=7) if ahead and reference.weekday() <= 4 else friday
    if period == "month":
        year, month = (reference.year + 1, 1) if reference.month + ahead > 12 else (reference.year, reference.month + ahead)
        return date(year, month, calendar.monthrange(year, month)[1])
    if period == "quarter":
        month = (reference.month + 2) // 3 * 3 + 3 * ahead
        year = reference.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if match["kind"] == "financial ":
        year = reference.year if reference <= date(reference.year, 3, 31) else reference.year + 1
        return date(year + ahead, 3, 31)
    return date(reference.year + ahead, 12, 31)


_CLOSING_HOUR_LEAD = re.compile(rf"{_CLOSING_HOUR}\s+(?:on\s+)?(?=\S)", re.IGNORECASE)
_WEEK_OF_MONTH_RE = re.compile(
    rf"(?:the\s+)?(?P<nth>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+"
    rf"(?P<month>{MONTH})(?:,?\s+(?P<year>\d{{4}}))?", re.IGNORECASE)


def _week_of_month(match: re.Match[str], reference: date) -> date:
    """ "the first week of June": its seventh day ("second": its fourteenth; "last": the month's last day), in
    the year given, else the next to come on or after `reference` (less an overdue action's reach)."""
    month = _month_number(match["month"])
    nth = _NTH.get(match["nth"].lower(), -1)

    def last_day(year: int) -> date:
        end = calendar.monthrange(year, month)[1]
        return date(year, month, end if nth < 0 else min(7 * nth, end))

    if match["year"]:
        return last_day(int(match["year"]))
    day = last_day(reference.year)
    return day if day >= reference - _OVERDUE_REACH else last_day(reference.year + 1)


def _next_day_of_month(day: int, reference: date) -> date | None:
    """ "by the 20th": that day of the meeting's month, or of the next month once it has passed."""
    year, month = reference.year, reference.month
    for _ in range(3):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= reference:
            return candidate
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


# "Chief Operating Officer10.03.2026", "LMoend of July": a PDF's owner and due cells run together when
# their columns sit close, the date glued on after the owner's last letter. The due cell may hold any
# of a log's forms: a month after initials or a bracket ("RT / MOHJan 2026", "Cabinet Office (AQ)June"),
# or after a word when its year follows ("ClerkMarch 2026"), a quarter ("FM / OSQ1 2026") or a span
# ("EPR Programme team2 weeks"). A month glued to a lower-case letter with no year is a name ("McMay").
_GLUED_DUE = re.compile(
    rf"^(?P<who>.*?[A-Za-z)])(?P<due>\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})"
    rf"|(?<=[A-Z][a-z])(?:end\s+of|by|before)\s+(?:(?i:{MONTH})|the\s+\w+|next\s+\w+|Q[1-4])(?:\s+\d{{4}})?"
    rf"|(?<=[A-Z)])(?=[A-Z])(?i:{MONTH})(?:\s+\d{{4}})?"
    rf"|(?<=[a-z])(?=[A-Z])(?i:{MONTH})\s+\d{{4}}"
    rf"|(?<=[A-Za-z)])Q[1-4](?:\s+(?:\d{{4}}|\d{{2}}/\d{{2}}))?"
    rf"|(?<=[a-z])\d{{1,2}}\s+(?:working\s+)?(?:days?|weeks?|months?))\s*$")


def glued_due(cell: str) -> tuple[str, str] | None:
    """An owner's cell with the due date glued on after it: the owner and the date as written."""
    match = _GLUED_DUE.match(cell.strip()) if cell[-1:].isalnum() else None
    if match is None or not match["who"].strip():
        return None
    if find_due_phrase(f"by {match['due']}") is None and find_due_phrase(f"within {match['due']}") is None:
        return None
    return match["who"].strip(), match["due"]


# "before then", "by then": a task due by the time the sentence before it names.
THEN = re.compile(r"(?:before|by)\s+then", re.IGNORECASE)


def then_due(before: str, reference: date, next_meeting: date | None) -> date | None:
    """The day "before then" stands for, from the sentence before the task: the meeting an item is put
    off to ("Deferred to January."), a day something is booked for ("The inspection is booked for 16th
    April."), as parish and town council minutes write them."""
    found = find_due_phrase(before, task=True)
    due = resolve_due(str(found.value), reference, next_meeting) if found is not None else None
    if due is None:
        day = find_date(before) or find_day_month(before, reference)
        due = day.value if day is not None else None
    return due if due is not None and due >= reference else None  # (a day gone by is no time to work to)


def due_at_end(text: str) -> tuple[str, str] | None:
    """A table cell of dates run on at the end of a row's text ("... AL 11/04/2025"):
    the text before it and the date as written."""
    match = _DUE_AT_END.search(text)
    if not match:
        return None
    return text[: match.start()].rstrip(), match["due"]


# A weekday written just before a date ("Monday 7th December 2011", "Tues, the 4th of March 2025").
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{_WEEKDAY}),?\s*+(?:the\s++)?$", re.IGNORECASE)
_WEEKDAY_AT = re.compile(rf"(?P<weekday>{_WEEKDAY})(?![a-z])", re.IGNORECASE)
_WEEKDAY_REACH = 16


def weekday_contradicts(text: str, found: Found) -> bool:
    """Whether the weekday written before a date found in `text` is not the day that date falls on
    ("Monday 7th December 2011", a Wednesday): a slip in the date, often its year copied from a template."""
    match = _WEEKDAY_AT.match(text, found.start) or _WEEKDAY_BEFORE.search(
        text[max(0, found.start - _WEEKDAY_REACH):found.start])
    day = found.value
    return bool(match) and isinstance(day, date) and not _weekday_fits(day.year, day.month, day.day, match["weekday"])
