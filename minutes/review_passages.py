"""A review of earlier actions in running text: the matter a passage is about ("Cllr X asked about the crossing at
the school"), the thing it says is awaited or ordered, a task set in the passive with its doer ("the report is to be
circulated by Mr. Egan"), and clauses closed by a carried action's reference and owner.

Council and committee minutes often review matters arising in paragraphs rather than in a log; these read them.
"""
from __future__ import annotations

import re

from minutes.actions import Task, owner_only
from minutes.owners import Owners
from minutes.reviews import COMES_BACK_TO, GENERIC_OBJECT, PARTICIPLES, THING_WORDS, due_at, lower_first
from minutes.when import find_due_phrase
from minutes.wording import plain_form


# The matter a passage of a review's running text is about: what a member asked about ("Cllr X asked about the
# crossing at the school, raised in November", "asked whether the speed survey on the R418 had been done"), or
# else the earlier request or work a sentence gives a status ("the request for CCTV at the park was still
# outstanding", "the application is with the Department").
_MATTER_END = (r"(?=\s*(?:[,;(]|\.(?:\s|$)|$|\s(?:which|that|raised|promised|requested|agreed|at\s+the\s+\w+\s+meeting"
               r"|had|has|was|were|is|are|would|could|should|from\s+the\s+\w+\s+meeting)\b))")
_ASKED_MATTER = re.compile(r"\b(?:asked|enquired|inquired|queried|raised|sought\s+an\s+update\s+on)\s+(?:again\s+)?"
                           r"(?:(?:about|after|whether|if|for\s+an\s+update\s+on|on)\s+)?"
                           rf"(?P<matter>(?:the|a|an)\s+[^.;,()]{{3,90}}?|[A-Z][^.;,()]{{2,90}}?){_MATTER_END}")
_STATUS_MATTER = re.compile(r"(?:^|(?<=[.;]\s)|\b(?:that|noted|reported|stated|confirmed|advised|said)\s+)"
                            r"(?P<matter>the\s+(?:(?!\b(?:reported|said|stated|confirmed|advised|noted|that)\b)[^.;,]|\.(?=\d)){3,90}?)"
                            # ("the report on the collision cluster, requested in September, is still with ...": when it
                            # was asked for, set between commas, is no part of the matter.)
                            r"(?:,\s+(?:requested|raised|agreed|promised|sought|discussed)\s+[^.;,]{2,40},)?"
                            r"\s+(?:is|was|were|are|remains?|had\s+been|has\s+been)\s+"
                            r"(?:still\s+|now\s+)?(?:outstanding|pending|awaited|awaiting|with\b|being\b|in\s+progress|delayed"
                            r"|ongoing|open)", re.IGNORECASE)
_MATTER_WORDS = 14
# A task's own words that name no matter ("update", "members", "results").
_PLAIN_WORDS = {"update", "updates", "members", "member", "results", "result", "outcome", "report", "reports", "when",
                "once", "with", "this", "that", "they", "them", "have", "been", "about", "bring", "next", "meeting",
                "confirm", "circulate", "provide", "give", "revert", "feed", "back", "available", "received", "returned",
                "issues", "decision", "known", "committee", "board", "council", "group", "panel", "there", "their",
                "before", "after", "further", "details", "information", "progress"}
_REVIEW_WHEN = re.compile(r",?\s+(?:when|once|as\s+soon\s+as|after)\s+\S.*$", re.IGNORECASE)


def matter_of(text: str, last: bool = True) -> str | None:
    """The matter a passage of a review's running text is about, if it names one (see _ASKED_MATTER): the
    last one raised when `last`, else only one raised alone (a passage may take several matters in turn)."""
    return _matter(text, (_ASKED_MATTER, _STATUS_MATTER), last)


def _matter(text: str, patterns: tuple[re.Pattern, ...], last: bool = True) -> str | None:
    if len(text) > _LONGEST_PASSAGE:
        return None
    for pattern in patterns:
        every = list(pattern.finditer(text))
        if len(every) > 1 and not last and pattern is _ASKED_MATTER:
            return None
        # (The last matter asked about before the undertaking; of the sentences giving a status, the first names
        # the matter, later ones its progress: "... was still outstanding. The application was being finalised".)
        found = (every[-1] if pattern is _ASKED_MATTER else every[0]) if every else None
        # ("the request for the data (action 1.3)": the earlier action's number is no part of the matter.)
        matter = re.sub(r"\s*\([^()]*\)", "", found["matter"]).strip() if found else ""
        if matter and len(matter.split()) <= _MATTER_WORDS:
            return matter
    return None


_LONGEST_PASSAGE = 3000


def awaited_thing(text: str) -> str | None:
    """The thing a passage of a review's running text gives a status ("the impact assessment was still with
    the unit"), if it names one: what "when it is returned" speaks of."""
    return _matter(text, (_STATUS_MATTER,))


# "the request to the Department of Justice for additional Gardaí": an earlier request, to whom and for what.
_REQUEST_TO = re.compile(r"^the\s+(?:request|letter|application|query|bid|representations?)\s+(?:made\s+)?to\s+(?P<party>.+?)\s+"
                         r"(?:for|about|on|regarding|concerning|seeking)\s+(?P<thing>.+)$", re.IGNORECASE)
# "Write again to the Department", "Chase the council": a follow-up naming its party short.
_WRITE_AGAIN = re.compile(r"^(?P<verb>(?:Write|Send\s+a\s+reminder|Reply)(?:\s+again)?\s+to|Chase|Remind|Contact)\s+"
                          r"(?:the\s+)?(?P<short>[A-Za-z]+)(?=\s*$|\s+(?:again|when|once|before|by)\b)")


def on_matter(what: str, matter: str, thing: str | None = None) -> str:
    """A task from a review's running text with the matter it answers for, when its own words leave it out:
    "Update the members when it is returned" on "the crossing at the school" is "Update the members on the
    crossing at the school when it is returned"; "Circulate the results to members" is "Circulate the results
    of the speed survey to members"; "Bring an update" is "Bring an update on the request for CCTV"."""
    matter = re.sub(r"^(?:(?:the|a|an)\s+)", "the ", " ".join(matter.split()), flags=re.IGNORECASE)
    matter = matter if matter.lower().startswith("the ") or matter[:2].isupper() else f"the {matter}"
    request, again = _REQUEST_TO.match(matter), _WRITE_AGAIN.match(what)
    if request and again and again["short"].lower() in request["party"].lower():
        # "Write again to the Department", on "the request to the Department of Justice for more Gardaí": the request
        # is followed up with whom it was made to, about what it asked for.
        return f"{again['verb']} {request['party'].strip()} about {request['thing'].strip()}{what[again.end():]}"
    named = {word for word in re.findall(r"[a-z0-9]{4,}", matter.lower())}
    own = {word for word in re.findall(r"[a-z0-9]{4,}", what.lower())} - _PLAIN_WORDS
    if not named or own & named or own - named and len(own) > 1:
        return what  # (the task names its own matter, or another)
    generic = GENERIC_OBJECT.search(what)
    if generic:
        return f"{what[: generic.end()]} of {lower_first(matter)}{what[generic.end():]}"
    clause = _REVIEW_WHEN.search(what)
    if clause and thing and thing.lower() != matter.lower():
        # "he would revert to members when it was returned", after "the impact assessment was still with the
        # unit": "it" is the thing awaited.
        said = re.sub(r"\b(?:it|they)\b", lambda _: lower_first(thing), clause.group(), count=1)
        what = f"{what[: clause.start()]}{said}"
        clause = _REVIEW_WHEN.search(what)
    if clause and len(what[: clause.start()].split()) >= 2:
        return f"{what[: clause.start()]} on {lower_first(matter)}{what[clause.start():]}"
    if clause:
        return f"{what} ({lower_first(matter)})"
    return f"{what.rstrip(' .')} on {lower_first(matter)}"


# "the report on the scheme is to be circulated by Mr. Egan before the next meeting": a thing the review says is to be
# done, and by whom.
_TO_BE_DONE_BY = re.compile(
    r"\b(?:(?P<thing>the\s+(?:(?!\b(?:is|are|was|were)\b)[^.;,]){3,90}?)\s+(?:is|are|was|were)\s+(?:still\s+)?(?:to\s+be|due\s+to\s+be)"
    # ("Action 31 (dementia diagnosis rates by ward) would be presented at the March meeting by Dr Oduya".)
    r"|[Aa]ction\s+[\w/.-]{0,10}\d\s+\((?P<topic>[^()]{3,90})\)\s+(?:would|will|is\s+to)\s+be)\s+"
    r"(?P<verb>[a-z]+ed|sent|given|taken|written|drawn\s+up|brought|made|done|set)(?P<when>\s+(?:at|to|in|by\s+the\s+end\s+of)"
    r"\s+(?:the\s+)?[^.;]{2,30}?)?\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?P<rest>[^.;]{0,80})")


def done_by(sentence: str, owners: Owners) -> Task | None:
    """The task a review's sentence sets in the passive with its doer named (see _TO_BE_DONE_BY), when the doer is
    someone the attendance knows or an office."""
    found = _TO_BE_DONE_BY.search(sentence) if " by " in sentence else None
    if found is None or not owners.is_owner(found["who"], strict=True):
        return None
    participle = found["verb"].lower()
    verb = "draw up" if participle == "drawn up" else PARTICIPLES.get(participle) or (
        "bring" if participle == "brought" else plain_form(participle))
    rest = found["rest"].rstrip(" ,")
    if found["when"]:
        rest = f"{found['when']}{rest}"
    due = find_due_phrase(rest) if rest.strip() else None
    if due is not None and not rest[due.end:].strip(" ,."):
        rest = rest[: due.start].rstrip(" ,")
        rest = re.sub(r"\s+(?:by|before|at|in|for)$", "", rest)
    thing = found["thing"].strip() if found["thing"] else found["topic"].strip()
    what = f"{verb[:1].upper()}{verb[1:]} {thing}{rest}"
    return Task(what, owners.resolve(found["who"]), str(due.value) if due else None)


# "Replacement pads ordered; Clerk to fit when they arrive": the thing a clause says was ordered or is awaited.
_ORDERED_THING = re.compile(r"(?:^|[\t.;:]\s*)(?P<thing>(?:the\s+)?[A-Za-z][a-z'’-]+(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
                            r"(?:(?:has|have)\s+been\s+)?(?:ordered|requested|awaited|on\s+order)\b")
# "Fit when they arrive": a verb with no object before a condition.
_VERB_THEN_WHEN = re.compile(r"^(?P<verb>[A-Z][a-z]+)\s+(?=(?:when|once|as\s+soon\s+as|after)\s+(?:it|they)\b)")


def ordered_thing(text: str) -> str | None:
    """The thing a review passage says was ordered or is awaited, if it names one (see _ORDERED_THING)."""
    found = _ORDERED_THING.search(text) if len(text) <= _LONGEST_PASSAGE else None
    return found["thing"].strip() if found else None


def with_thing(what: str, thing: str) -> str:
    """A step with no object before a condition on "it" or "they" takes the thing: "Fit when they arrive" with
    "Replacement pads" is "Fit the replacement pads when they arrive"."""
    found = _VERB_THEN_WHEN.match(what)
    if found is None:
        return what
    thing = re.sub(r"^the\s+", "", thing, flags=re.IGNORECASE)
    return f"{found['verb']} the {lower_first(thing)} {what[found.end():]}"


# "the letter to the Cabinet Office is still in draft (AP 26/01-2, carried: secretariat)": a clause on an earlier
# action, its reference and owner in the brackets closing it.
_CARRIED_BRACKET = re.compile(r"(?P<clause>[^.;()]{6,200}?)\s*\((?P<ref>[^():,]{2,24}),\s*(?:carried(?:\s+forward)?|c/f|b/f)"
                              r"\s*:\s*(?P<who>[^():,]{2,40})\)", re.IGNORECASE)
_CLAUSE_LEAD = re.compile(r"^\s*(?:,\s*)?(?:and\s+|but\s+|while\s+)?(?:of\s+the\s+(?:remaining|other|open|outstanding)\s+"
                          r"(?:actions|items)\s*,\s*)?", re.IGNORECASE)
_SUBJECT_THEN = re.compile(r"^(?:the\s+)?(?P<thing>.+?)\s+(?:is|are|was|were|remains?|has|have|had|will|would)\b(?P<rest>.*)$",
                           re.IGNORECASE)
_COMES_TO_MEETING = re.compile(r"^\s*(?:still\s+)?" + COMES_BACK_TO + r"(?P<where>(?:the\s+)?[^,;.]{3,40})$", re.IGNORECASE)


def bracketed_carried(text: str, owners: Owners) -> list[Task]:
    """Earlier actions a sentence reports on, each clause closed by brackets giving its reference and owner as
    carried ("Of the remaining actions, the letter to the Cabinet Office is still in draft (AP 26/01-2, carried:
    secretariat), and the glossary will come to the May meeting (AP 26/01-4, carried: Harriet Lowell)"): the thing
    each clause is about, for that owner ("Letter to the Cabinet Office", "Glossary to come to the May meeting")."""
    found = []
    for match in _CARRIED_BRACKET.finditer(text if len(text) <= _LONGEST_PASSAGE else ""):
        named = owner_only(match["who"].strip(), owners)
        clause = _CLAUSE_LEAD.sub("", match["clause"].split(",")[-1] if ", and " not in match["clause"] else
                                  match["clause"].rsplit(", and ", 1)[-1])
        subject = _SUBJECT_THEN.match(clause.strip())
        if named is None or not named.who or subject is None or len(subject["thing"].split()) > THING_WORDS + 4:
            continue
        thing = subject["thing"].strip()
        coming = _COMES_TO_MEETING.match(subject["rest"])
        what = f"{thing[:1].upper()}{thing[1:]}" + (f" to come to {coming['where'].strip()}" if coming else "")
        found.append(Task(what, named.who, due_at(coming["where"].strip()) if coming else None))
    return found
