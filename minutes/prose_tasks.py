"""Undertakings said in running text, read a sentence at a time: "The Clerk would write to the
County", "Cllr Bevan said she would find out ...", "It was agreed that the ICB would circulate the
data", "She will report back", "... to be looked into by the Area Engineer", and what a bare
"it" or "this" in such a task names from the sentence before."""

from __future__ import annotations

import re

from minutes.actions import (ABSTAINS, AGREED_TASK_VERBS, INSTRUCTION_VERBS, LEADING_NUMBER, LINK_WORD, NOT_VERBS,
                             OWNER_COLON, SHORT_OWNER, THE_BODY, TOPIC_AFTER_VERB_WORD, TRAILING_HANDLES, TRAILING_OWNER,
                             Task, opens_with_task_verb, owner_and_what, owner_date_bracket, read_task)
from minutes.clause_tasks import DECIDED, asked_task, clause_task, delegated_task, passive_doer
from minutes.dash_owners import owned_dash_task
from minutes.decisions import sentences, without_heading_line
from minutes.post_spelling import mended_posts
from minutes.relative_tasks import relative_task
from minutes.future_passives import WORK_VERBS, future_passives, has_passive, stranded
from minutes.spoken_tasks import spoken_tasks
from minutes.owners import Owners
from minutes.reviews import status_of
from minutes.topics import GENERIC_NOUNS, about, topic_before, with_topic
from minutes.vocabulary import OWNER_ROLES, is_role
from minutes.when import find_due_phrase
from minutes.wording import handed_on, joined_apart, headed_sentences, plain_form, plain_future, tidy_what, without_at_end, without_span

_PASSIVE_BY = re.compile(r"^(?P<object>[A-Z]?[\w'’ -]{2,80}?)\s+(?:to\s+|will\s+)?be\s+(?P<verb>[a-z]+ed|[a-z]+en)\s+by\s+"
                         r"(?:@[\w.-]+|[A-Z][A-Za-z]{1,3})\b")
_AGENT = re.compile(r"\bby\s+(@[\w.-]{2,39}|[A-Z][A-Za-z]{1,3})\b")


def _asked_in_prose(sentence: str, owners: Owners) -> Task | None:
    """What someone was asked to do, in running text; the whole membership urged or reminded to do
    something ("Governors were encouraged to promote the elections") is a call to all, not a task,
    unless an action marker says it is one."""
    task = asked_task(sentence, owners)
    if task is not None and task.who and _EXHORTED.search(sentence) and _MEMBERSHIP.match(
            re.sub(r"^the\s+", "", task.who, flags=re.IGNORECASE)):
        return None
    return task


# The whole membership urged or reminded to do something ("Members were reminded to declare interests").
# A clause in which someone takes on the work named before it by a pronoun alone: "Jo offered to do this",
# "Ruth Nakamura volunteered to draft it", "the Clerk agreed to take this forward".
_TAKES_IT_ON = re.compile(r"^\s*(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+(?:has\s+)?(?:offered|volunteered|agreed"
                          r"|undertook|promised)\s+to\s+(?:do|action|arrange|handle|draft|produce|write|prepare|deal\s+with"
                          r"|take)\s+(?:this|it|that|so)(?:\s+(?:on|forward))?\s*\.?\s*$")


_TAKING_WORD = re.compile(r"(?:offered|volunteered|agreed|undertook|promised)\s+to\s")


def _taking_apart(clause: str) -> list[str]:
    """A clause whose last part, after a semicolon, takes on the work before it (see `_TAKES_IT_ON`), cut there."""
    cut = clause.rfind("; ")
    if cut < 0 or _TAKES_IT_ON.match(clause[cut + 2:]) is None:
        return [clause]
    return [clause[:cut], clause[cut + 2:]]


def _taker(words: str, owners: Owners) -> str | None:
    """Whom the words naming who takes work on mean, when they name someone known or an office."""
    bare = re.sub(r"^the\s+", "", words, flags=re.IGNORECASE)
    if owners.is_person(words) or owners.is_owner(words, strict=True) or is_role(bare):
        return owners.resolve(words)
    return None


_EXHORTED = re.compile(r"\b(?:were|are|was|is)\s+(?:(?:all|again|also)\s+)?(?:encouraged|urged|reminded)\s+to\b")
_MEMBERSHIP = re.compile(r"^(?:all\s+)?(?:members|governors|councillors|trustees|directors|partners|attendees|everyone"
                         r"|colleagues)$", re.IGNORECASE)
_REPORTING = {"said", "asked", "noted", "reported", "presented", "was", "were", "is", "are", "has", "had", "gave",
              "explained", "confirmed", "updated", "outlined", "described", "welcomed", "thanked", "agreed"}
_TITLE_WORDS = 5
_STATUS_ALONE_WORDS = 3


def prose_tasks(text: str, owners: Owners) -> list[Task]:
    """Tasks set in unmarked running text, one per sentence that names its owner, and the
    clauses of an agreement or resolution that set work ("it was agreed ... and that a
    workshop be held", "the Commissioner provide a breakdown ...")."""
    found: list[Task] = []
    previous, speaker, person = "", None, None
    last_what, last_at = "", -2
    text = mended_posts(text)  # ("The Clertk will write ...": a slip in a post hides its owner, minutes/post_spelling.py)
    text = plain_future(text)  # ("Shirley will be meeting the builder": "will meet", minutes/wording.py)
    found_sentences = headed_sentences(without_heading_line(text), sentences) if "\n" in text else sentences(text)
    found_sentences = handed_on(found_sentences, lambda words: _taker(words, owners) is not None)
    # (An answer given for another body, "Reply: Repairs will be carried out by April", is its news, not work set here.)
    replying, in_reply = False, []
    for whole in found_sentences:
        if _QA_LABEL.match(whole) or ":" in whole and _REPLY_LABEL.search(whole):
            replying = True
        elif _QUESTION_LABEL.match(whole):
            replying = False
        in_reply.append(replying)
    found_sentences = [_QA_LABEL.sub("", whole, count=1) if ":" in whole[:12] else whole for whole in found_sentences]
    found_sentences, dues_after = _due_labels_apart(found_sentences)
    # "Priya: I'll draft the rota proposal.": what a speaker in dialogue notes undertakes (minutes/spoken_tasks.py).
    spoken: dict[int, list[Task]] = {}
    for at, task in spoken_tasks(found_sentences, owners) if any(": " in whole for whole in found_sentences) else ():
        spoken.setdefault(at, []).append(task)
    mark = 0
    for index, whole in enumerate(found_sentences):
        if index and dues_after[index - 1]:
            found[mark:] = _dated(found[mark:], dues_after[index - 1])
        mark = len(found)
        if index + 1 < len(found_sentences) and len(found_sentences[index + 1]) < 40 and " be " in whole and (
                _AGREED_ALONE.match(found_sentences[index + 1])):
            # "Cllr Hession asked that scrambler bikes be placed on the next agenda. This was agreed.":
            # a member's request the meeting then agreed sets the work it asked for.
            asked = _ASKED_PASSIVE_THAT.search(whole)
            task = clause_task(_requested(asked), owners) if asked else None
            if task is not None:
                found.append(task)
                previous = whole
                continue
        # "Cllr Okafor reported two potholes in Back Lane; he will log them ...", "District Cllr Hale
        # reported on the consultation. He agreed to find out ...": "he" or "she" is whoever opened
        # this sentence (after a semicolon) or the one before.
        current = whole  # (its opening words are a person's only when a pronoun points back at them)
        bare = _BARE_OWNER_VERB.match(whole) if previous and " be " in previous else None
        asked = _ASKED_PASSIVE_THAT.search(previous) if bare and (owners.is_owner(bare["owner"], strict=True) or is_role(
            re.sub(r"^the\s+", "", bare["owner"], flags=re.IGNORECASE))) else None
        request = clause_task(_requested(asked), owners) if asked else None
        if request is not None and (request.what.lower().startswith(bare["verb"]) or bare["accordingly"]):
            # ("The Clerk to update the plan accordingly": whatever verb, what was asked is the work.)
            # "Cllr Pellow asked that the drawings be circulated to members. Senior Engineer to circulate.":
            # an owner given the request's verb alone takes on what was asked.
            found.append(Task(request.what, owners.resolve(bare["owner"]), request.due_text))
            previous, person = whole, current
            continue
        elided = _elided_subject(whole, previous, owners) if ("o be " in whole or "o come back" in whole) else None
        if elided is not None:
            found.append(elided)
            previous, person = whole, current
            continue
        # "JB to write to residents; RS to update the website": two owners, two tasks.
        clauses = owned_clauses(whole)
        if "to" not in whole or _TAKING_WORD.search(whole) is None:
            taken_on = [None] * len(clauses)  # (cheaply: no one takes anything on here)
        else:
            clauses = [part for clause in clauses for part in _taking_apart(clause)]
            taken_on = [_TAKES_IT_ON.match(clause) for clause in clauses]
        passive_at = None  # where the ownerless work the clause before, in this sentence, set was put
        for sentence, taking in zip(clauses, taken_on):
            if taking is not None and passive_at is not None and (who := _taker(taking["who"], owners)):
                # "The broken bench should be reported to the housing association; Jo offered to do this":
                # who takes on the ownerless work the clause before set owns it.
                found[passive_at] = Task(found[passive_at].what, who, found[passive_at].due_text)
                passive_at = None
                continue
            tasks = _sentence_tasks(sentence, owners)
            if tasks and _done_after(found_sentences, index):
                continue  # ("@brinaldi — publish the survey results. **Done**": work reported done sets none.)
            if not tasks and _UNDERTAKING_WORD.search(sentence):
                tasks = [task for task in (*(said_would_task(part, owners) for part in sentence.split("; ")),
                                           _did_and_agreed(sentence, owners), _said_someone_would(sentence, owners),
                                           _and_person_would(sentence, owners), _speaker_would(sentence, speaker),
                                           _pronoun_task(sentence, person, current, owners),
                                           relative_task(sentence, owners))
                         if task is not None][:1]
            if not tasks and index in spoken and sentence is whole:
                tasks = spoken[index]
            if not tasks and sentence[:2] in ("It", "it") and not in_reply[index]:
                tasks = [task] if (task := _impersonal_plan(sentence, owners)) is not None else []
            if not tasks and "e" in sentence[:16] and not in_reply[index]:
                tasks = [task] if (task := our_plan(sentence)) is not None else []
            if not tasks and found and last_at == index - 1 and found[-1].who and (
                    task := _same_owner_again(sentence, found[-1].who)) is not None:
                tasks = [task]
            if not tasks and has_passive(sentence) and not in_reply[index]:
                # "The vacancies will be advertised.", "a crash barrier is to be installed at the ford":
                # work promised in the passive with any verb of doing (minutes/future_passives.py).
                tasks = future_passives(sentence, owners, alone=sum(taking is None for taking in taken_on) == 1)
            for task in tasks:
                task = named_object(task, previous)
                task = _what_was_added(task, previous)
                # "Cllrs A and B to attend the training. Clerk to book places.", "Litter pick to be
                # arranged; KB will contact the school.": a terse task is about what came just before it.
                # (Words before it in its own sentence come nearer than the task before.)
                before = whole[:whole.find(sentence)].strip(" ;,")
                if task.who and _THEIR_OWN.match(task.what) and _EVERYONE.match(task.who):
                    # ("All plot holders to check their taps are off": "their" is the owners' own, no earlier matter.)
                    found.append(task)
                    last_what, last_at = task.what, index
                    continue
                task = Task(about(task.what, [*found_sentences[max(0, index - 2):index], *([before] if before else [])],
                                  earlier_task=last_what if last_what and last_at >= index - 1 and not before else None),
                            task.who, task.due_text)
                found.append(task)
                last_what, last_at = task.what, index
            passive_at = len(found) - 1 if len(tasks) == 1 and found[-1].who is None else None
        previous, person = whole, current
        # "In reply, Chief Superintendent Keating said:" then "- She would provide the numbers ...".
        # (The list of their statements runs to the end of the paragraph.)
        introduced = _SPEAKER_INTRO.match(whole) if whole.endswith(":") else None
        if introduced and owners.is_person(introduced["owner"]):
            speaker = owners.resolve(introduced["owner"])
    if found_sentences and dues_after[-1]:
        found[mark:] = _dated(found[mark:], dues_after[-1])
    return joined_apart(found, WORK_VERBS)


# A task on the owners' own things ("check their taps"), and owners who are everyone of a kind ("All plot holders").
_THEIR_OWN = re.compile(r"^\w+\s+their\s", re.IGNORECASE)
_EVERYONE = re.compile(r"^(?:all|each|every)\s", re.IGNORECASE)


# A sentence that sets more work with no owner of its own, after one that set an owner's task: "JP to ring the
# school. Also to ring TS and KC about the drinks.", "... And to book the hall." (village hall and club notes).
_ALSO_TO = re.compile(r"^(?:also|and|and\s+also|further)\s*,?\s+(?:to|will)\s+(?P<verb>[a-z]{2,20})\b(?P<rest>[^.;!?]{0,300})",
                      re.IGNORECASE)


def _same_owner_again(sentence: str, who: str) -> Task | None:
    """The task an ownerless "Also to <verb> ..." sentence sets the owner of the task just before."""
    match = _ALSO_TO.match(sentence.strip())
    if match is None or match["verb"].lower() not in WORK_VERBS | _PLAN_VERBS:
        return None
    rest = match["rest"]
    due = find_due_phrase(rest, task=True)
    what = tidy_what(f"{match['verb']} {without_at_end(rest, due).strip()}")
    return Task(what, who, str(due.value) if due else None) if what else None


# What minutes record as put forward with no one named, before or without a vote: "It is proposed to
# write to the allotment holders about the water rates.", "It was suggested to compare electricity tariffs
# in the autumn.", "It was hoped to find a guest for the summer fete.", and the same with its clause set
# out: "It was suggested that the Clerk ring the bus operator ...", "It was proposed that the standing
# order be renewed ...". (A hope or proposal about how things are, "It was suggested that the rules were
# unclear", sets no work: the clause must name work, as a resolution's does.)
_IMPERSONAL_PLAN = re.compile(r"^it\s+(?:is|was|has\s+been)\s+(?:also\s+|further\s+)?(?P<how>proposed|suggested|hoped|planned"
                              r"|intended|recommended)\s+(?:(?P<to>to)\s+(?P<verb>[a-z]{2,})\b(?P<rest>.*)|that\s+(?P<clause>.+))$",
                              re.IGNORECASE)
_PLAN_VERBS = WORK_VERBS | {"get", "secure", "set", "invite", "write", "contact", "compare", "ring", "phone", "research"}


def _impersonal_plan(sentence: str, owners: Owners) -> Task | None:
    match = _IMPERSONAL_PLAN.match(" ".join(sentence.split()).rstrip(" ."))
    if match is None:
        return None
    if match["clause"] is not None:
        if match["how"].lower() == "hoped":
            return None  # ("It is hoped that the fence will be mended": a wish)
        task = clause_task(match["clause"], owners)
        return task if task is not None and task.what.split()[0].lower() in _PLAN_VERBS else None
    verb = match["verb"].lower()
    if verb not in _PLAN_VERBS or _NOT_YET.search(match["rest"]) and not re.search(r"\bif\s+(?:they|he|she|it)\s+(?:would|could)\b",
                                                                               match["rest"]):
        return None
    rest = match["rest"]
    due = find_due_phrase(rest, task=True)
    what = tidy_what(f"{verb}{without_at_end(rest, due)}")
    return Task(what, None, str(due.value) if due else None) if len(what.split()) >= 2 else None


# "We'll request 2 slots.", "Resolution: We will open a new issue to track ...": the body's own plan in the
# first person plural, as open-source working groups and hackerspaces write it, with no one named to do
# it. Only a verb of work follows ("We will skip decisions from Meeting 58", "we will continue to watch"
# are procedure and intent, not work), and only at the sentence's head, or after an outcome's label.
_OUR_PLAN = re.compile(r"^(?:(?:resolution|resolved|decision|outcome|agreed|conclusion)\s*:\s*)?"
                       r"we(?:['’]ll|\s+will|\s+shall|\s+are\s+going\s+to)\s+(?P<verb>[a-z]+)\b(?P<rest>[^:]*)$",
                       re.IGNORECASE)
_OUR_PLAN_VERBS = _PLAN_VERBS | {"open", "file", "create", "draft", "book"}


def our_plan(sentence: str) -> Task | None:
    """The task a first-person plural plan sets (see `_OUR_PLAN`), with no owner."""
    if "we" not in sentence.lower():
        return None  # (cheaply: no "we", no plan of ours)
    match = _OUR_PLAN.match(" ".join(sentence.split()).rstrip(" .!"))
    if match is None or match["verb"].lower() not in _OUR_PLAN_VERBS:
        return None
    rest = match["rest"]
    due = find_due_phrase(rest, task=True)
    what = tidy_what(f"{match['verb'].lower()}{without_at_end(rest, due)}")
    return Task(what, None, str(due.value) if due else None) if len(what.split()) >= 2 else None


# "KH to produce the plan. Due: 30/04/26": a labelled date standing as a sentence of its own after a
# task is that task's date, as notes taken at speed write it ("Deadline: end of March", "Target date: Q1").
_DUE_LABEL = re.compile(r"^(?:due(?:\s+date)?|deadline|target(?:\s+date)?|timescale|by\s+when|by|when)\s*:\s*(?P<rest>\S.*)$",
                        re.IGNORECASE)
_DUE_LABEL_WORDS = 6


def _due_labels_apart(found: list[str]) -> tuple[list[str], list[str | None]]:
    """The sentences without those that only give a date, and the date each sentence is followed by.
    A date label run into the next task ("Due: 30/04/26 RA to hold ...", where a line break was the only
    stop) gives its date to the task before it and leaves the next task its own sentence."""
    kept: list[str] = []
    dues: list[str | None] = []
    for sentence in found:
        label = _DUE_LABEL.match(sentence) if kept and ":" in sentence[:12] else None
        if label is None:
            kept.append(sentence)
            dues.append(None)
            continue
        rest = label["rest"].strip()
        if len(rest.split()) <= _DUE_LABEL_WORDS and not LINK_WORD.search(f" {rest} "):
            dues[-1], rest = rest.rstrip(" ."), ""
        else:
            phrase = find_due_phrase(f"by {rest}")
            if phrase is None or phrase.start != 0:
                kept.append(sentence)
                dues.append(None)
                continue
            dues[-1], rest = str(phrase.value), rest[phrase.end - 3:].strip()
        if rest:
            kept.append(rest)
            dues.append(None)
    return kept, dues


def _dated(tasks: list[Task], due: str) -> list[Task]:
    return [task if task.due_text else Task(task.what, task.who, due) for task in tasks]


# "Response: Inspector Scales said ...": the label of a question-and-answer record is no part of the answer.
_QA_LABEL = re.compile(r"^(?:response|reply|answer|in\s+reply|a)\s*[:.]\s+(?=[A-Z])", re.IGNORECASE)
_REPLY_LABEL = re.compile(r"(?:^|[\s;.])(?:reply|response|answer)(?:\s+\([^()]{2,40}\))?\s*:\s", re.IGNORECASE)
# What opens a question after an answer in a record of questions and replies ("Q.2 Councillor Pellow: ...").
_QUESTION_LABEL = re.compile(r"^(?:q\.?\s?\d{1,2}|question|query|notice\s+of\s+motion|motion)\b", re.IGNORECASE)
# Words that carry someone's undertaking in a speaker's report ("... and he would revert", "undertook to").
_UNDERTAKING_WORD = re.compile(r"\s(?:would|will|(?:agreed|undertook|offered|promised)\s+to)\s")
_BARE_OWNER_VERB = re.compile(r"^(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:to|will)\s+"
                              r"(?P<verb>[a-z]+)(?P<accordingly>\s+[^.;]{0,60}?\s+accordingly)?\s*\.?$")
# Notes leave out what is to be done when it is what was just raised: "Rafiq raised bonfire data - to be
# brought to the April meeting (RB).", "IF raised out-of-hours medicals. To be added to the risk register
# (LH).", "HR raised pressure on phlebotomy. To come back to April board."
_ELIDED = re.compile(r"^(?:(?P<lead>[^.;]{3,200}?)\s+[-–—]\s+)?to\s+(?:be\s+(?P<verb>[a-z]{3,})|(?P<back>come\s+back|return))"
                     r"\b(?P<rest>[^;]*)$", re.IGNORECASE)
_ELIDED_REST_WORDS = 12
_SHOUTED = re.compile(r"\b[A-Z]{4,}(?:-[A-Z]+)?\b|[\"“”]")
_RAISED_THING = re.compile(r"\b(?:raised|asked\s+about|reported\s+on|mentioned)\s+(?P<thing>[^.;:!?()]{3,100})$")
_OWNER_BRACKET = re.compile(r"\s*\((?P<who>[^()]{2,40})\)\s*$")


def _elided_subject(sentence: str, previous: str, owners: Owners) -> Task | None:
    text = " ".join(sentence.split()).rstrip(" .")
    match = _ELIDED.match(text)
    if match is None or match["lead"] is None and not text[:2] == "To":
        return None
    verb = "bring" if match["back"] else plain_form(match["verb"])
    if verb not in AGREED_TASK_VERBS | {"add", "include"} or len(match["rest"].split()) > _ELIDED_REST_WORDS or (
            _SHOUTED.search(match["rest"])):
        return None  # (a long or shouted tail is a quotation or a page's running header run in)
    if match["lead"]:
        raised = _RAISED_THING.search(match["lead"])
        thing = raised["thing"].strip(" ,") if raised else None
    else:
        thing = topic_before([previous])
    if not thing:
        return None
    rest, who = match["rest"], None
    bracket = _OWNER_BRACKET.search(rest)
    if bracket and owners.is_owner(bracket["who"], strict=False):
        rest, who = rest[: bracket.start()], owners.resolve(bracket["who"])
    due = find_due_phrase(rest)
    thing = thing[:1].lower() + thing[1:] if thing.split()[0] in {"The", "A", "An"} else thing
    what = tidy_what(f"{verb} {thing}{' back' if match['back'] else ''} {without_at_end(rest, due).strip()}")
    return Task(what, who, str(due.value) if due else None) if what else None


# "The Panel agreed to add a session on knife crime to the work programme. Gemma to update the work
# programme.": updating a list just added to is adding what was agreed.
_ADDED_TO = re.compile(r"\b(?:add|added|include|included|put|placed?)\s+(?P<thing>(?:a|an|the)\s[^.;]{3,120}?)\s+(?:to|in|on)\s+"
                       r"(?P<list>the\s+[\w'’ -]{3,40}?)(?=\s+for\b|\s*[.;,]|$)")
_UPDATE_LIST = re.compile(r"^update\s+(?P<list>the\s+[\w'’ -]{3,40}?)(?:\s+accordingly)?$", re.IGNORECASE)


def _what_was_added(task: Task, previous: str) -> Task:
    update = _UPDATE_LIST.match(task.what) if previous and task.what[:7].lower() == "update " else None
    added = _ADDED_TO.search(previous) if update else None
    if added is None or added["list"].lower() != update["list"].lower():
        return task
    return Task(f"Update {update['list']} with {added['thing']}", task.who, task.due_text)


def _requested(asked: re.Match) -> str:
    """The clause a request asks for, in the passive ("the committee be thanked")."""
    return asked["clause"] or f"{asked['object']} be {asked['done']}"


_AGREED_ALONE = re.compile(r"^(?:this\s+was\s+|which\s+was\s+|members\s+|the\s+\w+\s+)?(?:agreed|supported|approved)"
                           r"(?:\s+by\s+(?:all\s+)?members|\s+unanimously)?\s*\.?$", re.IGNORECASE)
_ASKED_PASSIVE_THAT = re.compile(r"\b(?:asked|requested|proposed|suggested)\s+that\s+(?P<clause>(?:the|a|an)\s.+\sbe\s+\w+.*)$"
                                 # "asked for the lights committee to be thanked": the same request.
                                 r"|\basked\s+for\s+(?P<object>(?:the|a|an)\s[^.;]+?)\s+to\s+be\s+(?P<done>[a-z]+\b.*)$")


# A speaker's report ("Superintendent Tuohy said a van had been requested and he would revert to Cllr
# Costigan directly"): what they said they would do is theirs; and a list of their statements after
# "<name> said:" gives theirs in each "she would ..." ("- She would provide the numbers in writing").
_SAYS = r"(?:said|confirmed|advised|explained|stated|indicated|reported|noted|replied|responded|added|outlined)"
_SAID_AND_WOULD = re.compile(
    rf"^(?:in\s+(?:reply|response),?\s+)?(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+{_SAYS}\b"
    r".*?\b(?:and|but|so)\s+(?:(?:(?:said|added|confirmed)\s+)?(?:that\s+)?(?:she|he|they)\s+(?:would|will)"
    r"|(?:undertook|agreed|offered|promised)\s+to)"
    r"\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$")
_LEADING_PERSON = re.compile(r"^(?:(?:District|County|Borough|Parish|Town)\s+)?(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*){0,3})\s+[a-z]")
# ("It was agreed that he will draft a summary": an agreement whose doer is the person the sentence before opened with.)
_PRONOUN_TASK = re.compile(r"(?:^|;\s+|^(?:[Ii]t\s+was\s+)?(?:also\s+)?(?:agreed|resolved|decided)\s+that\s+)(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:would|will|(?:also\s+)?(?:agreed|undertook|offered|promised)\s+to)"
                           r"\s+(?P<verb>[a-z]+)\b(?P<rest>[^;]*)$")
_SPEAKER_INTRO = re.compile(
    rf"^(?:in\s+(?:reply|response),?\s+)?(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+{_SAYS}"
    r"(?:\s+that)?\s*:$", re.IGNORECASE)
_PRONOUN_WOULD = re.compile(r"^(?:.*?\b(?:but|and|so)\s+)?(?:she|he|they)\s+(?:would|will)\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$",
                            re.IGNORECASE)
# "High visibility patrols would be directed there and Inspector Walsh would meet residents": a named
# person who would do something, after "and", has it to do.
_AND_PERSON_WOULD = re.compile(r"\band\s+(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:would|will)\s+"
                               r"(?P<verb>[a-z]+)\b(?P<rest>.*)$")


def _would_task(owner: str, verb: str, rest: str) -> Task | None:
    if verb in NOT_VERBS or verb.endswith("ed") or not rest.strip(" .;,") or ABSTAINS.match(f"{verb}{rest}"):
        return None
    due = find_due_phrase(rest)
    what = tidy_what(f"{verb} {without_at_end(rest, due)}")
    return Task(what, owner, str(due.value) if due else None) if what else None


def said_would_task(sentence: str, owners: Owners) -> Task | None:
    """ "Supt Tuohy said a van had been requested and he would revert to Cllr Costigan": the speaker's
    own undertaking, whatever else the sentence reports."""
    match = _SAID_AND_WOULD.match(sentence.rstrip(" ."))
    if match is None or not owners.is_person(match["owner"]):
        return None
    return _would_task(owners.resolve(match["owner"]), match["verb"], match["rest"])


# "The PCC gave a verbal reply and agreed to send a written response": whoever did one thing and
# agreed to do another has that other to do.
_DID_AND_AGREED = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:also\s+)?(?P<first>[a-z]{3,})\b[^.;]{0,160}?"
    r"\band\s+(?:also\s+)?(?:(?:agreed|undertook|offered|promised)\s+to|(?P<modal>would|will))\s+(?P<verb>[a-z]+)\b"
    r"(?P<rest>[^;]*)$")
# "Supt. Behan said the Crime Prevention Officer would attend the plenary": what a speaker says another
# named person or office will do is theirs; "Ms Roughan agreed the Council would examine access": what
# the speaker's own body will do is the speaker's to see done.
_SAID_SOMEONE_WOULD = re.compile(
    r"^(?P<speaker>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|confirmed|advised|indicated|stated|agreed"
    r"|undertook)\s+(?:that\s+)?(?P<doer>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:would|will)\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^;]*)$")


def _did_and_agreed(sentence: str, owners: Owners) -> Task | None:
    match = _DID_AND_AGREED.match(sentence.rstrip(" ."))
    if match is None or not owners.is_person(match["owner"]):
        return None
    if match["modal"] and re.fullmatch(_SAYS + r"|asked|raised|reported|thanked|welcomed", match["first"]):
        return None  # "PCSO Lee said the team was aware and would continue ...": whose "would" is unclear
    return _would_task(owners.resolve(match["owner"]), match["verb"], match["rest"])


def _said_someone_would(sentence: str, owners: Owners) -> Task | None:
    match = _SAID_SOMEONE_WOULD.match(sentence.rstrip(" ."))
    if match is None or not owners.is_person(match["speaker"]):
        return None
    doer = re.sub(r"^the\s+", "", match["doer"], flags=re.IGNORECASE)
    if THE_BODY.match(doer):
        owner = match["speaker"]
    elif owners.is_person(doer) or is_role(doer):
        owner = match["doer"]
    else:
        return None
    return _would_task(owners.resolve(owner), match["verb"], match["rest"])


def _and_person_would(sentence: str, owners: Owners) -> Task | None:
    match = _AND_PERSON_WOULD.search(sentence.rstrip(" ."))
    if match is None or not owners.known_person(re.sub(r"^the\s+", "", match["owner"])) and not (
            owners.is_person(match["owner"]) and " " in match["owner"].strip()):
        return None
    return _would_task(owners.resolve(match["owner"]), match["verb"], match["rest"])


# "In response to questions on the rural team, he undertook to ...": how the answer came about goes first.
_ASIDE_LEAD = re.compile(r"^(?:in\s+(?:response|reply|answer)(?:\s+to\s+[^,]{2,80})?|following\s+[^,]{2,80}"
                         r"|when\s+asked\s+[^,]{2,80}),\s+(?=(?:she|he|they)\s)", re.IGNORECASE)


def _pronoun_task(sentence: str, before: str | None, current: str | None, owners: Owners) -> Task | None:
    sentence = _ASIDE_LEAD.sub("", sentence, count=1) if "," in sentence[:90] else sentence
    match = _PRONOUN_TASK.search(sentence.rstrip(" .")) if before or current else None
    opened = (current if match.start() else before) if match else None
    opening = _LEADING_PERSON.match(opened) if opened else None
    owner = opening["owner"] if opening else None
    if not owner or not owners.is_person(owner):
        return None
    return _would_task(owners.resolve(owner), match["verb"], match["rest"])


def _speaker_would(sentence: str, speaker: str | None) -> Task | None:
    match = _PRONOUN_WOULD.match(sentence.rstrip(" .")) if speaker else None
    return _would_task(speaker, match["verb"], match["rest"]) if match else None


# "The street light outside Bryn Teg is flickering again. Clerk to report it to the county council."
# "JO asked about the broken bench by the play area. GS to remove it this week.": a task done to
# "it" is done to what the sentence before was about.
_IT_TASK = re.compile(r"^(?P<verb>[A-Z][a-z]+)\s+(?:it|this)\b(?P<rest>.*)$")
# ("Members noted the pothole outside the church has reappeared. The Clerk is to report it ...": the
# thing may be what someone noted or reported.)
_SUBJECT_BEFORE = re.compile(r"^(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,2}\s+(?:noted|reported|said|advised|explained|mentioned)"
                             r"\s+(?:that\s+)?)?"
                             r"(?P<thing>(?:the|a|an)\s+[^,;:()]{3,60}?)\s+(?:is|are|was|were|has|have|had|remains?"
                             r"|needs?|continues?)\b", re.IGNORECASE)
_ABOUT_BEFORE = re.compile(r"\b(?:about|regarding|raised)\s+(?P<thing>the\s+[^,;:.()]{3,60}?)(?:\s+again)?\s*[.?!]?$"
                           r"|\basked\s+for\s+(?P<asked>(?:a|an|the)\s+[^,;:.()]{3,60}?)\s*(?:[,.?!]|$)")


def named_object(task: Task, previous: str) -> Task:
    it = _IT_TASK.match(task.what) if " it" in task.what or " this" in task.what else None
    if it is None or not previous:
        return task
    named = _SUBJECT_BEFORE.match(previous) or _ABOUT_BEFORE.search(previous)
    if named is None:
        return task
    thing = named["thing"] or named.groupdict().get("asked")
    if not thing:
        return task
    return Task(f"{it['verb']} {thing[:1].lower()}{thing[1:]}{it['rest']}", task.who, task.due_text)


def _done_after(found_sentences: list[str], index: int) -> bool:
    """Whether the sentence after `found_sentences[index]` is no more than a word that its work is done
    ("**Done** (#1432).", "Completed.")."""
    after = found_sentences[index + 1] if index + 1 < len(found_sentences) else ""
    return bool(after) and len(after.split()) <= _STATUS_ALONE_WORDS and status_of(after) == "closed"


def _sentence_tasks(sentence: str, owners: Owners) -> list[Task]:
    """The tasks one sentence of running text sets."""
    if ": " in sentence[:40] and _speakers_remark(sentence, owners):
        return []
    colon = _known_owner_colon(sentence, owners)
    if colon is not None:
        return [colon]
    resolving = sentence[:1].islower() or ("that" in sentence or "THAT" in sentence or "That" in sentence) and bool(
        _AGREED_THAT.search(sentence))
    clauses = split_clauses(sentence) if resolving else [sentence]
    first = clauses[0]
    # "the Director circulate the plan by 31 January": a resolution's clause on its own line.
    task = (clause_task(first, owners) if resolving else None) or _closed_by_known_owner(first, owners) or read_task(
        first, owners, strict=True) or _asked_in_prose(first, owners) or _agreed_to(first) or _said_would_be(first, owners) or (
        _work_to_be_done(first, owners) if " be " in first else None) or (
        delegated_task(first, owners) if "authority" in first else None)
    found = [task] if task is not None else []
    found.extend(task for clause in clauses[1:] if (task := clause_task(clause, owners)) is not None)
    if not found and (" was " in sentence or " were " in sentence) and (later := _LATER_ASKED.search(sentence)):
        # "The seats should be repaired and the clerk was instructed to put the work in hand": a later
        # clause in which someone was asked sets that work, whatever the clause before it said.
        found = [task] if (task := _asked_in_prose(sentence[later.end():], owners)) is not None else []
    return found


# Where a clause joined on by "and", a semicolon or a spaced dash tells who was asked to do something.
# (The space before the joining word is taken whole from where its run starts, so a long run is tried once.)
_LATER_ASKED = re.compile(r"(?:(?<![\s,]),?\s++and|;|(?<!\s)\s++[-–—])\s++(?=(?:the\s+)?[\w'’.-]++(?:\s+[\w'’.-]++){0,3}?\s+"
                          r"(?:was|were)\s+(?:asked|instructed|requested|tasked|directed)\s+to\s)", re.IGNORECASE)


# "It was agreed to circulate the survey with the April agenda", "... and it was AGREED to write to
# absent members": an impersonal agreement to do a piece of work sets it, with no owner named
# ("The Board agreed to publish ..." records the body's own decision and is left to the decisions).
# Terse minutes leave out "it was" ("Agreed to circulate the draft to members.", "RESOLVED to write to
# the county council"): an agreement that opens the sentence is the same impersonal agreement.
_AGREED_TO = re.compile(r"(?:^|\band\s+|;\s+)(?:it\s+was\s+|members\s+(?=agreed\s+to\s)|(?=(?:agreed|resolved|decided)\s+to\s)(?<!\band\s))"
                        r"(?:also\s+|further\s+|unanimously\s+)?(?:agreed|resolved|decided)"
                        r"\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)


def _agreed_to(sentence: str) -> Task | None:
    if "to" not in sentence:
        return None
    match = _AGREED_TO.search(sentence)
    if match is None or match["verb"].lower() not in AGREED_TASK_VERBS:
        return None
    rest = match["verb"].lower() + match["rest"]
    due = find_due_phrase(rest)
    what = tidy_what(without_at_end(rest, due))
    return Task(what, None, str(due.value) if due else None) if what else None


# "Mr Daly said the survey had been carried out and the results would be circulated": someone who
# says a thing will be done, in the passive, is the one to do it.
_SAID_WOULD_BE = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|confirmed|advised|explained|stated)"
    r"\s+(?:that\s+)?(?:.*?\band\s+)?(?P<object>(?:the|a|an)\s+[^,;]{2,80}?)\s+(?:would|will)\s+be\s+"
    r"(?P<verb>[a-z]+ed|sent|brought|given|written|sought|drawn|done)\b(?P<rest>[^,;]*)$")


def _said_would_be(sentence: str, owners: Owners) -> Task | None:
    if " be " not in sentence:
        return None
    match = _SAID_WOULD_BE.match(sentence.rstrip(" ."))
    if match is None or match["verb"] in DECIDED or not owners.is_person(match["owner"]):
        return None
    if re.search(r"\bby\s+(?!the\s+end\b|\d)", match["rest"]):
        return None  # "... would be staffed by existing teams": the words name who will do it
    if re.search(r"\s(?:is|are|was|were|has|have|had)\s", f" {match['object']} "):
        return None  # "the county council is responsible and will be contacted": no thing, a clause
    rest = match["rest"]
    due = find_due_phrase(rest)
    what = tidy_what(f"{plain_form(match['verb'])} {match['object']} {without_at_end(rest, due)}")
    return Task(what, owners.resolve(match["owner"]), str(due.value) if due else None)


# Work promised in the passive, with no one named to do it ("The list will be circulated to members.",
# "Mr Kiely would be invited.", "The Chair agreed a written response would be provided."), or asked of
# no one by the meeting itself ("Board asked that a map of food banks be circulated to members."): the
# record sets the work all the same, owned by whoever agreed to it, if anyone. Only verbs of doing
# count: "The road will be closed in May" or "The report would be considered in June" is news or the
# body's own business, and "... if funding is found" is no promise yet.
_TO_BE_DONE = re.compile(
    r"^(?:(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:also\s+)?(?:agreed|undertook|confirmed"
    r"|promised|indicated)\s+(?:that\s+)?)?(?P<object>(?:the|a|an|this|these|[A-Z])[^,;:]{1,100}?)\s+"
    # (Notes leave out the verb: "Revised tenancy agreements to be circulated to plot holders.")
    r"(?P<link>will|would|(?:is|are)\s+to|to)\s+be\s+(?P<verb>[a-z]{3,})\b(?P<rest>[^;]*)$")
# (A need stated is no task set: "The accounts need to be examined before the AGM; EP to ask ...".)
_REPORTED_IN_SUBJECT = re.compile(r"\b(?:[a-z]{3,}ed|asked|said|raised|whether|when|if|about|for|that|is|are|was|were|needs?)\b")
_SAID_THAT = re.compile(r"\b(?:stated|noted|advised|explained|indicated|reported|confirmed)\s+that\s")
_ASKED_IN_SUBJECT = re.compile(r"\b(?:asked|said|raised|reported|whether|when)\b")
_AND_PARTICIPLE = re.compile(r"\s+and\s+([a-z]{3,}ed)\b")
# (A paragraph's own number opens it too: "49.3  The Panel asked that ...".)
_ENUMERATOR = re.compile(r"^(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)|(?:[a-h]|\d{1,2})[.)]|\d{1,3}(?:\.\d{1,3}){1,2}|[-*•])\s+")
_BODY_ASKED_THAT = re.compile(
    # (Whoever presides asks for the meeting: "The Deputy Chairman requested that the terms be circulated".)
    r"^(?:the\s+)?(?:board|committee|sub-?committee|panel|group|partnership|council|forum|members|meeting"
    r"|(?:deputy\s+|vice[- ]?)?(?:chair|chairman|chairperson|chairwoman|mayor|cathaoirleach|convener|convenor))\s+"
    r"(?:also\s+|further\s+)?(?:asked|requested|agreed)\s+that\s+(?P<clause>(?:the|a|an|this|these)\s.+\sbe\s+[a-z]+.*)$",
    re.IGNORECASE)
_CLAUSE_IN_SUBJECT = re.compile(r"\s(?:is|are|was|were|has|have|had|said|reported|will|would|shall|could|can)\s")
_TOPIC_SUBJECT_WORDS = 6
_NOT_YET = re.compile(r"\b(?:if|unless|subject\s+to|should\s+(?:it|they|there))\b", re.IGNORECASE)


# A thing that "is to be" or "will be" published, updated or removed by a date is work set for then, not
# a decision recorded ("The transparency report is to be published before the summit").
_DATED_WORK = re.compile(r"\s+(?:on|before|by|in)\s+(?:the\s+)?(?:\d|[A-Z]\w+\b(?!['’]s))")
_FUTURE_LINKS = {"is to", "are to", "will"}


def _work_to_be_done(sentence: str, owners: Owners) -> Task | None:
    text = _ENUMERATOR.sub("", " ".join(sentence.split()).rstrip(" ."), count=1)
    asked = _BODY_ASKED_THAT.match(text)
    if asked:
        task = clause_task(asked["clause"], owners)
        return task if task is not None and plain_form(task.what.split()[0]) in AGREED_TASK_VERBS else None
    match = _TO_BE_DONE.match(text)
    if match is None or match["verb"] in DECIDED and not (
            " ".join(match["link"].split()) in _FUTURE_LINKS and _DATED_WORK.match(match["rest"])
            and not _REPORTED_IN_SUBJECT.search(match["object"])) or plain_form(
            match["verb"]) not in AGREED_TASK_VERBS or _NOT_YET.search(match["rest"]):
        return None
    if _ASKED_IN_SUBJECT.search(match["object"]) or match["link"] == "to" and _REPORTED_IN_SUBJECT.search(
            match["object"]):
        return None  # "AC asked for a summary to be brought back": a request, read where requests are
    if _SAID_THAT.search(match["object"]):
        # "The warden stated that a grit bin is to be placed by the hall": what was said is the thing's clause,
        # read by minutes/future_passives.py ("Place a grit bin ..."), not the speaker's words as the thing.
        return None
    agent = None
    if re.search(r"\bby\s+(?!the\s+end\b|\d|next\b)(?:the\s+)?[a-zA-Z]", match["rest"]):
        # "Samir to be notified by the secretary": the agent named, if a person or office, owns it;
        # "... would be provided by the ICB" names another body's work.
        doer = passive_doer(match["rest"], owners, first=True)
        name = re.sub(r"^the\s+", "", doer[0], flags=re.IGNORECASE) if doer else ""
        if not name or not (owners.known_person(name) or is_role(name) or OWNER_ROLES.match(name)):
            return None
        agent = doer[0]
        match_rest = match["rest"][: doer[1]] + match["rest"][doer[2]:]
    else:
        match_rest = match["rest"]
    subject, topic = match["object"], None
    if _CLAUSE_IN_SUBJECT.search(f" {subject} "):
        # "The forum would meet in April and Mr Kiely would be invited": the thing follows the last "and".
        parts = re.split(r"\s+and\s+", subject)
        subject = parts[-1]
        if len(parts) == 1 or _CLAUSE_IN_SUBJECT.search(f" {subject} "):
            return None  # "the survey showed that the results would be shared": a clause, not a thing
        # (What the clause before is about is what the work is for: "Invite Mr Kiely: the forum".)
        before = _CLAUSE_IN_SUBJECT.split(f" {' and '.join(parts[:-1])} ", maxsplit=1)[0].strip()
        topic = before if 0 < len(before.split()) <= _TOPIC_SUBJECT_WORDS else None
    owner = match["owner"] or agent
    if owner and not (owners.is_person(owner) or is_role(re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE))
                      or OWNER_ROLES.match(owner)):
        return None
    rest = match_rest
    due = find_due_phrase(rest)
    # ("Revised tenancy agreements", "The list" open a sentence; "Mr Kiely", "Samir Haddou" are names.)
    words = subject.split()
    thing = subject[:1].lower() + subject[1:] if words[0] in {"The", "A", "An", "This", "These"} or (
        len(words) > 1 and words[1][:1].islower()) or len(words) == 1 and words[0].lower() in GENERIC_NOUNS else subject
    # "... to be notified and added to the list": the second participle is the second task.
    rest = _AND_PARTICIPLE.sub(lambda found: f" and {plain_form(found[1])}", without_at_end(rest, due))
    verb = plain_form(match["verb"])
    particle = re.match(r"\s*(out|up)\b", rest)
    if particle:
        verb, rest = f"{verb} {particle[1]}", rest[particle.end():]  # "be carried out": "carry out"
    verb, rest = stranded(verb, rest)
    what = tidy_what(f"{verb} {thing} {rest}")
    if what and topic:
        what = with_topic(what, topic[:1].lower() + topic[1:] if topic.split()[0] in {"The", "A", "An"} else topic)
    return Task(what, owners.resolve(owner) if owner else None, str(due.value) if due else None) if what else None


def owned_clauses(text: str) -> list[str]:
    """ "JB to write to residents; RS to update the website" as its two tasks, and "the Chief
    Superintendent undertook to increase patrols, and Superintendent Lee agreed to provide ...", "Jean to
    order bunting, Tom to book the band and the Clerk to write to the police" as three."""
    if ";" not in text and ", " not in text and " and " not in text or not _CLAUSE_LINK.search(text):
        return [text]  # (cheaply: no break between clauses, or no "to", "will" or "would" for a clause's owner)
    parts, start = [], 0
    clause_seen, scanned = False, 0  # (what is searched once, not again as the piece grows: linear)
    for found in _OWNED_CLAUSE.finditer(text):
        if not clause_seen:
            clause_seen = _HAS_CLAUSE.search(text, max(start, scanned - _CLAUSE_WORD), found.start()) is not None
            scanned = found.start()
        if found.group().startswith(",") and not clause_seen:
            continue  # "Ann Cole, Bob Ray, and Cy Dee agreed to ...": a list of owners, not two clauses
        if (found["bare"] or found["plain"]) and not _OWNER_TO.match(text, start, found.start()):
            # ("Jean to order bunting, Tom to book the band", "Vic to check the figures and Joy to submit the
            # form": a bare comma or "and" parts two owners' tasks only after an owner's "to" or "will" of its own.)
            continue
        if found["plain"] and (_CAUSATIVE.search(text, max(start, found.start() - _CAUSATIVE_REACH), found.start())
                               or _NAMES_ALONE.search(text, max(start, found.start() - _CAUSATIVE_REACH), found.start())
                               or _NAMES_AFTER_WITH.search(text, max(start, found.start() - _CAUSATIVE_REACH),
                                                           found.start())):
            # "Clerk to invite Cllr Dean and PCSO Hale to attend": both are whom the Clerk invites; "... this year –
            # MO and JH to meet the contractor": the names before "and" open the clause, two owners of one task.
            continue
        parts.append(text[start:found.start()])
        start, clause_seen, scanned = found.end(), False, found.end()
    return [*parts, text[start:]]


_OWNED_CLAUSE = re.compile(r"(?:(?:;|,\s+and)\s+|(?:(?P<bare>,)|(?P<plain>\s+and))\s+(?:the\s+(?=[A-Z]))?)(?=[@A-Z][\w.@'’-]*(?:\s+[A-Z][\w.@'’-]*){0,2}(?:\s+(?:and|&)\s+[@A-Z][\w.@'’-]*"
                           r"(?:\s+[A-Z][\w.@'’-]*){0,2})?\s+(?:to|will|would|agreed\s+to|undertook\s+to|offered\s+to)\s+"
                           # ("proposals for Carrigbawn and Kealkil to the April meeting": no verb, no clause.)
                           r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|each|every|all)\s)[a-z])")
# Verbs whose object is asked to do something ("invite X to attend", "ask X and Y to report"): an "and" after
# them joins those asked, not a second owner's task.
_CAUSATIVE = re.compile(r"\b(?:invite|ask|request|encourage|remind|allow|enable|help|urge|persuade|get|tell|instruct"
                        r"|advise|arrange\s+for|want|expect|require|authorise|authorize|permit|nominate|appoint)s?\s")
_NAMES_ALONE = re.compile(r"(?:^|[.;:!?]\s|\s[-–—]\s)\s*(?:[@A-Z][\w.@'’-]*\s*){1,3}$")
# "Jean-Luc will check with Glen Hale and Yves Roy to see if they are free", "Mark to email Carl and Dee to
# arrange the posting": names after "with", "from", "of", "to" or a verb of getting in touch are those the owner
# deals with, and the "and" joins them, not a second owner's task.
_NAMES_AFTER_WITH = re.compile(r"\s(?i:with|from|of|to|e-?mail|contact|phone|ring|call|message|text|write\s+to|brief|chase"
                               r"|approach|lobby)\s+(?:[@A-Z][\w.@'’-]*\s*){1,3}$")
_CAUSATIVE_REACH = 160  # (characters before the "and" in which the asking verb stands)
_CLAUSE_WORD = 12  # (the longest word _HAS_CLAUSE looks for, with its spaces: found across two scans)
# Every owned clause's link has these words, spaced (see `_OWNED_CLAUSE`).
_CLAUSE_LINK = re.compile(r"\s(?:to|will|would)\s")
_OWNER_TO = re.compile(r"\s*(?:the\s+)?[@A-Z][\w.@'’-]*(?:\s+[A-Z][\w.@'’-]*){0,2}\s+(?:to|will)\s+[a-z]")
# (Words of a clause of its own before ", and": a verb's lower-case word after the opening names.)
_HAS_CLAUSE = re.compile(r"\s(?:to|will|would|agreed|undertook|offered|said|reported|asked|was|were|is|are|has|had)\s")
_AGREED_THAT = re.compile(r"\b(?:resolved|agreed|decided|asks?|agrees?|requested|instructed|recommended|seconded)\b[^.]*?\bthat\b",
                          re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"(?:[;,]\s*|\s+)and\s+that\s+"
                           # "That Ms Ray be appointed ..., and the Democratic Services Officer notify her": a
                           # second clause that names an office and what it is to do, "that" left out.
                           r"|(?:,\s+|\s+)and\s+(?=the\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,4}(?!(?:would|will|should|shall|could|must"
                           r"|might)\b)[a-z]{3,}(?<!ed)(?<!s))\s)|;\s+(?:and\s+)?(?=(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+)?"
                           r"(?:that\s+)?(?:the|a|an|[A-Z])\s*)", re.IGNORECASE)


# Notes that give each speaker's words after their name ("Lena: if the vendors agree, we can ...",
# "Omar: thinks the date works") open what was said with a word no task opens with: a
# conjunction, pronoun, article, adverb, modal, or a verb in its "-s" or "-ing" form.
_SAID_AFTER_COLON = re.compile(
    r"^(?:if|we|i|it|its|the|a|an|this|that|these|those|there|they|he|she|you|yes|no|not|so|but|and|or|also|as|in"
    r"|on|for|at|maybe|perhaps|probably|just|very|too|what|how|why|when|where|who|would|could|should|can|will|may"
    r"|might|must|is|are|was|were|has|have|had|our|my|their|his|her|some|any|all|one|both|most|many|still|already"
    r"|good|great|agree|happy|thanks|thank|sounds|looks|seems|(?!(?:br|s|r|str|spr|wr)ing$)[a-z]+ing|[a-z]*[^s\W]s)$")


# What a speaker's remark opens with, after their name and a colon, that no task does: a number or
# quantity, a noun of feeling or opinion before "that", a stance, or a noun and then a verb that reports.
_REMARK_AFTER_COLON = re.compile(
    r"^(?:(?:no|two|three|four|five|six|some|several|many|most|all|one|only|still|also|not|nothing|none|yes)\b"
    r"|(?:concern|worry|question|point|view|sense|feeling|hope|thanks|happy|pleased|keen|prefer|prefers|preference"
    r"|agree|agrees|support|supports|disagree|disagrees|fine|ok|okay)\b"
    r"|[a-z]+(?:\s+[a-z]+)?\s+(?:is|are|was|were|has|have|had|show|shows|showed|look|looks|seem|seems|remain|remains)\b)")


def _known_owner_colon(sentence: str, owners: Owners) -> Task | None:
    """ "DS: share attendance figures by 26 February", "TA / RM: plan the week": people the
    attendance defines, a colon, and the task in lower case; or a dash in the colon's place ("Ada - update the
    changelog", "Bo Lane - get a quote"), as minutes/dash_owners.py reads an owner's dash."""
    match = OWNER_COLON.match(sentence) if ":" in sentence else None  # (cheaply: no colon, no owner before one)
    if match is not None:
        owner, verb, rest = match["owner"], match["verb"], match["rest"]
    elif (dash := owned_dash_task(sentence, owners)) is not None and not dash["link"]:
        owner, verb, rest = dash["who"], dash["verb"], dash["task"][len(dash["verb"]):]
    else:
        return None
    if verb in _REPORTING or verb.endswith("ed") or _SAID_AFTER_COLON.match(verb):
        return None
    if _REMARK_AFTER_COLON.match(verb + rest):
        return None  # "Mei-Ling: two blockers left", "DW: concern that ...": a speaker's remark, not a task
    if match is not None:  # (a dash's owner is one the roll names: `owned_dash_task` asked)
        parts = [part for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", owner) if part]
        if not parts or not all(owners.known_person(part) for part in parts):
            return None
    rest = verb + rest
    due = find_due_phrase(rest)
    what = tidy_what(without_at_end(rest, due))
    return Task(what, owners.resolve(owner), str(due.value) if due else None) if what else None


# "Alexey: Need to discuss in the work group.", "Mike: except perhaps for the procedure", "Bryan: currently no
# good tools for this": a speaker's remark in dialogue notes, opening with no verb of work, or with a need to
# talk further. (Their undertakings, "Boris: Will add ...", are read in minutes/spoken_tasks.py.)
_SPEAKER_LINE = re.compile(r"^(?P<name>@?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*:\s+(?P<first>[A-Za-z]+)(?P<rest>.*)$")
_TALK_FURTHER = re.compile(r"^\s+to\s+(?:discuss|talk|think|consider|decide|agree)\b", re.IGNORECASE)
_NOT_A_VERB = re.compile(r"^(?:except|currently|perhaps|maybe|probably|possibly|generally|usually|agreed|not|no|[a-z]+ly)$")


def _speakers_remark(sentence: str, owners: Owners) -> bool:
    """Whether `sentence` is a known speaker's remark (see `_SPEAKER_LINE`), not a task for them."""
    line = _SPEAKER_LINE.match(sentence)
    if line is None or not owners.known_person(line["name"]):
        return False
    first = line["first"].lower()
    return bool(_NOT_A_VERB.match(first) or first == "need" and _TALK_FURTHER.match(line["rest"]))


def split_clauses(text: str) -> list[str]:
    """A resolution's clauses: "... be agreed, and that a report be added ..." is two."""
    return [clause for clause in _CLAUSE_BREAK.split(text) if clause.strip()]


def _closed_by_known_owner(sentence: str, owners: Owners) -> Task | None:
    """ "Write to the retailers about the radio scheme [SH] - by 5 Dec", "Write the migration
    guide — @pnair": a task closed by the initials or handles of people the attendance
    lists, in brackets or after a dash, owns them even without a marker. A sentence that
    reports ("SH said ... (SH)") is no task."""
    tail = sentence[-48:]  # (each mark looked for in turn: quicker than a generator or a pattern of them all)
    if not (")" in tail or "]" in tail or " –" in tail or " —" in tail or " - " in tail or "@" in tail or "*" in tail):
        return None  # cheaply: no closing bracket or dash, no owner after the task
    text = owner_date_bracket(" ".join(sentence.split()).strip())
    due = find_due_phrase(text)
    body = (without_span(text, due.start, due.end) if due else text).rstrip(" .;,-–—")
    agents = _PASSIVE_BY.match(body)
    if agents:
        # "Advisory text to be drafted by @icarvalho and reviewed by @weizhang-dev": each agent acts.
        found = _AGENT.findall(body)
        if found and all(owners.known_person(agent) for agent in found):
            what = tidy_what(f"{plain_form(agents['verb'])} {agents['object'][:1].lower()}{agents['object'][1:]}")
            return Task(what, owners.resolve(", ".join(found)), str(due.value) if due else None)
    match = TRAILING_OWNER.search(body) or TRAILING_HANDLES.search(body)
    if not match:
        return None
    owner = (match.groupdict().get("inside") or match.groupdict().get("dash") or match["handles"]).strip()
    dated = find_due_phrase(f"by {owner}") if due is None and "," in owner else None
    if dated is not None:
        # "(CW, 13/03)": initials and a date in one bracket.
        owner = owner.replace(dated.value, "").strip(" ,;")
        due = dated
    owner = owner.strip("*_ ")  # "– *Jane Holt*": an owner set in italics
    parts = [part for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", owner) if part]
    # Initials and handles the attendance defines, or the full names it lists ("... – Sam Bright").
    # A given name alone ("(Chidi)") names its attendee too where the entry opens with an instruction;
    # an office in square brackets ("[Secretariat, Q1 2026]") is the one who holds it.
    bracketed = sentence.rstrip(" .;")[-1:] == "]"
    if not parts or not all((SHORT_OWNER.match(part) or len(part.split()) >= 2 or (
            opens_with_task_verb(body[: match.start()]))) and owners.known_person(part)
            or bracketed and is_role(part) for part in parts):
        return None
    what = tidy_what(body[: match.start()])
    subject = owner_and_what(LEADING_NUMBER.sub("", what), owners, True, groups=True) if " will " in what or (
        " to " in what) else None
    if subject is not None and subject[1].strip():
        # "4.2 Dr Asante will review the annex [Dr Asante, by the end of January]": the task after its subject.
        what = tidy_what(subject[1])
    agreed = _AGREED_CLAUSE.match(what)
    if agreed:
        # "Agreed that the youth service would run a summer programme – Jane Holt": what was agreed is the task.
        what = tidy_what(agreed["verb"] + agreed["rest"])
    words = what.split()
    if len(words) < 3 or any(word.lower().strip(",.") in _REPORTING for word in words[1:3]) or words[0].lower().endswith("ed"):
        return None
    if len(words) <= _TITLE_WORDS and (words[0].lower() not in INSTRUCTION_VERBS or words[1].lower() in TOPIC_AFTER_VERB_WORD):
        return None  # "Estates strategy update (MH)", "Update on the budget - Sam Bright": a title and its presenter
    return Task(what, owners.resolve(owner), str(due.value) if due else None)


_AGREED_CLAUSE = re.compile(r"^(?:it\s+was\s+)?(?:agreed|resolved|decided)\s+that\s+[^,;]{1,60}?\s+(?:would|will|to|should)\s+"
                            r"(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.IGNORECASE)
