"""The fullest form of a roll's names that the minutes give: a roll often names people short
("Cllr. R. Quinn", "Nina K."), and the minutes spell them out elsewhere ("Cllr. Rosa Quinn was
proposed as Chair", "Nina Kowalski presented the report"). Where the document gives exactly one
fuller form, the roll takes it."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.people import is_organisation, looks_like_name
from minutes.roll import Attendance, same_person
from minutes.vocabulary import NOT_NAME_WORDS, has_title, strip_title

# "R.", "R", "R.J.": a given name written as its initials.
_INITIALS = re.compile(r"^(?:[A-Z]\.?){1,3}$")
_ONE_INITIAL = re.compile(r"^[A-Z]\.?$")
_WORD = re.compile(r"^[A-Z][a-z’'-]*(?:[A-Z][a-z’'-]+)?$|^O[’'][A-Z][a-z’'-]+$")
_BETWEEN_NAMES = ",;:)/&"
_EDGES = "\"“”‘’'.,;:!?()[]{}*_<>"
# Past this many words the document is read no further for fuller names (a cost bound).
_MOST_WORDS = 400_000


def with_fuller_names(found: Attendance, lines: list[str]) -> None:
    """Give each person the roll names by initials and surname ("R. Quinn"), or by given name and
    the initial of their surname ("Nina K."), the one fuller name the document writes that fits
    ("Rosa Quinn", "Nina Kowalski"); a title the roll gave stays. A name that two fuller forms fit,
    whose fuller form is someone else's on the roll, or that the minutes write short again outside the
    roll ("Proposed by Cllr. R. Quinn": the document's own way of naming them), stays as it is."""
    people = [*found.present, *found.apologies, *found.absent]
    wanted = {}
    for person in people:
        short = _short_form(person.name)
        if short is not None:
            wanted[person.name] = short
    if not wanted:
        return
    surnames = {surname.lower() for kind, _, surname in wanted.values() if kind == "initials"}
    givens = {given.lower() for kind, given, _ in wanted.values() if kind == "given"}
    before: dict[str, set[str]] = {}  # surname -> the capitalised words written just before it
    after: dict[str, set[str]] = {}  # given name -> the capitalised words written just after it
    again: set[tuple[str, str]] = set()  # short forms the minutes write again, outside the roll
    seen = 0
    for at, line in enumerate(lines):
        raw = line.split()
        words = [word.strip(_EDGES) for word in raw]
        seen += len(words)
        if seen > _MOST_WORDS:
            break
        for place, (first, second) in enumerate(zip(words, words[1:])):
            if raw[place][-1:] in _BETWEEN_NAMES:
                continue  # ("Cllrs Moss, Quinn and Hale": a list of surnames, not a given name and a surname)
            if first.lower() in givens and _WORD.match(second):
                after.setdefault(first.lower(), set()).add(second)
                if at not in found.used and _ONE_INITIAL.match(second):
                    again.add((first.lower(), second[0]))
            if second.lower() in surnames and _INITIALS.match(first):
                if at not in found.used:
                    again.add((first[0], second.lower()))
            elif second.lower() in surnames and _WORD.match(first):
                before.setdefault(second.lower(), set()).add(first)
    fuller: dict[str, str] = {}
    for name, (kind, given, surname) in wanted.items():
        if (given[0], surname.lower()) in again if kind == "initials" else (given.lower(), surname[0]) in again:
            continue  # the minutes keep writing it short: that is how this document names them
        if kind == "initials":
            found_words = {w for w in before.get(surname.lower(), ()) if w[0] == given[0] and _given_word(w, surname)}
            full = f"{found_words.pop()} {surname}" if len(found_words) == 1 else None
        else:
            found_words = {w for w in after.get(given.lower(), ()) if w[0] == surname[0] and _given_word(given, w)}
            full = f"{given} {found_words.pop()}" if len(found_words) == 1 else None
        if full is None:
            continue
        bare = strip_title(name)
        titled = name[: len(name) - len(bare)] if name.endswith(bare) else ""
        fuller[name] = f"{titled}{full}"
    # A fuller name someone else on the roll already has, or two short names given the same one, is no one's.
    taken = [fuller.get(person.name, person.name) for person in people]
    fuller = {name: full for name, full in fuller.items()
              if sum(same_person(full, other) for other in taken) == 1
              and not any(same_person(full, p.name) for p in people if p.name not in fuller)}
    if not fuller:
        return
    found.present = [replace(p, name=fuller.get(p.name, p.name)) for p in found.present]
    found.apologies = [replace(p, name=fuller.get(p.name, p.name)) for p in found.apologies]
    found.absent = [replace(p, name=fuller.get(p.name, p.name)) for p in found.absent]
    found.aliases = {short: fuller.get(name, name) for short, name in found.aliases.items()}


def _short_form(name: str) -> tuple[str, str, str] | None:
    """("initials", "R.", "Quinn") for "Cllr. R. Quinn"; ("given", "Nina", "K.") for "Nina K."; else None."""
    words = strip_title(name).split()
    if len(words) == 2 and _INITIALS.match(words[0]) and _WORD.match(words[1]) and len(words[1]) > 2:
        return "initials", words[0], words[1]
    if len(words) == 2 and _ONE_INITIAL.match(words[1]) and _WORD.match(words[0]) and len(words[0]) > 2 \
            and not has_title(words[0]):
        return "given", words[0], words[1]
    return None


def _given_word(given: str, surname: str) -> bool:
    """Whether two words written together read as a given name and a surname: not an initial,
    a title, a common word or a body ("Village Hall")."""
    full = f"{given} {surname}"
    return len(given) > 2 and len(surname) > 2 and not _INITIALS.match(given) and not has_title(given) \
        and given.lower() not in NOT_NAME_WORDS and looks_like_name(full) and not is_organisation(full)
