"""Work two members share, written around one of them: "Tom will rebuild the compost bays with Samir",
"Rhian, supported by Bea, to write the lottery bid", "Keith Marlow, assisted by Ellis Quarrie, will take
measurements". Community groups, trusts and working groups write a joint task this way as often as "Bea
and Liesel to ..."; the register holds both to it, so both are its owners.

Only a member the roll names counts: "meet with the county archivist" and "work with the school" keep
their words. A verb of talking or meeting takes its "with" as part of the task ("discuss the budget with
Nadia", "liaise with Ravi"): the other person is whom the owner talks to, not a second owner.
"""

from __future__ import annotations

import re

from minutes.owners import Owners

# ", supported by Bea,", ", assisted by Ellis Quarrie,", ", with help from Jo,", ", working with JB," between
# an owner and the "to" or "will" that sets the work.
_HELPER = re.compile(r",\s+(?:(?:supported|assisted|helped|aided|accompanied|joined)\s+by"
                     r"|with\s+(?:help|support|assistance)\s+from|(?:working\s+)?(?:together\s+)?with)\s+"
                     r"(?P<helper>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,\s+(?=(?:to|will|would|shall|agreed\s+to)\s)")
# "... with Samir", "... with Sunita Varma", "... with JB" closing a task.
# (Matched up to the task's end less its closing stops and spaces, each word taken whole: linear on a long run of
# dots, which the name's words and a closing run of stops could otherwise share out between them every way.)
_PARTNER_AT_END = re.compile(r" with\s++(?P<partner>[A-Z][\w'’.-]*+(?:\s++[A-Z][\w'’.-]*+){0,2})$")
# Verbs whose "with" names whom the owner deals with, not who shares the work.
_TALKING = re.compile(r"^(?:discuss|talk|speak|meet|liaise|consult|check|confirm|raise|share|agree|negotiate|follow"
                      r"|catch|chat|correspond|engage|communicate|work|sit|touch|connect|debrief|clarify|take)\b",
                      re.IGNORECASE)
_LONGEST_LINE = 2000


def helpers_joined(line: str, owners: Owners) -> str:
    """A line whose owner's helper is named in commas ("Rhian, supported by Bea, to write the bid") written as
    the two owners ("Rhian and Bea to write the bid"), so the rules for joint owners read both."""
    if "," not in line or len(line) > _LONGEST_LINE:
        return line

    def joined(found: re.Match) -> str:
        helper = found["helper"]
        return f" and {helper} " if owners.known_person(helper) else found.group()

    return _HELPER.sub(joined, line)


def partner_shared(what: str, who: str | None, owners: Owners) -> tuple[str, str | None]:
    """A task closing on "with <member>" and its owner, as the two owners of the task without those words
    ("Draft the test plan with Devika", Tobias -> "Draft the test plan", "Tobias ..., Devika ...")."""
    if not who or " with " not in what or _TALKING.match(what):
        return what, who
    at = what.rfind(" with ")
    found = _PARTNER_AT_END.match(what, at, len(what.rstrip(" \t\n."))) if at > 0 else None
    if found is None:
        return what, who
    partner = owners.known_person(found["partner"])
    if partner is None or partner == who or not owners.is_person(who):
        return what, who
    what = what[:at].rstrip(" ,;")
    return what.removesuffix(" together").rstrip(), f"{who}, {partner}"
