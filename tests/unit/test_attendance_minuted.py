"""Rolls as parish councils minute them and as PDF text flattens them (minutes.attendance_minuted,
minutes.attendance_flattened), each with a case that is no roll."""

from minutes import read_minutes
from minutes.attendance_flattened import flattened_roll
from minutes.attendance_minuted import also_there, numbered_heading, roll_opening
from minutes.people import read_person, split_people
from minutes.roll import APOLOGIES, PRESENT, Label


def _names(people):
    return [person["name"] for person in people]


def test_a_numbered_heading_set_off_by_a_gap_heads_the_roll():
    label, rest = numbered_heading("1\tPresent")
    assert (label.kind, rest) == (PRESENT, "")
    label, rest = numbered_heading("38. APOLOGIES Apologies for absence were received from Councillors: Mrs S Lee")
    assert (label.kind, rest) == (APOLOGIES, "Councillors: Mrs S Lee")
    label, rest = numbered_heading("37.PRESENT Councillors: A Bell, B Cole")
    assert label.kind == PRESENT and label.shared == "Councillors" and rest == "A Bell, B Cole"


def test_a_numbered_item_of_business_is_no_roll_heading():
    assert numbered_heading("4. Planning") is None
    assert numbered_heading("5. Members of the Public") is None
    assert numbered_heading("6. Chairman") is None
    assert numbered_heading("3. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS") is None  # (no "And Substitutions" read as a person)


def test_the_heading_sentence_carried_on_and_a_plural_title_with_a_comma():
    assert roll_opening("were received from: Cllr Ann Lee & Cllr Bob Ray", APOLOGIES) == "Cllr Ann Lee & Cllr Bob Ray"
    assert roll_opening("Councillors, Mr Tim Hale (Chair), Mrs Jo Bell", PRESENT) == "Councillors Mr Tim Hale (Chair), Mrs Jo Bell"
    assert roll_opening("were received from: Cllr Ann Lee", PRESENT) == "were received from: Cllr Ann Lee"
    assert roll_opening("Councillors, officers and residents", PRESENT) == "Councillors, officers and residents"


def test_also_run_into_a_roll_names_others_there_or_more_apologies():
    later = []
    assert also_there("D Wren & Mrs G Hart Also PCSO Cy Dee", Label(PRESENT, "member"), later) == "D Wren & Mrs G Hart"
    assert later[0][0].capacity == "in attendance" and later[0][1] == "PCSO Cy Dee"
    later = []
    assert also_there("Cllr Ann Lee. Also: County Cllr Tom Bell", Label(APOLOGIES), later) == "Cllr Ann Lee"
    assert later[0][0].kind == APOLOGIES
    later = []
    assert also_there("Ann Lee, who also chaired", Label(PRESENT, "member"), later) == "Ann Lee, who also chaired"
    assert later == []


def test_a_count_of_the_public_and_whom_they_represent_is_no_one():
    assert split_people("PCSO Jo Hart & four members of the public representing Oakfield Arts") == ["PCSO Jo Hart"]


def test_a_councillor_of_another_council_before_a_titled_name():
    person = read_person("County Councilor Mr Idwal Bryn")
    assert person.name == "Mr Idwal Bryn" and person.role == "County Councillor"


def test_a_one_word_post_before_an_untitled_name_but_not_a_rank():
    person = read_person("Clerk Linda Morrow")
    assert (person.name, person.role) == ("Linda Morrow", "Clerk")
    assert read_person("Inspector Amy Tull").name == "Inspector Amy Tull"


def test_an_initialled_name_after_a_bracket_without_a_comma():
    assert split_people("R Hale (Chairman) C Lloyd & M Wood") == ["R Hale (Chairman)", "C Lloyd", "M Wood"]
    assert split_people("Gavin Shaw (GS) Caretaking Supervisor") == ["Gavin Shaw (GS) Caretaking Supervisor"]


_FLAT = ("Minutes of the meeting held on Wednesday, 4 March 2026 Venue: Room 2, Hill House Present Ann Lee (Chair) Bob Ray "
         "Cai Fox Dee Ott, Chief Executive Eli Parr, Director of Finance / Treasurer Apologies Fay Rudd In Attendance Gil "
         "Hart, Head of Legal [for Ian Jay, Head of Audit] Kim Low, Board Secretary Start: 10:00 hrs. 1 Welcome The Chair ...")


def test_a_roll_flattened_into_one_line():
    found = flattened_roll(_FLAT)
    assert [(label.kind, label.capacity) for label, _ in found] == [
        (PRESENT, "member"), (APOLOGIES, None), (PRESENT, "in attendance")]
    present, apologies, attending = ([(p.name, p.role) for p in people] for _, people in found)
    assert present == [("Ann Lee", "Chair"), ("Bob Ray", None), ("Cai Fox", None), ("Dee Ott", "Chief Executive"),
                       ("Eli Parr", "Director of Finance / Treasurer")]
    assert apologies == [("Fay Rudd", None)]
    assert attending == [("Gil Hart", "Head of Legal"), ("Kim Low", "Board Secretary")]


def test_a_long_line_with_one_heading_or_prose_is_no_flattened_roll():
    assert flattened_roll("The Chair said those present at the meeting were thanked. " * 5) == []
    assert flattened_roll("Present Ann Lee (Chair) Bob Ray and Cai Fox discussed the budget at length " * 4) == []


def test_numbered_roll_headings_read_in_minutes():
    text = ("Minutes of the Council meeting held on Tuesday, 10th March 2026.\n\n1          Present\n\n"
            "Councillors, Mr Emyr Hale (Chair), Mrs Jo Bell & Mr D Ian Parr (Clerk). Also: County Councillor Mrs Ann Rees\n\n"
            "2         Apologies\n\nwere received from: Councillors Mrs Lowri Vane & Mr Cled Moss.\n\n"
            "3         Declarations of interest\n\nNone.\n")
    reading = read_minutes(text).to_json()
    assert _names(reading["present"]) == ["Mr Emyr Hale", "Mrs Jo Bell", "Mr D Ian Parr", "Mrs Ann Rees"]
    assert _names(reading["apologies"]) == ["Mrs Lowri Vane", "Mr Cled Moss"]


def test_a_numbered_attendance_section_with_numbered_parts_leaves_the_rolls_to_its_parts():
    text = "\n".join([
        "Harbour Data Group - Steering Committee", "12 March 2026", "", "2. Attendance", "",
        "2.1 Current members that were present", "", "- Alice Brown (AB), Port Authority - Chair",
        "- Carl Dent (CD), Coast Office - Vice Chair", "- Erin Fox (EF), Harbour Board", "",
        "3. Approval of the agenda", "", "- AB - Any other items?",
    ])
    assert _names(read_minutes(text).to_json()["present"]) == ["Alice Brown", "Carl Dent", "Erin Fox"]
