"""Roll tables read from text, their columns run together: rows ending in a status ("Cllr Priti Lal
Present"), a register's coded rows under a key, numbered rows with a bracketed status, and two
columns of people run together on each line."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.agenda import is_heading
from minutes.attendance_headings import attendance_label, names_one_person, next_filled, opens_with_person
from minutes.attendance_keys import DEPUTY, key_in
from minutes.attendance_people import DASH
from minutes.attendance_status import status_label
from minutes.people import Person, looks_like_name, opens_with_titled_name, read_person
from minutes.roll import APOLOGIES, Attendance, Label, PRESENT, record
from minutes.vocabulary import has_title, is_role


# "Cllr Priti Lal Present", "Cllr Graham Noakes Apologies": a roll whose status column PDF text
# ran into each name, under a header such as "Members Attendance" or "Name Status".
_STATUS_ROW = re.compile(r"^\s*(?:[-*•]\s+)?(?P<who>\S.*?)\s+(?:[-–—]\s+)?(?P<status>present|apologies(?:\s+received)?|absent"
                         r"|in\s+attendance|not\s+in\s+attendance|not\s+present|did\s+not\s+attend|excused"
                         r"|joined\s+remotely|attended\s+(?:remotely|virtually|online)|remote|virtual)"
                         r"(?:\s*\([^()]*\))?\s*$", re.IGNORECASE)
# A roll's row is a name, perhaps a post, and a status: a longer line is no row of it (and the pattern,
# trying each place a name may end, would take time growing with the square of a long line's gaps).
_STATUS_ROW_LENGTH = 300
_STATUS_WORDS = ("present", "apolog", "absent", "attendance", "attend", "excused", "remote", "virtual")
_STATUS_HEADER = re.compile(r"^\s*(?:members?|names?|attendees?|councillors?|governors?|trustees?|directors?)\s+"
                            r"(?:attendance|status|present)\s*:?\s*$", re.IGNORECASE)


def status_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A header naming a roll ("Members Attendance", or an attendance heading alone: "ROLL CALL")
    over rows that each end in the person's status, after a gap or dot leaders; at least two
    such rows. Returns the index after them."""
    if len(lines[start]) > 40 or not lines[start].strip():
        return None
    index = next_filled(lines, start + 1) or start + 1
    row = lines[index].lower() if index < len(lines) else ""
    if not any(word in row for word in _STATUS_WORDS):  # cheaply first: the first row must say a status
        return None
    if not (_STATUS_HEADER.match(lines[start]) or (
            (labelled := attendance_label(lines[start])) and not labelled[1].strip())):
        return None
    rows: list[tuple[Label, Person]] = []
    while index < len(lines) and len(lines[index]) <= _STATUS_ROW_LENGTH and (match := _STATUS_ROW.match(lines[index])):
        person = read_person(match["who"])
        label = status_label(match["status"])
        if person is None or label is None:
            break
        rows.append((label, person))
        index += 1
    return _recorded(rows, index, found)


def _recorded(rows: list[tuple[Label, Person]], end: int, found: Attendance) -> int | None:
    """A roll of rows is one only with at least two of them: then each is recorded and the index
    after the roll (`end`) returned; else nothing is recorded and None returned."""
    if len(rows) < 2:
        return None
    for label, person in rows:
        record(found, label, [person])
    return end


# "Key: P = present, A = apologies, D = deputy attended, X = not present": a key (see `table_key`)
# to the letters a register's status column uses, over rows that each end in one.
_KEY_LINE = re.compile(r"^\s*key\s*:", re.IGNORECASE)
_CODED_ROW = re.compile(r"^\s*(?P<who>\S.*?)\s+(?P<code>[A-Z]{1,2})(?:\s+[-–—]\s+(?P<deputy>\S.*))?\s*$")


def coded_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A key to a register's status letters over rows that each end in one, as a PDF register
    reads out ("Grainne Hollis Director of Nursing P"): the letter says whether the person was
    there; a deputy named after a dash ("D - Dr Owen Pryce, Deputy Medical Director") came in
    their place. At least two rows; a header row ("Member Designation P/A/D") is passed over.
    Returns the index after the rows."""
    if not _KEY_LINE.match(lines[start]):
        return bracketed_rows(lines, start, found) if lines[start].count("(") >= 2 else None
    codes = {mark.upper(): label for mark, label in key_in([lines[start]]).items() if mark.isalpha()}
    if len(codes) < 2:
        return None
    index = start + 1
    if index < len(lines) and "/" in lines[index] and not _CODED_ROW.match(lines[index]):
        index += 1  # the register's own header row
    rows: list[tuple[Label, Person]] = []
    while index < len(lines) and (match := _CODED_ROW.match(lines[index])) and match["code"] in codes:
        label, person = codes[match["code"]], read_person(match["who"])
        if person is None:
            break
        if label is DEPUTY:
            deputy = read_person(match["deputy"] or "")
            if deputy is not None:
                rows.append((Label(PRESENT, "member"), replace(deputy, in_place_of=person.name)))
        else:
            rows.append((label, person))
        index += 1
    return _recorded(rows, index, found)


_NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+")
_SUBSTITUTE_LINE = re.compile(r"(?i)^\s*(?:substitute|deputy|represented\s+by)\s*:\s*(?P<who>\S.*)$")


def bracketed_rows(lines: list[str], start: int, found: Attendance) -> int | None:
    """A key of bracketed marks ("(P) present  (S) substitute present  (Ap) apologies  (-) not
    present") over a membership roll whose rows each end in one after dot leaders
    ("1. Councillor Ann Lee - Leader of the Council ...... (P)"), perhaps under rows naming
    their group ("Elected members", "NHS"), a substitute's line under the member they stood in
    for ("Substitute: Bob Hall, Assistant Director"). At least two rows. Returns the index after
    the roll, or None when the line is no such key."""
    key = {mark: label for mark, label in key_in([lines[start]]).items() if mark.startswith("(")}
    if len(key) < 2:
        return None
    read: list[tuple[Label, Person]] = []
    index, group, member = next_filled(lines, start + 1) or start + 1, None, None
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        cells = [cell.strip() for cell in line.split("\t")]
        said = _SUBSTITUTE_LINE.match(line)
        if said and member is not None and (deputy := read_person(said["who"])) is not None:
            read.append((Label(PRESENT, "member"), replace(deputy, in_place_of=member.name)))
        elif len(cells) >= 2 and cells[-1] in key:
            person = _entry_person(_NUMBERED.sub("", cells[0]))
            if person is None:
                break
            label = key[cells[-1]]
            if group and not person.organisation:
                person = replace(person, organisation=group)
            read.append((Label(APOLOGIES) if label is DEPUTY else label, person))
            member = person if label is DEPUTY else None
        elif len(cells) == 1 and len(line.split()) <= SPANNING_WORDS and not line.rstrip().endswith((".", ":")) \
                and not names_one_person(line):
            group = line.strip()  # "Officers of the Council": the group of the rows below
        else:
            break
        index += 1
    return _recorded(read, index, found)


def _entry_person(text: str) -> Person | None:
    """A roll entry's person, named first ("Councillor Ann Lee - Leader of the Council") or after
    their post and body ("Vale CVS, Chief Officer - Bob Hall")."""
    left, dash, right = text.rpartition(" - ")
    if dash and not opens_with_titled_name(left) and (opens_with_titled_name(right) or names_one_person(right) and (
            "," in left or is_role(left.strip()) or not opens_with_person(left))):
        named = read_person(right)
        return replace(named, role=named.role or left) if named is not None else None
    return read_person(text)


# "Trevor Amb - Lay Member, Chair Dr Zainab Far - LMC Secretary": where the right-hand
# column's person starts, a name (perhaps titled) before its dash.
_SECOND_COLUMN = re.compile(r"(?<=\S)\s+(?=(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof|Professor|Rev|Revd)\.?\s+)?"
                            r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+[-–—]\s+\S)")


def _plain_cut(line: str) -> int | None:
    """Where a row of two columns of people without dashes parts: after the left entry's
    bracket ("Ann Lee (Chair) Dee Ott, Deputy CFO"), before a title, or after a two-word name
    followed by another ("Bob Marsh Eli Parr, Head of Planning"). A row holding one person
    alone is the left column's (its end); None when the row is no such row."""
    text = line.rstrip()
    bracket = re.search(r"\)\s+(?=[A-Z])", text)
    if bracket and read_person(text[: bracket.start() + 1]) is not None and read_person(text[bracket.end():]):
        return bracket.end()
    words = text.split()
    for size in (2, 3):
        left, right = " ".join(words[:size]), " ".join(words[size:])
        if len(words) > size and looks_like_name(left) and (opens_with_titled_name(right) or looks_like_name(
                re.split(r"\s*[,(]", right)[0])) and read_person(right) is not None:
            return len(line) - len(line.lstrip()) + len(left) + 1
    return len(line) if "," not in text and read_person(text) is not None and looks_like_name(
        re.sub(r"\s*\([^()]*\)", "", text)) else None


def columns_run_together(lines: list[str], start: int, found: Attendance) -> int | None:
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
        if re.fullmatch(r"(?i)present|attending|attended", " ".join(words[cut:])):
            continue  # "Partnership members present": one heading, its last word saying they were there
        if left and right and not left[1].strip() and not right[1].strip():
            labels = left[0], right[0]
            break
    if labels is None:
        return None
    rows: list[tuple[Person | None, Person | None]] = []
    index = start + 1
    while index < len(lines) and lines[index].strip() and not attendance_label(lines[index]) and not is_heading(lines[index]):
        line = lines[index]
        if "\t" in line.strip():
            break  # a row with its cells apart is a table's, read as one
        cuts = [m.start() for m in _SECOND_COLUMN.finditer(line)]
        if not cuts or DASH.search(line) is None:
            cut = _plain_cut(line)
            if cut is None:
                break
            rows.append((read_person(line[:cut]), read_person(line[cut:]) if cut < len(line) else None))
            index += 1
            continue
        cut = cuts[-1]
        if len(cuts) > 1 and has_title(line[:cut].split()[-1] + " X"):
            cut = cuts[-2]  # "... Chair Dr Zara Faro - ...": the title opens the right-hand entry
        rows.append((read_person(line[:cut]), read_person(line[cut:])))
        index += 1
    if not rows:
        return None
    for left_person, right_person in rows:
        record(found, labels[0], [left_person] if left_person else [])
    for left_person, right_person in rows:
        record(found, labels[1], [right_person] if right_person else [])
    return index


SPANNING_WORDS = 10
