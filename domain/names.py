"""People's names as minutes and chat write them: titles, keys for matching, initials."""

from __future__ import annotations

import re
import unicodedata

# Longest first, so "County Councillor" is taken whole before "Councillor".
TITLES = (
    "county councillor", "the reverend", "reverend", "councillor", "cllr", "rev", "ch supt",
    "supt", "superintendent", "chief inspector", "insp", "inspector", "sgt", "professor", "prof",
    "dr", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady",
)
# Police ranks that are also first names ("Di", "Pc") count only in capitals.
RANKS = ("DCI", "CI", "DI", "DS", "DC", "PC")
_TITLE_PATTERN = re.compile(
    r"^(?:(?:(?i:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")"
    + r"|" + "|".join(RANKS) + r")\.?\s+)+"
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def split_title(name: str) -> tuple[str | None, str]:
    """("Cllr", "Jim McMahon") from "Cllr Jim McMahon"; (None, name) when there is no title."""
    cleaned = " ".join(name.split())
    match = _TITLE_PATTERN.match(cleaned)
    if not match or match.end() == len(cleaned):
        return None, cleaned
    return match.group(0).strip(), cleaned[match.end():]


def name_key(name: str) -> str:
    """A key that two spellings of one person share: no title, case, accents or punctuation."""
    _, bare = split_title(name.translate(_APOSTROPHES))
    folded = unicodedata.normalize("NFKD", bare).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9' -]", " ", folded).replace("'", "").split())


def initials(name: str) -> str:
    """"HH" for "Hayley Hughes"; hyphenated parts count ("Liz Windsor-Welsh" gives "LWW")."""
    _, bare = split_title(name)
    parts = re.split(r"[\s\-]+", bare)
    return "".join(part[0].upper() for part in parts if part and part[0].isalpha())
