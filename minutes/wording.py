"""How a task is worded for the register: the words a reading found, tidied (a closing date or
bracket taken off, an aside or the minute's next record cut, a chain of tasks joined, a passive
task with no one named put as an instruction) and verbs put in their plain form."""

from __future__ import annotations

import re

from minutes.vocabulary import OWNER_ROLES, has_title

# "would meet the landlord": a modal left at the front of a task's words.
_MODAL_OPENING = re.compile(r"^(?:would|will|shall|should)\s+(?=[a-z])", re.IGNORECASE)
_ADVERB_OPENING = re.compile(r"^(?:again|also|then)\s+(?=[a-z]{3,}\s)([a-z])", re.IGNORECASE)
# "Anna will volunteer to review", "the Clerk would endeavour to find a date": a word of taking work on
# left at the front; the task is the work ("Review", "Find a date"). (Not before a thing: "agree to the terms".)
_TAKING_ON = re.compile(r"^(?:volunteer|offer|undertake|endeavour|endeavor|try|aim|commit|promise|agree)\s+to\s+"
                        r"(?!(?:the|a|an|this|that|these|those|it|them|him|her|all|any|each)\b)(?=[a-z]{2,}\b)",
                        re.IGNORECASE)
# Verbs of work a chain of tasks may join ("have the gullies cleaned and to examine the outfall, and to report back").
CHAIN_VERBS = {"write", "share", "send", "circulate", "arrange", "check", "update", "review", "provide", "draft",
               "prepare", "contact", "confirm", "book", "add", "open", "publish", "agree", "set", "organise",
               "organize", "invite", "ask", "bring", "present", "report", "find", "chase", "raise", "liaise", "email",
               "call", "meet", "discuss", "explore", "consider", "investigate", "follow", "produce", "submit", "post",
               "complete", "finalise", "finalize", "schedule", "plan", "request", "respond", "reply", "seek", "obtain",
               "compile", "collate", "merge", "fix", "land", "file", "tag", "release", "test", "run", "hold", "include",
               "examine", "inspect", "assess", "clear", "repair", "replace", "install", "visit", "inform", "notify",
               "advise", "return", "revert", "feed", "keep", "monitor", "ensure"}


# A word in capitals kept so when a shouted line is spoken: a short one that is no common word ("ASB", "CI",
# "B871"), or a month's or day's name, written with its capital.
_LITTLE_CAPS = {"ALL", "AND", "THE", "FOR", "OF"}
_COMMON_SHORT = {"A", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "IF", "IN", "IS", "IT", "ME", "MY", "NO", "OF", "ON",
                 "OR", "SO", "TO", "UP", "US", "WE", "ADD", "AGO", "ALL", "AND", "ANY", "ARE", "ASK", "BUY", "CAN",
                 "CUT", "DUE", "FEW", "FIX", "FOR", "GET", "HAS", "HER", "HIM", "HIS", "HOW", "ITS", "LET", "MAY",
                 "NEW", "NOT", "NOW", "OFF", "OLD", "ONE", "OUR", "OUT", "OWN", "PAY", "PUT", "RUN", "SEE", "SET",
                 "THE", "TOO", "TWO", "USE", "WAS", "WAY", "WHO", "WHY", "YET", "YOU"}
_CALENDAR = re.compile(r"^(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?"
                       r"|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|EASTER|CHRISTMAS)$")
_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’.]*")
# A line written all in capitals, as parish clerks shout an owner's task ("CLERK TO WRITE TO THE LANDOWNER."):
# at least three words and six capitals, and no small letter anywhere.
_TITLED = re.compile(r"\b(?:cllr|councillor|mr|mrs|ms|miss|dr|pc|insp|sgt)\.? [a-z][a-z'’-]+")
_SMALL_LETTER = re.compile(r"[a-z]")
_SHOUTED_CAPITALS = 6


def spoken_owner(owner: str) -> str:
    """An owner written in capitals as the roll writes names: "SHAUNA KERR / CI LOWRY" as "Shauna Kerr / CI Lowry"
    (a short word, "ASB", "CI", stays an acronym)."""
    return _CAPITALS_WORD.sub(lambda word: word[0] if len(word[0]) <= 3 and word[0] not in _LITTLE_CAPS
                              else word[0].capitalize() if word[0] not in _LITTLE_CAPS - {"ALL"} else word[0].lower(), owner)


def shouted(text: str) -> bool:
    """Whether a line is written all in capitals: at least three words and six capitals, and no small
    letter anywhere. (Cheaply: most lines open with a capital and a small letter.)"""
    return text[:2].isupper() and not _SMALL_LETTER.search(text) and len(text.split()) >= 3 and sum(
        1 for ch in text if "A" <= ch <= "Z") >= _SHOUTED_CAPITALS


def spoken(text: str, owner_end: int) -> str:
    """A line written all in capitals put in small letters, as the register words a task: its first
    `owner_end` characters (who) as `spoken_owner` writes them, the rest in small letters but for
    acronyms and the names of months and days ("CLLR PATEL TO ORDER THE BENCH BY 3 APRIL" is
    "Cllr Patel to order the bench by 3 April")."""
    def word(found: re.Match) -> str:
        word = found[0]
        if _CALENDAR.match(word.rstrip(".")):
            return word.capitalize()
        return word if len(word) <= 3 and word not in _COMMON_SHORT and word.isalpha() else word.lower()
    rest = _CAPITALS_WORD.sub(word, text[owner_end:])
    # ("ADD CLLR FINLAY AS A SIGNATORY": a title and the name after it keep their capitals.)
    rest = _TITLED.sub(lambda found: " ".join(part.capitalize() for part in found[0].split(" ")), rest)
    return spoken_owner(text[:owner_end]) + rest


IRREGULAR = {"brought": "bring", "held": "hold", "sent": "send", "written": "write", "given": "give",
             "sought": "seek", "drawn": "draw", "undertaken": "undertake", "set": "set", "put": "put",
             "done": "do", "built": "build", "run": "run", "shown": "show", "told": "tell", "found": "find"}


def without_due(text: str, due) -> str:
    """The task without its date wherever it stands, and without the step written after it
    ("Circulate the draft by 20 February, with sign-off at the March meeting")."""
    if _AFTER_DUE.match(text, due.end):
        return text[:due.start].rstrip(" ,;")
    return without_span(text, due.start, due.end)


def without_at_end(text: str, due) -> str:
    """The task without its date when the date closes it ("... by 31 January"); a date inside
    ("to the next meeting of the Panel") is part of what is to be done."""
    if due is None:
        return text
    if _AFTER_DUE.match(text, due.end):
        # "... for comment by 20 February, with sign-off at the March meeting": what follows the date
        # is the step after, not more of this task.
        return text[:due.start].rstrip(" ,;")
    if text[due.end:].strip(" .;,"):
        return text
    if is_destination(text, due):
        return text
    return without_span(text, due.start, due.end)


_AFTER_DUE = re.compile(r",\s+(?:with|ahead\s+of|in\s+time\s+for|for\s+(?:sign[- ]off|approval|agreement|decision)\s+(?:at|by))\s")


# "to the February meeting", "to the next board meeting", "to the next Full Council meeting": a meeting
# named after "to" is where the work is taken, as is "to the next meeting of the Panel" ("by the next
# meeting" is only when, and goes; so does a plain "to the next meeting", which many minutes write for when).
_MEETING_WORD = r"(?:meeting|board|committee|panel|forum|council|group)\b"
_DESTINATION = re.compile(rf"to\s+the\s+(?!(?:next|following)\s+{_MEETING_WORD}(?!\s+(?:meeting|of\s+the)\b))"
                          rf"(?:(?:next|following)\s+)?(?:[\w-]+\s+){{0,2}}?"
                          rf"(?:\d{{4}}\s+)?{_MEETING_WORD}", re.IGNORECASE)


def is_destination(text: str, due) -> bool:
    """ "Report on it to the February meeting", "Bring the plan to the next board meeting": a meeting
    after "to" is where the work goes as well as when, and stays part of the task."""
    return bool(_DESTINATION.match(text, due.start))


def plain_form(participle: str) -> str:
    """ "brought" -> "bring", "circulated" -> "circulate", "submitted" -> "submit"."""
    word = participle.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith("eed") and len(word) > 4:
        return word[:-1]  # "agreed", "guaranteed"
    stem = word[:-2] if word.endswith("ed") else word
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfzaeiou":
        return stem[:-1]  # "submitted"
    if stem.endswith("i"):
        return stem[:-1] + "y"  # "carried"
    if stem.endswith("u"):
        return stem + "e"  # "issued", "continued", "pursued"
    if re.search(r"(?:sc|st|gn|pl|d)or$", stem):
        return stem + "e"  # "scored", "restored", "ignored", "explored" ("monitored", "sponsored" stay)
    if re.search(r"(?:[^aeiou][aiu][mn]|com|phon|zon)$", stem):
        return stem + "e"  # "named", "timed", "examined", "welcomed", "phoned" ("trained", "opened" stay)
    if re.search(r"(?:[^aeiou][aeiou][ctvdzgs]|at|ar|ur|ul|ir|iv|uc|ang|ng|rg|rs|ls|ns|ps|bl|pl|tl|dl|gl|cl|eas|ais|as)$", stem) and not re.search(
            r"(?:ct|nd|nt|rt|st|ld|rd|ow|ew|aw|ss|ght|sh|ch|ck|ai[rn]|ear|our|oor|eer)$", stem):
        return stem + "e"
    return stem


def plain_of_ing(word: str) -> str:
    """ "keeping" -> "keep", "chasing" -> "chase", "getting" -> "get": a verb's plain form from its
    "-ing" form, as a register words ongoing work ("IG is keeping an eye on ..." -> "Keep an eye on ...")."""
    word = word.lower()
    stem = word[:-3] if word.endswith("ing") else word
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfzaeiou":
        return stem[:-1]  # "getting", "running"
    if re.search(r"[^aeiou]ak$", stem) or stem == "us":
        return stem + "e"  # "taking", "making", "using"
    return plain_form(stem + "ed")


# The future written in its continuous form: "Trudi will be contacting the supplier", "Jason will be sending out
# a nomination email". The same undertaking as "will contact", read as that; a state or a happening
# ("will be taking place", "will be looking forward to") is left as it is.
_WILL_BE_DOING = re.compile(r"\b(?P<link>will|would|shall)\s+be\s+(?P<doing>[a-z]{2,}ing)\b(?!\s+(?:place|forward|part)\b)")
_NOT_DOING = {"being", "having", "going", "coming", "remaining", "continuing", "waiting", "hoping", "wanting", "living",
              "staying", "starting", "beginning", "ending", "closing", "opening", "happening", "running", "standing",
              "sitting", "expecting", "thinking", "feeling", "missing", "attending", "joining", "leaving", "travelling",
              "traveling", "playing", "holding", "charging", "costing", "interesting", "exciting", "something",
              "nothing", "anything", "everything", "bring", "thing", "king", "spring", "string", "morning", "evening"}


def plain_future(text: str) -> str:
    """Text with each future in its continuous form made plain: "will be contacting" -> "will contact"."""
    return _WILL_BE_DOING.sub(_as_will, text) if " be " in text else text


def _as_will(found: re.Match) -> str:
    if found["doing"] in _NOT_DOING:
        return found[0]
    return f"{found['link']} {plain_of_ing(found['doing'])}"


def without_span(text: str, start: int, end: int) -> str:
    return f"{text[:start].rstrip()} {text[end:].lstrip()}".strip()


# A minute's number after a sentence's full stop or an owner's bracket: "... before then. 24.26
# CORRESPONDENCE", "... GOV.UK. 1.3 The", "... online system. [SW] 7.2 The hedge" (PDF and plain text
# run the minutes on without a line break).
_NEXT_MINUTE = re.compile(r"(?:(?<=[A-Za-z)])\.|(?<=[\])]))\s+\d{1,3}\.\d{1,3}\s+[A-Z].*$")
_NEXT_CLAUSE = re.compile(r";\s+(?:anything|everything|nothing|this|that|it|there|which|we|they|he|she|members|any|no)\s.*$",
                          re.IGNORECASE)
# An owner's tag closing the minute's sentence: "... on the County's online system. [SW]".
_OWNER_TAG = re.compile(r"(?<=\.)\s*\[[A-Z][\w /&.,-]{0,30}\]$")
# The minute's next sentence, reporting what someone said: "... to Forum members. Councillor Kerr asked whether ...".
_NEXT_REPORT = re.compile(r"(?<=[a-z)])\.\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:asked|said|noted|reported|explained|confirmed|"
                          r"advised|stated|raised|thanked|welcomed|added|suggested|queried|replied|responded)\b.*$")


# A minute's or an item's reference where a run-on line goes into the next minute: "... for the Parish
# Magazine NP/31/20To consider ..." (a council's numbered minute glued to its title), "... to reply.
# #1753 - Needs more discussion" (a tracker's issue number opening the next entry).
# (A reference inside the task, "Review minute AB/12/24 and report", has no title glued to it and stays.)
_NEXT_REFERENCE = re.compile(r"\s*(?:[A-Z]{1,5}/\d{1,4}/\d{2,4}(?=[A-Z][a-z])|(?<=\.)\s*#\d{2,6}\s*[-–—:]\s).*$")
# The next sentence once the task's own has ended: "... account. So secure", "... to reply. #1753 ...".
# (Its full stop closes a word of three small letters at least, and not a short title's, so "Mr. Smith",
# "Cllr. Lenihan", "Const. Beddow" and "e.g. The" stay, and so does a status closing the entry, "... sent. Done", which
# says whether the task is still to do.)
_STATUS_WORDS = r"(?:Done|Complete|Completed|Closed|Ongoing|Open|Outstanding|Carried|Cleared|Deferred|Superseded|Withdrawn)\b"
_NEXT_SENTENCE = re.compile(rf"(?<=[a-z]{{3}})(?<!\b[A-Z][a-z]{{2}})(?<!\b[A-Z][a-z]{{3}})(?<!\bConst)(?<!\bCllrs)\.\s+(?=[A-Z][a-z]|#\d)(?!(?:Mr|Mrs|Ms|Dr|St|No)\b)(?!{_STATUS_WORDS}).*$")
# A stop, then a dash opening the next words ("Send Bernard the accounts. – Projects on the go"): a list's next
# entry that a wrapped line ran on into the task.
_DASHED_ENTRY = re.compile(r"(?<=[a-z0-9)][.!?])\s+[-–—]\s+(?=[A-Z]).*$")
# A clause after a comma with a pronoun for its own subject: "Take over the server research, we decided
# that it would follow ...": what was decided or said next, not more of the task.
_COMMA_CLAUSE = re.compile(r",\s+(?:we|they|I)\s+(?:decided|agreed|felt|thought|noted|discussed|said|think|feel)\b.*$")


def tidy_what(what: str) -> str:
    what = re.sub(r"\s*(?:\(\s*\)|\[\s*\])", "", what)  # "(due 2025-05-16)" once its date is taken out
    # "... to be brought back (Action: Clerk)": the bracket that held the marker goes too.
    what = " ".join(what.split()).strip(" ,;:-–—").rstrip(" ([")
    # "[Action – RD: set up the clinics]": the bracket that held the marker closes after the task.
    while what and what[-1] in ")]" and what.count(what[-1]) > what.count("(" if what[-1] == ")" else "["):
        what = what[:-1].rstrip(" ,;:-–—")
    if ". " in what or "] " in what:
        # "Clear the ditch before then. 24.26 CORRESPONDENCE Letter from ...": a task ends where the next
        # minute's number opens (PDF text runs the minutes on without a line break).
        what = _NEXT_MINUTE.sub("", what)
    if ". " in what:
        what = _OWNER_TAG.sub("", _NEXT_REPORT.sub("", what))
    if "/" in what or "#" in what:
        what = _NEXT_REFERENCE.sub("", what)
    if ". " in what:
        what = _DASHED_ENTRY.sub("", _NEXT_SENTENCE.sub("", what))
    if ", " in what:
        what = _COMMA_CLAUSE.sub("", what)
    what = re.sub(r"\s+([.,;:])", r"\1", what).rstrip(".").strip()
    if "sel" in what:
        # "She will open a PR herself": who does it is the owner already.
        what = _REFLEXIVE.sub("", what)
    # "... agreed that MH and AR would meet the landlord": the task is "Meet the landlord".
    what = _TAKING_ON.sub("", _MODAL_OPENING.sub("", what))
    if what[:1] in "AaTt":
        # "the Clerk will again write to the county", "she would also ring the school": a word of time or
        # manner after the modal is no part of the task's wording ("Report to Highways").
        what = _ADVERB_OPENING.sub(lambda found: found[1].upper(), what, count=1)
    if " so " in what:
        # "... on the forum before 15 Feb so users have a month's notice": why, not what.
        what = _PURPOSE.sub("", what)
    if ";" in what:
        # "Circulate a redline to the board list; decision deferred to April": the minute's next record;
        # "Email the owners; anything without a PR gets raised at the steering meeting": a clause with its
        # own subject says what follows, not more work.
        what = _NEXT_CLAUSE.sub("", _DEFERRED.sub("", what))
    if what.endswith(")"):
        # "Propose dates (she was not here — Rosa will ask her)": an aside, not the task.
        what = _ASIDE.sub("", what)
    if " and " in what or " while" in what or ";" in what:
        # "Share the spreadsheet and each council member will add comments": the next clause names its own
        # subject, and its work is that subject's, not more of this task.
        what = _NEXT_STATEMENT.sub("", _NEXT_SUBJECT.sub("", what))
        if " be " in what:
            # "Look into the drainage and the panel will be formed of volunteers": a thing of its own that
            # "will be" something opens the sentence's next clause, not more of this task.
            what = _AND_NEXT_PASSIVE.sub("", what)
        owner_to = _AND_OWNER_TO.search(what) if " to " in what else None
        if owner_to and (has_title(owner_to["subject"]) or OWNER_ROLES.match(owner_to["subject"])
                         or re.fullmatch(r"[A-Z]{2,4}", owner_to["subject"])):
            # "Book the hall and Cllr Penhallow to invite the school": another owner's task follows.
            what = what[:owner_to.start()]
    if " will " in what or " would " in what or " shall " in what:
        # "Arrange for officers to attend and will report back", "Carry out patrols and would meet the
        # Greenway Officer": a second verb joined to the first is more of the same owner's work, and
        # a register words it without its "will".
        what = _AND_MODAL.sub(" and ", what)
    if " be " in what and "," in what:
        # "Undertake the interviews and, following a good reference, the post would be offered": after a
        # comma, a thing that "would be" done opens the decision's next clause, not more of this task
        # (nor does the condition that led up to it belong to the task).
        cut = _NEXT_PASSIVE.search(what)
        if cut:
            what = re.sub(r"\s+(?:and|or)$", "", _TRAILING_CONDITION.sub("", what[:cut.start()]).rstrip(" ,;"))
    if " as " in what:
        # "..., as required by the Regulations": why the work is done, not the work.
        what = REQUIRED_BY.sub("", what)
    if " it was " in what or " It was " in what:
        # "... each summer, and it was also noted that the Sub-Committee ...": the minute's next record.
        what = _NEXT_RECORD.sub("", what)
    if " to " in what:
        # "have the gullies cleaned and to examine the outfall, and to report back": one chain of tasks.
        what = _AND_TO.sub(lambda m: " and " if m["verb"] in CHAIN_VERBS else m[0], what)
    if " to be " in what:
        what = _active(what)
    return what[:1].upper() + what[1:]


# "Tenants to be given notice", "Snow clearers: insurance to be checked": a task written in the passive
# with no one named, as a register writes it ("Give tenants notice", "Check insurance: snow clearers").
_PASSIVE_WHAT = re.compile(r"^(?:(?P<lead>[^:;]{3,60}):\s+)?(?P<object>(?:the\s+|a\s+|an\s+)?[\w'’ -]{2,60}?)\s+(?:is\s+|are\s+)?"
                           r"to\s+be\s+(?P<verb>[a-z]{3,}ed|given|sent|put|set|made|held|sought|brought|done|written|shown"
                           r"|drawn|taken|chosen|run|found|kept|told)\b(?P<rest>[^;]*)$")


def _active(what: str) -> str:
    passive = _PASSIVE_WHAT.match(what)
    if passive is None or len(passive["object"].split()) > _PASSIVE_OBJECT_WORDS or _NOT_A_THING.search(passive["object"]):
        return what  # ("Arrange for the hall to be booked": the thing is not all that comes before)
    thing = passive["object"]
    thing = thing[:1].lower() + thing[1:] if thing.split()[0] in {"The", "A", "An"} or thing[1:2].islower() else thing
    active = f"{plain_form(passive['verb'])} {thing}{passive['rest']}"
    return f"{active}: {passive['lead'][:1].lower()}{passive['lead'][1:]}" if passive["lead"] else active


_PASSIVE_OBJECT_WORDS = 6


_NOT_A_THING = re.compile(r"\b(?:for|to|that|with|whether|if|asked|agreed|requested)\b", re.IGNORECASE)


_DEFERRED = re.compile(r";\s+(?:the\s+)?(?:decision|discussion|item|matter|vote)\s+(?:was\s+)?(?:deferred|postponed|adjourned"
                       r"|noted|held\s+over)\b.*$", re.IGNORECASE)


_ASIDE = re.compile(r"\s*\((?=[^()]*\b(?:was|were|is|are|has|had|will|would)\b)[^()]{3,120}\)$")


_PURPOSE = re.compile(r",?\s+so\s+(?:that\s+\S.*|(?:users|members|people|everyone|they|we|residents|staff|partners|the\s+\w+)"
                      r"\s+(?:have|has|can|could|will|would|are|is|get|know)\b.*)$")


_NEXT_RECORD = re.compile(r"[,;]?\s+(?:and\s+|but\s+)?[Ii]t\s+was\s+(?:also\s+|further\s+)?(?:noted|reported|explained|felt"
                          r"|agreed|resolved|confirmed|suggested|stated)\b.*$")


# A clause joined on with its own subject and its own link to work: "... and each member will add comments",
# ", while the Clerk would write to ...", "; all councillors to deliver leaflets" (after a semicolon "to"
# sets work too). (Its subject opens with a name or a determiner and holds no
# relative word; "and she would brief members" goes on with the same person's work, and "KU and TA will
# co-design" joins two who act: the words before "and" end in a name.)
_NEXT_SUBJECT = re.compile(r"(?<=[a-z0-9)])(?:,?\s+(?:and|while|whilst|whereas)|(?P<semicolon>;))\s+"
                           r"(?:[Tt]he|[Ee]ach|[Ee]very|[Aa]ll|[Oo]ther|[Ss]ome|[Bb]oth|[Tt]hose|[A-Z][\w'’.-]*)(?:\s+(?!(?:who|which|that|to|will|would|be)\b)[\w'’.-]+){0,4}?\s+"
                           r"(?:will|would|shall|is\s+to|are\s+to|(?:has\s+|have\s+)?(?:agreed|offered|undertook)\s+to|(?(semicolon)to|(?!)))"
                           r"\s+(?!be\b)[a-z].*$")


_AND_NEXT_PASSIVE = re.compile(r"(?<=[a-z0-9)])\s+and\s+(?:the|this|that|these|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+"
                               r"(?:will|would|is\s+to|are\s+to)\s+be\s+[a-z]+\b.*$")
_NEXT_PASSIVE = re.compile(r",\s+(?:the|this|that|these|its|their|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:would|will|should"
                           r"|(?:is|are|was|were)\s+to)\s+(?:then\s+|also\s+|now\s+)?be\s+[a-z]+(?:ed|en|ne|wn)\b")
_TRAILING_CONDITION = re.compile(r"[\s,]+(?:and[\s,]+)?(?:following|subject\s+to|pending|after|once|on\s+receipt\s+of)\s+[^,;]*$")


# Why a task is set, closing it: ", as required by the Regulations", ", as set out in the constitution".
REQUIRED_BY = re.compile(r",\s+as\s+(?:required|set\s+out|laid\s+down|prescribed|specified)\s+(?:by|in|under)\s+[^,;]{2,80}$")


# ", and Wen Jie stays the owner of the write-up", "; if no fix we slip the release": a clause of its own
# saying how things stand or what follows if not, not more of the task.
# ("Work on Chapter 1 next and we discussed what it would hold": "and", a pronoun and a verb in the past report
# what the meeting did next, not more of the task.)
_NEXT_STATEMENT = re.compile(r"(?:,\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:stays|remains|is|are|was|were|has|have"
                             r"|keeps|owns|leads)\b|;\s+(?:if|otherwise|unless|failing\s+that)\b"
                             r"|(?<!\s),?\s+and\s+(?-i:we|they|he|she|I)\s+(?:also\s+|then\s+)?(?:[a-z]{2,}ed|were|was|had|did|felt|thought"
                             r"|heard|saw|went|spoke|told|said)\b"
                             # ("Buy the prizes and as Sal will be at the depot she would collect them": "and as" with
                             # a name or a pronoun gives a reason for another step, not more of this task. A run of
                             # spaces is tried from its first only, so a long one costs no more than its length.)
                             r"|(?<!\s),?\s+and\s+(?:as|since|because)\s+(?:[A-Z][\w'’.-]*|she|he|they|we)\s+(?:will|would|is|are|was|were"
                             r"|has|have|can|could)\b).*$")
# "... and Cllr Penhallow to invite", "... and the Clerk to write", "... and KT to book": an owner set to work.
_AND_OWNER_TO = re.compile(r",?\s+and\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+to\s+(?=[a-z]{3,}\b)")


_REFLEXIVE = re.compile(r"\s+(?:him|her|them|it|my|your|our)sel(?:f|ves)(?=$|[.,;:]|\s+(?:and|by|before|after|if|once)\b)")


_AND_MODAL = re.compile(r",?\s+and\s+(?:will|would|shall)\s+(?:also\s+|then\s+)?(?!be\b|not\b|have\b)(?=[a-z]{3,}\b)")
_AND_TO = re.compile(r",?\s+and\s+to\s+(?=(?P<verb>[a-z]{3,})\b)")


# A bare heading line inside a passage: a few words, no closing punctuation, standing after a blank line or
# a finished sentence, with a capital opening the next line ("...after each game.\nSurvey\nJohn circulated
# the results.", "5/ Planning\nThe clerk was asked to write ..."). Flattened, it would open the next sentence.
_HEADING_WORDS = 6
_ENDS_SENTENCE = re.compile(r"(?:^|[.!?:])[\"'”’)]*$")


def headed_sentences(text: str, sentences, keep_headings: bool = False) -> list[str]:
    """The passage's sentences (cut by `sentences`), with each bare heading line inside it cut off the
    sentence after it, kept as a sentence of its own or dropped."""
    if "\n" not in text:
        return sentences(text)
    lines = text.split("\n")
    found, start = [], 0
    for index, line in enumerate(lines[:-1]):
        if _bare_heading(line, lines[index - 1] if index else "", lines[index + 1]):
            found.extend(sentences("\n".join(lines[start:index])) if index > start else [])
            found.extend([line.strip()] if keep_headings else [])
            start = index + 1
    if start == 0:
        return sentences(text)
    return found + sentences("\n".join(lines[start:]))


def _bare_heading(line: str, before: str, after: str) -> bool:
    words = line.split()
    return (0 < len(words) <= _HEADING_WORDS and line.strip()[-1:] not in ".:;,!?-–—" and line.strip()[:1].isalnum()
            and after.strip()[:1].isupper() and bool(_ENDS_SENTENCE.search(before.strip()))
            and not _NO_HEADING.search(line))


# Words that show a short line is a clause, or a sentence wrapped mid-way, not a heading ("Ann said the fence by the").
_NO_HEADING = re.compile(r"\b(?:to|will|would|shall|agreed|resolved|said|says|is|are|was|were|has|have|had)\b"
                         r"|\b(?:the|a|an|of|by|and|or|for|with|in|on|at|from|that|this)\s*$", re.IGNORECASE)


# Someone taking on, by a pronoun, the work an agreement just set with no one named: "It was agreed to invite
# the MP to the AGM. CJ to deal with this.", "Agreed to book the hall for May - Moz will deal with that."
_AGREED_WORK = re.compile(r"^(?:[Ii]t\s+was\s+)?(?:[Aa]lso\s+|[Ff]urther\s+)?(?:[Aa]greed|[Rr]esolved|[Dd]ecided)\s+"
                          r"(?:unanimously\s+)?to\s+(?=[a-z]{3,}\s)")
_TAKES_IT = re.compile(r"(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3})\s+(?:to|will|would"
                       r"|(?:has\s+)?(?:agreed|offered|volunteered|undertook)\s+to)\s+(?:deal\s+with|action|handle"
                       r"|organi[sz]e|arrange|follow\s+up|look\s+after|do)\s+(?:this|that|it)(?:\s+(?:up|forward))?\s*\.?$")
_DASH_TAIL = re.compile(r"\s+[-–—]\s+(?=[A-Z])")


def handed_on(said: list[str], can_own) -> list[str]:
    """The sentences with an ownerless agreement to do work given to whoever takes it on just after, in
    the same sentence after a dash or in the next sentence alone (see `_TAKES_IT`); `can_own(words)` says
    whether the words name someone who can. "It was agreed to invite Ann. CJ to deal with this." reads as
    "CJ to invite Ann." Nothing else changes."""
    found: list[str] = []
    for sentence in said:
        agreed = _AGREED_WORK.match(sentence)
        parts = _DASH_TAIL.split(sentence) if agreed else []
        taker = _TAKES_IT.fullmatch(parts[-1]) if len(parts) == 2 else None
        if agreed and taker and can_own(taker["who"]):
            found.append(f"{taker['who']} to {parts[0][agreed.end():].rstrip(' .,;')}.")
            continue
        taker = _TAKES_IT.fullmatch(sentence) if found else None
        agreed = _AGREED_WORK.match(found[-1]) if taker else None
        if agreed and can_own(taker["who"]) and not _DASH_TAIL.search(found[-1]):
            found[-1] = f"{taker['who']} to {found[-1][agreed.end():]}"
            continue
        found.append(sentence)
    return found


# Two pieces of work joined as one undertaking: "The clerk was asked to arrange flowers for the auditor and to
# cancel the standing order", "The Town Clerk undertook to ring the contractor and to ensure the invoice is paid".
_JOINED_TO = re.compile(r"\s*,?\s+and\s+to\s+(?P<verb>[a-z]{3,})\b")
_ALSO_TASK_VERBS = {"cancel", "ensure", "speak", "pay", "order", "place", "put", "inform", "notify", "tell", "confirm",
                    "remove", "repair", "replace", "install", "collect", "deliver", "visit", "meet", "ring", "phone"}


def joined_apart(tasks: list, verbs) -> list:
    """Each task whose work is two clauses joined by "and to" (see `_JOINED_TO`), the second opening with a
    verb of work (in `verbs` or `_ALSO_TASK_VERBS`), as two tasks for the same owner by the same date. (A
    chain of `CHAIN_VERBS`, "cleaned and to examine the outfall", `tidy_what` has already made one.)"""
    found = []
    for task in tasks:
        joined = _JOINED_TO.search(task.what) if " and to " in task.what else None
        if joined is None or (joined["verb"] not in verbs and joined["verb"] not in _ALSO_TASK_VERBS) or (
                len(task.what[:joined.start()].split()) < 3):
            found.append(task)
            continue
        first, second = task.what[:joined.start()], task.what[joined.start("verb"):]
        found.extend([type(task)(tidy_what(first), task.who, task.due_text),
                      type(task)(tidy_what(second), task.who, task.due_text)])
    return found
