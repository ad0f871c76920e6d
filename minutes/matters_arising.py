"""Matters arising: how the body reads a review of earlier meetings' actions. Each entry still open is an
action carried (one done or closed is none); an owner's marker or line after an entry names its owner or sets
its next step; running text that speaks of an earlier action carries it; and an undertaking given under the
review ("he would revert to Cllr Costigan", "a start date will be given to members") is a new action.

Apart from the walk over the lines (minutes/body.py), which decides where a review starts and ends
(minutes/body_titles.py) and hands its text here; a part of the body's reader (a mixin of it) because it
records into the same body, next to the actions the same paragraph set. What one entry says is read in
minutes/reviews.py."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.actions import Task, owner_only, read_task
from minutes.prose_tasks import prose_tasks, said_would_task
from minutes.decisions import sentences
from minutes.markers import has_marker
from minutes.back_references import named_thing
from minutes.review_passages import awaited_thing, done_by, matter_of, on_matter
from minutes.new_work import new_undertaking
from minutes.reviews import (
    SAID_TO_BE_DONE, bare_task, group_owner, last_entry_topic, next_step, on_topic, open_entry, review_entries,
    status_of,
)
from minutes.when import find_due_phrase, resolve_due
from minutes.wording import plain_form
from minutes.same_action import action_owner_key, same_owner
from minutes.entry_owners import CARRIED_NOTE, owners_column
from minutes.marked_tasks import task_about
from minutes.body_titles import CARRIED_FORWARD, EARLIER_ACTION


_MARKED_LOOK_BACK = 20
_INSTRUCTED = re.compile(r"\b(?:was|were)\s+(?:instructed|asked|requested|authorised|authorized|tasked)\s+to\s+[a-z]",
                         re.IGNORECASE)
# "Cllr X asked (again) about the derelict site at 14 Bridge Street, raised at the November meeting": the matter
# an official's answer is about, and whether an earlier meeting raised it.
_ASKED_ABOUT = re.compile(
    r"\b(?:asked|enquired|inquired|queried)\s+(?:again\s+)?(?:about|after|for\s+an\s+update\s+on|on)\s+"
    r"(?P<matter>(?:(?:the|a|an)\s+)?[a-z][^.;]{3,80}?)(?=\s*(?:,|\bwhich\b|\bthat\b|\braised\b|\bat\s+the\s+\w+\s+meeting|\.|$))"
    r"(?P<earlier>[^.]{0,60}\b(?:raised|last|previous|earlier|november|december|january|february|march|april|may|june"
    r"|july|august|september|october)\b)?", re.IGNORECASE)
_SAID_WOULD_BE_DONE = re.compile(
    r"^(?P<speaker>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|confirmed|advised|stated|indicated|reported)"
    r"\s+(?:that\s+)?[^.;]{0,120}?\bthe\s+(?P<thing>(?:(?!\b(?:was|were|is|are|and|but|the)\b)[a-z -]){3,40}?)\s+would\s+be\s+(?:done|completed|finished|carried\s+out"
    r"|delivered|installed|in\s+place|published|issued|launched|submitted)\b(?P<rest>[^.;]{0,60})")
_SAID_VERBS = {"published", "issued", "launched", "submitted"}
# "... and a start date will be given to members at the April meeting": what a speaker says will be given or sent (read
# by reviews' SAID_TO_BE_DONE), to whom, and when.
_GIVEN_VERBS = {"given", "sent", "provided", "circulated", "shared", "forwarded", "supplied"}
_GIVEN_TO = re.compile(r"^\s+to\s+(?P<whom>(?:the\s+)?[a-z][a-z ]{1,30}?|[A-Z][\w'’ ]{1,30}?)"
                       r"(?P<rest>\s+(?:at|by|in|before|after)\s+[^.;]{2,40})?\s*[.;]?$")
_THING_WORDS_GIVEN = re.compile(r"^(?:a|an|the)\s+(?:(?!\b(?:was|were|is|are|and|but|the|a|an)\b)[a-z -]){3,40}$")


def _given_to(sentence: str) -> dict[str, str] | None:
    """A speaker saying what will be given or sent to whom ("The District Engineer said it is in the programme and a
    start date will be given to members at the April meeting"): the speaker, the thing, the verb, whom, and the rest."""
    said = SAID_TO_BE_DONE.match(sentence)
    if said is None or said["verb"].lower() not in _GIVEN_VERBS or not _THING_WORDS_GIVEN.match(said["thing"]):
        return None
    to = _GIVEN_TO.match(sentence[said.start("rest"):])
    if to is None:
        return None
    return {"speaker": said["who"], "thing": said["thing"], "verb": said["verb"], "whom": to["whom"], "rest": to["rest"]}


_UNDERTOOK = re.compile(r"\b(?:undertook|offered|promised|committed|volunteered)\s+to\s+[a-z]", re.IGNORECASE)
_ASKED_AGAIN = re.compile(r"\b(?:again|for\s+an\s+update)\b", re.IGNORECASE)
_MATTER_BACK = 3
_PROGRESS = re.compile(r"\b(?:complete[d]?|done|closed|ongoing|on-going|in\s+progress|underway|outstanding|awaited"
                       r"|still|remains?|has\s+been|have\s+been|was|were)\b", re.IGNORECASE)


class MattersArising:
    """How the body's reader reads the entries of a review of earlier actions. Uses the reader's `context`,
    `body`, `previous_text` and `flushed_from`, and its `_action` and `_add_tasks`."""

    def _owned_entry(self, who: str | None, when: str | None) -> None:
        """Under a review of earlier actions, "Action : Acting Chief Executive" on a line of its own after an entry
        that read as no action ("269/19 : Communication with Staff - It was noted that ... would be reviewed in
        March."): the entry is still to do, and the line names its owner (ModernGov's outstanding actions)."""
        owners = self.context.owners
        if not who or not self.previous_text.strip() or len(self.body.actions) > self.flushed_from or not (
                owners.is_owner(who, strict=False)):
            return
        entry = review_entries(self.previous_text, owners)[-1]
        if status_of(entry) == "closed":
            return
        self._carried_entry(entry, who.strip(), when)

    def _carried_entry(self, entry: str, who: str, when: str | None = None) -> bool:
        """A review's entry with no status of its own, still to do, owned by `who` as a line after it
        ("Action : Acting Chief Executive") says: read as an open entry with that lead, and carried."""
        due = f" Date: {when}." if when else ""
        # ("... with the Safety Team  (Action: JP)": the bracket that opened the marker is no word of the entry.)
        task = open_entry(f"{entry.rstrip(' .;([')} — open. Lead: {who}.{due}", self.context.owners)
        if task is None or not task.what or not task.who:
            return False
        action = self._action(task.what.rstrip(" ,;:"), task.who, task.due_text)
        self.body.actions.append((replace(action, carried=True), False))
        return True

    def _carried_entries(self, text: str, assume_open: bool = False) -> None:
        """Under a review of earlier actions, each entry whose status says it goes on
        ("Sandbag stock audit (DL) – ongoing, c/f", "RS to provide the data - outstanding, due
        March", "Bin store lighting - GS awaiting the quote. Still open.") is an action still
        open, marked carried; one done or closed is none (minutes/reviews.py reads the entry)."""
        owners, group = self.context.owners, None
        entries = review_entries(text, owners)
        # "...; remains open.<tab>CN; SG": a log's owners column, read as a last entry, names in turn the owners of
        # the entries still open (an entry naming its own owner takes that one).
        column = owners_column(entries[-1], owners) if len(entries) >= 2 else None
        if column:
            entries = entries[:-1]
        for entry in entries:
            heading = group_owner(entry, owners)
            if heading is not None:
                # "- MartinO:" over "- Contact the vendor - open": the owner of the entries under it.
                group = heading
                continue
            task = open_entry(entry, owners, assume_open, owner=group)
            if column and task is not None and task.who:
                column = [who for who in column if not same_owner(who, owners.resolve(task.who))] or column
            elif column and task is None and status_of(entry) == "open":
                task = open_entry(entry, owners, assume_open, owner=column.pop(0))
            if task is not None and task.what and task.who:
                action = self._action(task.what.rstrip(" ,;:"), task.who, task.due_text)
                self.body.actions.append((replace(action, carried=True), False))

    def _marked_entry(self, marker: str, before: str) -> bool:
        """Under a review of earlier actions, an "ACTION: X" marker after an entry still open
        ("Potholes on the B road - reported again by HT. Ongoing. ACTION: Cllr Tulloch", "Contact list -
        half confirmed. Ongoing. ACTION: Secretary to finish by end of February") names that entry's
        owner, or sets the owner's next step on it: one action, carried, in place of the entry read
        without the marker. Returns whether it was so read."""
        entries = review_entries(before, self.context.owners) if before.strip() else []
        owners = self.context.owners
        marker = " ".join(marker.split()).strip(" .")
        noted = CARRIED_NOTE.search(marker)
        forward = False  # (whether the marker carried the entry forward, read as a last entry of its own)
        if entries and noted and (named := owner_only(
                (marker[: noted.start()] + marker[noted.end():]).strip(" .;:–—-"), owners)) is not None and named.who:
            # "Noticeboard: the board has been ordered; delivery expected in February. ACTION: DTC (carried
            # forward)": the marker carries the entry forward whatever its words say of progress, and names its owner.
            entries.append(f"{entries[-1].rstrip(' .')} — carried forward. ACTION: {named.who}.")
            forward = True
        status = status_of(entries[-1]) if entries else "closed"
        if status == "closed":
            return False
        if status is None and not has_marker(entries[-1]):
            # "Bank mandate forms. The bank has asked for them again. ACTION: JL to resubmit.": an entry that
            # gives no status but sets its next step is not done; the step, on the entry's topic when bare.
            task = read_task(marker, owners, strict=False)
            named = owner_only(re.sub(r"^\s*action(?:\s+by)?\s*:\s*", "", marker, flags=re.IGNORECASE), owners)
            if (task is None or not task.what or not task.who) and named is not None and named.who:
                # ("269/19 : Communication with Staff - It was noted that ... would be reviewed in March." over "Action :
                # Acting Chief Executive": the marker names the owner of the entry, which is still to do.)
                thing = named_thing(entries, before)
                return self._carried_entry(thing, named.who) or thing != entries[-1] and self._carried_entry(
                    entries[-1], named.who)
            if task is None or not task.what or not task.who:
                return False
            topic = last_entry_topic(before)
            what = on_topic(task.what, topic) if topic and bare_task(task.what) else task.what
            self.body.actions.append((replace(self._action(what, task.who, task.due_text), carried=True), False))
            return True
        if status is None:
            return False  # (the text before is another action, "ACTION: Chair to invite ...", not an entry)
        labelled = entries.pop() if forward else (
            f"{entries[-1]} ACTION: {marker}." if owner_only(marker, owners) else f"{entries[-1]} {marker}.")
        task = open_entry(labelled, owners)
        if task is None or not task.what or not task.who:
            return False
        unmarked = open_entry(entries[-1], owners)
        # (The entry read without the marker is among the last few actions read: a review of thousands of marked
        # entries is not searched back to its start for each.)
        for index in range(len(self.body.actions) - 1, max(self.flushed_from, len(self.body.actions) - _MARKED_LOOK_BACK) - 1,
                           -1):
            action = self.body.actions[index][0]
            if unmarked is not None and action.carried and action.what == unmarked.what:
                del self.body.actions[index]
                break
        self.body.actions.append((replace(self._action(task.what, task.who, task.due_text), carried=True), False))
        return True

    def _earlier_actions(self, text: str) -> None:
        """A sentence in running text that speaks of an earlier action still open ("The action for
        the housing trust to review CCTV is still outstanding and is carried forward.", "Action
        QSC/24/088 (falls audit) remains open.") is that action, carried."""
        lowered = text.lower()
        if "action" not in lowered and "carried" not in lowered and "c/f" not in lowered and "ai " not in lowered:
            return  # cheaply: no word that speaks of an earlier action
        for sentence in sentences(text):
            if EARLIER_ACTION.search(sentence) and status_of(sentence) == "open":
                self._carried_entries(sentence)

    def _new_in_review(self, text: str) -> None:
        """Under matters arising, a sentence setting a named owner a task with a date still to
        come, and no word of progress ("Superintendent Ryle to circulate the results before the
        April meeting"), is a new action; one reporting on an earlier action is not."""
        said = sentences(text)
        asked = None
        # The verbs of the carried entries read from this text, by owner, once and only when an undertaking needs
        # them (each undertaking is checked against them, not against every action read; a review of thousands of
        # marked entries is not read again for each of them).
        entry_verbs: dict[str, set[str]] | None = None
        for index, sentence in enumerate(said):
            undertaking = said_would_task(sentence, self.context.owners) if " would " in sentence else None
            passive = _SAID_WOULD_BE_DONE.match(sentence) if undertaking is None and " would be " in sentence else None
            if passive and self.context.owners.is_person(passive["speaker"]):
                # "Mr. K. Talty said the design was complete and the works would be done in Q2 2026": the speaker
                # answers for the work he says will be done (about the matter asked about).
                matter = f": {asked['matter'].strip()}" if asked is not None else ""
                rest = re.sub(r"^\s*in\s+", "by ", passive["rest"])
                done = re.search(r"would\s+be\s+(\w+)", passive.group())[1].lower()
                # ("the strategy would be published in March": the speaker is to publish it; other work, complete it.)
                verb = plain_form(done).capitalize() if done in _SAID_VERBS else "Complete"
                undertaking = Task(f"{verb} the {passive['thing'].strip()}{matter}", self.context.owners.resolve(
                    passive["speaker"]), (found := find_due_phrase(rest)) and str(found.value))
            given = _given_to(sentence) if undertaking is None and " be " in sentence else None
            following = said[index + 1] if index + 1 < len(said) else ""
            if given and self.context.owners.is_owner(given["speaker"], strict=True) and not (
                    given["speaker"].split()[-1] in following and re.search(r"\b(?:to|will|would)\s+[a-z]", following)):
                # (A step the next sentence sets the speaker in so many words is that step, read there.)
                # "The District Engineer said it is in the 2026 programme and a start date will be given to members at
                # the April meeting": the speaker is to give it, for the matter asked about.
                verb, thing, whom = plain_form(given["verb"].lower()), given["thing"].strip(), given["whom"].strip()
                what = f"{verb.capitalize()} {whom} {thing}" if verb == "give" else f"{verb.capitalize()} {thing} to {whom}"
                matter = asked["matter"].strip() if asked is not None else ""
                rest = given["rest"] or ""
                found = find_due_phrase(rest) if rest.strip() else None
                undertaking = Task(f"{what} for {matter}" if matter else f"{what}{rest}", self.context.owners.resolve(
                    given["speaker"]), str(found.value) if found else None)
            if undertaking is None and _UNDERTOOK.search(sentence):
                # "Supt. X advised that this was being rostered and undertook to confirm the arrangement in
                # writing": an undertaking in so many words, whatever progress the sentence also reports.
                undertaking = next((task for task in prose_tasks(sentence, self.context.owners) if task.who), None)
            lowered = sentence.lower()
            if undertaking is not None and undertaking.who and entry_verbs is None:
                entry_verbs = {}
                for action, _ in self.body.actions[self.flushed_from:]:
                    if action.carried and action.who and action.what:
                        entry_verbs.setdefault(action_owner_key(action.who), set()).add(action.what.split()[0].lower())
            if undertaking is not None and undertaking.who and any(
                    verb in lowered for verb in entry_verbs.get(action_owner_key(self.context.owners.resolve(undertaking.who)), ())):
                # ("... are still awaited; Tom Wade undertook to provide them": the open entry, read with its owner's
                # step already, is this undertaking.)
                continue
            if undertaking is not None:
                # "Superintendent Tuohy said a van had been requested and he would revert to Cllr Costigan":
                # whatever progress it reports, a new undertaking is a new action (about what was raised before).
                topical = task_about(undertaking, said[:index])
                # (The matter is raised in the few sentences before: a passage of them, not all the text so far.)
                if topical.what == undertaking.what and (matter := matter_of(
                        passage := " ".join(said[max(0, index - _MATTER_BACK): index + 1]))):
                    # ("... he would bring an update to the next meeting": on the matter the passage raised.)
                    topical = Task(on_matter(undertaking.what, matter, awaited_thing(passage)), undertaking.who,
                                   undertaking.due_text)
                undertaking = topical
                self._add_tasks([undertaking])
                if asked is not None and (asked["earlier"] or _ASKED_AGAIN.search(asked.group())):
                    # An answer to a matter raised at an earlier meeting goes on with that matter: carried.
                    self.body.actions[-1] = (replace(self.body.actions[-1][0], carried=True), self.body.actions[-1][1])
                asked = None
                continue
            asked = _ASKED_ABOUT.search(sentence)
            passive = done_by(sentence, self.context.owners) if status_of(sentence) != "closed" else None
            if passive is not None:
                # "Further to the November meeting, the report on X is to be circulated by Mr. Egan before the next
                # meeting": the named doer's task.
                self._add_tasks([passive])
                continue
            if index and status_of(said[index - 1]) == "open" and next_step("open", sentence, self.context.owners):
                continue  # (the owner's next step on the entry before, read with it as carried)
            if CARRIED_FORWARD.search(sentence) or _PROGRESS.search(sentence) and not _INSTRUCTED.search(sentence):
                # ("The Clerk was instructed to refer the matter to the insurers within 14 days" reports no progress.)
                continue
            for task in prose_tasks(sentence, self.context.owners):
                due = resolve_due(task.due_text, self.context.reference, self.context.next_meeting)
                if due is not None and due > self.context.reference or task.who and new_undertaking(sentence):
                    self._add_tasks([task])
