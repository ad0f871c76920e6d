"""Lines that open with their owner, a dash and the task: "RB - update the online calendar", "B.J. - get a
quote for the lights", "Treasurer - check the insurance", "TE/MY - organise the raffle prizes", "JB - will
check the shed keys". Village hall committees, clubs and residents' groups type their notes so, one line a
task. This module alone decides whether words are "owner, dash, task" (`owner_dash_task`, with the verb test
`opens_work` built on the instruction verbs of minutes/actions.py): the rewriting of a paragraph's lines here,
a table cell's sentences and a list's entries (minutes/body.py), a sentence of running text or a bullet once
its mark is off (minutes/prose_tasks.py) and the lines the attendance took (minutes/reader.py) all ask it.

Each such line is written "RB to update the online calendar.", as the rules for an owner and "to" read it
("JB - will check ..." is "JB will check ..."), when the owner is someone the roll names (initials, a name, a
post or a group) and the word after the dash is a verb of work in its plain form, not a report's noun
("Police - update on crime"), a past or present tense ("Chair - welcomed everyone", "Clerk - reports that
...") nor a declaration's words ("Cllr Rees - personal interest in ...")."""

from __future__ import annotations

import re

from minutes.actions import TOPIC_AFTER_VERB_WORD, opens_with_verb
from minutes.owners import Owners
from minutes.reviews import status_of

# A bullet, then an owner of one to four words (commas, "and", "&" or "/" may join owners: "ST and RP", "TE/MY"),
# a dash between spaces, then the "will" or "to" that sets the work, if any, and the task opening in lower case.
OWNER_DASH_TASK = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*•][ \t]+)?)(?:\*\*)?"
    r"(?P<who>[A-Z@][\w@.'’/&-]{0,30}(?:,?[ \t]+[A-Za-z&][\w@.'’/&-]{0,30}){0,3}?)(?:\*\*)?"
    r"[ \t]+[-–—][ \t]+(?P<link>(?:will|to|shall|is[ \t]+to)[ \t]+(?=[a-z]))?(?P<task>(?P<verb>[a-z]{2,15})\b.*)$",
    re.DOTALL)
# Words after a dash that open no task: a negation, a report's wording, a status.
_NOT_OPENING = {"is", "was", "has", "had", "no", "not", "nothing", "none", "all", "see", "n/a",
                "tbc", "done", "ongoing", "complete", "completed", "closed", "open", "agreed", "noted", "verbal",
                "thanks", "apologies", "absent", "present", "chair", "via"}
# A noun's followers: "update on ...", "report from ...", "feedback given".
_NOUN_FOLLOWERS = {"on", "from", "given", "received", "was", "were", "is", "are", "had", "has", "of"} | set(
    TOPIC_AFTER_VERB_WORD)
# Verbs of small bodies' errands and of a team's work that the instruction verbs leave out.
_ERRAND_VERBS = {"get", "sell", "ring", "phone", "collect", "clean", "look", "speak", "talk", "pay", "source", "fetch",
                 "bring", "take", "put", "tell", "let", "sort", "fix", "repair", "mend", "paint", "empty", "cut", "measure",
                 "revise"}
_MOST_LINES = 400


def owner_dash_task(line: str) -> re.Match | None:
    """`line`'s parts (`lead`, `who`, `link`, `task`, `verb`) if it is an owner, a dash and a task: a "will" or
    "to" after the dash, or a verb of work with something after it. Whether `who` is someone the roll names is
    the caller's question."""
    found = OWNER_DASH_TASK.match(line) if "-" in line or "–" in line or "—" in line else None
    if found is None:
        return None
    return found if found["link"] or opens_work(found["task"]) else None


def owned_dash_task(line: str, owners: Owners) -> re.Match | None:
    """`owner_dash_task(line)`, if its owner is someone the roll names (initials, a name, a post or a group)."""
    found = owner_dash_task(line)
    if found is None:
        return None
    who = found["who"]
    if not found["link"] and any(len(word) >= 3 and word.isupper() for word in re.findall(r"[A-Za-z]+", who)):
        return None  # ("ASB TEAM - obtain ...": an owner in capitals, read as a register's entry)
    return found if owners.is_owner(who, strict=True) else None


def opens_work(task: str) -> bool:
    """Whether the words after an owner's dash open a task: a verb of work in its plain form ("update", "get",
    "re-advertise") and a word after it that is not a noun's follower ("update on ...")."""
    words = task.split(maxsplit=2)
    if len(words) < 2:
        return False
    verb, after = words[0].lower(), words[1].lower()
    if verb in _NOT_OPENING or after in _NOUN_FOLLOWERS or not re.match(r"[\w'’]", after):
        return False
    return verb in _ERRAND_VERBS or opens_with_verb(verb)


def owner_dash_tasks(text: str, owners: Owners) -> str:
    """`text` (a paragraph's lines) with each "OWNER - verb ..." line written "OWNER to verb ...", closed by a
    full stop ("OWNER - will verb ..." is "OWNER will verb ..."), and a full stop closing the line before it."""
    lines = text.split("\n")
    if len(lines) > _MOST_LINES:
        return text
    for index, line in enumerate(lines):
        found = owned_dash_task(line, owners)
        if found is None or "-" in found["lead"]:
            continue  # ("- Clerk - confirm ...": a list's entry, read with the entries round it as a list's are)
        if status_of(found["task"]) == "closed":
            continue  # ("Ada - publish the results. **Done**": work reported done; the sentence's reader drops it)
        who = found["who"]
        rest = found["task"].rstrip()
        if found["link"]:
            # ("JB - will check ...": the owner's own "will" or "to" sets the work; the line's end is left as typed.)
            lines[index] = f"{found['lead']}{who} {' '.join(found['link'].split())} {rest}"
        else:
            if re.fullmatch(r"(?:[A-Z]\.\s*){2,4}", who):
                who = who.replace(".", "").replace(" ", "")  # ("B.J.": its stops would end the sentence)
            lines[index] = f"{found['lead']}{who} to {rest}" + ("" if rest[-1:] in ".!?" else ".")
        before = lines[index - 1].rstrip() if index else ""
        if before and before[-1] not in ".!?:;":
            lines[index - 1] = f"{before}."
    return "\n".join(lines)


def dash_task_lines(lines: list[str], used: set[int], owners: Owners) -> set[int]:
    """Of the lines the attendance took (`used`), those that set a group or person a task after a dash ("All
    members - sell tickets for the quiz"): a roll's "All members - present" opens no verb of work, so such a
    line is the minutes' business, read as the paragraph it stands in."""
    return {index for index in used if index < len(lines) and owned_dash_task(lines[index], owners) is not None}
