"""Roll blocks as PDF tables and as sentences: PDF roll tables whose cells hold a list a line, groups side by
side, entries run together parted at each name's initials, sentences saying who "were present", people welcomed
by name, and headings run into the words before them. Each rule is tested on a few invented lines."""

from minutes import read_minutes
from minutes.pdf_tables import with_tables
from tests.rolls import apologies as _apologies, present as _present


_HEAD = "Harbour Forum\n\nMinutes of the meeting held on 3 March 2026\n\n"
_TAIL = "\n\n1. Welcome\n\nThe Chair opened the meeting.\n"


# --- PDF tables of groups side by side --------------------------------------------------------

def test_a_pdf_table_of_groups_side_by_side_keeps_the_entries_alone_on_their_lines():
    # Each group's people are one cell, a line each; the cells are centred, so the shorter
    # list starts lower and the longer runs on below it, alone on its lines.
    plain = ("Attendance\nPresent Apologies\nAnn Cole (Chair)\nBen Dyer, Harbour Council\nCai Ng\nDee Ott\n"
             "Eve Pike\nFay Rudd\n\n1. Welcome")
    layout = ("Attendance\n\n"
              "Present                                   Apologies\n"
              "Ann Cole (Chair)\n"
              "Ben Dyer, Harbour Council                 Eve Pike\n"
              "Cai Ng                                    Fay Rudd\n"
              "Dee Ott\n\n"
              "1. Welcome")
    text = _HEAD + with_tables(plain, lambda: layout) + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cai Ng", "Dee Ott"]
    assert _apologies(text) == ["Eve Pike", "Fay Rudd"]


def test_three_roll_headings_side_by_side_head_a_pdf_table():
    plain = ("Members present In attendance Apologies\nAnn Cole (Chair)\nBen Dyer\nCai Ng\nDee Ott (Clerk)\n"
             "Eve Pike\n\n1. Welcome")
    layout = ("Members present             In attendance               Apologies\n"
              "Ann Cole (Chair)\n"
              "Ben Dyer                    Dee Ott (Clerk)             Eve Pike\n"
              "Cai Ng\n\n"
              "1. Welcome")
    text = _HEAD + with_tables(plain, lambda: layout) + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cai Ng", "Dee Ott"]
    assert _apologies(text) == ["Eve Pike"]


def test_a_paragraph_after_a_pdf_table_of_groups_is_no_entry():
    plain = "Present Apologies\nAnn Cole\nBen Dyer\nCai Ng\nThe Chair welcomed everyone to the meeting.\n1. Welcome"
    layout = ("Present                     Apologies\n"
              "Ann Cole                    Cai Ng\n"
              "Ben Dyer\n"
              "The Chair welcomed everyone to the meeting.\n"
              "1. Welcome")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert "The Chair welcomed everyone to the meeting." in rebuilt
    assert not any("welcomed" in line and "\t" in line for line in rebuilt)


# --- PDF roll tables whose names are headed in more than one word or by an attendance heading ---

def test_a_pdf_roll_tables_name_column_may_be_headed_in_several_words_or_by_an_attendance_heading():
    from minutes.pdf_tables import table_header

    assert table_header("Board member Organisation") == ["person", "detail"]
    assert table_header("Name of member Role") == ["person", "detail"]
    assert table_header("Present Organisation") == ["person", "detail"]
    assert table_header("In attendance Role") == ["person", "detail"]
    assert table_header("Apologies Representing") == ["person", "detail"]
    # Words of a sentence, or an attendance heading with no detail heading after it, head no table.
    assert table_header("The board noted the organisation") is None
    assert table_header("In attendance") is None
    assert table_header("Apologies were received") is None


def test_a_pdf_roll_table_headed_members_present_is_rebuilt_under_its_two_cells():
    plain = "Members present Organisation\nAnn Cole Harbour Council\nBen Dyer Harbour Police\n\n1. Welcome"
    layout = ("Members present                 Organisation\n"
              "Ann Cole                        Harbour Council\n"
              "Ben Dyer                        Harbour Police\n\n"
              "1. Welcome")
    text = _HEAD + with_tables(plain, lambda: layout) + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_a_groups_own_table_straight_under_the_last_is_read_as_its_group():
    # PDF text keeps no gap between two tables: "Apologies | Organisation" comes straight under the rows
    # of "Attendee | Organisation".
    text = _HEAD + ("Attendee\tOrganisation\nAnn Cole (Chair)\tHarbour Council\nBen Dyer\tHarbour Police\n"
                    "Apologies\tOrganisation\nCai Ng\tProbation") + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(text) == ["Cai Ng"]


# --- entries run together, each opening with a name and its initials ---------------------------

def test_entries_run_together_are_parted_at_each_name_with_its_initials():
    # A roll table's cells flattened by PDF text: "Name (XX) : post" after "Name (XX) : post".
    text = _HEAD + ("Present: Ann Cole (AC) : Non-Executive Director, Harbour ICB (Chair) Ben Dyer (BD) : Director of "
                    "Nursing, Harbour ICB Dr Cai Ng (CN) : Consultant, Harbour Hospital\n\n"
                    "In attendance: Dee Ott (DO) : Head of Quality, Harbour ICB Eve Pike (EP) : Deputy Head of Joint\n\n"
                    "CCGs (item 4) Fay Rudd (FR) : Head of Finance, Harbour ICB Gus Hale (GH) : Minute Taker") + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Dr Cai Ng", "Dee Ott", "Eve Pike", "Fay Rudd", "Gus Hale"]


def test_a_name_with_its_initials_alone_on_each_line_is_read_as_before():
    text = _HEAD + "Present:\nAnn Cole (AC) Chair\nBen Dyer (BD) Director of Nursing, Harbour ICB (items 1-3)" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_a_list_with_initials_that_commas_already_part_is_read_as_before():
    text = _HEAD + "Panel members: Ann Cole (AC), Ben Dyer (BD), Cai Ng (CN) and Dee Ott (DO)" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cai Ng", "Dee Ott"]


# --- PDF rows of a heading cell and a names cell ----------------------------------------------

def test_a_pdf_row_of_a_heading_cell_and_a_names_cell_is_parted_where_the_layout_shows_the_gap():
    plain = ("Present\nAnn Cole (Chair)\nBen Dyer, Harbour Council\nIn attendance Dee Ott (Secretary)\n"
             "Apologies Eve Pike, Fay Rudd\n\n1. Welcome")
    layout = ("                              Ann Cole (Chair)\n"
              "Present                       Ben Dyer, Harbour Council\n"
              "In attendance                 Dee Ott (Secretary)\n"
              "Apologies                     Eve Pike, Fay Rudd\n\n"
              "1. Welcome")
    rebuilt = with_tables(plain, lambda: layout)
    assert "In attendance\tDee Ott (Secretary)" in rebuilt.split("\n")
    text = _HEAD + rebuilt + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Dee Ott"]
    assert _apologies(text) == ["Eve Pike", "Fay Rudd"]


def test_a_sentence_opening_with_a_heading_word_is_left_as_it_was():
    plain = "Present Ann Cole welcomed everyone to the meeting.\n1. Welcome"
    layout = "Present Ann Cole welcomed everyone to the meeting.\n1. Welcome"
    assert with_tables(plain, lambda: layout) == plain


# --- the roll said in sentences: "<who> present were ..." -------------------------------------

def test_sentences_saying_which_kind_of_people_were_present_are_the_roll():
    text = _HEAD + ("The meeting was called to order by the Chair at 1.30pm. Other Forum members present were Ann Cole, "
                    "Ben Dyer and Cai Ng. Staff present were Dee Ott and Eve Pike.\n\n"
                    "Others present at the meeting were Fay Rudd, Harbour Trust.") + _TAIL
    minutes = read_minutes(text)
    assert [(p.name, p.capacity) for p in minutes.present] == [
        ("Ann Cole", "member"), ("Ben Dyer", "member"), ("Cai Ng", "member"), ("Dee Ott", "officer"),
        ("Eve Pike", "officer"), ("Fay Rudd", "in attendance")]


def test_members_present_were_asked_is_no_roll():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\n\n1. Declarations\n\nMembers present were asked to declare any interests." + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


# --- people welcomed to the meeting ------------------------------------------------------------

def test_people_welcomed_to_the_meeting_by_name_were_there():
    text = _HEAD + ("1. Welcome and apologies\n\nThe Chair welcomed Harry Hill from the ICB, Ivy Inch and Jon Jay to the "
                    "meeting. Apologies were received from Kim Kidd.") + _TAIL
    assert _present(text) == ["Harry Hill", "Ivy Inch", "Jon Jay"]
    assert _apologies(text) == ["Kim Kidd"]


def test_people_singled_out_of_everyone_welcomed_were_there():
    text = _HEAD + ("Present: Ann Cole (Chair), Ben Dyer\n\n1. Welcome\n\nThe Chair welcomed everyone, in particular Ian "
                    "Salt attending for the first time on behalf of Harbour Housing.") + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Ian Salt"]


def test_welcoming_everyone_a_body_or_a_report_names_no_one():
    text = _HEAD + ("Present: Ann Cole (Chair)\n\n1. Welcome\n\nThe Chair welcomed everyone to the meeting, especially the "
                    "guests from Block A. The Board welcomed Harbour Council to the partnership and welcomed the report "
                    "to the committee.") + _TAIL
    assert _present(text) == ["Ann Cole"]


# --- a head whose lines PDF text ran together -------------------------------------------------

def test_headings_run_into_the_words_before_them_in_the_head_still_head_the_roll():
    text = ("Harbour Parish Council Notes of the Annual Parish Meeting held at 7.30pm on Monday 2 March 2026 at the "
            "Harbour Community Centre Present: Ms A Cole (Chair), Ben Dyer (Harbour Trust), Cai Ng (Harbour Police) "
            "Apologies: Mr D Ott, Mrs E Pike. The Chair welcomed those present.\n\n1. Minutes\n\nAgreed.\n")
    assert _present(text) == ["Ms A Cole", "Ben Dyer", "Cai Ng"]
    assert _apologies(text) == ["Mr D Ott", "Mrs E Pike"]


def test_a_colon_inside_a_sentence_of_the_head_heads_no_roll():
    text = ("Harbour Forum\n\nMinutes of the meeting held on 3 March 2026. Venue: Harbour Hall, Quay Street\n\n"
            "Present: Ann Cole (Chair), Ben Dyer" + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


# --- a roll's cells wrapped onto a line of their own -------------------------------------------

def test_a_groups_cell_wrapped_onto_a_line_of_its_own_carries_on_its_entry():
    plain = ("Members Officers\nVic Ade (Chair), Harbour Chamber of\nCommerce Ann Cole, Clerk\nBen Dyer, Harbour Council\n"
             "Apologies: Cai Ng\n1. Welcome")
    layout = ("Members                                  Officers\n"
              "Vic Ade (Chair), Harbour Chamber of      Ann Cole, Clerk\n"
              "Commerce\n"
              "Ben Dyer, Harbour Council\n\n"
              "Apologies: Cai Ng\n"
              "1. Welcome")
    text = _HEAD + with_tables(plain, lambda: layout) + _TAIL
    assert _present(text) == ["Vic Ade", "Ben Dyer", "Ann Cole"]
    assert _apologies(text) == ["Cai Ng"]


def test_a_row_across_a_roll_table_wrapped_onto_a_bracket_line_heads_the_rows_below():
    text = _HEAD + ("Attendees\nName\tRole\tInitials\nHARBOUR NETWORK\nAnn Cole\tClinical Lead (Chair)\tAC\n"
                    "HARBOUR HOSPITAL\n(NICU)\nBen Dyer\tConsultant\tBD\nCai Ng\tMatron\tCN") + _TAIL
    minutes = read_minutes(text)
    assert [(p.name, p.organisation) for p in minutes.present] == [
        ("Ann Cole", "Harbour Network"), ("Ben Dyer", "Harbour Hospital (NICU)"), ("Cai Ng", "Harbour Hospital (NICU)")]


def test_a_list_wrapped_onto_a_line_where_another_headings_sentence_follows_it_ends_at_its_sentence():
    text = _HEAD + ("Present: Ann Cole (Chair)\n"
                    "Apologies received and accepted: Ben Dyer (Probation); Dr Cai Ng (Harbour Hospitals); Dee\n"
                    "Ott (Housing). Not present and no apologies: Department for Work and Pensions.") + _TAIL
    assert _apologies(text) == ["Ben Dyer", "Dr Cai Ng", "Dee Ott"]


def test_a_wrapped_list_with_shortened_posts_is_not_cut_at_their_stops():
    text = _HEAD + ("The Council Staff in attendance were:-\n\nMr. D. Ryan, Co. Manager, Mr. J. Burke, Dir. of Services,\n\n"
                    "Ms. F. Kenny, Asst. Staff Officer.") + _TAIL
    minutes = read_minutes(text)
    assert [(p.name, p.role) for p in minutes.present] == [
        ("Mr. D. Ryan", "Co. Manager"), ("Mr. J. Burke", None), ("Ms. F. Kenny", "Asst. Staff Officer")]


# --- a table of people with no header row under a roll heading, from PDF ------------------------

def test_rows_of_a_name_and_its_details_under_a_roll_heading_are_rebuilt_where_the_layout_parts_them():
    plain = ("Present\nDet Supt Gail Rowe Harbour Police (Chair)\nAnn Cole Harbour Council, Head of Safety\n"
             "Apologies\nBen Dyer (Probation)\n1. Welcome")
    layout = ("Present\n\n"
              "Det Supt Gail Rowe                 Harbour Police (Chair)\n"
              "Ann Cole                           Harbour Council, Head of Safety\n\n"
              "Apologies\n"
              "Ben Dyer (Probation)\n"
              "1. Welcome")
    text = _HEAD + with_tables(plain, lambda: layout) + _TAIL
    minutes = read_minutes(text)
    assert [(p.name, p.organisation) for p in minutes.present] == [
        ("Det Supt Gail Rowe", "Harbour Police"), ("Ann Cole", "Harbour Council")]
    assert _apologies(text) == ["Ben Dyer"]


def test_a_header_row_under_a_roll_heading_is_left_to_the_table_rules():
    plain = "PRESENT\nCouncillor Initials\nCllr Ann Cole AC\n1. Welcome"
    layout = "PRESENT\n\nCouncillor            Initials\nCllr Ann Cole         AC\n\n1. Welcome"
    assert with_tables(plain, lambda: layout).split("\n")[1] == "Councillor Initials"


def test_a_groups_cell_wrapped_into_a_few_words_carries_on_its_entry_when_the_table_goes_on():
    plain = ("Present Apologies\nAnn Cole (AC) - Chair Ben Dyer (BD) - Harbour Surgery\nCai Ng (CN) - Practice Manager, "
             "Eastcliff Medical\nCentre\nDee Ott (DO) - PCN Manager\n\n1. Welcome")
    layout = ("Present                                         Apologies\n"
              "Ann Cole (AC) - Chair                           Ben Dyer (BD) - Harbour Surgery\n"
              "Cai Ng (CN) - Practice Manager, Eastcliff Medical\n"
              "Centre\n"
              "Dee Ott (DO) - PCN Manager\n\n"
              "1. Welcome")
    rebuilt = with_tables(plain, lambda: layout)
    assert "Cai Ng (CN) - Practice Manager, Eastcliff Medical Centre" in rebuilt
    text = _HEAD + rebuilt + _TAIL
    assert _present(text) == ["Ann Cole", "Cai Ng", "Dee Ott"]
    assert _apologies(text) == ["Ben Dyer"]


# --- "Name: @handle" bullets ---------------------------------------------------------------------

def test_bullets_of_a_name_and_its_handle_after_a_colon_are_the_roll_and_a_teams_handle_is_no_one():
    text = ("# Harbour Tooling Group Meeting 2026-03-03\n\n## Present\n\n* Release team: @harbour/release\n"
            "* Ann Cole: @acole\n* ben-dyer: @ben-dyer\n* Cai Ng: @CaiNg\n\n## Agenda\n\n* Release plan\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Ann Cole", "@ben-dyer", "Cai Ng"]
