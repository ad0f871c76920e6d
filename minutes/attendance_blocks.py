"""How the lines under an attendance heading are gathered into one block and read: where the
block ends (a gap, a heading, a line that is no one), lines broken inside an entry, group
sub-headings, checkboxes, legends, and lists of people one to a line or bullet."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.action_tables import table_columns
from minutes.agenda import is_heading
from minutes.attendance_minuted import numbered_heading
from minutes.attendance_headings import attendance_label, carries_on, chair_sentence, next_filled, post_then_titled
from minutes.attendance_posts import unnamed_post
from minutes.attendance_reasons import without_reason
from minutes.attendance_people import (
    POST_HOLDER,
    POST_LIST_LENGTH,
    DASH,
    GROUP_COLON,
    NAME_INITIALS_LINE,
    NOBODY,
    PEOPLE_KIND,
    PLURAL_TITLE,
    HOW_JOINED,
    SUBHEADING,
    header_row,
    post_named,
    post_only,
)
from minutes.attendance_sentences import SENTENCE_END
from minutes.attendance_unheaded import NOT_THERE, bulleted_roll, roll_line, spaced_entry
from minutes.normalise import prose
from minutes.people import (
    Person,
    initials_fit,
    is_organisation,
    looks_like_name,
    name_and_initials,
    name_then_post,
    opens_with_titled_name,
    read_person,
    reset_initials_roll,
    set_initials_roll,
    writes_initials_first,
)
from minutes.roll import APOLOGIES, Label, PRESENT
from minutes.vocabulary import NOT_NAME_WORDS, TITLE_WORDS, has_title, is_role
from minutes.when import find_date


_BULLET = re.compile(r"^(\s*)[-*]\s+")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
# "... John Lahart T.D." at a line's end: letters with stops, not a sentence's end.
_DOTTED_END = re.compile(r"\b(?:[A-Z]\.){2,}\s*$")


def listed_people(block: list[str]) -> list[Person] | None:
    """A list of people, one to a bullet: each entry read whole ("Joe Tranter, Westerby
    Housing Co-operative" is one person and the body they come from). None when an entry
    reads as nobody, so the block is read the older way. A sub-heading ("TSC members:") or
    "N/A" among the entries is no one."""
    people: list[Person | None] = []
    group = None
    for line in block:
        if not line.strip() or NOBODY.match(line.strip().lstrip("-*• ")):
            continue
        if SUBHEADING.match(line):
            group = line.strip().lstrip("-*• ").rstrip(":").strip()  # "Cheverell Council:" over its people
            continue
        line = _EMAIL_AFTER.sub("", line) if "@" in line and ("<" in line or "(" in line) else line
        handle = _LONE_HANDLE.match(line)
        person = read_person(line) or (Person(_given_name(line)) if _given_name(line) else None) or (
            Person(handle["handle"]) if handle else None)
        if person and group:
            # The group a person is listed under is their post ("Independent Chair") or their body.
            if is_role(group) and not person.role:
                person = replace(person, role=group)
            elif not is_role(group) and not person.organisation:
                person = replace(person, organisation=group)
        people.append(person)
    return None if not people or any(p is None for p in people) else people


# "AK, DM, PS (chair), LR", "JB; KT and RS": a roll written in initials alone, each perhaps with a post in brackets.
# ("JH, JM, JG, and SD": a comma before the last "and" too.)
_INITIALS = r"[A-Z]{2,4}(?:\s*\([^()]{1,30}\))?"
_INITIALS_APART = r"\s*[,;&]\s*(?:and\s+)?|\s+and\s+"
INITIALS_ROLL = re.compile(rf"^\s*{_INITIALS}(?:(?:{_INITIALS_APART}){_INITIALS})*\s*\.?\s*$")
_INITIALS_ENTRY = re.compile(r"^(?P<short>[A-Z]{2,4})(?:\s*\((?P<post>[^()]{1,30})\))?$")


# "DM to publish the advisory", "AK reported", "ACTION: PS": initials doing what only people do, in the minutes.
_ACTING_INITIALS = re.compile(r"\b(?P<short>[A-Z]{2,4})\s+(?:to|will|would|reported|presented|said|noted|agreed|asked"
                              r"|explained|circulated|confirmed|updated|thanked|suggested|proposed|seconded|offered)\s"
                              r"|\bACTIONS?[ \t]*(?:[:-][ \t]*)?(?P<owner>[A-Z]{2,4})\b"  # (one way to part the blanks: linear)
                              # "Approval of minutes (JS/BY); approved": a motion's mover and seconder, in a bracket.
                              r"|\((?P<mover>[A-Z]{2,4})/(?P<seconder>[A-Z]{2,4})\)")


def acting_initials(lines: list[str]) -> set[str]:
    """Every set of initials the document shows acting as a person (one pass over it)."""
    return {short for line in lines if line for m in _ACTING_INITIALS.finditer(line)
            for short in (m["short"] or m["owner"] or m["mover"], m["seconder"]) if short}


def initials_only(block: list[str], acting: set[str], initials_roll_read: bool) -> list[Person] | None:
    """ "Present: AK, DM, PS, LR", "Regrets: TW": a roll in initials that no key in the document
    spells out (a key's names are put in first); each entry is someone, named by their initials
    as the document names them. Bodies are written in capitals too ("Apologies: DWP"), so the
    initials must be people's: half of them at least act as people in the minutes (`acting`), or
    the roll already read others by their initials alone (`initials_roll_read`). None when the
    block is anything else."""
    filled = [line.strip() for line in block if line.strip()]
    if not filled or not all(INITIALS_ROLL.match(line) for line in filled):
        return None
    # ("- RM" over "- JB" over "- MS": a roll in initials one to a line, read as the same roll on one line.)
    entries = [_INITIALS_ENTRY.match(entry) for line in filled for entry in re.split(_INITIALS_APART, line.rstrip(". "))]
    entries = [entry for entry in entries if entry]
    # ("Participants: PGL, JF, PJ, NP, TF (Tommaso Fabbri)": one of them spelt out in a bracket is a person's
    # initials, so the roll is people's.)
    spelt = [bool(entry["post"]) and looks_like_name(entry["post"]) and initials_fit(entry["short"], entry["post"])
             for entry in entries]
    if not initials_roll_read and not any(spelt) and 2 * sum(entry["short"] in acting for entry in entries) < len(entries):
        return None
    return [Person(name=entry["post"], initials=entry["short"]) if named else Person(name=entry["short"], role=entry["post"])
            for entry, named in zip(entries, spelt)] or None


def given_names(block: list[str]) -> list[Person] | None:
    """ "Attending: Hamid, Corinne, Padraig and Leonie", "Apologies: Rhodri": a list of given names
    alone, as a small group's notes name its members; each is a person. None when any entry
    is more than a given name."""
    filled = [line for line in block if line.strip()]
    if len(filled) != 1:
        return None
    text = prose(filled[0]).strip().rstrip(".")
    if ";" in text:
        return None  # "Lee, Ann (Chair); Marsh, Bob": a register's surnames first, each entry two names
    # ("Ann and Ben (and Rex, Ann's dog)": a closing aside on who else came along, no member of the list.)
    text = _ASIDE_AFTER.sub("", text)
    # ("Roy, Carol, Ivan, and Sarah": a comma before the last "and" too.)
    entries = [e for e in re.split(r"\s*,\s*(?:and\s+)?|\s*&\s*|\s+and\s+", text) if e]
    names = [None if NOBODY.match(entry) else _given_name(_ROLE_AFTER_DASH.sub("", entry)) for entry in entries]
    if entries and not all(names):
        # "Present: Corbin, Lawrence, Wilf Mardle, Tobias": given names alone, more of them than the few full names
        # among them; each entry is one person (never "Surname, Forename" paired), the full names as written.
        # (So too "LJ", "CJ" among them: initials that go by, where the given names are most of the list.)
        full = [entry for entry, name in zip(entries, names) if name is None and (
            _plain_full_name(entry) or _SHORT_INITIALS.fullmatch(entry))]
        if len(full) + sum(1 for name in names if name) == len(entries) and len(entries) - len(full) > len(full):
            names = [name or entry for entry, name in zip(entries, names)]
    if not entries or not all(names):
        return None
    roles = [(m[0].strip(" -–—").capitalize() if (m := _ROLE_AFTER_DASH.search(entry)) else None) for entry in entries]
    return [Person(name, role=role) for name, role in zip(names, roles) if name]


_SHORT_INITIALS = re.compile(r"[A-Z]{2,3}")
_ASIDE_AFTER = re.compile(r"\s*\((?:and|plus|with|along\s+with)\s[^()]{0,80}\)$")
# "Jo- chair", "Sue – Treasurer": a given name, then the post its holder has after a dash.
# (Its spaces are taken only from the end of a word, "(?<!\s)", so a search through a run of them is linear.)
_ROLE_AFTER_DASH = re.compile(r"(?<!\s)\s*[-–—]\s*(?=(?:the\s+)?(?:chair|chairman|chairperson|vice[- ]chair|secretary|treasurer|clerk"
                              r"|minutes|notes)\b)[a-z ]{3,20}$", re.IGNORECASE)


def _plain_full_name(entry: str) -> bool:
    """ "Wilf Mardle": two or three words that read as a name, with no title, bracket or post."""
    # ("Councillors Byrne": a plural title over surnames, the list's shared title, is no full name.)
    return 2 <= len(entry.split()) <= 3 and "(" not in entry and looks_like_name(entry) and not has_title(entry) \
        and not PLURAL_TITLE.match(entry) and not is_role(entry) and not is_organisation(entry)


def _given_name(line: str) -> str | None:
    """ "- Douglas" among "- Alek Varnov", "- Ben Hurst": open-source notes often list someone
    by a given name alone (or a nickname); in a bulleted list of people it is that person."""
    word = prose(_CHECKBOX.sub("", line.strip().lstrip("-*• "), count=1)).strip(" .,;")
    word = re.sub(r"\s*\([^()]{1,40}\)$", "", word)  # "- Jason (Splunk)": the body they came from
    # '"rk" (no name given) - joined late': a nickname in quotes, whatever its case, is someone's.
    quoted = re.match(r"^[\"“'‘](?P<nick>[\w.-]{2,30})[\"”'’](?:\s|$)", word)
    if quoted:
        return quoted["nick"]
    if " " in word or not word[:1].isupper() or not looks_like_name(f"Mr {word}") or word.lower() in NOT_NAME_WORDS:
        return None
    return None if is_organisation(word) or is_role(word) or has_title(word) else word


_LEADING_SHORT = re.compile(r"^\s*(?:[-*•]\s+)?\([A-Z][A-Za-z]{1,3}\)\s*")  # "(JS) Jane Smith"
# "Ann Lee <ann@vale.example>", "Bo Ray (bo@vale.example)": an e-mail address after the name.
_EMAIL_AFTER = re.compile(r"(?<=\S)\s*[<(][\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[>)]")
_SQUARE_AFTER = re.compile(r"(?<=\S)\s*\[[^\[\]]{1,40}\]|(?<=[\w.])\s+@[A-Za-z0-9][\w.-]{1,38}(?![\w@])"
                           r"|" + _EMAIL_AFTER.pattern)
_HANDLE_THEN_NAME = re.compile(r"^\s*(?:[-*•]\s+)?@[A-Za-z0-9][\w.-]{1,38}\s*\(\s*[A-Z][a-z]")
# "- @annlee": a handle alone, as open-source notes list who came.
_LONE_HANDLE = re.compile(r"^\s*(?:[-*•]\s+)?(?P<handle>@[A-Za-z0-9][\w.-]{1,38})\s*$")
_CHECKBOX = re.compile(r"^(?P<indent>\s*(?:[-*•]\s+)?)\[(?P<mark>[ xX✓✔]?)\]\s*")
# "Dr Anil Bascombe (AB) Clinical Chair": a line that opens with a name and its initials in brackets.
_ANOTHER_NAMED = re.compile(r"[,;]\s*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s*\((?:[A-Z][A-Za-z]{1,3}|@[\w.-]{2,39})\)")


# "- ~~Dariusz Wolak (@dwolak)~~": an entry struck through whole, as notes strike out a member not there.
_STRUCK = re.compile(r"^(?P<indent>\s*(?:[-*•]\s+)?)~~(?P<entry>[^~]+)~~\s*$")


def ticked(block: list[str]) -> tuple[list[str], list[str]]:
    """A block's lines without their checkboxes, and the lines whose box is not ticked or
    that are struck through whole."""
    if not any("[" in line or "~~" in line for line in block):
        return block, []
    kept: list[str] = []
    unticked: list[str] = []
    for line in block:
        box = _CHECKBOX.match(line)
        if (struck := _STRUCK.match(line)) is not None:
            unticked.append(struck["entry"])
        elif box is None:
            kept.append(line)
        elif box["mark"].strip():
            kept.append(box["indent"] + line[box.end():])
        else:
            unticked.append(line[box.end():])
    return kept, unticked


def one_a_line(block: list[str]) -> bool:
    """Whether every line opens with a name and its initials in brackets: one person a line,
    whatever follows ("Dr Polly Brackett (PB) Governing Body GP")."""
    filled = [line for line in block if line.strip()]
    # A line with more than one name and initials ("A (AB) Chair, C (CD) Treasurer,") is a list.
    return len(filled) >= 2 and (all(
        (m := NAME_INITIALS_LINE.match(line)) and looks_like_name(m["name"])
        and not _ANOTHER_NAMED.search(line) for line in filled) or all(
        # "Josh Maitland - Digital Lead, Riverside Place (JM)": a name, a dash, then anything about them.
        (m := _NAME_DASH_LINE.match(line)) and looks_like_name(m["name"]) and ";" not in line for line in filled))


# ("..., which were accepted", "... and were accepted", "... and had been noted": what the meeting did with them.)
# (Blanks are taken from the start of their run, in one way: a hostile run costs its length, once.)
_ACCEPTED = re.compile(r"(?i)(?<!\s)\s*+,?\s*+(?:and|which)\s++(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:duly\s+)?"
                       r"(?:accepted|noted|approved|agreed)\b.*$"
                       # "... and Pengelly (work) and the reasons were" over "accepted.": the reasons, not a person.
                       r"|(?<!\s)\s*+,?\s*+and\s++the(?:ir)?\s+reasons?\b.*$")
# A sentence's list that stops inside an entry: on "and", "from" or a comma, or on a lone given name after one.
# ("... and Chief Superintendent Karen" over "Osborne (Midlands North Police).": the given name after titles.)
_WRAPS_ON = re.compile(rf"(?:\b(?:and|from|&)|,)\s*$|\b(?:and|from)\s+(?:(?:{TITLE_WORDS})\.?\s+)*[A-Z][a-z'’-]+\s*$")
# A sentence's last entry that is a given name alone (perhaps after a title): "from Priya", "from Cllr Ann".
_GIVEN_NAME_AT_END = re.compile(rf"(?:^|[,;]\s*|\s(?:and|&|from)\s+)(?:(?:{TITLE_WORDS})\.?\s+)?[A-Z][a-z'’-]+\s*$")
# A line opening with a surname that ends its entry: "Holloway, Dev Mistry ...", "Lee and Cllr Bob Ray.".
_SURNAME_OPENS = re.compile(r"^\s*[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?(?=\s*[,;.]|\s+(?:and|&)\s|\s*\(|\s*$)")
# A wrapped sentence of attendance is joined up to this length (a cost bound).
_WRAPPED_SENTENCE = 600
# A count of people not named: "Three members of the public", "2 members of the press and public",
# "4 attendees had their name and title redacted", "Members of the public<tab>4", "Public: 6".
_COUNT = r"(?:\d{1,4}|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|a\s+few)"
_UNNAMED = (r"(?:members?\s+of\s+(?:the\s+)?(?:public|press)(?:\s+and\s+(?:the\s+)?(?:public|press))?|(?:the\s+)?public|press"
            r"|residents|visitors|observers|attendees|parishioners|people|persons|others)")
_UNNAMED_COUNT = re.compile(rf"(?i)^\s*(?:[-*•]\s+)?(?:{_COUNT}\s+{_UNNAMED}\b[^\t]{{0,80}}"
                            rf"|{_UNNAMED}\s*(?::|\t|[-–]\s)\s*{_COUNT})\s*\.?\s*$")
# "Dr K Osei (Mental Health Partnership)," over "represented by Frances Adeyemi (FA), Safeguarding Lead.": who
# stood in for the entry above, carried onto the next line.
_STOOD_IN_BY = re.compile(r"(?i)^\s*(?:represented|substituted|replaced|deputised)\s+by\s+(?-i:[A-Z])")
_ENDS_CAPITALISED = re.compile(r"[,;]\s*[A-Z][a-z'’-]+\s*$")
_NAME_DASH_LINE = re.compile(r"^\s*(?:[-*•]\s+)?(?P<name>[^-–—,;()\t]{3,60}?)\s+[-–—]\s+\S")


def _running_head(lines: list[str], at: int) -> bool:
    """Whether a line is a page's running head: dated ("Full Council - 4 March 2026"), or the same
    words printed again elsewhere in the document ("OFFICIAL - SENSITIVE"), and naming no one."""
    line = lines[at].strip()
    return not roll_line(line) and (find_date(line) is not None or sum(1 for other in lines if other.strip() == line) >= 2)


def collect_block(lines: list[str], start: int, rest: str, label: Label) -> tuple[list[str], int, bool]:
    """The lines of one attendance block, the index after them, and whether it was a bulleted list."""
    rest = _unmarked(rest)  # "Ellie Frampton†": the mark a legend explains is no part of a name
    if label.single_line and rest.strip():
        index = start + 1
        # "Apologies ... from Councillor Derek Holt and from Helen" over "Maddox (Dene Trust).": the
        # sentence wraps inside its last entry; the next line finishes it.
        # So too a sentence broken inside a bracket: "... Kevin Marsh (NHS Northshire" over "ICB) and ...".
        # And a sentence whose next line carries on its list: "... Pradeep Rao (NED)" over "and Julia Benn (COO).".
        # And a sentence broken inside a name: "... accepted from Priya" over "Holloway, Dev Mistry and Anne Coutts."
        # (its last entry a given name, perhaps titled, and the next line opening with the surname).
        while index < min(len(lines), start + 3) and len(rest) <= _WRAPPED_SENTENCE and (
                _WRAPS_ON.search(rest) or rest.count("(") > rest.count(")") or not rest.rstrip().endswith(".") and (
                _CARRIES_ON_ENTRY.match(lines[index]) or _GIVEN_NAME_AT_END.search(rest[-80:])
                and _SURNAME_OPENS.match(lines[index]))) and lines[index].strip() \
                and not attendance_label(lines[index]) and not is_heading(lines[index]) and "\t" not in lines[index]:
            rest = f"{rest.rstrip()} {lines[index].strip()}"
            index += 1
        # "... from Councillor B. Teague (work) and accepted.": what the meeting did with them is no one.
        return [_ACCEPTED.sub("", SENTENCE_END.split(rest)[0])], index, False
    if rest.strip() and lines[start].endswith(rest) and lines[start][: len(lines[start]) - len(rest)].rstrip().endswith(
            ";") and start + 1 < len(lines) and (head := _SEMICOLON_HEADED.match(lines[start + 1])) and not looks_like_name(
            head["head"]):
        # "Apologies; Ann Lee, Bob Ray" over "Minutes of Previous Meeting; Accepted": every heading of the minutes
        # typed with a semicolon for its colon; the next line is the next heading, no more of the list.
        return [rest], start + 1, False
    block = [rest] if rest.strip() else []
    tabular = "\t" in rest
    # "[x] Ann Lee (annlee)" over "[ ] Bob Ray" with no heading: the roll's first box is its first bullet.
    bulleted = bool(_CHECKBOX.match(rest))
    index = start + 1
    roll = set_initials_roll([])
    try:
        return _collect_lines(lines, index, block, rest, label, bulleted, tabular)
    finally:
        reset_initials_roll(roll)


_ROLL_WINDOW = 8
# "> *Please add your name below if you cannot attend.*", "Put your name here if you cannot make it.": a note of
# several words, none after the first capitalised (so naming no one), perhaps quoted or in italics, on a line of its
# own. (Each word and each gap taken whole by one class: linear.)
_TEMPLATE_NOTE = re.compile(r"^[ \t]*(?:>[ \t]*)?[*_]{0,2}[A-Z][a-z'’]*(?:[ \t]+[a-z][\w'’,()/-]*){4,}[.!:]?[*_]{0,2}[ \t]*$")


def _entries_so_far(block: list[str], line: str) -> list[str]:
    """The entries a roll has given so far, whose writing says whether a lone "A" opens a name: the
    lines so far and the next ("C Pinnells, Acting Town Clerk" over "A Oughton, Asset Manager"), or
    else the comma parts of the next line ("A Platten, K Scott, S Frake"). (The last few lines only: a
    roll's writing shows in them, and a long roll costs no more per line.)"""
    entries = [*block[-_ROLL_WINDOW:], line]
    return entries if writes_initials_first(entries) else line.split(",")


def _collect_lines(lines: list[str], index: int, block: list[str], rest: str, label: Label, bulleted: bool,
                   tabular: bool) -> tuple[list[str], int, bool]:
    """The lines of an attendance block from `index` on (see `collect_block`)."""
    group_at = -2  # the line of the last group heading in the block ("Cheverell Council" over its people)
    while index < len(lines):
        line = _unmarked(lines[index])
        set_initials_roll(_entries_so_far(block, line))
        if not block and not bulleted and _TEMPLATE_NOTE.match(line) and (ahead := next_filled(lines, index + 1)) is not None \
                and _BULLET.match(lines[ahead]):
            # "Apologies" over "> *Please add your name below if you cannot attend.*" over the list: a shared
            # template's note to those filling it in, no one.
            index += 1
            continue
        if line.lstrip()[:1] == "[" and _CHECKBOX.match(line):
            line = f"- {line}"  # "[x] Joan Ames" over "[ ] Sara Cole": boxes with no bullets, each a bullet of the list
        if block and not bulleted and line.rstrip().endswith(":") and bulleted_roll(lines, index):
            break  # "Volunteers:" over "[x] Ann Lee", "[x] Bob Ray" after a comma list: the next roll's own heading
        if not line.strip():
            ahead = next_filled(lines, index)
            if block and ahead is not None and ahead + 1 < len(lines) and not _BULLET.match(lines[ahead]) and (
                    _BULLET.match(lines[ahead + 1]) if bulleted else roll_line(lines[ahead + 1])) \
                    and not is_heading(lines[ahead]) and _running_head(lines, ahead):
                # "Vale County Council - Full Council - 4 March 2026" between the bullets of a list that
                # runs on to the next page: the page's running head, no part of the list.
                index = ahead + 1
                continue
            # A bulleted list ends at a gap before a line that is no bullet (the page's next paragraph).
            if ahead is None or block and not (bulleted and _BULLET.match(lines[ahead])) and (
                    bulleted or not carries_on(_BULLET.sub("", lines[ahead]), strong=True)) and not (
                    _group_over_names(lines, ahead) or group_at == index - 1 or spaced_entry(lines, ahead, block)
                    or _posts_go_on(block[-1], lines[ahead]) or _list_goes_on(block[-1], lines[ahead])):
                break
            index = ahead
            continue
        if label.kind == PRESENT and (chaired := chair_sentence(line)):
            # "Members Present:" over "Cathaoirleach Cllr. Ann Lee presiding." then the other members: the
            # roll's first line says who was in the chair as a sentence.
            line = chaired
        numbered = _NUMBERED.match(line)
        if numbered and (roll_line(line[numbered.end():]) or _numbered_person(line[numbered.end():])) and not attendance_label(
                line[numbered.end():]) and numbered_heading(line) is None:  # (not "2. Apologies. Mr G. Hale.")
            # "1. Ann Lee – Chair" under "Members present": a numbered list of people, no agenda item.
            line = f"- {line[numbered.end():]}"
        elif numbered and (grouped := GROUP_COLON.match(prose(line[numbered.end():]))) and not looks_like_name(
                grouped["head"]) and carries_on(line[numbered.end():], strong=False):
            # "1. Vale Council: Cllr Ann Lee (Chair)": a numbered membership roll, each row a body and its people.
            line = line[numbered.end():]
        # "WYEFORD COUNTY HOSPITAL (LNU)" between rows of a roll table: the body of the rows under it, no heading.
        caps_group = tabular and "\t" not in line.strip() and line.strip().isupper() and len(line.split()) <= 8 and (
            index + 1 < len(lines) and "\t" in lines[index + 1].strip()
            and _names_someone(_MARKS.sub("", lines[index + 1]).strip().split("\t")[0]))
        # ("2.Apologies; Dilys, Frank" under "1.PRESENT: Tom, ...": the next numbered heading of the roll.)
        if attendance_label(line) or is_heading(line) and not caps_group or table_columns(line) or line.lstrip()[:1].isdigit() \
                and numbered_heading(line) is not None:
            dangling = _ENDS_CAPITALISED.search(block[-1]) if block else None
            if dangling and line.lstrip()[:1].isupper() and is_role(
                    f"{dangling[0].strip(' ,;')} {re.split(r'[(,;]', line)[0].strip()}"):
                # "..., Ms. Tríona Burke, Staff" over "Officer (Meetings Administrator)": a post broken over the
                # lines, not the heading its second word could be.
                block[-1] = f"{block[-1].rstrip()} {line.strip()}"
                index += 1
                continue
            if block and line.lstrip()[:1].islower() and (dangling := _ENDS_CAPITALISED.search(block[-1])) \
                    and attendance_label(f"{dangling[0].strip(' ,;')} {line.strip()}"):
                # "...and Raymond Tate; Independent" over "co-opted members Mr D Lee and Ms S Varma.": the
                # heading of the next part began on the line above; its first word is no one.
                block[-1] = block[-1][: dangling.start()]
            break
        if _business_header(line):
            # "Min. No. | Item | Action" straight after the roll: the business table's header, no one. (It is
            # taken with the roll, as it always was, so the body reads the rows under it as it did.)
            index += 1
            break
        if _LEGEND.match(line):
            index += 1  # "† joined online": the key to a mark the names below carry
            continue
        if _UNNAMED_COUNT.match(line) or "@" in line and TEAM_HANDLE.match(line):
            # "Three members of the public", "Members of the public<tab>4", "2 attendees had their names
            # redacted": people counted, not named, among those listed; no one, and not the list's end.
            index += 1
            continue
        tabular = tabular or "\t" in line
        bullet = bool(_BULLET.match(line))
        line = _BULLET.sub(r"\1", line)
        unshared = line
        if label.shared and not has_title(line.strip()) and not PLURAL_TITLE.match(line):
            unshared = line
            line = f"{label.shared} {line.strip()}"  # "Councillors" over "Smith (Chair)", "Jones"
        # A list under the heading is a list of people: each bullet an entry, whatever its words.
        # Group headings alone so far ("Cheverell Council") leave the list still to start.
        headed_only = all(SUBHEADING.match(entry) for entry in block) and group_at >= 0
        if bullet and label.kind == APOLOGIES and not tabular:
            line = without_reason(line)  # "- Ines - at the Summer School", "- Oskar on holiday"
        listed = bullet and (bulleted or not block or headed_only) and (
            _names_someone(line) or _given_name(line) is not None or label.kind == APOLOGIES and unnamed_post(line) is not None
            # "- Dr R. Steyn Medical Director and voting member" among "- Mr A Ray – Director": a titled name, its post
            # after it with no dash.
            or bulleted and opens_with_titled_name(line.strip()))
        bulleted = bulleted or (listed and (not block or headed_only))
        # The first line under a heading of its own that opens with a name, and the lines of a
        # semicolon-separated list wrapped across lines, are people whatever else they hold.
        first_under_heading = not block and not rest.strip() and _names_someone(line)
        # The list's last entry broken over a line: "...; Priya" then "Sandry, Non-Executive Director".
        # (Not a line that opens with a group's name and a colon: "Northvale Police: Chief Inspector ...".)
        group_led = ":" in line and bool(grouped := GROUP_COLON.match(prose(line))) and not looks_like_name(
            grouped["head"])
        # So too a list broken inside an entry before its first semicolon ("..., Head of Professional" over
        # "Standards [JT]; Sgt Ravi Dhillon [RD]"), and a last entry of a few words closing the list with a stop.
        wrapped = bool(block) and not group_led and "\t" not in block[-1].strip() + line.strip() \
            and (";" in block[-1] or ";" in line and not bullet) \
            and (not block[-1].rstrip().endswith((".", ":")) or _DOTTED_END.search(block[-1])) and (
            ";" in line or block[-1].rstrip()[-1:].isalpha() and len(line.split()) <= 8
            and (not line.rstrip().endswith(".") or len(line.split()) <= 4) and not any(c.isdigit() for c in line))
        # A comma list broken inside a name, as PDF text breaks it: "..., Josephine" over
        # "Carrington-Moore, Barnaby Whitlock-Evans and Priyamvada Raghunathan".
        broken = bool(block) and not bullet and _name_broken(block[-1], unshared)
        if broken:
            line = unshared  # "..., Dónal" over "Hickey, Yvonne Treacy": the shared title is no part of it
        wrapped = wrapped or broken
        # A comma list run on over lines a blank line apart, as PDF text sets each line a paragraph.
        wrapped = wrapped or bool(block) and not bullet and not lines[index - 1].strip() and _list_goes_on(block[-1], unshared)
        # "Present: karl (Karl Dubost)," over an indented "lapin (Stéphane Deschamps),": a comma
        # list carried on over indented lines, as plain-text and chat minutes wrap it.
        wrapped = wrapped or bool(block) and not bullet and block[-1].rstrip().endswith((",", ";")) and "\t" not in line.strip() \
            and (lines[index][:1] in " \t" or _names_someone(line) or bool(_STOOD_IN_BY.match(line)))
        # An entry wrapped inside its bracket ("Councillor Colin Bain (Councillor Hamish" over "Kerr
        # substituting)."), or a line that opens with a bracket or "and" ("(substitute for Councillor
        # Dennis Fry) and Alice Wren."): the line carries on the entry above.
        # (Under a plural title's heading the line is read before the title is given to it: "Councillors: A, B"
        # over "and T Lockwood".)
        if block and block[-1].count("(") > block[-1].count(")") and _named_as_above(block, line):
            # "Ian Hale – Inspector, Vale Police (rep Cai" over "Dee Orr – Treasurer": the bracket left open where
            # the page cut it; the next line names its own person as the lines above do.
            block[-1] = f"{block[-1].rstrip()})"
        carried = bool(block) and not bullet and "\t" not in line.strip() and (
            block[-1].count("(") > block[-1].count(")") or bool(_CARRIES_ON_ENTRY.match(unshared))
            or _posts_go_on(block[-1], line))
        # "Head of Parks (Ms. R. Quinn), ...": a list of posts and their holders opens with a post, not a name.
        first_under_heading = first_under_heading or not block and not rest.strip() and bool(POST_HOLDER.search(line))
        if carried and not wrapped:
            line = unshared
        wrapped = wrapped or carried
        # "..., Cllr Una Eve and Cllr" over "Vic Ford": the title of the list's next entry, its name on the next line.
        wrapped = wrapped or bool(block) and not bullet and "\t" not in line.strip() and bool(
            _TITLE_AT_END.search(block[-1])) and looks_like_name(re.split(r"\s*[,(.;]", line.strip())[0])
        if block and "\t" not in line.strip() and (cut := _DANGLING_CELL.search(block[-1])):
            # "Ben Achterberg | Deputy Chief Operating Officer, for | BA" over "Neil Crossan, Chief
            # Operating Officer": a cell that stops on "for" or "of" runs on onto the next line.
            block[-1] = f"{block[-1][: cut.end()]} {line.strip()}{block[-1][cut.end():]}"
            index += 1
            continue
        if wrapped and not block[-1].rstrip().endswith(";"):
            # One entry broken over two lines; or, after "... T.D." and before a titled name, two entries.
            joint = "; " if _DOTTED_END.search(block[-1]) and opens_with_titled_name(line.strip()) else " "
            block[-1] = f"{block[-1].rstrip()}{joint}{line.strip()}"
            index += 1
            continue
        # A row of a table of people: its first cell a name ("Joanne Pickles | JP | Director of Nursing"),
        # or the table's header row ("Name | Role | Agency") first under the heading.
        person_row = "\t" in line.strip() and (looks_like_name(prose(re.sub(r"\([^()]*\)", " ", line.strip().split("\t")[0]))) or not block and header_row(line.split("\t")))
        # "Director of Finance" under a column of names: the posts column, given after it.
        post = bool(block) and post_only(line)
        # "An Garda Síochána:" alone between lists of people: the body the names under it come from.
        grouped = not bullet and _group_over_names(lines, index)
        grouped = grouped or caps_group
        if grouped:
            group_at = index
            line = line.rstrip().rstrip(":") + ":"  # read as a group's heading, whatever list follows
        post = post or grouped
        # "Attendees" over "Ravi, Mateo, Jess Park, Tam": given names, first under a heading with nothing after it.
        first_names = not block and not rest.strip() and "," in line and given_names([line]) is not None
        # "Chief Executive: Brendan Hogan", "Directors of Service: Ann Lee, Bob Ray": a post, then its holders.
        post_led = ":" in line and bool(grouped := GROUP_COLON.match(prose(line))) and post_named(
            grouped["head"]) is not None and _names_someone(grouped["tail"])
        if not (listed or first_under_heading or wrapped or person_row or tabular and line.startswith("\t")
                or post or first_names or post_led or carries_on(line, strong=False)):
            break
        block.append(line)
        index += 1
    return block, index, bulleted and not rest.strip()


# The header cells of the table of business that follows a roll: "Min. No. | Item | Action".
_BUSINESS_CELL = re.compile(r"(?i)^(?:min(?:ute)?s?\.?(?:\s*(?:no|ref|number)\.?)?|item(?:\s+no\.?)?|no\.?|ref\.?"
                            r"|actions?(?:\s+by)?|subject|business|agenda\s+item|discussion|decisions?|notes?|owner"
                            r"|who|when|by\s+when|due|details?|matters?)$")


_SEMICOLON_HEADED = re.compile(r"^\s*(?P<head>[A-Z][\w'’ &/-]{2,60});(?:\s|$)")
_NAME_DASH = re.compile(r"^\s*(?P<name>[A-Z][^\W\d_][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s+[-–—]\s+\S")


def _named_as_above(block: list[str], line: str) -> bool:
    """Whether a line opens "Name – ..." as the block's first line does: one more person's entry."""
    first, this = _NAME_DASH.match(block[0]), _NAME_DASH.match(line)
    return bool(first and this) and looks_like_name(first["name"]) and looks_like_name(this["name"])


def _posts_go_on(above: str, line: str) -> bool:
    """Whether a line carries on a list of posts and their holders that the line above left open:
    "Director, Roads (Mr. T. Doyle), Head of" over "Parks (Ms. R. Quinn), Clerical Officer (Mr. B. Nolan).",
    or "..., Senior Engineer (Mr. J." over "Walsh), ..."; as PDF text wraps Irish councils' rolls of officials."""
    if "(" not in above or len(above) > POST_LIST_LENGTH or not POST_HOLDER.search(above):
        return False  # (a list longer than any roll's is joined no further: each join would copy it whole)
    if above.count("(") > above.count(")"):
        return True
    return not above.rstrip().endswith(".") and bool(POST_HOLDER.search(line))


def _business_header(line: str) -> bool:
    """Whether a line is the header row of a table of business, no one's name."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    return "\t" in line.strip() and len(cells) >= 2 and all(_BUSINESS_CELL.match(cell) for cell in cells)


# "† joined online", "* = attended remotely", "(v) virtual": a legend for marks on the names.
_LEGEND = re.compile(r"^\s*(?:[†‡*§#^]+|\([a-z]\))\s*(?:=\s*|-\s*)?(?:joined|attended|attending|denotes|indicates|remote"
                     r"|online|virtual|by|via|present|non-voting|voting)\b[^.]{0,40}\.?\s*$", re.IGNORECASE)
# ("Dr Aidan Prosser †": a dagger a space apart too; "Deputy Ann Lee T.D.*": a mark after letters with stops.)
_MARKS = re.compile(r"(?<=[\w)])\s?[†‡§]+|(?<=[\w).])\*+")
# "Ann Lee (Acme) <ann.lee@acme.example>", "Bo Ray, bo@ray.example": an address to write to, after a name.
_EMAIL = re.compile(r"\s*(?:<[^<>\s@]{1,64}@[^<>\s]{1,255}>|\(?\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+\b\)?)")


def _unmarked(line: str) -> str:
    """A roll's line without the marks a legend explains and without e-mail addresses; a name and
    its handle after a colon ("Richard Lau: @richardlau") written as a name and its bracketed handle."""
    if "@" in line:
        line = _HANDLE_AFTER_COLON.sub(_handle_in_bracket, _EMAIL.sub("", line))
    return _MARKS.sub("", line)


# "* Ines Dorado: @inesd", "* kofi-mensah: @kofi-mensah": an open-source working group's roll, each
# bullet a name (or the handle again) and the person's handle after a colon.
_HANDLE_AFTER_COLON = re.compile(r"^(?P<mark>\s*(?:[-*•]\s+)?)(?P<name>[^:@\t]{2,60}?):\s*(?P<handle>@[\w.-]{1,39})\s*$")
# "* Release team: @project/release": a team's handle among the people, no one.
TEAM_HANDLE = re.compile(r"^\s*(?:[-*•]\s+)?[^:@\t]{2,60}:\s*@[\w.-]{1,39}/[\w.-]{1,100}\s*$")


def _handle_in_bracket(match: re.Match[str]) -> str:
    name, handle = match["name"].strip(), match["handle"]
    if name.lower().lstrip("@") == handle[1:].lower():
        return f"{match['mark']}{handle}"  # "kofi-mensah: @kofi-mensah": the handle is all the name given
    return f"{match['mark']}{name} ({handle})"


_GROUP_LINE = re.compile(r"^\s*[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}\s*:?\s*$")


def _apart(lines: list[str], index: int) -> bool:
    """Alone between blank lines."""
    return bool(next_filled(lines, index + 1) != index + 1 and index and not lines[index - 1].strip())


def _over_people(lines: list[str], index: int) -> bool:
    """Straight over a bulleted list ("Officials and observers" over "- Ann Lee"), or after a blank line
    straight over a line that only names someone ("Vale Police" over "Insp Cai Ng")."""
    if index + 1 < len(lines) and _BULLET.match(lines[index + 1]):
        return True
    return bool(index) and not lines[index - 1].strip() and index + 1 < len(lines) and bool(roll_line(lines[index + 1]))


def _group_over_names(lines: list[str], index: int) -> bool:
    """Whether a line is a short sub-heading ("An Garda Síochána:", "Public governors",
    "Cheverell Council") over a line that names someone: a block of people grouped by body
    or kind. Without a colon it must be no name and sit alone between blank lines."""
    line = lines[index]
    bare = line.strip()
    if NOT_THERE.search(bare):
        return False  # "Circulation:", "Actions:": people who are something other than there
    # Without a colon, the line must say what kind of people or which body follows.
    kind = not DASH.search(bare) and (is_organisation(bare) or is_role(bare) or bool(PEOPLE_KIND.search(bare)))
    # "In the room", "Online": how the people under it joined, a sub-heading whatever follows it.
    joined = bool(HOW_JOINED.fullmatch(bare))
    if not (SUBHEADING.match(line) or joined or _GROUP_LINE.match(line) and kind
            and (not looks_like_name(bare) or is_role(bare))
            and not bare.endswith(".") and (_apart(lines, index) or _over_people(lines, index))) or attendance_label(
            line) or is_heading(line):
        return False
    ahead = next_filled(lines, index + 1)
    return ahead is not None and ahead <= index + 2 and _names_someone(_BULLET.sub("", lines[ahead])) and not (
        attendance_label(lines[ahead]) or is_heading(lines[ahead]))


_DANGLING_CELL = re.compile(r"\s(?:for|of|and|to|by|from|with)(?=\t|\s*$)")
_CARRIES_ON_ENTRY = re.compile(r"^\s*(?:\((?![A-Z][A-Za-z]{1,3}\)\s*[A-Z])|(?:and|&)\s+(?=[A-Z]))")


def _numbered_person(entry: str) -> bool:
    """ "Renata Kowalczyk — Tessellate Labs — @rkowalczyk" after a list number under an attendance heading: a
    sign-in list's entry, opening with a person's name whatever follows it."""
    person = read_person(entry)
    return person is not None and looks_like_name(person.name) and not is_organisation(person.name)


def _name_broken(before: str, line: str) -> bool:
    """Whether a comma list was broken inside a name: the line above ends with a lone first
    word or initial ("..., Josephine", "..., H.") and this one opens with a lone word before its
    comma ("Carrington-Moore, Barnaby Whitlock-Evans and ...", "Vassallo, J. Pennington.")."""
    end = before.rstrip()
    if not re.search(r"[,;]", before) or "\t" in before or "\t" in line or not (
            end[-1:].isalpha() or re.search(r"[,;]\s*[A-Z]\.$", end)):
        return False
    last = re.split(r"[,;]", before)[-1].split()
    if len(last) >= 2 and has_title(" ".join(last[:-1]) + " X") and _name_word_only(last[-1]):
        # "...; Cllr Ann" over "Tillbrook (Health and Wellbeing Board).", "..., Chief Constable Darren" over
        # "Whitlock (for minute 52)": a titled first name.
        last = last[-1:]
    first = re.split(r"[,;.]|\s+and\s+", re.sub(r"\([^()]*\)", " ", line).strip(), maxsplit=1)[0].split()
    if first and first[0].isupper() and len(first[0]) > 1 and re.split(r"[,;]", before)[0].strip().isupper():
        return False  # "COLE, Ann" over "DYER, Ben": a register's surnames in capitals, each first on its line
    return len(last) == 1 and len(first) == 1 and last[0][:1].isupper() and first[0][:1].isupper() and not has_title(
        first[0])


_TITLE_AT_END = re.compile(rf"(?:[,;]|\s(?:and|&))\s*(?:{TITLE_WORDS})\.?\s*$")


def _list_goes_on(above: str, line: str) -> bool:
    """Whether a comma list broken by PDF text, each of its lines a paragraph of its own, goes on after
    a blank line: the line above stops inside a name ("..., Cllr. D." over "Nolan, B. Moran and ...";
    "..., Ms. Ann" over "Kinsella (Clerk).", "..., Mr" over "Tom Doyle."), or on a comma before more names ("..., Hogan," over
    "Walsh, Byrne and Doyle.")."""
    if "\t" in above or "\t" in line or len(above) > POST_LIST_LENGTH or is_heading(line) or attendance_label(line):
        return False  # (a list longer than any roll's is joined no further: each join would copy it whole)
    if ";" in above and above.rstrip().endswith(":") and GROUP_COLON.match(prose(above.split(";")[-1].strip() + " x")) \
            and looks_like_name(above.split(";")[-1].strip().rstrip(":")):
        return True  # "...; Ann Lee:" over "Senior Engineer; Bob Ray SSO": an entry's name, its post on the next line
    if _TITLE_AT_END.search(above) and looks_like_name(re.split(r"\s*[,(.;]", line.strip())[0]):
        return True  # "..., Mr" over "Tom Doyle.": the title of the next entry, its name on the next line
    opening = re.match(r"\s*([A-Z][\w'’-]+)\s*[,(]", line)  # "Nolan, B. Moran ...", "Kinsella (Clerk)."
    if opening and not opening[1].isupper() and opening[1].lower() not in NOT_NAME_WORDS and _name_broken(above, line):
        return True
    return above.rstrip().endswith(",") and "," in above.rstrip()[:-1] and (
        carries_on(line, strong=False) or _capitalised_entries(line))


def _capitalised_entries(line: str) -> bool:
    """Whether a line is a comma list of a few capitalised words an entry ("Walsh, Byrne (J), Mr. Tom
    Doyle and Hogan."), as a roll of councillors by surname runs on; no sentence."""
    entries = [entry.strip() for entry in re.split(r",|\s+and\s+|&", re.sub(r"\([^()]{0,40}\)", " ", line.strip().rstrip(".")))]
    words = [entry.split() for entry in entries if entry]
    return len(words) >= 2 and all(len(entry) <= 4 and all(w[:1].isupper() for w in entry) for entry in words)


def _name_word_only(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def _names_someone(line: str) -> bool:
    """Whether a list entry opens with a person's name or initials ("Priya Nair (Libraries)"),
    perhaps after a checkbox ("[x] Alvin Jessop - VEXIA")."""
    # A handle in square brackets after the name ("Ines Carvalho [ines]") is no part of it.
    unboxed = _LEADING_SHORT.sub("", _SQUARE_AFTER.sub("", _CHECKBOX.sub("", _STRUCK.sub(r"\g<indent>\g<entry>", line), count=1)))
    first = re.split(r"\s*[,(–—;]|\s+[-/]\s+", prose(unboxed), maxsplit=1)[0]
    # "Cllrs Dobson and Quarrie": a plural title before surnames names people.
    if _LONE_HANDLE.match(line) or _HANDLE_THEN_NAME.match(line):
        return True  # "- @annlee", "@ingridsolberg (Ingrid Solberg, Chair), ...": people by their handles
    plural = PLURAL_TITLE.match(first + " ")
    return bool(first) and (looks_like_name(first) or is_organisation(first) or bool(re.match(r"^[A-Z]{2,4}\b", first))
                            or bool(plural) and first[plural.end():][:1].isupper() or name_then_post(first)
                            or name_and_initials(first) is not None or post_then_titled(prose(unboxed)))


# "People present (lines said)" over "* dwilczek (61)": a chat meeting bot's roll (MeetBot's summary),
# each nick with the number of lines it said; a nick ending in "bot" is the bot itself, no one.
_LINES_SAID = re.compile(r"(?i)^\W*people\s+present\s*\(lines\s+said\)\W*$")
# (A numbered list in the bot's web page; a Matrix ID for a nick: "@salimma:fedora.im (12)".)
_NICK_SAID = re.compile(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+(?P<nick>@?[A-Za-z_\[\]{}^`|][\w\[\]{}^`|.:-]{0,63})\s+\(\d{1,6}\)\s*$")


def lines_said(lines: list[str], start: int) -> tuple[list[Person], int] | None:
    """The people a chat meeting bot's roll names under its "People present (lines said)" heading, and
    the index after them; None when `start` opens no such roll."""
    if "said" not in lines[start] or "lines said" not in lines[start].lower() or not _LINES_SAID.match(lines[start]):
        return None
    people: list[Person] = []
    index = start + 1
    while index < len(lines) and (not lines[index].strip() and not people or set(lines[index].strip()) <= set("-=")):
        index += 1  # the blank line or the underline under the heading
    while index < len(lines) and (said := _NICK_SAID.match(lines[index])):
        if not said["nick"].split(":")[0].lower().endswith("bot"):
            people.append(Person(name=said["nick"]))
        index += 1
    return (people, index) if people else None

