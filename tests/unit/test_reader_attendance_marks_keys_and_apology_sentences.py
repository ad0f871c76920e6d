"""Labels, marks and sentences other bodies write their rolls with: a heading's dash glued to it, marks and
ticks before each name read through a key, rolls in initials named from a key, names parted only by wide gaps,
a roll said as a later sentence of a paragraph, and sentences saying who sent apologies. Each rule is tested on a
few invented lines."""

from minutes import read_minutes
from tests.rolls import apologies as _apologies, present as _present


_HEAD = "Brackley Vale Forum\n\nMinutes of the meeting held on 3 March 2026\n\n"
_TAIL = "\n\n1. Welcome\n\nThe Chair opened the meeting.\n"


# --- a heading's dash with no space before it ---------------------------------------------------

def test_a_heading_with_an_en_dash_glued_to_it_heads_its_list():
    text = _HEAD + "Present– Cllr A Penn (Chair), Cllr B Lowe\nApologies– Cllr C Hart" + _TAIL
    assert _present(text) == ["Cllr A Penn", "Cllr B Lowe"]
    assert _apologies(text) == ["Cllr C Hart"]


def test_a_word_with_a_hyphen_glued_to_it_is_no_heading():
    text = _HEAD + "Present: Ann Cole\n\n1. Welcome\n\nPresent-day figures were noted.\n"
    assert _present(text) == ["Ann Cole"]


# --- sentences sending apologies ------------------------------------------------------------------

def test_each_sentence_naming_who_sent_apologies_with_initials_is_read():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n1. Apologies\n\n"
                    "Mrs L. Farr sent her apologies. Mr P. Oake sent his apologies as he was away.\n")
    assert _apologies(text) == ["Mrs L. Farr", "Mr P. Oake"]


def test_a_sentence_about_apologies_whose_subject_is_no_person_names_no_one():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n1. Roads\n\n"
                    "The works were late. The contractor sent his apologies to residents.\n")
    assert _apologies(text) == []


# --- status marks in brackets before each name ------------------------------------------------------

def test_marks_in_square_brackets_before_names_are_read_through_the_key_under_the_heading():
    text = _HEAD + ("Attendance\n\nKey: [P] present [AP] apologies [AB] absent\n\n"
                    "- [P] Ann Cole – Chair\n- [AP] Ben Dyer\n- [AB] Cara Eng\n- [P] Dan Fry" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [("Ann Cole", "Chair"), ("Dan Fry", None)]
    assert _apologies(text) == ["Ben Dyer"]
    assert [a.name for a in minutes.absent] == ["Cara Eng"]


def test_round_bracket_marks_with_no_key_are_present_and_apologies():
    text = _HEAD + "Governors\n(P) Mrs Ann Cole - Chair\n(A) Mr Ben Dyer\n(P) Rev. Cai Eng" + _TAIL
    assert _present(text) == ["Mrs Ann Cole", "Rev. Cai Eng"]
    assert _apologies(text) == ["Mr Ben Dyer"]


def test_a_mark_no_key_explains_leaves_the_lines_to_other_rules():
    text = _HEAD + "Present: Ann Cole\n\n1. Notes\n\n(AB) Ben Dyer\n(XY) Cara Eng" + _TAIL
    assert _present(text) == ["Ann Cole"]
    assert _apologies(text) == []


def test_a_lettered_list_is_no_roll_of_marks():
    text = _HEAD + ("Present: Ann Cole\n\n1. Planning\n\n(a) Land at Mill Lane - no objection\n"
                    "(b) Orchard Barn - objection\n" + _TAIL)
    assert _present(text) == ["Ann Cole"]
    assert _apologies(text) == []


# --- a roll said as a later sentence of a paragraph, posts written before the names -----------------

def test_present_were_a_kind_of_member_then_names_and_also_present_were_posts_before_names():
    text = ("Harlan Vale Conservation District\n\nBoard minutes, March 12, 2026\n\n"
            "Chairman Dan Vick called the meeting to order at 9:00 a.m. at the District Office. Present were "
            "supervisors Dan Vick, Mae Lund and Ron Pell. Also present were district manager Tia Hale, "
            "and Jo Marsh, secretary.\n\nMinutes: approved.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Dan Vick", None), ("Mae Lund", None), ("Ron Pell", None), ("Tia Hale", "district manager"),
        ("Jo Marsh", "secretary")]


def test_also_present_were_words_linking_to_a_body_name_no_one():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n1. Policing\n\n"
                    "The report was noted. Also present were officers from Kent Police.\n")
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


# --- a roll in initials, the names in a table at the foot -------------------------------------------

_BUSINESS = "".join(f"\n\n{n}. Item {n}\n\nThe board noted the report on item {n}." for n in range(1, 10))
_KEY_TABLE = ("\n\nMembership\n\nInitials\tName\tRole\nAC\tAnn Cole\tNon-Executive Director (Chair)\n"
              "BD\tBen Dyer\tDirector of Nursing\nCE\tCara Eng\tMedical Director\nDF\tDan Fry\tChief Operating Officer\n")


def test_a_roll_in_initials_is_named_from_a_key_table_whose_rows_give_a_post_too():
    text = _HEAD + "Present: AC (Chair), BD, CE\nApologies: DF" + _BUSINESS + _KEY_TABLE
    minutes = read_minutes(text)
    assert [(a.name, a.role is not None and "Non-Executive Director" in a.role) for a in minutes.present][:1] == [
        ("Ann Cole", True)]
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry"]


def test_a_membership_table_far_below_the_roll_adds_no_one_it_already_has():
    text = _HEAD + "Present: Ann Cole (Chair), Ben Dyer, Cara Eng\nApologies: Dan Fry" + _BUSINESS + (
        "\n\nMembership\n\nName\tRole\nAnn Cole\tNon-Executive Director\nBen Dyer\tDirector of Nursing\n"
        "Cara Eng\tMedical Director\nDan Fry\tChief Operating Officer\n")
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry"]


# --- a roll in initials no key spells out ----------------------------------------------------------------

def test_a_roll_in_initials_that_act_in_the_minutes_is_read_as_those_initials():
    text = _HEAD + ("Present: AK, DM (chair), PS\nRegrets: TW\n\n1. Release\n\nDM reported the fix was ready.\n"
                    "ACTION: AK to publish the advisory.\nPS circulated a draft.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [("AK", None), ("DM", "chair"), ("PS", None)]
    assert _apologies(text) == ["TW"]


def test_bodies_initials_in_an_apologies_list_are_no_people():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\nApologies: DWP, NHS" + _TAIL
    assert _apologies(text) == []


# --- lists with no heading word, boxes with no bullets, names parted by wide gaps ---------------------

def test_a_bulleted_roll_under_a_heading_no_attendance_word_names_keeps_its_first_person():
    text = _HEAD + "## Who joined\n\n- Ann Cole (Chair)\n- Ben Dyer\n- Cara Eng" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]


def test_ticked_boxes_with_no_bullets_are_the_roll():
    text = _HEAD + "Attendance:\n[x] Ann Cole\n[x] Ben Dyer\n[ ] Cara Eng (regrets)" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(text) == ["Cara Eng"]


def test_names_parted_only_by_wide_gaps_after_a_heading_are_each_someone():
    text = _HEAD + "Present:   Ann Cole    Ben Dyer (Treasurer)    Cara Eng\nApologies:   Dan Fry" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry"]


def test_a_heading_over_a_table_whose_next_row_has_the_same_columns_is_no_gapped_list():
    text = _HEAD + "Present:\tAnn Cole\tChair\n\tBen Dyer\tTreasurer" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_a_wrapped_roll_whose_line_ends_on_the_next_entrys_title_joins_it_to_the_name():
    text = _HEAD + ("Present: Cllr Ann Cole (Chair), Cllr Ben Dyer, Cllr Cara Eng and Cllr\nDan Fry\n\n"
                    "Apologies: Cllr Eve Gale" + _TAIL)
    assert _present(text) == ["Cllr Ann Cole", "Cllr Ben Dyer", "Cllr Cara Eng", "Cllr Dan Fry"]


# --- headings with no colon before untitled names; a sentence roll's next clause ---------------------

def test_a_plain_roll_heading_with_no_colon_before_untitled_names():
    text = _HEAD + "Present Ann Cole, Ben Dyer and Cara Eng\nApologies Dan Fry and Eve Gale" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry", "Eve Gale"]


def test_another_word_with_no_colon_before_names_is_no_heading():
    text = _HEAD + "Present: Ann Cole\n\n1. Welcome\n\nChair Ben Dyer, Cara Eng and the Clerk met the auditors.\n"
    assert _present(text) == ["Ann Cole"]


def test_a_sentence_roll_whose_next_clause_gives_the_apologies():
    text = _HEAD + ("Members present were Ann Cole, Ben Dyer and Cara Eng; apologies were received from Dan Fry."
                    + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry"]


# --- "Council:" as a heading; apologies reported by someone else ------------------------------------

def test_council_with_a_colon_before_titled_names_heads_the_members():
    text = _HEAD + "Council: Cllrs Cole (Chair), Dyer and Eng\nOfficers: Dan Fry (Clerk)" + _TAIL
    assert _present(text) == ["Cllr Cole", "Cllr Dyer", "Cllr Eng", "Dan Fry"]


def test_council_with_a_colon_before_a_sentence_is_no_heading():
    text = _HEAD + "Present: Ann Cole\n\n1. Budget\n\nCouncil: The Council noted the budget report.\n"
    assert _present(text) == ["Ann Cole"]


def test_a_sentence_reporting_that_someone_sent_apologies_names_them():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n1. Apologies\n\n"
                    "The Chair reported that Cara Eng had sent her apologies.\n")
    assert _apologies(text) == ["Cara Eng"]


# --- a second roll's heading after a comma list, a post and its holder after the roll ---------------

def test_a_short_heading_over_boxes_after_a_comma_list_starts_a_roll_of_its_own():
    text = _HEAD + ("Council: Cllrs Cole (Chair), Dyer and Eng\n\nVolunteers:\n\n[x] Dan Fry\n[x] Eve Gale\n"
                    "[ ] Fay Hart (regrets)\n\nConsultant: Gil Ives (Vale Planning)" + _TAIL)
    minutes = read_minutes(text)
    assert _present(text) == ["Cllr Cole", "Cllr Dyer", "Cllr Eng", "Dan Fry", "Eve Gale", "Gil Ives"]
    assert [a.role for a in minutes.present][-1] == "Consultant"
    assert _apologies(text) == ["Fay Hart"]


def test_a_post_and_holder_far_from_the_roll_is_no_one_there():
    text = _HEAD + "Present: Ann Cole, Ben Dyer" + _TAIL + "\n\n3. Audit\n\nAuditor: Cara Eng (Vale Audit)\n"
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_a_sentence_rolls_apologies_clause_carried_on_to_the_next_line():
    text = _HEAD + ("Members present were Ann Cole, Ben Dyer and Cara Eng; apologies were\n"
                    "received from Dan Fry." + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry"]


def test_ticks_and_crosses_before_names_are_read_through_their_key_or_alone():
    keyed = _HEAD + "Attendance\n\n- ✓ Ann Cole\n- ✓ Ben Dyer\n- ✗ Cara Eng\n\nKey: ✓ present, ✗ apologies" + _TAIL
    assert _present(keyed) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(keyed) == ["Cara Eng"]
    alone = _HEAD + "Attendance\n\n- ✓ Ann Cole\n- ✓ Ben Dyer\n- ✗ Cara Eng" + _TAIL
    assert _present(alone) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(alone) == []


# --- a roll in initials, the names given beside them elsewhere ------------------------------------------

def test_a_roll_in_initials_takes_the_names_the_minutes_give_them_beside_the_initials():
    text = _HEAD + ("Present: AC (Chair), BD, CE\n\n1. Welcome\n\nAnn Cole (AC) welcomed everyone. Ben Dyer (BD) gave "
                    "the finance report and Cara Eng (CE) the housing update.\n")
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]


def test_a_key_of_initials_and_names_one_a_line_names_the_roll_and_is_no_business():
    text = _HEAD + ("Present: AC (Chair), BD, CE\nApologies: DF\n\n1. Welcome\n\nThe Chair opened the meeting.\n\n"
                    "Key to initials\nAC - Ann Cole\nBD - Ben Dyer\nCE - Cara Eng\nDF - Dan Fry\n")
    minutes = read_minutes(text)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry"]
    assert minutes.actions == ()


# --- apologies sentences: a plural title, what the meeting did with them ------------------------------

def test_a_plural_title_before_those_who_sent_apologies_is_each_ones():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\n\n1. Apologies\n\nCllrs Eng and Fry sent their apologies.\n"
    assert _apologies(text) == ["Cllr Eng", "Cllr Fry"]


def test_apologies_received_and_were_accepted_names_only_those_who_sent_them():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n1. Apologies\n\n"
                    "Apologies were received from Cllr Eng (work) and Cllr Fry (holiday) and were accepted.\n")
    assert _apologies(text) == ["Cllr Eng", "Cllr Fry"]


# --- cost -----------------------------------------------------------------------------------------------

def test_a_long_lettered_list_is_no_roll():
    text = _HEAD + "Present: Ann Cole\n\n" + "\n".join(f"(a) Item text number {i} (see annex)" for i in range(1600)) + _TAIL
    assert [person.name for person in read_minutes(text).present] == ["Ann Cole"]
