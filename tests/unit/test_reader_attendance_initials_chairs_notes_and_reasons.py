"""The reader's rolls as associations, co-operatives and small teams write them: rolls in initials that
nothing spells out (bullets a line, or a line with the motions' movers showing they are people), the one
in the chair joined to the others in words, a numbered item's heading closed by a full stop, a kind of
observer alone on its heading's line, a template's note between a heading and its list, the reason
after a name among the apologies, "Members Present," with a comma and initials among given names; each on a few
invented lines."""

from minutes.attendance_chair_with import chair_with_others
from minutes.attendance_reasons import without_reason
from minutes.people import read_person
from tests.rolls import apologies as _apologies, present as _present

_HEAD = "Larchfield Society\n\nMinutes of the meeting held on 3 March 2026\n\n"
_TAIL = "\n\n4. Accounts\n\nThe accounts were agreed.\n"


# --- rolls in initials -------------------------------------------------------------------------------

def test_both_rolls_in_initials_as_bullets_are_people():
    text = _HEAD + "## Attending:\n- TQ\n- LW\n\n## Apologies\n- DV\n\n## Sponsorship\n- The grant runs out.\n"
    assert _present(text) == ["TQ", "LW"]
    assert _apologies(text) == ["DV"]


def test_a_single_roll_in_initials_with_nothing_to_show_people_stays_unread():
    text = _HEAD + "Apologies: DWP, HMRC\n\nThe meeting noted the report.\n"
    assert _apologies(text) == []


def test_initials_moving_and_seconding_motions_make_the_roll_people():
    text = _HEAD + ("In attendance: RP, GH; OT (joined late) & FK (ex officio)\nRegrets: BL\n\n"
                    "  * Approval of agenda (RP/GH); approved\n  * Shop rota (OT/FK); approved\n")
    assert _present(text) == ["RP", "GH", "OT", "FK"]
    assert _apologies(text) == ["BL"]


# --- the chair first, numbered headings with a full stop -----------------------------------------------

def test_the_one_in_the_chair_with_the_others_is_a_list():
    assert chair_with_others("R. Ames (President) in the chair with P. Lee and S. Roy.") == \
        "R. Ames (President, in the chair), P. Lee and S. Roy."
    assert chair_with_others("Mrs V. Cole in the chair, with Mr K. Day") == "Mrs V. Cole (in the chair), Mr K. Day"
    assert chair_with_others("Cllr Ann Lee (Chair), Cllr Bob Ray") == "Cllr Ann Lee (Chair), Cllr Bob Ray"


def test_numbered_items_whose_headings_end_in_a_full_stop_are_the_rolls():
    text = _HEAD + ("1. Attendance. R. Ames (President) in the chair with P. Lee, S. Roy and M. Fox.\n"
                    "2. Apologies for absence. H. Gray & L. Penn.\n3. Minutes were agreed." + _TAIL)
    assert _present(text) == ["R. Ames", "P. Lee", "S. Roy", "M. Fox"]
    assert _apologies(text) == ["H. Gray", "L. Penn"]


# --- headings and notes --------------------------------------------------------------------------------

def test_a_kind_of_observer_alone_on_its_heading_line_is_there_not_among_the_apologies():
    text = _HEAD + ("## Attending\n* Ann Cole\n\n## Regrets\n* Ben Dyer\n\n## Non-voting observers\n* Cai Fox\n\n"
                    "Quorum achieved.\n")
    assert _present(text) == ["Ann Cole", "Cai Fox"]
    assert _apologies(text) == ["Ben Dyer"]


def test_a_template_note_between_the_heading_and_its_list_is_no_one():
    text = _HEAD + ("Attendees\n- Noor\n- Bram\n\nApologies\n\nPlease add your name below if you cannot come.\n\n"
                    "- Kasimir - on leave\n- Yusra off sick\n\nUpdates\n\n- Noor: the dates are fixed.\n")
    assert _present(text) == ["Noor", "Bram"]
    assert _apologies(text) == ["Kasimir", "Yusra"]


def test_reasons_after_a_name_among_apologies_are_no_part_of_it():
    assert without_reason("Ines - at the Summer School!") == "Ines"
    assert without_reason("Oskar on holiday") == "Oskar"
    assert without_reason("Ann de Vries") == "Ann de Vries"
    assert without_reason("Share this item") == "Share this item"
    assert without_reason("Tess Okafor - apologies") == "Tess Okafor - apologies"


def test_members_present_with_a_comma_for_the_colon_ends_the_apologies_line_above():
    text = _HEAD.rstrip("\n") + ("\nApologies Walter Penn, Ivy Stann.\nCommittee Members Present, Chairman Gordon Pell, "
                                 "Site Secretary Arthur Nkem, Rita Caw.\nMinutes by Rita Caw\n1 Meeting opened.\n")
    assert _present(text) == ["Gordon Pell", "Arthur Nkem", "Rita Caw"]
    assert _apologies(text) == ["Walter Penn", "Ivy Stann"]


def test_a_two_word_office_before_a_name_is_the_post_but_a_rank_stays_with_the_name():
    person = read_person("Site Secretary Robin Cole")
    assert (person.name, person.role) == ("Robin Cole", "Site Secretary")
    assert read_person("Watch Commander Ewan Fyfe").name != "Ewan Fyfe"


def test_initials_among_a_roll_of_given_names_are_people_too():
    text = _HEAD + "Attending: Magnus, Beatrix, TW, Horatio Lake, Celestine, Ambrose\n\n1. Fixtures\nAll agreed.\n"
    assert _present(text) == ["Magnus", "Beatrix", "TW", "Horatio Lake", "Celestine", "Ambrose"]


def test_a_roll_mostly_of_initials_and_full_names_is_not_taken_as_given_names():
    from minutes.attendance_blocks import given_names

    assert given_names(["DWP, HMRC, Ann Lee"]) is None
