"""Work promised in the future passive, read a clause at a time, whatever the verb of doing:
"The caretaker's post will be advertised in the spring.", "It was noted that the broken stile on
footpath 4 would be renewed before Easter.", "The bus shelters at Elm Row and Quay Street are also to be
inspected with the insurer.", "... and the verges on Kiln Road will be strimmed.".

Parish, community council and Irish area committee minutes record most of what is to be done
this way: the thing first, then "will be", "would be" or "is to be" and what is to be done to
it, with no one named (the owner is null) unless "by" names one who can act. The rules in
prose_tasks.py read this layout only for a short list of verbs ("circulated", "sent"); here any
verb of doing counts, and what is news, the body's own business, a view or a condition does not:
a verb that decides or states ("approved", "held", "considered", "needed"), a clause that asks or
hopes ("whether the road would be resurfaced", "it is hoped that ..."), a question, or a thing
named only by a pronoun.

The same layout states an obligation put on a thing ("The boundary fence needs to be re-erected",
"Additional bins should be ordered before Easter") and what an agreement or the meeting's own request
asks be done ("It was requested that evidence be obtained before the next meeting"): both are work
with no owner, read the same way; a view ("Members felt the verges should be cut") is not, and an
obligation beside an owner's task in its sentence is that task's reason, not work of its own.
"""

from __future__ import annotations

import re

from minutes.actions import AGREED_TASK_VERBS, Task
from minutes.clause_tasks import DECIDED, passive_doer
from minutes.vocabulary import OWNER_ROLES, is_role
from minutes.owners import Owners
from minutes.topics import GENERIC_NOUNS
from minutes.when import find_due_phrase
from minutes.wording import IRREGULAR, plain_form, plain_of_ing, tidy_what, without_at_end

# The link that puts the passive in the future, with a word of time or manner that may sit inside it.
_ADVERB = r"(?:also|now|then|again|therefore|further|duly|shortly|soon|first|still)"
# Besides the future, an obligation put on a thing ("the fence needs to be re-erected", "the bins should be
# ordered before Easter") and what a request or an agreement asks be done ("it was requested that evidence be
# obtained": the bare "be" of a clause after "that", read only after such a verb, see `_ASKING_THAT`).
_LINK = re.compile(rf"\b(?:(?:will|would|shall|(?:is|are)(?:\s+{_ADVERB})?\s+to|(?P<need>(?:needs?|ought)\s+to|should))\s+"
                   rf"|(?P<bare>(?<=\s)))(?:{_ADVERB}\s+)?be\s+(?:{_ADVERB}\s+)?"
                   r"(?P<verb>[a-z]{2,}(?:-[a-z]{2,})?)\b"
                   # (the same obligation with the verb's "-ing": "the drain cover needs replacing", "requires cutting back")
                   r"|\b(?:needs|need|requires|require)\s+(?P<doing>[a-z]{2,}ing)\b")
# The request or agreement a bare "be" clause must follow: "requested that the hedge be cut".
# (A member who "asked that" or "requested that" makes a request of the meeting, which other rules read with its answer.)
_ASKING_THAT = re.compile(r"\b(?:(?:it\s+)?(?:was|were)\s+(?:also\s+|further\s+)?(?:requested|asked|agreed|resolved|decided)"
                          r"|agreed|resolved|decided|directed|instructed)\s+that\s*$", re.IGNORECASE)
# Participles that record, decide or describe rather than set work ("will be held", "would be
# considered", "is to be welcomed", "will be needed", "will be given consideration").
_NOT_WORK = DECIDED | {
    "held", "considered", "discussed", "debated", "needed", "required", "expected", "based", "used", "affected",
    "given", "seen", "known", "involved", "included", "located", "situated", "opened", "completed", "finished",
    "funded", "allowed", "tabled", "presented", "voted", "chaired", "attended", "represented", "hosted", "charged",
    "covered", "met", "spent", "owed", "judged", "assessed", "shown", "launched", "delivered", "built", "run",
    "done", "made", "kept", "set", "told", "informed", "advised", "reminded", "notified", "aware", "able", "pleased",
    "interested", "concerned", "delighted", "subject", "responsible", "available", "happy", "sorry", "due", "late",
    "open", "closed", "ready", "glad", "willing", "unable", "best", "necessary", "possible", "difficult", "useful",
    "good", "better", "helpful", "beneficial", "received", "welcome", "taken", "faced", "introduced", "implemented",
    "rolled", "expanded", "reduced", "increased", "impacted", "released", "announced", "in", "on", "at", "the", "a",
    "an", "no", "not"}
# Participles that are news after "will be" ("the new service will be delivered by ...") and work put on
# someone after "is to be" or "needs to be" ("The newsletter is to be delivered to every flat").
_SET_WHEN_OBLIGED = {"delivered"}
_OBLIGED = re.compile(r"(?:is|are)\b|needs?\b|ought\b|should\b")
# Words a participle must be: a regular "-ed" form, or an irregular one the project knows.
_PARTICIPLE = re.compile(r"^(?:[a-z]{2,}-)?[a-z]{2,}(?:ed|en)$")
# A particle that belongs to the verb ("carried out", "followed up", "passed on", "looked into").
_PARTICLE = re.compile(r"^\s+(?P<particle>out|up|on|into|back|forward|off|down|over)\b(?!\s+(?:to|with)\s+(?:the\s+)?next\b)"
                       # ("repainted over the Easter holidays": a time, not a particle)
                       r"(?!\s+(?:the\s+)?(?:[\w-]+\s+)?(?:holidays?|half-term|summer|winter|weekend|period|months?|weeks?)\b)")
_DASH = re.compile(r"\s[–—-]\s")
# A preposition left at the end of its clause by the passive: "are to be written to", "will be spoken to".
_STRANDED = re.compile(r"^\s*(?P<preposition>to|with|about)\b(?=\s*(?:$|[,.;]))")
# What, before the link in its sentence, makes the clause asked, hoped for or conditional.
_NOT_YET = re.compile(r"\b(?:if|unless|whether|when|once|until|how|why|what|where|hoped?|hopes|hoping|expects?|expected"
                      r"|likely|unlikely|might|may|could|perhaps|possibly|queried|wondered|asked|enquired|suggested"
                      r"|proposed|recommend(?:s|ed|ations?)?|whilst|while|provided|subject\s+to|not"
                      # (what someone said another will do is their report, not the meeting's record of work)
                      r"|said|stated|told|explained|indicated|reported|replied|responded|informed"
                      # (a view is no promise: "Members felt that the verges should be cut more often")
                      r"|felt|feels?|thought|thinks?|believed?|believes|view|opinion|considered)\b", re.IGNORECASE)
# (Not "to see if ...", "to ask if ...": what the work is to find out.)
_CONDITION = re.compile(r"\b(?:(?<!see\s)(?<!ask\s)(?<!out\s)(?<!check\s)(?<!determine\s)(?<!establish\s)(?<!whether\s)if"
                        r"|unless|subject\s+to|provided\s+that|should\s+(?:it|they|there|funding))\b", re.IGNORECASE)
# Words that end the thing going back from the link (the clause before it, or what reports it).
_STOP_WORDS = {"that", "which", "who", "whom", "but", "however", "so", "then", "whereas", "although", "though",
               "because", "and", "or", "also", "said", "noted", "stated", "reported", "advised", "confirmed", "agreed",
               "explained", "indicated", "added", "replied", "responded", "decided", "resolved", "mind", "is", "are",
               "was", "were", "has", "have", "had", "been", "being", "be", "will", "would", "there", "where", "meanwhile",
               "thereafter", "therefore", "accordingly", "finally", "additionally", "furthermore", "moreover", "when",
               "whether", "if", "how", "what", "why", "unless", "once", "until"}
# Prepositions that tie one noun phrase to the one before it inside the thing ("the fence alongside the allotments",
# "the grant application to the Foundation").
_LINKING_PREPOSITIONS = {"alongside", "beside", "behind", "near", "outside", "opposite", "of", "to", "for", "on", "in", "at",
                         "by", "from", "along", "around", "between", "within", "under", "over", "across"}
# A paragraph's own number opening its text: "2.3", "14.".
PARAGRAPH_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?$|^\d+\.$")
# Words that open the thing, kept as its first word.
_OPENERS = {"the", "a", "an", "both", "all", "any", "some", "each", "every", "further", "our", "their", "its", "new",
            "two", "three", "four", "several"}
# A thing named only by a pronoun, or by a word that points back to a matter not named here.
_POINTERS = {"it", "this", "that", "these", "those", "they", "he", "she", "we", "i", "you", "which", "same", "one",
             "matter", "matters", "issue", "issues", "item", "items", "details", "information", "everything", "something", "nothing", "anything"}
# Those who may be told to act in the passive by their name ("Mr Kiely would be invited").
_TO_A_PERSON = {"invited", "contacted", "approached", "asked", "requested", "consulted", "written", "thanked",
                "chased", "reminded", "sent"}
# The verbs of the small works and errands minutes set in this layout: AGREED_TASK_VERBS and the
# works a parish or district does to a place or a notice.
WORK_VERBS = AGREED_TASK_VERBS | {
    "advertise", "add", "review", "approach", "fit", "attach", "fix", "mend", "clean", "trim", "renew", "re-erect",
    "publicise", "publicize", "follow", "look", "pass", "obtain", "sign", "test", "treat", "spray", "sweep", "empty",
    "plant", "fill", "resurface", "reinstate", "relocate", "move", "amend", "correct", "revise", "agree", "finalise",
    "prepare", "complete", "return", "approach", "consult", "pursue", "progress", "investigate", "monitor", "check",
    "survey", "measure", "cost", "price", "quote", "tender", "advertise", "lodge", "file", "apply", "claim", "chase",
    "identify", "repaint", "offer", "deliver", "top"}
# Participles that, with "by" a person, say who joins, backs or follows, not who works:
# "The walk would be joined by Cllr Ames", "the bid will be supported by the Chair".
_NOT_BY_WORK = {"joined", "supported", "accompanied", "welcomed", "followed", "succeeded", "elected", "nominated",
                "proposed", "seconded", "replaced", "backed", "endorsed", "favoured", "preferred", "liked", "missed",
                "thanked", "congratulated", "greeted", "met", "visited", "asked", "criticised", "questioned"}
_THING_WORDS = 12
# How far either side of a link its words are read, and how many links one sentence may have read.
_BEFORE_CHARS = 300
_AFTER_CHARS = 600
_MOST_LINKS = 20
_REST_WORDS = 40
# Where a clause after the work begins: "...; the Clerk ...", ", which ...", " but ...".
_CLAUSE_END = re.compile(r";\s|\s[•·▪]\s|,\s+(?:which|who|as|once|if|when|but|so|although)\s|\s+(?:but|whereas|although|because)\s"
                         r"|\s+and\s+(?=(?:the\s+|a\s+|an\s+)?(?:[A-Za-z][\w'’-]*\s+){0,4}(?:will|would|is|are|was|were|has|had)\s)")


def future_passives(sentence: str, owners: Owners, alone: bool = True) -> list[Task]:
    """The work each future passive clause of one sentence sets (see the module's docstring). An
    obligation ("needs to be", "should be") is read only when the clause stands `alone` in its
    sentence: beside an owner's task it is that task's reason ("The accounts need to be examined
    before the AGM; EP to ask the examiner")."""
    if not has_passive(sentence) or sentence.rstrip().endswith("?"):
        return []  # cheaply: no passive; or a question
    found: list[Task] = []
    for number, link in enumerate(_LINK.finditer(sentence)):
        if number == _MOST_LINKS:
            break  # (a run of text with no full stops is no sentence of the minutes)
        task = _task(sentence, link, owners) if alone or link["need"] is None and link["doing"] is None else None
        if task is not None:
            found.append(task)
    return found


def has_passive(sentence: str) -> bool:
    """Cheaply, whether a sentence may hold a clause `future_passives` reads."""
    return " be " in sentence or " need" in sentence or " require" in sentence


def _task(sentence: str, link: re.Match, owners: Owners) -> Task | None:
    verb = link["verb"]
    if verb is None:
        plain = plain_of_ing(link["doing"])
    elif verb in _NOT_WORK and not (verb in _SET_WHEN_OBLIGED and _OBLIGED.match(link[0])) or not (
            _PARTICIPLE.match(verb) or verb in IRREGULAR or verb == "cut"):
        return None
    else:
        plain = verb if verb == "cut" else plain_form(verb)
    # A verb of doing outside WORK_VERBS sets work only when "by" names someone on the roll or a post who
    # does it ("The gang mowers would be adjusted by PJB"): without a doer it is news of a plan.
    needs_doer = plain not in WORK_VERBS
    if needs_doer and (" by " not in sentence[link.end():link.end() + _AFTER_CHARS] or verb in _NOT_BY_WORK):
        return None  # ("Customers will be forced to park ...", "Outcomes will be anonymised": news of a plan, not work)
    before = sentence[max(0, link.start() - _BEFORE_CHARS): link.start()]
    thing = _thing(before)
    if thing is None:
        return None
    lead = before[: len(before.rstrip()) - len(thing)]
    if link["bare"] is not None:
        asking = _ASKING_THAT.search(lead)
        if asking is None:
            return None  # ("to be sought", "may be cut": read by other rules, or no promise)
        lead = lead[:asking.start()]  # (what was asked is no question: "asked that ... be" is a request)
    if _NOT_YET.search(lead[-200:]):
        return None  # ("asked whether the hedge would be cut", "It is hoped the fence will be mended")
    words = thing.split()
    if words[-1].lower() in _POINTERS or words[0].lower() in _POINTERS:
        return None  # ("this will be passed on", "the matter would be followed up": the thing is named elsewhere)
    if verb not in _TO_A_PERSON and (owners.is_person(thing) or owners.is_owner(thing, strict=True)):
        return None  # ("Councillor Hale would be nominated": a decision about someone, not work)
    after = sentence[link.end(): link.end() + _AFTER_CHARS]
    parts = _CLAUSE_END.split(after, maxsplit=1)
    rest = parts[0]
    if (link["need"] or link["doing"]) and (len(parts) > 1 and parts[1].strip(" .") or _DASH.search(after)):
        return None  # ("The verge needs cutting – MO and JH to meet the contractor": the need is the next clause's reason)
    if len(rest.split()) > _REST_WORDS or _CONDITION.search(rest):
        return None  # ("A letter will be sent if the verge is not cut": no promise yet)
    owner = None
    if " by " in rest:
        doer = passive_doer(rest, owners, first=True)
        if doer is None:
            if re.search(r"\bby\s+(?!the\s+end\b|\d|next\b|(?:the\s+)?(?:january|february|march|april|may|june|july"
                         r"|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday"
                         r"|end|close|time|spring|summer|autumn|winter"
                         # ("forwarded to members by email": how, not by whom)
                         r"|e-?mail|post|hand|phone|telephone|text|letter|courier)\b)(?:the\s+)?[A-Z]", rest, re.IGNORECASE):
                return None  # ("... would be repaired by the water company"): another body's work, not this one's
        else:
            who, start, end = doer
            name = re.sub(r"^the\s+", "", who, flags=re.IGNORECASE).rstrip(" .,;")
            if not (owners.known_person(name) or is_role(name) or OWNER_ROLES.match(name)):
                return None  # ("a final reply would be issued by the Department": another body's work)
            owner = owners.resolve(name)
            after_doer = rest[end:].lstrip()
            if needs_doer and re.match(r"[A-Z][\w'’.-]*\s+[a-z]{3,}", after_doer):
                after_doer = ""  # ("... serviced as necessary by TW TW offered to paint ...": a stop was lost after the doer)
            rest = f"{rest[:start].rstrip()} {after_doer}"
    if needs_doer and owner is None:
        return None
    particle = _PARTICLE.match(rest)
    if particle:
        plain, rest = f"{plain} {particle['particle']}", rest[particle.end():]
    plain, rest = stranded(plain, rest)
    due = find_due_phrase(rest, task=True)
    rest = without_at_end(rest, due).strip(" ,.")
    if len(words) == 1 and words[0].lower() in GENERIC_NOUNS | {"pricing", "signage", "funding"}:
        thing = thing.lower()  # ("Information will be circulated": a kind of thing, its matter named before)
    elif words[0] in {"The", "A", "An", "Both", "All", "Any", "Some", "Each", "Every", "Further", "Our", "Their", "Its",
                    "New", "Two", "Three", "Four", "Several"} or (len(words) > 1 and words[1][:1].islower()):
        thing = thing[:1].lower() + thing[1:]
    what = tidy_what(f"{plain} {thing} {rest}")
    return Task(what, owner, str(due.value) if due else None) if what and len(what.split()) >= 2 else None


def stranded(verb: str, rest: str) -> tuple[str, str]:
    """The verb with the preposition the passive left at the end of its clause, and the rest without it:
    "Tenants with overgrown plots are to be written to" is work to "write to" the tenants."""
    found = _STRANDED.match(rest)
    return (f"{verb} {found['preposition']}", rest[found.end():]) if found else (verb, rest)


def _thing(before: str) -> str | None:
    """The noun phrase just before the link: back to a stop, a mark, or a word that opens it."""
    text = before.rstrip()
    if not text or text[-1] in ",;:([–—-":
        return None
    words = text.split()[-(_THING_WORDS + 1):]
    taken: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = word.strip("“”\"'‘’()").lower()
        if bare in _STOP_WORDS and not (bare == "and" and taken and taken[0][:1].isupper() and index and (
                words[index - 1][:1].isupper()) and words[index - 1][-1:] not in ",;:"):
            break  # ("St. Ann's Row and Quay Street": "and" inside a name is the name's)
        if word[-1:] in ",;:–—" or word in ("-", "–", "—") or PARAGRAPH_NUMBER.match(word):
            break  # (nor a paragraph's number: "2.2 Comments on the draft shall be returned")
        taken.insert(0, word)
        if bare in _OPENERS and not (index >= 2 and words[index - 1].lower() in _LINKING_PREPOSITIONS):
            break  # ("the boundary fence alongside the allotments": a preposition before "the" ties it to more)
        if len(taken) > _THING_WORDS:
            return None
    if not taken:
        return None
    thing = " ".join(taken).strip("“”\"'‘’")
    if not thing.strip():
        return None  # (only a quote mark before the link: "The bins and \" will be emptied")
    first = thing.split()[0]
    if first.lower() in {"of", "at", "on", "in", "for", "to", "from", "with", "by", "near", "between", "outside"}:
        return None  # (the thing began before a stop: no whole noun phrase)
    if first[-2:] == "ed" and first[:1].islower() and first.lower() not in _OPENERS:
        return None
    return thing
