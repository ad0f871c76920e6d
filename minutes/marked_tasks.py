"""The task an owner's marker points at: "ACTION: Clerk", "(AR)", an owner in capitals or in an "Action by"
column names who, and the sentence before it says what (an instruction, what was asked or agreed, a passive
"will be brought"), without a vote's tally or a minute's number; and a terse task given its topic.

Apart from the body's walk (minutes/body.py) because markers, owners' columns and table rows of minute text
all read the sentence before an owner this one way."""

from __future__ import annotations

import re

from minutes.actions import Task, last_task_sentence, opens_with_task_verb, read_task
from minutes.clause_tasks import asked_task, clause_task
from minutes.decisions import sentences
from minutes.owners import Owners
from minutes.reviews import status_of
from minutes.topics import about
from minutes.when import find_due_phrase
from minutes.wording import tidy_what, without_at_end


_MINUTE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2})+\s+")
ENUMERATION = re.compile(r"^\s*\(?(?:[a-h]|i{1,3}|iv|v|vi|\d{1,2})[.)]\s+")
REPORTING_VERBS = {"said", "asked", "noted", "reported", "explained", "confirmed", "agreed", "thanked",
                   "welcomed", "presented", "outlined", "raised", "suggested", "queried", "stated", "advised",
                   "highlighted", "informed", "told", "gave", "was", "were", "had", "has", "have", "is", "are"}


def reports(item: str) -> bool:
    """Whether an entry reads as a report of the meeting ("OC asked that ...", "The group
    noted ...") rather than a task: its subject's verb is past or a reporting one."""
    words = item.split()
    for word in words[1:4]:
        bare = word.lower().strip(",.;:")
        if bare in REPORTING_VERBS or word[:1].islower() and bare.endswith("ed") and len(bare) > 4:
            return True
        if word[:1].islower():
            return False
    return False


# "... and put right at no cost. ACTION: REVOLUTION.": a name in capitals alone after the marker, known or
# not (a contractor, a firm, a group), owns the sentence before it, as the roll's initials would.
_CAPITALS_NAME = re.compile(r"^[A-Z][A-Z'’&-]{3,}(?: [A-Z][A-Z'’&-]{1,}){0,2}$")
# (Words a marker may say in capitals that name nobody.)
_NOT_A_NAME = {"NONE", "NOTED", "NOTE", "TBC", "TBA", "DONE", "OPEN", "CLOSED", "COMPLETE", "COMPLETED", "ONGOING",
               "AGREED", "RESOLVED", "DEFERRED", "PENDING", "REQUIRED", "NEEDED", "CARRIED", "FORWARD", "ACTION"}
_CAPITALS_NAME_LETTERS = 6


def capitals_owner(text: str, before: str, owners: Owners) -> Task | None:
    name = " ".join(text.split()).strip(" .;")
    if not before.strip() or not _CAPITALS_NAME.match(name) or set(name.split()) & _NOT_A_NAME or status_of(name) or (
            len(name.replace(" ", "")) < _CAPITALS_NAME_LETTERS or owners.known_person(name)):
        return None  # ("ACTION: OPCC", "ACTION: NHSE": a short run of capitals is a body's or a person's initials)
    return Task("", name.title(), None)


def for_marker(marker: Task, before: str, owners: Owners) -> Task | None:
    # "... in the next report. (Action: NQ)": the bracket that opens the marker is not a sentence.
    sentence = last_task_sentence(_without_vote(before.rstrip().rstrip("([").rstrip()))
    if not sentence:
        return None
    sentence = _MINUTE_NUMBER.sub("", sentence)  # "5.2 The Board asked for ...": the minute's number is no word of it
    if ";" in sentence:
        # "No apologies came from Cllr Fair; the Clerk will write to him. ACTION: Clerk": the clause
        # after the semicolon that sets someone work is the one the marker points at.
        last = sentence.rsplit(";", 1)[1].strip()
        if read_task(last, owners, strict=True) is not None:
            sentence = last
    # "Members were asked to promote the survey (Action: All)": the task is what they were asked to do.
    # "A recovery trajectory will be brought to the April committee (AR)": the task is to bring it.
    future_passive = _FUTURE_PASSIVE.search(sentence)
    # "The board asked that the strategy be brought back in June (Lead officer: RP)": what was asked, in the passive.
    asked_passive = _ASKED_PASSIVE.search(sentence) if " be " in sentence else None
    plain = ENUMERATION.sub("", sentence).strip()
    if plain[:3] in ("To ", "to ") and opens_with_task_verb(plain[3:]):
        # "To replace the swing seat. Proposed ..., all agreed. Clerk to action.": an agenda's "To ..." is the task.
        plain = plain[3:4].upper() + plain[4:]
    if plain[:1].isupper() and opens_with_task_verb(plain) and not future_passive:
        # "Invite the Radio CIC to broadcast from the Festival. ACTION: ECO": an instruction is the task
        # whole, whoever it names after its verb.
        due = find_due_phrase(plain, task=True)
        task = Task(tidy_what(without_at_end(plain, due)), None, str(due.value) if due else None)
    else:
        task = None
    asked_active = _ASKED_ACTIVE.search(sentence) if task is None and "that" in sentence else None
    if asked_active and opens_with_task_verb(asked_active["task"]):
        # "... and asked that Brightways carry out a site visit. ACTION: BRIGHTWAYS": what the one asked is to do.
        due = find_due_phrase(asked_active["task"], task=True)
        task = Task(tidy_what(without_at_end(asked_active["task"], due)), None, str(due.value) if due else None)
    task = task or (asked_task(sentence, owners) or (clause_task(sentence, owners, after_marker=True) if future_passive
                                                      else None)
                    or (clause_task(asked_passive["clause"], owners) if asked_passive else None)
                    or read_task(sentence, owners, strict=False))
    if task is None:
        return None
    agreed = _AGREED_TO_DO.search(task.what) if task.who is None else None
    if agreed:
        # "Officials were cautious but agreed to test it internally (Action: CM)": what was agreed is the task.
        task = Task(agreed["rest"], None, task.due_text)
    what = _REPORTED_LEAD.sub("", task.what, count=1)
    if (done_then := _DONE_THEN.match(what)) and opens_with_task_verb(what[done_then.end():]):
        # "The board welcomed the report and will write to the primary care team ... (Board Secretary)": what
        # the body did is said first; the task is what it will do.
        what = what[done_then.end():]
    # "She will ask the countryside team to attend ... ACTION: Cllr Rowse": the marker names who "she" is.
    what = _PRONOUN_LEAD.sub("", what, count=1) if task.who is None else what
    if task.what[: len(task.what) - len(what)].lower().endswith("for ") and _ASKED_FOR_THING.match(what):
        # "FQ asked for a breakdown by specialty (OP)": what was asked for is to be provided, or done
        # as the request says ("asked for a breakdown to be brought back": bring it back).
        passive = _TO_BE_DONE_AFTER.match(what)
        done = clause_task(f"{passive['thing']} be {passive['rest']}", owners) if passive else None
        what = done.what if done is not None else f"provide {what}"
    what = what[:1].upper() + what[1:]
    # "The gate lock needs replacing. Cllr Bell to arrange. (RB)": the task with its topic.
    what = about(what, sentences(before)[:-1])
    due = find_due_phrase(what, task=True) if " by " in what else None
    if due is not None and due.start > 0 and what[due.end:].lstrip()[:1] in (",", ""):
        # "Circulate the final draft for comment by 20 February, with sign-off in March": the date and the
        # aside after it are no part of the task.
        what = what[: due.start].rstrip(" ,;")
    return Task(what, marker.who, marker.due_text or task.due_text)


def _without_vote(before: str) -> str:
    """The words a marker closing them points at, without the record of the vote that came between the
    proposal and its owner: "Retire the old build scripts. Unanimous consent. ACTION: Lena", "Renew the
    hall insurance with the current broker. Proposed by Cllr Tate, seconded by Cllr Lund, all agreed.
    Clerk to action." (The vote says the proposal passed; the work is the proposal's.)"""
    if not _VOTE_WORD.search(before):
        return before  # cheaply: no word of voting at all
    found = sentences(before)
    kept = len(found)
    while kept > 1 and len(found[kept - 1]) <= _VOTE_LONGEST and _VOTE_ONLY.match(found[kept - 1]):
        kept -= 1
    return before if kept == len(found) else " ".join(found[:kept])


_VOTE_WORD = re.compile(r"\b(?:consent|carried|unanimous(?:ly)?|seconded|nem|agreed|approved|favour|objections?|passed)\b",
                        re.IGNORECASE)
_VOTE_LONGEST = 200
# A sentence that only records how a proposal was decided: "Unanimous consent.", "Carried unanimously.",
# "Agreed nem con.", "All in favour.", "No objections.", "Proposed by Cllr A, seconded by Cllr B, all agreed."
_VOTE_ONLY = re.compile(
    r"^(?:(?:it\s+was\s+)?(?:proposed|moved)\b[^.;]{0,120}?\bseconded\b[^.;]{0,120}"
    r"|(?:(?:the\s+)?(?:motion|proposal|resolution|vote)\s+(?:was\s+)?)?(?:carried|agreed|approved|passed)"
    r"(?:\s+(?:unanimously|by\s+all|by\s+a\s+majority|nem\.?\s*con\.?|without\s+objection))?"
    r"|unanimous(?:ly)?\s+(?:consent|agreement|approval|support|vote|agreed|approved|carried)"
    r"|(?:all|everyone|members)\s+(?:in\s+favou?r|agreed|approved)|no\s+objections?|nem\.?\s*con\.?)\W*$",
    re.IGNORECASE)
_AGREED_TO_DO = re.compile(r"\b(?:agreed|undertook|offered|promised|volunteered)\s+to\s+(?P<rest>[a-z]{2,}\b.*)$")
# "The board asked that the engineers replace the sensor": whom the meeting asked (one to three words, "the"
# before them or not), then what they are to do in a verb's plain form.
_ASKED_ACTIVE = re.compile(r"\b(?:asked|requested|asks|requests)\s+that\s+(?:the\s+)?[A-Za-z][\w'’-]*+(?:\s+[A-Z][\w'’-]*+){0,2}"
                           r"\s+(?P<task>[a-z]+\s.*)$")
_ASKED_PASSIVE = re.compile(r"\b(?:asked|requested|agreed|recommended)\s+that\s+(?P<clause>(?:the|a|an)\s.+\sbe\s+\w+.*)$",
                            re.IGNORECASE)
# "... will be brought to the April committee", "The hedge on School Lane is to be reported to the landowner".
_FUTURE_PASSIVE = re.compile(r"\b(?:will|(?:is|are)\s+to)\s+be\s+(?:\w+ed|brought|sent|held|written|given|drawn|sought)\b")
_ASKED_FOR_THING = re.compile(r"^(?:a|an|the|further|more|some)\s+[a-z]")
_TO_BE_DONE_AFTER = re.compile(r"^(?P<thing>.+?),?\s+to\s+be\s+(?P<rest>[a-z]{3,}\b.*)$")
_PRONOUN_LEAD = re.compile(r"^(?:she|he|they|we)\s+(?:(?:will|would|shall)\s+|(?:is|are)\s+to\s+"
                           r"|(?:agreed|undertook|offered)\s+to\s+)"
                           r"(?:also\s+)?(?=[a-z]{2,})", re.IGNORECASE)
_DONE_THEN = re.compile(r"^(?:the\s+(?:board|committee|group|panel|forum|partnership|meeting|council)|members)\s+[a-z]+ed\s+"
                        r"[^,.;]{1,80}?\s+and\s+(?:will\s+|would\s+)?(?=[a-z]{3,}\s)", re.IGNORECASE)
_REPORTED_LEAD = re.compile(
    r"^(?:it\s+was\s+|the\s+(?:board|committee|group|panel|forum|partnership|meeting|council)\s+"
    r"(?:[a-z]+ed\s+[^,.;]{1,60}?\s+and\s+)?|members\s+"
    r"|(?:[A-Z][\w'’.-]*\s+){1,3}(?=(?:also\s+)?(?:asked|requested|suggested|proposed)\s+(?:for|that)\s))"
    r"(?:also\s+)?(?:asked|requested|agreed|noted|suggested|recommended|resolved|decided)\s+(?:for\s+|that\s+)",
    re.IGNORECASE)


def task_about(task: Task, before: list[str]) -> Task:
    """A terse task in a row of minute text ("Clerk to chase.") with the topic its entry gave before it."""
    what = about(task.what, before)
    return task if what == task.what else Task(what, task.who, task.due_text)
