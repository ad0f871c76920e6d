"""Reading one person as minutes write them, and splitting lists of people.

"Gary Hall (Chief Executive, Chorley Council)", "Ian Roberts, Greengage Consulting",
"Supt Denise Worth\tGreater Manchester Police (in place of Caroline Ball)",
"Jane Smith (JS) - Chair, Borough Council": a name kept as written (title and all),
then roles and an organisation told apart by the words they use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass, replace

from minutes.vocabulary import (
    NOT_NAME_WORDS,
    ORG_END_WORDS,
    ORG_WORDS,
    POST_OPENERS,
    PEOPLE_CONNECTORS,
    TITLE_RE,
    TITLES,
    TOPIC_WORDS,
    has_title,
    is_role,
    strip_title,
)

_IN_PLACE_OF = re.compile(
    r"[(,]?\s*\b(?:in\s+place\s+of|substituting\s+for|substitute\s+for|sub(?:bing)?\s+for"
    r"|deputising\s+for|deputy\s+for|standing\s+in\s+for|representing)\s+(?P<who>[^()]+?)\s*(?:\)|$)",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\(([^()]*)\)")
_POST_THEN_HOLDER = re.compile(r"^(?:[Tt]he\s+)?(?P<post>[A-Z][\w'’ -]{2,40}?),\s+(?P<holder>(?:" + "|".join(
    re.escape(t) for t in TITLES) + r")\.?\s+[A-Z].*)$")
_NAME_THEN_INITIALS = re.compile(r"^(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Cllr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}?)"
                                 r"\s+(?P<short>[A-Z]{2,4})(?:\s+(?P<rest>\S.*))?$")
_AREA_COUNCILLOR = re.compile(r"^(?P<area>(?:[A-Z][\w'’-]+\s+){1,2}(?:District|County|Borough|Town|Parish|City))\s+"
                              r"(?P<rest>(?:Councillor|Cllr)\.?\s+[A-Z].*)$")
_AREA_END = re.compile(r"\b(?:District|County|Borough|Town|Parish|City|Ward)$")
# (A title may keep its full stop, "Chief Supt. Derek Flanagan", and a name may open with an
# accented capital, "Ms. Órla Devlin".)
_TITLE_INSIDE = re.compile(r"(?<!\s)\s+(?=(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?\s+[A-ZÀ-ÖØ-Þ])")
# The words a post's name ends with: "Manager", "Officer", "Director of Service".
_POST_END = re.compile(r"(?i:\b(?:manager|officer|director|executive|clerk|secretary|treasurer|chair(?:man|person)?"
                       r"|head|lead|coordinator|co-ordinator|adviser|advisor|commissioner|inspector|superintendent"
                       r"|nurse|administrator|analyst|consultant|governor|representative|guardian|assistant|partner"
                       r"|worker|practitioner|commander|engineer|planner)\b)")
_IN_THE_CHAIR = re.compile(r"^(?:in|took)\s+the\s+chair$", re.IGNORECASE)
_INITIALS_FIRST = re.compile(
    r"^(?:\((?P<b>[A-Z][A-Za-z]{1,3})\)\s*|(?P<d>[A-Z][A-Za-z]{1,3})\s+[-–—]\s+)"
    r"(?P<name>[^\W\d_][^(),;|–—]*?)(?P<rest>\s*(?:[(,;|–—]|\s-\s).*)?$")
_COLUMN_ROW_WORDS = 48
_POST_SHORT = re.compile(r"^[A-Z]{2,4}$")
_SQUARE_HANDLE = re.compile(r"\s*\[(?P<handle>@?[a-z][\w.-]{1,38}|[A-Z]{2,4})\](?!\()")
_HANDLE_AFTER = re.compile(r"(?<=[\w.])\s+(?P<handle>@[A-Za-z0-9][\w.-]{1,38})(?![\w@])")
_SQUARE = re.compile(r"\[([^\[\]]*)\](?!\()")
_INITIALS_THEN_MORE = re.compile(r"^(?P<name>[^()|,;]{3,60}?)\s*\((?P<short>[^()]{2,12})\)\s+(?P<rest>[A-Za-z][^|]*)$")
_HANDLE = re.compile(r"^@[A-Za-z0-9][\w.-]{1,38}$")
_COUNTED_GROUP = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,3}[A-Z]?[\w'’-]*s\s*\(\d{1,3}\)(?:\s*\|.*)?$")
_NICK_THEN_NAME = re.compile(r"^(?P<nick>@?[\w.-]{2,30})\s*\((?P<name>[^()]{3,80})\)(?:\s*,\s*[a-z][^()]*)?$")
_BARE_FOR = re.compile(r"^(?P<name>[^()|,;]+?)\s+for\s+(?P<who>[A-Z][^()|,;]+?)(?P<rest>(?:\s*[(|,;].*)?)$")
# Letters after a name are no part of it: "Deputy Orla Carrow T.D.", "Jo Bell MBE".
_POSTNOMINALS = re.compile(r"(?:\s+(?:T\.D|M\.P|M\.E\.P|TD|MP|MEP|MLA|MSP|OBE|MBE|CBE|KBE|DBE|CB|QPM|KPM|JP|DL)\.?)+$")
# "(for item 3)", "(left after item 5)", "(part of the meeting)": when, not who.
_ATTENDANCE_NOTE = re.compile(
    r"\(\s*(?:(?:for|from|during|until|after|left|arrived|joined|present\s+for)\b[^()]*"
    r"\b(?:items?|minutes?|meeting|articles?)\b[^()]*|items?\s+[\d,&\s]+(?:and\s+\d+)?(?:\s*only)?|part\s+of\s+[^()]*"
    # "(left at 8.15pm)", "(arrived 7.10 pm)", "(joined at 10:20)": when someone came or went.
    r"|(?:left|arrived|joined|departed)\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\)",
    re.IGNORECASE,
)
# ", for item 5 only", "- from item 4", ", part of the meeting": the same note written after a comma or dash.
_TRAILING_NOTE = re.compile(
    # (Or after a space where a preposition opens it: "(Lancashire Constabulary) for item FC/25/094".)
    r"(?:\s*[,;–—-]\s*|\s+(?=(?:for|from|until|after|during|till)\s+(?:(?:agenda\s+)?(?:items?|minutes?)\s|\d)))"
    r"(?:(?:(?:for|from|until|after|during|left\s+(?:at|after)|arrived\s+(?:at|for)|joined\s+(?:at|for))"
    r"\s+)?(?:(?:agenda\s+)?items?|minutes?|articles?)\s+(?=[\d(ivx]|[A-Z]{1,5}[./]?\d)[\w./]+"
    r"(?:\s*[,&-]\s*[\w./]+|\s+(?:and|to)\s+[\w./]+)*(?:\s+only)?"
    r"|(?:for\s+)?part\s+of\s+the\s+meeting"
    # " until 7.40pm", ", from 8pm": when someone came or went, by the clock.
    r"|(?:until|from|after|till|to)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*\.?\s*$",
    re.IGNORECASE,
)


def without_attendance_note(text: str) -> str:
    """An entry without the note of when or why the person was there (", for item 5 only",
    "(Police Scotland) for the police report")."""
    if " for " in text:
        text = _FOR_BUSINESS.sub("", text)
    return _TRAILING_NOTE.sub("", text) if "item" in text or "minute" in text or "part of" in text or (
        "article" in text) or "m" in text and any(c.isdigit() for c in text) else text


# "PC Gemma Lorimer (Police Scotland) for the police report": the business they came for.
_FOR_BUSINESS = re.compile(r"(?<=\))\s+for\s+(?:the\s+)?[\w'’ -]{0,40}?(?:report|item|presentation|update|discussion"
                           r"|briefing|session)s?\s*\.?\s*$", re.IGNORECASE)


# A spaced slash parts a name from its post as a dash does ("Ann Lee (AL) / Chair, Vale Trust").
_SEPARATORS = re.compile(r"\s+[-–—/]\s+|\s*\|\s*|[,;]\s*")
_INITIALS = re.compile(r"^(?:[A-Z]{2,4}|[A-Z](?:[a-z]?[A-Z]){1,3}[a-z]?|@[\w.-]{2,39})$")
# Short forms in mixed case ("DoPH", "JBr") are a person's own, never a body's acronym.
_MIXED_SHORT = re.compile(r"^(?=.*[a-z])[A-Z](?:[a-z]?[A-Z]){1,3}[a-z]?$")
_ACRONYM_WORD = re.compile(r"^(?=.*[A-Z].*[A-Z])[A-Z&0-9]{2,8}s?$")
# A capital of any alphabet opens a name's word: "Úna", "Éamon", "Łukasz" as well as "Jane".
_NAME_WORD = re.compile(r"^(?:[^\W\d_][\w'’.-]*|O['’][A-Z][\w'’-]*|Mc\w+|Mac\w+)$")
# Words that end an organisation's name and so never begin one ("Plus", "Care").
_NEVER_FIRST = {"plus", "care", "council", "trust", "services", "service", "ltd", "limited", "plc"}
_LETTERS_AFTER = {"TD", "MP", "MEP", "MLA", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "CB", "QPM", "KPM", "JP", "DL",
                  "MS", "PHD", "FRCP",
                  "MRCGP", "FRCS", "RGN", "RMN", "BEM", "KC", "QC"}
_DASHED = re.compile(r"\s+[-–—]\s+")
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")


@dataclass(frozen=True)
class Person:
    """A person as read, before the reader decides whether they were present."""

    name: str
    organisation: str | None = None
    role: str | None = None
    in_place_of: str | None = None
    initials: str | None = None


# A grade after a name: letters each with its stop ("S.E.E.", "E.E", "A.O.") or two capitals ("EE").
_GRADE_END = re.compile(r"\s+(?P<grade>(?:[A-Z]\.){1,3}[A-Z]\.?|[A-Z]{2})$")


def read_person(text: str, organisation: str | None = None) -> Person | None:
    """One person entry; `organisation` is the group heading they were listed under."""
    # Cells of a table row are read like parts after a dash; so are the fields of a sign-in line
    # ("Harriet Vance / @hvance / Fernbank Foundation").
    text = _tidy(re.sub(r"\s*\t+\s*", " | ", text.strip()))
    if text.count(" / ") >= 2:
        text = text.replace(" / ", " | ")
    if _COUNTED_GROUP.match(text):
        return None  # "Young Advisors (3)": so many of a group, none of them named
    if (post_first := _POST_THEN_HOLDER.match(text)) and is_role(post_first["post"]):
        # "The Town Mayor, Cllr Eirlys Pryce (in the chair)": the post, then its holder, titled.
        holder = read_person(post_first["holder"], organisation)
        if holder is not None:
            return holder if holder.role else replace(holder, role=post_first["post"])
    if (councillor := _COUNCILLOR_THEN_TITLED.match(text)) and (holder := read_person(councillor["holder"], organisation)):
        # "County Councilor Mr Heddwyn Prys": a councillor of another council, the post before the titled name.
        return holder if holder.role else replace(holder, role=f"{councillor['area'].title()} Councillor")
    if (area := _AREA_COUNCILLOR.match(text)) and organisation is None:
        # "Somerford District Councillor C. Hobday": a councillor of another council, named by its area.
        return read_person(area["rest"], area["area"])
    first = _INITIALS_FIRST.match(text)
    short = first and (first["b"] or first["d"])
    if short and initials_fit(short, first["name"].strip()) and looks_like_name(first["name"].strip()):
        # "JS - Jane Smith (Chair)", "(JS) Jane Smith": the initials written first.
        text = f"{first['name'].strip()} ({short}){first['rest'] or ''}"
    if (bare := name_and_initials(text)) is not None:
        # "Lara Nazari LN Chief People Officer": a table's name, initials and post columns read out as one line.
        text = f"{bare[0]} ({bare[1]})" + (f" - {bare[2]}" if bare[2] else "")
    run_on = _INITIALS_THEN_MORE.match(text)
    if run_on and _INITIALS.match(run_on["short"]) and initials_fit(run_on["short"], run_on["name"]):
        # "Dr Anil Bascombe (AB) Clinical Chair": what follows the initials is read as after a dash.
        text = f"{run_on['name']} ({run_on['short']}) - {run_on['rest']}"
    # "Ines Carvalho [ines]": a square bracket after a name holding one word is the handle
    # the person goes by in chat or on GitHub, as open-source notes write it; the notes then
    # name owners by it ("[ines] to ..."). Other square brackets read as round ones.
    handle = None
    square = _SQUARE_HANDLE.search(text)
    if square and square.start() > 0:
        handle = square["handle"].lstrip("@")
        text = _tidy(text[: square.start()] + " " + text[square.end():])
    text = _SQUARE.sub(r"(\1)", text)
    nick = _NICK_THEN_NAME.match(text)
    named = nick and _tidy(nick["name"].split(",")[0])
    if handle is None and nick and looks_like_name(named) and not looks_like_name(nick["nick"]) \
            and not is_role(nick["nick"]):
        # "karl (Karl Dubost)", "@hfrost (Harvey Frost, Packaging WG chair)": chat-minuted and
        # GitHub notes list the nickname or handle each goes by, then the name and any post.
        more = nick["name"].split(",", 1)[1].strip() if "," in nick["name"] else ""
        handle, text = nick["nick"], named + (f" ({more})" if more else "")
    # "Anna Henn @addaleax (TSC)": a handle written after the name, without brackets.
    bare = _HANDLE_AFTER.search(text) if handle is None and "@" in text else None
    if bare:
        handle = bare["handle"]
        text = _tidy(text[: bare.start()] + " " + text[bare.end():])
    in_place_of = None
    bare_for = _BARE_FOR.match(text)
    if bare_for and looks_like_name(bare_for["name"]) and looks_like_name(_tidy(bare_for["who"])):
        # "Ewan Maitland for Rachel Quist (Vale Homes)": a substitute, named before whom they stand for.
        in_place_of = _tidy(bare_for["who"])
        text = _tidy(f"{bare_for['name']} {bare_for['rest']}")
    elif match := _IN_PLACE_OF.search(text):
        in_place_of = _tidy(match["who"])
        text = _tidy(text[: match.start()] + " " + text[match.end() :])
    roles: list[str] = []
    orgs: list[str] = []
    text = _tidy(_ATTENDANCE_NOTE.sub(" ", without_attendance_note(text)))
    bracketed = _BRACKETS.findall(text)
    text = _tidy(_BRACKETS.sub(" ", text))
    name, *rest = [part for part in _SEPARATORS.split(text) if part.strip()] or [""]
    # (Only when the surname is in capitals or the entry has nothing more: "Smith, Jones, Brown" is three surnames.)
    if rest and (_tidy(name).isupper() or len(rest) == 1) and _surname_first(name, rest[0]):
        # "SMITH, Jane (Chair)": a register's surname first, then the given names.
        # ("RAY, Bo": a short surname in capitals is written as a name, so it is not read as a body's initials.)
        surname = _tidy(name).title() if _body_initials(_tidy(name)) else _tidy(name)
        name, rest = f"{_tidy(rest[0])} {surname}", rest[1:]
    post_first = _post_then_name(name, rest, bracketed)
    if post_first:
        # "Chair – Cllr Ann Smith", "Clerk (Mrs Jane Doe)": the post written first, then who holds it.
        name, rest, bracketed = post_first
    initials = None
    for part in rest:
        # "Jane Smith | Director of Nursing | JS": a cell of initials is the person's short name;
        # a handle cell ("| @omensa |") stays theirs before a later short form ("- SC").
        found = _classify_parts(part, roles, orgs)
        initials = initials if initials and initials.startswith("@") else found or initials
    for inside in bracketed:
        if _INITIALS.match(inside.strip()) and orgs and not initials_fit(inside.strip(), name):
            # "Centre for Local Economic Studies (CLES)": the acronym stays with its name.
            orgs[-1] = f"{orgs[-1]} ({inside.strip()})"
            continue
        initials = _classify_parts(inside, roles, orgs) or initials
    name = _POSTNOMINALS.sub("", _tidy(name))
    if name[-1:].isupper() and (grade := _GRADE_END.search(name)) and looks_like_name(name[: grade.start()]) and not (
            initials_fit(grade["grade"].replace(".", ""), name[: grade.start()])):
        # "Aoife Quill E.E.", "P. Vale EE", "Dara Roche S.E.E": an official's grade after their name, as Irish
        # councils' rolls write engineers and officers; the grade is their post, not part of the name.
        roles.append(grade["grade"] + ("." if grade["grade"].count(".") == len(grade["grade"].replace(".", "")) - 1 else ""))
        name = name[: grade.start()]
    if _HANDLE.match(name):
        # "@mirela": minutes kept on GitHub may name attendees by handle alone.
        return Person(name=name, organisation=", ".join(orgs) or organisation, role=", ".join(roles) or None,
                      in_place_of=in_place_of, initials=None)
    if after_role := _role_then_name(name):
        role, name = after_role
        roles.insert(0, role)
    elif before_role := _name_then_role(name):
        name, role = before_role
        name = _POSTNOMINALS.sub("", name)
        roles.insert(0, role)
    if _post_alone(name) and not has_title(name):
        return None  # "MEETINGS ADMINISTRATOR" under a signature line: a post, no one named
    if not looks_like_name(name):
        split = _name_then_body(name)
        if split is None:
            return None
        name, body = split
        orgs.insert(0, body)
    if initials and not initials_fit(initials, name):
        orgs.append(initials)
        # "Diane Holroyd (CE)", "Joanne Clegg (DOH, Director of Housing)": short capitals that are
        # not the name's initials may be the post's ("CE", "DOH"), which the minutes then use as
        # the person's short name; kept as their organisation too, in case it is their body's.
        # A handle the person gave is theirs before any such short form ("@omensa ... - SC").
        initials = initials if _POST_SHORT.match(initials) and handle is None else None
    initials = initials or handle
    return Person(
        name=name,
        organisation=", ".join(orgs) or organisation,
        role=", ".join(roles) or None,
        in_place_of=in_place_of,
        initials=initials,
    )


def initials_first(text: str) -> bool:
    """Whether a line opens with a person's initials before their name ("JS - Jane Smith")."""
    first = _INITIALS_FIRST.match(_tidy(text.lstrip(" -*•")))
    short = first and (first["b"] or first["d"])
    return bool(short) and initials_fit(short, first["name"].strip()) and looks_like_name(first["name"].strip())


def initials_last(text: str) -> Person | None:
    """ "Edward Dunmore Wyvern Downs National Landscape ED": a row of a Name | Organisation |
    Initials table whose cells PDF text ran together. The row ends with the initials of the
    words that open it, and those words are the name; what lies between is the person's body
    (and a bracket there their role)."""
    words = text.split()
    if len(words) < 4 or not _INITIALS.match(words[-1]) or words[-1].startswith("@"):
        return None
    first, last = _name_sizes(words, 2)
    for size in range(first, min(last, len(words) - 1) + 1):
        name = " ".join(words[:size])
        if looks_like_name(name) and initials_fit(words[-1], name):
            person = read_person(f"{name} | {' '.join(words[size:-1])}")
            return None if person is None else Person(person.name, person.organisation, person.role,
                                                      person.in_place_of, words[-1])
    return None


def _name_then_role(text: str) -> tuple[str, str] | None:
    """ "Bert Swanley Senior Executive Officer", "Tod Dowson County Manager": a name and its
    post run together with no comma, as a list set out in columns comes out. The name is the
    shortest opening (after any title) that reads as one before words that read as a post."""
    words = text.split()
    if len(words) < 3:
        return None
    first, last = _name_sizes(words, 1)
    for size in range(first, min(last, len(words) - 1) + 1):
        name, post = " ".join(words[:size]), " ".join(words[size:])
        if looks_like_name(name) and _POST_END.search(post) and is_role(post):
            return name, post
    return None


_INITIAL_WORD = re.compile(r"^[A-Z]\.?$")


def _name_sizes(words: list[str], spare: int) -> tuple[int, int]:
    """How many opening words a name run into its post or body may take, shortest first.
    A name is a given name and a surname after any title ("Cllr Ann Lee"), but where the
    title is followed by initials ("Mr D L Nicholson", "Cllr J. Reid"), as councils write
    their officers, the initials are no given name: the name runs on to the word after them.
    `spare` is how many more words a longer name may take."""
    text = " ".join(words)
    titled = len(TITLE_RE.match(text + " ")[0].split()) if TITLE_RE.match(text + " ") else 0
    initials = 0
    while titled and titled + initials < len(words) and _INITIAL_WORD.match(words[titled + initials]):
        initials += 1
    shortest = titled + initials + 1 if initials else titled + 2
    return shortest, shortest + spare


_INITIALS_END = re.compile(r"\s[A-Z]{2,4}$")


def _post_then_name(first: str, rest: list[str], bracketed: list[str]) -> tuple[str, list[str], list[str]] | None:
    """ "Chair – Cllr Ann Smith", "Vice-Chair: Bob Jones", "Clerk (Mrs Jane Doe)": an entry that
    opens with a post and then names its holder after a dash or in a bracket, as small bodies
    list their officers. The name moves first and the post becomes a part read after it."""
    post = _tidy(first)
    if not post or looks_like_name(post):
        return None
    holder = _tidy(rest[0]) if rest else ""
    named = bool(holder) and (looks_like_name(holder) or opens_with_titled_name(holder))
    # ("Jo Bell JB - Chair": a trailing set of initials that fits the words before it keeps a name a name;
    # "Vale ICB - Cara Eng": a body's initials, fitting no name, end a body.)
    own_initials = (end := _INITIALS_END.search(post)) is not None and initials_fit(end[0].strip(), post[: end.start()])
    if named and not (is_role(post) or _joined_posts(post)) and is_organisation(post) and not own_initials:
        # "Vale Police – Insp Ann Lee": the body someone comes from, written before them.
        return holder, [post, *rest[1:]], bracketed
    if not (is_role(post) or _joined_posts(post)):
        return None
    if named:
        return holder, [post, *rest[1:]], bracketed
    if not rest and bracketed and looks_like_name(_tidy(bracketed[0])):
        return _tidy(bracketed[0]), [post], bracketed[1:]
    return None


def _role_then_name(text: str) -> tuple[str, str] | None:
    """ "Clerk/RFO Mrs Nia Howells", "Chair Cllr Ed Price": a post written before a titled name."""
    match = _TITLE_INSIDE.search(text) if not TITLE_RE.match(text) else None
    if match is None:
        return _post_word_then_name(text)
    role, name = text[: match.start()].strip(" ,–-"), text[match.end():].strip()
    posts = [part.strip() for part in role.split("/") if part.strip()]
    if posts and all(is_role(post) or _ACRONYM_WORD.match(post) for post in posts) and looks_like_name(name):
        return role, name
    return None


# The last word of a society's office ("Site Secretary", "Vice Chairman", "Membership Officer"); not a rank
# ("Watch Commander Ewan Fyfe" is a rank before a name, which stays with the name as a title does).
_SOCIETY_OFFICES = frozenset({"secretary", "treasurer", "chairman", "chairwoman", "chairperson", "chair", "president",
                              "officer", "coordinator", "co-ordinator", "editor", "steward", "representative", "convenor",
                              "convener", "registrar", "clerk", "trustee", "warden"})


def _post_word_then_name(text: str) -> tuple[str, str] | None:
    """ "Clerk Lydia Ewart", "Treasurer Ian Pole": one word of a post before a full name with no
    title, as small councils list their staff; "Clerk/RFO Lydia Ewart": two posts held together, a slash
    between them (a post or its acronym each). The name must be two or three words on its own ("Clerk
    Evans" is no such entry)."""
    post, _, name = text.partition(" ")
    words = name.split()
    if len(words) == 3 and words[0].lower() in _SOCIETY_OFFICES and not is_role(post) and _name_word(post) and not has_title(text) and all(
            _name_word(word) for word in words[1:]) and looks_like_name(" ".join(words[1:])):
        # "Site Secretary Robin Copley", "Vice Chairman Ann Lee": a post of two words, the second a post's own word
        # ("Secretary"), before a name of two.
        return f"{post} {words[0]}", " ".join(words[1:])
    parts = post.split("/") if "/" in post else [post]
    posted = is_role(parts[0]) and all(is_role(part) or _ACRONYM_WORD.match(part) for part in parts[1:])
    if not 2 <= len(words) <= 3 or not posted or has_title(text):  # ("Inspector Amy Tulloch": a rank, a title)
        return None
    return (post, name) if all(_name_word(word) for word in words) and looks_like_name(name) else None


def _surname_first(surname: str, given: str) -> bool:
    """Whether "SMITH" then "Jane" is a surname and the given names after it. A short surname with a vowel
    before one given name ("RAY, Bo") is a surname, though it could pass for a body's initials alone."""
    surname, given = _tidy(surname), _tidy(given)
    words = given.split()
    return len(surname.split()) == 1 and _name_word(surname) and surname.lower() not in NOT_NAME_WORDS \
        and not has_title(surname) and surname.lower() not in ORG_END_WORDS \
        and not (_body_initials(surname) and (len(words) > 1 or not re.search(r"[AEIOUY]", surname.upper()))) \
        and 1 <= len(words) <= 2 and all(_name_word(w) for w in words) and not is_role(given) \
        and not is_organisation(given) and given.lower() not in NOT_NAME_WORDS


def stands_in_for(text: str) -> str | None:
    """Whom a cell or phrase says a substitute stands in for ("(deputising for Ruth Hale)")."""
    match = _IN_PLACE_OF.search(text) if "for" in text or "place" in text or "represent" in text else None
    return _tidy(match["who"]) if match else None


def _name_then_body(text: str) -> tuple[str, str] | None:
    """ "Ellis Barton Kestrel Vale Fire and Rescue": a name and its body run together, as a
    two-column PDF row comes out. The name is the shortest opening that reads as one
    before words that read as a body."""
    words = text.split()
    first, last = _name_sizes(words, 2)
    for size in range(first, min(last, len(words) - 1) + 1):
        name, body = " ".join(words[:size]), " ".join(words[size:])
        if looks_like_name(name) and is_organisation(body) and not looks_like_name(body):
            return name, body
    return None


def _classify_parts(text: str, roles: list[str], orgs: list[str]) -> str | None:
    """Sort a bracket's or a cell's comma parts into roles and organisations; return initials."""
    initials = None
    for part in (_tidy(p) for p in text.split(",")):
        if not part:
            continue
        if _IN_THE_CHAIR.match(part):
            roles.append("Chair")  # "(in the Chair)"
            continue
        if _INITIALS.match(part) and initials is None:
            initials = part
        elif is_role(part) or _joined_posts(part) or part.lower() in _CIVIC_POSTS:
            roles.append(part)
        else:
            orgs.append(part)
    return initials


# "Cllr R Hale (Mayor)", "Cllr Ann Doyle (Cathaoirleach)": the civic heads of councils in
# Britain and Ireland, written in a bracket after the member who holds the post that year.
_CIVIC_POSTS = {"mayor", "deputy mayor", "lord mayor", "deputy lord mayor", "town mayor", "deputy town mayor",
                "cathaoirleach", "leas-chathaoirleach", "leas chathaoirleach", "provost", "lord provost",
                "deputy provost", "leader", "deputy leader", "leader of the council", "civic head", "sheriff"}


def _joined_posts(text: str) -> bool:
    """ "Town Clerk/RFO", "Clerk / Proper Officer": one person's posts joined by a slash, as
    small councils write a clerk who is also the finance officer; each part a post or its
    short capitals, and at least one a post in words."""
    posts = [part.strip() for part in text.split("/")]
    return len(posts) > 1 and all(is_role(post) or _ACRONYM_WORD.match(post) for post in posts) and any(
        is_role(post) for post in posts)


def initials_fit(initials: str, name: str) -> bool:
    """Whether short letters stand for the name: "JS", "JMS", "FMcB" for Fiona McBride.
    A handle ("@mlindqvist") is the person's own, whatever it spells."""
    if initials.startswith("@") or _MIXED_SHORT.match(initials):
        return True
    words = [w for w in re.split(r"[\s-]+", strip_title(name)) if w]
    letters = "".join(w[0].upper() for w in words)
    capitals = "".join(c for c in strip_title(name) if c.isupper())
    upper = "".join(c for c in initials if c.isupper())
    return initials == letters or (upper == capitals and len(upper) >= 2) or (len(words) >= 2 and initials == letters[0] + letters[-1])


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(?:and|&)\s+", "", text)
    # "Arne Paulsby - (Zentrix)": a dash left hanging once its bracket is read is no part of the name.
    return re.sub(r"\s+[-–—]$", "", text.strip(" .;:,")).strip(" .;:,")


# Set while reading a roll that writes its people initial first ("A Platten, K Scott, S Frake"):
# there a lone capital "A" opening an entry is an initial, not the article.
_INITIALS_ROLL: ContextVar[bool] = ContextVar("initials_roll", default=False)
_INITIAL_THEN_SURNAME = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr)\.?\s+)?[B-Z]\.?(?:\s*[A-Z]\.?)?\s+"
                                   r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\b")


def writes_initials_first(entries: list[str]) -> bool:
    """Whether a roll's entries are mostly initial and surname ("K Scott", "C Pinnells, Acting Town
    Clerk"): at least two of them, and at least half, written so without the letter "A"."""
    hits = sum(bool(_INITIAL_THEN_SURNAME.match(entry.strip())) for entry in entries)
    return hits >= 2 and hits * 2 >= len(entries)


def set_initials_roll(entries: list[str]) -> Token[bool]:
    """Read on with "A Platten" an initial and surname if a roll's entries so far are written initial
    first; the token puts reading back as it was (`reset_initials_roll`)."""
    return _INITIALS_ROLL.set(_INITIALS_ROLL.get() or writes_initials_first(entries))


def reset_initials_roll(token: Token[bool]) -> None:
    """Put back the reading of a lone "A" as it was before `set_initials_roll` gave the token."""
    _INITIALS_ROLL.reset(token)


@contextmanager
def initials_roll(entries: list[str]) -> Iterator[None]:
    """Read the entries of one roll with "A Platten" an initial and surname when its other entries
    are written initial first ("A Platten, K Scott, S Frake"); otherwise leave reading as it is."""
    token = _INITIALS_ROLL.set(_INITIALS_ROLL.get() or writes_initials_first(entries))
    try:
        yield
    finally:
        _INITIALS_ROLL.reset(token)


def looks_like_name(text: str) -> bool:
    """Whether words could be a person's name: "Cllr Jim McMahon", "Sakthi Karunanithi"."""
    bare = strip_title(text)
    words = bare.split()
    if not words or len(words) > 5 or not has_title(text) and len(words) < 2:
        return False
    # "Ms A Lee": after a title a lone capital is an initial, not the article "A".
    # So is a lone capital before another initial ("A M Walsh"): two initials open a name.
    initial = bool(re.fullmatch(r"[A-Z]\.?", words[0])) and (
        has_title(text) or len(words) >= 3 and bool(re.fullmatch(r"[A-Z]\.?", words[1])) or _INITIALS_ROLL.get())
    if words[0].lower() in NOT_NAME_WORDS and not initial or is_organisation(bare):
        return False
    if any(w.lower() in TOPIC_WORDS or w.lower().rstrip("'’s") in TOPIC_WORDS for w in words):
        return False  # "Youth Council Update", "Chair's Opening Remarks": a heading, not a name
    return all(_name_word(w) or w in _NAME_PARTICLES for w in words)


def name_and_initials(text: str) -> tuple[str, str, str] | None:
    """ "Lara Nazari LN Chief People Officer": a name, the initials that fit it, and what follows."""
    match = _NAME_THEN_INITIALS.match(text) if text[:1].isupper() else None
    if match is None or not initials_fit(match["short"], match["name"]) or not looks_like_name(match["name"]):
        return None
    return match["name"], match["short"], (match["rest"] or "").strip()


def name_then_post(text: str) -> bool:
    """ "Keith Marlow Director of Finance and Resources": a name run into the post after it, as a
    PDF table's name and post columns read out on one line."""
    words = text.split()
    return any(looks_like_name(" ".join(words[:size])) and is_role(" ".join(words[size:]))
               # "Deputy Medical Director", "IAG Vice Chair": a post alone, or a body's
               and not any(word.isupper() or word.lower() in POST_OPENERS for word in words[:size])
               for size in (2, 3) if len(words) > size)


# Lowercase words inside names: "de la Cruz", "van der Berg", "dos Santos", "bin Salleh", "ap Rhys".
_NAME_PARTICLES = {"de", "van", "von", "le", "la", "der", "den", "del", "della", "di", "da", "das", "dos", "du",
                   "ter", "ten", "bin", "binti", "al", "el", "ap", "y"}


def _name_word(word: str) -> bool:
    return word[:1].isupper() and bool(_NAME_WORD.match(word))


# The last word of a local newspaper's name ("Brechin Advertiser", "Evening Chronicle"): a body, not a person.
_NEWSPAPER_WORDS = {"advertiser", "gazette", "courier", "chronicle", "herald", "mercury", "argus", "observer"}


def is_organisation(text: str) -> bool:
    """Whether a phrase reads as a body rather than a person: "Pennine Care", "DWP"."""
    words = text.replace("(", " ").replace(")", " ").split()
    if not words:
        return False
    if len(words) == 1:
        return _single_word_organisation(words[0])
    if words[-1].lower().strip(".,") in ORG_END_WORDS:
        return True
    if words[-1].lower().strip(".,") in _NEWSPAPER_WORDS and not has_title(text):
        return True  # "Brechin Advertiser", "Wessex Gazette": a local paper, its reporter unnamed
    if len(words) >= 3 and any(_body_initials(w) for w in words[1:-1]) \
            and not has_title(text) and all(w[:1].isupper() for w in words):
        return True  # "North Keston BC Housing Options": a body's initials inside its name
    if len(words) >= 2 and _body_initials(words[-1].strip(".,")) and not has_title(text) and all(
            w[:1].isupper() for w in words):
        return True  # "Eastwick ICB", "Thornleigh CCG": a place and a body's initials
    if len(words) == 2 and len(words[0]) >= 3 and _body_initials(words[0]) and not has_title(text) and (
            words[1][:1].isupper()):
        return True  # "NHS Glenavon", "HM Courts Service": a body named after its initials
    return sum(w.lower() in ORG_WORDS for w in words) >= 2


def _body_initials(word: str) -> bool:
    """ "ICB", "CCG", "DWP", "BC": a body's initials, not a surname written in capitals
    ("DUNLOP", "BELL"), which has its vowels."""
    if not _ACRONYM_WORD.match(word) or word.upper() in _LETTERS_AFTER:
        return False
    vowels = sum(1 for c in word.upper() if c in "AEIOU")
    return vowels == 0 or len(word) <= 3 and vowels <= 1


def _single_word_organisation(word: str) -> bool:
    """ "DWP", "LCFT", "Healthwatch": one word is a body only as initials or a word that
    names bodies by itself. Any capitalised word would do too much: "ACTION: Write to NHS
    England" would be owned by "Write", "Cllr Bradley" would be no name."""
    bare = word.strip(".,;:")
    if _ACRONYM_WORD.match(bare):
        return True
    return bare.lower() in ORG_END_WORDS and bare[:1].isupper()


def split_people(text: str, title: str | None = None) -> list[str]:
    """A run-on list split into entries: at commas and semicolons outside brackets, then
    at "and" only where both sides are people ("X (Chair) and Gary Hall (...)"). Where
    semicolons separate the entries, commas belong inside them ("Jo Bright – Chair,
    Ashgrove CVS; Raj Khanna – Ashgrove Mind"). `title` is one a plural title gave every
    entry ("Cllrs Abbott, Fenn and Gorski"): with it a surname alone is a person."""
    text = _AND_FROM.sub(" and ", _PUBLIC_TAIL.sub("", text))  # "from A and from B"
    if _outside_brackets(text, ";"):
        entries = []
        for chunk in split_outside_brackets(text, ";"):
            names = split_outside_brackets(chunk)
            if len(names) >= 3 and all(looks_like_name(bare := _BRACKETS.sub(" ", name).strip())
                                       and not (is_role(bare) and not TITLE_RE.match(bare + " ")) for name in names):
                # "Rosa Lee, Jun Park, Amadou Sy (SC); Leo Marchetti (Release Manager)": one chunk a comma list
                entries.extend(name for part in names for name in _split_at_and(part, title))
                continue
            entries.extend(_split_at_and(chunk, title))
        return [part for entry in entries for part in _split_at_title(entry)]
    chunks = split_outside_brackets(text)
    entries: list[str] = []
    # "Adrian Coltman, Joan & Mervyn Claybrook": among names in full a couple shares a surname.
    couples = title is None and any(looks_like_name(_BRACKETS.sub(" ", chunk).strip()) for chunk in chunks)
    if len(chunks) >= 3:
        # "P Carlyon, Office of the Police and Crime Commissioner M Jago, Ashcombe District Council": the next
        # person, by initial and surname, run on after the body of the person before.
        chunks = [part for chunk in chunks for part in _body_then_initialled(chunk)]
    for chunk in chunks:
        entries.extend(couple if couples and (couple := shared_surname(chunk)) else _split_at_and(chunk, title))
    return [piece for entry in _fold_trailing_parts(entries, title) for part in _split_at_title(entry)
            for piece in _split_after_bracket(part)]


# "Office of the Police and Crime Commissioner M Jago": a body's name, then an initial and a surname.
_INITIALLED_AT_END = re.compile(r"^(?P<body>\S.{2,80}?)\s+(?P<who>[A-Z]\.?[ ]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)$")


_OFFICE_OF = re.compile(r"(?i:the\s+)?Office\s+of\s")


def _body_then_initialled(chunk: str) -> list[str]:
    """A comma list's part that is the body of the person before and then, run on with no comma, the next
    person written by initial and surname, as PDF text flattens a roll of "Name, Body" lines; split in
    two when the words before the initial name a body of several words."""
    if len(chunk) > 120 or "(" in chunk or (run_on := _INITIALLED_AT_END.match(chunk.strip())) is None:
        return [chunk]
    body = run_on["body"]
    # A title before the initial is the next person's ("... Council Dr A Lee"), unless it ends the name of
    # an office ("Office of the Police and Crime Commissioner M Jago").
    if _TITLE_INSIDE.search(chunk) and not _OFFICE_OF.match(body):
        return [chunk]
    if len(body.split()) < 2 or looks_like_name(body) or not is_organisation(body):
        return [chunk]
    return [body, run_on["who"]]


def _split_after_bracket(entry: str) -> list[str]:
    """ "Jane Smith (Chair) John Brown (Secretary)": entries with no separator but their
    brackets, each closing bracket followed by the next person's name."""
    if entry.count(")") < 2 and not re.search(r"\)\s+\S", entry):
        return [entry]
    pieces, start = [], 0
    for match in re.finditer(r"\)\s+(?=[^\W\d_])", entry):
        before, after = entry[start: match.start() + 1], entry[match.end():]
        if before.count("(") == before.count(")") and _starts_like_person(re.split(r"\s*\(", after, maxsplit=1)[0]):
            pieces.append(before.strip())
            start = match.end()
    pieces.append(entry[start:].strip())
    # Each piece a person with a bracket of their own: "Gavin Shaw (GS) Caretaking Supervisor" is one.
    # (Or a piece that is only an initialled name: "R Hale (Chairman) C Lloyd", the comma after the bracket lost.)
    return pieces if all(_starts_like_person(piece) and ("(" in piece or _INITIALLED_NAME.fullmatch(piece))
                         for piece in pieces) else [entry]


_INITIALLED_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?(?:[A-Z]\.?\s*){1,3}\s(?-i:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)")


_COUNCILLOR_THEN_TITLED = re.compile(r"^(?P<area>(?i:county|district|borough|town|parish|city|community|unitary))\s+"
                                     r"(?i:council+or)\s+(?P<holder>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z].*)$")
_COUNCILLOR_POST = re.compile(r"(?i)(?:county|district|borough|town|parish|city|community|unitary)\s+council+ors?")


def _split_at_title(entry: str) -> list[str]:
    """ "Deputy Thady Byrnes Cllr Joss Reidy": two people whose separator was lost, told apart
    by the title that opens the second, when the words on each side read as a name."""
    # (Walked by offsets, each title looked for from the last cut and judged on the words near it, so a
    # roll of thousands of titled names costs a pass, not a pass per name.)
    parts: list[str] = []
    start = 0
    while (match := _TITLE_INSIDE.search(entry, start)) and entry.count("(", start, match.start()) == entry.count(
            ")", start, match.start()):
        first = entry[start: match.start()].strip()
        second = entry[match.end(): match.end() + _NEAR].strip()
        bare = _tidy(_BRACKETS.sub(" ", first))
        # ("Det Ch Insp Rob Sandiford": a title alone before another title is part of one title.)
        if _AREA_END.search(bare) and match.end() < len(entry) and entry[match.end()].isupper() and re.match(
                r"(?i)(?:councillor|cllr)", second):
            break  # "Somerford District Councillor C. Hobday": the area is the title's own
        if _COUNCILLOR_POST.fullmatch(bare):
            break  # "County Councilor Mr Heddwyn Prys": the post (spelt with one "l" or two) before the titled name
        if re.search(r"\b(?:for|of|to|by|from|with)$", first):
            break  # "Cllr Sally Onuoha - substitute for Councillor Derek Bainbridge": one entry
        if strip_title(f"{bare} X").strip() == "X" or not ((not is_role(bare) or opens_with_titled_name(bare)) and _opens_with_name(second) and (
                looks_like_name(bare) or _opens_with_name(bare) and read_person(first) is not None)):
            break
        # "Mr Jim Hay Interim Director of Finance Mrs Ellie Monk Chief Nurse": each part may
        # carry its post after the name, as a list set out in columns comes out flattened.
        parts.append(first)
        start = match.end()
    return [*parts, entry[start:].strip()] if parts else [entry]


# How far past a title the words are read to judge whether a name follows it: a title, initials and a
# name are a few words, well within it.
_NEAR = 200



def couple(line: str) -> bool:
    """ "Jane and Gerald Pine" on a line of its own: two people who share the surname written once."""
    return shared_surname(line.strip().rstrip(".,;")) is not None


def opens_with_titled_name(text: str) -> bool:
    """Whether a line opens with a titled name, whatever follows: its post ("Mr Jim Hay Interim
    Director of Finance") or its body ("Mrs Ann Kerr NHS South, Central & West")."""
    return bool(TITLE_RE.match(text + " ")) and _opens_with_name(text)


def _opens_with_name(text: str) -> bool:
    """Whether words open with a titled name: a title and two name-like words."""
    title = TITLE_RE.match(text + " ")
    if not title:
        return looks_like_name(_DASHED.split(text)[0])
    # (Only the opening words are weighed: a long line's rest is split no further.)
    words = text[title.end():].split(None, 16)[:16]
    size = _name_sizes(text.split(None, 20)[:20], 0)[0] - len(title[0].split())
    # (The name's last word may carry the comma before its post: "Ms. Órla Devlin, Staff Officer".)
    return len(words) >= max(size, 2) and looks_like_name(title[0] + " ".join(words[:max(size, 2)]).rstrip(",;"))


# "... and three members of the public": an audience counted, not people named.
_AND_FROM = re.compile(r"\s+and\s+from\s+", re.IGNORECASE)
_PUBLIC_TAIL = re.compile(
    r"(?<!\s)(?:\s*+,|\s++and|\s*+&|\s*+;)?\s+(?:(?:no|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d{1,3})\s+)?"
    r"(?:members?\s+of\s+the\s+(?:public|press)(?:\s+and\s+(?:the\s+)?(?:public|press))?|residents|observers"
    r"|parishioners|visitors|electors)(?:\s*\([^()]{1,60}\))?"  # "(Ashcombe Gazette)": the paper
    # "four members of the public representing Oakfield Arts": whom they came for, no one named.
    r"(?:\s+(?:representing|from)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z&])[\w'’-]*){0,4})?\s*\.?\s*$",
    re.IGNORECASE,
)


def _outside_brackets(text: str, marks: str) -> bool:
    return len(split_outside_brackets(text, marks)) > 1


def split_outside_brackets(text: str, marks: str = ",;") -> list[str]:
    chunks, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in marks and depth == 0:
            chunks.append(text[start:index])
            start = index + 1
    chunks.append(text[start:])
    return [c.strip() for c in chunks if c.strip()]


# "Joan & Mervyn Claybrook": two given names and the surname they share, as rolls of clubs and
# groups list a couple.
_COUPLE = re.compile(r"^\s*(?P<one>[A-Z][a-z'’-]+)\s+(?:&|and)\s+(?P<two>[A-Z][a-z'’-]+)\s+"
                     r"(?P<surname>(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s*$")


def shared_surname(chunk: str, title: str | None = None) -> list[str] | None:
    """ "Joan & Mervyn Claybrook", "Marc and Sabine Mayburn": a couple sharing a surname, read as
    "Joan Claybrook" and "Mervyn Claybrook". Not under a plural title, where a word alone is a surname
    ("Cllrs Smith and Jane Doe"), nor words of a body's name ("Health and Wellbeing Board"); the
    caller reads it only in a list whose other entries are names in full."""
    couple = _COUPLE.match(chunk) if title is None else None
    if couple is None or has_title(f"{couple['one']} X") or has_title(f"{couple['two']} X") or (
            {couple["one"].lower(), couple["two"].lower()} & (NOT_NAME_WORDS | ORG_WORDS)):
        return None
    people = [f"{couple['one']} {couple['surname']}", f"{couple['two']} {couple['surname']}"]
    return people if all(looks_like_name(p) and not is_role(p) and not is_organisation(p) for p in people) else None


def _split_at_and(chunk: str, title: str | None = None) -> list[str]:
    # ("Cllr Kirsty Dow (Ward 9, Perth & Kinross Council)": an "and" or "&" inside a bracket parts no one.)
    pieces = _AND_SPLIT.split(_BRACKETS.sub(lambda m: m[0].replace(" and ", " \x00 ").replace(" & ", " \x01 "), chunk))
    pieces = [p.replace(" \x00 ", " and ").replace(" \x01 ", " & ") for p in pieces]
    if len(pieces) > 1 and all(_starts_like_person(p, title) for p in pieces if p.strip()):
        return [p for p in pieces if p.strip()]
    return [chunk]


def starts_like_person(text: str, title: str | None = None) -> bool:
    """Whether a list entry opens like a person: a name, a titled name, a handle or "nick (Name)"."""
    return _starts_like_person(text, title)


def _starts_like_person(text: str, title: str | None = None) -> bool:
    text = _tidy(_SQUARE.sub(" ", without_attendance_note(text)))  # "Jo Pike (GDS) for item 3"
    head = _DASHED.split(_BRACKETS.sub(" ", text))[0].strip()
    if title and head and not has_title(head):
        head = f"{title} {head}"
    if ends_with_own_initials(head):
        head = head.rsplit(maxsplit=1)[0]  # "John Brown JB"
    # "Mr D L Nicholson Deputy Parish Clerk": a titled name opens a person's entry, whatever
    # post or body follows it without a comma.
    nick = _NICK_THEN_NAME.match(text)
    return looks_like_name(head) or bool(_HANDLE.match(head)) or opens_with_titled_name(head) or bool(
        nick and looks_like_name(_tidy(nick["name"].split(",")[0])))


def ends_with_own_initials(text: str) -> bool:
    """ "John Brown JB": a name followed by its own initials, without brackets."""
    words = text.split()
    return len(words) >= 3 and bool(_INITIALS.match(words[-1])) and not words[-1].startswith("@") and initials_fit(
        words[-1], " ".join(words[:-1])) and looks_like_name(" ".join(words[:-1]))


def _fold_trailing_parts(entries: list[str], title: str | None = None) -> list[str]:
    """ "Ian Roberts, Greengage Consulting": a part that is no person belongs to the last."""
    folded: list[str] = []
    for entry in entries:
        body, person = _body_then_person(entry) if folded else (entry, None)
        if person or folded and (not _starts_like_person(entry, title) or _post_alone(entry)):
            folded[-1] = f"{folded[-1]}, {body}"
            if person:
                folded.append(person)
        else:
            folded.append(entry)
    return folded


def _post_alone(entry: str) -> bool:
    """ "Independent Member", "Co-opted Member": a post in capitals, which may read like a name."""
    bare = _tidy(_BRACKETS.sub(" ", entry))
    # "Senior Executive Officer": a word no name opens with makes it a post, whatever reads as a name in it.
    return is_role(bare) and not TITLE_RE.match(bare + " ") and (
        _name_then_role(bare) is None or bare.split()[0].lower() in POST_OPENERS)


def _body_then_person(entry: str) -> tuple[str, str | None]:
    """ "Cllr M Alder, East Vale District Council Cllr Mrs A Brent, Hill Borough Council": a list
    of "Name, Body" rows run into one paragraph, as a PDF's column of members comes out, leaves
    each body glued to the next person. A part that opens with a body or post and then a
    titled name is the last person's body, then the next person."""
    match = _TITLE_INSIDE.search(entry)
    if match is None or entry[: match.start()].count("(") != entry[: match.start()].count(")"):
        return entry, None
    body, person = entry[: match.start()].strip(), entry[match.end():].strip()
    bare = _tidy(_BRACKETS.sub(" ", body))
    if (is_role(bare) or is_organisation(bare) and not looks_like_name(bare)) and opens_with_titled_name(person):
        return body, person
    return entry, None


def names_then_organisations(text: str, known_orgs: set[str]) -> list[Person] | None:
    """ "Stuart Lockwood John Schofield Oldham Community Leisure Pennine Care": a row of
    names followed by their organisations in the same order, as PDF columns come out."""
    words = text.split()
    if len(words) > _COLUMN_ROW_WORDS:
        return None  # a cost bound: the search is cubic, and a row of PDF columns is never this long
    names = _leading_names(words)
    for count in range(len(names), 1, -1):
        used = sum(len(n.split()) for n in names[:count])
        orgs = _partition_orgs(words[used:], count, known_orgs)
        if orgs:
            return [Person(name=n, organisation=o) for n, o in zip(names[:count], orgs)]
    return None


def _leading_names(words: list[str]) -> list[str]:
    names, index = [], 0
    while index < len(words):
        start = index
        if title := TITLE_RE.match(" ".join(words[index:]) + " "):
            index += len(title[0].split())
        pair = words[index : index + 2]
        if len(pair) < 2 or any(w.lower() in ORG_WORDS or w.lower() in NOT_NAME_WORDS for w in pair):
            break
        if not all(_name_word(w) for w in pair):
            break
        index += 2
        names.append(" ".join(words[start:index]))
    return names


def _partition_orgs(words: list[str], count: int, known: set[str]) -> list[str] | None:
    """Split words into `count` organisations, preferring known ones and usual endings."""
    if len(words) < count:
        return None
    best: dict[tuple[int, int], tuple[int, list[str]]] = {(0, 0): (0, [])}
    for end in range(1, len(words) + 1):
        for parts in range(1, count + 1):
            options = []
            for start in range(max(0, end - 6), end):
                if (start, parts - 1) in best:
                    score, chunks = best[(start, parts - 1)]
                    chunk = " ".join(words[start:end])
                    options.append((score + _org_score(chunk, known), chunks + [chunk]))
            if options:
                best[(end, parts)] = max(options, key=lambda option: option[0])
    score, chunks = best.get((len(words), count), (-1, []))
    return chunks if chunks and score >= 2 * count else None


def _org_score(chunk: str, known: set[str]) -> int:
    if chunk.lower() in known:
        return 3
    words = chunk.split()
    if words[0].lower() in _NEVER_FIRST or words[0].lower() in PEOPLE_CONNECTORS:
        return -3
    if len(words) == 1:
        return 2 if chunk.isupper() else -2
    if words[-1].lower() in ORG_END_WORDS:
        return 2
    return -5
