"""Rolls as real bodies write them: rolls of initials or short names taking the full names the minutes write,
officials written post then holder, rolls wrapped over lines or blank lines, and headings after the roll or run
into it. Each rule is tested on a few invented lines in the layout it reads."""

from minutes import read_minutes
from tests.rolls import apologies as _apologies, present as _present


_TAIL = "\n\n1. Adoption of Minutes\n\nThe minutes were adopted.\n"


# --- "PRESENT IN THE CHAIR:" ------------------------------------------------------------------

def test_present_in_the_chair_heads_the_roll_over_the_chair_on_the_next_line():
    text = ("MINUTES OF THE MEETING OF THE RIVERSIDE AREA COMMITTEE HELD ON TUESDAY, 3RD MARCH, 2026\n\n"
            "PRESENT IN THE CHAIR:\n\nCouncillor R. Quinn.\n\nMEMBERS PRESENT:\n\n"
            "Councillors Byrne, Hogan and Walsh." + _TAIL)
    assert _present(text) == ["Councillor R. Quinn", "Councillor Byrne", "Councillor Hogan", "Councillor Walsh"]



# --- officials as "Post (Ms. R. Quinn)", wrapped over PDF lines ------------------------------

_IRISH_HEAD = ("MINUTES OF THE MEETING OF THE RIVERSIDE JOINT POLICING SUB COMMITTEE HELD ON TUESDAY, 3RD MARCH, 2026\n\n"
               "PRESENT IN THE CHAIR:\n\nCouncillor R. Quinn.\n\nMEMBERS PRESENT:\n\nCouncillors Byrne and Hogan.\n\n")


def test_officials_written_post_then_holder_in_a_bracket_are_the_holders():
    text = _IRISH_HEAD + ("OFFICIALS IN ATTENDANCE:\n\n"
                          "Director, Parks and Leisure (Ms. N. Farrell), Meetings Administrator (Mr. T. Doyle); Clerical\n\n"
                          "Officer (Ms. A. Kinsella), Senior Engineer, Riverside District (Mr. J.\n\n"
                          "Nolan), Staff Officer ( Mr B Moran)." + _TAIL)
    assert _present(text)[3:] == ["Ms. N. Farrell", "Mr. T. Doyle", "Ms. A. Kinsella", "Mr. J. Nolan", "Mr B Moran"]
    officials = {a.name: a.role for a in read_minutes(text).present[3:]}
    assert officials["Mr. T. Doyle"] == "Meetings Administrator"


def test_a_roll_entry_with_a_bracket_that_names_no_holder_is_read_as_before():
    text = _IRISH_HEAD + "OFFICIALS IN ATTENDANCE:\n\nMs. N. Farrell (Director of Parks), Mr. T. Doyle (Meetings Administrator)." + _TAIL
    assert _present(text)[3:] == ["Ms. N. Farrell", "Mr. T. Doyle"]


# --- the fullest form of a name the minutes give --------------------------------------------

def test_a_roll_of_initials_takes_the_full_names_the_minutes_write():
    text = ("MINUTES OF ELMFIELD PARISH COUNCIL MEETING HELD ON TUESDAY 3RD MARCH 2026\n\n"
            "Present: Cllr. R. Quinn - Chair, Cllr. T. Doyle, Cllr. B. Moran, Cllr. A. Kinsella.\n\n"
            "1. Election of Chairman\n\nCllr. Rosa Quinn was proposed by Cllr. Bernard Moran and seconded by "
            "Cllr. Doyle. Cllr. Quinn accepted.\n")
    assert _present(text) == ["Cllr. Rosa Quinn", "Cllr. T. Doyle", "Cllr. Bernard Moran", "Cllr. A. Kinsella"]


def test_a_given_name_and_initial_takes_the_surname_the_minutes_write():
    text = ("# Docs working group, 3 March 2026\n\nAttendees: Nina K., Olu B.\n\n"
            "## Notes\n\n- Nina Kowalski will chair the next call.\n")
    assert _present(text) == ["Nina Kowalski", "Olu B"]


def test_a_short_name_stays_when_two_full_names_fit_or_the_minutes_write_it_short_again():
    text = ("MINUTES OF ELMFIELD PARISH COUNCIL MEETING HELD ON TUESDAY 3RD MARCH 2026\n\n"
            "Present: Cllr. R. Quinn, Cllr. T. Doyle, Cllr. B. Moran.\n\n"
            "1. Correspondence\n\nLetters from Ruth Quinn and Rory Quinn were noted. Cllr. Tom Doyle "
            "reported on the footpath.\n\nProposed by Cllr. T. Doyle.\n")
    assert _present(text) == ["Cllr. R. Quinn", "Cllr. T. Doyle", "Cllr. B. Moran"]


# --- cost bounds --------------------------------------------------------------------------------

def test_an_officials_list_longer_than_any_roll_is_no_list_of_post_holders():
    from minutes.attendance_people import POST_LIST_LENGTH, post_holders

    entries = ", ".join(f"Head of Unit {i} (Mr. A. Byrne{i})" for i in range(400))
    assert len(entries) > POST_LIST_LENGTH and post_holders(entries) == entries
    assert post_holders(entries[:200].rsplit(",", 1)[0]).startswith("Mr. A. Byrne0 - Head of Unit 0; Mr. A. Byrne1")


def test_a_roll_sentence_of_many_stops_is_parted_as_a_short_one_is():
    from minutes.attendance import _first_sentence

    short = "Ann Lee (Chair), Cllr. B. Moran. Dee Ott joined at 7pm"
    assert _first_sentence(short) == ("Ann Lee (Chair), Cllr. B. Moran", ["Dee Ott joined at 7pm"])
    long = ", ".join(["Cllr. B. Moran"] * 5000) + ". Dee Ott joined at 7pm"
    assert _first_sentence(long)[1] == ["Dee Ott joined at 7pm"]


# --- a comma roll wrapped over PDF lines a blank line apart -------------------------------------

def test_a_roll_wrapped_over_lines_a_blank_line_apart_reads_whole():
    text = ("Minutes of the Meeting of the Riverside Strategic Policy Committee held on Monday 2 March, 2026\n\n"
            "Present:\n\nCouncillors Byrne, (Chairperson), Hogan, Walsh, Kinsella,\n\n"
            "Moran, Doyle, Nolan, Ms. Aoife Farrell, Mr\n\nCiaran Dunne.\n\n"
            "Members Present: R. Quinn, M.C.C., T. Doyle, M.C.C., D.\n\nNolan, M.C.C.\n\n"
            "Officials:\n\nMs. Nora Kelly (Senior Planner), Ms. Una\n\nWalsh (Clerical Officer)." + _TAIL)
    assert _present(text) == [
        "Councillor Byrne", "Councillor Hogan", "Councillor Walsh", "Councillor Kinsella", "Councillor Moran",
        "Councillor Doyle", "Councillor Nolan", "Ms. Aoife Farrell", "Mr Ciaran Dunne", "R. Quinn", "T. Doyle",
        "D. Nolan", "Ms. Nora Kelly", "Ms. Una Walsh"]


def test_a_roll_ending_on_a_name_is_not_run_on_into_the_paragraph_after_a_blank_line():
    text = ("Riverside Community Safety Partnership\n\nMinutes of the meeting held on 3 March 2026\n\n"
            "Apologies\n\nLisa Marsh (Youth Justice Service); Rev. Owen Pryce (Faith Forum); Cllr Joe\n\n"
            "Welcome and apologies. The Chair welcomed members.\n\n"
            "Present: Ann Lee, Bob Ray, Cai Ng,\n\n1. Minutes\n\nAgreed.\n")
    assert _apologies(text) == ["Lisa Marsh", "Rev. Owen Pryce", "Cllr Joe"]
    assert _present(text) == ["Ann Lee", "Bob Ray", "Cai Ng"]


# --- one more group of the roll under a short heading of any words ------------------------------

def test_a_capitals_heading_after_the_roll_over_people_is_one_more_group_of_it():
    text = _IRISH_HEAD + ("COMMUNITY NOMINEES :\n\nMs. D. Farrell, Dr. B. Kinsella and Mr. J. Nolan\n\n"
                          "POLICE NOMINEES :\n\nChief Superintendent (Mr. D. Byrne), Inspector (Ms. A. Walsh)" + _TAIL)
    assert _present(text)[3:] == ["Ms. D. Farrell", "Dr. B. Kinsella", "Mr. J. Nolan", "Mr. D. Byrne", "Ms. A. Walsh"]


def test_presenters_without_a_colon_after_the_roll_are_there():
    text = ("HARBOUR DATA BOARD\n\nMinutes of the meeting held on 3 March 2026\n\nBoard Members\n\n"
            "Ann Lee (Chair)\n\nBob Ray (Treasury)\n\nApologies:\n\nCai Ng\n\nPresenters\n\n"
            "Dee Ott (Transport Office)\n\nEli Parr (Health)\n\nWelcome and Introductions\n\n"
            "The Chair welcomed all attendees.\n")
    assert _present(text) == ["Ann Lee", "Bob Ray", "Dee Ott", "Eli Parr"]
    assert _apologies(text) == ["Cai Ng"]


def test_a_heading_after_the_roll_over_a_paragraph_is_no_group_of_it():
    text = ("HARBOUR DATA BOARD\n\nMinutes of the meeting held on 3 March 2026\n\nPresent: Ann Lee, Bob Ray\n\n"
            "Matters Arising\n\nThe Chair noted the harbour wall repairs were complete.\n")
    assert _present(text) == ["Ann Lee", "Bob Ray"]


# --- officials with their grade after the name ------------------------------------------------

def test_officials_with_a_grade_after_the_name_are_named_without_it():
    text = ("MINUTES OF RIVERSIDE AREA COMMITTEE MEETING HELD ON 3 MARCH, 2026\n\n"
            "Present in Chair: Councillor Niamh Quinn\nMembers Present: Councillors Byrne, Hogan and Walsh\n"
            "Officials: R. Burke DOS, T. Doyle EE, B. Moran EE,\n\nA. Kinsella EE, J. Nolan SSO" + _TAIL)
    assert _present(text)[4:] == ["R. Burke", "T. Doyle", "B. Moran", "A. Kinsella", "J. Nolan"]


def test_officers_named_then_their_post_after_a_colon_in_a_semicolon_list():
    text = ("Minutes of Meeting of Riverside Area Committee held on Thursday 3rd March 2026\n\n"
            "Members Present\n\nCouncillors Ann Byrne, Tom Hogan and Una Walsh.\n\nOfficers Present\n\n"
            "Rory Burke: Director of Services; Tim Doyle S.E.E.; Bea Moran E.E.; Ali Kinsella:\n\n"
            "E.E.; Jo Nolan S.S.O.\n\nThe chairman welcomed the committee." + _TAIL)
    officers = [(a.name, a.role or a.organisation) for a in read_minutes(text).present[3:]]
    assert officers == [("Rory Burke", "Director of Services"), ("Tim Doyle", "S.E.E"), ("Bea Moran", "E.E"),
                        ("Ali Kinsella", "E.E"), ("Jo Nolan", "S.S.O")]


def test_a_name_with_its_own_initials_after_it_keeps_them_as_initials():
    text = ("Riverside Board\n\nMinutes of the meeting held on 3 March 2026\n\nOfficers present: Lara Nazari LN, "
            "Tom Doyle TD" + _TAIL)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Lara Nazari", "Tom Doyle"]


# --- another heading run into a roll's line ---------------------------------------------------

def test_a_heading_run_into_the_roll_line_heads_the_people_after_it():
    text = ("ELMFIELD COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 2 MARCH 2026\n\n"
            "Present: Ann Lee, Bob Ray, Councillor Cai Ng, Dee Ott\n(representing the MSP) In attendance: Eli Parr.\n\n"
            "1. MINUTES\n  Agreed.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Ann Lee", "member"), ("Bob Ray", "member"), ("Councillor Cai Ng", "member"), ("Dee Ott", "member"),
        ("Eli Parr", "in attendance")]


def test_a_post_heading_run_into_the_roll_after_a_full_stop_takes_its_last_words():
    text = ("MINUTES OF ELMFIELD PARISH COUNCIL MEETING HELD ON THURSDAY 5 MARCH 2026\n\n"
            "PRESENT (four Councillors): - Anna Leeming (AL), Bobby Rayner (BR) – Chair, Cairn Ngata (CN) and Delia "
            "Otterly (DO). Parish Clerk: Eli Parr In attendance: two members of the public.\n\n1. Apologies\n\nNone.\n")
    assert _present(text) == ["Anna Leeming", "Bobby Rayner", "Cairn Ngata", "Delia Otterly", "Eli Parr"]


# --- an apologies sentence: its names end where it goes on about them ---------------------------

def test_an_apologies_sentence_names_no_one_in_what_it_says_about_them():
    text = ("MINUTES OF ELMFIELD PARISH COUNCIL MEETING HELD ON MONDAY 2 MARCH 2026\n\nPresent: Cllr Ann Lee, Cllr Bob Ray\n\n"
            "3. Apologies for absence accepted from: No apologies from councillors. Apologies from County Councillor "
            "D Ott noted.\n\n4. No declarations of interest.\n")
    assert _apologies(text) == ["County Councillor D Ott"]
    text = ("DRAFT MINUTES OF THE ELMFIELD PARISH COUNCIL MEETING HELD ON THURSDAY 5 MARCH 2026\n\n"
            "PRESENT: Ann Lee (AL), Bob Ray (BR)\n\n12/26 Apologies for absence Apologies had been received from Cai Ng "
            "(CN) who was unavoidably detained at work. 13/26 Declaration of Interest No declarations were made.\n")
    assert _apologies(text) == ["Cai Ng"]


def test_a_wrapped_roll_longer_than_any_roll_is_joined_no_further():
    from minutes.attendance_blocks import _list_goes_on
    from minutes.attendance_people import POST_LIST_LENGTH

    above = "Councillors " + ", ".join(f"Byrne{i}" for i in range(POST_LIST_LENGTH // 8)) + ","
    assert len(above) > POST_LIST_LENGTH
    assert _list_goes_on("Councillors Byrne, Hogan,", "Walsh, Doyle and Nolan.")
    assert not _list_goes_on(above, "Walsh, Doyle and Nolan.")


# --- people the minutes say came to the meeting ----------------------------------------------

def test_a_delegation_welcomed_over_broken_lines_was_there():
    text = ("Minutes of Riverside Area Committee Meeting held on Thursday 5th March 2026.\n\n"
            "Present In the Chair: Councillor Ann Byrne, M.C.C.\n\nMembers Present: T. Hogan, M.C.C.\n\n"
            "ITEM 1 – Delegation\n\nChairman Ann Byrne welcomed the Millbrook residents' water scheme\n\n"
            "delegation of Owen Pryce, Rita Dunne & Sean Tully to\n\nthe meeting which had been requested.\n\n"
            "ITEM 2 – Arts\n\nThe Chairman welcomed the arts committee\n\nrepresentatives (D. Ott/E. Parr & F. Quinn) in "
            "what he called the last meeting.\n")
    assert _present(text)[2:] == ["Owen Pryce", "Rita Dunne", "Sean Tully", "D. Ott", "E. Parr", "F. Quinn"]


def test_people_the_minutes_say_attended_the_meeting_were_there_but_not_a_committee():
    text = ("ELMFIELD PARISH COUNCIL\n\nDraft minutes of the meeting held on Tuesday 3rd March at 7.30pm.\n\n"
            "Present: Cllr A Lee, Cllr B Ray.\n\nThe hall management committee and Tom Doyle attended the meeting to "
            "ask for the following:\n\n1 – Approval of the lease.\n")
    assert _present(text) == ["Cllr A Lee", "Cllr B Ray", "Tom Doyle"]
