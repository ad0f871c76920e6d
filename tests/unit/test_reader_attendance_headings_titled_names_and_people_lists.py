"""The reader's general rules for attendance, the header's date and the next meeting, each
tested on a few invented lines: attendance headings in a body's own words, lists and
tables of people in the layouts boards use, and dates written without their year."""

from datetime import date

from minutes import read_minutes
from minutes.attendance import attendance_label
from tests.rolls import apologies as _apologies, present as _present


def test_a_heading_naming_who_the_people_are_then_present_or_observing_heads_attendance():
    assert attendance_label("Trustees present")[0].kind == "present"
    assert attendance_label("Present voting:")[0].capacity == "member"
    assert attendance_label("Present non-voting:")[0].capacity == "in attendance"
    assert attendance_label("Governors observing:")[0].capacity == "in attendance"
    assert attendance_label("Council Employees Present: Mrs Ann Lee")[0].capacity == "officer"
    assert attendance_label("Members of the Public Present: Dr Raj Bose")[0].capacity == "in attendance"
    text = ("Trustees present\nOlwen Varga (Chair)\nTimur Bell\n\n"
            "Staff attending: Ros Pym, Finance Officer\n\n1. Welcome\nThe Chair thanked all present.\n")
    assert _present(text) == ["Olwen Varga", "Timur Bell", "Ros Pym"]


def test_prose_ending_in_present_and_a_quorum_line_head_nothing():
    assert attendance_label("The Chair thanked all present") is None
    assert attendance_label("Quorum present") is None
    assert attendance_label("All present agreed") is None


def test_informal_apology_headings_and_hosts_are_read():
    assert attendance_label("Could not make it: Cai Orme")[0].kind == "apologies"
    assert attendance_label("Can't attend: Cai Orme")[0].kind == "apologies"
    assert attendance_label("Host: Bea Loft")[0].role == "Chair"
    assert attendance_label("Co-opted (non-voting)")[0].kind == "present"
    assert attendance_label("Non-voting participants")[0].kind == "present"


def test_a_plural_title_gives_itself_to_each_surname_in_its_list():
    text = ("Members Present:\nCllrs Orton (Chair), Bream, Kilby and Wace\n"
            "Apologies:\nCllrs Dunstan and Pell\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Cllr Orton", "Chair"), ("Cllr Bream", None), ("Cllr Kilby", None), ("Cllr Wace", None)]
    assert [a.name for a in minutes.apologies] == ["Cllr Dunstan", "Cllr Pell"]


def test_a_one_word_square_bracket_after_a_name_is_the_handle_the_notes_use_for_that_person():
    text = ("March 3, 2026\n\n- Attendees:\n  - Vera Holm [vera] - Quillstone (chair)\n"
            "  - Abiodun Ike [abi] - independent\n- Regrets: Lars Moe [lars], Ada Crane [acrane]\n"
            "- Agenda\n  - [abi] to draft the release notes by 10 March 2026\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Vera Holm", "Abiodun Ike"]
    assert [a.name for a in minutes.apologies] == ["Lars Moe", "Ada Crane"]
    from minutes.people import read_person
    assert read_person("Abiodun Ike [abi]").initials == "abi"
    assert read_person("Jo Bell [Chair]").role == "Chair"


def test_a_roll_table_headed_by_the_bodys_word_for_its_members_says_each_ones_status():
    text = ("Governor\tCategory\tAttendance\n"
            "Rev. Ann Lyle\tFoundation (Chair)\tPresent\n"
            "Kit Marlow\tParent\tApologies - consent given\n"
            "Cllr Ed Vane  Local Authority\tAbsent\n"
            "Jo Pryce\tStaff\tPresent\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Rev. Ann Lyle", "Jo Pryce"]
    assert [a.name for a in minutes.apologies] == ["Kit Marlow"]
    assert [a.name for a in minutes.absent] == ["Cllr Ed Vane"]


def test_a_people_table_with_slash_joined_headings_wrapped_cells_and_grid_rules_is_read_whole():
    text = ("+------------+-------------------------+--------+\n"
            "Name\tTitle / Organisation\tInitials\n"
            "+============+=========================+========+\n"
            "Una Reid (Chair)\tLocality Director, Eastvale\tUR\n"
            "+------------+-------------------------+--------+\n"
            "Owen Tarr\tVale Voluntary Services (deputising for\tOT\n"
            "\tRuth Hale)\n"
            "+------------+-------------------------+--------+\n\n"
            "1. Welcome\nUR welcomed members.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [("Una Reid", None), ("Owen Tarr", "Ruth Hale")]


def test_a_meeting_date_without_its_year_takes_the_year_its_weekday_fits():
    text = ("ASHCOMBE PRIMARY SCHOOL\nFULL GOVERNING BODY - AUTUMN TERM 2025\n"
            "MINUTES of the meeting held on Tues 4 Nov at 6.00pm in the library\n\n1. Welcome\n")
    assert read_minutes(text).date == date(2025, 11, 4)
    # A year in the body ("the minutes of 9 December 2025"), one year on by the weekday.
    text = ("Minutes of the meeting held on Wednesday 14 January at 7pm\n\n"
            "1. Minutes\nThe minutes of 9 December 2025 were approved.\n")
    assert read_minutes(text).date == date(2026, 1, 14)
    # No weekday and more than one year to choose from: no date rather than a guess.
    text = "Minutes of the meeting held on 14 January\n\n1. Minutes\nOf 9 December 2025 and 3 March 2024.\n"
    assert read_minutes(text).date is None


def test_pandoc_superscript_ordinals_double_hyphen_dashes_and_heading_ids_are_plain_text():
    text = ("Minutes of meeting held on Thursday 5^th^ March 2026, 2.00pm -- 3.30pm\n\n"
            "1. Welcome {#welcome}\nHello.\n\nDate of next meeting: Thursday 2^nd^ April 2026, 2.00pm\n")
    minutes = read_minutes(text)
    assert (minutes.date, minutes.start_time.hour, minutes.end_time.minute) == (date(2026, 3, 5), 14, 30)
    assert minutes.agenda_items[0].title == "Welcome"
    assert minutes.next_meeting.date == date(2026, 4, 2)


def test_a_comma_list_of_names_with_initials_and_roles_gives_each_person():
    text = ("Present - Ada Quill (AQ) Chair, Rhys Tobin (RT) Vice-Chair, Nia Flett (NF) Treasurer,\n"
            "Omar Dale (OD), Pia Lund (PL)\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Ada Quill", "Chair"), ("Rhys Tobin", "Vice-Chair"), ("Nia Flett", "Treasurer"),
        ("Omar Dale", None), ("Pia Lund", None)]


def test_a_second_heading_after_a_full_stop_heads_its_own_people_and_a_remark_is_no_one():
    text = ("Staff: Lena Vos (CE), Ivo Marr (FD). Minute Taker: Ros Kell (RK).\n"
            "Apologies - Tom Pask (TP), Una Bree (UB). No apologies from Cllr J. Dunn.\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Lena Vos", "Ivo Marr", "Ros Kell"]
    assert [a.name for a in minutes.apologies] == ["Tom Pask", "Una Bree"]


def test_short_capitals_after_a_name_name_that_person_unless_two_people_share_them():
    text = ("Staff: Lena Vos (CE), Ivo Marr (FD)\nAlso present: Kay Rudd (DWP), Sam Orr (DWP)\n\n"
            "1. Finance\nACTION: FD to circulate the accounts.\n2. Jobs\nACTION: DWP to share the figures.\n")
    actions = read_minutes(text).actions
    assert [(a.what, a.who) for a in actions] == [
        ("Circulate the accounts", "Ivo Marr"), ("Share the figures", "DWP")]


def test_a_note_of_when_someone_was_there_written_after_a_comma_is_no_part_of_them():
    text = ("In attendance (not trustees)\nMia Frost, Chief Executive (MF)\n"
            "Leo Gant, Operations Manager (LG), for item 5 only\nAnn Rook, Finance Officer, items 3 and 4\n\n"
            "1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role, a.organisation) for a in minutes.present] == [
        ("Mia Frost", "Chief Executive", None), ("Leo Gant", "Operations Manager", None),
        ("Ann Rook", "Finance Officer", None)]


def test_an_entry_wrapped_inside_its_bracket_or_before_and_carries_on_onto_the_next_line():
    text = ("PRESENT: Councillor Ivy Lam (Chair); Councillors Rob Penn, Sam Oakes\n"
            "(substitute for Councillor Dee Fry) and Ali Wren.\n"
            "ALSO PRESENT: Assistant Chief Fire Officer Mark Dent; Area Manager Sue Obi.\n"
            "Apologies:\tDerek Cole; Councillor Col Bain (Councillor Rob\n"
            "              Penn substituting).\n\n"
            "31. APOLOGIES\n31.1 Apologies were received from Councillor Dee Fry and from Chief\n"
            "Fire Officer Lou Quinn.\n32. MINUTES\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == [
        "Councillor Ivy Lam", "Councillor Rob Penn", "Councillor Sam Oakes", "Councillor Ali Wren",
        "Assistant Chief Fire Officer Mark Dent", "Area Manager Sue Obi"]
    assert [a.name for a in minutes.apologies] == [
        "Derek Cole", "Councillor Col Bain", "Councillor Dee Fry", "Chief Fire Officer Lou Quinn"]


def test_people_who_sent_apologies_as_the_subject_of_a_sentence_are_apologies():
    text = ("Present: Cllr E. Hale (Chair), Cllr G. Rowe\n\n"
            "97/25 Apologies: Cllr A. Bell (work commitments) and Cllr R. Mead sent their apologies. RESOLVED.\n\n"
            "Roll call\n- [X] Vera Holm (@vholm)\n- [ ] Freya Lind (@flind)\n\n"
            "Freya sent regrets by email.\nThe Chair sent apologies on behalf of the Mayor.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.apologies] == ["Cllr A. Bell", "Cllr R. Mead", "Freya Lind"]
    assert minutes.absent == ()


def test_a_post_written_before_a_titled_name_is_the_persons_role():
    text = ("Present: Cllr E. Hale (Chair)\nCouncil Employees Present: Clerk/RFO Mrs Nia Hywel\n"
            "In attendance: Locum Clerk Mr Tony Marr\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Cllr E. Hale", "Chair"), ("Mrs Nia Hywel", "Clerk/RFO"), ("Mr Tony Marr", "Locum Clerk")]


def test_titled_names_each_in_a_paragraph_of_their_own_stay_one_list():
    text = ("Members present\n\nCouncillor Rosa Fane (Chair)\n\nCouncillor Sandy Lupp\n\n"
            "Councillor Kit O'Mara\n\nOfficers\n\nHugo Barr, Head of Environment\n\n"
            "45. Declarations of interest\n\nNone.\n")
    assert _present(text) == ["Councillor Rosa Fane", "Councillor Sandy Lupp", "Councillor Kit O'Mara", "Hugo Barr"]


def test_a_cell_stopping_on_for_runs_on_and_a_table_heading_after_a_gap_is_no_one():
    text = ("In attendance:\nLou Hark\tCompany Secretary (minutes)\tLH\n"
            "Ben Ash\tDeputy Chief Operating Officer, for\tBA\n"
            "                            Neil Cross, Chief Operating Officer\n\n"
            "Apologies:\nNeil Cross\tChief Operating Officer\n\n"
            "Details\tActions\n1.\tWelcome and introductions\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Lou Hark", "Ben Ash"]
    assert [a.name for a in minutes.apologies] == ["Neil Cross"]


def test_a_description_after_a_dash_may_be_in_any_words_and_a_saints_name_opens_a_body():
    text = ("Attendees:\n\nGina Platt - Bayside Council (chair)\n\nFarah Noor - Bayside Interfaith Network\n\n"
            "Olu Bayo - Bayside Council housing team\n\n1. Notes of last meeting\nAgreed.\n")
    assert _present(text) == ["Gina Platt", "Farah Noor", "Olu Bayo"]
    text = "Attendees:\nNik Dass, Bayside Council (chair)\nShona Bride, St Anne's Night Shelter\n\n1. Notes\n"
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Nik Dass", "Bayside Council"), ("Shona Bride", "St Anne's Night Shelter")]


def test_the_next_meeting_heading_finds_its_date_past_blank_lines_before_a_weaker_mention():
    text = ("Board\nWednesday, 8th October, 2025 5.00 pm\n\n20. Placements\n"
            "Dr Cole to report before the next meeting, and the case to come by 31 January 2026.\n\n"
            "21. Date of next meeting\n\n\n\nWednesday, 10th December, 2025 at 5.00 pm.\n")
    assert read_minutes(text).next_meeting.date == date(2025, 12, 10)


def test_a_name_organisation_initials_row_run_together_ends_with_the_initials_of_its_name():
    text = ("Attendance\nName Organisation Initials\n"
            "Prof. Ida Hart (Chair) University of Wyvale IH\nPia Kerr Environment Agency PK\n"
            "Sam Pole Wyvale County Council, Ecology SPo\n"
            "Apologies: Ruth Ash (Farmers Union)\n1. Welcome\nIH welcomed the Board.\n"
            "ACTION: SPo to publish the summary by 31 October 2025.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Prof. Ida Hart", "University of Wyvale"), ("Pia Kerr", "Environment Agency"),
        ("Sam Pole", "Wyvale County Council, Ecology")]
    assert minutes.actions[0].who == "Sam Pole"


def test_a_bulleted_list_of_people_ends_at_a_gap_before_a_paragraph():
    text = ("Apologies:\n\n- Kit Amber (KA) - Citizens Advice Ashby\n- Dr Lena Moor (LM) - Riverside Surgery\n\n"
            "Ashby Vale Social Prescribing Network\n\nDraft minutes.\n")
    assert _apologies(text) == ["Kit Amber", "Dr Lena Moor"]


def test_a_substitute_named_after_an_apology_was_there_in_that_persons_place():
    text = ("Attendees: Gemma Thorn (Borough Council, chair), Insp Ravi Dhil (Police)\n\n"
            "Could not make it: Chris Pall (Youth Service), Sgt Amy Roe (Police) – PC Josh Kean came instead\n\n"
            "1. Safety audit\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.apologies] == ["Chris Pall", "Sgt Amy Roe"]
    assert [(a.name, a.in_place_of) for a in minutes.present][-1] == ("PC Josh Kean", "Sgt Amy Roe")


def test_a_comma_list_of_name_dash_bracketed_body_entries_gives_each_person_their_body():
    text = "## Attendees\nAda Pole - (Amazon), Ben Wise - (Mozilla), Cy Rowe - (Fastly)\n\n## 1. Roll Call\n"
    assert [(a.name, a.organisation) for a in read_minutes(text).present] == [
        ("Ada Pole", "Amazon"), ("Ben Wise", "Mozilla"), ("Cy Rowe", "Fastly")]


def test_names_run_into_posts_or_into_the_next_titled_name_are_told_apart():
    text = ("In attendance: Chief Superintendent Pat Rowan; Tom Dowd County Manager; "
            "Bill Sweet Senior Executive Officer.\nApologies: Senator Dom Hart Cllr Joe Reid.\n\nElection of Chair\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Chief Superintendent Pat Rowan", None), ("Tom Dowd", "County Manager"),
        ("Bill Sweet", "Senior Executive Officer")]
    assert [a.name for a in minutes.apologies] == ["Senator Dom Hart", "Cllr Joe Reid"]


def test_a_plural_title_in_a_semicolon_list_carries_on_until_the_next_one():
    text = ("Attendance: Deputies Tom Byrne; Mary Wall; Cllrs Ann Doyle; Joe Reid (Community Representative).\n\n"
            "1. Minutes\n")
    assert _present(text) == ["Deputy Tom Byrne", "Deputy Mary Wall", "Cllr Ann Doyle", "Cllr Joe Reid"]


def test_a_heading_run_straight_into_a_titled_name_heads_attendance_but_a_sentence_does_not():
    text = ("Report of the Vale Joint Policing Committee Meeting held 10am on Friday 3rd July 2020\n"
            "In attendance Cllr. Emma Moore (Chair), Cllr. Ed Ryan, Chief Superintendent Pat Dunne\n"
            "Chair Cllr E. Moore opened the meeting at 10.02am and welcomed all present.\n1. Minutes\n")
    minutes = read_minutes(text)
    assert _present(text) == ["Cllr. Emma Moore", "Cllr. Ed Ryan", "Chief Superintendent Pat Dunne"]
    assert minutes.board == "Vale Joint Policing Committee"


def test_the_date_of_the_line_saying_when_the_meeting_was_held_wins_over_a_reports_own_date():
    text = ("Monday, September 14, 2020\nReport of the Vale Committee Meeting held 10am on Friday 3rd July 2020\n"
            "\n1. Minutes\nThe minutes of the meeting held on 31st January 2020 were noted.\n")
    assert read_minutes(text).date == date(2020, 7, 3)
    assert read_minutes("Minutes of the Committee held on 12thFebruary 2010\n\n1. Minutes\n").date == date(2010, 2, 12)


def test_a_substitute_said_in_a_sentence_was_there():
    text = ("Present: Councillor G Carr (in the Chair); Councillors Hale, Bird and Lawn.\n"
            "Councillor Wain attended as a substitute for Councillor Borg.\n\n1 APOLOGIES FOR ABSENCE\n")
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present][-1] == ("Councillor Wain", "Councillor Borg")


def test_titled_names_each_followed_by_their_post_are_read_one_a_line_or_run_together():
    lines = ("Mr Terry Moss CB Chair\nDr Pete Reed Chief Executive\nMr Jim Hay Interim Director of Finance\n"
             "Mrs Ann Kerr NHS South, Central & West\nMr Ian Reece Public Governor\n"
             "Mrs Sal Megg Personal Assistant (for the minutes)\n")
    expected = [("Mr Terry Moss", "Chair"), ("Dr Pete Reed", "Chief Executive"),
                ("Mr Jim Hay", "Interim Director of Finance"), ("Mrs Ann Kerr", None),
                ("Mr Ian Reece", "Public Governor"), ("Mrs Sal Megg", "Personal Assistant")]
    minutes = read_minutes("Minutes of the meeting held on Tuesday, 4 August 2020\nPresent:\n" + lines + "\n1. Stories\n")
    assert [(a.name, a.role) for a in minutes.present] == expected
    flat = "Present: " + " ".join(lines.split("\n")[:3]) + "\n\n1. Stories\n"
    assert [(a.name, a.role) for a in read_minutes(flat).present] == expected[:3]


def test_a_column_of_names_then_a_column_of_posts_pairs_them_and_a_post_alone_is_no_one():
    text = ("Members:\nAl Yeats\nJules Dane\nDr Lee Stone\nInterim Chair\nDirector of Finance\nMedical Director\n"
            "Secretariat:\nNeal Sid Corporate Governance Coordinator\nNon-Executive Director\n"
            "1. Welcome\n2. Apologies for Absence\n2.1. Al Yeats noted apologies from Judy Smith, Non-Executive Director.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Al Yeats", "Interim Chair"), ("Jules Dane", "Director of Finance"), ("Dr Lee Stone", "Medical Director"),
        ("Neal Sid", "Corporate Governance Coordinator")]
    assert [(a.name) for a in minutes.apologies] == ["Judy Smith"]


def test_a_handle_written_after_a_name_without_brackets_is_that_persons_and_directors_absent_are_absent():
    text = ("## Present\n\n* Anna Henn @annah (TSC)\n* Colin Ivy @civy (TSC)\n\n## Agenda\n\n"
            "Directors Absent:\n\n  Justin Mole\n\n### Action items\n\n* @civy to open an issue by 20 March 2021.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [("Anna Henn", "TSC"), ("Colin Ivy", "TSC")]
    assert [a.name for a in minutes.absent] == ["Justin Mole"]
    assert minutes.actions[0].who == "Colin Ivy"


def test_a_name_may_open_with_a_capital_of_any_alphabet():
    text = "Attendance: Cllrs Úna Mulvey; Éamon Ó Briain; Łukasz Nowicki (Community Representative).\n\n1. Minutes\n"
    assert _present(text) == ["Cllr Úna Mulvey", "Cllr Éamon Ó Briain", "Cllr Łukasz Nowicki"]


def test_a_paragraph_number_before_an_action_marker_leaves_the_marker_opening_the_line():
    from minutes.normalise import normalise
    assert normalise("3.2 ACTION: Mr Hale to bring the plan.") == ["ACTION: Mr Hale to bring the plan."]
    assert normalise("3. ACTION LOG") == ["3. ACTION LOG"]
    text = "Present: Mr Owen Hale Director of Finance\n\n3. Report\n3.2 ACTION: Mr Hale to bring the capital plan.\n"
    assert [(a.what, a.who, a.item) for a in read_minutes(text).actions] == [
        ("Bring the capital plan", "Mr Owen Hale", "3")]


def test_headings_that_say_how_people_joined_or_who_kept_the_minutes_head_attendance():
    assert attendance_label("Present in the room:")[0].kind == "present"
    assert attendance_label("Attending virtually:")[0].kind == "present"
    assert attendance_label("Secretary: Jo Bell")[0].role == "Secretary"
    assert attendance_label("Clerk to the Committee: Jo Bell")[0].role == "Clerk"
    assert attendance_label("Did not attend:")[0].kind == "absent"
    assert attendance_label("Members of the Board present:")[0].capacity == "member"
    assert attendance_label("Secretary to report back.") is None
    assert attendance_label("Clerk to write to the council.") is None


def test_inline_lists_parted_only_by_titles_brackets_or_dashes_and_initials_after_a_title():
    def people(line):
        return [(a.name, a.role, a.organisation) for a in read_minutes(line + "\n\n1. Welcome\n").present]
    assert people("Present: Cllr Jane Sharp (Chair) Cllr John Bray Cllr Amy Lock") == [
        ("Cllr Jane Sharp", "Chair", None), ("Cllr John Bray", None, None), ("Cllr Amy Lock", None, None)]
    assert people("Present: Jane Sharp (Chair) John Bray (Secretary) Amy Lock (Treasurer)") == [
        ("Jane Sharp", "Chair", None), ("John Bray", "Secretary", None), ("Amy Lock", "Treasurer", None)]
    assert people("Present: Mrs J Sharp (in the Chair), Mr J Bray, Ms A Lock") == [
        ("Mrs J Sharp", "Chair", None), ("Mr J Bray", None, None), ("Ms A Lock", None, None)]
    assert people("Present: Jane Sharp — Anytown Council, John Bray — Anytown CVS") == [
        ("Jane Sharp", None, "Anytown Council"), ("John Bray", None, "Anytown CVS")]
    assert people("Present: Jane Sharp JS, John Bray JB") == [("Jane Sharp", None, None), ("John Bray", None, None)]
    assert people("Staff - Lorna Pike (LP) Estate Manager, Gavin Shaw (GS) Caretaking Supervisor") == [
        ("Lorna Pike", "Estate Manager", None), ("Gavin Shaw", None, "Caretaking Supervisor")]


def test_apologies_said_in_a_sentence_anywhere_in_a_paragraph_are_read():
    base = "Present: Jo Bell (Chair), Ann Lee\n\n1. Welcome and apologies\n"
    assert _apologies(base + "The Chair welcomed everyone. Apologies were noted from Sam Cole and Kim Park.\n") == [
        "Sam Cole", "Kim Park"]
    assert _apologies(base + "There were apologies from Sam Cole (Anytown Council) and Kim Park.\n") == [
        "Sam Cole", "Kim Park"]
    assert _apologies(base + "The Chair said that apologies from the council were noted.\n") == []


def test_a_year_first_date_may_use_slashes():
    from minutes.when import find_date
    assert find_date("# Forum meeting notes — 2026/03/03").value == date(2026, 3, 3)
    assert find_date("released 2024.10.1") is None


def test_a_status_column_may_say_p_or_virtually():
    text = ("Anytown Board\n3 March 2026\n\nName\tOrganisation\tPresent/Apologies\nJo Bell\tAnytown Council\tPresent\n"
            "Ann Lee\tAnytown NHS\tApologies\nTom Hill\tPolice\tP\nKim Park\tFire\tVirtually\n\n1. Minutes\nAgreed.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Jo Bell", "Tom Hill", "Kim Park"]
    assert [a.name for a in minutes.apologies] == ["Ann Lee"]


def test_initials_written_before_the_name_define_that_persons_short_name():
    for block in ("JS - Jane Sharp (Chair)\nTH - Tom Hale", "(JS) Jane Sharp\n(TH) Tom Hale"):
        minutes = read_minutes("Anytown Board\n3 March 2026\n\nPresent:\n" + block +
                               "\n\n1. Update\nACTION: TH to write to the council.\n")
        assert [a.name for a in minutes.present] == ["Jane Sharp", "Tom Hale"]
        assert minutes.actions[0].who == "Tom Hale"


def test_a_councillors_heading_gives_its_title_to_each_surname_under_it():
    for block in ("Councillors present: Smart (Chair), Jonas, Brand", "Present:\nCouncillors\nSmart (Chair)\nJonas\nBrand",
                  "Present: Councillors Smart (Chair), Jonas, Brand; Officers: Lee"):
        assert _present("Anytown Council\n3 March 2026\n\n" + block + "\n\n1. Minutes\nAgreed.\n")[:3] == [
            "Councillor Smart", "Councillor Jonas", "Councillor Brand"], block


def test_people_set_side_by_side_in_columns_are_each_read_but_a_name_beside_its_body_is_one():
    text = ("Anytown Board\n3 March 2026\n\nPresent:\nJo Bell (Chair)\tAnn Lee (Anytown CVS)\n"
            "Cllr Tom Hill\tCllr Kim Park\n\nApologies:\nSam Cole\tHealthwatch Anytown\n\n1. Minutes\nAgreed.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Jo Bell", "Ann Lee", "Cllr Tom Hill", "Cllr Kim Park"]
    assert [(a.name, a.organisation) for a in minutes.apologies] == [("Sam Cole", "Healthwatch Anytown")]


def test_a_registers_surname_first_then_given_names():
    assert _present("Anytown Board\n3 March 2026\n\nPresent: SMITH, Jane (Chair); BROWN, John; LEE, Amy\n\n1. Minutes\n") == [
        "Jane SMITH", "John BROWN", "Amy LEE"]
    # Three single words are three people named by one word each, never paired as surname and given name.
    assert _present("Anytown Board\n3 March 2026\n\nPresent: Smith, Jones, Brown\n\n1. Minutes\n") == [
        "Smith", "Jones", "Brown"]


def test_a_date_field_or_held_on_line_just_after_the_attendance_dates_the_meeting():
    assert read_minutes("# Team notes\n\nAttendees: Jo Bell, Ann Lee\n\nDate: 2026-03-03\n\n## Notes\nStuff.\n").date == date(
        2026, 3, 3)
    earlier = "Anytown Forum\nPresent: Jo Bell, Ann Lee\n\n1. Minutes\nThe minutes of the meeting held on 3 February 2026.\n"
    assert read_minutes(earlier).date is None


def test_welsh_and_bilingual_attendance_headings():
    text = ("Present / Yn Bresennol: Cllr A Jones (Chair), Cllr D Rhys\nApologies / Ymddiheuriadau: Cllr B Evans\n"
            "Hefyd yn bresennol: Mrs C Lloyd (Clerk)\n\n1. Cofnodion / Minutes\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Cllr A Jones", "Cllr D Rhys", "Mrs C Lloyd"]
    assert [a.name for a in minutes.apologies] == ["Cllr B Evans"]
    assert attendance_label("Present / I Láthair: Cllr Seán Ó Dálaigh")[0].kind == "present"
    assert attendance_label("Leithscéalta: Cllr Máire Ní Bhriain")[0].kind == "apologies"


def test_a_status_column_headed_as_a_question_still_says_who_was_there():
    text = ("Anytown Board\n3 March 2026\n\nMember\tOrganisation\tPresent?\nJo Bell\tAnytown Council\tYes\n"
            "Ann Lee\tAnytown NHS\tApologies\nTom Hill\tPolice\tNo\n\n1. Minutes\nAgreed.\n")
    minutes = read_minutes(text)
    assert ([a.name for a in minutes.present], [a.name for a in minutes.apologies], [a.name for a in minutes.absent]) == (
        ["Jo Bell"], ["Ann Lee"], ["Tom Hill"])


def test_lowercase_particles_inside_names():
    text = "Present: Pieter van der Berg, Ana dos Santos, Rhys ap Gwilym (Chair)\n\n1. Minutes\n"
    assert _present(text) == ["Pieter van der Berg", "Ana dos Santos", "Rhys ap Gwilym"]


def test_an_unnumbered_heading_right_under_the_attendance_is_no_one():
    for heading in ("Chair's Opening Remarks", "Youth Council Update", "Planning Applications", "Parish Clerk Report"):
        text = f"Anytown Council\n3 March 2026\nPresent:\nCllr Jo Bell (Chair)\nCllr Ann Lee\n{heading}\nThe text.\n"
        assert _present(text) == ["Cllr Jo Bell", "Cllr Ann Lee"], heading


def test_a_short_description_after_a_comma_may_be_in_any_words_but_a_sentence_ends_the_list():
    text = ("Anytown Forum\n3 March 2026\n\nAttendees:\nAnn Lee, Anytown CVS\nJane Smith, independent consultant\n"
            "Tom Hill, chair of trustees\nRaj Nair, who chairs the group, welcomed everyone.\n1. Minutes\n")
    assert _present(text) == ["Ann Lee", "Jane Smith", "Tom Hill"]


def test_a_heading_of_several_words_run_into_the_tables_column_headings_is_the_heading_alone():
    assert attendance_label("Members present Organisation") == (attendance_label("Members present:")[0], "")
    assert attendance_label("Present Role") == (attendance_label("Present:")[0], "")


def test_long_runs_of_capitalised_words_or_repeated_separators_read_quickly():
    # Cost bounds, not timings: each of these once took seconds (a cubic search, a backtracking note pattern).
    from minutes.people import names_then_organisations, without_attendance_note
    assert names_then_organisations(" ".join(["Abc"] * 400), set()) is None
    assert without_attendance_note("Jo Bell, items 3" + "and" * 40 + "!x").startswith("Jo Bell")


def test_a_thousand_titled_names_run_together_never_raise():
    from minutes.people import split_people
    assert len(split_people("Mr Jo Bell " * 1000)) == 1000


def test_a_bracketed_time_someone_came_or_went_is_no_part_of_them():
    from minutes.people import read_person
    assert read_person("Jo Bell (left at 8.15pm)").organisation is None
    assert read_person("Tom Hill (Chair) (joined at 10:20)").role == "Chair"


def test_the_bodys_officers_named_by_their_post_before_a_colon_were_there():
    text = ("Anytown Forum\n3 March 2026\nChair: Jo Bell\nVice-Chair: Cllr Ann Lee\nCo-Chairs: Tom Hill and Kim Park\n"
            "Treasurer: Sam Cole\n\n1. Minutes\nTreasurer: reported a balance of £40.\n")
    assert [(a.name, a.role) for a in read_minutes(text).present] == [
        ("Jo Bell", "Chair"), ("Cllr Ann Lee", "Vice-Chair"), ("Tom Hill", "Chair"), ("Kim Park", "Chair"),
        ("Sam Cole", "Treasurer")]


def test_apologies_misspelt_as_minutes_sometimes_spell_them():
    text = "Minutes of parish council meeting held on October 30th 2023\n\n1.       Apologises were received from Dr Ann Pell\n"
    assert _apologies(text) == ["Dr Ann Pell"]


def test_a_list_led_by_the_member_in_the_chair_is_the_attendance_without_a_heading():
    text = ("Licensing Committee\nMonday 16 January 2026 at 6.00pm\n\n"
            "Councillor G Carr (in the Chair); Councillors Hale, Bird, Lawn, Stone and Walker.\n\n1 MINUTES\n"
            "Councillor G Carr (Chair), asked the officers about the budget and the timetable for it.\n")
    assert _present(text) == ["Councillor G Carr", "Councillor Hale", "Councillor Bird", "Councillor Lawn",
                              "Councillor Stone", "Councillor Walker"]
