"""Entries of a review of earlier actions ("Matters arising", "Action log", "Outstanding
actions", "AI from 2026-01-28: ..."), read one at a time.

Minutes review an earlier meeting's actions in a few ways that real bodies share:
- a list of entries, each a reference, the task or its topic, the owner and a status
  ("07/25-2 Cot audit - JA - remains open", "Action 4 (Clerk to write to the landowner): ongoing",
  "- [ ] @jdoe: chase the vendor — carried over");
- short sentences, one per action ("Bin store lighting - GS awaiting the quote. Still open.",
  "The action on the estates review is carried forward (DA).");
- a sentence of several clauses ("All actions were complete except the survey, which remains open
  with Jo Bloggs").

An entry whose status says it goes on is an action still open: the register carries it
(`carried`). One whose status says it is done, closed or provided is no action at all.
"""

from __future__ import annotations

import re

from minutes.actions import Task, opens_with_task_verb, owner_only, read_task
from minutes.owners import Owners
from minutes.when import find_due_phrase
from minutes.wording import plain_form

# Words saying an earlier action goes on. "not yet done", "still not documented" are read
# before the closing word inside them.
_OPEN = (r"carried\s+(?:forward|over|from)|brought\s+forward|rolled\s+(?:forward|over)|c/f|b/f|on-?going"
         r"|(?:still|remains?|kept|to\s+(?:stay|remain))\s+(?:open|outstanding|on\s+the\s+\w+|with\b)"
         r"|not\s+yet(?:\s+been)?(?:\s+\w+)?|not\s+(?:done|complete[d]?|started|finished|achieved|met)|partial(?:ly)?(?:\s+\w+)?"
         r"|still\s+in\s+(?:discussion|hand|train)|still\s+(?:needed|required|wanted)|still\s+not\s+\w+|still\s+(?:to|being|waiting|awaiting|awaited|chasing|\w+ing)\b"
         r"|open|outstanding|in\s+progress|on\s+track|not\s+started|awaiting|awaited|waiting\s+(?:for|on)|pending|delayed|deferred"
         # "Slipped - new target 01/04/26", "audit under way", "not started, carry": a log's word for work going on.
         r"|slipped|under\s*way|new\s+target(?:\s+date)?|carry(?:ing)?\s+(?:forward|over)|carry(?=\s*(?:$|[.;)\]]))"
         # "(carried)" beside the words, "half done, continuing", "no reply yet; keep" (a checklist kept open).
         r"|carried(?=\s*[)\]])|continuing|keep(?=\s*(?:open\b|$|[.;)\]]))"
         # "Hana: contact the league - Continued.": the status word alone, ending the entry (a student
         # society's and a hackspace's review), the entry going on.
         r"|continued(?=\s*(?:$|[.;)\]]))"
         # "The reference was retained.": a panel's word for an earlier request kept on its list.
         r"|retained|kept\s+on\s+the\s+(?:list|log|tracker|schedule)"
         # "no progress had been made", "no reply yet": nothing done yet.
         # ("no reply has been received", "no response was received": the closing word is the negated one's.)
         r"|no\s+(?:further\s+)?(?:progress|update|response|reply|news|answer|feedback)\b"
         r"(?:\s+(?:(?:has|had|have)\s+(?:yet\s+)?been|was|were)\s+(?:received|given|made|had|sent))?"
         r"|overdue|due\s+(?:by\s+|in\s+)?(?:the\s+)?(?:end|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
         # "Draft the estates plan (TG) - Amber", "RAG: red": a rating of amber or red set as the entry's status (a
         # rating apart from the words, not a name, "Amber Hughes") is work not done.
         r"|(?:(?<=[-–—:;(|.]\s)|(?<=[:(|])|^)(?:amber|red)(?=\s*(?:$|[-–—:;,.)|]))"
         # "update at next meeting", "update to the next meeting": the entry comes back, so is not done.
         r"|update\s+(?:due\s+)?(?:to|at|for)\s+(?:the\s+)?next\s+meeting")
# Words saying it is finished.
_CLOSED = (r"complete[d]?|closed|done|discharged|finished|achieved|superseded|withdrawn|dropped|provided|delivered"
           r"|no\s+longer\s+(?:needed|required)|now\s+covered|(?:has|have)\s+been\s+\w+ed"
           # "on agenda, close.", "Verbal update given; close", "Agreed to close.", "Complete - propose closure", "agreed
           # for closure", "recommend closure of the actions", "on this agenda": an action log's words for an entry to
           # come off it (NHS boards and committees, PCNs, town councils).
           r"|close(?=\s*(?:$|[.;)\]]))|on\s+(?:this|today['’]?s)\s+agenda"
           r"|(?:propose[ds]?|recommend(?:ed|s)?|agreed|put\s+forward)\s+(?:for\s+)?closure"
           r"(?!\s+of\s+(?!(?:the\s+|these\s+|those\s+|both\s+)?(?:actions?|items?)\b))")
# "- [ ] Rafael: get the quotes" under a review: a box left unticked is work not yet done; "half done" is not done.
_OPEN_MARK = r"^\s*(?:[-*•]\s*)?\[\s\](?=\s)|\bhalf[\s-](?:done|complete[d]?|finished)\b"
_UNTICKED = re.compile(r"^\s*(?:[-*•]\s*)?\[\s\]\s")
_STATUS = re.compile(rf"(?P<open>{_OPEN_MARK}|\b(?:{_OPEN})\b)|(?P<closed>[✅☑✔✓☒❌]|\[[xX]\]|\b(?:{_CLOSED})\b)", re.IGNORECASE)
_CARRIED_LABEL = re.compile(r"^(?:carried|brought)\s+(?:forward|over|from)\b[^:]{0,30}:\s*", re.IGNORECASE)
_GOING_MARK = re.compile(r"^\s*[⏳⌛🔄🚧◐◑]\s*")
_TICK = re.compile(r"^\s*(?:[✅☑✔✓☒❌]|\[[xX]\])\s*(?:dropped\s+|done\s+)?")
# Where a status may follow an action's words: a dash, a bracket closing the words, a new sentence.
_TAIL_BREAK = re.compile(r"\s+[-–—]\s+|\s*\((?=[^()]*\)\s*$)|(?<=[.;])\s+")

# What opens an entry before its words: a bullet, a box, a letter or number, a reference
# ("Action 12/25-3", "A31", "07/25-2", "FC34/25", "Min 7", "AI from 2026-01-28:").
_LEAD = re.compile(
    r"^(?:\s*(?:[-*•·▪◦>]|\[[ xX]?\]|\(?[a-h][.)]|\d{1,3}(?:\.\d{1,2})+\.?(?=\s)|\(?\d{1,2}[.)]|\((?:i|ii|iii|iv|v)\)))*\s*"
    r"(?:(?:AI|action(?:\s+item)?|actions?|min(?:ute)?|item|ref\.?)\s+from\s+[^:]{1,30}:\s*)?"
    # The reference: after "Action" any number; else capitals before it ("A31", "FC34/25", "QSC 26/11")
    # or parts joined by a stroke, point or dash ("07/25-2", "91/25"), never a bare count ("3 times").
    r"(?:(?:action(?:\s+item)?|AI|AP|min(?:ute)?\.?|item|ref\.?)\s+(?-i:[A-Z]{1,5}\s?/?)?\d{1,4}(?:\s?[./-]\s?\d{1,4}){0,3}"
    # ("[A25-21] Probation to report ...": a log's reference in square brackets.)
    r"|\[(?-i:[A-Z]{0,5})[\s/-]?\d{1,4}(?:[./-]\d{1,4}){0,3}\]"
    # ("BoD 25/178": a board's mixed-case letters, then a reference with a stroke or a point.)
    r"|(?-i:[A-Z]{1,5}(?:\s?/|\.|-)?|[A-Z][a-z]{1,4}/|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}[\s/](?=\d{1,4}[./]\d)|\#)"
    r"\d{1,4}(?:\s?[./-]\s?\d{1,4}){0,3}"
    r"|\d{1,4}(?:[./-]\d{1,4}){1,3}|\d{1,5}(?=\s*[–—:-]\s))[a-z]?(?=[\s:.,)(-])[.:,]?\s*(?:[–—-]\s+)?"
    # "action 4 from November (...)": the meeting the action came from, after its number.
    r"(?:from\s+(?:the\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:last|previous)\s+meeting)\s+)?"
    # "Action 5.2 (November):", "ACTION 2 (Sept) -": the meeting the action came from, in brackets after its number.
    r"(?:\((?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*(?:\s+\d{4})?)\)\s*(?::|[–—-](?=\s))\s*)?"
    # "113.2 (Min. 101) Bus shelter: ...", "4 (FC41/25) -": the earlier minute's reference, in brackets after the entry's own number.
    r"(?:\((?:(?:min(?:ute)?|ref|item|action|AP|AI)\.?\s*)?(?-i:[A-Z]{0,5})\s?\d{1,4}(?:\s?[./-]\s?\d{1,4}){0,3}[a-z]?\)\s*(?:[:–—-]\s*)?)?"
    # ("2.2 Matters arising: the request ...": a review's title after the paragraph's number.)
    r"(?:(?:matters\s+arising|open\s+actions|action\s+log)\s*:\s*)?"
    # ("17 (escalation policy refresh) - ...": what is left of "Action 25-17" once its marker word is read.)
    r"|^\s*\d{1,5}(?=\s+\([^()]{3,80}\)\s*[–—:-])\s*"
    r"|^(?:\s*(?:[-*•·▪◦>]|\[[ xX]?\]|\(?[a-h][.)]|\(?\d{1,2}[.)]))*\s*(?:AI|action(?:\s+item)?)\s+from\s+[^:]{1,30}:\s*"
    r"|^(?:\s*(?:[-*•·▪◦>]|\[[ xX]?\]|\(?[a-h][.)]|\(?\d{1,2}[.)]))+\s*"
    # "Outstanding from December:", "Matters arising:", "Action log:" opening the entries in a sentence.
    r"|^(?:outstanding(?:\s+actions)?(?:\s+from\s+[^:]{1,30})?|matters\s+arising|action\s+log"
    r"|carried\s+forward|open\s+actions)\s*:\s*",
    re.IGNORECASE,
)
# "All actions were complete except ...": what follows is the one entry still open.
_EXCEPT = re.compile(r"^.*?\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|with\s+the\s+exception\s+of)\s+",
                     re.IGNORECASE)
# A status word that is also a task's adjective ("chase the 3 open bugs") is a status only after
# a break in the entry or a verb of being ("- Open", "; outstanding", "remains open").
_LONE_STATUS = re.compile(r"(?:open|outstanding|pending|overdue|delayed|deferred|due\b.*)$", re.IGNORECASE)
_CLOSING_PART = re.compile(r"^[\s.;]*(?:\([^()]{1,40}\)[\s.;]*)?$")
_DASHED = re.compile(r"\s[-–—→]\s|\s->\s|[,;]\s")
_STATUS_BREAK = re.compile(r"(?:^|[-–—:;,.()]|\b(?:is|are|was|were|be|remains?|now|still|and))\s*$", re.IGNORECASE)
# "The action on the estates review", "the action for Coastline Housing to review ...".
_ACTION_ON = re.compile(r"^(?:the\s+)?(?:outstanding\s+|open\s+|earlier\s+|previous\s+)?action\s+(?:on|for|about|re|regarding)\s+",
                        re.IGNORECASE)
# The words between the entry's subject and its status ("... which BS is still chasing"): the last of them
# at the end of a piece, taken off one at a time (`_without_joining_words`).
_JOINING = re.compile(r"\s*[,;:]?\s*\b(?:which|that|and|but|is|are|was|were|has|have|had|still|it|this|now|being"
                      r"|as|because|since|though|although|while|until)\b\s*$",
                      re.IGNORECASE)
# How far back from a piece's end its last joining word is looked for: the longest word, a comma and blanks.
_JOINING_REACH = 64


def _without_joining_words(text: str) -> str:
    """The piece without the joining words that end it ("the fence, which is still" is "the fence"). Each
    is found within the last few characters, so a long run of them costs its length, not its square."""
    while (last := _JOINING.search(text, max(0, len(text.rstrip()) - _JOINING_REACH))) is not None:
        text = text[:last.start()]
    return text
# (A comma parts pieces only before "which", "who" or "with": "Education, training and employment audit".)
_PIECES = re.compile(r"\s+[-–—]\s+|(?<!\b[Rr]e)\s*[:;]\s+|,\s+(?=(?:which|who|with|that)\b)")
# "(DA)", "(Lead: Jo Bloggs)" after an entry, or "with Jo Bloggs" in its status.
_BRACKET_OWNER = re.compile(r"\((?:(?:lead|owner)\s*:\s*)?(?P<who>[^()]{1,40})\)\s*[.;]?\s*$", re.IGNORECASE)
_WITH_OWNER = re.compile(r"\b(?:with|by)\s+(?P<who>(?:the\s+)?[A-Z@][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
# A clause in the status that sets its owner a task ("EH to report numbers next month"); a colon after the
# status word opens its update ("remains open: Clerk still waiting on a quote").
_CLAUSES = re.compile(r"\s*[,;]\s*|(?<=[.!?])(?<!\b[A-Z]\.)\s+|\s+[-–—]\s+|:\s+")
# "— (no date)", "(TBC)": a date not given, no part of the task.
_NO_DATE = re.compile(r"\s*[-–—]?\s*[(\[](?:no\s+(?:date|deadline)|date\s+tbc|tbc|tbd|n/?a)[)\]]\s*$", re.IGNORECASE)
_STATUS_ARROW = re.compile(r"\s(?:→|->|=>)\s")
_ARROW_TASK_WORDS = 3
# "@tfairweather contact the maintainers": a handle, then the task in its plain form.
_HANDLE_VERB = re.compile(r"^(@[\w.-]{2,39})\s+(?=[a-z])")
# "Rosa → reply to the authors": an owner pointing at the task.
_ARROW_OWNER = re.compile(r"^(@?[\w.'’-]+(?:\s+[\w.'’-]+)?)\s*(?:→|->|=>)\s*")
_AGAIN = re.compile(r"\s+(?:again|once\s+more|further)$", re.IGNORECASE)
PARTICIPLES = {"chosen": "choose", "given": "give", "taken": "take", "made": "make", "done": "do", "set": "set",
                "sent": "send", "found": "find", "held": "hold", "written": "write"}
# "a second quote is still needed": a thing the owner is still to obtain.
_STILL_NEEDED = re.compile(r"still\s+(?P<verb>needed|required|wanted)\b", re.IGNORECASE)
_STILL_TO_BE = re.compile(r"still\s+to\s+be\s+(?P<verb>[a-z]+ed|chosen|given|taken|made|done|set|sent|found|held|written)\b"
                          # ("still to be downloaded and circulated": both are the owner's to do.)
                          r"(?:\s+and\s+(?P<verb2>[a-z]+ed|sent|given|written)\b)?", re.IGNORECASE)
_STILL_TO = re.compile(r"\b(?:is\s+|are\s+)?still\s+to\s+", re.IGNORECASE)
# Where a sentence of running text ends: not after initials or a title ("Dr.", "A.").
_SENTENCE_END = re.compile(r"(?<=[.!?])[)\]]?\s+(?=[A-Z(\[@])")
_TITLE_BEFORE = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|St|Cllr|Prof|Rev|Supt|Insp|Sgt|No|Co|Ltd|[A-Z]))\.$")
_STATUS_ALONE_WORDS = 5
# "if there is no reply by the April meeting": a condition, its words no status.
_CONDITION = re.compile(r"\b(?:if|unless)\b[^,.;]{0,80}")
# "She would chase them", "He will revert": a step whose owner is the one the sentence before named.
_PRONOUN_STEP = re.compile(r"^(?P<pronoun>he|she|they)\s+(?:would|will|is\s+to|are\s+to|agreed\s+to|undertook\s+to)\s+[a-z]",
                           re.IGNORECASE)
# "the Director of Public Health reported that ...": who reported.
_REPORTER = re.compile(r"(?:^|[-–—:;]\s+|\)\s+)(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|for)){0,5}?)\s+"
                       r"(?:reported|said|confirmed|advised|stated|explained|noted|indicated)\b")
# "Ongoing – HR to finish by April", "Open: awaiting the quote": a status word, then a dash or colon and its update.
_STATUS_FIRST = re.compile(r"^(?:on-?going|open|outstanding|in\s+progress|carried\s+(?:forward|over)|not\s+started|pending"
                           r"|delayed|deferred)\s*(?:[–—:]|\s-)\s*\S", re.IGNORECASE)
# "2.", "(c)." , "14.": an entry's number, all the words before a full stop.
_NUMBER_ALONE = re.compile(r"\s*(?:[-*•]\s*)?\(?(?:\d{1,4}|[a-zA-Z])[.)]\s*$")  # (matched from a sentence's start)
# "The action remains open until then.", "This remains outstanding.": the status of the entry before, in a sentence.
_OF_THE_ACTION = re.compile(r"^(?:the\s+(?:action|reference|item)|this(?:\s+action)?|it)\s+(?:is\s+|was\s+)?(?:still\s+)?"
                            r"(?:remains?\s+(?:open|outstanding|on\s+the\s+\w+)|(?:is|was)\s+carried\s+(?:forward|over)"
                            r"|carried\s+(?:forward|over)|open|outstanding|retained)\b[^.;]{0,40}[.;]?$", re.IGNORECASE)
# An action's words longer than this are running text, not an entry with a status after it.
_LONGEST_ENTRY = 400
# "Spirometry SOP (TL) ........ OPEN": dots leading the eye to a log's status.
_DOT_LEADER = re.compile(r"\s*\.{4,}\s*")
_STEP_LABEL = re.compile(r"^\s*(?:AP|AI|action)\s*:\s*", re.IGNORECASE)
_OWNER_TO_DO = re.compile(r"^(?:(?i:AP|AI|action)\s*:\s*)?(?:the\s+)?[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?\s+(?:continues\s+)?to\s+[a-z]+"
                          r"(?:\s+(?:again|up|further|this\s+up))?\s*\.?$")
_OWNER_STEP = re.compile(r"^(?:(?i:AP|AI|action)\s*:\s*)?(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                         # ("Moira and Isla to agree the new hosting": two owners.)
                         r"(?:\s+(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
                         r"\s+(?:to|will|would)\s+[a-z]")
_INITIALS_ALONE = re.compile(r"^\s*[A-Z][A-Za-z]{1,3}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,3})*\s*\.?\s*$")
# "Lead: Jo Bloggs.", "ACTION: NK" after an entry: who it belongs to.
_OWNER_LABEL = re.compile(r"^(?:lead|owner|action(?:\s+by)?|responsible)\s*[:\-–]\s*(?P<who>[^.;:]{1,40}?)\s*\.?$", re.IGNORECASE)
# "Date: February 2026." after an entry: when it is due.
_DATE_LABEL = re.compile(r"^(?:date|due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|by|timescale"
                         r"|(?:new|revised)\s+(?:target\s+)?date(?:\s+agreed)?)\s*:", re.IGNORECASE)
_LABEL_WORDS = 8
_DATE_VALUE = re.compile(r"\b(?:date|due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|by|timescale)\s*:\s*(?P<when>[^.;]{2,40})",
                         re.IGNORECASE)
# "... Lead: Jo Bloggs." closing a status.
_LABELLED_OWNER = re.compile(r"\b(?:lead|owner|action(?:\s+by)?|responsible)\s*[:\-–]\s*(?P<who>[^.;:()]{1,40}?)\s*\.?"
                             # ("Lead: Dr Sasha Bramwell. Date: February 2026.": a date label may follow.)
                             r"(?:\s+(?:date|due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|timescale)\s*:[^:]{0,40})?$",
                             re.IGNORECASE)
# "not yet completed the referral mapping": the work not done, a verb then its object (not a
# participle that says nothing of the work, "not yet started", "not yet received a reply").
_NOT_YET_DONE = re.compile(r"^(?:has\s+|have\s+|had\s+)?not\s+yet\s+(?P<verb>(?!started\b|begun\b|received\b|"
                           r"heard\b)[a-z]{3,}ed|written|sent|done|begun|drawn|given|made)\s+"
                           r"(?P<object>(?:the|a|an|its|their|his|her)\s+[^;,.()]{3,80}?)\s*(?=[;,.(]|$)",
                           re.IGNORECASE)
# "still waiting for the joiner's quote", "awaiting a reply from the operator": what the owner waits for.
_AWAITED = re.compile(r"\b(?:waiting\s+(?:for|on)|awaiting)\s+(?P<thing>(?:the|a|an|his|her|their|its)\s+[^.;,]{2,80})",
                      re.IGNORECASE)
# "remains with Jo Bloggs for final review": whom a thing waits with, and for what.
_HELD_FOR = re.compile(r"^(?:still\s+|remains?\s+)?with\s+[^;,.()]{2,50}?\s+for\s+(?P<purpose>[a-z][a-z -]{2,40}?)\s*(?:[;,.]|$)")
_STILL_WORKING = re.compile(r"^still\s+working\s+on\s+(?:it|this|that|them)\b", re.IGNORECASE)
_WORKING_ON = re.compile(r"^still\s+working\s+on\s+(?P<thing>(?:the|a|an|its|their|his|her)\s+[^.;,]{2,80}?)\s*(?=[.;,]|$)",
                         re.IGNORECASE)
# "still translating the website pages": work still being done, on a thing named with a determiner.
_STILL_DOING = re.compile(r"^still\s+(?P<verb>[a-z]+ing)\s+(?P<object>(?:the|a|an|his|her|their|its)\s+[^.;,–—-]{2,80})")
# "the district council to supply the signs": who is to supply what.
_SUPPLIES = re.compile(r"^(?P<who>.+?)\s+to\s+(?:supply|send|provide|deliver|return|confirm|issue)\s+(?P<thing>.+)$")
# A task whose words after the verb are too few to say what it is about ("Update", "Report numbers").
_BARE_WORDS = 3
_NEXT_TIME = re.compile(r"\s+(?:(?:at|to|by|for|before|in)\s+)?(?:the\s+)?next\s+\w+\s*$", re.IGNORECASE)


def status_of(text: str) -> str | None:
    """ "open" or "closed" as the entry's last status word says, or None when it says neither."""
    last = None
    for match in _STATUS.finditer(text):
        last = match
    if last is None:
        return None
    return "open" if last["open"] else "closed"


def due_at(where: str) -> str | None:
    """The date of the meeting a thing is to come to ("the March Board"), when the words give one."""
    due = find_due_phrase(f"to {where}")
    return str(due.value) if due else None


def _known_owner(text: str, owners: Owners) -> str | None:
    """The owner `text` names, when it is one the roll or the document knows (not merely a word that could be)."""
    found = owner_only(text, owners)
    return found.who if found is not None and found.who and owners.is_owner(text, strict=True) else None


def _sentences(line: str) -> list[str]:
    """A line cut where its sentences end, not after a title or an initial ("Dr.", "A.") nor after the number
    that opens an entry ("2. Ask the council ...")."""
    found, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        if not _TITLE_BEFORE.search(line[max(start, match.start() - 6): match.start()]) and not (
                _NUMBER_ALONE.match(line, start, match.start() + 1)):
            found.append(line[start: match.start() + len(match.group().rstrip())].strip())
            start = match.end()
    found.append(line[start:].strip())
    return [sentence for sentence in found if sentence]


def status_tail(what: str) -> tuple[str, str] | None:
    """An action's words with a status written after them ("Book the room — done", "Provide the
    data - provided in the pack. Closed", "Move CI — still in progress") or a tick before them
    ("✅ Reply to the query"): the words without it, and "open" or "closed". A date ("- due June")
    is no status here."""
    text = what.strip()
    if len(text) > _LONGEST_ENTRY:
        return None
    ticked = _TICK.match(text)
    if ticked:
        return text[ticked.end():].strip(), "closed"
    going = _GOING_MARK.match(text)
    if going and text[going.end():].strip():
        # "⏳ Draft the policy doc": an hourglass or a part-filled mark says the work goes on.
        return text[going.end():].strip(), "open"
    labelled = _CARRIED_LABEL.match(text)
    if labelled:
        # "Carried from February: Yuki Ono — the recommendation (still open)".
        rest = text[labelled.end():].strip()
        return (status_tail(rest) or (rest, "open"))[0], "open"
    kept = None
    for separator in _TAIL_BREAK.finditer(text):
        # The first break followed by a status ("- provided in the pack. Closed"), else the last one
        # after which a status closes the words ("Arrange training - HB to arrange for January. Open").
        tail = text[separator.end():]
        found = [match for match in _STATUS.finditer(tail) if not match.group().lower().startswith("due")]
        if not found:
            continue
        last = found[-1]
        head = text[: separator.start()].strip(" .;,")
        if head and found[0].start() == 0:
            return head, "open" if last["open"] else "closed"
        if head and not tail[last.end():].strip(" .;)]"):
            kept = (head, "open" if last["open"] else "closed")
    return kept


def review_entries(text: str, owners: Owners | None = None) -> list[str]:
    """A review's text cut into entries: each line that opens with a bullet, a box, a letter,
    a number or a reference starts one, other lines carrying on the entry before them; an
    entry of running text is cut into its sentences, a status alone ("Still open.",
    "Carried forward.") staying with the sentence before it, as does an owner's next step on an entry
    still open ("The FM to confirm a date and report to the next meeting.") where `owners` knows the owner."""
    entries: list[str] = []
    # The last entry's status, kept as sentences join it: a sentence's own status word, if any, is the
    # entry's last (so a long entry is not read again for each sentence that joins it).
    last_status: str | None = None
    for line in _entry_lines(text):
        restating = referenced = False
        for position, sentence in enumerate(_sentences(line)):
            own_reference = referenced and (opening := _LEAD.match(sentence)) is not None and _REFERENCE.search(
                opening.group()) is not None
            if (restating or referenced and last_status is None) and not _OF_THE_REST.match(sentence) and not own_reference:
                # The report on an earlier action its entry restated ("... the path. Two quotes received, third
                # awaited."): the entry's, however many sentences it takes. An entry opened by its reference
                # ("25-14 DPIA sign-off by all controllers - 4 of 6 signed. Outstanding: ... IP to chase both.")
                # runs on likewise until it gives its status.
                entries[-1] = f"{entries[-1]} {sentence}"
                last_status = status_of(sentence) or last_status
                continue
            # (A sentence opening with a reference of its own, "Min 25/91 School lane hedge: ...", after one that did, is
            # the next entry: a review may run its entries on in one paragraph.)
            lead = _LEAD.match(sentence) if position == 0 or own_reference else None
            if len(sentence) <= _LONGEST_GONE_THROUGH and _GONE_THROUGH.match(sentence[lead.end():] if lead else sentence):
                continue  # ("4.1 The Panel noted the action sheet. Action 25/31 ... remains open": no entry, the entries' opening)
            if lead is not None and lead.group().strip() and _restates(sentence[lead.end():]):
                restating = True
            short = len(sentence.split()) <= _STATUS_ALONE_WORDS
            alone = short and (status := _STATUS.match(sentence.strip())) is not None and status.start() == 0 or bool(
                _OF_THE_ACTION.match(sentence))
            labelled = owners is not None and entries and _owned_line(sentence, owners)
            if labelled:
                # "ACTION 42 (carried): Police and Business Manager - end of January 2026." under the entry for
                # action 42: its owner and date.
                entries[-1] = f"{entries[-1]} {labelled}"
                continue
            # ("Ongoing – HR to finish by the April meeting.": a status that opens its sentence, then its update.)
            alone = alone or bool(_STATUS_FIRST.match(sentence))
            pronoun = _PRONOUN_STEP.match(sentence) if entries and position > 0 else None
            # (Who reported is named in the entry's opening, not looked for along an entry of many sentences.)
            reporter = _REPORTER.search(entries[-1][:_LONGEST_ENTRY]) if pronoun else None
            if reporter and (owners is None or owners.is_owner(reporter["who"], strict=True)):
                # "... the Director of Public Health reported that signatures were still awaited. She would chase them
                # and report back.": the one who reported takes the step, on the entry.
                entries[-1] = f"{entries[-1]} {reporter['who']}{sentence[pronoun.end('pronoun'):]}"
                last_status = status_of(sentence) or last_status
                continue
            if entries and (alone or short and _OWNER_LABEL.match(sentence) or len(sentence.split()) <= _LABEL_WORDS
                            and _DATE_LABEL.match(sentence)):
                entries[-1] = f"{entries[-1]} {sentence}"
                last_status = status_of(sentence) or last_status
            elif entries and (_OWNER_TO_DO.match(sentence) or owners is not None and next_step(last_status, sentence, owners)):
                # "Grit bin: still awaited. The Clerk to chase.", "CCTV upgrade: awaiting the contractor's date.
                # The FM to confirm a date and report to the next meeting.": the owner's next step on the
                # entry before (an entry still open, when the step is more than a word or two).
                entries[-1] = f"{entries[-1]} {sentence}"
                last_status = status_of(sentence) or last_status
            elif entries and _INITIALS_ALONE.match(sentence):
                # An owner's initials in a right-hand column, extracted onto a line of their own.
                entries[-1] = f"{entries[-1]} ({sentence.strip(' .')})"
            elif entries and owners is not None and (tag := _OWNER_TAG.match(sentence)) is not None and (
                    named := owner_only(tag["who"], owners)) is not None and named.who:
                # "... Quote awaited from signwriter. [Clerk]": the owner's tag closing the entry, after its last
                # sentence.
                entries[-1] = f"{entries[-1]} (Lead: {tag['who'].strip()})"
            else:
                entries.extend(_own_statuses(sentence))
                last_status = status_of(entries[-1])
                referenced = lead is not None and _REFERENCE.search(lead.group()) is not None
    return entries


# "The Panel noted the action sheet.", "Members reviewed the action list.", "The secretary reviewed open actions.", "Ms X
# went through the action points.": the sentence opening a review says only that the earlier actions were gone through
# (police and crime panels, parish and community councils, joint policing committees and steering groups write one).
_GONE_THROUGH = re.compile(r"^(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:noted|reviewed|received|considered|went"
                           r"\s+through)\s+(?:the\s+)?(?:open\s+|outstanding\s+|previous\s+)?(?:action\s+(?:log|tracker|sheet|list"
                           r"|schedule|register|points|items)|actions)\s*[.:]?$", re.IGNORECASE)
_LONGEST_GONE_THROUGH = 120
# "9.1", "Min. 27.4", "FC41/25": a cell that holds only a minute's reference.
_MINUTE_REF_CELL = re.compile(r"^(?:min(?:ute)?\.?\s*)?(?:[A-Z]{0,5}\s?/?)?\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?\.?$", re.IGNORECASE)
# "[Clerk]", "(Cllr Rees)": an owner's tag alone, in brackets.
_OWNER_TAG = re.compile(r"^\s*[\[(](?P<who>[^\[\]()]{1,40})[\])]\s*\.?\s*$")
# "- delayed by national data": a dashed line that opens in small letters, an update rather than a topic or a task.
_UPDATE_LINE = re.compile(r"^\s*[-–]\s+(?!to\s)[a-z]")
# "All other actions were closed.", "The remaining items are complete.": a sentence of the review as a whole.
_OF_THE_REST = re.compile(r"^(?:all|the|any|no)\s+(?:other|remaining|further|outstanding|open|rest)\b", re.IGNORECASE)
# A reference in an entry's opening: a number with a stroke, point or dash, or letters before a number ("25-14",
# "P/25/104", "[A25-21]", "Min. 98"), not a bullet or a list's number alone.
_REFERENCE = re.compile(r"\d[./-]\d|[A-Za-z]\s?[/.-]?\s?\d|\d{3}")


# "ACTION 42 (carried): Police and Business Manager - end of January 2026": an earlier action's number, a note
# carrying it, then only its owner and date.
_CARRIED_OWNER_LINE = re.compile(r"^(?:action|AP|AI)\s+[\w/.-]{0,12}\d[\w/.-]*\s*\((?:carried|c/f|b/f)[^()]{0,20}\)\s*[:–—-]\s*"
                                 r"(?P<who>[^:–—-]{2,60}?)(?:\s+[-–—]\s+(?P<when>[^:]{3,40}?))?\s*\.?$", re.IGNORECASE)
# "ACTION 4/25 (carried) — LG: arrange ...": the note carrying an earlier action, after its number.
_NOTE_AFTER_REF = re.compile(r"^\s*\((?:carried(?:\s+(?:forward|over))?|c/f|b/f)\)\s*[:–—-]\s*", re.IGNORECASE)


def _owned_line(sentence: str, owners: Owners) -> str | None:
    """The owner (and date) labels of a line that gives only an earlier action's owner (see _CARRIED_OWNER_LINE)."""
    found = _CARRIED_OWNER_LINE.match(sentence.strip())
    if found is None or (named := owner_only(found["who"], owners)) is None or not named.who:
        return None
    return f"Lead: {found['who'].strip()}." + (f" Date: {found['when'].strip()}." if found["when"] else "")


# "The Town Clerk agreed to consider this ...", "The Chamberlain undertook to liaise ...": an owner taking on the step.
_OWNER_AGREED = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:agreed|undertook|offered|promised)"
                           r"\s+to\s+[a-z]")


def next_step(entry_status: str | None, sentence: str, owners: Owners) -> bool:
    """Whether a sentence sets a known owner the next step on the review entry before it, an entry whose
    status (`status_of` of it) is not closed ("CCTV upgrade: awaiting the contractor's date." / "The FM to
    confirm a date and report to the next meeting.")."""
    # (A status word in the step's condition, "if there is no reply by April", is no status of the step.)
    return bool(_OWNER_STEP.match(sentence) or _OWNER_AGREED.match(sentence)) and status_of(
        _CONDITION.sub("", sentence)) is None and entry_status != "closed" and (
        _tail_task(f". {sentence}", owners) is not None)


def _own_statuses(sentence: str) -> list[str]:
    """ "The action on the form is complete; the action on the review is carried forward (DA).":
    clauses that give different statuses are entries of their own ("ongoing; LA confirmed a draft
    due in October" is one entry)."""
    if "; " not in sentence:
        return [sentence]
    clauses = sentence.split("; ")
    statuses = [status_of(clause) for clause in clauses]
    if all(statuses) and len(set(statuses)) > 1:
        return clauses
    return [sentence]


def open_entry(entry: str, owners: Owners, assume_open: bool = False, owner: str | None = None) -> Task | None:
    """The task of an entry of a review of earlier actions whose status says it goes on, with
    its owner: the task itself when the entry states one ("RS to provide the data - outstanding"),
    else its topic ("Parent accommodation audit - ML - due December"), with a task its status sets
    ("ongoing, EH to report numbers") taking the topic when its own words are bare."""
    if "\t" in entry.strip():
        # A row of a log whose cells came as text ("Audit – FG <tab> fieldwork delayed <tab> Open"): its
        # first cell is the action, the others its update and status.
        cells = [cell.strip() for cell in entry.strip().split("\t") if cell.strip()]
        if len(cells) >= 3 and (_MINUTE_REF_CELL.match(cells[0]) or not _LEAD.sub("", cells[0], count=1).strip()):
            # ("9.1 <tab> Welsh signage <tab> Quote awaited. [Clerk]": a first cell that is only the earlier minute's
            # reference names no action.)
            cells = cells[1:]
        if len(cells) >= 2 and status_of(cells[-1]) == "open":
            # ("OPEN - draft by 28/02/26": the date the status gives.)
            due = find_due_phrase(" — ".join(cells[1:]))
            return _opened(_LEAD.sub("", cells[0], count=1).strip(), " — ".join(cells[1:]),
                           str(due.value) if due else None, owners)
        if len(cells) == 2 and _INITIALS_ALONE.match(cells[1]) or len(cells) == 2 and (
                found := owner_only(cells[1], owners)) is not None and found.who and len(cells[1].split()) <= 4:
            # "#31 Practice list figures to SP - Westbrook outstanding. <tab> CB": the entry, then its owner in
            # a right-hand column.
            return open_entry(f"{cells[0]} (Lead: {cells[1].strip(' .')})", owners)
        return None
    text = _DOT_LEADER.sub(" — ", " ".join(entry.split()))
    if len(text.split()) > 60:
        return None
    referenced = _REFERENCED_TOPIC.match(text)
    if referenced:
        # ("Speed signs (min 25/14): ...": the earlier minute's reference is no part of the topic.)
        text = f"{text[: referenced.start('ref')].rstrip()}{text[referenced.end('ref'):]}"
    lead = _LEAD.match(text)
    text = f"{text[: lead.end()]}{_owner_first(text[lead.end():], owners)}" if lead else text
    noted = _NOTE_AFTER_REF.match(text[lead.end():]) if lead and lead.group().strip() else None
    if noted:
        # ("ACTION 4/25 (carried) — LG: arrange the training": carried, the words after the note its task.)
        text, assume_open = f"{text[: lead.end()]}{text[lead.end() + noted.end():]}", True
    status = status_of(text)
    if status == "open" and _UNTICKED.match(text) and status_of(_LEAD.sub("", text, count=1)) is None:
        # "- [ ] Rafael: get quotes from two firms" in a review: the box left unticked is its only status.
        assume_open, status = True, None
    if status is None and assume_open:
        # An entry under a title saying its entries are open ("Still open from week 5"): open, its status unsaid.
        text, status = f"{text.rstrip(' .;')} — open", "open"
    if status is None:
        return _undertaken(text, owners, referenced=referenced is not None)
    if status != "open":
        return None
    text = _LEAD.sub("", text, count=1).strip()
    if _EXCEPT.match(text):
        text = _LEAD.sub("", _EXCEPT.sub("", text, count=1), count=1).strip()
    first = next((match for match in _STATUS.finditer(text) if match["open"] and (
        not _LONE_STATUS.match(match.group()) or _STATUS_BREAK.search(text[: match.start()])
        # "... - Westbrook outstanding.", "→ draft in PR #51, review pending": a status closing the entry's last part.
        or _CLOSING_PART.match(text[match.end():]) and _DASHED.search(text[: match.start()]))), None)
    if first is None:
        return None
    head, tail = text[: first.start()], text[first.start():]
    arrow = _STATUS_ARROW.search(head)
    if arrow and len(head[: arrow.start()].split()) >= _ARROW_TASK_WORDS:
        # "@hv draft the timeline → draft in PR #51, review pending": the arrow points from the task to its progress.
        head, tail = head[: arrow.start()], f"{head[arrow.end():]}{tail}"
    lowered = first.group().lower()
    passive = _STILL_TO_BE.match(tail) if lowered.startswith("still to") else _STILL_NEEDED.match(tail) if (
        lowered.startswith("still need") or lowered.startswith("still requ") or lowered.startswith("still want")) else None
    if passive:
        # "Hall training — SB has contacted the responders, date still to be fixed", "PEP 811 delegate still
        # to be chosen (Daniel)": the thing still to be done to is what the owner is to do.
        return _still_to_be(head, passive, text[first.start() + passive.end():], owners)
    restated = _restated(head, tail, owners)
    if restated is not None:
        return restated
    head = _NO_DATE.sub("", head.rstrip(" ,;:-–—"))
    head = _STILL_TO.sub(" to ", head) if _STILL_TO.search(head) else head
    if first.group().lower().startswith("still to"):
        # "SB still to circulate the review": the owner and the task run on through the status.
        # ("@oyelowo still to send. Keep open.": the task runs to its sentence's end, the status after it.)
        rest = tail[first.end() - first.start():].lstrip()
        end = _SENTENCE_END.search(rest)
        head, tail = f"{head.rstrip()} to {rest[: end.start() + 1] if end else rest}", rest[end.end():] if end else ""
    # ("... fernbank-cli → not started, carry": an arrow pointing at the status is no part of the task.)
    head = _without_joining_words(head.strip(" ,;:-–—→>=")).strip(" ,;:-–—→>=")
    head = _ACTION_ON.sub("", head)
    # ("... Sam will keep chasing -> March": an arrow to a date closing the entry is when.)
    due = find_due_phrase(_ARROW_WHEN.sub(" by ", tail)) if tail else None
    inside = _OWNER_IN_BRACKETS.search(head)
    if inside and (named := owner_only(inside["who"], owners)) is not None and named.who:
        # "letter to the LGA on thresholds (Chair, outstanding)", "analysis of late notices (Procurement Office, due
        # March 2026)": the owner, then the status or the date, in the brackets closing the entry.
        if due is None and inside["rest"]:
            due = find_due_phrase(inside["rest"])
        head = f"{head[: inside.start()].rstrip()} ({inside['who'].strip()})"
    labelled_date = _DATE_VALUE.search(tail) if due is None and tail else None
    if labelled_date:
        # "... Lead: Dr Bramwell. Date: February 2026.": the date the label gives.
        due = find_due_phrase(f"by {labelled_date['when'].strip()}")
    task = _opened(head, tail, str(due.value) if due else None, owners, owner)
    # ("CLA switch: @sofia-lind has the draft ready, legal review still outstanding": the owner's progress, read up to
    # the status, reports; it sets no task.)
    return None if task is not None and _REPORTS_PROGRESS.match(task.what) else task


# A task's words that open on a verb that reports ("Has the draft ready"), not one that sets work ("Have the
# gullies cleaned" sets it).
_REPORTS_PROGRESS = re.compile(r"^(?:has|had|is|are|was|were)\b", re.IGNORECASE)
# Where the first sentence of an entry's words ends ("... the Coronation Gardens path. Two quotes received").
_FIRST_SENTENCE_END = re.compile(r"(?<=[a-z0-9)'’])\.\s+(?=[A-Z])")


# "OVERDUE: Thomas — review the draft", "In progress – Marcus: book the hall": a log's status set first, as a label.
_STATUS_LABEL = re.compile(r"^(?P<status>[A-Za-z][A-Za-z -]{1,20}?)\s*(?::|\s[-–—])\s+(?P<rest>\S.*)$")
# "[Nourhan] Confirm the pilot user list — IN PROGRESS": the owner in square brackets opening the entry.
_OWNER_IN_SQUARE = re.compile(r"^\[(?P<who>[^\[\]\d]{2,40})\]\s+(?P<rest>\S.*)$")
# "Thomas — review the draft": an owner, a dash, then the task.
_OWNER_DASH = re.compile(r"^(?P<who>@?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+[-–—]\s+(?P<rest>\S.*)$")


def _owner_first(words: str, owners: Owners) -> str:
    """An entry's words with the owner first written as "Owner: task": "[Nourhan] Confirm the list — IN PROGRESS"
    and "OVERDUE: Thomas — Review the draft (due Feb 22)" (the status moved after the task) are how registers
    and notes set an owner before the task."""
    labelled = _STATUS_LABEL.match(words)
    if labelled and (status := status_of(labelled["status"])) is not None and _STATUS.fullmatch(
            labelled["status"].strip()) and (named := _OWNER_DASH.match(labelled["rest"])) is not None and (
            owners.is_owner(named["who"], strict=True)):
        return f"{named['who']}: {named['rest']} — {status}"
    square = _OWNER_IN_SQUARE.match(words)
    if square and _known_owner(square["who"], owners) is not None:
        return f"{square['who'].strip()}: {square['rest']}"
    return words


def _restates(words: str) -> bool:
    """Whether an entry's words (after its reference) open by restating the earlier action as it was set, an
    instruction with no status of its own ("obtain quotes for resurfacing the path. Two quotes received.")."""
    first = _FIRST_SENTENCE_END.split(words.strip(), maxsplit=1)[0]
    return opens_with_task_verb(first) and status_of(first) is None


def _restated(head: str, tail: str, owners: Owners) -> Task | None:
    """ "35.1 Min. 19.2 (Sept) - obtain quotes for resurfacing the path. Two quotes received, third awaited.
    ACTION: AM": an action log restates the earlier action as it was set, then reports on it in sentences of its
    own; the task is the restated instruction, its owner the one the report names (a label, a next step, a name
    opening a clause)."""
    text = head.strip(" ,;:-–—")
    parts = _FIRST_SENTENCE_END.split(text, maxsplit=1)
    if len(parts) < 2 or not _restates(parts[0]):
        return None
    report = f". {parts[1]} {tail}"
    step = _tail_task(report, owners)
    who = _tail_owner(report, owners) or (step.who if step is not None else None)
    if who is None:
        return None
    first = parts[0].strip()
    due = find_due_phrase(f"{parts[1]} {tail}")
    return Task(f"{first[:1].upper()}{first[1:]}", who, str(due.value) if due else None)


# "(Chair, outstanding)" cut before its status, "(Procurement Office, due March 2026)": an owner opening the brackets
# that close an entry, a status or a date after a comma.
_OWNER_IN_BRACKETS = re.compile(r"\s*\((?P<who>[^(),;]{2,40}?)\s*(?:,\s*(?P<rest>[^()]{0,40}?))?\)?\s*$")


def _undertaken(text: str, owners: Owners, referenced: bool = False) -> Task | None:
    """An entry that gives no status but says who will do the work ("STP/24 – the ICB would circulate the
    data once verified", "(a) Speed limit review: the road is in the review. The County Councillor will
    report the outcome when known."): not done, so still open, that owner's undertaking. Only an entry
    opened by a reference, a number or a bullet, and an owner the attendance knows or an office."""
    lead = _LEAD.match(text)
    if lead is not None and lead.group().strip():
        text = text[lead.end():].strip()
    elif not referenced:
        # ("Speed signs (min 25/14): Cllr Tate to chase Highways again": a topic closed by its earlier minute's
        # reference, `referenced`, opens the entry as a reference before it would.)
        return None
    clauses = [clause for clause in re.split(r"(?<=[.;])\s+", text) if clause.strip()]
    topic = _TOPIC_LEAD.match(clauses[0]) if clauses else None
    coming = _COMES_TO.search(text) if topic else None
    if coming and (owner := _known_owner(coming["who"], owners)) is not None:
        # "Review of committee terms of reference: NR confirmed this will come to the March Board": the topic is
        # to come to that meeting, the owner who said so answering for it.
        where = coming["where"].strip(" .;")
        return Task(f"{topic['topic'].strip()} to come to {where}", owner, due_at(where))
    said = SAID_TO_BE_DONE.match(_TOPIC_LEAD.sub("", clauses[0], count=1)) if clauses else None
    if said and not _THE_BODY.match(said["who"]) and owners.is_owner(said["who"], strict=False):
        return _said_done(said, _unbracketed(topic["topic"]) if topic else "", owners)
    for index, clause in enumerate(clauses):
        # ("The Clerk was instructed to refer the matter to the insurers": the owner set the step.)
        clause = _INSTRUCTED.sub(" to ", clause)
        found = _UNDERTAKES.match(_TOPIC_LEAD.sub("", clause, count=1) if index == 0 else clause) or (
            # ("Bus shelter: the council has agreed to replace the glass. Clerk to confirm a date with them.": a later
            # sentence setting a known owner the next step; or the first, after the topic: "Bench (min 25/22): Cllr
            # Lowe to chase the supplier.")
            _STEP_SET.match(clause) if index > 0 else _STEP_SET.match(clause[topic.end():]) if topic else None)
        if found is None or _THE_BODY.match(found["who"]) or not owners.is_owner(found["who"], strict=index > 0):
            # (The entry's own subject may be any body named as one, "the ICB"; a later sentence's must be known.)
            continue
        task = read_task(f"{found['who']} to {found['rest'].rstrip(' .;')}", owners, strict=False)
        if task is None or not task.what or not task.who:
            return None
        if found.re is _STEP_SET and _bare(task.what) and (topic := _TOPIC_LEAD.match(clauses[0])) is None:
            return None  # ("Approved as a true record; the Chair to sign.": a step too bare to be an entry's)
        topic = _TOPIC_LEAD.match(clauses[0])
        if topic and _bare(task.what):
            return Task(_on_topic(task.what, topic["topic"]), task.who, task.due_text)
        subject = _SUBJECT.match(_TOPIC_LEAD.sub("", clauses[index - 1], count=1)) if index > 0 and topic else None
        them = _THEM.search(task.what) if subject else None
        if them:
            # "... the county council has agreed to replace the glass. Clerk to confirm a date with them.": "them" is
            # the body the sentence before spoke of, and the step is on the entry's topic.
            what = f"{task.what[: them.start()]} {subject['subject']}{task.what[them.end():]}"
            return Task(f"{topic['topic'].strip()}: {lower_first(what)}", task.who, task.due_text)
        named = _THE_MATTER.search(task.what) if topic else None
        if named:
            # "Christmas lights: ... The Clerk was instructed to refer the matter to the insurers": the matter is the topic.
            subject = re.sub(r"^(?:the|an?)\s+", "", _unbracketed(topic["topic"].strip()), flags=re.IGNORECASE)
            return Task(f"{task.what[: named.start()]}the {lower_first(subject)}{task.what[named.end():]}", task.who,
                        task.due_text)
        generic = GENERIC_OBJECT.search(task.what) if topic else None
        if generic:
            # "report the outcome when known": the outcome of the entry's topic.
            what = f"{task.what[: generic.end()]} of the {lower_first(topic['topic'].strip())}{task.what[generic.end():]}"
            return Task(what, task.who, task.due_text)
        return task
    return None


# "the Chief Executive, OPFCC, said the figures would be circulated to members by 13 February", "The District Engineer
# said it is in the programme and a start date will be given to members at the April meeting": an owner saying what
# would be done, in the passive (after any progress the sentence reports first), the sayer answering for it.
SAID_TO_BE_DONE = re.compile(
    r"^(?P<who>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:[A-Z&][\w.'’&-]*|of|and|for)){0,5}?(?:,\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3},)?)"
    r"\s+(?:said|confirmed|advised|reported|stated|indicated|explained|undertook)\s+(?:that\s+)?(?:[^.;]{0,120}?\band\s+)?"
    r"(?P<thing>(?:the|a|an|his|her|their|its)\s+[^.;,]{2,60}?)\s+(?:would|will|is\s+to|are\s+to)\s+be\s+"
    r"(?P<verb>[a-z]+ed|sent|given|written|brought|made|done|set|taken|shown)\b(?P<rest>[^.;]{0,80})")
# What a sentence names only by what it is, whose matter the entry's topic gives ("the figures", "the report").
_THING_ONLY = re.compile(r"^(?:the|a|an|his|her|their|its)\s+(?:figures|data|numbers|statistics|report|results?|details"
                         r"|information|paper|letter|update|response|reply|answer|analysis|breakdown)$", re.IGNORECASE)


def _said_done(said: re.Match, topic: str, owners: Owners) -> Task:
    """The task an owner said would be done (see SAID_TO_BE_DONE): "<Do> <the thing> <the rest>", the thing named
    by the entry's topic where the sentence names it only by what it is."""
    participle = said["verb"].lower()
    verb = PARTICIPLES.get(participle) or ("bring" if participle == "brought" else plain_form(participle))
    thing = said["thing"].strip()
    if topic and _THING_ONLY.match(thing):
        named = re.sub(r"^(?:the|an?)\s+", "", topic, flags=re.IGNORECASE)
        thing = f"the {lower_first(named)}"
    rest = said["rest"].rstrip(" ,")
    due = find_due_phrase(rest) if rest.strip() else None
    if due is not None and not rest[due.end:].strip(" ,."):
        rest = re.sub(r"\s+(?:by|before|at|in|for)$", "", rest[: due.start].rstrip(" ,"))
    who = said["who"].strip(" ,")
    who = re.sub(r"^the\s+", "", who, flags=re.IGNORECASE) if not owners.known_person(who) else who
    return Task(f"{verb[:1].upper()}{verb[1:]} {thing}{rest}", owners.resolve(who), str(due.value) if due else None)


# "the matter", "this issue": what the entry's topic names.
_THE_MATTER = re.compile(r"\b(?:the|this)\s+(?:matter|issue)\b(?!\s+(?:of|on)\b)")
# "was instructed to", "were asked to": the body setting an owner a step, in the passive.
_INSTRUCTED = re.compile(r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:instructed|asked|requested|authorised|tasked|directed)"
                         r"\s+to\s+(?=[a-z])")
# A thing of the entry's topic, named only by what it is ("the outcome", "the results").
GENERIC_OBJECT = re.compile(r"\bthe\s+(?:outcome|results?|findings|answer|response|decision|position)\b(?!\s+(?:of|on|for)\b)",
                             re.IGNORECASE)
# "come to", "return to", "be brought back to": a thing going to a later meeting.
COMES_BACK_TO = r"(?:come|return|be\s+brought)\s+(?:back\s+)?to\s+"
# "NR confirmed this will come to the March Board", "the Director said it would come back to the next meeting",
# "YT advised that the revised policy will come to the February Board": who says what is to come where.
_COMES_TO = re.compile(r"(?:^|[:;.,]\s+)(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
                       r"(?:confirmed|said|advised|reported|stated|agreed|indicated)\s+(?:that\s+)?"
                       r"(?P<thing>this|it|(?:the|a|an)\s+[^.;,]{2,60}?)\s+(?:will|would)\s+" + COMES_BACK_TO +
                       r"(?P<where>(?:the\s+)?[^.;]{3,40}?)\s*[.;]?$")
# The meeting's own body or its members: who receive work, not who do it ("the Board would receive ...").
_THE_BODY = re.compile(r"^(?:the\s+)?(?:board|committee|council|panel|group|forum|partnership|meeting|members|it|this|that)$",
                       re.IGNORECASE)
# "Speed limit review, Church Road: ...": the topic an entry opens with, before a colon or a dash.
_TOPIC_LEAD = re.compile(r"^(?P<topic>[^:;–—]{3,60}?)(?::\s+|\s+[-–—]\s+)")
# "Speed signs (min 25/14): ...", "Dog bin (Ref 112/25) – ...": an entry's topic closed by the earlier minute's reference.
_REFERENCED_TOPIC = re.compile(r"^[^:;–—()]{3,60}?(?P<ref>\((?:min(?:ute)?\.?|ref\.?|item|action)?\s*(?:[A-Z]{1,5}\s?/?\s?)?"
                               r"\d{1,4}(?:\s?[./-]\s?\d{1,4}){0,3}[a-z]?\))\s*(?::\s|\s[-–—]\s)", re.IGNORECASE)
# "the ICB would circulate ...", "The Clerk will chase ...": an owner's undertaking, not a passive or a past.
_STEP_SET = re.compile(r"^(?P<who>(?:the\s+)?[A-Z@][\w.'’&-]*(?:\s+[A-Z&][\w.'’&-]*){0,3}?)\s+to\s+(?!be\b|have\b)"
                       r"(?P<rest>[a-z].*)$")
# "the county council has agreed ...": the body a sentence speaks of, whom "them" in the next means.
_SUBJECT = re.compile(r"^(?P<subject>the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:has|have|had|is|are|was|were|will|would)\b")
_THEM = re.compile(r"\s+(?:them|they)\b")
_UNDERTAKES = re.compile(r"^(?P<who>(?:the\s+)?[A-Z@][\w.'’&-]*(?:\s+(?:[A-Z&][\w.'’&-]*|of|and|for)){0,5}?)"
                         r"\s+(?:will|would|is\s+to|are\s+to)\s+(?!be\b|have\b|not\b|need\b|like\b)(?P<rest>[a-z].*)$")


def _still_to_be(head: str, passive: re.Match, rest: str, owners: Owners) -> Task | None:
    """ "<topic> — <owner> has ..., <thing> still to be <done>": "<Do> the <thing> for <topic>"."""
    pieces = [piece for piece in re.split(r"\s+[-–—]\s+|\s*[:;]\s+|,\s+(?![A-Z])", head.strip(" ,;:-–—")) if piece.strip()]
    if not pieces:
        return None
    thing = _without_joining_words(re.sub(r"^(?:the|an?)\s+", "", pieces[-1].strip(), flags=re.IGNORECASE)).strip()
    if len(thing.split()) > 6:
        return None
    participle = passive["verb"].lower()
    verb = "obtain" if participle in ("needed", "required", "wanted") else PARTICIPLES.get(participle) or plain_form(participle)
    second = passive.groupdict().get("verb2")
    if second:
        verb = f"{verb} and {PARTICIPLES.get(second.lower()) or plain_form(second.lower())}"
    topic = pieces[0] if len(pieces) >= 2 else ""
    named = re.match(r"\s*\((?P<who>[^()]{1,40})\)", rest)
    who = (named and (found := owner_only(named["who"], owners)) is not None and found.who) or _tail_owner(
        f"— {rest}", owners) or next(
        (found for piece in pieces[1:-1] if (found := _leading_owner(piece, owners))), None)
    if who is None:
        return None
    article = "a" if verb == "obtain" else "the"
    what = f"{verb[:1].upper()}{verb[1:]} {article} {lower_first(thing)}" + (f" for {lower_first(topic)}" if topic else "")
    due = find_due_phrase(rest) if rest.strip() else None
    return Task(what, who, str(due.value) if due else None)


def _opened(head: str, tail: str, due_text: str | None, owners: Owners, owner: str | None = None) -> Task | None:
    """The task of an open entry from its words before the status (`head`) and after (`tail`); `owner` is the
    owner of the group of entries it is listed under, if any, for an entry that names no one the attendance
    knows."""
    pieces = [piece for piece in _PIECES.split(head) if piece.strip()]
    # ("25/146 (Provide the benchmarking) – NF to bring to the March Board": the piece where an owner opens a
    # step is the task, before the whole head.)
    task = next((found for piece in pieces[1:] if _OWNER_STEP.match(piece.strip()) and (
        found := _head_task(piece.strip(), owners, after_topic=True)) is not None), None) or _head_task(head, owners) or (
        # ("25-17 (MO to write to the Chief Constable) - letter drafted, awaiting comments": the earlier action in
        # brackets after its number.)
        _head_task(pieces[0].strip(), owners) if len(pieces) >= 2 and pieces[0].strip().startswith("(") else None) or next(
        (found for piece in pieces[1:] if (found := _head_task(piece, owners)) is not None), None)
    if task is not None:
        if (_bare(task.what) or _NO_OBJECT.match(task.what)) and len(pieces) >= 2 and not (
                _OWNER_STEP.match(_unbracketed(pieces[0])) or _bare(task.what) and re.search(r"\b(?:to|will)\s", pieces[0])
                # ("Marcus: PDPL legal review": the piece before the task is its owner, not its topic.)
                or owners.is_owner(_unbracketed(pieces[0]), strict=True)):
            # "Health screening for young people – RS to report uptake": the bare task takes its topic.
            topic = re.sub(r"^(?:the|an?)\s+", "", _unbracketed(pieces[0]), flags=re.IGNORECASE)
            no_object = _NO_OBJECT.match(task.what)
            if no_object:
                # "(Provide benchmarking of agency spend) – NF to bring to the March Board": what is brought is
                # the topic, less the verb it was first set with.
                thing = _FIRST_VERB.sub("", topic)
                return Task(f"{no_object['verb']} {lower_first(thing)} {task.what[no_object.end():]}", task.who,
                            task.due_text or due_text)
            return Task(_on_topic(task.what, topic), task.who, task.due_text or due_text)
        topic = re.sub(r"^(?:the|an?)\s+", "", _unbracketed(pieces[0]), flags=re.IGNORECASE) if len(pieces) >= 2 else ""
        if topic and len(topic.split()) <= _TOPIC_WORDS and _PRONOUN_OBJECT.search(task.what) and not (
                owners.is_owner(topic, strict=True) or _OWNER_STEP.match(topic) or re.search(r"\b(?:to|will)\s", topic)):
            # ("Induction process - ... The Town Clerk agreed to consider this for new recruits": "this" is the topic.)
            return Task(_on_topic(task.what, topic), task.who, task.due_text or due_text)
        step = re.split(r"(?<=[a-z])[.;]\s+", task.what, maxsplit=1)[0]
        # (A topic in brackets, "(visit to the joint control room)", is a topic whatever words it holds.)
        if topic and _GENERIC_THING.search(step) and (pieces[0].strip().startswith("(") or not re.search(
                r"\b(?:to|will)\s", pieces[0])) and not (
                _INITIALS_ALONE.match(pieces[0]) or owners.is_person(pieces[0].strip())) and not (
                set(re.findall(r"[a-z]{4,}", step.lower())) & set(re.findall(r"[a-z]{4,}", topic.lower()))):
            # "Community council website: Moira and Isla still to agree the new hosting": a step on a thing named
            # only by a word the topic gives its sense ("the new hosting") is for the topic.
            return Task(f"{step} for the {lower_first(topic)}", task.who, task.due_text or due_text)
        return Task(task.what, task.who, task.due_text or due_text)
    topic, who = _topic_and_owner(head, owners)
    if not topic:
        return None
    labelled = _LABELLED_OWNER.search(tail) if tail else None
    if labelled and (found := owner_only(labelled["who"], owners)) is not None and found.who:
        # "Potholes - reported again by HT. Ongoing. ACTION: Cllr Tulloch": a label after the status names
        # the owner more surely than a name in the entry's words (often who reported it).
        who = found.who
    later = _tail_task(tail, owners) or _bracket_step(tail, owners)
    undone = _NOT_YET_DONE.match(tail)
    if undone and (later is None or _bare(later.what)) and (who or later is not None):
        # "the Fire Service had not yet completed the referral mapping; Station Commander X would report at the
        # next meeting": the work not yet done is the task, with the owner's next step on it.
        verb = plain_form(undone["verb"].lower())
        thing = undone["object"].strip()
        if len(thing.split()) <= 2 and thing.split()[-1].lower() in topic.lower().split():
            # "Website compliance check: TW has not yet completed the check": the topic says which check.
            thing = f"the {lower_first(topic)}"
        what = f"{verb[:1].upper()}{verb[1:]} {thing}"
        if later is not None:
            return Task(f"{what} and {later.what[:1].lower()}{later.what[1:]}", later.who, later.due_text or due_text)
        return Task(what, who, due_text)
    coming = _COMES_TO.search(tail) if later is None and tail else None
    if coming and coming["thing"].lower() not in ("this", "it") and (owner := _known_owner(coming["who"], owners)) is not None:
        # "(review of the lone working policy) remains open; YT advised that the revised policy will come to the
        # February Board": the one who said so is to bring it there.
        where = coming["where"].strip(" .;")
        return Task(f"Bring {coming['thing'].strip()} to {where}", owner, due_at(where) or due_text)
    if later is not None:
        step = _FOLLOW_UP.match(later.what)
        unanswered = _NO_REPLY_FROM.search(f"{head} {tail}") if step else None
        if step and unanswered:
            # "the Clerk has still not had a reply from the water company about the smell at the bridge. Clerk to write
            # again.": the owner is to write again to the one who has not answered, about what they were asked.
            verb = step["verb"][:1].upper() + step["verb"][1:].lower()
            to = " to" if verb.lower() == "write" else ""
            about = f" about {unanswered['matter'].strip()}" if unanswered["matter"] else (
                f" about the {lower_first(topic)}" if topic else "")
            return Task(f"{verb}{step['again'] or ''}{to} {unanswered['party'].strip()}{about}{step['more'] or ''}",
                        later.who or who, later.due_text or due_text)
        what = _AGAIN.sub("", later.what)
        awaited = _AWAITED.search(tail)
        silent = _NOT_YET_GIVEN.search(f"{head} {tail}") if len(what.split()) == 1 and what.lower() == "chase" else None
        if _bare(what) and awaited and len(what.split()) == 1:
            # "Bus shelter - still awaiting the contractor's date. Clerk to chase again.": chase what is awaited.
            what = f"{what} {awaited['thing'].strip(' ,')} for {lower_first(topic)}"
        elif _STEP_NO_OBJECT.match(what):
            # "Contact the supplier about the colour contrast - Martin - no response; Tom to escalate through the
            # contract meeting": what is escalated is the entry's matter.
            found = _STEP_NO_OBJECT.match(what)
            thing = _ASKED_ABOUT_LEAD.sub("", re.sub(r"^(?:the|an?)\s+", "", topic, flags=re.IGNORECASE), count=1)
            thing = thing if thing[:4].lower() in ("the ", "a ", "an ") else f"the {lower_first(thing)}"
            what = f"{found['verb']} {thing}{what[found.end() - 1:]}"
        elif silent:
            # "Defibrillator cabinet: the electrician has still not confirmed a date. The Clerk will chase again.":
            # chase the one who has not, for what they have not given.
            thing = f" for {silent['thing'].strip()}" if silent["thing"] else ""
            plain = re.sub(r"^(?:the|an?)\s+", "", topic, flags=re.IGNORECASE)
            what = f"Chase {silent['party'].strip()}{thing} for the {lower_first(plain)}"
        elif _bare(what) or _PRONOUN_OBJECT.search(what) and len(topic.split()) <= _TOPIC_WORDS:
            # ("Induction process - ... The Town Clerk agreed to consider this for new recruits": "this" is the topic.)
            what = _on_topic(what, topic)
        return Task(what, later.who or who, later.due_text or due_text)
    if who is None and (held := _HELD_WITH.search(head)) is not None and (
            found := _known_owner(held["who"], owners)) is not None:
        # ("Lighting at the pier car park: with the Area Engineer, costing expected end of February. Open.": the
        # entry is with that owner.)
        who = found
    who = who or _tail_owner(tail, owners)
    if owner is not None and (who is None or not owners.is_owner(who, strict=True)):
        who = owner
    if who is None:
        return None
    topic = topic[:1].upper() + topic[1:]
    thing = pieces[-1].strip(" ,;:-–—.") if len(pieces) == 2 and _STILL_AWAITED.match(tail) else ""
    if thing and (thing[:1].islower() or re.match(r"(?:the|an?)\s", thing, re.IGNORECASE)) and (
            topic.lower() != thing.lower()) and len(thing.split()) <= THING_WORDS and not re.search(
            r"\b(?:is|are|was|were|has|have|had|to|will|would|[a-z]+ed)\b", thing, re.IGNORECASE):
        # "War memorial cleaning: quotation from a stonemason still awaited": the owner is to obtain the thing.
        thing = re.sub(r"^(?:the|an?)\s+", "", thing, flags=re.IGNORECASE)
        return Task(f"{topic}: obtain {lower_first(thing)}", who, due_text)
    held = _HELD_FOR.search(tail)
    if held:
        # "the guidance remains with Frances Ibe for final review": the owner holds it to do that.
        purpose = held["purpose"].strip()
        return Task(f"{purpose[:1].upper()}{purpose[1:]} of {lower_first(topic)}", who, due_text)
    if _STILL_WORKING.match(tail):
        # "Style guide section — Gwen still working on it": the owner is to finish it.
        return Task(f"Finish the {lower_first(topic)}", who, due_text)
    working = _WORKING_ON.match(tail)
    if working:
        # "Parish website: Cllr Clough is still working on the accessibility fixes": the owner is to complete them.
        return Task(f"Complete {working['thing'].strip()}", who, due_text)
    doing = _STILL_DOING.match(tail)
    if doing and doing["verb"].lower() not in ("waiting", "awaiting", "being"):
        # "Welsh scheme: Cllr Williams is still translating the website pages": the owner is to go on doing it.
        verb = plain_form(doing["verb"].lower()[:-3] + "ed")
        return Task(f"{verb[:1].upper()}{verb[1:]} {doing['object'].strip(' ,')} ({topic})", who, due_text)
    awaited = _AWAITED.search(tail)
    chase = _AND_CHASE.search(awaited["thing"]) if awaited else None
    if awaited and chase is None and _TO_CHASE.match(tail[awaited.end():]):
        # "Bus shelter glass: remains open, Clerk still waiting on a second quote, to chase by the end of February":
        # what is awaited is what the owner is to chase.
        return Task(f"Chase {awaited['thing'].strip(' ,')} for the {lower_first(topic)}", who, due_text)
    if chase:
        # "Flooding at the bridge: the Clerk is still awaiting a reply from the agency and will chase": chase it.
        return Task(f"Chase {awaited['thing'][: chase.start()].strip(' ,')} about {lower_first(topic)}", who, due_text)
    if awaited:
        # "Van lease: NK still waiting for the leasing company's quote": the owner is to obtain it.
        thing = awaited["thing"].strip(" ,")
        supplier = _SUPPLIES.match(thing)
        if supplier:
            thing = f"{supplier['thing']} from {supplier['who']}"
        return Task(f"{topic}: obtain {thing}", who, due_text)
    return Task(topic, who, due_text)


# "has still not had a reply from Yorkshire Water about the smell", "no response from the landowner": who has not
# answered, and about what.
_NO_REPLY_FROM = re.compile(r"\b(?:not\s+(?:yet\s+)?(?:had|received|got)|no|awaiting|waiting\s+(?:for|on))\s+(?:a\s+|any\s+)?"
                            r"(?:reply|response|answer)\s+(?:yet\s+)?from\s+(?P<party>(?:the\s+)?[A-Za-z][\w'’&-]*"
                            r"(?:\s+(?!(?:about|on|regarding|concerning|re|yet|since|despite)\b)[A-Za-z&][\w'’&-]*){0,4})"
                            r"(?:\s+(?:about|on|regarding|concerning|re)\s+(?P<matter>(?:the|a|an)\s+[^.;,]{3,90}?))?\s*(?=[.;,]|$)")
# "Write again", "Chase", "Follow up": a bare step of following up an unanswered request.
# ("Write again and refer the matter to the officer": a further step after "and" stays.)
_FOLLOW_UP = re.compile(r"^(?P<verb>write|chase|contact|e-?mail|follow\s+up\s+with)(?P<again>\s+again)?"
                        r"(?P<more>\s+and\s+[a-z].*?)?\s*\.?$", re.IGNORECASE)
# ": with the Area Engineer," opening a piece of the entry: whom the entry is with.
_HELD_WITH = re.compile(r"(?:^|[:;–—-]\s+)(?:(?:it\s+)?(?:is|remains)\s+)?with\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                        r"(?=\s*[,;.]|\s*$)")
# "the electrician has still not confirmed a date": who has not yet given what.
_NOT_YET_GIVEN = re.compile(r"\b(?P<party>the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+(?:(?:has|have)\s+)?(?:still\s+)?not\s+"
                            r"(?:yet\s+)?(?:confirmed|sent|provided|given|supplied|returned|replied|responded)"
                            r"(?:\s+(?P<thing>(?:a|an|the|their|its)\s+[^.;,]{2,40}?))?\s*(?=[.;,]|$)")
# ", to chase by the end of February", "; will chase": the owner's next step on what is awaited, after it.
_TO_CHASE = re.compile(r"^\s*[,;]\s*(?:and\s+)?(?:will\s+|is\s+to\s+|to\s+)?(?:chase|pursue|follow\s+(?:it\s+)?up)\b", re.IGNORECASE)
_AND_CHASE = re.compile(r"\s+and\s+(?:will|is\s+to|to)\s+(?:chase|pursue|follow\s+(?:it\s+)?up)\b.*$", re.IGNORECASE)
# "the new hosting", "the revised wording", "the other": a thing named by what it is to the topic, not by name.
_GENERIC_THING = re.compile(r"^\w+\s+(?:the\s+(?:new|revised|updated|remaining|other|next|final|replacement)\s+\w+|the\s+other"
                            # ("Confirm a date with members": a date or a time, for what the topic names.)
                            r"|(?:a|the)\s+(?:date|time|slot|venue|start\s+date)(?:\s+(?:with|to)\s+[\w ]{2,30})?)"
                            r"(?:\s+again)?\s*$", re.IGNORECASE)
_STILL_AWAITED = re.compile(r"^(?:still\s+)?awaited\b", re.IGNORECASE)
THING_WORDS = 8
_PRONOUN_OBJECT = re.compile(r"(?<=\w)\s+(?:it|them|this|these|both)\b", re.IGNORECASE)
# "The report on X requested at the last meeting": when the thing was asked for is no part of it.
_ASKED_WHEN = re.compile(r"\s+(?:requested|raised|agreed|discussed|promised|mentioned)\s+(?:at|in|by|during|on)\b.*$",
                         re.IGNORECASE)
# "Bring to the March Board": a verb of sending or bringing with no object before where it goes.
# "Escalate through the contract meeting", "Raise at the liaison meeting": a verb of pursuing a matter with no object.
_STEP_NO_OBJECT = re.compile(r"^(?P<verb>Escalate|Raise|Pursue|Chase|Take|Discuss)\s(?=(?:through|via|at|with|in)\s)")
# "Contact the supplier about the colour contrast": a task named as the entry's topic, the matter after "about".
_ASKED_ABOUT_LEAD = re.compile(r"^(?:contact|ask|write\s+to|speak\s+to|email|e-mail|phone|chase)\s+[^,;:]{1,40}?\s+"
                               r"(?:about|regarding|re|over)\s+", re.IGNORECASE)
_NO_OBJECT = re.compile(r"^(?P<verb>Bring|Take|Send|Circulate|Present|Return|Submit|Forward|Add)\s+(?=(?:to|back|before)\b)")
# "Provide benchmarking of ...": a topic written as a task, its verb set aside when it becomes an object.
_FIRST_VERB = re.compile(r"^(?:provide|produce|prepare|draft|bring|share|circulate|complete|present|deliver|undertake)\s+",
                         re.IGNORECASE)
# Verbs whose bare task is about its topic ("Report on the bus shelter"); other verbs alone take the topic
# as their object ("Finish" -> "Finish the contact list").
_ABOUT_VERBS = {"report", "feed", "feedback", "revert", "respond", "update", "comment", "advise", "liaise"}


def _on_topic(what: str, topic: str) -> str:
    """A bare task with the entry's topic: "Report numbers" -> "Report numbers on the audit"; a verb alone
    ("Finish", "Chase") takes the topic as its object."""
    topic = re.sub(r"^(?:the|an?)\s+", "", topic.strip(), flags=re.IGNORECASE)
    pronoun = _PRONOUN_OBJECT.search(what)
    if pronoun:
        # "The report ... had not yet been completed. GL to circulate it": "it" is the topic.
        return f"{what[: pronoun.start()]} the {lower_first(topic)}{what[pronoun.end():]}"
    if len(what.split()) == 1 and what.lower() not in _ABOUT_VERBS:
        return f"{what} the {lower_first(topic)}"
    return f"{what} on {lower_first(topic)}"


def last_entry_topic(text: str) -> str | None:
    """The topic of the last entry of a review's text (its lines grouped as review_entries groups them)."""
    return entry_topic(_entry_lines(text)[-1]) if text.strip() else None


_CELL_PARAGRAPHS = re.compile(r"(?<=[.!?)]);\s+(?=\S)")


def _entry_lines(text: str) -> list[str]:
    """A review's lines, each that opens with a bullet, a box, a letter, a number or a reference
    starting an entry, other lines carrying on the entry before them."""
    lines: list[str] = []
    # ("... remains open.; BoD/25/121 (...): closed.": a table cell's paragraphs, joined by "; " after a full stop.)
    for line in _CELL_PARAGRAPHS.sub("\n", text).split("\n"):
        if not line.strip():
            continue
        if lines and _UPDATE_LINE.match(line) and (lead := _LEAD.match(lines[-1])) is not None and _REFERENCE.search(
                lead.group()):
            # "[A25-21] Probation to report on the pilot ..... OPEN" over "- delayed by national data; revised date 31
            # March 2026": a dashed line in small letters under a referenced entry is its update, not an entry.
            lines[-1] = f"{lines[-1]} {line.strip()}"
        elif not lines or _LEAD.match(line.strip()) or lines[-1].endswith(":"):
            # ("The following points were noted:" leads in to the entries; it carries on into none of them.)
            lines.append(line.strip())
        else:
            lines[-1] = f"{lines[-1]} {line.strip()}"
    return lines


def entry_topic(entry: str) -> str | None:
    """The topic an entry opens with, before its first colon, dash or full stop ("Bank mandate forms.
    The bank has asked ...", "07.26 War memorial: ..."), when short enough to be one."""
    text = _LEAD.sub("", " ".join(entry.split()), count=1).strip()
    found = re.match(r"^(?P<topic>[^.:;–—]{3,60}?)(?:\.\s|:\s|\s+[-–—]\s+)", text)
    if found is None or len(found["topic"].split()) > _TOPIC_WORDS:
        return None
    return found["topic"].strip()


_TOPIC_WORDS = 8


def bare_task(what: str) -> bool:
    """Whether a task says too little to know what it is about (see _bare)."""
    return _bare(what)


def on_topic(what: str, topic: str) -> str:
    """A bare task with its entry's topic (see _on_topic)."""
    return _on_topic(what, topic)


# "... remains outstanding [Secretariat, to report in March 2026]": the owner and the next step in brackets.
_BRACKET_STEP = re.compile(r"[\[(](?P<who>[^\[\]();,]{1,40}?),\s*to\s+(?P<task>[a-z][^\[\]()]{1,80}?)[\])]\s*[.;]?\s*$")


def _bracket_step(tail: str, owners: Owners) -> Task | None:
    """The owner's next step written in brackets closing a status ("[Secretariat, to report in March 2026]")."""
    found = _BRACKET_STEP.search(tail)
    if found is None or (named := owner_only(found["who"], owners)) is None or not named.who:
        return None
    task = read_task(f"{found['who'].strip()} to {found['task'].strip()}", owners, strict=False)
    return Task(task.what, named.who, task.due_text) if task is not None and task.what else None


def _bare(what: str) -> bool:
    """Whether a task's words say too little to know what it is about ("Update", "Report numbers
    next month"): a date after them does not count."""
    due = find_due_phrase(what, task=True)
    if due is not None and not what[due.end:].strip(" .,"):
        what = what[: due.start]
    what = _NEXT_TIME.sub("", what)
    return len(what.split()) <= _BARE_WORDS


def lower_first(topic: str) -> str:
    """A topic set after a verb: its first letter small unless it opens an acronym ("ASB")."""
    words = topic.split()
    if len(words) >= 2 and words[1][:1].isupper() and words[0][-1:].isalnum():
        return topic  # ("Mill Road bus shelter": a name of several capitalised words keeps its capitals)
    return topic if topic[:2].isupper() else topic[:1].lower() + topic[1:]


def _head_task(head: str, owners: Owners, after_topic: bool = False) -> Task | None:
    """The head read as a task with an owner ("Dr Leckie to draft a note", "@jdoe: chase X"); after the entry's
    topic, "would" sets the step as "will" does ("(visit to the depot): the Clerk would confirm a date")."""
    inner = head[1:-1] if head.startswith("(") and head.endswith(")") else head
    inner = _HANDLE_VERB.sub(r"\1: ", _ARROW_OWNER.sub(r"\1: ", inner, count=1), count=1)
    sets = re.search(r"\b(?:to|will|would)\s+[a-z]|^@?[\w.'’-]+(?:\s+[\w.'’-]+)?:\s+\w" if after_topic
                     else r"\b(?:to|will)\s+[a-z]|^@?[\w.'’-]+(?:\s+[\w.'’-]+)?:\s+\w", inner)
    if not sets or _DONE_BEFORE.search(inner[max(0, sets.start() - _DONE_WINDOW): sets.start()]):
        # ("CR wrote to roads dept": what was done, not a task.)
        return None
    task = read_task(inner, owners, strict=False, marked=True)
    if task is None or not task.what or not task.who:
        return None
    if _REPORTED.search(task.what[:_REPORT_WINDOW]) and not owners.is_owner(task.who, strict=True) or (
            _REPORT_OPENING.match(task.what)):
        # ("Induction Process - A Member raised a point about ...": a topic, then a report of what was said, is no
        # owner and task.)
        return None
    return task


# A task's opening words that report what was said or done rather than set work.
_REPORTED = re.compile(r"\b(?:raised|reported|said|asked|noted|explained|commented|queried|confirmed|advised|was|were)\b")
_REPORT_WINDOW = 40
# "It was noted that ...", "There had been ...": words that open a report, never a task.
_REPORT_OPENING = re.compile(r"^(?:it|this|there)\s+(?:was|were|had|has|is)\b", re.IGNORECASE)


# A verb in the past before "to" ("wrote to", "spoke to", "has written to"): what was done.
_DONE_WINDOW = 40  # (the verb is the word before "to": no need to look further back)
# ("agreed to", "offered to", "undertook to": a step taken on, not done.)
_DONE_BEFORE = re.compile(r"\b(?!(?:agreed|offered|promised|pledged|volunteered)\b)"
                          r"(?:wrote|sent|spoke|talked|went|gave|took|said|reported|replied|written|spoken|[a-z]{3,}ed)\s*$",
                          re.IGNORECASE)


def _topic_and_owner(head: str, owners: Owners) -> tuple[str, str | None]:
    """The entry's topic and the owner written with it: "Cot audit - JA", "Notice board: EP",
    "(falls audit)", "@jdoe: release notes", "the shop window stickers, which BS"."""
    who = None
    bracketed = _BRACKET_OWNER.search(head)
    if bracketed and not head.startswith("("):
        found = owner_only(bracketed["who"], owners)
        if found is not None and found.who:
            who, head = found.who, head[: bracketed.start()].rstrip()
    pieces = [piece for piece in _PIECES.split(head) if piece.strip()]
    if len(pieces) >= 2:
        # The last piece, the first, then any between ("Write the policy - Ana Lopes - draft open; keep").
        for index in (len(pieces) - 1, 0, *range(1, len(pieces) - 1)):
            candidate = re.sub(r"^(?:the\s+)?", "", pieces[index].strip(" ()"))
            found = owner_only(candidate, owners) if len(pieces[index].split()) <= 4 and (
                # (Before the last piece, where an entry's topic stands, only someone the attendance knows
                # or initials: "Fibre Broadband - no progress" names no owner.)
                index == len(pieces) - 1 or owners.is_owner(candidate, strict=True) or _INITIALS_ALONE.match(candidate)) \
                else None
            if found is not None and found.who and not (index == 0 and len(pieces) == 2 and _REPORTS.search(pieces[1])):
                # (Before a report of what was said, "Communication with Staff - It was noted that ...", the first
                # piece is the topic, whatever its words.)
                who = who or found.who
                pieces.pop(index)
                break
        else:
            # "the shop window stickers, which BS": an owner closing the last piece.
            last = pieces[-1].split()
            for size in (3, 2, 1):
                # (Only someone the attendance knows, or initials: "ready for the March Board" names no owner.)
                closing = " ".join(last[-size:]).strip(" .")
                if len(last) > size and (owners.is_person(closing) or _INITIALS_ALONE.match(closing)) and (
                        found := owner_only(closing, owners)) is not None:
                    who, pieces[-1] = found.who, " ".join(last[:-size])
                    pieces[-1] = _without_joining_words(pieces[-1]).strip(" ,")
                    break
    if who is None and len(pieces) >= 2:
        # "(survey results): RKe reported the analysis would be shared": the owner opens a later piece.
        who = next((found for piece in pieces[1:] if (found := _leading_owner(piece, owners))), None)
    topic = next((piece for piece in pieces if piece.strip(" ()")), "")
    topic = topic.strip(" ,;:-–—.")
    if topic.startswith("(") and ")" in topic:
        topic = topic[1: topic.index(")")]
    topic = _ASKED_WHEN.sub("", re.sub(r"^(?:the|an?)\s+", "", _unbracketed(topic), flags=re.IGNORECASE))
    if len(topic.split()) > 20 or _REPORTS.search(topic):
        return "", who
    return topic, who


_REPORTS = re.compile(r"\b(?:reported|said|confirmed|noted|explained|raised|asked|discussed|commented|queried)\b")


def _unbracketed(topic: str) -> str:
    """A topic without brackets around it or left open at either end, keeping a closed pair inside
    ("Rural crime data (ref 25/09)")."""
    topic = topic.strip()
    while topic[:1] == "(" and topic[-1:] == ")" or topic[:1] == "(" and ")" not in topic:
        topic = topic[1:-1] if topic[-1:] == ")" else topic[1:]
    if topic[-1:] == ")" and "(" not in topic:
        topic = topic[:-1]
    return topic.strip()


def _tail_task(tail: str, owners: Owners) -> Task | None:
    """A clause of the status that sets a named owner a task ("ongoing, MT to update at the
    next meeting")."""
    for clause in _CLAUSES.split(_aside_last(tail))[1:]:
        # ("Sam will keep chasing -> March": an arrow to a date closing the step is when.)
        clause = _ARROW_WHEN.sub(" by ", clause)
        if re.search(r"\b(?:to|will|would)\s+[a-z]", clause):
            # ("X would report at the next meeting", as minutes report an undertaking, is "X to report ...".)
            # ("The Clerk continues to chase": the owner goes on with the step.)
            task = read_task(_STEP_LABEL.sub("", re.sub(r"\s+(?:would|continues\s+to|will\s+continue\s+to)\s+(?=[a-z])",
                                                        " to ", clause, count=1)), owners, strict=False)
            if task is not None and task.what and task.who and owners.is_owner(task.who, strict=True):
                return task
    return None


_ARROW_WHEN = re.compile(r"\s*(?:->|→|=>)\s*(?=(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|next))\S*(?:\s+\S+)?\s*\.?$)")


# "write again and, if there is no reply by April, refer the matter": a condition set between commas inside a step.
_CONDITION_ASIDE = re.compile(r"\band,\s*(?P<cond>(?:if|unless|once|when)\b[^,.;]{1,80}),\s*(?P<rest>[^.;]*)")


def _aside_last(text: str) -> str:
    """A step's condition set between commas moved to the step's end ("write again and, if there is no reply,
    refer the matter to the officer" -> "write again and refer the matter to the officer if there is no reply"), so
    the step is one clause."""
    return _CONDITION_ASIDE.sub(lambda m: f"and {m['rest'].rstrip()} {m['cond'].strip()}", text) if ", if " in text or (
        ", unless " in text or ", once " in text or ", when " in text) else text


def _tail_owner(tail: str, owners: Owners) -> str | None:
    """The owner the status names: "with Jo Bloggs", "Clerk chasing", "(DA)"."""
    labelled = _LABELLED_OWNER.search(tail)
    if labelled and (found := owner_only(labelled["who"], owners)) is not None and found.who:
        return found.who
    bracketed = _BRACKET_OWNER.search(tail)
    if bracketed and (found := owner_only(bracketed["who"], owners)) is not None and found.who:
        return found.who
    held = _WITH_OWNER.search(tail)
    if held and (found := owner_only(held["who"], owners)) is not None and found.who:
        return found.who
    clauses = _CLAUSES.split(tail)
    last = clauses[-1].strip(" .;") if len(clauses) > 1 else ""
    if last and len(last.split()) <= 4 and (_INITIALS_ALONE.match(last) or owners.is_owner(last, strict=True)) and (
            found := owner_only(last, owners)) is not None and found.who:
        # ("Not yet sent. Ongoing – MF.": the owner alone closing the status.)
        return found.who
    return next((found for clause in clauses[1:] if (found := _leading_owner(clause, owners))), None)


def _leading_owner(clause: str, owners: Owners) -> str | None:
    """The owner opening a clause before a verb ("Clerk chasing", "RKe reported ...", "GS awaiting")."""
    words = clause.split()
    for size in (3, 2, 1):
        if len(words) > size and re.match(r"[a-z]", words[size]) and (
                found := owner_only(" ".join(words[:size]), owners)) is not None and found.who:
            return found.who
    return None


# "- MartinO:", "* George Clark:" alone on a review's entry: the owner of the entries listed under it.
_OWNER_HEADING = re.compile(r"^(?P<who>[A-Z@][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*(?P<colon>:)?$")


def group_owner(entry: str, owners: Owners) -> str | None:
    """The owner an entry of a review names alone, heading the entries after it ("MartinO:", "Pierre-Alexandre"):
    with a colon, any name; without, someone the attendance knows or an office."""
    lead = _LEAD.match(entry)
    found = _OWNER_HEADING.match(entry[lead.end():].strip() if lead else entry.strip())
    if found is None:
        return None
    who = found["who"]
    if not found["colon"]:
        return owners.resolve(who) if owners.is_owner(who, strict=True) else None
    named = owner_only(who, owners)
    return named.who if named is not None and named.who else owners.resolve(who)
