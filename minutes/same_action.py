"""Whether two actions the body read are one: the same task in other words, the same matter, the same owner.

The body reads an action more than once (a marked line and the running text, a review and the closing log,
an arrow restating a sentence); these comparisons let it keep one. Apart from the reader so that each rule that
drops or merges a restated action asks the same question the same way."""

from __future__ import annotations

import re
from bisect import bisect_left


# Words two wordings of one task share, at least, over the shorter.
SAME_SHARE = 0.5
_LITTLE_WORDS = {"the", "a", "an", "to", "and", "of", "for", "on", "in", "at", "by", "with", "be", "it", "this", "that"}


def meaning(what: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]+", what.lower()) if word not in _LITTLE_WORDS}


_RESTATED_NEARBY = 20


def nearest(positions: list[int], index: int) -> list[int]:
    """The few positions of a sorted list nearest `index` on either side."""
    at = bisect_left(positions, index)
    return positions[max(0, at - _RESTATED_NEARBY): at + _RESTATED_NEARBY]


def action_owner_key(who: str) -> str:
    """An owner as the running text's undertakings are compared. (Unlike owners.owner_key, which compares
    a log's copy with the body's, "all" stays: "All" and "all partners" are two owners here.)"""
    return re.sub(r"^the\s+", "", who.strip(), flags=re.IGNORECASE).lower()


def same_owner(first: str, second: str) -> bool:
    return action_owner_key(first) == action_owner_key(second)


def same_task(first: str, second: str) -> bool:
    """Whether two readings of one sentence name the same task ("Present a deep dive" and "A
    deep dive would be presented"): most words of the shorter, compared by their first five
    letters so that a verb's forms agree."""
    a, b = ({word[:5] for word in re.findall(r"[a-z0-9]{3,}", text.lower())} for text in (first, second))
    smaller = min(len(a), len(b))
    return smaller >= 2 and len(a & b) >= 0.75 * smaller


def same_matter(first: str, second: str) -> bool:
    """Whether two tasks share most of the shorter one's words that name things, beyond "the", "with" and
    the like ("Notify the county council" and "Bus shelter: confirm a date with the county council" do not)."""
    a, b = ({word[:5] for word in re.findall(r"[a-z0-9]{3,}", text.lower()) if word not in _LINKING_WORDS}
            for text in (first, second))
    smaller = min(len(a), len(b))
    return smaller == 0 or len(a & b) >= 0.75 * smaller


_LINKING_WORDS = {"the", "and", "for", "with", "from", "this", "that", "all", "any", "its", "their", "into", "onto",
                  "about", "our", "has", "have", "will"}
