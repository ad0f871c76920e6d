"""The key a roll gives to its marks ("Y = attended, D = deputy attended, N = did not attend",
"* apologies received  ** absent") and the signs after names in a running roll, read through it."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.attendance_headings import names_one_person
from minutes.people import Person, read_person
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record, same_person


# A key's entry: a mark, perhaps "=", and what it means ("Y = attended", "Ap: apologies",
# "† joined via MS Teams", "** absent"); a letter needs its "=" or ":", a sign does not.
_KEY_ENTRY = re.compile(r"^\s*(?:(?P<sign>[*†‡§#^]{1,3})\s*[=:–-]?"
                        r"|(?P<letter>[A-Za-z]{1,2}|\[[xX ]\])\s*[=:–]"
                        # ("✓ present, ✗ apologies": a tick or a cross needs no "=", being no word.)
                        r"|(?P<tick>[✓✔✗✘×])\s*[=:–]?"
                        r"|[(\[](?P<bracketed>[A-Za-z]{1,3}|[-–*✓✗x])[)\]]\s*[=:–]?"
                        r")\s*(?P<meaning>[A-Za-z][A-Za-z ()/-]{1,40})\s*$")
# (Not in the gap after a sign; "[P] present [AP] apologies": before each bracketed mark, with one space.)
_KEY_SPLIT = re.compile(r"\s*(?:[;,]|\.\s|(?<![*†‡§#^])(?:\t|\s{2,})|\s(?=[(\[][A-Za-z]{1,3}[)\]]\s))\s*")
_KEY_TITLE = re.compile(r"^\s*(?:(?:attendance\s+)?key|codes?|legend|notes?)\s*[:–-]\s*", re.IGNORECASE)
DEPUTY = Label(PRESENT, "deputy")
# What a key's words say about someone marked so, most telling first ("deputy attended" is a
# deputy's, "did not attend" an absence, "apologies received" apologies).
_MEANINGS = [
    (re.compile(r"(?i)deput|substitut|represented\s+by|nominee"), DEPUTY),
    (re.compile(r"(?i)apolog|regrets"), Label(APOLOGIES)),
    (re.compile(r"(?i)absent|did\s+not\s+attend|not\s+present|no\s+show|dna\b"), Label(ABSENT)),
    (re.compile(r"(?i)in\s+attendance"), Label(PRESENT, "in attendance")),
    (re.compile(r"(?i)present|attend|joined|remote|virtual|online|teams|zoom|in\s+person|hall|room|video|phone"
                r"|dial|call"), Label(PRESENT, "member")),
]
_KEY_REACH = 6
_KEY_LINE_CHARS = 300


def table_key(lines: list[str], start: int, end: int) -> dict[str, Label]:
    """The key a roll table gives its marks, on short lines just above or below it ("Attendance
    key: Y = attended, D = deputy attended, A = apologies, N = did not attend", "† joined via MS
    Teams", "*  apologies received    ** absent"): each mark with what it says of the person it
    marks; a deputy's mark says the member sent one in their place (DEPUTY)."""
    return key_in(lines[max(0, start - _KEY_REACH): start] + lines[end: end + _KEY_REACH])


def key_in(lines: list[str]) -> dict[str, Label]:
    """The marks the key lines among `lines` explain (see `table_key`)."""
    marks: dict[str, Label] = {}
    for line in lines:
        if len(line) > _KEY_LINE_CHARS or not line.strip():
            continue
        entries = [_KEY_ENTRY.match(part) for part in _KEY_SPLIT.split(_KEY_TITLE.sub("", line.strip()).rstrip(". "))]
        found = {}
        for entry in filter(None, entries):
            label = next((label for pattern, label in _MEANINGS if pattern.search(entry["meaning"])), None)
            if label is not None:
                # ("(P) present": a mark in brackets is kept in round brackets, "[AP]" as "(AP)")
                found[entry["sign"] or entry["letter"] or entry["tick"] or f"({entry['bracketed']})"] = label
        # A line of letters is a key when two or more are explained; a sign alone may open one.
        if len(found) >= 2 or any(entry and entry["sign"] for entry in entries[:1]) and found:
            for mark, label in found.items():
                marks.setdefault(mark, label)
    return marks


# "Cllr Alan Rudyard*", "Dr Ann Lee†,": a name in a roll's running list with a sign after it.
_SIGNED_NAME = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s?(?P<sign>[*†‡§#^]{1,3})"
                          r"(?=[\s,;.)]|$)"
                          r"|(?<![\w*†‡§#^])(?P<before>[*†‡§#^]{1,3})"
                          r"(?P<named>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})")
_SIGN_CHARS = "*†‡§#^"  # (the signs _SIGNED_NAME reads)
_SIGNS = frozenset(_SIGN_CHARS)


def signed_names(lines: list[str], found: Attendance) -> None:
    """A roll that marks some names with a sign its key explains ("Cllr Alan Rudyard*, Cllr Paula
    Lyle**" over "* apologies received  ** absent"): each person so marked is moved from those
    present to what the key says of them. The key stands among or just after the roll's lines."""
    if not found.used or not found.present:
        return
    signed = [match for index in sorted(found.used) if index < len(lines) and _SIGNS.intersection(lines[index])
              for match in _SIGNED_NAME.finditer(lines[index])]
    if not signed:
        return
    first, last = min(found.used), max(found.used)
    key = key_in(lines[first: last + 1 + _KEY_REACH])
    for match in signed:
        label = key.get(match["sign"] or match["before"])
        if label is None or label.kind == PRESENT:
            continue
        who = next((attendee for attendee in found.present if same_person(attendee.name, match["who"] or match["named"])),
                   None)
        if who is not None:
            found.present.remove(who)
            into = found.apologies if label.kind == APOLOGIES else found.absent
            # "Apologies were received from Cllr Rudyard" read earlier: the roll's full name is the better one.
            for at, named in enumerate(into):
                if same_person(named.name, who.name) and len(named.name) < len(who.name):
                    into[at] = replace(named, name=who.name)
            record(found, label, [Person(name=who.name, organisation=who.organisation)])
        elif (person := read_person(match["who"] or match["named"])) is not None and names_one_person(person.name):
            record(found, label, [person])  # ("*Cllr Ben Dyer": a sign before the name kept it off the roll)


# "Dr Aidan Prosser †", "Cllr Paula Lyle**": a sign after a name, pointing to a key (one of _SIGN_CHARS).
STATUS_CHARS = 200


def signed(text: str) -> tuple[str, str]:
    """A cell without the sign after or just before its name ("Dr Ann Lee †", "†Dr Ann Lee" ->
    "Dr Ann Lee", "†"), and the sign."""
    stripped = text.strip()
    bare = stripped.rstrip(_SIGN_CHARS)
    sign = stripped[len(bare):]
    if not sign:
        bare = stripped.lstrip(_SIGN_CHARS)
        sign = stripped[: len(stripped) - len(bare)] if bare[:1].isalpha() else ""  # ("* Ann": a bullet)
    return (bare.strip(), sign) if 1 <= len(sign) <= 3 else (text, "")
