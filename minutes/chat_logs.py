"""Meetings held in a chat channel and minuted as its log: IRC and Matrix logs pasted into the minutes
("[15:03] <carla> I'll draft the announcement", MeetBot's "<ana> #action bwong to ..."), and scribes' dialogue notes that write each speaker as
their nick in small letters ("yuki: I'll send round the PDF"). The speaker owns what they undertake, and
"ACTION: bwong to generate the new key" names its owner by nick too.

Each line of such a log that opens as an undertaking is written here as dialogue notes write it, "Carla
Diaz: I'll draft ...", with the nick the roll gives for a member (or their first name) turned into their
name; an "ACTION:" line loses its speaker, since the action names its own owner. Other lines stay as they
are: talk ("wilhelmina: testing is still open") is no one's task. The reader's rules for dialogue notes and
action markers then read it. A nick the roll does not give (a bot, a guest) is left as written.
"""

from __future__ import annotations

import re

from minutes.owners import Owners
from minutes.spoken_tasks import speaks_undertaking

# "[15:03] <carla> ...", "15:03 <carla> ...", "<carla> ...", "* carla ...": a line of an IRC or Matrix log.
_CHAT_LINE = re.compile(r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<\s*[@+]?(?P<nick>[\w.|-]{1,30})\s*>\s+(?P<said>\S.*)$")
# "yuki: I'll send ...": a nick in small letters, then a colon, as scribes write a speaker.
_NICK_LINE = re.compile(r"^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?P<nick>[a-z][\w.|-]{1,30}):\s+(?P<said>\S.*)$")
# "ACTION: bwong to ...", "action: carla - ...": an action marker and the nick that owns it.
_MARKED = re.compile(r"^(?P<marker>(?:[-*•]\s+)?action\s*(?:item)?\s*[:\-–]\s*)(?P<nick>[\w.|-]{1,30})\b", re.IGNORECASE)
# "RESOLUTION: ...", "AGREED - ...", "Topic: ...": a scribe's label in a log line.
_LABELLED = re.compile(r"^[A-Z][A-Za-z]{2,15}(?:\s+[A-Za-z]{2,15})?\s*[:\-–]\s")
# MeetBot's commands in a log: "#action bwong to ...", "#agreed ...", "#info ...".
_MEETBOT = re.compile(r"^#(?P<command>action|agreed|accepted|info|idea|link|topic|help)\s+(?P<rest>\S.*)$", re.IGNORECASE)
_MEETBOT_LABELS = {"action": "ACTION: ", "agreed": "AGREED: ", "accepted": "AGREED: "}
# A log is two lines or more of it.
_FEWEST_LINES = 2


def chat_lines_named(lines: list[str], owners: Owners) -> list[str]:
    """`lines` with each line of a chat log or a scribe's lower-case dialogue written "Name: what they said"
    (an "ACTION:" line as the action alone, its owner's nick named). Lines that are no log stay as they are."""
    chat = [_CHAT_LINE.match(line) if "<" in line[:40] else None for line in lines]
    nicked = [_NICK_LINE.match(line) if ":" in line[:40] else None for line in lines]
    chat_count = sum(1 for found in chat if found and _member(found["nick"], owners))
    nick_count = sum(1 for found in nicked if found and _member(found["nick"], owners))
    if chat_count < _FEWEST_LINES and nick_count < _FEWEST_LINES:
        return lines
    named = list(lines)
    for index, line in enumerate(lines):
        if chat_count >= _FEWEST_LINES and chat[index]:
            found = chat[index]
        elif nick_count >= _FEWEST_LINES and nicked[index]:
            found = nicked[index]
        else:
            if (marked := _MARKED.match(line.strip())) and (chat_count or nick_count):
                named[index] = _owner_named(line.strip(), marked, owners)
            continue
        noted = bool(_MEETBOT.match(found["said"].strip()))  # (what the bot was told to minute is minutes)
        said = _meetbot_said(found["said"].strip())
        marked = _MARKED.match(said)
        if marked:
            named[index] = _closed(_owner_named(said, marked, owners))
        elif speaks_undertaking(said) and (speaker := _member(found["nick"], owners)) is not None:
            named[index] = _closed(f"{speaker}: {said}")
        elif found is chat[index]:
            # An IRC line of talk ("<bwong> the old key expires in April") is no record of the meeting's: a
            # labelled line ("RESOLUTION: ...") is kept, talk left out, so it runs into no one's undertaking.
            named[index] = _closed(said) if noted or _LABELLED.match(said) else ""
    return named


def _meetbot_said(said: str) -> str:
    """A MeetBot command written as minutes write it: "#action bwong to ..." is "ACTION: bwong to ...", "#agreed
    ..." is "AGREED: ...", and a note ("#info ...", "#topic ...") its words alone."""
    command = _MEETBOT.match(said)
    if command is None:
        return said
    return _MEETBOT_LABELS.get(command["command"].lower(), "") + command["rest"]


def _closed(turn: str) -> str:
    """A turn of the log with a full stop closing it: a log's lines have none, and the next line is another's."""
    return turn if turn[-1:] in ".!?" else f"{turn}."


def _member(nick: str, owners: Owners) -> str | None:
    """The member a nick names: by the roll's own alias for it, or as a first name or surname."""
    for form in (nick, nick[:1].upper() + nick[1:], f"@{nick}"):
        person = owners.known_person(form)
        if person is not None:
            return person
    return None


def _owner_named(said: str, marked: re.Match, owners: Owners) -> str:
    """ "ACTION: bwong to ..." with the member's name for the nick ("ACTION: Ben Wong to ...")."""
    member = _member(marked["nick"], owners)
    if member is None:
        return said
    return f"{marked['marker']}{member}{said[marked.end():]}"
