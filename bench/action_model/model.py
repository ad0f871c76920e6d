"""A learned check on the actions the rules read: every candidate place (see `candidates`) is
scored by a logistic model, a dot product of its features with weights trained on the tuning
corpus (`bench/train_action_model.py --write` writes `model.json` beside this module; none is
committed, as the cross-validated gain did not justify changing the reader). To read with one:
`read_minutes(text, check_actions=checker(load(path)))`.

The score is used twice: an action the rules read from a candidate that scores below
`drop_below` is dropped (a sentence that only looks like a task), and a candidate no rule read
whose score is at least `add_above` is read as an action with the reader's own wording, owner
and date functions. Pure Python; the weights are read once.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from minutes.action_tables import WHAT, WHEN, WHO
from minutes.actions import read_task
from bench.action_model.candidates import ROW, Candidate, action_features, features, find_candidates, link, twins, with_block_features, word_index, words
from minutes.model import Action
from minutes.wording import tidy_what
from minutes.when import find_due_phrase, resolve_due

MODEL_FILE = Path(__file__).with_name("model.json")
_NEVER = math.inf


READ, UNREAD = "read", "unread"


@dataclass(frozen=True)
class ActionModel:
    """Two logistic models, one for the actions the rules read (is the action right, given its
    candidate and itself?) and one for the candidates they read none from (is an action missed
    here?), and the two thresholds."""

    weights: dict[str, dict[str, float]] = field(default_factory=lambda: {READ: {}, UNREAD: {}})
    bias: dict[str, float] = field(default_factory=lambda: {READ: 0.0, UNREAD: 0.0})
    drop_below: float = -_NEVER
    add_above: float = _NEVER

    def score(self, found: dict[str, float]) -> float:
        """The probability, as the model reckons it, that the right reading keeps an action here."""
        side = READ if found.get("read") else UNREAD
        weights = self.weights[side]
        total = self.bias[side] + sum(weights.get(name, 0.0) * value for name, value in found.items() if value)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    def to_json(self) -> dict:
        return {"bias": {side: round(value, 6) for side, value in sorted(self.bias.items())},
                "drop_below": _threshold(self.drop_below), "add_above": _threshold(self.add_above),
                "weights": {side: {name: round(value, 6) for name, value in sorted(weights.items())}
                            for side, weights in sorted(self.weights.items())}}

    @staticmethod
    def from_json(data: dict) -> ActionModel:
        return ActionModel({side: {str(k): float(v) for k, v in data["weights"][side].items()} for side in (READ, UNREAD)},
                           {side: float(data["bias"][side]) for side in (READ, UNREAD)},
                           -_NEVER if data["drop_below"] is None else float(data["drop_below"]),
                           _NEVER if data["add_above"] is None else float(data["add_above"]))


def _threshold(value: float) -> float | None:
    return None if math.isinf(value) else round(value, 6)


def load(path: Path = MODEL_FILE) -> ActionModel:
    """A model written by the trainer."""
    return ActionModel.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


def checker(model: ActionModel):
    """The `check_actions` that revises a reading's actions with `model`."""
    return lambda actions, lines, skip, context: revise(actions, lines, skip, context, model)


def revise(actions: tuple[Action, ...], lines: list[str], skip: set[int], context,
           model: ActionModel | None) -> tuple[Action, ...]:
    """The rules' actions checked against the model: those from a candidate scoring below its
    `drop_below` dropped, and candidates no rule read scoring at least `add_above` added."""
    if model is None or (math.isinf(model.drop_below) and math.isinf(model.add_above)):
        return actions
    candidates = find_candidates(lines, skip)
    if not candidates:
        return actions
    links = link(candidates, actions, word_index(candidates))
    found = [features(candidate, context.owners) for candidate in candidates]
    with_block_features(candidates, found)
    kept: list[tuple[int | None, Action | _Added]] = [
        (candidate_line(candidates, where), action) for action, where, twin in zip(actions, links, twins(actions))
        if where is None or model.score(read_features(found[where], action, candidates[where], context.owners, twin))
        >= model.drop_below]
    known = {frozenset(words(action.what)) for _, action in kept}
    for candidate, seen in zip(candidates, found):
        if candidate.read or model.score(seen) < model.add_above:
            continue
        added = proposed_action(candidate, context)
        if added is not None and (key := frozenset(words(added.action.what))) not in known:
            known.add(key)
            kept.append((candidate.line, added))
    return tuple(_in_reading_order(kept))


def read_features(found: dict[str, float], action: Action, candidate: Candidate, owners,
                  twin: bool = False) -> dict[str, float]:
    """A read action's features: its candidate's and its own."""
    return {**found, **action_features(action, candidate, owners, twin)}


def candidate_line(candidates: list[Candidate], where: int | None) -> int | None:
    return None if where is None else candidates[where].line


def _in_reading_order(kept: list[tuple[int | None, Action]]) -> list[Action]:
    """The rules' actions in their own order, each added one after the last action read above it."""
    rules = [(line, action) for line, action in kept if not isinstance(action, _Added)]
    added = sorted(((line, action) for line, action in kept if isinstance(action, _Added)), key=lambda pair: pair[0])
    out: list[Action] = []
    position = 0
    for line, action in rules:
        while position < len(added) and line is not None and added[position][0] < line:
            out.append(added[position][1].action)
            position += 1
        out.append(action)
    out.extend(pair[1].action for pair in added[position:])
    return out


@dataclass(frozen=True)
class _Added:
    action: Action


def proposed_action(candidate: Candidate, context) -> _Added | None:
    """The action a candidate no rule read would be, in the reader's own terms: a table row's task,
    owner and date cells by their columns' roles, otherwise the task `read_task` finds in the words
    (its owner and date as the rules find them)."""
    owners = context.owners
    if candidate.kind == ROW and candidate.cells.get(WHAT):
        what = tidy_what(candidate.cells[WHAT])
        who = candidate.cells.get(WHO)
        due_text = candidate.cells.get(WHEN)
        found = find_due_phrase(due_text, task=True) if due_text else None
        due_text = str(found.value) if found else due_text
        who = owners.resolve(who) if who and owners.is_owner(who, strict=False) else None
    else:
        task = read_task(candidate.text, owners, strict=False, marked=True)
        if task is None:
            return None
        what, who, due_text = task.what, task.who, task.due_text
    if not what or len(what.split()) < 2:
        return None
    due = resolve_due(due_text, context.reference, context.next_meeting) if due_text else None
    return _Added(Action(what=what, who=who, due=due, due_text=due_text, item=None, carried=False))
