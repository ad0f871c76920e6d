"""A roll whose entries are posts and their holders' initials ("Chairman PAB, President JM,
Secretary IRP, Jack Garside JG"): the capitals after a post are the holder's initials, not a
surname, so such an entry is read as the initials as written, in that post."""

from __future__ import annotations

import re

from minutes.people import Person, split_outside_brackets
from minutes.vocabulary import is_role

# "Chairman PAB", "Vice-chairman TB": a post of one to four words, then two to four capitals.
_POST_INITIALS = re.compile(r"^\s*(?P<post>[A-Z][A-Za-z-]{1,30}(?:\s+[A-Za-z][A-Za-z-]{1,30}){0,3}?)\s+"
                            r"(?P<initials>[A-Z]{2,4})\s*\.?\s*$")
# A roll line is looked at only up to this length (a cost bound).
_LINE_LENGTH = 2000


def posts_with_initials(block: list[str]) -> tuple[list[str], list[Person]]:
    """The block without its entries that are a post and its holder's initials, and those
    entries read as people: named by the initials as written, the post their role."""
    kept: list[str] = []
    held: list[Person] = []
    for line in block:
        # (A comma list's line only: a table's row, its cells parted by tabs, gives a person's initials a cell of
        # their own.)
        if len(line) > _LINE_LENGTH or "\t" in line or not re.search(r"[a-z] +[A-Z]{2,4}\b", line):
            kept.append(line)
            continue
        entries = split_outside_brackets(line)
        matches = [_POST_INITIALS.match(entry) for entry in entries]
        posts = [match for match in matches if match and is_role(match["post"])]
        if len(posts) < 2:  # (one post and capitals may be a name and a grade; such a roll gives several)
            kept.append(line)
            continue
        held.extend(Person(name=match["initials"], role=match["post"], initials=match["initials"]) for match in posts)
        rest = [entry.strip() for entry, match in zip(entries, matches) if not (match and is_role(match["post"]))]
        kept.append(", ".join(rest))
    return kept, held
