"""A roll whose names run together with nothing between them ("Tom Ashby (Chair) Rae Linden
(Vice Chair) Gwen Odum Sam Pike Jo Fenn – Staff representative"), as a roll flattened from a
table or a column of a word-processed page comes out: parted into one entry per person.

Only a roll whose every name is two capitalised words (a forename and a surname) can be parted
without a key, so that is all that is parted: each name may have a title before it, a post in
brackets after it, or a post after a dash ("– Church representative") that ends at its last word
in lower case; the names titled all alike (all or none). Anything else (a comma, a lone word, a name of three words) leaves the line as it is."""

from __future__ import annotations

import re

from minutes.people import is_organisation
from minutes.vocabulary import TITLE_WORDS, is_role

# One piece of the line: a bracketed post, a dash, or a word.
_PIECE = re.compile(r"\([^()]{1,60}\)|[–—-](?=\s)|[^\s()]+")
_NAME_WORD = re.compile(r"^(?-i:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)$")
_TITLE = re.compile(rf"^(?i:{TITLE_WORDS})\.?$")
_LOWER_WORD = re.compile(r"^[a-z][\w'’-]*$")
_SEPARATED = re.compile(r"[,;&]|\band\b")


# "J Gilby", "A M Logue", "Mrs S. Roberts": a name by initials and surname, whose start is plain.
_INITIALLED = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ ]+)?(?:[A-Z]\.?[ ]+){1,2}(?-i:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
_INITIALLED_RUN = re.compile(rf"{_INITIALLED}(?:[ ]+{_INITIALLED})+")
_INITIALLED_ONE = re.compile(_INITIALLED)
_HEADED_RUN = re.compile(rf"(?<=[–—:-] ){_INITIALLED}(?:[ ]+{_INITIALLED})+$")


def names_apart(line: str) -> str:
    """The line with a comma between each of the people it runs together; the line as it is
    when it is not a roll of two-word names (or, among separators, of names by initials run
    together: "J Gilby M Goodman"). Linear: one pass over its pieces."""
    text = line.strip()
    if len(text) > 2000:
        return line
    if _SEPARATED.search(text):
        return _initialled_apart(line)
    if not text:
        return line
    pieces = _PIECE.findall(text)
    entries: list[list[str]] = []
    name: list[str] = []  # the words of the name being gathered (a title first, perhaps)
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece.startswith("(") or piece in "–—-":
            if len([w for w in name if not _TITLE.match(w)]) != 2:
                return line
            entry = [*name]
            if piece.startswith("("):
                entry.append(piece)
                index += 1
            else:
                # "– Church representative Janet Applin": the post runs to its last word in lower case
                # within four words; with none ("– Ashgrove Borough Council") where it ends is not plain.
                post = pieces[index + 1:index + 5]
                lower = [i for i, word in enumerate(post) if _LOWER_WORD.match(word)]
                if not lower:
                    return line
                length = lower[-1] + 1
                entry += ["–", *post[:length]]
                index += 1 + length
            entries.append(entry)
            name = []
            continue
        if _TITLE.match(piece) and not name:
            name.append(piece)
        elif _NAME_WORD.match(piece):
            name.append(piece)
            if len([w for w in name if not _TITLE.match(w)]) == 2 and not (
                    index + 1 < len(pieces) and (pieces[index + 1].startswith("(") or pieces[index + 1] in "–—-")):
                entries.append(name)
                name = []
        else:
            return line
        index += 1
    if name or len(entries) < 2:
        return line
    # ("County Councilor Mr Heddwyn Prys": a title before some names and not others is a post before a name, not
    # two people; a roll run together titles all its names or none.)
    if len({bool(_TITLE.match(entry[0])) for entry in entries}) > 1:
        return line
    # ("Tom Ashby Vice Chair": two capitalised words that are a post, not a second person.)
    if any(is_role(words := " ".join(word for word in entry[:3] if _NAME_WORD.match(word))) or is_organisation(words)
           for entry in entries):
        return line
    return ", ".join(" ".join(entry) for entry in entries)


# "– M McAlister", "– Ms G Mulholland": a dash, then a holder named by initials and surname (a title
# first perhaps), which cannot be read as the start of the next post.
_DASH_HOLDER = re.compile(r"\s[–—-]\s+(?P<who>(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s+)?(?:[A-Z]\.?\s+){1,2}(?-i:[A-Z][\w'’-]+))"
                          r"(?=\s+[A-Z]|\s*\.?\s*$)")
# A post between two holders: capitalised words, with the small words of posts among them.
_POST = re.compile(r"^(?-i:[A-Z][\w'’/&-]*)(?:\s+(?:(?-i:[A-Z][\w'’/&-]*)|and|of|for|the|&))*$")


def posts_held_apart(line: str) -> str:
    """ "Chief Executive - J Dixon Director of Operations – G Girvan ICT Projects Officer – J Higginson": a
    council's officers, each post then a dash and its holder, run together with nothing between one
    holder and the next post; rewritten holder first, one entry each ("J Dixon - Chief Executive; G
    Girvan - Director of Operations; ..."). Only when every holder is initials and a surname, so each
    post's start is plain; any other line is returned as it is. Linear: one search along the line."""
    if len(line) > 3000 or "," in line or ";" in line:
        return line
    entries, at, text = [], 0, line.strip()
    for held in _DASH_HOLDER.finditer(text):
        post = text[at:held.start()].strip()
        if not _POST.match(post) or len(post.split()) > 8:
            return line
        entries.append(f"{held['who']} - {post}")
        at = held.end()
    if len(entries) < 2 or text[at:].strip(" ."):
        return line
    return "; ".join(entries)


def _initialled_apart(line: str) -> str:
    """ "R Foster, J Gilby M Goodman, P Hamblin": a list's entry of two or more names by initials
    and surname with nothing between them, parted with a comma; any other entry as it is."""
    parts = re.split(r"(,|;|\band\b)", line)
    changed = False
    for at, part in enumerate(parts):
        # ("Councillors – S Cleaver J Doak": the run may follow the list's own heading and its dash.)
        run = _INITIALLED_RUN.fullmatch(part.strip()) or _HEADED_RUN.search(part.strip())
        if run:
            names = ", ".join(m[0] for m in _INITIALLED_ONE.finditer(run[0]))
            parts[at] = part.replace(run[0], names)
            changed = True
    return "".join(parts) if changed else line
