"""Every place in a set of minutes where an action could be written, with what is around it.

The document model lays every format out as lines (`Document.lines()`): a heading on a line of
its own, a list entry as "- " or its number, a table row as cells joined by tabs, paragraphs
between blank lines. Here those lines are walked once more, without reading them again: each
list entry, table row and sentence of a paragraph becomes a `Candidate`, with the heading it
sits under, what kind of section that heading opens (actions, a review of earlier actions,
decisions, attendance, other), the roles of its table's columns and where it is in the
document. `features` then says, in words any secretary's minutes share, why a candidate might
hold an action: it is what `minutes.action_model` scores.

The work is bounded: at most `MAX_CANDIDATES` candidates, each at most `MAX_CHARS` long, and
every step is linear in the lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.action_tables import OTHER, WHAT, WHEN, WHO, table_columns
from minutes.agenda import is_heading
from minutes.model import Action
from minutes.owners import Owners
from minutes.when import find_date, find_due_phrase

MAX_CANDIDATES = 3000
MAX_CHARS = 600
# Sentences of one paragraph beyond this are not candidates (a wall of text is no list of tasks).
_MAX_SENTENCES = 40
_MAX_OWNER_CHECKS = 12
# The share of an action's words a candidate holds to restate it.
_ECHO = 0.7
# A word more actions than this share is no sign of the same task.
_COMMON = 30

SENTENCE, ENTRY, ROW = "sentence", "entry", "row"
ACTIONS, REVIEW, DECISIONS, ATTENDANCE, NOTES = "actions", "review", "decisions", "attendance", "other"

_ENTRY = re.compile(r"^(?P<indent>\s*)(?:[-*+•]|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z][.)]|\([ivx]{1,4}\))\s+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\]’'\"][.!?])\s+(?=[A-Z(\"“‘'])")
_WORD = re.compile(r"[a-z0-9]+")

# What kind of section a heading opens, from the words secretaries head sections with.
_REVIEW_HEADING = re.compile(
    r"\bmatters?\s+arising\b|\b(?:previous|earlier|last|outstanding|open)\s+(?:meeting'?s?\s+)?actions?\b"
    r"|\bactions?\s+(?:log|tracker|update|review|from|arising|carried|outstanding|register)\b"
    r"|\breview\s+of\s+(?:the\s+)?actions?\b|\bprogress\s+on\s+actions?\b|\bcarried\s+forward\b",
    re.IGNORECASE)
_ACTIONS_HEADING = re.compile(r"\b(?:actions?|next\s+steps?|tasks?|to[\s-]?dos?|follow[\s-]?ups?|action\s+points?)\b",
                              re.IGNORECASE)
_DECISIONS_HEADING = re.compile(r"\b(?:decisions?|resolved|resolutions?|agreed|recommendations?)\b", re.IGNORECASE)
_ATTENDANCE_HEADING = re.compile(
    r"\b(?:present|attendance|attendees?|apologies|members|in\s+attendance|absent|officers\s+present|roll)\b",
    re.IGNORECASE)

# Link words: how minutes set someone a task ("Sam to book the hall", "the Clerk will write",
# "officers were asked to report back", "it was agreed that Sam would ...").
_TO_VERB = re.compile(r"\b[a-z]+\s+to\s+(?!be\b|the\b|a\b|an\b|date\b)[a-z]+", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|shall|would|should|must|'ll)\s+(?!be\s+(?:noted|held)\b)[a-z]+", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:be|been|was|were|is|are)\s+(?:asked|requested|invited|tasked|instructed|delegated)\s+to\b",
                    re.IGNORECASE)
_AGREED_THAT = re.compile(r"\b(?:agreed|resolved|decided)\s+(?:that\s+)?\S+(?:\s+\S+){0,4}\s+(?:would|will|should|to)\b",
                          re.IGNORECASE)
_ACTION_MARK = re.compile(r"\baction(?:s|\s+point)?\s*[:\-–—]|\baction\s+(?:by|for|on)\b|^\W*action\b", re.IGNORECASE)
_OWNER_LABEL = re.compile(r"\b(?:owner|lead|responsible|resp|by\s+whom|action\s+by|who)\s*[:\-–—]", re.IGNORECASE)
_DUE_LABEL = re.compile(r"\b(?:by|before|due|deadline|target|timescale|no\s+later\s+than|ahead\s+of)\b", re.IGNORECASE)
# A status word: an action log's progress, written by its entries ("Complete", "Ongoing", "c/f").
_STATUS = re.compile(r"\b(?:complete[d]?|closed|done|ongoing|on-going|in\s+progress|carried\s+forward|c/f|b/f"
                     r"|outstanding|open|overdue|discharged|superseded|rag|green|amber|red)\b", re.IGNORECASE)
_DONE = re.compile(r"\b(?:complete[d]?|closed|done|discharged|achieved|superseded|withdrawn)\b|[☑✓✔✅☒]|\[[xX]\]",
                   re.IGNORECASE)
# Reporting verbs: a sentence saying what was said or done, not what someone is to do.
_REPORTING = re.compile(r"\b(?:noted|reported|said|stated|explained|thanked|welcomed|confirmed|advised|informed|"
                        r"updated|presented|highlighted|commented|outlined|discussed|received|asked\s+(?:whether|if|about|why|how)"
                        r"|queried|raised|expressed|acknowledged|provided|gave|attended|was\s+held|were\s+held)\b",
                        re.IGNORECASE)
_RECORD = re.compile(r"^\W*(?:agreed|resolved|decided|decision|noted|approved|recommended)\b", re.IGNORECASE)
_PASSIVE_TASK = re.compile(r"\b(?:to\s+be|be|would\s+be|will\s+be|should\s+be)\s+(?:[a-z]+ed|sent|written|drawn|"
                           r"brought|taken|made|done|set|put|given|shown|held|kept)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we)\s*(?:'ll|will|can|shall)\b", re.IGNORECASE)
_TEAM_WORD = re.compile(r"\b(?:team|officers?|clerk|chair(?:man|person)?|secretary|manager|director|lead|group|"
                        r"service|department|council|board|committee|partnership|all\s+members|members)\b",
                        re.IGNORECASE)
_INITIALS = re.compile(r"(?<![\w'])[A-Z]{2,4}(?![\w'])")
_CAPITALISED = re.compile(r"(?<![\w'’])(?:@[\w.-]+|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)")
# Verbs that open a task as a log writes it ("Circulate the draft", "Book the hall").
_TASK_VERBS = frozenset("""
add agree amend approve arrange ask assess attend book bring brief chase check circulate clarify collate complete
confirm consider consult contact continue coordinate create share send set draft email establish explore
arrange feed find finalise follow forward gather identify include inform investigate invite issue liaise
look meet monitor note obtain organise prepare present produce progress provide publish raise reconcile record
refer remind report request research resolve respond review revise schedule scope seek speak submit
support take talk test update upload visit work write circulate develop deliver ensure engage escalate
enquire distribute compile commission convene agree advertise apply appoint audit build buy cancel""".split())
# A short line ending with a colon: a label over the lines under it.
_LABEL_LINE = re.compile(r"^[A-Z][^:.;!?]{0,60}:$")
_QUESTION = re.compile(r"\?\s*$")
_STOP = frozenset("the and to of for a an in on at by with be this that it is are was were from or as".split())


@dataclass
class Candidate:
    """One place an action could be written: a sentence, list entry or table row."""

    text: str
    kind: str
    line: int
    heading: str = ""
    section: str = NOTES
    columns: tuple[str | None, ...] = ()
    # The row's cells by role, for a table row under a header that gives them.
    cells: dict[str, str] = field(default_factory=dict)
    position: float = 0.0
    first_of_paragraph: bool = False
    # The actions the rules read here (filled by `link`).
    read: list[int] = field(default_factory=list)
    # Whether most of the words of an action read elsewhere are here too: a closing table or a
    # review restating a task already read (filled by `link`).
    echoes: bool = False
    # Which run of entries, rows or sentences it belongs to (a list, a table, a paragraph).
    block: int = 0
    # The share of the other candidates of its block, and whether any of its section, the rules read
    # as actions (filled by `link`).
    siblings_read: float = 0.0
    section_read: bool = False


def section_kind(heading: str) -> str:
    """What kind of section a heading opens, from its words."""
    if _REVIEW_HEADING.search(heading):
        return REVIEW
    if _ATTENDANCE_HEADING.search(heading) and len(heading.split()) <= 6:
        return ATTENDANCE
    if _ACTIONS_HEADING.search(heading):
        return ACTIONS
    if _DECISIONS_HEADING.search(heading):
        return DECISIONS
    return NOTES


def _is_heading_line(line: str, before_blank: bool, after_blank: bool) -> bool:
    """A heading as the document model lays one out: an agenda heading, or a short line standing
    alone between blank lines that does not end like a sentence."""
    stripped = line.strip()
    if not stripped or "\t" in stripped or len(stripped) > 90:
        return False
    if is_heading(stripped):
        return True
    return before_blank and after_blank and stripped[-1:] not in ".;,?" and len(stripped.split()) <= 10 and (
        stripped[:1].isupper() or stripped[:1].isdigit())


def split_sentences(text: str) -> list[str]:
    """A paragraph's sentences (a full stop, "!" or "?" before a capital), at most `_MAX_SENTENCES`."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if len(out) >= _MAX_SENTENCES - 1:
            break
        piece = text[start:match.start()].strip()
        # ("Cllr J. Smith", "approx. 20": an initial or a short form ends no sentence.)
        last = piece.rsplit(" ", 1)[-1]
        if len(last) <= 3 and last[:1].isupper() or last.lower() in ("approx.", "no.", "cllr.", "dr.", "st.", "e.g.", "i.e.", "etc."):
            continue
        out.append(piece)
        start = match.end()
    out.append(text[start:].strip())
    return [piece for piece in out if piece]


def find_candidates(lines: list[str], skip: set[int] = frozenset()) -> list[Candidate]:
    """The candidates of a document's lines, in reading order (lines in `skip`, the header and the
    attendance, give none but still set the section)."""
    found: list[Candidate] = []
    total = max(len(lines), 1)
    heading, section, main_section = "", NOTES, NOTES
    columns: tuple[str | None, ...] = ()
    paragraph: list[str] = []
    paragraph_start = 0
    entry: list[str] = []
    entry_start = 0
    entry_indent = 0

    block, last_kind = 0, ""

    def add(text: str, kind: str, line: int, **extra) -> None:
        nonlocal block, last_kind
        text = " ".join(text.split())[:MAX_CHARS]
        if len(found) < MAX_CANDIDATES and len(_WORD.findall(text.lower())) >= 2:
            if kind != last_kind:
                block, last_kind = block + 1, kind
            found.append(Candidate(text, kind, line, heading, section, columns, position=line / total, block=block,
                                   **extra))

    def new_block() -> None:
        nonlocal last_kind
        last_kind = ""

    def close_paragraph() -> None:
        nonlocal paragraph
        if paragraph:
            for number, sentence in enumerate(split_sentences(" ".join(paragraph))):
                add(sentence, SENTENCE, paragraph_start, first_of_paragraph=number == 0)
            new_block()
        paragraph = []

    def close_entry() -> None:
        nonlocal entry
        if entry:
            add(" ".join(entry), ENTRY, entry_start)
        entry = []

    for index, line in enumerate(lines):
        if len(found) >= MAX_CANDIDATES:
            break
        stripped = line.strip()
        if not stripped:
            close_paragraph()
            close_entry()
            new_block()
            columns = ()
            continue
        before_blank = index == 0 or not lines[index - 1].strip()
        after_blank = index + 1 >= len(lines) or not lines[index + 1].strip()
        if "\t" in stripped:
            close_paragraph()
            close_entry()
            roles = table_columns(line)
            if roles:
                new_block()
                columns = tuple(roles)
                if not heading:
                    section = ACTIONS if WHAT in roles or WHO in roles else section
                continue
            if index in skip:
                continue
            cells = line.split("\t")
            by_role: dict[str, str] = {}
            for role, cell in zip(columns, cells):
                if role and cell.strip():
                    by_role[role] = (by_role.get(role, "") + " " + cell.strip()).strip()
            add(" | ".join(cell.strip() for cell in cells if cell.strip()), ROW, index, cells=by_role)
            continue
        if _is_heading_line(line, before_blank, after_blank) and not _ENTRY.match(line) or (
                is_heading(stripped) and before_blank):
            close_paragraph()
            close_entry()
            new_block()
            heading = stripped[:120]
            section = main_section = section_kind(heading)
            columns = ()
            continue
        if _LABEL_LINE.match(stripped):
            # "Matters arising:", "Actions agreed:": a label heading the lines under it, within its section.
            close_paragraph()
            close_entry()
            new_block()
            kind = section_kind(stripped)
            heading = f"{heading} / {stripped}"[:160] if heading else stripped
            section = kind if kind != NOTES else main_section
            continue
        if index in skip:
            continue
        marker = _ENTRY.match(line)
        if marker:
            close_paragraph()
            close_entry()
            entry, entry_start, entry_indent = [line[marker.end():]], index, len(marker["indent"])
            continue
        if entry and len(line) - len(line.lstrip()) > entry_indent:
            entry.append(stripped)  # an entry's words carried on to the next line, set in under it
            continue
        close_entry()
        if not paragraph:
            paragraph_start = index
        paragraph.append(stripped)
    close_paragraph()
    close_entry()
    return found


def words(text: str) -> set[str]:
    """The words of a text that carry meaning (plurals folded), as candidates and actions are compared."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in _WORD.findall(text.lower()) if w not in _STOP}


def shares(what: str, index: dict[str, list[int]]) -> dict[int, float]:
    """The share of an action's words each candidate holds, for the candidates holding any: found
    through `index` (word to candidates), so the cost is the candidates sharing a word, not all."""
    own = words(what)
    shared: dict[int, int] = {}
    for word in own:
        for number in index.get(word, ()):
            shared[number] = shared.get(number, 0) + 1
    return {number: count / len(own) for number, count in shared.items()}


def best_candidate(what: str, candidates: list[Candidate], index: dict[str, list[int]],
                   least: float = 0.6, found: dict[int, float] | None = None) -> int | None:
    """The candidate an action's words come from: the one holding the largest share of them (at
    least `least`), the shorter of equals."""
    best, best_key = None, None
    for number, share in (shares(what, index) if found is None else found).items():
        if share < least:
            continue
        key = (share, -len(candidates[number].text))
        if best_key is None or key > best_key:
            best, best_key = number, key
    return best


def word_index(candidates: list[Candidate]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for number, candidate in enumerate(candidates):
        for word in words(candidate.text):
            index.setdefault(word, []).append(number)
    return index


def link(candidates: list[Candidate], actions: list[Action] | tuple[Action, ...],
         index: dict[str, list[int]]) -> list[int | None]:
    """Each read action's candidate (None where its words are not any one candidate's), and each
    candidate's `read` list filled with the actions read there."""
    found = []
    for number, action in enumerate(actions):
        shared = shares(action.what, index)
        where = best_candidate(action.what, candidates, index, found=shared)
        if where is not None:
            candidates[where].read.append(number)
        for other, share in shared.items():
            if share >= _ECHO and other != where:
                candidates[other].echoes = True
        found.append(where)
    _around(candidates)
    return found


def _around(candidates: list[Candidate]) -> None:
    """Each candidate's share of read siblings in its block, and whether its section has a read action."""
    in_block: dict[int, list[int]] = {}
    in_section: dict[tuple[str, str], int] = {}
    for candidate in candidates:
        counted = in_block.setdefault(candidate.block, [0, 0])
        counted[0] += 1
        counted[1] += bool(candidate.read)
        key = (candidate.heading, candidate.section)
        in_section[key] = in_section.get(key, 0) + bool(candidate.read)
    for candidate in candidates:
        size, read = in_block[candidate.block]
        own = bool(candidate.read)
        candidate.siblings_read = (read - own) / (size - 1) if size > 1 else 0.0
        candidate.section_read = in_section[(candidate.heading, candidate.section)] - own > 0


def features(candidate: Candidate, owners: Owners) -> dict[str, float]:
    """Why a candidate might hold an action, each feature a way any secretary's minutes are written."""
    text = candidate.text
    lowered = text.lower()
    tokens = _WORD.findall(lowered)
    out: dict[str, float] = {}
    # Whether the current rules read an action here: the reader's years of rules, the strongest sign.
    out["read"] = float(bool(candidate.read))
    out["read_several"] = float(len(candidate.read) > 1)
    # Most of the words of an action read elsewhere: a restatement (a closing table, a review).
    out["echoes_read"] = float(candidate.echoes and not candidate.read)
    # How it is laid out: a sentence of running text, a list entry or a table row; the first
    # sentence of a paragraph (an "Action:" line's or a resolution's opening).
    out[f"kind={candidate.kind}"] = 1.0
    out["first_sentence"] = float(candidate.first_of_paragraph)
    # The section it sits in, by its heading's words: under "Actions" most entries are tasks; under
    # "Matters arising" they review earlier ones; under "Present" they are people.
    out[f"section={candidate.section}"] = 1.0
    out[f"section_kind={candidate.section}:{candidate.kind}"] = 1.0
    heading = candidate.heading.lower()
    for word in ("action", "agreed", "resolved", "noted", "update", "discussion", "report", "any other business"):
        if word in heading:
            out[f"heading:{word}"] = 1.0
    out["read_in_section"] = out["read"] * (candidate.section != NOTES)
    # Its neighbours: most entries of a list or rows of a table the rules read as actions (a list of
    # tasks is tasks throughout); no sibling read; another action read in the same section.
    out["siblings_mostly_read"] = float(candidate.siblings_read >= 0.5)
    out["siblings_some_read"] = float(0 < candidate.siblings_read < 0.5)
    out["section_has_read"] = float(candidate.section_read)
    # A table's columns: a row of a table with a task column, an owner's column, a date's, a status.
    if candidate.kind == ROW:
        roles = set(candidate.columns)
        out["table_what"] = float(WHAT in roles)
        out["table_who"] = float(WHO in roles or any(role and role.startswith(WHO) for role in roles))
        out["table_when"] = float(WHEN in roles)
        out["table_status"] = float(OTHER in roles)
        out["table_no_header"] = float(not candidate.columns)
        out["row_who_filled"] = float(bool(candidate.cells.get(WHO)))
        out["row_what_filled"] = float(bool(candidate.cells.get(WHAT)))
        # A row whose cells, whatever its header, give an owner and a date: an action log's shape.
        cells = [cell.strip() for cell in text.split(" | ")][1:8]
        out["cell_owner"] = float(any(len(cell.split()) <= 4 and owners.is_owner(cell, strict=True) for cell in cells))
        out["cell_date"] = float(any(len(cell.split()) <= 5 and (find_date(cell) is not None or find_due_phrase(
            cell, task=True) is not None) for cell in cells))
    # Link words that set a task.
    out["to_verb"] = float(bool(_TO_VERB.search(text)))
    out["will"] = float(bool(_WILL.search(text)))
    out["asked_to"] = float(bool(_ASKED.search(text)))
    out["agreed_that"] = float(bool(_AGREED_THAT.search(text)))
    out["action_marker"] = float(bool(_ACTION_MARK.search(text)))
    out["owner_label"] = float(bool(_OWNER_LABEL.search(text)))
    out["passive_task"] = float(bool(_PASSIVE_TASK.search(text)))
    out["first_person"] = float(bool(_FIRST_PERSON.search(text)))
    first = tokens[0] if tokens else ""
    out["verb_first"] = float(first in _TASK_VERBS)
    out["record_first"] = float(bool(_RECORD.match(text)))
    # Who: a person the roll names (in full, by initials or by surname), a role or a team.
    named = _named_owner(text, owners)
    out["owner_known"] = float(named)
    out["initials"] = float(bool(_INITIALS.search(text)))
    out["team_word"] = float(bool(_TEAM_WORD.search(text)))
    # When: a due date or a phrase of one ("by 3 March", "before the next meeting").
    out["due_found"] = float(find_due_phrase(text, task=True) is not None)
    out["date_found"] = float(find_date(text) is not None)
    out["due_word"] = float(bool(_DUE_LABEL.search(text)))
    # Progress: a log's status word; a finished one.
    out["status_word"] = float(bool(_STATUS.search(text)))
    out["done_word"] = float(bool(_DONE.search(text)))
    # What was said or done rather than what is to be done.
    out["reporting"] = float(bool(_REPORTING.search(text)))
    out["reporting_no_link"] = out["reporting"] * (1 - max(out["to_verb"], out["will"], out["asked_to"]))
    out["question"] = float(bool(_QUESTION.search(text)))
    # Length, in words: a task is a line or two, not a page.
    count = len(tokens)
    out[f"words={_length_band(count)}"] = 1.0
    # Where in the document: the last part is where closing action summaries sit.
    out["late"] = float(candidate.position > 0.75)
    out["early"] = float(candidate.position < 0.15)
    return out


def with_block_features(candidates: list[Candidate], found: list[dict[str, float]]) -> None:
    """Features of a candidate's whole block, added to each of its features: a table most of whose
    rows give an owner's cell (an action log, whatever its header says), and none of whose rows the
    rules read (a log the layout rules did not recognise)."""
    rows: dict[int, list[int]] = {}
    for number, candidate in enumerate(candidates):
        if candidate.kind == ROW:
            rows.setdefault(candidate.block, []).append(number)
    for members in rows.values():
        if len(members) < 2:
            continue
        owned = sum(found[number].get("cell_owner", 0.0) for number in members) / len(members)
        dated = sum(found[number].get("cell_date", 0.0) for number in members) / len(members)
        unread = not any(candidates[number].read for number in members)
        for number in members:
            found[number]["log_owned"] = float(owned >= 0.5)
            found[number]["log_dated"] = float(dated >= 0.5)
            found[number]["log_owned_unread"] = float(owned >= 0.5 and unread)


def twins(actions) -> list[bool]:
    """For each action, whether another action read from the document holds most (0.7) of its words:
    the same task read twice, in two wordings (a word many actions share is not looked through)."""
    own = [words(action.what) for action in actions]
    index: dict[str, list[int]] = {}
    for number, found in enumerate(own):
        for word in found:
            index.setdefault(word, []).append(number)
    out = []
    for number, found in enumerate(own):
        shared: dict[int, int] = {}
        for word in found:
            postings = index[word]
            if len(postings) > _COMMON:
                continue
            for other in postings:
                if other != number:
                    shared[other] = shared.get(other, 0) + 1
        out.append(bool(found) and any(count >= _ECHO * len(found) for count in shared.values()))
    return out


def action_features(action: Action, candidate: Candidate, owners: Owners, twin: bool = False) -> dict[str, float]:
    """What the rules read at a candidate, as features beside the candidate's own: an action with no
    owner or date, a fragment of the words or most of them, a plain verb first, carried, read twice."""
    what = action.what
    tokens = _WORD.findall(what.lower())
    out = {f"act:words={_length_band(len(tokens))}": 1.0}
    out["act:twin"] = float(twin)
    out["act:no_owner"] = float(not action.who)
    out["act:owner_known"] = float(bool(action.who and owners.known_person(action.who)))
    out["act:owner_team"] = float(bool(action.who and _TEAM_WORD.search(action.who)))
    out["act:no_due"] = float(action.due is None)
    out["act:due_text_only"] = float(action.due is None and bool(action.due_text))
    out["act:carried"] = float(action.carried)
    out["act:no_item"] = float(not action.item)
    out["act:verb_first"] = float(bool(tokens) and tokens[0] in _TASK_VERBS)
    out["act:colon"] = float(":" in what or ";" in what)
    own, there = words(what), words(candidate.text)
    # The share of the candidate's words the action keeps: a whole entry, or a fragment of a sentence.
    share = len(own & there) / len(there) if there else 0.0
    out["act:most_of_candidate"] = float(share >= 0.6)
    out["act:fragment"] = float(share < 0.3)
    return out


def _length_band(count: int) -> str:
    """A length in words, in bands (every feature is one or zero)."""
    return next(band for band, most in (("1-4", 4), ("5-9", 9), ("10-19", 19), ("20-39", 39), ("40+", 10**9))
                if count <= most)


def _named_owner(text: str, owners: Owners) -> bool:
    """Whether the words name someone the roll lists (by name, initials or surname): a bounded
    number of capitalised words and initials are looked up."""
    checks = 0
    for match in _CAPITALISED.finditer(text):
        checks += 1
        if checks > _MAX_OWNER_CHECKS:
            break
        if owners.known_person(match[0]):
            return True
    for match in _INITIALS.finditer(text):
        checks += 1
        if checks > 2 * _MAX_OWNER_CHECKS:
            break
        if owners.known_person(match[0]):
            return True
    return False
