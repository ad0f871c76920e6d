"""Reading minutes text into `Minutes`: the entry point that puts the parts together."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, time

from minutes.action_tables import table_columns
from minutes.actions import opens_with_task_verb, opens_with_verb
from minutes.agenda import is_heading
from minutes.attendance import read_attendance
from minutes.body import read_body
from minutes.body_context import Context
from minutes.closed_entries import open_entries
from minutes.commitments import body_kind
from minutes.dash_owners import dash_task_lines
from minutes.governance import INTEREST_KINDS
from minutes.header import read_header, says_when_held
from minutes.short_owners import nicknamed_roll, tagged_roll
from minutes.initials import defined_initials, long_initials_written, named_short_forms, titled_names
from minutes.model import Action, Minutes
from minutes.next_meeting import read_next_meeting
from minutes.normalise import normalise
from minutes.owners import Owners, fuller_owner, owner_key, same_owners
from minutes.when import find_date, find_time, find_yearless_date, month_first_due, writes_month_first

# What an experiment (bench/action_model) may do with the actions the rules read: given them, the
# document's lines, the lines already used and the reading's context, return those to keep.
CheckActions = Callable[[tuple[Action, ...], list[str], set[int], Context], Iterable[Action]]
_HEAD_WITHOUT_ATTENDANCE = 12
_FOOT_LINES = 15
_YEAR_CONTEXT = 200
# "Meeting closed at 8.15pm", "(The meeting ended at 9.05 pm)", "Meeting closed: 8.15pm", "There being no further
# business, the meeting closed at 8.15pm": the end time at the foot, as council and board minutes give it.
_CLOSED = re.compile(
    r"^\s*+[(\[]?\s*+(?:(?:there\s+being|with|as\s+there\s+was)\s+no\s+(?:further|other)\s+business[\w ]{0,30}?,?\s+)?"
    r"(?:the\s+)?(?:meeting|chair\w*)\s+(?:closed|ended|finished|concluded|closed\s+the\s+meeting)"
    r"(?:\s+at\b|\s*[:–-]|(?=\s+\d))(?P<rest>.*)$",
    re.IGNORECASE,
)
_NEARBY = 40
# How far back (in actions kept) the body's restatement of a task is looked for: its action line
# follows the discussion's sentence, within a few actions (four at most across the tuning sets).
_RESTATED_NEARBY = 8
_STOP_WORDS = {"the", "and", "to", "of", "for", "a", "an", "in", "on", "at", "by", "with", "be",
               # (words that carry no task: "this", "was" and "is" tell two wordings of one task apart)
               "this", "that", "these", "those", "it", "its", "is", "are", "was", "were", "been", "into", "from",
               "or", "as"}


def read_minutes(text: str, check_actions: CheckActions | None = None, today: date | None = None) -> Minutes:
    """What a set of minutes says. Never raises on odd text: what cannot be read is None
    or left out. Dates and times are read as British minutes write them. `check_actions`, when
    given, is called as `check_actions(actions, lines, skip, context)` with the actions the rules
    read and returns those to keep: how an experiment (bench/action_model) sees and revises them.
    `today` is the day relative dues ("within two weeks", "30 June") are counted from when the
    minutes give no date of their own; the caller's clock (the system's date when not given)."""
    lines = _header_roll_cut(_wrapped_paragraphs_joined(normalise(text)))
    # "Date: 02/06/2020" in a document that writes "02/20/2020": its figures read month first, in
    # its header and its dues alike (read once for both).
    month_first = writes_month_first(lines, with_year=True)
    attendance = read_attendance(lines)
    head_end = _head_end(lines, attendance.first_line)
    header = read_header(lines[:head_end], lines[head_end:], month_first)
    next_meeting = read_next_meeting(lines, header.date)
    names = [p.name for p in attendance.present] + [
        a.name for a in attendance.apologies + attendance.absent
    ]
    # (Initials the attendance blocks define come first; those defined beside a name elsewhere fill gaps.)
    aliases = {**nicknamed_roll(lines), **tagged_roll(lines), **defined_initials(lines), **attendance.aliases}
    posts = {p.name: ", ".join(filter(None, (p.role, p.organisation))) for p in attendance.present}
    away = [a.name for a in attendance.apologies + attendance.absent]
    owners = Owners(names, aliases, titled_names(lines), posts, away, named_short_forms(lines),
                    long_initials_written(lines))
    context = Context(owners, header.date or today or date.today(), next_meeting.date, body_kind(header.board))
    skip = (attendance.used - dash_task_lines(lines, attendance.used, owners)) | set(range(head_end))
    body = read_body(lines, skip, context)
    decisions, decision_items = _decisions_once(body.decisions, body.decision_items)
    actions = tuple(action for action in _counted_once(body.actions, context.owners) if _says_a_task(action.what, context.owners, action.who))
    actions = open_entries(actions, lines)
    if header.date is not None and month_first:
        # "by 03/12/2021" in a document dated "4/16/2020": its dues in figures read month first, as its date does.
        actions = tuple(replace(action, due=due) if (due := month_first_due(action.due_text, header.date)) else action
                        for action in actions)
    if check_actions is not None:
        actions = tuple(check_actions(actions, lines, skip, context))
    return Minutes(
        board=header.board,
        date=header.date,
        start_time=header.start_time,
        end_time=header.end_time or _closing_time(lines, header.start_time),
        venue=header.venue,
        theme=header.theme,
        present=tuple(attendance.present),
        apologies=tuple(attendance.apologies),
        agenda_items=tuple(body.agenda_items),
        decisions=tuple(decisions),
        decision_items=tuple(decision_items),
        declarations=tuple(dict.fromkeys(body.declarations)),
        actions=actions,
        next_meeting=next_meeting,
        absent=tuple(attendance.absent),
    )


# A paragraph that stops mid-sentence (no full stop, colon or closing mark) and one that goes on in small letters
# after a single blank line: a PDF page turned into markdown or HTML with each printed line its own paragraph
# ("The Parks Officer will inspect the footbridge and report" / "" / "back to members on the cost of repairs.").
_STOPS_MID_SENTENCE = re.compile(r"[A-Za-z0-9,’'\-]")
# (Not a lettered or numbered entry, "c) Grants", "iv. Signage", nor an "i" that a scan made of "I", nor an "o"
# bullet, as plain-text exports of Word lists and RFC-style notes mark entries: "o Chairs: Ann Lee, Bo Ray".)
_GOES_ON = re.compile(r"^(?![a-z]{1,4}[).]|[io]\s)[a-z][a-z'’-]*\b")
# (A short line that stops so is a heading or a label, not a printed line cut at the margin.)
_PRINTED_LINE = 40
_JOINED_LONGEST = 5000


def _wrapped_paragraphs_joined(lines: list[str]) -> list[str]:
    """The lines, with a paragraph cut at the page's margin joined to the paragraph that goes on from it."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        while (index + 2 < len(lines) and not lines[index + 1].strip() and len(line) >= _PRINTED_LINE
               and len(line) < _JOINED_LONGEST and "\t" not in line and "|" not in line
               and _STOPS_MID_SENTENCE.fullmatch(line.rstrip()[-1:]) and _GOES_ON.match(lines[index + 2].lstrip())
               and "\t" not in lines[index + 2] and "|" not in lines[index + 2]):
            line = f"{line.rstrip()} {lines[index + 2].strip()}"
            index += 2
        out.append(line)
        index += 1
    return out


def _says_a_task(what: str, owners: Owners, who: str | None = None) -> bool:
    """Whether an action's words can say a task. A word alone that is a number, a label in capitals or
    someone who could own the task ("04", "LOG", "GT", "Clerk", "Shona") is what a layout rule took from
    a cell or a margin, and a thing alone ("Letter", "Two") names no work, not work to do; a verb alone
    ("Chase") is a task whose matter goes unsaid.
    Holding the body's own next, annual or public meeting (or a parish's Annual Parish Meeting, which
    every English parish must hold each spring) is when it meets, and taking part in its
    discussion or leaving the room is how a member conducts themselves at it: neither is work someone
    goes and does ("hold the next meeting on 13 February", "take part in the discussion but not the
    decision"), nor the body's own decision to back, fund or join something ("Council: support the
    entry"). Nor is a declared interest, a motion's heading, a meeting's date and place, or a page's
    running head or foot that the words of a layout rule took in."""
    if _OWN_MEETING.match(what) and " and " not in what:
        return False  # ("hold the annual meeting in May and book the hall" sets work too)
    if _NOT_A_TASK.search(what) or _EMPTY_SUBJECT.match(what):
        return False
    if what.rstrip(" .)").endswith("?") and not _ASKING.match(what) and not opens_with_task_verb(what):
        return False
    said = re.findall(r"[a-z']+", what.lower()[:_NO_MATTER_LONGEST])
    if len(said) > 1 and all(word in _NO_MATTER for word in said):
        return False  # ("Pursue the matter further", "Take it back and report", "Deal with that": no matter named)
    if _SECOND_PERSON.search(_QUOTED.sub("", what)) and not (who and _EVERYONE.match(who.strip())):
        return False  # ("Kim: remember to renew your pass before you travel": advice to whoever listens)
    if who and _BODY_DECIDES.match(what) and (_BODY_OWNER.match(who.strip()) or who.strip().lower() == "partners"):
        return False  # ("The Partnership agreed to sign up to the pledge": what it decided, not work to do)
    stated = _STATED.search(what) if not re.search(r"[.;]\s+[A-Z]", what) else None  # (one statement alone)
    if stated and not _WORK_AHEAD.search(what) and not _PENDING.search(what) and not _SUBORDINATE.search(
            what, 0, stated.start()) and not opens_with_verb(what) and what.split()[0].lower() not in _TELLING_VERBS:
        return False  # ("Download stats show under 0.3% on armv7", "Release 4.2 slipped to March": what is so)
    words = what.split()
    if len(words) != 1:
        return True
    word = words[0].strip(" .,:;()[]")
    return word.isalpha() and not word.isupper() and opens_with_verb(word) and not owners.is_owner(word, strict=True)


_NOT_A_TASK = re.compile(
    # "Pecuniary interest in 26/048(c)", "Non-registrable interest in item 7": a declaration of interest.
    rf"^(?:an?\s+)?(?:disclosable\s+)?{INTEREST_KINDS}\s+interests?\b"
    # "Concern that reactions are hard to audit", "Consensus that the release waits": a view recorded.
    r"|^(?:concerns?|consensus|agreement|suggestion|feeling|view|sense)\s+(?:was\s+|were\s+)?(?:expressed\s+)?that\b"
    # "Sign and date", "Sign the minutes as a true record": the Chair's signing of the minutes at the meeting.
    r"|^sign(?:\s+and\s+date)?(?:\s+(?:them|the\s+minutes)(?:\s+as\s+a\s+(?:true|correct)\s+record)?)?\s*$"
    # "Request a precept of £412,600", "Set the budget at £9,200", "Request £21,500": a council's resolution
    # on the precept or budget it raises is its decision (the task is the Clerk's: submit or notify it).
    r"|^(?:request|set|approve|agree|adopt|fix)\s+(?:(?:a|the|its)\s+)?(?:(?:\d{4}\s*/\s*\d{2,4}|annual)\s+)?"
    r"(?:precept|budget)(?:\s+(?:for\s+\d{4}\s*/\s*\d{2,4}\s+)?(?:of|at)\s+(?:£|gbp\b|€|eur\b)|\s*$)"
    r"|^request\s+(?:£|gbp\s*)\d"
    # "Motion in the name of Cllr ...": a motion's heading.
    r"|^motion\s+in\s+the\s+name\s+of\b"
    # "Tuesday 10 February 2026, 12:30, Brookfield Medical Centre": when and where a meeting is.
    r"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}\b"
    # "... - CONFIDENTIAL: not for onward circulation | 2/2", "Page 3 of 7": a running head or foot.
    r"|\|\s*\d{1,3}\s*/\s*\d{1,3}\s*$|\bpage\s+\d{1,3}\s+of\s+\d{1,3}\b",
    re.IGNORECASE)
# What the meeting's own body or its members as a whole decide, set down as their "action" ("Council:
# support the Best Kept Village entry", "Partners to co-fund the pilot", "The Partnership agreed to sign up
# to the pledge"): to back, fund or join something is the body's decision, not work one of them goes and does.
_BODY_DECIDES = re.compile(r"(?:support|endorse|approve|adopt|ratify|sign\s+up\s+to|co-?fund|fund|accept|welcome)\b",
                           re.IGNORECASE)
# A statement of what is or was so: a finite verb of being, having or happening after the words that
# open it (a task opens with its verb: "Check the figures are right").
_STATED = re.compile(r"(?<=\w)\s+(?:had|has|have|was|were|is|are|shows?|showed|slipped|remains?|remained|said|says|noted"
                     r"|seems?|appears?|looks?)(?:\s|$)", re.IGNORECASE)
# A clause inside a task ("Note on updating records when a tool is retired") or what a task says
# ("Tell the authors the exception was declined") is no statement of the minute's own.
_SUBORDINATE = re.compile(r"\b(?:after|when|once|until|if|whether|that|which|where|while|because|unless|how|why|what)\b",
                          re.IGNORECASE)
_TELLING_VERBS = {"tell", "remind", "inform", "advise", "let", "look", "make", "ensure", "confirm", "check", "explain",
                  "show", "find", "see", "keep", "get", "give", "take", "help", "try", "test", "add", "open", "move"}
# A statement of what is still to come is pending work ("The Healthwatch report had not yet come to the Board").
_PENDING = re.compile(r"\b(?:not\s+yet|still|outstanding|awaited|overdue)\b", re.IGNORECASE)
# Work still to do, which a statement of how things stand may carry ("the report is to come to March").
_WORK_AHEAD = re.compile(r"\b(?:will|would|shall|should|must|needs?\s+to|to\s+(?!(?:the|a|an)\b)[a-z]{2,})\b")
_OWN_MEETING = re.compile(r"^(?:hold\s+(?:the|its|their|our)\s+(?:(?:next|annual|public|general|special|extraordinary|"
                          r"ordinary|confirmation|first|last)\s+)*(?:(?:parish|town|village|community)\s+)?(?:meeting|hearing|agm)\b"
                          r"|(?:take\s+(?:no\s+)?part|participate)\s+in\s+(?:the\s+)?(?:discussion|debate|decision|vote|item)"
                          r"|(?:leave|remain\s+in)\s+the\s+(?:room|meeting|chamber)"
                          # Who takes the chair, which business is taken first, members declaring their interests:
                          # how the meeting is run, done there and then ("it was agreed that Cllr Ferris would take the
                          # chair", "members agreed to hear the Inspector's report as the first item", "Members are
                          # invited to declare any personal or prejudicial interests"); and "be held" left of "the next
                          # meeting will be held on ...".
                          r"|take\s+the\s+chair\b|chair\s+(?:the|this|today['’]?s)\s+meeting\b"
                          r"|(?:deal\s+with|take|consider|hear|discuss)\s[^;]{0,100}?\bas\s+(?:the\s+)?first\s+(?:item|business)\b"
                          r"|declare\s+(?:(?:any|all|their|his|her|personal|prejudicial|pecuniary|non-?pecuniary|disclosable|other"
                          r"|registrable|and|or)\s+)*interests?\b"
                          r"|be\s+held\b)", re.IGNORECASE)
# A question asked in the meeting ("Isn't the leaflet meant for new residents?"): work only when it opens with
# asking or finding out ("Check whether the hall is free on the 3rd?") or another task's verb ("Write to the
# county asking whether the bins can move?").
_ASKING = re.compile(r"^(?:ask|check|find\s+out|confirm|establish|clarify|enquire|inquire|query|consider|explore"
                     r"|investigate|look\s+into|see)\b", re.IGNORECASE)
# A task in words that name no matter, only going after one ("Follow up", "Look into it and report back", "Take it
# back and report", "Pursue the matter further", "Deal with that"): the topic it points to was not found, and a register row
# that says only this tells nobody what to do. (A matter named, "Chase the quote", keeps it; a verb alone in a log's
# cell, "Chase", is its owner's task whose matter the row leaves unsaid.)
_NO_MATTER = {"do", "follow", "investigate", "pursue", "chase", "look", "deal", "take", "progress", "action", "reply",
              "respond", "revert", "report", "help", "plan", "seek", "it", "this", "that", "them", "these", "those",
              "matter", "issue", "same", "both", "up", "on", "into", "with", "to", "back", "again", "away", "further",
              "accordingly", "as", "appropriate", "necessary", "and", "the", "there", "out", "forward"}
_NO_MATTER_LONGEST = 80
# Advice given in the discussion speaks to its listeners ("Ana: remember to renew your pass before you travel",
# "On the staging server, the tests run slowly if you deploy on a Friday"): a task set for someone names them, or
# opens with its verb, and says no "you"; one set for everyone may ("Tag good first issues as you triage").
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]{0,200}[\"”]")
_EVERYONE = re.compile(r"^(?:every(?:one|body)|any(?:one|body)|all\b|members\b|(?:the\s+)?(?:whole\s+)?(?:group|team|board"
                       r"|committee|council|panel|sig|wg)\b)", re.IGNORECASE)
# "There were no new actions this month.", "It was hoped to open the path by Easter", "It was also felt that ...": what the
# minute reports, opening on an empty subject; a task opens with its verb or its owner.
_EMPTY_SUBJECT = re.compile(r"^(?:there|it)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\b", re.IGNORECASE)


def _decisions_once(decisions: list[str], items: list[str | None]) -> tuple[list[str], list[str | None]]:
    """Each decision once, with the item it was first recorded under."""
    first: dict[str, str | None] = {}
    for text, item in zip(decisions, items):
        first.setdefault(text, item)
    return list(first), list(first.values())


def _closing_time(lines: list[str], start: time | None) -> time | None:
    """ "The meeting closed at 11.45 am": the end time council minutes give at the foot."""
    if start is None:
        return None
    for line in reversed(lines[-_FOOT_LINES:]):
        match = _CLOSED.match(line)
        found = find_time(match["rest"]) if match else None
        if found is not None and found.value > start:
            return found.value
    return None


# "Steering group call 4 March 2026 present: Ana Lee, Bo Ray": the roll's label run on after the header's
# date on one line, as notes typed in a hurry or a PDF's title block joined to the line under it write it.
# ("... on Monday 4 February 2008 at the Parish Council Chamber Present Members: Cllr P Batley ...": a PDF's
# page of minutes run into one line, the roll's label after the place.)
_RUN_ON_ROLL = re.compile(r"(?<=[^\s.,;:–—-])[\s.,;:–—-]*\s(?=(?:(?:members|those|councillors|cllrs)\s+)?"
                          r"(?:present(?:\s+(?:members|councillors))?|attendees|attending|in\s+attendance)\s*:\s*\S)",
                          re.IGNORECASE)
_RUN_ON_HEAD = 15


def _header_roll_cut(lines: list[str]) -> list[str]:
    """The opening lines, with a line that gives the meeting's date or time and then opens its roll
    ("Harbour Trust call 4 March 2026 at 7pm attendees: Ana Lee, Bo Ray") cut in two before the roll's
    label: the header is the line's first part, the roll its second (the rest of the lines unchanged)."""
    out: list[str] = []
    seen = 0
    for index, line in enumerate(lines):
        if seen >= _RUN_ON_HEAD:
            return out + lines[index:]
        seen += bool(line.strip())
        cut = _RUN_ON_ROLL.search(line) if ":" in line else None
        if cut is not None and (find_date(line[:cut.start()]) or find_time(line[:cut.start()])
                                or find_yearless_date(line[:cut.start()], lines[:_YEAR_CONTEXT])):
            out += list(_minute_reference_moved(line[:cut.start()], line[cut.end():]))
        else:
            out.append(line)
    return out


# "... Leicester Road, Groby Cou/285/07-08": the minute's reference closing the header's part, the roll's own.
# (The space before it is taken whole from where its run starts: a run of thousands of spaces is tried once.)
_LAST_REFERENCE = re.compile(r"(?<!\s)\s++(?P<ref>(?=\S*\d)[A-Za-z]{0,5}/\d[\w/.-]*)$")


def _minute_reference_moved(head: str, roll: str) -> tuple[str, str]:
    """The two parts of a cut line, a minute reference that closes the header's part ("... Groby Cou/285/07-08"
    before "Present Members: ...") moved to open the roll's, whose minute it numbers (a date in figures stays)."""
    found = _LAST_REFERENCE.search(head)
    if found is None or find_date(found["ref"]):
        return head, roll
    return head[:found.start()], f"{found['ref']} {roll}"


def _head_end(lines: list[str], first_attendance: int | None) -> int:
    """Where the header stops: at the first attendance block, else after the date line."""
    if first_attendance is not None:
        # A summary table of decisions and actions set before the attendance is body, not header.
        table = next((index for index, line in enumerate(lines[:first_attendance]) if table_columns(line)), None)
        return first_attendance if table is None else table
    # The header ends by the first numbered agenda item: a date after it is the body's ("1. Minutes"
    # over "The minutes of 9 December 2025 were approved").
    opening = lines[:_HEAD_WITHOUT_ATTENDANCE]
    opening = opening[: next((index for index, line in enumerate(opening)
                              if index and line.lstrip()[:1].isdigit() and is_heading(line)), len(opening))]
    dated = [index for index, line in enumerate(opening) if find_date(line)]
    if dated:
        # A report's own date above the line saying when the meeting was held: the header runs to that line.
        # (or the line under one that says so: "Minutes of the meeting held in public" over "Thursday 29 January 2026").
        held = [index for index in dated if says_when_held(opening[index])
                or index and index - 1 not in dated and says_when_held(opening[index - 1])]
        return (held or dated)[0] + 1
    # "held on Tues 4 Nov": a date without its year still ends the header.
    for index, line in enumerate(opening):
        if find_yearless_date(line, lines[:_YEAR_CONTEXT]):
            return index + 1
    return 0


def _counted_once(found: list[tuple[Action, bool]], owners: Owners | None = None) -> list[Action]:
    """Actions with those written twice (in the body and again in a closing table)
    merged into one, keeping the table's wording and filling gaps from the body."""
    kept = _Kept(owners)
    for action, from_table in found:
        index = _earlier_copy(action, kept, not from_table)
        if index is None:
            kept.add(action, from_table)
            continue
        earlier, earlier_from_table = kept.actions[index]
        merged = _merge(earlier, earlier_from_table, action, from_table)
        kept.replace(index, replace(merged, who=_holder(merged.who, earlier.who, action.who, owners)),
                     earlier_from_table or from_table)
    return [action for action, _ in kept.actions]


class _Kept:
    """The actions kept so far, found by their words: the same words and owner by lookup, and,
    for a looser likeness, only those sharing enough words to be alike (see `_likeness`)."""

    def __init__(self, owners: Owners | None = None) -> None:
        self.owners = owners
        self.actions: list[tuple[Action, bool]] = []
        self.words: list[set[str]] = []  # each kept action's words, as `_likeness` compares them
        self.sources: list[bool] = []  # whether each was first read from a table
        self.exact: dict[tuple[str, frozenset[str]], int] = {}
        self.by_source: dict[bool, list[int]] = {True: [], False: []}
        # word -> the kept actions from that source with it (a merged action's new words added too)
        self.postings: dict[bool, dict[str, list[int]]] = {True: {}, False: {}}

    def add(self, action: Action, from_table: bool) -> None:
        index = len(self.actions)
        self.exact.setdefault(_exact_key(action), index)
        self.by_source[from_table].append(index)
        self.actions.append((action, from_table))
        self.words.append(set())
        self.sources.append(from_table)
        self._index_words(index, action, from_table)

    def replace(self, index: int, action: Action, from_table: bool) -> None:
        self.actions[index] = (action, from_table)
        self._index_words(index, action, self.sources[index])

    def _index_words(self, index: int, action: Action, source: bool) -> None:
        words = _likeness_words(action)
        for word in words - self.words[index]:
            self.postings[source].setdefault(word, []).append(index)
        self.words[index] = words

    def alike(self, index: int, words: set[str]) -> bool:
        """Whether the kept action at `index` shares enough of these words to be alike (as `sharing`)."""
        other = self.words[index]
        smaller = min(len(words), len(other))
        return other == words or smaller >= 2 and len(words & other) >= 0.4 * smaller

    def sharing(self, words: set[str], source: bool) -> list[int]:
        """The kept actions from `source` that could be alike an action of these words: the same
        words, or at least two in the smaller and 0.4 of them shared (a necessary condition)."""
        if not words:
            return [index for index in self.by_source[source] if not self.words[index]]
        shared: dict[int, int] = {}
        for word in words:
            for index in self.postings[source].get(word, ()):
                shared[index] = shared.get(index, 0) + 1
        return sorted(index for index, count in shared.items()
                      if self.words[index] == words or min(len(words), len(self.words[index])) >= 2
                      and count >= 0.4 * min(len(words), len(self.words[index])))


def _exact_key(action: Action) -> tuple[str, frozenset[str]]:
    return (owner_key(action.who) if action.who else "", frozenset(_words(action.what)))


def _earlier_copy(action: Action, kept: _Kept, other_source: bool) -> int | None:
    """Where an earlier copy of `action` was kept. The same words and owner are found by
    lookup; a looser likeness is looked for between the body and a table, where minutes most
    often write an action twice in different words, only with those sharing enough words, and
    among the last few kept of the body itself, of the same owner and item: minutes say a task
    in the discussion and again in an "Action:" line or list under it ("Inspector Beck would
    circulate the new ward maps to partners." ... "ACTION: LB to circulate the new ward maps").
    (Comparing every pair made a long document of action lines quadratic.)"""
    same_words = kept.exact.get(_exact_key(action))
    if same_words is not None:
        return same_words
    words = _likeness_words(action)
    candidates = kept.sharing(words, other_source)
    near = range(max(0, len(kept.actions) - _NEARBY), len(kept.actions))
    if action.who is None:
        # A resolution's clause read with no owner ("a briefing be circulated") may be the same
        # action an "Action:" line names an owner for: looked for among the last few kept.
        candidates += list(near)
    else:
        candidates += [index for index in near if kept.actions[index][0].who is None]
    if other_source:
        candidates += [index for index in near[-_RESTATED_NEARBY:] if not kept.sources[index] and kept.alike(index, words)
                       and _same_owner_and_item(kept.actions[index][0], action, kept.owners)]
    scored = [(_likeness(kept.actions[index][0], action, kept.sources[index] != other_source, kept.owners), index)
              for index in dict.fromkeys(candidates)]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] > 0 else None


def _same_owner_and_item(first: Action, second: Action, owners: Owners | None) -> bool:
    """Whether two actions the running text gave could be one task said twice: the same owner (not the
    body itself, "Members asked ..."), under the same item or one with none."""
    first, second = _without_body_owner(first), _without_body_owner(second)
    return bool(first.who and second.who and _one_owner(first.who, second.who, owners)) and (
        first.item == second.item or first.item is None or second.item is None)


def _one_owner(first: str, second: str, owners: Owners | None) -> bool:
    """Whether two owners are one: written alike (`same_owners`), or one is the post the other holds, as
    the roll gives it ("Omar Haddad" and "the Chief Operating Officer" or "COO"): the discussion
    names the officer by post, the closing log by name, or the other way round."""
    if same_owners(first, second):
        return True
    if owners is None:
        return False
    return owners.holds(first, second) or owners.holds(second, first)


def _holder(merged: str | None, first: str | None, second: str | None, owners: Owners | None) -> str | None:
    """The owner of two copies of one action: the person, where one copy names them and the other
    their post (the register records a person)."""
    if owners is None or not first or not second:
        return merged
    if owners.holds(first, second):
        return first
    return second if owners.holds(second, first) else merged


def _likeness_words(action: Action) -> set[str]:
    return _words(_without_reference(action.what))


def _other_object(first: str, second: str) -> bool:
    """Whether two tasks set the same verb on two different things (see _two_things)."""
    x, y = first.lower().split(), second.lower().split()
    heads = _object_head(x), _object_head(y)
    return x[:1] == y[:1] and None not in heads and heads[0] != heads[1]


def _numbered_apart(a: set[str], b: set[str]) -> bool:
    """Whether two tasks' words name different numbers ("bench 7", "bench 8"): two things, whoever owns them."""
    numbers = {word for word in a if word.isdigit()}, {word for word in b if word.isdigit()}
    return all(numbers) and numbers[0] != numbers[1]


def _two_things(first: str, second: str, a: set[str], b: set[str]) -> bool:
    """Whether two tasks of one owner written alike are two: they name different numbers ("Chase the
    quote for bench 7", "... bench 8"), or the same words but one or two in the same place ("Report
    on the bin review to the forum", "... to the landlord"). One task said again adds or leaves out
    words ("Circulate the new ward maps", "... to partners")."""
    numbers = {word for word in a if word.isdigit()}, {word for word in b if word.isdigit()}
    if all(numbers) and numbers[0] != numbers[1]:
        return True
    x, y = first.lower().split(), second.lower().split()
    if len(x) == len(y) and sum(p != q for p, q in zip(x, y)) <= 2:
        return True
    # The same verb set on two different things: "Report the pothole on Mill Lane to the county" and
    # "Report the broken streetlight on Mill Lane to the county".
    heads = _object_head(x), _object_head(y)
    return x[:1] == y[:1] and None not in heads and heads[0] != heads[1]


_OBJECT_ENDS = {"on", "to", "for", "at", "with", "by", "in", "from", "about", "into", "of", "before", "after", "until",
                "through", "via", "re", "once", "when", "if", "so", "as", "but", "that", "which", "who"}
_POINTING_WORDS = {"it", "them", "him", "her", "this", "that", "these", "those", "matter", "issue", "same"}


def _object_head(words: list[str]) -> str | None:
    """The thing a task's verb is set on: the last word of the words after the verb (and its preposition),
    up to a preposition or a mark ("report the broken streetlight on Mill Lane": "streetlight"; "write
    to the school about parking": "school"), plural folded;
    None when it is a pronoun or "the matter", or the verb takes none ("speak to her")."""
    head = None
    for index, raw in enumerate(words[1:12], start=1):
        word = raw.strip("()[]\"'‘’“”")
        bare = word.rstrip(",.;:")
        if bare in _OBJECT_ENDS and index == 1:
            continue  # ("Write to the school about parking": the verb's preposition, then its thing)
        if bare in _OBJECT_ENDS and not (bare == "to" and index > 1 and words[index - 1][:1].isdigit()):
            break  # ("Recruit 5 to 6 older users": a range, not the end of the thing)
        if bare:
            head = bare
        if bare != word:
            break
    if head is None or head in _POINTING_WORDS:
        return None
    return head[:-1] if len(head) > 3 and head.endswith("s") and not head.endswith("ss") else head


def _words(text: str) -> set[str]:
    """The words that carry meaning, plurals folded ("quotes" and "quote" are one)."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP_WORDS}


def _likeness(first: Action, second: Action, same_source: bool = False, owners: Owners | None = None) -> float:
    """How alike two wordings of one action are (0 when they cannot be the same): most
    of the words of the shorter, or, when both name the same owner and their date, verb or
    item agree, over half of them (half, when two agree), as when a closing table rewords
    the body's sentence ("Members asked for a comparison ... to be included" / "Include a
    comparison ...")."""
    first, second = _without_body_owner(first), _without_body_owner(second)
    if first.who and second.who and not _one_owner(first.who, second.who, owners):
        return 0.0
    a, b = _likeness_words(first), _likeness_words(second)
    if a == b:
        return 1.0
    if same_source and first.who and second.who and _two_things(first.what, second.what, a, b):
        return 0.0
    if _numbered_apart(a, b) or same_source and _other_object(first.what, second.what):
        # ("To order bench 7 for the green", "To order bench 8 ...", "Report the pothole on Mill Lane to the county",
        # "Report the broken streetlight on Mill Lane ...": two entries of a list, owned or not)
        return 0.0
    smaller = min(len(a), len(b))
    share = len(a & b) / smaller if smaller >= 2 else 0.0
    owned = bool(first.who and second.who)
    # What else ties the two wordings of one owner's task together:
    agree = sum((
        # the same due date;
        owned and bool(first.due) and first.due == second.due,
        # the same verb ("Review the booking process with reception" / "Review Saturday booking
        # process to reduce DNAs": a closing log restates the minute's task), or no verb in one
        # (a log names the task by its thing: "Summary of community survey results" for "Bring a
        # summary of the survey results to the March meeting");
        owned and (_opening(first.what)[:1] == _opening(second.what)[:1]
                   or not same_source and (not opens_with_verb(first.what) or not opens_with_verb(second.what))),
        # the same item ("GV to provide a recovery trajectory ..." under minute 27 and a log's
        # "Recovery trajectory for ... training compliance | GV" for minute 27).
        # (Two tasks the running text sets under one item agree by item only when their verb agrees too:
        # "write to the school about parking" and "meet the school about parking" are two.)
        owned and bool(first.item) and first.item == second.item
        and (not same_source or _opening(first.what)[:1] == _opening(second.what)[:1]),
    ))
    # One wording gives no owner (a resolution's passive clause), the other names one: most words alike.
    one_unowned = not owned
    # The more that agrees, the fewer words need be shared ("MH to confirm patient letters have gone
    # out by 27 February" / "Confirm Luddenden Foot patient letters issued | MH | 27/02/2026").
    alike = share >= 0.8 or agree and share >= 0.6 or agree >= 2 and share >= 0.4 or one_unowned and share >= 0.7
    return share if alike else 0.0


# The meeting's own body or its members as a sentence's subject ("Members asked for the data", "the
# Committee visit the site"): who asked, not who acts; a closing log names who acts.
_BODY_OWNER = re.compile(r"^(?:the\s+)?(?:members|board|committee|council|panel|group|forum|partnership|all)$",
                         re.IGNORECASE)


def _without_body_owner(action: Action) -> Action:
    return replace(action, who=None) if action.who and _BODY_OWNER.match(action.who.strip()) else action


_SHORT_ENTRY_WORDS = 5


# "Back-load retinal screening results (item 3)": a log's reference in brackets is no word of the task.
_BRACKETED_REFERENCE = re.compile(r"\s*\((?:item|min(?:ute)?|action|ref)\.?\s[^()]{1,20}\)", re.IGNORECASE)


def _without_reference(text: str) -> str:
    return _BRACKETED_REFERENCE.sub("", text) if "(" in text else text


def _shortened(table: str, body: str) -> bool:
    """Whether a closing table's entry is a note of the body's sentence, not a rewording: a few of
    its words, all of them the sentence's, opening with the sentence's verb or with no verb
    ("Circulate summit budget", "Sponsor welcome packs and logos" under "Farah to send welcome
    packs to the three new sponsors and add their logos ..."). The body's fuller words are kept.
    (A table that names its own task, "Photograph the footway" for "Report the footway with
    photographs", keeps its own.)"""
    short, full = _words(_without_reference(table)), _words(body)
    if len(short) > _SHORT_ENTRY_WORDS or not short < full:
        return False
    return _opening(table)[:1] == _opening(body)[:1] or not opens_with_task_verb(table)


def _opening(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())[:4]


def _written_in_full(first: Action, second: Action) -> tuple[Action, Action]:
    """Of one task written twice in the running text (the discussion's sentence and the action line
    after it, or a review entry and the new action it becomes), the wording a person keeps, then the
    other: the one that names its owner; else the one that gives a date; else the one that names its
    object, not "it", "this" or "the matter" ("Raise it with the Youth Diversion Office" /
    "Raise extension of the diversion project with the Youth Diversion Office"); else the one saying
    more; else the first."""
    if (first.who is None) != (second.who is None):
        return (first, second) if first.who else (second, first)
    if bool(first.due) != bool(second.due):
        return (first, second) if first.due else (second, first)
    back = bool(_POINTS_BACK.search(first.what)), bool(_POINTS_BACK.search(second.what))
    if back[0] != back[1]:
        return (second, first) if back[0] else (first, second)
    return (second, first) if len(_likeness_words(second)) > len(_likeness_words(first)) else (first, second)


# A task's object left to the words before it: a pronoun closing its clause or "the matter".
_POINTS_BACK = re.compile(r"\bthe\s+(?:matter|issue|same)\b|\b(?:it|them|him|her|this|that|these|those)\b"
                          r"(?=\s*(?:$|[,.;:)]|(?:with|to|up|back|on|in|for|at|and|by|through|over|forward|away|out"
                          r"|this|next|before|after|once|when|if)\b))", re.IGNORECASE)


def _merge(first: Action, first_from_table: bool, second: Action, second_from_table: bool) -> Action:
    main, other = (second, first) if second_from_table and not first_from_table else (first, second)
    if first_from_table == second_from_table:
        main, other = _written_in_full(first, second)
    what = main.what
    if first_from_table != second_from_table:
        # (A table's note of the body's sentence keeps the sentence's words, and the table's owner.)
        table, body = (first, second) if first_from_table else (second, first)
        what = body.what if _shortened(table.what, body.what) else main.what
    return Action(
        what=what,
        who=fuller_owner(main.who, other.who),
        due=main.due or other.due,
        due_text=main.due_text or other.due_text,
        item=first.item or second.item,
        carried=first.carried or second.carried,
    )
