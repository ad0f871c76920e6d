"""Actions written in running text: "ACTION: HH to circulate the notes by 17 March",
"AGREED/ACTION: For the cluster to lead ...", "... Action: Clerk", and unmarked
"Sarah James to draft the plan by the next meeting" where the owner is known."""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutes.decisions import sentences, without_heading_line
from minutes.owners import Owners
from minutes.people import looks_like_name
from minutes.topics import about, topic_before, with_topic
from minutes.vocabulary import OWNER_ROLES, is_role
from minutes.when import find_date, find_due_phrase
from minutes.wording import CHAIN_VERBS, IRREGULAR, REQUIRED_BY, is_destination, plain_form, tidy_what, without_at_end, without_due, without_span

# The ways minutes tie an owner to a task: "X to ...", "X will ...", "X has agreed to ...", "X kindly
# offered to ...", "X needs to ...", "X took an action to ...", "X said she would ...".
_OWNER_THEN_VERB = re.compile(
    # ("Action agreed for Children's Services to map ...": the record's words before who acts.)
    r"^(?:for\s+|action\s+for\s+|(?:(?:an?\s+)?actions?\s+)?(?:was\s+)?agreed\s+for\s+)?(?P<owner>[^,;:()]{1,70}?)\s+"
    r"(?P<link>to|will|would|should|is\s+to|are\s+to|needs?\s+to"
    r"|(?:(?:has|have|had)\s+)?(?:kindly\s+)?(?:agreed|undertaken|undertook|offered|volunteered|committed)\s+to"
    r"|(?:took|has|had|was\s+given|were\s+given)\s+(?:an|the)\s+action\s+to"
    r"|(?:confirmed|agreed|undertook|promised|indicated|said|stated|advised)\s+(?:that\s+)?(?:she|he|they)\s+(?:would|will))\s+"
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
# A resolution's clause in the infinitive opens with "to" ("(ii) to instruct ...", "... and to
# request that ..."); "the panel wants to ask the Board" is a wish, not a request made.
_CLAUSE_TO = r"(?:^|(?<=[;:,(])\s*|(?<=\))\s*|\band\s+)to\s+"
_ASKED_THAT = re.compile(
    r"(?:\b(?:asked|requested|required|agreed|recommended|instructed|asks|requests|instructs)|" + _CLAUSE_TO
    + r"(?:ask|request|instruct))\s+that\s+"
    r"(?P<owner>(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*|(?:all\s+|relevant\s+|council\s+)?(?:officers|partners|agencies))"
    r"\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# "instructed the Chief Finance Officer to report ...", "asked CR and JH to bring ...", and a
# resolution's clause in the infinitive: "(ii) to instruct the Chief Officer to add ...".
_ASKED_TO = re.compile(
    r"(?:\b(?:asks|asked|instructs|instructed|requests|requested|invites|invited|directs|directed|tasks|tasked"
    r"|commissioned|mandated)|" + _CLAUSE_TO + r"(?:ask|instruct|request|invite|direct|task))\s+(?P<owner>(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|&))*|(?:the\s+|all\s+|relevant\s+)?(?:staff|officers|partners|agencies))"
    r"\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
_ASK_WORDS = re.compile(r"ask|request|requir|agreed|recommend|instruct|invite|direct|task|commission|mandated|remind|encourag"
                        r"|urged|authori|empowered")
_WAS_ASKED = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*)\s+(?:was|were|is|are|be|has\s+been|have\s+been)\s+"
    r"(?:asked|requested|tasked|invited|instructed|directed|reminded|encouraged|urged|authori[sz]ed|empowered)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
def _asked_in_prose(sentence: str, owners: Owners) -> Task | None:
    """What someone was asked to do, in running text; the whole membership urged or reminded to do
    something ("Governors were encouraged to promote the elections") is a call to all, not a task,
    unless an action marker says it is one."""
    task = asked_task(sentence, owners)
    if task is not None and task.who and _EXHORTED.search(sentence) and _MEMBERSHIP.match(
            re.sub(r"^the\s+", "", task.who, flags=re.IGNORECASE)):
        return None
    return task


# The whole membership urged or reminded to do something ("Members were reminded to declare interests").
_EXHORTED = re.compile(r"\b(?:were|are|was|is)\s+(?:(?:all|again|also)\s+)?(?:encouraged|urged|reminded)\s+to\b")
_MEMBERSHIP = re.compile(r"^(?:all\s+)?(?:members|governors|councillors|trustees|directors|partners|attendees|everyone"
                         r"|colleagues)$", re.IGNORECASE)
# "@ruicosta land the fix", "KS circulate the terms": a handle or initials then the plain verb.
_SHORT_SUBJECT = re.compile(r"^(?P<owner>@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3}(?:\s*(?:/|&|and)\s*[A-Z][A-Za-z]{1,3})*)\s+"
                            r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)$")
# "Graham Farley give the panel access ...", "Teresa Kowalczyk and Connor Blaney carry out ...": a task
# list's entries (Confluence, Loop, Notion) name the people the attendance lists, then the plain verb.
# ("@Marcus Bell merge ...", "@Ann Lee @Ravi Shah revise ...": note-taking tools mention people by full name.)
_NAMED_SUBJECT = re.compile(r"^(?P<owner>@?[A-Z][\w'’.-]*(?:(?:\s+@?|\s*,\s*@?|\s+(?:and|&)\s+@?)[A-Z][\w'’.-]*){1,7})\s+"
                            r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)$")
_NOT_PLAIN_VERBS = {"is", "was", "has", "had", "are", "were", "said", "asked", "noted", "reported", "and", "or",
                    "will", "would", "to", "also", "gave", "led", "took", "made", "met", "sent", "spoke", "should", "must",
                    "may", "might", "can", "could", "shall"}
_REPORTING = {"said", "asked", "noted", "reported", "presented", "was", "were", "is", "are", "has", "had", "gave",
              "explained", "confirmed", "updated", "outlined", "described", "welcomed", "thanked", "agreed"}
_TITLE_WORDS = 5
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
_SHORT_OWNER = re.compile(r"^(?:@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3})$")
_LEADING_OWNER = re.compile(r"^\[(?P<owner>[^\[\]xX✓✔ ][^\[\]]{0,60})\]\s*[:\-–—]?\s*(?P<what>(?:[a-z]|I\b|\().*)$")
# "[x]", and the ticked boxes word processors export ("☑", "☒", "✅"): done, not to do.
_JOINED_SPEAKERS = re.compile(r"^\[([^\[\]]{1,40})\]\s*(?:\+|&|and|,)\s*\[([^\[\]]{1,40})\]")
_SPEAKER_TASK = re.compile(r"^(?:\([^()]{0,60}\)\s*)?(?:will|to|shall|I\s+will|I['’]ll|we\s+will|we['’]ll)\s+"
                           r"(?P<what>[a-z].*)$")
_TICKED = re.compile(r"^(?:\[[xX✓✔]\]|[☑☒✅✔✓])")
_SUBJECT_WORDS = 8
_LINK_WORD = re.compile(r"\s(?:to|will|would|should)\s", re.IGNORECASE)
# Links only a person (or a role one holds) can take; "X to ..." and "X is to ..." may name a group.
_GROUP_LINKS = {"to", "is to", "are to"}
_ARTICLES = {"the", "a", "an", "this", "these", "our", "their", "its", "all"}
_GROUP_OPENERS = {"the", "all", "each", "every", "relevant"}
# "James would like to suggest ...", "the panel would prefer ...": a wish, not an undertaking.
_NOT_VERBS = {"be", "the", "a", "an", "have", "has", "this", "that", "date", "like", "prefer", "love", "want", "wish", "hope",
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


def read_task(text: str, owners: Owners, strict: bool, marked: bool | None = None) -> Task | None:
    """The task a sentence or marked item sets. `strict` is for unmarked prose: only a
    known person, role or group followed by "to <verb>" makes it a task. `marked` (by
    default, not `strict`) says the words are known to be a task, so a closing month is its date."""
    text = _owner_date_bracket(" ".join(text.split()).strip(" ;"))
    opening = CARRIED_OPENING.match(text)
    if opening and len(text) > opening.end():
        # "Carried from February: Yuki Ono — nominations committee recommendation": the note opens the
        # entry; the entry is read without it and carried as "(carried forward)" beside it carries one.
        task = read_task(text[opening.end():], owners, strict, marked)
        return Task(f"{task.what} (carried forward)", task.who, task.due_text) if task and task.what else task
    carried_tail = _CARRIED_TAIL.search(text) if text[-1:] not in ")]" and ")" in text else None
    bracket = _TRAILING_OWNER.search(text[: carried_tail.start()]) if carried_tail else None
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
    due = find_due_phrase(labelled_when or text, task=not strict if marked is None else marked)
    body = text if labelled_when or not due or is_destination(text, due) else without_due(text, due)
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
    tail = _WHEN_TAIL.search(what) if who and (" –" in what or " —" in what or " - " in what) else None
    if tail and tail.start() > 0:
        # "Matteo: find an owning SIG — before code freeze", "Ruth — draft the proposal — April board
        # meeting": after the owner's task, a dash and when it is due, in words.
        what, due_text = what[: tail.start()], due_text or tail["when"].strip(" .")
    what = tidy_what(what)
    return Task(what, who, due_text) if what else None


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
    if short and short["verb"] not in _NOT_PLAIN_VERBS and not short["verb"].endswith("ed") and all(
            owners.known_person(part) or _SHORT_OWNER.match(part) and owners.is_person(part)
            for part in re.split(r"\s*(?:/|&|,|\band\b)\s*|\s+(?=@)", short["owner"]) if part):
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
    if comma and not _OWNER_COLON.match(text) and 0 < len(head.split()) <= 4 and after.strip() and owners.is_owner(
            head.strip(), strict=False) and (
            find_due_phrase(f"by {after.strip()}") or _WHEN_TAIL.match(f" - {after.strip()}")) and not _sets_a_task(
            head, owners):
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
    """The sentence an "Action: X" marker after `text` refers to: its last one, passing over
    a closing word of status ("... revised quote. Carried forward. ACTION: NK")."""
    found = sentences(text)
    while len(found) > 1 and (_STATUS_ONLY.match(found[-1]) or _CLOSED_ENTRY.search(found[-1])
                              or _BODY_NOTED.match(found[-1])):
        found.pop()
    return found[-1] if found else None


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


def prose_tasks(text: str, owners: Owners) -> list[Task]:
    """Tasks set in unmarked running text, one per sentence that names its owner, and the
    clauses of an agreement or resolution that set work ("it was agreed ... and that a
    workshop be held", "the Commissioner provide a breakdown ...")."""
    found: list[Task] = []
    previous, speaker, person = "", None, None
    last_what, last_at = "", -2
    found_sentences = sentences(without_heading_line(text) if "\n" in text else text)
    found_sentences = [_QA_LABEL.sub("", whole, count=1) if ":" in whole[:12] else whole for whole in found_sentences]
    found_sentences, dues_after = _due_labels_apart(found_sentences)
    mark = 0
    for index, whole in enumerate(found_sentences):
        if index and dues_after[index - 1]:
            found[mark:] = _dated(found[mark:], dues_after[index - 1])
        mark = len(found)
        if index + 1 < len(found_sentences) and len(found_sentences[index + 1]) < 40 and " be " in whole and (
                _AGREED_ALONE.match(found_sentences[index + 1])):
            # "Cllr Hession asked that scrambler bikes be placed on the next agenda. This was agreed.":
            # a member's request the meeting then agreed sets the work it asked for.
            asked = _ASKED_PASSIVE_THAT.search(whole)
            task = clause_task(_requested(asked), owners) if asked else None
            if task is not None:
                found.append(task)
                previous = whole
                continue
        # "Cllr Okafor reported two potholes in Back Lane; he will log them ...", "District Cllr Hale
        # reported on the consultation. He agreed to find out ...": "he" or "she" is whoever opened
        # this sentence (after a semicolon) or the one before.
        current = whole  # (its opening words are a person's only when a pronoun points back at them)
        bare = _BARE_OWNER_VERB.match(whole) if previous and " be " in previous else None
        asked = _ASKED_PASSIVE_THAT.search(previous) if bare and (owners.is_owner(bare["owner"], strict=True) or is_role(
            re.sub(r"^the\s+", "", bare["owner"], flags=re.IGNORECASE))) else None
        request = clause_task(_requested(asked), owners) if asked else None
        if request is not None and (request.what.lower().startswith(bare["verb"]) or bare["accordingly"]):
            # ("The Clerk to update the plan accordingly": whatever verb, what was asked is the work.)
            # "Cllr Plunkett asked that the drawings be circulated to members. Senior Engineer to circulate.":
            # an owner given the request's verb alone takes on what was asked.
            found.append(Task(request.what, owners.resolve(bare["owner"]), request.due_text))
            previous, person = whole, current
            continue
        elided = _elided_subject(whole, previous, owners) if ("o be " in whole or "o come back" in whole) else None
        if elided is not None:
            found.append(elided)
            previous, person = whole, current
            continue
        # "JB to write to residents; RS to update the website": two owners, two tasks.
        for sentence in owned_clauses(whole):
            tasks = _sentence_tasks(sentence, owners)
            if not tasks and _UNDERTAKING_WORD.search(sentence):
                tasks = [task for task in (*(said_would_task(part, owners) for part in sentence.split("; ")),
                                           _did_and_agreed(sentence, owners), _said_someone_would(sentence, owners),
                                           _and_person_would(sentence, owners), _speaker_would(sentence, speaker),
                                           _pronoun_task(sentence, person, current, owners))
                         if task is not None][:1]
            for task in tasks:
                task = named_object(task, previous)
                task = _what_was_added(task, previous)
                # "Cllrs A and B to attend the training. Clerk to book places.", "Litter pick to be
                # arranged; KB will contact the school.": a terse task is about what came just before it.
                # (Words before it in its own sentence come nearer than the task before.)
                before = whole[:whole.find(sentence)].strip(" ;,")
                task = Task(about(task.what, [*found_sentences[max(0, index - 2):index], *([before] if before else [])],
                                  earlier_task=last_what if last_what and last_at >= index - 1 and not before else None),
                            task.who, task.due_text)
                found.append(task)
                last_what, last_at = task.what, index
        previous, person = whole, current
        # "In reply, Chief Superintendent Keating said:" then "- She would provide the numbers ...".
        # (The list of their statements runs to the end of the paragraph.)
        introduced = _SPEAKER_INTRO.match(whole) if whole.endswith(":") else None
        if introduced and owners.is_person(introduced["owner"]):
            speaker = owners.resolve(introduced["owner"])
    if found_sentences and dues_after[-1]:
        found[mark:] = _dated(found[mark:], dues_after[-1])
    return found


# "KH to produce the plan. Due: 30/04/26": a labelled date standing as a sentence of its own after a
# task is that task's date, as notes taken at speed write it ("Deadline: end of March", "Target date: Q1").
_DUE_LABEL = re.compile(r"^(?:due(?:\s+date)?|deadline|target(?:\s+date)?|timescale|by\s+when|by|when)\s*:\s*(?P<rest>\S.*)$",
                        re.IGNORECASE)
_DUE_LABEL_WORDS = 6


def _due_labels_apart(found: list[str]) -> tuple[list[str], list[str | None]]:
    """The sentences without those that only give a date, and the date each sentence is followed by.
    A date label run into the next task ("Due: 30/04/26 RA to hold ...", where a line break was the only
    stop) gives its date to the task before it and leaves the next task its own sentence."""
    kept: list[str] = []
    dues: list[str | None] = []
    for sentence in found:
        label = _DUE_LABEL.match(sentence) if kept and ":" in sentence[:12] else None
        if label is None:
            kept.append(sentence)
            dues.append(None)
            continue
        rest = label["rest"].strip()
        if len(rest.split()) <= _DUE_LABEL_WORDS and not _LINK_WORD.search(f" {rest} "):
            dues[-1], rest = rest.rstrip(" ."), ""
        else:
            phrase = find_due_phrase(f"by {rest}")
            if phrase is None or phrase.start != 0:
                kept.append(sentence)
                dues.append(None)
                continue
            dues[-1], rest = str(phrase.value), rest[phrase.end - 3:].strip()
        if rest:
            kept.append(rest)
            dues.append(None)
    return kept, dues


def _dated(tasks: list[Task], due: str) -> list[Task]:
    return [task if task.due_text else Task(task.what, task.who, due) for task in tasks]


# "Response: Inspector Scales said ...": the label of a question-and-answer record is no part of the answer.
_QA_LABEL = re.compile(r"^(?:response|reply|answer|in\s+reply|a)\s*[:.]\s+(?=[A-Z])", re.IGNORECASE)
# Words that carry someone's undertaking in a speaker's report ("... and he would revert", "undertook to").
_UNDERTAKING_WORD = re.compile(r"\s(?:would|will|(?:agreed|undertook|offered|promised)\s+to)\s")
_BARE_OWNER_VERB = re.compile(r"^(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:to|will)\s+"
                              r"(?P<verb>[a-z]+)(?P<accordingly>\s+[^.;]{0,60}?\s+accordingly)?\s*\.?$")
# Notes leave out what is to be done when it is what was just raised: "Rafiq raised bonfire data - to be
# brought to the April meeting (RB).", "IF raised out-of-hours medicals. To be added to the risk register
# (LH).", "HR raised pressure on phlebotomy. To come back to April board."
_ELIDED = re.compile(r"^(?:(?P<lead>[^.;]{3,200}?)\s+[-–—]\s+)?to\s+(?:be\s+(?P<verb>[a-z]{3,})|(?P<back>come\s+back|return))"
                     r"\b(?P<rest>[^;]*)$", re.IGNORECASE)
_ELIDED_REST_WORDS = 12
_SHOUTED = re.compile(r"\b[A-Z]{4,}(?:-[A-Z]+)?\b|[\"“”]")
_RAISED_THING = re.compile(r"\b(?:raised|asked\s+about|reported\s+on|mentioned)\s+(?P<thing>[^.;:!?()]{3,100})$")
_OWNER_BRACKET = re.compile(r"\s*\((?P<who>[^()]{2,40})\)\s*$")


def _elided_subject(sentence: str, previous: str, owners: Owners) -> Task | None:
    text = " ".join(sentence.split()).rstrip(" .")
    match = _ELIDED.match(text)
    if match is None or match["lead"] is None and not text[:2] == "To":
        return None
    verb = "bring" if match["back"] else plain_form(match["verb"])
    if verb not in AGREED_TASK_VERBS | {"add", "include"} or len(match["rest"].split()) > _ELIDED_REST_WORDS or (
            _SHOUTED.search(match["rest"])):
        return None  # (a long or shouted tail is a quotation or a page's running header run in)
    if match["lead"]:
        raised = _RAISED_THING.search(match["lead"])
        thing = raised["thing"].strip(" ,") if raised else None
    else:
        thing = topic_before([previous])
    if not thing:
        return None
    rest, who = match["rest"], None
    bracket = _OWNER_BRACKET.search(rest)
    if bracket and owners.is_owner(bracket["who"], strict=False):
        rest, who = rest[: bracket.start()], owners.resolve(bracket["who"])
    due = find_due_phrase(rest)
    thing = thing[:1].lower() + thing[1:] if thing.split()[0] in {"The", "A", "An"} else thing
    what = tidy_what(f"{verb} {thing}{' back' if match['back'] else ''} {without_at_end(rest, due).strip()}")
    return Task(what, who, str(due.value) if due else None) if what else None


# "The Panel agreed to add a session on knife crime to the work programme. Gemma to update the work
# programme.": updating a list just added to is adding what was agreed.
_ADDED_TO = re.compile(r"\b(?:add|added|include|included|put|placed?)\s+(?P<thing>(?:a|an|the)\s[^.;]{3,120}?)\s+(?:to|in|on)\s+"
                       r"(?P<list>the\s+[\w'’ -]{3,40}?)(?=\s+for\b|\s*[.;,]|$)")
_UPDATE_LIST = re.compile(r"^update\s+(?P<list>the\s+[\w'’ -]{3,40}?)(?:\s+accordingly)?$", re.IGNORECASE)


def _what_was_added(task: Task, previous: str) -> Task:
    update = _UPDATE_LIST.match(task.what) if previous and task.what[:7].lower() == "update " else None
    added = _ADDED_TO.search(previous) if update else None
    if added is None or added["list"].lower() != update["list"].lower():
        return task
    return Task(f"Update {update['list']} with {added['thing']}", task.who, task.due_text)


def _requested(asked: re.Match) -> str:
    """The clause a request asks for, in the passive ("the committee be thanked")."""
    return asked["clause"] or f"{asked['object']} be {asked['done']}"


_AGREED_ALONE = re.compile(r"^(?:this\s+was\s+|which\s+was\s+|members\s+|the\s+\w+\s+)?(?:agreed|supported|approved)"
                           r"(?:\s+by\s+(?:all\s+)?members|\s+unanimously)?\s*\.?$", re.IGNORECASE)
_ASKED_PASSIVE_THAT = re.compile(r"\b(?:asked|requested|proposed|suggested)\s+that\s+(?P<clause>(?:the|a|an)\s.+\sbe\s+\w+.*)$"
                                 # "asked for the lights committee to be thanked": the same request.
                                 r"|\basked\s+for\s+(?P<object>(?:the|a|an)\s[^.;]+?)\s+to\s+be\s+(?P<done>[a-z]+\b.*)$")


# A speaker's report ("Superintendent Tuohy said a van had been requested and he would revert to Cllr
# Costigan directly"): what they said they would do is theirs; and a list of their statements after
# "<name> said:" gives theirs in each "she would ..." ("- She would provide the numbers in writing").
_SAYS = r"(?:said|confirmed|advised|explained|stated|indicated|reported|noted|replied|responded|added|outlined)"
_SAID_AND_WOULD = re.compile(
    rf"^(?:in\s+(?:reply|response),?\s+)?(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+{_SAYS}\b"
    r".*?\b(?:and|but|so)\s+(?:(?:(?:said|added|confirmed)\s+)?(?:that\s+)?(?:she|he|they)\s+(?:would|will)"
    r"|(?:undertook|agreed|offered|promised)\s+to)"
    r"\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$")
_LEADING_PERSON = re.compile(r"^(?:(?:District|County|Borough|Parish|Town)\s+)?(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*){0,3})\s+[a-z]")
_PRONOUN_TASK = re.compile(r"(?:^|;\s+)(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:would|will|(?:also\s+)?(?:agreed|undertook|offered|promised)\s+to)"
                           r"\s+(?P<verb>[a-z]+)\b(?P<rest>[^;]*)$")
_SPEAKER_INTRO = re.compile(
    rf"^(?:in\s+(?:reply|response),?\s+)?(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+{_SAYS}"
    r"(?:\s+that)?\s*:$", re.IGNORECASE)
_PRONOUN_WOULD = re.compile(r"^(?:.*?\b(?:but|and|so)\s+)?(?:she|he|they)\s+(?:would|will)\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$",
                            re.IGNORECASE)
# "High visibility patrols would be directed there and Inspector Walsh would meet residents": a named
# person who would do something, after "and", has it to do.
_AND_PERSON_WOULD = re.compile(r"\band\s+(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:would|will)\s+"
                               r"(?P<verb>[a-z]+)\b(?P<rest>.*)$")


# "He would take no part in the decision", "she would not vote", "would leave the room": a member's
# undertaking to stand aside is a declaration, not work.
_ABSTAINS = re.compile(r"^(?:take\s+no\s+part|not\b|abstain|withdraw|leave\s+the\s+(?:room|meeting|chamber)|refrain"
                       r"|recuse|step\s+(?:aside|out|down))", re.IGNORECASE)


def _would_task(owner: str, verb: str, rest: str) -> Task | None:
    if verb in _NOT_VERBS or verb.endswith("ed") or not rest.strip(" .;,") or _ABSTAINS.match(f"{verb}{rest}"):
        return None
    due = find_due_phrase(rest)
    what = tidy_what(f"{verb} {without_at_end(rest, due)}")
    return Task(what, owner, str(due.value) if due else None) if what else None


def said_would_task(sentence: str, owners: Owners) -> Task | None:
    """ "Supt Tuohy said a van had been requested and he would revert to Cllr Costigan": the speaker's
    own undertaking, whatever else the sentence reports."""
    match = _SAID_AND_WOULD.match(sentence.rstrip(" ."))
    if match is None or not owners.is_person(match["owner"]):
        return None
    return _would_task(owners.resolve(match["owner"]), match["verb"], match["rest"])


# "The PCC gave a verbal reply and agreed to send a written response": whoever did one thing and
# agreed to do another has that other to do.
_DID_AND_AGREED = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:also\s+)?(?P<first>[a-z]{3,})\b[^.;]{0,160}?"
    r"\band\s+(?:also\s+)?(?:(?:agreed|undertook|offered|promised)\s+to|(?P<modal>would|will))\s+(?P<verb>[a-z]+)\b"
    r"(?P<rest>[^;]*)$")
# "Supt. Behan said the Crime Prevention Officer would attend the plenary": what a speaker says another
# named person or office will do is theirs; "Ms Roughan agreed the Council would examine access": what
# the speaker's own body will do is the speaker's to see done.
_SAID_SOMEONE_WOULD = re.compile(
    r"^(?P<speaker>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|confirmed|advised|indicated|stated|agreed"
    r"|undertook)\s+(?:that\s+)?(?P<doer>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:would|will)\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^;]*)$")


def _did_and_agreed(sentence: str, owners: Owners) -> Task | None:
    match = _DID_AND_AGREED.match(sentence.rstrip(" ."))
    if match is None or not owners.is_person(match["owner"]):
        return None
    if match["modal"] and re.fullmatch(_SAYS + r"|asked|raised|reported|thanked|welcomed", match["first"]):
        return None  # "PCSO Lee said the team was aware and would continue ...": whose "would" is unclear
    return _would_task(owners.resolve(match["owner"]), match["verb"], match["rest"])


def _said_someone_would(sentence: str, owners: Owners) -> Task | None:
    match = _SAID_SOMEONE_WOULD.match(sentence.rstrip(" ."))
    if match is None or not owners.is_person(match["speaker"]):
        return None
    doer = re.sub(r"^the\s+", "", match["doer"], flags=re.IGNORECASE)
    if _THE_BODY.match(doer):
        owner = match["speaker"]
    elif owners.is_person(doer) or is_role(doer):
        owner = match["doer"]
    else:
        return None
    return _would_task(owners.resolve(owner), match["verb"], match["rest"])


def _and_person_would(sentence: str, owners: Owners) -> Task | None:
    match = _AND_PERSON_WOULD.search(sentence.rstrip(" ."))
    if match is None or not owners.known_person(re.sub(r"^the\s+", "", match["owner"])) and not (
            owners.is_person(match["owner"]) and " " in match["owner"].strip()):
        return None
    return _would_task(owners.resolve(match["owner"]), match["verb"], match["rest"])


# "In response to questions on the rural team, he undertook to ...": how the answer came about goes first.
_ASIDE_LEAD = re.compile(r"^(?:in\s+(?:response|reply|answer)(?:\s+to\s+[^,]{2,80})?|following\s+[^,]{2,80}"
                         r"|when\s+asked\s+[^,]{2,80}),\s+(?=(?:she|he|they)\s)", re.IGNORECASE)


def _pronoun_task(sentence: str, before: str | None, current: str | None, owners: Owners) -> Task | None:
    sentence = _ASIDE_LEAD.sub("", sentence, count=1) if "," in sentence[:90] else sentence
    match = _PRONOUN_TASK.search(sentence.rstrip(" .")) if before or current else None
    opened = (current if match.start() else before) if match else None
    opening = _LEADING_PERSON.match(opened) if opened else None
    owner = opening["owner"] if opening else None
    if not owner or not owners.is_person(owner):
        return None
    return _would_task(owners.resolve(owner), match["verb"], match["rest"])


def _speaker_would(sentence: str, speaker: str | None) -> Task | None:
    match = _PRONOUN_WOULD.match(sentence.rstrip(" .")) if speaker else None
    return _would_task(speaker, match["verb"], match["rest"]) if match else None


# "The street light outside Bryn Teg is flickering again. Clerk to report it to the county council."
# "JO asked about the broken bench by the play area. GS to remove it this week.": a task done to
# "it" is done to what the sentence before was about.
_IT_TASK = re.compile(r"^(?P<verb>[A-Z][a-z]+)\s+(?:it|this)\b(?P<rest>.*)$")
# ("Members noted the pothole outside the church has reappeared. The Clerk is to report it ...": the
# thing may be what someone noted or reported.)
_SUBJECT_BEFORE = re.compile(r"^(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,2}\s+(?:noted|reported|said|advised|explained|mentioned)"
                             r"\s+(?:that\s+)?)?"
                             r"(?P<thing>(?:the|a|an)\s+[^,;:()]{3,60}?)\s+(?:is|are|was|were|has|have|had|remains?"
                             r"|needs?|continues?)\b", re.IGNORECASE)
_ABOUT_BEFORE = re.compile(r"\b(?:about|regarding|raised)\s+(?P<thing>the\s+[^,;:.()]{3,60}?)(?:\s+again)?\s*[.?!]?$"
                           r"|\basked\s+for\s+(?P<asked>(?:a|an|the)\s+[^,;:.()]{3,60}?)\s*(?:[,.?!]|$)")


def named_object(task: Task, previous: str) -> Task:
    it = _IT_TASK.match(task.what) if " it" in task.what or " this" in task.what else None
    if it is None or not previous:
        return task
    named = _SUBJECT_BEFORE.match(previous) or _ABOUT_BEFORE.search(previous)
    if named is None:
        return task
    thing = named["thing"] or named.groupdict().get("asked")
    if not thing:
        return task
    return Task(f"{it['verb']} {thing[:1].lower()}{thing[1:]}{it['rest']}", task.who, task.due_text)


def _sentence_tasks(sentence: str, owners: Owners) -> list[Task]:
    """The tasks one sentence of running text sets."""
    colon = _known_owner_colon(sentence, owners)
    if colon is not None:
        return [colon]
    resolving = sentence[:1].islower() or ("that" in sentence or "THAT" in sentence or "That" in sentence) and bool(
        _AGREED_THAT.search(sentence))
    clauses = split_clauses(sentence) if resolving else [sentence]
    first = clauses[0]
    # "the Director circulate the plan by 31 January": a resolution's clause on its own line.
    task = (clause_task(first, owners) if resolving else None) or _closed_by_known_owner(first, owners) or read_task(
        first, owners, strict=True) or _asked_in_prose(first, owners) or _agreed_to(first) or _said_would_be(first, owners) or (
        _work_to_be_done(first, owners) if " be " in first else None) or (
        delegated_task(first, owners) if "authority" in first else None)
    found = [task] if task is not None else []
    found.extend(task for clause in clauses[1:] if (task := clause_task(clause, owners)) is not None)
    return found


# "It was agreed to circulate the survey with the April agenda", "... and it was AGREED to write to
# absent members": an impersonal agreement to do a piece of work sets it, with no owner named
# ("The Board agreed to publish ..." records the body's own decision and is left to the decisions).
# Terse minutes leave out "it was" ("Agreed to circulate the draft to members.", "RESOLVED to write to
# the county council"): an agreement that opens the sentence is the same impersonal agreement.
_AGREED_TO = re.compile(r"(?:^|\band\s+|;\s+)(?:it\s+was\s+|members\s+(?=agreed\s+to\s)|(?=(?:agreed|resolved|decided)\s+to\s)(?<!\band\s))"
                        r"(?:also\s+|further\s+|unanimously\s+)?(?:agreed|resolved|decided)"
                        r"\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)


# Work someone must go and do ("it was agreed to hold the next meeting at the school" or "... to
# consider it in June" records the body's own plans, not a task).
AGREED_TASK_VERBS = {"write", "send", "circulate", "invite", "arrange", "ask", "request", "contact", "seek", "obtain",
                      "prepare", "draft", "publish", "find", "bring", "produce", "report", "provide", "share", "forward",
                      "refer", "organise", "organize", "book", "check", "chase", "investigate", "explore", "raise",
                      "liaise", "update", "email", "call", "compile", "collate", "submit", "respond", "reply",
                      "notify", "inform", "put", "place", "remove", "repair", "replace", "install", "order", "purchase",
                      "issue", "post", "display", "erect", "clear", "cut", "paint", "inspect", "examine", "investigate",
                      "carry"}


def _agreed_to(sentence: str) -> Task | None:
    if "to" not in sentence:
        return None
    match = _AGREED_TO.search(sentence)
    if match is None or match["verb"].lower() not in AGREED_TASK_VERBS:
        return None
    rest = match["verb"].lower() + match["rest"]
    due = find_due_phrase(rest)
    what = tidy_what(without_at_end(rest, due))
    return Task(what, None, str(due.value) if due else None) if what else None


# "Mr Daly said the survey had been carried out and the results would be circulated": someone who
# says a thing will be done, in the passive, is the one to do it.
_SAID_WOULD_BE = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|confirmed|advised|explained|stated)"
    r"\s+(?:that\s+)?(?:.*?\band\s+)?(?P<object>(?:the|a|an)\s+[^,;]{2,80}?)\s+(?:would|will)\s+be\s+"
    r"(?P<verb>[a-z]+ed|sent|brought|given|written|sought|drawn|done)\b(?P<rest>[^,;]*)$")


def _said_would_be(sentence: str, owners: Owners) -> Task | None:
    if " be " not in sentence:
        return None
    match = _SAID_WOULD_BE.match(sentence.rstrip(" ."))
    if match is None or match["verb"] in _DECIDED or not owners.is_person(match["owner"]):
        return None
    if re.search(r"\bby\s+(?!the\s+end\b|\d)", match["rest"]):
        return None  # "... would be staffed by existing teams": the words name who will do it
    if re.search(r"\s(?:is|are|was|were|has|have|had)\s", f" {match['object']} "):
        return None  # "the county council is responsible and will be contacted": no thing, a clause
    rest = match["rest"]
    due = find_due_phrase(rest)
    what = tidy_what(f"{plain_form(match['verb'])} {match['object']} {without_at_end(rest, due)}")
    return Task(what, owners.resolve(match["owner"]), str(due.value) if due else None)


# Work promised in the passive, with no one named to do it ("The list will be circulated to members.",
# "Mr Kiely would be invited.", "The Chair agreed a written response would be provided."), or asked of
# no one by the meeting itself ("Board asked that a map of food banks be circulated to members."): the
# record sets the work all the same, owned by whoever agreed to it, if anyone. Only verbs of doing
# count: "The road will be closed in May" or "The report would be considered in June" is news or the
# body's own business, and "... if funding is found" is no promise yet.
_TO_BE_DONE = re.compile(
    r"^(?:(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:also\s+)?(?:agreed|undertook|confirmed"
    r"|promised|indicated)\s+(?:that\s+)?)?(?P<object>(?:the|a|an|this|these|[A-Z])[^,;:]{1,100}?)\s+"
    # (Notes leave out the verb: "Revised tenancy agreements to be circulated to plot holders.")
    r"(?P<link>will|would|(?:is|are)\s+to|to)\s+be\s+(?P<verb>[a-z]{3,})\b(?P<rest>[^;]*)$")
# (A need stated is no task set: "The accounts need to be examined before the AGM; EP to ask ...".)
_REPORTED_IN_SUBJECT = re.compile(r"\b(?:[a-z]{3,}ed|asked|said|raised|whether|when|if|about|for|that|is|are|was|were|needs?)\b")
_ASKED_IN_SUBJECT = re.compile(r"\b(?:asked|said|raised|reported|whether|when)\b")
_AND_PARTICIPLE = re.compile(r"\s+and\s+([a-z]{3,}ed)\b")
# (A paragraph's own number opens it too: "49.3  The Panel asked that ...".)
_ENUMERATOR = re.compile(r"^(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)|(?:[a-h]|\d{1,2})[.)]|\d{1,3}(?:\.\d{1,3}){1,2}|[-*•])\s+")
_AGENT_BY = re.compile(r"\bby\s+(?P<agent>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|the\s+[a-z]+)\b")
_BODY_ASKED_THAT = re.compile(
    # (Whoever presides asks for the meeting: "The Deputy Chairman requested that the terms be circulated".)
    r"^(?:the\s+)?(?:board|committee|sub-?committee|panel|group|partnership|council|forum|members|meeting"
    r"|(?:deputy\s+|vice[- ]?)?(?:chair|chairman|chairperson|chairwoman|mayor|cathaoirleach|convener|convenor))\s+"
    r"(?:also\s+|further\s+)?(?:asked|requested|agreed)\s+that\s+(?P<clause>(?:the|a|an|this|these)\s.+\sbe\s+[a-z]+.*)$",
    re.IGNORECASE)
_CLAUSE_IN_SUBJECT = re.compile(r"\s(?:is|are|was|were|has|have|had|said|reported|will|would|shall|could|can)\s")
_TOPIC_SUBJECT_WORDS = 6
_NOT_YET = re.compile(r"\b(?:if|unless|subject\s+to|should\s+(?:it|they|there))\b", re.IGNORECASE)


# A thing that "is to be" or "will be" published, updated or removed by a date is work set for then, not
# a decision recorded ("The transparency report is to be published before the summit").
_DATED_WORK = re.compile(r"\s+(?:on|before|by|in)\s+(?:the\s+)?(?:\d|[A-Z]\w+\b(?!['’]s))")
_FUTURE_LINKS = {"is to", "are to", "will"}


def _work_to_be_done(sentence: str, owners: Owners) -> Task | None:
    text = _ENUMERATOR.sub("", " ".join(sentence.split()).rstrip(" ."), count=1)
    asked = _BODY_ASKED_THAT.match(text)
    if asked:
        task = clause_task(asked["clause"], owners)
        return task if task is not None and plain_form(task.what.split()[0]) in AGREED_TASK_VERBS else None
    match = _TO_BE_DONE.match(text)
    if match is None or match["verb"] in _DECIDED and not (
            " ".join(match["link"].split()) in _FUTURE_LINKS and _DATED_WORK.match(match["rest"])
            and not _REPORTED_IN_SUBJECT.search(match["object"])) or plain_form(
            match["verb"]) not in AGREED_TASK_VERBS or _NOT_YET.search(match["rest"]):
        return None
    if _ASKED_IN_SUBJECT.search(match["object"]) or match["link"] == "to" and _REPORTED_IN_SUBJECT.search(
            match["object"]):
        return None  # "AC asked for a summary to be brought back": a request, read where requests are
    agent = None
    if re.search(r"\bby\s+(?!the\s+end\b|\d|next\b)(?:the\s+)?[a-zA-Z]", match["rest"]):
        # "Samir to be notified by the secretary": the agent named, if a person or office, owns it;
        # "... would be provided by the ICB" names another body's work.
        by = _AGENT_BY.search(match["rest"])
        name = re.sub(r"^the\s+", "", by["agent"], flags=re.IGNORECASE) if by else ""
        if not name or not (owners.known_person(name) or is_role(name) or OWNER_ROLES.match(name)):
            return None
        agent = by["agent"]
        match_rest = match["rest"][: by.start()] + match["rest"][by.end():]
    else:
        match_rest = match["rest"]
    subject, topic = match["object"], None
    if _CLAUSE_IN_SUBJECT.search(f" {subject} "):
        # "The forum would meet in April and Mr Kiely would be invited": the thing follows the last "and".
        parts = re.split(r"\s+and\s+", subject)
        subject = parts[-1]
        if len(parts) == 1 or _CLAUSE_IN_SUBJECT.search(f" {subject} "):
            return None  # "the survey showed that the results would be shared": a clause, not a thing
        # (What the clause before is about is what the work is for: "Invite Mr Kiely: the forum".)
        before = _CLAUSE_IN_SUBJECT.split(f" {' and '.join(parts[:-1])} ", maxsplit=1)[0].strip()
        topic = before if 0 < len(before.split()) <= _TOPIC_SUBJECT_WORDS else None
    owner = match["owner"] or agent
    if owner and not (owners.is_person(owner) or is_role(re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE))
                      or OWNER_ROLES.match(owner)):
        return None
    rest = match_rest
    due = find_due_phrase(rest)
    # ("Revised tenancy agreements", "The list" open a sentence; "Mr Kiely", "Samir Haddou" are names.)
    words = subject.split()
    thing = subject[:1].lower() + subject[1:] if words[0] in {"The", "A", "An", "This", "These"} or (
        len(words) > 1 and words[1][:1].islower()) else subject
    # "... to be notified and added to the list": the second participle is the second task.
    rest = _AND_PARTICIPLE.sub(lambda found: f" and {plain_form(found[1])}", without_at_end(rest, due))
    verb = plain_form(match["verb"])
    particle = re.match(r"\s*(out|up)\b", rest)
    if particle:
        verb, rest = f"{verb} {particle[1]}", rest[particle.end():]  # "be carried out": "carry out"
    what = tidy_what(f"{verb} {thing} {rest}")
    if what and topic:
        what = with_topic(what, topic[:1].lower() + topic[1:] if topic.split()[0] in {"The", "A", "An"} else topic)
    return Task(what, owners.resolve(owner) if owner else None, str(due.value) if due else None) if what else None


def owned_clauses(text: str) -> list[str]:
    """ "JB to write to residents; RS to update the website" as its two tasks, and "the Chief
    Superintendent undertook to increase patrols, and Superintendent Lee agreed to provide ..."."""
    if ";" not in text and ", and " not in text:
        return [text]
    parts, start = [], 0
    for found in _OWNED_CLAUSE.finditer(text):
        piece = text[start:found.start()]
        if found.group().startswith(",") and not _HAS_CLAUSE.search(piece):
            continue  # "Ann Cole, Bob Ray, and Cy Dee agreed to ...": a list of owners, not two clauses
        parts.append(piece)
        start = found.end()
    return [*parts, text[start:]]


_OWNED_CLAUSE = re.compile(r"(?:;|,\s+and)\s+(?=[@A-Z][\w.@'’-]*(?:\s+[A-Z][\w.@'’-]*){0,2}(?:\s+(?:and|&)\s+[@A-Z][\w.@'’-]*"
                           r"(?:\s+[A-Z][\w.@'’-]*){0,2})?\s+(?:to|will|would|agreed\s+to|undertook\s+to|offered\s+to)\s+[a-z])")
# (Words of a clause of its own before ", and": a verb's lower-case word after the opening names.)
_HAS_CLAUSE = re.compile(r"\s(?:to|will|would|agreed|undertook|offered|said|reported|asked|was|were|is|are|has|had)\s")
_AGREED_THAT = re.compile(r"\b(?:resolved|agreed|decided|asks?|agrees?|requested|instructed|recommended|seconded)\b[^.]*?\bthat\b",
                          re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"(?:[;,]\s*|\s+)and\s+that\s+"
                           # "That Ms Ray be appointed ..., and the Democratic Services Officer notify her": a
                           # second clause that names an office and what it is to do, "that" left out.
                           r"|(?:,\s+|\s+)and\s+(?=the\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,4}(?!(?:would|will|should|shall|could|must"
                           r"|might)\b)[a-z]{3,}(?<!ed)(?<!s))\s)|;\s+(?:and\s+)?(?=(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+)?"
                           r"(?:that\s+)?(?:the|a|an|[A-Z])\s*)", re.IGNORECASE)


# Notes that give each speaker's words after their name ("Lena: if the vendors agree, we can ...",
# "Omar: thinks the date works") open what was said with a word no task opens with: a
# conjunction, pronoun, article, adverb, modal, or a verb in its "-s" or "-ing" form.
_SAID_AFTER_COLON = re.compile(
    r"^(?:if|we|i|it|its|the|a|an|this|that|these|those|there|they|he|she|you|yes|no|not|so|but|and|or|also|as|in"
    r"|on|for|at|maybe|perhaps|probably|just|very|too|what|how|why|when|where|who|would|could|should|can|will|may"
    r"|might|must|is|are|was|were|has|have|had|our|my|their|his|her|some|any|all|one|both|most|many|still|already"
    r"|good|great|agree|happy|thanks|thank|sounds|looks|seems|(?!(?:br|s|r|str|spr|wr)ing$)[a-z]+ing|[a-z]*[^s\W]s)$")


# What a speaker's remark opens with, after their name and a colon, that no task does: a number or
# quantity, a noun of feeling or opinion before "that", a stance, or a noun and then a verb that reports.
_REMARK_AFTER_COLON = re.compile(
    r"^(?:(?:no|two|three|four|five|six|some|several|many|most|all|one|only|still|also|not|nothing|none|yes)\b"
    r"|(?:concern|worry|question|point|view|sense|feeling|hope|thanks|happy|pleased|keen|prefer|prefers|preference"
    r"|agree|agrees|support|supports|disagree|disagrees|fine|ok|okay)\b"
    r"|[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|was|were|has|have|had|show|shows|showed|look|looks|seem|seems|remain|remains)\b)")


def _known_owner_colon(sentence: str, owners: Owners) -> Task | None:
    """ "DS: share attendance figures by 26 February", "TA / RM: plan the week": people the
    attendance defines, a colon, and the task in lower case."""
    match = _OWNER_COLON.match(sentence)
    if not match or match["verb"] in _REPORTING or match["verb"].endswith("ed") or _SAID_AFTER_COLON.match(match["verb"]):
        return None
    if _REMARK_AFTER_COLON.match(match["verb"] + match["rest"]):
        return None  # "Mei-Ling: two blockers left", "DW: concern that ...": a speaker's remark, not a task
    parts = [part for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", match["owner"]) if part]
    if not parts or not all(owners.known_person(part) for part in parts):
        return None
    rest = match["verb"] + match["rest"]
    due = find_due_phrase(rest)
    what = tidy_what(without_at_end(rest, due))
    return Task(what, owners.resolve(match["owner"]), str(due.value) if due else None) if what else None


def split_clauses(text: str) -> list[str]:
    """A resolution's clauses: "... be agreed, and that a report be added ..." is two."""
    return [clause for clause in _CLAUSE_BREAK.split(text) if clause.strip()]


_CHAT_STAMP = re.compile(r"\s*\([@\w.-]{2,39},\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*UTC)?\)$")


def _owner_date_bracket(text: str) -> str:
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


def _closed_by_known_owner(sentence: str, owners: Owners) -> Task | None:
    """ "Write to the retailers about the radio scheme [SH] - by 5 Dec", "Write the migration
    guide — @pnair": a task closed by the initials or handles of people the attendance
    lists, in brackets or after a dash, owns them even without a marker. A sentence that
    reports ("SH said ... (SH)") is no task."""
    tail = sentence[-48:]
    if not any(mark in tail for mark in (")", "]", " –", " —", " - ", "@", "*")):
        return None  # cheaply: no closing bracket or dash, no owner after the task
    text = _owner_date_bracket(" ".join(sentence.split()).strip())
    due = find_due_phrase(text)
    body = (without_span(text, due.start, due.end) if due else text).rstrip(" .;,-–—")
    agents = _PASSIVE_BY.match(body)
    if agents:
        # "Advisory text to be drafted by @icarvalho and reviewed by @weizhang-dev": each agent acts.
        found = _AGENT.findall(body)
        if found and all(owners.known_person(agent) for agent in found):
            what = tidy_what(f"{plain_form(agents['verb'])} {agents['object'][:1].lower()}{agents['object'][1:]}")
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
    owner = owner.strip("*_ ")  # "– *Jane Holt*": an owner set in italics
    parts = [part for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", owner) if part]
    # Initials and handles the attendance defines, or the full names it lists ("... – Sam Bright").
    # A given name alone ("(Chidi)") names its attendee too where the entry opens with an instruction;
    # an office in square brackets ("[Secretariat, Q1 2026]") is the one who holds it.
    bracketed = sentence.rstrip(" .;")[-1:] == "]"
    if not parts or not all((_SHORT_OWNER.match(part) or len(part.split()) >= 2 or (
            opens_with_task_verb(body[: match.start()]))) and owners.known_person(part)
            or bracketed and is_role(part) for part in parts):
        return None
    what = tidy_what(body[: match.start()])
    subject = _owner_and_what(_LEADING_NUMBER.sub("", what), owners, True, groups=True) if " will " in what or (
        " to " in what) else None
    if subject is not None and subject[1].strip():
        # "4.2 Dr Asante will review the annex [Dr Asante, by the end of January]": the task after its subject.
        what = tidy_what(subject[1])
    agreed = _AGREED_CLAUSE.match(what)
    if agreed:
        # "Agreed that the youth service would run a summer programme – Jane Holt": what was agreed is the task.
        what = tidy_what(agreed["verb"] + agreed["rest"])
    words = what.split()
    if len(words) < 3 or any(word.lower().strip(",.") in _REPORTING for word in words[1:3]) or words[0].lower().endswith("ed"):
        return None
    if len(words) <= _TITLE_WORDS and (words[0].lower() not in _INSTRUCTION_VERBS or words[1].lower() in _TOPIC_AFTER_VERB_WORD):
        return None  # "Estates strategy update (MH)", "Update on the budget - Sam Bright": a title and its presenter
    return Task(what, owners.resolve(owner), str(due.value) if due else None)


_AGREED_CLAUSE = re.compile(r"^(?:it\s+was\s+)?(?:agreed|resolved|decided)\s+that\s+[^,;]{1,60}?\s+(?:would|will|to|should)\s+"
                            r"(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)
# What opens a clause of a resolution or agreement before the clause itself.
_CLAUSE_LEAD = re.compile(
    r"^(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+)?(?:(?:it\s+was\s+)?(?:further\s+|also\s+)?(?:resolved|agreed|decided)\s*[:,\-–]?\s*)?"
    r"(?:that\s+(?=the\s+(?:board|committee|panel|group|council|forum|partnership|members)\b))?"
    r"(?:(?:the\s+)?(?:board|committee|panel|group|council|forum|partnership|members)\s+"
    r"(?=(?:also\s+)?(?:asks?|asked|agrees?|agreed|requests?|requested|resolves?|recommends?|instructs?|directs?)\b)"
    # "The Deputy Chairman requested that the terms be circulated": whoever asks, by name or office,
    # is no part of what they asked for.
    r"|(?-i:(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for)){0,4})\s+"
    r"(?=(?:also\s+)?(?:asked|requested|recommended|instructed|directed)\s+that\b))?"
    r"(?:(?:also\s+)?(?:asks?|asked|agrees?|agreed|requests?|requested|resolves?|recommends?|instructs?|directs?)\s+)?"
    r"(?:that\s*[:,]?\s*)?",
    re.IGNORECASE,
)
# Councils record who moved and who seconded a motion before what it resolved: "On the proposal of Cllr
# Lee, seconded by Cllr Ross, it was agreed that ...", "It was proposed by Cllr Lee and seconded by Cllr
# Ross that ...", "Cllr Lee proposed and Cllr Ross seconded that ...". The movers own none of it.
_MOTION_LEAD = re.compile(
    r"^(?:(?:on\s+the\s+)?(?:proposal|motion)\s+of\s+[^,;]{2,60}?,?\s+seconded\s+by\s+[^,;]{2,60}?,\s*"
    r"|it\s+was\s+(?:proposed|moved)\s+by\s+[^,;]{2,60}?,?\s+(?:and\s+)?seconded\s+by\s+[^,;]{2,60}?\s+"
    r"(?:and\s+(?:unanimously\s+)?(?:agreed|resolved)\s+)?(?=that\s)"
    r"|[^,;]{2,60}?\s+(?:proposed|moved)\s*,?\s+(?:and\s+)?[^,;]{2,60}?\s+seconded\s*,?\s+(?=that\s))",
    re.IGNORECASE)
# "the Clerk place the order": a named person, role or body and the verb in its plain form.
# ("PPN members would take away the draft", "the Housing section would hold ...": a body's people or
# part, written small after its name, are the owner, not the verb.)
_SUBJUNCTIVE = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|&))*"
    r"(?:\s+(?:members|representatives|reps|officers|officials|section|team|teams|staff|partners|colleagues|leads"
    r"|secretariat|department|directorate|unit|service|services)(?=\s+(?:would|will|should|shall|to)\s))?"
    r"|(?:the\s+|all\s+|relevant\s+)?(?:officers|partners|agencies|members))\s+"
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
            "maintained", "continued", "declined", "rejected"}
# What a board does at its own meetings, not work it sets anyone.
_BODY_BUSINESS = {"receive", "consider", "discuss", "note", "review", "hear", "see", "look", "return", "revisit", "monitor",
                  "keep", "meet", "approve", "agree", "scrutinise", "scrutinize", "visit", "tour"}
# "the Committee's views be reported to Cabinet": a referral, unless it is due by a date or meeting.
_REFERRED = {"reported", "referred", "passed"}
_THE_BODY = re.compile(r"^(?:board|committee|sub-?committee|panel|group|sub-?group|council|forum|partnership|members"
                       r"|meeting|network|cabinet|executive|authority|assembly)$", re.IGNORECASE)
_MODAL_END = re.compile(r"\b(?:should|would|could|must|will|may|might|can|to|not|cannot|shall|also)$", re.IGNORECASE)


def clause_task(text: str, owners: Owners, after_marker: bool = False) -> Task | None:
    """A clause of a resolution that sets work: "(b) the Clerk place the order" (a named
    owner and the verb in its plain form) or "a report be brought to the next meeting"
    (the passive, with no owner). Clauses that record a view or a decision ("the report be
    noted", "the Board notes ...") set none."""
    plain = " ".join(text.split()).strip(" ;,.")
    if "authority" in plain:
        delegated = delegated_task(plain, owners)
        if delegated is not None:
            return delegated
    clause = _CLAUSE_LEAD.sub("", _MOTION_LEAD.sub("", plain, count=1) if "second" in plain[:160].lower() else plain, count=1)
    # "It was agreed that a letter would be sent ...": after an agreement, "would be" sets the task.
    agreed = bool(re.search(r"\b(?:agreed|resolved|decided)\b.*\bthat\s*$", plain[: len(plain) - len(clause)], re.I))
    if _WAS_ASKED.match(clause):
        # "(b) the Treasurer be requested to provide ...": the one asked owns the task.
        return asked_task(clause, owners)
    due = find_due_phrase(clause)
    match = _SUBJUNCTIVE.match(clause)
    if match and match["verb"] in _CLAUSE_MODALS and not (match["verb"] == "should" and match["owner"].split()[-1].islower()) \
            and len(sentences(clause)) == 1:
        # "Agreed that the Steering Committee should source a speaker": the verb after the modal
        # ("members should go through the Chair" is guidance to all, not a task).
        after = re.match(r"\s+(?P<verb>[a-z]{2,})\b(?P<rest>.*)$", match["rest"])
        match = {"owner": match["owner"], "verb": after["verb"], "rest": after["rest"]} if after else None
    verb = _plain_verb(match["verb"], match["rest"]) if match else None
    if verb and verb not in _STANCE_VERBS | _NOT_PLAIN_VERBS:
        owner = re.sub(r"^the\s+", "", match["owner"].strip(), flags=re.IGNORECASE)
        if _THE_BODY.match(owner):
            return None  # "That the Partnership contribute £500": the meeting deciding, not a task
        if owners.is_person(owner) or owners.is_owner(owner, strict=True) or is_role(owner) or (
                owners.is_owner(owner, strict=False) and len(owner.split()) <= 5):
            rest = verb + match["rest"]
            rest_due = find_due_phrase(rest, task=True)
            what = tidy_what(without_at_end(rest, rest_due))
            return Task(what, owners.resolve(owner), str(rest_due.value) if rest_due else None) if what else None
    passive = _PASSIVE.match(clause)
    if passive and _MODAL_END.search(passive["object"]):
        # "the classes should be expanded": a view, not a resolution's clause; beside an owner's
        # marker, "a recovery trajectory will be brought to the April committee" is the task.
        if not (after_marker or agreed) or not re.search(r"\b(?:will|would|to|should)$", passive["object"]):
            passive = None
        else:
            passive = _PASSIVE.match(re.sub(r"\s+(?:(?:is|are)\s+to|will|would|to|should)\s+be\s+", " be ", clause, count=1))
    if passive and re.match(r"\s+(?:at|to)\s+(?:£|\$|€)?\d", passive["rest"]) or (
            passive and passive["verb"] == "set" and re.match(r"\s+at\b", passive["rest"])):
        passive = None  # "the precept be set at £18,500", "risk 4 be rescored to 16": a figure decided
    if passive and passive["verb"] not in _DECIDED and (passive["verb"].endswith("ed") or passive["verb"] in IRREGULAR):
        subject = passive["object"]
        if subject[:1].isupper() and not re.match(r"^(?:A|An|The)\b", subject) and (
                len(subject.split()) > 3 or not subject[1:].islower()
                or looks_like_name(subject) or owners.is_owner(subject, strict=True)):
            return None  # "Councillor Smith be appointed": a decision about a person ("Patrols be increased" is work)
        verb = plain_form(passive["verb"])
        rest = passive["rest"]
        owner = None
        agent = _BY_AGENT.match(rest)
        later = _LATER_PASSIVE.search(rest) if agent is None and ", to be " in rest else None
        if agent and (owners.is_person(agent["agent"]) or owners.is_owner(agent["agent"], strict=True)):
            # "the response letter be sent by the Chair to the Commissioner": who sends it is named.
            owner, rest = owners.resolve(re.sub(r"^the\s+", "", agent["agent"])), rest[agent.end():]
        elif later and (owners.is_person(later["agent"]) or owners.is_owner(later["agent"], strict=True)):
            # "a workshop for members be held in March, to be organised by S. Lavelle": the one named
            # does the second work to the same thing; the first is what it is for.
            owner, verb, rest = owners.resolve(re.sub(r"^the\s+", "", later["agent"])), plain_form(later["verb"]), rest[:later.start()]
        rest = REQUIRED_BY.sub("", rest.rstrip(" ."))
        rest_due = find_due_phrase(rest)
        if passive["verb"] in _REFERRED and rest_due is None and not after_marker and not re.match(
                r"(?:a|an)\s", subject, re.IGNORECASE):
            return None  # ("a letter be forwarded to the Minister", or beside an owner's marker, is work to do)
        rest = without_at_end(rest, rest_due)
        doer = _BY_DOER.search(rest)
        who = None
        if doer and (owners.is_person(doer["who"]) or is_role(re.sub(r"^the\s+", "", doer["who"], flags=re.IGNORECASE))
                     or owners.is_owner(doer["who"], strict=True)):
            # "the report be sent to the Commissioner by the Panel Support Officer": the one it is done by does it.
            who, rest = owners.resolve(doer["who"]), rest[: doer.start()]
        what = tidy_what(f"{verb} {subject[:1].lower()}{subject[1:]} {rest}")
        # (Who does it is named after its verb, in a second passive, or at the clause's close.)
        return Task(what, owner or who, str(rest_due.value) if rest_due else (str(due.value) if due else None))
    return None


# Who does the work a passive sets, named straight after its verb: "be sent by the Chair to ...".
_BY_AGENT = re.compile(r"^\s+by\s+(?P<agent>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|&)){0,4})(?=\s+(?!of\b|and\b)[a-z]|\s*[,;.]|\s*$)")
# A second passive, with who does it: "..., to be organised by S. Lavelle".
_LATER_PASSIVE = re.compile(r",\s+to\s+be\s+(?P<verb>[a-z]{3,}ed|led|run|given|done)\s+by\s+"
                            r"(?P<agent>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*\.?$")
_BY_DOER = re.compile(r"\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and)){0,5})\s*$")


# "to delegate to the Town Clerk, in consultation with the Mayor, authority to agree heads of terms",
# "delegated authority be given to the Clerk to place the order": an officer given authority to act has
# that act to do.
_DELEGATED = re.compile(
    r"\bdelegat(?:e|es|ed|ing)\s+to\s+(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    r"(?:\s*,\s*(?P<aside>in\s+consultation\s+with\s+[^,;]{3,80}),)?\s+(?:the\s+)?authority\s+to\s+"
    r"(?P<verb>[a-z]{3,})\b(?P<rest>[^;]*)$"
    r"|\bdelegated\s+authority\s+(?:be\s+)?(?:given|granted)\s+to\s+(?P<owner2>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,4})\s+to\s+(?P<verb2>[a-z]{3,})\b(?P<rest2>[^;]*)$")


def delegated_task(text: str, owners: Owners) -> Task | None:
    match = _DELEGATED.search(text)
    if match is None:
        return None
    owner, verb, rest = (match["owner"], match["verb"], match["rest"]) if match["owner"] else (
        match["owner2"], match["verb2"], match["rest2"])
    owner = re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)
    if not (owners.is_person(owner) or is_role(owner)):
        return None
    due = find_due_phrase(rest)
    aside = f" {match['aside']}" if match["owner"] and match["aside"] else ""
    what = tidy_what(f"{verb}{without_at_end(rest, due).rstrip(' .')}{aside}")
    return Task(what, owners.resolve(owner), str(due.value) if due else None) if what else None


_CLAUSE_MODALS = {"should", "will", "would", "shall"}
# Verbs that end in "-ing" in their plain form.
_ING_VERBS = {"bring", "sing", "ring", "string", "spring", "wring"}
# Verbs whose "-s" form reports what someone said or thinks rather than sets them work.
_REPORTS_S = {"say", "note", "explain", "confirm", "thank", "welcome", "advise", "inform", "highlight", "outline",
              "describe", "update", "report", "feel", "believe", "think", "understand", "wish", "hope", "know",
              "need", "want", "accept", "agree", "apologise", "remind", "ask", "declare", "attend", "chair", "sit"}


def _plain_verb(verb: str, rest: str) -> str | None:
    """A resolution's verb in its plain form, or None where it cannot set work. Clauses are
    written both in the subjunctive ("that the Clerk obtain two quotes") and, as often, in
    the present ("that the Clerk obtains two quotes and reports back"): the "-s" form is the
    same task unless it reports ("the Clerk confirms that ...")."""
    if verb.endswith("ed") or verb.endswith("ing") and verb not in _ING_VERBS:
        return None
    if verb.endswith("ly") and re.match(r"\s+(?:[a-z]{2,}ed|had|was|were|has|is|are|did)\b", rest):
        return None  # ("the Chairman duly signed them": a manner word before what was done, not a plain verb)
    if not verb.endswith("s") or verb.endswith("ss"):
        return verb
    if re.match(r"\s+that\b", rest):
        return None
    stem = verb[:-3] + "y" if verb.endswith("ies") else verb[:-2] if re.search(r"(?:ch|sh|x|z|ss|o)es$", verb) else verb[:-1]
    return None if stem in _REPORTS_S or len(stem) < 3 else stem


# "Update on the budget", "Review of the year", "Report from the Chair": a verb's word used as a
# noun before a preposition heads a topic, not a task.
_TOPIC_AFTER_VERB_WORD = {"on", "of", "from", "by"}
# The little words of an instruction's object or destination ("the hazard log to the group"); a
# title built of nouns has none ("Open day arrangements").
_OBJECT_WORDS = {"the", "a", "an", "to", "for", "with", "on", "at", "in", "into", "about", "whether", "and", "from",
                 "their", "his", "her", "its", "our", "all", "any", "each", "two", "three", "up", "out", "back"}


def opens_with_verb(text: str) -> bool:
    """Whether words open with a verb of doing, whatever follows it ("Report on the review", "Repaint ...")."""
    words = text.lower().split()
    verb = words[0] if words else ""
    verb = verb[3:] if verb.startswith("re-") else verb[2:] if verb[:2] == "re" and verb[2:] in _INSTRUCTION_VERBS else verb
    return verb in _INSTRUCTION_VERBS


def opens_with_task_verb(text: str) -> bool:
    """Whether words open as an instruction does, with a verb of doing in its plain form and
    something to do it to ("Circulate the hazard log", "Ask the foundation for ..."), not a
    topic named by a verb's word ("Update on the budget", "Review of the year", "Open day
    arrangements")."""
    words = text.lower().split()
    verbs = _INSTRUCTION_VERBS
    verb = words[0] if words else ""
    # "Re-advertise the post", "Repaint the doors": a verb done again.
    verb = verb[3:] if verb.startswith("re-") else verb[2:] if verb[:2] == "re" and verb[2:] in verbs else verb
    return len(words) >= 3 and verb in verbs and (
        words[1] not in _TOPIC_AFTER_VERB_WORD) and any(word in _OBJECT_WORDS for word in words[1:])


def asked_task(sentence: str, owners: Owners) -> Task | None:
    """ "The Board asked that Healthwatch share its survey by May": a request to a named
    person, role or body, with the verb in its plain form."""
    if not _ASK_WORDS.search(sentence):
        return None  # cheaply: no word that asks anyone for anything
    match = _ASKED_THAT.search(sentence) or _WAS_ASKED.search(sentence) or _ASKED_TO.search(sentence)
    if not match or match["verb"].lower() in _NOT_VERBS or match["verb"].lower().endswith("ed") or (
            match["verb"].lower().endswith("ing") and match["verb"].lower() not in _ING_VERBS):
        return None
    owner = re.sub(r"^the\s+", "", match["owner"].strip(), flags=re.IGNORECASE)
    if not (owners.is_person(owner) or owners.is_owner(owner, strict=True) or is_role(owner)
            or (owner[:1].isupper() and owners.is_owner(owner, strict=False))):
        return None
    if _THE_BODY.match(owner) and match["verb"].lower() in _BODY_BUSINESS:
        return None  # "asked that the Committee visit the wetlands": the meeting's own business
    rest = match["verb"] + match["rest"]
    due = find_due_phrase(rest)
    what = tidy_what(without_at_end(rest, due) if due else rest)
    return Task(what, owners.resolve(owner), str(due.value) if due else None) if what else None


def _owner_and_what(body: str, owners: Owners, strict: bool, groups: bool) -> tuple[str, str] | None:
    # "That resilience was a collective endeavour. For the cluster to lead ...": the
    # owner may open a later sentence; the action is from there on.
    if not _LINK_WORD.search(body):
        return None  # cheaply: no "to", "will", "would" or "should" to tie an owner to a task
    for sentence in _sentence_starts(body):
        listed = _LISTED_OWNERS.match(sentence) if "," in sentence[:100] else None
        if listed and listed["verb"].lower() not in _NOT_VERBS and _mostly_known(listed["owner"], owners, strict):
            return owners.resolve(listed["owner"]), listed["verb"] + listed["rest"]
        match = _OWNER_THEN_VERB.match(sentence)
        if not match or match["verb"].lower() in _NOT_VERBS and not _CAUSATIVE.match(match["rest"]) or (
                _ABSTAINS.match(match["verb"] + match["rest"])):
            continue
        owner, link = match["owner"].strip(), " ".join(match["link"].lower().split())
        if _ASKS_ANOTHER.search(owner):
            continue  # "The Chair requested Council to approve the minutes": who was asked acts (see asked_task)
        if not owners.is_owner(owner, strict):
            continue
        if strict and not match["rest"].strip(" .;,") and not (link == "to" and match["verb"].lower() in _BARE_TASK_VERBS):
            # "Dr Pym will deputise", "Sam will attend": a verb with nothing to do is news, not a task;
            # "Clerk to chase.", "Cllr Okoye to arrange." after the minute's words set the work they describe.
            continue
        if strict and _THE_BODY.match(re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)) and (
                match["verb"].lower() in _BODY_BUSINESS):
            continue  # "The Board is to receive the annual plan in May": the meeting's own business
        if strict and (link not in _GROUP_LINKS or not groups) and not owners.is_person(owner):
            continue
        if link == "should" and not owners.known_person(owner) and owner.split()[-1].islower():
            continue  # "members should go through the Chair": guidance to all, not a named body's or person's task
        return owners.resolve(owner), match["verb"] + match["rest"]
    return None


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


def _owner_then_dash(body: str, owners: Owners) -> tuple[str, str] | None:
    """ "JB – circulate the funding bulletin", "All: send comments": a marked item that
    names its owner first and the task after a dash or colon."""
    bracketed = _BODY_PERSON_DASH.match(body) if "(" in body[:60] else None
    if bracketed and (person := owners.known_person(bracketed["person"]) or (
            bracketed["person"][:1].isupper() and owners.is_person(bracketed["person"]) and bracketed["person"])):
        # "Force (Sgt Kowalski) - review the record": the person named for the body does the task.
        return owners.resolve(person), bracketed["what"]
    if "(" in body[:60]:
        # "Dariusz (absent, assigned async): travel grant costing": a note on the owner's attendance before the colon.
        body = _ABSENT_NOTE.sub(r"\g<owner>", body, count=1)
    match = _OWNER_DASH.match(body)
    if match is None and "," in body[:60] and (people := _PEOPLE_THEN_TASK.match(body)) is not None and all(
            owners.known_person(part) for part in re.split(r"\s*,\s*|\s+(?:and|&)\s+", people["owner"]) if part):
        # "Yusuf, Ines: CoCC election announcement post", "Renata, Tobias — KubeCon slides": the people the
        # attendance names, listed with commas, then the task after a colon or dash.
        return owners.resolve(people["owner"]), people["what"]
    if match is None and "," in body[:40] and (listed := _OWNER_COLON.match(body)) is not None:
        # "RN, CA: draft the foreword": owners listed with commas before the colon.
        owner, what = listed["owner"], body[listed.start("verb"):]
    else:
        # ("@dvolkov + @mbeaulieu — publish ...": a plus joins two owners.)
        owner, what = (re.sub(r"\s+\+\s+", " and ", match["owner"]), match["what"]) if match else ("", "")
    if not owner or not (owners.is_owner(owner, strict=False) or _ALL_OF.match(owner.strip())):
        return None
    return owners.resolve(owner), what


def _sentence_starts(body: str) -> list[str]:
    """Each sentence with those after it, its lead-in ("It was agreed that") dropped:
    "It was agreed that SP would circulate the results" sets SP a task."""
    parts = [piece for part in sentences(body)
             for semi in (_SEMICOLON.split(_LEADING_NUMBER.sub("", part)) if ";" in part else (_LEADING_NUMBER.sub("", part),))
             for agreed in (_MID_AGREEMENT.split(semi) if " it was " in semi.lower() else (semi,))
             for piece in _after_title(agreed)]
    starts = [_LEAD_IN.sub("", " ".join(parts[index:])) for index in range(len(parts))]
    return [_GLOSS.sub(r"\g<owner>", start, count=1) if "(" in start else start for start in starts]


# "The Finance Working Group (Cllrs Fenn, Gorski and Penrose) to meet ...", "Sarah Jones (SJ) will ...":
# a bracket between the owner and "to" glosses the owner (its members, initials or body).
_GLOSS = re.compile(r"^(?P<owner>[^()]{2,60}?)\s*\([^()]{1,60}\)(?=\s+(?:to|will|would|agreed\s+to)\s+[a-z])")


# "4.3 DF and NK to meet the bank", "(a) The Clerk to order ...": a minute's or clause's number opens no owner's name.
_LEADING_NUMBER = re.compile(r"^(?:(?:\d{1,3}(?:\.\d{1,3})+|\(?[a-h]\)|\([ivx]{1,4}\))\s+)+(?=\S)")
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
    return [match["title"], part[match.end():]]


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


# The verbs an instruction opens with ("Circulate ...", "Ask ...", "Announce ...").
_INSTRUCTION_VERBS = frozenset(CHAIN_VERBS | AGREED_TASK_VERBS | {
    "announce", "sign", "nominate", "identify", "escalate", "approach", "recruit", "publicise", "promote", "develop",
    "establish", "deliver", "pursue", "advertise", "renew", "fit", "tighten", "print", "buy", "walk", "visit", "photograph"})
