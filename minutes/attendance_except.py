"""A roll said as everyone but a few: "Present: All members of the Committee except Councillor Yeo",
"All Councillors were present apart from Cllr Ray (apologies)". The named few were not there (among the
apologies when the words say they sent them); everyone else on the membership list the minutes give was."""

from __future__ import annotations

import re

from minutes.attendance_people import read_block
from minutes.people import Person
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, same_person

# "All members (of the Committee) (were present) except", "All Councillors apart from", "All governors bar".
_ALL_BUT = re.compile(
    r"(?i)^\s*all\s+(?:the\s+)?(?:members|councillors|cllrs|governors|trustees|directors|board\s+members|committee\s+members)"
    r"(?:\s+of\s+the\s+[\w ]{2,40}?)?(?:\s+(?:were\s+)?(?:present|in\s+attendance))?[ ,]+"
    r"(?:except(?:\s+for)?|apart\s+from|but|bar|save\s+for|with\s+the\s+exception\s+of)\s+(?P<who>\S.{0,400}?)\s*\.?\s*$")
# "(apologies)", "who sent apologies", "(regrets)": the few sent their apologies.
_SENT = re.compile(r"(?i)\bapolog|\bregrets\b")
_SENT_WORDS = re.compile(r"(?i)\s*(?:,?\s*who\s+(?:had\s+)?(?:sent|gave|tendered)\s+(?:their\s+)?(?:apologies|regrets)"
                         r"|\((?:sent\s+)?(?:apologies|regrets)\))")


def all_but(rest: str) -> tuple[Label, list[Person]] | None:
    """The few a roll of "all members except ..." names, and whether they sent apologies or were absent;
    None when the words are no such roll."""
    if len(rest) > 500 or "ll" not in rest or (match := _ALL_BUT.match(rest)) is None:
        return None
    who = match["who"]
    people = read_block([_SENT_WORDS.sub("", who)], set(), [None])
    if not people:
        return None
    return Label(APOLOGIES if _SENT.search(who) else ABSENT), people


def without_excepted(found: Attendance, excepted: list[Person]) -> None:
    """Those a roll of "all members except ..." left out are taken off the present, where the
    membership list read as those there put them."""
    if excepted:
        found.present = [person for person in found.present
                         if not any(same_person(person.name, other.name) for other in excepted)]
