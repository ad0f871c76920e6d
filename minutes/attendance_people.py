"""The people in an attendance block's lines: names with organisations and posts written inline,
one a line, in two columns side by side, as tables, or as PDF text that broke a row."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.attendance_run_together import names_apart, posts_held_apart
from minutes.normalise import prose
from minutes.people import (
    Person,
    initials_roll,
    is_organisation,
    looks_like_name,
    name_and_initials,
    names_then_organisations,
    read_person,
    split_people,
    split_outside_brackets,
    initials_fit,
    initials_last,
    ends_with_own_initials,
    opens_with_titled_name,
)
from minutes.vocabulary import NOT_NAME_WORDS, POST_OPENERS, TITLE_RE, TITLE_WORDS, TITLES, has_title, is_role, strip_title


NOBODY = re.compile(r"^(?:none|nil|n/?a|no apologies|none received|-)\.?$", re.IGNORECASE)
ROLE_HEADINGS = {"role", "title", "position", "job title", "designation"}
HEADER_CELLS = {"name", "names", "organisation", "organization", "member", "members", "councillor", "councillors",
                "representing", "attendee", "attendees", "agency", "initials", "team", "department",
                "directorate", "service", "body", "affiliation"} | ROLE_HEADINGS
DASH = re.compile(r"\s+[-–—]\s+")
# Words a roll table's header cells are made of ("Names Present at Meeting", "Role and
# organisation", "Contact details"): each cell names what its column holds.
_HEADER_CORE = {word for cell in HEADER_CELLS for word in cell.split()} | {
    "contact", "details", "email", "e-mail", "phone", "telephone", "job", "post", "status", "attendance"}
_HEADER_WORDS = _HEADER_CORE | {"and", "or", "of", "at", "the", "meeting", "present", "attended", "attending",
                                "in", "on", "behalf", "full", "first", "last", "surname", "number", "no"}


def header_row(cells: list[str]) -> bool:
    """Whether a row's filled cells are a roll table's column headings: the exact ones
    ("Name | Role"), or short headings made only of such words ("Names Present at Meeting")."""
    filled = [cell.strip().lower().rstrip(":") for cell in cells if cell.strip()]
    if not filled:
        return False
    if set(filled) <= HEADER_CELLS:
        return True
    for cell in filled:
        words = re.findall(r"[a-z][a-z-]*", cell)
        if not words or len(words) > 6 or not set(words) <= _HEADER_WORDS or not set(words) & _HEADER_CORE:
            return False
    return True
_LEADING_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)
PLURAL_TITLE = re.compile(
    r"^\s*(?P<area>(?:County|Borough|City|District|Town|Parish)\s+)?"
    r"(?P<title>Councillors|Cllrs\.?|Deputies|Senators|Aldermen|Drs\.?"
    # "Governors Keith Samways (Hull) and Lorraine Bell": the body's word for its members, no title.
    r"|(?:Governors|Trustees|Directors|Members)(?=\s+(?-i:[A-Z])))(?:\s+[-–:]|:)?\s+"  # "Councillors - Ann Bell, ..."
)
_SINGULAR_TITLES = {"councillors": "{area}Councillor", "cllrs": "Cllr", "cllrs.": "Cllr", "deputies": "Deputy",
                    "senators": "Senator", "aldermen": "Alderman", "drs": "Dr", "drs.": "Dr",
                    "governors": "", "trustees": "", "directors": "", "members": ""}
# A line cut inside an entry: it ends in a title ("Cllr", "Dr") or with a name's first word alone.
_BROKEN_END = re.compile(r"(?:,|;)\s*(?:[A-Z][\w'’.-]*\s+){0,2}(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev"
                         r"|Revd|Supt|Insp|Sgt|PC|PCSO|DCI|DI|DS|Deputy|Senator|Sir|Dame|Lord|Lady|Chief)\.?\s*$")
_OPEN_END = re.compile(r"(?:,|\band|&)(?:\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|some))?\s*$",
                       re.IGNORECASE)
SUBHEADING = re.compile(r"^\s*(?:[-*•]\s+)?[A-Z][\w'’ ()-]{0,40}:\s*$")
NAME_INITIALS_LINE = re.compile(r"^\s*(?:[-*•]\s+)?(?P<name>[^()\t,;]{3,60}?)\s*\((?P<short>[A-Za-z@][\w.@-]{1,12})\)")
# "North Riding ICB: Dr Ann Lee, Jo Bell", "Suppliers (observers): ...": a body or kind, then its people.
# ("Community/Voluntary: Ms Ann Lee (PPN)": two kinds joined by a slash.)
GROUP_COLON = re.compile(r"^(?P<head>[A-Z][\w'’.&-]*(?:/[A-Z][\w'’.&-]*)?(?:\s+[\w'’.&/-]+){0,4}(?:\s*\([^()]{1,40}\))?)\s*:\s*(?P<tail>\S.*)$")


# "Directors of Service", "Senior Executive Officers": a post's name made plural on its first word or its last.
_PLURAL_POST = re.compile(r"^(?P<first>[A-Z][a-z]+?)s(?P<rest>(?:\s+(?:of|for)\s+.*)?)$|^(?P<head>.*\S)s$")


def post_named(head: str) -> str | None:
    """The post a roll line's words before a colon name ("Chief Executive", "Directors of Service" ->
    "Director of Service", "Senior Executive Officers" -> "Senior Executive Officer"), or None when
    they name no post. Irish councils' rolls of officials give each post, then its holders."""
    head = head.strip()
    if len(head) > 60:
        return None
    if is_role(head):
        return head if _post_first(head) or not is_organisation(head) else None
    plural = _PLURAL_POST.match(head) if " " in head else None  # ("Members", "Officers" alone: kinds, not posts)
    if plural is None:
        return None
    single = f"{plural['first']}{plural['rest'] or ''}" if plural["first"] else plural["head"]
    return single if is_role(single) and (_post_first(single) or not is_organisation(single)) else None


def _post_first(words: str) -> bool:
    """Whether words open with a post's own word ("Director of Services"), not a body's ("Office of ...")."""
    return words.split()[0].lower() in POST_OPENERS


# "In the room", "Online": how the people under it joined, a sub-heading whatever follows it.
HOW_JOINED = re.compile(r"(?i)(?:present\s+|attending\s+|joined\s+)?(?:in\s+(?:the\s+)?(?:room|person|chamber|hall)|online"
                        r"|remote(?:ly)?|virtual(?:ly)?|(?:on|via)\s+(?:teams|zoom|the\s+call)|by\s+(?:phone|video))\s*:?")


_WIDE_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def read_block(block: list[str], known_orgs: set[str], roles_at: list[int | None]) -> list[Person]:
    block = [line for line in block if line.strip()]
    if len(block) == 1 and "\t" not in block[0].strip():
        block = [names_apart(posts_held_apart(block[0]))]  # "Tom Ashby (Chair) Rae Linden Gwen Odum": names run together, parted
    if any("\t" in line.strip() for line in block):
        # "Dr Tom Wise (TW)  Consultant Physician" among rows whose cells a tab parts: a wide gap parts them too.
        block = [line if "\t" in line.strip() else _WIDE_GAP.sub("\t", line, count=1) for line in block]
    block = _initialled_entries(_described_lines(_surnames_cased(block)))
    rows = _names_then_posts(_paired_lines(_unbroken([_titled_then_post(_colon_aligned(line)) for line in block])))
    name_column = _name_column(rows)
    role_column = roles_at[0] = _role_column(rows, roles_at[0])
    people: list[Person] = []
    with initials_roll(rows):
        people.extend(_block_rows(rows, name_column, role_column, known_orgs))
    known_orgs.update(p.organisation.lower() for p in people if p.organisation)
    return people


# "Ann LEE (Chair)", "Cllr Bob RAY", "Alasdair McBRYDE", "Anne-Marie LEE", "Mary Ann Jo LEE", "Ann J. LEE": one to three
# given names (or a double-barrelled one) and an initial, then a surname in capitals (with a vowel, so no body's
# letters: "Kent NHS"), where an entry ends: at a bracket, comma, semicolon, "and", a wide gap or the end.
_MAC = r"Ma?c"
_CAPITALS_SURNAME = re.compile(rf"(?<![\w'’-])(?P<given>[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){{0,2}}[ ]+(?:[A-Z]\.?[ ]+)?)"
                               rf"(?P<surname>(?:{_MAC})?(?=[A-Z'’-]*[AEIOUY])[A-Z][A-Z'’-]{{2,20}})(?=[ ]*(?:[(,;\t]|$)|[ ]{{2,}}|[ ]+and[ ])")
_BRACKET_TO_END = re.compile(r"(?:[ ]*\([^()]*\))?$")


def capital_surname(cell: str) -> bool:
    """ "Kirsty DALGLEISH", "Alasdair McBRYDE (Chair)": a cell that is a name whose surname is written in capitals
    (and perhaps a bracket after it), as `_CAPITALS_SURNAME` reads one in a line."""
    said = _CAPITALS_SURNAME.match(cell) if len(cell) <= 80 else None
    return said is not None and _BRACKET_TO_END.match(cell, said.end()) is not None


# The fewest surnames in capitals that show a roll writes them so.
_CAPITALS_SHOWN = 2


def _surnames_cased(block: list[str]) -> list[str]:
    """ "Cllr Ann LEE (Chair)    Cllr Bob RAY" over "Cllr Cai FOX": a roll that writes each surname in capitals,
    as Scottish and some English councils do, given its surnames in the usual case ("Bob Ray"), so that they
    read as names and not as initials or a body's letters. Only when the block shows the style more than once."""
    shown = sum(1 for line in block if len(line) < 2000 for match in _CAPITALS_SURNAME.finditer(line) if _opens_entry(match))
    if shown < _CAPITALS_SHOWN:
        return block
    return [_CAPITALS_SURNAME.sub(lambda m: m["given"] + _cased_unless_initials(m), line) if len(line) < 2000 else line
            for line in block]


def _opens_entry(match: re.Match) -> bool:
    """Whether the given name opens an entry: at the line's start or a bullet, after a comma, semicolon,
    bracket, tab or wide gap, or after a title ("Cllr"); not inside a body's name ("NHS Southvale ICB",
    "Head of Halberton PDU")."""
    before = match.string[: match.start("given")]
    if not before.strip() or before.endswith(("  ", "\t")) or before.rstrip()[-1:] in ",;(-–•*:":
        return True
    last = before.split()[-1]
    return has_title(f"{last} X")


def _cased_unless_initials(match: re.Match) -> str:
    """The surname in the usual case, unless the capitals are the initials of the words before them ("Jane
    Ann Ewing JAE": her own initials, as some rolls give them), or the name opens no entry."""
    before = match.string[: match.start("surname")].split()[-4:]
    initials = "".join(word[0] for word in before if word[:1].isupper())
    if match["surname"] in initials or not _opens_entry(match):
        return match["surname"]
    return _usual_case(match["surname"])


def _usual_case(surname: str) -> str:
    """ "RAY" -> "Ray", "McBRYDE" -> "McBryde", "O'HARE" -> "O'Hare"."""
    prefix = re.match(rf"{_MAC}(?=[A-Z])", surname)
    head = prefix[0] if prefix else ""
    return head + re.sub(r"[A-Z]+", lambda m: m[0][0] + m[0][1:].lower(), surname[len(head):])


# The fewest lines a one-a-line roll has before its lines' shared form says what each comma parts.
_DESCRIBED_LINES = 3


def _described_lines(block: list[str]) -> list[str]:
    """ "Bryce Galloway, Licensing Co-ordinator" over "Ishbel Frame, Committee Services Officer" over
    "Rona Hepburn, Senior Solicitor": a roll of one person a line, each line a name, a comma and what
    they are. When every line with a comma is so, and most lines' words after it are a known post or
    body, the words after every line's comma describe its person ("Senior Solicitor", "Healthwatch
    Westerdale") even where no vocabulary knows them; such lines are given a dash for the comma."""
    if len(block) < _DESCRIBED_LINES or any("\t" in line.strip() or len(line) > 200 for line in block):
        return block
    pairs: dict[int, tuple[str, str]] = {}
    for at, line in enumerate(block):
        if "," not in line:
            continue
        parts = split_outside_brackets(_BULLET_MARK.sub("", line).strip(), ",;")
        if len(parts) != 2 or ";" in line or re.search(r"\b(?:and|&)\b", parts[0]):
            return block
        name, about = parts[0].strip(), parts[1].strip().rstrip(".")
        bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
        if not about or has_title(about) or re.search(r"\b(?:and|&)\s+(?:" + TITLE_WORDS + r")\b", about) or not (
                looks_like_name(bare) or opens_with_titled_name(bare)):
            return block
        pairs[at] = (name, about)
    described = sum(1 for _, about in pairs.values() if about[:1].islower() or is_role(about) or is_organisation(about))
    if len(pairs) < 2 or 2 * described < len(pairs) or described == len(pairs):
        return block  # (when every line's words are known already, the lines are read as they always were)
    return [f"{_BULLET_MARK.match(line)[0] if _BULLET_MARK.match(line) else ''}{pairs[at][0]} - {pairs[at][1]}"
            if at in pairs else line for at, line in enumerate(block)]


_BULLET_MARK = re.compile(r"^\s*[-*•]\s+")


def _block_rows(rows: list[str], name_column: int | None, role_column: int | None, known_orgs: set[str]) -> list[Person]:
    """The people a block's rows name, row by row: table rows, side-by-side pairs and plain lines."""
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
    return people


# "(CE)", "(KMo)", "(MWh)" after a name: the initials a roll gives each person.
_INITIALS_BRACKET = re.compile(r"\((?P<initials>[A-Z][A-Za-z]{1,4})\)")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|O['’][A-Z][\w'’-]*|Mc[A-Z][\w'’-]*)$")
# The most words of a name before its initials, and of the entries one line may run together.
_NAME_WORDS_BEFORE = 4
_MOST_INITIALLED = 60


def _initialled_entries(block: list[str]) -> list[str]:
    """ "Christina Ede (CE) : Non-Executive Director (Chair) Peter Boyd (PB) : Director of Nursing":
    a roll whose entries each open with a name and the initials it is known by, run together on a
    line as PDF text flattens a table's cells (NHS committees' rolls). Each entry is parted from the
    next at the next name with its initials, and a line that opens with no such name carries on
    the entry above ("CCGs (item 13)"). Unless some line holds two such entries, each line stays
    whole."""
    starts = [_initialled_starts(line) for line in block]
    # (A line whose entries commas, semicolons or "and" already part is read as it is.)
    starts = [[] if any(_PARTED.search(line[:at]) for at in found[1:]) else found for line, found in zip(block, starts)]
    if not any(len(found) >= 2 for found in starts):
        # ("Dee Ott (DO) : Head of Quality" alone: its post after a colon all the same.)
        return [_INITIALS_COLON.sub(r"\g<1> – ", line) if found else line for line, found in zip(block, starts)]
    entries: list[str] = []
    for line, found in zip(block, starts):
        if found and found[0] > 0 and not line[: found[0]].strip():
            found = [0] + found[1:]
        cuts = ([0] if not found or found[0] > 0 else []) + found + [len(line)]
        for at, (start, end) in enumerate(zip(cuts, cuts[1:])):
            part = _INITIALS_COLON.sub(r"\g<1> – ", line[start:end].strip())
            if not part:
                continue
            if at == 0 and (not found or start < found[0]) and entries and not part.endswith(":"):
                entries[-1] = f"{entries[-1]} {part}"  # the entry above, carried on
            else:
                entries.append(part)
    return entries


_PARTED = re.compile(r"(?:[,;]|\b(?:and|&))\s*$")
# "(CE) : Non-Executive Director": the initials, then the post after a colon.
_INITIALS_COLON = re.compile(r"(\([A-Z][A-Za-z]{1,4}\))\s*:\s+")


def _initialled_starts(line: str) -> list[int]:
    """Where each name followed by initials that fit it starts on a line ("Peter Boyd (PB)"; a title
    before the name is part of it)."""
    if "(" not in line:
        return []
    starts: list[int] = []
    for bracket in _INITIALS_BRACKET.finditer(line):
        if len(starts) >= _MOST_INITIALLED:
            break
        before = line[max(0, bracket.start() - 120): bracket.start()]
        words = list(re.finditer(r"\S+", before))[-_NAME_WORDS_BEFORE:]
        for size in range(2, len(words) + 1):
            chosen = words[-size:]
            if not all(_NAME_WORD.match(word.group()) for word in chosen):
                break
            name = " ".join(word.group() for word in chosen)
            if initials_fit(bracket["initials"], name) and looks_like_name(name):
                start = bracket.start() - len(before) + chosen[0].start()
                # ("Dr Anil Bascombe (AB)": a title before the name is part of it.)
                title = re.search(r"(?:^|\s)(?P<title>" + TITLE_WORDS + r")\.?\s+$", line[:start])
                starts.append(title.start("title") if title else start)
                break
    return starts


_TITLED_NAME_THEN = re.compile(r"^\s*(?P<name>(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?\s+"
                               r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?P<post>[A-Z].*)$")


def _titled_then_post(line: str) -> str:
    """ "Mr Andrew Lusby Director of Corporate Governance / Trust Secretary (DCG)", "Ms Ruth Abara
    Freedom to Speak Up Guardian": a roll of titled names each followed by a post, the columns'
    gap lost; a title and two words are the name, and whatever follows is their post."""
    if "\t" in line or "," in line or DASH.search(line) or read_person(line) is not None:
        return line
    titled = _TITLED_NAME_THEN.match(line)
    if titled is None or not looks_like_name(titled["name"]):
        return line
    return f"{titled['name']} - {titled['post']}"


def _colon_aligned(line: str) -> str:
    """ "An Garda Síochána:<tab>Chief Supt Orla Keating, Supt Brian Tuohy", "Office of the PCC:<tab>Mr Bo
    Ray (Policy Officer)": a group's name and its people (a list, or one), aligned with the others by
    spaces; no table row."""
    head, sep, tail = line.partition(":\t")
    return f"{head}: {tail}" if sep and "\t" not in head + tail else line


def _side_by_side(line: str) -> list[Person]:
    """ "Jo Bell (Chair) | Ann Lee (Anytown CVS)": a list set out in columns, a person in each
    cell of the row. Empty when any cell opens with something other than a person's name."""
    cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
    if len(cells) < 2:
        return []
    for cell in cells:
        head, *described = re.split(r"\s*[,(]|\s+[-–—]\s+", cell, maxsplit=1)
        # A titled name, or a name with its description: "Anytown Council" beside a name is their body.
        # ("District Councillor (until 7.40pm)" beside a name: a title alone is the post of the person before.)
        # ("Councillor Ruth Amory" beside "Councillor Neil Dargie": a title that is also a header cell's word is a title.)
        if not looks_like_name(head) or is_role(strip_title(head)) or {w.lower() for w in strip_title(head).split()} & HEADER_CELLS \
                or not TITLE_RE.sub("", head.strip() + " ").strip() \
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
    """ "Adam Yelland", "Julia Dorne" then "Interim Chair", "Director of Finance": a two-column
    table of names and posts that PDF text gave column by column. When the names are followed
    by as many posts, each name takes the post in the same place."""
    posts = [index for index, line in enumerate(rows) if "\t" not in line and post_only(line)]
    if len(posts) < 2 or posts != list(range(len(rows) - len(posts), len(rows))) or len(posts) * 2 != len(rows):
        return rows
    names = rows[: len(posts)]
    if not all(_bare_name(line) and not post_only(line) for line in names):
        return rows
    return [f"{name.strip()}, {rows[at].strip()}" for name, at in zip(names, posts)]


def post_only(line: str) -> bool:
    """A post with no one's name: "Interim Chief Executive Officer", "Non-Executive Director"."""
    text = prose(line)
    first = text.split()[0].lower() if text.split() else ""
    head, colon, tail = text.partition(":")
    if colon and tail.strip() and read_person(tail.strip()) is not None and looks_like_name(strip_title(tail.strip())):
        return False  # "Chief Executive: Brendan Hogan": the post, then its holder
    return is_role(text) and not has_title(text) and (first in POST_OPENERS or is_role(first))




def _bare_name(line: str) -> bool:
    """A person alone on a line, perhaps with a bracket ("Dawn Merriweather (Chair)")."""
    text = prose(re.sub(r"\([^()]*\)", " ", line))
    return "," not in text and not DASH.search(text) and looks_like_name(text)


def _organisation_only(line: str) -> bool:
    return is_group_heading(prose(line))


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
    if not filled or header_row(filled):
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
        if person is not None and rest and not has_title(name) and opens_with_titled_name(rest.split("\t")[0]):
            # "Westbrook Surgery | Dr Tom Hal (TH) - GP Partner": the body, then the titled person from it.
            holder = read_person(rest)
            person = person if holder is None else replace(
                holder, organisation=name, role=", ".join(filter(None, (holder.role, holder.organisation))) or None)
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
        if len(filled) >= 2 and header_row(filled):
            return next((i for i, cell in enumerate(cells) if cell in ROLE_HEADINGS), None)
    return earlier


def _without_role_cell(cells: list[str], role_column: int | None) -> tuple[list[str], str | None]:
    """The row's cells with the role cell emptied, and the role it held."""
    if role_column is None or role_column >= len(cells) or not cells[role_column].strip():
        return cells, None
    role = cells[role_column].strip()
    if header_row(cells):
        return cells, None
    return cells[:role_column] + [""] + cells[role_column + 1 :], role


def _plain_line(line: str, group: str | None, known_orgs: set[str]) -> tuple[str | None, list[Person]]:
    # "..., District Councillor J. Marsh and" over "four members of the public.": the list's last
    # person is named before the break; what follows is no one.
    text = _OPEN_END.sub("", prose(line)).rstrip()
    if NOBODY.match(text) or set(text.lower().replace(":", " ").split()) <= HEADER_CELLS:
        return group, []  # nobody, or a table's header row whose cells PDF text ran together
    if post_only(text):
        return group, []  # a post alone on its line ("Non-Executive Director") is no one
    head, colon, tail = text.partition(":")
    if colon and tail.strip() and "," in head and ";" not in head and (parted := _kind_after_list(head)):
        # "Dan Wise (Head of Data, DWP), Eve Fox (Adviser), Panel secretariat: Ola Ajayi, Gil Penn": a list of
        # people, then a kind of people and theirs, in one paragraph.
        before, kind = parted
        return group, _plain_line(before, group, known_orgs)[1] + _plain_line(f"{kind}: {tail}", group, known_orgs)[1]
    if colon and not tail.strip() and SUBHEADING.match(text) and HOW_JOINED.fullmatch(head.strip() + ":"):
        return group, []  # "On Teams:" over those who joined that way: no one, and no body of theirs
    if colon and not tail.strip() and SUBHEADING.match(text) and not looks_like_name(head):
        return head.strip(), []  # "An Garda Síochána:" over its people
    if colon and GROUP_COLON.match(text) and (post := post_named(head)):
        # "Meetings Administrator: Ms. Orla Nestor.", "Directors of Service: Ann Lee, Bob Ray": a post, then
        # whoever holds it.
        return group, [replace(person, role=person.role or post, organisation=None if person.organisation == head.strip()
                               else person.organisation) for person in _people_in(tail, group, known_orgs)]
    if colon and (not looks_like_name(head) or KIND_END.search(head) or is_organisation(head)) and (
            is_organisation(head) or GROUP_COLON.match(text)):
        return group, _people_in(tail, head if is_organisation(head) or head.istitle() else group, known_orgs)
    if (pair := _initials_pair(text)) is not None:
        # "Cllr Rashid Kanu RK Cllr Paula Yardley PY": two columns of a roll, each a name and its
        # initials, run onto one line by PDF text.
        return group, [person for part in pair if (person := initials_last(part)) is not None]
    if (person := initials_last(text)) is not None:
        return group, [person]
    if name_and_initials(text) is not None and (person := read_person(text, group)) is not None:
        return group, [person]  # "Lara Nazari LN Chief People Officer": one row of a table read out
    if is_group_heading(text):
        return text, []
    return group, _people_in(text, group, known_orgs)


def _kind_after_list(head: str) -> tuple[str, str] | None:
    """The people before the last comma outside brackets, and the kind of people or post after it (a few
    words naming no one: "Panel secretariat", "Observers"), when the words before a colon end so."""
    depth, cut = 0, -1
    for at, char in enumerate(head):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            cut = at
    kind = head[cut + 1:].strip() if cut > 0 else ""
    if not 1 <= len(kind.split()) <= 4 or looks_like_name(kind) and not KIND_END.search(kind) or not (
            is_role(kind) or KIND_END.search(kind) or PEOPLE_KIND.search(kind)):
        return None
    return head[:cut], kind


_TITLE_AFTER_INITIALS = re.compile(r"(?<=\s[A-Z]{2})(?:[A-Z]{1,2})?\s+(?=(?:" + TITLE_WORDS + r")\.?\s+[A-Z])")


def _initials_pair(text: str) -> tuple[str, str] | None:
    """A line of two roll entries side by side, each a titled name and its own initials, split in two."""
    for cut in _TITLE_AFTER_INITIALS.finditer(text) if " " in text else ():
        first, second = text[: cut.start()] + text[cut.start(): cut.end()].rstrip(), text[cut.end():]
        if initials_last(first) is not None and initials_last(second) is not None:
            return first.strip(), second.strip()
    return None


def is_group_heading(text: str) -> bool:
    """ "Oldham Council" alone on a line, with its people listed under it."""
    # "Supt Ruth Garside – Fernshire Police" ends like a body but opens with a person.
    head = DASH.split(text)[0]
    return (
        len(text.split()) <= 6
        and not any(mark in text for mark in ",;()")
        and is_organisation(text)
        and not looks_like_name(text)
        and not looks_like_name(head)
    )


# ", Councillors Philip Armitage, Nora Beckwith and ...": a plural title part way along a comma list opens a part
# of its own, its title each name's.
# So too "Aldermen" in a Northern Irish council's roll ("Alderman J Corry (Chair), Aldermen McKeown and Devlin, ...").
# So too after "and": "the Mayor and Councillors Parrott and Lyle".
_PLURAL_MIDWAY = re.compile(r"(?:,|\s+and|\s*&)\s+(?=(?:(?:County|Borough|City|District|Town|Parish)\s+)?(?:Councillors|Cllrs\.?|Aldermen)\s+[A-Z])")


def _people_in(text: str, group: str | None, known_orgs: set[str]) -> list[Person]:
    """The people one line of a roll names ("Cllrs A Lee, B Ray; Mr C Dee (Clerk)"); in a list written
    initial first ("A Platten, K Scott, S Frake") a lone "A" is an initial."""
    with initials_roll(re.split(r"[,;]|\s+and\s+", text)):
        return _people_in_line(text, group, known_orgs)


def _people_in_line(text: str, group: str | None, known_orgs: set[str]) -> list[Person]:
    if "ouncillors" in text or "Cllrs" in text or "Aldermen" in text:
        text = _PLURAL_MIDWAY.sub("; ", text)
    text, title = _shared_title(text)
    if title == "" and (surnames := _surnames_alone(text, group)):
        return surnames
    parts = text.split(",")
    if len(parts) > 1 and ";" not in text and DASH.search(parts[0]) and not any(
            DASH.search(part) or has_title(part.strip()) for part in parts[1:]):
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
        if ";" in text and ":" in entry and (grouped := GROUP_COLON.match(entry.strip())) and (
                KIND_END.search(grouped["head"]) or is_role(grouped["head"])):
            # "Cllrs A Lee, B Ray; Officers: D Hill (Clerk)": a kind of people and its colon opening a part.
            entry, title = grouped["tail"], None
        elif ";" in text and (kind := _KIND_OPENING.match(entry)):
            # "...; Cllrs Ann Doyle; Joe Reid; Community Representatives Bernie Fole (PPN); Eoin Raff":
            # a kind of people opening a part ends the plural title carried so far.
            entry, title = entry[kind.end():], None
        inner, plural = _shared_title(entry)
        if plural:
            parts = split_people(inner, plural)
            title = plural if ";" in text else title
        elif title and ";" in text and "," in entry:
            parts = _split_outside(entry, title)  # "Councillors Smith (Chair), Jones; Officers: ..."
        else:
            parts = [entry]
        entries.extend(_titled(part, plural or title) for part in parts)
    if ";" not in text.strip().rstrip(";"):  # semicolons part people; commas may also part a person's descriptions
        entries = _with_descriptions(entries)
    if len(entries) == 1 and "(" not in text and len(text.split()) >= 4 and not any(
            is_role(part.strip(" ;.")) for part in text.split(",")[1:]):  # "Ms Ann Lee, Senior Executive Officer, ..."
        columns = names_then_organisations(text, known_orgs)
        if columns:
            return columns
    # "Apologies were sent by A; by B; and by the Director of Public Health, Dr C": each part after the first
    # repeats the "by" (or "from") that opened the list.
    entries = [_holder_first(_REPEATED_BY.sub("", entry)) for entry in entries if not NOBODY.match(entry.strip())]
    if len(entries) >= 3:
        entries = [part for entry in entries for part in _name_then_given_name(entry)]
    people = [read_person(entry, group) for entry in entries]
    if None in people and sum(person is not None for person in people) * 2 >= len(people) >= 3:
        # "Council members: TC, Mark Rousskov, Oli, James Munns, Mara": among names in full, a given
        # name alone, as small groups' notes write some of their members, is one of them too.
        people = [person or (Person(name, organisation=group) if (name := _lone_given_name(entry)) else None)
                  for person, entry in zip(people, entries)]
    return [person for person in people if person is not None]


_POST_THEN_HOLDER = re.compile(r"^\s*(?P<post>[A-Z][^()]{2,60}?)\s*\((?P<who>[^()]{3,60})\)\s*$")


def _holder_first(entry: str) -> str:
    """ "Town Clerk (Mr Nigel Ashworth)": a post, then its holder in brackets, as "Mr Nigel Ashworth (Town Clerk)"."""
    match = _POST_THEN_HOLDER.match(entry) if "(" in entry else None
    if match and is_role(match["post"]) and not has_title(match["post"]) and opens_with_titled_name(match["who"]):
        return f"{match['who'].strip()} ({match['post'].strip()})"
    return entry


_REPEATED_BY = re.compile(r"^\s*(?:(?:and|&)\s+)?(?:by|from)\s+(?=[A-Z]|the\s)")


def _name_then_given_name(entry: str) -> list[str]:
    """ "Mark Rousskov, Oli" split from a list of names as a name and its description: two people."""
    name, comma, rest = entry.partition(", ")
    return [name, rest] if comma and looks_like_name(name.strip()) and _lone_given_name(rest) else [entry]


_SURNAME_AND_POST = re.compile(r"^\s*(?P<name>(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s*(?:\((?P<post>[^()]{2,30})\))?\s*$")


# (Each part's spaces are taken only from the end of a word, "(?<!\s)", so splitting a run of them is linear.)
_LIST_PARTS = re.compile(r"(?<!\s)\s*,\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?<!\s)\s*&\s*")


def _surnames_alone(text: str, group: str | None) -> list[Person]:
    """ "Trustees Alexander (Chair), James, Giddens, Hodson and the Clerk": surnames alone after the
    body's plural word for its members (taken off before), each a member; a post with no name ("the
    Clerk") is no one. Empty unless every entry is one or the other."""
    entries = [entry for entry in _LIST_PARTS.split(text.strip().rstrip(".")) if entry]
    if any(entry.count("(") != entry.count(")") for entry in entries):
        return []  # an "and" or a comma inside a bracket: not this list
    people = [lone_surname(entry, group) for entry in entries]
    posts = [person is None and is_role(re.sub(r"^the\s+", "", entry.strip(), flags=re.IGNORECASE)) for person, entry in zip(people, entries)]
    if not any(people) or not all(person is not None or post for person, post in zip(people, posts)):
        return []
    return [person for person in people if person is not None]


def lone_surname(entry: str, group: str | None = None) -> Person | None:
    """ "Giddens", "Alexander (Chair)": a surname alone, perhaps with a post in brackets, in a list whose
    plural title or kind ("Cllrs", "Trustees") names every entry; none for a post, body or common word."""
    match = _SURNAME_AND_POST.match(prose(entry).strip(" .;,"))
    if match is None or match["name"].lower() in NOT_NAME_WORDS or is_role(match["name"]) or is_organisation(match["name"]):
        return None
    if match["post"] and not is_role(match["post"]):
        return None
    return Person(match["name"], organisation=group, role=match["post"])


def _lone_given_name(entry: str) -> str | None:
    """ "Oli", "Mara": one capitalised word that reads as a given name, and no body, post or heading word."""
    word = prose(entry).strip(" .;,")
    if not re.fullmatch(r"[A-Z][a-z'’-]{1,20}", word) or word.lower() in NOT_NAME_WORDS or not looks_like_name(f"Mr {word}"):
        return None
    return None if is_organisation(word) or is_role(word) or has_title(word) else word


# ("Independent co-opted members Mr D Lee and Ms S Varma": the kind's words may be in small letters after the first.)
_KIND_OPENING = re.compile(r"^\s*(?:(?-i:[A-Z][\w'’-]*)\s+)(?:[\w'’-]+\s+){0,1}(?i:representatives|officials|officers|observers"
                           r"|guests|advisers|advisors|staff|partners|members)\s+(?=(?-i:[A-Z]))"
                           r"|^\s*(?i:representatives|officials|officers|observers|guests|advisers|advisors|staff|partners)\s+(?=(?-i:[A-Z]))")


def _split_outside(entry: str, title: str) -> list[str]:
    """A semicolon part of a list under a plural title, split at its commas into names."""
    return split_people(entry.replace(";", ","), title)


def _with_descriptions(entries: list[str]) -> list[str]:
    """ "Andrea Kilbride, Chief Executive, Redmarsh Council" split at its commas: an entry
    that opens with a role or a body, not a name, describes the person before it."""
    joined: list[str] = []
    for entry in entries:
        head = DASH.split(prose(re.sub(r"\([^()]*\)", " ", entry)).split(",")[0])[0].strip(" .;")
        head = _LEADING_AND.sub("", head)  # ", and Mr D Iley ...": the list's last entry after its comma
        # "Kasia Nowak (KN) Treasurer": a name and its initials open a person's entry, whatever follows.
        named = NAME_INITIALS_LINE.match(entry)
        describes = not (named and looks_like_name(named["name"]) and not is_role(named["name"])) and not (
            ends_with_own_initials(head)) and (
            is_role(head) or is_organisation(head) and not looks_like_name(head)
            # "Lady Harriet Mowbray, Trust Chair": words ending in a post describe the person before.
            or bool(_ENDS_IN_POST.search(head)) and not opens_with_titled_name(head)
            # "Supt. Gemma Rowley, Kilbrack District": a police district or division, a GP practice.
            or bool(_ENDS_IN_PLACE.search(head)) and not has_title(head))
        if joined and describes and not opens_with_titled_name(head) and (
                not has_title(head) or strip_title(head) == head.strip()):
            joined[-1] = f"{joined[-1]}, {entry.strip()}"
        else:
            joined.append(entry)
    return joined


# The words for a kind of people: "Highland Councillors:", "Parent Governors:", "Executive Team:" end with one,
# however name-like the words before it; a group's heading anywhere holds one of these or of the wider list.
_KINDS = ("councillors", "members", "representatives", "officers", "officials", "staff", "governors", "trustees",
          "directors", "partners", "guests", "observers", "team")
KIND_END = re.compile(rf"(?i)\b(?:{'|'.join(_KINDS)})$")
PEOPLE_KIND = re.compile(rf"(?i)\b(?:{'|'.join(_KINDS)}|attendees|advisers|advisors|others|corporate|appointees|nominees"
                         r"|delegates|committee|maintainers|contributors|organi[sz]ers|volunteers)\b")
_ENDS_IN_PLACE = re.compile(r"(?i)\s(?:district|division|region|surgery|practice|unit|directorate)$")
_ENDS_IN_POST = re.compile(r"(?i)\b(?:chair|vice-chair|chairman|chairwoman|chairperson|secretary|treasurer|clerk"
                           r"|governor|trustee|representative)$")


def _shared_title(text: str) -> tuple[str, str | None]:
    """ "County Councillors Hugh Abney, Sandra Cole and Roger Fenn": the plural title
    belongs to every name in the list, so it is taken off and given back to each."""
    match = PLURAL_TITLE.match(text)
    if not match:
        return text, None
    return text[match.end():], _SINGULAR_TITLES[match["title"].lower()].format(area=match["area"] or "")


def _titled(entry: str, title: str | None) -> str:
    if not title or has_title(entry.strip()):
        return entry
    return f"{title} {entry.strip()}"


# "Head of Parks (Ms. R. Quinn)", "Clerical Officer ( Mr T Doyle)": a post, then its holder, titled and
# initialled, in a bracket, as Irish councils list the officials at a meeting (a comma or semicolon list).
POST_HOLDER = re.compile(r"\(\s*(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s+[A-Z]")
_POST_THEN_HOLDER = re.compile(r"\s*(?:(?:and|&)\s+)?(?P<post>[^()\s][^()]{1,150}?)\s*\(\s*(?P<who>(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s+"
                               r"[^()]{2,60}?)\s*\)\s*(?:[,;]\s*|\.?\s*$)")
# "Mayor (Councillor J Montfort)": a post alone on its line, then the member holding it in a bracket.
_POST_HELD_BY_MEMBER = re.compile(r"^\s*(?:the\s+)?(?P<post>[A-Z][\w'’-]{1,30}(?:[ -][A-Z][\w'’-]{1,30}){0,2})\s*"
                                  r"\(\s*(?P<who>(?:Councillor|Cllr\.?|Alderman|Ald\.?)\s+[A-Z][^()]{1,50}?)\s*\)\s*\.?\s*$",
                                  re.IGNORECASE)
# "Chief Executive – Ms G Mulholland": a post, a dash, then one holder with a title of address.
_POST_DASH_HOLDER = re.compile(r"^\s*(?P<post>[A-Z][\w'’/&-]{1,30}(?:\s+[\w'’/&-]{1,30}){0,6}?)\s+[–—-]\s+"
                               r"(?P<who>(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s+[A-Z][^,;()–—]{1,50}?)\s*\.?\s*$")
# The posts of a council's or its district's chair, which the vocabulary of posts may not hold.
_HEAD_OF_COUNCIL = re.compile(r"(?i)^(?:(?:deputy|lord|vice)\s+)?(?:mayor|provost|cathaoirleach|leas-chathaoirleach|convener"
                              r"|chairman|chairwoman|chair|chairperson)$")
# A roll's line longer than this is no officials' list (and is not read as one).
POST_LIST_LENGTH = 3000


def post_holders(line: str) -> str:
    """ "Head of Parks (Ms. R. Quinn), Meetings Administrator (Mr. T. Doyle)": a list whose every entry
    is a post and its holder in a bracket, rewritten holder first ("Ms. R. Quinn - Head of Parks;
    Mr. T. Doyle - Meetings Administrator"), so that the post (which may hold a comma: "Director,
    Roads") is no one. Any other line is returned as it is."""
    if len(line) > POST_LIST_LENGTH:
        return line
    if "(" in line and (held := _POST_HELD_BY_MEMBER.match(line)) and (is_role(held["post"]) or _HEAD_OF_COUNCIL.match(held["post"])):
        # "Mayor (Councillor J Montfort)", "Cathaoirleach (Cllr. Ann Lee)": the chair's post, then the member
        # holding it.
        return f"{held['who']} - {held['post']}"
    if (held := _POST_DASH_HOLDER.match(line)) and is_role(held["post"]):
        # "Chief Executive – Ms G Mulholland": an officer's post, a dash, then its titled holder.
        return f"{held['who']} - {held['post']}"
    if "(" not in line or not POST_HOLDER.search(line):
        return line
    entries, at, text = [], 0, line.rstrip()
    while at < len(text):
        entry = _POST_THEN_HOLDER.match(text, at)
        if entry is None or entry.end() == at:
            return line
        entries.append(f"{entry['who']} - {entry['post'].strip(' ,;')}")
        at = entry.end()
    return "; ".join(entries) if entries else line


# "M. Walsh EE", "Tom Doyle S.E.E.": a name, then the grade of the post its holder has in capitals, as Irish
# councils list their officials ("Executive Engineer", "Senior Staff Officer").
_GRADE_AFTER_NAME = re.compile(r"(?P<name>(?<![\w.’'])(?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]*[a-z])\s+"
                               r"(?P<grade>(?:[A-Z]\.){2,4}|[A-Z]{2,3})(?=\s*(?:[,;]|$))")


def grades_apart(line: str) -> str:
    """A roll line whose names carry their grade after them ("P. Burke DOS, M. Walsh EE; Tom Doyle S.E.E."),
    each grade set apart after a dash ("M. Walsh - EE"), so that it is read as the post, not as part of the
    name or as initials. Letters that are the name's own initials ("Ann Lee AL") stay as they are."""
    if len(line) > POST_LIST_LENGTH:
        return line
    if ";" in line and ":" in line:
        # "Ann Lee: Director of Services; Bob Ray SEE": a semicolon list whose entries give the post after the
        # name and a colon.
        line = "; ".join(_NAME_COLON_POST.sub(r"\g<name> - ", entry) if looks_like_name(entry.split(":")[0]) else entry
                         for entry in line.split(";"))
    return _GRADE_AFTER_NAME.sub(_grade_apart, line)


_NAME_COLON_POST = re.compile(r"^(?P<name>\s*[^:;]{3,60}?)\s*:\s*(?=\S)")


def _grade_apart(match: re.Match[str]) -> str:
    name, grade = match["name"], match["grade"]
    letters = grade.replace(".", "")
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    if letters == initials or initials.startswith(letters) or letters.startswith(initials):
        return match[0]  # "Ann Lee AL", "Rob Quinn RQ": the initials the roll gives them
    return f"{name} - {grade.rstrip('.')}"
