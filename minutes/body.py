"""Reading the body of the minutes in order: agenda items, decisions and actions, each
action tied to the agenda item it was recorded under.

This module holds the walk over the lines (where an item, a list, a review or a table starts and
ends, and what each paragraph's segments set); the reader's other parts are its mixins: a table's
rows (minutes/table_actions.py), a review of earlier actions (minutes/matters_arising.py), the
layouts of a paragraph that name owners (minutes/paragraph_layouts.py) and the passes once the
walk ends (minutes/final_passes.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from minutes.run_on_items import colon_run_on
from minutes.slash_sheets import sheet_tasks, slash_logs_tabbed
from minutes.action_tables import (
    CARRIED, SETS_WORK, headerless_rows, labelled_task, read_table, spaced_columns, table_columns,
)
from minutes.actions import (
    CARRIED_OPENING, Task, last_task_sentence, opens_with_task_verb, opens_with_verb, owner_only, read_task,
)
from minutes.bare_names import name_shaped
from minutes.line_items import with_matter_after
from minutes.clause_tasks import clause_task
from minutes.prose_tasks import named_object, owned_clauses, prose_tasks, split_clauses
from minutes.agenda import heading_run_on, presenter_line, read_heading, ref_year, usual_ref_year, year_comes_first
from minutes.decisions import prose_decisions, sentences
from minutes.markers import (
    ACTION,
    AGREED_ACTION,
    DECISION,
    Segment,
    has_marker,
    items,
    segments,
)
from minutes.joint_owners import helpers_joined, partner_shared
from minutes.task_fields import (BULLET_MARK, DUE_ALONE, DUE_WORD, FIELD_OPENING, field_lines, owner_and_deadline,
                                 piped_fields)
from minutes.chat_logs import chat_lines_named
from minutes.dash_owners import owner_dash_task, owner_dash_tasks
from minutes.owner_lines import owner_lines_closed
from minutes.governance import (
    DECLARATIONS_TITLE,
    EXCLUSION,
    EXEMPT_SECTION,
    EXEMPT_TITLE,
    IN_PRIVATE,
    PUBLIC_SECTION,
    read_declarations,
)
from minutes.model import Action, AgendaItem, Declaration
from minutes.next_meeting import announces_next_meeting
from minutes.normalise import prose
from minutes.owners import Owners
from minutes.review_passages import bracketed_carried
from minutes.margin_owners import margin_owner_entry
from minutes.reviews import status_of
from minutes.rolling import newest_meeting_end
from minutes.topics import about
from minutes.vocabulary import is_role
from minutes.when import THEN, find_due_phrase, resolve_due, then_due
from minutes.wording import tidy_what, without_at_end
from minutes.same_action import same_owner, same_task
from minutes.entry_owners import (
    CARRIED_NOTE, DASH_PARTS, INITIALS_CELL, LEFT_HANGING, LIST_ENTRY_LINE, NAMED_THEN_TO, OWNER_FIRST, OWNER_PARTS,
    mentions_first,
)
from minutes.marked_tasks import ENUMERATION, task_about, capitals_owner, for_marker, reports
from minutes.body_titles import (
    ACTION_LIST_HEADING, BARE_TITLE, BARE_TITLE_WORDS, CLOSING_TITLE, MINUTE_TITLE, OPEN_TITLE, OWN_LOG_TITLE,
    REFERENCED_TITLE, REFERENCE_ALONE, REVIEWS_OLD_ACTIONS, REVIEW_OPENER, REVIEW_TITLE_WORDS, SECTION_TITLE,
    SESSION, TASKS_HEADING, TITLE_AFTER_REVIEW, TO_TITLE, agenda_listing, may_open_review,
)
from minutes.table_actions import TableActions
from minutes.matters_arising import MattersArising
from minutes.final_passes import FinalPasses
from minutes.body_context import Context
from minutes.paragraph_layouts import EVERYONE, bracket_owner_and_due, ParagraphLayouts

_PRESENTING = re.compile(
    r"^(?P<names>.+?)\s+(?:introduced|presented|gave|provided|delivered|reported|led|outlined)\b"
)
_NEXT_MINUTE_REF = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})+\s+|(?:[A-Z][A-Za-z]{0,4}[/ ]?)?\d{1,4}/\d{1,4}(?:\s{2,}|\t)(?=[A-Z])"
                              r"|[A-Z]{1,5}/\d{1,4}(?:\s{2,}|\t)(?=[A-Z])"
                              # "2015/01 – 12 Report from the Green Ranger": a meeting's reference, a dash, the minute's number.
                              r"|\d{2,4}/\d{1,3}[ \t]?[-–][ \t]?\d{1,3}[ \t]+(?=[A-Z]))")
_NUMBERED_MINUTE = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,2})+|\d{1,3}[.)]|\(?[a-h][.)])\s+\S")
_NUMBERED_LINE = re.compile(r"^\s*\(?\d{1,2}[.)]?\s+")
# How entries of a decision or action list open: "That ...", "To ...", "HH to ...".
_ENTRY_START = re.compile(r"^(?:[Tt]hat|T[Oo]|F[Oo][Rr])\b|^[A-Z]{2,4}\b")
# "Simon Achebe to circulate ...": an entry only when the words before "to" can own a
# task, so a heading such as "3. Transport to day centres" stays a heading.
_OWNER_ENTRY = re.compile(r"^(?P<owner>(?:[A-Z][\w'’-]+\s+){1,3})(?:to|will)\s+[a-z]")
_NAME_PARTS = re.compile(r"\s*(?:,|\band\b|&)\s*")
# "Jack will create ...", "Anna said she would ...", "Rowan is going to ...": a numbered discussion point
# that is an undertaking of the one or two people it opens with (see `_numbered_undertaking`).
_UNDERTAKING_ENTRY = re.compile(
    r"^(?P<owner>[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+)?)?)\s+"
    r"(?:will|is\s+(?:going\s+)?to|(?:said|agreed|declared)\s+(?:(?:s?he|they)\s+would|to)|(?:offered|volunteered)\s+to)"
    r"\s+[a-z]")
_UNDERTAKING_WORDS = 8
# The head of a right-hand "Action by" column, alone on its line beside the minutes.
_ACTION_BY_HEAD = re.compile(r"^(?:action(?:\s+by)?|by\s+whom|responsible|owner|lead)\s*:?$", re.IGNORECASE)
# "Minute   Action by" over a PDF's columns, extracted with the columns' heads on one line.
# "Details   Actions", "Discussion   Owner": any head of the minutes' column, then the owners'.
_ACTION_BY_HEADS = re.compile(r"^(?:minutes?|item|no\.?|details|discussion|notes?|summary|narrative|business)\s+"
                              r"(?:actions?(?:\s+by)?|by\s+whom|owner|lead|responsible)\s*$", re.IGNORECASE)
# The owner a task's words close on: after a spaced dash ("... the hedge – Clerk") or in brackets
# ("... the contractor (JB)"), a few capitalised words (the caller checks they name people or roles).
_OWNER_TAIL = re.compile(r"(?:\s[-–—]\s+(?P<dashed>[A-Z][\w.'’/&, -]{1,40}?)|\s\((?P<round>[A-Z][\w.'’/&, -]{1,40}?)\)"
                         r"|\s\[(?P<square>[A-Z][\w.'’/&, -]{1,40}?)\])\s*\.?$")
# A note in square brackets closing an entry ("[new for Rhian Bowen]"); see Owners.noted_owner.
_CLOSING_NOTE = re.compile(r"\[(?P<inside>[^\[\]]{2,160})\]\s*\.?$")
# Such a note saying the entry goes on from an earlier meeting: "[Ongoing for ...]", "[c/f for ...]".
_GOING_ON = re.compile(r"^\s*(?:on-?going|outstanding|in\s+progress|carried(?:\s+(?:forward|over))?|c/f)\b", re.IGNORECASE)
# "That:" or "RESOLVED – That:" opening a list whose entries finish the sentence.
_STEM = re.compile(r"^(?:that|to)\s*:$", re.IGNORECASE)
_OWNER_AND_TASK = re.compile(r"^(?P<who>[^()]{2,60}?)\s*\((?P<task>(?:to\s+)?[a-z][^()]{4,120})\)\s*$")


# Words without which a paragraph says nothing about interests or private business (a cheap test first).
_GOVERNANCE_WORDS = ("declared", "12a", "exclu", "exempt", "private", "publication", "confidential", "1972",
                     "closed session")


@dataclass
class Body:
    agenda_items: list[AgendaItem] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    # The agenda item number each decision was recorded under, in step with `decisions`.
    decision_items: list[str | None] = field(default_factory=list)
    actions: list[tuple[Action, bool]] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)


class _Reader(TableActions, MattersArising, FinalPasses, ParagraphLayouts):
    """Walks the body once, keeping the current agenda item and the open paragraph."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.body = Body()
        self.item: str | None = None
        self.last_number: int | None = None
        self.paragraph: list[str] = []
        self.marked_indent = 0  # how far in the paragraph's last indented action line is set
        self.entry_indent = 0  # how far in the paragraph's last line is set
        self.list_owner: str | None = None  # the person a heading under an actions heading names
        # Who a "Tasks for Everyone" heading gives its lists to ("" under "Individual tasks"), while its lists last.
        self.task_owner: str | None = None
        self.task_due: date | None = None  # the date a lead-in in such a section gives its list ("To be done until ...:")
        self.owner_heads = False  # whether the actions are listed under headings naming their owners
        self.previous_text = ""
        self.expect_action_list = False
        # A list of actions whose entries are set apart by blank lines (Google Docs' checklists)
        # stays open while each paragraph is another entry.
        self.list_open = False
        self.reviewing_old_actions = False
        self.review_title = ""
        self.action_by_column = False
        self.sentence_before = ""
        # The running text being read, where a task "before then" finds the time the sentence before names.
        self.passage = ""
        self.then_passage: tuple[str | None, list[tuple[int, str]], list[str], int] = (None, [], [], 0)
        # Whether a bare "RESOLVED:" waits for its list of clauses.
        self.expect_resolution = False
        # Whether the review of earlier actions was opened by an unnumbered title.
        self.review_by_title = False
        # What the owners' column set from the open paragraph.
        self.column_tasks: list[str] = []
        self.year_first = False
        self.ref_year: str | None = None
        # The agenda items' numbers, and how many items they were gathered from (items are only appended).
        self.item_numbers: set[str] = set()
        self.items_numbered = 0
        self.exempt_section = False
        self.exempt_next = False
        self.last_session = 0
        self.in_declarations = False
        self.listing = False
        # Where the actions read from the last paragraph start, for an "Owner:" line.
        self.flushed_from = 0
        # The lines being read and where the walk is (a closing log's title looks ahead).
        self.lines: list[str] = []
        self.index = 0
        # The running text read, with its item, for the undertakings no layout rule found.
        self.prose: list[tuple[str, str | None, str | None]] = []
        # The owners of the actions each passage of it gave, taken when the next passage starts (or the
        # walk ends), before later passes move or drop actions; and where the open passage's actions start.
        self.prose_owners: list[set[str]] = []
        self.passage_from = 0
        # Which passages of it review earlier actions: what they undertake goes on with those actions, carried.
        self.review_prose: set[int] = set()
        # How much of the running text had been read when each wording of a task was first read.
        self.written_at: dict[str, int] = {}

    def read(self, lines: list[str], skip: set[int]) -> Body:
        self.year_first = year_comes_first(lines, self.context.reference.year)
        self.ref_year = usual_ref_year(lines, self.year_first)
        skip = skip | agenda_listing(lines)
        # (A chat log's lines as dialogue notes write them, and "X, supported by Y, to ..." as two owners' work, so
        # the rules for those read them; one line for one, so the indexes of lines read already hold.)
        lines = [helpers_joined(line, self.context.owners) for line in chat_lines_named(lines, self.context.owners)]
        # (A log saved with " / " between its cells is laid out as the tables it was, one line for one; a numbered
        # action sheet so saved, often set before the minutes, is read whole here and its lines not again.)
        lines = slash_logs_tabbed(lines)
        sheet = sheet_tasks(lines)
        self.body.actions.extend((Action(task.what, self.context.owners.resolve(task.who), item=task.number), True)
                                 for task in sheet)
        skip = skip | {index for task in sheet for index in task.lines}
        index = 0
        # (A rolling document's older meetings, under their own dates after the newest, are not read.)
        end = newest_meeting_end(lines)
        while index < end:
            index = self._line(lines, index, skip)
        self._flush()
        self._close_passage()
        self._statuses_after_words()
        self._carried_once()
        self._no_task_carried()
        self._undertakings_left()
        self._named_in_full()
        return self.body

    def _line(self, lines: list[str], index: int, skip: set[int]) -> int:
        self.lines, self.index = lines, index
        line = lines[index]
        if index in skip or not line.strip():
            self._flush()
            if index in skip and _ACTION_BY_HEADS.match(line.strip()):
                # The heads of a minutes-and-owners layout close whatever block read up to them.
                self.action_by_column = True
            return index + 1
        columns = table_columns(line)
        if columns:
            self._flush()
            self.expect_action_list = self.list_open = False
            rows, end = read_table(lines, index, columns)
            self._table_rows(rows)
            return end
        if "\t" in line.strip() and not self.paragraph and (self.expect_action_list or labelled_task(line.lstrip())):
            # A closing list of actions set as a table with no heading row (anywhere, when each row's task is
            # labelled "ACTION (12/01) ...").
            rows, end = headerless_rows(lines, index, lambda cell: self.context.owners.is_owner(cell, strict=False))
            if rows:
                self.expect_action_list = self.list_open = False
                self._table_rows(rows)
                return end
        spaced = spaced_columns(line)
        if spaced:
            rows, end = self._spaced_table(lines, index, spaced)
            if rows:
                self._flush()
                self.expect_action_list = self.list_open = False
                self._table_rows(rows)
                return end
        if "\t" in line.strip() and not self.expect_action_list and (margin := margin_owner_entry(lines, index, self.context.owners)) is not None:
            # "Cake stall – confirm if the bakery can donate <gap> RH": an owner in the right-hand margin of an entry.
            self._flush()
            self.paragraph.append(margin[0])
            self._flush()
            return margin[1]
        if _ACTION_BY_HEAD.match(line.strip()) and line[:1].isspace() or _ACTION_BY_HEADS.match(line.strip()):
            # Council minutes set "Action by" over a right-hand column of owners.
            self.action_by_column = True
            return index + 1
        if self.action_by_column and self.paragraph and self._owner_alone(line) and (
                self.paragraph[-1].rstrip()[-1:] in ".;:!?)"):
            # (A line that carries on an unfinished sentence, "... in place of the Chief" over
            # "Operating Officer.", is the minute's words, not the column.)
            # The column's owner, extracted on a line of its own under the minute it belongs to:
            # the minute's last sentence (its last "and that ..." clause) is the owner's task.
            self._flush()
            sentence = last_task_sentence(self.previous_text) or ""
            clause = re.split(r"\s+and\s+that\s+", sentence)[-1]
            task = clause_task(clause, self.context.owners) or read_task(
                re.sub(r"^(?:resolved|agreed)?\s*that\s+", "", clause, flags=re.IGNORECASE),
                self.context.owners, strict=False)
            if task is not None and task.what and not self.reviewing_old_actions:
                who = self.context.owners.resolve(line.strip().rstrip("."))
                action = self._action(task.what, who, task.due_text)
                last = self.body.actions[-1][0] if len(self.body.actions) > self.flushed_from else None
                if last is not None and last.who is None and last.what == action.what:
                    # The clause was read as a task already, without the column's owner.
                    self.body.actions[-1] = (replace(last, who=who), False)
                else:
                    self.body.actions.append((action, False))
            return index + 1
        if self.reviewing_old_actions and ACTION_LIST_HEADING.match(line) and REVIEWS_OLD_ACTIONS.search(line):
            # "Action log:" inside an item that reviews the last meeting ("Minutes of 9 October and action
            # log"): the entries under it are the earlier meeting's, up to the next title.
            self._flush()
            self.expect_action_list = self.list_open = False
            self.reviewing_old_actions = self.review_by_title = True
            return index + 1
        tasks_heading = TASKS_HEADING.match(line) if len(line) < 60 and "ask" in line else None
        if tasks_heading:
            self._flush()
            self.item, self.expect_action_list, self.reviewing_old_actions = None, True, False
            self.task_owner = (tasks_heading["who"] or "").strip()
            return index + 1
        if ACTION_LIST_HEADING.match(line) and not (
                # "3. Action tracker" with business after it: an item reviewing earlier actions, read as a heading.
                _NUMBERED_LINE.match(line) and REVIEWS_OLD_ACTIONS.search(line)
                and not self._closing_log(_NUMBERED_LINE.sub("", line).strip(), re.match(r"\s*\(?(\d+)", line)[1],
                                          lines, index)):
            self._flush()
            # A closing list of actions belongs to the meeting, not to the last item.
            self.item = None
            self.expect_action_list = True
            self.reviewing_old_actions = False
            return index + 1
        if SECTION_TITLE.match(line):
            self._flush()
            self.expect_action_list = self.list_open = False
            if REVIEWS_OLD_ACTIONS.search(line):
                # "Matters Arising" alone as an unnumbered title: the paragraphs under it, up to the next
                # title, review earlier actions.
                self.reviewing_old_actions = self.review_by_title = True
                self.review_title = line
            elif self.review_by_title:
                self.reviewing_old_actions = self.review_by_title = False
            return index + 1
        if EXEMPT_SECTION.match(line) and not _NUMBERED_LINE.match(line):
            # "PART B – NOT FOR PUBLICATION": the items after it are taken in private.
            self._flush()
            self.exempt_section = True
            return index + 1
        if PUBLIC_SECTION.match(line) and not _NUMBERED_LINE.match(line):
            self._flush()
            self.exempt_section = False
            return index + 1
        if self.reviewing_old_actions and self.paragraph and not self.paragraph[-1].rstrip().endswith(":") and (
                self.paragraph[-1].rstrip()[-1:] in ".;)") and len(line.split()) <= 4 and "'" not in line and "’" not in line and (
                self.context.owners.is_owner(line.strip().rstrip("."), strict=True)) and not LIST_ENTRY_LINE.match(line):
            # "25/14 Village sign - quote still awaited." over "Cllr Okafor" on a line of its own: a log whose owner
            # column came out under each entry (parish and town councils' matters arising, PDF logs) names the owner
            # of the entry above; the entry is read with it (and one done stays done).
            entry_text = "\n".join(self.paragraph)
            self._flush()
            if len(self.body.actions) == self.flushed_from:
                self.previous_text = entry_text
                self._owned_entry(line.strip().rstrip("."), None)
            return index + 1
        if not self.reviewing_old_actions and (FIELD_OPENING.match(line) or _LIST_LABEL.match(line)):
            end = self._labelled_lines(lines, index)
            if end is not None:
                return end
        owner_line = owner_and_deadline(lines, index)
        if owner_line is not None and self.expect_action_list and self.paragraph and LIST_ENTRY_LINE.match(
                self.paragraph[-1]):
            # "1. Circulate the rota.\nResponsibility: Treasurer" under an "Actions" heading: the owner's line
            # labels the entry above it, and the list goes on ("2. Book the hall ...").
            who, when, end = owner_line
            labels = f" Lead: {who}." + (f" Due: {when}." if when else "")
            self.paragraph[-1] = self.paragraph[-1].rstrip().rstrip(".") + "." + labels
            return end
        if owner_line is not None:
            self._flush()
            who, when, end = owner_line
            self._own_last_action(who, when)
            return end
        due_alone = DUE_ALONE.match(prose(line)) if not self.reviewing_old_actions and len(line) < 120 and (
            DUE_WORD.search(line)) else None
        if due_alone is not None and self._due_for_last_actions(due_alone["when"].strip(" .;")):
            return index + 1
        if self._continues_list(line):
            self._append(line)
            return index + 1
        heading = self._session(line) or read_heading(line, self.last_number, self.year_first)
        if heading and self.ref_year and ref_year(line, self.year_first) not in (None, self.ref_year):
            heading = None  # an earlier minute's reference, in the text: no item of this meeting
        if heading and self.reviewing_old_actions and ("\t" in line.strip() and status_of(
                line.strip().rsplit("\t", 1)[-1]) is not None or line.rstrip().endswith(".") and status_of(line) is not None):
            # A reviewed log's row ("03/12  Spirometry hub SOP (TL) <tab> OPEN - draft by 28/02/26"), or an earlier minute
            # reviewed under its number, its status closing the sentence ("25/15 Bus shelter glass - replaced. Closed.").
            heading = None
        if heading:
            self._flush()
            self._start_item(heading, lines, index)
            run_on = heading_run_on(line) or colon_run_on(line) if heading.number is not None else None
            if run_on:
                self.paragraph.append(run_on)
            return index + 1
        titled = MINUTE_TITLE.match(line) if line[:1].isalnum() else None
        if titled and len(titled["title"].split()) <= BARE_TITLE_WORDS and (
                REVIEWS_OLD_ACTIONS.search(titled["title"]) or self.review_by_title):
            # "205. MATTERS ARISING AND ACTION SHEET", "BoD 26/004  Matters arising and action log": a minute's
            # running number or a board's reference before a title the agenda reading does not take (numbers past
            # 99, a mixed-case prefix) still opens a review of earlier actions, up to the next such title.
            self._flush()
            if REVIEWS_OLD_ACTIONS.search(titled["title"]) and not self._closing_log(titled["title"], None, lines, index):
                self.reviewing_old_actions = self.review_by_title = True
                self.review_title = titled["title"]
            else:
                self.reviewing_old_actions = self.review_by_title = False
                self.review_title = ""
            return index + 1
        if announces_next_meeting(line):
            self._flush()
            self.expect_action_list = self.list_open = False
            return index + 1
        indent = len(line) - len(line.lstrip())
        if self.paragraph and len(line.split()) <= 3 and has_marker(self.paragraph[-1]) and self._owner_alone(line) and (
                _names_again(self.paragraph[-1], line.strip().rstrip("."))):
            # "Action: KM to report ... in June." over "KM" set in the margin: the owner's initials
            # again end the action; the minute's text after them is no part of it.
            self._flush()
            return index + 1
        if self.action_by_column or "\t" in line.strip() and not self.reviewing_old_actions and self._margin_owner(line):
            line = self._right_hand_owner(line)
        if self.review_by_title and self.paragraph and self.paragraph[-1].rstrip()[-1:] in ".!?" and (
                TITLE_AFTER_REVIEW.match(line.strip())) and not REVIEWS_OLD_ACTIONS.search(line):
            # "... Agreed to write again to the Department." over "Chief Superintendent's Report": a title in capitals
            # on a line of its own after a finished sentence (minutes set without blank lines, as PDF text comes)
            # ends the review of earlier actions the unnumbered "Matters Arising" opened.
            self._flush()
            self.reviewing_old_actions = self.review_by_title = False
            self.review_title = ""
        if "CTION" in line[:20] or "ction" in line[:20]:
            line = self._colon_after_owner(line)
        if self.paragraph and line.lstrip()[:1] in "Aa" and (bare := _BARE_ACTION_OWNERS.match(line)) and (
                self._bare_action_owners(bare["who"])):
            # "... the positions will be advertised." over "Action SH", "Action CB, NT, JH", "Action ALL": a
            # marker with no colon naming only owners (roll initials, everyone, a role), as "ACTION: SH" would.
            line = f"ACTION: {bare['who'].strip()}"
        if self.paragraph and line[:1] == "#" and _ISSUE_ENTRY.match(line) and self.paragraph[-1].rstrip()[-1:] in ".!?)":
            # "#1755 - Needs DCO and CLA. Jeff to reply." over "#1753 - Needs more discussion ...": a review of
            # issues or pull requests by number, one per line; each is an entry of its own, its sentences its own.
            self._flush()
        if "\t" in line.strip() and self.paragraph and "\t" in self.paragraph[-1]:
            # Rows of a table that is no action log (an agenda with times, a discussion grid)
            # are paragraphs of their own: one row's last cell never runs on into the next.
            self._flush()
        self._append(line, indent)
        return index + 1

    def _labelled_lines(self, lines: list[str], index: int) -> int | None:
        """Owner and date lines of their own: over a task's line they label it, over a list they head it.
        Returns where reading goes on, or None when the line is neither."""
        fields = None if self.expect_action_list else field_lines(lines, index)
        if fields is not None and self.paragraph and self._task_line(self.paragraph[-1], fields[2]) and (
                # (not the end of a sentence wrapped over lines: "... marked \"best effort\" in the\ninstall docs.")
                len(self.paragraph) == 1 or LIST_ENTRY_LINE.match(self.paragraph[-1])
                or self.paragraph[-2].rstrip()[-1:] in ".!?:;"):
            return self._labelled_task(*fields)
        label = _LIST_LABEL.match(prose(lines[index]))
        following = next((line for line in lines[index + 1:index + 3] if line.strip()), "")
        if label is None or not LIST_ENTRY_LINE.match(following) or self.paragraph and (
                self._task_line(self.paragraph[-1], "owner")):
            return None
        who = self._list_owner(label["who"].strip(" .;:"))
        if who is None:
            return None
        # "Delegated to Tom Baxter:" over "- Collect the raffle prizes", "Owner: Priya Shah" over "- Draft the
        # welcome talk": every entry of the list under the label is that owner's action.
        self._flush()
        self.list_owner, self.expect_action_list = who, True
        return index + 1

    def _colon_after_owner(self, line: str) -> str:
        """ "- ACTION Daniel - update the price on the membership document", "ACTION everyone sign up to the
        sync tool": the marker, then its owner (a person the roll names, or everyone) with no colon, then the
        task after a dash (or straight after everyone), set out as "ACTION: Daniel - update ..." is read."""
        named = _ACTION_NAME_DASH.match(line)
        if named and self.context.owners.is_owner(named["who"], strict=True):
            return f"{named['lead']}{named['word']}: {named['who']} - {line[named.end():]}"
        everyone = _ACTION_EVERYONE.match(line)
        if everyone:
            return f"{everyone['lead']}{everyone['word']}: {everyone['who'].capitalize()} - {line[everyone.end():]}"
        return line

    def _bare_action_owners(self, who: str) -> bool:
        """Whether every part of "SH", "CB, NT, JH", "ALL", "Clerk" after a bare "Action" is an owner:
        initials the roll defines (at least one of several), everyone, a role or a person the roll names."""
        owners = self.context.owners
        parts = [part for part in OWNER_PARTS.split(who.strip(" .")) if part]
        known = [part for part in parts if owners.roll_initials(part) or part.lower() == "all" or is_role(part)
                 or owners.known_person(part)]
        unknown = [part for part in parts if part not in known]
        return bool(known) and all(INITIALS_CELL.match(part) for part in unknown)

    def _list_owner(self, who: str) -> str | None:
        """Who a label over a list names: the roll's person, a role or group, or everyone."""
        owners = self.context.owners
        if EVERYONE.match(who):
            return who[:1].upper() + who[1:]
        if len(who.split()) <= 6 and (owners.is_owner(who, strict=True) or is_role(who)):
            return owners.resolve(who)
        return None

    def _task_line(self, line: str, label: str) -> bool:
        """Whether a line reads as a task a label line under it can name the owner or date of: an
        instruction ("Repaint the car park lines"), or for an owner's label any listed entry of a
        few words ("- Banner for the spring fair"). A marked line ("ACTION: ...") is read as marked."""
        words = BULLET_MARK.sub("", line.strip())
        if has_marker(line) or not words[:1].isupper() or words.rstrip()[-1:] == ":":
            return False
        return opens_with_task_verb(words) or label.lower() in ("owner", "responsible", "responsibility") and bool(
            LIST_ENTRY_LINE.match(line)) and 2 <= len(words.split()) <= _LISTED_TASK_WORDS

    def _labelled_task(self, who: str | None, when: str | None, label: str, end: int) -> int:
        """ "Print the flyers for the open day" over "Lead: Rob Nolan" and "By: 20 April 2026" (each on a
        line of its own, as a secretary sets a task's fields under it): the task is the line's, the
        owner and date the labels'. The paragraph's lines before the task are read as they are."""
        task_line = self.paragraph.pop()
        self._flush()
        owners = self.context.owners
        words = BULLET_MARK.sub("", task_line.strip())
        task = read_task(words, owners, strict=False, marked=True)
        what, due_text = (task.what, task.due_text) if task is not None and task.what else (tidy_what(words), None)
        owner = owners.resolve(who) if who and owners.is_owner(who, strict=False) else (task.who if task else None)
        self.flushed_from = len(self.body.actions)
        self.body.actions.append((self._action(what, owner, when or due_text), False))
        self.previous_text = task_line
        return end

    def _append(self, line: str, indent: int | None = None) -> None:
        """Add a line to the paragraph. An action line indented under its minute ("   >> ACTION
        (JO): ...", "  - TODO(Greg): ...") ends before the first later line set further out
        ("B2 Lived experience ...", "2. Queue metrics"): that is the minute's next entry or
        heading, read as running text, not more of the action."""
        indent = len(line) - len(line.lstrip()) if indent is None else indent
        if self.paragraph and indent < self.marked_indent:
            self._flush()
        if ((self.expect_action_list or _TAGGED_TASK.match(BULLET_MARK.sub("", line.strip()))) and self.paragraph
                and indent > self.entry_indent and LIST_ENTRY_LINE.match(line)
                and LIST_ENTRY_LINE.match(self.paragraph[-1]) and _topic_head(self.paragraph[-1], self.context.owners)
                and _sets_someone_work(BULLET_MARK.sub("", line.strip()))):
            # Under an actions heading, an entry with entries set in under it that names no one is their topic
            # (anywhere, when they open with their owners' initials: "- D2 (Personas)" over "  - [HP] Draft ...").
            self.paragraph.pop()
        self.entry_indent = indent
        if indent and has_marker(line) and any(part.kind == ACTION for part in segments(line)):
            self.marked_indent = indent
        self.paragraph.append(line.strip())

    def _session(self, line: str) -> AgendaItem | None:
        """ "Session 2: Community resilience": an away day's items, numbered on their own."""
        match = SESSION.match(line)
        if not match or int(match["number"]) <= self.last_session:
            return None
        self.last_session = int(match["number"])
        return AgendaItem(match["number"], f"Session {match['number']}: {match['title'].strip()}")

    def _owner_alone(self, line: str) -> bool:
        """Whether a line is only an owner: a known person, a role or a group."""
        text = line.strip().rstrip(".")
        owners = self.context.owners
        return 0 < len(text.split()) <= 5 and (owners.is_owner(text, strict=True) or is_role(text))

    def _margin_owner(self, line: str) -> bool:
        """Whether a line of minute text that sets work (an instruction, "X to <verb>") closes, past a
        wide gap, on the owners alone: people the attendance names, initials ("... for the new
        staff.      HS/JO/CB") or a group ("All practices"). Minutes typed with an owners' margin
        but no "Action by" head set out their actions so."""
        text, _, cell = line.strip().rpartition("\t")
        cell = cell.strip(" .;:")
        owners = self.context.owners
        if not cell or len(cell.split()) > 4 or len(text.split()) < 3 or not text.rstrip()[-1:] in ".;)":
            return False
        words = prose(text).strip()
        last = re.split(r"(?<=[.;])\s+(?=[@A-Z])", words)[-1]
        if not (words[:1].isupper() and opens_with_task_verb(words) or NAMED_THEN_TO.match(last)):
            return False  # (a request or report beside the owner is read as such)
        parts = [part for part in OWNER_PARTS.split(cell) if part]
        return all(owners.known_person(part) for part in parts) or bool(INITIALS_CELL.match(cell)) or (
            cell.split()[0].lower() in ("all", "each") and owners.is_owner(cell, strict=False))

    def _right_hand_owner(self, line: str) -> str:
        """A line with an owner in the "Action by" column sets that owner a task: the
        line's own words. Returns the line without the owner's cell."""
        text, tab, cell = line.strip().rpartition("\t")
        cell = cell.strip(" .;:")
        minute = self._open_minute() if tab and not _NUMBERED_MINUTE.match(text) else []
        if not tab or len(text.split()) < 3 and not minute or not cell or len(cell.split()) > 6:
            return line
        owners = self.context.owners
        if not (owners.is_owner(cell, strict=True) or is_role(cell) or INITIALS_CELL.match(cell)):
            return line
        if self.reviewing_old_actions:
            return text
        words = ENUMERATION.sub("", prose(text))
        if words[:1].isupper() and opens_with_task_verb(words):
            # "Ask the society to lend a trailer.   PO": a line of its own that opens with an instruction
            # is the task, whoever it names after the verb; the owner is the column's.
            due = find_due_phrase(words, task=True)
            task = Task(tidy_what(without_at_end(words, due)), None, str(due.value) if due else None)
        elif minute:
            # The owner sits beside the last line of a minute that runs over several: the task
            # is the minute's last sentence that sets one ("... RK to provide this on 19.02.26.  RK").
            task = for_marker(Task("", None, None), " ".join(minute + [prose(text)]), owners)
        else:
            task = read_task(words, owners, strict=False)
        if task is not None and task.what:
            self.body.actions.append((self._action(task.what, owners.resolve(cell), task.due_text), False))
            self.column_tasks.append(task.what)
        return text

    def _open_minute(self) -> list[str]:
        """The open paragraph's lines from the one that opens the current minute ("6.2 ...")."""
        start = next((index for index in range(len(self.paragraph) - 1, -1, -1)
                      if _NUMBERED_MINUTE.match(self.paragraph[index])), 0)
        return [prose(line) for line in self.paragraph[start:]]

    def _due_for_last_actions(self, when: str) -> bool:
        """A "Due:" line of its own under an action's paragraph ("Action: Data Team to circulate the
        tracker." then "Due: September", as government panels and boards set each action and its date as
        two paragraphs) gives its date to the actions that paragraph set, when they name none. It sets
        nothing when the paragraph before it set no action (the line is then read as any other)."""
        if self.paragraph and not has_marker(self.paragraph[0]):
            return False  # (a date run into a paragraph's own lines is that paragraph's text)
        self._flush()
        dated = [number for number in range(self.flushed_from, len(self.body.actions))
                 if self.body.actions[number][0].due_text is None]
        if len(self.body.actions) == self.flushed_from or not dated:
            return False
        due = resolve_due(when, self.context.reference, self.context.next_meeting)
        for number in dated:
            action, from_table = self.body.actions[number]
            self.body.actions[number] = (replace(action, due_text=when, due=due), from_table)
        return True

    def _own_last_action(self, who: str | None, when: str | None) -> None:
        """An "Owner: X  Deadline: Y" line gives its owner and date to the action just
        read, or, when the paragraph before it set none, makes its last sentence one."""
        if self.reviewing_old_actions:
            self._owned_entry(who, when)
            return
        owners = self.context.owners
        bracketed = _OWNER_AND_TASK.match(who or "")
        if bracketed:
            # "Officer responsible: Head of Environmental Services (report to Cabinet on 10 March
            # 2026)": the bracket says what the officer is to do, whatever the minute above says.
            who = bracketed["who"].strip()
            if owners.is_owner(who, strict=False):
                task = read_task(f"{who} to {bracketed['task']}", owners, strict=False)
                if task is not None and task.what:
                    self.body.actions.append((self._action(task.what, owners.resolve(who), task.due_text or when),
                                              False))
                    return
        own = OWNER_FIRST.match(who or "") and read_task(who, owners, strict=False)
        if own and own.what and own.who and owners.is_owner(own.who, strict=False):
            # "Owner: Ayesha Rahman to ask the BEP author for the change": the line names its own task.
            self.body.actions.append((self._action(own.what, owners.resolve(own.who), own.due_text or when), False))
            return
        owner = owners.resolve(who) if who and owners.is_owner(who, strict=False) else None
        if len(self.body.actions) > self.flushed_from:
            action, from_table = self.body.actions[-1]
            due_text = action.due_text or when
            # The labelled owner is more exact than a role or group the words name ("that officers ...").
            who = owner if owner and not owners.known_person(action.who or "") else action.who or owner
            self.body.actions[-1] = (Action(
                what=action.what, who=who, due_text=due_text, item=action.item,
                due=action.due or resolve_due(due_text, self.context.reference, self.context.next_meeting),
            ), from_table)
            return
        sentence = last_task_sentence(self.previous_text)
        outcome = _OUTCOME_LABEL.match(sentence or "") or _MEETING_FIELD.match(sentence or "")
        if outcome is not None:
            # "Outcome: Agreed." over "Owner: Jules Fontaine": the outcome recorded is a decision, not the task.
            # ("When: 7pm on Tuesday, in the library" over "Who: Ann and Bob": the meeting's own fields, no task.)
            self.previous_text = ""
            return
        # "RESOLVED: that officers survey the saplings ..." over "Officers responsible: ...": the
        # resolution's clause is the task and the labelled owner, the more exact, owns it.
        task = (clause_task(sentence, owners) or read_task(sentence, owners, strict=False, marked=False)) if sentence else None
        if task is not None and task.what:
            self.body.actions.append((self._action(task.what, owner or task.who, task.due_text or when), False))
        self.previous_text = ""

    def _continues_list(self, line: str) -> bool:
        """A numbered line inside a list of actions or decisions is an entry, not an
        agenda heading, even when its number happens to follow the last item's."""
        entry = _NUMBERED_LINE.match(line)
        if not entry or "\t" in entry.group() and self.paragraph and "\t" in self.paragraph[-1]:
            return False  # ("5. <tab> FIRE SAFETY; Minutes: ..." under "4. <tab> ...": a table's next row)
        if self.expect_action_list and self.paragraph and (
                heading := read_heading(line, self.last_number, self.year_first)) is not None and (
                heading.number is not None and self.last_number and int(heading.number) > self.last_number) and (
                _bulleted_only(self.paragraph) or int(heading.number) != _last_entry_number(self.paragraph) + 1
                or announces_next_meeting(heading.title)):
            # "- Order the compost – NP" (or "3. Mend the gate – OT") then "6. Date of next meeting" with no line
            # between, as PDF text and typed minutes run them on: a list of actions ends at the next numbered
            # item, one its own entries' numbers do not lead to (or the next meeting's date).
            return False
        if self.expect_action_list or self.expect_resolution:
            return True
        rest = line[entry.end() :]
        if self._numbered_undertaking(rest):
            return True
        owner = _OWNER_ENTRY.match(rest)
        opens_entry = bool(_ENTRY_START.match(rest)) or bool(
            owner and self.context.owners.is_owner(owner["owner"], strict=False)
        )
        return opens_entry and has_marker("\n".join(self.paragraph))

    def _numbered_undertaking(self, rest: str) -> bool:
        """Whether a numbered line's words are a known person's undertaking, written as a sentence, so an
        entry of a numbered list of discussion points and not an agenda heading: "1. Jack will create a
        Gantt chart with Tom." under "New business", "2. Priya said she would book the hall." A title
        ("3. Transport to day centres") names no one the roll knows and closes on no full stop."""
        said = _UNDERTAKING_ENTRY.match(rest)
        if said is None or not (rest.rstrip().endswith(".") or len(rest.split()) >= _UNDERTAKING_WORDS):
            return False
        return all(self.context.owners.known_person(name) or name_shaped(name)
                   for name in _NAME_PARTS.split(said["owner"]) if name)

    def _start_item(self, heading: AgendaItem, lines: list[str], index: int) -> None:
        self.expect_action_list = self.list_open = self.review_by_title = self.expect_resolution = False
        self.reviewing_old_actions = bool(REVIEWS_OLD_ACTIONS.search(heading.title)) and not self._closing_log(
            heading.title, heading.number, lines, index)
        self.review_title = heading.title
        if heading.number is not None:
            self.item, self.last_number = heading.number, int(heading.number)
        # An "Action: Clerk" or "Owner:" line under a new item refers to nothing before it.
        self.previous_text = ""
        if self.exempt_next:
            self.exempt_section, self.exempt_next = True, False
        self.in_declarations = bool(DECLARATIONS_TITLE.search(heading.title))
        exempt = self.exempt_section or bool(EXEMPT_TITLE.search(heading.title))
        presenter = heading.presenter or self._presenter(lines, index)
        self.body.agenda_items.append(AgendaItem(heading.number, heading.title, presenter, exempt))

    def _closing_log(self, title: str, number_text: str | None, lines: list[str], index: int) -> bool:
        """Whether an "Action log" item or title is the meeting's own log: no business comes
        after it (only the next meeting's date, any other business or the close), so it sets
        out the actions this meeting agreed rather than reviewing an earlier meeting's."""
        if not OWN_LOG_TITLE.search(title):
            return False
        number = int(number_text) if number_text is not None and number_text.isdigit() else self.last_number
        for line in lines[index + 1:]:
            if "\t" in line.strip() or line.lstrip().startswith("|"):
                continue  # (a row of the log itself, "SHP/25/09 <tab> Share the analysis ...", heads nothing)
            if REFERENCE_ALONE.match(line):
                return False  # ("26/009" over its title: a later item)
            later = line.strip() and read_heading(line, number, self.year_first)
            if later and not CLOSING_TITLE.search(later.title):
                return False
        return True

    def _presenter(self, lines: list[str], index: int) -> str | None:
        following = next((line for line in lines[index + 1 : index + 4] if line.strip()), "")
        named = presenter_line(following)
        if named:
            return self.context.owners.resolve(named)
        match = _PRESENTING.match(" ".join(following.split()))
        if not match:
            return None
        parts = (part.split(" from ")[0] for part in _NAME_PARTS.split(match["names"]))
        known = [name for part in parts if (name := self.context.owners.known_person(part.strip()))]
        return " and ".join(dict.fromkeys(known)) or None

    def _flush(self) -> None:
        if not self.paragraph:
            return
        if any(line[:6].lstrip(" *_").lower().startswith("for ") and line.rstrip(" *_").endswith(":")
               and self._for_owner(line) for line in self.paragraph):
            self._for_owner_chunks()
            return
        text = "\n".join(_TABS.sub("\t", line) if "\t" in line else line for line in self.paragraph)
        self.paragraph, self.marked_indent = [], 0
        self.flushed_from = len(self.body.actions)
        first, _, rest = text.partition("\n")
        if rest and REFERENCE_ALONE.match(first):
            # ("294/19" over "Outstanding actions of the Board (public)": ModernGov sets an item's number on a line of
            # its own, its title on the next.)
            second, _, after = rest.partition("\n")
            if REVIEWS_OLD_ACTIONS.search(second) and len(second.split()) <= REVIEW_TITLE_WORDS:
                first, rest = f"{first.strip()} {second.strip()}", after
        # (Cheaply: a title over lines is looked for only where the first line opens with a reference.)
        # ("F04:02/26 To review the action log.": an item's title phrased as a sentence, as parish agendas write
        # them, its full stop no part of it.)
        # The next such title ("F05:02/26 To receive the District Councillor's report.") ends the review.
        bare = first[:-1] if rest and first.endswith(".") and (REVIEWS_OLD_ACTIONS.search(first) or self.review_by_title and (
            TO_TITLE.match(first))) else first
        titled = (not rest or REFERENCED_TITLE.match(first)) and BARE_TITLE.match(bare) and not _OWNER_MARK.match(first) and (
            # ("Minutes of the previous meeting (27 November 2025) and action log": a review's title runs longer.)
            len(first.split()) <= BARE_TITLE_WORDS or len(first.split()) <= REVIEW_TITLE_WORDS
            and REVIEWS_OLD_ACTIONS.search(first))
        if titled:
            # An unnumbered heading ("### Review of last meeting's action items", then "### Vote ..."), or a
            # title after a reference the agenda does not number ("Min. 26.004 MATTERS ARISING", its entries
            # on the lines under it): a review of earlier actions runs from its title to the next title.
            # (A closing "Decision and action log" is the meeting's own.)
            if REVIEWS_OLD_ACTIONS.search(first) and not self._closing_log(first, None, self.lines, self.index):
                self.reviewing_old_actions = self.review_by_title = True
                self.review_title = first
            elif self.review_by_title:
                self.reviewing_old_actions = self.review_by_title = False
            if rest and self.reviewing_old_actions:
                text = rest
        if "uggest" in text or "+1" in text or "ote" in text or "👍" in text or ":-1:" in text:
            text = _without_votes_or_suggestions(text)
        if "(c" in text:
            # "ACTION 4/25 (carried) — LG: arrange ...": a numbered action carried from an earlier meeting, its note
            # moved after its task, where a task's carried note is read.
            text = _CARRIED_MARKER.sub(lambda m: f"{m['head']} {m['sep']}{m['task']} (carried forward){m['tail'] or ''}",
                                       text)
        if " | " in text and ":" in text:
            text = "\n".join(piped_fields(line) for line in text.split("\n"))
        if ":" in text or " - " in text or " – " in text or " — " in text or "\n" in text and (
                " to " in text or " will " in text):
            text = owner_lines_closed(owner_dash_tasks(text, self.context.owners), self.context.owners)
        if "@" in text:
            text = mentions_first(text, self.context.owners)
        arrows = "->" in text or "→" in text or "=>" in text or "➔" in text
        if arrows:
            text = self._arrow_entries(text)
        if " - " in text or " – " in text or " — " in text:
            text = self._dashed_lines(text)
        if not self.reviewing_old_actions and not self.expect_action_list and _ends_a_line_in_capitals(text):
            text = self._initials_closing_lines(text)
        arrows_end = len(self.body.actions)
        if not text.strip():
            # (Every line was read as an entry: a list under an "Actions" heading has been read whole.)
            self.expect_action_list = self.list_open = False
            return
        self._governance(text)
        if self.expect_resolution:
            self.expect_resolution = False
            if LIST_ENTRY_LINE.match(text):
                text = f"RESOLVED:\n{text}"
        if self.task_owner is not None and self._task_section_paragraph(text):
            return
        head = self._owner_heading(text) if self.expect_action_list or self.owner_heads else None
        if head is not None:
            # "### Nadia Pryce" over "- Order the compost": under an actions heading, a heading that is only a
            # person's name heads that person's tasks, listed under it; the next such heading heads the next.
            self.list_owner, self.expect_action_list, self.previous_text = head, True, text
            return
        lines_listed = all(LIST_ENTRY_LINE.match(line) for line in text.split("\n") if line.strip())
        if self.task_owner is not None and self.expect_action_list and lines_listed:
            text = self._task_entries(text)
            if self.task_owner and not self.list_owner:
                self.list_owner = self.task_owner  # ("Tasks for Everyone": the heading's owner heads its lists.)
        if self.list_owner and self.expect_action_list and lines_listed:
            # (An open box, "- [ ] chase the insurer", is an entry still to do, read as a bullet is.)
            text = f"- {self.list_owner}:\n" + "\n".join(f"  {_OPEN_BOX.sub('- ', line)}" for line in text.split("\n"))
            self.owner_heads = True
        elif self.owner_heads:
            self.owner_heads = False
        self.list_owner = None
        if self.expect_action_list and "\n" not in text.strip() and text.rstrip().endswith(":") and not (
                LIST_ENTRY_LINE.match(text)) and not has_marker(text):
            # "Tracked on the SIG project board:" under "Action items": a lead-in to the list, which the heading heads.
            self.previous_text = text
            return
        if self.expect_action_list or self.list_open and LIST_ENTRY_LINE.match(text):
            self.expect_action_list = self.list_open = False
            # A list under an "Actions" heading restates the body's actions, as a table does.
            self.listing = True
            # ("Action: NP to order the compost" under "Actions": the heading already says what the label says.)
            listed = _ACTION_LABEL.sub(lambda label: label["lead"] or "- ", text) if "ction" in text or "CTION" in text else text
            listed = with_matter_after(listed) if "Re" in listed else listed
            self._segment(Segment(ACTION, "\n".join(self._initials_first(_OWNER_COLON_LINE.sub("- ", line))
                                                     for line in listed.split("\n"))), "")
            self.listing = False
            self.list_open = all(LIST_ENTRY_LINE.match(line) for line in text.split("\n") if line.strip())
        else:
            self.list_open = False
            before = self.previous_text
            if (" TO " in text or " WILL " in text) and _SHOUTED_START.search(text) and re.search("[a-z]", text):
                text = self._shouted_tasks(text)
            found = self._trailing_owner(segments(text, self.context.owners.known_person))
            for index, segment in enumerate(found):
                following = found[index + 1] if index + 1 < len(found) else None
                before = self._segment(segment, before, self._names_only_owner(following))
        if self.column_tasks:
            # A task the owners' column already gave its owner is not read again from the words.
            self.body.actions[self.flushed_from:] = [
                (action, from_table) for action, from_table in self.body.actions[self.flushed_from:]
                if not any(same_task(action.what, task) for task in self.column_tasks)]
            self.column_tasks = []
        if arrows:
            # The arrow restates in a register's words what the minute's sentence set its
            # owner ("CW to apply for the next round ..." over "-> Apply for the package [CW, Q1]"):
            # one action, the arrow's.
            self.body.actions[arrows_end:] = [
                (action, from_table) for action, from_table in self.body.actions[arrows_end:]
                if not any(arrow.who == action.who and same_task(action.what, arrow.what)
                           for arrow, _ in self.body.actions[self.flushed_from:arrows_end])]
        self.previous_text = text

    def _governance(self, text: str) -> None:
        """Declarations of interest, and words that put business in private: an exclusion
        of the press and public makes the items after it exempt; "taken in private" under
        an item makes that item exempt."""
        lowered = text.lower()
        if not self.in_declarations and not any(word in lowered for word in _GOVERNANCE_WORDS):
            return
        if self.in_declarations or "declared" in lowered:
            self.body.declarations.extend(read_declarations(text, self.context.owners))
        if EXCLUSION.search(text):
            self.exempt_next = True
        if IN_PRIVATE.search(text) and self.body.agenda_items and self.item is not None:
            last = self.body.agenda_items[-1]
            if last.number == self.item and not last.exempt:
                self.body.agenda_items[-1] = AgendaItem(last.number, last.title, last.presenter, True)

    def _names_only_owner(self, segment: Segment | None) -> bool:
        """Whether a segment is an "Action: Clerk" marker naming only who."""
        return bool(segment and segment.kind == ACTION
                    and owner_only(" ".join(segment.text.split()), self.context.owners))

    def _segment(self, segment: Segment, before: str, owner_follows: bool = False) -> str:
        if segment.kind == ACTION and not self.listing and "\n" in segment.text.strip():
            # "Action: Cllr Sethi to meet the Friends about the\nplay area plan.\nEA/54  Allotments ...": the marked
            # words end where a line opens the next minute with its number; that minute is read as minute text.
            lines = segment.text.split("\n")
            cut = next((index for index, line in enumerate(lines) if index and line.strip()
                        and _NEXT_MINUTE_REF.match(line.lstrip()) and lines[index - 1].rstrip()[-1:] in ".!?)"), None)
            if cut is not None:
                handed_on = self._segment(Segment(ACTION, "\n".join(lines[:cut])), before, owner_follows)
                return self._segment(Segment(None, "\n".join(lines[cut:])), handed_on or before)
        first, _, rest = segment.text.strip().partition("\n") if segment.kind == ACTION else ("", "", "")
        owned = _owned_sublists(segment.text, self.context.owners) if rest.strip() else None
        if owned:
            self._add_tasks(owned)
            return ""
        if rest.strip() and owner_only(" ".join(first.split()), self.context.owners):
            # "... in February.  ACTION – JH – 11/02/2026" then the minute runs on: the marker
            # names only who and when for the sentence before it; the lines after are minute text.
            handed_on = self._segment(Segment(ACTION, first), before, owner_follows)
            return self._segment(Segment(None, rest), handed_on)
        if rest.strip() and not self.listing and first.strip() and not first.rstrip().endswith(":") and (
                _BULLET.match(rest.lstrip()) and not BULLET_MARK.match(first.lstrip())
                # "ACTION: TC to submit the precept demand.\n207.3 Cllr Brightmore asked ...", "...\nEA/54  Allotments":
                # a line opening with the next minute's number is that minute's record, whatever the marked line says.
                or _NEXT_MINUTE_REF.match(rest.lstrip())
                # "ACTION: SW to publish the answers.\nICB/25-26/105 Chief Executive's report\nHD presented ...":
                # after a marked sentence that ends its line, a line opening no entry is the minutes' next text.
                # ("ACTION: Clerk to set up the second signatory" over "The Council then discussed ...": a line opening
                # as minute text does ends a marked line that closed on no stop, unless a word left it hanging.)
                or not owner_follows and (first.rstrip().endswith(".") or (_MINUTE_TEXT_OPENING.match(rest.lstrip())
                                          or _TOPIC_LABEL.match(rest.lstrip())) and not LEFT_HANGING.search(first.rstrip()))
                and not LIST_ENTRY_LINE.match(rest.lstrip())
                and not ENUMERATION.match(rest.lstrip()) and rest.lstrip()[:1].isupper()
                and (task := read_task(first, self.context.owners, strict=False)) is not None and bool(task.who)):
            # "- Drain blocked. ACTION: Clerk to escalate.\n- Defibrillator training – YR has a date": a marker
            # inside one list entry marks that entry's words; the entries after it are minute text.
            handed_on = self._one_segment(Segment(ACTION, first), before, owner_follows)
            return self._segment(Segment(None, rest), handed_on or first)
        return self._one_segment(segment, before, owner_follows)

    def _one_segment(self, segment: Segment, before: str, owner_follows: bool = False) -> str:
        """Read one segment; return the text an "Action: X" marker after it refers to.
        When such a marker follows (`owner_follows`), the last of several entries of a
        marked block is the sentence it refers to ("ACTION: Chair to write ... \n The
        Board asked for a breakdown (Action: Clerk)"), not an entry without an owner."""
        owners = self.context.owners
        # What "it" in a marked task stands for is named by the sentence before the marker.
        self.sentence_before = "" if segment.kind is None else (last_task_sentence(before) or "")
        self.passage = segment.text
        if segment.kind is None or segment.kind == DECISION and not self.reviewing_old_actions:
            # (Running text under a review is read for undertakings too: "Mr. Brophy advised that the
            # application was being finalised and he would bring an update to the next meeting" answers
            # for an earlier action still open.)
            self._close_passage()
            if self.reviewing_old_actions:
                self.review_prose.add(len(self.prose))
            self.prose.append((segment.text, self.item, self._item_title()))
            self.passage_from = len(self.body.actions)
        if segment.kind is None:
            self._decide(prose_decisions(segment.text))
            if "carried" in segment.text and "(" in segment.text:
                # "... the letter to the Cabinet Office is still in draft (AP 26/01-2, carried: secretariat)": earlier
                # actions reported on, each with its reference and owner as carried.
                for task in bracketed_carried(segment.text, owners):
                    action = self._action(task.what, task.who, task.due_text)
                    self.body.actions.append((replace(action, carried=True), False))
            opened = None if self.reviewing_old_actions or not may_open_review(segment.text) else REVIEW_OPENER.search(
                segment.text)
            if opened is not None:
                # "ICB/25/104 <tab> Action log and matters arising; All actions were complete except ...",
                # "Minutes agreed. Matters arising: ...": the words after the title review earlier actions.
                self._add_tasks(prose_tasks(segment.text[: opened.start()], owners))
                review = segment.text[opened.end():]
                self._carried_entries(review)
                self._new_in_review(review)
                if not review.strip():
                    # "Minutes accepted. Leftover from #26:" over a list: the list is the review, up to the next title.
                    self.reviewing_old_actions = self.review_by_title = True
            elif not self.reviewing_old_actions:
                self._add_tasks(prose_tasks(segment.text, owners))
                self._earlier_actions(segment.text)
            else:
                # (Under a title that says its entries are open, "Still open from week 5", an entry giving no
                # status is open too.)
                self._carried_entries(segment.text, assume_open=bool(OPEN_TITLE.search(self.review_title)))
                self._new_in_review(segment.text)
            return segment.text
        opened = REVIEW_OPENER.search(segment.text) if segment.kind == DECISION and not self.reviewing_old_actions and (
            may_open_review(segment.text)) else None
        if opened is not None and opened.start() > 0:
            # "RESOLVED: approved and signed. F04:10/25 To review the action log. FC34/25 ... still awaiting
            # a reply": the resolution ends where the review of earlier actions begins.
            self._one_segment(Segment(DECISION, segment.text[: opened.start()]), before, owner_follows)
            self._carried_entries(segment.text[opened.end():])
            return segment.text
        if segment.kind == ACTION and self.reviewing_old_actions:
            # (The marker is its first line; the lines after it are the review's next entries.)
            marker, _, after = segment.text.strip().partition("\n")
            if self._marked_entry(marker, before):
                return self._one_segment(Segment(None, after), "") if after.strip() else ""
        found = _with_stem(items(segment.text))
        handed_on = ""
        if owner_follows and segment.kind in (ACTION, AGREED_ACTION) and len(found) >= 2:
            found, handed_on = found[:-1], found[-1]
        elif owner_follows and segment.kind == ACTION and len(found) == 1 and not owner_only(found[0], owners) and (
                (alone := read_task(found[0], owners, strict=False)) is not None and alone.what and not alone.who):
            # "Action: Add a session to the work programme. Lead: Scrutiny Officer": the one task, named
            # without an owner, is the one the owner's marker after it gives its owner.
            return found[0]
        if segment.kind == DECISION:
            if not found:
                # "RESOLVED:" alone, its clauses set out as a list after it (a web page's <ol>).
                self.expect_resolution = True
            self._decide([decided for index, item in enumerate(found)
                          if (decided := self._decision_then_tasks(item, first=index == 0))])
        elif segment.kind == AGREED_ACTION:
            self._decide(found)
            self._add_tasks(read_task(item, owners, strict=False) for item in found)
        elif segment.kind == ACTION and self.reviewing_old_actions and (
                _LOGGED_ACTION.match(segment.text) or _NUMBERED_TOPIC.match(segment.text) and status_of(segment.text)):
            # "- ACTION 2 (Sept) - Shared data set: ongoing. Lead: ...": an earlier meeting's numbered action
            # reviewed under its number is a review's entry: carried while open, dropped when complete.
            self._carried_entries(segment.text)
        elif segment.kind == ACTION:
            if not found:
                self.expect_action_list = True
            elif len(found) == 1 and (marker := capitals_owner(found[0], before, owners) or owner_only(
                    CARRIED_NOTE.sub("", found[0]), owners) or self._bare_verb(found[0], before)):
                # ("ACTION EP (carried forward)" after an entry of a review names its owner, as "ACTION EP" does.)
                task = for_marker(marker, before, owners)
                if not self._owner_for_last(task):
                    self._add_tasks([task])
            else:
                # A later line that reports ("OC asked that ...", "GO said ...") is minute text
                # after the action, not another action: it sets a task only as prose does.
                found = [clause for item in found for clause in owned_clauses(item)]
                narrative = [item for index, item in enumerate(found) if index and reports(item)]
                # "ACTION: TF to tighten fixings. The verge needs cutting – MO and JH to meet the contractor":
                # the marker marks its own sentence, an owner's task; the minute's sentences after it are
                # minute text (not a date or field that belongs to the task).
                # (An owner's task opening the minute text after it is marked too, and so on down the sentences,
                # each read once: "ACTION: TF to tighten fixings. AB to book the hall. The hall is busy".)
                for index in range(len(found)):
                    said = sentences(found[index]) if ". " in found[index] else [found[index]]
                    tasks = 0
                    while len(said) > 1 and _MINUTE_AFTER.match(said[1]) and (
                            (task := read_task(said[0], owners, strict=False)) is not None and task.what and task.who):
                        if tasks:
                            found.append(said[0])
                        else:
                            found[index] = said[0]
                        tasks, said = tasks + 1, said[1:]
                    if tasks:
                        narrative.append(" ".join(said))
                        found.append(narrative[-1])
                self._add_tasks(task for item in found if item not in narrative
                                for task in [read_task(_INFINITIVE.sub("", item, count=1), owners, strict=False)]
                                if not self._restated(task))
                for item in narrative:
                    self._add_tasks(prose_tasks(item, owners))
        return segment.text if segment.kind == DECISION else handed_on

    def _restated(self, task: Task | None) -> bool:
        """ "[Action: Chair / Yasmin Farouk - small business section]" after "... the Chair and Yasmin Farouk
        would draft the section on small business access": a marker naming only the matter, not a verb, for
        owners already given that task in the paragraph restates it."""
        if task is None or not task.who or not task.what or opens_with_verb(task.what):
            return False
        who = self.context.owners.resolve(task.who)
        return any(action.who and same_owner(action.who, who) and same_task(action.what, task.what)
                   for action, _ in self.body.actions[self.flushed_from:])

    def _bare_verb(self, item: str, before: str) -> Task | None:
        """ "[Action: Secretariat - circulate by 20/02]" after "The final draft will be circulated for comment":
        a marked task of its verb alone, the one the sentence before says will be done, names only who and
        when for that sentence's task."""
        task = read_task(item, self.context.owners, strict=False)
        if task is None or not task.who or len(task.what.split()) != 1 or not before:
            return None
        verb = task.what.lower()
        sentence = last_task_sentence(before) or ""
        if not re.search(rf"\b(?:{re.escape(verb)}|{re.escape(verb.rstrip('e'))}ed)\b", sentence, re.IGNORECASE):
            return None
        return Task("", task.who, task.due_text)

    def _owner_for_last(self, task: Task | None) -> bool:
        """An "Action: X" marker after a sentence already read as a task (its owner taken
        from the words, "asked the team to ...") gives that task its owner rather than
        setting it twice. Returns whether it did."""
        if task is None or len(self.body.actions) <= self.flushed_from:
            return False
        action, from_table = self.body.actions[-1]
        # (An earlier meeting's entry read as carried, "Potholes on the C1042 - reported again by HT. Ongoing.
        # ACTION: Cllr Tulloch", is the marker's too: its owner is the marker's, not the one the note mentions.)
        loose = action.who is None or action.carried and task.what.lower().startswith(action.what.lower())
        if from_table or action.what != task.what and not (loose and same_task(action.what, task.what)):
            return False
        same = (action.who or "").lower().removeprefix("the ") == (task.who or "").lower().removeprefix("the ")
        if not same:
            action = replace(action, who=task.who)
        if task.due_text and task.due_text != action.due_text:
            # The marker's own date ("ACTION – JH – 11/02/2026") is the task's, over one read in its words.
            action = replace(action, due_text=task.due_text,
                             due=resolve_due(task.due_text, self.context.reference, self.context.next_meeting))
        self.body.actions[-1] = (action, False)
        return True

    def _decision_then_tasks(self, item: str, first: bool = True) -> str:
        """ "RESOLVED to approve the payments. Clerk to renew the insurance by 1 August.":
        a resolution in running text ends where a sentence setting a named owner a task
        begins; that sentence and those after it are read as prose."""
        parts = sentences(item) if ". " in item else [item]
        # "(iii) It was resolved that the precept be set at £18,500. The Clerk will notify the district
        # council by 31 January.": a resolution ends where a later sentence sets a named owner a task.
        later = next((index for index in range(1, len(parts))
                      if read_task(parts[index], self.context.owners, strict=True) is not None), None)
        if later is not None:
            head = self._decision_then_tasks(" ".join(parts[:later]), first)
            if not self.reviewing_old_actions:
                self._add_tasks(task_about(task, parts[:later]) for task in prose_tasks(" ".join(parts[later:]),
                                                                                     self.context.owners))
            return head
        clauses = split_clauses(item)
        # Beside an "Action by" column the column names whose clause is a task; read there.
        tasks = [None if self.action_by_column else clause_task(clause, self.context.owners) for clause in clauses]
        if any(tasks):
            # "That (a) the report be noted; (b) the Clerk place the order": clauses that set
            # work are actions, the rest stay the decision.
            # The resolution stays a decision of the meeting as well.
            if not self.reviewing_old_actions:
                self._add_tasks(tasks)
            if _STEM.match(item.strip()):
                return ""
            return item
        parts = sentences(item)
        if first and parts and not self.reviewing_old_actions:
            opening = read_task(parts[0], self.context.owners, strict=True)
            if opening is not None and opening.who and self.context.owners.is_person(opening.who):
                # "Agreed: JB would write to the council": the agreement is a named person's task.
                self._add_tasks([opening])
        # A later line of the resolution may itself open with the task ("The Clerk will ...").
        for index in range(1 if first else 0, len(parts)):
            # (or any later sentence that sets work as running text does: "It was also agreed to write ...")
            if read_task(parts[index], self.context.owners, strict=True) is not None or (
                    index and prose_tasks(parts[index], self.context.owners)):
                if not self.reviewing_old_actions:
                    self._add_tasks(task_about(task, parts[:index]) for task in prose_tasks(" ".join(parts[index:]),
                                                                                         self.context.owners))
                return " ".join(parts[:index])
        return item

    def _decide(self, decisions: list[str]) -> None:
        """Record decisions under the current agenda item."""
        self.body.decisions.extend(decisions)
        self.body.decision_items.extend(self.item for _ in decisions)

    def _add_tasks(self, tasks) -> None:
        for task in tasks:
            if task is not None and task.what:
                task = named_object(task, self.sentence_before)
                # "Clerk to chase." after the minute's words, or under its item's title alone.
                task = Task(about(task.what, sentences(self.sentence_before) if self.sentence_before else [],
                                  self._item_title()), task.who, task.due_text)
                self.body.actions.append((self._action(task.what, task.who, task.due_text), self.listing))

    def _item_title(self) -> str | None:
        """The title of the item being read, when it is short enough to be a topic."""
        last = self.body.agenda_items[-1] if self.body.agenda_items else None
        if last is None or last.number != self.item or len(last.title.split()) > _TOPIC_TITLE_WORDS:
            return None
        return last.title

    def _then(self, what: str) -> date | None:
        """The day a task "before then" is due: the one the sentence before the task's names. (A passage's
        sentences are split once, and its tasks, read in order, are looked for after the last one found.)"""
        if self.then_passage[0] is not self.passage:
            said = sentences(self.passage)
            self.then_passage = (self.passage, [(index, sentence) for index, sentence in enumerate(said)
                                                if THEN.search(sentence)], said, 0)
        _, found, said, start = self.then_passage
        words = set(what.lower().split()[:3])
        at = next((place for place in range(start, len(found)) if words <= set(found[place][1].lower().split())), None)
        if at is None or not found[at][0]:
            return None
        self.then_passage = (self.passage, found, said, at + 1)
        return then_due(said[found[at][0] - 1], self.context.reference, self.context.next_meeting)

    def _action(self, what: str, who: str | None, due_text: str | None, item: str | None = "",
                carried: bool = False) -> Action:
        """An action as read; "(carried forward)", "c/f" or "ongoing" in its words or date carry it."""
        marked = CARRIED_NOTE.search(what)
        if marked and marked.start() > 0:
            what, carried = (what[: marked.start()] + what[marked.end():]).strip(" .;,–-"), True
        opening = CARRIED_OPENING.match(what)
        if opening and len(what) > opening.end():
            # "Carried from January: reconcile the escrow account": the note opens the entry.
            what, carried = what[opening.end():][:1].upper() + what[opening.end() + 1:], True
        if due_text and CARRIED.fullmatch(due_text.strip(" ().")):
            due_text, carried = None, True
        tail = _OWNER_TAIL.search(what) if who is None and (what[-1:] in ").]" or what[-1:].isalpha()) else None
        if tail and tail["dashed"] and self.context.owners.is_person(tail["dashed"]):
            # "Agreed to cut back the hedge – Clerk": an owner the task's words close on after a dash, as
            # secretaries tag a minute with who does the work.
            what, who = what[: tail.start()].rstrip(" ,;"), self.context.owners.resolve(tail["dashed"])
        elif tail and not tail["dashed"] and (tagged := bracket_owner_and_due(tail["round"] or tail["square"], self.context)):
            # "Chase the contractor (JB)", "Convey the views to the Board [Jo Bell]", "... [EL, by 31 Jan]": the
            # owner, and perhaps the date, in brackets closing the task.
            what, who, due_text = what[: tail.start()].rstrip(" ,;"), tagged[0], due_text or tagged[1]
        if who is None and what.endswith("]") and (note := _CLOSING_NOTE.search(what)) and (
                noted := self.context.owners.noted_owner(note["inside"])):
            # "Share the booking guide [new for Rhian Bowen]", "Ask the clinics [Rhian Bowen to agree the
            # wording]": a log's closing note names whom the entry is for.
            what, who = what[: note.start()].rstrip(" ,;."), noted
            carried = carried or bool(_GOING_ON.match(note["inside"]))
        what, who = partner_shared(what, who, self.context.owners)
        due = resolve_due(due_text, self.context.reference, self.context.next_meeting)
        if due is None and due_text and THEN.fullmatch(due_text) and self.passage:
            due = self._then(what)
        self.written_at.setdefault(what, len(self.prose))
        return Action(what=what, who=who, due=due, due_text=due_text,
                      item=self.item if item == "" else item, carried=carried)


# An item title longer than this is a sentence, not a topic for a terse task.
_TOPIC_TITLE_WORDS = 8
# "Action : Acting Chief Executive": an owner's marker on a line of its own, no title.
_OWNER_MARK = re.compile(r"^\s*action(?:\s+by)?\s*:", re.IGNORECASE)


def _ends_a_line_in_capitals(text: str) -> bool:
    """Whether a line of the text ends on a capital (perhaps and a stop): where initials closing a task are
    looked for (each line's end looked at once: no scan from every capital to the line's end)."""
    return any(line.rstrip(" \t.")[-1:].isupper() for line in text.split("\n"))


def _names_again(marked: str, owner: str) -> bool:
    """Whether a marked action line already names the owner a margin repeats."""
    return bool(owner) and re.search(rf"(?<![\w@]){re.escape(owner)}(?!\w)", marked) is not None


# "Action: To discuss how to help at the next meeting": a marked task written as an agenda writes it, in the
# infinitive with no one named; the task is the instruction ("Discuss how to help ..."). ("To be put on the
# notice board", a passive, is left as written.)
_INFINITIVE = re.compile(r"^To[ \t]+(?!be\b)(?=[a-z]{2,}\b)")


# A line left hanging on a little word ("... and report back to the" over "Board with ..."): its sentence goes on.
# A line opening as the minutes' running text does: "The Council ...", "It was ...", "Members ...", "Cllr Cole said".
_MINUTE_TEXT_OPENING = re.compile(r"^(?:(?:The|It|This|There|Members|Councillors)\s|[A-Z][a-z]+\s+(?:said|noted|reported|asked"
                                  r"|explained|confirmed|thanked)\b)")
# "ACTION:MB to write to KA re: representation\nTransition – YOS and Probation:\nYOS and ...": a short line of its
# own closing on a colon is the label of the next topic, not more of the marked line (a field's label, "Owner:",
# "Due:", belongs to the action).
_TOPIC_LABEL = re.compile(r"^(?!(?:Owners?|Leads?|Who|Due|By|When|Deadline|Date|Status|Responsib\w*|Action\w*|Timescales?"
                          r"|Target|Update|Progress|Notes?)\s*:)[A-Z][^\n:.]{2,60}:[ \t]*(?:\n|$)")


def _last_entry_number(paragraph: list[str]) -> int:
    """The number of a list's last numbered entry (-1 when none is numbered)."""
    numbered = [found for line in paragraph if (found := re.match(r"\s*\(?(\d{1,2})[.)]?\s", line))]
    return int(numbered[-1][1]) if numbered else -1


def _bulleted_only(paragraph: list[str]) -> bool:
    """Whether a list's lines so far are its bulleted entries (and their run-on lines), none numbered."""
    return any(_BULLET.match(line.lstrip()) for line in paragraph) and not any(
        _NUMBERED_LINE.match(line) for line in paragraph)


def _with_stem(found: list[str]) -> list[str]:
    """ "That:", "(a) the strategy be endorsed;" read as "That the strategy be endorsed"."""
    if len(found) < 2 or not _STEM.match(found[0]):
        return found
    stem = found[0].rstrip(" :")
    return [f"{stem} {_entry_text(entry)}" for entry in found[1:]]


def _entry_text(entry: str) -> str:
    entry = re.sub(r"(?:;|,)?\s*(?:and|or)?\s*$", "", entry.strip()).rstrip(" ;,")
    return entry if entry.endswith(".") else f"{entry}."


# "Action: NP to order ...", "- ACTION – Order ...": an entry's own action label.
# (Each label, "Action 2:" too, opens an entry of its own: an unlisted one becomes a listed entry.)
_ACTION_LABEL = re.compile(r"^(?P<lead>[ \t]*(?:(?:[-*•]|\d{1,2}[.)]|\(?[a-h][.)])[ \t]+)?)(?:ACTIONS?|Actions?)(?:[ \t]+(?:POINTS?|points?))?"
                           r"(?:[ \t]+\d{1,3}(?:[./-]\d{1,3})*)?[ \t]*(?::|[-–—](?=[ \t]))[ \t]*(?=\S)", re.MULTILINE)
# "NP: Order the compost" on a line of its own in a list of actions: an owner and a colon open an entry.
_OWNER_COLON_LINE = re.compile(r"^(?=(?:@?[A-Z][\w.'’@&/-]*)(?:[ \t]+(?:and|&|\+|/)?[ \t]*@?[A-Z][\w.'’@&/-]*){0,3}[ \t]*:[ \t]+\S)")
_TOPIC_HEAD_WORDS = 8


def _sets_someone_work(entry: str) -> bool:
    """Whether a listed entry gives someone a task ("NP to order ...", "OT - mend ...", "Action: ...")."""
    return bool(SETS_WORK.search(entry) or owner_dash_task(entry) or has_marker(entry) or _TAGGED_TASK.match(entry))


# "[HP] Create a poll ...", "[MS, DC] Share the draft": a task opened by its owners' initials in square brackets.
_TAGGED_TASK = re.compile(r"^\[[A-Z]{2,4}(?:\s*,\s*[A-Z]{2,4})*\]\s+[A-Z][a-z]")


def _topic_head(entry_line: str, owners: Owners) -> bool:
    """Whether a list entry in a list of actions, with entries set in under it ("- Compost" over
    "  - NP to order the compost"), is the topic heading them rather than an action: it names no
    one and sets no one work. (An entry that is a person's name heads that person's tasks: see
    `_owned_sublists`.)"""
    entry = BULLET_MARK.sub("", entry_line.strip()).strip(" *")
    # ("- MartinO:" heads a person's tasks, named or not, as "- Everyone:" does.)
    named_head = entry.endswith(":") and _NAME_HEAD.match(entry) or EVERYONE.match(entry)
    entry = entry.rstrip(" :")
    return bool(entry) and len(entry.split()) <= _TOPIC_HEAD_WORDS and not opens_with_task_verb(entry) and not SETS_WORK.search(entry) and (
        not DASH_PARTS.search(entry)) and _names_no_owner_in_brackets(entry, owners) and not owners.known_person(entry) and (
        not named_head) and not has_marker(entry)


def _names_no_owner_in_brackets(entry: str, owners: Owners) -> bool:
    """Whether an entry's brackets, if any, only name its topic ("D1 (Publish a manifesto)"), not who owns it
    ("Compost (NP)"): a topic's brackets hold two words or more, none an owner the roll knows."""
    if "(" not in entry:
        return True
    inside = re.findall(r"\(([^()]*)\)", entry)
    return bool(inside) and all(len(words.split()) >= 2 and not owners.is_owner(words, strict=True) for words in inside)


def _owned_sublists(text: str, owners: Owners) -> list[Task] | None:
    """ "- Malia Fonoti" over "  - Finish the review", "  - Pair on the rules": a list of owners,
    each over the tasks listed under them (the reader's lines have lost their indent, so an
    entry that is only a person's name heads the entries after it). None unless the list
    opens with such a name and each name has tasks under it."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or not all(BULLET_MARK.match(line) for line in lines):
        return None  # only a list of entries has this shape
    entries = [BULLET_MARK.sub("", line).strip(" *") for line in lines]
    tasks: list[Task] = []
    owner: str | None = None
    under = 0
    for entry in entries:
        # An entry that is only a name and a colon ("- MartinO:", "- Symbian:") heads its
        # owner's tasks whether or not the attendance lists that name, as "Everyone" does.
        # Once the list has such heads, a bare name of a word or two ("- Pierre-Alexandre") is one too.
        bare = owner is not None and len(entry.split()) <= 2 and bool(_NAME_HEAD.match(f"{entry.rstrip(' :')}:"))
        named = owners.known_person(entry.rstrip(" :")) or (
            entry.rstrip(" :") if entry.endswith(":") and (_NAME_HEAD.match(entry) or is_role(entry.rstrip(" :")))
            or bare or EVERYONE.match(entry) else None)
        entry = entry.rstrip(" :") if named is None else entry
        if named:
            if owner is not None and not under:
                return None
            owner, under = named, 0
            continue
        if owner is None:
            return None
        task = read_task(entry, owners, strict=False)
        if task is not None and task.what:
            tasks.append(Task(task.what, task.who or owner, task.due_text))
            under += 1
    return tasks if owner is not None and under else None


# "MartinO:", "George Clark:", "@ada-l:": a name-shaped entry and its colon, nothing else.
# A shouted task after a sentence or at a line's start: an owner in capitals (no more than five words), "TO" or
# "WILL", the task in capitals up to its stop or the line's end; `next` is the line's next sentence, if any.
_SHOUTED_START = re.compile(r"(?:^|(?<=[.!?:]\s))[A-Z][A-Z'’.]+(?:[ /&]+[A-Z][A-Z'’.]*){0,4}[ ]+(?:TO|WILL)[ ]+[A-Z]{2,}\b",
                            re.MULTILINE)
_OPEN_BOX = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?\[[ \t]?\][ \t]+")
_NAME_HEAD = re.compile(r"^(?:@[\w.-]{2,39}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*:$")
_BULLET = re.compile(r"^[-*•]\s+")
# What a marker reviewing a numbered action leaves: the entry, then its status after a colon or dash.
# "Action 25-17 (escalation policy refresh) - RM has the draft ... Carried forward.": an earlier action's number
# and its topic in brackets, read by the marker as "Action 25-" and "17 (...)"; with a status anywhere after it,
# a review's entry.
_NUMBERED_TOPIC = re.compile(r"^\s*[\w/.-]{0,12}\d\s+\([^()\n]{3,80}\)\s*[-–—:]")
_LOGGED_ACTION = re.compile(r"^\s*[^:\n]{3,150}?(?::|\s[-–—])\s*(?:complete[d]?|done|closed|ongoing|on-going|open"
                            r"|outstanding|in\s+progress|carried|c/f)\b", re.IGNORECASE)
# A sentence of minute text after a marked task: it opens on an article, a name or a pronoun and runs on
# ("The verge on Back Road needs cutting ..."), not on a field or date of the task ("Deadline: ...", "By May").
_MINUTE_AFTER = re.compile(r"^(?!(?:by|due|deadline|date|target|timescale|lead|owner|who|when|before|until)\b)"
                           r"[A-Z][\w'’-]*\s+\S+\s+\S+\s+\S+", re.IGNORECASE)


# A line that only records a show of hands or chat reactions: ":+1: from @ana @bo", "+1 Ana, Bo", "👍 Priya",
# "Votes: 5 for, 1 against", "Vote: 4-1 in favour", "For: 6, Against: 2, Abstentions: 1".
_TALLY_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:(?::\+1:|:-1:|:thumbsup:|:thumbsdown:|\+1\b|-1\b|👍|👎)"
    r"|(?:votes?|voting|vote\s+tally|tally|show\s+of\s+hands)\s*:?\s*\d{1,3}\s*(?:for\b|in\s+favou?r\b|yes\b|[-–:]\s*\d|to\s+\d)"
    r"|(?:for|in\s+favou?r)\s*:?\s*\d{1,3}\s*[,;]\s*against\b)[^\n]{0,120}$",
    re.IGNORECASE | re.MULTILINE)
# "It was suggested to move the glossary ...", "It was suggested that the changelog be split ...", "There was a
# suggestion to drop the PDF build": put forward, not set; it is work only when the meeting agreed it.
_SUGGESTION = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:[-*•][ \t]+)?(?:it[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been)[ \t]+(?:also[ \t]+|further[ \t]+)?"
    r"suggested|there[ \t]+(?:was|were)[ \t]+(?:also[ \t]+)?(?:a[ \t]+|some[ \t]+)?suggestions?)[ \t]+(?:to|that)\b"
    r"(?:[^.!?\n]|\n(?![ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]))*(?:[.!?]+|$)",
    re.IGNORECASE | re.MULTILINE)
# What says the meeting took a suggestion up: "... This was agreed.", "Agreed.", "All agreed", "ACTION: Clerk".
_TAKEN_UP = re.compile(r"^[ \t\n]*(?:\(?action\b|(?:this|which|it)\s+was\s+(?:\w+\s+)?(?:agreed|approved|accepted|supported)"
                       r"|(?:it\s+was\s+)?(?:agreed|approved|resolved)\b|(?:all|everyone|members|the\s+(?:meeting|committee|council"
                       r"|board|group|members))\s+(?:\w+\s+)?(?:agreed|approved)\s*(?:[.;!]|$))", re.IGNORECASE)
_TAKEN_UP_WITHIN = re.compile(r"\b(?:and|which)\s+(?:this\s+|it\s+)?was\s+(?:\w+\s+)?(?:agreed|approved|accepted)\b",
                              re.IGNORECASE)
_TAKEN_UP_CHARS = 80


def _without_votes_or_suggestions(text: str) -> str:
    """A paragraph without what sets no one work: tallies and reactions on lines of their own, and
    suggestions the meeting did not take up (a suggestion the next words agree, "It was suggested to
    hire a skip. This was agreed.", stays)."""
    text = _TALLY_LINE.sub("", text)

    def dropped(found: re.Match) -> str:
        after = found.string[found.end():found.end() + _TAKEN_UP_CHARS]
        return found[0] if _TAKEN_UP.match(after) or _TAKEN_UP_WITHIN.search(found[0]) else ""
    if "uggest" in text.casefold():  # (cheaply: every suggestion says so, in any case)
        text = _SUGGESTION.sub(dropped, text)
    return "\n".join(line for line in text.split("\n") if line.strip())


# "When: 7pm on Tuesday 5 March, in the library", "Venue: the Scout hut": a field saying when or where the meeting
# was, above "Who: Ann, Bob and Carol" (who came): no task for the "Who:" line to give an owner.
_MEETING_FIELD = re.compile(r"^\s*(?:When|Where|Venue|Location|Place)\s*:", re.IGNORECASE)
_OUTCOME_LABEL = re.compile(r"^(?:outcome|decision|result)\s*:\s*(?:approved|agreed|accepted|endorsed|noted|rejected|declined"
                            r"|deferred|carried|lost)\b", re.IGNORECASE)
_CARRIED_MARKER = re.compile(r"(?P<head>\b(?:ACTIONS?|Actions?)[ \t]+\d{1,3}(?:[./-]\d{1,3})*)[ \t]*\((?:carried(?:[ \t]+"
                             r"(?:forward|over))?|c/f|b/f)\)[ \t]*(?P<sep>[:\-–—])"
                             r"(?P<task>[ \t]*[@A-Z][^:\n]{0,40}:[ \t]*[a-z][^\n.]*\.?)"
                             r"(?P<tail>[ \t]+(?:By|Due|Target)[ \t]*:[^\n]*)?")


_TABS = re.compile(r"\t+")


# "Delegated to Tom Baxter:", "Lead: Gwen Ellis", "Owner: Priya Shah" on a line of its own over a list.
_LIST_LABEL = re.compile(r"^\s*(?:(?:delegated|assigned|allocated|given)\s+to\s*:?|(?:lead|owner|responsible|responsibility"
                         r"|action\s+by|assigned\s+to)\s*:)\s*(?P<who>[^:]{2,60}?)\s*:?\s*$", re.IGNORECASE)
_LISTED_TASK_WORDS = 14
# "#1753 - Needs more discussion", "#42: flaky test": an issue or pull request reviewed by its number.
_ISSUE_ENTRY = re.compile(r"^#\d{1,6}[ \t]*(?:[-–—:]|\([^()\n]{1,40}\)[ \t]*[-–—:])[ \t]+\S")
# "- ACTION Daniel - update the price ...", "ACTION Priya Shah & Tom Baxter – order ...": an owner with no colon.
# (Each name word read possessively, whole words apart: "Action AandAand..." is no backtracking run.)
_ACTION_NAME_DASH = re.compile(r"^(?P<lead>[ \t]*(?:[-*•][ \t]+)?)(?P<word>ACTIONS?|Actions?)[ \t]+(?P<who>[A-Z][\w.'’-]*+"
                               r"(?:[ \t]+[A-Z][\w.'’-]*+)?(?:[ \t]*(?:,|/|&|and\b)[ \t]*[A-Z][\w.'’-]*+(?:[ \t]+[A-Z][\w.'’-]*+)?){0,3})"
                               r"[ \t]+[-–—][ \t]+(?=[a-z])")
# "ACTION everyone sign up to the sync tool": everyone, then the task.
_ACTION_EVERYONE = re.compile(r"^(?P<lead>[ \t]*(?:[-*•][ \t]+)?)(?P<word>ACTIONS?|Actions?)[ \t]+(?P<who>everyone|everybody)"
                              r"[ \t]+(?:[-–—][ \t]+)?(?=[a-z])")
# "Action SH", "Action CB, NT, JH", "Action ALL", "Action Clerk" on a line of its own under a minute: no colon.
_BARE_ACTION_OWNERS = re.compile(r"^[ \t]*(?:ACTIONS?|Actions?)[ \t]+(?P<who>(?:[A-Z]{2,4}|All|[A-Z][a-z]{2,14})"
                                 r"(?:[ \t]*(?:,|/|&|and)[ \t]*[A-Z][A-Za-z]{1,14}){0,5})[ \t]*\.?[ \t]*$")
def read_body(lines: list[str], skip: set[int], context: Context) -> Body:
    """Agenda items, decisions and actions (each flagged True when from a table)."""
    return _Reader(context).read(lines, skip)
