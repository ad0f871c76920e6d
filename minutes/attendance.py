"""Who was there: Present, Also in attendance, Officers, Facilitator, In the Chair,
Apologies and Absent blocks, written inline ("Present: A (Org), B and C"), as lists,
as two-column tables, or as PDF columns that split a row over two lines."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.agenda import is_heading
from minutes.attendance_blocks import (
    INITIALS_ROLL,
    acting_initials,
    collect_block,
    given_names,
    initials_only,
    lines_said,
    listed_people,
    one_a_line,
    ticked,
)
from minutes.attendance_headings import (
    attendance_label,
    carries_on,
    label_after_report,
    label_after_sentence,
    led_by_the_chair,
    next_filled,
)
from minutes.attendance_people import (
    GROUP_COLON,
    HEADER_CELLS,
    HOW_JOINED,
    PEOPLE_KIND,
    PLURAL_TITLE,
    grades_apart,
    is_group_heading,
    post_holders,
    read_block,
)
from minutes.attendance_sentences import (
    SENTENCE_END,
    apologies_item,
    apologies_within,
    attended_as_substitute,
    posts_first,
    prose_roll,
    run_on_apologies,
    sent_apologies,
    says_apologies,
    welcomed,
    were_present,
    with_substitutes_present,
)
from minutes.attendance_cells import cells_a_paragraph
from minutes.attendance_chair_with import chair_with_others
from minutes.attendance_except import all_but, without_excepted
from minutes.attendance_roll_call import roll_caller
from minutes.attendance_fuller import with_fuller_names
from minutes.attendance_keys import signed_names
from minutes.attendance_flattened import FLAT_LINE, flattened_roll, shaped_roll
from minutes.attendance_grids import keyed_grid
from minutes.attendance_emphasis import key_meanings, marked_phrases, read_as_keyed, unmarked
from minutes.attendance_initials_key import initials_key_runs
from minutes.attendance_initials_rolls import both_rolls_in_initials
from minutes.attendance_name_key import name_key_roll
from minutes.attendance_entry_posts import entries_with_posts
from minutes.attendance_markup import tidied_markup
from minutes.attendance_posts import posts_among
from minutes.attendance_post_initials import posts_with_initials
from minutes.attendance_one_list import apologies_marked
from minutes.attendance_welcome import welcomed_in_opening
from minutes.attendance_punctuation import tidied_rolls
from minutes.attendance_areas import area_rows
from minutes.attendance_marks import marked_roll
from minutes.attendance_minuted import also_there, numbered_heading, roll_opening, sentence_goes_on
from minutes.attendance_rows import coded_rows, columns_run_together, status_rows
from minutes.attendance_status import name_status
from minutes.attendance_tables import people_by_status, status_table
from minutes.attendance_unheaded import (
    NOT_THERE,
    PLACE_END,
    boxes_follow,
    bulleted_roll,
    flattened_table,
    post_table,
    unheaded_list,
    unheaded_roll,
)
from minutes.emphasis_marks import keyed_kinds
from minutes.initials import defined_initials
from minutes.normalise import prose
from minutes.people import (
    Person,
    initials_fit,
    is_organisation,
    looks_like_name,
    opens_with_titled_name,
    read_person,
    shared_surname,
    split_outside_brackets,
    split_people,
    starts_like_person as _starts_like_person,
)
from minutes.roll import ABSENT, APOLOGIES, Attendance, Label, PRESENT, record, same_person
from minutes.vocabulary import has_title, is_role


_DEFINITION = re.compile(r"^:{1,3}[ \t]*(?=[^\W\d_])")
# "Minutes:" alone under each item's title: a committee system's (ModernGov's) label for the minute that
# follows, no part of it; read as a blank line, the title stands over its minute.
_MINUTE_LABEL = re.compile(r"(?i)^\s*(?:minutes?|decision)\s*:\s*$")
_STRAY_STOP = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Cllr) \.(?=[A-Z][a-z])")
# A bare "Apologies" heading's sentence stands at most this many lines below it (blank ones and a label between).
_SENTENCE_BELOW = 4
_LEADERS = re.compile(r"(?<=\S)\s*(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)\s*(?=\S)")


def read_attendance(lines: list[str]) -> Attendance:
    """Every attendance block in the document, in order."""
    # "Westbrook Surgery ....... Dr Tom Hal (TH) - GP Partner": dot leaders part a row's columns.
    lines = [_LEADERS.sub("\t", line) if ".." in line or "…" in line else line for line in lines]
    # ":   Members present: Ann Lee, Bob Ray", "Attendees" over ":   Ann Lee, Bob Ray": a wiki's or Markdown's
    # definition list, its marker no part of the roll.
    lines = [_DEFINITION.sub("", line) if line[:1] == ":" else line for line in lines]
    lines = ["" if len(line) < 20 and _MINUTE_LABEL.match(line) else line for line in lines]
    # "Ms .Marie Lee": a title's full stop typed after its space, mended so the name reads as the others do.
    lines = [_STRAY_STOP.sub(r"\g<title>. ", line) if " ." in line else line for line in lines]
    # "Present (apologies in italics)" over "- *Cllr Ann Lee*": the roll read without its marks, then each marked
    # person moved as the key says (at the end).
    meanings = key_meanings(lines) if keyed_kinds(lines) else {}
    marked = marked_phrases(lines) if meanings else []
    lines = [unmarked(line) for line in lines] if meanings else lines
    lines = tidied_markup(lines)  # "###Present" over "*Anna"; "- [DC] Daniel Collins"
    lines = tidied_rolls(lines)  # "Present.? A.Cole [Chair],B.Fry"; "Present: Ann Cole (12) Bob Fry (7) ..."
    lines = area_rows(lines)  # "Kirkton - Mr A. Lindsay" over "Apologies - Mrs E. Grant": members by area
    found = Attendance()
    known_orgs: set[str] = set()
    # One Word table often holds every block, a merged row ("In attendance") between
    # them: its header row, read in the first block, still names the later blocks' cells.
    role_column: list[int | None] = [None]
    headings: set[str] = set()
    key: dict[str, str] | None = None  # the document's key to initials, looked for once a list needs it
    acting: set[str] | None = None  # the initials the minutes show acting as people, looked for once a roll needs them
    spelt: dict[str, str] | None = None  # the names the minutes give initials beside them, looked for the same way
    paired: bool | None = None  # whether the roll and the apologies are both in initials, looked for the same way
    excepted: list = []  # those a roll of "all members except ..." leaves out
    key_runs = initials_key_runs(lines)  # "HB – Helen Brockway" over "DA – Dilys Amankwah": who "Present: HB, DA" are
    if (grid := keyed_grid(lines)) is not None:
        # "IB Adults Health Y A Y JS CAFCASS D D Y" over "Key: Y = Attend, A = Apology": a year's attendance grid.
        for said, people in grid[1]:
            record(found, said, people)
        found.used.update(grid[0])
    index = 0
    while index < len(lines):
        if index in key_runs:
            found.used.update(range(index, key_runs[index]))
            index = key_runs[index]
            continue
        if not lines[index]:
            # (Cheaply: an empty line opens no table, roll or sentence, and heads nothing; every reader below passes
            # it by untouched. Nearly half a document's lines are empty.)
            index += 1
            continue
        end = _roll_table(lines, index, found)
        if end is not None:
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        end = status_rows(lines, index, found)
        if end is None:
            end = post_table(lines, index, found)
        if end is None:
            end = people_by_status(lines, index, found)
        if end is None:
            end = coded_rows(lines, index, found)
        if end is None:
            end = marked_roll(lines, index, found)  # "[P] Jane Doe – Chair" over "(A) Tom Hill"
        if end is None:
            end = columns_run_together(lines, index, found)
        if end is None and found.first_line is None and index < _HEAD_REACH and "ttend" in lines[index].lower():
            end = prose_roll(lines, index, found)  # "Who attended" over sentences naming them
        if end is not None:
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        line = lines[index]
        if said := lines_said(lines, index):
            # (At the summary's end, after the business: no head of the document ends there.)
            record(found, Label(PRESENT, "member"), said[0])
            found.used.update(range(index, said[1]))
            index = said[1]
            continue
        if ("present" in line or "attendance" in line) and (found.first_line is None and index < _HEAD_REACH or _near_roll(
                found, index, 2, lines)) and were_present(line, found):
            # "Cllr A Lee (Chair), Cllr B Ray and Cllr C Dee were present.", "District Cllrs Fox and Gee were
            # present" after the roll: who was there, said as a sentence.
            found.used.add(index)
            found.first_line = index if found.first_line is None else found.first_line
            index += 1
            continue
        labelled = attendance_label(line) or led_by_the_chair(line)
        if labelled and found.first_line is None and index < _HEAD_REACH and not labelled[0].single_line and (
                run_in := _headed_run_on(*labelled)):
            # "Present: Ann Lee, Bob Ray. Apologies: Dan Fry Also Present: Mr. Ed Fox, Director.": a head run on
            # into one paragraph, several headings in it; each heads the people up to the next.
            groups = [(said, read_block([text], known_orgs, role_column)) for said, text in run_in]
            if len(line) >= FLAT_LINE and (flat := shaped_roll(line)) and _headcount(flat) > _headcount(groups):
                # "PRESENT: (1) Mrs Ann Lee (Chair) Mr Bob Ray ABSENT: Mr Cai Fox IN ATTENDANCE: Mr Dan Orr, Chief
                # Executive": the people parted by nothing but their titles, as a flattened table leaves them.
                groups = flat
            for said, people in groups:
                record(found, said, people)
            found.used.add(index)
            found.first_line = index
            index += 1
            continue
        if not labelled and found.first_line is None and index < _HEAD_REACH and (flat := flattened_roll(line)):
            # "... Present Ann Lee (Chair) Bob Ray, Chief Executive Apologies Cai Fox In Attendance ...": a page's
            # roll flattened into its one line (the line kept for the header and the business it also holds, whose
            # sentences may yet say who sent apologies).
            for said, people in flat:
                record(found, said, people)
            run_on_apologies(lines, index, found)
            sent_apologies(line, found)
            index += 1
            continue
        labelled = labelled or label_after_sentence(line) or label_after_report(line)
        if not labelled and found.first_line is None and index < _HEAD_REACH and ":" in line and (
                run_in := _labels_run_in(line)):
            # "... held at the Community Centre Present: Ms M Hunt (Chair), Ms V Baird Apologies: Mr M Parker.": a
            # head whose lines PDF text ran together, each heading straight after the words before it.
            for said, text in run_in:
                record(found, said, read_block([text], known_orgs, role_column))
            found.used.add(index)
            found.first_line = index
            index += 1
            continue
        if not labelled and line.lstrip()[:1] in _NUMBER_OPENERS and (index < _HEAD_REACH or _near_roll(found, index, 3, lines)):
            labelled = numbered_heading(line)  # "1<tab>Present", "38. APOLOGIES Apologies were received from ..."
            if labelled and not labelled[1].strip() and (ahead := next_filled(lines, index + 1)) is not None and (
                    attendance_label(lines[ahead]) or _PARAGRAPH_NUMBER.match(lines[ahead]) or labelled[0].kind != PRESENT
                    and sentence_goes_on(lines, index, labelled[0]) is None):
                # "1. Apologies" over "Apologies were received from ...", "Cllr Ann Lee (work). Accepted." or "Cllrs
                # Eng and Fry sent their apologies.": the apologies item, its sentences read as before; "2. Attendance"
                # over "2.1 Members present": a section whose numbered parts are the rolls.
                labelled = None
        if not labelled and line.lstrip()[:1] in _NUMBER_OPENERS and (number := _PARAGRAPH_NUMBER.match(line)) and (
                said := attendance_label(line[number.end():])) and said[0].single_line and said[1].strip():
            # "202.1 Apologies were received from Cllrs Hosking (illness) and Pengelly (work)": a
            # numbered paragraph of the apologies item that is a sentence naming them.
            labelled = said
        if not labelled and found.first_line is None and index < _HEAD_REACH and (
                _group_of_people(lines[index]) or unheaded_roll(lines, index) or unheaded_list(lines, index)):
            # ("- Joan Ames" over "- Peter Bright": a bulleted roll under no heading; the first entry without its bullet,
            # as collect_block gives the later ones.)
            labelled = Label(PRESENT, "member"), _BULLET.sub("", lines[index], count=1)
        if not labelled and (line.rstrip().endswith(":") or boxes_follow(lines, index)) and (
                index < _HEAD_REACH or _near_roll(found, index, 3, lines)) and bulleted_roll(lines, index):  # near the top or the roll; a list later may be a new group's
            labelled = Label(PRESENT, "member"), ""
        if not labelled and line.rstrip().endswith(":") and HOW_JOINED.fullmatch(line.strip()) and (
                ahead := next_filled(lines, index + 1)) is not None and carries_on(lines[ahead], strong=False):
            # "In the room:", "On Teams:" over people: who was there, by how they joined.
            labelled = Label(PRESENT, "member"), ""
        if not labelled and len(line) <= _GROUP_HEADING_LENGTH and _near_roll(found, index, 2, lines) and (
                group := _roll_group_heading(lines, index)):
            # "PPN NOMINEES :" or "Presenters" straight after the roll, over people: one more group of it.
            labelled = group, ""
        if not labelled and ":" in lines[index] and _near_roll(found, index, 2, lines) and (post := _post_and_holder(lines[index])):
            # "Consultant: Jacob Renshaw (Vale Planning)" a blank line after the roll: one more there, in that post.
            labelled = Label(PRESENT, "in attendance", post), lines[index].split(":", 1)[1]
        if not labelled and ":" in lines[index] and _near_roll(found, index, 2, lines) and _group_of_people(lines[index]):
            # "Executive Team: Dee Ott (Chief Executive), Eli Parr" a blank line after the roll: more of it.
            labelled = Label(PRESENT, "member"), lines[index]
        if not labelled:
            if name_status(lines[index], found):
                found.used.add(index)
                found.first_line = index if found.first_line is None else found.first_line
                index += 1
                continue
            run_on_apologies(lines, index, found)
            sent_apologies(lines[index], found)
            if not (index < _HEAD_REACH and ("welcomed" in line or "hair" in line) and welcomed_in_opening(
                    _sentence_run_on(lines, index), found)):
                # ("The Chair, Cllr Ann Lee, opened the meeting and welcomed Cllrs Bob Ray and Cai Fox, the Clerk (Eve
                # Parr) and two members of the public.": the roll said in the opening words, read above.)
                welcomed(_sentence_run_on(lines, index) if "welcomed" in lines[index] else lines[index], found)
            end = apologies_item(lines, index, found)
            if end is not None:
                found.used.update(range(index + 1, end))
            index += 1
            continue
        label, rest = labelled
        if label.kind == APOLOGIES and not rest.strip() and (ahead := next_filled(lines, index + 1)) is not None \
                and ahead - index <= _SENTENCE_BELOW and says_apologies(lines[ahead]):
            # "Apologies" over "Councillors Ann Lee and Bob Ray apologised for their inability to attend.": the
            # item's title; the sentence below, read as one, names those who sent them.
            found.used.add(index)
            index += 1
            continue
        if rest[:1].isupper() and not label.single_line and (inner := attendance_label(rest)) and inner[0].single_line \
                and inner[0].kind == label.kind and inner[1].strip():
            # "Apologies: Apologies were received from Mr Ian Hay and Mrs Morag Kerr.": the heading, then the
            # sentence that says it again; the people are those the sentence names.
            label, rest = inner
        if label.kind == PRESENT and (few := all_but(rest)) is not None:
            # "Present: All members of the Committee except Councillor Yeo.": the few not there; the membership
            # list, wherever the minutes give it, names the rest.
            record(found, *few)
            excepted.extend(few[1])
            found.used.add(index)
            found.first_line = index if found.first_line is None else found.first_line
            index += 1
            continue
        heading = re.sub(r"[^a-z ]", "", lines[index][: len(lines[index]) - len(rest)].lower()).strip()
        if heading in headings and label.kind == PRESENT and index - max(found.used, default=index) > _ANOTHER_MEETING:
            break  # a running log of meetings, newest first: the same heading again is an earlier meeting's
        headings.add(heading)
        if "\t" in rest.strip() and ":" in rest:
            # "Attendees:<tab>Ann Lee, Bob Ray<tab>Apologies:<tab>Cai Fox": a header table's row of labels and
            # values, two to a row; each later label heads the cell after it.
            rest, later = _later_labels(rest)
            for other, value in later:
                record(found, other, read_block([value], known_orgs, role_column))
        if label.kind == PRESENT and ";" in rest and ":" in rest:
            # "Present: Vice President: Ben Ashby; Treasurer: Kim Rowe; Gwen Odum; Staff Present: Nina Loft": each
            # post its own holder's, and a later heading over the entries after it.
            rest, posted_later = entries_with_posts(rest)
            for other, value in posted_later:
                record(found, other, read_block([value], known_orgs, role_column))
        if "\t" in rest.strip() and ":" not in rest:
            rest = _spaced_apart(rest, lines, index)
        rest, paragraph_end = _paragraph_of_groups(lines, index, rest)
        if not rest.strip() and index + 1 < len(lines) and (wrapped := _HEADING_WRAPPED.match(lines[index + 1])):
            # "Apologies received" over "and accepted:<tab>Cllr Liam Fenner; Cllr Beverley Oakes": the heading
            # wrapped onto the next line, its people after the colon.
            rest, paragraph_end = wrapped["rest"], index + 2
        if label.role and rest.count(",") == 1 and not re.search(r";|\band\b|&", rest):
            # "Chair<tab>Jeremy Quaid, Independent Scrutineer": a post's one holder, then what they are.
            holder, _, about = rest.partition(",")
            if read_person(holder) is not None and not has_title(about.strip()):
                rest = f"{holder.rstrip()} - {about.strip()}"
        if label.kind == PRESENT:
            rest = chair_with_others(rest)  # "R. Ames (President) in the chair with P. Lee, S. Roy and M. Fox"
        if label.kind == PRESENT and rest.rstrip(" .").endswith(("presided", "presiding", "in the Chair", "in the chair")) and (
                chaired := led_by_the_chair(rest)):
            # "Present: Cathaoirleach Cllr. Mairéad Ní Fhlannagáin presided.": the chair, said as a sentence,
            # the rest of the roll perhaps on the lines after.
            rest = f"{chaired[1]} (Chair)"
        rest, tails = _first_sentence(rest)
        if label.single_line and label.kind == PRESENT:
            rest = posts_first(rest)  # "Present were supervisors Dale Voss, ..., district manager Tricia Hale"
        if tails:
            # "Staff: Diane Holroyd (CE). Minute Taker: Sally Armitage (SA).": one line, two headings;
            # "Apologies - Iris Bamford (IB). No apologies from Colm Reilly.": a remark after the list.
            label = replace(label, single_line=True)
        end = _label_columns(lines, index, label, rest, found)
        if end is None and not rest.strip():
            end = _grouped_columns(lines, index, label, found)
        if end is not None:  # "Members | Officers" over a column of people each, or two columns of groups
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        ahead = next_filled(lines, index + 1) if not rest.strip() else None
        end = status_table(lines, ahead, found, label) if ahead is not None else None
        if end is None and ahead is not None:
            end = people_by_status(lines, ahead, found)  # "Attendance" over "Agency | Attended | Apologies"
        if end is None and ahead is not None:
            end = flattened_table(lines, ahead, found, label)  # "Attendance" over "Group Name Organisation / role"
        if end is None and ahead is not None:
            end = cells_a_paragraph(lines, ahead, found, label)  # "Present:-" over "Members", "Role", a cell a paragraph
        if end is None and ahead is not None:
            end = marked_roll(lines, ahead, found)  # "Attendance" over "Key: [P] present [AP] apologies", "[P] Jane Doe"
        if end is not None:  # "Attendance" over a table saying each person's status
            found.used.update(range(index, end))
            found.first_line = index if found.first_line is None else found.first_line
            index = end
            continue
        start = index
        if not rest.strip() and (goes_on := sentence_goes_on(lines, index, label)) is not None:
            start, rest = goes_on  # "2<tab>Apologies" over "were received from: Cllr Ann Lee & Cllr Bob Ray"
        block, end, bulleted = collect_block(lines, start, rest, label)
        if label.single_line and label.kind == PRESENT and len(block) == 1 and ";" in block[0] and (
                cut := _CLAUSE_OF_ANOTHER_LABEL.search(block[0])):
            # "Members present were A, B and C; apologies were" over "received from D.": the sentence's next
            # clause is another heading and its people (its words perhaps carried on to the next line).
            clause = block[0][cut.end():].strip()
            if end < len(lines) and lines[end][:1].islower() and not clause.rstrip().endswith("."):
                clause, carried_on = f"{clause} {lines[end].strip()}", end + 1
            else:
                carried_on = end
            if (said := attendance_label(clause)) and said[1].strip():
                block, tails, end = [block[0][: cut.start()]], [clause.rstrip("."), *tails], carried_on
        if len(block) == 1 and not tails and block[0] != rest and ". " in block[0]:
            # "Apologies: Jane Forbes; Nicola" over "Platt (Housing). Not present: Department for Work and Pensions.":
            # the list wrapped onto the next line, where a sentence of another heading follows it.
            first, later = _first_sentence(block[0])
            if later and _HEADING_SENTENCE.match(later[0]):
                block[0], tails = first, later
        end = max(end, paragraph_end)
        if label.role and not rest.strip() and block and not _names_a_person(block[0]):
            index += 1  # "CHAIRMAN" over the council's page footer: a line to sign, no one named
            continue
        found.used.update(range(index, end))
        found.first_line = index if found.first_line is None else found.first_line
        block, unticked = ticked(block)
        if unticked:
            # "[ ] Torvald Kessler - Corvanta" in a roll call of boxes: listed, not there;
            # "[ ] Samir Haddad - Bluepeak (regrets)": not there, having sent apologies.
            for line in unticked:
                if (person := read_person(line)) is not None:
                    record(found, Label(APOLOGIES if _REGRETS.search(line) else ABSENT), [person])
        if label.kind == ABSENT and any(_REGRETS.search(line) for line in block):
            # "Directors absent: Liam Carraway (sent regrets)": absent with apologies sent.
            sent = [entry for line in block for entry in split_people(line) if _REGRETS.search(entry)]
            record(found, Label(APOLOGIES), [p for entry in sent if (p := read_person(_REGRETS.sub("", entry))) is not None])
            block = [", ".join(e for e in split_people(line) if not _REGRETS.search(e)) for line in block]
        if label.kind in (PRESENT, APOLOGIES) and (one_list := apologies_marked(block, heading)) is not None:
            # "Attendees and apologies:" over "- Oscar Lindgren (apologies)", "Attendance: ..., Sue Whitcombe (sent
            # apologies), ...": one list, the marked entries those who sent apologies, the rest (as the heading says) there.
            sent, block, there = one_list
            record(found, Label(APOLOGIES), sent)
            if there and label.kind == APOLOGIES:
                label = Label(PRESENT, "member", single_line=label.single_line)
        later: list[tuple[Label, str]] = []
        if label.kind in (PRESENT, APOLOGIES) and any(":" in line for line in block + tails):
            # "... Eli Parr (for the MP) In attendance: Fay Rudd.": another heading run into the list, its own people after it.
            block = [_before_inline_labels(line, label, later) for line in block]
            tails = [_before_inline_labels(tail, label, later) for tail in tails]
        if block and label.kind in (PRESENT, APOLOGIES):
            # "were received from: Cllr Ann Lee" under "Apologies"; "... & Mrs Bea Ray Also PCSO Cy Dee".
            block = [also_there(line, label, later) for line in [roll_opening(block[0], label.kind), *block[1:]]]
        if label.kind == APOLOGIES:
            block = with_substitutes_present(block, found)
        if label.kind == PRESENT:
            block = [_with_joined_sentences(line) for line in apologies_within(block, found)]
            block = [_represented(line, found, label) if "represented by" in line else line for line in block]
        if label.shared:
            block = [line if not line.strip() or has_title(line.strip()) or PLURAL_TITLE.match(line)
                     else f"{label.shared} {line.strip()}" for line in block]
        block = [post_holders(_unglued(_unshouted(line))) for line in block]
        # "Jane and Gerald Pine" a line of its own in a roll of one name a line: the two, each named in full.
        block = [", ".join(pair) if (pair := shared_surname(line.strip().rstrip(".,;"))) else line for line in block]
        if label.capacity == "officer":
            block = [grades_apart(line) for line in block]  # "Officials: P. Burke DOS, M. Walsh EE"
        if label.kind == PRESENT:
            block = [_POST_THEN_FOR.sub(r"\g<who> substituting for ", line) if " for " in line else line for line in block]
        if key is None:
            key = _initials_key(lines, found)
        if key:
            block = [_keyed(line, key) for line in block]
        if any(INITIALS_ROLL.match(line) for line in block):
            # "Present: JA (Chair), PB, SC" with "Joan Ames (JA)" or "JA - Joan Ames" elsewhere in the minutes: the
            # names the document gives the initials (looked for once, when a roll in initials needs them).
            if spelt is None:
                spelt = defined_initials(lines)
                found.used.update(_key_lines(lines, spelt))  # "JA - Joan Ames" lines: attendance, not business
            block = [_keyed(line, {**spelt, **(key or {})}) if INITIALS_ROLL.match(line) else line for line in block]
        if any(_CODE_AT_END.search(line) for line in block) and (codes := _status_key(lines, index)):
            # "Councillor Fiona Greaves - Cabinet Member\t(Ap)" under a key "(P) present (Ap) apologies": each
            # line's code says how that person stood.
            coded = [(codes.get(m["code"].lower()), line[: m.start()]) if (m := _CODE_AT_END.search(line)) else (None, line)
                     for line in block]
            for kind, line in coded:
                entry = re.sub(r"^\s*(?:[-*•]|\d{1,3}[.)])\s+", "", line)
                if kind is not None and (person := read_person(entry)) is not None:
                    record(found, kind, [person])
            block = [line for kind, line in coded if kind is None and not _CODE_AT_END.search(line)]
        if label.role and rest.strip() and len(block) > 1 and GROUP_COLON.match(prose(block[1])):
            # "Independent Chair:<tab>Ms Gwen Hale" over "Magistrates:<tab>Mr Ian Ure": the post is only the
            # heading line's holder's; the groups under it are other people.
            record(found, label, read_block(block[:1], known_orgs, role_column))
            label, block = replace(label, role=None), block[1:]
        if label.kind == PRESENT:
            # "Chairman PAB, President JM, Jack Garside JG": a post's holder by initials alone.
            block, posted = posts_with_initials(block)
            record(found, label, posted)
        people = listed_people(block) if bulleted or one_a_line(block) else given_names(block)
        if people is None and any(INITIALS_ROLL.match(line) for line in block):
            acting = acting_initials(lines) if acting is None else acting  # (looked for once, when a roll needs it)
            if paired is None:
                paired = both_rolls_in_initials(lines, _HEAD_REACH)  # "Attending:" over "- RM", "Apologies" over "- NL"
            people = initials_only(block, acting, paired or any(INITIALS_ROLL.match(p.name) for p in found.present))
        record(found, label, people or read_block(block, known_orgs, role_column))
        if label.kind == APOLOGIES:
            record(found, label, posts_among(block))  # "Apologies: the Mayor, Cllr Ann Lee": the post as written
        for said, text in later:
            record(found, said, read_block([text], known_orgs, role_column))
        for tail in tails:
            if (again := attendance_label(tail)) and again[1].strip():
                said = posts_first(again[1]) if again[0].single_line and again[0].kind == PRESENT else again[1]
                record(found, again[0], read_block([said], known_orgs, role_column))
            elif label.kind == PRESENT and PLURAL_TITLE.match(tail):
                # "PRESENT: Councillors - A, B. Deputies - C and D.": the next sentence is more of the list.
                record(found, label, read_block([tail.rstrip(".")], known_orgs, role_column))
            elif label.kind == PRESENT and (joined := _JOINED_SENTENCE.match(tail.strip() + ".")) and (
                    person := read_person(joined["who"])) is not None:
                # "Public: 3 residents. County Cllr Stephen Dow joined at 7.40pm.": one more there, said after.
                record(found, label, [person])
            elif label.kind == PRESENT and carries_on(tail.rstrip("."), strong=True):
                # "PRESENT: Councillors A, B and C. Deputy Rory Dempsey TD.": a sentence of more names.
                record(found, label, read_block([tail.rstrip(".")], known_orgs, role_column))
            elif "pologies" in tail or "regrets" in tail:
                # "Those present were A and B. Hattie Greaves and Saul Penrose gave their apologies.": a later
                # sentence of the roll's paragraph naming those who sent apologies.
                sent_apologies(tail, found)
        index = end
    for line in lines:
        attended_as_substitute(line, found)  # "Supt Lee Fry attended as substitute.": wherever it is said
    for line in lines[:_HEAD_REACH]:
        roll_caller(line, found)  # "... and asked Lisa Ortega to call roll.": there, calling it
    name_key_roll(lines, found, _HEAD_REACH)  # "Kathleen Hollins: KH" over "Piers Kendal: PK" opening the notes, no roll
    read_as_keyed(found, marked, meanings)  # "*Cllr Ann Lee*" under "Present (apologies in italics)": sent apologies
    signed_names(lines, found)  # "Cllr Alan Rudyard*" under a key "* apologies received": not present after all
    for short in found.clashes:
        found.aliases.pop(short, None)
    # "Facilitator: @ingridsolberg" above "@ingridsolberg (Ingrid Solberg, Chair)": a handle on its own that
    # the roll gives a name to is that person, listed once.
    found.present = [person for person in found.present if not person.name.startswith("@") or _handle_of_someone(
        found, person.name) is None]
    # "Debra Quarrie (Director) - represented by Tina Lowther" in the members' list, Debra among the apologies: one
    # whom another stood in for, who sent apologies, was not there.
    stood_for = [person.in_place_of for person in found.present if person.in_place_of]
    if stood_for and found.apologies:
        found.present = [person for person in found.present if not (
            any(same_person(person.name, other) for other in stood_for)
            and any(same_person(person.name, apology.name) for apology in found.apologies))]
    without_excepted(found, excepted)
    with_fuller_names(found, lines)  # "Cllr. R. Quinn" on the roll, "Cllr. Rosa Quinn" in the minutes
    return found


# Not after an initial ("P.J. Reilly"); before a capital, or a count ("... (Healthwatch). 11 members of the public ...").
# ("... and Alan Bower .  Apologies were ...": a full stop a space after the last name ends the sentence too.)
_FULL_STOP = re.compile(r"(?<=[\w)])(?<!\b[A-Z])[ ]?\.\s+(?=[A-Z]|\d{1,4}\s+[a-z])")


_HEADING_WRAPPED = re.compile(r"^\s*(?:and|&)\s+[a-z][a-z ]{1,30}:\s*(?P<rest>\S.*)$")
# A paragraph of groups runs on over at most this many lines.
_PARAGRAPH_LINES = 12


# "Debra Quarrie (Director of Children's Services) - represented by Tina Lowther, Assistant Director": a member
# listed who was not there, and who came in their place.
_REPRESENTED = re.compile(r"^(?P<absent>\s*(?:[-*•]\s+)?[A-Z][^;]{2,120}?)\s*(?:[-–—]\s*|\(\s*|,\s*)represented\s+by\s+"
                          r"(?P<who>[A-Z][^()]{2,100}?)\)?\s*\.?$")


def _represented(line: str, found: Attendance, label: Label) -> str:
    """A roll line naming a member "represented by" another: the other is recorded there in the member's
    place, and the line no longer names anyone."""
    match = _REPRESENTED.match(line)
    absent = read_person(match["absent"].strip(" -*•")) if match else None
    who = read_person(match["who"]) if match else None
    if absent is None or who is None or not looks_like_name(who.name):
        return line
    record(found, label, [replace(who, in_place_of=absent.name)])
    return ""


# "Not present and no apologies:", "Also present:": a sentence that opens as a heading of who came or did not.
_HEADING_SENTENCE = re.compile(r"(?i)^(?=[\w ’'-]{0,50}?\b(?:present|attend\w*|apolog\w*|absent|regrets|guests?|observers?))"
                               r"[A-Z][\w ’'-]{0,50}:")
# Where a heading with a colon may start inside a line: after a word, before a capital ("... Centre Present: Ms").
# (After a full stop too: "... Cat Day. Apologies: Dan Fry", a run-on paragraph's next heading.)
_RUN_IN_AT = re.compile(r"(?<=[\w).])\s+(?=(?-i:[A-Z])[A-Za-z ]{2,30}?:\s+(?-i:[A-Z]))")
_RUN_IN_LINE = 3000


def _labels_run_in(line: str) -> list[tuple[Label, str]]:
    """Each attendance heading with a colon that starts inside a line, after other words, and the
    people after it up to the next such heading or the end of their sentence; none when there is
    no such heading or the first names no one."""
    if len(line) > _RUN_IN_LINE:
        return []
    found = _each_heads_people(line, _heads_run_in(line))
    return found if found and found[0][1] and found[0][0].kind == PRESENT else []


def _headed_run_on(label: Label, rest: str) -> list[tuple[Label, str]]:
    """ "Present: Ann Lee, Bob Ray. Apologies: Dan Fry Also Present: Mr. Ed Fox, Director.": a heading's
    people, then more headings run on into the same paragraph; each heading with the people up to the next
    one (none when no heading of another kind runs on)."""
    if len(rest) > _RUN_IN_LINE or ":" not in rest:
        return []
    heads = _heads_run_in(rest)
    if not any(head[2].kind != label.kind for head in heads):
        return []
    return [(label, _first_sentence(rest[: heads[0][0]].strip())[0].rstrip(". ")), *_each_heads_people(rest, heads)]


def _each_heads_people(text: str, heads: list[tuple[int, int, Label]]) -> list[tuple[Label, str]]:
    """Each heading found in the text with its people: from where they start up to the next heading, the
    end of their sentence or the text's end."""
    ends = [head[0] for head in heads[1:]] + [len(text)]
    return [(said, _first_sentence(text[start:end].strip())[0].rstrip(". ")) for (_, start, said), end in zip(heads, ends)]


def _heads_run_in(line: str) -> list[tuple[int, int, Label]]:
    """Where each attendance heading with a colon starts inside a line, where its people start, and
    the heading."""
    heads: list[tuple[int, int, Label]] = []
    for at in _RUN_IN_AT.finditer(line):
        tail = line[at.end():]
        said = attendance_label(tail)
        if said and said[1].strip() and ":" in tail[: len(tail) - len(said[1])]:
            if heads and heads[-1][1] == len(line) - len(said[1]):
                # ("Centre Present:" and "Present:" head the same people: the shorter is the heading, unless the
                # longer says more: "Also Present:", not "Present:", of "Dan Fry Also Present:".)
                if _says_more(heads[-1][2], said[0]):
                    continue
                heads.pop()
            heads.append((at.start(), len(line) - len(said[1]), said[0]))
    return heads


def _says_more(longer: Label, shorter: Label) -> bool:
    """Whether a heading says more of its people than the shorter heading at its end does: a capacity
    ("in attendance") where the shorter has only the default one."""
    return longer.kind == shorter.kind and longer.capacity != shorter.capacity and shorter.capacity == "member"


def _later_labels(rest: str) -> tuple[str, list[tuple[Label, str]]]:
    """A label's cells up to the next cell that is an attendance label of its own with a colon
    ("Apologies:"), and each such later label with the cell after it."""
    cells = rest.split("\t")
    heads = [(at, said[0]) for at, cell in enumerate(cells) if at > 0 and cell.strip().endswith(":") and (
        said := attendance_label(cell.strip())) is not None and not said[1].strip()]
    if not heads:
        return rest, []
    later = [(label, cells[at + 1]) for at, label in heads if at + 1 < len(cells) and cells[at + 1].strip()]
    return "\t".join(cells[: heads[0][0]]), later


def _paragraph_of_groups(lines: list[str], start: int, rest: str) -> tuple[str, int]:
    """ "Chair: Ann Lee. Members: Bo Ray (Vale Trust); Cy" over "Dee (Vale CVS). Officials: Ed Fox
    (DSIT)." : the whole roll written as one paragraph of labelled sentences, wrapped over lines as a
    page sets it, as government advisory groups write theirs. The paragraph's lines joined, when a
    later sentence of it opens with another attendance heading, and the index after it (else the
    line as it is, and the line's own index)."""
    if not rest.strip() or "\t" in rest:
        return rest, start
    joined, index = rest.rstrip(), start + 1
    while index < min(len(lines), start + _PARAGRAPH_LINES) and not joined.endswith(".") and (
            line := lines[index].strip()) and "\t" not in line and not attendance_label(line) and not is_heading(line):
        joined = f"{joined} {line}"
        index += 1
    if index == start + 1 or not any(attendance_label(tail) for tail in _first_sentence(joined)[1]):
        return rest, start
    return joined, index


# A heading of one group of the roll is a few words: "PPN SECTORAL NOMINEES :", "Presenters".
_GROUP_HEADING_LENGTH = 50
_GROUP_HEADING = re.compile(r"^\s*(?P<words>[A-Z][\w'’&/-]*(?:[ ]+[A-Za-z][\w'’&/-]*){0,4})\s*:?\s*$")


def _roll_group_heading(lines: list[str], index: int) -> Label | None:
    """A short heading straight after a roll block, over a line that reads as people, is one more group
    of the roll, whatever its words: "GARDA NOMINEES :" over "Chief Superintendent (Mr. D. Byrne), ...",
    as Irish committees head each group of members; "Presenters" over "Ann Lee (Cabinet Office)", as a
    government board heads its guests. Its label is the one its words give with a colon ("Presenters:"),
    else the body's members. None when the line is no such heading (an agenda item's title, which a colon
    does not end, or a sentence)."""
    heading = _GROUP_HEADING.match(lines[index])
    ahead = next_filled(lines, index + 1)
    if heading is None or ahead is None or ahead > index + 2 or is_heading(lines[index]) and not lines[index].rstrip().endswith(
            ":") or not (
            heading["words"].isupper() or all(word[:1].isupper() for word in heading["words"].split())):
        return None
    if NOT_THERE.search(heading["words"]):
        return None  # "Actions" over a log's header row, "Circulation:": people who are something other than there
    following = lines[ahead]
    if not (carries_on(following, strong=True) or post_holders(following) != following):
        return None
    said = attendance_label(heading["words"] + ":")
    return said[0] if said and not said[1].strip() else Label(PRESENT, "member")


# "... (for the MP) In attendance: Fay Rudd", "... Parish Clerk: Gil Hart": a heading run on into a roll's line.
_INLINE_COLON = re.compile(r"(?<=[\w).])[ ]+(?P<words>(?-i:[A-Z])[\w'’]*(?:[ ]+[\w'’]+){0,3})[ ]*:[ ]*(?=\S)")
# A roll's line longer than this is searched for no heading run into it.
_INLINE_REACH = 3000


def _before_inline_labels(line: str, label: Label, later: list[tuple[Label, str]]) -> str:
    """The part of a roll's line before any attendance heading run into it without a break, as web pages
    and PDF text run a paragraph's headings together ("Eli Parr (for the MP) In attendance: Fay Rudd.",
    "Dee Ott (DO). Parish Clerk: Gil Hart In attendance: two residents."); each later heading and the
    text up to the next one are added to `later`. (The heading is the fewest last words that are one: "Clerk"
    of "Parish Clerk", "In attendance" of "Gil Hart In attendance".) A heading of the same kind of people as
    the roll's ("Attending" over "... Morag Stuart Highland Councillors: Cllr Ann Lee") is a group of it, read
    with it as before."""
    if ":" not in line or len(line) > _INLINE_REACH:
        return line
    cuts: list[tuple[int, int, Label]] = []
    for match in _INLINE_COLON.finditer(line):
        spans = [(word.start(), word.end()) for word in re.finditer(r"\S+", match["words"])]
        for start, _ in reversed(spans):  # the fewest words that are a heading: "In attendance" of "Lee In attendance"
            said = attendance_label(match["words"][start:] + ":") if match["words"][start].isupper() else None
            if said and not said[1].strip():
                if (said[0].kind, said[0].capacity) != (label.kind, label.capacity):
                    cuts.append((match.start("words") + start, match.end(), said[0]))
                break
    if not cuts:
        return line
    for (_, end, said), following in zip(cuts, [cut[0] for cut in cuts[1:]] + [len(line)]):
        later.append((said, line[end:following].strip()))
    return line[: cuts[0][0]].rstrip()


# A sentence broken by PDF text runs on over at most this many more lines.
_RUN_ON_LINES = 3


def _sentence_run_on(lines: list[str], index: int) -> str:
    """A line with the rest of its sentence where PDF text broke it over lines a blank line apart ("The Chair
    welcomed the residents'" / "delegation of Ann Lee, Bob Ray & Cai Ng to" / "the meeting."): the lines after
    it are added while the sentence has not ended and they go on in it (no heading, no new paragraph)."""
    text, at = lines[index].rstrip(), index
    for _ in range(_RUN_ON_LINES):
        if text.endswith((".", "!", "?", ":")) or len(text) > _INLINE_REACH:
            break
        ahead = next_filled(lines, at + 1)
        if ahead is None or ahead > at + 2 or is_heading(lines[ahead]) or attendance_label(lines[ahead]):
            break
        text, at = f"{text} {lines[ahead].strip()}", ahead
    return text


def _near_roll(found: Attendance, index: int, reach: int, lines: list[str] | None = None) -> bool:
    """Whether a line read as attendance lies at most `reach` lines above this one; given the `lines`,
    blank lines are not counted (a roll set out with two blank lines between its parts is as near as
    one set close)."""
    if lines is None:
        return any(before in found.used for before in range(index - reach, index))
    before, filled = index - 1, 0
    while before >= 0 and filled < reach and index - before <= _BLANK_REACH:
        if before in found.used:
            return True
        filled += bool(lines[before].strip())
        before -= 1
    return False


# However many blank lines a roll's parts have between them, no more than this many lines apart.
_BLANK_REACH = 12


# Longer than any word a stop follows that could end no sentence (an initial, a title, a short form).
_WORD_REACH = 40


def _first_sentence(rest: str) -> tuple[str, list[str]]:
    """An inline list's own sentence and the sentences after it. A full stop after an initial
    ("J. Bell"), a title ("Cllr. Bell") or inside brackets ends no sentence."""
    # ("Participants<tab>PGL, JF. Minutes by PJ.": a label cell's one value cell, its tab before it, is a list too.)
    if "\t" in rest.strip() or ". " not in rest:
        return rest, []
    cuts = [0]
    depth, counted = 0, 0
    for match in _FULL_STOP.finditer(rest):
        # (The brackets open so far and the word before the stop, read on from the last stop: a long
        # list read from its start at each stop would take time growing with the square of its length.)
        depth += rest.count("(", counted, match.start()) - rest.count(")", counted, match.start())
        counted = match.start()
        before = rest[max(0, match.start() - _WORD_REACH): match.start()].split()
        word = before[-1] if before else ""
        if depth > 0 or len(word.strip("(")) <= 1 and not word.isdigit() or has_title(word + " X") or word.isupper() and len(word) <= 2:
            continue
        cuts.append(match.end())
    if len(cuts) == 1:
        return rest, []
    parts = [rest[start:end].strip() for start, end in zip(cuts, cuts[1:] + [len(rest)])]
    lead = rest[: len(rest) - len(rest.lstrip())] if rest[:1] == "\t" else ""
    return lead + parts[0].rstrip("."), [part.rstrip(".") for part in parts[1:]]


def _label_columns(lines: list[str], start: int, label: Label, rest: str, found: Attendance) -> int | None:
    """A table whose header cells are attendance headings ("Members | Officers",
    "Present | Apologies"): each column's cells are people under its heading. Returns
    the index after the table, or None when the line heads no such table."""
    cells = [cell.strip() for cell in rest.split("\t")]
    if "\t" not in lines[start].strip() or "\t" not in rest or cells[0] or not all(cells[1:]):
        return None
    labels = [label] + [found_label[0] for cell in cells[1:] if (found_label := attendance_label(cell + ":"))]
    if len(labels) != len(cells):
        return None
    index = start + 1
    while index < len(lines) and lines[index].strip():
        for column, cell in enumerate(lines[index].split("\t")[: len(labels)]):
            # A cell may hold one person or a list of them ("Cllr A (Chair); Cllr B; Cllr C").
            person = read_person(cell) if cell.strip() and not re.search(r"[;,]", cell) else None
            people = [person] if person is not None else read_block([cell], set(), [None]) if cell.strip() else []
            record(found, labels[column], people)
        index += 1
    return index


# A cell alone on its line, indented past this, stands in a roll's right-hand column.
_RIGHT_COLUMN = 20
_RULE = re.compile(r"^\s*[-=_]{3,}\s*$")


def _grouped_columns(lines: list[str], start: int, label: Label, found: Attendance) -> int | None:
    """ "Members present:" over two columns of groups: "Elected Members<tab>Oireachtas Members",
    perhaps underlined, then a person in each column on every row, and a new group starting
    part-way down either column, as fixed-width minutes of Irish committees set their roll.
    Each column is read down on its own: a cell that names no person heads the people below it.
    Returns the index after the roll, or None when the heading is over no such columns."""
    first = next_filled(lines, start + 1)
    cells = [cell.strip() for cell in lines[first].split("\t")] if first is not None else []
    if len(cells) != 2 or not all((is_group_heading(c) or PEOPLE_KIND.search(c)) and c.lower() not in HEADER_CELLS
                                  for c in cells):
        return None
    columns: tuple[list[str], list[str]] = ([cells[0]], [cells[1]])
    index = first + 1
    while index < len(lines) and not lines[index].strip() and len(columns[0]) == 1:
        index += 1  # the headings' underlines, dropped as the text was read
    while index < len(lines) and not attendance_label(lines[index]):
        line = lines[index]
        if not line.strip():
            ahead = next_filled(lines, index)
            if ahead is None or "\t" not in lines[ahead]:
                break  # a rule under the next pair of group headings leaves a gap; anything else ends the roll
            index = ahead
            continue
        left, _, right = line.partition("\t")
        if not right and len(line) - len(line.lstrip()) >= _RIGHT_COLUMN:
            left, right = "", line
        for column, cell in zip(columns, (left, right)):
            if cell.strip() and not _RULE.match(cell):
                column.append(cell.strip())
        index += 1
    for column in columns:
        body = None
        for cell in column:
            person = None if _heads_a_group(cell) else read_person(cell)
            if person is None:
                body = cell if is_group_heading(cell) else None
                continue
            record(found, label, [replace(person, organisation=person.organisation or body)])
    return index


def _heads_a_group(cell: str) -> bool:
    """ "Elected Members", "Community / Voluntary", "An Garda Síochána": a kind of member or a body."""
    return not has_title(cell) and (is_group_heading(cell) or bool(PEOPLE_KIND.search(cell)) or read_person(cell) is None)


# "SR   Dr Sanjay Rao, Clinical Director": one line of a key to the initials the roll and the notes use.
_KEY_ENTRY = re.compile(r"^\s*(?:(?P<short>[A-Z][A-Za-z'’]{1,4})\t|(?P<caps>[A-Z][A-Z'’]{1,4})\s+)(?P<who>[A-Z].*)$")
_KEY_RUN = 3
_SHORT_ENTRY = re.compile(r"^(?P<short>[A-Z][A-Za-z'’]{1,4})(?P<rest>\s*(?:\([^()]*\))?)$")


# A roll line written all in capitals has at least this many letters.
_SHOUTED_LETTERS = 6


def _spaced_apart(rest: str, lines: list[str], index: int) -> str:
    """ "Present:   Joan Ames    Peter Bright (Treasurer)    Sara Cole": a heading's names that only wide
    gaps part (tabs once the text is read), as plain text and PDF layouts set them in columns, each
    gap a semicolon. Only when every part opens with a name and the next line is no row of the same
    columns (a table's header row, a heading over its cells, is read as a table)."""
    parts = [part.strip() for part in rest.split("\t") if part.strip()]
    if len(parts) < 2 or not all(_names_a_person(part) for part in parts):
        return rest
    ahead = next_filled(lines, index + 1)
    if ahead is not None and ahead == index + 1 and lines[ahead].count("\t") >= len(parts) - 1 and not attendance_label(lines[ahead]):
        return rest
    return "; ".join(parts)


def _unshouted(line: str) -> str:
    """A roll line written all in capitals ("CLLR ANN LEE (CHAIR), CLLR BOB MARSH"), as some
    minutes set their roll, read in the usual case; its names are no bodies' initials."""
    letters = [ch for ch in line if ch.isalpha()]
    if INITIALS_ROLL.match(line):
        return line  # "AK, DM, PS, LR": initials, in capitals as initials are
    if len(letters) >= _SHOUTED_LETTERS and sum(ch.isupper() for ch in letters) >= len(letters) * 0.9:
        return line.title()
    return line


# "Ingrid HalvorsenMarcus Bell": two names whose gap a web page's inline elements lost, a surname run into the
# next given name; only where a full name stands on each side ("MaryAnne Smith", "McLeod" stay whole).
_GLUED_NAMES = re.compile(r"\b(?P<first>[A-Z][a-z'’-]{1,20} (?P<surname>[A-Z][a-z'’-]{1,20}[a-z]))"
                          r"(?P<next>[A-Z][a-z'’-]{1,20} [A-Z][a-z])")
# The openings of surnames written with a capital inside: "MacLeod", "McKay", "DeSouza", "VanDyke".
_INNER_CAPITAL_PREFIXES = {"Mac", "Mc", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"}


# "Kirsty Lomas (Deputy Place Director) for Andrew Keighley, Place Director": a substitute, named with their
# post in brackets, then "for" whom they stood in.
_POST_THEN_FOR = re.compile(r"^(?P<who>\s*(?:[-*•]\s+)?[A-Z][^()]{2,60}?\s*\([^()]{1,80}\))\s+for\s+(?=[A-Z])")


# "... Leader of the Council (Chair)<tab>(P)": a status code closing a roll line.
_CODE_AT_END = re.compile(r"\t\s*\((?P<code>[A-Za-z]{1,3}|-)\)\s*$")
# "(P) present  (S) substitute present  (Ap) apologies  (-) not present": the key to those codes.
_KEY_CODE = re.compile(r"\((?P<code>[A-Za-z]{1,3}|-)\)\s*(?:=\s*)?(?P<meaning>(?:substitute\s+)?present|apologies|not\s+present"
                       r"|absent|in\s+attendance|attended|deputy|substitute)", re.IGNORECASE)
_KEY_REACH = 6


_BULLET = re.compile(r"^\s*[-*•]\s+")


_CLAUSE_OF_ANOTHER_LABEL = re.compile(r";\s*(?:and\s+)?(?=[a-z])")


def _roll_table(lines: list[str], index: int, found: Attendance) -> int | None:
    """A table of people (`status_table`) read onto the roll; but one far below the roll, past the
    business, that names only people the roll has already (an "Initials | Name | Role" membership
    list closing the minutes, the key to a roll written in initials) adds no one and changes no
    one's standing: where it ends, nothing recorded."""
    if "\t" not in lines[index] or found.first_line is None or _near_roll(found, index, _ANOTHER_MEETING):
        return status_table(lines, index, found)
    listed = Attendance()
    end = status_table(lines, index, listed)  # (read apart first: most lines with tabs head no table)
    if end is None:
        return None
    if not listed.apologies and not listed.absent and listed.present:
        known = [person.name for person in found.present + found.apologies + found.absent]
        if all(any(same_person(person.name, name) for name in known) for person in listed.present):
            return end
    return status_table(lines, index, found)


def _status_key(lines: list[str], index: int) -> dict[str, Label]:
    """The key to a roll's status codes, written in the few lines above its heading: code -> label."""
    codes: dict[str, Label] = {}
    for line in lines[max(0, index - _KEY_REACH): index + 1]:
        for match in _KEY_CODE.finditer(line):
            meaning = match["meaning"].lower()
            # ("(S) substitute present": the member listed sent a substitute in their place, and apologies.)
            codes[match["code"].lower()] = (Label(APOLOGIES) if meaning.startswith(("apolog", "substitute"))
                                            else Label(ABSENT) if meaning.startswith(("not", "absent"))
                                            else Label(PRESENT, "member"))
    return codes if len(codes) >= 2 else {}


def _handle_of_someone(found: Attendance, handle: str) -> str | None:
    """The name the roll gives a handle ("@ingridsolberg" -> "Ingrid Solberg"), if another than the handle."""
    name = found.aliases.get(handle) or found.aliases.get(handle.lstrip("@"))
    return name if name and name != handle else None


def _unglued(line: str) -> str:
    """A roll line with two names run together parted by a semicolon."""
    return _GLUED_NAMES.sub(lambda m: m[0] if m["surname"] in _INNER_CAPITAL_PREFIXES else f"{m['first']}; {m['next']}",
                            line)


def _initials_key(lines: list[str], found: Attendance) -> dict[str, str]:
    """ "Present (see key below): SR (Chair), AB, KP" with, often at the foot, a key of at least
    three lines each giving initials and then whom they stand for: initials -> the key's entry.
    The key's lines are attendance, not business."""
    key: dict[str, str] = {}
    run: list[tuple[int, str, str]] = []
    for index, line in enumerate([*lines, ""]):
        entry = _KEY_ENTRY.match(line)
        short = entry and (entry["short"] or entry["caps"])
        person = read_person(entry["who"]) if entry else None
        if short and person is not None and initials_fit(short, person.name):
            # ("JB<tab>Jonathan Bramley<tab>Non-Executive Director": a key table's row, its cells the name and post.)
            run.append((index, short, re.sub(r"\s*\t\s*", ", ", entry["who"].strip())))
            continue
        if len(run) >= _KEY_RUN:
            key.update({short: who for _, short, who in run})
            found.used.update(index for index, _, _ in run)
        run = []
    return key


_KEY_LINE = re.compile(r"^\s*(?P<short>[A-Z]{2,4})\s*[-–—:=]\s*(?P<who>[A-Z][^\t]{2,80}?)\s*$")


def _key_lines(lines: list[str], spelt: dict[str, str]) -> list[int]:
    """The lines that are a key's entries, initials and the name they stand for alone on a line
    ("JA - Joan Ames", "PB: Peter Bright"), for the initials `spelt` gives names."""
    return [index for index, line in enumerate(lines) if line[:8].strip()[:1].isupper() and (
        entry := _KEY_LINE.match(line)) and entry["short"] in spelt and entry["who"].startswith(spelt[entry["short"]])]


def _keyed(line: str, key: dict[str, str]) -> str:
    """A list written in initials ("SR (Chair), AB, KP") as the people the key says they are."""
    entries = [_SHORT_ENTRY.match(entry.strip()) for entry in split_outside_brackets(line)]
    if not entries or not all(entry and entry["short"] in key for entry in entries):
        return line
    named = []
    for entry in entries:
        who = key[entry["short"]]
        name = who.split(",")[0]
        named.append(f"{name} ({entry['short']}){who[len(name):]}{entry['rest']}")
    return "; ".join(named)


# "... and Huw Pennant. Cllr Morwenna Jago joined remotely.": one more person, said in a sentence after the list.
_JOINED_SENTENCE = re.compile(r"^(?P<who>[A-Z][^;:]{2,60}?)\s+(?:joined|attended|took\s+part|was\s+present|arrived)"
                              r"(?:\s+(?:remotely|virtually|online|by\s+\w+|via\s+\w+|late|at\s+[\d.:]+\s*[ap]\.?m\.?"
                              # "County Councillor B. Morgan attended for items 1 to 6."
                              r"|for\s+(?:part\s+of\s+the\s+meeting|(?:agenda\s+)?items?\s+(?:(?!for\b)[\w ,&-]){1,30}?))){0,3}\.?$")


def _names_a_person(line: str) -> bool:
    """Whether a line opens with a person's name, titled or not, rather than a body's."""
    first = re.split(r"\s*[,(–—;·|]|\s+-\s+", prose(line), maxsplit=1)[0]
    return looks_like_name(first) or opens_with_titled_name(first)


def _with_joined_sentences(line: str) -> str:
    """A list line whose later sentences each say one more person joined, as the list goes on."""
    sentences = SENTENCE_END.split(line)
    if len(sentences) < 2:
        return line
    joined = [_JOINED_SENTENCE.match(sentence.strip()) for sentence in sentences[1:]]
    if not all(joined):
        return line
    return "; ".join([sentences[0].rstrip(". "), *(match["who"] for match in joined)])


_HEAD_REACH = 40
# A numbered paragraph's number: "202.1 ", "5.2 ", "(a) ".
_NUMBER_OPENERS = set("0123456789(")
_PARAGRAPH_NUMBER = re.compile(r"^\s*(?:\d{1,4}\.\d{1,2}[.)]?|\([a-z]\))\s+(?=[A-Z])")
# Lines of business after the last attendance block past which the same heading again is another meeting's.
_ANOTHER_MEETING = 15
_NOT_A_GROUP = re.compile(r"(?i)^(?:date|time|venue|location|place|address|held|where|when|minutes|notes|meeting\b"
                          r"|title|agenda|item|subject|re|ref|reference|present|chair|apologies|action|decision"
                          r"|resolved|agreed|room|link|dial|call|non[- ]?attendance|absen|not\s+present|declaration"
                          # ("Contact: Mr. Ann Lee, Democratic Services Officer": whom to ask about the meeting, on
                          # a committee system's page, not one who came.)
                          r"|contacts?\b|enquiries|further\s+information)")

def _post_and_holder(line: str) -> str | None:
    """ "Consultant: Jacob Renshaw (Vale Planning Associates)", "Minute taker: Ann Lee": a post, its
    colon and the one person holding it; the post, or None for any other line."""
    grouped = GROUP_COLON.match(prose(line))
    if grouped is None or not is_role(grouped["head"]) or looks_like_name(grouped["head"]):
        return None
    entries = split_people(grouped["tail"])
    return grouped["head"].strip() if len(entries) == 1 and _names_a_person(entries[0]) else None


def _group_of_people(line: str) -> bool:
    """ "Panel: Yvonne Ash (Chair); Marcus Bell (Vice-Chair); Ada Oke", "Northvale Police: Chief
    Inspector Dom Ferr": near the top, before any attendance heading, a body or kind named
    before a colon and then a list of at least two people, or one titled person, is who was there."""
    grouped = GROUP_COLON.match(prose(line)) if ":" in line else None
    if grouped is None or _NOT_A_GROUP.match(grouped["head"]) or looks_like_name(grouped["head"]) and not (
            PEOPLE_KIND.search(grouped["head"]) or is_organisation(grouped["head"])  # "Executive Team:"
            or is_role(grouped["head"])):  # "MEETINGS ADMINISTRATOR: Ms. Orla Nestor." after the roll
        return False
    entries = split_people(grouped["tail"])
    people = [entry for entry in entries if _starts_like_person(entry) and not PLACE_END.search(entry)]
    return len(people) == len(entries) and (len(entries) >= 2 or any(opens_with_titled_name(e) for e in entries))


# "(sent regrets)", "(apologies given)", "(with notice)": absent, having sent apologies.
_AWAY = (r"(?:travel(?:l?ing)?|on\s+leave|(?:annual|parental|maternity|paternity|sick|study)\s+leave|leave|on\s+holiday|holiday"
         r"|ill(?:ness)?|unwell|sick(?:ness)?|bereavement|(?:work|family|personal)\s+(?:commitments?|reasons)"
         r"|at\s+(?:a\s+|another\s+)?(?:conference|meeting))")
_REGRETS = re.compile(r"(?i)\(\s*(?:(?:sent\s+)?(?:regrets|apologies|apology\s+(?:sent|given|received))"
                      r"|with\s+(?:notice|apologies)|notice\s+given)\s*\)"
                      # "(regrets sent)", "(SC, sent apologies on Slack)": a bracket saying they sent them, not "no apologies".
                      r"|\((?:[^()]{0,40}[,;]\s*)?(?:sent\s+)?(?:regrets|apologies)\s+(?:sent|given|received|tendered|on|by|via)\b[^()]{0,40}\)"
                      r"|\([^()]{0,40}[,;]\s*sent\s+(?:regrets|apologies)\b[^()]{0,40}\)"
                      # "Arvind Menon (@arvindm) — regrets sent": the same said after a dash.
                      r"|\s[-–—]\s*(?:sent\s+)?(?:regrets|apologies)(?:\s+(?:sent|given|received))?\s*(?=[;,]|$)"
                      # "Viktor Hale (travelling)", "@vhale — on leave", "Harold Bright (Member), with notice": a reason
                      # for being away, or notice, given; someone absent who sent word, as against "(no apologies)".
                      rf"|\(\s*{_AWAY}\s*\)|\s[-–—]\s*{_AWAY}\s*\.?\s*(?=[;,]|$)|,\s*with\s+notice\b")


def _headcount(groups: list[tuple[Label, list[Person]]]) -> int:
    """How many people the groups under a roll's headings hold."""
    return sum(len(people) for _, people in groups)
