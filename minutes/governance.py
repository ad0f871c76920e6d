"""Governance in minutes: business taken in private (Part B, exempt, confidential) and
declarations of interest (who, what interest, under which item)."""

from __future__ import annotations

import re

from minutes.decisions import sentences
from minutes.model import Declaration
from minutes.owners import Owners

# A line that opens the private part of a meeting ("PART B", "Exempt items",
# "Private session", "Items not for publication").
EXEMPT_SECTION = re.compile(
    r"^\s*(?:part\s+(?:b|2|ii)\b|exempt\s+(?:items?|business|information|session)|private\s+(?:session|business|items?)"
    r"|confidential\s+(?:items?|business|session)|(?:items?\s+)?not\s+for\s+publication|closed\s+session)"
    r"[^.]{0,80}$",
    re.IGNORECASE,
)
PUBLIC_SECTION = re.compile(r"^\s*(?:part\s+(?:a|1|i)\b|public\s+(?:session|business|items?))[^.]{0,60}$", re.I)
# Words in an item's own title that make it exempt.
EXEMPT_TITLE = re.compile(
    r"\b(?:exempt|confidential|part\s+b|private(?:\s+session)?|not\s+for\s+publication|restricted|closed\s+session)\b",
    re.IGNORECASE,
)
# A resolution excluding the press and public: the items after it are exempt.
EXCLUSION = re.compile(
    r"schedule\s+12a|press\s+and\s+(?:the\s+)?public\s+(?:be|were)\s+excluded|exclusion\s+of\s+(?:the\s+)?press"
    r"|exempt\s+information|local\s+government\s+act\s+1972",
    re.IGNORECASE,
)
# Words under an item saying it was taken in private.
IN_PRIVATE = re.compile(
    r"\b(?:considered\s+in\s+(?:private|closed)\s+session|taken\s+in\s+private|private\s+session"
    r"|not\s+for\s+publication|confidential\s+(?:item|report|minute|appendix|session))\b",
    re.IGNORECASE,
)
DECLARATIONS_TITLE = re.compile(r"\bdeclarations?\s+of\s+(?:\w+\s+)?interests?\b|\binterests?\s+declared\b", re.I)
_NONE_DECLARED = re.compile(r"^\s*(?:there\s+were\s+)?(?:no|none)\b.*\b(?:declar|interest)|^\s*none\.?\s*$", re.I)
_DECLARED = re.compile(
    r"^(?P<name>.{2,70}?)\s+declared\s+(?:that\s+(?:she|he|they)\s+|an?\s+|their\s+|his\s+|her\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"\s*\(?\b(?:in|on|under|for|at)?\s*(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?(?P<item>[A-Z]*/?\d[\w/.]*?)\)?"
    r"(?=[\s,.;)]|$)",
    re.IGNORECASE,
)
_BRACKET_ITEM = re.compile(r"\s*\((?:item\s+)?(?P<item>\d[\w/.]*)\)")
# The kinds of interest a member declares ("a disclosable pecuniary interest", "a non-registrable interest").
INTEREST_KINDS = (r"(?:personal|pecuniary|non[- ]pecuniary|prejudicial|disclosable\s+pecuniary|other\s+registrable"
                  r"|non[- ]registrable|registrable|indirect|direct|financial|non[- ]financial|professional)")
_KIND = re.compile(rf"^(?P<kind>{INTEREST_KINDS}(?:\s+and\s+\w+)?)?\s*interests?\b\s*", re.IGNORECASE)
_AS = re.compile(r"^(?:as|because|since|being)\s+(?:a|an|the|(?:his|her|their)\s+)?\s*", re.IGNORECASE)


def read_declarations(text: str, owners: Owners) -> list[Declaration]:
    """The declarations of interest a paragraph records; none for "No declarations"."""
    if _NONE_DECLARED.match(text.strip()):
        return []
    found = []
    for sentence in sentences(text):
        match = _DECLARED.match(sentence.strip())
        if not match:
            continue
        name = re.sub(r"^(?:[-•*]\s*|\d+[.)]\s*)", "", match["name"]).strip(" ,")
        if len(name.split()) > 6 or not name[:1].isupper():
            continue
        rest = match["rest"].rstrip(" .")
        item = None
        found_item = _ITEM.search(rest) or _BRACKET_ITEM.search(rest)
        if found_item:
            item = found_item["item"].rstrip(".")
            rest = (rest[: found_item.start()] + rest[found_item.end():]).strip()
        found.append(Declaration(owners.resolve(name) or name, _interest(rest), item))
    return found


def _interest(rest: str) -> str:
    """ "a personal interest as a trustee of X" read as "Personal interest: trustee of X"."""
    rest = " ".join(rest.split()).strip(" ,.;")
    kind = _KIND.match(rest)
    if kind and kind.end() > 0:
        reason = _AS.sub("", rest[kind.end():].strip(" ,:;")).strip()
        label = f"{kind['kind'].strip()} interest" if kind["kind"] else "Interest"
        text = f"{label}: {reason}" if reason else label
    else:
        text = _AS.sub("", rest)
    return text[:1].upper() + text[1:]
