"""The layouts of a paragraph that name owners before the body reads its sentences: "NP Order the compost" in a
list, a task shouted in capitals, "For the Clerk:" over entries, a "Tasks for Everyone" section's lead-ins and
lists, a heading of only a person's name, arrows to a follow-up and its owner, "what – owner – when" lines,
initials closing a line, and an owner's name closing a paragraph.

Apart from the walk (minutes/body.py), which calls these as it flushes a paragraph; each reads such lines
as actions and hands back the text without them. A part of the body's reader (a mixin of it) because the
actions go into the same body and some layouts open a list the walk then keeps open."""

from __future__ import annotations

import re

from minutes.actions import closing_initials, opens_with_task_verb, owner_only
from minutes.markers import ACTION, Segment, has_marker
from minutes.task_fields import BULLET_MARK
from minutes.reviews import status_of
from minutes.vocabulary import TITLE_RE, is_role
from minutes.when import find_date, find_due_phrase, resolve_due
from minutes.wording import spoken, spoken_owner, tidy_what, without_at_end
from minutes.entry_owners import (
    CARRIED_NOTE, DASH_PARTS, LIST_ENTRY_LINE, OWNER_PARTS, dashed_entry, headed_entry, wrapped_entries_joined,
)
from minutes.marked_tasks import REPORTING_VERBS
from minutes.body_context import Context


_CLOSING_NAME = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)[ \t]+(?P<who>[*_]?[A-Z@][^.!?\n:;,]{1,40})$")  # (not after an initial: "Cllr. G. Culhane")
_UNTIL = re.compile(r"\b(?:until|by|before|due)\b", re.IGNORECASE)
# "[#1204](https://example.org/pull/1204)": a markdown link, kept as its words; a bare address, dropped.
_BARE_URL = re.compile(r"[ \t]+https?://[^\s)]{1,300}")
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,80})\]\([^()\s]{1,300}\)")
# "-> Book the school hall [EL]", "→ Draft the wording (Megan Flint - 2 weeks)".
_ARROW_ENTRY = re.compile(r"^\s*+(?:[-*•]\s++)?(?:->|=>|→|➔)\s*+(?P<what>[^\[\]()]{1,200}?)\s*+[\[(](?P<inside>[^\[\]()]{1,60})[\])]"
                          r"\s*+\.?\s*+$")
_ARROW_LINE_CHARS = 300
_INITIALS_LINE_CHARS = 200
# "Group snapshot upgrade tests → Jonah (before the freeze)": a task, an arrow, its owner's name.
_ARROW_TO_OWNER = re.compile(r"^\s*+(?:[-*•]\s++)?(?P<what>[^→>\n]{3,150}?)\s*+(?:→|->|=>|➔)\s*+"
                             r"(?P<owner>@?[A-Z][\w.'’-]*(?:(?:\s*(?:,|/|&|\band\b)\s*|\s+)@?[A-Z][\w.'’-]*){0,3})"
                             r"(?P<rest>(?:\s*[,(].{0,60})?)\s*$")
# Between the owners and the date inside one bracket: "AH, JR - next meeting", "EL, by 31 Jan".
_OWNER_DUE_BREAK = re.compile(r"\s+[-–—]\s+|\s*[,;]\s*(?=by\b|due\b)|\s*,\s*(?=\S)")


def bracket_owner_and_due(inside: str, context: Context) -> tuple[str, str | None] | None:
    """Who (the owners the attendance names, by initials or in full) and when a closing
    bracket gives: "PB", "AH, JR - next meeting", "EL, by 31 Jan", "CW, Q1". None when the
    bracket names no owner ("see appendix", "£180")."""
    owners = context.owners
    # (The last break first: "AH, JR - next meeting" is two owners, then the date.)
    for found in [None, *reversed(list(_OWNER_DUE_BREAK.finditer(inside)))]:
        who, when = (inside, None) if found is None else (inside[: found.start()], inside[found.end():])
        when = re.sub(r"^(?:by|due)\s+", "", when, flags=re.IGNORECASE) if when else None
        if when is not None and resolve_due(when, context.reference, context.next_meeting) is None:
            continue
        parts = [part for part in re.split(r"\s*(?:,|/|&|\band\b)\s*", who.strip()) if part]
        if parts and all(owners.known_person(part) or is_role(part) for part in parts):
            return owners.resolve(who.strip()), when
    return None


# What opens a register's entry before its task: a bullet, an open box ("- [ ] "), a log reference ("07/25-5", "A12").
# ("1) Share the ...", "(b) Share the ...": a list's own number or letter, closed by a bracket, opens it too.)
_ENTRY_REF = re.compile(r"^\s*(?:[-*•]\s+)?(?:\[\s?\]\s+)?(?:\(?[a-h1-9]\d?\)\s+(?=[A-Z]))?"
                        r"(?:(?=[A-Za-z]{0,4}\d)[A-Za-z]{0,4}\d[\w/.-]{0,14}\s+(?=[A-Z]))?")
# "1. ASB TEAM - obtain ...", "- SHAUNA KERR / CI LOWRY - decide ...": an owner in capitals, a dash, the task in lower case.
_CAPS_OWNER_ENTRY = re.compile(r"^\s*(?:\(?\d{1,2}[.)]\s+|[-*•]\s+)?(?P<owner>[A-Z][A-Z'’.&]*+"
                               r"(?:(?:[ ]|[ ]?/[ ]?|,[ ]|[ ]&[ ])"
                               r"[A-Z][A-Z'’.&]*+){0,5})[ ]+[-–—][ ]+(?P<rest>[a-z]{3,}\b.*)$")
_INITIALS_THEN_TASK = re.compile(r"^(?P<lead>\s*(?:[-*•]|\d{1,2}[.)])\s+)(?P<owner>[A-Z]{2,4}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,4}){0,3})"
                                 r"\s+(?P<task>[A-Z][a-z]+\b.*)$")
_OWNER_HEADING_WORDS = 4
_MARKED_BEFORE = re.compile(r"\b(?:ACTIONS?|Actions?|AP|TODO)(?:[ \t]+\d{1,3})?[ \t]*[:\-–—][ \t]*$")
_MARKER_CHARS = 16
_SHOUTED_TASK = re.compile(r"(?:^|(?<=[.!?:]\s))(?P<run>(?P<owner>[A-Z][A-Z'’.]+(?:[ /&]+[A-Z][A-Z'’.]*){0,4})[ ]+(?:TO|WILL)[ ]+"
                           r"[A-Z]{2,}\b[^a-z\n.!?]*+(?:\n(?![\d(])[^a-z\n.!?]*+(?=[.!?][ \t]*(?:\n|$)))?)[.!?]?"
                           r"(?P<next>[ \t]+(?=[A-Z][a-z]))?", re.MULTILINE)
# (A shouted task wrapped onto a second line in capitals that closes it with a stop goes on there: "CLERK TO
# WRITE TO THE LANDOWNER ASKING" over "FOR THE HEDGE TO BE CUT."; a heading in capitals has no stop.)
# "For the Clerk:", "**For all members:**", "For Priya:": a lead-in naming whose the entries under it are.
_FOR_OWNER = re.compile(r"^[ \t*_]*[Ff](?:or|OR)[ \t]+(?P<the>(?i:the)[ \t]+)?(?P<who>[A-Za-z][\w'’.-]*(?:[ \t]+[A-Za-z][\w'’.-]*){0,3})"
                        r"[ \t]*:[ \t*_]*$")
# ("All maintainers:", "All partners:": every member of a body, by what they are.)
EVERYONE = re.compile(r"^(?:everyone|everybody|all(?:\s+[a-z]{3,}s)?)\s*:?$", re.IGNORECASE)


class ParagraphLayouts:
    """How the body's reader reads the layouts of a paragraph that name owners. Uses the reader's `context`,
    `body`, `paragraph`, `list_owner`, `expect_action_list`, `previous_text`, `reviewing_old_actions`,
    `task_owner` and `task_due`, and its `_action` and `_flush`."""

    def _initials_first(self, line: str) -> str:
        """ "- NP Order the compost by 31 March" in a list of actions: an owner's initials, then the
        task from its capital, laid out as "- NP to order the compost ...", which is read as such."""
        entry = _INITIALS_THEN_TASK.match(line)
        first = entry["task"].split()[0].lower() if entry else ""
        # (A word that reports, "NP reported ...", "OT Received ...", is no instruction.)
        if entry is None or len(entry["task"].split()) < 2 or first.endswith(("ed", "ing")) or (
                first in REPORTING_VERBS) or not all(
                self.context.owners.is_owner(part, strict=True) for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", entry["owner"])):
            return line
        return f"{entry['lead']}{entry['owner']} to {entry['task'][:1].lower()}{entry['task'][1:]}"

    def _shouted_tasks(self, text: str) -> str:
        """ "... the hedge is overgrown. CLERK TO WRITE TO THE LANDOWNER.", "... accepted. CLLR PATEL TO ORDER THE
        BENCH" closing a line: in a paragraph written in small letters, a sentence shouted in capitals that
        gives a known owner (a role, a person the attendance names) a task is that owner's action, marked as
        "ACTION:" would mark it, and ends where its capitals end (the line's next sentence is the minute's)."""
        def marked(found: re.Match) -> str:
            owner = spoken_owner(found["owner"])
            parts = [part for part in OWNER_PARTS.split(owner) if part]
            if not parts or not all(is_role(part) or self.context.owners.is_owner(part, strict=True) for part in parts):
                return found[0]
            task = spoken(" ".join(found["run"].split()), len(found["owner"]))
            # ("ACTION: CLERK TO REPORT THE VERGE.": a marker already there marks it.)
            marker = "" if _MARKED_BEFORE.search(text, max(0, found.start() - _MARKER_CHARS), found.start()) else "ACTION: "
            return f"{marker}{task}.\n" if found["next"] else f"{marker}{task}."
        return _SHOUTED_TASK.sub(marked, text)

    def _for_owner_chunks(self) -> None:
        """ "For the Clerk:" over "[ ] write to the applicants", "For all members:" over "- send your
        updates": a lead-in naming an owner (a role, a person the attendance names, or everyone) heads
        the listed entries under it, in the same paragraph or the next, as an owner's heading under
        an "Actions" heading does. The paragraph is read in chunks, each lead-in with its entries."""
        lines, self.paragraph = self.paragraph, []
        chunk: list[str] = []
        for line in lines + [None]:
            who = self._for_owner(line) if line is not None else None
            if line is not None and who is None:
                chunk.append(line)
                continue
            if chunk:
                self.paragraph = chunk
                self._flush()
                chunk = []
            if who is not None:
                self._flush()
                self.list_owner, self.expect_action_list, self.previous_text = who, True, line

    def _for_owner(self, line: str) -> str | None:
        """The owner a lead-in "For the Clerk:" names (see `_for_owner_chunks`); None for any other line."""
        lead = _FOR_OWNER.match(line)
        if lead is None:
            return None
        who = lead["who"]
        if EVERYONE.match(who):
            return who[:1].upper() + who[1:]
        if lead["the"] and is_role(who):
            return who[:1].upper() + who[1:]
        return self.context.owners.known_person(who)

    def _task_section_paragraph(self, text: str) -> bool:
        """Under a "Tasks for Everyone" or "Individual tasks" heading, each lead-in ("To be done until
        Friday 15.3.2026:", "Not here:") opens one more list of its tasks, up to the first paragraph
        that is neither a lead-in nor a list ("Meeting notes"), which ends the section. Returns whether
        the paragraph was a lead-in, read here."""
        lines = [line for line in text.split("\n") if line.strip()]
        if all(LIST_ENTRY_LINE.match(line) for line in lines):
            return False
        if len(lines) == 1 and lines[0].rstrip().endswith(":") and len(lines[0]) < 100:
            self.expect_action_list, self.previous_text = True, text
            until = find_date(lines[0]) if _UNTIL.search(lines[0]) else None
            self.task_due = until.value if until else None
            return True
        self.task_owner = self.task_due = None
        return False

    def _task_entries(self, text: str) -> str:
        """A task section's list, each entry given the date its lead-in set ("- buddy talk" under "To be done
        until Friday 15.3.2026:" is "- buddy talk by 15 March 2026"), and its links' words only."""
        text = _BARE_URL.sub("", _MD_LINK.sub(r"\1", text))
        if self.task_due is None:
            return text
        when = f" by {self.task_due.day} {self.task_due:%B %Y}"
        return "\n".join(line.rstrip() + when if LIST_ENTRY_LINE.match(line) else line for line in text.split("\n"))

    def _owner_heading(self, text: str) -> str | None:
        """The person a paragraph of only their name (a heading, perhaps with a colon) names, as
        the attendance knows them."""
        line = text.strip().rstrip(":").strip(" *")
        if "\n" in line or not line or len(line.split()) > _OWNER_HEADING_WORDS or LIST_ENTRY_LINE.match(line):
            return None
        return self.context.owners.known_person(line)

    def _arrow_entries(self, text: str) -> str:
        """Lines that point to a follow-up with an arrow and close on its owners in brackets
        ("-> Design posters and leaflet [PB]", "→ Evidence sheets for each site (AH, JR - next
        meeting)") are actions, whatever word opens them: the arrow marks them as much as
        "Action:" would. Returns the text without them."""
        kept = []
        for line in text.split("\n"):
            entry = _ARROW_ENTRY.match(line) if len(line) <= _ARROW_LINE_CHARS else None
            found = bracket_owner_and_due(entry["inside"], self.context) if entry else None
            if found is None and not self.reviewing_old_actions:
                # "- Triage rotation sheet → Hamid (by Fri 30 Jan)", "Upgrade tests → Jonah, before the
                # freeze": the task, then an arrow to the person the attendance names, then when. (An
                # entry that reports progress first, "... still waiting. Carrying over → Sara", is a
                # review's.)
                entry = _ARROW_TO_OWNER.match(line) if len(line) <= _ARROW_LINE_CHARS else None
                entry = entry if entry and ". " not in entry["what"] and len(entry["what"].split()) <= 14 else None
                found = self._arrow_owner(entry["owner"], entry["rest"]) if entry else None
            if found is None or len(entry["what"].split()) < 2:
                kept.append(line)
                continue
            who, when = found
            what = entry["what"].strip(" .;:,–-")
            # ("→ Sara (carried)": a note after the owner carries the entry.)
            carried = bool(CARRIED_NOTE.search(line[entry.end("what"):]))
            self.body.actions.append((self._action(what[:1].upper() + what[1:], who, when, carried=carried),
                                      self.expect_action_list))
        return "\n".join(kept)

    def _arrow_owner(self, owner: str, rest: str) -> tuple[str, str | None] | None:
        """Who an arrow points to, and the date after them ("(by Fri 30 Jan)", ", before the
        freeze"); None unless the attendance names them. A note that is no date ("(carried)")
        gives none."""
        owners = self.context.owners
        parts = [part for part in re.split(r"\s*(?:,|/|&|\band\b)\s*", owner.strip()) if part]
        if not parts or not all(owners.known_person(part) for part in parts):
            return None
        note = rest.strip(" ,;.()")
        found = find_due_phrase(note, task=True) if note else None
        return owners.resolve(owner.strip()), str(found.value) if found else None

    def _dashed_lines(self, text: str) -> str:
        """Lines written as a register's entries, "[ref] what – owner – when" ("07/25-5 Parent
        accommodation audit - ML - due December", "- Shed roof survey – TM – 30 April"), are
        actions: the owner is someone the attendance names (initials, a name, a role) and the
        last part a date. (Without a date, "what – owner" under an "Actions" heading is read
        as any entry there is, its date found in its words.) A listed entry or one under an
        "Actions" heading that opens with an instruction and names a person the attendance
        lists is one whatever its last part says ("* Circulate the hazard log - GS", "- Add
        the banner text - Matt Greenhalgh - before go-live"): that part is when, as written.
        Under a review of earlier actions, an entry still given a date is open: carried.
        Returns the text without them."""
        kept = []
        owners = self.context.owners
        for line in wrapped_entries_joined(text.split("\n"), owners):
            shouted = _CAPS_OWNER_ENTRY.match(line) if "\t" not in line and line[:80].lstrip()[:1].isalnum() else None
            if shouted is not None and any(len(word) >= 3 for word in re.findall(r"[A-Z]+", shouted["owner"])) and (
                    owners.is_owner(spoken_owner(shouted["owner"]), strict=True)):
                # "1. ASB TEAM - obtain legal sign-off of the protocol - by the next meeting": an entry that
                # names its owner in capitals, then a dash and the task in lower case, is an action wherever
                # it stands (the capitals mark the owner as "Action:" would); a last part after a dash that
                # holds a date is when.
                what, _, when = shouted["rest"].rstrip(" .").rpartition(" - ") if " - " in shouted["rest"] else (
                    shouted["rest"].rstrip(" ."), "", "")
                if not when or find_due_phrase(when, task=True) is None:
                    what, when = shouted["rest"].rstrip(" ."), ""
                due = find_due_phrase(when, task=True) if when else find_due_phrase(what, task=True)
                if not when and due is not None:
                    what = without_at_end(what, due)
                who = owners.resolve(spoken_owner(shouted["owner"]))
                self.body.actions.append((self._action(tidy_what(what), who, str(due.value) if due else None,
                                                       carried=self.reviewing_old_actions), self.expect_action_list))
                continue
            # (A line with a marker, "... ACTION – JH – 11/02/2026", or a column's tab is read as such.)
            plain = DASH_PARTS.search(line) and "\t" not in line and not has_marker(line)
            entry = dashed_entry(_ENTRY_REF.sub("", line), owners) if plain else None
            if entry is not None and self.reviewing_old_actions and entry[2] and status_of(entry[2]) is not None and (
                    find_due_phrase(entry[2]) is None):
                # "- Contact the supplier - Martin - no response;" under a review: its last part is the entry's
                # status, not a date; the review's reader takes it, with the lines that carry it on.
                entry = None
            headed = headed_entry(line, owners) if plain and entry is None and self.expect_action_list else None
            if headed is not None:
                # "- CCTV, Lough Arrow pier: update members ... – Director of Services, Housing & Community" under a
                # "Follow-up" heading: the entry's words, then after its last dash the body or officer who owns it.
                what, who = headed
                due = find_due_phrase(what, task=True)
                what = without_at_end(what, due) if due is not None else what
                when = str(due.value) if due else None
                self.body.actions.append((self._action(tidy_what(what), owners.resolve(who), when), True))
                continue
            if entry is not None:
                what, who, when, carried = entry
                when = re.sub(r"^(?:due|by)\s+", "", when, flags=re.IGNORECASE) if when else None
                dated = when is not None and resolve_due(when, self.context.reference, self.context.next_meeting)
                if not dated and when and (inside := find_due_phrase(when, task=True)) is not None:
                    # "before the fund closes on 6 March": a note that holds a date is dated by it.
                    when, dated = str(inside.value), True
                listed = not dated and (self.expect_action_list or LIST_ENTRY_LINE.match(line)) and (
                    opens_with_task_verb(what)) and all(owners.known_person(part) for part in OWNER_PARTS.split(who))
                inside = find_due_phrase(when) if listed and when else (
                    find_due_phrase(what, task=True) if listed else None)
                if inside is not None:
                    # "next DDA, 3 Feb": the date the note gives; without a note, the date in the words.
                    when = str(inside.value)
                if listed and self.expect_action_list:
                    # (Under an "Actions" heading the list is read in order, so the entry is handed on as
                    # "owner to what by when", which that reading knows.)
                    due = f" by {when}" if entry[2] and inside is not None else ""
                    kept.append(f"- {who} to {what[:1].lower() if what[1:2].islower() else what[:1]}{what[1:]}{due}" + (" (carried forward)" if carried else ""))
                    continue
                # (A running head, "Fernhill Parish Council - Full Council - 2 March 2026", is all names.)
                if dated and re.search(r"\b[a-z]{3,}", what) or listed:
                    self.body.actions.append((self._action(what, self.context.owners.resolve(who), when,
                                                           carried=carried or self.reviewing_old_actions),
                                              self.expect_action_list))
                    continue
            kept.append(line)
        return "\n".join(kept)

    def _initials_closing_lines(self, text: str) -> str:
        """A line of its own (a bullet or not) that opens with an instruction and closes on the initials
        the roll defines, with no dash or bracket ("Circulate the draft policy to members JW", "- Book
        the hall for the AGM  SP/KT"), is those people's action, as an owners' margin typed on the
        line gives it. Initials the roll does not define ("... to the NHS") leave the line as it is, as
        does a line with a marker (read as marked). Returns the text without the lines read."""
        kept = []
        owners = self.context.owners
        for line in text.split("\n"):
            words = BULLET_MARK.sub("", line.strip()) if len(line) <= _INITIALS_LINE_CHARS and "\t" not in line else ""
            closing = closing_initials(words, owners) if words[-1:].isupper() or words[-2:-1].isupper() else None
            if closing is None or has_marker(line) or not opens_with_task_verb(closing[1]):
                kept.append(line)
                continue
            who, what = closing
            due = find_due_phrase(what, task=True)
            what = without_at_end(what, due) if due is not None else what
            self.body.actions.append((self._action(tidy_what(what), who, str(due.value) if due else None), False))
        return "\n".join(kept)

    def _trailing_owner(self, found: list[Segment]) -> list[Segment]:
        """ "Patrols will be increased at weekends. Insp Dunn": a paragraph that ends with a
        person's name (or initials, or a role held by one) alone after its last sentence names
        the owner of that sentence, as an "Action: Insp Dunn" marker would."""
        if not found or found[-1].kind is not None or self.reviewing_old_actions:
            return found
        text = found[-1].text.rstrip()
        if not (text[-1:].isalpha() or text[-1:] in "*_"):
            return found  # cheaply: a paragraph that ends its sentence ends with no name after it
        match = _CLOSING_NAME.search(text)
        if match is None:
            return found
        start, who = match.start("who"), match["who"].strip("*_ ")
        before = text[: match.start()].rstrip()
        if (title := before.rsplit(None, 1)[-1] if before else "") and TITLE_RE.fullmatch(title + " "):
            # The stop was a title's ("... at the school gate. Cllr. Lane"): the name starts at the title, and
            # names an owner only after a sentence ("Proposed: Cllr Marsh, seconded: Cllr. Penrose" does not).
            start = len(before) - len(title)
            if not text[:start].rstrip()[-1:] in ".!?":
                return found
            who = f"{title} {who}"
        if len(who.split()) > 4 or not self.context.owners.is_person(who) or owner_only(who, self.context.owners) is None:
            return found
        return [*found[:-1], Segment(None, text[:start]), Segment(ACTION, who)]
