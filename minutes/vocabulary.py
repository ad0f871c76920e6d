"""The words boards use for people, roles, organisations and groups.

Kept as data in one place so that reading a new board's minutes usually means adding
a word here rather than a rule elsewhere.
"""

from __future__ import annotations

import re

# Longest first, so "County Councillor" wins over "Councillor".
TITLES = sorted(
    [
        "County Councillor", "Borough Councillor", "City Councillor", "District Councillor", "Town Councillor",
        "Parish Councillor", "Councillor", "Cllr",
        # (Welsh: "Cynghorydd", shortened "Cyng.", as bilingual rolls title a councillor.)
        "Cynghorydd", "Cyng", "Cyng.",
        "County Cllr", "Borough Cllr", "District Cllr", "City Cllr", "Town Cllr", "Parish Cllr", "Cllrs",
        "Cllr.", "Cr", "Alderman", "Mayor", "Deputy Mayor",
        "Chief Superintendent", "Ch Supt", "Ch. Supt", "Chief Supt", "Superintendent",
        "Supt", "Supt.", "Chief Inspector", "Chief Insp", "Ch Insp", "Inspector", "Insp", "Insp.", "CI",
        "DCI", "DI", "DS", "DC", "Sergeant", "Sgt", "PC", "PCSO", "ACC", "DCC",
        "Chief Constable", "Assistant Chief Constable", "Deputy Chief Constable", "Det", "Det.", "Detective",
        "Chief Fire Officer", "Deputy Chief Fire Officer", "Assistant Chief Fire Officer", "Group Manager",
        "Station Manager", "Area Manager", "Watch Manager", "Crew Manager", "Garda",
        "Assistant Chief Officer",
        # (A police and crime commissioner as panels write one before the name: "Commissioner Ann Lee".)
        "Commissioner",
        "Reverend", "Rev", "Rev.", "Revd", "The Reverend", "The Revd", "Canon", "Father",
        "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Prof",
        "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Senator",
        # (A nurse's title, and a Privy Counsellor's: "Sister Paula Grieve", "The Rt Hon Ann Lee MP".)
        "Sister", "Rt Hon", "Rt. Hon.", "The Rt Hon", "The Rt. Hon.",
    ],
    key=len,
    reverse=True,
)
# Titles that are one office rather than a rank many hold: "the Commissioner", "the Deputy Chief Constable",
# "the Assistant Chief Fire Officer" name the post, and an action given to it stays the post's as written, while
# "the Inspector" or "the Chief Superintendent" at a meeting is the one officer of that rank there.
OFFICE_TITLE_RE = re.compile(
    r"^(?:the\s+)?(?:(?:police(?:,\s+fire)?\s+and\s+crime\s+)?commissioner|(?:deputy\s+|assistant\s+)?chief\s+constable"
    r"|acc|dcc|(?:deputy\s+|assistant\s+)?chief\s+fire\s+officer|assistant\s+chief\s+officer|(?:deputy\s+)?mayor)$",
    re.IGNORECASE)
# "Chief Supt. Ann Lee", "Insp Ray Cole": a title with or without its full stop.
TITLE_RE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?\s+)+")
# The titles as one alternation, each without its closing stop (a pattern adds "\.?" after it).
TITLE_WORDS = "|".join(re.escape(t.rstrip(".")) for t in TITLES)

_ROLE_PATTERNS = [
    r"(?:vice|deputy|co|joint|independent|interim|acting)?[- ]?chair(?:man|person|woman)?(?: of .+)?",
    r"(?:deputy |interim |acting )?(?:chief executive|leader|deputy leader)(?: of .+)?",
    r"(?:.+ )?(?:director|head|manager|officer|clerk|secretary|treasurer|lead|coordinator"
    r"|co-ordinator|advisor|adviser|analyst|consultant|commissioner|champion|governor"
    r"|principal|president|facilitator|minute[- ]taker|representative|member|portfolio holder"
    r"|cabinet member|executive member|chief constable|chief fire officer|superintendent"
    r"|assistant|administrator|project worker|accountable officer|clinical chair|cfo|ceo|dph"
    r"|nurse|matron|practitioner|social worker|commander|inspector|business partner|engineer|planner"
    r"|maintainer|convenor|convener|registrar|surveyor|warden|headteacher|head teacher|auditor|bursar|specialist|mayor"
    # ("Independent Scrutineer", "Panel Secretariat": a partnership's scrutineer, a panel's staff.)
    r"|scrutineer|secretariat)"
    r"(?: (?:of|for) .+)?",
    r"chief .+",
]
ROLE_RE = re.compile(r"^(?:" + "|".join(_ROLE_PATTERNS) + r")$", re.IGNORECASE)

# Words that open a post's name and never a person's: "Interim Chair", "Non-Executive Director".
POST_OPENERS = {"interim", "acting", "deputy", "associate", "assistant", "senior", "chief", "non-executive",
                "executive", "medical", "clinical", "lead", "head", "director", "vice", "joint", "independent",
                "lay", "public", "staff", "appointed", "elected", "programme", "project", "general", "principal",
                "managing", "finance", "corporate", "company", "trust", "board", "designated", "named", "municipal",
                "district", "area", "county", "regional", "local", "meetings", "administrative", "democratic"}

# Roles that, alone, can own an action ("Action: Clerk", "the Chair to write").
OWNER_ROLES = re.compile(
    # ("The OPCC Chief Executive", "the ICB Chair": an organisation's initials before its office.)
    r"^(?:the\s+|all\s+)?(?:(?-i:[A-Z]{2,6})\s+(?=\w))?(?:(?:vice[- ]|deputy\s+)?chair(?:man|person)?"
    r"|(?:deputy\s+|assistant\s+)?(?:town\s+|parish\s+|city\s+|county\s+|district\s+)?clerk|secretariat"
    # ("Meetings Administrator", "Minutes Secretary", "Partnership Co-ordinator": the officer who services a
    # committee, named by a word or two before the post, as Irish, Welsh and English bodies write it.)
    r"|(?:[a-z-]+\s+){0,2}(?:secretary|administrator|co-?ordinator)"
    r"|officers?|officials|chief executives?|director(?: of [\w ]+)?|head of [\w ]+|lead officers?"
    r"|board secretary|programme manager|project manager|all(?: members| partners)?"
    r"|(?:[a-z-]+\s+){0,3}(?:officer|auditor)|(?:deputy\s+|assistant\s+)?head\s*teacher|bursar|(?:[a-z-]+\s+){0,2}manager|chief nurse|medical director|company secretary"
    r"|everyone|members|board members|partners|treasurer|staff"
    # (Everyone at the meeting, as minutes give an action to all who came: "Everybody", "All present".)
    r"|everybody|all\s+(?:those\s+)?present"
    # The chairs and leaders of councils by their own titles: Irish, Scottish and civic.
    r"|(?:leas-)?cathaoirleach|(?:deputy\s+|lord\s+)?mayor|conven[eo]r|(?:lord\s+)?provost"
    r"|(?:deputy\s+)?leader(?:\s+of\s+the\s+council)?"
    # Offices written by their initials, as minutes write them after the first mention: "the PCC agreed to ...".
    r"|(?-i:CEO|CFO|COO|CIO|CNO|CMO|DPH|DASS|DCS|PCC|SRO|SIRO|DPO|RFO|DSL))$",
    re.IGNORECASE,
)

# Last words that make a phrase a group able to own an action ("Group Leads").
GROUP_NOUNS = {
    "leads", "group", "groups", "cluster", "team", "teams", "partners", "members", "board",
    "officers", "panel", "forum", "network", "partnership", "council", "ccg", "trust",
    "service", "services", "agencies", "organisations", "commissioners", "sub-group",
    "subgroup", "committee", "directorate", "executive", "secretariat", "leadership", "officials",
    "section", "unit", "department", "division",
    # "All trustees", "All governors", "Councillors", "Maintainers": the members of a board by their office.
    "trustees", "governors", "councillors", "directors", "maintainers", "volunteers", "staff", "colleagues",
    # "the PPN representatives", "CC reps": those a body sends to the meeting.
    "representatives", "reps",
    # "All practices", "all schools", "All providers", "all attendees": the bodies or people a partnership's
    # work is shared among, each doing its part.
    "practices", "schools", "providers", "stakeholders", "attendees", "participants", "delegates",
    # "All Cllrs", "Group Leaders": councillors short, and the leaders of a council's political groups.
    "cllrs", "leaders",
}

# Last words that make a phrase an organisation ("Pennine Care", "Job Centre Plus").
ORG_END_WORDS = {
    "council", "care", "plus", "leisure", "trust", "ccg", "police", "service", "services",
    "college", "university", "group", "homes", "housing", "network", "partnership",
    "constabulary", "association", "authority", "foundation", "nhs", "board", "centre",
    "center", "agency", "alliance", "school", "academy", "ltd", "limited", "consulting",
    "consultancy", "community", "hospital", "healthcare", "health", "probation", "uk",
    "fire", "rescue", "commission", "forum", "federation", "society", "church", "office",
    "department", "company", "cic", "cvs", "llp", "plc", "partners", "associates",
    "solutions", "hub", "institute", "studies", "watch", "jobcentre", "dwp",
    "collaborative", "voice", "healthwatch", "cluster", "directorate", "corporation",
    # ("An Garda Síochána", "Gardaí": Ireland's police, owners of actions in every joint policing
    # committee's and municipal district's minutes.)
    "síochána", "siochana", "gardaí", "gardai",
}

# Words that appear in organisation names wherever they sit ("Voluntary Action Oldham").
ORG_WORDS = ORG_END_WORDS | {
    "voluntary", "action", "greater", "county", "borough", "city", "district", "metropolitan",
    "national", "regional", "public", "primary", "acute", "clinical", "commissioning",
    "community", "local", "studies", "economic", "fire", "trust",
}

# Words that open headings and sentences, never a person's name.
NOT_NAME_WORDS = {
    "minutes", "matters", "arising", "apologies", "declarations", "declaration", "welcome",
    "introductions", "update", "updates", "report", "reports", "strategy", "plan", "item",
    "items", "agenda", "date", "next", "meeting", "any", "other", "business", "aob",
    "notes", "note", "actions", "action", "review", "presentation", "session", "discussion",
    "close", "closure", "performance", "finance", "budget", "exercise", "vision", "agreed",
    "resolved", "present", "apology", "absent", "officers", "chair", "introduction",
    "the", "a", "an", "this", "that", "there", "it", "we", "they", "he", "she", "board",
    "partnership", "summary", "outcomes", "framework", "proposal", "proposals", "themed",
    "theme", "venue", "time", "location", "attendance", "purpose", "part", "appendix",
    "annex", "page", "draft", "confidential", "key", "points", "point", "decisions",
    "decision", "priorities", "terms", "reference", "work", "programme", "project",
    "delivering", "developing", "development", "health", "council", "public", "service",
    "services", "community", "safety", "children", "adults", "housing", "police",
    # "St Anne's Night Shelter": a saint's name opens a place or a body, never a person's name.
    "st", "st.", "saint",
}

# Words that head a paragraph or an agenda item wherever they sit in it, and are never part of a
# person's name: "Chair's Opening Remarks", "Youth Council Update", "Planning Applications".
TOPIC_WORDS = {
    "report", "reports", "update", "updates", "plan", "plans", "statement", "statements", "remarks", "applications",
    "application", "issues", "announcements", "announcement", "received", "review", "presentation", "strategy",
    "minutes", "matters", "arising", "business", "correspondence", "planning", "highways", "budget", "accounts",
    "payments", "questions", "agenda", "session", "workshop", "proposal", "proposals", "programme", "progress",
    "performance", "risks", "register", "policy", "policies", "consultation", "declarations", "interests",
    "apologies", "welcome", "introductions", "actions", "decisions", "summary", "overview", "feedback",
    "discussion", "opening", "closing", "items", "forward", "outcomes", "priorities", "objectives", "recommendations",
    # The names of services, which a person's name never holds: "Neighbourhood Policing", "Adult Safeguarding".
    "policing", "safeguarding", "commissioning", "licensing", "housing", "neighbourhood", "neighbourhoods",
    "engagement", "services", "safety", "communities", "wellbeing", "transformation", "enforcement",
}

# Lowercase words allowed inside a list of people and organisations.
PEOPLE_CONNECTORS = {
    "and", "of", "the", "for", "in", "place", "on", "behalf", "&", "de", "van", "von", "le",
    "la", "du", "da", "di", "and/or", "at", "as", "to", "deputising", "substituting", "standing", "representing",
    "substitute", "deputy",
}


# A post named by its trade: "Social Prescribing Link Worker", "Lead Clinical Pharmacist", "Consultant
# Neuroradiologist", "Consultant Psychiatrist", "Health Visitor", "Designated Doctor". (Tested apart, by its last word, for speed.)
_TRADE_ENDS = ("worker", "ist", "ian", "paramedic", "midwife", "visitor", "doctor")
_TRADE_POST = re.compile(r"(?i)^(?:[A-Za-z'’-]+ ){1,4}doctor$|^(?:[A-Za-z'’-]+ ){0,4}(?:[A-Za-z-]*worker|pharmacist|[A-Za-z-]*therapist|physician|paramedic"
                         r"|midwife|dietitian|health visitor|[A-Za-z-]+ologist|[A-Za-z-]+iatrist)$")


def is_role(text: str) -> bool:
    """Whether a phrase names a role ("Chief Executive", "Clinical Chair") not a body."""
    text = text.strip()
    return bool(ROLE_RE.match(text)) or text.lower().endswith(_TRADE_ENDS) and bool(_TRADE_POST.match(text))


def strip_title(name: str) -> str:
    """A name without its leading titles: "County Councillor Tony Martin" -> "Tony Martin"."""
    return TITLE_RE.sub("", name.strip()).strip()


def has_title(name: str) -> bool:
    return bool(TITLE_RE.match(name.strip() + " ")) and bool(strip_title(name))


def may_hold_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` may hold one of `words` (lower-case), letters compared without case: the cheap test
    before a case-blind pattern that needs one of them, tried at every place. Plain ASCII text, as nearly
    all is, is lower-cased and searched, several times quicker than the pattern; other text always may
    (letters such as "İ" and "ſ" fold into such words), and the pattern alone decides."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)
