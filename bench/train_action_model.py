"""Train the action model (`minutes/action_model.json`) on the tuning corpus, and measure it honestly.

    .venv/bin/python bench/train_action_model.py [--cv] [--bounds] [--write [--out FILE]] [--sets DIR ...]
        [--cache FILE] [--show-labels DOC]

Every tuning document is read once with the rules alone; each candidate place an action could be
written (`minutes.candidates`) gets its features, and a label: positive when an expected action of
its document comes from it (most of the expected `what`'s words are the candidate's). A logistic
model is fitted by full-batch gradient descent with a small L2 penalty (pure Python, deterministic:
every feature is one or zero, so identical candidates are counted once, with their weight).

The two thresholds (drop a read action below, add an unread candidate at or above) are calibrated on
the training documents by the actions F1 with owners F1 beside it, exactly as `minutes.score`
counts them. `--cv` is leave-one-set-out cross-validation over every tuning set: each set is scored by a model trained and
calibrated on the other sets only. `--bounds` gives what a perfect scorer of the same candidates
would reach. `--write` trains on every set and writes the model file (not committed: see
docs/benchmarks.md, "A learned scorer of action candidates").
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minutes import extract_text, read_minutes  # noqa: E402
from bench.action_model.model import MODEL_FILE, READ, UNREAD, ActionModel, proposed_action, read_features  # noqa: E402
from bench.action_model.candidates import best_candidate, features, find_candidates, link, shares, twins, with_block_features, word_index, words  # noqa: E402
from minutes.score import ACTION_MATCH, EXPECTED_SUFFIX, match_actions, owner_names, similarity  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
# The sets to tune on (never the held-back `unseen*` sets), in their order: tuning, tuning2, ...
SETS = sorted((path.name for path in CORPUS.glob("tuning*") if path.is_dir()),
              key=lambda name: int(name[len("tuning"):] or 1))
_L2 = 1e-3
_STEPS = 300
_RATE = 0.1
# Features seen on fewer candidates than this are left out (a feature of a handful is noise).
_LEAST_SEEN = 10
_DROP_GRID = [0.0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.25, 0.3]
_ADD_GRID = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, math.inf]


class _Recorder:
    """Stands in for the model while the rules read a document: keeps what the model would see."""

    def __init__(self) -> None:
        self.seen = None

    def __call__(self, actions, lines, skip, context):
        candidates = find_candidates(lines, skip)
        index = word_index(candidates)
        links = link(candidates, actions, index)
        rows = [features(candidate, context.owners) for candidate in candidates]
        with_block_features(candidates, rows)
        read_rows = [None if where is None else read_features(rows[where], action, candidates[where], context.owners, twin)
                     for action, where, twin in zip(actions, links, twins(actions))]
        proposals = {}
        for number, candidate in enumerate(candidates):
            if not candidate.read:
                added = proposed_action(candidate, context)
                if added is not None:
                    proposals[number] = added.action.to_json()
        self.seen = (candidates, index, links, rows, read_rows, proposals)
        return actions


def documents(sets: list[str]):
    """Each document of the sets: (set, name, what the model sees, expected actions, rule actions)."""
    for name in sets:
        for expected_path in sorted((CORPUS / name).glob(f"*{EXPECTED_SUFFIX}")):
            path = expected_path.with_name(expected_path.name[: -len(EXPECTED_SUFFIX)])
            expected = json.loads(expected_path.read_text(encoding="utf-8")).get("actions") or []
            recorder = _Recorder()
            try:
                read = read_minutes(extract_text(path), check_actions=recorder)
            except Exception:  # noqa: BLE001 - an unreadable document is scored empty by minutes.score too
                continue
            if recorder.seen is None:
                continue
            yield name, path.name, recorder.seen, expected, [action.to_json() for action in read.actions]


def prepare(sets: list[str]) -> list[dict]:
    """Per document: each candidate's features and label, and every action it could end with."""
    docs = []
    for set_name, doc_name, seen, expected, rule_actions in documents(sets):
        candidates, index, links, rows, read_rows, proposals = seen
        labels = _labels(candidates, index, links, expected, rule_actions)
        matched = {j for _, j in match_actions(expected, rule_actions)}
        # Every action the document could end with: the rules' (with their candidates) then the proposals.
        options = [(links[n], action) for n, action in enumerate(rule_actions)]
        options += [(where, action) for where, action in sorted(proposals.items())]
        docs.append({"set": set_name, "doc": doc_name, "features": [sorted(k for k, v in row.items() if v) for row in rows],
                     "read_features": [None if row is None else sorted(k for k, v in row.items() if v) for row in read_rows],
                     "read_labels": [int(j in matched) for j in range(len(rule_actions))],
                     "labels": labels, "options": options, "rules": len(rule_actions), "expected": expected,
                     "pairs": _pairs(expected, [action for _, action in options]),
                     "texts": [candidate.text for candidate in candidates]})
    return docs


def _labels(candidates, index, links, expected: list[dict], rule_actions: list[dict]) -> list[int]:
    """Whether the right reading keeps an action at each candidate. Where a rule read an action: when
    the scorer matches it to an expected one. Elsewhere: when an expected action the rules did not
    find comes from it (it holds the largest share of the action's words, half at least, or 0.7 of
    them): a candidate restating an action already read is no new action."""
    labels = [0] * len(candidates)
    matched = match_actions(expected, rule_actions)
    for i, j in matched:
        if links[j] is not None:
            labels[links[j]] = 1
    found = {i for i, _ in matched}
    for i, action in enumerate(expected):
        if i in found:
            continue
        what = action.get("what") or ""
        shared = shares(what, index)
        where = best_candidate(what, candidates, index, least=0.5, found=shared)
        for number, share in shared.items():
            if not candidates[number].read and (number == where or share >= 0.7):
                labels[number] = 1
    return labels


def _pairs(expected: list[dict], read: list[dict]) -> list[tuple[float, int, int]]:
    """Every (similarity, expected, read) pair that could match, best first (pairs sharing few words skipped)."""
    found = []
    read_words = [words(action.get("what") or "") for action in read]
    for i, want in enumerate(expected):
        own = words(want.get("what") or "")
        for j, got in enumerate(read):
            if own and read_words[j] and len(own & read_words[j]) / min(len(own), len(read_words[j])) < 0.3:
                continue
            ratio = similarity(want.get("what"), got.get("what"))
            if ratio >= ACTION_MATCH:
                found.append((ratio, i, j))
    return sorted(found, reverse=True)


def counts(doc: dict, chosen: list[int]) -> tuple[int, int, int, int, int, int]:
    """(matched, expected, read, owner hits, owners expected, owners read) for the chosen actions."""
    chosen_set = set(chosen)
    used_e, used_r, matched = set(), set(), []
    for _, i, j in doc["pairs"]:
        if j in chosen_set and i not in used_e and j not in used_r:
            used_e.add(i)
            used_r.add(j)
            matched.append((i, j))
    want = doc["expected"]
    got = [doc["options"][j][1] for j in range(len(doc["options"]))]
    owner_hits = sum(1 for i, j in matched if want[i].get("who") and got[j].get("who")
                     and owner_names(want[i]["who"]) == owner_names(got[j]["who"]))
    return (len(matched), len(want), len(chosen), owner_hits, sum(1 for a in want if a.get("who")),
            sum(1 for j in chosen if got[j].get("who")))


def chosen_actions(doc: dict, scores: tuple[list[float], list[float]], drop_below: float, add_above: float) -> list[int]:
    read_scores, candidate_scores = scores
    out = []
    for j, (where, _) in enumerate(doc["options"]):
        if j < doc["rules"]:
            if read_scores[j] >= drop_below:
                out.append(j)
        elif candidate_scores[where] >= add_above:
            out.append(j)
    return out


def f1(hits: int, expected: int, read: int) -> tuple[float, float, float]:
    p = hits / read if read else float(not expected)
    r = hits / expected if expected else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def total(docs: list[dict], scored: list[list[float]], drop_below: float, add_above: float) -> list[int]:
    sums = [0] * 6
    for doc, scores in zip(docs, scored):
        for k, value in enumerate(counts(doc, chosen_actions(doc, scores, drop_below, add_above))):
            sums[k] += value
    return sums


def fit(docs: list[dict]) -> ActionModel:
    """The two logistic models, each fitted on its own candidates (read or not)."""
    weights, bias = {}, {}
    read = [(row, label) for doc in docs for row, label in zip(doc["read_features"], doc["read_labels"]) if row]
    unread = [(row, label) for doc in docs for row, label in zip(doc["features"], doc["labels"]) if "read" not in row]
    weights[READ], bias[READ] = _logistic(read)
    weights[UNREAD], bias[UNREAD] = _logistic(unread)
    return ActionModel(weights, bias)


def _logistic(rows: list[tuple[list[str], int]]) -> tuple[dict[str, float], float]:
    """Logistic regression by full-batch gradient descent (Adam steps), deterministic."""
    seen = Counter(name for row, _ in rows for name in row)
    names = sorted(name for name, count in seen.items() if count >= _LEAST_SEEN)
    column = {name: k for k, name in enumerate(names)}
    grouped: dict[tuple[int, ...], list[int]] = {}
    for row, label in rows:
        key = tuple(sorted(column[name] for name in row if name in column))
        grouped.setdefault(key, [0, 0])[label] += 1
    groups = sorted(grouped.items())
    n = max(1, sum(neg + pos for _, (neg, pos) in groups))
    weights = [0.0] * (len(names) + 1)  # the last is the bias
    first, second = [0.0] * len(weights), [0.0] * len(weights)
    for step in range(1, _STEPS + 1):
        grad = [0.0] * len(weights)
        for key, (neg, pos) in groups:
            z = weights[-1] + sum(weights[k] for k in key)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p * (neg + pos) - pos) / n
            grad[-1] += g
            for k in key:
                grad[k] += g
        for k in range(len(names)):
            grad[k] += _L2 * weights[k]
        for k in range(len(weights)):
            first[k] = 0.9 * first[k] + 0.1 * grad[k]
            second[k] = 0.999 * second[k] + 0.001 * grad[k] ** 2
            weights[k] -= _RATE * (first[k] / (1 - 0.9 ** step)) / (math.sqrt(second[k] / (1 - 0.999 ** step)) + 1e-8)
    return {name: weights[k] for k, name in enumerate(names)}, weights[-1]


def scores_of(model: ActionModel, docs: list[dict]) -> list[tuple[list[float], list[float]]]:
    """Per document: each read action's score (1 where it has no candidate) and each candidate's."""
    return [([1.0 if row is None else model.score(dict.fromkeys(row, 1.0)) for row in doc["read_features"]],
             [model.score(dict.fromkeys(row, 1.0)) for row in doc["features"]]) for doc in docs]


def calibrate(model: ActionModel, docs: list[dict]) -> ActionModel:
    """The thresholds that give the training documents the best actions F1 (owners F1 breaking
    ties): first the drop threshold alone, then the add threshold beside it."""
    scored = scores_of(model, docs)

    def merit(drop: float, add: float) -> tuple[float, float]:
        sums = total(docs, scored, drop, add)
        return round(f1(*sums[:3])[2], 4), round(f1(*sums[3:])[2], 4)

    drop = max(_DROP_GRID, key=lambda d: (merit(d, math.inf), -d))
    add = max(_ADD_GRID, key=lambda a: (merit(drop, a), a))
    drop = max(_DROP_GRID, key=lambda d: (merit(d, add), -d))
    return ActionModel(model.weights, model.bias, drop if drop > 0 else -math.inf, add)


def train(docs: list[dict]) -> ActionModel:
    return calibrate(fit(docs), docs)


def _line(label: str, before: list[int], after: list[int]) -> str:
    pb, rb, fb = f1(*before[:3])
    pa, ra, fa = f1(*after[:3])
    ob, oa = f1(*before[3:])[2], f1(*after[3:])[2]
    return (f"| {label} | {pb:.2f} {rb:.2f} {fb:.3f} | {pa:.2f} {ra:.2f} {fa:.3f} | {fa - fb:+.3f} "
            f"| {ob:.3f} | {oa:.3f} | {oa - ob:+.3f} |")


def cross_validate(docs: list[dict], sets: list[str]) -> list[str]:
    """Leave one set out: each set scored by a model trained and calibrated on the others."""
    out = ["| set | rules P R F1 | with model P R F1 | ΔF1 | rules owners F1 | with model | Δ |",
           "|---|---|---|---|---|---|---|"]
    all_before, all_after = [0] * 6, [0] * 6
    for name in sets:
        held = [doc for doc in docs if doc["set"] == name]
        model = train([doc for doc in docs if doc["set"] != name])
        scored = scores_of(model, held)
        before = total(held, scored, -math.inf, math.inf)
        after = total(held, scored, model.drop_below, model.add_above)
        all_before = [a + b for a, b in zip(all_before, before)]
        all_after = [a + b for a, b in zip(all_after, after)]
        out.append(_line(f"{name} (drop<{model.drop_below:.2f}, add≥{model.add_above:.2f})", before, after))
        print(out[-1], flush=True)
    out.append(_line("all", all_before, all_after))
    return out


def bounds(docs: list[dict], sets: list[str]) -> list[str]:
    """What a perfect scorer of these candidates would give: every read action kept exactly when the
    scorer matches it to an expected one (drop), or every unread candidate holding a missed expected
    action read with its proposal (add). The most any model of these candidates can do."""
    out = ["| set | rules F1 / owners F1 | perfect drop | perfect add |", "|---|---|---|---|"]
    for name in sets:
        held = [doc for doc in docs if doc["set"] == name]
        sums = {key: [0] * 6 for key in ("rules", "drop", "add")}
        for doc in held:
            truth = ([float(label) for label in doc["read_labels"]], [float(label) for label in doc["labels"]])
            for key, drop, add in (("rules", -math.inf, math.inf), ("drop", 0.5, math.inf), ("add", -math.inf, 0.5)):
                sums[key] = [a + b for a, b in zip(sums[key], counts(doc, chosen_actions(doc, truth, drop, add)))]
        out.append(f"| {name} | " + " | ".join(f"{f1(*sums[key][:3])[2]:.3f} / {f1(*sums[key][3:])[2]:.3f}"
                                              for key in ("rules", "drop", "add")) + " |")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="train on every set and write the model file")
    parser.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation")
    parser.add_argument("--bounds", action="store_true", help="what a perfect scorer of the candidates would give")
    parser.add_argument("--sets", nargs="*", default=SETS)
    parser.add_argument("--show-labels", metavar="DOC", help="print one document's candidates with their labels")
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="where --write writes the model")
    parser.add_argument("--cache", type=Path, help="keep the prepared documents in this file (pickle) and reuse them")
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        docs = pickle.loads(args.cache.read_bytes())
    else:
        docs = prepare(args.sets)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(docs))
    if args.show_labels:
        for doc in docs:
            if doc["doc"].startswith(args.show_labels):
                for text, label, row in zip(doc["texts"], doc["labels"], doc["features"]):
                    section = next(name for name in row if name.startswith("section="))[8:]
                    print(f"{label} {'R' if 'read' in row else ' '} {section[:4]} {text[:140]}")
        return 0
    if args.bounds:
        print("\n".join(bounds(docs, args.sets)))
    if args.cv:
        print("\n".join(cross_validate(docs, args.sets)))
    if args.write:
        model = train(docs)
        args.out.write_text(json.dumps(model.to_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {args.out}: {sum(map(len, model.weights.values()))} weights, "
              f"drop below {model.drop_below}, add at or above {model.add_above}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
