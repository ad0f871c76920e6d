"""A roll said in the chair's opening words rather than listed, as parish councils and small committees
often minute their first item:

    The Chair, Cllr Ann Lee, opened the meeting at 7.30pm and welcomed Cllrs Bob Ray, Cai Fox and Dee Hill,
    the Clerk (Eve Parr) and two members of the public.

The chair named beside the post ("The Chair, Cllr Ann Lee," or "Cllr Ann Lee (Chair) welcomed") is there, in
the chair; those welcomed are there when every one of them is a person (a titled name, a name in full, surnames
after a plural title, or a post with its holder's name in brackets or between commas), a count of the public
being no one. "welcomed the report" or "welcomed Cllr Lee's news" names no one.

It is also the one reader of people welcomed elsewhere in the minutes ("The Chair welcomed Harry Hill and Ivy Inch
to the meeting", "welcomed everyone, in particular Ian Salt", "welcomed the residents' delegation of Ann Lee, Bob
Ray & Cai Ng"): `welcomed_named`, which `attendance_sentences.welcomed` calls. Both take what was welcomed through
the one filter of what names no one (`names_no_one`)."""

from __future__ import annotations

import re

from minutes.attendance_people import PLURAL_TITLE, read_block
from minutes.people import Person, is_organisation, looks_like_name, read_person, split_people
from minutes.roll import PRESENT, Attendance, Label, record
from minutes.vocabulary import has_title, is_role

# "The Chair, Cllr Ann Lee, opened the meeting", "The Chairman, Mr Bob Ray, welcomed ...": the post, its holder
# between commas, then what the chair did to open the meeting. Each part is bounded and parted by a comma.
_CHAIR_NAMED = re.compile(
    r"(?:^|[.;]\s+|^\s*\d{1,3}[.)]?\s+)the\s+(?P<post>chair(?:man|woman|person)?|mayor|cathaoirleach|convenor|convener"
    r"|presiding\s+member),\s+(?P<who>(?-i:[A-Z])[^,;.()]{2,60}?),\s+(?:opened|welcomed|presided|took\s+the\s+chair"
    r"|chaired|began|started)\b", re.IGNORECASE)
# "Cllr Ann Lee (Chair) welcomed ...", "Ann Lee (Chairman) opened the meeting": the chair as the sentence's subject,
# the post in brackets after the name.
_CHAIR_SUBJECT = re.compile(
    r"^\s*(?P<who>(?-i:[A-Z])[^()\[\].;:]{2,60}?)\s*\((?:the\s+)?(?:chair(?:man|woman|person)?|mayor|in\s+the\s+chair)\)"
    r"\s+(?:opened|welcomed|presided|took\s+the\s+chair|chaired|began|started)\b", re.IGNORECASE)
# "... welcomed Cllrs Bob Ray, Cai Fox and Dee Hill, the Clerk (Eve Parr) and two members of the public.": who
# was welcomed, to the sentence's end (a full stop after a title's or an initial's letters is not one).
_WELCOMED_TO_END = re.compile(r"\bwelcomed\s+(?P<who>[A-Z](?:[^.;!?]|(?<=\b[A-Z])\.|(?<=\bCllr)\.|(?<=\bMrs)\.|(?<=\b[MD]r)\.|(?<=\bMs)\.)"
                              r"{2,300}?)\s*(?:[.;!?](?:\s|$)|$)")
# ", and two members of the public", "and 3 residents": a count of people who are no one by name.
_COUNTED = re.compile(r"(?:,\s*|(?<!\s)\s+and\s+)(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+number\s+of)"
                      r"\s+(?:members?\s+of\s+the\s+(?:public|press)|residents|parishioners|visitors|guests)\b", re.IGNORECASE)
# "the Clerk (Eve Parr)", "the Locum Clerk (Mrs Fay Gale)", "the Clerk, Mrs Eve Parr,": a post, its holder's name
# in brackets or between commas.
_POST_HOLDER = re.compile(r"(?:^|,\s*|(?<!\s)\s+and\s+)the\s+(?P<post>(?-i:[A-Z])[\w -]{1,40}?)"
                          r"(?:\s*\((?P<name>[^()]{3,60})\)|,\s+(?P<named>(?-i:[A-Z])[^,()]{2,60}?)(?=\s*(?:,|$)))")
# "... to the meeting", "... back to the committee": where they were welcomed to, no one.
_TO_THE = r"(?:back\s+)?to\s+(?:the|this|today['’]s|his|her|their|its)\s"
_WELCOMED_TO = re.compile(rf"(?<!\s)\s+{_TO_THE}.*$", re.IGNORECASE)
# What those welcomed may not be: everyone, a body, or a thing of someone's ("welcomed Cllr Lee's report").
_NOT_A_PERSON = re.compile(r"(?i)^(?:everyone|everybody|all|members|attendees|guests|colleagues|the|those|new|our)\b|['’]s\b")


def names_no_one(who: str) -> bool:
    """Whether what a sentence says was welcomed is no one: everyone, a body, or a thing of someone's."""
    return _NOT_A_PERSON.search(who) is not None


def chair_named(sentence: str) -> Person | None:
    """The person a sentence names in the chair between commas ("The Chair, Cllr Ann Lee, opened the meeting")."""
    said = _CHAIR_NAMED.search(sentence) if "," in sentence else None
    said = said or (_CHAIR_SUBJECT.match(sentence) if "(" in sentence else None)
    if said is None or not (looks_like_name(said["who"]) or has_title(said["who"])):
        return None
    person = read_person(said["who"])
    return Person(name=person.name, organisation=person.organisation, role="Chair") if person else None


def welcomed_in_opening(text: str, found: Attendance) -> bool:
    """The chair and those welcomed in a meeting's opening words, recorded as there (see the module's
    docstring); whether anyone welcomed was. Nothing of those welcomed is recorded when any one of them is
    not a person."""
    if (chair := chair_named(text)) is not None:
        record(found, Label(PRESENT, "member", "Chair"), [chair])
    said = _WELCOMED_TO_END.search(text) if "welcomed" in text else None
    if said is None:
        return False
    who = _WELCOMED_TO.sub("", _COUNTED.sub("", said["who"]))
    if names_no_one(who):
        return False
    held = [(match["post"], match["name"] or match["named"]) for match in _POST_HOLDER.finditer(who) if is_role(match["post"])]
    holders = [Person(name=person.name, role=post) for post, name in held
               if looks_like_name(name) or has_title(name) if (person := read_person(name)) is not None]
    if len(holders) != len(held):
        return False
    who = _POST_HOLDER.sub(lambda match: "" if is_role(match["post"]) else match[0], who).strip(" ,")
    who = re.sub(r"\s+(?:and|&)$", "", who)
    people = read_block([who], set(), [None]) if who else []
    # (Every entry a person: "Councillors Lee, Ray and Fox" is one entry of split_people's, three people.)
    if who and not PLURAL_TITLE.match(who) and len(people) != len(split_people(who)) or not people + holders:
        return False
    if not all((looks_like_name(person.name) or has_title(person.name)) and (person.role is None or is_role(person.role))
               for person in people):
        return False
    record(found, Label(PRESENT, "member" if found.first_line is None else "in attendance"), people)
    record(found, Label(PRESENT, "in attendance"), holders)
    return True


# "The Chair welcomed Harry Hill and Ivy Inch to the meeting", "welcomed new Member Emma Edhem to her first
# meeting of the Committee": people named as welcomed to the meeting were at it.
_WELCOMED = re.compile(
    r"\bwelcomed\s+(?:(?:new|visiting)\s+)?(?:(?:board\s+|committee\s+|panel\s+)?(?:member|governor|trustee|director|colleague|officer)\s+)?"
    r"(?P<who>(?-i:[A-Z])[^.;:!?]{2,300}?)\s+" + _TO_THE + r"\s*(?:first\s+|last\s+)?"
    r"(?:meeting|board|committee|forum|group|panel|partnership|council|session)\b", re.IGNORECASE)
# "The Chair welcomed everyone, in particular Ian Salt attending for the first time", "welcomed all, especially
# Maryam Idris attending her first meeting", "welcomed everyone, including Cllr Whitcombe to her first meeting":
# those singled out of everyone welcomed.
_WELCOMED_AMONG = re.compile(
    r"\bwelcomed\s+(?:everyone|everybody|all(?:\s+present)?|members|those\s+present),?\s+(?:and\s+)?(?:especially|in\s+particular"
    r"|particularly|including|notably)\s+(?P<who>(?-i:[A-Z])[^.;:!?]{2,200}?)(?=\s+(?:attending|who|to\s+(?:his|her|their)"
    r"|joining|on\s+behalf|for\s+(?:the|his|her|their)\s+first)\b|\s*[,.;]|\s*$)", re.IGNORECASE)
# "welcomed the residents' delegation of Ann Lee, Bob Ray & Cai Ng", "welcomed the arts committee representatives
# (D. Ott/E. Parr & F. Quinn)": a group welcomed, and the people named as it.
_WELCOMED_GROUP = re.compile(
    r"\bwelcomed\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:delegation|deputation|representatives)\s+"
    r"(?:of\s+(?P<who>(?-i:[A-Z])[^.;:!?()]{2,200}?)(?=\s+to\s+the\b|\s*[.;]|\s*$)|\((?P<listed>[^()]{2,200})\))", re.IGNORECASE)


def _named_in_full(people: list[Person]) -> list[Person]:
    """Those of the people read who are named as people, not as a body or a post."""
    return [person for person in people
            if looks_like_name(person.name) and not is_organisation(person.name) and not is_role(person.name)]


def welcomed_named(line: str, found: Attendance) -> None:
    """People named as welcomed to the meeting, as chairs' opening remarks record them (a council
    committee's "The Chairman welcomed new Member Emma Edhem to her first meeting", a panel's
    "The Chair welcomed Harry Hill, Ivy Inch and Jon Jay to the meeting", "welcomed everyone, in
    particular Ian Salt attending for the first time"): they were there. So too the people named as a group
    welcomed ("welcomed the residents' delegation of Ann Lee, Bob Ray & Cai Ng"). Only people
    named in full; "welcomed everyone", "welcomed the report", "especially the guests" name no one."""
    if "welcomed" in line and (group := _WELCOMED_GROUP.search(line)):
        who = re.sub(r"\s*/\s*", ", ", group["who"] or group["listed"])
        people = _named_in_full(read_block([who], set(), [None]))
        if people and len(people) == len(split_people(who)):
            record(found, Label(PRESENT, "in attendance"), people)
        return
    if "welcomed" not in line or not (match := _WELCOMED.search(line) or _WELCOMED_AMONG.search(line)):
        return
    # ("Harry Hill from the ICB, Ivy Inch": who, then where from.)
    who = re.sub(r"\s+from\s+[^,]*?(?=\s*(?:,|\band\b|$))", "", match["who"])
    if names_no_one(who):
        return
    people = _named_in_full(read_block([who], set(), [None]))
    if people and len(people) == len(split_people(who)):
        record(found, Label(PRESENT, "member" if found.first_line is None else "in attendance"), people)
