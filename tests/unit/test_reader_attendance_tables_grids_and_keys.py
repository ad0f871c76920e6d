"""Attendance laid out as tables and grids: rows across the table naming a body or a group, a key to the marks,
a deputy or substitute column, groups side by side, a capacity column, a merged category cell, and PDF roll tables
rebuilt from their layout. Each rule is tested on a few invented lines."""

from minutes import read_minutes
from minutes.attendance_keys import DEPUTY, table_key
from minutes.roll import ABSENT, APOLOGIES, PRESENT
from tests.rolls import apologies as _apologies, present as _present


_HEAD = "Harbour Forum\n\nMinutes of the meeting held on 3 March 2026\n\n"
_TAIL = "\n\n1. Welcome\n\nThe Chair opened the meeting.\n"


# --- rows across the table ------------------------------------------------------------------

def test_a_row_across_a_roll_table_names_the_body_of_the_people_below_it():
    text = _HEAD + ("Attendees\n\nName\tRole\tInitials\nNORTH VALE TRUST\nAnn Cole\tLead Nurse\tAC\n"
                    "Ben Dyer\tMatron\tBD\nWEST HILL HOSPITAL (SCU)\nCara Eng\tConsultant\tCE" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Ann Cole", "North Vale Trust"), ("Ben Dyer", "North Vale Trust"), ("Cara Eng", "West Hill Hospital (SCU)")]


def test_a_row_across_the_table_that_is_an_attendance_heading_says_how_the_rows_below_attended():
    text = _HEAD + ("Name\tTitle\tAttendance\nAnn Cole\tChair\tPresent\nApologies\nBen Dyer\tTreasurer\t\n"
                    "Name\tTitle\tAttendance\nCara Eng\tClerk\tPresent" + _TAIL)
    assert _present(text) == ["Ann Cole", "Cara Eng"]


def test_a_sign_after_a_name_is_read_through_the_key_under_the_table():
    text = _HEAD + ("Committee members\n\nName\tWard\nCllr Ann Cole\tNorth\nCllr Ben Dyer *\tSouth\n"
                    "Cllr Cara Eng †\tEast\nCllr Dan Fry **\tWest\n\n* apologies received\t** absent\n"
                    "† joined remotely" + _TAIL)
    assert _present(text) == ["Cllr Ann Cole", "Cllr Cara Eng"]
    assert _apologies(text) == ["Cllr Ben Dyer"]


# --- a key to the marks ---------------------------------------------------------------------

def test_a_key_of_letters_and_signs_gives_each_mark_its_meaning():
    lines = ["Key: P = present in the hall; R = joined remotely; Ap = apologies; A = absent. Public: 5.",
             "Name\tCode", "Ann Cole\tP"]
    key = table_key(lines, 1, 3)
    assert {mark: label.kind for mark, label in key.items()} == {"P": PRESENT, "R": PRESENT, "Ap": APOLOGIES,
                                                                  "A": ABSENT}
    assert table_key(["Y = attended, D = deputy attended, N = did not attend", "Name\tMark"], 1, 2)["D"] is DEPUTY
    assert table_key(["Ann Cole said A: the minutes stand.", "Name\tMark"], 1, 2) == {}


def test_a_code_column_read_through_its_key_with_a_deputy_column():
    text = _HEAD + ("Attendance key: Y = attended, D = deputy attended, A = apologies, N = did not attend\n\n"
                    "#\tMember\tOrganisation / role\t\tDeputy / note\n"
                    "1\tAnn Cole (AC)\tVale ICB\tY\tChair\n2\tBen Dyer (BD)\tVale FT\tD\tCara Eng (CE), IG Lead\n"
                    "3\tDan Fry (DF)\tVale Council\tA\t\n4\tEve Gray (EG)\tVale Hospice\tN\t\n"
                    "5\tFay Hill (FH)\tPatient voice\tY\tnotes" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [
        ("Ann Cole", None), ("Cara Eng", "Ben Dyer"), ("Fay Hill", None)]
    assert _apologies(text) == ["Ben Dyer", "Dan Fry"]


def test_a_status_of_how_someone_took_part_or_who_substituted_is_read():
    text = _HEAD + ("Attendance\n\nCouncillor\tWard\tAttendance\nCllr Ann Cole\tNorth\tPresent\n"
                    "Cllr Ben Dyer\tNorth\tJoined remotely (non-voting)\n"
                    "Cllr Dan Fry\tSouth\tApologies – Councillor Eve Gray substituted\nCllr Fay Hill\tSouth\tAbsent"
                    + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [
        ("Cllr Ann Cole", None), ("Cllr Ben Dyer", None), ("Councillor Eve Gray", "Cllr Dan Fry")]
    assert _apologies(text) == ["Cllr Dan Fry"]


# --- columns of marks and of capacity ---------------------------------------------------------

def test_columns_for_each_way_of_taking_part_hold_marks():
    text = _HEAD + ("Present\n\nName\tTitle\tIn the room\tOn Teams\nAnn Cole\tChair\tX\t\n"
                    "Ben Dyer\tDirector\t\tX\nCara Eng\tManager\tX\t" + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]


def test_an_attending_as_column_gives_each_persons_capacity():
    text = _HEAD + ("Attendance\n\nName\tOrganisation\tAttending as\nMs Ann Cole\tIndependent\tChair\n"
                    "Dr Ben Dyer\tVale University\tMember\nMr Cai Ng\tInformation Office\tObserver\n"
                    "Ms Dee Ott\tDepartment of Work\tOfficial (item 4)\nMs Eve Poe\tPanel office\tSecretariat" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Ms Ann Cole", "member"), ("Dr Ben Dyer", "member"), ("Mr Cai Ng", "observer"), ("Ms Dee Ott", "officer"),
        ("Ms Eve Poe", "in attendance")]
    assert minutes.present[0].role == "Chair"


# --- groups side by side; a merged category cell --------------------------------------------

def test_groups_side_by_side_each_over_a_name_and_a_post():
    text = _HEAD + ("Voting directors\tNon-voting directors and in attendance\n"
                    "Mrs Ann Cole\tChair\tMr Ben Dyer\tDirector of Strategy\n"
                    "Dr Cara Eng\tMedical Director\tMs Dee Fry\tCompany Secretary\n"
                    "Mr Eli Gray\tNon-Executive Director" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role, a.capacity) for a in minutes.present] == [
        ("Mrs Ann Cole", "Chair", "member"), ("Dr Cara Eng", "Medical Director", "member"),
        ("Mr Eli Gray", "Non-Executive Director", "member"), ("Mr Ben Dyer", "Director of Strategy", "in attendance"),
        ("Ms Dee Fry", "Company Secretary", "in attendance")]


def test_a_category_cell_spanning_its_groups_rows_leaves_the_later_rows_short_at_the_front():
    text = _HEAD + ("Attendance\n\nCategory\tName\tElectoral Area / Body\n"
                    "Elected Members\tCllr. Ann Cole\tNorth LEA\nCllr. Ben Dyer\tSouth LEA\n"
                    "Officials\tMs. Cara Eng, Director of Services\tHousing\nMr. Dan Fry, Engineer\tRoads" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Cllr. Ann Cole", "North LEA"), ("Cllr. Ben Dyer", "South LEA"), ("Ms. Cara Eng", "Housing"),
        ("Mr. Dan Fry", "Roads")]


# --- PDF roll tables ------------------------------------------------------------------------

def test_a_pdf_roll_table_headed_by_ways_of_taking_part_is_rebuilt_each_time_its_header_comes():
    from minutes.pdf_tables import with_tables

    plain = ("Present\nName Title In the room On Teams\nAnn Cole (AC)Chair of the Board X\nBen Dyer (BD) Director X\n"
             "Participants\nName Title In the room On Teams\nCai Ng (CN) Adviser X\nApologies: Dee Ott")
    layout = ("Present\n\n"
              "Name                 Title                In the room          On Teams\n"
              "Ann Cole (AC)Chair of the Board           X\n"
              "Ben Dyer (BD)        Director                                  X\n\n"
              "Participants\n\n"
              "Name                 Title                In the room          On Teams\n"
              "Cai Ng (CN)          Adviser              X\n\n"
              "Apologies: Dee Ott")
    rebuilt = with_tables(plain, lambda: layout).split("\n")
    assert rebuilt[1:4] == ["Name\tTitle\tIn the room\tOn Teams", "Ann Cole (AC)\tChair of the Board\tX\t", "Ben Dyer (BD)\tDirector\t\tX"]
    assert rebuilt[5:7] == ["Name\tTitle\tIn the room\tOn Teams", "Cai Ng (CN)\tAdviser\tX\t"]


# --- grids ------------------------------------------------------------------------------------

def test_a_grid_ruled_only_under_its_heading_and_at_its_foot_has_a_row_a_line():
    from minutes.grid_tables import with_grid_tables

    grid = ["+---+----------+---+", "| # | Member   |   |", "+---+----------+---+",
            "| 1 | Ann Cole | Y |", "| 2 | Ben Dyer | A |", "+---+----------+---+"]
    assert with_grid_tables(grid) == ["#\tMember\t", "1\tAnn Cole\tY", "2\tBen Dyer\tA"]
    # pandoc's grid: a border under every row, so a row's lines are one cell's wrapped text
    pandoc = ["+---+----------+", "| # | Action   |", "+===+==========+", "| 1 | Mend the |", "|   | gate     |",
              "+---+----------+"]
    assert with_grid_tables(pandoc) == ["#\tAction", "1\tMend the gate"]


# --- more statuses; bodies with their people --------------------------------------------------

def test_not_in_attendance_is_an_absence_and_deputy_for_someone_is_attending_in_their_place():
    text = _HEAD + ("Attendance\n\nName\tOrganisation\tRole\tAttendance\nAnn Cole\tVale ICB\tChair\tPresent\n"
                    "Ben Dyer\tVale Police\tInspector\tNot in attendance\n"
                    "Cara Eng\tVale FT\tConsultant\tDeputy for Dr Dan Fry\nDr Dan Fry\tVale FT\tDirector\tApologies" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [("Ann Cole", None), ("Cara Eng", "Dr Dan Fry")]
    assert _apologies(text) == ["Dr Dan Fry"]


def test_under_a_heading_rows_of_a_body_and_who_came_from_it():
    text = _HEAD + ("Attending (practice / role):\n"
                    "  Hill Surgery\tDr Ann Cole (GP partner), Ben Dyer (Practice Manager)\n"
                    "  Vale Health Centre\tCara Eng (Business Manager) - on Teams\n"
                    "  Guest\tDan Fry, Social Prescribing Link Worker (item 4 only)\n\n"
                    "Apologies: Eve Gray (Hill Surgery)" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Dr Ann Cole", "Hill Surgery"), ("Ben Dyer", "Hill Surgery"), ("Cara Eng", "Vale Health Centre"),
        ("Dan Fry", None)]


def test_rows_whose_second_cell_is_a_post_are_no_bodies_with_people():
    text = _HEAD + ("Members present\nCllr Ann Cole\tLeader, Vale Council\nBen Dyer\tChief Executive, Vale CVS\n"
                    "In attendance\nCara Eng\tHead of Secretariat\nDan Fry\tChild Poverty Commission (presenting)\n\n"
                    "Apologies: Eve Gray" + _TAIL)
    assert _present(text) == ["Cllr Ann Cole", "Ben Dyer", "Cara Eng", "Dan Fry"]


def test_a_pdf_roll_headed_organisation_and_representative_is_rebuilt():
    from minutes.pdf_tables import table_header

    assert table_header("Organisation Representative") == ["detail", "person"]


# --- signs in a running roll ----------------------------------------------------------------

def test_a_sign_after_a_name_in_a_running_roll_is_read_through_the_key_below_it():
    text = _HEAD + ("Committee members\n"
                    "Cllr Ann Cole (Chairman), Cllr Ben Dyer*, Cllr Cara Eng,\nCllr Dan Fry**, Cllr Eve Gray\n"
                    "*  apologies received\t** absent\n\n"
                    "1. Apologies\n\nApologies were received from Cllr Dyer.\n")
    assert _present(text) == ["Cllr Ann Cole", "Cllr Cara Eng", "Cllr Eve Gray"]
    assert _apologies(text) == ["Cllr Ben Dyer"]


def test_signs_with_no_key_change_nothing():
    text = _HEAD + "Present: Cllr Ann Cole*, Cllr Ben Dyer\n\n* Chairman for this meeting only" + _TAIL
    assert _present(text) == ["Cllr Ann Cole", "Cllr Ben Dyer"]


# --- more ways a roll table says who came -----------------------------------------------------

def test_status_words_for_part_attendance_excuses_and_no_apologies():
    text = _HEAD + ("Attendance\n\nName\tRole\tAttendance\nAnn Cole\tChair\tIn full\nBen Dyer\tMember\tPartial (left 8pm)\n"
                    "Cai Eng\tMember\tExcused\nDee Fry\tMember\tLate\nEve Gray\tMember\tNo apologies" + _TAIL)
    minutes = read_minutes(text)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Dee Fry"]
    assert _apologies(text) == ["Cai Eng"]
    assert [a.name for a in minutes.absent] == ["Eve Gray"]


def test_a_name_in_surname_and_first_name_columns_is_read_given_name_first():
    text = _HEAD + "Attendance\n\nSurname\tFirst name\tPresent\nCole\tAnn\tY\nDyer\tBen\tN\nEng\tCai\tY" + _TAIL
    assert _present(text) == ["Ann Cole", "Cai Eng"]


def test_a_conference_column_is_a_way_of_taking_part():
    text = _HEAD + "Present\n\nName\tPresent\tConference\tAbsent\nAnn Cole\tX\t\t\nBen Dyer\t\tX\t\nCai Eng\t\t\tX" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


def test_an_alternate_for_column_names_whom_each_sat_in_for_and_a_row_of_a_name_alone_is_a_person():
    text = _HEAD + "Voting members present\n\nName\tAlternate for\nAnn Cole\t\nBen Dyer\tCai Eng\nDee Fry\t" + _TAIL
    assert [(a.name, a.in_place_of) for a in read_minutes(text).present] == [
        ("Ann Cole", None), ("Ben Dyer", "Cai Eng"), ("Dee Fry", None)]


def test_groups_side_by_side_under_headings_that_span_their_columns():
    for header in ("Voting members\tVoting members\tIn attendance\tIn attendance", "Voting members\t\tIn attendance\t"):
        text = _HEAD + header + "\nMrs Ann Cole\tChair\tMr Ben Dyer\tClerk\nDr Cai Eng\tTreasurer" + _TAIL
        assert [(a.name, a.role, a.capacity) for a in read_minutes(text).present] == [
            ("Mrs Ann Cole", "Chair", "member"), ("Dr Cai Eng", "Treasurer", "member"),
            ("Mr Ben Dyer", "Clerk", "in attendance")]


def test_a_role_column_of_capacities_gives_each_persons_capacity_not_a_post():
    text = _HEAD + ("Attendee\tRole\tAttendance\tAttendance comment\nCouncillor Ann Cole\tMember\tPresent\t\n"
                    "Ben Dyer\tOfficer\tPresent\t\nCouncillor Cai Eng\tMember\tApologies, sent substitute\t\n"
                    "Councillor Dee Fry\tMember\tPresent as substitute\tSubstitute for Councillor Cai Eng\n"
                    "Councillor Eve Gray\tMember\tIn attendance\t\nCouncillor Fay Hill\tChair\tPresent\t" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role, a.capacity, a.in_place_of) for a in minutes.present] == [
        ("Councillor Ann Cole", None, "member", None), ("Ben Dyer", None, "officer", None),
        ("Councillor Dee Fry", None, "member", "Councillor Cai Eng"),
        ("Councillor Eve Gray", None, "in attendance", None), ("Councillor Fay Hill", "Chair", "member", None)]
    assert _apologies(text) == ["Councillor Cai Eng"]


def test_a_pdf_roll_header_of_a_ward_and_a_slashed_status_is_rebuilt():
    from minutes.pdf_tables import table_header

    assert table_header("Name Organisation Ward Present/Apologies") == ["person", "detail", "detail", "detail"]
    assert table_header("Name Action/Owner") is None


def test_a_code_column_is_read_through_the_key_under_the_table():
    text = _HEAD + ("Attendance\n\nName\tPosition\tCode\nAnn Cole (AC)\tConvener\tP\nBen Dyer (BD)\tTreasurer\tR\n"
                    "Cai Eng (CE)\tMember\tAp\nDee Fry (DF)\tMember\tA\n\n"
                    "Key: P = present; R = joined remotely; Ap = apologies; A = absent." + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer"]
    assert _apologies(text) == ["Cai Eng"]


def test_groups_a_column_wide_side_by_side_the_longer_running_on_below():
    text = _HEAD + ("Voting members present\tNon-voting / in attendance\n"
                    "Tom Abel - Lay Member, Chair\tDr Zoe Fern - LMC Secretary\nAnn Cole - GP Member\n"
                    "Ben Dyer, Vale Council\n\nApologies: Cai Eng" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Tom Abel", "member"), ("Ann Cole", "member"), ("Ben Dyer", "member"), ("Dr Zoe Fern", "in attendance")]


def test_a_name_and_status_table_is_no_pair_of_groups():
    text = _HEAD + "Members\tAttendance\nCllr Ann Cole\tPresent\nCllr Ben Dyer\tApologies\nCllr Cai Eng\tAbsent" + _TAIL
    assert _present(text) == ["Cllr Ann Cole"]
    assert _apologies(text) == ["Cllr Ben Dyer"]


def test_a_pdf_roll_of_groups_side_by_side_is_rebuilt_from_the_layout():
    from minutes.pdf_tables import with_tables

    plain = ("Voting directors Non-voting directors and in attendance\nMrs Ann Cole Chair Mr Ben Dyer Company Secretary\n"
             "Mr Eli Gray Non-Executive Director\n1. Welcome")
    layout = ("Voting directors                          Non-voting directors and in attendance\n"
              "Mrs Ann Cole          Chair               Mr Ben Dyer          Company Secretary\n"
              "Mr Eli Gray           Non-Executive Director\n"
              "1. Welcome")
    assert with_tables(plain, lambda: layout).split("\n") == [
        "Voting directors\tNon-voting directors and in attendance", "Mrs Ann Cole\tChair\tMr Ben Dyer\tCompany Secretary",
        "Mr Eli Gray\tNon-Executive Director", "1. Welcome"]


def test_a_substitute_column_beside_apologies_names_who_came_in_the_members_place():
    text = _HEAD + ("Name\tStatus\tSubstitute\nCllr Ann Cole\tPresent\t\nCllr Ben Dyer\tApologies\tCllr Cai Eng\n"
                    "Cllr Dee Fry\tPresent" + _TAIL)
    assert [(a.name, a.in_place_of) for a in read_minutes(text).present] == [
        ("Cllr Ann Cole", None), ("Cllr Cai Eng", "Cllr Ben Dyer"), ("Cllr Dee Fry", None)]
    assert _apologies(text) == ["Cllr Ben Dyer"]


def test_a_pdf_roll_headed_by_body_and_representatives_is_rebuilt_and_a_pulled_status_parted():
    from minutes.pdf_tables import table_header, with_tables

    assert table_header("Practice / organisation Representative(s)") == ["detail", "person"]
    plain = "Name Role / organisation Attendance\nAnn Cole (AC) Head of Analysis, Vale GrowthPresent (item 3)\nEnd"
    layout = ("Name                Role / organisation                 Attendance\n"
              "Ann Cole (AC)       Head of Analysis, Vale GrowthPresent (item 3)\n"
              "\n"
              "End")
    assert with_tables(plain, lambda: layout).split("\n")[1] == "Ann Cole (AC)\tHead of Analysis, Vale Growth\tPresent (item 3)"


def test_a_roll_by_body_reads_the_body_as_each_persons_and_a_heading_row_as_how_they_came():
    text = _HEAD + ("Attendance\n\nPractice / organisation\tRepresentative(s)\n"
                    "Hill Surgery\tDr Ann Cole (GP Partner); Ben Dyer (Practice Manager)\n"
                    "In attendance\tCai Eng (Neighbourhood Lead, Vale Health)" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role, a.organisation, a.capacity) for a in minutes.present] == [
        ("Dr Ann Cole", "GP Partner", "Hill Surgery", "member"), ("Ben Dyer", "Practice Manager", "Hill Surgery", "member"),
        ("Cai Eng", "Neighbourhood Lead", "Vale Health", "in attendance")]


def test_a_row_across_the_table_naming_a_group_in_title_case_heads_the_rows_below():
    text = _HEAD + ("Attendees\n\nName\tRole\tInitials\nVoluntary Sector\nAnn Cole\tChief Officer\tAC\n"
                    "Transport Service\nBen Dyer\tConsultant\tBD\nCai Eng" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Ann Cole", "Voluntary Sector"), ("Ben Dyer", "Transport Service"), ("Cai Eng", "Transport Service")]


def test_statuses_naming_the_platform_or_the_substitute_are_read():
    text = _HEAD + ("Name\tRole\tAttendance\nCllr Ann Cole\tChair\tMS Teams\nCllr Ben Dyer\tMember\tSubstituted by Cllr Cai Eng\n"
                    "Cllr Dee Fry\tMember\tIn person" + _TAIL)
    assert [(a.name, a.in_place_of) for a in read_minutes(text).present] == [
        ("Cllr Ann Cole", None), ("Cllr Cai Eng", "Cllr Ben Dyer"), ("Cllr Dee Fry", None)]
    assert _apologies(text) == ["Cllr Ben Dyer"]


def test_a_lone_column_of_ticks_for_apologies_marks_who_sent_them_and_the_rest_came():
    text = _HEAD + ("Attendee\tOrganisation\tApologies\nAnn Cole\tVale ICB\t\nBen Dyer\tVale FT\t✓\n"
                    "Cai Eng\tVale Council\t\nDee Fry\tVale Police\t" + _TAIL)
    assert _present(text) == ["Ann Cole", "Cai Eng", "Dee Fry"]
    assert _apologies(text) == ["Ben Dyer"]


def test_an_html_tables_caption_says_what_its_rows_are():
    from minutes.html_doc import read_html

    document = read_html("<p>Minutes of the Board held on 3 March 2026</p><table><caption>Apologies</caption>"
                         "<tr><th>Name</th><th>Organisation</th></tr><tr><td>Ann Cole</td><td>Vale ICB</td></tr>"
                         "<tr><td>Ben Dyer</td><td>Vale FT</td></tr></table><h2>1. Welcome</h2><p>Opened.</p>")
    assert document.lines()[2:4] == ["Apologies", ""]
    minutes = read_minutes("\n".join(document.lines()))
    assert [a.name for a in minutes.apologies] == ["Ann Cole", "Ben Dyer"] and not minutes.present


def test_a_membership_roll_with_bracketed_marks_after_dot_leaders_is_read_through_its_key():
    text = ("Vale Health and Wellbeing Board\n\nMINUTES of the meeting held on 20 January 2026\n\n"
            "MEMBERSHIP AND ATTENDANCE\n(P) present  (S) substitute present  (Ap) apologies  (-) not present\n\n"
            "Elected members\n"
            "   1. Councillor Ann Cole - Leader of the Council (Chair) .............. (P)\n"
            "   2. Councillor Ben Dyer - Cabinet Member for Children ................ (Ap)\n"
            "Partners\n"
            "   3. Director of Public Health - Dr Cai Eng ........................... (P)\n"
            "   4. Director of Adult Services - Dee Fry ............................. (S)\n"
            "      Substitute: Eve Gray, Assistant Director\n"
            "   5. Vale CVS, Chief Officer - Fay Hill ............................... (-)\n"
            "   6. Healthwatch Vale, Chair - Gus Ince ............................... (P)\n" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [
        ("Councillor Ann Cole", None), ("Dr Cai Eng", None), ("Eve Gray", "Dee Fry"), ("Gus Ince", None)]
    assert _apologies(text) == ["Councillor Ben Dyer", "Dee Fry"]
    assert [a.name for a in minutes.absent] == ["Fay Hill"]


def test_status_rows_run_into_names_take_the_wider_status_words():
    text = _HEAD + ("Members Attendance\nCllr Ann Cole Present\nCllr Ben Dyer Did not attend\nCllr Cai Eng Joined remotely\n"
                    "Cllr Dee Fry Apologies\nCllr Eve Gray Not in attendance" + _TAIL)
    minutes = read_minutes(text)
    assert _present(text) == ["Cllr Ann Cole", "Cllr Cai Eng"]
    assert _apologies(text) == ["Cllr Dee Fry"]
    assert [a.name for a in minutes.absent] == ["Cllr Ben Dyer", "Cllr Eve Gray"]


def test_absent_with_apologies_is_apologies_and_absent_without_them_an_absence():
    from minutes.attendance_status import status_label as _status_label

    assert [_status_label(status).kind for status in ("Absent (apologies)", "Absent - no apologies", "Absent",
                                                      "No apologies", "Absent without apologies")] == [
        "apologies", "absent", "absent", "absent", "absent"]


def test_a_standing_deputy_came_only_when_the_status_says_so():
    text = _HEAD + ("Organisation\tRepresentative\tDeputy\tAttended\nVale ICB\tAnn Cole\t\tYes\n"
                    "Vale Police\tBen Dyer\tCai Eng\tDeputy attended\nVale FT\tDee Fry\tEve Gray\tApologies" + _TAIL)
    assert [(a.name, a.in_place_of) for a in read_minutes(text).present] == [("Ann Cole", None), ("Cai Eng", "Ben Dyer")]
    assert _apologies(text) == ["Ben Dyer", "Dee Fry"]


def test_a_post_holder_column_names_the_people():
    text = _HEAD + "Position\tPost holder\tAttended\nChair\tAnn Cole\tYes\nClerk\tBen Dyer\tNo" + _TAIL
    assert [(a.name, a.role) for a in read_minutes(text).present] == [("Ann Cole", "Chair")]


def test_in_a_small_table_the_column_whose_every_mark_the_key_explains_is_the_status():
    text = _HEAD + ("Attendance\n\nName\tPosition\t3 March\nAnn Cole\tConvener\tP\nBen Dyer\tTreasurer\tR\n"
                    "Cai Eng\tMember\tAp\nDee Fry\tMember\tA\n\n"
                    "Key: P = present; R = joined remotely; Ap = apologies; A = absent." + _TAIL)
    minutes = read_minutes(text)
    assert _present(text) == ["Ann Cole", "Ben Dyer"] and _apologies(text) == ["Cai Eng"]
    assert [a.name for a in minutes.absent] == ["Dee Fry"]


def test_a_sign_just_before_a_name_is_read_through_the_key_too():
    text = _HEAD + ("Committee members\nCllr Ann Cole (Chairman), *Cllr Ben Dyer, Cllr Cai Eng, †Cllr Dee Fry\n"
                    "* apologies received\t† absent\n" + _TAIL)
    minutes = read_minutes(text)
    assert _present(text) == ["Cllr Ann Cole", "Cllr Cai Eng"] and _apologies(text) == ["Cllr Ben Dyer"]
    assert [a.name for a in minutes.absent] == ["Cllr Dee Fry"]
    table = _HEAD + "Attendees\n\nName\tRole\n*Ann Cole\tChair\nBen Dyer\tClerk\n\n* apologies" + _TAIL
    assert _present(table) == ["Ben Dyer"] and _apologies(table) == ["Ann Cole"]


def test_a_name_cell_holding_two_titled_people_gives_both_and_a_post_after_a_comma_stays_a_post():
    text = _HEAD + ("Attendance\n\nName\tOrganisation\nCllr Ann Cole, Cllr Ben Dyer\tVale Council\n"
                    "Mr. Cai Eng, Area Manager\tVale ICB\nDr Dee Fry and Dr Eve Gray\tVale FT" + _TAIL)
    assert [(a.name, a.role, a.organisation) for a in read_minutes(text).present] == [
        ("Cllr Ann Cole", None, "Vale Council"), ("Cllr Ben Dyer", None, "Vale Council"),
        ("Mr. Cai Eng", "Area Manager", "Vale ICB"), ("Dr Dee Fry", None, "Vale FT"), ("Dr Eve Gray", None, "Vale FT")]
