"""A clause of a decision or a request that sets work: "that the Clerk write to the County", "the
Board asked the Director to bring a paper", "(ii) to instruct the Chief Officer to ...", "delegated
authority to the Clerk to ...", and a resolution's passive "the report be sent to the Panel by 8 May"."""

from __future__ import annotations

import re

from minutes.actions import BODY_BUSINESS, NOT_PLAIN_VERBS, NOT_VERBS, THE_BODY, Task
from minutes.decisions import sentences
from minutes.owners import Owners
from minutes.people import looks_like_name
from minutes.vocabulary import is_role
from minutes.when import find_due_phrase
from minutes.wording import IRREGULAR, REQUIRED_BY, plain_form, tidy_what, without_at_end

# A resolution's clause in the infinitive opens with "to" ("(ii) to instruct ...", "... and to
# request that ..."); "the panel wants to ask the Board" is a wish, not a request made.
_CLAUSE_TO = r"(?:^|(?<=[;:,(])\s*|(?<=\))\s*|\band\s+)to\s+"
# A post written in lower case after "the", as small bodies write their officers: "The clerk was asked to
# write to the planning authority", "asked the treasurer to pay the hall invoice".
LOWER_POST = (r"(?-i:[Tt]he)\s+(?:(?:vice|deputy|assistant|parish|town|hon\.?|honorary|minutes|membership|bookings?"
              r"|fixtures|social|hall|club)[\s-]+)?(?:clerk|chairman|chairwoman|chairperson|chair|treasurer|secretary"
              r"|president|vicar|rector|churchwardens?|caretaker|webmaster|editor|captain)(?![\w'’-])")
_ASKED_THAT = re.compile(
    r"(?:\b(?:asked|requested|required|agreed|recommended|instructed|asks|requests|instructs)|" + _CLAUSE_TO
    + r"(?:ask|request|instruct))\s+that\s+"
    r"(?P<owner>" + LOWER_POST + r"|(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*|(?:all\s+|relevant\s+|council\s+)?(?:officers|partners|agencies))"
    r"\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# "instructed the Chief Finance Officer to report ...", "asked CR and JH to bring ...", and a
# resolution's clause in the infinitive: "(ii) to instruct the Chief Officer to add ...".
_ASKED_TO = re.compile(
    r"(?:\b(?:asks|asked|instructs|instructed|requests|requested|invites|invited|directs|directed|tasks|tasked"
    r"|commissioned|mandated)|" + _CLAUSE_TO + r"(?:ask|instruct|request|invite|direct|task))\s+(?P<owner>" + LOWER_POST
    + r"|(?:the\s+)?[A-Z][\w'’&-]*"
    r"(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|&))*|(?:the\s+|all\s+|relevant\s+)?(?:staff|officers|partners|agencies))"
    r"\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# Words without which nothing asks anyone for anything (each looked for as written: quicker than one pattern).
_ASK_WORDS = ("ask", "request", "requir", "agreed", "recommend", "instruct", "invite", "direct", "task", "commission",
              "mandated", "remind", "encourag", "urged", "authori", "empowered")
_WAS_ASKED = re.compile(
    r"^(?P<owner>" + LOWER_POST + r"|(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for))*)\s+(?:was|were|is|are|be|has\s+been|have\s+been)\s+"
    r"(?:asked|requested|tasked|invited|instructed|directed|reminded|encouraged|urged|authori[sz]ed|empowered)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$"
)
# What opens a clause of a resolution or agreement before the clause itself.
_CLAUSE_LEAD = re.compile(
    r"^(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+)?(?:(?:it\s+was\s+)?(?:further\s+|also\s+)?(?:resolved|agreed|decided)\s*[:,\-–]?\s*)?"
    r"(?:that\s+(?=the\s+(?:board|committee|panel|group|council|forum|partnership|members)\b))?"
    r"(?:(?:the\s+)?(?:board|committee|panel|group|council|forum|partnership|members)\s+"
    r"(?=(?:also\s+)?(?:asks?|asked|agrees?|agreed|requests?|requested|resolves?|recommends?|instructs?|directs?)\b)"
    # "The Deputy Chairman requested that the terms be circulated": whoever asks, by name or office,
    # is no part of what they asked for.
    r"|(?-i:(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for)){0,4})\s+"
    r"(?=(?:also\s+)?(?:asked|requested|recommended|instructed|directed)\s+that\b))?"
    r"(?:(?:also\s+)?(?:asks?|asked|agrees?|agreed|requests?|requested|resolves?|recommends?|instructs?|directs?)\s+)?"
    r"(?:that\s*[:,]?\s*)?",
    re.IGNORECASE,
)
# Councils record who moved and who seconded a motion before what it resolved: "On the proposal of Cllr
# Lee, seconded by Cllr Ross, it was agreed that ...", "It was proposed by Cllr Lee and seconded by Cllr
# Ross that ...", "Cllr Lee proposed and Cllr Ross seconded that ...". The movers own none of it.
_MOTION_LEAD = re.compile(
    r"^(?:(?:on\s+the\s+)?(?:proposal|motion)\s+of\s+[^,;]{2,60}?,?\s+seconded\s+by\s+[^,;]{2,60}?,\s*"
    r"|it\s+was\s+(?:proposed|moved)\s+by\s+[^,;]{2,60}?,?\s+(?:and\s+)?seconded\s+by\s+[^,;]{2,60}?\s+"
    r"(?:and\s+(?:unanimously\s+)?(?:agreed|resolved)\s+)?(?=that\s)"
    r"|[^,;]{2,60}?\s+(?:proposed|moved)\s*,?\s+(?:and\s+)?[^,;]{2,60}?\s+seconded\s*,?\s+(?=that\s))",
    re.IGNORECASE)
# "the Clerk place the order": a named person, role or body and the verb in its plain form.
# ("PPN members would take away the draft", "the Housing section would hold ...": a body's people or
# part, written small after its name, are the owner, not the verb.)
_SUBJUNCTIVE = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|&))*"
    r"(?:\s+(?:members|representatives|reps|officers|officials|section|team|teams|staff|partners|colleagues|leads"
    r"|secretariat|department|directorate|unit|service|services)(?=\s+(?:would|will|should|shall|to)\s))?"
    r"|(?:the\s+|all\s+|relevant\s+)?(?:officers|partners|agencies|members))\s+"
    r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)$"
)
# "a report be brought to the next meeting": a task set without an owner.
_PASSIVE = re.compile(r"^(?P<object>(?:a|an|the|further|this|that|[a-z]+)\b.{0,120}?)\s+be\s+(?P<verb>[a-z]{3,})\b(?P<rest>.*)$",
                      re.IGNORECASE)
# Verbs a resolution uses for a view, not a task ("the Council support the scheme").
# The thing a passive does work to is a noun phrase, never a clause of its own: "The panel recommended that
# the template be tested" gives a view ("recommended that ..."), and "the panel recommended that the template"
# is no thing (read as such it worded "Test the panel recommended that the letter template").
_VIEW_THAT = re.compile(r"\b(?:[a-z]{3,}ed|said|felt|thought|held|took\s+the\s+view)\s+that\s")
_STANCE_VERBS = {"note", "notes", "support", "welcome", "agree", "accept", "approve", "endorse", "recognise",
                 "acknowledge", "thank", "congratulate", "consider", "discuss", "receive", "be", "not", "also",
                 "request", "resolve", "recommend", "delegate", "adopt", "ratify", "remain", "continue", "have"}
# Passive verbs that record a decision ("be noted", "be approved") rather than set work.
DECIDED = {"noted", "approved", "agreed", "accepted", "endorsed", "adopted", "received", "signed", "deferred",
           "ratified", "welcomed", "supported", "confirmed", "granted", "refused", "delegated", "authorised",
           "authorized", "appointed", "elected", "co-opted", "reappointed", "paid", "made", "ratified", "closed",
           "formally", "amended", "extended", "let", "kept", "retained", "updated", "removed", "withdrawn",
           "recommended", "taken", "minuted", "published", "excluded", "resolved", "dealt", "determined",
           "permitted", "allowed", "admitted", "readmitted", "suspended", "waived", "filed", "declared",
           "thanked", "congratulated", "recorded", "increased", "decreased", "reduced", "frozen", "fixed",
           "maintained", "continued", "declined", "rejected"}
# "the Committee's views be reported to Cabinet": a referral, unless it is due by a date or meeting.
_REFERRED = {"reported", "referred", "passed"}
_MODAL_END = re.compile(r"\b(?:should|would|could|must|will|may|might|can|to|not|cannot|shall|also)$", re.IGNORECASE)


def clause_task(text: str, owners: Owners, after_marker: bool = False) -> Task | None:
    """A clause of a resolution that sets work: "(b) the Clerk place the order" (a named
    owner and the verb in its plain form) or "a report be brought to the next meeting"
    (the passive, with no owner). Clauses that record a view or a decision ("the report be
    noted", "the Board notes ...") set none."""
    plain = " ".join(text.split()).strip(" ;,.")
    if "authority" in plain:
        delegated = delegated_task(plain, owners)
        if delegated is not None:
            return delegated
    clause = _CLAUSE_LEAD.sub("", _MOTION_LEAD.sub("", plain, count=1) if "second" in plain[:160].lower() else plain, count=1)
    # "It was agreed that a letter would be sent ...": after an agreement, "would be" sets the task.
    agreed = bool(re.search(r"\b(?:agreed|resolved|decided)\b.*\bthat\s*$", plain[: len(plain) - len(clause)], re.I))
    if _WAS_ASKED.match(clause):
        # "(b) the Treasurer be requested to provide ...": the one asked owns the task.
        return asked_task(clause, owners)
    due = find_due_phrase(clause)
    match = _SUBJUNCTIVE.match(clause)
    if match and match["verb"] in _CLAUSE_MODALS and not (match["verb"] == "should" and match["owner"].split()[-1].islower()) \
            and len(sentences(clause)) == 1:
        # "Agreed that the Steering Committee should source a speaker": the verb after the modal
        # ("members should go through the Chair" is guidance to all, not a task).
        after = re.match(r"\s+(?P<verb>[a-z]{2,})\b(?P<rest>.*)$", match["rest"])
        match = {"owner": match["owner"], "verb": after["verb"], "rest": after["rest"]} if after else None
    verb = _plain_verb(match["verb"], match["rest"]) if match else None
    if verb and verb not in _STANCE_VERBS | NOT_PLAIN_VERBS:
        owner = re.sub(r"^the\s+", "", match["owner"].strip(), flags=re.IGNORECASE)
        if THE_BODY.match(owner):
            return None  # "That the Partnership contribute £500": the meeting deciding, not a task
        if owners.is_person(owner) or owners.is_owner(owner, strict=True) or is_role(owner) or (
                owners.is_owner(owner, strict=False) and len(owner.split()) <= 5):
            rest = verb + match["rest"]
            rest_due = find_due_phrase(rest, task=True)
            what = tidy_what(without_at_end(rest, rest_due))
            return Task(what, owners.resolve(owner), str(rest_due.value) if rest_due else None) if what else None
    passive = _PASSIVE.match(clause)
    if passive and " that " in passive["object"] and _VIEW_THAT.search(passive["object"]):
        return None  # "The panel recommended that the template be tested": a clause is no thing
    if passive and _MODAL_END.search(passive["object"]):
        # "the classes should be expanded": a view, not a resolution's clause; beside an owner's
        # marker, "a recovery trajectory will be brought to the April committee" is the task.
        if not (after_marker or agreed) or not re.search(r"\b(?:will|would|to|should)$", passive["object"]):
            passive = None
        else:
            passive = _PASSIVE.match(re.sub(r"\s+(?:(?:is|are)\s+to|will|would|to|should)\s+be\s+", " be ", clause, count=1))
    if passive and re.match(r"\s+(?:at|to)\s+(?:£|\$|€)?\d", passive["rest"]) or (
            passive and passive["verb"] == "set" and re.match(r"\s+at\b", passive["rest"])):
        passive = None  # "the precept be set at £18,500", "risk 4 be rescored to 16": a figure decided
    if passive and passive["verb"] not in DECIDED and (passive["verb"].endswith("ed") or passive["verb"] in IRREGULAR):
        subject = passive["object"]
        if subject[:1].isupper() and not re.match(r"^(?:A|An|The)\b", subject) and (
                len(subject.split()) > 3 or not subject[1:].islower()
                or looks_like_name(subject) or owners.is_owner(subject, strict=True)):
            return None  # "Councillor Smith be appointed": a decision about a person ("Patrols be increased" is work)
        verb = plain_form(passive["verb"])
        rest = passive["rest"]
        rest = REQUIRED_BY.sub("", rest.rstrip(" ."))
        rest_due = find_due_phrase(rest)
        if passive["verb"] in _REFERRED and rest_due is None and not after_marker and not re.match(
                r"(?:a|an)\s", subject, re.IGNORECASE):
            return None  # ("a letter be forwarded to the Minister", or beside an owner's marker, is work to do)
        rest = without_at_end(rest, rest_due)
        owner = None
        doer = passive_doer(rest, owners)
        if doer is not None:
            # "the response letter be sent by the Chair to the Commissioner", "the report be sent to the
            # Commissioner by the Panel Support Officer": the one it is done by does it; in a second
            # passive ("a workshop be held in March, to be organised by S. Lavelle") that one does the
            # second work to the same thing, and the first is what it is for.
            who, start, end = doer
            later = _LATER_PASSIVE.search(rest, 0, start)
            if later is not None:
                verb, rest = plain_form(later["verb"]), rest[:later.start()]
            else:
                rest = f"{rest[:start].rstrip()} {rest[end:].lstrip()}"
            owner = owners.resolve(re.sub(r"^the\s+", "", who))
        what = tidy_what(f"{verb} {subject[:1].lower()}{subject[1:]} {rest}")
        return Task(what, owner, str(rest_due.value) if rest_due else (str(due.value) if due else None))
    return None


# Who does the work a passive sets is named after "by", in every kind of minutes: straight after its
# verb ("be sent by the Chair to the Commissioner"), at its clause's close ("... to the Commissioner
# by the Panel Support Officer"), in a second passive ("..., to be organised by S. Lavelle"), or in
# running text ("Samir to be notified by the secretary"). The doer is a name of up to six words that
# closes on a capital ("the Head of Community Safety"), or an office in small letters.
_BY_DOER = re.compile(r"\bby\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5}"
                      r"|the\s+[a-z]+)")
# The second passive a doer may close: "..., to be organised by ...".
_LATER_PASSIVE = re.compile(r",\s+to\s+be\s+(?P<verb>[a-z]{3,}ed|led|run|given|done)\s+$")
_DOER_WORDS = 8
_NAME_JOINS = {"of", "for", "and", "&", "the"}


def can_do(who: str, owners: Owners) -> bool:
    """Whether words name someone who can do work: a person, a role or an office the reader knows."""
    return owners.is_person(who) or owners.is_owner(who, strict=True) or is_role(re.sub(r"^the\s+", "", who, flags=re.IGNORECASE))


def passive_doer(text: str, owners: Owners, first: bool = False) -> tuple[str, int, int] | None:
    """The first one named after "by" in `text` who can do work (`_BY_DOER`), as its name and the
    span of "by ..." in `text`; a name runs on no further than the words that still name the doer
    ("by the Chair and Members" is the Chair's). With `first`, only the first named after "by" is
    looked at ("to be provided by the water company" names no doer here)."""
    for index, found in enumerate(_BY_DOER.finditer(text)):
        if first and index:
            break
        words = found["who"].split()[:_DOER_WORDS]
        for size in range(len(words), 0, -1):
            if words[size - 1].lower() in _NAME_JOINS:
                continue  # (a name closes on a word of its own, "the Head of Finance")
            who = " ".join(words[:size])
            if can_do(who, owners):
                end = found.start("who")
                for word in words[:size]:
                    end = text.index(word, end) + len(word)
                return who, found.start(), end
    return None


# "to delegate to the Town Clerk, in consultation with the Mayor, authority to agree heads of terms",
# "delegated authority be given to the Clerk to place the order": an officer given authority to act has
# that act to do.
_DELEGATED = re.compile(
    r"\bdelegat(?:e|es|ed|ing)\s+to\s+(?P<owner>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    r"(?:\s*,\s*(?P<aside>in\s+consultation\s+with\s+[^,;]{3,80}),)?\s+(?:the\s+)?authority\s+to\s+"
    r"(?P<verb>[a-z]{3,})\b(?P<rest>[^;]*)$"
    r"|\bdelegated\s+authority\s+(?:be\s+)?(?:given|granted)\s+to\s+(?P<owner2>(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,4})\s+to\s+(?P<verb2>[a-z]{3,})\b(?P<rest2>[^;]*)$")


def delegated_task(text: str, owners: Owners) -> Task | None:
    match = _DELEGATED.search(text)
    if match is None:
        return None
    owner, verb, rest = (match["owner"], match["verb"], match["rest"]) if match["owner"] else (
        match["owner2"], match["verb2"], match["rest2"])
    owner = re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)
    if not (owners.is_person(owner) or is_role(owner)):
        return None
    due = find_due_phrase(rest)
    aside = f" {match['aside']}" if match["owner"] and match["aside"] else ""
    what = tidy_what(f"{verb}{without_at_end(rest, due).rstrip(' .')}{aside}")
    return Task(what, owners.resolve(owner), str(due.value) if due else None) if what else None


def _as_written(owner: str, owners: Owners) -> str:
    """Whom an owner names; a post written in lower case stays as the minutes write it ("the clerk"),
    as a post in capitals does ("Clerk")."""
    who = owners.resolve(owner)
    return f"the {who}" if who == owner and owner[:1].islower() and re.fullmatch(LOWER_POST, f"the {owner}") else who


_CLAUSE_MODALS = {"should", "will", "would", "shall"}
# Verbs that end in "-ing" in their plain form.
_ING_VERBS = {"bring", "sing", "ring", "string", "spring", "wring"}
# Verbs whose "-s" form reports what someone said or thinks rather than sets them work.
_REPORTS_S = {"say", "note", "explain", "confirm", "thank", "welcome", "advise", "inform", "highlight", "outline",
              "describe", "update", "report", "feel", "believe", "think", "understand", "wish", "hope", "know",
              "need", "want", "accept", "agree", "apologise", "remind", "ask", "declare", "attend", "chair", "sit"}


def _plain_verb(verb: str, rest: str) -> str | None:
    """A resolution's verb in its plain form, or None where it cannot set work. Clauses are
    written both in the subjunctive ("that the Clerk obtain two quotes") and, as often, in
    the present ("that the Clerk obtains two quotes and reports back"): the "-s" form is the
    same task unless it reports ("the Clerk confirms that ...")."""
    if verb.endswith("ed") or verb.endswith("ing") and verb not in _ING_VERBS:
        return None
    if verb.endswith("ly") and re.match(r"\s+(?:[a-z]{2,}ed|had|was|were|has|is|are|did)\b", rest):
        return None  # ("the Chairman duly signed them": a manner word before what was done, not a plain verb)
    if not verb.endswith("s") or verb.endswith("ss"):
        return verb
    if re.match(r"\s+that\b", rest):
        return None
    stem = verb[:-3] + "y" if verb.endswith("ies") else verb[:-2] if re.search(r"(?:ch|sh|x|z|ss|o)es$", verb) else verb[:-1]
    return None if stem in _REPORTS_S or len(stem) < 3 else stem


def asked_task(sentence: str, owners: Owners) -> Task | None:
    """ "The Board asked that Healthwatch share its survey by May": a request to a named
    person, role or body, with the verb in its plain form."""
    if not any(word in sentence for word in _ASK_WORDS):
        return None  # cheaply: no word that asks anyone for anything
    match = _ASKED_THAT.search(sentence) or _WAS_ASKED.search(sentence) or _ASKED_TO.search(sentence)
    if not match or match["verb"].lower() in NOT_VERBS or match["verb"].lower().endswith("ed") or (
            match["verb"].lower().endswith("ing") and match["verb"].lower() not in _ING_VERBS):
        return None
    owner = re.sub(r"^the\s+", "", match["owner"].strip(), flags=re.IGNORECASE)
    if not (owners.is_person(owner) or owners.is_owner(owner, strict=True) or is_role(owner)
            or (owner[:1].isupper() and owners.is_owner(owner, strict=False))):
        return None
    if THE_BODY.match(owner) and match["verb"].lower() in BODY_BUSINESS:
        return None  # "asked that the Committee visit the wetlands": the meeting's own business
    rest = match["verb"] + match["rest"]
    due = find_due_phrase(rest)
    what = tidy_what(without_at_end(rest, due) if due else rest)
    return Task(what, _as_written(owner, owners), str(due.value) if due else None) if what else None
