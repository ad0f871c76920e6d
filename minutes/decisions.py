"""Decisions written as prose: "It was agreed that ...", "The Board agreed ...",
"The minutes ... were agreed as a correct record"."""

from __future__ import annotations

import re
from functools import lru_cache

from minutes.vocabulary import may_hold_any

_DECISION_SENTENCE = re.compile(
    r"^(?:it\s+was\s+(?:further\s+|also\s+|unanimously\s+)?(?:agreed|resolved|decided)\b"
    r"|(?:the\s+)?(?:board|partnership|group|committee|panel|forum|members|board\s+members"
    r"|partners|meeting)\s+(?:further\s+|also\s+|unanimously\s+)?"
    r"(?:agreed|resolved|approved|endorsed|decided|ratified)\b(?!\s+to\s+(?:discuss|consider)))"
    r"|\b(?:were|was)\s+(?:agreed|approved|accepted|signed\s+off)\s+as\s+(?:a\s+)?"
    r"(?:true|correct|accurate)\s+record",
    re.IGNORECASE,
)
# Every decision sentence holds one of these words (see `_DECISION_SENTENCE`).
_DECISION_WORDS = ("agreed", "resolved", "decided", "approved", "endorsed", "ratified", "accepted", "signed")
# A sentence may end in an acronym ("... in ED. FMcB will ..."), never in one initial ("A. Smith").
# (Not after a title written with a full stop, as Irish and older English minutes write them: "Cllr.
# Costigan", "Mr. Kiely", "Supt. Dolan"; nor after the short forms of a rank or a saint written the same way:
# "Det. Grant", "St. Mark's", "Lt. Col. Hay".)
# A figure may end one ("... at 68.2%. OP to circulate ..."), and so may an aside in brackets that
# closes its own sentence ("(Prof Lee did not take part.) LH to arrange ..."), and a quotation in curly
# quotes ("... “a place to work”. KH to produce ...").
_SENTENCE_BREAK = re.compile(r"(?:(?<=[.!?])(?:(?<=[a-z0-9)’'\"”%\]].)|(?<=[A-Z]{2}.))"
                             r"(?<!\bCllr\.)(?<!\bCllrs\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSupt\.)"
                             r"(?<!\bInsp\.)(?<!\bSgt\.)(?<!\bProf\.)(?<!\bRev\.)(?<!\bCapt\.)(?<!\bSt\.)(?<!\bDet\.)(?<!\bConst\.)"
                             r"(?<!\bMt\.)(?<!\bFr\.)(?<!\bSr\.)(?<!\bJr\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bGen\.)(?<!\bGov\.)(?<!\bSen\.)(?<!\bRep\.)|(?<=[a-z0-9%][.!?]\)))"
                             r"\s+(?=[A-Z(]|@\w|\d[\d./]*\s+[A-Z])")


def sentences(text: str) -> list[str]:
    """Running text cut into sentences (not after initials such as "A. Smith"). A line that
    opens a list entry (" - Write to ...", "(b) the Clerk place ...") starts a new one."""
    return list(_sentences(text))


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[str, ...]:
    # A paragraph is cut for its decisions and again for its tasks: cut once.
    found = []
    for chunk in _LIST_ENTRY.split(text) if "\n" in text else (text,):
        head = chunk.lstrip()[:4]
        if head[:1] in "-*•(·▪◦o→➔=" or ")" in head or head[:1].isdigit():
            chunk = _ENTRY_MARK.sub("", chunk, count=1)
        found.extend(s.strip() for s in _SENTENCE_BREAK.split(" ".join(chunk.split())) if s.strip())
    return tuple(found)


# A list entry's mark: a bullet, "(b)", "b)", "2)", or "2." before a clause in lower case ("2. asks that ...").
# PDF text gives Word's bullets as "o", "·", "▪", "◦" or "": each opens an entry.
_MARK = r"(?:[-*•·▪◦→➔]|->|=>|o(?=\s+[A-Z])|\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)|(?:[a-h]|\d{1,2})\)|\d{1,2}\.(?=\s+[a-z]))"
_LIST_ENTRY = re.compile(rf"\n(?=[ \t]*{_MARK}\s+\S)")
# ("- [ ] Rafael: get quotes", "☐ Clerk to book the hall": an open box after the mark is a checklist's
# entry still to do, read without it; a ticked box stays, as done.)
_ENTRY_MARK = re.compile(rf"^\s*{_MARK}\s+(?:\[ \]\s+|[☐□❏❐]\s*)?")


def prose_decisions(text: str) -> list[str]:
    """The sentences of running text that record a decision. A decision that introduces
    a list ("agreed that we needed to: ...") keeps the list. A short heading on the
    paragraph's first line ("Youth bus" over "The board agreed to fund it.") is not part of it."""
    found = []
    parts = sentences(without_heading_line(text))
    for index, sentence in enumerate(parts):
        if may_hold_any(sentence, _DECISION_WORDS) and _DECISION_SENTENCE.search(sentence):
            if sentence.rstrip().endswith(":") or re.search(r":\s+[A-Z]", sentence):
                sentence = " ".join(parts[index:])
                found.append(sentence)
                break
            found.append(sentence)
    return found


_HEADING_LINE_WORDS = 8


def without_heading_line(text: str) -> str:
    """The paragraph without its first line when that line is a bare heading: a few words,
    no closing punctuation, and a capital opening the next line."""
    first, newline, rest = text.strip().partition("\n")
    words = first.split()
    if (newline and rest.strip()[:1].isupper() and 0 < len(words) <= _HEADING_LINE_WORDS
            and first.strip()[-1:] not in ".:;,!?" and first.strip()[:1].isupper()
            and not _DECISION_SENTENCE.search(first)):
        return rest
    return text
