"""Undertakings in dialogue notes, where each speaker's words follow their name and a colon:
"Priya: I'll draft the rota proposal.", "Tomas: I'm going to sketch the new logo this week.",
"Lena: Tomas and I will write the charter update.", "Omar: Let's invite the docs team to the next
call.", "Ines: volunteers to review the policy.", and the same speaker's later sentences in the
same entry ("Ravi: Nothing new from me. I can ask the printers for a quote.").

Open-source steering notes and working groups write this way: the speaker who says "I will" or
"I can" owns the work, and so does one who says "we will" or "we should" for the group (the register
holds the one who said it to it); "let's" sets it for the group, with no owner. A question, an opinion
("I think we should ...", "it would be good to ...") and what the speaker did or thinks are not
undertakings: only a sentence that opens with its verb group is read.
"""

from __future__ import annotations

import re

from minutes.actions import NOT_VERBS, Task
from minutes.owners import Owners
from minutes.when import find_due_phrase
from minutes.wording import tidy_what, without_at_end

# "Priya:", "Tomas Berg:", "TC:", "@lena:" at the head of a sentence: who speaks.
_SPEAKER = re.compile(r"^(?P<name>@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*:\s+(?P<speech>\S.*)$")
# Words a speaker may open with before the undertaking ("OK,", "Yes -", "So").
_FILLER = re.compile(r"^(?:(?:ok(?:ay)?|yes|yeah|sure|so|right|great|and|then|also)\b[\s,.!–-]*)+", re.IGNORECASE)
_STEPS = r"(?:(?:also|then|just|now|probably|definitely|try\s+(?:to|and)|go\s+ahead\s+and|make\s+sure\s+(?:to|we\s+will|we['’]ll))\s+)*"
# The speaker's own undertaking: "I'll", "I will", "I can", "I'm going to", "happy to", "volunteers to", and the
# intent of a members' round ("Anselm: Looking to change the locks", "Planning to ...").
_MINE = re.compile(r"^(?:i['’]ll|i\s+will|i\s+can|can|i['’]m\s+going\s+to|i\s+am\s+going\s+to|i['’]m\s+happy\s+to|i\s+am\s+happy\s+to"
                   r"|i\s+volunteer\s+to|happy\s+to|volunteers?\s+to|will|(?:i['’]m\s+|i\s+am\s+)?(?:looking|planning)\s+to)\s+" + _STEPS + r"(?P<verb>[a-z]+)\b(?P<rest>.*)$",
                   re.IGNORECASE)
# Shared with someone named: "Tomas and I will write ...".
_OURS = re.compile(r"^(?P<other>@?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+I\s+(?:will|['’]ll|can|are\s+going\s+to)\s+"
                   + _STEPS + r"(?P<verb>[a-z]+)\b(?P<rest>.*)$")
# The group's: "Let's ...", "We'll ...", "We will ...", "We should ...", "Someone should ...".
# The speaker who says "we will" or "we should" is the one the register holds to it ("Aisha: We will schedule a
# follow-up with the translators"); "let's" and "someone should" leave it to the group, with no owner.
_GROUPS = re.compile(r"^(?:let['’]s|let\s+us|(?P<we>we['’]ll|we\s+will|we\s+should|we\s+need\s+to)|someone\s+should)\s+"
                     + _STEPS + r"(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)
# Verbs of a state, a view or talk in the meeting itself: no work.
_NOT_WORK = NOT_VERBS | {"think", "guess", "know", "feel", "agree", "disagree", "see", "say", "mean", "wonder", "suppose",
                         "believe", "imagine", "understand", "remember", "need", "not", "keep", "leave", "wait", "stay",
                         "discuss", "talk", "chat", "continue", "do", "get", "bet", "assume", "expect", "probably",
                         "maybe", "also", "all", "still", "move", "take", "go", "come", "make", "put", "give", "vote", "decide",
                         "meet", "try", "use", "look",
                         # (how the meeting itself runs: "let's start, signing keys first", "let's wrap up")
                         "start", "begin", "wrap", "adjourn", "skip", "break", "pause"}
# Verbs that are work even among those words, when what follows says so ("talk with the sponsors", "do an
# announcement", "go out and talk to ...").
_WORK_AFTER = re.compile(r"^(?:talk|discuss)\s+(?:with|to)\s+\S|^start\s+(?:a|an|the)\s+\S|^look\s+into\s+\S|^do\s+(?:a|an|the)\s+\S|^go\s+(?:out\s+)?and\s+[a-z]+"
                         r"|^take\s+(?:a\s+look|over|on)\b|^make\s+(?:a|an|the)\s+\S|^put\s+\S+(?:\s+\S+){0,4}\s+(?:on|in|into)\s"
                         r"|^give\s+\S", re.IGNORECASE)
_MOST_WORDS = 30
# Where the undertaking's clause ends: a "so", "but" or "because" clause, a question after it.
_CLAUSE_END = re.compile(r"\s+(?:so\s+(?:that\s+)?we|but|because|unless|if)\s|[;?]|\s+[-–—]\s"
                         # (", Ines has shared the folder": another's clause, run on after a comma)
                         r"|,\s+(?=@?[\w'’-]+\s+(?:[a-z]{3,}ed|gave|said|was|were|is|has|had|will|would|can)\b)")


def spoken_tasks(sentences: list[str], owners: Owners) -> list[tuple[int, Task]]:
    """The undertakings of `sentences` (one entry's, in order) that dialogue notes record, each with
    the index of its sentence. A sentence without a speaker's name is the last named speaker's."""
    found: list[tuple[int, Task]] = []
    speaker: str | None = None
    for index, whole in enumerate(sentences):
        for sentence in _turns(whole, owners):
            if ":" in sentence[:40]:
                label = _SPEAKER.match(sentence)
                if label is not None:
                    speaker = owners.known_person(label["name"])
                    if speaker is None:
                        continue  # ("Outcome: ...", "Action: ...": a label, not a speaker)
                    sentence = label["speech"]
            if speaker is None or sentence.rstrip().endswith("?"):
                continue
            task = _undertaking(_FILLER.sub("", sentence.strip()), speaker, owners)
            if task is not None:
                found.append((index, task))
    return found


# A speaker's name inside a sentence: notes typed a line a speaker, with no full stops, run together
# into one paragraph ("... no decision yet Ravi: volunteers to draft the style guide").
_INNER_SPEAKER = re.compile(r"(?<=[\s,;])(?P<name>@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?):\s")
_MOST_TURNS = 50


def speaks_undertaking(speech: str) -> bool:
    """Whether a speaker's words open as an undertaking does ("I'll draft ...", "OK, I can ...", "Tomas and I
    will ...", "We will ..."): what a chat log's line must say for its speaker to be read as dialogue."""
    speech = _FILLER.sub("", speech.strip())
    found = _MINE.match(speech) or _OURS.match(speech) or _GROUPS.match(speech)
    if found is None:
        return False
    verb = found["verb"].lower()  # ("let's start", "I think ...": how the meeting runs, or a view, is no work)
    return verb not in _NOT_WORK or bool(_WORK_AFTER.match(f"{verb}{found['rest']}"))


def _turns(sentence: str, owners: Owners) -> list[str]:
    """A sentence cut where a known speaker's name and colon open another turn inside it."""
    if sentence.count(":") < 1 or ": " not in sentence[1:]:
        return [sentence]
    cuts = [found.start() for number, found in enumerate(_INNER_SPEAKER.finditer(sentence))
            if number < _MOST_TURNS and found.start() > 0 and owners.known_person(found["name"])]
    if not cuts:
        return [sentence]
    bounds = [0, *cuts, len(sentence)]
    return [sentence[start:end].strip() for start, end in zip(bounds, bounds[1:]) if sentence[start:end].strip()]


def _undertaking(speech: str, speaker: str, owners: Owners) -> Task | None:
    mine = _MINE.match(speech)
    if mine is not None:
        return _task(mine["verb"], mine["rest"], speaker)
    ours = _OURS.match(speech)
    if ours is not None:
        other = owners.known_person(ours["other"])
        return _task(ours["verb"], ours["rest"], f"{other}, {speaker}") if other else None
    group = _GROUPS.match(speech)
    if group is not None:
        return _task(group["verb"], group["rest"], speaker if group["we"] else None)
    return None


def _task(verb: str, rest: str, who: str | None) -> Task | None:
    verb = verb.lower()
    rest = _CLAUSE_END.split(rest, maxsplit=1)[0]
    words = f"{verb}{rest}"
    if verb in _NOT_WORK and not _WORK_AFTER.match(words) or verb.endswith(("ed", "ing")) and verb not in (
            "need", "bring", "ring", "feed", "seed", "embed"):
        return None
    if len(rest.split()) < 2 or len(rest.split()) > _MOST_WORDS:
        return None  # ("I'll do it.": says nothing of the work; a long run is talk, not a task)
    due = find_due_phrase(words, task=True)
    what = tidy_what(without_at_end(words, due))
    return Task(what, who, str(due.value) if due else None) if what else None
