"""New work set in a review of earlier actions: under "Matters Arising", a sentence in which a named
owner "will" do something ("Colin will look into other places for the box and tell the next meeting",
"... and will post the card this week") promises a step still to come, whether or not it gives a date;
it is a new action, not a report on the old one. (A sentence saying how far the old entry went,
"X was to send the letter; it has been sent", is read as the review it is, before this is asked.)"""

from __future__ import annotations

import re

# "will"/"shall" before the verb of a step; not a state ("will be", "will remain"), a wish ("will need") or a refusal.
_WILL_DO = re.compile(
    r"\b(?:will|shall)\s+(?:now\s+|also\s+|then\s+|soon\s+)?"
    r"(?!(?:be|have|not|need|continue|remain|keep|depend|wait|see|hear|consider\s+whether)\b)[a-z]{2,}+\b")
# A condition before the promise: the step waits on something ("If the grant comes, Jill will order ...").
_CONDITION = re.compile(r"\b(?:if|unless|once|when|should\s+(?:it|they|there))\b", re.IGNORECASE)


def new_undertaking(sentence: str) -> bool:
    """Whether the sentence promises a step still to come (see the module's docstring)."""
    found = _WILL_DO.search(sentence)
    return found is not None and not _CONDITION.search(sentence, 0, found.start())
