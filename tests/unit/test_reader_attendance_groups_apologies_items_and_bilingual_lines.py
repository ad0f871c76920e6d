"""Attendance set out in groups, apologies items and bilingual lines: titled names with their posts, groups of
people named before colons or under headings without them, apologies items under a minute reference, Welsh and
English lines read on their English side, roll tables with an item or a list in each cell, and the next meeting
said in a sentence. Each rule is tested on a few invented lines written in layouts real bodies use."""

from minutes import read_minutes
from minutes.people import read_person


def _people(text):
    minutes = read_minutes(text)
    return [(a.name, a.role) for a in minutes.present]


def test_a_titled_name_with_initials_runs_to_the_surname_before_its_post():
    assert read_person("Mr D L Hewitt Deputy Town Clerk").name == "Mr D L Hewitt"
    assert read_person("Mr D L Hewitt Deputy Town Clerk").role == "Deputy Town Clerk"
    assert read_person("Cllr J. Okafor Treasurer").name == "Cllr J. Okafor"
    assert read_person("Ms Rhian Tudor Finance Officer").name == "Ms Rhian Tudor"


def test_officers_in_one_paragraph_each_opening_with_a_title_are_each_someone():
    text = ("Minutes of the Town Council held on 3 March 2025\n\n"
            "Present: Cllr P Arkwright (Chair), Cllr S Fenby\n"
            "In attendance: Mrs B Cotter, Town Clerk/RFO, Mr D L Hewitt Deputy Town Clerk, "
            "and Mr K Oduya Admin Assistant.\n\n1. Welcome\nThe Chair opened the meeting.\n")
    assert _people(text) == [("Cllr P Arkwright", "Chair"), ("Cllr S Fenby", None),
                             ("Mrs B Cotter", "Town Clerk/RFO"), ("Mr D L Hewitt", "Deputy Town Clerk"),
                             ("Mr K Oduya", "Admin Assistant")]


def _apologies(text):
    return [(a.name, a.organisation) for a in read_minutes(text).apologies]


def test_an_apologies_item_under_a_minute_reference_or_to_receive_reads_its_names_before_a_remark():
    text = ("Minutes of the Parish Council held on 4 June 2025\n\nPresent: Cllr A Rowe (Chair), Cllr B Pike\n\n"
            "PC/041/25   1.   APOLOGIES FOR ABSENCE.\n\n"
            "Cllr E Gale (Wyre Council), Cllr C Dunn and Cllr D Frost (holiday). The meeting accepted the reasons given.\n\n"
            "2. Declarations of interest\nNone.\n")
    assert _apologies(text) == [("Cllr E Gale", "Wyre Council"), ("Cllr C Dunn", None), ("Cllr D Frost", None)]
    text = ("Present: Cllr A Rowe (Chair)\n\n12. To receive apologies for absence\n"
            "Cllr F Hume (work commitment)\n\n13. Minutes\nApproved.\n")
    assert _apologies(text) == [("Cllr F Hume", None)]


def test_an_apologies_title_is_not_a_sentence_about_apologies():
    text = "Present: Cllr A Rowe (Chair)\n\n1. No apologies\nCllr B Pike arrived late.\n"
    assert _apologies(text) == []


def test_name_and_body_rows_run_into_one_paragraph_are_told_apart_at_each_title():
    text = ("Police and Crime Panel\nThursday 6 February 2025\n\n"
            "Present: Cllr M Alder, East Vale District Council Cllr Mrs A Brent, Hill Borough Council "
            "(Chairman) Cllr T Coombe, Fenland Council Dr P Wray, Independent Member\n\n"
            "1. Welcome\nThe Chairman welcomed members.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation, a.role) for a in minutes.present] == [
        ("Cllr M Alder", "East Vale District Council", None),
        ("Cllr Mrs A Brent", "Hill Borough Council", "Chairman"),
        ("Cllr T Coombe", "Fenland Council", None),
        ("Dr P Wray", None, "Independent Member"),
    ]


def test_a_given_name_alone_in_a_bulleted_list_of_people_is_that_person():
    text = ("# Tooling WG meeting, 3 March 2025\n\n## Attendees\n\n- Mira\n- Tobias Lenk\n- Sven\n- Ruth Obi\n\n"
            "## Notes\n\n- Release planning moved to April.\n")
    assert [name for name, _ in _people(text)] == ["Mira", "Tobias Lenk", "Sven", "Ruth Obi"]


def test_a_body_named_with_a_colon_between_lists_of_people_groups_the_names_under_it():
    text = ("Joint Policing Committee\nMinutes of meeting held on 7 April 2025\n\n"
            "Members Present:\nCllr Aine Dolan (Cathaoirleach)\nDeputy Rory Byrne TD\n\n"
            "An Garda Siochana:\nChief Superintendent Lar Quinn\nInspector Maeve Tully\n\n"
            "Officials:\nMr Cian Ward, Director of Services\n\n1. Minutes\nAdopted.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation, a.role) for a in minutes.present] == [
        ("Cllr Aine Dolan", None, "Cathaoirleach"), ("Deputy Rory Byrne", None, None),
        ("Chief Superintendent Lar Quinn", "An Garda Siochana", None), ("Inspector Maeve Tully", "An Garda Siochana", None),
        ("Mr Cian Ward", None, "Director of Services"),
    ]


def test_a_civic_post_in_a_bracket_is_the_members_role():
    text = "Present: Councillors R Hale (Mayor), S Khan (Deputy Mayor) and T Ames\n\n1. Apologies\nNone.\n"
    assert _people(text) == [("Councillor R Hale", "Mayor"), ("Councillor S Khan", "Deputy Mayor"),
                             ("Councillor T Ames", None)]


def test_a_nickname_then_the_name_in_a_bracket_is_that_person_over_indented_lines():
    text = ("Meeting: Data Formats Working Group\nDate: 9 May 2025\n\n"
            "Present: juno (Juno Marsh),\n  tkb (Tomas Berg),\n  Ola (Ola Nilsen)\nRegrets: Ines Roy\n\n"
            "Topic: Schedule\njuno: we ship in June\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Juno Marsh", "Tomas Berg", "Ola Nilsen"]
    assert read_person("tkb (Tomas Berg)").initials == "tkb"


def test_the_formal_day_of_the_month_dates_the_meeting_and_a_district_is_the_board():
    text = ("Minutes of the monthly meeting of Kilbrack Municipal District held on Tuesday the 10th day of "
            "June 2025 at 10.00 a.m. in the Civic Offices\n\nPresent: Cllr Nora Shields (Cathaoirleach)\n")
    minutes = read_minutes(text)
    assert (minutes.board, minutes.date.isoformat()) == ("Kilbrack Municipal District", "2025-06-10")
    assert read_minutes("Minutes of the Annual Meeting of the Vale Fire Authority held on 2 May 2025\n").board \
        == "Vale Fire Authority"


def test_a_post_written_before_its_holder_after_a_dash_or_in_a_bracket_is_their_role():
    text = ("Minutes of Tidewell Town Council held on 2 April 2025\n\n"
            "Present: Chair – Cllr Ann Sole; Vice-Chair – Cllr Bob Rudd; Cllrs Carl Penn, Dee Hart\n"
            "In attendance: Clerk (Mrs Jo Vine)\n\n1. Apologies\n"
            "Apologies were received and accepted from Cllrs. E. Fox and F. Hill.\n")
    assert _people(text) == [("Cllr Ann Sole", "Chair"), ("Cllr Bob Rudd", "Vice-Chair"), ("Cllr Carl Penn", None),
                             ("Cllr Dee Hart", None), ("Mrs Jo Vine", "Clerk")]
    assert [name for name, _ in _apologies(text)] == ["Cllr E. Fox", "Cllr F. Hill"]
    assert read_person("Jane Smith - Chair").role == "Chair"


def test_groups_of_people_aligned_after_their_colons_are_lists_not_table_rows():
    text = ("Minutes of the Joint Policing Committee held on Monday 2 March 2026\n\nPRESENT:\n\n"
            "Cathaoirleach:               Cllr. Una Roche\n\n"
            "Community Representatives:   Ms. Ide Lane (PPN), Mr. Tadhg Ryan (PPN),\n"
            "                             Mr. Colm Daly (Traders)\n\n"
            "An Garda Síochána:           Chief Superintendent Ann Fox,\n"
            "                             Inspector Sean Ward\n\n"
            "APOLOGIES:                   Cllr. Eva Kerr\n\n1. Minutes\nAdopted.\n\n"
            "______________              ______________\nCATHAOIRLEACH                MEETINGS ADMINISTRATOR\n")
    assert [name for name, _ in _people(text)] == [
        "Cllr. Una Roche", "Ms. Ide Lane", "Mr. Tadhg Ryan", "Mr. Colm Daly", "Chief Superintendent Ann Fox",
        "Inspector Sean Ward"]
    assert [name for name, _ in _apologies(text)] == ["Cllr. Eva Kerr"]


def test_bilingual_welsh_and_english_lines_are_read_on_their_english_side():
    text = ("CYNGOR CYMUNED ABERGLAS / ABERGLAS COMMUNITY COUNCIL\n"
            "Nos Fawrth 3 Mawrth 2026 / Tuesday 3 March 2026\n\n"
            "Yn bresennol / Present:\n\nY Cynghorydd / Councillor Mererid Hughes (Cadeirydd / Chair)\n\n"
            "Cynghorwyr / Councillors: Owain Lloyd, Sian Parry\n\n"
            "Hefyd yn bresennol / Also present:\n\nGwyn Davies - Clerc / Clerk\n\n"
            "12/25 Ymddiheuriadau / Apologies\nCllr Elin Roberts (work).\n\n13/25 Cofnodion / Minutes\nAgreed.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Councillor Mererid Hughes", "Chair"), ("Councillor Owain Lloyd", None), ("Councillor Sian Parry", None),
        ("Gwyn Davies", "Clerk")]
    assert [a.name for a in minutes.apologies] == ["Cllr Elin Roberts"]
    assert minutes.date.isoformat() == "2026-03-03"


def test_group_headings_without_colons_over_their_people_keep_the_attendance_going():
    text = ("Safeguarding Adults Board\nHeld on Thursday 6 November 2025\n\nAttendance\n\n"
            "Independent Chair\n\n- Mara Cole\n\nBrookfield Council\n\n"
            "- Adam Scott – Director of Adult Social Care\n- Fran Ince – Head of Safeguarding and Quality Assurance\n\n"
            "Police\n\n- Det Supt Carl Hale – Head of Public Protection\n\n"
            "Apologies received and accepted: Jan Ford (Probation); Dr Kit York (Hospitals)\n\n"
            "1. Introductions\n\nThe Chair welcomed everyone.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation, a.role) for a in minutes.present] == [
        ("Mara Cole", None, "Independent Chair"),
        ("Adam Scott", "Brookfield Council", "Director of Adult Social Care"),
        ("Fran Ince", "Brookfield Council", "Head of Safeguarding and Quality Assurance"),
        ("Det Supt Carl Hale", "Police", "Head of Public Protection")]
    assert [a.name for a in minutes.apologies] == ["Jan Ford", "Dr Kit York"]


def test_a_short_line_in_a_paragraph_of_its_own_is_no_group_heading_when_no_one_follows():
    text = ("Present: Ann Lee, Bob Cole\n\nFinance\n\nThe budget was noted.\n")
    assert [name for name, _ in _people(text)] == ["Ann Lee", "Bob Cole"]


def test_an_absent_member_who_sent_regrets_gave_apologies():
    text = ("# Board meeting 2025-11-04\n\n**Directors present:** Kai Lund (President), Ola Berg\n"
            "**Directors absent:** Tove Ek (sent regrets), Per Ahl\n\n## Attendance\n\n"
            "* [x] Eva Moe - Acme\n* [ ] Ivo Dahl - Globex (regrets)\n* [ ] Ulf Rask - Initech\n\n## Notes\n\nNone.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.apologies] == ["Tove Ek", "Ivo Dahl"]
    assert [a.name for a in minutes.absent] == ["Per Ahl", "Ulf Rask"]


def test_a_table_with_an_item_column_is_an_action_log_not_a_roll_call():
    text = ("Present: @bea (Bea Lind), @hfrost (Hal Frost, Packaging WG chair), for the first topic\n\n"
            "Status\tItem\tWho\tFrom\n✅\tReply to the grant query\t@cwhit\t2025-11-18\n\n## Topics\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [("Bea Lind", None),
                                                                   ("Hal Frost", "Packaging WG chair")]


def test_a_roll_whose_status_ran_into_each_name_is_read_by_its_last_word():
    text = ("Finance Committee - Minutes\nDate: Monday 16 March 2026\nMembers Attendance\n"
            "Cllr Dee Fair (Chair) Present\nCllr Pia Lal Present\nCllr Gus Noakes Apologies\n"
            "Cllr Rus Hext Absent\nFR/61 Apologies and declarations\nNone.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Cllr Dee Fair", "Cllr Pia Lal"]
    assert [a.name for a in minutes.apologies] == ["Cllr Gus Noakes"]
    assert [a.name for a in minutes.absent] == ["Cllr Rus Hext"]


def test_a_way_of_attending_may_name_the_room_in_a_long_bracket():
    text = ("PRESENT IN PERSON (Boardroom, Moorside Centre, Rochdale Road, Oldbury):\n"
            "  Dr Cat Fyfe\tMedical Director (Chair)\n\nPRESENT VIA TEAMS:\n  Ms Kerry Wragg\tHead of Commissioning\n\n"
            "A. Welcome\n")
    assert [name for name, _ in _people(text)] == ["Dr Cat Fyfe", "Ms Kerry Wragg"]


def test_groups_of_people_named_before_colons_at_the_top_are_the_attendance():
    text = ("Stop and Search Scrutiny Panel\n\nMinutes - Thursday 11 December 2025, 6.00pm\n\n"
            "Place: Abbey Room, Council Offices, Station Road\n\n"
            "Panel: Yves Ash (Chair); Mark Bell (Vice-Chair); Ada Oke; Bea Shaw (youth member)\n\n"
            "Northvale Police: Chief Inspector Dom Ferr (lead); Sergeant Amy Kow\n\n"
            "Apologies: Ted Mbe\n\n1. Welcome\n\nThe Chair welcomed members.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Yves Ash", "Mark Bell", "Ada Oke", "Bea Shaw",
                                                 "Chief Inspector Dom Ferr", "Sergeant Amy Kow"]
    assert [a.name for a in minutes.apologies] == ["Ted Mbe"]


def test_the_next_meeting_said_in_a_sentence_beats_a_passing_mention_in_an_action_log():
    text = ("Minutes of the Panel held on 20 January 2026\n\nPresent: Ann Lee (Chair), Bob Cole\n\n"
            "9. None. The next meeting will take place on 17 March 2026.\n\nActions\n"
            "A/06/02\tProvide a note on resilience\tBob Cole\tBefore next meeting\n"
            "A/06/03\tCirculate the slides\tAnn Lee\t2 February 2026\n")
    assert read_minutes(text).next_meeting.date.isoformat() == "2026-03-17"


def test_next_meeting_headings_after_a_minute_reference_or_with_the_bodys_initials():
    text = ("Minutes of the Planning Committee held on 2 February 2026\n\nPresent: Cllr Ann Lee\n\n"
            "P.108 Consultations\nCllrs to reply by 6 March 2026 ahead of the next meeting.\n\n"
            "P.109 DATE OF NEXT MEETING\n\nMonday 2 March 2026 at 6.00pm.\n")
    assert read_minutes(text).next_meeting.date.isoformat() == "2026-03-02"
    text = "JAG notes, 21 October 2025\n\nPresent: Ann Lee\n\nNext JAG: Tuesday 18 November 2025, 10am, Police Station.\n"
    assert read_minutes(text).next_meeting.date.isoformat() == "2025-11-18"


def test_a_table_headed_attendee_organisation_role_and_an_item_note_after_a_space():
    text = ("Network Board - Minutes\nFriday 24 October 2025\nAttendee Organisation Role\n"
            "Dr Hal Crane (HC) ODN Clinical Lead (Chair)\nLorna Pyle (LP) ODN Network Manager\n"
            "Apologies: Dr Stu Kerr (General Hospital)\n1. Welcome\n")
    assert [name for name, _ in _people(text)] == ["Dr Hal Crane", "Lorna Pyle"]
    person = read_person("Inspector Lee Carr (Fernshire Constabulary) for item FC/25/094")
    assert (person.name, person.organisation) == ("Inspector Lee Carr", "Fernshire Constabulary")


def test_apologies_received_from_at_the_end_of_a_line_name_the_people_on_the_next():
    text = ("Trust Board\nHeld on 8 January 2026\n\nPRESENT:\nMr Al Whit    Chair\n\n"
            "TB26/001  WELCOME AND APOLOGIES\n"
            "          The Chair welcomed everyone. Apologies were received from\n"
            "          Mr Dan Farr (Non-Executive Director) and Mrs Hil Dunn\n"
            "          (Associate Non-Executive Director).\n\nTB26/002  DECLARATIONS\n")
    assert [a.name for a in read_minutes(text).apologies] == ["Mr Dan Farr", "Mrs Hil Dunn"]


def test_a_person_with_a_note_of_the_item_they_came_for_is_still_a_new_entry_in_a_comma_list():
    text = ("**Officials attending:** Kay Stubb (Head of Open Data), Matt Yeo (Panel\n"
            "Secretary), Jo Pike (Digital Service) for item 3\n\n## 1. Welcome\n")
    assert [name for name, _ in _people(text)] == ["Kay Stubb", "Matt Yeo", "Jo Pike"]


def test_a_table_of_attendance_columns_may_hold_a_list_of_people_in_each_cell():
    text = ("Attendance\n\nElected Members\tSectoral Representatives\tOfficials\n"
            "Cllr. Ann Dwyer (Chair); Cllr. Pat Lark\tMs. Cara Moy (Environmental Pillar)\t"
            "Mr. Eoin Cass, Director of Services; Ms. Lisa Crowe, Staff Officer\n\n1. Minutes\nAdopted.\n")
    assert [name for name, _ in _people(text)] == [
        "Cllr. Ann Dwyer", "Cllr. Pat Lark", "Ms. Cara Moy", "Mr. Eoin Cass", "Ms. Lisa Crowe"]


def test_two_attendance_columns_run_together_are_read_column_by_column():
    text = ("Primary Care Committee\nMinutes: 29 January 2026, 14:00-15:50\n"
            "Voting members present Non-voting / in attendance\n"
            "Trev Amble - Lay Member, Chair Dr Zara Faro - LMC Secretary\n"
            "Miri Holt - Director of Primary Care Lee Bair - Healthwatch\n"
            "Apologies: Dr Ed Marsh (Medical Director)\n1. Opening matters\n")
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Trev Amble", "member"), ("Miri Holt", "member"), ("Dr Zara Faro", "in attendance"),
        ("Lee Bair", "in attendance")]


def test_a_titled_name_broken_over_two_lines_of_a_semicolon_list_is_one_person():
    text = ("Present: Ann Lee (Chair)\n"
            "Apologies: Dr Ed Marsh (Medical Director); Cllr Ann\nTillot (Health and Wellbeing Board).\n\n1. Opening\n")
    assert [a.name for a in read_minutes(text).apologies] == ["Dr Ed Marsh", "Cllr Ann Tillot"]


def test_a_compound_title_and_commas_inside_a_dash_description_make_one_person():
    text = ("Partnership Executive\nHeld on 3 March 2026\n\nPresent:\n"
            "Det Ch Insp Rob Sand - Harrow Police (RS)\nDr Jem Tall - Designated Doctor, Safeguarding Children (JT)\n\n"
            "1. Welcome\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Det Ch Insp Rob Sand", "Dr Jem Tall"]


def test_a_name_broken_over_lines_under_a_plural_title_is_one_person():
    text = ("Councillors present: Cllrs. Bea Conn, Maura Fitz, Dónal\nHick, Yvonne Tracy.\n\n1. Votes of sympathy\n")
    assert [name for name, _ in _people(text)] == ["Cllr Bea Conn", "Cllr Maura Fitz", "Cllr Dónal Hick",
                                                   "Cllr Yvonne Tracy"]


def test_the_member_who_presided_said_in_a_sentence_was_there_in_the_chair():
    text = ("MINUTES OF THE MONTHLY MEETING OF DUNMORE MUNICIPAL DISTRICT HELD ON TUESDAY 10th FEBRUARY 2026\n\n"
            "Cathaoirleach Cllr. Bríd Nagel presided.\n\nMembers Present: Cllrs. Noel Glee and Sandra Lyon.\n\n"
            "1. Minutes\nThe Chair presided over a short discussion.\n")
    assert _people(text) == [("Cllr. Bríd Nagel", "Chair"), ("Cllr Noel Glee", None), ("Cllr Sandra Lyon", None)]


def test_notes_of_when_someone_came_or_went_and_counted_parishioners_are_no_one():
    text = ("Present: Cllr A Hale (Chairman)\n"
            "Also present: Mrs P Tebb (Clerk), PCSO Jade Barl (Fernshire Police) until 7.40pm and 2 residents.\n"
            "In attendance: Ward Cllr P. Jenn (Vale Council) and three parishioners.\n"
            "Not able to make it: @pstrand (Per Strand, enhancements)\n\n1. Minutes\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Cllr A Hale", "Mrs P Tebb", "PCSO Jade Barl", "Ward Cllr P. Jenn"]
    assert [a.name for a in minutes.apologies] == ["Per Strand"]


def test_a_member_named_in_the_apologies_item_without_an_apology_was_absent():
    text = ("Present: Cllr A Hale (Chairman)\n\n1. Apologies for absence\n"
            "Cllr M Garn (work commitment) - accepted. Cllr S Pratt - no apology received.\n\n2. Minutes\nSigned.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.apologies] == ["Cllr M Garn"]
    assert [a.name for a in minutes.absent] == ["Cllr S Pratt"]


def test_names_run_on_after_an_apologies_title_on_its_own_line_are_the_apologies():
    text = ("Present: Cllr A Hale (Chairman)\n\n26/30\tApologies for absence. Cllr G. Lyle - holiday. Apologies accepted.\n"
            "26/31\tMinutes. Approved.\n")
    assert [a.name for a in read_minutes(text).apologies] == ["Cllr G. Lyle"]
    text = ("Present: Cllr A Hale (Chairman)\n\n26/30\tApologies for absence. There were none this month.\n"
            "26/31\tMinutes. Approved.\n")
    assert read_minutes(text).apologies == ()


def test_a_counted_group_is_no_one_and_a_quoted_nickname_is_someone():
    assert read_person("Young Advisors (3)") is None
    text = ("## Attendees\n\n* Fatou Dial - Opsmesh\n* \"rk\" (no name given) - joined late\n\n## Agenda\n\n- Intros\n")
    assert [name for name, _ in _people(text)] == ["Fatou Dial", "rk"]


def test_the_bodys_word_for_its_members_before_names_and_a_post_after_a_comma():
    text = ("Council of Governors\nHeld on 14 January 2026\n\nPresent\n\nChair\n\nLady Hattie Mow, Trust Chair\n\n"
            "Apologies: Governors Keith Sam (Hull) and Lorna Bell (staff).\n\nCoG 01/26 Welcome\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Lady Hattie Mow"]
    assert [a.name for a in minutes.apologies] == ["Keith Sam", "Lorna Bell"]
