"""Undertakings in working notes that name their owner by a bare first name or a handle.

Open-source, community and working-group notes keep no roll of full names, and write who takes a
piece of work on at the head of a bullet, by first name or by handle:

    - Sam will open an issue to track the CI flakiness.
    - Dana offered to write up the proposal for next week.
    - Ravi and Mo to pair on the migration.   (or "Ravi + Mo to pair ...")
    - @kim will ping the infra team
    - We need someone to update the docs -> Lee volunteered.
    - Next step: Jo drafts the RFC

`bare_subject` reads the first four, with the link and verb minutes/commitments.py reads for any
subject: the owner is the whole of the words before the link, a name-shaped word (one the document
never writes in lower case, so not "Docs" or "Release") or a handle, or two joined by "and". Only
a verb of doing is taken after it, so that a product's or a bot's behaviour ("Renovate will group
the updates" is taken, but "Python will drop 3.8" is not) and a statement of fact ("Carlos will be
out next week") stay out. `volunteered_task` reads the fifth, a call for someone and who answered
it, and `next_step_task` the sixth, a step written in the present after a "Next step:" label.
"""

from __future__ import annotations

import re
from collections.abc import Container

from minutes.actions import Task
from minutes.future_passives import WORK_VERBS
from minutes.when import find_due_phrase
from minutes.wording import tidy_what, without_at_end

# A first name ("Sam", "Mo", "Anne-Marie") or a handle ("@kim", "@alice-b").
_NAME = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|@[A-Za-z0-9][\w.-]{1,38})"
# The owner of a bullet, and nothing else, before its link: one name or handle, or two or three joined.
_BARE_OWNER = re.compile(rf"^(?:(?i:next\s+steps?|follow[- ]?ups?|to\s*do|todo)\s*[:–—-]\s*)?"
                         rf"(?P<who>{_NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s*\+\s*){_NAME}){{0,2}})(?:\s*\([^()]{{1,40}}\))?$")
# ("Chris + Aapeli to draft the post": a plus joins two owners, as working groups write them.)
# (The separators alone, the spaces about them stripped after: "\s*,\s*" tried at each of a run of spaces is quadratic.)
_JOIN = re.compile(r",|\+|(?<=\s)(?:and|&)(?=\s)")
# Verbs of working notes' undertakings beyond a council's (see future_passives.WORK_VERBS).
_NOTES_WORK = WORK_VERBS | {
    "open", "ping", "pair", "write", "draft", "merge", "land", "set", "reach", "file", "create", "document", "run",
    "schedule", "triage", "benchmark", "prototype", "port", "migrate", "refactor", "rebase", "backport", "release",
    "tag", "cut", "bump", "pin", "sync", "coordinate", "organise", "organize", "host", "lead", "own", "drive", "dig",
    "reproduce", "debug", "profile", "sketch", "summarise", "summarize", "propose", "nudge", "remind", "message",
    "test", "try", "start", "kick", "talk", "speak", "discuss", "sort", "handle", "take", "make", "do", "put"}
# Verbs whose work is said by the words after them: "take a look", "make a PR", "do the review", "put up a PR".
_WORK_AFTER = re.compile(r"^(?:take\s+(?:a\s+look|over|on)\b|(?:make|do)\s+(?:a|an|the)\s+\S|put\s+(?:up|together)\b"
                         r"|(?:talk|speak)\s+(?:to|with)\s+\S|discuss\s+(?:this|it|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+with\s+\S|sort\s+out\b|start\s+(?:a|an|the)\s+\S|kick\s+off\b|try\s+(?:out\s+)?\S+)",
                         re.IGNORECASE)
_NEEDS_MORE = {"take", "make", "do", "put", "talk", "speak", "discuss", "sort", "start", "kick", "try"}
# Links that take the work on themselves, and the verbs that are still no work after them.
_TAKES_ON = re.compile(r"^(?:(?:has|have)\s+)?(?:offered|volunteered|promised|undertook)\s+to$")
_STANCES = {"be", "have", "help", "think", "consider", "discuss", "attend", "join", "stay", "keep", "wait", "see", "go"}
# Words with a capital that open a bullet but name no one.
_NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "everyone", "someone", "somebody", "anyone", "nobody", "all", "both", "each", "this", "that", "it", "we",
              "they", "he", "she", "you", "i", "there", "here", "these", "those", "what", "which", "who", "some", "many",
              "most", "few", "several", "other", "others", "one", "none", "neither", "either", "such", "then", "also", "now", "next", "action", "actions",
              "todo", "note", "update", "decision", "outcome", "agreed", "resolved", "ci", "docs", "team", "group",
              "board", "committee", "council", "panel", "forum", "staff", "proposal", "plan", "request", "idea", "goal",
              "aim", "need", "ask", "intent", "consensus", "approach", "preference", "motion", "agreement", "please",
              "governance", "finance", "users", "people", "experience", "conference", "maintenance", "guidance",
              # nouns and verbs that open a bullet before "to": "Reminder to update ...", "Remember to add ..."
              "reminder", "remember", "request", "vote", "time", "effort", "push", "move", "switch", "attempt",
              "offer", "call", "permission", "approval", "option", "chance", "way", "reason", "work", "try", "want",
              "going", "decided", "agreed", "continue", "ability", "invitation", "suggested", "proposed", "planned",
              "hoping", "happy", "ready", "able", "unable", "volunteers", "nothing", "anything", "everything", "security", "infra", "release", "website", "project", "community"}
# Endings of nouns, not names: "Recommendation", "Agreement", "Residents", "Maintainers", "Trustees".
# (Long enough not to take a name: "Anders", "Rees", "Ling", "Sion", "Florence" are people.)
_NOUN_ENDING = re.compile(r"(?:tion|\w{2}sion|ment|ness|ship|\w{4}ing|ents|\w{4}ers|ors|ies|\w{3}ees|ants|ists|als|ups)$")


def _named(names: list[str], lower: Container[str]) -> bool:
    """Whether every one of `names` is a handle or a word shaped as a first name that the document
    never writes in lower case, and is no word of the notes' own ("Proposal", "Residents", "Friday")."""
    return all(name.startswith("@") or not (name.lower() in _NOT_NAMES or name.lower() in lower
                                            or _NOUN_ENDING.search(name)) for name in names)


def name_shaped(name: str) -> bool:
    """Whether one word may be a first name a roll does not list ("Jack"), not a word of the notes' own."""
    return bool(re.fullmatch(_NAME, name)) and _named([name], frozenset())


def bare_subject(before: str, link: str, verb: str, words_after: str, lower: Container[str]) -> tuple[str, str] | None:
    """The owner a bullet opens with, when the words `before` its link are only that owner (see
    `_BARE_OWNER`; a note in brackets after it is left: "Guillermo (not here today) offered to ...")
    and `verb` is one of doing: "Ravi and Mo" in "Ravi and Mo to pair on the migration". After a link
    that itself takes work on ("offered to", "volunteered to") any verb but a stance's is work ("Leopold
    volunteered to bake for the open evening"). `lower` holds the words the document also writes in
    lower case, which are no names."""
    found = _BARE_OWNER.match(before.strip())
    if found is None or not (_doing(verb, words_after) or _TAKES_ON.match(link) and verb not in _STANCES):
        return None
    names = _names(found["who"])
    if not _named(names, lower):
        return None
    return ", ".join(names), ""


def _names(who: str) -> list[str]:
    """The names in "Ravi and Mo", "Ana, Lee & Kim", "Rajiv + Ottilie"."""
    return [name for name in (part.strip() for part in _JOIN.split(who)) if name]


def _doing(verb: str, words_after: str) -> bool:
    """Whether a verb, with the words after it, is one of doing ("take a look", not "take two weeks")."""
    if verb not in _NOTES_WORK:
        return False
    return verb not in _NEEDS_MORE or bool(_WORK_AFTER.match(f"{verb} {words_after.lstrip()}"))


# A call for someone and who answered it, in one bullet: "We need someone to update the docs -> Lee
# volunteered", "Someone should chase the sponsor – @ana volunteered", "Need a volunteer to run the
# retro (Ola volunteered)".
_CALL_ANSWERED = re.compile(
    r"^(?:we\s+)?(?:need|needs|needed)\s+(?:someone|somebody|a\s+volunteer|an?\s+owner)\s+to\s+(?P<what>[a-z].{3,160}?)"
    r"|^(?:someone|somebody)\s+(?:needs\s+to|should|to)\s+(?P<what2>[a-z].{3,160}?)", re.IGNORECASE)
# (Spaces before the mark are taken from where their run starts, and a run of dashes whole: either, tried at each
# place in a run of thousands, was quadratic.)
_ANSWER = re.compile(rf"(?<!\s)\s*+(?:->|→|=>|(?<![-–—])[-–—]++|[.;,]|\()\s*(?P<who>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)\s+"
                     r"(?:(?:has\s+)?volunteered|offered|will\s+(?:do|take)\s+(?:it|this)|took\s+(?:it|this)(?:\s+on)?)"
                     r"\s*\)?[.!]?\s*$")


def volunteered_task(sentence: str, lower: Container[str]) -> Task | None:
    """The task a call for someone sets, given to who answered it in the same bullet (see `_CALL_ANSWERED`)."""
    call = _CALL_ANSWERED.match(sentence.strip())
    if call is None:
        return None
    start = call.start("what") if call["what"] is not None else call.start("what2")
    answer = _ANSWER.search(sentence.strip(), start)
    if answer is None:
        return None
    names = _names(answer["who"])
    if not _named(names, lower):
        return None
    verb = sentence.strip()[start:].split(maxsplit=1)[0].lower()
    if not _doing(verb, sentence.strip()[start + len(verb):answer.start()]):
        return None
    return _task(sentence.strip()[start:answer.start()], ", ".join(names))


# A step written in the present after its label: "Next step: Jo drafts the RFC", "Follow-up: @kim pings infra".
_STEP_PRESENT = re.compile(rf"^(?i:next\s+steps?|follow[- ]?ups?)\s*[:–—-]\s*(?P<who>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)"
                           r"\s+(?P<verb>[a-z]{2,}s)\s+(?P<rest>\S.*)$")


def next_step_task(sentence: str, lower: Container[str]) -> Task | None:
    """The step a "Next step:" label sets in the present tense (see `_STEP_PRESENT`), for who it names."""
    step = _STEP_PRESENT.match(sentence.strip())
    if step is None:
        return None
    plain = step["verb"][:-1]  # ("drafts", "writes")
    if plain not in _NOTES_WORK and plain.endswith("e") and plain[:-1] in _NOTES_WORK:
        plain = plain[:-1]  # ("fixes", "pushes": "-es" after a sibilant)
    if not _doing(plain, step["rest"]):
        return None
    names = _names(step["who"])
    if not _named(names, lower):
        return None
    return _task(f"{plain} {step['rest']}", ", ".join(names))


def _task(words: str, who: str) -> Task | None:
    """The task in `words`, its due date read off its end."""
    words = words.strip().rstrip(".!")
    due = find_due_phrase(words, task=True)
    what = tidy_what(without_at_end(words, due))
    return Task(what, who, str(due.value) if due else None) if len(what.split()) >= 2 else None
