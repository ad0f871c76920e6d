"""What a terse task is about.

Minutes set work in as few words as the page allows, because the minute around it says what
the work is about: "Defibrillator cabinet at the phone box - still awaiting electrician. Clerk to
chase.", "Village hall car park resurfacing" over "Cllr Woolley to obtain a third quote",
"Cllrs Harrop and Blackwood to attend the training on 4 February. Clerk to book places." A
register of actions read away from the minute needs what a secretary writes there: the task and
its topic ("Chase: defibrillator cabinet at the phone box"). A task is terse when it is a bare
verb, a verb whose object is a pronoun or a word that names no matter ("a response", "the
accounts", "a third quote", "speakers"), or a word of contact whose object is only who is to be
contacted ("contact the school", "update members", "ping her"). Its topic is found in the words
just before it in the same entry, nearest first, else in the title of the item it sits under.
"""

from __future__ import annotations

import re

from minutes.owners import Owners
from minutes.wording import plain_form


# Words after the verb that say nothing of the matter: pronouns and adverbs of place or manner.
_EMPTY_WORDS = {"it", "this", "that", "them", "these", "those", "her", "him", "there", "so", "up", "again",
                "directly", "accordingly", "further", "back", "on", "out", "forward", "as", "necessary",
                "appropriate", "required", "and", "report",
                # "inspect & report on same": the old word for "it", and the ampersand notes use for "and"
                "same", "&"}
# Objects that name a kind of thing, not the matter: "draft a response", "obtain a third quote".
GENERIC_NOUNS = _GENERIC_NOUNS = {"response", "responses", "reply", "quote", "quotes", "quotation", "quotations", "update", "updates",
                  "letter", "note", "list", "data", "figures", "numbers", "details", "information", "accounts",
                  "comments", "places", "place", "speakers", "arrangements", "costs", "costings", "options", "proposal",
                  "wording", "matter", "issue", "issues", "item", "request", "invitation", "invitations", "booking",
                  "figure", "breakdown", "paperwork", "visit", "meeting", "order", "policy", "outcome", "pricing"}
_SENDING_VERBS = {"circulate", "send", "forward", "share", "distribute", "pass", "email", "e-mail", "submit", "return"}
# The words that join a verb to its thing: "deal with", "follow up on", "write about".
_BEFORE_A_THING = {"with", "on", "about", "into", "up"}
_OBJECT_PRONOUNS = {"it", "them", "these", "those", "one", "same"}
# "this" or "that" stands for a thing, not before one, when a preposition or the end follows it
# ("agreed to circulate this to all members", "will arrange that before Friday").
_AFTER_A_PRONOUN = {"to", "with", "on", "at", "in", "by", "for", "before", "after", "within", "through", "via", "from",
                    "once", "when", "until", "as", "and", "out", "up", "forward", "back", "again", "ahead", "directly"}


def _pronoun_at(words: list[str], index: int) -> bool:
    """Whether the word at `index` is a pronoun standing for a thing ("send it", "circulate this to members")."""
    word = words[index].lower().strip(",.;:")
    if word in _OBJECT_PRONOUNS:
        return True
    return word in {"this", "that"} and (index + 1 == len(words) or words[index + 1].lower() in _AFTER_A_PRONOUN)
# Words that stand for a thing's owner before what it has ("its circulation", "their replacement").
_POSSESSIVES = {"its", "their"}
_ARTICLES = {"a", "an", "the", "some", "any", "all", "further", "more", "its", "their", "this", "that", "these"}
# Verbs of contact: their object is who is contacted, and the matter goes unsaid ("contact the school").
_CONTACT_VERBS = {"contact", "ask", "update", "inform", "meet", "ping", "chase", "remind", "email", "e-mail", "phone",
                  "call", "write", "speak", "revert", "liaise", "approach", "notify", "brief", "consult", "telephone"}
# Who a verb of update or briefing reaches, when it is not a named person.
# Words that give the matter after a verb of contact ("contact the school about ...").
_MATTER_WORDS = {"about", "on", "regarding", "re", "concerning", "over", "for", "that", "whether", "if", "and", "of"}
_AUDIENCE = {"members", "councillors", "partners", "everyone", "colleagues", "governors", "trustees", "attendees", "all"}
_RECIPIENT = re.compile(r"\s(?:to|with)\s+(?:(?:(?:all|the|board|its|our)\s+){0,2}(?:members|councillors|partners|board|committee|"
                        r"group|panel|council|governors|trustees|residents|everyone|colleagues|attendees)(?:\s+members)?"
                        # ("send comments to MO", "to Dr Rao": a person, by initials or name)
                        r"|(?-i:[A-Z]{2,4}|(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]+)"
                        # (or where it goes: "bring a report to the April meeting")
                        r"|(?:the\s+)?(?:next|[a-z]+|\d{1,2}\s+[a-z]+)\s+(?:\d{4}\s+)?(?:meeting|board|committee|council|panel)"
                        # (or whoever asked: "provide the figure to him")
                        r"|him|her|them)$",
                        re.IGNORECASE)
# How a thing is sent, closing a task: "in writing", "by email".
_MANNER_TAIL = re.compile(r"\s+(?:in\s+writing|by\s+e-?mail|by\s+post|verbally|directly)$", re.IGNORECASE)
# Generic words for what was asked for, which the thing asked for replaces: "provide the figure" after
# "asked for the number of officers at the station".
_STANDS_FOR_ASKED = {"figure", "figures", "number", "numbers", "data", "details", "information", "statistics", "breakdown"}
_UPDATE_VERBS = {"update", "inform", "brief", "notify", "remind"}
_TOPIC_WORDS = 12
_TITLE_WORDS = 8

# "(c) 25/141 Defibrillator cabinet at the phone box - still awaiting electrician": an entry's own
# reference and list mark come before its title.
_ENTRY_LEAD = re.compile(r"^(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,3}[.)]|[-*•])?\s*(?:[A-Z]{0,6}\s?\d{1,4}(?:[/.-]\d{1,5}){1,3}\s+)?")
# "Query: Deputy Nagle - number of Garda vehicles": the label of a question-and-answer record.
_LABEL = re.compile(r"^(?:query|question|q\s*\d{0,2}|response|reply|answer|issue|comment|note)\s*[:.]\s+", re.IGNORECASE)
# "Year end: internal auditor booked ...", "Dog fouling signs - the Clerk is ...": the title an entry opens with.
_LEADING_TITLE = re.compile(r"^(?P<title>[A-Z](?:[^.:;!?–—]|\.(?=\s+[A-Z])){1,80}?)(?:\s+[-–—]\s+|:\s+)")
# "Cllr Ní Bhriain raised anti-social behaviour at the walkway", "asked about the verge", "asked for the number of ...";
# what a decision adds to a plan or programme ("the work programme be agreed, with the addition of a report on ...",
# "asked to include satisfaction by crime type in ...").
_RAISED = re.compile(r"\b(?:asked\s+(?:again\s+)?(?:about|for\s+an\s+update\s+on|for|whether)|raised(?:\s+concerns?\s+about)?"
                     r"|(?:the\s+)?(?:addition|inclusion)\s+of|to\s+include"
                     r"|requested(?!\s+that)|suggested(?!\s+that)|proposed(?!\s+that)|requesting|seeking|asking\s+for"
                     r"|about|regarding|concerning|enquired\s+about|queried)\s+(?P<thing>[^.;:!?()]{3,120})")
# "Cllr Nuttall asked that the drainage at Knockmore Cross be added to the list": the thing someone
# asked to have done.
# (Or what the meeting agreed be done: "It was agreed that a briefing for all members be held in April; the
# Council to issue invitations" -> the invitations are to the briefing.)
_ASKED_DONE = re.compile(r"\b(?:asked|requested|proposed|suggested|recommended|asking|requesting|agreed|resolved|decided)\s+that\s+"
                         r"(?P<thing>(?:the|a|an)\s+[^.;:!?()]{3,100}?)\s+(?:be|is|are|should\s+be)\s+"
                         r"(?:[a-z]{3,}ed|given|made|put|kept|taken|done|held|run|set\s+up)\b")
# (A matter someone raised, not any words after "about": "JB would write to the council about parking"
# is a task of its own.)
_RAISED_BY = re.compile(r"\b(?:asked\s+(?:again\s+)?about|raised(?:\s+concerns?\s+about)?|enquired\s+about|queried"
                        r"|complained\s+about)\s+(?P<thing>[^.;:!?()]{3,120})")
# "The group had identified three collision sites for works": what someone found or produced.
_REPORTED_THING = re.compile(r"\b(?:identified|prepared|drafted|compiled|produced|found|proposed|outlined|listed|costed|reported)\s+"
                             r"(?P<thing>(?:the|a|an|\d{1,3}|two|three|four|five|six|several|some)\s+[^.;:!?()]{3,100})")
# "The water trough needs replacing", "Litter pick to be arranged for April", "Footpath 9 stile reported
# broken": the thing the sentence is about.
# (Without an article the subject is a thing only before "to be" or "needs": "Two estimates were
# received" counts, and says nothing of the matter.)
_SUBJECT = re.compile(r"^(?:(?P<thing>(?:[Tt]he|[Aa]n?)\s+[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,6}?)\s+"
                      r"(?:is|are|was|were|needs?|remains?|has\s+been|have\s+been|to\s+be|continues?)"
                      r"|(?P<bare>[A-Z][\w'’-]*(?:\s+[\w'’/-]+){0,6}?)\s+(?:needs?|to\s+be"
                      # ("Footpath WSG/7 stile reported broken again": a thing reported in a bad state)
                      r"|(?:reported|found)\s+(?:\w+\s+)?(?:broken|damaged|missing|blocked|vandalised|vandalized|loose"
                      r"|cracked|faulty|overgrown|flooded|unsafe|stolen|leaking|defective)))\b")
# A thing put before the meeting, with or without an article: "New signs were suggested.", "The revised grass
# cutting contract was discussed." (Not what was received or tabled: "Three quotations were received" names
# no matter of the task after it, "Place the order".)
_PUT_TO_MEETING = re.compile(r"^(?P<thing>[A-Z][\w'’-]*(?:\s+[\w'’/-]+){0,6}?)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                             r"(?:discussed|suggested|proposed|considered|requested"
                             r"|raised|reviewed|agreed|approved|noted)\s*[.;]?\s*$")
# A thing and the work it needs: "Two swing seats need replacing", "The hedge needs cutting back".
_NEEDS_DOING = re.compile(r"^(?P<thing>[A-Z][\w'’-]*(?:\s+[\w'’/-]+){0,6}?)\s+(?:needs?|requires?)\s+(?P<doing>[a-z]{3,}ing)"
                          r"(?:\s+(?:back|out|up|down))?\s*[.;]?\s*$")
# Words that make a phrase a clause, not a title or a thing.
_CLAUSE_WORDS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "reported", "asked",
                 "said", "noted", "agreed", "resolved", "should", "can", "could", "may", "did", "does"}
# (Not a decision's verb: "RESOLVED to defer a decision until a third quote is obtained" names no matter.)
_WORK_OBJECT = re.compile(r"\b(?:to|will|would)\s+(?!(?:defer|note|approve|accept|agree|adopt|reject|decline|receive|await)\b)"
                          r"[a-z]{3,}\s+(?P<thing>(?:the|a|an)\s+[^.;,:()]{3,100})")
# What a decision spends on a thing is not its name: "replace the trough at a cost not exceeding £450",
# "repaint the shelter for £320", "renew the insurance at £1,204".
_COST = re.compile(r"\s+(?:at\s+(?:a\s+)?(?:total\s+|maximum\s+|net\s+)?(?:cost|price|sum)\b|(?:at|for|costing|up\s+to)\s+[£$€]"
                   r"|not\s+(?:exceeding|to\s+exceed)\b|within\s+(?:a|the)\s+budget\b)")
# "to" before one of these is a verb's, not a place's ("storm damage to coastal roads" is a thing).
_VERBS_AFTER_TO = {"be", "have", "do", "make", "take", "give", "get", "see", "go", "come", "bring", "send", "write",
                   "report", "provide", "circulate", "arrange", "attend", "confirm", "consider", "review", "agree",
                   "update", "contact", "share", "check", "draft", "prepare", "discuss", "meet", "ensure"}
_PARTICIPLE = re.compile(r"^[a-z]{2,}[a-df-z]ed$")  # ("speed", "need" are no participles)
_FINITE = {"remains", "needs", "continues", "says", "shows", "awaits", "requires", "outlined", "gave", "made", "took"}
# Item titles that name a standing part of the business, not a matter.
_STANDING_TITLE = re.compile(r"\b(?:reports?|matters?\s+arising|business|aob|a\.o\.b|minutes|correspondence|updates?"
                             r"|questions|motions|planning|finance|apologies|declarations|items?|actions?|review|chair)\b",
                             re.IGNORECASE)
_PEOPLE_OPENERS = re.compile(r"^(?:cllrs?|councillors?|mr|mrs|ms|dr|the\s+(?:clerk|chair|chairman|mayor)|he|she|they|it"
                             r"|we|i|members?|all|no|none|nothing|nil|n/a)\b", re.IGNORECASE)
# "the charging points for Ballyduff which had been raised in November": the thing, without what is said of it.
_RELATIVE = re.compile(r",?\s+(?:which|that|who|where)\s+")
_TRAILING_TIME = re.compile(r"\s+(?:again|in\s+the\s+evenings?|at\s+night|recently|this\s+month|last\s+month)$",
                            re.IGNORECASE)


# Verbs that terse minutes join with "and" over one object left unsaid ("Sign and return", "Check and circulate").
_PAIRED_VERBS = {"sign", "return", "circulate", "send", "forward", "file", "report", "comment", "respond", "reply",
                 "share", "distribute", "submit", "publish", "display", "post", "confirm", "review", "check", "approve",
                 "pay", "process", "update", "amend", "print", "complete", "countersign", "scan", "upload", "action"}


def is_terse(what: str) -> bool:
    """Whether a task's words leave out what it is about."""
    words = what.rstrip(" .;:").split()
    if not words or len(words) > 8:
        return False
    verb, rest = words[0].lower(), [word.lower().strip(",.") for word in words[1:]]
    if not verb.isalpha() or verb.endswith("ed") or verb.endswith("ing") and len(verb) > 5 and verb != "bring":
        return False
    if all(word in _EMPTY_WORDS for word in rest):
        return True
    paired = rest[:-1] if len(rest) > 2 and _pronoun_at(rest, len(rest) - 1) else rest
    if 2 <= len(paired) <= 3 and paired[-2] in {"and", "&"} and plain_form(paired[-1]) in _PAIRED_VERBS and (
            len(paired) == 2 or paired[0] in _PAIRED_VERBS):
        return True  # "sign and return", "check, sign and return": verbs joined, their one object unsaid
    if _pronoun_at(rest, 0):
        return True  # "provide it in writing to the Deputy": what "it" is goes unsaid
    if len(rest) >= 2 and rest[0] in _POSSESSIVES and rest[1].isalpha():
        return True  # "arrange its circulation": whose circulation goes unsaid
    if len(rest) >= 2 and rest[0] in _BEFORE_A_THING and _pronoun_at(rest, 1):
        return True  # "deal with it", "follow up on same": the thing after the verb's word goes unsaid
    if verb in _SENDING_VERBS and rest[0] == "to":
        return True  # "Clerk to circulate to all members for comment": what is sent goes unsaid
    # The object alone, then nothing that says more ("announce it on the mailing list" says where).
    # ("Draft the joint letter": a word that describes the thing after "the" points back to one named before.)
    # Whom it goes to says nothing of the matter either ("circulate the list to members").
    joined = " ".join(words[1:])
    manner = _MANNER_TAIL.search(joined) if len(joined) == len(" ".join(rest)) else None
    if manner:
        # ("provide the figure to him in writing": how it is sent says nothing of the matter.)
        joined, rest = joined[:manner.start()], " ".join(rest)[:manner.start()].split() or rest
    recipient = _RECIPIENT.search(joined)
    if recipient:
        rest = " ".join(rest)[:recipient.start()].split() or rest
    if len(rest) > 5:
        return False
    object_words = words[1: 1 + len(rest)]
    content = rest[1:] if rest[0] in _ARTICLES else rest
    while content and content[-1] in _EMPTY_WORDS and content[-1] not in {"on", "and"}:
        content = content[:-1]
    most = 1 if rest[0] in {"the", "this", "that", "these", "its", "their"} else 2
    if 1 <= len(content) <= most and content[-1] in _GENERIC_NOUNS and not any(w[:1].isupper() for w in object_words):
        return True
    if verb not in _CONTACT_VERBS:
        return False
    if verb in _UPDATE_VERBS and 2 < len(words) <= 5 and rest[-1] in _AUDIENCE and all(
            word[:1].isupper() for word in words[1:-1]):
        return True  # "update Municipal District members", "brief Board members": the audience, named by its body
    # A word of contact says the matter only when its object is a pronoun ("ping her", "ask them") or,
    # for a word of updating, the audience alone ("update members"); "contact the landowner" names
    # who, and whoever wrote it took that to be enough.
    if rest and rest[0] in {"to", "with"}:
        rest = rest[1:]
    target = [word for word in rest if word not in _EMPTY_WORDS or word in {"her", "him", "them"}]
    if len(target) != 1:
        return False
    return target[0] in {"her", "him", "them"} or verb in _UPDATE_VERBS and target[0] in _AUDIENCE


def is_contact(what: str) -> bool:
    """ "Write to the landowner", "Contact the school": a word of contact and whom, the matter unsaid.
    Whoever wrote it may have taken the whom to be enough, so only a matter someone raised just
    before ("A resident raised overgrown hedges on Mill Lane.") is taken as its topic."""
    words = what.rstrip(" .;:").lower().split()
    if len(words) < 2 or len(words) > 5 or words[0] not in _CONTACT_VERBS - {"meet", "ping"} | {"report", "respond", "reply"}:
        return False
    rest = words[2:] if words[1] in {"to", "with"} else words[1:]
    return 0 < len(rest) <= 3 and not any(word in _MATTER_WORDS for word in rest)


# A closing condition on when the task falls due: "when it is returned", "once they reply".
# (Only with a pronoun: "find out when the report is due" asks what is not yet known.)
_WHEN_CLAUSE = re.compile(r",?\s+(?:when|once|as\s+soon\s+as|after)\s+(?:it|they|this|these"
                          # (or the answer awaited: "once a reply was received", "when the decision issues")
                          r"|(?:a|an|the)\s+(?:reply|response|answer|decision|outcome|result|results)\b)\b.*$",
                          re.IGNORECASE)


# A task that takes on what was just asked: "Officials agreed to do so", "Sgt Byrne will arrange this".
_TAKES_ON = re.compile(r"^(?P<verb>do|arrange|organise|organize)\s+(?:so|this|that|it)\b(?P<tail>.*)$", re.IGNORECASE)
# What was asked: "Members asked officials to share the list ...", "Cllr Doyle requested that the
# Community Garda attend the next meeting ..." (who is to do it, then the work).
_ASKED_TO = re.compile(r"\b(?:asked|requested|invited|urged|tasked|instructed|directed)\s+(?P<who>(?:[\w'’.-]+\s+){1,6}?)to\s+"
                       r"(?P<work>(?!be\b)[a-z]{2,}\b[^.;!?]{3,200})")
_ASKED_THAT = re.compile(r"\b(?:asked|requested|proposed|suggested|recommended)\s+that\s+(?P<who>[^.;!?]{2,80}?)\s+"
                         r"(?P<work>(?:attend|go|come|visit|meet|write|contact|send|provide|present|bring|review|consider"
                         r"|report|share|circulate|receive|give|take|speak|join|look|check|prepare|draft|arrange)\b[^.;!?]{3,200})")


def taken_on(what: str, before: list[str]) -> str | None:
    """ "Do so", "arrange this" after a request in the sentence before it: the work requested, as a
    register gives it ("Members asked officials to share the list of X. Officials agreed to do so"
    -> "Share the list of X"; "Cllr A requested that the Garda attend the residents' meeting. The
    Sergeant will arrange this" -> "Arrange for the Garda to attend the residents' meeting")."""
    task = _TAKES_ON.match(what.strip())
    if not task:
        return None
    for sentence in reversed(before[-2:]):
        asked = _ASKED_THAT.search(sentence) or _ASKED_TO.search(sentence)
        if not asked:
            continue
        who = " ".join(asked["who"].split())
        work = asked["work"].strip(" ,")
        tail = task["tail"].rstrip(" .;:")
        if task["verb"].lower() == "do":
            return f"{work[:1].upper()}{work[1:]}{tail}"
        if re.match(r"(?:him|her|them|us|me|it)\b", who, re.IGNORECASE):
            return None
        return f"{task['verb'][:1].upper()}{task['verb'][1:].lower()} for {who} to {work}{tail}"
    return None


# Taking on what was asked to be done or shown: "The Chief Data Officer agreed to include this" after "Members
# asked for departments that had missed three months to be named in the next report", "agreed to include these"
# after "asked that future reports show abandonment rates by month".
_TAKES_IN = re.compile(r"^(?P<verb>include|provide|add|action|do)\s+(?:this|these|it|them|that)\b(?P<tail>.*)$", re.IGNORECASE)
_ASKED_TO_BE = re.compile(r"\basked\s+for\s+(?P<thing>[^.;!?]{3,100}?)\s+to\s+be\s+(?P<verb>[a-z]{3,}ed|shown|given|sent|made)\b"
                          r"(?P<rest>[^.;!?]{0,100})")
_ASKED_SHOWN = re.compile(r"\basked\s+that\s+[^.;!?]{2,60}?\s+(?:show|include|list|set\s+out|give|report)\s+(?P<thing>[^.;!?]{3,100})")


def _taken_in(what: str, before: list[str]) -> str | None:
    task = _TAKES_IN.match(what.strip())
    if not task:
        return None
    tail = task["tail"].rstrip(" .;:")
    for sentence in reversed(before[-2:]):
        asked = _ASKED_TO_BE.search(sentence)
        if asked:
            verb = plain_form(asked["verb"])
            return f"{verb[:1].upper()}{verb[1:]} {asked['thing'].strip()}{asked['rest'].rstrip(' ,')}{tail}"
        shown = _ASKED_SHOWN.search(sentence)
        if shown:
            return f"{task['verb'][:1].upper()}{task['verb'][1:].lower()} {shown['thing'].strip(' ,')}{tail}"
    return None


def about(what: str, before: list[str], title: str | None = None, earlier_task: str | None = None) -> str:
    """`what` with its topic when its words leave the matter out: from the task set just before
    (`earlier_task`), the sentences `before` it in its entry (nearest last), or the item's `title`."""
    requested = taken_on(what, before) or _taken_in(what, before)
    if requested:
        return requested
    clause = _WHEN_CLAUSE.search(what)
    if clause and not is_terse(what) and is_terse(head := what[:clause.start()]):
        # "Update members when it is returned": the condition says nothing of the matter either.
        told = about(head, before, title, earlier_task)
        return what if told == head else f"{told},{clause[0].lstrip(',')}"
    if is_terse(what):
        noun = pointed_back_noun(what)
        earlier = task_object(earlier_task) if earlier_task else None
        topic = earlier or topic_before(before)
        if noun and topic and not _mentions(topic, noun) and (topic == earlier or _worked_on(topic, before[-2:])):
            # "Check the accounts" after "The Clerk to pay the hedge cutting invoice": a definite noun for a thing
            # of its own points back to an earlier task's object only where that object is the same thing.
            # (A label's matter, "Year end: ... Clerk to prepare the accounts", is what the entry is about.)
            return what
        if not topic and title and len(title.split()) > 1 and not _STANDING_TITLE.search(title) and not title.isupper():
            # (A title of one word, "Housing", "Jobs", names a field of the body's business, not a matter;
            # one in sentence case, "Broken links", is an ordinary phrase mid-sentence.)
            topic = title[:1].lower() + title[1:] if title[1:].islower() or title[1:] == title[1:].lower() else title
        return with_topic(what, topic)
    results = _RESULTS.match(what)
    if results:
        # "a targeted operation would commence this month and she would report the results to the June
        # meeting": the results are the operation's, the thing the words before said would be run.
        for sentence in reversed(before[-2:]):
            run = _RUN_THING.search(sentence)
            if run:
                thing = re.sub(r"^(?:a|an|the)\s", "the ", run["thing"], flags=re.IGNORECASE)
                return f"{what[:results.end()]} of {thing}{what[results.end():]}"
    if _REPLY_END.search(what):
        # "Mr Lund asked how patients would be told ... . The Director will send him a written reply": the
        # reply is on what was asked.
        for sentence in reversed(before[-2:]):
            question = _ASKED_WH.search(sentence)
            if question:
                wh = "whether" if question["wh"] == "if" else question["wh"]
                return f"{what.rstrip(' .;:')} on {wh} {question['clause'].strip(' ,')}"
    if is_contact(what):
        for sentence in reversed(before[-2:]):
            raised = _RAISED_BY.search(_ENTRY_LEAD.sub("", sentence.strip(), count=1))
            thing = _TRAILING_TIME.sub("", _RELATIVE.split(raised["thing"].strip(" ,"), maxsplit=1)[0]) if raised else None
            if thing and _is_phrase(thing):
                return with_topic(what, thing)
    return what


def pointed_back_noun(what: str) -> str | None:
    """The noun for a thing of its own a terse task names after a definite article or "this" and no more ("Review
    the accounts" gives "accounts"): a word that may point back to the same thing named before it."""
    words = [word.lower().strip(",.;:") for word in what.rstrip(" .;:").split()]
    if len(words) == 3 and words[1] in {"the", "this", "that", "these", "those"} and words[2] in _THINGS_OF_THEIR_OWN:
        return words[2]
    return None


# Nouns of the generic kind that name a thing of their own ("the accounts", "the policy"), not a part or a product
# of another matter as "the outcome", "the details" or "the response" are.
_THINGS_OF_THEIR_OWN = {"accounts", "policy", "meeting", "visit", "list"}


def _worked_on(topic: str, sentences: list[str]) -> bool:
    """Whether a matter is the object of work one of the sentences sets ("... to pay the hedge cutting invoice")."""
    return any(re.search(rf"\bto\s+[a-z]{{2,20}}\s+{re.escape(topic)}", sentence, re.IGNORECASE) for sentence in sentences)


def _mentions(text: str, noun: str) -> bool:
    """Whether words name the same thing as `noun`, in its singular or plural ("account", "accounts")."""
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    return any(word == stem or word == f"{stem}s" or word == noun
               for word in re.findall(r"[a-z]+", text.lower()))


# The results of something, not said of what: "report the results to the June meeting".
_RESULTS = re.compile(r"^\w+\s+(?:back\s+)?(?:on\s+)?the\s+(?:results?|outcomes?|findings)\b(?!\s+of\b)", re.IGNORECASE)
# A thing the words before say would be run: "a targeted operation would commence", "the survey will be carried out".
_RUN_THING = re.compile(r"\b(?P<thing>(?:a|an|the)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?)\s+(?:would|will|is\s+to|was\s+to)\s+(?:be\s+)?"
                        r"(?:commence|start|begin|run|take\s+place|carried\s+out|held|launched|conducted|undertaken|completed)\b",
                        re.IGNORECASE)
# A reply, response or answer closing a task, and a question someone asked ("asked how ...", "asked whether ...").
_REPLY_END = re.compile(r"\b(?:an?\s+|the\s+)?(?:written\s+|full\s+|formal\s+)?(?:reply|response|answer)$", re.IGNORECASE)
_ASKED_WH = re.compile(r"\b(?:asked|queried|enquired|wanted\s+to\s+know)\s+(?P<wh>how|whether|why|when|what|if)\s+"
                       r"(?P<clause>[^.;!?]{3,120})")


# A minute's number or reference before its words: "5.1", "(b)", "25/118", "STP/24 –".
_REFERENCE = re.compile(r"^\s*(?:\(?[a-z0-9]{1,4}[.)]\s+|[\w/.-]*\d[\w/.-]*\s+(?:[-–—:]\s+)?)", re.IGNORECASE)
# A heading in capitals run onto the sentence after it, as PDF text joins an item's title to its first line
# ("26.67 COUNTY COUNCILLOR'S REPORT County Cllr Lomax reported ..."): the sentence opens after it.
_GLUED_HEADING = re.compile(r"^(?:[A-Z0-9'’&/,().-]{2,}\s+){2,10}(?=[A-Z][a-z])")
# "him" or "her" as whom a task is done for: "send him a written reply", "provide the figures to her".
_OBJECT_PRONOUN = re.compile(r"(?<=\s)(?:him|her)\b(?!\s+(?:own|self)\b)")


def opening_person(sentence: str, owners: Owners) -> str | None:
    """The person a sentence opens with, as the minute names them: whom "she" or "he" in the next one
    means, and whom "him" or "her" there is done for."""
    words = _GLUED_HEADING.sub("", _REFERENCE.sub("", sentence, count=1), count=1).split()
    for size in range(min(4, len(words)), 0, -1):
        candidate = " ".join(words[:size]).strip(" ,;:")
        if owners.known_person(candidate) or owners.is_person(candidate):
            return candidate
    return None


def asker_named(what: str, who: str | None, asker: str | None, owners: Owners) -> str:
    """ "Mr Lund asked how patients would be told. The Director will send him a written reply": whom
    "him" or "her" means is whoever opened the sentence before (`asker`), as the minute names them,
    unless that is who does the task."""
    pronoun = _OBJECT_PRONOUN.search(what)
    if pronoun is None or not asker or who and owners.resolve(asker) == who or re.search(
            r"\s[A-Z@]", what[:pronoun.start()]):
        return what  # (nor when the task names someone before it: "Ask Rhodri whether ... - Corinne will ask him")
    return f"{what[:pronoun.start()]}{asker}{what[pronoun.end():]}"


def topic_before(before: list[str]) -> str | None:
    """The matter the words before a terse task are about: the nearest of the last two
    sentences that names one."""
    for sentence in reversed(before[-2:]):
        topic = _topic_of(sentence)
        if topic and re.search(r"[A-Za-z]{2}", topic):
            return topic  # (a sum or a figure alone, "£612", is no matter: "The sale raised £612.")
    return None


def _topic_of(sentence: str) -> str | None:
    text = _LABEL.sub("", _ENTRY_LEAD.sub("", sentence.strip(), count=1).strip(), count=1)
    if not text:
        return None
    needing = _NEEDS_DOING.match(text)
    if needing and _is_thing(needing["thing"]) and not _PEOPLE_OPENERS.match(needing["thing"]):
        # "Two swing seats need replacing.": the work the thing needs is the matter ("replacing two swing seats").
        return f"{needing['doing'].lower()} {needing['thing'][:1].lower()}{needing['thing'][1:]}"
    # (A lead before a dash, "Letter from the County Council on the draft plan – Clerk to circulate ...",
    # may run longer than a title on a line of its own.)
    most = _TOPIC_WORDS if text.rstrip()[-1:] in "-–—:" else _TITLE_WORDS
    bare = text.rstrip(" .:-–—")
    words = bare.split()
    if 0 < len(words) <= most and _is_thing(bare, most) and bare[:1].isupper() and not _PEOPLE_OPENERS.match(bare) and (
            not re.search(r"\s[-–—]\s|:", bare)):
        return bare  # "Annual Parish Meeting." alone: the entry's title
    title = _LEADING_TITLE.match(text)
    if title and _is_thing(title["title"]):
        after = re.split(r"[,.;(]", text[title.end():], maxsplit=1)[0].strip()
        if all(word[:1].isupper() for word in title["title"].split()):
            # "Devon County Council - consultation on the cycling plan": the name before the dash is who
            # wrote; what they wrote about comes after it (a name alone, as a running header gives
            # one, is no matter).
            return after if _is_thing(after, _TOPIC_WORDS) and after[:1].islower() else None
        return title["title"]
    coming = _COMING.search(text) if "there " in text else None
    if coming and _is_thing(coming["thing"], _TOPIC_WORDS):
        # "Next month there will be a bulky waste amnesty at the depot. Information will be circulated.": what
        # is coming is the matter of the notice about it.
        return coming["thing"]
    found = _REPORTED_THING.search(text)
    if found:
        thing = _COST.split(found["thing"].strip(" ,"), maxsplit=1)[0]
        if _is_thing(thing, _TOPIC_WORDS):
            return thing
    asked = _ASKED_DONE.search(text)
    if asked and _is_phrase(asked["thing"]):
        return asked["thing"]
    raised = _RAISED.search(text)
    if raised:
        thing = _TRAILING_TIME.sub("", _RELATIVE.split(raised["thing"].strip(" ,"), maxsplit=1)[0])
        if _is_phrase(thing):
            return thing
    subject = _SUBJECT.match(text)
    thing = subject and (subject["thing"] or subject["bare"])
    if thing and _is_thing(_without_described(thing)) and not _PEOPLE_OPENERS.match(thing):
        return thing
    put = _PUT_TO_MEETING.match(text)
    if put and _is_thing(_without_described(put["thing"])) and not _PEOPLE_OPENERS.match(put["thing"]):
        # "New signs were suggested.", "The revised contract was discussed.": the thing before the meeting.
        return put["thing"][:1].lower() + put["thing"][1:]
    # "Cllrs A and B to attend the code of conduct training on 4 February", "X to confirm the
    # administrator is available": what the work before was done to, up to any clause of its own.
    work = _WORK_OBJECT.search(text)
    if work:
        words = work["thing"].split()
        end = next((index for index, word in enumerate(words) if index and (
            word.lower() in _CLAUSE_WORDS or word.lower() == "to" and index + 1 < len(words)
            and words[index + 1].lower() in _VERBS_AFTER_TO)), len(words))
        thing = _COST.split(" ".join(words[:end]), maxsplit=1)[0]
        if _is_thing(thing, _TOPIC_WORDS):
            return thing
    return None


# An event the sentence says is coming ("there will be open days at the depot", "there would be a walkabout").
_COMING = re.compile(r"\bthere\s+(?:will|would|is\s+to|are\s+to)\s+be\s+(?P<thing>(?:an?\s+|the\s+|two\s+|three\s+)?"
                     r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?)(?=\s+(?:rolled|held|taking|run|running|on|in|at|across|from|for|during|"
                     r"between|around|throughout|this|next)\b|\s*[,.;]|\s*$)", re.IGNORECASE)


def _is_phrase(phrase: str) -> bool:
    """Whether what someone raised or asked about is a noun phrase ("the blocked culvert on Ford
    Lane"), not a clause ("whether the path is open")."""
    words = phrase.split()
    # (Money raised, "The sale raised £612", is a sum, not a matter raised.)
    return 0 < len(words) <= _TOPIC_WORDS and not any(word.lower() in _CLAUSE_WORDS for word in words) and bool(
        re.search(r"[A-Za-z]{2}", phrase))


def _without_described(phrase: str) -> str:
    """A noun phrase without the participle that describes it after its article ("the revised contract"
    is a thing as much as "the contract" is; "revised" is no verb there)."""
    words = phrase.split()
    if len(words) > 2 and words[0].lower() in _ARTICLES and _PARTICIPLE.search(words[1]):
        return " ".join([words[0], *words[2:]])
    return phrase


def _is_thing(phrase: str, most: int = _TITLE_WORDS) -> bool:
    """Whether words name a thing, not a clause: no finite verb or participle after the first word
    ("Two quotes received", "Footpath 14 remains blocked" say what happened)."""
    words = phrase.split()
    return 0 < len(words) <= most and not any(
        word.lower() in _CLAUSE_WORDS or index and (_PARTICIPLE.search(word) or word.lower() in _FINITE)
        or word.lower() == "to" and index + 1 < len(words) and words[index + 1].lower() in _VERBS_AFTER_TO
        for index, word in enumerate(words))


def task_object(what: str) -> str | None:
    """The thing a task sets work on ("Attend the training on 4 February" gives "the training
    on 4 February"): the topic of a terse task set after it."""
    words = what.rstrip(" .").split()
    if len(words) < 3 or is_terse(what):
        return None
    rest = " ".join(words[1:])
    return rest if _is_thing(rest, _TOPIC_WORDS) else None


def with_topic(what: str, topic: str | None) -> str:
    """A terse task and its topic, as a register gives it ("Chase: defibrillator cabinet at the
    phone box"); a topic the task already names, or none, leaves it as it was. A pronoun that
    stands for the topic gives way to it ("Raise it at the WG" -> "Raise running the checker in CI
    at the WG"), also a topic that opened its sentence ("The speed watch group needs two more
    volunteers. All to promote it" -> "Promote the speed watch group")."""
    if not topic:
        return what
    if topic.split()[0] in {"The", "A", "An"}:
        topic = topic[:1].lower() + topic[1:]  # "The water trough needs replacing": the thing, mid-sentence
    words = what.split()
    if len(words) > 2 and words[1].lower() in _POSSESSIVES and not topic[:1].isupper():
        # ("NC to arrange its circulation" after "The new protocol has been agreed": the protocol's circulation.)
        return " ".join([words[0], "the", words[2], "of", topic.strip(" .,;:"), *words[3:]])
    if len(words) > 1 and _pronoun_at(words, 1) and not topic[:1].isupper():
        return " ".join([words[0], topic.strip(" .,;:"), *words[2:]])
    if len(words) >= 3 and words[1].lower() in {"the", "a", "an"} and words[2].lower().strip(",.") in _STANDS_FOR_ASKED and (
            topic.split()[0].lower() in {"the", "a", "an"}):
        return " ".join([words[0], topic.strip(" .,;:"), *words[3:]])  # ("Provide the number of ... to him in writing")
    if len(words) >= 3 and words[1].lower() in _BEFORE_A_THING and _pronoun_at(words, 2) and not topic[:1].isupper():
        return " ".join([*words[:2], topic.strip(" .,;:"), *words[3:]])  # ("Deal with it" -> "Deal with the broken gate")
    if len(words) > 1 and words[1] == "to" and words[0].lower() in _SENDING_VERBS:
        # (What is sent takes the object's place: "Circulate the county's letter to all members".)
        thing = topic[:1].lower() + topic[1:] if topic.split()[0] in {"The", "A", "An", "Letter", "Report"} else topic
        return " ".join([words[0], thing.strip(" .,;:"), *words[1:]])
    topic = " ".join(topic.split()).strip(" .,;:")
    said = set(re.findall(r"\w+", what.lower()))
    named = [word for word in re.findall(r"\w+", topic.lower()) if word not in _ARTICLES]
    if not named or all(word in said for word in named):
        return what
    joining = _NOUN_JOINS.get(words[-1].lower().strip(" .;:")) if len(words) <= 3 else None
    if joining and (topic.split()[0].lower() in {"the", "a", "an"} or joining == "of" or words[-1].lower() == "pricing"):
        # ("Issue invitations to the briefing for members", "Obtain quotes for the trough": what the noun
        # is for, joined as the noun takes it.)
        return f"{what.rstrip(' .;:')} {joining} {topic}"
    if _VERBS_ALONE.match(what) and topic[:1].islower():
        # ("Clerk to circulate." after "The revised contract was discussed.": circulate that contract.)
        return f"{what.rstrip(' .;:')} {topic}"
    return f"{what.rstrip(' .;:')}: {topic}"


# A task of its verb alone, or two joined ("Circulate", "Sign and return").
_VERBS_ALONE = re.compile(r"^[A-Za-z]+(?:\s+(?:and|&)\s+[a-z]+)?[\s.;:]*$")


# The word a generic noun takes before its thing.
_NOUN_JOINS = {"invitations": "to", "invitation": "to", "invites": "to", "quotes": "for", "quote": "for",
               "quotations": "for", "quotation": "for", "comments": "on", "details": "of", "information": "on",
               "pricing": "for", "costs": "of", "costings": "for"}
