"""How far two careful people agree when they read the same minutes, beside how far the reader
agrees with the first of them: the ceiling of any reader's score on the corpus.

A second person, who never saw the first reading, the reader or its scores, read some of the
corpus's documents and wrote their own reading of each (`tests/fixtures/corpus/second/SET/NAME.second.json`,
in the minutes JSON shape). This compares, on exactly those documents and with the scorer's own rules
(`minutes.score.score_reading`):
- the second reading against the first (`NAME.expected.json`): people's agreement;
- the reader against the first: the reader's score on the same documents.

Run from the project root: `.venv/bin/python bench/reading_agreement.py [--json]`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutes.score import EXPECTED_SUFFIX, Score, read_document, score_reading  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SECOND = CORPUS / "second"
SECOND_SUFFIX = ".second.json"
FIELDS = ("actions", "action owners", "action due dates", "attendance")
SHARES = ("owners on matched actions", "meeting date", "next meeting date")


def pairs() -> list[tuple[Path, Path]]:
    """(document, its second reading) for every second reading whose document and first reading exist."""
    found = []
    for second in sorted(SECOND.glob(f"*/*{SECOND_SUFFIX}")):
        document = CORPUS / second.parent.name / second.name[: -len(SECOND_SUFFIX)]
        if document.exists() and Path(str(document) + EXPECTED_SUFFIX).exists():
            found.append((document, second))
    return found


def compare() -> dict[str, dict]:
    """The two comparisons, summed over the documents (micro-averaged, as the scorer does)."""
    people, reader, found = Score(), Score(), pairs()
    for document, second in found:
        first = json.loads(Path(str(document) + EXPECTED_SUFFIX).read_text(encoding="utf-8"))
        people.add(score_reading(first, json.loads(second.read_text(encoding="utf-8"))))
        reading, _ = read_document(document)
        reader.add(score_reading(first, reading))
    return {"documents": len(found), "second person": people.to_json(), "reader": reader.to_json()}


def table(result: dict) -> str:
    people, reader = result["second person"], result["reader"]
    lines = [f"Documents read twice: {result['documents']}", "",
             "| field | second person against the first | reader against the first |", "|---|---:|---:|"]
    for name in FIELDS:
        a, b = people[name], reader[name]
        lines.append(f"| {name} (F1; P/R) | {a['f1']:.2f} ({a['precision']:.2f}/{a['recall']:.2f}) "
                     f"| {b['f1']:.2f} ({b['precision']:.2f}/{b['recall']:.2f}) |")
    for name in SHARES:
        lines.append(f"| {name} (accuracy) | {people[name]['accuracy']:.2f} | {reader[name]['accuracy']:.2f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = compare()
    print(json.dumps(result, indent=2) if args.json else table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
