"""Where minutes mark decisions and actions inside a paragraph: "AGREED/ACTION:",
"RESOLVED -", "ACTION:", "Action: Clerk", and how a marked block splits into items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.vocabulary import is_role

AGREED_ACTION, ACTION, DECISION = "agreed action", "action", "decision"

_MARKER = re.compile(
    r"(?:^|(?<=[.;!?)\]]\s)|(?<=[\t(\[])|(?<=\S[ \t])(?=[-–—][ \t]+(?:ACTIONS?|Actions?)[ \t]*:))"
    r"[ \t]*(?:\(?\d{1,2}[.)]\s*|[-–—•]\s+|(?:->|→|=>|➔)[ \t]+(?=ACTION|Action))?"
    r"(?:(?P<both>(?:AGREED|RESOLVED|Agreed|Resolved)\s*/\s*(?:ACTIONS?|Actions?))"
    r"|(?P<action>(?:(?:ACTIONS?|Actions?)(?:\s+\d{1,3}+(?:[./-]\d{1,3}+)*+)?(?:\s+(?:BY|[Bb]y|POINTS?|[Pp]oints?|OWNER|[Oo]wner"
    r"|AGREED|[Aa]greed|REQUIRED|[Rr]equired|ITEMS?|[Ii]tems?))?(?:\s+\d{1,3}+(?:[./-]\d{1,3}+)*+)?"
    # ("ACTION 4/25 — ...": an action numbered within its year, as a register numbers it.)
    # "ACTION 2 (Sept) - ...": the meeting that set a numbered action, in brackets after its number.
    r"(?:(?<=\d)\s\([A-Z][a-z]{2,8}(?:\s\d{2,4})?\))?"
    r"|FOLLOW[- ]?UPS?|Follow[- ]?ups?)(?=\s*[:\-–—]|[ \t]*$)"
    # "ACTION ITEM for OASIS: add it to the website", "Action for the Clerk: book the hall": who the
    # action is for, between the word and the colon (read as the owner, see actions._owner_then_dash).
    r"|(?:ACTIONS?|Actions?)(?:[ \t]+(?:ITEMS?|[Ii]tems?|POINTS?|[Pp]oints?))?(?=[ \t]+(?:for|FOR)[ \t]+(?:the[ \t]+)?"
    r"[@A-Z][\w.'’-]*+(?:[ \t]+[A-Z][\w.'’-]*+){0,3}[ \t]*:[ \t]*\S)"
    # "- 👉 @sjansen will open an issue ...": a hand pointing at an entry marks it as "Action:" does.
    r"|[👉☞☛]\ufe0f?(?=[ \t]+\S)"
    # "-> CH and JL to pull together ...": an arrow before an owner given a task marks it too.
    r"|(?:->|→|=>|➔)(?=[ \t]+(?:the\s+)?[@A-Z][\w.'’@-]*+(?:(?:[ \t]+|[ \t]*(?:,|/|&|and)[ \t]*)[@A-Z][\w.'’@-]*+){0,3}"
    r"[ \t]+(?:to|will)[ \t]+[a-z])"
    # "TODO: @jdoe update the docs", "To do: Clerk to book the hall".
    r"|(?:TODO|ToDo|To[- ]do|TO[- ]DO)(?=\s*[:\-–—])"
    # "AP2 - ONS to confirm ...", "AI 3: @jdoe to tag ...": numbered action points and items.
    # ("AP 26-05: KV to arrange": a point numbered within its year; "AP\n25-16 (JT to ...) - closed" reviews one.)
    r"|(?:AP|AI)\s?\d{1,3}+(?:[-/.]\d{1,3}+)*+(?=\s*[:\-–—])"
    # "AP: JF to chase the roads team again", "AP: all members to read ...": an action point's owner and task.
    r"|AP(?=[ \t]*:[ \t]*(?:all\s+|the\s+)?[A-Z@a-z][\w.'’@-]*+(?:[ \t]+(?:and|&|/)?[ \t]*[A-Z][\w.'’-]*+){0,3}"
    r"[ \t]+(?:to|will)[ \t]+[a-z])"
    # "AI: Helen — update the tracking issue": an action item's owner, then a dash and the task.
    r"|AI(?=\s*:\s*@?[A-Z][\w.'’-]*+(?:\s+[A-Z][\w.'’-]*+)?\s+[-–—]\s)"
    # "- ACTION CR and PV – set up ...": a capitalised ACTION before initials, no colon.
    r"|ACTIONS?(?=[ \t]+[A-Z]{2,4}\b)"
    # "-> ACTION Marion: options for ...", "ACTION Priya + Mo: plan the events": the owner's name between
    # the word and the colon (a log's own headings, "Action Plan:", name nobody).
    r"|(?:ACTIONS?|Actions?)(?=[ \t]+(?!(?:Plan|Log|Tracker|Required|Points?|Items?|Notes?|Summary|Update|Sheet|Register|Schedule"
    r"|List|Taken|Agreed|Owner|Arising|Outstanding|Completed?|Open|Closed)\b)(?:(?:Dr|Cllr|Mr|Mrs|Ms)\.?[ \t]+)?[A-Z][\w.'’-]*+"
    r"(?:[ \t]*(?:\+|&|and|,|/)[ \t]*[A-Z][\w.'’-]*+){0,3}[ \t]*:[ \t]*\S)"
    # "Action @fbraun to confirm ...": a handle after the word, no colon.
    r"|(?:ACTIONS?|Actions?)(?=[ \t]+@\w)"
    # "(Action FMcB)", "(Action: Clerk)" closing a sentence: the owner of what comes before.
    r"|(?<=\()(?:ACTIONS?|Actions?)(?=[ \t]+[A-Z@][^()\n]{0,40}\))"
    # "(Lead: Secretary)", "(Owner: GL, by 30 April)", "(Responsibility: PO)": a labelled owner in a closing bracket.
    r"|(?<=\()(?:Lead|LEAD|Owner|OWNER|Responsibility|RESPONSIBILITY|Responsible|Lead\s+[Oo]fficer)"
    r"(?=\s*:\s*[A-Z@][^()\n:]{0,60}\)\s*[.;]?\s*$)"
    # "Lead: Paul Stennett to scope ...": a named lead given a task (a bare "Lead: X" names a presenter).
    r"|(?:Lead|LEAD|Owner|OWNER)(?=\s*:\s*[A-Z][^\n:.]{0,60}?\s(?:to|will)\s+[a-z])"
    # "... will be prepared for members. Responsibility: RP (by 31 March)": a labelled owner closing the
    # line after a sentence names who does what the sentence says.
    r"|(?<=[.!?] )(?:Responsibility|RESPONSIBILITY|Responsible|Lead\s+[Oo]fficer|LEAD\s+OFFICER|Owner|OWNER|Lead|LEAD)"
    r"(?=\s*:\s*[A-Z@][^\n:.]{0,50}$))"
    # "Order: Report to be circulated to members.": Dublin-style minutes record each decision as an Order.
    r"|(?P<decision>AGREED|RESOLVED|DECISIONS?|DECIDED|(?:Agreed|Resolved|Decisions?|Decided)"
    r"(?=\s*[:\-–—])|(?:ORDER|Order)(?=\s*:)))(?![A-Za-z/])\s*[:\-–—]?[ \t]*",
    re.MULTILINE,
)
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-h][.)]|\((?:i|ii|iii|iv|v|vi)\)|[-•*])\s+")
# A line opening a new sentence after an entry closed by a bracket ("... (by 1 April)").
_NEW_SENTENCE = re.compile(r"^(?:It|The|This|There|Members|[A-Z][a-z]+\s+(?:said|noted|reported|asked|agreed))\b")
# ("... advise the next meeting.; The funding criteria ...": a table cell's paragraphs, joined by "; ", part there too.)
_INLINE_ENUMERATOR = re.compile(r"(?<=[.;])\s+\(?\d{1,2}[.)]\s+(?=[A-Z])|(?<=[.!?]);\s+(?=[A-Z])")


@dataclass(frozen=True)
class Segment:
    """Text that follows a marker (`kind`), or the plain text before the first one."""

    kind: str | None
    text: str


_MARKER_WORDS = re.compile(r"ACTION|Action|AP|AI|ORDER|Order|AGREED|Agreed|RESOLVED|Resolved|DECI|Deci|Lead|LEAD|Owner|OWNER"
                           r"|FOLLOW|Follow|Respons|RESPONS|TODO|ToDo|To do|To-do|TO DO|TO-DO|👉|☞|☛|->|→|=>|➔")


# "RH to speak to the landowner. [RH — before next meeting]", "... on the online system. [SW]": a square
# bracket closing a line after a sentence that sets work, holding only who (initials, a name or an office,
# joined by "/" or "&") and perhaps when, names the owner as "[Action: RH — before next meeting]" would.
_BRACKET_OWNER = re.compile(
    r"(?<=[.!?] )\[(?=[A-Z][\w.'’-]{0,30}(?:[ \t]*(?:/|&|and|,)?[ \t]*[A-Z][\w.'’-]{0,30}){0,2}"
    r"(?:[ \t]+[-–—][ \t]+[^\[\]\n]{1,40})?\][ \t]*$)", re.MULTILINE)
_SETS_WORK = re.compile(r"\b(?:to|will|agreed|asked|offered|undertook|should|must)\s+[a-z]")


# "... to be brought to the next meeting. (TM)", "... by the April meeting. (Partnership Board Secretary)": a round
# bracket closing a line after a sentence that sets work, holding only initials or an office, names the owner
# as "(Action: TM)" would. (A name or a word of any other kind in round brackets is an aside: "(Appendix A)".)
_ROUND_OWNER = re.compile(r"(?<=[.!?] )\((?P<inside>[A-Z][\w'’ /&-]{0,40})\)[ \t]*$", re.MULTILINE)
_INITIALS = re.compile(r"^[A-Z]{2,4}(?:[ \t]*(?:/|&|,|and)[ \t]*[A-Z]{2,4}){0,3}$")


def _owner_brackets(paragraph: str, is_person=None) -> str:
    """The paragraph with each closing owner's bracket marked as an action's (see `_BRACKET_OWNER`
    and `_ROUND_OWNER`; `is_person`, when given, says whether a name in round brackets is someone's
    the attendance names: "(Tom Mercer)", "(Jo)")."""
    def marked(match: re.Match) -> str:
        line_start = paragraph.rfind("\n", 0, match.start()) + 1
        return "[Action: " if _SETS_WORK.search(paragraph, line_start, match.start()) else "["

    def rounded(match: re.Match) -> str:
        line_start = paragraph.rfind("\n", 0, match.start()) + 1
        inside = match["inside"].strip()
        if (_INITIALS.match(inside) or is_role(inside) or is_person is not None and is_person(inside)) and (
                _SETS_WORK.search(paragraph, line_start, match.start())):
            return f"(Action: {inside})"
        return match[0]
    if "[" in paragraph and "]" in paragraph:
        paragraph = _BRACKET_OWNER.sub(marked, paragraph)
    return _ROUND_OWNER.sub(rounded, paragraph) if ")" in paragraph else paragraph


# "Old lint config: vote to drop it. Agreed. Lena to action.", "... report back at next meeting. Clerk to
# action", "The Clerk would action.": a sentence of its own naming who will "action" what the sentence before
# it says names that sentence's owner, as "ACTION: Lena" closing it would. (With an object, "Clerk to
# action the repairs", it is a task like any other.)
_WORD = r"[A-Z](?:\.|[\w'’-]*+)"  # a name's word, or its initial ("Dan B."): "Agreed." before a name is no part of it
_OWNER_TO_ACTION = re.compile(
    rf"(?:^|(?<=[.!?;][ \t])|(?<=[.!?;]\n))[ \t]*(?P<who>(?:[Tt]he[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
    rf"(?:[ \t]*(?:/|&|and|,)[ \t]*{_WORD}){{0,2}})[ \t]+(?:to|will|would|shall)[ \t]+action"
    r"(?:[ \t]+(?:it|this|that|these|same))?[ \t]*(?:[.;]|$)",
    re.MULTILINE)


def _owner_to_action(paragraph: str) -> str:
    """The paragraph with each closing "NAME to action." written as the marker it stands for (see
    `_OWNER_TO_ACTION`)."""
    return _OWNER_TO_ACTION.sub(lambda match: f" ACTION: {match['who']}", paragraph)


def segments(paragraph: str, is_person=None) -> list[Segment]:
    """The paragraph cut at each marker, in order; the first has kind None. (`is_person`: see
    `_owner_brackets`.)"""
    if "[" in paragraph and "]" in paragraph or ")" in paragraph:
        paragraph = _owner_brackets(paragraph, is_person)
    if " action" in paragraph:
        paragraph = _owner_to_action(paragraph)
    if not _MARKER_WORDS.search(paragraph):
        return [Segment(None, paragraph)] if paragraph.strip() else []  # cheaply: no marker word at all
    found: list[Segment] = []
    kind, start, closer = None, 0, ""
    for match in _MARKER.finditer(paragraph):
        found.extend(_closed(kind, paragraph[start : match.start()], closer))
        kind = AGREED_ACTION if match["both"] else ACTION if match["action"] else DECISION
        start = match.end()
        opener = paragraph[match.start() - 1] if match.start() else ""
        closer = _CLOSERS.get(opener, "")
    found.extend(_closed(kind, paragraph[start:], closer))
    return [_status_last(s) for s in found if s.text.strip() or s.kind is not None]


# "Action Item: (DONE) Kelly to send the slides", "ACTION: [Ongoing] Hollis to circulate the text": a status tag
# opening a marked entry, before its owner.
_LEADING_STATUS = re.compile(r"^\s*[\[(]\s*(?P<status>done|complete[d]?|closed|finished|on-?going|in\s+progress|open"
                             r"|outstanding|standing|carried(?:\s+(?:forward|over))?)\s*\.?\s*[\])]\s*(?=\S)", re.IGNORECASE)


# "ACTION: Tamsin to refresh the wiki\nAction completed 20 March - the page is live": a line under a marked
# entry that opens with its status ("Action completed", "Done 3 May", "Closed:") is a note added to the minutes
# later on how the entry went, not more of the task; the entry is still work this meeting set.
_STATUS_LINE = re.compile(
    r"\n[ \t]*(?:[-–—•*][ \t]+)?(?:(?:ACTION|Action|ITEM|Item|TASK|Task)[ \t]+)?(?:(?:now|NOW|Now)[ \t]+)?"
    r"(?P<status>COMPLETED|Completed|completed|COMPLETE|Complete|DONE|Done|CLOSED|Closed|FINISHED|Finished)"
    r"(?=[ \t]*(?:\n|$|[-–—:,;.(]|\d|(?:on|by|in|at)\b))[^\n]*+")


def _status_line(text: str) -> str:
    """The entry without the status lines under it (see `_STATUS_LINE`)."""
    return _STATUS_LINE.sub("", text)


def _status_last(segment: Segment) -> Segment:
    """A marked entry whose status tag opens it, written with the tag closing its line ("(DONE) Kelly to send the
    slides" as "Kelly to send the slides (DONE)"), so its owner opens it as in any entry and its status
    closes it as a log writes it."""
    if segment.kind is None or segment.kind == DECISION:
        return segment
    if "\n" in segment.text:
        segment = Segment(segment.kind, _status_line(segment.text))
    tag = _LEADING_STATUS.match(segment.text)
    if tag is None:
        return segment
    rest = segment.text[tag.end():]
    line_end = rest.find("\n")
    line, after = (rest, "") if line_end < 0 else (rest[:line_end], rest[line_end:])
    return Segment(segment.kind, f"{line.rstrip()} ({tag['status'].lower()}){after}")


_CLOSERS = {"[": "]", "(": ")"}


def _closed(kind: str | None, text: str, closer: str) -> list[Segment]:
    """A marker opened inside a bracket ("... to the owners. [Action:\nRobert Ainsworth]") marks the
    words up to the bracket's close; the minute's text after it is plain text again."""
    end = text.find(closer) if closer and kind is not None else -1
    if end < 0:
        return [Segment(kind, text)]
    # (The bracket's words are one unit, however the line wrapped them: "[Action: Chloe Marchetti - next\nmeeting]".)
    marked = Segment(kind, " ".join(text[:end].split()))
    rest = text[end + 1:].lstrip(" .;,")  # (the stop that closed the sentence after the bracket)
    return [marked, Segment(None, rest)] if rest.strip() else [marked]


def has_marker(text: str) -> bool:
    return _MARKER_WORDS.search(text) is not None and _MARKER.search(text) is not None


def items(text: str) -> list[str]:
    """A marked block split into its items: numbered or bulleted lines, or a new line
    that starts a new sentence, and "1. ... 2. ..." run together on one line."""
    collected: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        starts_new = _ENUMERATOR.match(line) or not collected or (
            collected[-1].rstrip().endswith((".", ";", ").")) and line[0].isupper()
            or collected[-1].rstrip().endswith(")") and _NEW_SENTENCE.match(line)
        )
        if starts_new:
            collected.append(_ENUMERATOR.sub("", line))
        else:
            collected[-1] = f"{collected[-1]} {line}"
    split: list[str] = []
    for item in collected:
        split.extend(part for part in _INLINE_ENUMERATOR.split(item) if part.strip())
    return [" ".join(item.split()) for item in split]
