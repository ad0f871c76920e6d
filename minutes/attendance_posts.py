"""Apologies from a post, not a person: "Apologies: the Mayor, Cllr Harriet Lomax", "- The Police
and Crime Commissioner". The minutes name the office and not its holder; the reading keeps the post
as written, so the apologies say who sent them as the minutes do."""

from __future__ import annotations

import re

from minutes.people import Person, read_person, split_people
from minutes.vocabulary import is_role

# "the Mayor", "The Police and Crime Commissioner", "the Deputy Mayor.": "the", then a post in capitals
# (its small joining words between), a closing stop at most. Bounded, so a long line is passed over at once.
_POST = re.compile(r"^(?:[-*•]\s+)?(?P<post>[Tt]he\s+[A-Z][\w'’-]{0,30}(?:\s+(?:[A-Z][\w'’-]{0,30}|and|of|for|&)){0,7})\s*\.?$")
# Civic offices held by one person at a time, which the general vocabulary of posts may not hold
# ("the Provost", "the Lord Lieutenant", "the Cathaoirleach").
_CIVIC_POST = re.compile(r"(?:(?:Deputy|Depute|Vice|Lord|Lady)[- ])?(?:Provost|Convener|Lieutenant|High\s+Sheriff|Sheriff"
                         r"|Cathaoirleach|Leas-Chathaoirleach|Lord\s+Mayor|Mayor|Chairman|Chairwoman|Chair)$")
_LONGEST = 120
_LONGEST_LINE = 2_000


def unnamed_post(entry: str) -> str | None:
    """The post an entry names with no one's name ("the Mayor"), as written; None for anything else."""
    entry = entry.strip()
    if len(entry) > _LONGEST or entry[:6].lstrip("-*• ")[:3].lower() != "the" or not (post := _POST.match(entry)):
        return None
    words = post["post"].split(None, 1)
    if len(words) < 2 or words[1].split()[-1] in ("and", "of", "for", "&"):
        return None
    return post["post"] if is_role(words[1]) or _CIVIC_POST.match(words[1]) else None


def posts_among(block: list[str]) -> list[Person]:
    """The posts a block of apologies names with no holder, each as a person named by the post (and
    the people an entry joins to a post by "and": "the Mayor and Cllr Ed Fox")."""
    posts: list[Person] = []
    for line in block:
        if len(line) > _LONGEST_LINE or "the" not in line.lower():
            continue
        for entry in split_people(re.sub(r"^\s*[-*•]\s+", "", line)):
            if (post := unnamed_post(entry)) is not None:
                posts.append(Person(name=post))
            elif " and " in entry or "&" in entry:
                posts.extend(_post_and_others(entry))
    return posts


# "the Mayor and Cllr Ed Fox", "Cllr Ed Fox and the Mayor": a post and people, joined by "and" (the
# people then are read here too: the entry whole is no one's name).
_JOINED = re.compile(r"^(?P<first>.{3,60}?)\s+(?:and|&)\s+(?P<second>.{3,60})$")


def _post_and_others(entry: str) -> list[Person]:
    """A post and the people it is joined to by "and", each as the apologies record them; none when
    neither side is a post with no holder named."""
    joined = _JOINED.match(entry.strip().rstrip(".")) if len(entry) <= _LONGEST else None
    if joined is None:
        return []
    for post_side, other_side in (("first", "second"), ("second", "first")):
        if (post := unnamed_post(joined[post_side])) is not None:
            others = [person for part in split_people(joined[other_side]) if (person := read_person(part)) is not None]
            return [Person(name=post), *others]
    return []

