"""Actions written as a line or an entry with their owner: "ACTION: HH to circulate the notes by 17 March",
"AGREED/ACTION: For the cluster to lead ...", "... Action: Clerk", and unmarked "Sarah James to draft the
plan by the next meeting" where the owner is known. A clause of a decision that sets work is read in
minutes/clause_tasks.py; undertakings said in running text, a sentence at a time, in minutes/prose_tasks.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.decisions import sentences
from minutes.owners import Owners
from minutes.people import NOT_NAME_WORDS, is_organisation, looks_like_name
from minutes.vocabulary import is_role, may_hold_any
from minutes.when import find_date, find_due_phrase
from minutes.wording import (CHAIN_VERBS, is_destination, shouted, spoken, tidy_what, without_at_end, without_due,
                             without_span)

# The ways minutes tie an owner to a task: "X to ...", "X will ...", "X has agreed to ...", "X kindly
# offered to ...", "X needs to ...", "X took an action to ...", "X said she would ...".
_OWNER_THEN_VERB = re.compile(
    # ("Action agreed for Children's Services to map ...": the record's words before who acts.)
    # ("Agreed the Secretary would book the quizmaster": the record's word, then who acts.)
    r"^(?:for\s+|action\s+for\s+|(?:(?:an?\s+)?actions?\s+)?(?:was\s+)?agreed\s+for\s+"
    r"|(?:it\s+was\s+)?agreed\s+(?:that\s+)?(?=the\s+(?-i:[A-Z])))?(?P<owner>[^,;:()]{1,70}?)\s+"
    r"(?P<link>to|will|would|should|is\s+to|are\s+to|needs?\s+to"
    r"|(?:(?:has|have|had)\s+)?(?:kindly\s+)?(?:agreed|undertaken|undertook|offered|volunteered|committed)\s+to"
    r"|(?:took|has|had|was\s+given|were\s+given)\s+(?:an|the)\s+action\s+to"
    r"|(?:confirmed|agreed|undertook|promised|indicated|said|stated|advised)\s+(?:that\s+)?(?:she|he|they)\s+(?:would|will))\s+"
    r"(?P<verb>[a-z][\w-]*)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
TRAILING_OWNER = re.compile(r"\s*(?:[(\[]\s*(?P<inside>[^()\[\]]{1,40})[)\]]|[-–—]\s+(?P<dash>[^-–—]{1,40}))\s*\.?$")
# "- [ ] Update the docs @jdoe": handles closing a task, without a bracket or dash.
TRAILING_HANDLES = re.compile(r"\s+(?P<handles>@[\w.-]{2,39}(?:\s*(?:,|&|/|\band\b)\s*@[\w.-]{2,39})*)\s*\.?$")
# "Adam -> Luke: book the quiz night", "Elspeth → Hana: order clocks": a task handed on from one
# owner to another (hackspaces' and student societies' notes); the one after the arrow holds it.
_HANDED_ON_FROM = r"@?[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?[ \t]*(?:->|→|=>|⇒)[ \t]*(?=@?[A-Z])"
_HANDED_ON = re.compile("^" + _HANDED_ON_FROM)
OWNER_COLON = re.compile(r"^(?:" + _HANDED_ON_FROM + r")?(?P<owner>[@A-Z][\w@.'’ /&,-]{0,40}?)\s*:\s+(?P<verb>[a-z]{2,})\b(?P<rest>.*)$")
# (A hyphen inside a word, "@seun-a", "Morgan-Iles", is part of the owner's name.)
_OWNER_DASH = re.compile(r"^(?P<owner>(?:[^,;:()\-–—]|(?<=\w)-(?=\w)){1,40}?)\s*(?:\s[-–—]|[–—:])\s+(?P<what>[a-zA-Z].*)$")
_LEAD_IN = re.compile(
    # "Following discussion, the Chair agreed to write ...": how the minute came to it is no part of the task.
    r"^(?:(?:following|after)\s+(?:a\s+|some\s+|further\s+|brief\s+)?discussion,?\s+|in\s+(?:response|reply)(?:\s+to\s+[^,]{2,40})?,?\s+)?"
    # ("It was agreed Raj Patel would contact ...": "that" may be left out before a name and its verb.)
    r"(?:it\s+was\s+(?:also\s+|further\s+)?(?:agreed|resolved|decided)\s+(?:that\s+)?"
    r"(?=(?:that\s+)?[A-Z@][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:would|will|to)\s)"
    r"|it\s+was\s+(?:also\s+|further\s+)?(?:agreed|resolved|decided)\s+that\s+"
    r"|(?:the\s+)?(?:board|group|committee|forum|partnership|panel|members)\s+(?:also\s+)?agreed\s+that\s+"
    r"|(?:the\s+)?(?:board|group|committee|forum|partnership|panel|members)\s+(?:asked|requested|invited)\s+"
    r"(?=\S.*?\bto\s+[a-z])"
    # "(iii) to note that the Auditor would meet the Chair ...": noting who will do what records their task.
    r"|(?:(?:the\s+)?(?:board|group|committee|forum|partnership|panel|members|council)\s+)?(?:to\s+)?(?:also\s+)?"
    r"not(?:e|es|ed)\s+that\s+(?=\S.*?\b(?:would|will)\s+[a-z]))?",
    re.IGNORECASE,
)
# What opens an entry before its owner or task: a checkbox ("- [ ]"), "Owner:", "Lead:".
# (A record's own word before the task is a label too: "AGREED: publish the summary ...".)
_LABEL = re.compile(r"^(?:\[[ xX✓]?\]\s*|[☐□❑]\s*)?(?:(?:action\s+)?(?:owner|lead|responsible|who)\s*:\s*"
                    r"|(?:agreed|resolved|decided|decision)\s*:\s*)?", re.IGNORECASE)
# "@ruicosta land the fix", "KS circulate the terms": a handle or initials then the plain verb.
_SHORT_SUBJECT = re.compile(r"^(?P<owner>@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3}(?:\s*(?:/|&|and)\s*[A-Z][A-Za-z]{1,3})*)\s+"
                            r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)$")
# "Graham Farley give the panel access ...", "Teresa Kowalczyk and Connor Blaney carry out ...": a task
# list's entries (Confluence, Loop, Notion) name the people the attendance lists, then the plain verb.
# ("@Marcus Bell merge ...", "@Ann Lee @Ravi Shah revise ...": note-taking tools mention people by full name.)
_NAMED_SUBJECT = re.compile(r"^(?P<owner>@?[A-Z][\w'’.-]*(?:(?:\s+@?|\s*,\s*@?|\s+(?:and|&)\s+@?)[A-Z][\w'’.-]*){1,7})\s+"
                            r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)$")
NOT_PLAIN_VERBS = {"is", "was", "has", "had", "are", "were", "said", "asked", "noted", "reported", "and", "or",
                   "will", "would", "to", "also", "gave", "led", "took", "made", "met", "sent", "spoke", "should", "must",
                   "may", "might", "can", "could", "shall"}
_WHO_WHEN_BRACKET = re.compile(
    r"\s*[(\[](?P<who>[^()\[\],:]{1,30}),\s*(?P<when>\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?|[A-Z][a-z]{2,8}\s+\d{1,2}(?:,?\s+\d{4})?)[)\]]\s*\.?$")
_TARGET = re.compile(r"(?:[;,]\s*+|\s*+\(\s*+|\s++[-–—]\s++)target(?:\s+date)?\s*:?\s+(?P<when>[^();,\[\]]{3,30}?)\s*\)?\s*\.?$",
                     re.IGNORECASE)
# "[Secretariat, Q1 2026]", "[Dr Asante, by the end of January]": who, a comma, then when in words.
_WHO_COMMA_WHEN_BRACKET = re.compile(
    r"\s*+[(\[](?P<who>[A-Z@][^()\[\],:;]{0,40}?),\s*(?P<when>[^()\[\],;]{2,40})[)\]]\s*\.?$")
# "(Hanne — this week)", "(Freya – end of March)": a name, a dash, then when in words.
_WHO_DASH_WHEN_BRACKET = re.compile(
    r"\s*[(\[](?P<who>[A-Z@][^()\[\],:;–—]{0,30}?)\s+[–—-]\s+(?P<when>[^()\[\]–—]{2,30})[)\]]\s*\.?$")
# "No objections; @tdoyle to announce it": a clause after a semicolon may name the owner first.
_SEMICOLON = re.compile(r";\s+(?=[@A-Z]|the\s+[A-Z])")
_BODY_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the|&)){0,4}$")
_NOT_OWNER_WORDS = re.compile(r"\b(?:see|appendix|item|items|minute|paper|report|page|annex|section|agenda|part|slide)\b",
                              re.IGNORECASE)
SHORT_OWNER = re.compile(r"^(?:@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3})$")
_LEADING_OWNER = re.compile(r"^\[(?P<owner>[^\[\]xX✓✔ ][^\[\]]{0,60})\]\s*[:\-–—]?\s*(?P<what>(?:[a-z]|I\b|\().*)$")
# "[x]", and the ticked boxes word processors export ("☑", "☒", "✅"): done, not to do.
_JOINED_SPEAKERS = re.compile(r"^\[([^\[\]]{1,40})\]\s*(?:\+|&|and|,)\s*\[([^\[\]]{1,40})\]")
_SPEAKER_TASK = re.compile(r"^(?:\([^()]{0,60}\)\s*)?(?:will|to|shall|I\s+will|I['’]ll|we\s+will|we['’]ll)\s+"
                           r"(?P<what>[a-z].*)$")
_TICKED = re.compile(r"^(?:\[[xX✓✔]\]|[☑☒✅✔✓])")
_SUBJECT_WORDS = 8
LINK_WORD = re.compile(r"\s(?:to|will|would|should)\s", re.IGNORECASE)
# The letters of those words anywhere: words without them, however a date is cut out of them, hold no link word.
_LINK_LETTERS = ("to", "will", "would", "should")


# Links only a person (or a role one holds) can take; "X to ..." and "X is to ..." may name a group.
_GROUP_LINKS = {"to", "is to", "are to"}
_ARTICLES = {"the", "a", "an", "this", "these", "our", "their", "its", "all"}
_GROUP_OPENERS = {"the", "all", "each", "every", "relevant"}
# "James would like to suggest ...", "the panel would prefer ...": a wish, not an undertaking.
NOT_VERBS = {"be", "the", "a", "an", "have", "has", "this", "that", "date", "like", "prefer", "love", "want", "wish", "hope",
             "welcome", "appreciate",
             "rather"}


@dataclass(frozen=True)
class Task:
    """An action as read from words, before it is tied to an agenda item."""

    what: str
    who: str | None
    due_text: str | None


# When a task is due, in words, after a dash closing it: "— before code freeze", "— next sync", "— April board meeting".
_WHEN_TAIL = re.compile(r"\s[–—-]\s+(?P<when>(?:by|before|after|next|within|end|today|tomorrow|this|asap|mid|early|late|from"
                        r"|w/c|ahead\s+of)\b[^–—]{0,40}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+"
                        r"(?:board|meeting|sync|call|committee)\b[^–—]{0,20})\s*\.?$", re.IGNORECASE)
_CARRIED_TAIL = re.compile(r"(?<=[)\]])\s+[-–—]\s+(?:carried|brought|rolled)(?:\s+(?:forward|over))?"
                           r"(?:\s+from\s+[\w ]{1,30}?)?\s*\.?$", re.IGNORECASE)
# "Carried from January:", "Carried forward:" opening an action's words: a note that carries it.
CARRIED_OPENING = re.compile(r"^(?:carried|brought)(?:\s+(?:forward|over))?(?:\s+from\s+[\w ]{1,30}?)?\s*:\s*(?=\S)",
                             re.IGNORECASE)


# The word joining a shouted task's owner to the task, within its first characters.
_SHOUTED_LINK = re.compile(r"\s(?:TO|WILL|SHALL)\s")
_SHOUTED_OWNER_CHARS = 60


def read_task(text: str, owners: Owners, strict: bool, marked: bool | None = None) -> Task | None:
    """The task a sentence or marked item sets. `strict` is for unmarked prose: only a
    known person, role or group followed by "to <verb>" makes it a task. `marked` (by
    default, not `strict`) says the words are known to be a task, so a closing month is its date."""
    text = owner_date_bracket(" ".join(text.split()).strip(" ;"))
    if shouted(text) and (link := _SHOUTED_LINK.search(text, 0, _SHOUTED_OWNER_CHARS)):
        # "CLLR PATEL TO ORDER THE BENCH": a task shouted in capitals is read, and worded, as if written
        # "Cllr Patel to order the bench".
        text = spoken(text, link.start())
    opening = CARRIED_OPENING.match(text)
    if opening and len(text) > opening.end():
        # "Carried from February: Yuki Ono — nominations committee recommendation": the note opens the
        # entry; the entry is read without it and carried as "(carried forward)" beside it carries one.
        task = read_task(text[opening.end():], owners, strict, marked)
        return Task(f"{task.what} (carried forward)", task.who, task.due_text) if task and task.what else task
    carried_tail = _CARRIED_TAIL.search(text) if text[-1:] not in ")]" and ")" in text else None
    bracket = TRAILING_OWNER.search(text[: carried_tail.start()]) if carried_tail else None
    if bracket and bracket["inside"] and owners.is_owner(bracket["inside"], strict=False):
        # "Get legal sign-off (@sofia-lind) - carried from February": the note after the owner's bracket
        # carries the entry; the entry is read without it, the owner's bracket closing it.
        task = read_task(text[: carried_tail.start()], owners, strict, marked)
        return Task(f"{task.what} (carried forward)", task.who, task.due_text) if task and task.what else task
    if len(text) < 20 and _OUTCOME.match(text.strip(" .!")):
        return None  # "Action: AGREED": the outcome, not a task
    if _TICKED.match(text):
        return None  # "- [x] submit the application": a ticked box is done, not to do
    leading = _LEADING_OWNER.match(_JOINED_SPEAKERS.sub(r"[\1, \2]", text) if text[:1] == "[" else text)
    if leading is None and text[:1] == "[" and (tagged := _initials_tag(text, owners)):
        return tagged
    speaking = _SPEAKER_TASK.match(leading["what"]) if leading else None
    # "[pavel] works on a translation team": a verb in the "-s" form or the past reports, sets nothing.
    reports = bool(leading) and not speaking and bool(re.match(r"[a-z]+(?<!s)s\b|[a-z]+ed\b", leading["what"]))
    if leading and not reports and (speaking or all(owners.known_person(part) for part in re.split(
            r"\s*(?:,|/|&|\band\b)\s*", leading["owner"]) if part)):
        # "[Owen, Miriam] ask two member companies ...": the owners in brackets before the task.
        # "[pavel] I'll ask the meetup group ...", "[ada] to write up ...": notes that tag each
        # line with its speaker give the speaker's own undertaking, whoever the tag names.
        task_words = speaking["what"] if speaking else leading["what"]
        due = find_due_phrase(task_words)
        what = tidy_what(without_at_end(task_words, due))
        return Task(what, owners.resolve(leading["owner"]), str(due.value) if due else None) if what else None
    fields_first = _FIELDS_FIRST.match(text) if ":" in text[:25] else None
    if fields_first and owners.is_owner(fields_first["who"], strict=False):
        # "Action - who: HR, when: on receipt of the letter - arrange publication": the labelled
        # owner and date before the task.
        when = fields_first["when"]
        due = find_due_phrase(when)
        what = tidy_what(fields_first["what"])
        return Task(what, owners.resolve(fields_first["who"]), str(due.value) if due else when) if what else None
    text = _LABEL.sub("", text) if text[:1] in "[☐□❑" or ":" in text[:25] else text
    labelled_who, labelled_when, text = _labelled_fields(text)
    if labelled_who and (owners.is_owner(labelled_who, strict=False) or _ALL_OF.match(labelled_who)):
        whole = find_date(labelled_when) if labelled_when else None
        # "(due: 2026-02-26)": a labelled date is read whole.
        labelled = None if whole and not labelled_when[whole.end:].strip(" .") else (
            find_due_phrase(labelled_when) if labelled_when else None)
        if labelled_when is None and (closing := find_due_phrase(text)) is not None:
            # "Review the cases – Lead: TH – by 19/05/26": the date after the labelled owner.
            labelled, text = closing, without_at_end(text, closing)
        what = tidy_what(text)
        return Task(what, owners.resolve(labelled_who), str(labelled.value) if labelled else labelled_when) if what else None
    if strict and not may_hold_any(text, _LINK_LETTERS):
        return None  # cheaply: unmarked prose with no link word for an owner (see `owner_and_what`) sets no task
    due = find_due_phrase(labelled_when or text, task=not strict if marked is None else marked)
    body = text if labelled_when or not due or is_destination(text, due) else without_due(text, due)
    due_text = str(due.value) if due else labelled_when
    if not strict and " please " in body[:60]:
        # "Action: Everybody please look over the charter": a marked task asked of its owner politely.
        body = _PLEASE.sub(r"\g<who> to ", body, count=1)
    # Unmarked prose names groups loosely ("Multi agency teams to deliver projects"):
    # a group owns an unmarked task only when the task also has a date.
    owned = None if strict else (_first_name_verb(body, owners) or _owner_then_dash(body, owners) or _trailing_person(body, owners)
                                 or _named_will(body, owners))
    owned = owned or owner_and_what(body, owners, strict, groups=not strict or due is not None)
    if owned:
        who, what = owned
    elif strict:
        return None
    elif subject := _subject_owner(body, owners):
        who, what = subject
    else:
        who, what = _trailing_owner(body, owners, initials=True)
    tail = _WHEN_TAIL.search(what) if who and (" –" in what or " —" in what or " - " in what) else None
    if tail and tail.start() > 0:
        # "Matteo: find an owning SIG — before code freeze", "Ruth — draft the proposal — April board
        # meeting": after the owner's task, a dash and when it is due, in words.
        what, due_text = what[: tail.start()], due_text or tail["when"].strip(" .")
    what = tidy_what(what)
    return Task(what, who, due_text) if what else None


# "[RT]   Draft the landing page", "[MS, DC] Share the whitepaper": roll initials in square brackets, then
# the task as an instruction with its capital (a steering group's action list under "Actions").
_INITIALS_TAG = re.compile(r"^\[(?P<owner>[A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4}){0,4})\]\s*[:\-–—]?\s*(?P<what>[A-Z][a-z].*)$")


def _initials_tag(text: str, owners: Owners) -> Task | None:
    """ "[RT]   Draft a new landing page.": the owner's initials, as the roll defines them ("- [RT] Rosa
    Tamblyn"), tag the entry, and an instruction follows. Initials the roll does not define ("[TBD]",
    "[WIP]") tag nothing, nor does a tag before words that are no instruction ("[RT] Agreed ...")."""
    tagged = _INITIALS_TAG.match(text)
    if tagged is None or not (opens_with_verb(tagged["what"]) or _instruction_shaped(tagged["what"])) or (
            _DONE_TAIL.search(tagged["what"])):
        return None
    parts = [part for part in re.split(r"\s*[,/&]\s*", tagged["owner"]) if part]
    people = [owners.roll_initials(part) for part in parts]
    if not all(people):
        return None
    due = find_due_phrase(tagged["what"])
    what = tidy_what(without_at_end(tagged["what"], due))
    return Task(what, ", ".join(dict.fromkeys(people)), str(due.value) if due else None) if what else None


# Plain verbs an instruction opens with that the verbs of doing above leave out.
_PLAIN_VERBS_TOO = {"create", "gather", "publicize", "publicise", "liaise", "set", "make", "get", "find", "draft", "organise",
                    "organize", "schedule", "collect"}
# "Create a discussion document.- done", "Follow up on enquiries - completed": an entry marked done.
_DONE_TAIL = re.compile(r"[-–—.(\s]\s*(?:done|completed?|closed|finished)\s*\)?\s*\.?$", re.IGNORECASE)


def _instruction_shaped(what: str) -> bool:
    """ "Gather content from the workshop", "Publicize the poll": a capitalised word in a verb's plain form (no
    "-ed", "-ing" or "-s" ending) and small words after it, as an instruction opens; not a name ("Heidi
    Perrett (Chair)") nor a report ("Reported that ...", "Works on ...")."""
    words = what.split()
    if len(words) >= 2 and words[0].lower() in _PLAIN_VERBS_TOO:
        return True  # ("Create Doodle poll and draft agenda": a name may follow a plain verb)
    if len(words) < 3 or not words[0].isalpha() or not words[1][:1].islower():
        return False
    verb = words[0].lower()
    return not (verb.endswith(("ed", "ing")) or verb.endswith("s") and not verb.endswith("ss")
                or verb in NOT_PLAIN_VERBS or verb in _ARTICLES)


# "Everybody please look over the charter", "Ben please send the slides": under an action's marker, its
# owner and the task asked of them (a standards group's and a student society's notes).
_PLEASE = re.compile(r"^(?P<who>@?[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})[ \t]+please[ \t]+(?=[a-z])")


# "who: HR, when: June meeting - plan a session", "Owner: TK; due: 3 May: book the hall": labelled
# fields first, then a dash or colon, then the task.
_FIELDS_FIRST = re.compile(
    r"^(?:who|owner|lead|responsible|by\s+whom)\s*:\s*(?P<who>[^,;:]{1,60}?)\s*(?:[,;]\s*|\s+)"
    r"(?:when|due|by\s+when|deadline|target|by)\s*:\s*(?P<when>[^:]{1,60}?)\s+[-–—:]\s+(?P<what>[a-zA-Z].*)$",
    re.IGNORECASE)
# ("By: 13 February 2026" closing an entry after "Lead: Hannah Greaves" labels its date.)
# ("Responsibility: Community Section", "Lead officer: ...", "Assigned to: ...": the words registers
# head an owner's field with, as their tables head the owner's column.)
_WHO_LABEL = (r"(?:(?:action\s+)?owners?|lead(?:\s+officer|\s+agency)?|responsib(?:le|ility)(?:\s+officer)?|by\s+whom|who"
              r"|assigned\s+to)")
_FIELD_LABEL = (rf"(?:{_WHO_LABEL}|timescale|deadline|due(?:\s+date)?|by\s+when"
                r"|target(?:\s+date)?|when|by|date)")
_FIELD_LABEL_AHEAD = rf"(?={_FIELD_LABEL}\s*:)"
# A field opens after a stop, a dash or a bracket, or, written with a capital, straight after the field
# before it ("Lead: Paul Orchard By: March 2026", as a web page's spans run together when read as text).
_FIELD = re.compile(
    rf"(?:^|(?<=[.;,])\s*|\s+[-–—]\s*|\s*[(\[]|(?<=\s)(?=(?-i:[A-Z])){_FIELD_LABEL_AHEAD})(?P<label>{_FIELD_LABEL})\s*:\s*"
    # ("Responsibility: Ms O. Hennessy / Mr G. Kinsella": an initial's stop is no field's end, nor is a
    # date's, "Due: 30.04.26".)
    rf"(?P<value>(?:[^.;()\[\]]|(?<=\b[A-Z])\.(?=\s+[A-Z][a-z])|(?<=\d)\.(?=\d))+?)\s*"
    rf"(?:(?<!\b[A-Z])\.(?!\d)|[;)\]]|\s+[-–—](?=\s)|,(?=\s*{_FIELD_LABEL}\s*:)|(?<=\s)(?=(?-i:[A-Z])){_FIELD_LABEL_AHEAD}|$)",
    re.IGNORECASE,
)
# "new year", "in the spring", "ongoing": when, in words that name no day.
_WHEN_WORDS = re.compile(r"(?:(?:in|by|during|over)\s+)?(?:the\s+)?(?:new\s+year|spring|summer|autumn|winter|ongoing|on-going|tbc|tba"
                         r"|asap|as\s+soon\s+as\s+possible)", re.IGNORECASE)
_WHO_LABELS = re.compile(_WHO_LABEL, re.IGNORECASE)  # (fullmatch: the field's label names its owner)


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
        if _WHO_LABELS.fullmatch(label) and who is None:
            who = match["value"].strip()
            head, comma, after = who.rpartition(", ")
            if comma and when is None and head and (find_due_phrase(f"by {after}") or _WHEN_TAIL.match(f" - {after}")
                                                    or _WHEN_WORDS.fullmatch(after.strip())):
                # "(Owner: DSIT officials, next meeting)": who, then when after a comma, in one field.
                who, when = head.strip(), after.strip()
        elif label == "by" and when is None:
            # "By: 13 March" labels a date only: its value runs to the date's end ("By: 13 March 2"
            # where a list's next number follows), and "By: –" gives none.
            found = find_due_phrase(f"by {match['value'].strip()}") if match["value"].strip(" -–—") else None
            if found is None and match["value"].strip(" -–—"):
                continue
            when = str(found.value) if found else None
        elif not _WHO_LABELS.fullmatch(label) and when is None:
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
    short = _SHORT_SUBJECT.match(body) or _NAMED_SUBJECT.match(body)
    if short and short["verb"] not in NOT_PLAIN_VERBS and not short["verb"].endswith("ed") and all(
            owners.known_person(part) or SHORT_OWNER.match(part) and owners.is_person(part)
            for part in re.split(r"\s*(?:/|&|,|\band\b)\s*|\s+(?=@)", short["owner"]) if part):
        return owners.resolve(short["owner"]), short["verb"] + short["rest"]
    match = _OWNER_THEN_VERB.match(body)
    if not match or match["link"].lower() != "to" or match["verb"].lower() in NOT_VERBS:
        return None
    owner = match["owner"].strip()
    words = owner.split()
    titled = all(word[:1].isupper() or word.lower() in ("and", "of", "&") for word in words)
    if len(words) > _SUBJECT_WORDS or not (titled or words[0].lower() in ("the", "all", "each")):
        return None  # "Write the letter to ...", "To expand ...": a task, not its subject
    if len(words) == 1 and not (owners.is_owner(owner, strict=True) or is_role(owner)):
        return None  # "Write to NHS England": one word before "to" is a verb unless it names someone
    if _RECORD_SUBJECT.match(owner):
        return None  # "The action to invite the panel is carried forward": the record's own words, no one who acts
    return owner, match["verb"] + match["rest"]


_RECORD_SUBJECT = re.compile(r"^(?:the|this|that|an?)\s+(?:actions?|items?|decisions?|recommendations?|minutes?|notes?|proposals?"
                             r"|papers?|reports?|requests?|motions?|resolutions?|aim|plan|intention|idea)$", re.IGNORECASE)


# "Recommendation: That the Board note the progress. Action: AGREED": a column that gives the
# meeting's outcome under an "Action" head names no owner.
_OUTCOME = re.compile(r"^(?:agreed|noted|approved|resolved|accepted|endorsed|deferred|declined|rejected|carried|lost"
                      r"|withdrawn|none|nil|n/?a|no\s+action|not\s+applicable)$", re.IGNORECASE)


def owner_only(text: str, owners: Owners) -> Task | None:
    """ "Clerk", "JS - 30 April 2015", "HH/SJ by next meeting": a marker naming only
    who (and perhaps when) for the text before it."""
    text = " ".join(text.split()).strip(" .;")
    return _owner_and_when(text, owners) or _owner_comma_when(text, owners)


def _owner_comma_when(text: str, owners: Owners) -> Task | None:
    """ "Follow-up: Gwen, mid-February.", "Paolo, next meeting (#28)": who, a comma, then when as written.
    ("RN, CA: draft the foreword. By: 16 January" names two owners, then their task.)"""
    head, comma, after = text.partition(",")
    if comma and not OWNER_COLON.match(text) and 0 < len(head.split()) <= 4 and after.strip() and owners.is_owner(
            head.strip(), strict=False) and (
            find_due_phrase(f"by {after.strip()}") or _WHEN_TAIL.match(f" - {after.strip()}")) and not _sets_a_task(
            head, owners) and not _POST_OF_BODY.match(text):
        # ("Chief Executive, OPCC to circulate the plan by 30 April": a post and its body own a task; no date follows.)
        return Task("", owners.resolve(head.strip()), after.strip())
    return None


# "GT - to the February Finance and Performance Committee": who, then where the work goes (no date of its own).
_OWNER_THEN_DESTINATION = re.compile(r"^(?P<who>[^-–—]{1,40}?)\s+[-–—]\s+(?:to|for|via|through)\s+(?:the\s+)?"
                                     r"[A-Z][^-–—]{2,60}$")


def _owner_and_when(text: str, owners: Owners) -> Task | None:
    destination = _OWNER_THEN_DESTINATION.match(text) if " to " in text or " for " in text or " via " in text or (
        " through " in text) else None
    if destination and owners.is_owner(destination["who"], strict=False) and not _sets_a_task(
            destination["who"], owners):
        return Task("", owners.resolve(destination["who"].strip()), None)
    due = find_due_phrase(text)
    rest = (without_span(text, due.start, due.end) if due else text).strip(" ,-–—()")
    tail = _WHEN_TAIL.search(rest) if due is None and (" –" in rest or " —" in rest or " - " in rest) else None
    if tail and tail.start() > 0:
        # "OPCC Chief Executive – from the Q4 report": who, then when in words.
        rest, written = rest[: tail.start()].strip(" ,-–—()"), tail["when"].strip(" .)")
        if rest and owners.is_owner(rest, strict=False) and not _sets_a_task(rest, owners):
            return Task("", owners.resolve(rest), written)
    if not rest or len(rest.split()) > 6 or _OUTCOME.match(rest) or not owners.is_owner(rest, strict=False):
        return None
    # "Alistair Bradley to commission Working Group", "Invite the outreach team": words
    # that end in a group noun but set a task are the action itself, not its owner.
    if _sets_a_task(rest, owners) or _reads_as_sentence(rest):
        return None
    return Task("", owners.resolve(rest), str(due.value) if due else None)


def _sets_a_task(text: str, owners: Owners) -> bool:
    """Whether words read "<owner> to <verb> ..." with an owner that can act."""
    match = _OWNER_THEN_VERB.match(text)
    return bool(match) and match["verb"].lower() not in NOT_VERBS and owners.is_owner(
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
    """The sentence an "Action: X" marker after `text` refers to: its last one, passing over
    a closing word of status ("... revised quote. Carried forward. ACTION: NK")."""
    found = sentences(text)
    while len(found) > 1 and (_STATUS_ONLY.match(found[-1]) or _CLOSED_ENTRY.search(found[-1])
                              or _BODY_NOTED.match(found[-1])):
        found.pop()
    # ("... in the shared folder. (Appendix B)\nIvan will ask the council ...": an aside in brackets closing the
    # sentence before opens no part of this one.)
    return _LEADING_ASIDE.sub("", found[-1]) if found else None


_LEADING_ASIDE = re.compile(r"^\([^()\n]{1,60}\)\s+(?=[A-Z])")


# "... asked for sickness absence to be broken down by reason. The Board noted the report. [YT]": the
# meeting noting or receiving what was before it closes the minute; the owner's task came before.
_BODY_NOTED = re.compile(r"^(?:the\s+)?(?:board|committee|sub-committee|panel|group|council|partnership|forum|meeting|members)"
                         r"\s+(?:(?:then|also|duly)\s+)?(?:noted|received|thanked|welcomed)\b(?!.*\b(?:to|will|would)\s+[a-z])",
                         re.IGNORECASE)


# "PCC/25/047 (estates bids): closed.": an earlier action reported finished.
_CLOSED_ENTRY = re.compile(r"[:\-–—]\s*(?:closed|complete[d]?|done|finished)\W*$", re.IGNORECASE)
_STATUS_ONLY = re.compile(r"^(?:(?:it\s+)?(?:remains?|still|is)\s+)?(?:carried\s+(?:forward|over)|brought\s+forward|c/f|b/f"
                          r"|on-?going|open|outstanding|closed|complete[d]?"
                          r"|done|in\s+progress|noted|agreed|approved)\W*$", re.IGNORECASE)


# "He would take no part in the decision", "she would not vote", "would leave the room": a member's
# undertaking to stand aside is a declaration, not work.
ABSTAINS = re.compile(r"^(?:take\s+no\s+part|not\b|abstain|withdraw|leave\s+the\s+(?:room|meeting|chamber)|refrain"
                      r"|recuse|step\s+(?:aside|out|down))", re.IGNORECASE)


# Work someone must go and do ("it was agreed to hold the next meeting at the school" or "... to
# consider it in June" records the body's own plans, not a task).
AGREED_TASK_VERBS = {"write", "send", "circulate", "invite", "arrange", "ask", "request", "contact", "seek", "obtain",
                      "prepare", "draft", "publish", "find", "bring", "produce", "report", "provide", "share", "forward",
                      "refer", "organise", "organize", "book", "check", "chase", "investigate", "explore", "raise",
                      "liaise", "update", "email", "call", "compile", "collate", "submit", "respond", "reply",
                      "notify", "inform", "put", "place", "remove", "repair", "replace", "install", "order", "purchase",
                      "issue", "post", "display", "erect", "clear", "cut", "paint", "inspect", "examine", "investigate",
                      "carry"}


_CHAT_STAMP = re.compile(r"\s*\([@\w.-]{2,39},\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*UTC)?\)$")


def owner_date_bracket(text: str) -> str:
    """ "Send the texts (CW, 13/03)" as "Send the texts (CW) by 13/03": who and when in one
    closing bracket, parted so each is read as it is elsewhere. A dash may part them, and the
    when may be in words ("(Hanne — this week)")."""
    if text.endswith(")") and ":" in text[-12:]:
        # "... the nightly workflow (dwilczek, 16:27:40)": who typed the line and when, as chat-bot meeting
        # logs stamp every line, is neither who acts nor when it is due.
        text = _CHAT_STAMP.sub("", text)
    if "target" in text:
        # "...; target 31/03/26", "(target 2026-02-15)": a target date closing the entry is its date.
        target = _TARGET.search(text)
        if target and find_due_phrase(f"by {target['when']}") is not None:
            text = f"{text[:target.start()].rstrip(' ,;')} by {target['when'].strip()}"
    closing = text.endswith((")", ").", "]", "]."))
    match = _WHO_WHEN_BRACKET.search(text) if closing else None
    if match is None and closing:
        match = _WHO_DASH_WHEN_BRACKET.search(text) or _WHO_COMMA_WHEN_BRACKET.search(text)
    if match is None:
        return text
    when = match["when"].strip()
    if find_due_phrase(f"by {when}") is None and find_due_phrase(when, task=True) is None:
        return text
    when = when if re.match(r"(?:by|before|within|until|in|at|from|to)\b", when, re.IGNORECASE) else f"by {when}"
    return f"{text[:match.start()].rstrip()} ({match['who'].strip()}) {when}"


# What a board does at its own meetings, not work it sets anyone.
BODY_BUSINESS = {"receive", "consider", "discuss", "note", "review", "hear", "see", "look", "return", "revisit", "monitor",
                 "keep", "meet", "approve", "agree", "scrutinise", "scrutinize", "visit", "tour"}
THE_BODY = re.compile(r"^(?:board|committee|sub-?committee|panel|group|sub-?group|council|forum|partnership|members"
                      r"|meeting|network|cabinet|executive|authority|assembly)$", re.IGNORECASE)


# "Update on the budget", "Review of the year", "Report from the Chair": a verb's word used as a
# noun before a preposition heads a topic, not a task.
TOPIC_AFTER_VERB_WORD = {"on", "of", "from", "by"}
# The little words of an instruction's object or destination ("the hazard log to the group"); a
# title built of nouns has none ("Open day arrangements").
_OBJECT_WORDS = {"the", "a", "an", "to", "for", "with", "on", "at", "in", "into", "about", "whether", "and", "from",
                 "their", "his", "her", "its", "our", "all", "any", "each", "two", "three", "up", "out", "back"}


def opens_with_verb(text: str) -> bool:
    """Whether words open with a verb of doing, whatever follows it ("Report on the review", "Repaint ...")."""
    words = text.lower().split()
    verb = words[0] if words else ""
    verb = verb[3:] if verb.startswith("re-") else verb[2:] if verb[:2] == "re" and verb[2:] in INSTRUCTION_VERBS else verb
    return verb in INSTRUCTION_VERBS


def opens_with_task_verb(text: str) -> bool:
    """Whether words open as an instruction does, with a verb of doing in its plain form and
    something to do it to ("Circulate the hazard log", "Ask the foundation for ..."), not a
    topic named by a verb's word ("Update on the budget", "Review of the year", "Open day
    arrangements")."""
    words = text.lower().split()
    verbs = INSTRUCTION_VERBS
    verb = words[0] if words else ""
    # "Re-advertise the post", "Repaint the doors": a verb done again.
    verb = verb[3:] if verb.startswith("re-") else verb[2:] if verb[:2] == "re" and verb[2:] in verbs else verb
    return len(words) >= 3 and verb in verbs and (
        words[1] not in TOPIC_AFTER_VERB_WORD) and any(word in _OBJECT_WORDS for word in words[1:])


def owner_and_what(body: str, owners: Owners, strict: bool, groups: bool) -> tuple[str, str] | None:
    # "That resilience was a collective endeavour. For the cluster to lead ...": the
    # owner may open a later sentence; the action is from there on.
    if not LINK_WORD.search(body):
        return None  # cheaply: no "to", "will", "would" or "should" to tie an owner to a task
    post = _POST_OF_BODY.match(body) if "," in body[:80] else None
    if post and is_role(post["post"]) and _names_a_body(post["body"]) and post["verb"].lower() not in NOT_VERBS:
        # "Chief Executive, OPCC to circulate the plan": a post and the body it serves, a comma between, own the task
        # together, as police and crime panels and NHS boards name their officers.
        return post["owner"].strip(), post["verb"] + post["rest"]
    for position, sentence in enumerate(_sentence_starts(body)):
        listed = _LISTED_OWNERS.match(sentence) if "," in sentence[:100] else None
        if listed and listed["verb"].lower() not in NOT_VERBS and _mostly_known(listed["owner"], owners, strict):
            return owners.resolve(listed["owner"]), listed["verb"] + listed["rest"]
        match = _OWNER_THEN_VERB.match(sentence)
        if not match or match["verb"].lower() in NOT_VERBS and not _CAUSATIVE.match(match["rest"]) or (
                ABSTAINS.match(match["verb"] + match["rest"])):
            continue
        owner, link = match["owner"].strip(), " ".join(match["link"].lower().split())
        if _ASKS_ANOTHER.search(owner):
            continue  # "The Chair requested Council to approve the minutes": who was asked acts (see asked_task)
        if not owners.is_owner(owner, strict) and not (
                # ("ACTION: Ines to draft the note": under a marker, a lone first name or surname before "to" acts.)
                not strict and link == "to" and not position and match["verb"].islower() and match["rest"].strip(" .;,")
                and owners.lone_name(owner, match["verb"])):
            continue
        if strict and not match["rest"].strip(" .;,") and not (link == "to" and match["verb"].lower() in _BARE_TASK_VERBS):
            # "Dr Pym will deputise", "Sam will attend": a verb with nothing to do is news, not a task;
            # "Clerk to chase.", "Cllr Okoye to arrange." after the minute's words set the work they describe.
            continue
        if strict and THE_BODY.match(re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)) and (
                match["verb"].lower() in BODY_BUSINESS):
            continue  # "The Board is to receive the annual plan in May": the meeting's own business
        if strict and (link not in _GROUP_LINKS or not groups) and not owners.is_person(owner) and not (
                # ("All plot holders to check their taps are off": everyone of a kind, each told to act, is set a task
                # as a person is; a looser group, "Multi agency teams to deliver projects", only with a date.)
                link == "to" and _EVERYONE_OF.match(owner)):
            continue
        if link == "should" and not owners.known_person(owner) and owner.split()[-1].islower():
            continue  # "members should go through the Chair": guidance to all, not a named body's or person's task
        return owners.resolve(owner), match["verb"] + match["rest"]
    return None


# A post, a comma and the body it serves, then "to" or "will" and a verb: "Chief Executive, OPCC to circulate ...",
# "Director of Public Health, County Council will report ...".
_POST_OF_BODY = re.compile(r"^(?:the\s+)?(?P<owner>(?P<post>[A-Z][\w'’-]{0,30}(?:[ \t]+(?:[A-Z][\w'’-]{0,30}|of|and|for)){0,5}),"
                           r"[ \t]+(?P<body>[A-Z][\w&'’-]{0,30}(?:[ \t]+(?:[A-Z][\w&'’-]{0,30}|of|and|for)){0,4}))[ \t]+"
                           r"(?:to|will)[ \t]+(?P<verb>[a-z][\w-]{0,30})\b(?P<rest>.*)$", re.DOTALL)


def _names_a_body(words: str) -> bool:
    """Whether words after a post's comma name the body it serves: its initials ("OPCC", "ICB") or a body's
    name ("County Council"), not a second person."""
    return bool(re.fullmatch(r"[A-Z]{2,8}", words)) or is_organisation(words)


# "All plot holders", "All members", "Each trustee": everyone of a kind, opening an owner.
_EVERYONE_OF = re.compile(r"^(?:all|each|every)\s+[a-z]", re.IGNORECASE)


# "The Chair requested Council", "Cllr Ede asked the Clerk": words before "to" that ask another to act.
_ASKS_ANOTHER = re.compile(r"\s(?:requested|asked|invited|urged|instructed|directed|tasked)\s+\S", re.IGNORECASE)


# "Mr Ruane agreed to have the gullies cleaned": "have" (or "get") a thing done is work.
_CAUSATIVE = re.compile(r"\s+(?:the|a|an|this|these|those|its|their|all)\s+[\w'’ -]{1,60}?\s+(?:[a-z]{3,}ed|done|seen\s+to"
                        r"|cut|fixed|repaired|made|put|set|sent|written|drawn|built)\b")


# "Silona, Leonard, & Christian to champion the plan": three or more names listed before "to".
_NAME = r"[@A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_LISTED_OWNERS = re.compile(rf"^(?P<owner>{_NAME}(?:\s*,\s*{_NAME})+,?\s*(?:and|&)\s+{_NAME})\s+"
                            r"(?:to|will|agreed\s+to)\s+(?P<verb>[a-z][\w-]*)\b(?P<rest>.*)$")


# Verbs of doing that terse minutes leave without an object after "<owner> to" (the minute before says what).
_BARE_TASK_VERBS = {"chase", "arrange", "instruct", "investigate", "circulate", "organise", "organize", "action",
                    "order", "respond", "reply", "follow", "progress", "pursue", "contact", "liaise", "book", "draft",
                    "prepare", "obtain", "source", "purchase", "repair", "replace", "notify", "publicise", "advertise"}


def _mostly_known(listed: str, owners: Owners, strict: bool) -> bool:
    """Whether a list of names is people's: all known to the attendance in running text; most
    of them under an action marker, where one may be a guest the attendance never named."""
    parts = [part for part in re.split(r"\s*(?:,|&|\band\b)\s*", listed) if part]
    known = sum(1 for part in parts if owners.is_person(part))
    return known == len(parts) or not strict and known * 2 > len(parts)


# "all CC reps", "all practice managers", "everyone on the TSC": every member of a kind, named in a marked entry.
_ALL_OF = re.compile(r"^(?:all|each|every)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}$|^(?:everyone|everybody)"
                     r"(?:\s+(?:on|in|at)\s+the\s+[\w'’-]+)?$", re.IGNORECASE)


_BODY_PERSON_DASH = re.compile(r"^(?P<body>[A-Z][^()\-–—:,;]{0,40}?)\s*\((?P<person>[^()]{2,40})\)\s*(?:\s[-–—]|[–—:])\s+"
                               r"(?P<what>[a-zA-Z].*)$")


_ABSENT_NOTE = re.compile(r"^(?P<owner>[@A-Z][^():,;]{0,40}?)\s*\((?:absent|not present|in absentia|apologies|away)\b[^()]*\)"
                          r"(?=\s*(?::|\s[-–—])\s)", re.IGNORECASE)
_ONE_PERSON = r"[@A-Z][\w@.'’-]*(?:\s+[A-Z][\w'’-]*)?"
_PEOPLE_THEN_TASK = re.compile(rf"^(?P<owner>{_ONE_PERSON}(?:\s*,\s*{_ONE_PERSON})+(?:,?\s+(?:and|&)\s+{_ONE_PERSON})?)"
                               r"\s*(?::|\s[-–—])\s+(?P<what>\S.*)$")


# "For Silona:", "for the Secretariat:": a marked entry addressed to its owner, then a colon.
_FOR_OWNER = re.compile(r"^for\s+(?=(?:the\s+)?[@A-Z][^:\n]{0,40}:\s)", re.IGNORECASE)


def _owner_then_dash(body: str, owners: Owners) -> tuple[str, str] | None:
    """ "JB – circulate the funding bulletin", "All: send comments": a marked item that
    names its owner first and the task after a dash or colon."""
    if ">" in body[:40] or "→" in body[:40] or "⇒" in body[:40]:
        body = _HANDED_ON.sub("", body, count=1)
    bracketed = _BODY_PERSON_DASH.match(body) if "(" in body[:60] else None
    if bracketed and (person := owners.known_person(bracketed["person"]) or (
            bracketed["person"][:1].isupper() and owners.is_person(bracketed["person"]) and bracketed["person"])):
        # "Force (Sgt Kowalski) - review the record": the person named for the body does the task.
        return owners.resolve(person), bracketed["what"]
    if "(" in body[:60]:
        # "Dariusz (absent, assigned async): travel grant costing": a note on the owner's attendance before the colon.
        body = _ABSENT_NOTE.sub(r"\g<owner>", body, count=1)
    if body[:4].lower() == "for ":
        # "For Silona: provide the guide", "ACTION ITEM for OASIS: add it": who the entry is for owns it.
        body = _FOR_OWNER.sub("", body, count=1)
    match = _OWNER_DASH.match(body)
    if match is None and "," in body[:60] and (people := _PEOPLE_THEN_TASK.match(body)) is not None and all(
            owners.known_person(part) for part in re.split(r"\s*,\s*|\s+(?:and|&)\s+", people["owner"]) if part):
        # "Yusuf, Ines: CoCC election announcement post", "Renata, Tobias — KubeCon slides": the people the
        # attendance names, listed with commas, then the task after a colon or dash.
        return owners.resolve(people["owner"]), people["what"]
    if match is None and "," in body[:40] and (listed := OWNER_COLON.match(body)) is not None:
        # "RN, CA: draft the foreword": owners listed with commas before the colon.
        owner, what = listed["owner"], body[listed.start("verb"):]
    else:
        # ("@dvolkov + @mbeaulieu — publish ...": a plus joins two owners.)
        owner, what = (re.sub(r"\s+\+\s+", " and ", match["owner"]), match["what"]) if match else ("", "")
    if not owner or not (owners.is_owner(owner, strict=False) or _ALL_OF.match(owner.strip()) or (
            _lone_owner_colon(owner, what, owners))):
        return None
    return owners.resolve(owner), what


def _lone_owner_colon(owner: str, what: str, owners: Owners) -> bool:
    """ "Glenn: Prepare demo of the platform" under "Actions": one first name, a colon or dash,
    then an instruction, as a group's notes list who does what when they keep no roll (the
    name need not be one the attendance gives). Not a topic's label ("Budget: review it"), nor a
    compound word's ("Pre-work: consider the purpose")."""
    return owner.strip().isalpha() and owners.lone_name(owner) and opens_with_task_verb(what)


def _sentence_starts(body: str) -> list[str]:
    """Each sentence with those after it, its lead-in ("It was agreed that") dropped:
    "It was agreed that SP would circulate the results" sets SP a task."""
    parts = [piece for part in sentences(body)
             for semi in (_SEMICOLON.split(LEADING_NUMBER.sub("", part)) if ";" in part else (LEADING_NUMBER.sub("", part),))
             for agreed in (_MID_AGREEMENT.split(semi) if " it was " in semi.lower() else (semi,))
             for piece in _after_title(agreed)]
    starts = [_LEAD_IN.sub("", " ".join(parts[index:])) for index in range(len(parts))]
    return [_GLOSS.sub(r"\g<owner>", start, count=1) if "(" in start else start for start in starts]


# "The Finance Working Group (Cllrs Fenn, Gorski and Penrose) to meet ...", "Sarah Jones (SJ) will ...":
# a bracket between the owner and "to" glosses the owner (its members, initials or body).
_GLOSS = re.compile(r"^(?P<owner>[^()]{2,60}?)\s*\([^()]{1,60}\)(?=\s+(?:to|will|would|agreed\s+to)\s+[a-z])")


# "4.3 DF and NK to meet the bank", "(a) The Clerk to order ...": a minute's or clause's number opens no owner's name.
LEADING_NUMBER = re.compile(r"^(?:(?:\d{1,3}(?:\.\d{1,3})+|\(?[a-h]\)|\([ivx]{1,4}\))\s+)+(?=\S)")
# "A CV was received and it was resolved that Cllr Simpson would interview ...": an agreement
# recorded partway through a sentence opens a clause of its own.
_MID_AGREEMENT = re.compile(r"[,;]?\s+and\s+(?=it\s+was\s+(?:also\s+|further\s+)?(?:agreed|resolved|decided)\s+that\b)",
                            re.IGNORECASE)
# "Budget 2026/27 - Clerk to circulate ...", "Internal audit – Cllr Watkin agreed to meet ...": a
# minute that opens with its subject's title and a dash, then the sentence.
# "Speeding on the B4027: Cllr Evans will contact ...": or a colon.
_TITLE_DASH = re.compile(r"^(?P<title>[^-–—.;:]{2,60}?)(?:\s+[-–—]\s+|:\s+)(?=[@A-Z]|the\s+[A-Z])")
_TITLE_DASH_WORDS = 6


def _after_title(part: str) -> list[str]:
    match = _TITLE_DASH.match(part) if (" - " in part or " – " in part or " — " in part or ": " in part) else None
    if match is None or len(match["title"].split()) > _TITLE_DASH_WORDS:
        return [part]
    # "Kitchen: Esther to descale the urn": the title keeps its colon, so the words read on from it
    # ("Kitchen Esther") are never taken for who acts.
    colon = ":" if part[match.end("title"):match.end()].strip() == ":" else ""
    return [match["title"] + colon, part[match.end():]]


# "Tomasz e-mail the treasurer", "Elise check on the booking": one name, then a verb's plain form.
_FIRST_NAME_VERB = re.compile(r"^(?P<owner>[A-Z][a-z'’-]{2,19})\s+(?P<verb>[a-z][a-z]*(?:-[a-z]+)?)\s+(?P<rest>\S.*)$")
# Words after the verb that make the name and verb a phrase, not who acts ("Budget update on ...").
_NOT_AFTER_VERB = {"is", "was", "are", "were", "has", "have", "of", "and", "or"}


def _first_name_verb(body: str, owners: Owners) -> tuple[str, str] | None:
    """Under an action's marker, "Tomasz e-mail the treasurer to ask about the budget": one first name, then
    the task in a verb's plain form without "to" or "will", as a working group's log writes its actions.
    The name must name one person the roll or the document gives in full ("Tomasz" for Tomasz Wren), and is
    read as that full name. Not a report ("Tomasz emailed ...", "Tomasz checks ..."), nor
    an entry marked done ("Elise open the ticket: DONE"), nor a heading's word ("Budget review ...")."""
    named = _FIRST_NAME_VERB.match(body)
    if named is None or _DONE_TAIL.search(body):
        return None
    verb = named["verb"]
    if verb in NOT_PLAIN_VERBS or verb in NOT_VERBS or verb.endswith(("ed", "ing")) or (
            verb.endswith("s") and not verb.endswith("ss")) or named["rest"].split()[0].lower() in _NOT_AFTER_VERB:
        return None
    if len(verb) < 3 or not (opens_with_verb(f"{verb} {named['rest']}") or verb in _PLAIN_VERBS_TOO or "-" in verb):
        return None
    person = owners.known_person(named["owner"])
    if person is None or named["owner"].lower() in INSTRUCTION_VERBS or named["owner"].lower() in _PLAIN_VERBS_TOO:
        return None  # ("Speed check on the bypass", "Send reminder texts": a topic's or a task's own opening words)
    return person, f"{verb} {named['rest']}"


# "Jean-Luc will prepare the AGM agenda", "Tom and Priya will book the room": under an action's marker or
# heading, first names (a hyphen's parts each capitalised, any alphabet's letters) then "will" and a verb.
_NAME_WORD = r"(?-i:[A-Z](?=[^\W\d_A-Z])[^\W\d_]++(?:['’-][^\W\d_]++)?)"
_NAMED_WILL = re.compile(rf"^(?P<owner>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?(?:[ \t]*(?:,|&|\band\b)[ \t]*{_NAME_WORD}"
                         rf"(?:[ \t]{_NAME_WORD})?){{0,2}})[ \t]+will[ \t]+(?P<what>[a-z].*)$")


def _named_will(body: str, owners: Owners) -> tuple[str, str] | None:
    """A marked entry "Jean-Sébastien will check the allowance": whoever the roll does not list, names
    (not a pronoun, an article or a topic's word: "This will ...", "Budget will ...") before "will" and a
    verb that opens a task own it. A name the roll knows is read as the roll gives it."""
    named = _NAMED_WILL.match(body)
    if named is None or not opens_with_verb(named["what"]):
        return None
    parts = [part for part in re.split(r"\s*(?:,|&|\band\b)\s*", named["owner"]) if part]
    if any(part.split()[0].lower() in NOT_NAME_WORDS or is_role(part) or is_organisation(part) for part in parts):
        return None
    return ", ".join(owners.known_person(part) or part for part in parts), named["what"]


def _trailing_person(body: str, owners: Owners) -> tuple[str, str] | None:
    """ "Invite the University to present its offer – Sam Bright": a known person named
    after the task owns it, whatever its opening words look like."""
    who, what = _trailing_owner(body, owners)
    return (who, what) if who and (owners.is_person(who) or looks_like_name(who)) and what.strip() else None


def _trailing_owner(body: str, owners: Owners, initials: bool = False) -> tuple[str | None, str]:
    """The owner named after a task's words (after a dash, in brackets, by handles; with `initials`, the
    roll's initials with nothing before them), and the words before."""
    match = TRAILING_OWNER.search(body) or TRAILING_HANDLES.search(body)
    if match:
        owner = (match.groupdict().get("inside") or match.groupdict().get("dash") or match["handles"]).strip()
        owner = re.sub(r"^(?:action\s*:?|owner\s*:?|lead\s*:?)\s*", "", owner, flags=re.IGNORECASE)
        if owners.is_owner(owner, strict=False) or match.groupdict().get("inside") and _BODY_NAME.match(owner) and (
                not _NOT_OWNER_WORDS.search(owner)):
            # "(An Garda Síochána)", "(Roads Department)": a body named in capitals after the task.
            return owners.resolve(owner), body[: match.start()]
    closing = closing_initials(body, owners) if initials else None
    if closing is not None:
        return closing
    return None, body


# "... to members JW", "... for the AGM  SP/KT": initials closing a task's words, with no dash or bracket.
_CLOSING_INITIALS = re.compile(r"(?<=[\w'’)\]])[ \t]+(?P<owners>[A-Z]{2,4}(?:[ \t]*(?:/|&|,|\band\b)[ \t]*[A-Z]{2,4}){0,3})[ \t]*\.?$")
_OBJECT_BEFORE = {"to", "for", "with", "from", "by", "of", "and", "on", "at", "about", "cc", "via", "the", "or", "&", "as",
                  "ask", "tell", "email", "contact", "thank", "remind", "invite", "inform", "brief", "copy", "update", "chase"}
_INITIALS_SPLIT = re.compile(r"[ \t]*(?:/|&|,|\band\b)[ \t]*")


def closing_initials(body: str, owners: Owners) -> tuple[str, str] | None:
    """The owners initials close a task's words on, with no dash or bracket before them ("Circulate the
    draft policy to members JW", "Book the hall for the AGM  SP/KT"), and the words before them: only
    initials the roll defines for one person each, never an acronym a task may end with ("... to the
    NHS", "... ICB"). None when the words do not end so, or leave fewer than two words of task."""
    match = _CLOSING_INITIALS.search(body) if body[-1:].isupper() or body[-2:-1].isupper() else None
    if match is None:
        return None
    people = [owners.roll_initials(part) for part in _INITIALS_SPLIT.split(match["owners"]) if part]
    what = body[: match.start()].rstrip(" ,;:")
    if not people or not all(people) or len(what.split()) < 2 or what.split()[-1].lower() in _OBJECT_BEFORE:
        return None  # ("Provide the admissions data to ED": the initials are whom the task is for)
    return ", ".join(dict.fromkeys(people)), what


# The verbs an instruction opens with ("Circulate ...", "Ask ...", "Announce ...").
INSTRUCTION_VERBS = frozenset(CHAIN_VERBS | AGREED_TASK_VERBS | {
    "announce", "sign", "nominate", "identify", "escalate", "approach", "recruit", "publicise", "promote", "develop",
    "establish", "deliver", "pursue", "advertise", "renew", "fit", "tighten", "print", "buy", "walk", "visit", "photograph",
    "design"})
