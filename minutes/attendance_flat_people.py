"""The people under one heading of a roll that PDF text flattened into one run of words, where
nothing but the names' own shape parts them:

- titled names, each a title then initials and a surname or a forename and a surname, perhaps a
  post in brackets or after a comma ("Mr E Booth (Chair) Cllr M Bateson CC J Mein Mrs Ann Lee,
  Chief Executive"), as a table of titled members comes out of a PDF;
- names each followed by their initials, then the body they represent ("Keith Harland KH Private
  Sector Erin Ashby EA Further Education"), as a table of name, initials and body comes out.

Each reader says where the roll stopped being a roll (prose after the last name), so the caller
reads no later heading."""

from __future__ import annotations

import re

from minutes.people import Person
from minutes.vocabulary import TITLE_WORDS


def up_to_next(matches: list[re.Match], end: int) -> list[tuple[re.Match, int]]:
    """Each match with where its part of the text ends: the next match's start, the last one's at `end`."""
    return list(zip(matches, [*(match.start() for match in matches[1:]), end]))

# A title that opens a name: a person's, a councillor's ("CC" a county councillor's) or a police rank's; not
# the words of an office ("Deputy Chief Constable"), which a post after a comma may hold.
_TITLE = re.compile(r"(?<![\w'’.])(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Rev|Revd|Canon"
                    r"|Cllr|Councillor|CC|(?:Chief )?Superintendent|(?:Chief )?Inspector|Sergeant)\.?[ ]+(?=[A-Z])")
_INITIAL = r"[A-Z]\.?"
_WORD = r"(?:Ma?c|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
# What follows a title: initials and a surname ("E Booth", "P. A. Tuthill") or a forename and a surname.
_TITLED_NAME = re.compile(rf"(?:(?:{_INITIAL}[ ]+){{1,3}}{_WORD}|{_WORD}(?:[ ]+{_WORD})?)(?![\w'’-])")
_BRACKET = re.compile(r"[ ]*\((?P<role>[^()]{1,60})\)")
# What may stand between one titled entry and the next without ending the roll: footnote marks
# "(1)", a stray item number "1.", a group's label in capitals ("POLICE SERVICE").
# (Possessive throughout: a run of figures or of "A/" is taken one way, not tried every way it splits.)
_FILLER = re.compile(r"(?:[ ]*+(?:\(\d{1,2}\)|\d{1,2}+\.?|[A-Z][A-Z&/]++\b))*+[ ]*+")
# A post after a comma is a few words, no sentence in it.
_POST_WORDS = 10
_FOOTNOTES = re.compile(r"^(?:[ ]*\(\d{1,2}\))+")


def titled_people(text: str) -> tuple[list[Person], bool] | None:
    """The titled people `text` lists and whether the roll ends inside it (prose after the last
    one); None when it does not open with a titled name."""
    text = _FOOTNOTES.sub("", " ".join(text.split())).strip()
    starts = list(_TITLE.finditer(text))
    if not starts or starts[0].start() != 0:
        return None
    people: list[Person] = []
    for title, after in up_to_next(starts, len(text)):
        name = _TITLED_NAME.match(text, title.end())
        if name is None or name.end() > after:
            return (people, True) if people else None
        role, at = None, name.end()
        if bracket := _BRACKET.match(text, at):
            role, at = bracket["role"].strip(), bracket.end()
        rest = text[at:after]
        ends = False
        if rest.lstrip().startswith(","):
            post = rest.strip(" ,")
            if len(post.split()) > _POST_WORDS or re.search(r"[.;:]\s", post):
                ends = True
            elif post and not role:
                role = re.sub(r"(?:\s+(?:\(\d{1,2}\)|[A-Z][A-Z]+\b))+$", "", post).strip() or None
        elif not _FILLER.fullmatch(rest):
            ends = True
        people.append(Person(name=(title[0] + name[0]).strip(), organisation=None, role=role, in_place_of=None, initials=None))
        if ends:
            return people, True
    return people, False


_CAPS = re.compile(r"^[A-Z]{2,4}$")
_POST_NOMINAL = re.compile(r"^(?:OBE|MBE|CBE|KBE|DBE|QPM|QC|KC|MP|JP|DL|FRS)$")
_NAME_PART = re.compile(rf"^{_WORD}$")
_TITLE_WORD = re.compile(rf"^(?:{TITLE_WORDS})\.?$")
# Fewer anchored names than this, or the first after more header words than this, is no such table.
FEWEST_ANCHORS = 3
_HEADER_WORDS = 6


def initialled_people(text: str, fewest: int = FEWEST_ANCHORS) -> list[Person] | None:
    """The people of `text` when each is a name followed by its own initials and then their body
    ("Keith Harland KH Private Sector Erin Ashby EA Further Education"), at least `fewest` of them
    (fewer will do under a later heading of a table already read); None otherwise."""
    words = text.split()
    anchors: list[tuple[int, int]] = []  # (first word of the name, the initials' word)
    for at, word in enumerate(words):
        if not _CAPS.match(word) or _POST_NOMINAL.match(word):
            continue
        back = at - 1
        while back >= 0 and _POST_NOMINAL.match(words[back]):
            back -= 1
        first = back - len(word) + 1
        floor = anchors[-1][1] + 1 if anchors else 0
        if first < floor or not all(_NAME_PART.match(w) and w[0] == c for w, c in zip(words[first:back + 1], word)):
            continue
        if first - 1 >= floor and _TITLE_WORD.match(words[first - 1]):
            first -= 1
        anchors.append((first, at))
    if len(anchors) < fewest or anchors[0][0] > _HEADER_WORDS:
        return None
    people = []
    for (first, at), later in zip(anchors, [*(a[0] for a in anchors[1:]), len(words)]):
        body = " ".join(words[at + 1:later]) or None
        people.append(Person(name=" ".join(words[first:at]), organisation=body, role=None, in_place_of=None,
                             initials=words[at]))
    return people
