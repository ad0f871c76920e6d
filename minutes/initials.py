"""Initials a document defines for its people, and the names it gives in full, wherever it gives them.

Minutes name a person in full once and by initials after: "Gillian Wray, Head of Safeguarding
(GW)" in a table of agencies, "Dr Laura Pemberton | Deputy Medical Director | LP" in a register,
"Sian Probert (SP) presented the report" in the text. The attendance reader finds the initials
its blocks define; a document whose roll is laid out some other way still defines them on the
line where the name stands. A name and a run of capitals on one line are taken as one person
and their initials when the capitals are the name's initials, and when the document gives
those initials to no one else.
"""

from __future__ import annotations

import re

from minutes.people import looks_like_name
from minutes.vocabulary import NOT_NAME_WORDS, ORG_WORDS, is_role, strip_title

# A person's name as minutes write it in full: two or three capitalised words, a double-barrelled
# or apostrophed surname allowed, after any titles (which are not part of the initials).
# ("Hyun-woo Cho": a given name's second part may be written small.)
_AFTER_FIRST_CAPITAL = r"[a-z][\w'’]*(?:-[A-Za-z][\w'’]+)?(?: +(?:[A-Z]\. *)?[A-Z][\w'’]*(?:-[A-Z][\w'’]+)?){1,3}"
_NAME_WORDS = "[A-Z]" + _AFTER_FIRST_CAPITAL
# (Here and below a pattern opens with the capital it needs and looks behind it for the word's start, rather than
# opening with "\b" or a look-behind: so a search skips straight to the next capital, several times faster over a
# document's every line, with the same matches.)
_NAME = re.compile(rf"(?P<name>[A-Z](?<!\w[A-Z]){_AFTER_FIRST_CAPITAL})\b")
_HANDLE_BESIDE_NAME = re.compile(rf"(?<![\w@])@(?P<handle>[\w.-]{{2,39}})\s*\(\s*(?P<name>{_NAME_WORDS})\s*[,;)]"
                                 rf"|\b(?P<name2>{_NAME_WORDS})\s*\(\s*@(?P<handle2>[\w.-]{{2,39}})\s*[,;)]")
_NAME_THEN_BRACKET = re.compile(_NAME.pattern + r"\s*\((?P<short>[A-Z]{2,4})\)")
_INITIALS = re.compile(r"(?P<initials>[A-Z](?<![\w@][A-Z])[A-Z]{1,3})(?![\w])")
# A line longer than this is running text, not a roll or a register row.
_LONGEST_LINE = 600
# Words that open a capitalised phrase which is not a name ("Head of Safeguarding", "Thames Downs ICB").
_NOT_FIRST = {"the", "head", "chief", "director", "deputy", "medical", "non", "public", "station", "named", "board",
              "council", "county", "district", "borough", "city", "town", "parish", "north", "south", "east", "west",
              "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "minutes", "meeting", "item", "action", "apologies", "present", "attendance", "chair", "vice"}


def defined_initials(lines: list[str]) -> dict[str, str]:
    """Initials (and "@handles") -> the full name the document gives them beside, where only one name fits."""
    found: dict[str, set[str]] = {}
    for line in lines:
        if len(line) > _LONGEST_LINE and "(" in line:
            # A register run into one long line ("Dr Helena Marsh (HM) Ian Petrakis (IP) ..."): each
            # name with its initials in brackets right after it still defines them.
            for match in _NAME_THEN_BRACKET.finditer(line):
                name = strip_title(match["name"])
                if len(name.split()) >= 2 and match["short"] in _initials_of(name):
                    found.setdefault(match["short"], set()).add(name)
            continue
        if len(line) > _LONGEST_LINE or not _INITIALS.search(line):
            continue  # (cheaply: no run of capitals, so no initials)
        tokens = {match["initials"] for match in _INITIALS.finditer(line)}
        for match in _NAME.finditer(line):
            name = strip_title(match["name"])
            if len(name.split()) < 2 or name.split()[0].lower() in _NOT_FIRST:
                continue
            fitted = tokens & _initials_of(name)
            for short in fitted:
                found.setdefault(short, set()).add(name)
            words = name.split()
            if not fitted and len(words) > 2:
                # "Mick Pardoe Big Local Representative MP": a name run into the post or body after it, as
                # a roll table's columns read out on one line; the initials fit the name's opening words.
                for size in range(len(words) - 1, 1, -1):
                    shorter = " ".join(words[:size])
                    if fitting := tokens & _initials_of(shorter):
                        for short in fitting:
                            found.setdefault(short, set()).add(shorter)
                        break
    for line in lines:
        if "@" in line and "(" in line:
            # "@rpatel-dev (Rohan Patel)", "Rohan Patel (@rpatel-dev)": a handle defined beside the name.
            for match in _HANDLE_BESIDE_NAME.finditer(line):
                name = strip_title(match["name"] or match["name2"])
                if len(name.split()) >= 2:
                    found.setdefault("@" + (match["handle"] or match["handle2"]), set()).add(name)
    keyed: dict[str, set[str]] = {}
    for line in lines:
        if len(line) <= _LONGEST_LINE and ("=" in line or "-" in line or "–" in line or ":" in line):
            for short, name in _keyed_people(line):
                keyed.setdefault(short, set()).add(name)
    # (A key says outright whose the short form is, where two names on its line share the initials.)
    defined = {short: next(iter(names)) for short, names in {**found, **keyed}.items() if len(names) == 1}
    for line in lines:
        if len(line) > _LONGEST_LINE or not ("-" in line or "=" in line or "–" in line):
            continue
        keyed = list(_OFFICE_KEY.finditer(line))
        if "key" in line[:40].lower() or len(keyed) >= 2:
            # "Key to action initials: TC - Town Clerk; AM - Amenities Manager": a key spelling out the
            # initials of offices defines them as those offices, written in full as a role is.
            for match in keyed:
                office = match["office"].strip()
                if is_role(office) and match["short"] == _office_initials(office):
                    defined.setdefault(match["short"], office)
    for handle in listed_handles(lines):
        defined.setdefault("@" + handle, handle)
    return defined


# "JB = Jane Brown", "JBr – Jonathan Brierley", "@amara-d = Amara Diallo": a key pairing each short form
# with the full name, as minutes define the initials their action logs use and notes the handles.
_PERSON_KEY = re.compile(rf"(?<![\w@.'’-])(?P<short>@[\w.-]{{2,39}}|[A-Z]{{2,4}}|[A-Z]{{1,3}}[A-Z][a-z]{{1,2}})"
                         rf"\s*(?:=|[-–—:](?=\s))\s*(?P<name>{_NAME_WORDS})(?=\s*(?:[;,.()]|$))")


def _keyed_people(line: str) -> list[tuple[str, str]]:
    """The short forms a key on this line pairs with full names: initials that are the name's own (plain or
    long), and handles where the line is a key (an "=" between them, "key" or "handles" opening the line, or
    two pairs or more on it)."""
    pairs = [(match["short"], strip_title(match["name"])) for match in _PERSON_KEY.finditer(line)]
    keyed = len(pairs) >= 2 or "=" in line or re.match(r"\W*(?:key|handles?|initials)\b", line, re.IGNORECASE)
    found = []
    for short, name in pairs:
        words = name.split()
        if len(words) < 2 or words[0].lower() in _NOT_FIRST:
            continue
        if short.startswith("@") and keyed or short in _initials_of(name) | long_initials(words):
            found.append((short, name))
    return found


_OFFICE_KEY = re.compile(r"(?<![\w-])(?P<short>[A-Z]{2,5})\s*(?:[-–=]|:(?=\s))\s*"
                         r"(?P<office>[A-Z][a-z]+(?:\s+(?:of|for|and|the|[A-Z][a-z]+)){1,6})(?=\s*(?:[;,.]|$))")
_KEY_SMALL_WORDS = {"of", "for", "and", "the"}


def _office_initials(office: str) -> str:
    return "".join(word[0] for word in office.split() if word not in _KEY_SMALL_WORDS)


# "* hsolberg", "- dwilczek (61)": a list entry that is one chat handle alone (perhaps with a count or a
# note in brackets), as chat-bot and IRC meeting summaries list the people present and the actions
# by person. Written in lower case with no "@", it is a person's handle when the document uses it again
# elsewhere ("hsolberg to finish the licence check").
_LISTED_HANDLE = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+(?P<handle>[a-z][a-z0-9_.-]{2,30})\s*(?:\([^()]{0,40}\))?\s*:?\s*$")
_NOT_HANDLES = {"none", "nil", "tbc", "tba", "all", "everyone", "n/a", "apologies", "present", "agenda", "actions", "minutes",
                "chair", "clerk", "secretary", "treasurer", "notes", "other", "others", "guests", "observers"}


def listed_handles(lines: list[str]) -> list[str]:
    """Chat handles listed alone in list entries and used again elsewhere in the document."""
    listed = {}
    for line in lines:
        if len(line) <= 60 and line.rstrip()[-1:] not in ".!?" and (match := _LISTED_HANDLE.match(line)):
            if match["handle"] not in _NOT_HANDLES:
                listed.setdefault(match["handle"], None)
    if not listed:
        return []
    used = {word for line in lines if not _LISTED_HANDLE.match(line) for word in re.findall(r"[a-z][a-z0-9_.-]{2,30}", line)
            if word in listed}
    return [handle for handle in listed if handle in used]


def _initials_of(name: str) -> set[str]:
    """ "Sian Probert" is "SP"; "Samuel Okonkwo-Ray" is "SO" and "SOR"; "Ann B. Cole" is "AC" and "ABC"."""
    words = name.replace(".", " ").split()
    parts = [part for word in words for part in word.split("-") if part]
    found = {"".join(word[0] for word in words).upper(), "".join(part[0] for part in parts).upper(),
             (words[0][0] + words[-1][0]).upper()}
    if len(words) >= 2 and re.match(r"^O['’][A-Z]", words[-1]):
        # "Ciara O'Hagan" is "COH" too, a capital for each part of an Irish surname.
        found.add(("".join(word[0] for word in words[:-1]) + "O" + words[-1][2]).upper())
    return found


def long_initials(words: list[str]) -> set[str]:
    """A name's long initials, as minutes write them to tell two people with the same initials apart:
    the initials of the given names, then the surname's first two or three letters ("Jonathan
    Brierley" is "JBr" and "JBri"; "Anne-Marie Fox" is "AFo" and "AMFo"). `words` are the name's words
    after any titles, in any case."""
    if len(words) < 2:
        return set()
    surname = words[-1].split("-")[0]
    if len(surname) < 3 or not surname[:3].isalpha():
        return set()
    givens = {"".join(word[0] for word in words[:-1]), "".join(part[0] for word in words[:-1] for part in word.split("-") if part)}
    return {given.upper() + surname[0].upper() + surname[1:size].lower() for given in givens if given.isalpha()
            for size in (2, 3)}


# "JBr", "AMFo": long initials written anywhere in a document (capitals, then one or two small letters).
_LONG_WRITTEN = re.compile(r"[A-Z](?<![\w@.'’-][A-Z])[A-Z]{0,2}[A-Z][a-z]{1,2}(?![\w'’-])")


def long_initials_written(lines: list[str]) -> set[str]:
    """Every long initials a document writes ("JBr to update the pathway"): whoever is written that way
    is not the one its plain initials ("JB") name."""
    return {match[0] for line in lines if len(line) <= _LONGEST_LINE for match in _LONG_WRITTEN.finditer(line)}


def named_short_forms(lines: list[str]) -> dict[str, str]:
    """Short forms -> the one person the document names in full with them, wherever: minutes that
    misplace a name in their roll ("Practice A: Dr Ogunleye, Craig Halstead (Business Manager)") or
    put it where the roll is not looked for (a sign-in list at the foot) still write the owner short
    after ("CH to circulate the rota", "- [ ] Amara — benchmark results"). The short forms are the
    initials (two or three letters, as people's are; a body's are not looked for here), the first
    name and the surname, each kept only where it fits one name."""
    found: dict[str, set[str]] = {}
    seen: set[str] = set()
    for line in lines:
        if len(line) > _LONGEST_LINE or not _NAME.search(line):
            continue
        columns = _names_alone(line)
        for text in columns or [line]:
            for match in _NAME.finditer(text):
                name = strip_title(match["name"])
                words = name.split()
                if name in seen or len(words) < 2 or words[0].lower() in _NOT_FIRST or any(
                        len(word) > 1 and word.isupper() for word in words):
                    continue
                # Named as a roll names people: after a title, or before their post or body ("Craig Halstead
                # (Business Manager)", "Ann Lee, Finance", "Ann Lee — independent"), or in a line of names alone
                # (a signature block, a sign-in sheet); not in passing.
                if name == match["name"] and not columns and (not _POST_AFTER.match(text, match.end()) or (
                        _AFTER_A_NAME.search(text, max(0, match.start() - 4), match.start()))):
                    continue  # (what follows a dash or a bracket in a roll, "– Brentmoor Libraries", is a post or body)
                seen.add(name)
                if looks_like_name(name) and not is_role(name):
                    shorts = {short for short in _initials_of(name) if 2 <= len(short) <= 3}
                    # (A first name or surname that is also a word of bodies or posts, "Labs", "Secretariat", is not one.)
                    shorts |= {word for word in (words[0], words[-1]) if word.lower() not in ORG_WORDS | NOT_NAME_WORDS}
                    for short in shorts:
                        found.setdefault(short, set()).add(name)
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}


def _names_alone(line: str) -> list[str]:
    """The names of a line that is names alone, set apart by wide gaps or bars, each perhaps with its post
    after a comma ("Jane Brown, Chair      Kevin Tait, Secretary" under the signatures, "Priya Shah | Tom
    Wells" in a sign-in sheet); none for any other line."""
    if "  " not in line and "|" not in line and "\t" not in line:
        return []
    columns = [column for column in _COLUMN_GAP.split(line.strip()) if column]
    if len(columns) >= 2 and all(len(column) <= 80 and _SIGNED.fullmatch(column) for column in columns):
        return columns
    return []


_COLUMN_GAP = re.compile(r"\s*\t\s*|\s{2,}|\s*\|\s*")
_SIGNED = re.compile(rf"{_NAME_WORDS}(?:\s*,\s*[A-Z][\w'’-]*(?: [\w'’-]+){{0,4}})?")


_AFTER_A_NAME = re.compile(r"\s[-–—]\s*$|\(\s*$")
_POST_AFTER = re.compile(r"\s*(?:\(|,\s*[A-Z]|\s[-–—]\s*\S)")


# A titled name written in full: "County Cllr Stephen Dowson", "Professor Emeka Nwosu".
_TITLE_LIST = ("Cllr", "Councillor", "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss", "Mx", "Supt", "Superintendent",
               "Insp", "Inspector", "Sgt", "Sergeant", "Rev", "Revd", "Canon", "Sir", "Dame", "Deputy", "Senator")
_TITLES = "(?:" + "|".join(_TITLE_LIST) + ")"
_TITLED = re.compile(rf"\b(?P<name>(?:(?:County|District|Borough|Town|Parish|City)\s+)?{_TITLES}\.?"
                     r"(?: +[A-Z][a-z][\w'’]*(?:-[A-Z][\w'’]+)?){2,3})\b")
_TITLE_FIRSTS = "".join(dict.fromkeys(title[0] for title in _TITLE_LIST))
# Any title as a whole word ("\bCllr\b"...), opening with its capital: each title's other letters after it.
_TITLE_WORD = re.compile(rf"[{_TITLE_FIRSTS}](?<!\w[{_TITLE_FIRSTS}])(?:" + "|".join(
    f"(?<={first})(?:" + "|".join(title[1:] for title in _TITLE_LIST if title[0] == first) + ")" for first in _TITLE_FIRSTS) + r")\b")


def titled_names(lines: list[str]) -> list[str]:
    """Every titled name the document writes in full, in the order first met: whom a surname alone
    after a title ("Cllr Dowson") names when the attendance lists them some way the reader missed."""
    found: dict[str, None] = {}
    for line in lines:
        if len(line) <= _LONGEST_LINE and _TITLE_WORD.search(line):
            for match in _TITLED.finditer(line):
                found.setdefault(match["name"])
    return list(found)
