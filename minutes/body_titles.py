"""The titles and headings the body's walk stops at: a heading over the closing list of actions, a bare
section title, a "Tasks for ..." heading, a session, a minute's reference and title; the titles and openers
under which minutes review an earlier meeting's actions (and the words that carry one forward); and an agenda
set out as a list at the top, whose lines are no headings.

Apart from the walk (minutes/body.py) so that the patterns that decide where an item or a review starts and
ends are read in one place; they look at a line's words alone."""

from __future__ import annotations

import re

from minutes.markers import has_marker
from minutes.normalise import prose


ACTION_LIST_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.)]?\s+)?(?:summary\s+of\s+(?:agreed\s+)?actions"
    r"|(?:new\s+|agreed\s+)?action\s+(?:log|points|list|items|tracker|plan\s+summary)(?:\s+(?:agreed|arising))?"
    r"|actions?\s+(?:summary|table|register)|next\s+steps"
    r"|follow[- ]?ups?(?:\s+(?:tasks|actions|items))?"
    r"|(?:agreed\s+|new\s+)?actions(?:\s+(?:agreed|arising))?(?:\s+(?:from|at)\s+(?:the|this|today'?s)\s+meeting)?"
    r"|key\s+actions|decisions?\s+(?:and|&)\s+actions?|actions?\s+(?:and|&)\s+decisions?"
    # "TO DO", "To-do list", "Joblist": a club's or society's list of who does what next.
    r"|to[- ]?dos?(?:\s+list)?|job\s*list)\s*:?\s*$",
    re.IGNORECASE,
)
# "Tasks for Everyone", "Individual tasks", "Tasks for the team": a heading over lists of tasks, and whom they are for.
TASKS_HEADING = re.compile(r"^\s*(?:(?:individual|personal)\s+tasks|tasks\s+for\s+(?P<who>everyone|everybody|all"
                           r"|the\s+team|[A-Z][\w'’-]+))\s*:?\s*$", re.IGNORECASE)
# Items that review the open actions of earlier meetings: their tables and unmarked
# "X to ..." updates are old actions, not new ones.
REVIEWS_OLD_ACTIONS = re.compile(
    r"matters\s+(?:arising|outstanding)|action\s+(?:log|tracker|schedule|register|sheet)|outstanding\s+(?:actions|matters|references)"
    r"|(?:review\s+(?:of\s+)?)?outstanding\s+action\s+(?:items|points)"
    r"|(?:review|update|progress)\s+(?:of|on)\s+(?:the\s+)?(?:previous\s+|outstanding\s+|open\s+)?actions"
    # "Review of last meeting's action items", "Previous action items", "review last meeting's TODOs".
    r"|(?:review|update|progress)(?:\s+(?:of|on))?\s+(?:the\s+)?(?:last|previous|prior)\s+meeting['’]?s?\s+"
    r"(?:action|AIs\b|to-?dos\b|follow-?ups\b)"
    # ("Last time's action items": the meeting before, as notes that meet often call it.)
    r"|(?:last|previous|prior)\s+(?:(?:meeting|time)['’]?s?\s+)?action\s+(?:items|points)"
    # "Actions from the previous meeting", "Action list from previous meetings".
    r"|actions?(?:\s+(?:list|log|items?|points?|tracker))?\s+(?:from|arising\s+from)\s+(?:the\s+)?(?:previous|last|earlier|prior)\b"
    # "Clerk's report and progress on previous resolutions": what earlier meetings resolved, followed up.
    r"|(?:progress|update)\s+on\s+(?:previous|earlier|outstanding)\s+(?:resolutions|decisions)"
    r"|(?:matters|actions|items)\s+(?:carried|brought)\s+forward|previous\s+actions"
    r"|(?:matters\s+from|carried\s+(?:over|forward)\s+from)\s+(?:the\s+)?(?:previous|last|earlier)\s+meetings?"
    # "Progress on issues raised at previous meetings", "Matters raised at the last meeting": earlier requests followed up.
    r"|(?:issues|matters|items|questions|requests|points)\s+(?:raised|arising)\s+(?:at|from)\s+(?:the\s+)?(?:previous|earlier|last|prior)\s+meetings?"
    # "Still open from week 5", "Leftovers from #26": earlier actions not yet done.
    r"|^\W*(?:still\s+open|left\s*overs?|carried\s+over)\s+from\b"
    # "Notes of last meeting (10/06/25) and Actions", "Welcome / previous AIs", "review of open AIs".
    r"|(?:last|previous|prior)\s+meeting\b.{0,40}\band\s+actions?\b|(?:previous|open|outstanding)\s+AIs\b"
    # "Follow-ups from last time", "Last meeting's follow-ups", "Review of last time's follow-ups", "Follow-up from previous
    # meetings": notes that meet often (working groups, steering groups, SIGs) call the earlier actions follow-ups.
    r"|follow[- ]?ups?\s+(?:from|since)\s+(?:the\s+)?(?:last|previous|prior|earlier)\b"
    r"|(?:last|previous|prior)\s+(?:meeting|time|week|call|session)['’]?s?\s+(?:action|AIs?\b|to-?dos?\b|follow[- ]?ups?\b)"
    # "Review of open action items", "Review of action points", "Action points review", "Carried actions": the earlier
    # actions gone through again.
    r"|review\s+(?:of\s+)?(?:the\s+)?(?:open\s+|pending\s+|ongoing\s+)?action\s+(?:items|points|list)"
    r"|action\s+(?:items?\s+|points?\s+|log\s+)?review\b|carried\s+(?:forward\s+|over\s+)?actions",
    re.IGNORECASE,
)
# A review's title inside running text, its entries after it: "Matters arising: ...", "<tab>Action log and
# matters arising; ...", "Outstanding from December: ...".
REVIEW_OPENER = re.compile(r"(?:^|\t|(?<=[.:;]\s)|(?<=\d\s))(?:action\s+log(?:\s+and\s+matters\s+arising|\s+review(?!ed))?|(?:matters\s+)?arising"
                           r"|(?:outstanding|left\s*overs?|carried\s+over|still\s+open)\s+(?:actions\s+|items\s+)?from\s+[^:;.]{1,30}"
                           # ("Notes agreed. Open actions:", "Action log updates:" over the entries.)
                           r"|(?:outstanding|open)\s+actions|action\s+log\s+updates?"
                           # "Actions from previous meetings: AP-21 ... is complete.", "From last time: ...".
                           r"|actions?\s+from\s+(?:the\s+)?(?:previous|last|earlier)\s+(?:meetings?|time)|from\s+(?:last\s+time|the\s+last\s+meeting)"
                           r"|review\s+of\s+(?:the\s+)?actions)(?:\s*[:;]|\s+[-–—])\s*"
                           # "1.4 On matters arising, action 4 from November (...) remains open".
                           r"|(?:^|(?<=[.:;]\s)|(?<=\d\s))on\s+matters\s+arising\s*,\s*"
                           r"|(?:^|(?<=[.:;]\s)|(?<=\d\s))(?:to\s+)?review(?:ed)?\s+(?:of\s+)?the\s+action\s+(?:log|tracker)\s*\.\s*"
                           # "The Panel considered the list of outstanding references from previous meetings.", "... a
                           # report listing the references outstanding from previous meetings.": the entries follow.
                           r"|\b(?:outstanding\s+(?:actions|references|items|matters)\s+from|(?:actions|references|items|matters)"
                           r"\s+outstanding\s+from)\s+(?:the\s+)?(?:previous|earlier|last)\s+meetings?\s*\.\s*$",
                           re.IGNORECASE)
_REVIEW_WORDS = ("arising", "action log", "action tracker", "outstanding", "review", "leftover", "left over",
                 "carried over", "still open", "from previous", "from the previous", "from last", "from the last",
                 "from earlier", "from the earlier", "open actions")
# Words that speak of an earlier meeting's action.
EARLIER_ACTION = re.compile(r"\bthe\s+(?:outstanding\s+|open\s+|earlier\s+|previous\s+)?action\s+(?:on|for|to|about)\b|\baction\s+[A-Z]*[\d/.-]*\d\b|\bAI\s+from\b"
                            r"|\b(?:carried|brought)\s+forward\b|\bc/f\b", re.IGNORECASE)
# A bare section title ("Decisions") between paragraphs: it ends the one before, which
# would otherwise read "... – Group Leads Decisions" and give the owner a wrong name.
SECTION_TITLE = re.compile(
    r"^\s*(?:decisions?(?:\s+(?:made|taken|agreed))?|resolutions?|discussion|notes|matters\s+arising"
    r"|any\s+other\s+business|aob)\s*:?\s*$",
    re.IGNORECASE,
)
# A review's title that says its entries are still to be done ("Still open from week 5", "Outstanding actions").
OPEN_TITLE = re.compile(r"\b(?:still\s+open|outstanding|open\s+(?:actions|items|AIs)|carried\s+(?:over|forward)|left\s*overs?)\b",
                        re.IGNORECASE)
# The meeting's own log closing the minutes: "Action log", "Decision and action log" (a log
# that records decisions records this meeting's; earlier meetings' decisions are not reviewed).
# ("Action tracker (as at 19 January 2026)": the log as it stands at this meeting.)
OWN_LOG_TITLE = re.compile(r"^(?:\W*)(?:the\s+)?(?:decisions?\s+(?:and|&)\s+)?actions?\s+(?:log|tracker|schedule|sheet)"
                           r"\s*(?:\(\s*(?:as\s+at|updated|at)\b[^()]{1,40}\))?\s*$", re.IGNORECASE)
CLOSING_TITLE = re.compile(r"next\s+meeting|other\s+business|\baob\b|close|future\s+meeting", re.IGNORECASE)
SESSION = re.compile(r"^\s*session\s+(?P<number>\d{1,2})\s*[:.\-–—]\s*(?P<title>\S.{0,150})$", re.IGNORECASE)
# Under a review of earlier actions, only these words carry one forward ("ongoing" alone
# reports progress on an action that stays on the earlier meeting's log).
CARRIED_FORWARD = re.compile(r"\b(?:carried\s+(?:forward|over)|brought\s+forward|c/f|b/f|rolled\s+(?:forward|over))",
                             re.IGNORECASE)
# (A minute's reference may come first: "133/25-26 Matters arising".)
# (The reference is looked at once, then taken whole: a run of figures cannot be parted in many ways.)
BARE_TITLE = re.compile(r"^(?:(?:min\.?\s+)?(?=[\w/:.-]*\d)[\w/:.-]++\s+)?[A-Z][^.;!?]*[^.;:!?\s]$", re.IGNORECASE)
# A title after a minute's reference ("FC/26/28 Clerk's report on matters from previous meetings").
REFERENCED_TITLE = re.compile(r"^(?:[Mm]in\.?\s+)?[\w/:.-]*\d[\w/:.-]*\s+[A-Z]")
# "Chief Superintendent's Report", "Roads Programme 2026": a title, each word in capitals but the small ones.
TITLE_AFTER_REVIEW = re.compile(r"^[A-Z][\w'’&-]*(?:\s+(?:[A-Z0-9][\w'’&/-]*|of|and|the|for|on|to|in|&)){0,6}$")
# "F05:02/26 To receive the District Councillor's report.": an item's title after its reference, phrased as
# parish agendas phrase them ("To receive", "To consider").
TO_TITLE = re.compile(r"^(?:[Mm]in\.?\s+)?[\w/:.-]*\d[\w/:.-]*\s+To\s+[a-z]+\s")
BARE_TITLE_WORDS = 10
REVIEW_TITLE_WORDS = 14
# A minute's reference and a title on a line of its own, no sentence: "205. MATTERS ARISING", "BoD 26/004  Matters
# arising and action log", "TB/25/143 Action log" (a reference with a part that is a number, then words in capitals
# or in title case that end in no stop, comma or colon).
# ("Minute 47/25-26 <tab> PROGRESS ON ISSUES RAISED AT PREVIOUS MEETINGS": a reference whose year runs over two.)
MINUTE_TITLE = re.compile(r"^\s*(?:(?-i:[A-Z][A-Za-z]{0,5})[\s/]?)?\d{1,4}(?:[./-]\d{1,4}){0,2}\.?(?:[\t ]+\d{1,3}\.)?[\t ]+"
                          r"(?P<title>(?-i:[A-Z])[^.,;:!?]{2,90}?)\s*$")
# A minute's reference alone on its line, its title on the next ("26/009"), as ModernGov and Word exports set them.
REFERENCE_ALONE = re.compile(r"^\s*(?:(?-i:[A-Z]{1,6})[\s/]?)?\d{1,4}[/.]\d{1,4}\s*$")
_LISTED_TITLE = re.compile(r"^\s*\d{1,2}[.)]\s+\S.{0,70}$")
_LISTING_RUN = 3
_LISTED_WORDS = 8


def agenda_listing(lines: list[str]) -> set[int]:
    """The lines of an agenda set out as a list at the top ("1. Minutes", "2. Budget", ...,
    "5. Any other business"): short numbered titles, three or more together, none a
    sentence. They name the items the minutes then head; read as headings they would
    restart the numbering, and under "4. Action log" read as actions."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        text = line.strip()
        if (_LISTED_TITLE.match(line) and len(text.split()) <= _LISTED_WORDS + 1
                and not text.endswith((".", ";", ":")) and not has_marker(text)
                and not re.search(r"\(|\bto\s+[a-z]|\s[-–—]\s|\bby\s+\d", text)):
            run.append(index)
            continue
        for counted in _counted_runs(lines, run):
            before = next((lines[i] for i in range(counted[0] - 1, -1, -1) if lines[i].strip()), "")
            if len(counted) >= _LISTING_RUN and not ACTION_LIST_HEADING.match(before) and _headed_again(lines, counted):
                found.update(counted)
        run = []
    return found


def _counted_runs(lines: list[str], run: list[int]) -> list[list[int]]:
    """A run of numbered lines cut where its numbers stop counting up by one: "1. Confirm quorum" ...
    "7. Next meeting" then "1. Confirm quorum" with no blank line between (the listed agenda run on into
    the first item's heading, as markdown's lists come out) is the listing, then the heading."""
    runs: list[list[int]] = []
    last = None
    for index in run:
        number = int(re.match(r"\s*(\d+)", lines[index])[1])
        if last is None or number != last + 1:
            runs.append([])
        runs[-1].append(index)
        last = number
    return runs


def _headed_again(lines: list[str], run: list[int]) -> bool:
    """Whether most of a listed agenda's items head a section later on (else the list is
    the only place the items are named, and it is read as their headings)."""
    later = {prose(line).lower() for line in lines[run[-1] + 1:] if line.strip()}
    again = sum(1 for index in run if prose(lines[index]).lower() in later)
    return again * 2 >= len(run)


def may_open_review(text: str) -> bool:
    """A cheap test before REVIEW_OPENER: words without which no review's title is in the text."""
    lowered = text.lower()
    return any(word in lowered for word in _REVIEW_WORDS)
