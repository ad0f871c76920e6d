"""Attendance headings ("Present:", "Members in attendance", "In the Chair", a Welsh or Irish
bilingual heading), and whether a line carries on the list under one."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from minutes.agenda import is_heading
from minutes.attendance_people import DASH, GROUP_COLON, KIND_END, NAME_INITIALS_LINE, PLURAL_TITLE
from minutes.normalise import prose
from minutes.people import (
    couple,
    is_organisation,
    looks_like_name,
    name_and_initials,
    name_then_post,
    read_person,
    split_people,
    initials_first,
    opens_with_titled_name,
    without_attendance_note,
)
from minutes.roll import ABSENT, APOLOGIES, Label, PRESENT
from minutes.vocabulary import PEOPLE_CONNECTORS, TITLE_WORDS, has_title


# "<who> present/attending": a heading that says who the people under it are, then that they
# were there. Only a heading: a colon, a tab or the end of the line follows, so "The Chair
# thanked all present" (lowercase words before "present") is no heading.
# ("Committee Members Present, Chairman Ann Lee, ...": a comma for the colon, before a capital.)
_SOMEONE_THERE = (r"(?!(?:quorum|not|no|none|nobody|all)\b){who} *(?:present|attending|in +attendance)"
                  r"(?=[ ]*(?::|\t|$|,[ ]*(?-i:[A-Z])))")
# "All partners", "Each director": a word for everyone of a kind, which heads no list (an action's owner).
_NOT_DETERMINER = r"(?!(?:all|the|each|both|every|any|our|some|relevant|key|other|lead)\s)"
# "Present were supervisors Dale Voss, ...", "Also present were district manager Tricia Hale": a few words in
# lower case (or an acronym) before the first name, the kind or post of those named; no linking word among them
# ("Also present were officers from Kent Police" names no one).
POSTS_BEFORE = (r"(?:(?!(?:from|of|for|at|the|and|on|in|with|by|representing|two|three|several|some|a|an)\b)"
                r"(?-i:[a-z][\w'’-]*|[A-Z]{2,6})\s+){0,4}")
_LABELS: list[tuple[str, Label]] = [
    # Welsh: "Yn bresennol" (present), "Ymddiheuriadau" (apologies), "Hefyd yn bresennol" (also present).
    (r"hefyd\s+yn\s+bresennol", Label(PRESENT, "in attendance")),
    (r"yn\s+bresennol", Label(PRESENT, "member")),
    (r"ymddiheuriadau|leithsc[ée]alta", Label(APOLOGIES)),
    (r"i\s+l[áa]thair(?=\s*:)", Label(PRESENT, "member")),
    (r"apologies\s+(?:for\s+absence\s+)?(?:were\s+)?(?:submitted|intimated|tendered|received)\s+on\s+behalf\s+of",
     Label(APOLOGIES)),
    (r"an\s+apology\s+(?:for\s+absence\s+)?(?:was\s+)?(?:received|given|noted|submitted)\s+(?:from|by)"
     r"|apologies\s+(?:for\s+absence\s+)?(?:were\s+|had\s+been\s+)?(?:also\s+)?(?:received|given|noted|submitted|intimated|tendered|sent)"
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
    # "Not in attendance but support consensus:", "Absent but supporting the decision:": away, their support for the
    # meeting's business sent ahead, as consensus bodies record those who gave notice; apologies.
    (r"(?:not\s+in\s+attendance|not\s+present|absent)\s+but\s+(?:supports?|supporting|endorsing|in\s+support\s+of)"
     r"(?:\s+[\w'’-]+){0,3}(?=\s*(?::|$))", Label(APOLOGIES)),
    # "Maybe:", "Tentative:", "Unconfirmed:": those who might come, as a call's sign-up lists them; not known to be there.
    (r"(?:maybe|tentative|unconfirmed|possibly)(?=\s*:)", Label(ABSENT)),
    (r"absent(?:\s+without\s+apolog(?:y|ies))?|non[- ]?attendance|not\s+present|not\s+in\s+attendance|not\s+attending|absences?|absentees?"
     r"|did\s+not\s+attend(?=\s*:)"
     # "Directors Absent:", "Members absent", "Councillors not present:": a body's word for its members, then that
     # they were not there.
     r"|(?:(?-i:[A-Z][\w'’-]*) +){1,3}(?:absent|not +present|not +in +attendance)(?=[ ]*(?:\(\d{1,3}\)[ ]*)?(?::|\t|$))",
     Label(ABSENT)),
    (r"(?:also\s+)?in\s+attendance(?:\s+for\s+items?\s+[\w ,&]+)?|also\s+present(?:\s+for\s+(?:agenda\s+)?(?:items?|minutes?)\s+[\w ,&.-]+?)?|also\s+attending"
     # "Also on the call for item 2:", "Also joining:": others there, as working groups write it.
     # ... or alone on its line, as a heading over a list ("## Also joining").
     r"|also\s+(?:on\s+the\s+call|joining|joined|attending)(?:\s+for\s+items?\s+[\w ,&-]+)?(?=\s*(?::|$))"
     r"|others?\s+(?:present|in\s+attendance|attending)|present\s*\((?:non[- ]members|others|guests)\)"
     r"|guests?|observers?|invited\s+guests?|others|visitors|non-members|observing(?=\s*:)"
     r"|(?:other|additional|community|non-voting)\s+attendees"
     # "Attended by" alone over a list: those who served the meeting, after its members' own list.
     r"|attended\s+by(?=\s*$)"
     # "Independent observer: Owen Pryce", "Youth Guests:": the kind of observer, with a colon; or alone on the
     # heading's line ("Non-voting observers", "Invited observers" over a list).
     r"|(?:(?-i:[A-Z][\w'’-]*)[ \t]+){1,2}(?:observers?|guests?)(?=[ \t]*(?::|$))"
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
    # (The spaces after each word taken whole, "++", never shared with the spaces before "present": a long run
    # of them parted every way between the two would cost the square of its length.)
    (_SOMEONE_THERE.format(who=r"(?-i:[A-Z][\w'’-]*) ++(?:(?:of +the +|of +)?(?-i:[A-Z][\w'’-]*) ++){0,3}")
     + r"|present[ -]+\(?voting\)?",
     Label(PRESENT, "member")),
    # "5 members present: Karen, Tayeb, ...", "12 attendees:": a count of those there, then their names.
    (r"\d{1,3}\s+(?:members|attendees|people|participants)(?:\s+(?:present|attending|in\s+attendance))?(?=\s*:)",
     Label(PRESENT, "member")),
    # "People present (lines said)": a chat meeting bot's roll of the people who spoke, as its summary heads it.
    (r"people\s+present", Label(PRESENT, "member")),
    # "PRACTICES REPRESENTED", "Organisations represented:": the bodies there, each with its people.
    (r"(?:[\w&'’-]+\s+){1,2}represented(?=\s*(?::|$))", Label(PRESENT, "member")),
    # "Members of the public", "Press:", "Public gallery": people there who are not members, named.
    (r"(?:members?\s+of\s+the\s+)?(?:public|press)(?:\s+gallery)?(?=\s*(?::|$))", Label(PRESENT, "in attendance")),
    # "Trust officers:", "ICB officers:", "Police officers:": a body's officers, with a colon.
    (_NOT_DETERMINER + r"(?:(?-i:[A-Z][\w'’-]*)\s+){1,2}officers?(?=\s*:)", Label(PRESENT, "officer")),
    # "Attendance by video link:", "Attendance via Teams:": how those under it joined.
    (r"attendance\s+(?:by|via)\s+[\w ]{2,20}?(?=\s*:)", Label(PRESENT, "member")),
    # "Executive Directors:", "Non-Executive Directors", "Partners:", "Speakers:": a heading that is
    # the plural of a post or of a kind of person, over or before the people who are it. One word
    # alone needs its colon ("Partners" alone may head an item about them).
    (_NOT_DETERMINER + r"(?:(?-i:[A-Z][\w'’-]*)\s+){1,3}(?:directors|governors|trustees|executives|commissioners|leads|delegates"
     r"|panellists|panelists)(?=\s*(?::|$))"
     r"|(?:directors|governors|trustees|executives|commissioners|leads|delegates|panellists|panelists)(?=\s*:)",
     Label(PRESENT, "member")),
    (_NOT_DETERMINER + r"(?:(?-i:[A-Z][\w'’-]*)\s+){1,3}(?:advisers|advisors|partners|speakers|presenters|colleagues)(?=\s*(?::|$))"
     r"|(?:advisers|advisors|partners|speakers|presenters)(?=\s*:)",
     Label(PRESENT, "in attendance")),
    (r"(?:supporting\s+|council\s+)?officers?(?:\s+(?:present|in\s+attendance|attending))?"
     r"|present\s*\(officers\)|secretariat|minute[- ]taker|(?:minutes|notes)\s+(?:taken\s+)?by"
     r"|(?:council\s+|county\s+|local\s+authority\s+)?officials(?:\s+(?:present|in\s+attendance|attending))?|(?:council\s+|support\s+)?staff(?:\s+present)?",
     Label(PRESENT, "officer")),
    (r"clerk(?:\s+to\s+the\s+[\w ]{2,30}?)?", Label(PRESENT, "officer", "Clerk")),
    # "Minutes: Tilly Brookes, Business Support": who took them, in a header's field; only a
    # two-word name after it, for "Minutes: The minutes of ..." or "Minutes: Agreed" is an item.
    (r"(?:minutes|notes)(?=\s*(?::|\t)\s*(?-i:[A-Z][a-z’'-]+)\s+(?-i:[A-Z][\w’'-]+)\s*(?:[,(]|$))",
     Label(PRESENT, "officer")),
    # "Secretary: Stephen Marsh", "Recorder:": who kept the minutes, with a colon and a name after it.
    (r"(?:board\s+|committee\s+|company\s+)?secretary(?=\s*:\s*\S)", Label(PRESENT, "officer", "Secretary")),
    (r"recorder|recorded\s+by(?=\s*:\s*\S)", Label(PRESENT, "officer")),
    # "Present in the room:", "Present online:", "Attending virtually:": how people joined.
    (r"(?:present|attending|attended|joining)\s+(?:in\s+(?:the\s+)?(?:room|person|chamber|hall)|online|remotely|virtually"
     r"|by\s+(?:video|phone|telephone)|via\s+[\w ]{2,20}?)(?=\s*(?:\([^()]{1,80}\)\s*)?:)", Label(PRESENT, "member")),
    (r"(?:substitutes?(?:\s+members?)?(?:\s+present)?|substitutions)(?=\s*(?::|\t|$))", Label(PRESENT, "member")),
    # "Council: Cllrs Ames (Chair), Bright and Cole", "Council: Ruth Agyeman (Mayor), Owen Pask": the council's
    # members, as a town or parish council heads them; only before a titled name or a name and its comma or
    # bracket ("Council: The Council noted ..." is an item's sentence).
    (r"council(?=\s*:\s*(?:(?-i:" + TITLE_WORDS + r")\.?\s|(?-i:[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+\s*[,(;])))",
     Label(PRESENT, "member")),
    # "District Councillor: F Quinn", "County Councillor:": a councillor of another council there.
    (r"(?:(?:county|district|borough|ward|city|town|unitary)\s+)councillors?(?=\s*:)", Label(PRESENT, "in attendance")),
    # "The meeting was attended by Ann Lee (Chair), ...", "Those present were Ann Lee, ...": the roll said
    # as a sentence with no colon; only that sentence is the list.
    # "Staff present were Paige Allen and Jo Budd.", "Others present at the meeting were ...": the same sentence,
    # opening with the kind of people it names.
    (r"(?:(?-i:[A-Z][\w'’-]*)\s+)?(?:staff|officers|officials|employees)\s+present(?:\s+at\s+the\s+meeting)?\s+were"
     r"(?=\s+(?-i:[A-Z]))", Label(PRESENT, "officer", single_line=True)),
    # ("Registered guests were Tom Keller and Ana Ruiz.": a school board's guests, "present" left unsaid.)
    (r"(?:(?-i:[A-Z][a-z]+)\s+)?(?:others|guests|visitors|observers)(?:\s+present(?:\s+at\s+the\s+meeting)?)?\s+were"
     r"(?=\s+(?-i:[A-Z]))", Label(PRESENT, "in attendance", single_line=True)),
    # "Also attending were Ann Lee (Housing Officer) and PCSO Bob Ray", "In attendance were ...", "Those attending
    # were ...": the same sentence in other words; "also" or "in attendance" alone makes them others there besides
    # the members.
    (r"(?:also\s+(?:present|attending|in\s+attendance)|in\s+attendance)(?:\s+at\s+the\s+meeting)?\s+were(?=\s+" + POSTS_BEFORE + r"(?-i:[A-Z]))",
     Label(PRESENT, "in attendance", single_line=True)),
    (r"(?:those\s+(?:in\s+attendance|attending)|attending)(?:\s+at\s+the\s+meeting)?\s+were(?=\s+" + POSTS_BEFORE + r"(?-i:[A-Z]))",
     Label(PRESENT, "member", single_line=True)),
    (r"(?:the\s+)?meeting\s+was\s+attended\s+by|(?:those\s+|also\s+)?present\s+were(?=\s+" + POSTS_BEFORE + r"(?-i:[A-Z]))"
     # "Members present were ...", "Other Task Force members present were ...", "Councillors present at the
     # meeting were ...": the body's word for its members, then that they were there.
     r"|(?:other\s+)?(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}(?:members|councillors|directors|trustees|governors|commissioners"
     r"|representatives|participants|attendees)\s+present(?:\s+at\s+the\s+meeting)?\s+were(?=\s+(?-i:[A-Z]))",
     Label(PRESENT, "member", single_line=True)),
    # "Ex officio:", "Ex-officio members": members by virtue of another post.
    (r"ex[- ]officio(?:\s+members?)?(?=\s*(?::|$))", Label(PRESENT, "member")),
    # "Emeritus:", "Non-voting:", "Emeritus / non-voting:": members who take part without a vote, as open-source
    # committees list them.
    (r"(?:emeritus|non[- ]?voting)(?=\s*:)", Label(PRESENT, "in attendance")),
    # "Declined:" in a calendar's recap of who was invited: those who said they could not come.
    # "Prevented:", "Prevented from attending:": those kept away who said so, as Quaker meetings record them.
    (r"declined(?=\s*:)|prevented(?:\s+from\s+(?:attending|coming|being\s+present))?(?=\s*:)", Label(APOLOGIES)),
    (r"facilitators?|facilitated\s+by", Label(PRESENT, "facilitator")),
    # "Host: Ines Carvalho", "Convener:": who ran a call or working group, as open-source notes say.
    (r"(?:hosts?|hosted\s+by|convene[rd](?:\s+by)?|convenor|moderator|moderated\s+by)(?=\s*:)",
     Label(PRESENT, "member", "Chair")),
    (r"note[- ]?takers?|scribe", Label(PRESENT, "officer")),
    # "Members in the room:", "Also on Teams:", "Councillors online:": a kind of people, or others
    # also there, and how they joined.
    (r"(?:members|councillors|attendees|participants|also(?:\s+attending|\s+joining)?)\s+(?:in\s+(?:the\s+)?(?:room|person"
     r"|chamber)|online|remotely|virtually|on\s+(?:teams|zoom|the\s+(?:call|line|phone))|via\s+[\w ]{2,20}?)(?=\s*:)",
     Label(PRESENT, "member")),
    # "Supporting:", "In support:", "Governance support:", "Officers supporting the meeting:": staff there.
    (r"(?:supporting|in\s+support|(?:(?-i:[A-Z][\w'’-]*)\s+){1,2}support|(?:officers?|staff)\s+supporting"
     r"(?:\s+the\s+(?:meeting|board|committee|panel|group))?)(?=\s*:)", Label(PRESENT, "officer")),
    # "Presenting:", "Participating:": there for the business.
    (r"(?:presenting|participating)(?=\s*:)", Label(PRESENT, "in attendance")),
    # "Around the table:", "On the phone:", "On the line:": where people sat or how they joined.
    (r"(?:around|at)\s+the\s+table|on\s+the\s+(?:phone|line|call|screen)(?=\s*:)", Label(PRESENT, "member")),
    # Only with a colon: "Online: Raj Khanna" lists people; "Online" alone may head an item.
    (r"(?:in\s+person|online|remote(?:ly)?|virtual(?:ly)?|joined\s+(?:virtually|online|remotely)"
     r"|dial(?:l?ed)?[- ]in)(?=\s*(?:\([^()]{1,30}\))?\s*:)",
     Label(PRESENT, "member")),
    # "Vice-Chair: Cllr Y", "Co-Chairs: A and B", "Treasurer: C": officers of the body named by their post.
    (r"(?:vice|deputy)[- ]?chair(?:man|person|woman)?(?=\s*:)", Label(PRESENT, "member", "Vice-Chair")),
    (r"(?:co-?|joint\s+|independent\s+)chair(?:s|man|person|woman)?(?=\s*:)|chairs(?=\s*:)",
     Label(PRESENT, "member", "Chair")),
    (r"treasurer(?=\s*:\s*\S)", Label(PRESENT, "member", "Treasurer")),
    # "PRESENT IN THE CHAIR:", "Present in Chair: Councillor Ann Lee": the roll's first heading, as Irish
    # councils' committees open it, naming the one who chaired.
    (r"(?:present\s+)?in\s+(?:the\s+)?chair|chair(?:ed\s+by)?|chairing|chairman|chairperson|presiding|cathaoirleach",
     Label(PRESENT, "member", "Chair")),
    (r"(?:(?:board|panel|committee|group|forum|council|partnership|voting|non-voting|non\s+voting|core|statutory"
     r"|full|associate|elected)\s+)?members"
     r"(?:\s+(?:present|attending|in\s+attendance))?"
     r"|(?:[A-Z][\w'’]*\s+){1,3}representatives?|representatives|delegates|roll\s+call"
     r"|(?-i:[A-Z][\w&'’-]*\s+){1,3}(?:attendees|participants|voting\s+members|members)"
     r"(?:\s+(?:present|attending|in\s+attendance))?"
     r"|present\s*\((?:board\s+)?members\)|present|attendees|attendee"
     r"|attendance|attending|participants|those\s+present|sederunt"
     r"|(?:(?:community|parish|town|county|borough|district|city)\s+)?councillors(?:\s+present)?"
     r"|(?:independent\s+)?co-?opted(?:\s+members)?|who\s+was\s+there|who\s+came"
     # "Who: Kay and Karl and Sandra": a small group's notes, beside "When:", naming those who met; only before
     # two names or more (an action's "Who: Ann" field names its owner).
     r"|who(?=[ \t]*:[ \t]*(?-i:[A-Z])[\w'’.-]*(?:[ \t]+(?-i:[A-Z])[\w'’.-]*)?[ \t]*(?:,|&|\band\b))",
     Label(PRESENT, "member")),
]
# Welsh, Irish and Scottish bodies write headings twice over: "Present / Yn Bresennol:", "Apologies /
# Ymddiheuriadau:", "Present / I Láthair:", "Sederunt / Present:".
_WELSH_AFTER = (r"\s*/\s*(?:yn\s+bresennol|ymddiheuriadau|hefyd\s+yn\s+bresennol|swyddogion|absennol|i\s+l[áa]thair"
                r"|leithsc[ée]alta|present|apologies|absent|in\s+attendance)")
# "👥 Attendees", "Present ✅", "❌ Absent": a heading dressed with a pictograph before or after it.
_PICTOGRAPHS = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f"
_EMOJI = rf"(?:[{_PICTOGRAPHS}]+\s*)?"
_EMOJI_AFTER = rf"(?:\s*[{_PICTOGRAPHS}]+)?"
# "PresentAnn Lee (Chair), Bob Marsh": a heading and its names in two inline parts of a web page
# with no space between them; a capital straight after the heading's last small letter.
_RUN_IN = r"(?<=(?-i:[a-z]))(?=(?-i:[A-Z][a-z]))"
# "Guest for item 4:", "Observers for part of item 6:": a heading for only some of the business.
_FOR_ITEM = r"\s+for\s+(?:(?:part\s+of\s+)?(?:agenda\s+)?(?:items?|minutes?)|part)\s+[\w ,&.-]{1,30}?(?=\s*:)"
# "In attendance Cllr. Edie Morrow (Chair), Cllr. Ed Rafter": a heading run straight into a titled name.
_TITLED = ("(?:(?-i:" + TITLE_WORDS + r")\.?\s+(?-i:[A-Z])"
           # "Present Joan Ames, Peter Bright and Sara Cole": no colon, no title, a list of names straight after.
           r"|(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:,|\s+and\s|\s*&)))")
# "Present– Cllr J Penrose", "Apologies— Cllr B Hale": a heading whose dash follows it with no space
# before, as word processors turn "Present -" into an en dash; only an en or em dash, for a hyphen
# glued to a word ("Present-day") is no heading's.
_DASHED = r"[–—]\s*(?=\S)"
# "Present; Cllrs Drury (Chair), Newton", "APOLOGIES; Ben H, Jen W": a semicolon typed for the colon,
# then a space and a capital (the list's first name).
_SEMICOLON = r"\s*;[ \t]+(?=(?-i:[A-Z]))"
# Before a heading: spaces, a bullet, a pictograph (taken once, "\s*+", never given back to be tried against every
# heading again). After it: a bracket, a channel, a second language or the business it is for, then its end.
_LABEL_LEAD = r"^\s*+(?:[-*•]\s++)?" + _EMOJI
_LABEL_TAIL = (rf"(?:\s*\([^()]{{1,80}}\)|\s+via\s+[\w ]{{2,20}}?|{_WELSH_AFTER}|{_FOR_ITEM})?{_EMOJI_AFTER}"
               rf"(?:\s*:\s*|\s*\t|\s*$|{_SEMICOLON}|(?<=from)\s+|(?<=by)\s+|(?<=behalf of)\s+|(?<=were)\s+|\s+[-–]\s+|{_DASHED}"
               rf"|(?P<titled>\s+)(?={_TITLED})|{_RUN_IN}"
               # "Committee Members Present, Chairman Ann Lee, ...": a comma for the colon after a body's word for its
               # members and "present" (never after "Present" alone: "Present, Apologies" titles an item).
               r"|(?<=\spresent),[ ]*(?=(?-i:[A-Z])))")
# All of them at once, in the same order, each its own group: one match instead of a loop of them.
_LABEL_ANY = re.compile(
    _LABEL_LEAD + "(?:" + "|".join(f"(?P<l{index}>{pattern})" for index, (pattern, _) in enumerate(_LABELS)) + ")" + _LABEL_TAIL,
    re.IGNORECASE)


# A line that opens (after its spaces) on no letter, bullet or pictograph ("12 members present:", "3. Finance",
# "(a) ...") can only open one of the three headings whose first word may be a figure or a mark: a count of
# those there, words before "in attendance", or before "represented". Without one of their words it opens
# none, and `_LABEL_ANY`, which tries every heading in turn, need not be tried.
_FIGURE_HEADING_WORDS = re.compile(r"members|attendees|people|participants|attendance|represented", re.IGNORECASE)
_PICTOGRAPH = re.compile(f"[{_PICTOGRAPHS}]", re.IGNORECASE)


def _may_open_heading(line: str) -> bool:
    """Whether `_LABEL_ANY` can match the line (see `_FIGURE_HEADING_WORDS`); True when unsure."""
    opening = line.lstrip()[:1]
    if not opening or opening.isalpha() or opening in "-*•" or _PICTOGRAPH.match(opening):
        return True
    return _FIGURE_HEADING_WORDS.search(line) is not None


@cache
def _label_re(index: int) -> re.Pattern:
    """The heading `_LABELS[index]`'s own pattern, compiled on first use. Only a heading after the one
    `_LABEL_ANY` found is ever tried alone (and most lines are no heading at all): compiling them all at once
    would cost a process's first heading a tenth of a second, a whole short document's reading."""
    return re.compile(f"{_LABEL_LEAD}(?:{_LABELS[index][0]}){_LABEL_TAIL}", re.IGNORECASE)


_COLUMN_HEADER_REACH = 80
_COLUMN_WORDS = {"role", "roles", "title", "organisation", "organization", "agency", "designation", "initials",
                 "position", "representing", "job", "affiliation"}
_BLANK_GAP = 4


# "The other Councillors present were:-", "The following were present:", "Those in attendance
# were:", "The following members sent apologies:", "Apologies for absence were received from the
# following:": a heading written as a sentence that ends in a colon, the list under or after it.
_SENTENCE_HEADING = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<words>(?:[A-Za-z'’/&-]+\s+){0,7}?"
    r"(?:(?:were|was)\s+(?:also\s+)?(?:not\s+)?(?:present|in\s+attendance|absent)"
    # ("Present at the meeting were:", "Observers at the meeting were:": where, between the words.)
    r"|(?:present|in\s+attendance|attending|observers?|guests?|officers?|officials)(?:\s+(?:at|for)\s+the\s+(?:meeting|call|session))?"
    r"\s+(?:were|was|included)"
    r"|(?:also\s+)?attended(?:\s+the\s+meeting)?(?:\s+by)?"
    # ("Non-Members also present:-", "Councillors also in attendance:": who else, named before "also".)
    r"|also\s+(?:present|in\s+attendance|attending)"
    r"|(?:sent|tendered|gave|submitted|offered)\s+(?:their\s+)?(?:apologies|regrets)(?:\s+for\s+absence)?"
    r"|apologies\s+(?:for\s+absence\s+)?(?:were\s+)?(?:received|submitted|noted|tendered|given|intimated)"
    r"\s+(?:from|by|on\s+behalf\s+of)(?:\s+the\s+following(?:\s+[a-z]+){0,2})?))"
    # ("Apologies were intimated from:-; Cllr A; B": a web page's cell, its paragraphs parted by "; ".)
    r"\s*:-?(?:\s*;)?(?:\s+|$)", re.IGNORECASE)
_FOLLOWING = re.compile(r"(?i)^\s*the\s+following(?:\s+[a-z]+){0,2}\s*:-?\s*")


def _sentence_heading(line: str) -> tuple[Label, str] | None:
    """A heading written as a sentence ending in a colon, and what follows the colon. Who the
    people are comes from the sentence's words: apologies or absence, a body's staff, others
    also there, or else its members."""
    said = _SENTENCE_HEADING.match(line) if ":" in line else None
    if said is None or any(ch.isdigit() for ch in said["words"]):
        return None
    words = said["words"].lower()
    rest = line[said.end():]
    if re.search(r"apolog|regrets", words):
        return Label(APOLOGIES), rest
    if re.search(r"\babsent\b|\bnot\s+(?:present|in\s+attendance)", words):
        return Label(ABSENT), rest
    if re.search(r"\b(?:staff|officers?|officials|employees|secretariat)\b", words):
        return Label(PRESENT, "officer"), rest
    if re.search(r"\b(?:also|guests?|observers?|public|visitors|non-members|others)\b", words) or (
            "attendance" in words and not re.search(r"\b(?:members|councillors|directors|trustees|governors)\b", words)):
        return Label(PRESENT, "in attendance"), rest
    return Label(PRESENT, "member"), rest


_JOINED_HEADINGS = re.compile(r"^\s*(?P<head>[A-Za-z][\w' -]{1,40}?(?:\s+(?:and|&)\s+|\s*/\s*)[A-Za-z][\w' -]{1,30}?)"
                              r"\s*(?::\s*|$)")


def _joined_headings(line: str) -> tuple[Label, str] | None:
    """ "Officials and observers", "Declined / apologies: Helen Frayne": two headings joined, each
    one alone; apologies if either says so, else the first's."""
    if " and " not in line and "/" not in line and "&" not in line:
        return None  # (cheaply first)
    joined = _JOINED_HEADINGS.match(line) if len(line) < _COLUMN_HEADER_REACH or ":" in line else None
    if joined is None:
        return None
    parts = [attendance_label(part.strip() + ":") for part in re.split(r"\s+(?:and|&)\s+|\s*/\s*", joined["head"])]
    if len(parts) != 2 or not all(part and not part[1].strip() for part in parts):
        return None
    labels = [part[0] for part in parts]
    label = next((label for label in labels if label.kind == APOLOGIES), labels[0])
    return label, line[joined.end():]


def attendance_label(line: str) -> tuple[Label, str] | None:
    """The attendance heading a line starts with, and what follows it (tabs kept). A heading
    over a table's other column headings, run together by PDF text ("Present Role",
    "Members Organisation"), is the heading alone."""
    # All the headings at once, anchored: most lines fail at their first word.
    first = _LABEL_ANY.match(line) if _may_open_heading(line) else None
    if first is None:
        if ":" in line and (said := _sentence_heading(line)):
            return said
        words = line.split() if len(line) < _COLUMN_HEADER_REACH else []
        if 2 <= len(words) <= 5 and "\t" not in line.strip():
            # "Members present Organisation": the heading's own words, then the table's other column headings.
            for size in range(1, min(3, len(words) - 1) + 1):
                if all(w.lower().strip(":") in _COLUMN_WORDS for w in words[size:]):
                    found = attendance_label(" ".join(words[:size]) + ":")
                    if found:
                        return found[0], ""
        return _joined_headings(line)
    start = next(index for index in range(len(_LABELS)) if first[f"l{index}"] is not None)
    for index in range(start, len(_LABELS)):
        label = _LABELS[index][1]
        match = first if index == start else _label_re(index).match(line)
        if match and match["titled"] is not None and not carries_on(line[match.end():], strong=False):
            continue
        if match and match["titled"] is not None and not has_title(line[match.end():]) and not _BARE_NAMES_HEADING.fullmatch(
                match[0].strip()) or match and match["titled"] is not None and not has_title(line[match.end():]) and not all(
                looks_like_name(_BRACKETED.sub("", part)) for part in split_people(line[match.end():].rstrip(". "))):
            continue  # "Present Joan Ames, Peter Bright": only a plain roll heading, and only names after it  # "Chair Cllr Pritchett opened the meeting": a sentence, not a heading and its people
        if match:
            # Keep an empty cell where the label stood so table columns still line up.
            rest = line[match.end():]
            if ":" in match[0] and rest[:1] in "-–":
                rest = rest[1:]  # "Present:-": the Scottish colon and dash
            # "Elected Members:<tab>Cllr A, Cllr B,": a tab after a colon only aligns a list of
            # names with the others; with no more tabs after it, the line is no table row.
            aligned = "\t" in match[0] and not (":" in match[0] and "\t" not in rest.strip())
            if label.role and rest.lstrip(" -–—:")[:1].islower() and _sets_a_task(rest.lstrip(" -–—:")):
                return None  # "- Clerk - confirm the grass-cutting contract": an office given a task, not a roll
            if label.single_line and (following := _FOLLOWING.match(rest)):
                # "Apologies were received from the following:" over a list: a heading, not a sentence.
                return replace(label, single_line=False), rest[following.end():]
            return label, ("\t" + rest.lstrip(" ") if aligned else rest)
    return None


# "(Chair)" after a name in such a list: what the person is, no part of the name.
_BRACKETED = re.compile(r"\s*\([^()]{0,60}\)")
# The headings a list of untitled names may follow with no colon ("Present Joan Ames, Peter Bright and Sara Cole").
_BARE_NAMES_HEADING = re.compile(r"(?i)(?:also\s+)?present|apologies(?:\s+for\s+absence)?|(?:also\s+)?in\s+attendance"
                                 r"|absent|attendees|attendance")


def _sets_a_task(text: str) -> bool:
    from minutes.actions import opens_with_task_verb

    return opens_with_task_verb(text)


# "Councillor G Carr (in the Chair); Councillors Hale, Bird and Lawn.": a list of members led by the
# one in the chair, set under a heading the page lost (or never wrote).
_CHAIR_FIRST = re.compile(r"^\s*(?P<first>[^\W\d_][^()\t]{2,60}?)\s*\((?:in\s+the\s+chair|chair(?:man|person|woman)?)\)"
                          r"\s*[;,]\s*(?=\S)", re.IGNORECASE)
# "Cathaoirleach Cllr. Bríd Nagle presided.", "Cllr Ann Lee (Mayor) presided": the member in the chair,
# said in a sentence of its own.
# (Whatever the case of "Chair"; and "Trudy Mack, Vice Chairperson, in the Chair.", as Scottish minutes say it.)
_PRESIDED = re.compile(r"^\s*(?:(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)??(?P<who>[A-Z][^;:]{2,60}?),?\s+"
                       r"(?i:presided|presiding|was\s+in\s+the\s+chair|(?<=,\s)in\s+the\s+chair|took\s+the\s+chair"
                       r"|chaired(?:\s+the\s+meeting)?)\s*\.?\s*$")


_PRESENT_WERE = re.compile(r"(?i)\bpresent(?:\s+at\s+the\s+meeting)?\s+were\s*$")
_SAYS_WHO_CAME = re.compile(r"(?i)present|attend|apolog|regret|absent|guest|observ|officer|member|public")


def label_after_sentence(line: str) -> tuple[Label, str] | None:
    """ "Key: ✓ present, A apologies. Also present: Joan Meadows, public governor.": a heading
    with a colon and its people, opening a later sentence of a line."""
    if ":" not in line and " were " not in line or not _SAYS_WHO_CAME.search(line):
        return None  # (cheaply first: a later sentence must at least name a way of being there)
    # ("1.<tab>APOLOGIES; Minutes:; Apologies were intimated from:-; Cllr A; B": a web page's item
    # table, each cell's paragraphs parted by "; ", the list the heading's cell's last paragraphs.)
    for cut in re.finditer(r"(?<=[\w).:])[.;]\s+(?=[A-Z])", line):
        tail = line[cut.end():]
        said = attendance_label(tail)
        heading = tail[: len(tail) - len(said[1])] if said else ""
        # (Or a sentence that says who "were present" and names them: "... at 1.40pm. Staff present were Jo Budd.")
        if said and said[1].strip(" ;") and (":" in heading or _PRESENT_WERE.search(heading)):
            if (again := attendance_label(said[1].lstrip(" ;"))) and again[0].kind == said[0].kind and (
                    again[0].single_line and again[1].strip()):
                # "1. Apologies for absence: Apologies were received from Cllr Ann Lee.": the heading, then the
                # sentence that says it again; the people are those the sentence names.
                return again
            return replace(said[0], single_line=True), said[1].lstrip(" ;")
    return None


# "It was reported that", "The Clerk reported that", "The Chair advised that": a sentence's opening words
# saying who told the meeting what follows.
_REPORTED_THAT = re.compile(r"^\s*(?:it\s+was|(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s+(?:had\s+)?"
                            r"(?:reported|noted|advised|confirmed|announced|informed\s+(?:the\s+)?\w+)\s+that,?\s+(?:as\s+)?"
                            r"(?=apolog|an\s+apology)", re.IGNORECASE)


def label_after_report(line: str) -> tuple[Label, str] | None:
    """ "It was reported that apologies for absence had been received from Councillors Parrott and Lyle.",
    "The Clerk reported that apologies had been received from ...": the apologies sentence after the
    words that say who reported it."""
    if "that" not in line or (opening := _REPORTED_THAT.match(line)) is None:
        return None
    rest = line[opening.end():]
    return attendance_label(rest[:1].upper() + rest[1:])


def chair_sentence(line: str) -> str | None:
    """ "Cathaoirleach Cllr. Ann Lee presiding.", "Cllr Ann Lee (Mayor) presided." under a roll's heading:
    the member in the chair, said as a sentence, as "Ann Lee (Chair)"; None for any other line."""
    lowered = line.lower()
    if "presid" not in lowered and "the chair" not in lowered and "chaired" not in lowered:
        return None
    said = led_by_the_chair(line)
    return f"{said[1].strip()} (Chair)" if said and said[0].role == "Chair" else None


def led_by_the_chair(line: str) -> tuple[Label, str] | None:
    lowered = line.lower()
    if "presid" in lowered or "the chair" in lowered or "chaired" in lowered:
        said = _PRESIDED.match(line)
        words = said["who"].rstrip(" ,").split() if said else []
        for skip in range(min(3, len(words))):  # "Cathaoirleach Cllr. Bríd Nagle": a post may come first
            who = " ".join(words[skip:]).strip(" ,")
            # "Trudy Mack, Vice Chairperson,": the name before its post.
            named = who.split(",")[0] if "," in who else who
            if (opens_with_titled_name(named) or skip == 0 and "," in who and looks_like_name(named)) \
                    and read_person(named) is not None:
                return Label(PRESENT, "member", "Chair", single_line=True), named
    match = _CHAIR_FIRST.match(line) if "hair" in line else None
    if match is None or not has_title(match["first"]) or not looks_like_name(match["first"]) \
            or not carries_on(line[match.end():].rstrip(" ."), strong=False):
        return None
    return Label(PRESENT, "member"), line


def next_filled(lines: list[str], index: int) -> int | None:
    for ahead in range(index, min(len(lines), index + _BLANK_GAP + 1)):
        if lines[ahead].strip():
            return ahead
    return None


_NOBODY_OR_APOLOGIES = re.compile(r"(?i)^\s*(?:no\s+rep(?:resentative)?s?|not\s+represented|vacant"
                                  r"|no\s+functioning\b|(?:sent\s+)?apolog(?:ies|y)\s+(?:received\s+)?from\s+[A-Z])")


def _short_parts(text: str) -> bool:
    """ "Mr J Loftus, Dir. of Services, Ms E Kenny, Asst. Staff Officer.": a long list closed by a
    full stop is still a list when every part between its commas is a few words."""
    parts = re.split(r"[,;]", text.rstrip(". "))
    return len(parts) >= 3 and all(1 <= len(part.split()) <= 6 for part in parts)


def carries_on(line: str, strong: bool) -> bool:
    """Whether a line reads as more people; `strong` asks for more proof (after a gap)."""
    if attendance_label(line) or is_heading(line):
        return False
    plural = PLURAL_TITLE.match(line)
    if plural and line[plural.end():].strip() and carries_on(line[plural.end():], strong):
        # "Deputies - Ciarán Boland T.D., Gráinne Foley T.D." part way down a roll: a plural title
        # over the names it belongs to, as the roll's first group had it ("Councillors - A, B").
        return True
    named = NAME_INITIALS_LINE.match(line)
    if named and looks_like_name(named["name"]) or initials_first(line) or couple(line):
        return True
    grouped = GROUP_COLON.match(prose(line))
    if grouped and (not looks_like_name(grouped["head"]) or KIND_END.search(grouped["head"])):
        # "An Garda Síochána: Chief Superintendent Eamon Hession": a body's people, after its name.
        line = grouped["tail"]
        if _NOBODY_OR_APOLOGIES.match(line):
            return True  # "Balgrochan CC: no rep", "Milton CC: Apologies from Irene Strang": still the roll
    text = prose(re.sub(r"\([^()]*\)", " ", without_attendance_note(line)))
    words = text.replace(",", " ").split()
    if not words:
        return False
    # "Olu Adebayo - Marlowe Bay Council housing team": what follows a name and a dash describes
    # the person in any words; only the rest of a line must read as names.
    parts = DASH.split(text, maxsplit=1)
    if len(parts) == 1 and "," in text and not text.endswith("."):
        # "Jane Smith, independent consultant": a short description after a comma, no sentence.
        parts = text.split(",", 1) if len(text.split(",", 1)[1].split()) <= 5 else parts
    judged = parts[0].replace(",", " ").split() if len(parts) == 2 and looks_like_name(parts[0]) else words
    if name_then_post(lead := parts[0].split(",")[0]):
        judged = lead.split()  # "Jo Reeve Engagement Lead, external auditor": a name and post, then any words
    loose = [w for w in judged if w[0].islower() and w.lower() not in PEOPLE_CONNECTORS]
    if len(loose) > len(judged) * 0.15 or text.endswith((".", ":", "?")) and len(words) > 8 and not _short_parts(text):
        return False
    # A table row's name is its first cell ("Details | Actions" is two headings, not a name).
    cell = prose(re.sub(r"\([^()]*\)", " ", line.strip().split("\t")[0])) if "\t" in line.strip() else text
    first = next(iter(split_people(cell)), "")  # ";" alone splits into no entries
    # "Janine Cole, Finance Business Partner": the entry's name is its first comma part.
    head = re.split(r"\s+[-–—]\s+|\s*,\s*", first)[0]
    # "Ewan Maitland for Rachel Quist": a substitute's line opens with their name.
    head = re.split(r"\s+(?:for|deputising|substituting|standing\s+in|in\s+place\s+of)\s+", head)[0]
    # "RAY, Bo (Chair)": a register's surname in capitals first, then the given names.
    surname_first = head.isupper() and len(head) > 1 and "," in cell and (person := read_person(cell)) is not None \
        and person.name.endswith(head)
    if not (looks_like_name(head) or is_organisation(first) or opens_with_titled_name(head) or name_then_post(head)
            or name_and_initials(head) is not None
            # "Vale Fire – Station Manager Cai Ng": the body first, then who came from it.
            or is_organisation(head) and DASH.search(first) and read_person(first) is not None
            or post_then_titled(text) or surname_first):
        return False
    # After a gap, a titled name alone ("Councillor Sandra Lupton") is proof enough: web pages
    # set each attendee in a paragraph of their own.
    return not strong or len(words) >= 4 or "(" in line or "\t" in line or has_title(head) and len(words) >= 2


# "The Town Mayor, Councillor Ann Lee (in the Chair)", "Cathaoirleach, Cllr. Bríd Ní Bhriain": a post of a
# few capitalised words, a comma, then a titled name, as councils set their chair at the head of the roll.
_POST_FIRST = re.compile(r"^(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s*,|\s+[-–—])\s*")  # (or a dash: "Chairman – Cllr Ann Lee")


def post_then_titled(line: str) -> bool:
    """Whether a line opens with a post and then the titled name of whoever holds it."""
    post = _POST_FIRST.match(line)
    return bool(post) and opens_with_titled_name(line[post.end():])


def opens_with_person(cell: str) -> bool:
    """Whether a cell starts with someone's name ("Dr Ann Lee (GP), Bob Hall"), not a post or a body."""
    return opens_with_titled_name(cell) or looks_like_name(re.split(r"\s*[,(;]|\s+[-–—]\s", cell.strip())[0])


# The last word of a body's or a group's name ("Voluntary Sector", "Transport Service").
_GROUP_ENDS = {"sector", "team", "teams", "service", "services", "partners", "members", "group", "groups", "network",
               "board", "council", "trust", "authority", "agency", "police", "hospital", "hospitals", "practice",
               "surgery", "representatives", "officers", "officials", "governors", "directors", "staff", "unit",
               "office", "department", "directorate", "committee", "forum", "panel", "partnership", "association"}


def names_one_person(cell: str) -> bool:
    """Whether a cell is one person's name ("Ann Cole", "Cllr B. Dyer"), not a body or a group
    ("HEREWARD WOMEN'S HOSPITAL", "Hill Surgery", "Elected Members")."""
    text = cell.strip()
    if text.isupper() or "," in text or is_organisation(text) or attendance_label(text) or (
            text.split() and text.split()[-1].lower() in _GROUP_ENDS):
        return False
    return opens_with_titled_name(text) or looks_like_name(text) and read_person(text) is not None
