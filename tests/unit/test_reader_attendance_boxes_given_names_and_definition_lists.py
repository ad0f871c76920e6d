"""The reader's rolls as open-source committees, hackerspaces, student societies and co-operatives
write them: boxes ticked or not under any short heading, initials before each name, given names
among a few full names, "Maybe:" lines, definition lists and those away but supporting consensus;
each tested on a few invented lines."""

from minutes.attendance_blocks import given_names
from minutes.attendance_unheaded import boxes_follow, roll_line
from tests.rolls import apologies as _apologies, present as _present


_HEAD = "Kestrel Row Makers\n\nMinutes of the meeting held on 3 March 2026\n\n"
_TAIL = "\n\n1. Welcome\n\nThe Chair opened the meeting.\n"


# --- boxes ticked or not, under a heading no attendance word names ---------------------------------

def test_boxes_under_a_short_heading_with_no_colon_are_a_roll_ticked_present_unticked_neither():
    text = _HEAD + "Core team\n[x] Ann Cole\n[x] Ben Dyer\n[ ] Cai Fox" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(text) == []


def test_bullets_that_are_not_boxes_under_a_bare_heading_are_no_roll():
    lines = ["Core team", "- Ann Cole", "- Ben Dyer"]
    assert not boxes_follow(lines, 0)


def test_boxes_of_tasks_under_a_bare_heading_are_no_roll():
    text = _HEAD + "Core team\n[x] Ship the release notes\n[ ] Book the room for March" + _TAIL
    assert _present(text) == []


def test_initials_before_the_name_in_a_box_line_are_the_persons_key():
    text = _HEAD + "Board:\n[x] AC: Ann Cole (annc)\n[x] BD - Ben Dyer\n[ ] CF: Cai Fox" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_capitals_before_a_name_that_are_not_its_initials_leave_the_line_no_roll_line():
    assert roll_line("AC: Ann Cole")
    assert not roll_line("QZ: Ann Cole")


# --- given names alone, among a few full names -----------------------------------------------------

def test_given_names_among_a_full_name_are_each_a_person_not_surname_and_forename():
    text = _HEAD + "Present: Corbin, Lawrence, Wilf Mardle, Tobias" + _TAIL
    assert _present(text) == ["Corbin", "Lawrence", "Wilf Mardle", "Tobias"]


def test_as_many_full_names_as_single_words_are_not_read_as_given_names():
    assert given_names(["Ann Lee, Oxfam, Bob Ray, Shelter"]) is None


def test_a_line_of_given_names_under_a_bare_heading_is_its_roll():
    text = _HEAD + "Attendees\nRavi, Mateo, Jess Park, Tam" + _TAIL
    assert _present(text) == ["Ravi", "Mateo", "Jess Park", "Tam"]


# --- those not confirmed, and those away but supporting ------------------------------------------

def test_a_maybe_line_names_no_one_present_or_sending_apologies():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\nMaybe: Cai Fox\nTentative: Dee Gill" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(text) == []


def test_not_in_attendance_but_supporting_consensus_is_apologies():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\nNot in attendance but support consensus: Cai Fox, Dee Gill" + _TAIL
    assert _apologies(text) == ["Cai Fox", "Dee Gill"]


# --- definition lists ----------------------------------------------------------------------------

def test_a_wiki_definition_lines_marker_is_no_part_of_the_roll():
    text = _HEAD + ":   Members present: Ann Cole, Ben Dyer\n:Apologies: Cai Fox" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(text) == ["Cai Fox"]


def test_a_markdown_definition_under_its_term_is_the_terms_list():
    text = _HEAD + "Attendees\n:   Ann Cole, Ben Dyer\n\nApologies\n:   Cai Fox" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(text) == ["Cai Fox"]


# --- a count before the names; sub-headings of an Attendance heading; boxes under no heading -------

def test_a_count_in_figures_before_the_names_heads_them():
    text = _HEAD + "6 members present: Ola, Priya, Sam Reid, Tomas\nApologies: Wen" + _TAIL
    assert _present(text) == ["Ola", "Priya", "Sam Reid", "Tomas"]
    assert _apologies(text) == ["Wen"]


def test_a_numbered_item_about_members_is_no_count_heading():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\n\n3 Members: the membership fee was discussed.\n"
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_committee_and_contributors_sub_headings_of_attendance_each_head_their_bare_names():
    text = _HEAD + ("Attendance\n\nCommittee\n\n- Ann Cole\n- Ben Dyer\n\nContributors\n\n- Cai Fox\n- Dee Gill"
                    "\n\nApologies\n\n- Eve Hart") + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cai Fox", "Dee Gill"]
    assert _apologies(text) == ["Eve Hart"]


def test_boxes_under_no_heading_straight_after_the_title_are_the_roll():
    text = ("Kestrel Row Makers - General Meeting 2026-03-03 20:00\n\n"
            "[x] AC: Ann Cole (annc)\n[ ] BD: Ben Dyer (bend)\n[x] CF: Cai Fox (caif)" + _TAIL)
    assert _present(text) == ["Ann Cole", "Cai Fox"]


def test_a_title_line_that_reads_like_a_roll_line_is_no_part_of_the_boxes_under_it():
    text = ("Kestrel Row Makers - General Meeting 2026-03-03 20:00\n\n"
            "- [x] Ann Cole - Chair, Vale Labs\n- [x] Ben Dyer\n- [ ] Cai Fox" + _TAIL)
    assert "Kestrel Row Makers" not in _present(text)
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_surnames_after_a_plural_title_are_not_read_as_given_names():
    assert given_names(["Councillors Byrne, Hogan and Walsh."]) is None
