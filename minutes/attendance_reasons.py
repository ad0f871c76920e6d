"""Why someone sent apologies, written after their name in a list of them: "Ines - at a retreat for the day",
"Oskar on holiday", as teams' shared notes let each person add themselves and say why. The reason is no part
of the name, and left as it is the entry reads as no one."""

from __future__ import annotations

import re

# "Kasimir - on leave", "Delphine – at a conference": a name, a dash, then the reason in lower case.
# (Each word and each gap taken whole by one class: linear.)
_DASHED_REASON = re.compile(r"(?<![ \t])[ \t]+[-–—][ \t]+(?=[a-z])")
_SAYS_HOW_STOOD = re.compile(r"(?i)apolog|regrets|absent|present|attend")
# ("Yusra off sick", "Oskar on holiday": the reason's first word one that says where or how someone is; "Share this
# item" is no name and a reason.)
_WORDED_REASON = re.compile(r"^(?P<name>[ \t]*[A-Z][\w'’.-]*)[ \t]+(?:on|off|at|away|out|unwell|ill|sick|travelling|traveling"
                            r"|working|teaching|busy)\b(?:[ \t]+[a-z][\w'’,.!()-]*)*[ \t]*(?:[!.][ \t]*)?$")


def without_reason(entry: str) -> str:
    """An apologies entry without the reason given after the name: "Ines - at the Summer School" is "Ines";
    "Oskar on holiday" is "Oskar". Any other entry as it is ("Ann de Vries", "Cllr Ann Lee (work)")."""
    if _SAYS_HOW_STOOD.search(entry):
        return entry  # "Tess Okafor - apologies" in a list of both kinds: the mark that sorts the list, kept for it
    if (dashed := _DASHED_REASON.search(entry)) is not None:
        return entry[: dashed.start()]
    if (worded := _WORDED_REASON.match(entry)) is not None:
        return worded["name"]
    return entry
