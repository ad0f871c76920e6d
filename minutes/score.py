"""How well the reader reads minutes: `python -m minutes.score DIR [DIR...] [--json] [--per-document]`.

Each DIR holds documents with a hand-written reading beside each (`NAME.EXT` and
`NAME.EXT.expected.json`, in the contract's "Minutes JSON" shape). Every document is
read with `extract_text` and `read_minutes`, as `import-minutes` reads it, and the
reading is compared with the expected one. Counts are summed over a folder's
documents (micro-averaged) and reported per folder:

- actions: an expected and a read action match when their `what`, normalised (case,
  punctuation and spacing ignored), has a difflib similarity ratio of at least
  `ACTION_MATCH` (0.6); pairs are taken best first, each action used once.
  Precision is matched / read, recall matched / expected.
- action owners and due dates, as fields: a true positive is a matched pair whose
  values are both given and equal; precision is over read actions that give the field,
  recall over expected actions that give it (so an unmatched action costs both).
  Owners are equal when their sets of names are (split at commas, "and", "&", "/"),
  each name normalised as below; due dates when the ISO dates are. The accuracy on
  matched actions (None equal to None) is reported as well.
- present and apologies: names compared after dropping titles (Cllr, Dr, Supt ...),
  post-nominals (dotted or not), bracketed initials, case and punctuation; each name used once.
- meeting date and next meeting date: the share of documents whose date is exactly
  right (a date the document does not give is right when read as None).

A document that cannot be read at all counts as an empty reading and is listed.
Prints markdown tables and exits 0; bad arguments exit 2 with one line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from minutes import MinutesFileError, extract_text, read_minutes

ACTION_MATCH = 0.6
EXPECTED_SUFFIX = ".expected.json"
_TITLES = {
    "cllr", "cllrs", "councillor", "councillors", "county", "district", "borough", "city", "town", "parish",
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev", "revd", "reverend", "sir", "dame", "lord",
    "lady", "the", "chief", "superintendent", "supt", "ch", "inspector", "insp", "sergeant", "sgt", "ps", "pc",
    "pcso", "dci", "di", "ds", "dc", "det", "detective", "constable", "cc", "dcc", "acc", "deputy", "senator", "alderman", "cathaoirleach", "canon",
    "father", "fr",
}
# Words that are a title before a name but part of a role's name when a role word ends it:
# "Chief Superintendent Brid Hennessy" is Brid Hennessy, but "Deputy Town Clerk" is not the Town Clerk.
_TITLES_OR_ROLE = {"chief", "deputy", "county", "district", "borough", "city", "town", "parish"}
_ROLE_WORDS = {
    "clerk", "mayor", "chair", "chairman", "chairperson", "convener", "leader", "officer", "executive", "director",
    "head", "manager", "constable", "nurse", "lead", "secretary", "coordinator", "commissioner", "team", "council",
}
_POSTNOMINALS = {"td", "mp", "mla", "ms", "obe", "mbe", "cbe", "qpm", "jp", "dl", "frcp", "mrcgp", "phd", "kpm"}
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_SPLIT_OWNERS = re.compile(r"\s*(?:,|;|/|&|\band\b|\+)\s*", re.IGNORECASE)
_EMPTY_READING = {"date": None, "present": [], "apologies": [], "actions": [], "next_meeting": {"date": None}}


def normalise_text(text: str | None) -> str:
    """Lower case, accents and punctuation gone, single spaces: what the matching compares."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().replace("&", " and ")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def normalise_name(name: str | None) -> str:
    """A person's, role's or group's name without titles, brackets, post-nominals, case or punctuation."""
    name = _DOTTED.sub(lambda m: m[0].replace(".", ""), re.sub(r"\([^)]*\)", " ", name or ""))  # "T.D." is "TD"
    words = normalise_text(name).split()
    while len(words) > 1 and words[0] in _TITLES:
        if words[0] in _TITLES_OR_ROLE and words[-1] in _ROLE_WORDS:
            break
        words.pop(0)
    while words and words[-1] in _POSTNOMINALS and len(words) > 1:
        words.pop()
    return " ".join(words)


def owner_names(who: str | None) -> frozenset[str]:
    """The owners an action's `who` names, each normalised ("KT, DO" and "DO and KT" are the same)."""
    parts = (normalise_name(part) for part in _SPLIT_OWNERS.split(who or ""))
    return frozenset(part for part in parts if part)


def similarity(a: str | None, b: str | None) -> float:
    return SequenceMatcher(None, normalise_text(a), normalise_text(b), autojunk=False).ratio()


def match_actions(expected: list[dict], read: list[dict]) -> list[tuple[int, int]]:
    """Pairs (expected index, read index), best similarity first, each action used once."""
    pairs = sorted(
        ((similarity(e.get("what"), r.get("what")), i, j) for i, e in enumerate(expected) for j, r in enumerate(read)),
        reverse=True,
    )
    used_e, used_r, matched = set(), set(), []
    for ratio, i, j in pairs:
        if ratio < ACTION_MATCH:
            break
        if i not in used_e and j not in used_r:
            used_e.add(i)
            used_r.add(j)
            matched.append((i, j))
    return sorted(matched)


@dataclass
class Count:
    """True positives against how many were expected and how many were read."""

    hits: int = 0
    expected: int = 0
    read: int = 0

    def add(self, hits: int, expected: int, read: int) -> None:
        self.hits += hits
        self.expected += expected
        self.read += read

    @property
    def precision(self) -> float:
        return self.hits / self.read if self.read else float(not self.expected)

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Share:
    """How many of a number of cases were right."""

    right: int = 0
    cases: int = 0

    def add(self, right: bool) -> None:
        self.right += bool(right)
        self.cases += 1

    @property
    def accuracy(self) -> float:
        return self.right / self.cases if self.cases else 1.0


COUNTS = ("actions", "action owners", "action due dates", "present", "apologies", "attendance")
SHARES = ("owners on matched actions", "due dates on matched actions", "meeting date", "next meeting date",
          "attendance exactly right")


@dataclass
class Score:
    """Every field's counts and shares, for one document or summed over a folder."""

    counts: dict[str, Count] = field(default_factory=lambda: {name: Count() for name in COUNTS})
    shares: dict[str, Share] = field(default_factory=lambda: {name: Share() for name in SHARES})

    def add(self, other: Score) -> None:
        for name, count in other.counts.items():
            self.counts[name].add(count.hits, count.expected, count.read)
        for name, share in other.shares.items():
            self.shares[name].right += share.right
            self.shares[name].cases += share.cases

    def to_json(self) -> dict:
        out = {name: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                      "hits": c.hits, "expected": c.expected, "read": c.read} for name, c in self.counts.items()}
        out.update({name: {"accuracy": round(s.accuracy, 4), "right": s.right, "cases": s.cases}
                    for name, s in self.shares.items()})
        return out


def _names(people: list[dict]) -> Counter:
    return Counter(normalise_name(person.get("name")) for person in people or [] if normalise_name(person.get("name")))


def score_reading(expected: dict, read: dict) -> Score:
    """One document's score: its expected reading against what the reader read."""
    score = Score()
    want, got = expected.get("actions") or [], read.get("actions") or []
    matched = match_actions(want, got)
    score.counts["actions"].add(len(matched), len(want), len(got))
    for key, same in (("who", lambda a, b: owner_names(a) == owner_names(b)), ("due", lambda a, b: a == b)):
        label = "action owners" if key == "who" else "action due dates"
        hits = sum(1 for i, j in matched if want[i].get(key) and got[j].get(key) and same(want[i][key], got[j][key]))
        score.counts[label].add(hits, sum(1 for a in want if a.get(key)), sum(1 for a in got if a.get(key)))
        share = "owners on matched actions" if key == "who" else "due dates on matched actions"
        for i, j in matched:
            a, b = want[i].get(key), got[j].get(key)
            score.shares[share].add((a is None and b is None) or (a is not None and b is not None and same(a, b)))
    exact = True
    for key in ("present", "apologies"):
        w, g = _names(expected.get(key)), _names(read.get(key))
        hits = sum((w & g).values())
        score.counts[key].add(hits, sum(w.values()), sum(g.values()))
        score.counts["attendance"].add(hits, sum(w.values()), sum(g.values()))
        exact = exact and w == g
    score.shares["attendance exactly right"].add(exact)
    score.shares["meeting date"].add(expected.get("date") == read.get("date"))
    score.shares["next meeting date"].add(
        (expected.get("next_meeting") or {}).get("date") == (read.get("next_meeting") or {}).get("date")
    )
    return score


def documents(folder: Path) -> list[Path]:
    """The documents in a folder that have an expected reading beside them."""
    return sorted(path.with_name(path.name[: -len(EXPECTED_SUFFIX)]) for path in folder.glob(f"*{EXPECTED_SUFFIX}"))


def read_document(path: Path) -> tuple[dict, str | None]:
    """The reader's reading of a document as JSON, or an empty reading and why there is none."""
    try:
        return read_minutes(extract_text(path)).to_json(), None
    except MinutesFileError as error:
        return dict(_EMPTY_READING), str(error)
    except Exception as error:  # noqa: BLE001 - a reader bug is a score of nothing for that file, not a stop
        return dict(_EMPTY_READING), f"{type(error).__name__}: {error}"


def score_folder(folder: Path) -> dict:
    total, rows, unreadable = Score(), [], []
    for path in documents(folder):
        expected = json.loads(Path(f"{path}{EXPECTED_SUFFIX}").read_text(encoding="utf-8"))
        read, error = read_document(path)
        one = score_reading(expected, read)
        total.add(one)
        if error:
            unreadable.append({"document": path.name, "error": error})
        rows.append({"document": path.name, **one.to_json()})
    return {"folder": str(folder), "documents": len(rows), "unreadable": unreadable,
            "total": total.to_json(), "per_document": rows}


def _table(result: dict, per_document: bool) -> str:
    total = result["total"]
    lines = [f"### {result['folder']} ({result['documents']} documents, {len(result['unreadable'])} unreadable)", "",
             "| field | precision | recall | F1 | expected | read |", "|---|---:|---:|---:|---:|---:|"]
    for name in COUNTS:
        c = total[name]
        lines.append(f"| {name} | {c['precision']:.2f} | {c['recall']:.2f} | {c['f1']:.2f} | {c['expected']} | {c['read']} |")
    lines += ["", "| field | accuracy | right / cases |", "|---|---:|---:|"]
    for name in SHARES:
        s = total[name]
        lines.append(f"| {name} | {s['accuracy']:.2f} | {s['right']} / {s['cases']} |")
    for item in result["unreadable"]:
        lines.append(f"\nUnreadable: {item['document']}: {item['error']}")
    if per_document:
        lines += ["", "| document | actions F1 | owners F1 | due F1 | attendance F1 | date | next |",
                  "|---|---:|---:|---:|---:|:-:|:-:|"]
        for row in result["per_document"]:
            mark = lambda name: "yes" if row[name]["right"] == row[name]["cases"] else "no"  # noqa: E731
            lines.append(f"| {row['document']} | {row['actions']['f1']:.2f} | {row['action owners']['f1']:.2f} | "
                         f"{row['action due dates']['f1']:.2f} | {row['attendance']['f1']:.2f} | "
                         f"{mark('meeting date')} | {mark('next meeting date')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m minutes.score", description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--per-document", action="store_true", help="add one row per document to the table")
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not folder.is_dir() or not documents(folder):
            print(f"{folder} is not a folder of documents with {EXPECTED_SUFFIX} readings beside them.",
                  file=sys.stderr)
            return 2
    results = [score_folder(folder) for folder in args.folders]
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=2))
    else:
        print("\n\n".join(_table(result, args.per_document) for result in results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
