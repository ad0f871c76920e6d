"""A thing a task names short, written as the minute named it in full.

A minute names a thing once in full and then points back to it: "Next step is a funding bid to
the windfarm community fund. AG and KB to draft the bid", "Two minor items (loose fixings on the
climbing frame). TF to tighten fixings", "Members agreed the draft Local Plan consultation
timetable. Clerk to send the timetable to the District". Read away from its minute, the task
must say which bid, which fixings, which timetable, as a secretary writes it in a register:
"Draft the funding bid", "Tighten loose fixings on the climbing frame".

The short name is the task's object: a noun alone after "the", "this", "these", "those",
"both", "all", "a" or no article (a task that describes its object, "the approved policy",
has said which one), or after a word that only points back to it ("the new risk", "the revised
plan", "the same form": the one the minute just named). Its full name is the nearest earlier
mention of the same noun (singular or plural) in the words before the task, with the words
that describe it: those just before it that are no article, pronoun, preposition or verb, and
a phrase after it opened by "of", "on", "for", "about", "at", "in", "from" or "to quit", up to
the next clause or punctuation. The task is changed only when that adds words it lacks.
"""

from __future__ import annotations

import re

# The task's object: an optional article and a noun alone; then where the object ends (a
# preposition, a conjunction or the end).
_OBJECT = re.compile(
    # (A body written to is named short too: "Write again to the Department" after "the Department of Justice".)
    r"^(?P<verb>[A-Z][a-z]+(?:\s+(?:up|out|back))?(?:\s+again)?(?:\s+(?:to|with)(?=\s+the\s+[A-Z]))?)\s+"
    r"(?:(?P<article>the|this|that|these|those|both|all|an?)\s+)?"
    r"(?:(?P<pointer>new|revised|updated|latest|same)\s+)?(?P<noun>[a-z][\w'’-]{2,}|(?<=the\s)[A-Z][a-z][\w'’-]+)"
    r"(?P<rest>(?:\s+(?:to|for|with|on|at|in|by|before|from|and|after|until|once|when|so|as|ahead|via|through|"
    r"within|into|over)\b.*|\s+(?:next|this|each|every)\s+\w+.*)?[\s.;:]*)$")
# Words that end a description going back from its noun: articles, pronouns, prepositions,
# conjunctions and the verbs minutes report with.
_NOT_DESCRIBING = {
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all",
    "both", "some", "any", "no", "each", "every", "of", "on", "for", "about", "at", "in", "from", "to", "by", "with",
    "into", "over", "under", "after", "before", "and", "or", "but", "as", "than", "is", "are", "was", "were", "be",
    "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "do", "does", "did", "not", "it", "they", "we", "he", "she", "i", "you", "there", "which", "who", "whom", "what",
    "said", "says", "agreed", "noted", "asked", "reported", "received", "presented", "discussed", "raised", "confirmed",
    "explained", "advised", "requested", "considered", "approved", "outlined", "gave", "give", "needs", "need",
    "remains", "including", "regarding", "re", "next", "step", "minor", "items", "item", "also", "two", "three",
}
# Words after a verb that make it another verb ("reach out", "follow up"), never a thing.
_PARTICLES = {"out", "up", "back", "off", "down", "over", "through", "forward", "round", "around", "away", "along"}
# A word that can describe a thing: letters, or a number with letters ("30mph"); not a dash.
_WORD = re.compile(r"^[\w'’&£/-]*[^\W\d_][\w'’&£/-]*[.,;:()]?$|^\d[\w/.-]*$")
# What may follow the noun and belong to its name: "the review of ...", "notices to quit on ...".
_NAMING_PHRASE = re.compile(r"^(?:of|on|for|about|at|in|from|to\s+quit(?:\s+on)?)\s+")
# Where a naming phrase stops: a clause, a list, a new sentence's business.
_PHRASE_STOP = {"was", "were", "is", "are", "had", "has", "have", "would", "will", "which", "that", "who", "and", "but",
                "to", "be", "should", "could", "with", "by", "so", "because", "as", "if", "when", "once", "until",
                "remain", "remains", "remained", "need", "needs", "needed", "require", "requires", "continue",
                "continues", "appear", "appears", "seem", "seems", "show", "shows", "went", "came", "being"}
# The word after one of these is a verb ("to serve notices", "would chase the quote").
_BEFORE_A_VERB = {"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must"}
# A thing's own number: "9/2026", "25/117", "#2240", "WSG/7", "4".
_REFERENCE = re.compile(r"^(?:[A-Z]{0,5}[/#-]?\d[\w/.-]*)[.,;:)]?$")
_MOST_DESCRIBING = 5
_MOST_PHRASE = 8


def named_in_full(what: str, before: list[str]) -> str:
    """`what` with its object named as the nearest sentence `before` it (nearest last) names it."""
    task = _OBJECT.match(what.strip())
    if task is None or not before or task["noun"] in _NOT_DESCRIBING | _PARTICLES:
        return what
    noun = task["noun"].lower()
    said = set(re.findall(r"[\w'’]+", what.lower()))
    for sentence in reversed(before[-3:]):
        full = _full_name(sentence, noun, said)
        if full is None:
            continue
        new = [word for word in re.findall(r"[\w'’]+", full.lower()) if word not in said]
        if not new or _has_pronoun(full) or not any(word.isalpha() for word in new) and not _numbered(full):
            return what
        article = task["article"] or ""
        article = "the" if article in {"this", "that", "these", "those", "both", "all"} else article
        if article in {"a", "an"}:
            article = "an" if full[:1].lower() in "aeiou" else "a"
        pointer = task["pointer"] if task["pointer"] and task["pointer"] not in full.lower().split() else ""
        object_words = " ".join(part for part in (article, pointer, full) if part)
        return f"{task['verb']} {object_words}{task['rest'].rstrip(' .;:')}"
    return what


def _full_name(sentence: str, noun: str, said: set[str]) -> str | None:
    """The noun's last mention in `sentence` with the words that describe it, if more than the noun
    (a phrase after it only when it repeats nothing the task `said`: "at the bus station")."""
    words = re.findall(r"[\w'’/&£-]+[.,;:()]?|[()]", sentence)
    forms = _forms(noun)
    for index in range(len(words) - 1, -1, -1):
        if words[index].rstrip(".,;:()").lower() not in forms:
            continue
        start = index
        while (start > 0 and index - start < _MOST_DESCRIBING and not words[start - 1][-1:] in ".,;:()"
               and words[start - 1].lower() not in _NOT_DESCRIBING and _WORD.match(words[start - 1])):
            start -= 1
        if start < index and start > 0 and words[start - 1].lower() in _BEFORE_A_VERB:
            start += 1  # "agreed to serve notices": the word after "to" is a verb, not a description
        end = index + 1
        if end < len(words) and _REFERENCE.match(words[end]) and words[index][-1:] not in ".,;:()":
            end += 1  # "motion 9/2026", "report 25/117": the thing's own reference
        if words[end - 1][-1:] not in ".,;:()":
            tail = " ".join(words[end:])
            naming = _NAMING_PHRASE.match(tail)
            if naming:
                phrase = words[end: end + _MOST_PHRASE + len(naming[0].split())]
                taken = len(naming[0].split())
                for at, word in enumerate(phrase[taken:], start=taken):
                    bare = word.rstrip(".,;:()")
                    # ("the Minister for Rural and Community Development": "and" inside a name in capitals.)
                    joins_name = bare in ("and", "&") and at + 1 < len(phrase) and phrase[at + 1][:1].isupper() and (
                        phrase[at - 1][:1].isupper())
                    if bare.lower() in _PHRASE_STOP and not joins_name or not bare or (
                            bare.endswith("ing") and bare.islower() and (phrase[at - 1][:1].isupper() or at + 1 < len(phrase)
                            and phrase[at + 1].lower() in {"a", "an", "the", "that", "whether", "their", "its"})):
                        break  # (a clause, or a participle opening one: "seeking an increase", not "climbing frame")
                    taken += 1
                    if word[-1:] in ".,;:()":
                        break
                repeated = said & {word.rstrip(".,;:()").lower() for word in phrase[1:taken]} - _NOT_DESCRIBING
                if taken > len(naming[0].split()) and not repeated:
                    end += taken
        if end - start == 1:
            return None
        if start == 0 and words[0][1:].islower():
            words[0] = words[0].lower()  # "Motion 9/2026 on ... was adopted": a sentence's first word
        return " ".join(words[start:end]).rstrip(".,;:() ")
    return None


def _forms(noun: str) -> set[str]:
    """A noun's singular and plural ("notice", "notices"; "survey", "surveys"; "fixings")."""
    forms = {noun}
    if noun.endswith("ies"):
        forms.add(noun[:-3] + "y")
    elif noun.endswith("s") and not noun.endswith("ss"):
        forms.add(noun[:-1])
    else:
        forms.add(noun + "s")
        if noun.endswith("y"):
            forms.add(noun[:-1] + "ies")
    return forms


def _numbered(full: str) -> bool:
    """Whether a full name is its noun and the thing's own number ("motion 9/2026", "report 25/117"):
    the number alone says which one."""
    words = full.split()
    return len(words) == 2 and bool(_REFERENCE.match(words[1])) and any(c in words[1] for c in "/#-")


def _has_pronoun(phrase: str) -> bool:
    return bool(re.search(r"\b(?:it|this|that|them|these|those|he|she|they)\b", phrase, re.IGNORECASE))
