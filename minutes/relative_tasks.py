"""Work a relative clause promises about a thing its sentence's subject holds or raised:
"Cllr Oduya has a draft of the policy, which he will send to all members", "Mrs Pell raised the
blocked gully, which she would report to the highways team".

Minutes often name the thing first, as what a member has or brought up, and put the undertaking in
a "which he will ..." clause after it. The owner is the sentence's subject (a person on the roll or
a post); the work is the clause's verb done to that thing ("send a draft of the policy to all
members"). A preposition left at the clause's end takes the thing after it ("give attention to the
hedge"). A subject that is not someone who can act (a body, a document) sets nothing here.
"""

from __future__ import annotations

import re

from minutes.actions import Task
from minutes.owners import Owners
from minutes.vocabulary import is_role
from minutes.when import find_due_phrase
from minutes.wording import tidy_what, without_at_end

# The subject, what they have or raised, the thing, then "which he/she/they will|would VERB ...".
# (Bounded runs only: each part is a few words, so a hostile run of letters cannot make it slow.)
_RELATIVE = re.compile(
    r"^(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:has|had|holds|held|raised|mentioned|brought|tabled|produced|reported|highlighted)\s+"
    r"(?:up\s+)?(?P<thing>(?:a|an|the|his|her|their|some)\s+[^,;.()]{2,80}?),?\s+which\s+(?:he|she|they)\s+"
    r"(?:will|would|is\s+to|are\s+to|agreed\s+to|undertook\s+to|offered\s+to)\s+(?:now\s+|also\s+)?"
    r"(?P<verb>[a-z]{2,20})\b(?P<rest>[^.;!?]{0,200})")
# A preposition the clause left without its object: at the end, or before a word of time.
_STRANDED = re.compile(r"\s(?:to|with|about|on|into)(?=\s*$|\s+(?:next|this|later|soon|shortly|before|by|after)\b)")
_OWN = re.compile(r"^(?:his|her|their)\s+", re.IGNORECASE)
_NOT_WORK = {"be", "have", "need", "like", "want", "hope", "consider", "think", "see", "know"}


def relative_task(sentence: str, owners: Owners) -> Task | None:
    """The task a "which he will ..." clause sets on the sentence's subject, or None."""
    if " which " not in sentence:
        return None  # (cheaply)
    found = _RELATIVE.match(sentence.strip())
    if found is None or found["verb"] in _NOT_WORK:
        return None
    who = found["who"]
    bare = re.sub(r"^the\s+", "", who, flags=re.IGNORECASE)
    if not (owners.is_person(who) or owners.is_owner(who, strict=True) or is_role(bare)):
        return None  # ("The report has a summary, which they will ...": no one who can act)
    thing = _OWN.sub("the ", found["thing"])
    thing = thing[:1].lower() + thing[1:]
    rest = found["rest"].rstrip(" ,")
    due = find_due_phrase(rest, task=True)
    rest = without_at_end(rest, due).strip(" ,")
    stranded = _STRANDED.search(rest)
    if stranded:  # ("which he will give attention to": give attention to the hedge)
        what = f"{found['verb']} {rest[:stranded.end()]} {thing} {rest[stranded.end():]}"
    else:
        what = f"{found['verb']} {thing} {rest}"
    what = tidy_what(what)
    return Task(what, owners.resolve(who), str(due.value) if due else None) if what else None
