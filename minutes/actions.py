"""Actions written in running text: "ACTION: HH to circulate the notes by 17 March",
"AGREED/ACTION: For the cluster to lead ...", "... Action: Clerk", and unmarked
"Sarah James to draft the plan by the next meeting" where the owner is known."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.decisions import sentences, without_heading_line
from minutes.owners import Owners
from minutes.people import looks_like_name
from minutes.vocabulary import is_role
from minutes.when import find_date, find_due_phrase

_OWNER_THEN_VERB = re.compile(
    r"^(?:for\s+)?(?P<owner>[^,;:()]{1,70}?)\s+"
    r"(?P<link>to|will|would|should|is\s+to|are\s+to|agreed\s+to|undertook\s+to|offered\s+to|volunteered\s+to"
    r"|committed\s+to)\s+"
    r"(?P<verb>[a-z][\w-]*)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_TRAILING_OWNER = re.compile(r"\s*(?:[(\[]\s*(?P<inside>[^()\[\]]{1,40})[)\]]|[-–—]\s+(?P<dash>[^-–—]{1,40}))\s*\.?$")
# "- [ ] Update the docs @jdoe": handles closing a task, without a bracket or dash.
_TRAILING_HANDLES = re.compile(r"\s+(?P<handles>@[\w.-]{2,39}(?:\s*(?:,|&|/|\band\b)\s*@[\w.-]{2,39})*)\s*\.?$")
_PASSIVE_BY = re.compile(r"^(?P<object>[A-Z]?[\w'’ -]{2,80}?)\s+(?:to\s+|will\s+)?be\s+(?P<verb>[a-z]+ed|[a-z]+en)\s+by\s+"
                         r"(?:@[\w.-]+|[A-Z][A-Za-z]{1,3})\b")
_AGENT = re.compile(r"\bby\s+(@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3})\b")
_OWNER_COLON = re.compile(r"^(?P<owner>[@A-Z][\w@.'’ /&,-]{0,40}?)\s*:\s+(?P<verb>[a-z]{2,})\b(?P<rest>.*)$")
_OWNER_DASH = re.compile(r"^(?P<owner>[^,;:()\-–—]{1,40}?)\s*(?:\s[-–—]|[–—:])\s+(?P<what>[a-zA-Z].*)$")
_LEAD_IN = re.compile(
    r"^(?:it\s+was\s+(?:also\s+|further\s+)?(?:agreed|resolved|decided)\s+that\s+"
    r"|(?:the\s+)?(?:board|group|committee|forum|partnership|panel|members)\s+(?:also\s+)?agreed\s+that\s+"
    r"|(?:the\s+)?(?:board|group|committee|forum|partnership|panel|members)\s+(?:asked|requested|invited)\s+"
    r"(?=\S.*?\bto\s+[a-z]))",
    re.IGNORECASE,
)
# What opens an entry before its owner or task: a checkbox ("- [ ]"), "Owner:", "Lead:".
_LABEL = re.compile(r"^(?:\[[ xX✓]?\]\s*)?(?:(?:action\s+)?(?:owner|lead|responsible|who)\s*:\s*)?", re.IGNORECASE)
_ASKED_THAT = re.compile(
    r"\b(?:asked|requested|required|agreed|recommended|instructed)\s+that\s+(?P<owner>(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*|(?:all\s+|relevant\s+|council\s+)?(?:officers|partners|agencies))"
    r"\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# "instructed the Chief Finance Officer to report ...", "asked CR and JH to bring ...".
_ASKED_TO = re.compile(
    r"\b(?:asked|instructed|requested|invited|directed|tasked|commissioned|mandated)\s+(?P<owner>(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|&))*)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
_ASK_WORDS = re.compile(r"asked|request|requir|agreed|recommend|instruct|invited|directed|tasked|commission|mandated")
_WAS_ASKED = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*)\s+(?:was|were|is|are)\s+"
    r"(?:asked|requested|tasked|invited)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
_MODAL_OPENING = re.compile(r"^(?:would|will|shall|should)\s+(?=[a-z])", re.IGNORECASE)
# "@ruicosta land the fix", "KS circulate the terms": a handle or initials then the plain verb.
_SHORT_SUBJECT = re.compile(r"^(?P<owner>@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3}(?:\s*(?:/|&|and)\s*[A-Z][A-Za-z]{1,3})*)\s+"
                            r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)$")
_NOT_PLAIN_VERBS = {"is", "was", "has", "had", "are", "were", "said", "asked", "noted", "reported", "and", "or",
                    "will", "would", "to", "also", "gave", "led", "took", "made", "met", "sent", "spoke"}
_REPORTING = {"said", "asked", "noted", "reported", "presented", "was", "were", "is", "are", "has", "had", "gave",
              "explained", "confirmed", "updated", "outlined", "described", "welcomed", "thanked", "agreed"}
_TITLE_WORDS = 5
_TASK_VERBS = {"write", "share", "send", "circulate", "arrange", "check", "update", "review", "provide", "draft",
               "prepare", "contact", "confirm", "book", "add", "open", "publish", "agree", "set", "organise",
               "organize", "invite", "ask", "bring", "present", "report", "find", "chase", "raise", "liaise", "email",
               "call", "meet", "discuss", "explore", "consider", "investigate", "follow", "produce", "submit", "post",
               "complete", "finalise", "finalize", "schedule", "plan", "request", "respond", "reply", "seek", "obtain",
               "compile", "collate", "merge", "fix", "land", "file", "tag", "release", "test", "run", "hold", "include"}
_WHO_WHEN_BRACKET = re.compile(
    r"\s*[(\[](?P<who>[^()\[\],:]{1,30}),\s*(?P<when>\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[A-Z][a-z]{2,8}\s+\d{1,2}(?:,?\s+\d{4})?)[)\]]\s*\.?$")
# "No objections; @tdoyle to announce it": a clause after a semicolon may name the owner first.
_SEMICOLON = re.compile(r";\s+(?=[@A-Z])")
_BODY_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the|&)){0,4}$")
_NOT_OWNER_WORDS = re.compile(r"\b(?:see|appendix|item|items|minute|paper|report|page|annex|section|agenda|part|slide)\b",
                              re.IGNORECASE)
_SHORT_OWNER = re.compile(r"^(?:@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3})$")
_LEADING_OWNER = re.compile(r"^\[(?P<owner>[^\[\]xX✓✔ ][^\[\]]{0,60})\]\s*[:\-–—]?\s*(?P<what>[a-z].*)$")
_TICKED = re.compile(r"^\[[xX✓✔]\]")
_SUBJECT_WORDS = 8
_PERSONAL_LINKS = {"will", "would", "should", "agreed to", "undertook to", "offered to", "volunteered to", "committed to"}
_ARTICLES = {"the", "a", "an", "this", "these", "our", "their", "its", "all"}
_GROUP_OPENERS = {"the", "all", "each", "every", "relevant"}
_NOT_VERBS = {"be", "the", "a", "an", "have", "has", "this", "that", "date"}


@dataclass(frozen=True)
class Task:
    """An action as read from words, before it is tied to an agenda item."""

    what: str
    who: str | None
    due_text: str | None


def read_task(text: str, owners: Owners, strict: bool) -> Task | None:
    """The task a sentence or marked item sets. `strict` is for unmarked prose: only a
    known person, role or group followed by "to <verb>" makes it a task."""
    text = _owner_date_bracket(" ".join(text.split()).strip(" ;"))
    if _TICKED.match(text):
        return None  # "- [x] submit the application": a ticked box is done, not to do
    leading = _LEADING_OWNER.match(text)
    if leading and all(owners.known_person(part) for part in re.split(r"\s*(?:,|/|&|\band\b)\s*", leading["owner"])
                       if part):
        # "[Owen, Miriam] ask two member companies ...": the owners in brackets before the task.
        due = find_due_phrase(leading["what"])
        what = _tidy_what(_without_at_end(leading["what"], due))
        return Task(what, owners.resolve(leading["owner"]), str(due.value) if due else None) if what else None
    text = _LABEL.sub("", text) if text[:1] == "[" or ":" in text[:25] else text
    labelled_who, labelled_when, text = _labelled_fields(text)
    if labelled_who and owners.is_owner(labelled_who, strict=False):
        whole = find_date(labelled_when) if labelled_when else None
        # "(due: 2026-02-26)": a labelled date is read whole.
        labelled = None if whole and not labelled_when[whole.end:].strip(" .") else (
            find_due_phrase(labelled_when) if labelled_when else None)
        what = _tidy_what(text)
        return Task(what, owners.resolve(labelled_who), str(labelled.value) if labelled else labelled_when) if what else None
    due = find_due_phrase(labelled_when or text)
    body = text if labelled_when or not due else _without(text, due.start, due.end)
    due_text = str(due.value) if due else labelled_when
    # Unmarked prose names groups loosely ("Multi agency teams to deliver projects"):
    # a group owns an unmarked task only when the task also has a date.
    owned = None if strict else _owner_then_dash(body, owners) or _trailing_person(body, owners)
    owned = owned or _owner_and_what(body, owners, strict, groups=not strict or due is not None)
    if owned:
        who, what = owned
    elif strict:
        return None
    elif subject := _subject_owner(body, owners):
        who, what = subject
    else:
        who, what = _trailing_owner(body, owners)
    what = _tidy_what(what)
    return Task(what, who, due_text) if what else None


_FIELD_LABEL = (r"(?:lead|owner|responsible|by\s+whom|who|timescale|deadline|due(?:\s+date)?|by\s+when"
                r"|target(?:\s+date)?|when)")
_FIELD = re.compile(
    rf"(?:^|(?<=[.;,])\s*|\s+[-–—]\s*|\s*[(\[])(?P<label>{_FIELD_LABEL})\s*:\s*(?P<value>[^.;()\[\]]+?)\s*"
    rf"(?:[.;)\]]|,(?=\s*{_FIELD_LABEL}\s*:)|$)",
    re.IGNORECASE,
)
_WHO_LABELS = {"lead", "owner", "responsible", "by whom", "who"}


def _labelled_fields(text: str) -> tuple[str | None, str | None, str]:
    """ "Send the report. Lead: All members. Timescale: 7 February 2025": the owner and
    date given as labelled fields inside an entry, and the entry without them."""
    who = when = None
    if ":" not in text:
        return who, when, text
    for match in reversed(list(_FIELD.finditer(text))):
        if match.start() == 0:
            continue
        label = " ".join(match["label"].lower().split())
        if label in _WHO_LABELS and who is None:
            who = match["value"].strip()
        elif label not in _WHO_LABELS and when is None:
            when = match["value"].strip()
        else:
            continue
        text = (text[: match.start()] + " " + text[match.end():]).strip()
    return who, when, text.strip(" .;")


def _subject_owner(body: str, owners: Owners) -> tuple[str, str] | None:
    """Under an action marker, "the police and the bus operator to agree ...": whoever is
    the subject of "to <verb>" owns the task, as written, even if nobody on the list is.
    A handle or initials the attendance defines may be followed by the plain verb alone
    ("AI: @ruicosta land the fix")."""
    short = _SHORT_SUBJECT.match(body)
    if short and short["verb"] not in _NOT_PLAIN_VERBS and not short["verb"].endswith("ed") and owners.is_person(
            short["owner"]):
        return owners.resolve(short["owner"]), short["verb"] + short["rest"]
    match = _OWNER_THEN_VERB.match(body)
    if not match or match["link"].lower() != "to" or match["verb"].lower() in _NOT_VERBS:
        return None
    owner = match["owner"].strip()
    words = owner.split()
    titled = all(word[:1].isupper() or word.lower() in ("and", "of", "&") for word in words)
    if len(words) > _SUBJECT_WORDS or not (titled or words[0].lower() in ("the", "all", "each")):
        return None  # "Write the letter to ...", "To expand ...": a task, not its subject
    if len(words) == 1 and not (owners.is_owner(owner, strict=True) or is_role(owner)):
        return None  # "Write to NHS England": one word before "to" is a verb unless it names someone
    return owner, match["verb"] + match["rest"]


def owner_only(text: str, owners: Owners) -> Task | None:
    """ "Clerk", "JS - 30 April 2015", "HH/SJ by next meeting": a marker naming only
    who (and perhaps when) for the text before it."""
    text = " ".join(text.split()).strip(" .;")
    due = find_due_phrase(text)
    rest = (_without(text, due.start, due.end) if due else text).strip(" ,-–—()")
    if not rest or len(rest.split()) > 6 or not owners.is_owner(rest, strict=False):
        return None
    # "Alistair Bradley to commission Working Group", "Invite the outreach team": words
    # that end in a group noun but set a task are the action itself, not its owner.
    if _sets_a_task(rest, owners) or _reads_as_sentence(rest):
        return None
    return Task("", owners.resolve(rest), str(due.value) if due else None)


def _sets_a_task(text: str, owners: Owners) -> bool:
    """Whether words read "<owner> to <verb> ..." with an owner that can act."""
    match = _OWNER_THEN_VERB.match(text)
    return bool(match) and match["verb"].lower() not in _NOT_VERBS and owners.is_owner(
        match["owner"], strict=False
    )


def _reads_as_sentence(text: str) -> bool:
    """ "Invite the outreach team": an article inside the words, after a first word
    that is not one itself, is how a task reads; a group's name never has one
    ("the business cluster", "All partners", "Community Safety Team")."""
    words = text.split()
    return len(words) > 2 and words[0].lower() not in _GROUP_OPENERS and any(
        word.lower() in _ARTICLES for word in words[1:]
    )


def last_task_sentence(text: str) -> str | None:
    """The sentence an "Action: X" marker after `text` refers to: its last one."""
    found = sentences(text)
    return found[-1] if found else None


def prose_tasks(text: str, owners: Owners) -> list[Task]:
    """Tasks set in unmarked running text, one per sentence that names its owner, and the
    clauses of an agreement or resolution that set work ("it was agreed ... and that a
    workshop be held", "the Commissioner provide a breakdown ...")."""
    found: list[Task] = []
    for whole in sentences(without_heading_line(text) if "\n" in text else text):
        # "JB to write to residents; RS to update the website": two owners, two tasks.
        for sentence in owned_clauses(whole):
            found.extend(_sentence_tasks(sentence, owners))
    return found


def _sentence_tasks(sentence: str, owners: Owners) -> list[Task]:
    """The tasks one sentence of running text sets."""
    colon = _known_owner_colon(sentence, owners)
    if colon is not None:
        return [colon]
    resolving = sentence[:1].islower() or ("that" in sentence or "THAT" in sentence) and bool(
        _AGREED_THAT.search(sentence))
    clauses = split_clauses(sentence) if resolving else [sentence]
    first = clauses[0]
    # "the Director circulate the plan by 31 January": a resolution's clause on its own line.
    task = (clause_task(first, owners) if resolving else None) or _closed_by_known_owner(first, owners) or read_task(
        first, owners, strict=True) or asked_task(first, owners)
    found = [task] if task is not None else []
    found.extend(task for clause in clauses[1:] if (task := clause_task(clause, owners)) is not None)
    return found


def owned_clauses(text: str) -> list[str]:
    """ "JB to write to residents; RS to update the website" as its two tasks."""
    return _OWNED_CLAUSE.split(text) if ";" in text else [text]


_OWNED_CLAUSE = re.compile(r";\s+(?=[@A-Z][\w.@'’-]*(?:\s+(?:and|&)\s+[@A-Z][\w.@'’-]*)?\s+(?:to|will|would)\s+[a-z])")
_AGREED_THAT = re.compile(r"\b(?:resolved|agreed|decided|asks?|agrees?|requested|instructed|recommended)\b[^.]*?\bthat\b",
                          re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"(?:[;,]\s*|\s+)and\s+that\s+|;\s+(?:and\s+)?(?=(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+)?"
                           r"(?:that\s+)?(?:the|a|an|[A-Z])\s*)", re.IGNORECASE)


def _known_owner_colon(sentence: str, owners: Owners) -> Task | None:
    """ "DS: share attendance figures by 26 February", "TA / RM: plan the week": people the
    attendance defines, a colon, and the task in lower case."""
    match = _OWNER_COLON.match(sentence)
    if not match or match["verb"] in _REPORTING or match["verb"].endswith("ed"):
        return None
    parts = [part for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", match["owner"]) if part]
    if not parts or not all(owners.known_person(part) for part in parts):
        return None
    rest = match["verb"] + match["rest"]
    due = find_due_phrase(rest)
    what = _tidy_what(_without_at_end(rest, due))
    return Task(what, owners.resolve(match["owner"]), str(due.value) if due else None) if what else None


def split_clauses(text: str) -> list[str]:
    """A resolution's clauses: "... be agreed, and that a report be added ..." is two."""
    return [clause for clause in _CLAUSE_BREAK.split(text) if clause.strip()]


def _owner_date_bracket(text: str) -> str:
    """ "Send the texts (CW, 13/03)" as "Send the texts (CW) by 13/03": who and when in one
    closing bracket, parted so each is read as it is elsewhere."""
    match = _WHO_WHEN_BRACKET.search(text) if text.endswith((")", ").", "]")) else None
    if match is None or find_due_phrase(f"by {match['when']}") is None:
        return text
    return f"{text[:match.start()].rstrip()} ({match['who'].strip()}) by {match['when'].strip()}"


def _closed_by_known_owner(sentence: str, owners: Owners) -> Task | None:
    """ "Write to the retailers about the radio scheme [SH] - by 5 Dec", "Write the migration
    guide — @pnair": a task closed by the initials or handles of people the attendance
    lists, in brackets or after a dash, owns them even without a marker. A sentence that
    reports ("SH said ... (SH)") is no task."""
    tail = sentence[-48:]
    if not any(mark in tail for mark in (")", "]", " –", " —", " - ", "@")):
        return None  # cheaply: no closing bracket or dash, no owner after the task
    text = _owner_date_bracket(" ".join(sentence.split()).strip())
    due = find_due_phrase(text)
    body = (_without(text, due.start, due.end) if due else text).rstrip(" .;,-–—")
    agents = _PASSIVE_BY.match(body)
    if agents:
        # "Advisory text to be drafted by @icarvalho and reviewed by @weizhang-dev": each agent acts.
        found = _AGENT.findall(body)
        if found and all(owners.known_person(agent) for agent in found):
            what = _tidy_what(f"{_plain_form(agents['verb'])} {agents['object'][:1].lower()}{agents['object'][1:]}")
            return Task(what, owners.resolve(", ".join(found)), str(due.value) if due else None)
    match = _TRAILING_OWNER.search(body) or _TRAILING_HANDLES.search(body)
    if not match:
        return None
    owner = (match.groupdict().get("inside") or match.groupdict().get("dash") or match["handles"]).strip()
    dated = find_due_phrase(f"by {owner}") if due is None and "," in owner else None
    if dated is not None:
        # "(CW, 13/03)": initials and a date in one bracket.
        owner = owner.replace(dated.value, "").strip(" ,;")
        due = dated
    parts = [part for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", owner) if part]
    if not parts or not all(_SHORT_OWNER.match(part) and owners.known_person(part) for part in parts):
        return None
    what = _tidy_what(body[: match.start()])
    words = what.split()
    if len(words) < 3 or any(word.lower().strip(",.") in _REPORTING for word in words[1:3]) or words[0].lower().endswith("ed"):
        return None
    if len(words) <= _TITLE_WORDS and words[0].lower() not in _TASK_VERBS:
        return None  # "Estates strategy update (MH)": an item's title and its presenter
    return Task(what, owners.resolve(owner), str(due.value) if due else None)


# What opens a clause of a resolution or agreement before the clause itself.
_CLAUSE_LEAD = re.compile(
    r"^(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+)?(?:(?:it\s+was\s+)?(?:further\s+|also\s+)?(?:resolved|agreed|decided)\s*[:,\-–]?\s*)?"
    r"(?:that\s+(?=the\s+(?:board|committee|panel|group|council|forum|partnership|members)\b))?"
    r"(?:(?:the\s+)?(?:board|committee|panel|group|council|forum|partnership|members)\s+"
    r"(?=(?:also\s+)?(?:asks?|asked|agrees?|agreed|requests?|requested|resolves?|recommends?|instructs?|directs?)\b))?"
    r"(?:(?:also\s+)?(?:asks?|asked|agrees?|agreed|requests?|requested|resolves?|recommends?|instructs?|directs?)\s+)?"
    r"(?:that\s*[:,]?\s*)?",
    re.IGNORECASE,
)
# "the Clerk place the order": a named person, role or body and the verb in its plain form.
_SUBJUNCTIVE = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|&))*)\s+"
    r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)$"
)
# "a report be brought to the next meeting": a task set without an owner.
_PASSIVE = re.compile(r"^(?P<object>(?:a|an|the|further|this|that|[a-z]+)\b.{0,120}?)\s+be\s+(?P<verb>[a-z]{3,})\b(?P<rest>.*)$",
                      re.IGNORECASE)
# Verbs a resolution uses for a view, not a task ("the Council support the scheme").
_STANCE_VERBS = {"note", "notes", "support", "welcome", "agree", "accept", "approve", "endorse", "recognise",
                 "acknowledge", "thank", "congratulate", "consider", "discuss", "receive", "be", "not", "also",
                 "request", "resolve", "recommend", "delegate", "adopt", "ratify", "remain", "continue", "have"}
# Passive verbs that record a decision ("be noted", "be approved") rather than set work.
_DECIDED = {"noted", "approved", "agreed", "accepted", "endorsed", "adopted", "received", "signed", "deferred",
            "ratified", "welcomed", "supported", "confirmed", "granted", "refused", "delegated", "authorised",
            "authorized", "appointed", "elected", "co-opted", "reappointed", "paid", "made", "ratified", "closed",
            "formally", "amended", "extended", "let", "kept", "retained", "updated", "removed", "withdrawn",
            "recommended", "taken", "minuted", "published", "excluded", "resolved", "dealt", "determined",
            "permitted", "allowed", "admitted", "readmitted", "suspended", "waived", "filed", "declared",
            "thanked", "congratulated", "recorded", "increased", "decreased", "reduced", "frozen", "fixed",
            "maintained", "continued"}
# "the Committee's views be reported to Cabinet": a referral, unless it is due by a date or meeting.
_REFERRED = {"reported", "referred", "forwarded", "passed"}
_THE_BODY = re.compile(r"^(?:board|committee|sub-?committee|panel|group|sub-?group|council|forum|partnership|members"
                       r"|meeting|network|cabinet|executive|authority|assembly)$", re.IGNORECASE)
_MODAL_END = re.compile(r"\b(?:should|would|could|must|will|may|might|can|to|not|cannot|shall|also)$", re.IGNORECASE)
_IRREGULAR = {"brought": "bring", "held": "hold", "sent": "send", "written": "write", "given": "give",
              "sought": "seek", "drawn": "draw", "undertaken": "undertake", "set": "set", "put": "put",
              "done": "do", "built": "build", "run": "run", "shown": "show", "told": "tell", "found": "find"}


def clause_task(text: str, owners: Owners, after_marker: bool = False) -> Task | None:
    """A clause of a resolution that sets work: "(b) the Clerk place the order" (a named
    owner and the verb in its plain form) or "a report be brought to the next meeting"
    (the passive, with no owner). Clauses that record a view or a decision ("the report be
    noted", "the Board notes ...") set none."""
    plain = " ".join(text.split()).strip(" ;,.")
    clause = _CLAUSE_LEAD.sub("", plain, count=1)
    # "It was agreed that a letter would be sent ...": after an agreement, "would be" sets the task.
    agreed = bool(re.search(r"\b(?:agreed|resolved|decided)\b.*\bthat\s*$", plain[: len(plain) - len(clause)], re.I))
    due = find_due_phrase(clause)
    match = _SUBJUNCTIVE.match(clause)
    if match and match["verb"] not in _STANCE_VERBS | _NOT_PLAIN_VERBS and not match["verb"].endswith(
            ("ed", "s", "ing")):
        owner = re.sub(r"^the\s+", "", match["owner"].strip(), flags=re.IGNORECASE)
        if _THE_BODY.match(owner):
            return None  # "That the Partnership contribute £500": the meeting deciding, not a task
        if owners.is_person(owner) or owners.is_owner(owner, strict=True) or is_role(owner) or (
                owners.is_owner(owner, strict=False) and len(owner.split()) <= 5):
            rest = match["verb"] + match["rest"]
            rest_due = find_due_phrase(rest)
            what = _tidy_what(_without_at_end(rest, rest_due))
            return Task(what, owners.resolve(owner), str(rest_due.value) if rest_due else None) if what else None
    passive = _PASSIVE.match(clause)
    if passive and _MODAL_END.search(passive["object"]):
        # "the classes should be expanded": a view, not a resolution's clause; beside an owner's
        # marker, "a recovery trajectory will be brought to the April committee" is the task.
        if not (after_marker or agreed) or not re.search(r"\b(?:will|would|to|should)$", passive["object"]):
            passive = None
        else:
            passive = _PASSIVE.match(re.sub(r"\s+(?:will|would|to|should)\s+be\s+", " be ", clause, count=1))
    if passive and passive["verb"] not in _DECIDED and (passive["verb"].endswith("ed") or passive["verb"] in _IRREGULAR):
        subject = passive["object"]
        if subject[:1].isupper() and not re.match(r"^(?:A|An|The)\b", subject):
            return None  # "Councillor Smith be appointed": a decision about a person
        verb = _plain_form(passive["verb"])
        rest = passive["rest"]
        rest_due = find_due_phrase(rest)
        if passive["verb"] in _REFERRED and rest_due is None:
            return None
        rest = _without_at_end(rest, rest_due)
        what = _tidy_what(f"{verb} {subject[:1].lower()}{subject[1:]} {rest}")
        return Task(what, None, str(rest_due.value) if rest_due else (str(due.value) if due else None))
    return None


def _without_at_end(text: str, due) -> str:
    """The task without its date when the date closes it ("... by 31 January"); a date inside
    ("to the next meeting of the Panel") is part of what is to be done."""
    if due is None:
        return text
    if text[due.end:].strip(" .;,"):
        return text
    return _without(text, due.start, due.end)


def _plain_form(participle: str) -> str:
    """ "brought" -> "bring", "circulated" -> "circulate", "submitted" -> "submit"."""
    word = participle.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    stem = word[:-2] if word.endswith("ed") else word
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsaeiou":
        return stem[:-1]  # "submitted"
    if stem.endswith("i"):
        return stem[:-1] + "y"  # "carried"
    if re.search(r"(?:[^aeiou][aeiou][ctvdzgs]|at|ar|ur|ul|ir|iv|uc|ang|ng|rg|rs|ls|ns|ps|bl|pl|tl|dl|gl|cl|eas|ais|as)$", stem) and not re.search(
            r"(?:ct|nd|nt|rt|st|ld|rd|ow|ew|aw|ss|ght|sh|ch|ck)$", stem):
        return stem + "e"
    return stem


def asked_task(sentence: str, owners: Owners) -> Task | None:
    """ "The Board asked that Healthwatch share its survey by May": a request to a named
    person, role or body, with the verb in its plain form."""
    if not _ASK_WORDS.search(sentence):
        return None  # cheaply: no word that asks anyone for anything
    match = _ASKED_THAT.search(sentence) or _WAS_ASKED.search(sentence) or _ASKED_TO.search(sentence)
    if not match or match["verb"].lower() in _NOT_VERBS or match["verb"].lower().endswith(("ed", "ing")):
        return None
    owner = re.sub(r"^the\s+", "", match["owner"].strip(), flags=re.IGNORECASE)
    if not (owners.is_person(owner) or owners.is_owner(owner, strict=True) or is_role(owner)
            or (owner[:1].isupper() and owners.is_owner(owner, strict=False))):
        return None
    rest = match["verb"] + match["rest"]
    due = find_due_phrase(rest)
    what = _tidy_what(_without(rest, due.start, due.end) if due else rest)
    return Task(what, owners.resolve(owner), str(due.value) if due else None) if what else None


def _owner_and_what(body: str, owners: Owners, strict: bool, groups: bool) -> tuple[str, str] | None:
    # "That resilience was a collective endeavour. For the cluster to lead ...": the
    # owner may open a later sentence; the action is from there on.
    for sentence in _sentence_starts(body):
        match = _OWNER_THEN_VERB.match(sentence)
        if not match or match["verb"].lower() in _NOT_VERBS:
            continue
        owner, link = match["owner"].strip(), " ".join(match["link"].lower().split())
        if not owners.is_owner(owner, strict):
            continue
        if strict and (link in _PERSONAL_LINKS or not groups) and not owners.is_person(owner):
            continue
        return owners.resolve(owner), match["verb"] + match["rest"]
    return None


def _owner_then_dash(body: str, owners: Owners) -> tuple[str, str] | None:
    """ "JB – circulate the funding bulletin", "All: send comments": a marked item that
    names its owner first and the task after a dash or colon."""
    match = _OWNER_DASH.match(body)
    if not match or not owners.is_owner(match["owner"], strict=False):
        return None
    return owners.resolve(match["owner"]), match["what"]


def _sentence_starts(body: str) -> list[str]:
    """Each sentence with those after it, its lead-in ("It was agreed that") dropped:
    "It was agreed that SP would circulate the results" sets SP a task."""
    parts = [piece for part in sentences(body) for piece in _SEMICOLON.split(part)]
    return [_LEAD_IN.sub("", " ".join(parts[index:])) for index in range(len(parts))]


def _trailing_person(body: str, owners: Owners) -> tuple[str, str] | None:
    """ "Invite the University to present its offer – Sam Bright": a known person named
    after the task owns it, whatever its opening words look like."""
    who, what = _trailing_owner(body, owners)
    return (who, what) if who and (owners.is_person(who) or looks_like_name(who)) and what.strip() else None


def _trailing_owner(body: str, owners: Owners) -> tuple[str | None, str]:
    match = _TRAILING_OWNER.search(body) or _TRAILING_HANDLES.search(body)
    if match:
        owner = (match.groupdict().get("inside") or match.groupdict().get("dash") or match["handles"]).strip()
        owner = re.sub(r"^(?:action\s*:?|owner\s*:?|lead\s*:?)\s*", "", owner, flags=re.IGNORECASE)
        if owners.is_owner(owner, strict=False) or match.groupdict().get("inside") and _BODY_NAME.match(owner) and (
                not _NOT_OWNER_WORDS.search(owner)):
            # "(An Garda Síochána)", "(Roads Department)": a body named in capitals after the task.
            return owners.resolve(owner), body[: match.start()]
    return None, body


def _without(text: str, start: int, end: int) -> str:
    return f"{text[:start].rstrip()} {text[end:].lstrip()}".strip()


def _tidy_what(what: str) -> str:
    what = re.sub(r"\s*(?:\(\s*\)|\[\s*\])", "", what)  # "(due 2025-05-16)" once its date is taken out
    # "... to be brought back (Action: Clerk)": the bracket that held the marker goes too.
    what = " ".join(what.split()).strip(" ,;:-–—").rstrip(" ([")
    # "[Action – RD: set up the clinics]": the bracket that held the marker closes after the task.
    while what and what[-1] in ")]" and what.count(what[-1]) > what.count("(" if what[-1] == ")" else "["):
        what = what[:-1].rstrip(" ,;:-–—")
    what = re.sub(r"\s+([.,;:])", r"\1", what).rstrip(".").strip()
    # "... agreed that MH and AR would meet the landlord": the task is "Meet the landlord".
    what = _MODAL_OPENING.sub("", what)
    return what[:1].upper() + what[1:]
