"""Which earlier open action a carried action is: minutes that review earlier actions ("matters
arising", "c/f", "ongoing") rarely restate them word for word, so an action the reader marks
carried is matched to the board's earlier open action by likeness of its words.

Words: lower-cased; stop words, dates, numbers and progress words ("awaiting", "deferred") dropped;
a few words boards use for the same task read as one ("circulate"/"share", "letter"/"write");
each word reduced to its stem (Snowball's English stemmer, so "updated" and "update" agree); and
an abbreviation in one text ("ToR", "JSNA") read as the other's words whose initials it spells.

The measure ignores word ORDER, unlike difflib's ratio over the word sequence: a restatement
reorders freely ("ToR to members" for "Circulate the terms of reference to members") and is
usually a terser subset of the original. Each word weighs by its rarity among the board's open
actions (smoothed inverse document frequency: "members" says little, "homelessness" much), and
the likeness is the mean of the weighted Dice coefficient (which penalises what either text adds)
and the weighted cover of the shorter text (which forgives it for saying less), less half the
weight of the carried text's words that the earlier action lacks when it also has words the
carried one lacks: a swap, "a session on finance" for "a session on the JSNA", is another task.

Two shared content words at least are needed. The same owner adds a little; a reference both
carry ("#14", "CPSRB-14", "HWB 25/17") adds much, and a carried entry that is only a reference and
status words matches by it alone. Exact text (after case and spacing) always comes first. An
earlier action is matched at most once per import, the surest pairs first; a carried action whose
two best candidates score within `TIE` of each other matches neither and is reported as uncertain.
The thresholds were set on the invented pairs in tests/unit/test_carried_match.py.

Cost is bounded: the caller hands at most a limited number of this board's open actions; an
inverted index of their stems picks, for each carried action, the CANDIDATES sharing most of its
rarer words, and only those are scored, never every pair.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

import snowballstemmer

MATCH_AT = 0.75  # likeness (with the owner's and a reference's help) a carried action needs
TIE = 0.05  # two candidates this close are the same to the eye: neither is chosen
OWNER_HELP = 0.05  # the same owner on both makes a borderline match likelier
REF_HELP = 0.45  # a reference both carry: nearly decisive, but the words must not contradict it
SWAP = 0.5  # how much of a swapped word's share of the carried text is deducted
MIN_SHARED = 2  # content words both must share when no reference ties them
CANDIDATES = 60  # earlier actions scored for each carried action: those sharing the most of its rarer words
COMMON_FLOOR = 50  # a word is too common to pick candidates by when more than this and a quarter use it

SAME_WORDS, REFERENCE, LIKENESS = "same words", "reference", "similar words"

_STOP = frozenset("""
a an and any are as at be been by for from has have he her his i in into is it its of on or our she so
that the their them they this to was we were will with would should shall can could may might must all
also both each more most other some such than too very via per re
ongoing on-going outstanding pending carried carry forward brought cf bf c f tbc tbd open status action
actions item items still remains remain remaining continue continues continuing further again
next meeting meetings date dates due deadline asap soon possible end start week weeks month months
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split())
# Progress said beside a carried action: no part of what is to be done.
_PROGRESS = frozenset("""
awaiting awaited await received chased chasing reply replied response underway including inc incl
agreed once expected expect deferred yet come coming no not now two three four five first second third
chair vice clerk secretary
""".split())
# Words boards use for the same task: each read as the first of its group.
_SAME_TASK = {word: group[0] for group in (
    ("circulate", "share", "shared", "send", "sent", "distribute", "circulated"),
    ("revised", "updated", "amended", "refreshed", "redrafted"),
    ("write", "letter", "email", "e-mail"),
    ("communications", "comms"),
    ("report", "paper"),
    ("arrange", "organise", "organize", "schedule"),
    ("quotes", "quotations", "estimates", "quote", "quotation"),
) for word in group}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+")
_DIGIT = re.compile(r"\d")
# References as minutes write them: the board's own ("#14", "CPSRB-14", "Action 14", "Ref. 14"), and
# minute or log references after letters or a word that says so ("HWB 25/17", "Action 12/25-3", "FB/25/031").
_REGISTER_REF = re.compile(r"(?:#|\b(?:action|ref(?:erence)?)\.?\s*(?:no\.?\s*)?"
                           r"|\b(?P<code>(?-i:[A-Z][A-Z0-9]{0,11}))-)"
                           r"(?P<number>\d{1,6})\b(?![/.-]\d)", re.IGNORECASE)
_LOG_REF = re.compile(r"(?:\b(?-i:[A-Z]{2,8})[\s/-]?|\b(?:action|ref(?:erence)?|minute)\.?\s*(?:no\.?\s*)?)"
                      r"(?P<ref>\d{1,4}[/.]\d{1,4}(?:[/.-]\d{1,4})?)\b", re.IGNORECASE)
_ABBREVIATION = re.compile(r"^(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Za-z]{2,6}$")  # two capitals at least: ToR, JSNA


@dataclass(frozen=True)
class Earlier:
    """An earlier open action of the board, as the matcher needs it."""

    key: Hashable  # the register's id
    number: int  # the board's action number
    what: str
    owner: Hashable | None = None  # any value that is equal for the same owner


@dataclass(frozen=True)
class Wanted:
    """A carried action read from the minutes."""

    what: str
    owner: Hashable | None = None


@dataclass(frozen=True)
class Match:
    """What one carried action is: `earlier` and `how`, or nothing (`earlier` None), and when it was
    uncertain, the `candidates` it could equally be."""

    earlier: Earlier | None = None
    how: str | None = None
    candidates: tuple[Earlier, ...] = ()

    @property
    def uncertain(self) -> bool:
        return self.earlier is None and len(self.candidates) > 1


def same_text(text: str) -> str:
    """Text as the register compares it exactly: case and spacing ignored."""
    return " ".join(text.lower().split())


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """The word's stem (the Snowball stemmer is pure Python: remembered)."""
    return _STEMMER.stemWord(word)


@lru_cache(maxsize=65_536)
def _read_word(word: str) -> tuple[str, str, str]:
    """A word's initial, its stem (empty for a stop word) and, written as an abbreviation ("ToR"), its
    letters; remembered, as a board's actions use a vocabulary of a few thousand words."""
    abbreviation = word.lower() if _ABBREVIATION.match(word) else ""
    word = word.lower().replace("’", "'").removesuffix("'s")
    word = _SAME_TASK.get(word, word)
    content = word not in _STOP and word not in _PROGRESS and len(word) > 1
    return word[0], _stem(word) if content else "", abbreviation


@dataclass(frozen=True)
class _Words:
    """A text read for matching: its content stems, the initials of its words (for abbreviations),
    the abbreviations it uses, and the references it carries."""

    stems: frozenset[str]
    # (initial, stem) of every word, and of the content words only
    runs: tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]
    initials: tuple[str, str]
    abbreviations: frozenset[str]
    numbers: frozenset[tuple[str | None, int]]  # the board's references: (code or None, number)
    refs: frozenset[str]  # minute or log references, "25/17"

    @classmethod
    def of(cls, text: str) -> "_Words":
        numbers: frozenset[tuple[str | None, int]] = frozenset()
        refs: frozenset[str] = frozenset()
        if _DIGIT.search(text):  # references have digits; most actions' words have none
            numbers = frozenset((m["code"].upper() if m["code"] else None, int(m["number"]))
                                for m in _REGISTER_REF.finditer(text))
            refs = frozenset(m["ref"].replace(".", "/") for m in _LOG_REF.finditer(text))
            text = _LOG_REF.sub(" ", _REGISTER_REF.sub(" ", text))  # a reference is no word
        read = [_read_word(word) for word in _WORD.findall(text) if not word.isdigit()]
        every = tuple((initial, stem) for initial, stem, _ in read)
        runs = (every, tuple(pair for pair in every if pair[1]))
        return cls(frozenset(stem for _, stem in runs[1]), runs, tuple("".join(i for i, _ in run) for run in runs),
                   frozenset(letters for _, _, letters in read if letters), numbers, refs)

    def spelled(self, abbreviation: str) -> frozenset[str]:
        """The stems of the words whose initials spell `abbreviation` ("tor": "terms of reference"),
        counting every word or only the content words."""
        for run, letters in zip(self.runs, self.initials):
            at = letters.find(abbreviation)
            if at >= 0:
                return frozenset(s for _, s in run[at: at + len(abbreviation)] if s)
        return frozenset()

    def spells(self, abbreviation: str) -> bool:
        return any(abbreviation in letters for letters in self.initials)

    def names(self, number: int, code: str | None) -> bool:
        """Whether the text refers to the board's action `number` ("#14", "Action 14", "CPSRB-14")."""
        return any(n == number and (c is None or c == code) for c, n in self.numbers)


def likeness(a: _Words, b: _Words, weight: Callable[[str], float] = lambda _: 1.0) -> tuple[float, int]:
    """The likeness of `a` (the carried text) to `b` (0 to 1) and how many content words they share,
    each word counted by its `weight`, and each text's abbreviations read as the other's words where
    their initials spell them."""
    left, right = set(a.stems), set(b.stems)
    for words, mine, other in ((a, left, b), (b, right, a)):
        for abbreviation in words.abbreviations:
            spelled = other.spelled(abbreviation)
            if spelled:
                mine.discard(_stem(abbreviation))
                mine |= spelled
    if not left or not right:
        return 0.0, 0
    both = left & right
    shared, mass_left, mass_right = (sum(map(weight, group)) for group in (both, left, right))
    dice = 2 * shared / (mass_left + mass_right)
    cover = shared / min(mass_left, mass_right)
    # A word of `a` that `b` lacks, where `b` has one `a` lacks too, is a swap: "a session on finance"
    # for "a session on the JSNA" is another task, however alike the rest. Half its share of `a` is deducted.
    swapped = SWAP * sum(map(weight, left - right)) / mass_left if right - left else 0.0
    return max(0.0, (dice + cover) / 2 - swapped), len(both)


def _score(wanted: Wanted, words: _Words, earlier: Earlier, theirs: _Words, code: str | None,
           weight: Callable[[str], float]) -> tuple[float, str] | None:
    """The score of one pair and how it was reached, or None when it cannot match."""
    alike, shared = likeness(words, theirs, weight)
    referenced = words.names(earlier.number, code) or bool(words.refs & theirs.refs)
    # Without a reference two content words must be shared; with one, the words must not contradict it.
    if shared < (MIN_SHARED if not referenced else 1 if words.stems else 0):
        return None
    score = alike
    if wanted.owner is not None and wanted.owner == earlier.owner:
        score += OWNER_HELP
    if referenced:
        # A carried entry that is a reference and nothing more ("HWB 25/17 - c/f") is matched by it alone.
        score += REF_HELP if words.stems else MATCH_AT
    return (score, REFERENCE if referenced else LIKENESS) if score >= MATCH_AT else None


class _Index:
    """The earlier actions by content stem, number and reference, so that a carried action is scored
    only against those it could be; and how rare each stem is among them."""

    def __init__(self, earlier: Sequence[Earlier]) -> None:
        self.earlier = earlier
        self.words = [_Words.of(e.what) for e in earlier]
        self.by_stem: dict[str, list[int]] = defaultdict(list)
        self.by_number: dict[int, list[int]] = defaultdict(list)
        self.by_ref: dict[str, list[int]] = defaultdict(list)
        for index, (e, words) in enumerate(zip(earlier, self.words)):
            for stem in words.stems:
                self.by_stem[stem].append(index)
            self.by_number[e.number].append(index)
            for ref in words.refs:
                self.by_ref[ref].append(index)
        self.size = len(earlier)

    def weight(self, stem: str) -> float:
        """How much a shared word says: 1 for a word most of the board's actions use, more for a
        rare one (smoothed inverse document frequency, so a board of few actions weighs all alike)."""
        return 1.0 + math.log((self.size + 1) / (len(self.by_stem.get(stem, ())) + 1))

    def near(self, words: _Words) -> set[int]:
        """The earlier actions worth scoring against `words`: the CANDIDATES sharing the most of its
        rarer words (weighed by rarity; a word a quarter of the board's actions use picks out nothing
        unless all its words are such), those that carry a number or a reference it names, and those
        whose words an abbreviation of `words` spells."""
        common = max(COMMON_FLOOR, self.size // 4)
        stems = [stem for stem in words.stems if len(self.by_stem.get(stem, ())) <= common] or list(words.stems)
        hits: defaultdict[int, float] = defaultdict(float)
        for stem in stems:
            weight = self.weight(stem)
            for index in self.by_stem.get(stem, ()):
                hits[index] += weight
        found = set(heapq.nlargest(CANDIDATES, hits, key=hits.__getitem__))
        for _, number in words.numbers:
            found.update(self.by_number.get(number, ()))
        for ref in words.refs:
            found.update(self.by_ref.get(ref, ()))
        for abbreviation in words.abbreviations:
            if not words.stems - {_stem(abbreviation)}:  # the abbreviation is all it says
                # (The earlier actions come newest first: the newest few it spells.)
                found.update(islice((i for i, theirs in enumerate(self.words) if theirs.spells(abbreviation)), CANDIDATES))
            else:
                found.update(index for index in hits if self.words[index].spells(abbreviation))
        return found


def match_carried(wanted: Sequence[Wanted], earlier: Sequence[Earlier], *, code: str | None = None,
                  taken: Iterable[Hashable] = ()) -> list[Match]:
    """For each carried action in `wanted`, the earlier action it is, in the same order: exact text
    first, then the best likeness, each earlier action once (`taken` keys are spoken for already).
    `code` is the board's, so that "CPSRB-14" refers to its action 14 and "COVID-19" to none."""
    taken = set(taken)
    results: list[Match | None] = [None] * len(wanted)
    by_text: dict[str, list[Earlier]] = defaultdict(list)
    for e in earlier:
        by_text[same_text(e.what)].append(e)
    for position, w in enumerate(wanted):
        exact = [e for e in by_text.get(same_text(w.what), ()) if e.key not in taken]
        if exact:
            results[position] = Match(exact[0], SAME_WORDS)
            taken.add(exact[0].key)
    if all(found is not None for found in results):
        return [found for found in results if found is not None]
    index = _Index(earlier)
    scored: dict[int, list[tuple[float, int, str]]] = {}
    for position, w in enumerate(wanted):
        if results[position] is not None:
            continue
        words = _Words.of(w.what)
        pairs = []
        for i in index.near(words):
            found = _score(w, words, earlier[i], index.words[i], code, index.weight)
            if found is not None and earlier[i].key not in taken:
                pairs.append((found[0], i, found[1]))
        scored[position] = sorted(pairs, key=lambda p: (-p[0], earlier[p[1]].number))
    # The surest pairs first, so that an earlier action goes to the carried action most like it.
    queue = sorted(((pairs[0][0], position) for position, pairs in scored.items() if pairs), reverse=True)
    for _, position in queue:
        pairs = [p for p in scored[position] if earlier[p[1]].key not in taken]
        if not pairs:
            continue
        best, rivals = pairs[0], [p for p in pairs[1:] if p[0] >= pairs[0][0] - TIE]
        if rivals:
            results[position] = Match(candidates=tuple(earlier[p[1]] for p in (best, *rivals)))
            continue
        results[position] = Match(earlier[best[1]], best[2])
        taken.add(earlier[best[1]].key)
    return [found or Match() for found in results]
