"""Apologies and substitutes said in sentences or under an "Apologies" item rather than listed
under a heading."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.agenda import heading_run_on, is_heading
from minutes.attendance_headings import POSTS_BEFORE, attendance_label, next_filled
from minutes.attendance_people import PLURAL_TITLE, read_block
from minutes.attendance_welcome import welcomed_named
from minutes.people import Person, is_organisation, looks_like_name, read_person, split_people
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record, same_person
from minutes.vocabulary import NOT_NAME_WORDS, TITLES, has_title, is_role, strip_title


# A full stop closing a sentence, not one shortening a title ("Cllrs. E. Fox", "Revd. Ann Lee").
SENTENCE_END = re.compile(r"(?<=[a-z)]{2})(?<!\bCllrs)(?<!\bCllr)(?<!\bMrs)(?<!\bRevd)(?<!\bSupt)(?<!\bInsp)"
                          r"(?<!\bProf)(?<!\bCouncillors)\.\s+(?=[A-Z])")
# "Sgt Amy Rowe (Kelbrook Police) – PC Josh Keane came instead": the apology's substitute,
# named after a dash, was there.
_CAME_INSTEAD = re.compile(
    r"\s+[-–—]\s+(?P<who>[A-Z][^,;()]{2,60}?)\s+(?:came|attended|attending|deputised|deputising|substituted"
    r"|substituting|stood\s+in|standing\s+in|sat|sitting)\s+(?:instead|in\s+(?:his|her|their)\s+place"
    r"|for\s+(?:him|her|them))\b\.?")


# "Mr D Blacklock (Ms H Horne attended as substitute)", "Mr A Cummings (Mr D Walker, Medical Director attended in
# his absence)": the apology's substitute, named in its bracket.
_SUBSTITUTE_BRACKET = re.compile(
    r"\((?P<who>(?-i:[A-Z])[^()]{2,80}?)\s+(?:attended|attending|deputised|deputising|substituted|substituting|sat)"
    r"\s+(?:as\s+(?:a\s+|the\s+)?(?:substitute|deputy)|in\s+(?:his|her|their)\s+(?:absence|place|stead)"
    r"|on\s+(?:his|her|their)\s+behalf|instead|for\s+(?:him|her|them))\)"
    # "Cai Fox, who was represented by Dee Hill", "Cai Fox (represented by Dee Hill)", "(substitute: Dee Hill)".
    r"|,?\s+(?:who\s+was\s+)?(?:represented|substituted|replaced)\s+by\s+(?P<by>(?-i:[A-Z])[^(),;.]{2,60}?)"
    r"(?:\s*\([^()]{1,40}\))?(?=\s*(?:[,;.]|$|\s+and\s))"
    r"|\(\s*(?:represented|substituted|replaced)\s+by\s+(?P<in_bracket>(?-i:[A-Z])[^()]{2,60}?)\)"
    r"|\(\s*(?:substitute|deputy)\s*[:-]\s*(?P<named>(?-i:[A-Z])[^()]{2,60}?)\)"
    # "Councillor Hale, with Councillor Vine attending as his substitute, and ...": the substitute in a clause.
    r"|,?\s+with\s+(?P<with>(?-i:[A-Z])[^(),;]{2,60}?)\s+(?:attending|substituting|deputising|sitting)"
    r"(?:\s+as\s+(?:his|her|their|a|the)\s+(?:substitute|deputy)|\s+in\s+(?:his|her|their)\s+(?:place|stead|absence)"
    r"|\s+on\s+(?:his|her|their)\s+behalf)", re.IGNORECASE)


def with_substitutes_present(block: list[str], found: Attendance) -> list[str]:
    """An apologies block without the substitutes it names, who are recorded as present
    in place of the person before them."""
    kept = []
    for line in block:
        matches = list(_CAME_INSTEAD.finditer(line)) if "instead" in line or " for " in line or "place" in line else []
        for match in reversed(matches):
            before = re.split(r"[,;]\s*", _just_before(line, match.start()))[-1]
            absent = read_person(before)
            person = read_person(match["who"])
            if person is not None:
                record(found, Label(PRESENT, "member"), [replace(
                    person, in_place_of=absent.name if absent is not None else None)])
        line = _without(line, matches, strip=False)
        substitutes: list[Person] = []
        matches = list(_SUBSTITUTE_BRACKET.finditer(line)) if "(" in line or " by " in line or " with " in line else []
        for match in reversed(matches):
            before = re.split(r"[,;]\s*|\s+and\s+", _just_before(line, match.start()).strip())[-1]
            absent = read_person(before)
            who = (match["who"] or match["by"] or match["in_bracket"] or match["named"] or match["with"]).split(",")[0]  # "Mr D Walker, Medical Director"
            if (person := read_person(who)) is not None and looks_like_name(person.name):
                substitutes.insert(0, replace(person, in_place_of=absent.name if absent is not None else None))
        record(found, Label(PRESENT, "member"), substitutes)
        kept.append(_without(line, matches, strip=True))
    return kept


# The absent member a substitute stood in for is named just before the bracket or clause; a
# bounded look-back keeps a line of many substitutes linear.
_BEFORE = 200


def _just_before(line: str, end: int) -> str:
    return line[max(0, end - _BEFORE) : end]


def _without(line: str, matches: list[re.Match[str]], *, strip: bool) -> str:
    """The line with the matched substitutes taken out, in one pass (`strip`: with the spaces before each)."""
    if not matches:
        return line
    pieces, start = [], 0
    for match in matches:
        piece = line[start : match.start()]
        pieces.append(piece.rstrip() if strip else piece)
        start = match.end()
    pieces.append(line[start:])
    return "".join(pieces)


# "Auchenreoch CC: Moira Tennant (Chair), apologies from Gregor Bain", "Milton CC: Apologies from
# Irene Strang and Kenneth Dow": a body's line in a roll by body, naming who sent apologies.
_APOLOGIES_FROM = re.compile(r"(?i)(?:^|(?<=[,;:])\s*)(?:and\s+)?(?:sent\s+)?apolog(?:ies|y)\s+(?:received\s+)?from\s+"
                             r"(?P<who>[^;]+?)\s*\.?\s*(?=;|$)")
# "Balgrochan CC: no rep", "Craigend CC: No functioning CC", "Probation: not represented": a body's
# line that names nobody.
NOBODY_TAIL = re.compile(r"(?i)^\s*(?:no\s+rep(?:resentative)?s?|not\s+represented|no\s+one|nobody|none|vacant"
                         r"|no\s+functioning\b.*|no\s+attendance)\s*\.?\s*$")


def apologies_within(block: list[str], found: Attendance) -> list[str]:
    """A roll by body without the apologies its lines give and the bodies no one came from;
    those who sent apologies are recorded so."""
    kept = []
    for line in block:
        head, colon, tail = line.partition(":")
        if colon and NOBODY_TAIL.match(tail):
            continue
        if "polog" in line.lower():
            for match in reversed(list(_APOLOGIES_FROM.finditer(line))):
                who = re.sub(r"\s+(?:and|&)\s+", ", ", match["who"])
                record(found, Label(APOLOGIES), [p for entry in split_people(who) if (p := read_person(entry))])
                line = (line[: match.start()].rstrip(" ,;") + line[match.end():]).rstrip()
            if line.rstrip().endswith(":"):
                continue
        kept.append(line)
    return kept


def _cell_run_on(line: str) -> str | None:
    """ "25/131<tab>APOLOGIES FOR ABSENCE; Apologies were received from Cllr J. Penrice": a table of
    business whose item cell holds the title and then the minute, its paragraphs parted by "; "."""
    if "\t" not in line.strip():
        return None
    cell = line.strip().split("\t")[1]
    title, _, minute = cell.partition("; ")
    return minute if minute and _APOLOGIES_TITLE.match(title) else None


def run_on_apologies(lines: list[str], index: int, found: Attendance) -> None:
    """ "25/061 Apologies for absence. Apologies were received from Cllr M. Lowther": the
    people a minute names after its title. The line stays the agenda item's heading."""
    if "polog" not in lines[index] and "POLOG" not in lines[index]:
        return
    run_on = heading_run_on(lines[index]) or _cell_run_on(lines[index])
    labelled = attendance_label(run_on) if run_on else None
    if labelled is None and run_on and _APOLOGIES_TITLE.match(lines[index][: len(lines[index]) - len(run_on)].strip()):
        # "26/30 Apologies for absence. Cllr G. Lyle - holiday.": the names run on after the title itself.
        labelled = Label(APOLOGIES, single_line=True), run_on
    if labelled is None:
        # "26/21 APOLOGIES: Councillor Pemberton-Smythe": the minute's number, then the heading.
        # "25/01 To receive apologies: Cllr H Sato": so too after what the meeting was to do with them.
        numbered = re.match(r"^\s*[\w/.]{1,12}\s+(?:to\s+(?:receive|note|accept|consider)\s+(?:and\s+\w+\s+)?(?:any\s+)?)?"
                            r"(?=apologies)", lines[index], re.IGNORECASE)
        labelled = attendance_label(lines[index][numbered.end():]) if numbered else None
    if labelled is None and (noted := _NOTED_FROM.search(lines[index])):
        # "2.1. Adam Yelland noted apologies from Judy Smollett, Non-Executive Director.": the chair's words.
        labelled = Label(APOLOGIES, single_line=True), noted["who"] or ""
    if not labelled or not (labelled[0].single_line or labelled[0].kind == APOLOGIES and labelled[1].strip()):
        return  # "26/21 APOLOGIES: Councillor Pemberton-Smythe (family commitment)" names them too
    rest = labelled[1]
    # "(work" over "commitments).", "... and from Chief" over "Fire Officer Laura Quennell.": the
    # sentence runs on to the next line when it has not ended.
    ahead = index + 1
    while ahead < min(len(lines), index + 3) and lines[ahead].strip() and not rest.rstrip().endswith(".") and not (
            is_heading(lines[ahead]) or attendance_label(lines[ahead])):
        rest = f"{rest} {lines[ahead].strip()}"
        ahead += 1
    rest = _SENT_TAIL.sub("", SENTENCE_END.split(rest)[0])
    rest = _ABOUT_THEM.sub("", rest) if len(rest) <= _APOLOGIES_SENTENCE else rest
    record(found, labelled[0], read_block([rest], set(), [None]))


# "Adam Yelland noted apologies from ...", "... everyone. Apologies were noted from ...", "There were
# apologies from ...": apologies said in a sentence anywhere in a paragraph.
_NOTED_FROM = re.compile(
    r"(?:\b(?:noted|received|reported|accepted|recorded)\s+(?:the\s+)?apologies\s+(?:for\s+absence\s+)?(?:from|of)"
    # ("Apologises were received from", as minutes sometimes misspell it.)
    # ("70/12 Apologies for absence Apologies had been received from ...": the item's title run into its sentence.)
    r"|(?:^|[.;:]\s+|\bthere\s+were\s+|\bapologies\s+for\s+absence\s+)apolog(?:ies|ises|izes)\s+"
    # ("Apologies for inability to attend were reported from ...": the absence said at more length.)
    r"(?:for\s+(?:absence|(?:their\s+)?inability\s+to\s+attend(?:\s+the\s+meeting)?|non-attendance)\s+)?"
    r"(?:(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:(?:received|noted|given|submitted|tendered|offered|reported|recorded)\s+)?(?:and\s+(?:accepted|noted)\s+)?from)"
    # (The names may start on the next line: "... Apologies were received from" over "Mr David Farr ...".)
    r"(?:\s+(?P<who>(?-i:[A-Z]).*)|\s*)$", re.IGNORECASE)
# "Apologies from Cllr Ann Lee noted.", "... received from Bob Ray (BR) who was detained at work.": what the
# sentence goes on to say about those it names (the meeting noted them, why they were away) is no one.
_ABOUT_THEM = re.compile(r"(?:\s+(?:were\s+|was\s+|had\s+been\s+|have\s+been\s+)?(?:duly\s+)?(?:noted|accepted|approved)"
                         r"|,?\s+who\s+(?:was|were|is|are|had|has|could|would)\b.*?)\.?\s*$", re.IGNORECASE)
# A sentence of apologies is read for what it goes on to say only up to this length (a cost bound).
_APOLOGIES_SENTENCE = 600
# "Cllr A. Bowen and Cllr R. Meredith sent their apologies", "Freya sent regrets by email": the
# people who sent apologies, as the subject of a sentence saying so.
# (A match starts only where a run of spaces does, "(?<!\s)": tried from inside a long run each start would
# scan the rest of it, and the search would cost the run's length squared.)
_SENT_TAIL = re.compile(r"(?<!\s)\s+(?:also\s+)?(?:(?:has\s+|had\s+|have\s+)?(?:sent|gave|tendered|offered|sends)\s+"
                        r"(?:their\s+|his\s+|her\s+)?(?:apologies|apologises|regrets)\b"
                        # "Councillors Ann Lee and Bob Ray apologised for their inability to attend the meeting.",
                        # "Cai Fox, also apologised": the verb itself.
                        r"|(?:has\s+|had\s+|have\s+)?apologi[sz]ed\b).*$", re.IGNORECASE)  # (misspelt "apologises" too)
# ("Mrs L. Fairweather sent her apologies", "Dr. Ann Lee sent regrets": an initial's or a title's full stop
# is part of the name, no sentence's end.)
_SENT = re.compile(r"^\s*(?:[-*]\s+)?"
                   # ("The Chair reported that Sara Cole had sent her apologies": who said so is not the one who sent them.)
                   r"(?:(?-i:[A-Z])[^.:;]{0,60}?\b(?:reported|noted|said|advised|confirmed|explained|informed\s+\w+)\s+that\s+)?"
                   r"(?P<who>(?-i:[A-Z])(?:[^.:;]|(?<=\b(?-i:[A-Z]))\.|(?<=\b(?-i:Mr|Dr|Ms))\.|(?<=\bMrs)\.)"
                   r"{0,200}?)" + _SENT_TAIL.pattern[:-3], re.IGNORECASE)
# "Councillor Wainwright attended as a substitute for Councillor Borg.", "Supt Lee Fry attended as substitute.",
# "Sarah Quinn attended on her behalf for item 4.": a substitute, said in a sentence of its own (perhaps after
# the apologies it answers, on the same line, or after a dash).
_SUBSTITUTE_SENTENCE = re.compile(
    # ("It was noted that Councillor Poland was in attendance as a substitute for Councillor Morgan.", "Cllr Adam
    # Marsh attended the meeting as a substitute.")
    r"^\s*(?:it\s+was\s+(?:noted|reported|confirmed)\s+that\s+)?(?P<who>(?-i:[A-Z])[\w'’. -]{2,60}?)\s+"
    r"(?:attended|was\s+(?:present|in\s+attendance)|substituted|deputised|sat)(?:\s+the\s+meeting)?"
    r"(?:\s+as\s+(?:a\s+|the\s+)?substitute(?:\s+member)?|\s+on\s+(?:his|her|their)\s+behalf"
    r"|\s+in\s+(?:his|her|their)\s+(?:place|stead))?"
    r"(?:\s+(?:for|in\s+place\s+of)\s+(?P<for>(?-i:[A-Z])[\w'’. -]{2,60}?))?"
    r"(?:\s+(?:for|at)\s+(?:(?:agenda\s+)?items?|minutes?|part)\b[^.;]{0,40})?\s*\.?$",
    re.IGNORECASE)
# "Cllr Bains attended as an observer from Slough Borough Council.", "Jo Pike attended as a guest.": there,
# not as a member.
_OBSERVER_SENTENCE = re.compile(
    r"^\s*(?P<who>(?-i:[A-Z])[\w'’. -]{2,60}?)\s+(?:attended|was\s+(?:present|in\s+attendance)|joined(?:\s+the\s+meeting)?)"
    r"\s+as\s+(?:an?\s+)?(?:observer|guest|visitor)(?:\s+(?:from|for|representing|on\s+behalf\s+of)\s+"
    r"(?P<body>(?:the\s+)?(?-i:[A-Z])[^.;]{1,80}?))?\s*\.?$"
    # "Ms Helen Poynter (Home Office) observed via the live stream link.", "Jo Pike observed the meeting.": there, watching.
    r"|^\s*(?P<watcher>(?-i:[A-Z])[\w'’. -]{2,60}?)(?:\s+\((?P<from>[^()]{2,80})\))?\s+observed(?:\s+the\s+meeting)?"
    r"(?:\s+(?:via|through|on|online|remotely|virtually|from)\b[^.;]{0,60})?\s*\.?$", re.IGNORECASE)
_SAYS_SUBSTITUTE = re.compile(r"(?i)ubstitut|place\s+of|\b(?:his|her|their)\s+(?:behalf|place|stead)\b"
                              r"|\bas\s+(?:an?\s+)?(?:observer|guest|visitor)\b|\bobserved\b")
_SUBSTITUTE_WORDS = ("ubstitut", "place", "behalf", "stead", "observe", "guest", "visitor")
_SENTENCE_OR_DASH = re.compile(SENTENCE_END.pattern + r"|\s+[-–—]\s+(?=[A-Z])| {3,}|\t")


def attended_as_substitute(line: str, found: Attendance) -> None:
    """Each sentence of a line that says someone attended as a substitute (for someone named or not),
    or as an observer or guest."""
    if not any(word in line for word in _SUBSTITUTE_WORDS) or not _SAYS_SUBSTITUTE.search(line):
        return  # (cheaply first: most lines hold none of the words)
    for sentence in _SENTENCE_OR_DASH.split(line):
        if (observer := _OBSERVER_SENTENCE.match(sentence)) and looks_like_name(who := observer["who"] or observer["watcher"]) \
                and (person := read_person(who)) is not None:
            body = (observer["body"] or observer["from"] or "").strip() or None
            record(found, Label(PRESENT, "in attendance"), [replace(person, organisation=person.organisation or body)])
            continue
        match = _SUBSTITUTE_SENTENCE.match(sentence) if _SAYS_SUBSTITUTE.search(sentence) else None
        if match is None:
            continue
        person = read_person(match["who"]) if looks_like_name(match["who"]) else None
        absent = read_person(match["for"]) if match["for"] else None
        if person is not None and (absent is not None or match["for"] is None):
            record(found, Label(PRESENT, "member"), [replace(person, in_place_of=absent.name if absent else None)])


def says_apologies(line: str) -> bool:
    """Whether a line is a sentence that names who sent apologies ("Cllrs Ann Lee and Bob Ray apologised
    for their inability to attend.", "Apologies were reported from Alderman Cai Fox."): what a bare
    "Apologies" heading over it leaves the sentence to say."""
    if "polog" not in line and "POLOG" not in line or len(line) > _APOLOGIES_SENTENCE:
        return False
    first = SENTENCE_END.split(line, maxsplit=1)[0]
    return bool(_SENT.match(first) or (noted := _NOTED_FROM.search(first)) and noted["who"])


def sent_apologies(line: str, found: Attendance) -> None:
    """A sentence whose subject sent apologies. A first name alone is the one person of that
    first name the attendance lists (who, listed as absent, is then among the apologies)."""
    if "pologies" not in line and "regrets" not in line and "pologis" not in line and "pologiz" not in line:
        return
    # "Mrs L. Fairweather sent her apologies. Mr P. Oakes sent his apologies as he was away.": each sentence.
    for sentence in SENTENCE_END.split(line):
        if "pologies" not in sentence and "regrets" not in sentence and "pologis" not in sentence and "pologiz" not in sentence:
            continue
        if (match := _SENT.match(sentence)) or ":" in sentence and (match := _SENT.match(_after_titles(sentence))):
            _sent_by(match["who"], found)


# "2. Apologies and reasons for absence: 066/23: Cllrs Bell and Kendrick sent their apologies": the item's
# title and minute reference before the sentence, each ended by a colon.
_TITLES_BEFORE = re.compile(r"^(?:[^:]{1,80}:\s+){1,3}(?=(?-i:[A-Z]))")


def _after_titles(sentence: str) -> str:
    """The sentence after an item's title and reference that open it with colons (itself if none)."""
    match = _TITLES_BEFORE.match(sentence)
    return sentence[match.end():] if match else sentence


def _sent_by(who: str, found: Attendance) -> None:
    """Those a sentence's subject names as sending apologies, put among the apologies (none if
    any of them is no person)."""
    if PLURAL_TITLE.match(who):
        # "Cllrs Cole and Dean sent their apologies": the title each of them has, written once for all.
        people = read_block([who], set(), [None])
        if people and all(looks_like_name(p.name) or has_title(p.name) for p in people):
            found.absent = [a for a in found.absent if all(not same_person(a.name, p.name) for p in people)]
            record(found, Label(APOLOGIES), people)
        return
    people = []
    for entry in split_people(who):
        person = read_person(entry)
        if person is None and re.fullmatch(r"[A-Z][\w'’-]+", entry.strip()):
            listed = {a.name for a in found.present + found.absent if strip_title(a.name).split()[0] == entry.strip()}
            person = Person(name=listed.pop()) if len(listed) == 1 else None
        if person is None:
            return  # a sentence about someone not on the list, or no list of people at all
        people.append(person)
    found.absent = [a for a in found.absent if all(not same_person(a.name, p.name) for p in people)]
    record(found, Label(APOLOGIES), people)


# "1. Apologies", "C048/23  1.  APOLOGIES FOR ABSENCE.", "Cou/286/07-08 Apologies for Absence",
# "59. To receive apologies for absence": an item's number or minute reference (one or two, each
# with a digit), an agenda's "to receive" and a closing full stop are no part of the title.
_APOLOGIES_TITLE = re.compile(
    r"^\s*(?:(?=\S*\d)[\w/.()-]{1,14}\s+){0,2}(?:to\s+(?:receive|note|accept)\s+(?:any\s+)?)?"
    r"apologies(?:\s+(?:and\s+reasons\s+)?for\s+absence)?(?:\s+and\s+substitutions?)?\s*[:.]?\s*$", re.IGNORECASE)
_REASON = re.compile(r"\s*(?:\([^()]*\)|\s[-–—]\s.*)$")


def apologies_item(lines: list[str], index: int, found: Attendance) -> int | None:
    """ "1. APOLOGIES FOR ABSENCE" over "Cllr R. Tindall – personal reasons. Cllr S. Hale – work.":
    an agenda item whose paragraph is only the names of those who sent apologies (each
    perhaps with a reason). Returns the index after the paragraph when it was read."""
    if "pologies" not in lines[index] and "POLOGIES" not in lines[index] or not _APOLOGIES_TITLE.match(lines[index]):
        return None
    start = next_filled(lines, index + 1)
    if start is None or start > index + 2:
        return None
    end = start
    while end < len(lines) and lines[end].strip() and not is_heading(lines[end]) and end - start < 6:
        end += 1
    people: list[Person] = []
    absent: list[Person] = []
    for part in re.split(r"(?<=[a-z)])\.\s+|;\s*|\.$", " ".join(lines[start:end]).strip()):
        # "Cllr S Pratt - no apology received": named among the apologies, but absent without one.
        unexcused = bool(_NO_APOLOGY.search(part))
        part = _REASON.sub("", part.strip(" .")).strip()
        if not part:
            continue
        if unexcused:
            if (person := read_person(part)) is not None and looks_like_name(person.name):
                absent.append(person)
                continue
        part = _ACCEPTED_AFTER.sub("", part)
        plural = bool(PLURAL_TITLE.match(part))
        if plural:
            # "Trustees Hayden and Howden, apologies accepted.": the plural title each of them has, written once.
            entries, read = [part], read_block([part], set(), [None]) or [None]
        else:
            entries = split_people(part)
            read = [read_person(entry) for entry in entries]
        if not entries or any(person is None or not plural and not looks_like_name(person.name) for person in read):
            if people:
                break  # "... and Cllr H Allsopp (leave). The meeting accepted these.": a remark after the names
            return None  # a sentence, not a list of names ("Apologies were noted.")
        people.extend(read)
    if not people and not absent:
        return None
    record(found, Label(APOLOGIES), people)
    record(found, Label(ABSENT), absent)
    return end


# ", apologies accepted", "- apology noted": what the meeting made of the apologies, after the names.
_ACCEPTED_AFTER = re.compile(r"(?i)(?<!\s)\s*+[,;–-]?\s*+(?:their\s+|his\s+|her\s+)?apolog(?:y|ies)\s+(?:were\s+|was\s+)?"
                             r"(?:accepted|noted|received|approved)\s*$")
_NO_APOLOGY = re.compile(r"(?i)\b(?:no\s+apolog(?:y|ies)(?:\s+(?:was\s+|were\s+)?(?:received|given|sent))?"
                         r"|without\s+(?:an\s+)?apolog(?:y|ies))\b")


# "District Cllrs Burley and Cawrey were present", "Clerk to Council, Mrs S Knowles, was also present": a
# sentence after the roll saying who else was there.
# ("The Town Clerk, Mrs. L.M. Phillips, ... were also present.": a title's or an initial's full stop is part of a name.)
_WERE_PRESENT = re.compile(r"^\s*(?P<who>[A-Z](?:[^.;:]|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Ms|Dr))\.|(?<=\bMrs)\.){2,200}?),?\s+(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)"
                           r"(?:\s+(?:for\s+(?:part|items?\s+[\w ,&-]+)|throughout|remotely|online|in\s+person))?\s*\.?\s*$")
# "Meeting called to order at 7:39 pm with Ann Lee, Bob Ray, and Cai Fox in attendance.": the opening
# sentence, naming who was there.
_OPENED_WITH = re.compile(r"(?i)\b(?:called\s+to\s+order|opened|began|convened|started)\b[^;]{0,80}?\bwith\s+"
                          r"(?P<who>(?-i:[A-Z])[^;:]{2,300}?),?\s+(?:in\s+attendance|present)\s*\.?\s*$")
_NOBODY_PRESENT = re.compile(r"(?i)^\s*(?:no|none|nobody|no\s+one|there)\b|\bmembers?\s+of\s+(?:the\s+)?(?:public|press)\b")
# "..., Mrs. M.C. Vincent and a member of the public were also present.": the public, named last, are no one.
_AND_THE_PUBLIC = re.compile(r"(?i)(?:\s*,\s*|\s+and\s+)(?:an?|one|two|three|four|five|six|several|some|\d{1,3})\s+"
                             r"members?\s+of\s+(?:the\s+)?(?:public|press)\s*$")


def were_present(line: str, found: Attendance) -> bool:
    """A sentence saying who was there: the roll itself, or, just after it, who else was; whether it named anyone."""
    if "present" not in line and "attendance" not in line or not (
            match := _WERE_PRESENT.match(line) or " with " in line and _OPENED_WITH.search(line)):
        return False
    who = _AND_THE_PUBLIC.sub("", match["who"]) if "of the" in match["who"] else match["who"]
    if _NOBODY_PRESENT.search(who):
        return False
    people = read_block([who], set(), [None])
    if not people:
        return False
    record(found, Label(PRESENT, "member" if found.first_line is None else "in attendance"), people)
    return True


# "The hall committee and Ann Lee attended the meeting to ask ...": who came to the meeting, as the minutes say so.
_ATTENDED = re.compile(r"^\s*(?P<who>(?-i:[A-Z])[^.;:!?]{2,200}?)\s+attended\s+(?:the|this)\s+meeting\b")


def welcomed(line: str, found: Attendance) -> None:
    """People named as welcomed to the meeting (read by `attendance_welcome.welcomed_named`) and those the minutes
    say attended the meeting ("The hall committee and Ann Lee attended the meeting to ask ..."): they were there.
    Only people named in full; "the hall committee" is no one."""
    if "attended" in line and (came := _ATTENDED.match(line)):
        # (Only the people among those named: "the hall committee" is no one.)
        people = [person for entry in re.split(r",|\s+and\s+|\s*&\s*", came["who"]) if (person := read_person(entry)) is not None
                  and looks_like_name(person.name) and not is_organisation(person.name) and not is_role(person.name)]
        record(found, Label(PRESENT, "in attendance"), people)
        return
    welcomed_named(line, found)


# The heading of an attendance section written in prose: "Who attended", "1. Welcome and attendance".
_PROSE_ROLL_HEADING = re.compile(r"(?i)^\s*(?:\d{1,2}[.)]?\s+)?(?:who\s+(?:attended|was\s+there|came)|(?:welcome(?:,|\s+and)\s+)?"
                                 r"attendance(?:\s+and\s+apologies)?|welcome,?\s+introductions\s+and\s+attendance)\s*:?\s*$")
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True)) + r")\.?"
                          r"\s+[A-Z][\w'’-]+(?:\s+(?!(?:and|of|for|the)\b)[A-Z][\w'’-]+){1,2}")
_FULL_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){1,2}\b")
_NOT_THERE_SENTENCE = re.compile(r"(?i)apolog|regrets|\babsent\b|nobody|no\s+one|unable|could\s*n[o']?t|did\s+not\s+attend")
# The most paragraphs an attendance section written in prose runs to; the fewest words of its first.
_PROSE_ROLL_PARAGRAPHS = 8
_PROSE_WORDS = 8


def prose_roll(lines: list[str], start: int, found: Attendance) -> int | None:
    """ "Who attended" over "The meeting was chaired by Councillor Dominic Hale. ... The Borough Council was
    represented by Maxine Forde (Director of Neighbourhoods) and Paul Orchard ...": an attendance section
    written as sentences, as some boards' notes and government panels' minutes set it. Everyone named in
    full (a titled name, or a given name and surname that is no body or post) in its sentences was there,
    but for the sentences about apologies or absence, which the other rules read. Returns the index after
    the section, or None when `start` is no such heading or its section names no one."""
    if not _PROSE_ROLL_HEADING.match(lines[start]):
        return None
    first = next_filled(lines, start + 1)
    if first is None or "\t" in lines[first] or len(lines[first].split()) < _PROSE_WORDS or not (
            lines[first].rstrip().endswith(".") or ". " in lines[first]):
        return None  # a table or a list under the heading is read by the rules for them; this is for sentences
    index, paragraphs, people = start + 1, 0, []
    seen: set[str] = set()
    while index < len(lines) and paragraphs <= _PROSE_ROLL_PARAGRAPHS:
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if is_heading(line) and not re.match(r"^\s*\d{1,2}\.\d{1,2}\s", line) or attendance_label(line):
            break
        if _NOT_THERE_SENTENCE.search(line):
            break  # the apologies, read by the rules for them, close the section
        paragraphs += 1
        for sentence in SENTENCE_END.split(re.sub(r"^\s*\d{1,2}\.\d{1,2}\s+", "", line)):
            text = re.sub(r"\([^()]*\)", " ", sentence)
            spans = [m.span() for m in _TITLED_NAME.finditer(text)]
            names = [text[a:b] for a, b in spans]
            bare = _blanked(text, spans)
            # (Not a place after its number, "10 Victoria Walk", nor what a post is of, "Director for Data Standards".)
            names += [m[0] for m in _FULL_NAME.finditer(bare) if _is_full_name(m[0])
                      and not _AFTER_NUMBER_OR_OF.search(bare[max(0, m.start() - 12): m.start()])]
            for name in names:
                person = read_person(name)
                key = strip_title(person.name).lower() if person else ""
                if person is not None and key and key not in seen:
                    seen.add(key)
                    people.append(person)
        index += 1
    if len(people) < 2:
        return None
    record(found, Label(PRESENT, "member"), people)
    return index


_AFTER_NUMBER_OR_OF = re.compile(r"(?:\d|\b(?:for|of|at|from|in|on|with))\s*$")


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the given spans blanked out, keeping every other character where it was."""
    parts, at = [], 0
    for start, end in spans:
        parts += [text[at:start], " " * (end - start)]
        at = end
    return "".join(parts) + text[at:]


def _is_full_name(words: str) -> bool:
    """A given name and surname in a sentence, not a body ("Harrowdale Police"), a post ("Community Safety
    Analyst") or words opening a sentence ("Responsible Authorities")."""
    return looks_like_name(words) and not is_organisation(words) and not is_role(words) and not any(
        word.lower() in NOT_NAME_WORDS for word in words.split())


# "district manager Tricia Hale", "NRCS district conservationist Ben Koerner": a post in lower case (perhaps
# after its body's acronym) written before the name it belongs to, as a sentence roll names people.
_POST_FIRST = re.compile(r"^(?P<post>" + POSTS_BEFORE.replace("{0,4}", "{1,4}") + r")"
                         r"(?P<name>(?-i:[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){1,3}))\s*$")
_ENTRY_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def posts_first(text: str) -> str:
    """A sentence roll's list with each post written before its name moved after it, in brackets
    ("Present were supervisors Dale Voss, Ron Peeples", "Also present were district manager Tricia
    Hale, and Jill Marsh, secretary" -> "Dale Voss, Ron Peeples", "Tricia Hale (district manager),
    Jill Marsh, secretary"). A lone plural before the first name is the kind of all of them, no one's
    post. A list with no such entry is returned as it was."""
    if not re.search(r"(?:^|,\s*|\band\s+)(?-i:[a-z]|[A-Z]{2,6}\s)", text.strip()):
        return text  # (cheaply first: no entry opens in lower case or with an acronym)
    entries = _ENTRY_SPLIT.split(text.strip())
    moved = False
    for at, entry in enumerate(entries):
        said = _POST_FIRST.match(entry)
        if said is None or not re.search(r"(?-i:\b[a-z])", said["post"]):
            continue
        post = said["post"].strip()
        moved = True
        plural_kind = at == 0 and " " not in post and post.endswith("s")
        entries[at] = said["name"] if plural_kind else f"{said['name']} ({post})"
    return ", ".join(entries) if moved else text
