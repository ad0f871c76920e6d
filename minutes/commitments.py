"""One general test of whether a clause commits someone to future work.

Minutes record an undertaking in many wordings: "Clerk to notify the council", "KB will
contact the school", "the ICB would circulate the data once verified", "Cllr Bevan agreed
to find out ...", "She will report back", "The Board asked the Director to bring a
paper". All of them are a SUBJECT who can act, a LINK that puts the work in the future
("to", "will", "would", "shall", "is to", "agreed/undertook/offered to", "was asked to"),
and a VERB of doing. What is not an undertaking fails one of the three: the subject is
a thing or the meeting's business ("The report will be circulated", "It would help"),
the verb is a stance or a state ("would like", "will consider", "to be"), or the clause is
asked, conditional, negated or done ("whether the Council would", "if funds allow",
"will not", "had agreed to ... which is now complete").

The body reader's own rules read the layouts it knows; `commitments` is read over the
same running text afterwards, and what it finds is kept only where no action read there
already says the same (minutes/body.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import partial

from minutes.actions import AGREED_TASK_VERBS, Task
from minutes.clause_tasks import LOWER_POST
from minutes.bare_names import bare_subject, next_step_task, volunteered_task
from minutes.decisions import sentences
from minutes.future_passives import PARAGRAPH_NUMBER, WORK_VERBS
from minutes.light_verbs import light_verb_work
from minutes.post_spelling import mended_posts
from minutes.owners import Owners
from minutes.people import is_organisation, looks_like_name
from minutes.vocabulary import GROUP_NOUNS, has_title, is_role, strip_title
from minutes.reviews import status_of
from minutes.topics import about, asker_named, is_terse, opening_person
from minutes.when import find_due_phrase
from minutes.wording import IRREGULAR, handed_on, plain_future, joined_apart, headed_sentences, plain_form, plain_of_ing, tidy_what, without_at_end

# The words that put work in the future, after its subject.
_LINK = re.compile(
    r"\s+(?P<link>(?:(?:has|have)\s+)?(?:agreed|undertook|offered|volunteered|promised|committed)\s+to"
    r"|(?:is|are|was|were|be)\s+(?:asked|requested|tasked|invited)\s+to|(?:has|have)\s+been\s+(?:asked|requested|tasked)\s+to"
    # ("Priyanka and Hendrik are going to write the abstract", "Greta took away the action to collect ...")
    r"|(?:is|are)\s+going\s+to|(?:took|takes|take|has\s+taken)\s+(?:away\s+)?(?:an?|the)\s+action\s+to"
    r"|(?:is|are)\s+to|to|will|would|shall|should)"
    r"\s+(?:(?:also|now|then|further|kindly|jointly|personally|again|both|each|all)\s+)?(?P<verb>[a-z]{2,})\b"
)
# What every `_LINK` holds ("to" ends each of its longer links), looked for first: cheaper than the pattern.
_LINK_WORDS = ("to", "will", "would", "shall", "should")
# Verbs that report what someone said of themselves: "Priyanka said she would ...".
_SAYING = {"said", "stated", "confirmed", "explained", "indicated", "advised", "agreed", "added", "replied", "undertook",
           "promised", "noted", "reported", "says", "thought"}
_SHORT_WOULD = re.compile(r"(?:(?<=\bshe)|(?<=\bhe)|(?<=\bthey)|(?<=\bwe))['’]d\b", re.IGNORECASE)
_SHORT_WILL = re.compile(r"(?<=[a-z])['’]ll\b", re.IGNORECASE)
# Someone asked by another to act: "The Board asked the Director to bring ...".
_OBJECT_OF = re.compile(r"\b(?:asked|invited|requested|tasked|directed|instructed|authorised|authorized|delegated)\s+$",
                        re.IGNORECASE)
# Words of trying before "to be": what follows is how someone will be, not work ("try to be even-handed").
_TRYING = {"endeavour", "endeavor", "try", "aim", "strive", "seek", "hope", "promise"}
_TO_BE = re.compile(r"\s+to\s+be\b")
# Words that follow "to" where it leads to an amount, not a verb: "down to roughly ten", "up to around 40".
_AMOUNT_WORDS = {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "just", "only", "over",
                 "under", "fewer", "less", "more", "within"}
# Verbs of a state, a stance or the meeting's own business: no work is set.
_NOT_WORK = {
    "be", "have", "has", "had", "like", "love", "want", "wish", "hope", "prefer", "rather", "sooner", "need", "note",
    "notes", "receive", "welcome", "consider", "discuss", "continue", "remain", "become", "seem", "appear", "happen", "meet", "go",
    "decide", "vote", "agree", "approve", "abstain", "declare", "leave", "join", "stand", "step", "retire", "chair",
    "say", "think", "feel", "expect", "accept", "support", "benefit", "help", "depend", "cost", "mean", "allow",
    "result", "lead", "apply", "affect", "require", "include", "involve", "start", "begin", "end", "close", "open",
    "take", "make", "get", "do", "not", "never", "no", "the", "a", "an", "this", "that", "date", "which", "who",
    "can", "could", "may", "might", "must", "should", "also", "again", "still", "further",
    "next", "his", "her", "their", "its", "our", "my", "your", "them", "him", "me", "us", "what", "whom", "some", "any",
    "each", "every", "other", "another", "one", "two", "three", "day", "week", "month", "year", "time",
    # what members do at the meeting itself ("Board members were asked to rate the board ...")
    "rate", "score", "comment", "reflect", "introduce", "present", "summarise", "thank",
    # what a body resolves for itself, recorded as its decision: "The Council will object", "hold", "award"
    "object", "hold", "award", "appoint", "adopt", "recommend", "extend", "fund", "endorse", "ratify", "resolve",
}
# Words that, just before the subject, make the clause asked, conditional or subordinate.
_NOT_SAID = {"whether", "if", "unless", "when", "whenever", "how", "what", "why", "where", "until", "before", "after",
             "once", "while", "who", "which", "whom", "whose", "of", "for", "with", "from", "by", "on", "at", "in",
             "about", "than", "to", "into", "onto", "upon", "against", "without", "would", "will", "could", "should"}
# A subject that is a thing, a word of time or the meeting itself, not someone who acts.
_NOT_SUBJECT = {"it", "this", "that", "these", "those", "there", "here", "which", "what", "who", "i", "we", "you",
                "one", "nothing", "something", "anything", "everything", "work", "progress", "funding", "meeting",
                "report", "item", "paper", "minutes", "agenda", "date", "time", "next", "future", "government",
                "year", "month", "week", "day", "need", "needs"}
_PRONOUNS = {"she", "he", "they"}
_OBJECT_PRONOUNS = {"her", "him", "them"}
# The meeting's own body as the subject records what it decided, not work someone must go and do
# ("The Board will hold two themed meetings", "the community council to object").
_BODY_KINDS = ("board", "committee", "council", "panel", "group", "forum", "partnership", "trustees", "network",
               "sub-committee", "subcommittee", "sub-group", "subgroup", "assembly", "cabinet", "executive", "body")
_OWN_BODY = re.compile(rf"^(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(_BODY_KINDS)}|cc|meeting)$", re.IGNORECASE)
# Words a subject is made of: names, initials, handles, titles, "the", "of", "and", or a group.
_SUBJECT_WORD = re.compile(r"^(?:[A-Z][\w'’.&-]*|@[\w.-]+|the|of|and|for|&|all|each|both|relevant|[a-z]+s)$")
_SUBJECT_WORDS = 6
# A part of an organisation, or each of a body's members, named in lower case: "the Roads section",
# "the housing team", "the Council's finance department", "each council member", "each partner". Minutes name the
# office that will do the work as often as a person; the last word says it is a group of people, and
# the first that it is one group ("Multi agency teams to deliver projects" is a plan's aim).
_UNIT_SUBJECT = re.compile(r"^(?:(?:[Tt]he|[Aa]ll|[Rr]elevant|[A-Z][\w&-]*['’]s)(?:\s+(?:[A-Z][\w'’&-]*|[a-z][a-z'’-]{1,20})){0,3}"
                           rf"\s+(?:{'|'.join(sorted(GROUP_NOUNS))})|(?:[Ee]ach|[Ee]very)(?:\s+[a-z][a-z'’-]{{1,20}}){{0,2}}\s+(?:member|partner|practice|agency|organisation|organization"
                           r"|authority|councillor|trustee|governor|school|department|team|service))$")
# Words that, inside such a name, show it is a clause, a time or another thing, not a name.
_NOT_IN_UNIT = {"was", "were", "is", "are", "has", "had", "have", "and", "or", "that", "which", "this", "next", "last",
                "previous", "following", "same", "other", "whole", "new", "with", "by", "from", "to", "of", "in", "on"}
# How far from a link its subject and its task are read, and how many sentences back "she" is looked for.
_NEAR = 400
_BACK = 3
# A sentence saying the work is done reports, it does not set ("RK had agreed to send it; this is complete").
_DONE = re.compile(r"\b(?:had|has\s+been|have\s+been|was|were)\s+(?:now\s+)?(?:completed|done|sent|circulated|"
                   r"received|closed|actioned|provided|shared|finished|discharged)\b", re.IGNORECASE)
# A status word after "be" or "being" is what will be, not how the entry stands ("agreed to circulate the
# section ahead of the reference being closed", as a police committee's public references put it).
_TO_BE_DONE = re.compile(r"\b(?:being|be)\s+(?:closed|completed?|done|finished|discharged)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|subject\s+to|provided\s+that|should\s+(?:it|they|there|funding))\b", re.IGNORECASE)
_BACK_ALONE = re.compile(r"^(?:report|feed|come)\s+back(?:\s+to\s+(?:the\s+)?\w+(?:\s+\w+)?)?$", re.IGNORECASE)
# Coming to a meeting is attendance; going on a course or to an event is a task ("to attend the training").
_ATTENDS = re.compile(r"^attend\b(?!.*\b(?:training|course|event|workshop|session|conference|briefing|seminar|visit"
                      r"|evening|launch|summit|webinar|ceremony|festival|fair|open\s+day|liaison|networking))",
                      re.IGNORECASE)
# Words after which a clause's subject starts: "X said the SNT would ...", "... so the Clerk will".
_BOUNDARY = {"that", "but", "so", "then", "said", "says", "stated", "reported", "explained", "confirmed", "advised",
             "indicated", "added", "replied", "responded", "assured", "informed"}
_CLAUSE_OPENING = re.compile(r"[,;:]\s+|\bthat\s+")
_HAS_VERB = re.compile(r"\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|said|says|will|would)\b")
# An agreement with no one named, opening its sentence or after an entry's title.
_IMPERSONAL = re.compile(r"(?:^|[–—:;]\s*|\s-\s+|\bit\s+was\s+)(?:also\s+|further\s+|unanimously\s+)?(?:agreed|resolved|decided)"
                         r"\s+(?:unanimously\s+)?to\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"^(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|and|for|&|the|[A-Z][\w'’.&-]*)){0,4}$")
# (A stop then a dash opening the next line's words, "... the accounts.\n– We started on a list ...": a new entry.)
_CLAUSE_END = re.compile(r";\s+|\s+(?:but|so|whereas|although|because)\s+|,\s+(?:and\s+)?(?:which|who|as|once|if|when)\s+"
                         r"|(?<=[.!?])\s+[-–—]\s+(?=[A-Z])")


@dataclass(frozen=True)
class _Setting:
    """What a clause is read against: the people, the document's own proper words, and the kind of
    body the minutes are of ("council" for a parish council: there "the Council" is the body itself,
    while in a joint policing committee's minutes "Council to provide signs" names a partner)."""

    owners: Owners
    proper: Container[str]
    kind: str | None


def body_kind(board: str | None) -> str | None:
    """The word that says what kind of body a board's name is: "Upper Swaleby Parish Council" is a council."""
    words = [word.lower() for word in re.findall(r"[\w'’-]+", board or "")]
    return next((word for word in reversed(words) if word in _BODY_KINDS), None)


def commitments(text: str, owners: Owners, title: str | None = None, proper: Container[str] = frozenset(),
                kind: str | None = None) -> list[Task]:
    """The undertakings a passage of running text records, one per committed clause. `proper`
    holds the words the document only ever writes with a capital (see `proper_words`); `kind`
    is the kind of body the minutes are of (see `body_kind`)."""
    setting = _Setting(owners, proper, kind)
    found: list[Task] = []
    text = mended_posts(text)  # ("The Clertk will make arrangements ...", minutes/post_spelling.py)
    if "'" in text or "’" in text:
        # "Priyanka said she'd look into it", "Tom'll send it": the short forms of "would" and "will".
        text = _SHORT_WOULD.sub(" would", _SHORT_WILL.sub(" will", text))
    text = plain_future(text)  # ("Trudi will be contacting the supplier": "will contact")
    said = headed_sentences(text, sentences, keep_headings=True)
    said = handed_on(said, lambda words: _known(words, setting))
    openings: dict[int, str | None] = {}  # the person each sentence opens with, once looked for
    for index, sentence in enumerate(said):
        answered = _answered(sentence, setting)
        if answered is not None:
            found.append(answered)  # ("We need someone to update the docs -> Lee volunteered", minutes/bare_names.py)
            continue
        if " " not in sentence or not any(word in sentence for word in _LINK_WORDS) or not _LINK.search(sentence):
            continue  # (cheaply: no word that puts work in the future; an agreement "to write" has one too)
        if not (sentence.endswith("?") or _DONE.search(sentence) or status_of(_TO_BE_DONE.sub("", sentence)) == "closed"):
            # ("She" is looked for only when a clause opens with it.)
            for task, before in _undertakings(sentence, setting, partial(_person_before, said, index, owners, openings)):
                # "Letter from the County Council on the plan – Clerk to circulate": a terse task is about
                # the words before it in its sentence, or the sentences before.
                what = about(task.what, [*said[max(0, index - 2):index], *([before] if before else [])], title)
                if index and (" him" in what or " her" in what):
                    if index - 1 not in openings:
                        openings[index - 1] = opening_person(said[index - 1], owners)
                    what = asker_named(what, task.who, openings[index - 1], owners)
                if not is_terse(what) and not _BACK_ALONE.match(what) and not _ATTENDS.match(what):
                    # (one that stays terse, or only reports back, cannot be told apart from the minute's talk)
                    found.append(Task(what, task.who, task.due_text))
    return joined_apart(found, WORK_VERBS)


def _answered(sentence: str, setting: _Setting) -> Task | None:
    """A call for someone answered, or a next step in the present, with its owner by a bare name
    (minutes/bare_names.py), the owner written as the roll has them."""
    if "volunteer" not in sentence and "offered" not in sentence and " took " not in sentence and " will " not in sentence \
            and not sentence[:4].lower() in ("next", "foll"):
        return None
    lower = _lower_words(setting)
    task = volunteered_task(sentence, lower) or next_step_task(sentence, lower)
    return Task(task.what, setting.owners.resolve(task.who), task.due_text) if task is not None else None


def _lower_words(setting: _Setting) -> Container[str]:
    """The words the document also writes in lower case (none known for a bare passage)."""
    return setting.proper.lower_words if isinstance(setting.proper, ProperWords) else frozenset()


# Work written in the passive with who does it after "by": "with the addition of an item on knife
# crime, to be presented by Inspector Rowe in May", "a report on the options to be brought by the
# Clerk". (The thing is a noun phrase with an article, within its clause.)
_PASSIVE_BY = re.compile(r"\b(?P<thing>(?:an?|the)\s+[^,;:.()]{3,80}?),?\s+(?:is\s+|are\s+)?to\s+be\s+"
                         r"(?P<verb>[a-z]{3,}ed|given|brought|sent|written|drawn|taken|done|made|held|shown|sought|run)"
                         r"\s+by\s+(?P<agent>[^,;:.()]{2,60}?)(?=\s+(?:in|on|at|by|before|after|for|from|to|within)\b|\s*[,;:.()]|\s*$)")
# "the addition of an item on ...": what a decision adds to a plan is the thing itself.
_ADDED = re.compile(r"^the\s+(?:addition|inclusion)\s+of\s+", re.IGNORECASE)


def _passive_work(sentence: str, setting: _Setting) -> list[tuple[Task, str]]:
    """Work in the passive whose doer is named after "by" and can act (see `_PASSIVE_BY`)."""
    found = []
    for passive in _PASSIVE_BY.finditer(sentence):
        agent = passive["agent"].strip()
        if not _can_act(agent, setting) or _own_body(agent, setting.kind):
            continue
        thing = _ADDED.sub("", passive["thing"])
        task = _task(f"{plain_form(passive['verb'])} {thing}{sentence[passive.end('agent'):]}",
                     setting.owners.resolve(agent))
        if task is not None:
            found.append((task, sentence[:passive.start()].strip()))
    return found


def _undertakings(sentence: str, setting: _Setting, person: Callable[[], str | None]) -> list[tuple[Task, str]]:
    owners = setting.owners
    found = _passive_work(sentence, setting) if " to be " in sentence and " by " in sentence else []
    impersonal = _IMPERSONAL.search(sentence) if "to " in sentence else None
    if impersonal is not None and impersonal["verb"] in AGREED_TASK_VERBS:
        # "Back Lane footway – Resolved to write to the area manager": the meeting's agreement to a
        # piece of work someone must go and do, with no one named.
        task = _task(sentence[impersonal.start("verb"):], None)
        if task is not None:
            found.append((task, sentence[max(0, impersonal.start() - _NEAR):impersonal.start()].strip()))
    committed: list[tuple[re.Match, str, str, int]] = []  # each link with its subject, and where that starts
    leads: dict[int, str] = {}  # the work of a clause a link is joined to, done with it ("Ask ... and report back")
    for link in _LINK.finditer(sentence):
        # (Only the words near the link are read: who acts stands just before it, what just after.)
        before = sentence[max(0, link.start() - _NEAR):link.start()]
        bare = bare_subject(before, link["link"], link["verb"], sentence[link.end("verb"):link.end("verb") + 40], _lower_words(setting))
        if (link["verb"] in _NOT_WORK and not (_APPLY_FOR.match(sentence, link.end("verb")) or link["verb"] == "include" and (
                _INCLUDE_IN.match(sentence, link.end("verb"))) or light_verb_work(link["verb"], sentence[link.end("verb"):])) or not _plain_verb(link["verb"])) and bare is None:
            continue  # (a bare name's own verbs of doing are its: "Sam will open an issue", minutes/bare_names.py)
        if link["verb"] in _TRYING and _TO_BE.match(sentence, link.end("verb")):
            continue  # "She would endeavour to be even-handed", "will try to be there": a manner, no task
        if link["link"] == "to" and link["verb"] in _AMOUNT_WORDS:
            continue  # "Down to roughly ten households owing", "up to around forty": a count reached, no one's task
        if _CONDITION.search(before):
            continue  # "If funding allows, the Clerk will order ...": not yet work for anyone
        if link["verb"] == "order" and link["link"] == "to" and before.rstrip().lower().endswith("called"):
            continue  # "Called to order 17:41", "Meeting called to order at 7 pm": the meeting opened, no one's task
        found_subject = _subject(before, setting, person) or bare
        if found_subject is not None and "invited" in link["link"] and _OPEN_INVITATION.search(found_subject[0]):
            continue  # ("Community members are invited to participate too!": an open invitation, no one's task)
        if found_subject is not None and link["link"].startswith("agreed") and _THE_MEMBERS.match(found_subject[0]):
            continue  # ("Members agreed to visit two coastal towns": the body's agreement, as "the Council agreed")
        if link["link"] == "should":
            # "The Clerk should obtain three quotes", "Governors should send comments by Friday": asked of someone
            # known, or of the members by their office; not advice to all ("Residents should report ... to 101").
            found_subject = _asked_of(before, setting) if found_subject is None or not _known(found_subject[0], setting) \
                else found_subject
        lead = ""
        if found_subject is None and not committed and link["link"] in _COORDINATED_LINKS:
            coordinated = _coordinated(before, setting, person)
            if coordinated is not None:
                found_subject, lead = coordinated[:2], coordinated[2]
        if found_subject is None:
            continue
        subject, opening = found_subject
        at = sentence.rfind(subject, max(0, link.start() - _NEAR), link.start()) if subject else -1
        committed.append((link, subject, opening, at if at >= 0 else link.start()))
        leads[len(committed) - 1] = lead
    for number, (link, subject, opening, _) in enumerate(committed):
        # "Yolanda will share the budget and each member will add comments": a task ends where the next
        # clause of its sentence names its own subject.
        # (At most _NEAR characters are read: _task reads no further.)
        end = next((at for _, _, _, at in committed[number + 1:number + 2] if at > link.end("verb")), len(sentence))
        words = sentence[link.start("verb"):min(end, link.start("verb") + _NEAR)]
        words = _JOINED_END.sub("", words) if end <= link.start("verb") + _NEAR else words
        task = _task(f"{leads[number]} and {words}" if leads[number] else words, owners.resolve(subject) if subject else None)
        if task is not None:
            found.append((task, _JOINED_END.sub("", opening)))
    return found


# The body's members together: what they agree is the body's decision ("Members agreed to hold ...").
_THE_MEMBERS = re.compile(r"^(?:all\s+)?(?:the\s+)?(?:members|councillors|trustees|governors|directors)$", re.IGNORECASE)
# Those a "should" is asked of by their office, opening their clause: "Governors", "All members", "Reviewers".
_ASKED_OFFICE = re.compile(r"(?:^|[.;:]\s+|\b(?:that|and)\s+)(?P<who>(?:[Aa]ll\s+(?:the\s+)?)?(?P<noun>[A-Za-z][a-z-]{2,}(?:ers|ors|s)))\s*$")
# Plural nouns for the public, whom minutes advise rather than task ("Residents should report ...").
_PUBLIC = {"residents", "users", "customers", "passengers", "drivers", "visitors", "walkers", "owners", "parents",
           "patients", "people", "others", "pupils", "tenants", "applicants", "ratepayers", "taxpayers", "businesses"}


# Those an open invitation is put to: the community, the public, anyone ("Community members are invited to
# join", "Members of the public are invited to comment", "All are invited to attend").
_OPEN_INVITATION = re.compile(r"\b(?:community|public|anyone|everyone|all|contributors|volunteers)\b"
                              r"|\b(?:" + "|".join(sorted(_PUBLIC)) + r")$", re.IGNORECASE)


def _known(subject: str | None, setting: _Setting) -> bool:
    """Whether a subject is someone the roll names, or an owner's office ("the Clerk")."""
    if not subject:
        return False
    owners = setting.owners
    return owners.is_person(subject) or owners.is_owner(subject, strict=True) or is_role(
        re.sub(r"^the\s+", "", subject, flags=re.IGNORECASE))


def _asked_of(before: str, setting: _Setting) -> tuple[str, str] | None:
    """The members a "should" is asked of by their office (see `_ASKED_OFFICE`), and the words before them."""
    found = _ASKED_OFFICE.search(before[-60:])
    if found is None or found["noun"].lower() in _PUBLIC:
        return None
    noun = found["noun"].lower()
    if noun not in GROUP_NOUNS and not noun.endswith(("ers", "ors")):
        return None
    start = len(before) - 60 + found.start("who") if len(before) > 60 else found.start("who")
    return found["who"], before[:start]


# A link with no subject of its own, joined by "and" or "but" to the clause before it, has that clause's
# subject, as minutes of every kind write one person's two predicates: "IG is keeping an eye on the
# consultation and will report to the next meeting", "The Clerk has asked the contractor for a credit and
# will report back", "Chief Supt Corcoran said he could not discuss it but would brief the Deputy".
_COORDINATED_LINKS = {"will", "would", "shall"}
_JOINED = re.compile(r"(?:,?\s+(?:and|but)|,\s+and\s+then)\s*$")
# The verb group of the clause before: its helping verb, "not" if it is negated, and the verb it helps.
_HELPING = re.compile(r"\b(?P<aux>is|are|was|were|has|have|had|could|can|cannot|did|does|do|would|will|said|says)"
                      r"(?:\s+(?P<adverb>still|already|now|also|currently|kindly))?\s+(?P<negation>not\s+|n['’]t\s+)?"
                      r"(?P<verb>[a-z]+)\b")
# Ongoing or just-begun work the register names with the step after it ("Keep an eye on ... and report");
# waiting is no work of one's own ("is awaiting a reply ... and will chase" is the chasing).
_ONGOING = {"is", "are", "has", "have"}
_WAITING = {"await", "wait", "hope", "expect", "be", "try", "want", "plan", "intend", "seem"}
_LEAD_WORDS = 30
# A wish only someone can hold: "Jason would prefer a co-chair and will send a nomination email" is Jason's task.
_WISHING = {"like", "prefer", "want", "love", "rather"}


def _coordinated(before: str, setting: _Setting, person: Callable[[], str | None]) -> tuple[str, str, str] | None:
    """The subject of the clause a subjectless link is joined to (see `_JOINED`), the words before that
    subject, and the clause's own work when it is ongoing or just begun, in its plain form."""
    joined = _JOINED.search(before)
    if joined is None:
        return None
    clause = before[:joined.start()]
    opened = max(clause.rfind(";"), clause.rfind(":"), clause.rfind(" – "), clause.rfind(" — "))
    helping = None
    for helping in _HELPING.finditer(clause, opened + 1):
        pass  # (the clause's last verb group is the one the link is joined to)
    if helping is None or helping["aux"] in _COORDINATED_LINKS and not helping["negation"] and (
            helping["verb"] not in _WISHING):
        return None  # ("the increase would fund officers and would balance the budget": a thing's, read there)
    found = _subject(clause[:helping.start()], setting, person)
    if found is None:
        return None
    lead = ""
    if helping["aux"] in _ONGOING and not helping["negation"]:
        verb = helping["verb"]
        plain = plain_of_ing(verb) if verb.endswith("ing") and helping["aux"] in ("is", "are") else (
            plain_form(verb) if helping["aux"] in ("has", "have") and (verb.endswith("ed") or verb in IRREGULAR) else "")
        rest = clause[helping.end("verb"):]
        if plain and plain not in _WAITING and len(rest.split()) <= _LEAD_WORDS and not _HAS_VERB.search(rest):
            lead = f"{plain}{rest}".strip(" ,")
    return found[0], found[1], lead


# "apply" is work when something is applied for ("would apply to the Department for grant aid",
# "to apply for funding") or put on something ("should apply the label to pull requests"), and a state
# otherwise ("the rules would apply to all members").
_APPLY_FOR = re.compile(r"(?<=apply)\s+(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+to\s+|(?<=apply)\s+(?:to\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for\s+(?=[A-Z])|and))*\s+)?for\s+(?!the\s+(?:whole|rest|next|same)\b)")
# "include" is work when something is put in a report or a plan ("would include a themes table in the next
# update", "to include Tanner's Row in school-time patrols"), and a state otherwise ("the plan will include ...").
_INCLUDE_IN = re.compile(r"\s+(?:[\w'’£%-]+\s+){1,8}?(?:in|into|on|with)\s+(?:the|a|an|its|their|his|her|future|next|each|all|every)\b")
_GLOSS = re.compile(r"\s*\([^()]{1,80}\)$")
_ACTING_AS = re.compile(r",\s+(?:as|in\s+(?:his|her|their)\s+(?:capacity|role)\s+as)\s+[\w'’ -]{2,60},$")
# What joins a clause to the next one's subject: "... the budget spreadsheet and" (each member will ...).
_JOINED_END = re.compile(r"[\s,;]*(?:\b(?:and|while|whilst|with|but|so|then)\b)?[\s,;]*$")


def _task(words: str, who: str | None) -> Task | None:
    """The task the words after a link set, to the end of its clause, and when it is due."""
    rest = _CLAUSE_END.split(words[:_NEAR], maxsplit=1)[0]
    due = find_due_phrase(rest, task=True)
    what = tidy_what(without_at_end(rest, due))
    if what.endswith(")") and what.count(")") > what.count("("):
        what = what[:-1]  # "(she was not here; Rosa will ask her)": the aside's bracket closes after it
    # ("BL will attend" after "Invitation to the liaison evening": attending alone is kept for its topic to
    # be found, and dropped if none is.)
    words = what.split()
    return Task(what, who, str(due.value) if due else None) if len(words) >= 2 or words == ["Attend"] else None


def _plain_verb(word: str) -> bool:
    """A verb's plain form, as "to" and "will" take it: not "reported", "reviewing" or "notes"."""
    if word in _PLAIN_ENDINGS:
        return True
    return not word.endswith(("ed", "ing")) and not (word.endswith("s") and not word.endswith(("ss", "us")))


_PLAIN_ENDINGS = {"bring", "feed", "proceed", "exceed", "succeed", "embed", "shred", "speed"}


# A speaker's name or initials and a colon, opening what they said in dialogue notes ("JGI:", "Maria:").
_SPEAKER_LABEL = re.compile(r"^@?[A-Z][\w'’.-]{0,30}:$")
# A verb's -ing form standing where a subject would ("Looking to ...", "Planning to ..."): no one.
_GERUND = re.compile(r"^[A-Z][a-z]{2,}ing$")


def _subject(before: str, setting: _Setting, person: Callable[[], str | None]) -> tuple[str, str] | None:
    """The one who acts: the last few words before the link, when they name someone who can.
    A pronoun stands for the person the sentence before opened with."""
    before = before.rstrip()
    if before.endswith(","):
        # "Cllr Mrs Ollerton, as the defibrillator guardian, would order ...": who acts is named before
        # the post they act in, set between commas.
        before = _ACTING_AS.sub("", before)
    if before.endswith(")"):
        # "The Events Working Group (Cllrs A, B and C) will report back": who acts is named before its gloss.
        before = _GLOSS.sub("", before)
    words = before.split()
    for size in range(1, min(_SUBJECT_WORDS, len(words)) + 1):
        candidate = " ".join(words[-size:]).strip(" ,;:–—-(")
        lead = words[: len(words) - size]
        if lead and lead[-1][-1:] in ".,;:–—-(" or not lead or PARAGRAPH_NUMBER.match(lead[-1]):
            boundary = True  # (after a paragraph's number too: "2.3 The ICB shall publish ...")
        else:
            boundary = lead[-1].lower() in _BOUNDARY or bool(_OBJECT_OF.search(lead[-1] + " ")) or (
                # "Cllr Ede reported on the verge and the Clerk will ...": a clause before "and" has its verb,
                # or its own owner set to work ("Clerk to book the hall and Cllr Penhallow to invite ...");
                # "the police and the Youth Service would ..." names two who act together.
                lead[-1].lower() == "and" and bool(
                    _HAS_VERB.search(clause := _CLAUSE_OPENING.split(" ".join(lead[:-1]))[-1]) or _LINK.search(clause))
                # "... no report yet – secretary Neil to contact Hugh": a post in lower case before a name the roll
                # gives says what they act as; the name is who acts.
                or lead[-1].islower() and is_role(lead[-1]) and setting.owners.known_person(candidate) is not None)
        if not boundary:
            continue
        if size == 1 and _GERUND.match(candidate) and not setting.owners.known_person(candidate) and not (
                # ("Housing to remove the fly-tipped waste": a service named by its word ending "-ing" is who acts.)
                is_organisation(candidate)):
            return None  # ("Anselm: Looking to change the locks": the speaker's intent, read in minutes/spoken_tasks.py)
        if size == 1 and candidate in ("Need", "Needs"):
            # ("Minute 136 refers: Need to create a flyer": work that is needed, no one named; after a speaker's
            # name in dialogue notes, "JGI: Need to get the scenarios first", it is their remark; with nothing
            # before it, "- Need to work on partners reluctant to engage" among a review's points, an observation.)
            return None if not lead or _SPEAKER_LABEL.match(lead[-1]) else ("", " ".join(lead))
        if lead and lead[-1].lower() in _NOT_SAID:
            return None
        opening = " ".join(lead)
        pronoun = candidate.lower()
        if pronoun in ("she", "he") and len(lead) >= 2 and lead[-1].lower() in _SAYING:
            # "Priyanka said she would look into it": the one who said it.
            for size in (3, 2, 1):
                speaker = " ".join(lead[-1 - size:-1]).strip(" ,;:(")
                if len(lead) > size and setting.owners.known_person(speaker):
                    return speaker, " ".join(lead[:-1 - size])
        if pronoun in _PRONOUNS or pronoun in _OBJECT_PRONOUNS and lead and _OBJECT_OF.search(lead[-1] + " "):
            # ("The forum asked her to press for summer hours": whom she means, as for "she"; "they" is
            # a group named sentences before, too far to tell.)
            meant = None if pronoun in ("they", "them") else person()
            return (meant, opening) if meant else None
        if words[-1].endswith(":") or _own_body(candidate, setting.kind):
            return None  # ("Outcome: agreed to run ...": a label, not who acts)
        if _can_act(candidate, setting) or " " not in candidate and candidate in setting.proper:
            initials = _initials_before(lead) if " " not in candidate else 0
            if initials:
                # "Cllr. R. Lloyd would ask the owner to trim ...", "T. Breen undertook to ...": a surname's initials,
                # each closed by its stop, are the name's (and tell one Lloyd of the roll from another), not
                # where a sentence before it ended.
                named = " ".join([*lead[-initials:], candidate])
                titled = f"{lead[-initials - 1]} {named}" if len(lead) > initials else ""
                if titled and has_title(titled) and strip_title(titled) == named:
                    return titled, " ".join(lead[:-initials - 1])
                return named, " ".join(lead[:-initials])
            for extra in (3, 2, 1):
                # "Chief Supt. Naughton agreed to ...": a title before the name, cut off by its stop, is
                # the subject's too, not the words before it.
                longer = " ".join([*lead[-extra:], candidate]) if len(lead) >= extra else ""
                if longer and has_title(longer) and strip_title(longer) == candidate:
                    return longer, " ".join(lead[:-extra])
            return candidate, opening
    return None


_INITIAL = re.compile(r"^[A-Z]\.$")


def _initials_before(lead: list[str]) -> int:
    """How many of the last words before a surname are its initials ("J." or "A. B.", up to three)."""
    count = 0
    while count < min(3, len(lead)) and _INITIAL.match(lead[-1 - count]):
        count += 1
    return count


def _own_body(words: str, kind: str | None) -> bool:
    """Whether words name the body whose minutes these are: its kind ("the Council" in a parish
    council's), or "the Board", "the Committee" alone, which any body calls itself; a council is
    another body in a committee's or partnership's minutes ("Council to provide signs")."""
    if not _OWN_BODY.match(words):
        return False
    last = words.split()[-1].lower()
    if kind is None or last in (kind, "meeting", "body"):
        return True
    if last in ("council", "cc"):
        return kind == "council"
    if last == "executive":
        return kind == "executive"  # (in a committee's minutes "the Executive" is the officials who serve it)
    return len(words.split()) <= 2


_LOWER_POST = re.compile(LOWER_POST, re.IGNORECASE)


def _can_act(words: str, setting: _Setting) -> bool:
    owners = setting.owners
    if not words.split():
        return False
    if words[:1].islower() and " " not in words and _LOWER_POST.fullmatch(f"the {words}"):
        return True  # ("... firms who inspect play equipment - clerk to contact them": a small body's officer by
        # their post in lower case with no "the", after a dash or a stop)
    bare = re.sub(r"^(?:the|all)\s+", "", words, flags=re.IGNORECASE)
    if _UNIT_SUBJECT.match(words) and words.split()[0].lower() not in _NOT_SAID and not any(
            word in _NOT_IN_UNIT or word in _NOT_SAID or word.endswith("ed") for word in words.lower().split()[1:]):
        return True  # ("the Roads section would carry out a site visit", "each council member will add comments")
    if words.split()[0].lower() in _NOT_SAID or not all(_SUBJECT_WORD.match(word) for word in words.split()) or any(
            word.isupper() and len(word) > 4 for word in words.split()):
        return False  # ("RESOLVED", "Committee AGREED": the record's own words, not someone)
    if not bare or bare.lower() in _NOT_SUBJECT or bare.split()[0].lower() in _NOT_SUBJECT:
        return False
    if owners.is_owner(words, strict=True) or owners.is_person(words) or owners.represented(words):
        return True
    if words[:1].islower() and not words.lower().startswith(("the ", "all ")):
        return False
    return is_organisation(bare) or (bool(_CAPITALISED.match(words)) and len(bare.split()) >= 2 and owners.is_owner(
        bare, strict=False))


# "...; she would", "... and he will": "she" or "he" as the subject of a later clause of its sentence.
_LATER_SUBJECT = re.compile(r"(?:[;,]|\band)\s+(?:she|he)\s+(?:would|will|is|was|had|has|agreed|undertook|offered)\b")


def _person_before(said: list[str], index: int, owners: Owners, openings: dict[int, str | None]) -> str | None:
    """Whom "she" or "he" in sentence `index` means: the person the nearest of the few sentences
    before it opened with, or its own sentence did ("Ms Kerr stated that the design was with the
    authority; she would update members": a pronoun that opens its sentence opens with no person)."""
    first = index if _LATER_SUBJECT.search(said[index]) else index - 1
    for earlier in range(first, max(-1, index - 1 - _BACK), -1):
        if earlier not in openings:
            openings[earlier] = opening_person(said[earlier], owners)
        if openings[earlier]:
            return openings[earlier]
    # "The council met the Developer-in-Residence, Chiara Monti. She has landed the parser work. The council
    # asked her to write a post": a sentence before that opens with the pronoun again points further back,
    # to the one person the sentence before it names.
    if index >= 2 and _PRONOUN_OPENING.match(said[index - 1]):
        return _one_person_named(said[index - 2], owners)
    return None


_PRONOUN_OPENING = re.compile(r"^\s*(?:she|he)\s", re.IGNORECASE)
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")


def _one_person_named(sentence: str, owners: Owners) -> str | None:
    """The one person a sentence names anywhere in it, if only one: someone known, or a guest named in
    full ("the Developer-in-Residence, Chiara Monti,")."""
    named = {found for run in _NAME_RUN.findall(sentence[:_NEAR]) if (found := owners.known_person(run) or (
        run if " " in run and looks_like_name(run) else None))}
    return next(iter(named)) if len(named) == 1 else None


class ProperWords:
    """`proper_words` of a document's lines, found the first time a word is looked up."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._words: frozenset[str] | None = None
        self._lower: frozenset[str] | None = None

    @property
    def lower_words(self) -> frozenset[str]:
        """The words the document writes in lower case somewhere: "docs", "release", which are no names."""
        if self._lower is None:
            self._lower = frozenset(word for line in self._lines for word in _LOWER_WORD.findall(line))
        return self._lower

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = proper_words(self._lines)
        return word in self._words


def proper_words(lines: list[str]) -> frozenset[str]:
    """Words the document only ever writes with a capital, and writes so at least once inside a
    sentence or a list of names (after a comma or a label): the first names notes use alone ("Attending: Hamid, Corinne",
    "Hamid will reply to the applicants"); never "Training", which the same minutes also write in
    lower case, nor "Realisation", which only ever opens a bullet."""
    capitalised, inside, lower = set(), set(), set()
    for line in lines:
        lower.update(_LOWER_WORD.findall(line))
        for match in _CAPITAL_WORD.finditer(line):
            word, at = match[0], match.start() - 1
            capitalised.add(word)
            while at >= 0 and line[at] in " \t":
                at -= 1
            if at >= 0 and (line[at].islower() or line[at] in ",:"):
                inside.add(word)
    return frozenset(word for word in capitalised & inside if word.lower() not in lower and not word.isupper()
                     and word.lower() not in _NOT_SUBJECT | _NOT_SAID | _PRONOUNS | _COMMON_OPENINGS)


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]{2,}\b")
_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z'’]{2,}\b")
# Words that open sentences in any minutes and are nobody's name.
_COMMON_OPENINGS = {"members", "everyone", "nobody", "someone", "anyone", "all", "each", "both", "officers", "partners",
                    "councillors", "staff", "residents", "volunteers", "agreed", "resolved", "noted", "action", "actions",
                    "update", "updates", "training", "funding", "recruitment", "consultation", "agenda", "papers",
                    "consensus", "agreement", "decision", "outcome", "proposal", "motion", "recommendation", "plan", "aim"}
