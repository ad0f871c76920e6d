"""What a pronoun opening an owned sentence stands for, named by the sentence before it.

Matters arising and action reviews often say a thing in one sentence and what will be done about it
in the next, with the owner's marker closing the second: "The results of the audit were still
awaited.  These would be followed up with the safety team (Action: JP)". The second sentence alone
("These would be followed up ...") names no matter; the register wants the thing the first sentence
named, so the pronoun is replaced by that sentence's subject: "The results of the audit would be
followed up with the safety team".
"""

from __future__ import annotations

import re

# The pronoun that opens the owned sentence, before a future or obligation in the passive
# ("These would be followed up", "This will be raised", "They are to be circulated").
_BACK_REFERENCE = re.compile(
    r"^(?:These|This|They|Those|It)\s+(?=(?:would|will|should|shall|(?:is|are)\s+to)\s+(?:also\s+|then\s+|now\s+)?be\s+[a-z]+ed\b)")
# The subject of the sentence before: its words up to its first verb of being or having
# ("The outcomes of an audit of the process were still awaited": "The outcomes of an audit of the process").
_SUBJECT = re.compile(r"^(?P<subject>(?:The|An?|Our|Their|Its)\s[^.;:!?]{2,160}?)\s+(?:was|were|is|are|had|has|have|remained|remains)\s")
# A bracketed aside in the subject, as a short form after the name it shortens ("Conference (MARAC) process").
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_LONGEST = 400
# The record's opening before what the meeting agreed ("It was agreed that", "It was also decided that").
_AGREED_THAT = re.compile(r"^It\s+was\s+(?:also\s+|further\s+)?(?:agreed|decided|resolved)\s+that\s+(?=\S)")
# A bullet or number opening the entry before ("- The outcomes ...", "· The outcomes ...", "3. The outcomes ...").
_OPENING_MARK = re.compile(r"^\s*(?:(?:[-*•·‣o]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+)?")


def named_thing(entries: list[str], before: str) -> str:
    """The last entry, its opening pronoun replaced by the subject of the entry before it when both are
    sentences of one passage (the two written one after the other); a lead-in "It was agreed that" dropped;
    the last entry as written otherwise. A lone "(" or "[" the owner's marker left as an entry is passed over."""
    # ("... to a future meeting. (Action: JP)": the bracket that opened the marker, cut off as an entry of its own.)
    while len(entries) >= 2 and entries[-1].strip() in ("(", "["):
        entries = entries[:-1]
    last = entries[-1] if entries else ""
    if (agreed := _AGREED_THAT.match(last)) is not None:
        # ("It was agreed that the draft would be shared ... (Action: PL)": what was agreed is the entry.)
        return last[agreed.end():agreed.end() + 1].upper() + last[agreed.end() + 1:]
    if len(entries) < 2 or len(last) > _LONGEST or (opened := _BACK_REFERENCE.match(last)) is None:
        return last
    previous = entries[-2]
    if len(previous) > _LONGEST or " ".join(f"{previous} {last}".split()) not in " ".join(before[-2 * _LONGEST - 80:].split()):
        return last
    subject = _SUBJECT.match(_OPENING_MARK.sub("", previous))
    if subject is None:
        return last
    return f"{_ASIDE.sub('', subject['subject'])} {last[opened.end():]}"
