"""Who an action belongs to: initials ("HH"), surnames ("Cllr Bradley"), full names,
roles ("the Clerk") and groups ("Group Leads"), resolved against the attendance."""

from __future__ import annotations

import re

from minutes.initials import long_initials
from minutes.people import is_organisation, looks_like_name
from minutes.vocabulary import (GROUP_NOUNS, NOT_NAME_WORDS, OFFICE_TITLE_RE, ORG_WORDS, OWNER_ROLES, TITLES, TOPIC_WORDS, has_title, is_role,
                                 strip_title)

# ("@Ann Lee @Ravi Shah": two mentions; "Priyanka + Hannelore": two people, as working groups join them.)
_PARTS = re.compile(r"\s*(?:/|&|,|;|\+|\band\b)\s*|\s+(?=@)")
# "DfE", "PSt", "CMo": initials with a lower-case letter, as minutes write them to tell two
# people with the same initials apart, are initials as much as "HH" is.
# "@cbellini": a handle names one person even when the attendance does not list it.
_HANDLE = re.compile(r"^@[\w.-]{2,39}$")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,5}s?|[A-Z](?=[a-z]?[A-Z])[A-Za-z]{1,3})$")
# A surname after initials or a title: "Y. Karimi", "J.B. Priestley", "Ch Insp Ellery", "Dr Rao",
# "Superintendent Gilsenan" (a title as long as minutes write one).
_SURNAME_FORM = re.compile(
    # ("J-P Mbeki": a double first name's initials joined by its hyphen.)
    r"^(?:(?P<initial>[A-Z])\.?(?:[\s-]*[A-Z]\.?)*\s+|(?:[A-Z][a-z]{1,14}\.?\s+){1,3})(?P<surname>[A-Z][\w'’-]+)$")


# An action's reference that a marker runs into its owner: "ACTION 48: Children's Services",
# "ACTION HWB 25/23 - ICB and Trust", "AP 25-16 JT".
_LEADING_REF = re.compile(r"^(?:action\s+)?(?:(?-i:[A-Z]{1,6})\s*)?\d[\w./-]*\s*[:.)–-]?\s+(?=[A-Za-z@])", re.IGNORECASE)
# How a sentence goes on after the one it names: "The Head of Community Safety was asked (to ...)",
# "Chief Inspector Buchanan agreed that (the officers would ...)", "Dariusz (absent)".
_TRAILING_CLAUSE = re.compile(
    # (The verbs in lower case only: "Mohammed Said" is a name.)
    r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:asked|requested|invited|tasked|instructed)"
    r"|(?:agreed|undertook|offered|volunteered|confirmed|said|advised|reported|stated|noted)(?:\s+that)?)\b.*$"
    r"|\s*\((?i:absent|not present|not here|apologies|in absentia)\b[^)]*\)\s*$",
    re.DOTALL)


def _tidy(text: str) -> str:
    """An owner's words without what a marker or sentence runs into them."""
    if text[:1].isdigit() or text[:1].isupper() and _LEADING_REF.match(text):
        text = _LEADING_REF.sub("", text, count=1)
    if " " in text:
        cut = _TRAILING_CLAUSE.sub("", text).strip(" ,;:-–")
        if cut:
            text = cut
    return text


_SURNAME_COMMA = re.compile(r"^(?P<surname>[A-Z][\w'’-]+),\s*(?P<initial>[A-Z])\.?$")
_TRAILING_BRACKET = re.compile(r"^(?P<who>[^()]{2,60}?)\s*\((?P<inside>[^()]{1,80})\)$")
_DOTTED_INITIALS = re.compile(r"^[A-Z]\.\s*(?:[A-Z]\.?\s*){1,3}$")
# An initial, its stop and a surname with no space between ("K.Hollick", "P.Sandell").
_INITIAL_RUN_ON = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")
# Initials in plain capitals, as a roll defines them ("JW", "SPK").
_PLAIN_INITIALS = re.compile(r"[A-Z]{2,4}")
_FIRST_AND_INITIAL = re.compile(r"^(?P<first>[A-Z][a-z]{1,15})\s+(?P<initial>[A-Z])\.?$")


_TITLE_WORDS = {title.lower().rstrip(".") for title in TITLES if " " not in title}


def _after_titles(words: list[str]) -> list[str]:
    """A name's words after any titles left inside it: "Ward Cllr P. Jennings" is "PJ" as a
    councillor named by the ward they represent is."""
    last = max((index for index, word in enumerate(words) if word in _TITLE_WORDS), default=-1)
    return words[last + 1:] if last >= 0 and len(words) - last - 1 >= 2 else words


def _key(name: str) -> str:
    return " ".join(strip_title(name).lower().replace("’", "'").replace(".", "").split())


# The words a record opens an entry with ("AGREED:", "RESOLVED -", "DECISION:"), and the tags a chat
# meeting bot files lines under ("*INFO*:", "*IDEA*:", "*LINK*:", "*HELP*:"): never who acts.
_RECORD_WORD = re.compile(r"^(?:agreed|resolved|decided|noted|approved|actions?|decisions?|outcomes?|updates?|notes?"
                          r"|recommendations?|recommended|discussion|summary|info|idea|link|help|topic)$", re.IGNORECASE)


class Owners:
    """The people an action can name, with the short forms minutes use for them."""

    def __init__(self, names: list[str], aliases: dict[str, str] | None = None, others: list[str] = (),
                 posts: dict[str, str] | None = None, away: tuple[str, ...] | list[str] = (),
                 named: dict[str, str] | None = None, written_long: set[str] | frozenset[str] = frozenset()) -> None:
        """`others` are names the document gives in full outside the attendance: used only to write a
        surname after a title ("Cllr Dowson") as the one of them it names, never to decide who may act.
        `posts` gives attendees' posts as the roll writes them ("Chief People Officer (CPO)"): an office's
        initials are the role's, kept as written as a role is ("CMO"), never read as some named person's;
        `away` are the listed names of those not at the meeting;
        `named` maps initials, first names and surnames to the one person the document names in full
        with them, the last resort; `written_long` are the long initials the document writes anywhere
        ("JBr"), which tell who its plain "JB" is when two people share those initials."""
        self._named = dict(named or {})
        self._written_long = set(written_long)
        self._away = set(away)
        self._post_words = {name: post.lower() for name, post in (posts or {}).items() if post}
        # The bodies the attendance says people come from ("An Garda Síochána", "PPN"), with their posts.
        self._bodies = {part for post in self._post_words.values() for part in post.split(", ") if part}
        self._posts: dict[str, set[str]] = {}
        for name, post in (posts or {}).items():
            for short in _post_initials(post):
                self._posts.setdefault(short, set()).add(name)
        self._others: dict[str, list[str]] = {}
        for name in others:
            if key := _key(name):
                self._others.setdefault(key.split()[-1], []).append(name)
        self._by_key: dict[str, str] = {}
        self._short: dict[str, set[str]] = {}
        self._handles: dict[str, set[str]] = {}
        self._titles: dict[str, set[str]] = {}
        self._ranked: dict[tuple[str, str], set[str]] = {}
        # "JBr" for "Jonathan Brierley": the long initials minutes give one of two people who share "JB".
        self._long: dict[str, set[str]] = {}
        self._long_of: dict[str, set[str]] = {}
        # Roll names by their first name's opening two letters, where a short form ("Dan") is looked up.
        self._first_names: dict[str, set[str]] = {}
        # The initials and handles the attendance list defines: they name exactly one person.
        # Each word of a post, with who holds it (looked up once per short form, not per attendee).
        self._post_holders: dict[str, set[str]] = {}
        for name, post in self._post_words.items():
            for word in set(re.findall(r"[\w&'’-]+", post)):
                self._post_holders.setdefault(word, set()).add(name)
        # (Not a body's short form: "Rhys Oduya, MHCLG" or "Ann Vale (DfT)" beside one name, when the roll
        # lists others as coming from that body, names the body: "MHCLG to send the figures" is MHCLG's, as
        # written, not the one of its people it was written beside, who may have sent apologies.)
        self._aliases = {_alias_key(short): name for short, name in (aliases or {}).items()
                         if not self._body_short(short, name)}
        for name in names:
            key = _key(name)
            if not key:
                continue
            self._by_key.setdefault(key, name)
            # "the Chief Superintendent" is the one attendee listed under that title.
            title = name.strip()[: len(name.strip()) - len(strip_title(name))].strip().lower().replace(".", "")
            if title:
                self._titles.setdefault(_title_key(title), set()).add(name)
                if len(title.split()) >= 2 and key.split():
                    # "SM Fagan" for "Station Manager Kerry Fagan": a long title written by its initials.
                    self._ranked.setdefault(("".join(word[0] for word in title.split()), key.split()[-1]), set()).add(name)
            # ("K.Hollick", as a club's roll writes a member: an initial and a surname run together, "KH".)
            words = _after_titles(_key(_INITIAL_RUN_ON.sub(r"\1 ", name)).split() if "." in name else key.split())
            # "Samuel Okonkwo-Ray" is "SO" and "SOR".
            parts = [part for word in words for part in word.split("-") if part]
            shorts = {_initials(words), words[-1], words[0], _initials(words[:1] + words[-1:]), _initials(parts)}
            if len(words) >= 2 and re.match(r"^[a-z]'[a-z]", words[-1]):
                # "Declan O'Neill" is "DO'N", as minutes keep the apostrophe of an Irish surname.
                shorts.add(_initials(words[:-1]) + words[-1][:3])
                # ... and "DON" without it, as a capital for each part of the surname ("Ciara O'Hagan", "COH").
                shorts.add(_initials(words[:-1]) + words[-1][0] + words[-1][2])
            if len(words) >= 2 and (mac := re.match(r"^(ma?c)[a-z]", words[-1])):
                # "Eilidh MacRae" is "EMacR" and "Fraser McBride" "FMcB", as Scottish and Irish minutes keep
                # the "Mac" of a surname to tell "EMacR" from "EM".
                shorts.add(_initials(words[:-1]) + words[-1][: len(mac[1]) + 1])
            for short in shorts:
                self._short.setdefault(short, set()).add(name)
            if len(words) >= 2 and words[0].isalpha() and len(words[0]) >= 4:
                self._first_names.setdefault(words[0][:2], set()).add(name)
            for long in long_initials(words):
                self._long.setdefault(long, set()).add(name)
                self._long_of.setdefault(name, set()).add(long)
            if len(words) >= 2:
                # The handles people choose: "@dokoye", "@danielokoye", "@daniel-okoye", "@okoyed", and with a
                # mark between a name and an initial ("@daniel-o", "@d.okoye", "@d_okoye").
                first, last = re.sub(r"\W", "", words[0]), re.sub(r"\W", "", words[-1])
                for handle in {first + last, first[:1] + last, first + last[:1], last + first[:1],
                               f"{first}-{last}", f"{first}_{last}", f"{first}.{last}",
                               *(f"{first}{mark}{last[:1]}" for mark in "-_."), *(f"{first[:1]}{mark}{last}" for mark in "-_.")}:
                    self._handles.setdefault(handle, set()).add(name)

    def _body_short(self, short: str, name: str) -> bool:
        """Whether a short form set beside a name is a body the roll lists someone else as coming from
        ("Dept Lead, MHCLG" beside another attendee), and not the name's own initials ("MHCLG" beside
        Rhys Oduya; "RO" would be his)."""
        body = short.lower()
        if short.startswith("@") or not short[:1].isupper() or OWNER_ROLES.match(short) or is_role(short):
            return False
        holders = self._post_holders.get(body, set())
        if not holders or holders == {name}:
            return False  # (one person's own post, "Jo Tait (MD)", may be how the minutes name her)
        words = _after_titles(_key(name).split())
        return short.upper() not in {_initials(words).upper(), _initials(words[:1] + words[-1:]).upper()}

    def resolve(self, text: str) -> str:
        """The owner as the register should show it: a full name where one is known."""
        whole = _tidy(text.strip(" .:;-–"))
        if whole[-1:].isupper() and (graded := _GRADE_AFTER.match(whole)) and not self._person(whole) and not (
                self._person(graded["grade"])) and (self._person(graded["who"]) or _ACRONYM.match(graded["who"]) or (
                (surnamed := _SURNAME_FORM.match(graded["who"])) and surnamed["initial"])):
            whole = graded["who"]  # ("P. Vale EE", "NOG SEE": an officer's grade after their name or initials)
        if whole[:1] in "NnOoIiCc" and (tagged := _STATUS_FOR.match(whole)):
            whole = tagged["who"].strip(" .;")  # ("Ongoing for Rhian Bowen/Site leads": a log's status before whom)
        if "/" in whole[:12] and (bodied := _BODY_SLASH.match(whole)) and self._body_before(bodied["body"], bodied["who"]):
            whole = bodied["who"]  # ("PF/Stan Wexley": the body a person acts for, then the person)
        inverted = _SURNAME_COMMA.match(whole)
        if inverted and (found := self._by_surname(inverted["surname"].lower(), inverted["initial"].lower())):
            return found  # "Smith, J.": a register's surname first
        bracketed = _TRAILING_BRACKET.match(whole)
        if bracketed and (found := self._person(bracketed["who"])):
            return found  # "Smith (Chair)", "Cllr Jones (lead)": the person, without the note on them
        if bracketed and _is_group(bracketed["who"]):
            # "a working group (TG, Ms Cosgrave, KT)": the people the group is named as.
            members = [self._person(part) for part in _PARTS.split(bracketed["inside"]) if part.strip()]
            if members and all(members):
                return ", ".join(members)
        if (posted := self._post_then_person(whole)) is not None:
            return posted
        if not self._person(whole) and (_is_group(whole) or OWNER_ROLES.match(whole)) and not re.search(r"\s[/;]\s", whole) and not (
                "/" in whole and self._person(whole.split("/", 1)[0])):
            return whole  # (a slash or semicolon between spaces joins two owners: "Officer / Forum"; so does one after a name)
        if (post := self._one_post(whole)) is not None:
            return post
        parts = [re.sub(r"^the\s+", "", p, flags=re.IGNORECASE) for p in _PARTS.split(whole) if p]
        named = [self._person(part) or self._other(part) or _undotted(part) for part in parts]
        if len(named) >= 2 and self._post_words:
            # "HM Treasury, Colin Brackley": a body written beside the one of its people the attendance lists
            # under it is where that person comes from, not a second owner.
            named = [name for index, (part, name) in enumerate(zip(parts, named)) if not (
                name == part and any(neighbour in self._post_words and part.lower() in self._post_words[neighbour]
                                     for neighbour in named[max(0, index - 1): index + 2] if neighbour != name))]
        return ", ".join(named)

    def _post_then_person(self, whole: str) -> str | None:
        """ "Secretary Neil", "secretary Neil", "Treasurer Kira Hanley": a post of one or two words before a name the
        roll gives is that person, named in full; the post is what they act as, said on the way."""
        # (Not a post and its body, "Chief Executive, OPCC", nor initials after a post: a name in letters of both cases.)
        words = whole.split()
        if not 2 <= len(words) <= 4 or "," in whole or "/" in whole or self._person(whole):
            return None
        for size in (1, 2):
            who = " ".join(words[size:])
            if who[:1].isupper() and not who.isupper() and is_role(" ".join(words[:size])) and not is_role(who) and (
                    found := self._person(who)):
                return found
        return None

    def _one_post(self, whole: str) -> str | None:
        """A post written as the owner, kept whole as written, though its words hold an "and" or a comma that
        would part two owners: an office's name ("Police and Crime Commissioner", "Events and Communications
        Officer"), a post over several fields ("Lead for Planning and Performance", "Director of Services,
        Housing & Community") and a post with the body it serves after a comma ("Chief Executive, OPCC"), whose
        body's initials the roll may have set beside the holder's name. None when the words name anything else."""
        bare = re.sub(r"^the\s+", "", whole, flags=re.IGNORECASE)
        if len(bare) > 90 or not bare[:1].isupper() or not re.search(r",|&|\band\b", bare) or "/" in bare:
            return None
        if OFFICE_TITLE_RE.match(bare):
            return bare
        head, _, tail = bare.partition(",")
        if tail:
            tail = tail.strip()
            if not _is_post(head) or self._person(head) or not tail or _is_post(tail) or self._person(tail) and not (
                    _ACRONYM.match(tail) and self._body_short_of(tail)):
                return None
            fields = [part for part in re.split(r"\s*(?:&|\band\b)\s*", tail) if part]
            if all(part[:1].isupper() and not self._person(part) and not _is_post(part) for part in fields) or (
                    _ACRONYM.match(tail) and self._body_short_of(tail)):
                return bare
            return None
        pieces = re.split(r"\s*(?:&|\band\b)\s*", bare, maxsplit=1)
        if len(pieces) != 2:
            return None
        before, after = pieces
        if not _is_post(bare) or not after or self._person(before) or self._person(after):
            return None
        if re.search(r"\s(?:of|for)\s", before) and _is_post(before) and not _is_post(after):
            return bare  # "Lead for Planning and Performance": the fields of one post
        if " " not in before and not _is_post(before) and not is_organisation(before) and not _is_group(before) and (
                before.lower() not in GROUP_NOUNS and _is_post(after)):
            return bare  # "Events and Communications Officer": one officer of two fields
        return None

    def _body_short_of(self, short: str) -> bool:
        """Whether an acronym is a body written in a holder's post ("OPCC" in "Chief Executive, OPCC"), not the
        initials of their name."""
        holders = self._post_holders.get(short.lower(), set())
        return bool(holders) and all(short.upper() != _initials(_after_titles(_key(name).split())).upper()
                                     for name in holders)

    def _body_before(self, body: str, who: str) -> bool:
        """Whether `body`, written before a slash and the one attendee `who` names, is the body that person
        acts for ("PF/Stan Wexley", "Council/Ann Lee"): initials or a body's name that name no one on the
        roll and no office, so not a second owner as "Clerk/Chair" or "JB/KT" are two."""
        if self._person(body) or OWNER_ROLES.match(body) or is_role(body) or _is_group(body):
            return False
        return bool(_ACRONYM.match(body) or is_organisation(body)) and self._person(who) is not None

    def holds(self, name: str, office: str) -> bool:
        """Whether the attendee `name` holds `office`, as the roll gives their post: its words
        ("Chief Operating Officer", "the Board Secretary") or the initials it is known by ("COO")."""
        post = self._post_words.get(name)
        if not post:
            return False
        bare = re.sub(r"^the\s+", "", office.strip(" ."), flags=re.IGNORECASE)
        if re.fullmatch(r"[A-Z]{2,6}", bare):
            return self._posts.get(bare) == {name}
        words = bare.lower().split()
        # (An office, not the body the attendee comes from: "Parish Council" in "Chair, Parish Council" is not held.)
        return len(words) >= 2 and is_role(bare) and f" {' '.join(words)} " in f" {re.sub(r'[^a-z0-9]+', ' ', post)} "

    def _other(self, part: str) -> str | None:
        """ "Cllr Dowson": the one titled name written in full elsewhere with that surname."""
        surname = _SURNAME_FORM.match(part.strip())
        if surname is None or not has_title(part):
            return None
        named = self._others.get(surname["surname"].lower(), [])
        return named[0] if len(named) == 1 else None

    def is_owner(self, text: str, strict: bool) -> bool:
        """Whether words name someone who can own an action. `strict` (prose without a
        marker) accepts only known people, roles and groups; a marker also accepts any
        name-shaped words or an acronym."""
        whole = text.strip(" .:;-–")
        if _RECORD_WORD.match(whole):
            return False  # ("AGREED: publish the summary": the record's word, in capitals like initials)
        if _is_group(whole) or OWNER_ROLES.match(whole):
            return True
        if whole[-1:] == ")" or "," in whole:
            # "KT (lead)", "Smith (Chair)", "Tait, K.": one person as resolve reads them, a note or an initial after.
            noted = _TRAILING_BRACKET.match(whole) or _SURNAME_COMMA.match(whole)
            if noted and self.resolve(whole) != whole and self._person(self.resolve(whole)):
                return True
        parts = [p for p in _PARTS.split(whole) if p]
        return bool(parts) and len(parts) <= 6 and all(self._owner_part(p, strict) for p in parts)

    def lone_name(self, word: str, verb: str = "") -> bool:
        """Whether one capitalised word, opening a line an action marker introduces before "to" and a
        verb, can be who acts though the roll does not list it: a first name or surname ("Ines to draft
        the note" under "Action items", "ACTION: Ines to draft ...", an actions column's "Okafor to
        update the wiki") or a group ("Nominees to send a short biography"), as notes write them when
        the roll is partial, a list of handles or missing. Not a word of a heading or a body ("Agenda",
        "Council"), nor a record's word ("Agreed"), nor a thing that happens by itself (`verb`: "Newsletter
        to go out in May", "Survey to close on Friday")."""
        bare = word.strip()
        if not re.fullmatch(r"[A-Z][a-z'’-]{2,19}", bare) or _RECORD_WORD.match(bare) or verb in _HAPPENS:
            return False
        lower = bare.lower()
        return not (lower in NOT_NAME_WORDS or lower in ORG_WORDS or lower in TOPIC_WORDS or lower in _NOT_LONE
                    or is_role(bare) or is_organisation(bare))

    def noted_owner(self, inside: str) -> str | None:
        """The owner a note in square brackets closing an action gives, as logs and notes tag their
        entries: after a status and "for" ("[new for Rhian Bowen]", "[Ongoing for Rhian Bowen/Site leads]",
        "[open for all members]"), or as who a "to" clause in it names ("[Rhian Bowen to agree the wording
        with the leads]"). None when the note names no one ("[closed]", "[see appendix]")."""
        note = " ".join(inside.split())
        tagged = _STATUS_FOR.match(note)
        if tagged:
            parts = [part for part in _PARTS.split(tagged["who"]) if part]
            if parts and len(parts) <= 6 and all((noted := _NOTED_PART.match(part)) and noted["first"].lower() not in (
                    NOT_NAME_WORDS) for part in parts):
                return self.resolve(tagged["who"])
            return None
        subject = _NOTE_SUBJECT.match(note)
        if subject and self.is_owner(subject["who"], strict=False):
            return self.resolve(subject["who"])
        return None

    def represented(self, text: str) -> bool:
        """Whether words name a body the attendance lists someone as coming from ("An Garda Síochána
        would carry out speed enforcement", "PPN to identify a coordinator"): a party to the meeting,
        which partnership minutes give work as they give it to a person."""
        key = re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.IGNORECASE).lower()
        return bool(key) and key in self._bodies

    def known_person(self, text: str) -> str | None:
        """The full name of the one attendee these words name, if exactly one."""
        return self._person(text)

    def is_person(self, text: str) -> bool:
        """Whether words name a known person or a role held by one ("the Clerk")."""
        parts = [p for p in _PARTS.split(text.strip(" .:;-–")) if p]
        return bool(parts) and all(self._person(p) or OWNER_ROLES.match(p) or _titled(p) or _office(p) for p in parts)

    def _owner_part(self, part: str, strict: bool) -> bool:
        if self._person(part) or OWNER_ROLES.match(part) or _is_group(part) or _titled(part) or _office(part):
            return True
        if part[:4].lower() == "the " and _ACRONYM.match(part[4:].strip()):
            # "the FD", "the DOH": an office known by its initials ("Marcus Fenn (FD)").
            return not strict or self._person(part[4:]) is not None
        return not strict and (
            looks_like_name(part) or is_organisation(part) or bool(_ACRONYM.match(part) or _HANDLE.match(part))
            or bool(_DOTTED_INITIALS.match(part.strip()))  # "J.B.", "K. T.": initials written with stops
        )

    def _person(self, part: str) -> str | None:
        if len(part) <= 9 and _SPACED_INITIALS.fullmatch(part.strip()):
            # ("A M to price the seed potatoes", "G B to organise the food": the roll's "(AM)", spaced apart.)
            part = part.replace(" ", "")
        alias = _alias_key(part)
        if alias.startswith("the ") and _ACRONYM.match(part.strip()[4:]):
            alias = alias[4:]
        if alias in self._aliases:
            return self._aliases[alias]
        if alias.startswith("@") and alias in self._by_key:
            return self._by_key[alias]  # a list of attendees by handle alone ("@mirela")
        if alias.startswith("@") and " " in alias:
            return self._person(part.strip()[1:])  # "@Marcus Bell": a mention of a full name, as Notion writes one
        if alias.startswith("@"):
            handle = self._handles.get(alias[1:], set())
            return next(iter(handle)) if len(handle) == 1 else self._unique(alias[1:])
        if part.strip(" []").islower() and f"@{alias}" in self._aliases:
            return self._aliases[f"@{alias}"]  # "[otarrant] I'll send ...": a handle written without its "@"
        key = _key(part)
        if key in self._by_key:
            return self._by_key[key]
        dotted = _DOTTED_INITIALS.match(part.strip())
        if dotted:
            short = re.sub(r"[.\s]", "", part).lower()  # "J.S.", "J. S.": the initials the roll may define as "(JS)"
            return self._aliases.get(short) or self._initialled(short)
        titled_initial = _TITLE_INITIAL.match(part.strip())
        if titled_initial:
            # "Dr O": a title and the surname's initial, as notes name the one doctor whose surname it opens.
            title, initial = titled_initial[1].lower().rstrip("."), titled_initial[2].lower()
            found = {name for name_key, name in self._by_key.items() if name_key.split()[-1][:1] == initial
                     and name.lower().lstrip().startswith(title)}
            return next(iter(found)) if len(found) == 1 else None
        first = _FIRST_AND_INITIAL.match(part.strip())
        if first:
            # "John S.", "Mary J": a first name and a surname's initial, as working groups write them.
            found = {name for name_key, name in self._by_key.items() if len(name_key.split()) >= 2
                     and name_key.split()[0] == first["first"].lower() and name_key.split()[-1][:1] == first["initial"].lower()}
            if not found:
                # "Tait K": a register's surname first, without the comma ("Tait, K.").
                return self._by_surname(first["first"].lower(), first["initial"].lower())
            return next(iter(found)) if len(found) == 1 else None
        surname = _SURNAME_FORM.match(part.strip()) or _SURNAME_FORM.match(strip_title(part))  # "Cllr O. Griffiths"
        if surname:
            # "Y. Karimi", "Ch Insp Ellery", "Cllr J Bell": a surname the list names once,
            # with the first name's initial where one is given.
            found = self._by_surname(surname["surname"].lower(), (surname["initial"] or "")[:1].lower())
            if found:
                return found
        raw = part.strip()
        ranked = _RANK_SURNAME.match(raw) if self._ranked else None
        if ranked and len(found := self._ranked.get((ranked[1].lower(), ranked[2].lower()), set())) == 1:
            return next(iter(found))
        if len(key.split()) >= 2 and raw[:1].isupper() and not has_title(raw):
            # "Wen Jie" for "Wen Jie Tan": the opening words of the one full name they open (a given
            # name of two words, as notes write it).
            found = {name for name_key, name in self._by_key.items() if name_key.startswith(key + " ")}
            if len(found) == 1:
                return next(iter(found))
        if len(raw.split()) <= 4 and raw[:1].isalpha():
            bare_title = raw[4:] if raw[:4].lower() == "the " else raw
            titled = self._titles.get(_title_key(bare_title.lower().replace(".", "")), set())
            if len(titled) == 1 and not OFFICE_TITLE_RE.match(bare_title.replace(".", "")):
                return next(iter(titled))
        if raw.isupper() and 2 <= len(raw) <= 4:
            return self._initialled(raw.lower().replace("’", "'")) or self._written_in_full(raw)
        if _LONG_INITIALS.match(raw) and len(found := self._long.get(raw, set())) >= 1:
            found = found - self._away if len(found) > 1 else found
            return next(iter(found)) if len(found) == 1 else None
        if len(key.split()) == 1 and raw[:1].isupper():
            # ("Amara": the one person of that first name or surname the document names in full, where
            # no listed attendee is.)
            if self._short.get(key) or OWNER_ROLES.match(raw) or is_role(raw) or key in GROUP_NOUNS:
                return self._unique(key)
            return self._named.get(raw.strip()) or self._short_form(key)
        return None

    def roll_initials(self, word: str) -> str | None:
        """The one roll person plain capitals name as their initials: "JW" for James Wilde (or for the
        name the roll writes "(JW)" beside). None for an acronym the roll defines for no one ("NHS",
        "ICB", "AGM") and for a post's initials ("CEO"), which a task's words may well end with."""
        raw = word.strip()
        if not _PLAIN_INITIALS.fullmatch(raw) or raw in self._posts:
            return None
        key = raw.lower()
        found = self._aliases.get(key) or self._initialled(key)
        # ("BO" is no one's initials though Bo Lindgren is on the roll: a word of a name is not its initials.)
        return found if found and (key in self._aliases or key not in _key(found).split()) else None

    def _short_form(self, word: str) -> str | None:
        """ "Dan" for "Daniel Ortiz", "Norm" for "Norman Walsh", "Freddie" for "Frederick Lyle": a short form
        or pet name of one roll name's first name, as volunteers' notes write each other. The word, or it
        without a pet ending ("-ie", "-y", "-o") and a doubled letter before that, opens the first name of
        exactly one roll name (others away left aside when two fit); a word of posts, bodies or topics is none."""
        if not 3 <= len(word) <= 10 or not word.isalpha() or word in NOT_NAME_WORDS or word in ORG_WORDS or (
                word in TOPIC_WORDS or word in _NOT_LONE):
            return None
        # ("Nick" for "Nicholas", "Vicky" for "Victoria": a pet name spells with "ck" what the name spells "ch" or "c".)
        stems = {word, *({word.replace("ck", "ch"), word.replace("ck", "c")} if "ck" in word else ())}
        spellings = tuple(stems)
        for ending, spelt in ((ending, spelt) for ending in ("ie", "y", "o") for spelt in spellings):
            stem = spelt[: -len(ending)] if spelt.endswith(ending) else ""
            if len(stem) >= 3 and stem[-1] == stem[-2]:
                stems.add(stem[:-1])  # ("Robbie", "Abby": a doubled letter before the ending, "Rob", "Ab")
            elif len(stem) >= 3:
                stems.add(stem)
        found = {name for stem in stems for name in self._first_names.get(stem[:2], set())
                 if (first := _after_titles(_key(name).split())[0]).startswith(stem) and first != stem}
        if len(found) > 1:
            found -= self._away
        return next(iter(found)) if len(found) == 1 else None

    def _by_surname(self, surname: str, initial: str) -> str | None:
        found = {name for key, name in self._by_key.items() if key.split()[-1] == surname
                 and (not initial or key.split()[0][:1] == initial)}
        if len(found) > 1:
            found -= self._away  # "Cllr Bell" when one Bell is at the meeting and one sent apologies
        return next(iter(found)) if len(found) == 1 else None

    def _unique(self, short: str) -> str | None:
        names = self._short.get(short, set())
        if len(names) > 1:
            # "JP" when Joanne Petty is at the meeting and Jim Pell sent apologies: the one there.
            names = names - self._away
        return next(iter(names)) if len(names) == 1 else None

    def _initialled(self, short: str) -> str | None:
        """The one person plain initials name: the one attendee with them, or, when two share them and the
        document writes one of the two by long initials ("JB" and "JBr" for Jane Brown and Jonathan
        Brierley), the other, as minute-takers tell two people with the same initials apart."""
        found = self._unique(short)
        if found or not self._written_long:
            return found
        names = self._short.get(short, set()) - self._away or self._short.get(short, set())
        plain = {name for name in names if not self._long_of.get(name, set()) & self._written_long}
        return next(iter(plain)) if len(plain) == 1 and len(names) >= 2 else None

    def _written_in_full(self, short: str) -> str | None:
        """ "CH": the one person named in full with these initials, when no attendee's name or post has them
        (a post's initials, "MD" for a Medical Director, stay the role's)."""
        if self._short.get(short.lower()) or self._posts.get(short):
            return None
        return self._named.get(short)


# An officer's grade or post letters after their name or initials, as Irish council minutes write officials
# ("P. Vale EE", "NOG SEE", "Dara Quill A.O."): the name, then two to four capitals, dotted or not.
_GRADE_AFTER = re.compile(r"^(?P<who>[^,;/&]{2,60}?)(?:\s+|,\s*(?=[A-Z]\.))(?P<grade>(?:[A-Z]\.){2,4}|[A-Z]{2,4})$")


# "PF/Stan Wexley": a body's initials or one-word name, a slash, then a person.
_BODY_SLASH = re.compile(r"^(?P<body>[A-Z][\w&'’-]{1,11})\s*/\s*(?P<who>[A-Z@][^/;,&+]{1,60})$")


# Verbs of things that happen rather than of someone's work ("Newsletter to go out", "Consultation to close").
_HAPPENS = {"go", "close", "open", "start", "begin", "finish", "end", "launch", "run", "happen", "continue", "remain",
            "stay", "move", "come", "return", "become", "proceed", "commence", "expire", "lapse", "change",
            "increase", "decrease", "rise", "fall", "follow", "include", "cover", "apply", "cost", "last", "arrive",
            "appear", "reopen", "resume", "slip", "stand", "sit", "meet", "be", "have", "get", "need"}


# "new for", "Ongoing for", "open for", "carried forward for": a log's status, then whom it is for.
_STATUS_FOR = re.compile(r"^(?:new|ongoing|open|outstanding|in\s+progress|carried(?:\s+forward)?|c/f)\s+for\s+"
                         r"(?P<who>\S.{0,80})$", re.IGNORECASE)
# One owner in such a note: a name, initials or a group as written ("SIG leads", "all members").
_NOTED_PART = re.compile(r"^(?:all\s+|[Tt]he\s+(?=[A-Z]))?(?P<first>[A-Z@][\w'’.-]*|(?<=all )[a-z]+)(?:\s+[A-Za-z][\w'’.-]*){0,3}$")
# "Rhian Bowen to agree the wording ...": who a note's own "to" clause names.
_NOTE_SUBJECT = re.compile(r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+to\s+[a-z]")


# Words that open a line of notes before "to" and a verb without naming anyone: what is to happen, or when.
_NOT_LONE = {"this", "that", "these", "those", "there", "it", "we", "they", "you", "he", "she", "all", "everyone",
             "anyone", "someone", "nobody", "each", "both", "who", "what", "how", "need", "needs", "time", "work",
             "plan", "plans", "website", "site", "page", "document", "documents", "draft", "paper", "papers", "budget",
             "funding", "money", "decision", "vote", "proposal", "project", "request", "letter", "email", "today",
             "tomorrow", "now", "next", "then", "later", "soon", "also", "still", "please", "continue", "agreed"}


# Long initials: a person's initials with the next letters of their surname ("JBr", "AMFo").
_LONG_INITIALS = re.compile(r"^[A-Z]{1,3}[A-Z][a-z]{1,2}$")
_TITLE_INITIAL = re.compile(r"^(Dr|Prof|Cllr|Mr|Mrs|Ms|Miss|Revd?)\.?\s+([A-Z])\.?$")
# (Reading writes "SM Fagan" as the roll's full name; recording an import matches an owner left short
# to a member the same way, in domain/owner_match.py.)
_RANK_SURNAME = re.compile(r"^([A-Z]{2,4})\.?\s+([A-Z][\w'’-]+)$")


# Titles minutes shorten: "Chief Supt." is "Chief Superintendent", "Ch Insp" "Chief Inspector".
_SHORT_TITLES = {"councillor": "cllr", "councillors": "cllr", "superintendent": "supt", "inspector": "insp",
                 "sergeant": "sgt", "detective": "det", "ch": "chief", "professor": "prof", "doctor": "dr"}


_SMALL_WORDS = {"of", "and", "for", "the", "to", "&", "in"}


def _post_initials(post: str) -> set[str]:
    """The initials an attendee's post is known by: those written beside it ("Director of Public
    Health (DPH)", "Chief People Officer, CPO") and those of each office in it ("Director of Corporate
    Governance" is "DCG", "Medical Director" "MD"), as boards of trusts and partnerships write owners."""
    found: set[str] = set()
    segments = [part.strip() for part in re.split(r"[,;/()]", post) if part.strip()]
    # ("for Director of Adult Social Services": a substitute's post is the absent holder's.)
    offices = [part for part in segments if is_role(part) and not part.isupper() and part.split()[0].lower() != "for"]
    for office in offices:
        words = [word for word in re.split(r"[\s-]+", office) if word and word.lower() not in _SMALL_WORDS]
        if 2 <= len(words) <= 6 and all(word[:1].isupper() for word in words):
            found.add("".join(word[0] for word in words))
    for before, part in zip(segments, segments[1:]):
        # An acronym written after a post ("Chief Executive (CEO)") is the post's when it opens with the
        # post's first letter; one after an organisation ("Voluntary Action (CVA)") stays the organisation's.
        if re.fullmatch(r"[A-Z]{2,6}", part) and before in offices and part[0] == before.lstrip()[0].upper():
            found.add(part)
    return found


def _is_post(text: str) -> bool:
    """Whether words name a post or office ("Chief Executive", "Clerk", "Head of Workforce")."""
    text = text.strip()
    return bool(text) and (is_role(text) or bool(OWNER_ROLES.match(text)))


def _title_key(title: str) -> str:
    """A title as written either way: "County Councillor" and "County Cllr" are one, as are
    "Chief Superintendent", "Chief Supt." and "Ch Supt"."""
    return " ".join(_SHORT_TITLES.get(word, word) for word in title.replace(".", " ").split())


def _undotted(part: str) -> str:
    """Initials written with stops as a register writes them, without ("J.B." is "JB"); other words as they are."""
    return re.sub(r"[.\s]", "", part) if _DOTTED_INITIALS.match(part.strip()) else part


def _alias_key(text: str) -> str:
    return text.strip(" .:;,()[]").lower()


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


def _titled(part: str) -> bool:
    """ "Cllr Lightfoot", "PCSO Mayhew", "Dr A. Rao": a name behind a personal title is a
    person's, whether or not the attendance list (which may be missing or unread) names them."""
    bare = strip_title(part)
    return bare != part.strip() and has_title(part) and looks_like_name(part) and not is_organisation(bare)


# "The Assistant Commissioner", "the Head of Planning": the definite article before an office
# written with capitals names the one person who holds it, as council, police and NHS minutes
# refer to officers throughout ("The Assistant Commissioner agreed to circulate the plan").
_OFFICE = re.compile(r"^[Tt]he\s+(?=[A-Z])(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the)){0,5})$")


def _office(part: str) -> bool:
    match = _OFFICE.match(part.strip()) if part[:4].lower() == "the " else None
    return bool(match) and match["office"].split()[-1][:1].isupper() and is_role(match["office"])


# Two to four capitals with a space between each: "G B", "J M R".
_SPACED_INITIALS = re.compile(r"[A-Z](?: [A-Z]){1,3}")


def _is_group(part: str) -> bool:
    words = part.split()
    if words and 2 <= len(words) <= 4 and words[0].lower() == "all" and _PEOPLE_PLURAL.search(words[-1]) and (
            words[-1].lower() not in _THING_PLURALS and all(word.isalpha() for word in words[1:])):
        return True  # "All plot holders", "All tenants", "all ward members": everyone of a kind of people
    if not words or len(words) > 8 or words[-1].lower() not in GROUP_NOUNS:
        return False
    first = words[0]
    return first[0].isupper() or first.lower() in ("the", "all", "each", "relevant")


# The plural of a word for a kind of person, as "All ..." names a group: holders, tenants, residents, trustees,
# pharmacists, clinicians, representatives, neighbours.
_PEOPLE_PLURAL = re.compile(r"(?:er|or|ent|ant|ee|ist|ian|ive|our)s$", re.IGNORECASE)
# Plurals of that shape that are things, never people ("All papers to be circulated", "All comments to ...").
_THING_PLURALS = {"papers", "letters", "numbers", "orders", "posters", "matters", "others", "minutes", "documents",
                  "payments", "comments", "agreements", "amendments", "statements", "elements", "arrangements",
                  "requirements", "contents", "events", "incidents", "grants", "plants", "covers", "answers",
                  "registers", "folders", "reminders", "chapters", "quarters", "centres", "centers", "filters",
                  "objectives", "initiatives", "incentives", "alternatives", "archives", "colours", "hours",
                  "figures", "invoices", "tenders", "vouchers", "timers", "banners", "flyers", "leaflets"}


def owner_key(who: str) -> str:
    """An owner as two copies of one action are compared: lower case, without a leading "the" or "all"."""
    return re.sub(r"^(?:the|all)\s+", "", who.lower()).strip()


def same_owners(first: str, second: str) -> bool:
    """Whether two owners are one, as the body and a closing log write them: the same words, or
    every word of the shorter among the first owner the longer names, which names it more fully
    ("DfT" and "DfT officials", "The Chief Finance Officer" and "Chief Finance Officer, OPFCC",
    "Marisol Duarte" and "Marisol Duarte, Ngozi Eze"; not "Finance Officer" and "Chief Executive,
    Finance Officer")."""
    a, b = owner_key(first), owner_key(second)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    words = set(re.findall(r"[a-z0-9@'’-]+", short))
    return bool(words) and "," not in short and words <= set(re.findall(r"[a-z0-9@'’-]+", long.split(",")[0]))


def fuller_owner(main: str | None, other: str | None) -> str | None:
    """The owner of two copies of one action: the main copy's, unless the other names the same owner
    more fully, as a log's "All" for the minute's "All partners to submit ..." does."""
    if not main or not other:
        return main or other
    if main.strip().lower() in ("all", "everyone", "everybody") and other.strip().lower().startswith(
            ("all ", "everyone ", "each ")):
        return other
    return other if len(other) > len(main) and same_owners(main, other) else main
