"""Who was there: Present, Also in attendance, Officers, Facilitator, In the Chair,
Apologies and Absent blocks, written inline ("Present: A (Org), B and C"), as lists,
as two-column tables, or as PDF columns that split a row over two lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from minutes.action_tables import table_columns
from minutes.agenda import heading_run_on, is_heading
from minutes.model import Apology, Attendee
from minutes.normalise import prose
from minutes.people import (
    Person,
    is_organisation,
    looks_like_name,
    names_then_organisations,
    read_person,
    split_people,
    initials_first,
    initials_last,
    ends_with_own_initials,
    stands_in_for,
    opens_with_titled_name,
    starts_like_person as _starts_like_person,
    without_attendance_note,
)
from minutes.vocabulary import NOT_NAME_WORDS, PEOPLE_CONNECTORS, TITLES, has_title, is_role, strip_title

PRESENT, APOLOGIES, ABSENT = "present", "apologies", "absent"


@dataclass(frozen=True)
class Label:
    """What an attendance heading says about the people under it."""

    kind: str
    capacity: str | None = None
    role: str | None = None
    single_line: bool = False
    # A plural title the heading gives every name under it ("Councillors:").
    shared: str | None = None


# "<who> present/attending": a heading that says who the people under it are, then that they
# were there. Only a heading: a colon, a tab or the end of the line follows, so "The Chair
# thanked all present" (lowercase words before "present") is no heading.
_SOMEONE_THERE = r"(?!(?:quorum|not|no|none|nobody|all)\b){who} *(?:present|attending|in +attendance)(?=[ ]*(?::|\t|$))"

_LABELS: list[tuple[str, Label]] = [
    # Welsh: "Yn bresennol" (present), "Ymddiheuriadau" (apologies), "Hefyd yn bresennol" (also present).
    (r"hefyd\s+yn\s+bresennol", Label(PRESENT, "in attendance")),
    (r"yn\s+bresennol", Label(PRESENT, "member")),
    (r"ymddiheuriadau|leithsc[ée]alta", Label(APOLOGIES)),
    (r"i\s+l[áa]thair(?=\s*:)", Label(PRESENT, "member")),
    (r"apologies\s+(?:for\s+absence\s+)?(?:were\s+)?submitted\s+on\s+behalf\s+of", Label(APOLOGIES)),
    (r"an\s+apology\s+(?:for\s+absence\s+)?(?:was\s+)?(?:received|given|noted|submitted)\s+(?:from|by)"
     r"|apologies\s+(?:for\s+absence\s+)?(?:were\s+)?(?:received|given|noted|submitted)"
     r"(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by)"
     r"|apologies\s+from", Label(APOLOGIES, single_line=True)),
    # "Apologies received and accepted: Jane Forbes (Probation); Dr Keith Yarrow": a heading, then the list.
    (r"apologies\s+(?:for\s+absence\s+)?(?:were\s+)?(?:received|noted|given)(?:\s+and\s+(?:accepted|noted|approved))?(?=\s*:)",
     Label(APOLOGIES)),
    (r"(?:absent\s+with\s+|sent\s+their\s+)?apologies(?:\s+for\s+absence)?(?:\s+(?:received|noted|given))?"
     r"|(?:absent\s+with\s+)?regrets|sent\s+(?:regrets|apologies)|unable\s+to\s+(?:attend|join|make\s+it)"
     # "Could not make it:", "Can't attend:": how informal notes list those who sent apologies.
     r"|(?:could\s*n[o'’]?t|can[‘'’]?t|cannot|can\s+not|not\s+able\s+to|wasn['’]?t\s+able\s+to)\s+(?:make\s+it|attend|join|come)"
     r"|apologies\s+were\s+received\s+from", Label(APOLOGIES)),
    (r"absent(?:\s+without\s+apolog(?:y|ies))?|not\s+present|not\s+in\s+attendance|absences?|absentees?"
     r"|did\s+not\s+attend(?=\s*:)"
     # "Directors Absent:", "Members absent": a body's word for its members, then that they were not there.
     r"|(?:(?-i:[A-Z][\w'’-]*) +){1,3}absent(?=[ ]*(?::|\t|$))",
     Label(ABSENT)),
    (r"(?:also\s+)?in\s+attendance(?:\s+for\s+items?\s+[\w ,&]+)?|also\s+present|also\s+attending"
     r"|others?\s+(?:present|in\s+attendance|attending)|present\s*\((?:non[- ]members|others|guests)\)"
     r"|guests?|observers?|invited\s+guests?|others|visitors|non-members"
     r"|(?:other|additional|community|non-voting)\s+attendees"
     # "POLICE SERVICE IN ATTENDANCE:", "Non-members in attendance at request of Chief Officer:-".
     r"|(?!(?:supporting\s+|council\s+)?(?:officers?|officials|staff|members|not)\s)(?:[\w&'’-]+\s+){1,4}in\s+attendance"
     r"(?:\s+at\s+(?:the\s+)?(?:request|invitation)\s+of\s+[\w ]{2,40})?",
     Label(PRESENT, "in attendance")),
    # "Councillors: Smith (Chair), Jones and Brown": the heading's plural title is each name's.
    (r"(?:(?:county|borough|district|town|parish|city)\s+)?(?:councillors|cllrs\.?)(?:\s+(?:present|attending"
     r"|in\s+attendance))?", Label(PRESENT, "member", shared="Councillors")),
    # "Council Employees Present:", "Staff attending": a body's employees, named by the word for them.
    (_SOMEONE_THERE.format(who=r"(?:(?-i:[A-Z][\w'’-]*) +){0,2}(?:employees|staff|officers|officials)"),
     Label(PRESENT, "officer")),
    # "Members of the Public Present:", "Governors observing", "Present (non-voting):": people
    # there who are not members (a member of the public named is there all the same).
    (_SOMEONE_THERE.format(who=r"(?:(?-i:[A-Z][\w'’-]*) +)*?(?:of +the +(?:public|press)|observers?|guests?"
                               r"|non[- ]?voting)")
     + r"|(?:(?-i:[A-Z][\w'’-]*) +){1,3}observing|present[ -]+\(?non[- ]?voting\)?",
     Label(PRESENT, "in attendance")),
    # "Trustees present", "Governors Present:", "Present voting:": a body's own word for its members,
    # then the word that says they were there.
    (_SOMEONE_THERE.format(who=r"(?-i:[A-Z][\w'’-]*) +(?:(?:of +the +|of +)?(?-i:[A-Z][\w'’-]*) +){0,3}")
     + r"|present[ -]+\(?voting\)?",
     Label(PRESENT, "member")),
    (r"(?:supporting\s+|council\s+)?officers?(?:\s+(?:present|in\s+attendance|attending))?"
     r"|present\s*\(officers\)|secretariat|minute[- ]taker|(?:minutes|notes)\s+(?:taken\s+)?by"
     r"|officials(?:\s+(?:present|in\s+attendance|attending))?|(?:council\s+|support\s+)?staff(?:\s+present)?",
     Label(PRESENT, "officer")),
    (r"clerk(?:\s+to\s+the\s+[\w ]{2,30}?)?", Label(PRESENT, "officer", "Clerk")),
    # "Secretary: Stephen Marsh", "Recorder:": who kept the minutes, with a colon and a name after it.
    (r"(?:board\s+|committee\s+|company\s+)?secretary(?=\s*:\s*\S)", Label(PRESENT, "officer", "Secretary")),
    (r"recorder|recorded\s+by(?=\s*:\s*\S)", Label(PRESENT, "officer")),
    # "Present in the room:", "Present online:", "Attending virtually:": how people joined.
    (r"(?:present|attending|attended)\s+(?:in\s+(?:the\s+)?(?:room|person|chamber|hall)|online|remotely|virtually"
     r"|by\s+(?:video|phone|telephone)|via\s+[\w ]{2,20}?)(?=\s*(?:\([^()]{1,80}\)\s*)?:)", Label(PRESENT, "member")),
    (r"substitutes?(?:\s+members?)?(?=\s*:)", Label(PRESENT, "member")),
    (r"facilitators?|facilitated\s+by", Label(PRESENT, "facilitator")),
    # "Host: Ines Carvalho", "Convener:": who ran a call or working group, as open-source notes say.
    (r"(?:hosts?|hosted\s+by|convene[rd](?:\s+by)?|convenor|moderator|moderated\s+by)(?=\s*:)",
     Label(PRESENT, "member", "Chair")),
    (r"note[- ]?takers?|scribe", Label(PRESENT, "officer")),
    # Only with a colon: "Online: Raj Khanna" lists people; "Online" alone may head an item.
    (r"(?:in\s+person|online|remote(?:ly)?|virtual(?:ly)?|joined\s+(?:virtually|online|remotely)"
     r"|dial(?:l?ed)?[- ]in)(?=\s*(?:\([^()]{1,30}\))?\s*:)",
     Label(PRESENT, "member")),
    # "Vice-Chair: Cllr Y", "Co-Chairs: A and B", "Treasurer: C": officers of the body named by their post.
    (r"(?:vice|deputy)[- ]?chair(?:man|person|woman)?(?=\s*:)", Label(PRESENT, "member", "Vice-Chair")),
    (r"(?:co-?|joint\s+|independent\s+)chair(?:s|man|person|woman)?(?=\s*:)|chairs(?=\s*:)",
     Label(PRESENT, "member", "Chair")),
    (r"treasurer(?=\s*:\s*\S)", Label(PRESENT, "member", "Treasurer")),
    (r"in\s+the\s+chair|chair(?:ed\s+by)?|chairing|chairman|chairperson|presiding|cathaoirleach",
     Label(PRESENT, "member", "Chair")),
    (r"(?:(?:board|panel|committee|group|forum|council|partnership|voting|non-voting|non\s+voting|core|statutory"
     r"|full|associate|elected)\s+)?members"
     r"(?:\s+(?:present|attending|in\s+attendance))?"
     r"|(?:[A-Z][\w'’]*\s+){1,3}representatives?|representatives|delegates|roll\s+call"
     r"|(?-i:[A-Z][\w&'’-]*\s+){1,3}(?:attendees|participants|voting\s+members|members)"
     r"|present\s*\((?:board\s+)?members\)|present|attendees|attendee"
     r"|attendance|attending|participants|those\s+present|sederunt"
     r"|(?:(?:community|parish|town|county|borough|district|city)\s+)?councillors(?:\s+present)?"
     r"|(?:independent\s+)?co-?opted(?:\s+members)?|who\s+was\s+there|who\s+came",
     Label(PRESENT, "member")),
]
# Welsh and Irish bodies write headings in both languages: "Present / Yn Bresennol:", "Apologies /
# Ymddiheuriadau:", "Present / I Láthair:".
_WELSH_AFTER = (r"\s*/\s*(?:yn\s+bresennol|ymddiheuriadau|hefyd\s+yn\s+bresennol|swyddogion|absennol|i\s+l[áa]thair"
                r"|leithsc[ée]alta)")
# "In attendance Cllr. Emma Murphy (Chair), Cllr. Ed Ryan": a heading run straight into a titled name.
_TITLED = "(?-i:" + "|".join(re.escape(t.rstrip(".")) for t in TITLES) + r")\.?\s+(?-i:[A-Z])"
_LABEL_RES = [
    (re.compile(rf"^\s*(?:[-*•]\s+)?(?:{pattern})(?:\s*\([^()]{{1,80}}\)|\s+via\s+[\w ]{{2,20}}?|{_WELSH_AFTER})?"
                rf"(?:\s*:\s*|\s*\t|\s*$|(?<=from)\s+|(?<=by)\s+|\s+[-–]\s+|(?P<titled>\s+)(?={_TITLED}))",
                re.IGNORECASE), label)
    for pattern, label in _LABELS
]
# All of them at once, in the same order, each its own group: one match instead of a loop of them.
_LABEL_ANY = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:" + "|".join(f"(?P<l{index}>{pattern})" for index, (pattern, _) in enumerate(_LABELS)) + ")"
    + rf"(?:\s*\([^()]{{1,80}}\)|\s+via\s+[\w ]{{2,20}}?|{_WELSH_AFTER})?"
    + rf"(?:\s*:\s*|\s*\t|\s*$|(?<=from)\s+|(?<=by)\s+|\s+[-–]\s+|(?P<titled>\s+)(?={_TITLED}))",
    re.IGNORECASE)
_COLUMN_HEADER_REACH = 80
_COLUMN_WORDS = {"role", "roles", "title", "organisation", "organization", "agency", "designation", "initials",
                 "position", "representing", "job", "affiliation"}
_NOBODY = re.compile(r"^(?:none|nil|n/?a|no apologies|none received|-)\.?$", re.IGNORECASE)
_ROLE_HEADINGS = {"role", "title", "position", "job title", "designation"}
_HEADER_CELLS = {"name", "names", "organisation", "organization", "member", "members",
                 "representing", "attendee", "attendees", "agency", "initials"} | _ROLE_HEADINGS
# A full stop closing a sentence, not one shortening a title ("Cllrs. E. Fox", "Revd. Ann Lee").
_SENTENCE_END = re.compile(r"(?<=[a-z)]{2})(?<!\bCllrs)(?<!\bCllr)(?<!\bMrs)(?<!\bRevd)(?<!\bSupt)(?<!\bInsp)"
                           r"(?<!\bProf)(?<!\bCouncillors)\.\s+(?=[A-Z])")
_BLANK_GAP = 4
_BULLET = re.compile(r"^(\s*)[-*]\s+")
_DASH = re.compile(r"\s+[-–—]\s+")
_LEADING_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)
_PLURAL_TITLE = re.compile(
    r"^\s*(?P<area>(?:County|Borough|City|District|Town|Parish)\s+)?"
    r"(?P<title>Councillors|Cllrs\.?|Deputies|Senators|Aldermen|Drs\.?"
    # "Governors Keith Samways (Hull) and Lorraine Bell": the body's word for its members, no title.
    r"|(?:Governors|Trustees|Directors|Members)(?=\s+(?-i:[A-Z])))\s+"
)
_SINGULAR_TITLES = {"councillors": "{area}Councillor", "cllrs": "Cllr", "cllrs.": "Cllr", "deputies": "Deputy",
                    "senators": "Senator", "aldermen": "Alderman", "drs": "Dr", "drs.": "Dr",
                    "governors": "", "trustees": "", "directors": "", "members": ""}


@dataclass
class Attendance:
    """Everyone read from the attendance blocks, and which lines those blocks used."""

    present: list[Attendee] = field(default_factory=list)
    apologies: list[Apology] = field(default_factory=list)
    absent: list[Apology] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    first_line: int | None = None
    # Initials and handles the list gives people ("Jane Smith (JS)", "@jsmith"): short -> name.
    aliases: dict[str, str] = field(default_factory=dict)
    clashes: set[str] = field(default_factory=set)


def attendance_label(line: str) -> tuple[Label, str] | None:
    """The attendance heading a line starts with, and what follows it (tabs kept). A heading
    over a table's other column headings, run together by PDF text ("Present Role",
    "Members Organisation"), is the heading alone."""
    first = _LABEL_ANY.match(line)  # all the headings at once, anchored: most lines fail at their first word
    if first is None:
        words = line.split() if len(line) < _COLUMN_HEADER_REACH else []
        if 2 <= len(words) <= 5 and "\t" not in line.strip():
            # "Members present Organisation": the heading's own words, then the table's other column headings.
            for size in range(1, min(3, len(words) - 1) + 1):
                if all(w.lower().strip(":") in _COLUMN_WORDS for w in words[size:]):
                    found = attendance_label(" ".join(words[:size]) + ":")
                    if found:
                        return found[0], ""
        return None
    start = next(index for index in range(len(_LABELS)) if first[f"l{index}"] is not None)
    for pattern, label in _LABEL_RES[start:]:
        match = first if pattern is _LABEL_RES[start][0] else pattern.match(line)
        if match and match["titled"] is not None and not _carries_on(line[match.end():], strong=False):
            continue  # "Chair Cllr Pritchard opened the meeting": a sentence, not a heading and its people
        if match:
            # Keep an empty cell where the label stood so table columns still line up.
            rest = line[match.end():]
            if ":" in match[0] and rest[:1] in "-–":
                rest = rest[1:]  # "Present:-": the Scottish colon and dash
            # "Elected Members:<tab>Cllr A, Cllr B,": a tab after a colon only aligns a list of
            # names with the others; with no more tabs after it, the line is no table row.
            aligned = "\t" in match[0] and not (":" in match[0] and "\t" not in rest.strip() and re.search(r"[,;]", rest))
            return label, ("\t" + rest.lstrip(" ") if aligned else rest)
    return None


def read_attendance(lines: list[str]) -> Attendance:
    """Every attendance block in the document, in order."""
    found = Attendance()
    known_orgs: set[str] = set()
    # One Word table often holds every block, a merged row ("In attendance") between
    # them: its header row, read in the first block, still names the later blocks' cells.
    role_column: list[int | None] = [None]
    index = 0
    while index < len(lines):
        end = _status_table(lines, index, found)
        if end is not None:
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        end = _status_rows(lines, index, found)
        if end is None:
            end = _columns_run_together(lines, index, found)
        if end is not None:
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        labelled = attendance_label(lines[index]) or _led_by_the_chair(lines[index])
        if not labelled and found.first_line is None and index < _HEAD_REACH and _group_of_people(lines[index]):
            labelled = Label(PRESENT, "member"), lines[index]
        if not labelled:
            _run_on_apologies(lines, index, found)
            _sent_apologies(lines[index], found)
            _attended_as_substitute(lines[index], found)
            end = _apologies_item(lines, index, found)
            if end is not None:
                found.used.update(range(index + 1, end))
            index += 1
            continue
        label, rest = labelled
        rest, tails = _first_sentence(rest)
        if tails:
            # "Staff: Diane Holroyd (CE). Minute Taker: Sally Armitage (SA).": one line, two headings;
            # "Apologies - Iris Bamford (IB). No apologies from Colm Reilly.": a remark after the list.
            label = replace(label, single_line=True)
        end = _label_columns(lines, index, label, rest, found)
        if end is not None:  # "Members | Officers" over a column of people each
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        ahead = _next_filled(lines, index + 1) if not rest.strip() else None
        end = _status_table(lines, ahead, found, label) if ahead is not None else None
        if end is not None:  # "Attendance" over a table saying each person's status
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        block, end, bulleted = _collect_block(lines, index, rest, label)
        found.used.update(range(index, end))
        found.first_line = index if found.first_line is None else found.first_line
        block, unticked = _ticked(block)
        if unticked:
            # "[ ] Thorsten Kaufmann - Accenture" in a roll call of boxes: listed, not there;
            # "[ ] Samir Haddad - Bluepeak (regrets)": not there, having sent apologies.
            for line in unticked:
                if (person := read_person(line)) is not None:
                    _record(found, Label(APOLOGIES if _REGRETS.search(line) else ABSENT), [person])
        if label.kind == ABSENT and any(_REGRETS.search(line) for line in block):
            # "Directors absent: Liam Carraway (sent regrets)": absent with apologies sent.
            sent = [entry for line in block for entry in split_people(line) if _REGRETS.search(entry)]
            _record(found, Label(APOLOGIES), [p for entry in sent if (p := read_person(entry)) is not None])
            block = [", ".join(e for e in split_people(line) if not _REGRETS.search(e)) for line in block]
        if label.kind == APOLOGIES:
            block = _with_substitutes_present(block, found)
        if label.shared:
            block = [line if not line.strip() or has_title(line.strip()) or _PLURAL_TITLE.match(line)
                     else f"{label.shared} {line.strip()}" for line in block]
        people = _listed_people(block) if bulleted or _one_a_line(block) else None
        _record(found, label, people or _read_block(block, known_orgs, role_column))
        for tail in tails:
            if (again := attendance_label(tail)) and again[1].strip():
                _record(found, again[0], _read_block([again[1]], known_orgs, role_column))
        index = end
    for short in found.clashes:
        found.aliases.pop(short, None)
    return found


_FULL_STOP = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")


def _first_sentence(rest: str) -> tuple[str, list[str]]:
    """An inline list's own sentence and the sentences after it. A full stop after an initial
    ("J. Bell"), a title ("Cllr. Bell") or inside brackets ends no sentence."""
    if "\t" in rest or ". " not in rest:
        return rest, []
    cuts = [0]
    for match in _FULL_STOP.finditer(rest):
        word = rest[: match.start()].split()[-1] if rest[: match.start()].split() else ""
        depth = rest[: match.start()].count("(") - rest[: match.start()].count(")")
        if depth > 0 or len(word.strip("(")) <= 1 or has_title(word + " X") or word.isupper() and len(word) <= 2:
            continue
        cuts.append(match.end())
    if len(cuts) == 1:
        return rest, []
    parts = [rest[start:end].strip() for start, end in zip(cuts, cuts[1:] + [len(rest)])]
    return parts[0].rstrip("."), [part.rstrip(".") for part in parts[1:]]


# "Sgt Amy Rowe (Kelbrook Police) – PC Josh Keane came instead": the apology's substitute,
# named after a dash, was there.
_CAME_INSTEAD = re.compile(
    r"\s+[-–—]\s+(?P<who>[A-Z][^,;()]{2,60}?)\s+(?:came|attended|attending|deputised|deputising|substituted"
    r"|substituting|stood\s+in|standing\s+in|sat|sitting)\s+(?:instead|in\s+(?:his|her|their)\s+place"
    r"|for\s+(?:him|her|them))\b\.?")


def _with_substitutes_present(block: list[str], found: Attendance) -> list[str]:
    """An apologies block without the substitutes it names, who are recorded as present
    in place of the person before them."""
    kept = []
    for line in block:
        for match in reversed(list(_CAME_INSTEAD.finditer(line))) if "instead" in line or " for " in line or (
                "place" in line) else ():
            before = re.split(r"[,;]\s*", line[: match.start()])[-1]
            absent = read_person(before)
            person = read_person(match["who"])
            if person is not None:
                _record(found, Label(PRESENT, "member"), [replace(
                    person, in_place_of=absent.name if absent is not None else None)])
            line = line[: match.start()] + line[match.end():]
        kept.append(line)
    return kept


# "Councillor G Carr (in the Chair); Councillors Hale, Bird and Lawn.": a list of members led by the
# one in the chair, set under a heading the page lost (or never wrote).
_CHAIR_FIRST = re.compile(r"^\s*(?P<first>[^\W\d_][^()\t]{2,60}?)\s*\((?:in\s+the\s+chair|chair(?:man|person|woman)?)\)"
                          r"\s*[;,]\s*(?=\S)", re.IGNORECASE)


# "Cathaoirleach Cllr. Bríd Nagle presided.", "Cllr Ann Lee (Mayor) presided": the member in the chair,
# said in a sentence of its own.
_PRESIDED = re.compile(r"^\s*(?:(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)??(?P<who>[A-Z][^;:]{2,60}?)\s+"
                       r"(?:presided|was\s+in\s+the\s+chair|took\s+the\s+chair|chaired(?:\s+the\s+meeting)?)\s*\.?\s*$")


def _led_by_the_chair(line: str) -> tuple[Label, str] | None:
    if "presided" in line or "the chair" in line or "chaired" in line:
        said = _PRESIDED.match(line)
        words = said["who"].split() if said else []
        for skip in range(min(3, len(words))):  # "Cathaoirleach Cllr. Bríd Nagle": a post may come first
            who = " ".join(words[skip:])
            if opens_with_titled_name(who) and read_person(who) is not None:
                return Label(PRESENT, "member", "Chair", single_line=True), who
    match = _CHAIR_FIRST.match(line) if "hair" in line else None
    if match is None or not has_title(match["first"]) or not looks_like_name(match["first"]) \
            or not _carries_on(line[match.end():].rstrip(" ."), strong=False):
        return None
    return Label(PRESENT, "member"), line


def _label_columns(lines: list[str], start: int, label: Label, rest: str, found: Attendance) -> int | None:
    """A table whose header cells are attendance headings ("Members | Officers",
    "Present | Apologies"): each column's cells are people under its heading. Returns
    the index after the table, or None when the line heads no such table."""
    cells = [cell.strip() for cell in rest.split("\t")]
    if "\t" not in lines[start].strip() or not cells or cells[0] or not all(cells[1:]):
        return None
    labels = [label] + [found_label[0] for cell in cells[1:] if (found_label := attendance_label(cell + ":"))]
    if len(labels) != len(cells):
        return None
    index = start + 1
    while index < len(lines) and lines[index].strip():
        for column, cell in enumerate(lines[index].split("\t")[: len(labels)]):
            # A cell may hold one person or a list of them ("Cllr A (Chair); Cllr B; Cllr C").
            person = read_person(cell) if cell.strip() and not re.search(r"[;,]", cell) else None
            people = [person] if person is not None else _read_block([cell], set(), [None]) if cell.strip() else []
            _record(found, labels[column], people)
        index += 1
    return index


def _run_on_apologies(lines: list[str], index: int, found: Attendance) -> None:
    """ "25/061 Apologies for absence. Apologies were received from Cllr M. Lowther": the
    people a minute names after its title. The line stays the agenda item's heading."""
    if "polog" not in lines[index] and "POLOG" not in lines[index]:
        return
    run_on = heading_run_on(lines[index])
    labelled = attendance_label(run_on) if run_on else None
    if labelled is None and run_on and _APOLOGIES_TITLE.match(lines[index][: len(lines[index]) - len(run_on)].strip()):
        # "26/30 Apologies for absence. Cllr G. Lyle - holiday.": the names run on after the title itself.
        labelled = Label(APOLOGIES, single_line=True), run_on
    if labelled is None:
        # "26/21 APOLOGIES: Councillor Pemberton-Smythe": the minute's number, then the heading.
        numbered = re.match(r"^\s*[\w/.]{1,12}\s+(?=apologies)", lines[index], re.IGNORECASE)
        labelled = attendance_label(lines[index][numbered.end():]) if numbered else None
    if labelled is None and (noted := _NOTED_FROM.search(lines[index])):
        # "2.1. Alan Yates noted apologies from Judith Smyth, Non-Executive Director.": the chair's words.
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
    rest = _SENT_TAIL.sub("", _SENTENCE_END.split(rest)[0])
    _record(found, labelled[0], _read_block([rest], set(), [None]))


# "Alan Yates noted apologies from ...", "... everyone. Apologies were noted from ...", "There were
# apologies from ...": apologies said in a sentence anywhere in a paragraph.
_NOTED_FROM = re.compile(
    r"(?:\b(?:noted|received|reported|accepted|recorded)\s+(?:the\s+)?apologies\s+(?:for\s+absence\s+)?(?:from|of)"
    # ("Apologises were received from", as minutes sometimes misspell it.)
    r"|(?:^|[.;:]\s+|\bthere\s+were\s+)apolog(?:ies|ises|izes)\s+(?:for\s+absence\s+)?(?:(?:were|had\s+been|have\s+been)\s+)?"
    r"(?:(?:received|noted|given|submitted|tendered|offered)\s+)?(?:and\s+(?:accepted|noted)\s+)?from)"
    # (The names may start on the next line: "... Apologies were received from" over "Mr David Farr ...".)
    r"(?:\s+(?P<who>(?-i:[A-Z]).*)|\s*)$", re.IGNORECASE)


# "Cllr A. Bowen and Cllr R. Meredith sent their apologies", "Freya sent regrets by email": the
# people who sent apologies, as the subject of a sentence saying so.
_SENT_TAIL = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:sent|gave|tendered|offered|sends)\s+(?:their\s+|his\s+|her\s+)?"
                        r"(?:apologies|regrets)\b.*$", re.IGNORECASE)
_SENT = re.compile(r"^\s*(?:[-*]\s+)?(?P<who>(?-i:[A-Z])[^.:;]{0,200}?)" + _SENT_TAIL.pattern[:-3], re.IGNORECASE)


# "Councillor Wainwright attended as a substitute for Councillor Borg.": a substitute, said in a sentence.
_SUBSTITUTE_SENTENCE = re.compile(
    r"^\s*(?P<who>(?-i:[A-Z])[\w'’. -]{2,60}?)\s+(?:attended|was\s+(?:present|in\s+attendance)|substituted)"
    r"(?:\s+as\s+(?:a|the)\s+substitute)?\s+(?:for|in\s+place\s+of)\s+(?P<for>(?-i:[A-Z])[\w'’. -]{2,60}?)\s*\.?$",
    re.IGNORECASE)


def _attended_as_substitute(line: str, found: Attendance) -> None:
    if "ubstitut" not in line and "place of" not in line or not (match := _SUBSTITUTE_SENTENCE.match(line)):
        return
    person, absent = read_person(match["who"]), read_person(match["for"])
    if person is not None and absent is not None:
        _record(found, Label(PRESENT, "member"), [replace(person, in_place_of=absent.name)])


def _sent_apologies(line: str, found: Attendance) -> None:
    """A sentence whose subject sent apologies. A first name alone is the one person of that
    first name the attendance lists (who, listed as absent, is then among the apologies)."""
    if "pologies" not in line and "regrets" not in line or not (match := _SENT.match(line)):
        return
    people: list[Person] = []
    for entry in split_people(match["who"]):
        person = read_person(entry)
        if person is None and re.fullmatch(r"[A-Z][\w'’-]+", entry.strip()):
            listed = {a.name for a in found.present + found.absent if strip_title(a.name).split()[0] == entry.strip()}
            person = Person(name=listed.pop()) if len(listed) == 1 else None
        if person is None:
            return  # a sentence about someone not on the list, or no list of people at all
        people.append(person)
    found.absent = [a for a in found.absent if all(not _same_person(a.name, p.name) for p in people)]
    _record(found, Label(APOLOGIES), people)


# A line cut inside an entry: it ends in a title ("Cllr", "Dr") or with a name's first word alone.
_BROKEN_END = re.compile(r"(?:,|;)\s*(?:[A-Z][\w'’.-]*\s+){0,2}(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev"
                         r"|Revd|Supt|Insp|Sgt|PC|PCSO|DCI|DI|DS|Deputy|Senator|Sir|Dame|Lord|Lady|Chief)\.?\s*$")
_OPEN_END = re.compile(r"(?:,|\band|&)(?:\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|some))?\s*$",
                       re.IGNORECASE)
# "1. Apologies", "C048/23  1.  APOLOGIES FOR ABSENCE.", "Cou/286/07-08 Apologies for Absence",
# "59. To receive apologies for absence": an item's number or minute reference (one or two, each
# with a digit), an agenda's "to receive" and a closing full stop are no part of the title.
_APOLOGIES_TITLE = re.compile(
    r"^\s*(?:(?=\S*\d)[\w/.()-]{1,14}\s+){0,2}(?:to\s+(?:receive|note|accept)\s+(?:any\s+)?)?"
    r"apologies(?:\s+for\s+absence)?(?:\s+and\s+substitutions?)?\s*[:.]?\s*$", re.IGNORECASE)
_REASON = re.compile(r"\s*(?:\([^()]*\)|\s[-–—]\s.*)$")


def _apologies_item(lines: list[str], index: int, found: Attendance) -> int | None:
    """ "1. APOLOGIES FOR ABSENCE" over "Cllr R. Tindall – personal reasons. Cllr S. Hale – work.":
    an agenda item whose paragraph is only the names of those who sent apologies (each
    perhaps with a reason). Returns the index after the paragraph when it was read."""
    if "pologies" not in lines[index] and "POLOGIES" not in lines[index] or not _APOLOGIES_TITLE.match(lines[index]):
        return None
    start = _next_filled(lines, index + 1)
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
        entries = split_people(part)
        read = [read_person(entry) for entry in entries]
        if not entries or any(person is None or not looks_like_name(person.name) for person in read):
            if people:
                break  # "... and Cllr H Allsopp (leave). The meeting accepted these.": a remark after the names
            return None  # a sentence, not a list of names ("Apologies were noted.")
        people.extend(read)
    if not people and not absent:
        return None
    _record(found, Label(APOLOGIES), people)
    _record(found, Label(ABSENT), absent)
    return end


_NO_APOLOGY = re.compile(r"(?i)\b(?:no\s+apolog(?:y|ies)(?:\s+(?:was\s+|were\s+)?(?:received|given|sent))?"
                         r"|without\s+(?:an\s+)?apolog(?:y|ies))\b")


# A name column is headed "Name" or by the body's own word for its members ("Governor", "Trustee").
_NAME_HEADS = {"attendee", "attendees", "name", "names", "member", "members", "councillor", "councillors",
               "full name", "participant", "participants", "who", "governor", "governors", "trustee", "trustees",
               "director", "directors", "member name", "representative", "representatives"}
_STATUS_HEADS = {"attendance", "status", "attended", "present", "present/apologies", "here", "in attendance"}
_ORG_HEADS = {"organisation", "organization", "agency", "affiliation", "representing", "company", "employer",
              "body", "org", "service", "partner", "sector", "department"}
_SHORT_HEADS = {"initials", "initial", "github", "handle", "github handle", "username", "user"}
_OTHER_PEOPLE_HEADS = {"email", "e-mail", "notes", "comments", "category", "type", "capacity", "voting",
                       "membership", "term of office", "appointed by", "constituency", "ward"}
_STATUS_KINDS = [
    (re.compile(r"^apolog", re.I), Label(APOLOGIES)),
    (re.compile(r"^absent|^not\s+present|^did\s+not\s+attend|^no\b|^n$|^[❌✗✘×]", re.I), Label(ABSENT)),
    (re.compile(r"in\s+attendance|^attending\s+as\s+(?:an?\s+)?(?:officer|adviser|guest)|^officer", re.I),
     Label(PRESENT, "in attendance")),
    (re.compile(r"^(?:present|attended|yes|y|p|✓|✔|✅|☑|x|in\s+person|virtual(?:ly)?|remote(?:ly)?|online)(?![a-z])", re.I),
     Label(PRESENT, "member")),
]


def _status_table(lines: list[str], start: int, found: Attendance, heading: Label | None = None) -> int | None:
    """A table of people: "Attendee | Role | Attendance" (ModernGov: each row's status says
    whether the person was present, in attendance, sent apologies or was absent), or
    "Name | Initials | Organisation | Role", "Name | Affiliation | GitHub | Present". A
    header of a name column and people's other columns is enough; without a status
    column everyone listed was present. An initials or handle column defines the short
    names actions use. Returns the index after the table, or None when the line heads no
    such table."""
    if "\t" not in lines[start]:
        return None
    cells = [" ".join(c.strip().lower().rstrip(":?").split()) for c in lines[start].split("\t")]
    if len([c for c in cells if c]) < 2:
        return None
    name_at = next((i for i, c in enumerate(cells) if _heads(c, _NAME_HEADS)), None)
    status_at = next((i for i, c in enumerate(cells) if _heads(c, _STATUS_HEADS)), None)
    if name_at is None or any(c in _TASK_HEADS for c in cells):
        return None  # "Status | Item | Who | From": an action log, its "who" the owner
    known = _NAME_HEADS | _STATUS_HEADS | _ROLE_HEADINGS | _ORG_HEADS | _SHORT_HEADS | _OTHER_PEOPLE_HEADS
    if status_at is None and (not all(_heads(c, known) for c in cells if c)
                              or not any(_heads(c, _ORG_HEADS | _ROLE_HEADINGS | _SHORT_HEADS) for c in cells)):
        return None
    role_at = next((i for i, c in enumerate(cells) if _heads(c, _ROLE_HEADINGS)), None)
    org_at = next((i for i, c in enumerate(cells) if c in _ORG_HEADS), None)
    short_at = next((i for i, c in enumerate(cells) if c in _SHORT_HEADS), None)
    rows = _table_rows(lines, start + 1)
    index = start + 1 + rows[-1][0] + 1 if rows else start + 1
    for _, row in rows:
        if name_at >= len(row):
            continue
        person = read_person(row[name_at])
        if status_at is None:
            label = heading or Label(PRESENT, "member")
        else:
            # A row with fewer cells than the header (two cells run together, as text with a
            # narrow gap comes out) still ends with its status when the status column is last.
            status = row[status_at] if status_at < len(row) else row[-1] if status_at == len(cells) - 1 else ""
            label = next((label for pattern, label in _STATUS_KINDS if pattern.search(status)), None)
        if person is None or label is None:
            continue
        if role_at is not None and role_at < len(row) and row[role_at] and not person.role:
            person = replace(person, role=row[role_at])
        if org_at is not None and org_at < len(row) and row[org_at] and not person.organisation:
            person = replace(person, organisation=row[org_at])
        if short_at is not None and short_at < len(row) and _SHORT_CELL.match(row[short_at]):
            person = replace(person, initials=row[short_at])
        if person.in_place_of is None:
            # "Vale Voluntary Services (deputising for Ruth Hale)": a substitute said in another cell.
            person = replace(person, in_place_of=next(filter(None, map(stands_in_for, row[name_at + 1:])), None))
        _record(found, label, [person])
    return index


# "Cllr Priti Lal Present", "Cllr Graham Noakes Apologies": a roll whose status column PDF text
# ran into each name, under a header such as "Members Attendance" or "Name Status".
_STATUS_ROW = re.compile(r"^\s*(?P<who>\S.*?)\s+(?P<status>present|apologies(?:\s+received)?|absent|in\s+attendance)"
                         r"(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)
_STATUS_HEADER = re.compile(r"^\s*(?:members?|names?|attendees?|councillors?|governors?|trustees?|directors?)\s+"
                            r"(?:attendance|status|present)\s*:?\s*$", re.IGNORECASE)


def _status_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A header naming a roll ("Members Attendance") over rows that each end in the person's
    status; at least two such rows. Returns the index after them."""
    if len(lines[start]) > 40 or not _STATUS_HEADER.match(lines[start]):
        return None
    rows: list[tuple[Label, Person]] = []
    index = start + 1
    while index < len(lines) and (match := _STATUS_ROW.match(lines[index])):
        person = read_person(match["who"])
        label = next((label for pattern, label in _STATUS_KINDS if pattern.search(match["status"])), None)
        if person is None or label is None:
            break
        rows.append((label, person))
        index += 1
    if len(rows) < 2:
        return None
    for label, person in rows:
        _record(found, label, [person])
    return index


_HEAD_REACH = 40
_NOT_A_GROUP = re.compile(r"(?i)^(?:date|time|venue|location|place|address|held|where|when|minutes|notes|meeting"
                          r"|title|agenda|item|subject|re|ref|reference|present|chair|apologies|action|decision"
                          r"|resolved|agreed|room|link|dial|call)\b")
# The last word of an address's parts, which no person's name ends with.
_PLACE_END = re.compile(r"(?i)\b(?:road|street|lane|avenue|way|square|place|room|hall|offices?|centre|center|house"
                        r"|building|chambers?|suite|floor|park|campus|hospital|school|library|church)\s*$")


def _group_of_people(line: str) -> bool:
    """ "Panel: Yvonne Ash (Chair); Marcus Bell (Vice-Chair); Ada Oke", "Northvale Police: Chief
    Inspector Dom Ferr": near the top, before any attendance heading, a body or kind named
    before a colon and then a list of at least two people, or one titled person, is who was there."""
    grouped = _GROUP_COLON.match(prose(line)) if ":" in line else None
    if grouped is None or _NOT_A_GROUP.match(grouped["head"]) or looks_like_name(grouped["head"]):
        return False
    entries = split_people(grouped["tail"])
    people = [entry for entry in entries if _starts_like_person(entry) and not _PLACE_END.search(entry)]
    return len(people) == len(entries) and (len(entries) >= 2 or any(opens_with_titled_name(e) for e in entries))


# "Trevor Amb - Lay Member, Chair Dr Zainab Far - LMC Secretary": where the right-hand
# column's person starts, a name (perhaps titled) before its dash.
_SECOND_COLUMN = re.compile(r"(?<=\S)\s+(?=(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof|Professor|Rev|Revd)\.?\s+)?"
                            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+[-–—]\s+\S)")


def _columns_run_together(lines: list[str], start: int, found: Attendance) -> int | None:
    """Two attendance headings side by side with their gap lost, as PDF text gives a
    two-column table ("Voting members present Non-voting / in attendance"), over rows each
    holding a "Name - post" from each column. Returns the index after the rows."""
    line = lines[start]
    if "ttend" not in line and "resent" not in line and "TTEND" not in line and "RESENT" not in line:
        return None  # cheaply first: most lines have neither "attend" nor "present"
    words = lines[start].split()
    if not 2 <= len(words) <= 8 or "\t" in lines[start].strip() or ":" in lines[start]:
        return None
    labels = None
    for cut in range(1, len(words)):
        left = attendance_label(" ".join(words[:cut]) + ":")
        right = attendance_label(" ".join(words[cut:]).split(" / ")[-1] + ":")
        if left and right and not left[1].strip() and not right[1].strip():
            labels = left[0], right[0]
            break
    if labels is None:
        return None
    rows: list[tuple[Person | None, Person | None]] = []
    index = start + 1
    while index < len(lines) and lines[index].strip() and not attendance_label(lines[index]) and not is_heading(lines[index]):
        line = lines[index]
        cuts = [m.start() for m in _SECOND_COLUMN.finditer(line)]
        if not cuts or _DASH.search(line) is None:
            break
        cut = cuts[-1]
        if len(cuts) > 1 and has_title(line[:cut].split()[-1] + " X"):
            cut = cuts[-2]  # "... Chair Dr Zara Faro - ...": the title opens the right-hand entry
        rows.append((read_person(line[:cut]), read_person(line[cut:])))
        index += 1
    if not rows:
        return None
    for left_person, right_person in rows:
        _record(found, labels[0], [left_person] if left_person else [])
    for left_person, right_person in rows:
        _record(found, labels[1], [right_person] if right_person else [])
    return index


_TASK_HEADS = {"item", "action", "actions", "action item", "task", "tasks", "what", "description", "issue", "detail",
               "details", "action required", "agreed action", "deadline", "due", "due date", "by when", "when"}
_REGRETS = re.compile(r"(?i)\(\s*(?:sent\s+)?(?:regrets|apologies|apology\s+(?:sent|given|received))\s*\)")
_SHORT_CELL = re.compile(r"^(?:@?[\w.-]{2,39})$")
_GRID_RULE = re.compile(r"^\s*\+[-=+: ]+\+\s*$")


def _heads(cell: str, words: set[str]) -> bool:
    """Whether a header cell is one of `words`, or joins some with a slash ("Title / Organisation")."""
    return cell in words or "/" in cell and any(part.strip() in words for part in cell.split("/"))


def _table_rows(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    """A table's rows from `start`, each with its offset: a row's cells wrapped onto lines of
    their own (first cell empty, as Word, PDF and pandoc grid tables wrap a long cell) join
    the row above, and the rule lines of a grid table ("+----+----+") are passed over."""
    rows: list[tuple[int, list[str]]] = []
    index = start
    while index < len(lines) and ("\t" in lines[index] or _GRID_RULE.match(lines[index])):
        line = lines[index]
        if not _GRID_RULE.match(line):
            cells = [c.strip() for c in line.split("\t")]
            if rows and not cells[0] and any(cells):
                above = rows[-1][1]
                above.extend([""] * (len(cells) - len(above)))
                for at, cell in enumerate(cells):
                    above[at] = f"{above[at]} {cell}".strip() if cell else above[at]
            else:
                rows.append((index - start, cells))
        index += 1
    return rows


def _listed_people(block: list[str]) -> list[Person] | None:
    """A list of people, one to a bullet: each entry read whole ("Joe Tranter, Westerby
    Housing Co-operative" is one person and the body they come from). None when an entry
    reads as nobody, so the block is read the older way. A sub-heading ("TSC members:") or
    "N/A" among the entries is no one."""
    people: list[Person | None] = []
    group = None
    for line in block:
        if not line.strip() or _NOBODY.match(line.strip().lstrip("-*• ")):
            continue
        if _SUBHEADING.match(line):
            group = line.strip().lstrip("-*• ").rstrip(":").strip()  # "Cheverell Council:" over its people
            continue
        person = read_person(line) or (Person(_given_name(line)) if _given_name(line) else None)
        if person and group:
            # The group a person is listed under is their post ("Independent Chair") or their body.
            if is_role(group) and not person.role:
                person = replace(person, role=group)
            elif not is_role(group) and not person.organisation:
                person = replace(person, organisation=group)
        people.append(person)
    return None if not people or any(p is None for p in people) else people


def _given_name(line: str) -> str | None:
    """ "- Douglas" among "- Alex Karpov", "- Ben Hart": open-source notes often list someone
    by a given name alone (or a nickname); in a bulleted list of people it is that person."""
    word = prose(_CHECKBOX.sub("", line.strip().lstrip("-*• "), count=1)).strip(" .,;")
    # '"rk" (no name given) - joined late': a nickname in quotes, whatever its case, is someone's.
    quoted = re.match(r"^[\"“'‘](?P<nick>[\w.-]{2,30})[\"”'’](?:\s|$)", word)
    if quoted:
        return quoted["nick"]
    if " " in word or not word[:1].isupper() or not looks_like_name(f"Mr {word}") or word.lower() in NOT_NAME_WORDS:
        return None
    return None if is_organisation(word) or is_role(word) or has_title(word) else word


_SUBHEADING = re.compile(r"^\s*(?:[-*•]\s+)?[A-Z][\w'’ ()-]{0,40}:\s*$")
_LEADING_SHORT = re.compile(r"^\s*(?:[-*•]\s+)?\([A-Z][A-Za-z]{1,3}\)\s*")  # "(JS) Jane Smith"
_SQUARE_AFTER = re.compile(r"(?<=\S)\s*\[[^\[\]]{1,40}\]|(?<=[\w.])\s+@[A-Za-z0-9][\w.-]{1,38}(?![\w@])")
_CHECKBOX = re.compile(r"^(?P<indent>\s*(?:[-*•]\s+)?)\[(?P<mark>[ xX✓✔]?)\]\s*")
# "Dr Avi Bhatia (AB) Clinical Chair": a line that opens with a name and its initials in brackets.
_ANOTHER_NAMED = re.compile(r"[,;]\s*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s*\((?:[A-Z][A-Za-z]{1,3}|@[\w.-]{2,39})\)")
_NAME_INITIALS_LINE = re.compile(r"^\s*(?:[-*•]\s+)?(?P<name>[^()\t,;]{3,60}?)\s*\((?P<short>[A-Za-z@][\w.@-]{1,12})\)")


def _ticked(block: list[str]) -> tuple[list[str], list[str]]:
    """A block's lines without their checkboxes, and the lines whose box is not ticked."""
    if not any("[" in line for line in block):
        return block, []
    kept: list[str] = []
    unticked: list[str] = []
    for line in block:
        box = _CHECKBOX.match(line)
        if box is None:
            kept.append(line)
        elif box["mark"].strip():
            kept.append(box["indent"] + line[box.end():])
        else:
            unticked.append(line[box.end():])
    return kept, unticked


def _one_a_line(block: list[str]) -> bool:
    """Whether every line opens with a name and its initials in brackets: one person a line,
    whatever follows ("Dr Penny Blackwell (PB) Governing Body GP")."""
    filled = [line for line in block if line.strip()]
    # A line with more than one name and initials ("A (AB) Chair, C (CD) Treasurer,") is a list.
    return len(filled) >= 2 and all(
        (m := _NAME_INITIALS_LINE.match(line)) and looks_like_name(m["name"])
        and not _ANOTHER_NAMED.search(line) for line in filled)


def _collect_block(lines: list[str], start: int, rest: str, label: Label) -> tuple[list[str], int, bool]:
    """The lines of one attendance block, the index after them, and whether it was a bulleted list."""
    if label.single_line and rest.strip():
        return [_SENTENCE_END.split(rest)[0]], start + 1, False
    block = [rest] if rest.strip() else []
    tabular = "\t" in rest
    bulleted = False
    index = start + 1
    group_at = -2  # the line of the last group heading in the block ("Cheverell Council" over its people)
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            ahead = _next_filled(lines, index)
            # A bulleted list ends at a gap before a line that is no bullet (the page's next paragraph).
            if ahead is None or block and not (bulleted and _BULLET.match(lines[ahead])) and (
                    bulleted or not _carries_on(_BULLET.sub("", lines[ahead]), strong=True)) and not (
                    _group_over_names(lines, ahead) or group_at == index - 1):
                break
            index = ahead
            continue
        if attendance_label(line) or is_heading(line) or table_columns(line):
            break
        tabular = tabular or "\t" in line
        bullet = bool(_BULLET.match(line))
        line = _BULLET.sub(r"\1", line)
        unshared = line
        if label.shared and not has_title(line.strip()) and not _PLURAL_TITLE.match(line):
            unshared = line
            line = f"{label.shared} {line.strip()}"  # "Councillors" over "Smith (Chair)", "Jones"
        # A list under the heading is a list of people: each bullet an entry, whatever its words.
        # Group headings alone so far ("Cheverell Council") leave the list still to start.
        headed_only = all(_SUBHEADING.match(entry) for entry in block) and group_at >= 0
        listed = bullet and (bulleted or not block or headed_only) and (
            _names_someone(line) or _given_name(line) is not None)
        bulleted = bulleted or (listed and (not block or headed_only))
        # The first line under a heading of its own that opens with a name, and the lines of a
        # semicolon-separated list wrapped across lines, are people whatever else they hold.
        first_under_heading = not block and not rest.strip() and _names_someone(line)
        # The list's last entry broken over a line: "...; Priya" then "Sandhu, Non-Executive Director".
        # (Not a line that opens with a group's name and a colon: "Northvale Police: Chief Inspector ...".)
        group_led = ":" in line and bool(grouped := _GROUP_COLON.match(prose(line))) and not looks_like_name(
            grouped["head"])
        wrapped = bool(block) and not group_led and ";" in block[-1] and not block[-1].rstrip().endswith(".") and (
            ";" in line or block[-1].rstrip()[-1:].isalpha() and len(line.split()) <= 8
            and not line.rstrip().endswith(".") and not any(c.isdigit() for c in line))
        # A comma list broken inside a name, as PDF text breaks it: "..., Josephine" over
        # "Carrington-Moore, Barnaby Whitlock-Evans and Priyamvada Raghunathan".
        broken = bool(block) and not bullet and _name_broken(block[-1], unshared)
        if broken:
            line = unshared  # "..., Dónal" over "Hickey, Yvonne Treacy": the shared title is no part of it
        wrapped = wrapped or broken
        # "Present: karl (Karl Dubost)," over an indented "lapin (Stéphane Deschamps),": a comma
        # list carried on over indented lines, as plain-text and chat minutes wrap it.
        wrapped = wrapped or bool(block) and not bullet and block[-1].rstrip().endswith(",") and lines[index][:1] in " \t" \
            and "\t" not in line.strip()
        # An entry wrapped inside its bracket ("Councillor Colin Bain (Councillor Hamish" over "Kerr
        # substituting)."), or a line that opens with a bracket or "and" ("(substitute for Councillor
        # Dennis Fry) and Alice Wren."): the line carries on the entry above.
        wrapped = wrapped or bool(block) and not bullet and "\t" not in line.strip() and (
            block[-1].count("(") > block[-1].count(")") or bool(_CARRIES_ON_ENTRY.match(line)))
        if block and "\t" not in line.strip() and (cut := _DANGLING_CELL.search(block[-1])):
            # "Ben Achterberg | Deputy Chief Operating Officer, for | BA" over "Neil Crossan, Chief
            # Operating Officer": a cell that stops on "for" or "of" runs on onto the next line.
            block[-1] = f"{block[-1][: cut.end()]} {line.strip()}{block[-1][cut.end():]}"
            index += 1
            continue
        if wrapped and not block[-1].rstrip().endswith(";"):
            block[-1] = f"{block[-1].rstrip()} {line.strip()}"  # one entry broken over two lines
            index += 1
            continue
        # A row of a table of people: its first cell a name ("Joanne Pickles | JP | Director of Nursing"),
        # or the table's header row ("Name | Role | Agency") first under the heading.
        person_row = "\t" in line.strip() and (looks_like_name(prose(re.sub(r"\([^()]*\)", " ", line.strip().split("\t")[0]))) or not block and {
            cell.strip().lower().rstrip(":") for cell in line.split("\t") if cell.strip()} <= _HEADER_CELLS)
        # "Director of Finance" under a column of names: the posts column, given after it.
        post = bool(block) and _post_only(line)
        # "An Garda Síochána:" alone between lists of people: the body the names under it come from.
        grouped = not bullet and _group_over_names(lines, index)
        if grouped:
            group_at = index
            line = line.rstrip().rstrip(":") + ":"  # read as a group's heading, whatever list follows
        post = post or grouped
        if not (listed or first_under_heading or wrapped or person_row or tabular and line.startswith("\t")
                or post or _carries_on(line, strong=False)):
            break
        block.append(line)
        index += 1
    return block, index, bulleted and not rest.strip()


_PEOPLE_KIND = re.compile(r"(?i)\b(?:members|governors|trustees|directors|representatives|officers|officials|staff"
                          r"|attendees|guests|observers|advisers|advisors|partners|councillors|others|corporate)\b")
_GROUP_LINE = re.compile(r"^\s*[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}\s*:?\s*$")


def _group_over_names(lines: list[str], index: int) -> bool:
    """Whether a line is a short sub-heading ("An Garda Síochána:", "Public governors",
    "Cheverell Council") over a line that names someone: a block of people grouped by body
    or kind. Without a colon it must be no name and sit alone between blank lines."""
    line = lines[index]
    bare = line.strip()
    # Without a colon, the line must say what kind of people or which body follows.
    kind = not _DASH.search(bare) and (is_organisation(bare) or is_role(bare) or bool(_PEOPLE_KIND.search(bare)))
    if not (_SUBHEADING.match(line) or _GROUP_LINE.match(line) and kind and (not looks_like_name(bare) or is_role(bare))
            and not line.strip().endswith(".") and _next_filled(lines, index + 1) != index + 1
            and index and not lines[index - 1].strip()) or attendance_label(line) or is_heading(line):
        return False
    ahead = _next_filled(lines, index + 1)
    return ahead is not None and ahead <= index + 2 and _names_someone(_BULLET.sub("", lines[ahead])) and not (
        attendance_label(lines[ahead]) or is_heading(lines[ahead]))


_DANGLING_CELL = re.compile(r"\s(?:for|of|and|to|by|from|with)(?=\t|\s*$)")
_CARRIES_ON_ENTRY = re.compile(r"^\s*(?:\((?![A-Z][A-Za-z]{1,3}\)\s*[A-Z])|(?:and|&)\s+(?=[A-Z]))")


def _name_broken(before: str, line: str) -> bool:
    """Whether a comma list was broken inside a name: the line above ends with a lone first
    word ("..., Josephine") and this one opens with a lone word before its comma
    ("Carrington-Moore, Barnaby Whitlock-Evans and ...")."""
    if not re.search(r"[,;]", before) or "\t" in before or "\t" in line or not before.rstrip()[-1:].isalpha():
        return False
    last = re.split(r"[,;]", before)[-1].split()
    if len(last) == 2 and has_title(last[0] + " X") and _name_word_only(last[1]):
        last = last[1:]  # "...; Cllr Ann" over "Tillotson (Health and Wellbeing Board).": a titled first name
    first = re.split(r"[,;.]|\s+and\s+", re.sub(r"\([^()]*\)", " ", line).strip(), maxsplit=1)[0].split()
    return len(last) == 1 and len(first) == 1 and last[0][:1].isupper() and first[0][:1].isupper() and not has_title(
        first[0])


def _name_word_only(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _names_someone(line: str) -> bool:
    """Whether a list entry opens with a person's name or initials ("Priya Nair (Libraries)"),
    perhaps after a checkbox ("[x] Allan Johns - NVIDIA")."""
    # A handle in square brackets after the name ("Ines Carvalho [ines]") is no part of it.
    unboxed = _LEADING_SHORT.sub("", _SQUARE_AFTER.sub("", _CHECKBOX.sub("", line, count=1)))
    first = re.split(r"\s*[,(–—;]|\s+-\s+", prose(unboxed), maxsplit=1)[0]
    # "Cllrs Dobson and Quarrie": a plural title before surnames names people.
    plural = _PLURAL_TITLE.match(first + " ")
    return bool(first) and (looks_like_name(first) or is_organisation(first) or bool(re.match(r"^[A-Z]{2,4}\b", first))
                            or bool(plural) and first[plural.end():][:1].isupper())


def _next_filled(lines: list[str], index: int) -> int | None:
    for ahead in range(index, min(len(lines), index + _BLANK_GAP + 1)):
        if lines[ahead].strip():
            return ahead
    return None


def _carries_on(line: str, strong: bool) -> bool:
    """Whether a line reads as more people; `strong` asks for more proof (after a gap)."""
    if attendance_label(line) or is_heading(line):
        return False
    named = _NAME_INITIALS_LINE.match(line)
    if named and looks_like_name(named["name"]) or initials_first(line):
        return True
    grouped = _GROUP_COLON.match(prose(line))
    if grouped and not looks_like_name(grouped["head"]):
        # "An Garda Síochána: Chief Superintendent Eamon Hession": a body's people, after its name.
        line = grouped["tail"]
    text = prose(re.sub(r"\([^()]*\)", " ", without_attendance_note(line)))
    words = text.replace(",", " ").split()
    if not words:
        return False
    # "Olu Adebayo - Marlowe Bay Council housing team": what follows a name and a dash describes
    # the person in any words; only the rest of a line must read as names.
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) == 1 and "," in text and not text.endswith("."):
        # "Jane Smith, independent consultant": a short description after a comma, no sentence.
        parts = text.split(",", 1) if len(text.split(",", 1)[1].split()) <= 5 else parts
    judged = parts[0].replace(",", " ").split() if len(parts) == 2 and looks_like_name(parts[0]) else words
    loose = [w for w in judged if w[0].islower() and w.lower() not in PEOPLE_CONNECTORS]
    if len(loose) > len(judged) * 0.15 or text.endswith((".", ":", "?")) and len(words) > 8:
        return False
    # A table row's name is its first cell ("Details | Actions" is two headings, not a name).
    cell = prose(re.sub(r"\([^()]*\)", " ", line.strip().split("\t")[0])) if "\t" in line.strip() else text
    first = next(iter(split_people(cell)), "")  # ";" alone splits into no entries
    # "Janine Cole, Finance Business Partner": the entry's name is its first comma part.
    head = re.split(r"\s+[-–—]\s+|\s*,\s*", first)[0]
    # "Ewan Maitland for Rachel Quist": a substitute's line opens with their name.
    head = re.split(r"\s+(?:for|deputising|substituting|standing\s+in|in\s+place\s+of)\s+", head)[0]
    if not (looks_like_name(head) or is_organisation(first) or opens_with_titled_name(head)):
        return False
    # After a gap, a titled name alone ("Councillor Sandra Lupton") is proof enough: web pages
    # set each attendee in a paragraph of their own.
    return not strong or len(words) >= 4 or "(" in line or "\t" in line or has_title(head) and len(words) >= 2


_GROUP_COLON = re.compile(r"^(?P<head>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,4})\s*:\s*(?P<tail>\S.*)$")


def _read_block(block: list[str], known_orgs: set[str], roles_at: list[int | None]) -> list[Person]:
    rows = _names_then_posts(_paired_lines(_unbroken([_colon_aligned(line) for line in block if line.strip()])))
    name_column = _name_column(rows)
    role_column = roles_at[0] = _role_column(rows, roles_at[0])
    people: list[Person] = []
    table: list[list[str]] = []
    group: str | None = None
    for index, line in enumerate(rows):
        if "\t" in line and (beside := _side_by_side(line)):
            people.extend(_table_people(table))
            table = []
            people.extend(beside)
            continue
        if name_column is not None and "\t" in line:
            cells, role = _without_role_cell(line.split("\t"), role_column)
            before = len(table)
            _table_row(cells, name_column, table, rows[index + 1 :])
            if role and len(table) > before:
                table[-1].append(role)
            continue
        people.extend(_table_people(table))
        table = []
        group, found = _plain_line(line, group, known_orgs)
        people.extend(found)
    people.extend(_table_people(table))
    known_orgs.update(p.organisation.lower() for p in people if p.organisation)
    return people


def _colon_aligned(line: str) -> str:
    """ "An Garda Síochána:<tab>Chief Supt Orla Keating, Supt Brian Tuohy": a group's name and
    its list of people, the list aligned with the others by spaces; no table row."""
    head, sep, tail = line.partition(":\t")
    return f"{head}: {tail}" if sep and "\t" not in head + tail and re.search(r"[,;]", tail) else line


def _side_by_side(line: str) -> list[Person]:
    """ "Jo Bell (Chair) | Ann Lee (Anytown CVS)": a list set out in columns, a person in each
    cell of the row. Empty when any cell opens with something other than a person's name."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) < 2:
        return []
    for cell in cells:
        head, *described = re.split(r"\s*[,(]|\s+[-–—]\s+", cell, maxsplit=1)
        # A titled name, or a name with its description: "Anytown Council" beside a name is their body.
        if not looks_like_name(head) or is_role(strip_title(head)) or {w.lower() for w in head.split()} & _HEADER_CELLS \
                or not (has_title(head) or described):
            return []
    people = [read_person(cell) for cell in cells]
    return [] if any(person is None for person in people) else people


def _unbroken(rows: list[str]) -> list[str]:
    """A comma-separated list wrapped across lines, as PDF text breaks it: a line ending in a
    title or a bare first name ("..., Cllr" over "Desmond Achterlonie, ...") runs on."""
    joined: list[str] = []
    for line in rows:
        before = joined[-1] if joined else ""
        if joined and "\t" not in line and "\t" not in before and ("," in before or ";" in before) and (
                _BROKEN_END.search(before) and line.strip()[:1].isupper() or _OPEN_END.search(before)):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _paired_lines(rows: list[str]) -> list[str]:
    """ "Sunita Rao" over "Northvale Borough Council", name and organisation on lines of
    their own, as a two-column PDF comes out: each organisation joined to the name above.
    Only when the list opens with a person and alternates at least twice, so that an
    organisation heading the people under it ("Oldham Council" then its members) stays one."""
    if len(rows) < 4 or "\t" in "".join(rows) or not _bare_name(rows[0]):
        return rows
    pairs = sum(1 for above, line in zip(rows, rows[1:]) if _bare_name(above) and _organisation_only(line))
    if pairs < 2:
        return rows
    joined: list[str] = []
    for line in rows:
        if joined and _organisation_only(line) and _bare_name(joined[-1]):
            joined[-1] = f"{joined[-1].rstrip()}, {line.strip()}"
        else:
            joined.append(line)
    return joined


def _names_then_posts(rows: list[str]) -> list[str]:
    """ "Alan Yates", "Julie Dawes" then "Interim Chair", "Director of Finance": a two-column
    table of names and posts that PDF text gave column by column. When the names are followed
    by as many posts, each name takes the post in the same place."""
    posts = [index for index, line in enumerate(rows) if "\t" not in line and _post_only(line)]
    if len(posts) < 2 or posts != list(range(len(rows) - len(posts), len(rows))) or len(posts) * 2 != len(rows):
        return rows
    names = rows[: len(posts)]
    if not all(_bare_name(line) and not _post_only(line) for line in names):
        return rows
    return [f"{name.strip()}, {rows[at].strip()}" for name, at in zip(names, posts)]


def _post_only(line: str) -> bool:
    """A post with no one's name: "Interim Chief Executive Officer", "Non-Executive Director"."""
    text = prose(line)
    first = text.split()[0].lower() if text.split() else ""
    return is_role(text) and not has_title(text) and (first in _POST_OPENERS or is_role(first))


# Words that open a post's name and never a person's: "Interim Chair", "Non-Executive Director".
_POST_OPENERS = {"interim", "acting", "deputy", "associate", "assistant", "senior", "chief", "non-executive",
                 "executive", "medical", "clinical", "lead", "head", "director", "vice", "joint", "independent",
                 "lay", "public", "staff", "appointed", "elected", "programme", "project", "general", "principal",
                 "managing", "finance", "corporate", "company", "trust", "board", "designated", "named"}


def _bare_name(line: str) -> bool:
    """A person alone on a line, perhaps with a bracket ("Dawn Merriweather (Chair)")."""
    text = prose(re.sub(r"\([^()]*\)", " ", line))
    return "," not in text and not _DASH.search(text) and looks_like_name(text)


def _organisation_only(line: str) -> bool:
    return _is_group_heading(prose(line))


def _name_column(rows: list[str]) -> int | None:
    columns = [
        _first_filled(cells)
        for cells in (row.split("\t") for row in rows if "\t" in row)
        if sum(1 for c in cells if c.strip()) >= 2
    ]
    return min(columns) if columns else None


def _first_filled(cells: list[str]) -> int:
    return next(i for i, cell in enumerate(cells) if cell.strip())


def _table_row(cells: list[str], name_column: int, table: list[list[str]], later: list[str]) -> None:
    """Add one row as [name, rest, pending] to `table`; a row with only a later column
    filled is a cell that spilled onto its own line."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled or {c.lower().rstrip(":") for c in filled} <= _HEADER_CELLS:
        return
    if _first_filled(cells) > name_column:
        _spilled_cell(" ".join(filled), table, later)
        return
    name, rest = filled[0], "\t".join(filled[1:])
    if table and table[-1][0] == "" :
        rest = rest or table[-1][1]
        table.pop()
    table.append([name, rest])


def _spilled_cell(text: str, table: list[list[str]], later: list[str]) -> None:
    """The end of the row above ("Windsor-Welsh)"), or, when the next row has a name
    and nothing else, that row's organisation written a line early."""
    last = table[-1] if table else None
    if last and last[1].count("(") > last[1].count(")"):
        last[1] = f"{last[1]} {text}"
        return
    following = next((row for row in later if row.strip()), "")
    if len([c for c in following.split("\t") if c.strip()]) == 1:
        table.append(["", text])
    elif last:
        last[1] = f"{last[1]} {text}".strip()


def _table_people(table: list[list[str]]) -> list[Person]:
    found = []
    for name, rest, *role in table:
        person = read_person(f"{name}\t{rest}") if name else None
        if person is not None and role:
            # A Role column says what its cell is, whatever words it uses ("Designated Nurse").
            person = replace(person, role=", ".join(r for r in (person.role, role[0]) if r))
        if person is not None:
            found.append(person)
    return found


def _role_column(rows: list[str], earlier: int | None) -> int | None:
    """Which cell holds the role, when a header row ("Name | Role | Organisation") says
    so; else the one an earlier block's header named, while the rows are still cells."""
    if max((row.count("\t") for row in rows), default=0) < 2:
        return None  # a role column needs a name and an organisation beside it
    for row in rows:
        cells = [cell.strip().lower().rstrip(":") for cell in row.split("\t")]
        filled = [cell for cell in cells if cell]
        if len(filled) >= 2 and set(filled) <= _HEADER_CELLS:
            return next((i for i, cell in enumerate(cells) if cell in _ROLE_HEADINGS), None)
    return earlier


def _without_role_cell(cells: list[str], role_column: int | None) -> tuple[list[str], str | None]:
    """The row's cells with the role cell emptied, and the role it held."""
    if role_column is None or role_column >= len(cells) or not cells[role_column].strip():
        return cells, None
    role = cells[role_column].strip()
    if {c.strip().lower().rstrip(":") for c in cells if c.strip()} <= _HEADER_CELLS:
        return cells, None
    return cells[:role_column] + [""] + cells[role_column + 1 :], role


def _plain_line(line: str, group: str | None, known_orgs: set[str]) -> tuple[str | None, list[Person]]:
    # "..., District Councillor J. Marsh and" over "four members of the public.": the list's last
    # person is named before the break; what follows is no one.
    text = _OPEN_END.sub("", prose(line)).rstrip()
    if _NOBODY.match(text) or set(text.lower().replace(":", " ").split()) <= _HEADER_CELLS:
        return group, []  # nobody, or a table's header row whose cells PDF text ran together
    if _post_only(text):
        return group, []  # a post alone on its line ("Non-Executive Director") is no one
    head, colon, tail = text.partition(":")
    if colon and not tail.strip() and _SUBHEADING.match(text) and not looks_like_name(head):
        return head.strip(), []  # "An Garda Síochána:" over its people
    if colon and not looks_like_name(head) and (is_organisation(head) or _GROUP_COLON.match(text)):
        return group, _people_in(tail, head if is_organisation(head) or head.istitle() else group, known_orgs)
    if (person := initials_last(text)) is not None:
        return group, [person]
    if _is_group_heading(text):
        return text, []
    return group, _people_in(text, group, known_orgs)


def _is_group_heading(text: str) -> bool:
    """ "Oldham Council" alone on a line, with its people listed under it."""
    # "Supt Ruth Garside – Fernshire Police" ends like a body but opens with a person.
    head = _DASH.split(text)[0]
    return (
        len(text.split()) <= 6
        and not any(mark in text for mark in ",;()")
        and is_organisation(text)
        and not looks_like_name(text)
        and not looks_like_name(head)
    )


def _people_in(text: str, group: str | None, known_orgs: set[str]) -> list[Person]:
    text, title = _shared_title(text)
    parts = text.split(",")
    if len(parts) > 1 and ";" not in text and _DASH.search(parts[0]) and not any(
            _DASH.search(part) or has_title(part.strip()) for part in parts[1:]):
        # "Dr Jem Tallis - Designated Doctor, Safeguarding Children (JT)": after a name and its
        # dash, commas part the words of one description, not people.
        person = read_person(text, group)
        return [person] if person is not None else []
    entries = []
    for entry in split_people(text, title):
        # "Councillor Fitch (Chair); Councillors Price, Rahimi and Hayes": a plural title
        # opening one of the semicolon parts belongs to each name in that part, and in a list
        # parted by semicolons to the parts after it until another plural title ("Deputies
        # Tom Byrne; Mary Wall; Cllrs Ann Doyle; Joe Reid").
        inner, plural = _shared_title(entry)
        if plural:
            parts = split_people(inner, plural)
            title = plural if ";" in text else title
        elif title and ";" in text and "," in entry:
            parts = _split_outside(entry, title)  # "Councillors Smith (Chair), Jones; Officers: ..."
        else:
            parts = [entry]
        entries.extend(_titled(part, plural or title) for part in parts)
    if ";" not in text:  # semicolons part people; commas may also part a person's descriptions
        entries = _with_descriptions(entries)
    if len(entries) == 1 and "(" not in text and len(text.split()) >= 4:
        columns = names_then_organisations(text, known_orgs)
        if columns:
            return columns
    people = [read_person(entry, group) for entry in entries if not _NOBODY.match(entry.strip())]
    return [person for person in people if person is not None]


def _split_outside(entry: str, title: str) -> list[str]:
    """A semicolon part of a list under a plural title, split at its commas into names."""
    return split_people(entry.replace(";", ","), title)


def _with_descriptions(entries: list[str]) -> list[str]:
    """ "Andrea Kilbride, Chief Executive, Redmarsh Council" split at its commas: an entry
    that opens with a role or a body, not a name, describes the person before it."""
    joined: list[str] = []
    for entry in entries:
        head = _DASH.split(prose(re.sub(r"\([^()]*\)", " ", entry)).split(",")[0])[0].strip(" .;")
        head = _LEADING_AND.sub("", head)  # ", and Mr D Iley ...": the list's last entry after its comma
        # "Kasia Nowak (KN) Treasurer": a name and its initials open a person's entry, whatever follows.
        named = _NAME_INITIALS_LINE.match(entry)
        describes = not (named and looks_like_name(named["name"]) and not is_role(named["name"])) and not (
            ends_with_own_initials(head)) and (
            is_role(head) or is_organisation(head) and not looks_like_name(head)
            # "Lady Harriet Mowbray, Trust Chair": words ending in a post describe the person before.
            or bool(_ENDS_IN_POST.search(head)) and not opens_with_titled_name(head))
        if joined and describes and not opens_with_titled_name(head) and (
                not has_title(head) or strip_title(head) == head.strip()):
            joined[-1] = f"{joined[-1]}, {entry.strip()}"
        else:
            joined.append(entry)
    return joined


_ENDS_IN_POST = re.compile(r"(?i)\b(?:chair|vice-chair|chairman|chairwoman|chairperson|secretary|treasurer|clerk"
                           r"|governor|trustee|representative)$")


def _shared_title(text: str) -> tuple[str, str | None]:
    """ "County Councillors Hugh Abney, Sandra Cole and Roger Fenn": the plural title
    belongs to every name in the list, so it is taken off and given back to each."""
    match = _PLURAL_TITLE.match(text)
    if not match:
        return text, None
    return text[match.end():], _SINGULAR_TITLES[match["title"].lower()].format(area=match["area"] or "")


def _titled(entry: str, title: str | None) -> str:
    if not title or has_title(entry.strip()):
        return entry
    return f"{title} {entry.strip()}"


def _record(found: Attendance, label: Label, people: list[Person]) -> None:
    for person in people:
        if person.initials:
            if found.aliases.get(person.initials, person.name) != person.name:
                # Two people with the same short form ("(DWP)"): it is their body's, no one's alias.
                found.clashes.add(person.initials)
            found.aliases.setdefault(person.initials, person.name)
        if label.kind == APOLOGIES:
            _add_absence(found.apologies, person)
        elif label.kind == ABSENT:
            _add_absence(found.absent, person)
        else:
            _add_present(found.present, person, label)


def _add_absence(into: list[Apology], person: Person) -> None:
    # "Cllr J Foster (family commitment)", "Ann Lee (on leave)": a body is named in capitals; a
    # bracket all in lower case after an absent member is the reason they gave, no body.
    body = person.organisation if person.organisation and person.organisation != person.organisation.lower() else None
    if all(not _same_person(entry.name, person.name) for entry in into):
        into.append(Apology(name=person.name, organisation=body))


def _same_person(first: str, second: str) -> bool:
    """ "Councillor Penny Straker" and "Councillor Straker" (named again in a minute) are one."""
    a, b = _key(first).split(), _key(second).split()
    if a == b:
        return True
    return bool(a and b) and a[-1] == b[-1] and (len(a) == 1 or len(b) == 1)


def _add_present(into: list[Attendee], person: Person, label: Label) -> None:
    role = person.role
    # "Chair: Professor Helen Adair (Independent Chair)" says "Chair" once, not twice.
    if label.role and label.role.lower() not in (role or "").lower():
        role = ", ".join(r for r in (role, label.role) if r)
    attendee = Attendee(
        name=person.name,
        organisation=person.organisation,
        role=role or None,
        in_place_of=person.in_place_of,
        capacity=label.capacity,
    )
    for index, existing in enumerate(into):
        if _key(existing.name) == _key(person.name):
            into[index] = _merged(existing, attendee)
            return
    into.append(attendee)


def _merged(first: Attendee, again: Attendee) -> Attendee:
    return Attendee(
        name=first.name,
        organisation=first.organisation or again.organisation,
        role=first.role or again.role,
        in_place_of=first.in_place_of or again.in_place_of,
        capacity=first.capacity if first.capacity == "member" else again.capacity or first.capacity,
    )


def _key(name: str) -> str:
    return " ".join(strip_title(name).lower().replace("’", "'").split())
