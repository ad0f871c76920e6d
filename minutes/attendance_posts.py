"""Apologies from a post, not a person: "Apologies: the Mayor, Cllr Harriet Lomax", "- The Police
and Crime Commissioner". The minutes name the office and not its holder; the reading keeps the post
as written, so the apologies say who sent them as the minutes do."""

from __future__ import annotations

import re

from minutes.people import Person, split_people
from minutes.vocabulary import is_role

# "the Mayor", "The Police and Crime Commissioner", "the Deputy Mayor.": "the", then a post in capitals
# (its small joining words between), a closing stop at most. Bounded, so a long line is passed over at once.
_POST = re.compile(r"^(?:[-*•]\s+)?(?P<post>[Tt]he\s+[A-Z][\w'’-]{0,30}(?:\s+(?:[A-Z][\w'’-]{0,30}|and|of|for|&)){0,7})\s*\.?$")
_LONGEST = 120
_LONGEST_LINE = 2_000


def unnamed_post(entry: str) -> str | None:
    """The post an entry names with no one's name ("the Mayor"), as written; None for anything else."""
    entry = entry.strip()
    if len(entry) > _LONGEST or entry[:6].lstrip("-*• ")[:3].lower() != "the" or not (post := _POST.match(entry)):
        return None
    words = post["post"].split(None, 1)
    return post["post"] if len(words) == 2 and is_role(words[1]) and not words[1].split()[-1] in ("and", "of", "for", "&") \
        else None


def posts_among(block: list[str]) -> list[Person]:
    """The posts a block of apologies names with no holder, each as a person named by the post."""
    posts: list[Person] = []
    for line in block:
        if len(line) > _LONGEST_LINE or "the" not in line.lower():
            continue
        for entry in split_people(re.sub(r"^\s*[-*•]\s+", "", line)):
            if (post := unnamed_post(entry)) is not None:
                posts.append(Person(name=post))
    return posts
