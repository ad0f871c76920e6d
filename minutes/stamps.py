"""Dates in a document's head that are not the meeting's: a page's record of itself (a byline's or a
site's posting stamp) and a date inside a sentence of business that reports on something else."""

from __future__ import annotations

import re

from minutes.when import Found, find_date, find_time

# A web page's own record of itself ("Created by Ann Cole on Oct 01, 2019", "Last updated 3 May 2024",
# "Posted on ..."): when the page was made, not when the meeting was held.
# ("Page last reviewed: 20 May 2024", as NHS and council sites stamp their pages.)
PAGE_META = re.compile(r"^\s*(?:(?:this\s+)?page\s+(?:was\s+)?)?(?:created|(?:last\s+)?(?:modified|updated|edited|revised|reviewed)"
                       r"|published|posted|uploaded)\b", re.IGNORECASE)
# A blog's byline: "By | November 26, 2018", "By Tom Reed | 4 March 2026", "by admin on 4 March 2026".
_BYLINE = re.compile(r"^\s*by(?:\s|\|)", re.IGNORECASE)
_BYLINE_WORDS = 10
# A time zone after a clock: "19th Oct 2023 17:09 BST", a site's "recent updates" stamp.
_ZONE_AFTER = re.compile(r"^[\s,]*(?:UTC|GMT|BST|CET|CEST|EST|EDT|PST|PDT)\s*$", re.IGNORECASE)
_ONLY_SPACE = re.compile(r"^[\s,.|·–—-]*$")
# A reporting verb before the date in its sentence ("Attention was drawn to the Cabinet meeting held on
# 19 March 2026", "Members were reminded of the meeting on ..."); "which was held on" is the meeting's own.
_REPORTED = re.compile(r"\b(?:was|were)\s+(?!held\b|convened\b)[a-z]+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
# "To agree the public minutes and summary of the meeting held on 13 July 2017": an agenda's item to approve an
# earlier meeting's minutes; the date is that meeting's.
_TO_APPROVE = re.compile(r"\bto\s+(?:agree|approve|confirm|receive|adopt|sign|accept|note)\s+(?:[\w'’]+\s+){0,3}?"
                         r"(?:minutes|notes|summary|record)\b", re.IGNORECASE)


def is_page_stamp(line: str) -> bool:
    """Whether a head line is the page's record of itself, not the meeting's date: a "Last updated ..."
    line, a byline with the posting date ("By Tom Reed | 4 March 2026"), or a date stamped with a clock
    and its zone and nothing else ("4th Mar 2026 16:34 GMT", a site's list of recent updates)."""
    if PAGE_META.match(line):
        return True
    found = find_date(line)
    if found is None:
        return False
    if _BYLINE.match(line) and len(line.split()) <= _BYLINE_WORDS:
        return True
    after = line[found.end:]
    clock = find_time(after)
    return (clock is not None and _ONLY_SPACE.match(line[:found.start]) is not None
            and _ONLY_SPACE.match(after[:clock.start]) is not None and _ZONE_AFTER.match(after[clock.end:]) is not None)


def reported(line: str, found: Found) -> bool:
    """Whether a date stands in a sentence of business that reports on another matter ("Attention was drawn
    to the draft minute from the Cabinet meeting held on 19 March 2026"): a verb ("was drawn", "were told")
    before the date in its sentence. A title ("Minutes of the meeting which was held on ...") is not."""
    before = line[:found.start]
    starts = [match.end() for match in _SENTENCE_END.finditer(before)]
    sentence = before[starts[-1] if starts else 0:]
    return _REPORTED.search(sentence) is not None or _TO_APPROVE.search(sentence) is not None
