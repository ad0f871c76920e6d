"""When a light verb after "will" or "to" sets work, read from the words that follow it.

"Do", "make", "get", "discuss" and "meet" mostly say nothing of work on their own ("it will make a
difference", "the group will meet monthly", "members will discuss it next time"), so the reader
of undertakings (minutes/commitments.py) passes them by. Minutes of steering groups, societies and
boards still write many tasks with them: "Roseanne will do an interview with the project lead",
"Omar will make the PR today", "Martin will get a speaker", "Elliot will discuss the terms with the
parish coordinator", "Shirley will meet with the builder to look at the chairs". What tells them
apart is what follows: a light verb with a thing of its own (an article and a noun that is not an
idiom's: "a difference", "a start", "time") is work, and so is talking or meeting with someone
outside the meeting, named, or by a post ("with the treasurer").
"""

from __future__ import annotations

import re

# "do/make/get" and a thing to do, make or get: an article or "some", then the noun.
_THING = re.compile(r"\s+(?:an?|the|some|two|three)\s+(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2})")
# Nouns that make an idiom of a light verb, not a thing to produce: "make a difference", "get a chance".
_IDIOMS = {"difference", "start", "decision", "point", "case", "note", "change", "changes", "effort", "chance", "sense",
           "feel", "feeling", "look", "go", "try", "break", "living", "mistake", "mess", "way", "job", "best", "most",
           "while", "time", "place", "part", "impact", "contribution", "comeback", "return", "loss", "profit",
           "vote", "choice", "call", "sure", "hold", "idea", "view", "same", "rest", "minimum", "maximum", "trick"}
_MAKING = {"do", "make", "get"}
# "discuss/meet" and someone to do it with: a name, or "the" and a post in lower case ("the parish coordinator");
# the body itself or its own members are the meeting's business.
_WITH_SOMEONE = re.compile(r"(?:\s+(?!with\b)[\w'’,-]+){0,8}?\s+with\s+(?P<who>(?:the\s+)?[\w'’-]+)")
_OWN_CIRCLE = re.compile(r"^(?:the\s+)?(?:board|committee|group|team|members?|council|meeting|everyone|all|them|us|each"
                         r"|others?|him|her|it|this|that|regard|respect|reference|a|an)$", re.IGNORECASE)
_TALKING = {"discuss", "meet"}
_REACH = 120


def light_verb_work(verb: str, after: str) -> bool:
    """Whether a light verb sets work by what `after` (the words after the verb) holds."""
    after = after[:_REACH]
    if verb in _MAKING:
        thing = _THING.match(after)
        # (the noun is among the first words after the article: "a big difference", "the new host")
        return thing is not None and not any(word.lower() in _IDIOMS for word in thing["words"].split())
    if verb in _TALKING:
        found = _WITH_SOMEONE.match(after)
        if found is None or any(mark in after[:found.start("who")] for mark in ".;:?!"):
            return False
        who = found["who"]
        return not _OWN_CIRCLE.match(who) and (who[:1].isupper() or who.lower().startswith("the "))
    return False
