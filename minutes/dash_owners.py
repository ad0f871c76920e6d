"""Lines that open with their owner, a dash and the task in a verb's plain form, with no "to" or "will":
"RB - update the online calendar", "B.J. - get a quote for the lights", "Treasurer - check the insurance",
"TE/MY - organise the raffle prizes". Village hall committees, clubs and residents' groups type their
notes so, one line a task. Each such line is written "RB to update the online calendar.", as the rules for
an owner and "to" read it, when the owner is someone the roll names (initials, a name, a post or a group)
and the word after the dash is a verb of work in its plain form, not a report's noun ("Police - update on
crime"), a past or present tense ("Chair - welcomed everyone", "Clerk - reports that ...") nor a declaration's
words ("Cllr Rees - personal interest in ...")."""

from __future__ import annotations

import re

from minutes.actions import INSTRUCTION_VERBS
from minutes.owners import Owners

# An owner of one to three words, a dash between spaces, then a word in lower case.
_DASH_TASK = re.compile(r"^(?P<lead>[ \t]*(?:[*•][ \t]+)?)(?P<who>[A-Z@][\w.'’/&-]{0,30}(?:[ \t]+[A-Za-z][\w.'’/&-]{0,30}){0,2})"
                        r"[ \t]+[-–—][ \t]+(?P<verb>[a-z]{2,15})(?P<after>[ \t]+[\w'’]{1,20})?")
# Words after a dash that open no task: a link already read elsewhere, a negation, a report's wording.
_NOT_OPENING = {"to", "will", "shall", "is", "was", "has", "had", "no", "not", "nothing", "none", "all", "see", "n/a",
                "tbc", "done", "ongoing", "complete", "completed", "closed", "open", "agreed", "noted", "verbal",
                "thanks", "apologies", "absent", "present", "chair", "via"}
# A noun's followers: "update on ...", "report from ...", "feedback given".
_NOUN_FOLLOWERS = {"on", "from", "given", "received", "was", "were", "is", "are", "had", "has", "of"}
# Verbs of small bodies' errands that the instruction verbs leave out.
_ERRAND_VERBS = {"get", "sell", "ring", "phone", "collect", "clean", "look", "speak", "talk", "pay", "source", "fetch",
                 "bring", "take", "put", "tell", "let", "sort", "fix", "repair", "mend", "paint", "empty", "cut", "measure"}
_MOST_LINES = 400


def owner_dash_tasks(text: str, owners: Owners) -> str:
    """`text` (a paragraph's lines) with each "OWNER - verb ..." line written "OWNER to verb ...", closed by a
    full stop, and a full stop closing the line before it."""
    lines = text.split("\n")
    if len(lines) > _MOST_LINES:
        return text
    for index, line in enumerate(lines):
        found = _DASH_TASK.match(line)
        if found is None or not _opens_work(found):
            continue
        who = found["who"]
        if any(len(word) >= 3 and word.isupper() for word in re.findall(r"[A-Za-z]+", who)):
            continue  # ("ASB TEAM - obtain ...": an owner in capitals, read as a register's entry)
        if not owners.is_owner(who, strict=True):
            continue
        rest = line[found.start("verb"):].rstrip()
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
    return {index for index in used if index < len(lines) and " " in lines[index] and (
        owner_dash_tasks(lines[index], owners) != lines[index])}


def _opens_work(found: re.Match) -> bool:
    verb = found["verb"]
    if verb in _NOT_OPENING or verb not in INSTRUCTION_VERBS and verb not in _ERRAND_VERBS:
        return False
    after = (found["after"] or "").strip().lower()
    return bool(after) and after not in _NOUN_FOLLOWERS
