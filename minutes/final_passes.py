"""The passes over the actions the body read, once the walk over its lines ends: a status closing an
action's words (done, it is none; still open, it is carried), an earlier action restated read once, a carried
entry that is only an owner's name dropped, the undertakings in running text that no layout's rule read
(minutes/commitments.py) added where no action says the same, and a task that names its object short named
as the sentences before it did (minutes/references.py).

Apart from the walk (minutes/body.py) because each looks at all the actions read, not at a line; a part of the
body's reader (a mixin of it) because it needs the running text the walk kept and where each task was read."""

from __future__ import annotations

import os
import re
from dataclasses import replace

from minutes.actions import Task
from minutes.decisions import sentences
from minutes.commitments import ProperWords, commitments
from minutes.references import named_in_full
from minutes.review_passages import awaited_thing, matter_of, on_matter, ordered_thing, with_thing
from minutes.reviews import status_tail
from minutes.same_action import SAME_SHARE, meaning, nearest, action_owner_key, same_matter, same_owner, same_task


# Words that name a thing more fully, put in after it: "of the targeted operation ", "on the school bus ".
# (Not a date or a time: "on Saturday 28th March" says when.)
_NAMING_INSERT = re.compile(r"^(?:of|on|for|about|at)\s+(?![^\d]*\d)(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)\S.*\s$",
                            re.IGNORECASE)


def _bounded_sentences(said: list[str]) -> list[str]:
    """Sentences as `_words_before` reads them: one longer than any written sentence (a run of
    thousands of clauses joined by semicolons or commas) is cut into its clauses, and those into
    pieces of at most _LONGEST_SENTENCE characters, so that each task's look-back reads a bounded
    text, not the whole passage again (which made a passage of one such run quadratic)."""
    if all(len(sentence) <= _LONGEST_SENTENCE for sentence in said):
        return said
    bounded: list[str] = []
    for sentence in said:
        if len(sentence) <= _LONGEST_SENTENCE:
            bounded.append(sentence)
            continue
        for clause in re.split(r"(?<=[;,])\s+", sentence):
            while len(clause) > _LONGEST_SENTENCE:
                cut = clause.rfind(" ", 0, _LONGEST_SENTENCE)
                cut = cut if cut > 0 else _LONGEST_SENTENCE
                bounded.append(clause[:cut])
                clause = clause[cut:].lstrip()
            if clause:
                bounded.append(clause)
    return bounded


_LONGEST_SENTENCE = 1500


def _words_before(said: list[str], what: str) -> list[str]:
    """The sentences of `said` before the one that sets the task `what` (the one sharing most of its
    words, the last of equals), with that sentence's own words before the task's first word."""
    wanted = set(re.findall(r"[a-z0-9]+", what.lower()))
    if not said or not wanted:
        return []
    shares = [len(wanted & set(re.findall(r"[a-z0-9]+", sentence.lower()))) for sentence in said]
    best = max(range(len(said)), key=lambda at: (shares[at], at))
    if shares[best] < min(2, len(wanted)):
        return said[-3:]  # (a marked task's own words are not in the running text: all of it is before)
    verb = re.search(r"\b" + re.escape(what.split()[0].lower()), said[best].lower())
    lead = said[best][: verb.start()] if verb else ""
    return said[max(0, best - 3): best] + ([lead] if lead.strip() else [])


# An action's words that are one word in capitals or initials ("LOG", "GT"), or initials before "to" with nothing
# done ("BC to come to Committee"): a log's heading or owner column read as words.
_NO_TASK_WORDS = re.compile(r"^\W*(?:[A-Z]{1,6}|[A-Z]{1,4}\s+to\s+come\s+to\s+\w+)\W*$")
_NAMED_WINDOW = 60
_STATUS_ALONE = re.compile(r"^\W*(?:carried|closed|open|done|complete[d]?|ongoing|on-going|c/f|b/f|in\s+progress)\W*$",
                           re.IGNORECASE)


class FinalPasses:
    """What the body's reader does with the actions read once its walk ends. Uses the reader's `context`, `body`,
    `lines`, `prose`, `prose_owners`, `review_prose`, `passage`, `passage_from` and `written_at`, and its `_action`."""

    def _close_passage(self) -> None:
        """The owners the open passage of running text gave actions to."""
        if len(self.prose_owners) < len(self.prose):
            self.prose_owners.append({action_owner_key(action.who) for action, _ in self.body.actions[self.passage_from:]
                                      if action.who})

    def _undertakings_left(self) -> None:
        """Undertakings in running text that no rule for a layout read (minutes/commitments.py),
        each kept where no action already read says the same, and where no action read from
        the same passage already names that owner (a rule there may have reworded the task)."""
        said = [meaning(action.what) for action, _ in self.body.actions]
        proper = ProperWords(self.lines)
        for index, ((text, item, title), owned_here) in enumerate(zip(self.prose, self.prose_owners)):
            self.passage = text
            matter = matter_of(text, last=False) if index in self.review_prose else None
            for task in commitments(text, self.context.owners, title, proper, self.context.kind):
                if matter:
                    # ("She will update members when a decision issues", under a review: on the matter raised.)
                    task = Task(on_matter(task.what, matter, awaited_thing(text)), task.who, task.due_text)
                elif index in self.review_prose and (thing := ordered_thing(text)):
                    # ("Replacement pads ordered; Clerk to fit when they arrive": fit the pads.)
                    task = Task(with_thing(task.what, thing), task.who, task.due_text)
                words = meaning(task.what)
                same = next((at for at, other in enumerate(said)
                             if other and len(words & other) >= SAME_SHARE * min(len(words), len(other))), None)
                if same is not None or task.who and action_owner_key(task.who) in owned_here:
                    if same is not None:
                        self._said_more_fully(task, same)
                    continue
                said.append(words)
                self.body.actions.append((self._action(task.what, task.who, task.due_text, item,
                                                       carried=index in self.review_prose), False))

    def _said_more_fully(self, task: Task, position: int) -> None:
        """An undertaking read again that says the same task as the action at `position` (the first
        whose words it shares), by the same owner, with every word of it and more (its object named:
        "Report the results of the targeted operation to the June meeting" for "Report the results to
        the June meeting"), words the action as it does. (Only that one action is looked at: comparing
        every action for each undertaking made a long passage quadratic.)"""
        action, from_table = self.body.actions[position]
        if from_table or not action.who or not task.who or action_owner_key(action.who) != action_owner_key(task.who):
            return
        old, new = action.what, task.what
        if len(new) <= len(old) or len(new) > 2 * len(old):
            return
        # (Only words put in after the object, naming it: the same opening, the same close.)
        cut = old.rfind(" ", 0, len(os.path.commonprefix([old, new]))) + 1
        inserted = new[cut:len(new) - (len(old) - cut)]
        if cut and new.endswith(old[cut:]) and _NAMING_INSERT.match(inserted):
            self.body.actions[position] = (replace(action, what=new), from_table)

    def _named_in_full(self) -> None:
        """A task read from the running text that names its object short ("draft the bid") names
        it as the words before it in the same item did (minutes/references.py)."""
        split: dict[int, list[str]] = {}  # each passage cut into sentences once
        for index, (action, from_table) in enumerate(self.body.actions):
            at = self.written_at.get(action.what)
            if from_table or at is None:
                continue
            # The item's last sentences before the task (at most _NAMED_WINDOW: a passage of thousands of
            # sentences is not read again for each of its tasks).
            said: list[str] = []
            for position in range(at - 1, -1, -1):
                text, item, _ = self.prose[position]
                if item != action.item:
                    continue
                if position not in split:
                    split[position] = _bounded_sentences(sentences(text))
                said[:0] = split[position][-_NAMED_WINDOW:]
                if len(said) >= _NAMED_WINDOW:
                    break
            before = _words_before(said[-_NAMED_WINDOW:], action.what)
            if before:
                fuller = named_in_full(action.what, before)
                if fuller != action.what:
                    self.body.actions[index] = (replace(action, what=fuller), from_table)

    def _statuses_after_words(self) -> None:
        """An action whose words end with a status ("Book the room — done", "Move CI — still in
        progress", "✅ Reply to the query") restates an earlier action: done, it is none; still
        open, it is carried, without the status in its words."""
        kept = []
        for action, from_table in self.body.actions:
            if _STATUS_ALONE.match(action.what or ""):
                continue  # "Carried", "Closed.": a status read as an action's words says no task
            tail = status_tail(action.what) if action.what else None
            if tail is None:
                kept.append((action, from_table))
            elif tail[1] == "open":
                kept.append((replace(action, what=tail[0], carried=True), from_table))
        self.body.actions = kept

    def _no_task_carried(self) -> None:
        """A carried entry whose words are only initials, one word in capitals or an office ("GT", "LOG", "Clerk"):
        a log's owner column or heading read as its words, no task."""
        owners = self.context.owners
        self.body.actions = [(action, from_table) for action, from_table in self.body.actions if not (
            action.carried and (_NO_TASK_WORDS.match(action.what or "") or len((action.what or "").split()) <= 3
                                and owners.is_person(action.what.strip(" ."))))]

    def _carried_once(self) -> None:
        """An entry of a review of earlier actions that the minutes restate ("... still waiting for the
        quote. Carried forward. ACTION: NK", or the closing list of actions repeating it) is one action,
        carried: the review's words, or a table's where a table restates it, with any date either gives."""
        found = self.body.actions
        carried = [index for index, (action, _) in enumerate(found) if action.carried]
        dropped: set[int] = set()
        by_owner: dict[str, list[int]] = {}
        for index, (action, _) in enumerate(found):
            if action.who is not None:
                by_owner.setdefault(action_owner_key(action.who), []).append(index)
        for index in carried:
            action = found[index][0]
            if action.who is None:
                continue
            # The same owner's actions and the carried ones, the nearest few of each (a long document
            # of carried entries is not compared pair by pair).
            candidates = sorted(set(nearest(by_owner.get(action_owner_key(action.who), []), index)
                                    + nearest(carried, index)))
            for other in candidates:
                restated, from_table = found[other]
                # (The meeting restating an earlier action as carried may name a new owner.)
                if other == index or other in dropped or restated.who is None or action.who is None or not (
                        (same_owner(action.who, restated.who) or restated.carried)
                        and same_task(action.what, restated.what) and same_matter(action.what, restated.what)):
                    continue
                kept = restated if from_table else replace(action, item=restated.item if action.item is None else action.item)
                if kept.due is None:
                    kept = replace(kept, due=restated.due or action.due, due_text=restated.due_text or action.due_text)
                found[other] = (replace(kept, carried=True), from_table)
                dropped.add(index)
                break
        if dropped:
            self.body.actions = [pair for index, pair in enumerate(found) if index not in dropped]
