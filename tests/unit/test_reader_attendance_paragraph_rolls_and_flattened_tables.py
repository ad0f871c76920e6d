"""Rolls written as paragraphs and sentences, and roll tables flattened into text: a roll of labelled sentences
wrapped over lines, posts before their titled holders, people joining by one means or another, substitutes and
apologies said in sentences, and roll tables given out a cell to a paragraph or grouped under spanning rows. Each
rule is tested on a few invented lines."""

from minutes import read_minutes
from tests.rolls import apologies as _apologies, present as _present


def test_a_roll_that_opens_with_the_chairs_post_before_a_titled_name_is_read_whole():
    text = ("MINUTES OF THE MONTHLY MEETING OF THE LOWFORD DISTRICT\n"
            "HELD ON MONDAY 2ND MARCH 2026\n\n"
            "Members Present:\n"
            "Cathaoirleach, Cllr. Una Breen\n"
            "Cllr. Tom Ashe\n"
            "Cllr. Rita Coyne\n\n"
            "Apologies: Cllr. Ned Daly\n\n"
            "1. MINUTES\nThe minutes were confirmed.\n")
    assert _present(text) == ["Cllr. Una Breen", "Cllr. Tom Ashe", "Cllr. Rita Coyne"]
    assert _apologies(text) == ["Cllr. Ned Daly"]


def test_the_mayor_and_deputy_mayor_set_before_the_councillors_are_present():
    text = ("Minutes of the Full Council held on 9 March 2026 at 7.00pm.\n"
            "PRESENT\n"
            "The Town Mayor, Councillor Ada Quill (in the Chair)\n"
            "The Deputy Town Mayor, Councillor Ben Rowe\n"
            "Councillors Cat Sims, Dan Tull and Eve Vane\n"
            "OFFICERS\n"
            "Mr Finn Webb (Town Clerk)\n"
            "TC/26/01  APOLOGIES\nNone.\n")
    assert _present(text) == ["Councillor Ada Quill", "Councillor Ben Rowe", "Councillor Cat Sims",
                              "Councillor Dan Tull", "Councillor Eve Vane", "Mr Finn Webb"]


def test_a_paragraph_ending_in_a_name_after_an_initial_names_no_owner():
    # "Seconded by Cllr. T. Ashe": the stop after an initial ends no sentence, so the surname
    # is no owner set alone after the paragraph's last sentence.
    text = ("MINUTES OF THE MEETING HELD ON 2ND MARCH 2026\n\n"
            "Members Present:\nCllr. Tom Ashe\nCllr. Rita Coyne\n\n"
            "1. ROADS PROGRAMME\n\n"
            "Proposed by Cllr. R. Coyne\nSeconded by Cllr. T. Ashe\n\n"
            "2. CLOSE\nThe meeting closed.\n")
    assert read_minutes(text).actions == ()


def test_a_roll_written_as_one_paragraph_of_labelled_sentences_wrapped_over_lines():
    text = ("Coastal Skills Advisory Group\nMinutes of meeting 4\nDate: 3 June 2025\n"
            "Attendance\n"
            "Chair: Dame Olive Penn. Members: Dr Raj Kohli (Port Authority); Sian\n"
            "Tudor (Skills Wales); Leo Marsh (independent). Officials: Amy Noel (Deputy\n"
            "Director, DfE); Ben Orr (Secretariat). Guests: Cara Lund (Ofsted) for item 2.\n"
            "Apologies: Dev Shah (LGA).\n"
            "Item 1: Welcome\n1.1 The Chair welcomed members.\n")
    assert _present(text) == ["Dame Olive Penn", "Dr Raj Kohli", "Sian Tudor", "Leo Marsh", "Amy Noel",
                              "Ben Orr", "Cara Lund"]
    assert _apologies(text) == ["Dev Shah"]


def test_a_one_line_roll_over_the_next_paragraph_is_not_joined_to_it():
    text = ("Notes of the Harbour Forum, 3 June 2025\n"
            "Present: Ann Lee, Bob Marsh\n"
            "The Chair welcomed Members: all were thanked for coming\n\n"
            "1. Welcome\nNoted.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh"]


def test_a_plural_title_part_way_down_a_wrapped_roll_carries_the_roll_on():
    text = ("MINUTES OF JOINT POLICING COMMITTEE MEETING HELD ON FRIDAY, 6TH MARCH 2026\n\n"
            "PRESENT:\tCouncillors - Ann Bray, Con Dunne,\n"
            "                  Eve Fahy.\n"
            "                  Deputies - Gus Hall T.D., Ida Joyce T.D.\n"
            "                  Senator Kit Lane.\n\n"
            "1.  MINUTES.\n\nThe minutes were adopted.\n")
    assert _present(text) == ["Councillor Ann Bray", "Councillor Con Dunne", "Councillor Eve Fahy",
                              "Deputy Gus Hall", "Deputy Ida Joyce", "Senator Kit Lane"]


def test_a_post_and_its_holder_just_after_the_roll_is_one_more_there():
    text = ("MINUTES OF THE MEETING HELD ON FRIDAY, 6TH MARCH 2026\n\n"
            "PRESENT:\tCouncillor Ann Bray, Councillor Con Dunne.\n\n"
            "MEETINGS ADMINISTRATOR: Ms. Nora Quinn.\n\n"
            "1.  MINUTES.\n\nThe minutes were adopted.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Councillor Ann Bray", "Councillor Con Dunne", "Ms. Nora Quinn"]
    assert minutes.present[-1].role == "MEETINGS ADMINISTRATOR"


def test_a_roll_table_with_the_body_first_whose_cell_gaps_pdf_text_lost():
    text = ("Safer Vale Partnership Board\nMinutes of the meeting held on Thursday 7 May 2026\n"
            "Members present\n"
            "Organisation Representative\n"
            "Vale County Borough Council Cllr Ann Lee (Chair), Cabinet Member for Communities\n"
            "Vale County Borough Council Bo Ray, Head of Community Safety\n"
            "Upper Vale Police Superintendent Cy Dee (Vice Chair)\n"
            "HM Prison and Probation Service (Wales) Di Ede, Head of Vale PDU\n"
            "Apologies: Cllr Ed Fox.\n"
            "1. Welcome\n1.1 The Chair welcomed members.\n")
    minutes = read_minutes(text)
    assert [(p.name, p.organisation) for p in minutes.present] == [
        ("Cllr Ann Lee", "Vale County Borough Council"), ("Bo Ray", "Vale County Borough Council"),
        ("Superintendent Cy Dee", "Upper Vale Police"), ("Di Ede", "HM Prison and Probation Service (Wales)")]
    assert _apologies(text) == ["Cllr Ed Fox"]


def test_a_roll_table_row_of_a_body_then_the_people_who_came_from_it():
    text = ("Vale Primary Care Network\nBoard Meeting - Notes\n\nDate:\tWednesday 4th March 2026\n\n"
            "Attending (practice / role):\n"
            "  Hill Surgery\tDr Ann Lee (GP partner), Bo Ray (Practice Manager)\n"
            "  Dale Health Centre\tDr Cy Dee (GP partner) - on Teams\n"
            "  PCN team\tDi Ede (PCN Manager), Ed Fox (Lead Clinical Pharmacist)\n"
            "  Guest\tFay Gee, Social Prescribing Link Worker (item 4 only)\n\n"
            "Apologies: Dr Hal Ivy (Hill)\n\n"
            "1. Welcome\nNoted.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Dr Ann Lee", "Bo Ray", "Dr Cy Dee", "Di Ede", "Ed Fox", "Fay Gee"]
    assert [p.organisation for p in minutes.present][1] == "Hill Surgery"


def test_how_people_joined_heads_rows_of_name_and_post_parted_by_tabs_or_a_wide_gap():
    text = ("Stroke Network Governance Group\n\nMeeting record - Thursday 12 March 2026\n\n"
            "In the room:\n"
            "    Dr Ann Lee (AL)\tNetwork Clinical Lead, Vale Infirmary\n"
            "    Dr Bo Ray (BR)  Consultant Stroke Physician, Vale Infirmary\n"
            "    Cy Dee (CD)\tNetwork Manager\n\n"
            "On Teams:\n"
            "    Di Ede (DE)\tConsultant Neuroradiologist, Vale Infirmary\n"
            "    Ed Fox (EF)\tLead Stroke Physiotherapist, Dale Hospital\n\n"
            "Apologies: Fay Gee (Dale Hospital)\n\n\n"
            "1. Introductions\n   AL welcomed everyone.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Dr Ann Lee", "Dr Bo Ray", "Cy Dee", "Di Ede", "Ed Fox"]
    assert [p.role for p in minutes.present][3:] == ["Consultant Neuroradiologist", "Lead Stroke Physiotherapist"]


def test_posts_named_by_their_trade_are_roles_not_people():
    from minutes.vocabulary import is_role
    assert all(is_role(post) for post in ("Social Prescribing Link Worker", "Lead Clinical Pharmacist",
                                          "Consultant Neuroradiologist", "Consultant Psychiatrist"))
    assert not is_role("Ann Walker")


def test_an_apologies_sentence_broken_inside_a_bracket_reads_on_to_its_end():
    text = ("SAFER VALE PARTNERSHIP\nStrategic Board\n\nTuesday 24 February 2026 at 10.00 am\n\n"
            "PRESENT: Councillor Ann Lee (Chair), Bo Ray (Vale Homes).\n\n"
            "CSB/41  APOLOGIES FOR ABSENCE\n\n"
            "Apologies for absence were received from Cy Dee (Vale Homes), Di Ede (NHS Vale\n"
            "ICB) and Councillor Ed Fox.\n\n"
            "CSB/42  MINUTES\n\nAgreed.\n")
    assert _apologies(text) == ["Cy Dee", "Di Ede", "Councillor Ed Fox"]


def test_a_numbered_paragraph_saying_who_sent_apologies_and_that_the_reasons_were_accepted():
    text = ("VALE TOWN COUNCIL\nMINUTES OF THE FULL COUNCIL HELD ON MONDAY 12 JANUARY 2026 AT 7.00PM\n"
            "PRESENT: The Mayor, Cllr Ann Lee (in the Chair); Cllrs Bo Ray and Cy Dee.\n"
            "202. APOLOGIES\n"
            "202.1 Apologies were received from Cllrs Fox (illness) and Gee (work) and the reasons were\n"
            "accepted. Cllr Hale was absent.\n"
            "203. MINUTES\n203.1 RESOLVED that the minutes be approved.\n")
    assert _apologies(text) == ["Cllr Fox", "Cllr Gee"]


def test_titled_names_each_followed_by_a_post_in_any_words():
    text = ("Vale Teaching Hospitals NHS Foundation Trust\nMinutes of the Board of Directors\n"
            "Thursday 27 November 2025, 09:30\n"
            "Present\n"
            "Mr Abe Salt Chair\n"
            "Ms Bea Kowal Chief Executive (CEO)\n"
            "In attendance\n"
            "Mr Cal Lusk Director of Corporate Governance / Trust Secretary (DCG)\n"
            "Ms Dee Abara Freedom to Speak Up Guardian (item 25/148 only)\n"
            "25/141  Welcome and apologies\nNone.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Mr Abe Salt", "Ms Bea Kowal", "Mr Cal Lusk", "Ms Dee Abara"]
    assert minutes.present[2].role == "Director of Corporate Governance, Trust Secretary"


def test_a_member_struck_through_in_a_markdown_roll_was_not_there():
    from minutes.markdown_doc import read_markdown
    text = read_markdown("# Steering Committee\n\nMarch 3, 2026\n\n"
                         "- Note Taker: Ann Lee\n"
                         "- Steering Committee Attendees:\n"
                         "    - Ann Lee (@alee)\n"
                         "    - ~~Bo Ray (@bray)~~\n"
                         "    - Cy Dee (@cdee)\n"
                         "- Members of the Community:\n"
                         "    - Di Ede (@dede, docs WG)\n"
                         "    - Ed Fox (@efox)\n"
                         "- Topics:\n"
                         "    - Release plan: ~~freeze on Friday~~ moved to Monday\n").text()
    assert "~~Bo Ray (@bray)~~" in text and "~~freeze" not in text
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Ann Lee", "Cy Dee", "Di Ede", "Ed Fox"]
    assert [p.name for p in minutes.absent] == ["Bo Ray"]


def test_welsh_and_english_titles_written_together_read_as_the_english_one():
    text = ("Cyngor Cymuned Llan / Llan Community Council\n\nMinutes\n\n"
            "Monday 10 November 2025 at 7.30pm\n\n"
            "Presennol / Present\n\nCouncillors: Ann Lee (Chair), Bo Ray\n\n"
            "Apologies\n\nCyng./Cllr Cy Dee (derbyniwyd / accepted), Cyng./Cllr Di Ede (derbyniwyd / accepted)\n\n"
            "C25/117 Declarations of interest\n\nNone.\n")
    assert _apologies(text) == ["Cllr Cy Dee", "Cllr Di Ede"]


def test_apologies_intimated_in_a_web_pages_item_table_cell():
    text = ("Vale Community Safety Forum - Tuesday, 4th November, 2025 10.30 am\n\n"
            "Attendance\n\nPresent: Councillor Ann Lee (Chair); Bo Ray, Vale Fire\n\n"
            "No.\tItem\n"
            "1.\tAPOLOGIES; Minutes:; Apologies were intimated from:-; Councillor Cy Dee; Di Ede, NHS Vale; "
            "Ed Fox, Vale Housing Partnership\n"
            "2.\tMINUTES; Minutes:; The Minutes were approved.\n")
    assert _apologies(text) == ["Councillor Cy Dee", "Di Ede", "Ed Fox"]
    assert _apologies("Minutes of the Forum, 4 March 2026\n\nPresent: Ann Lee, Bo Ray\n\n"
                      "Apologies were intimated from Cy Dee and Di Ede.\n\n1. Minutes\nApproved.\n") == ["Cy Dee", "Di Ede"]


def test_the_business_tables_header_after_the_roll_is_no_one_and_its_apologies_row_is_read():
    text = ("LITTLE VALE PARISH COUNCIL\n\n"
            "Minutes of the Ordinary Meeting held on Tuesday 9th December 2025 at 7.30pm\n\n"
            "Present: Councillors A. Lee (Chairman), B. Ray and C. Dee\n\n"
            "In attendance: Mr Dan Eke (Clerk and RFO); 2 members of the public\n\n"
            "Min. No.\tItem\tAction\n"
            "25/131\tAPOLOGIES FOR ABSENCE; Apologies were received and approved from Cllr E. Fox (work).\n"
            "25/132\tMINUTES; The minutes were approved.\n")
    assert _present(text) == ["Councillor A. Lee", "Councillor B. Ray", "Councillor C. Dee", "Mr Dan Eke"]
    assert _apologies(text) == ["Cllr E. Fox"]


def test_an_apologies_sentence_whose_next_line_carries_on_its_list():
    text = ("Vale Hospitals NHS Trust\nBoard of Directors, 4 March 2026\n\n"
            "Present: Ann Lee (Chair), Bo Ray (Chief Executive)\n\n"
            "1. Chair's welcome and apologies\n"
            "1.1 AL opened the meeting at 10:02. Apologies were received from Cy Dee (Non-Executive Director)\n"
            "and Di Ede (Chief Operating Officer).\n"
            "2. Declarations of interest\nNone.\n")
    assert _apologies(text) == ["Cy Dee", "Di Ede"]
    # A sentence about apologies in running text, with no item title before it, still leaves its line to the body.
    prose = ("Governing Board, 4 March 2026\n\nPresent: Ann Lee (Chair), Bo Ray\n\n"
             "1. WELCOME\nThe Chair opened the meeting. Apologies from Cy Dee (work) were received; "
             "the Clerk will write to Di Ede about her attendance.\n")
    assert [a.who for a in read_minutes(prose).actions] == ["the Clerk"]


def test_given_names_alone_among_full_names_in_a_groups_list_are_people():
    text = ("# Council meeting 2026-03-06\n\n## Attendance\n\n"
            "- Council members: Ann Lee, Oli, Bo Ray, Cy Dee, Mara\n"
            "- Observers: Di Ede\n\n## Agenda\n\nNoted.\n")
    assert _present(text) == ["Ann Lee", "Oli", "Bo Ray", "Cy Dee", "Mara", "Di Ede"]
    # A body after a name is still the body the person came from.
    assert [(p.name, p.organisation) for p in read_minutes(
        "Notes, 6 March 2026\n\nPresent: Ann Lee, Vale Council, Bo Ray, Cy Dee\n\n1. Welcome\nNoted.\n").present][0] == (
        "Ann Lee", "Vale Council")


def test_a_roll_table_given_out_one_cell_to_a_paragraph():
    cells = lambda *c: "\n\n".join(c) + "\n\n"  # noqa: E731
    text = ("At a MEETING of the VALE INTEGRATION JOINT BOARD held remotely on 27th October, 2021.\n\n"
            "Present:-\n\n" + cells("Members", "Role", "Ann LEE (Vice Chairperson)", "Nominated by Health Board",
                                   "Bo RAY", "Chief Officer", "Cy DEE", "Trade Union Representative")
            + "Non-members in attendance at request of Chief Officer:-\n\n"
            + cells("Di EDE", "Head of Health and Community Care", "Ed FOX", "Strategy Manager", "Fay GEE", "Audit Scotland")
            + "Ann LEE, Vice Chairperson, in the Chair.\n\n"
            "I APOLOGIES FOR ABSENCE\n\nApologies for absence were submitted on behalf of:-\n\n"
            + cells("Members", "Role", "Hal IVY (Chairperson)", "Nominated by Vale Council")
            + "II DECLARATION OF INTEREST\n\nThere were no declarations of interest.\n")
    assert [strip(n) for n in _present(text)] == ["ann lee", "bo ray", "cy dee", "di ede", "ed fox", "fay gee"]
    assert [strip(n) for n in _apologies(text)] == ["hal ivy"]


def test_people_one_to_a_paragraph_are_not_taken_for_such_a_table():
    text = ("Vale Police and Crime Panel\n\nMinutes of a meeting held on Thursday, 29 January 2026\n\n"
            "Present:\n\nCouncillor Ann Lee (Chairman) (Vale County Council)\n\n"
            "Councillor Bo Ray (Vice-Chairman) (Dale Borough Council)\n\nMr Cy Dee (Independent Co-opted Member)\n\n"
            "Mrs Di Ede (Independent Co-opted Member)\n\n45 Apologies for Absence\n\nNone.\n")
    assert _present(text) == ["Councillor Ann Lee", "Councillor Bo Ray", "Mr Cy Dee", "Mrs Di Ede"]


def strip(name):
    return name.lower()


def test_sentences_after_the_roll_saying_who_else_was_present():
    text = ("Minutes of a meeting of Vale Parish Council held on 5th May 2020 at 19:30\n"
            "Present: Cllrs A Lee, B Ray and C Dee.\n"
            "District Cllrs Fox and Gee were present\n"
            "Clerk to Council, Mrs H Ivy and Assistant Clerk to Council, Mrs J Kay were present\n"
            "No members of public were present\n\n"
            "PUBLIC PARTICIPATION SESSION\nNone.\n")
    assert _present(text) == ["Cllr A Lee", "Cllr B Ray", "Cllr C Dee", "Cllr Fox", "Cllr Gee", "Mrs H Ivy", "Mrs J Kay"]


def test_a_nurses_and_a_privy_counsellors_titles_open_names():
    text = ("Quality Committee, 3 March 2026\n\nPresent:\nSister Ann Lee Ward Manager\nThe Rt Hon Bo Ray MP\n"
            "Dr Cy Dee Medical Director\n\n1. Welcome\nNoted.\n")
    assert _present(text) == ["Sister Ann Lee", "The Rt Hon Bo Ray", "Dr Cy Dee"]


def test_two_names_a_web_page_ran_together_are_two_people():
    text = ("TSC meeting 2026-02-26\n\nAttendees\tAnn LeeMarcus Bell; Cy Dee; MaryAnne Smith\n"
            "Absent\tDi Ede (apologies)\n\nAgenda\n\n1. Welcome\n")
    assert _present(text) == ["Ann Lee", "Marcus Bell", "Cy Dee", "MaryAnne Smith"]


def test_a_person_attending_for_some_items_said_in_a_sentence_after_the_list():
    text = ("Vale Community Council\n\nMinutes of the meeting held on Wednesday 14 January 2026 at 7.30pm\n\n"
            "Present: Cllrs A. Lee (Chair), B. Ray and C. Dee.\n\n"
            "In attendance: Mr D. Ede (Clerk). County Councillor E. Fox attended for items 1 to 6. "
            "Two members of the public.\n\n129. Apologies\nNone.\n")
    assert _present(text)[-2:] == ["Mr D. Ede", "County Councillor E. Fox"]


def test_a_status_column_saying_someone_deputised_is_present():
    text = ("Network Board\nDate\tWednesday 28 January 2026\n\nAttendance\n\n"
            "Name\tInitials\tOrganisation\tRole\tAttendance\n"
            "Dr Ann Lee\tAL\tVale ODN\tClinical Lead (Chair)\tPresent\n"
            "Dr Bo Ray\tBR\tVale Infirmary\tICU Consultant\tDeputy for Dr C Dee\n"
            "Dr Cy Dee\tCD\tVale Infirmary\tClinical Director\tApologies\n\n1. Welcome\nNoted.\n")
    assert _present(text) == ["Dr Ann Lee", "Dr Bo Ray"]
    assert _apologies(text) == ["Dr Cy Dee"]


def test_the_chair_said_to_preside_after_the_present_heading_then_the_roll():
    text = ("Minutes of the Monthly Meeting of Vale Municipal District\n\n"
            "Held on Tuesday, 13th January 2026 at 2.30 p.m.\n\n"
            "Present: Cathaoirleach Cllr. Ann Lee presided.\n\n"
            "Cllrs. Bo Ray, Cy Dee, Di Ede.\n\n"
            "Apologies: Cllr. Ed Fox.\n\n1. Minutes\n\nConfirmed.\n")
    assert _present(text) == ["Cllr. Ann Lee", "Cllr Bo Ray", "Cllr Cy Dee", "Cllr Di Ede"]


def test_a_substitutes_heading_alone_over_a_substitute_named_with_a_post_then_for_whom():
    text = ("Joint Health and Wellbeing Board minutes: 22 January 2026\n\n"
            "Board members present\n\n- Councillor Ann Lee (Chair) – Cabinet Member, Vale Council\n"
            "- Dr Bo Ray – Director of Public Health\n\n"
            "Substitutes\n\nCy Dee (Deputy Place Director) for Di Ede, Place Director, NHS Vale ICB.\n\n"
            "Apologies\n\nDi Ede (NHS Vale ICB).\n\n1. Declarations of interest\n\nNone.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Councillor Ann Lee", "Dr Bo Ray", "Cy Dee"]
    assert minutes.present[2].in_place_of.startswith("Di Ede")


def test_a_posts_one_holder_then_what_they_are_and_a_not_in_attendance_status():
    text = ("Vale Safeguarding Children Partnership\nExecutive Group – Minutes\n\n"
            "Date\tTuesday 3rd March 2026\nChair\tAnn Lee, Independent Scrutineer\n\n1. Attendance\n\n"
            "Agency\tName\tRole\tAttendance\n"
            "Independent\tAnn Lee (AL)\tIndependent Scrutineer (Chair)\tPresent\n"
            "Vale Council\tBo Ray (BR)\tDirector of Children's Services\tPresent\n"
            "Probation\tCy Dee (CD)\tSenior Probation Officer\tNot in attendance\n\n"
            "2. Welcome\n\nAL welcomed members.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Ann Lee", "Bo Ray"]
    assert [p.name for p in minutes.absent] == ["Cy Dee"]


def test_a_body_after_a_name_on_a_line_ending_in_a_semicolon_and_a_designated_doctors_post():
    text = ("REPORT OF THE VALE JOINT POLICING COMMITTEE\nMeeting held at 2.30 p.m. on Thursday, 5th March 2026\n\n"
            "Members:\tCllr. Ann Lee (Cathaoirleach); Cllrs. Bo Ray, Cy Dee\n"
            "Gardaí:\tChief Superintendent Di Ede, Vale Division;\n"
            "           Superintendent Ed Fox, Vale District\n"
            "Officials: Dr Fay Gee\tDesignated Doctor, Vale ICB\n"
            "Apologies: Cllr. Hal Ivy\n\n1. MINUTES\n   Confirmed.\n")
    names = _present(text)
    assert "Chief Superintendent Di Ede" in names and "Vale Division" not in names
    assert "Designated Doctor" not in names


def test_an_absent_member_whose_bracket_says_they_sent_apologies():
    text = ("# Board meeting, 3 March 2026\n\n**Directors present:** Ann Lee, Bo Ray\n\n"
            "**Directors absent:** Cy Dee (regrets sent), Di Ede\n\n"
            "Not present: @efox (SC, sent apologies on Slack), @fgee (SC), Hal Ivy (no apologies received)\n\n"
            "## Agenda\n\nNoted.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.apologies] == ["Cy Dee", "@efox"]
    assert [a.name for a in minutes.absent] == ["Di Ede", "@fgee", "Hal Ivy"]


def test_the_date_of_the_next_meeting_in_a_log_row_after_its_number_and_kind():
    text = ("Vale PCN Board\nDate: 22nd January 2026\n\nPresent: Ann Lee, Bo Ray\n\n"
            "11. / Action - Write to the ICB. / AL / - / No\n\n"
            "12. / Information - Date of next board: 26th February 2026, 12.30, Vale Health Centre. / - / - / -\n")
    assert str(read_minutes(text).next_meeting.date) == "2026-02-26"


def test_the_roll_written_as_a_sentence_saying_who_were_present():
    text = ("Vale Parish Council\nMinutes of the meeting held on 4 March 2026\n\n"
            "Cllr A Lee (Chair), Cllr B Ray and Cllr C Dee were present.\n\n1. Apologies\nNone.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Cllr A Lee", "Cllr B Ray", "Cllr C Dee"]
    assert {p.capacity for p in minutes.present} == {"member"}


def test_attendees_listed_with_their_email_addresses_or_by_handle_alone():
    text = ("Vale WG 2026-03-04\n\nAttendees:\n- Ann Lee <ann@vale.example>\n- Bo Ray <bo@vale.example>\n"
            "- Cy Dee (Vale) <cy@vale.example>\n\nNotes:\n- Noted.\n")
    assert _present(text) == ["Ann Lee", "Bo Ray", "Cy Dee"]
    assert _present("## Attendees\n- @annlee\n- @boray\n- @cydee\n\n## Agenda\n- item\n") == ["@annlee", "@boray", "@cydee"]


def test_posts_then_a_dash_then_their_titled_holders_head_the_roll():
    text = ("Minutes of the Parish Council held on 9 March 2026.\nPresent:\nChairman – Cllr Ann Lee\n"
            "Vice-Chairman – Cllr Bo Ray\nCllr Cy Dee\nCllr Di Ede\n1. Apologies\nNone.\n")
    assert _present(text) == ["Cllr Ann Lee", "Cllr Bo Ray", "Cllr Cy Dee", "Cllr Di Ede"]


def test_headings_and_lists_each_a_paragraph_are_not_taken_for_a_table_one_cell_a_paragraph():
    text = ("Vale Panel\n\n4 March 2026\n\nPresent\n\nCouncillor Ann Lee (Chair), Councillor Bo Ray\n\n"
            "Officers\n\nCy Dee (Clerk)\n\nApologies\n\nCouncillor Di Ede\n\n1. Minutes\n\nAgreed.\n")
    assert _present(text) == ["Councillor Ann Lee", "Councillor Bo Ray", "Cy Dee"]
    assert _apologies(text) == ["Councillor Di Ede"]


def test_groups_of_people_set_side_by_side_each_a_name_and_a_post():
    text = ("Vale Hospitals NHS Foundation Trust\n\nMinutes of the Board of Directors meeting held in public\n"
            "Thursday 29 January 2026, 09:30\n\n"
            "Voting directors\tNon-voting directors and in attendance\n"
            "Mrs Ann Lee\tChair\tMr Bo Ray\tDirector of Strategy (non-voting)\n"
            "Mr Cy Dee\tChief Executive\tMs Di Ede\tCompany Secretary\n"
            "Ms Fay Gee\tNon-Executive Director\n\n"
            "Observing: Governors Mr Hal Ivy (Public) and Ms Jo Kay (Staff); 3 members of the public.\n\n"
            "BoD/26/001\tWelcome; The Chair welcomed everyone.\n")
    minutes = read_minutes(text)
    assert sorted(p.name for p in minutes.present) == ["Mr Bo Ray", "Mr Cy Dee", "Mr Hal Ivy", "Mrs Ann Lee", "Ms Di Ede",
                                                       "Ms Fay Gee", "Ms Jo Kay"]
    assert {p.name: p.role for p in minutes.present}["Mrs Ann Lee"] == "Chair"


def test_an_attendance_section_written_as_sentences():
    text = ("Safer Vale Partnership Strategic Board\n\n"
            "Notes of the meeting held on Wednesday 10 December 2025, 2.00pm, Vale Civic Centre.\n\n"
            "Who attended\n\n"
            "The meeting was chaired by Councillor Ann Lee, Cabinet Member for Communities, Vale Borough Council.\n\n"
            "Responsible authorities. The Borough Council was represented by Bo Ray (Director of Neighbourhoods). "
            "Vale Police sent Superintendent Cy Dee. Fire and rescue was represented by Station Manager Di Ede.\n\n"
            "Supporting the Board. Ed Fox, Community Safety Analyst, presented item 4; Fay Gee took the notes.\n\n"
            "Apologies were received from Hal Ivy (Vale CVS).\n\n"
            "1. Notes of the last meeting\n\nAgreed.\n")
    assert _present(text) == ["Councillor Ann Lee", "Bo Ray", "Superintendent Cy Dee", "Station Manager Di Ede",
                              "Ed Fox", "Fay Gee"]
    assert _apologies(text) == ["Hal Ivy"]
    # An attendance heading over a table or a list is left to the rules for those.
    assert _present("Vale Board, 4 March 2026\n\nAttendance\n\nName\tRole\nAnn Lee\tChair\nBo Ray\tMember\n\n"
                    "1. Welcome\nNoted.\n") == ["Ann Lee", "Bo Ray"]


def test_apologies_sent_by_people_each_after_its_own_by():
    text = ("Vale Board\n\nNotes of the meeting held on Wednesday 10 December 2025.\n\nPresent: Ann Lee, Bo Ray\n\n"
            "Apologies were sent by Superintendent Cy Dee (Vale Police), who was represented by Superintendent Ray; "
            "by Di Ede (Vale CVS); and by the Director of Public Health, Dr Ed Fox.\n\n1. Notes\n\nAgreed.\n")
    assert _apologies(text) == ["Superintendent Cy Dee", "Di Ede", "Dr Ed Fox"]


def test_a_roll_table_whose_rows_are_grouped_under_spanning_rows_naming_each_body():
    text = ("Vale Neonatal Network\n\nClinical Governance Group - Minutes\n\nAttendees\n\n"
            "Name\tRole\tInitials\nVALE NEONATAL ODN\nDr Ann Lee\tNetwork Clinical Lead (Chair)\tAL\n"
            "Bo Ray\tNetwork Lead Nurse\tBR\nDALE COUNTY HOSPITAL (LNU)\nDr Cy Dee †\tConsultant Paediatrician\tCD\n\n"
            "† joined via MS Teams\n\nApologies: Di Ede (Dale SCBU)\n\n1. Welcome and apologies\n\nNoted.\n")
    assert _present(text) == ["Dr Ann Lee", "Bo Ray", "Dr Cy Dee"]


def test_a_flattened_roll_table_with_columns_for_how_people_joined_and_a_wrapped_post():
    text = ("Vale ICB Primary Care Commissioning Committee\nThursday 15 January 2026, 10:00 - 12:30.\n"
            "Present\nName Title In the room On Teams\n"
            "Ann Lee (AL) Non-Executive Member, Committee Chair X\n"
            "Bo Ray (BR) Chief Medical Officer X\n"
            "Cy Dee (CD)\nDeputy Chief Finance\nOfficer (for Chief Finance\nOfficer)\nX\n"
            "Di Ede (DE) Director of Nursing and Quality X\n"
            "Apologies: Ed Fox, Chief Finance Officer.\n"
            "PCCC 26/01  Welcome, apologies and quoracy\nThe meeting was quorate.\n")
    assert _present(text) == ["Ann Lee", "Bo Ray", "Cy Dee", "Di Ede"]


def test_a_numbered_sign_in_list_at_the_end_of_the_notes():
    text = ("# Vale SIG meeting, 2026-01-29\n\n## Notes\n\n- Release planning: noted.\n\nNext call: 2026-02-12.\n\n"
            "## Attendance (sign in: name — affiliation — GitHub)\n\n"
            "1. Ann Lee — Tessellate Labs — @alee\n2. Bo Ray — independent — @bray\n"
            "3. Cy Dee — (first time, lurking) — @cdee\n")
    assert _present(text) == ["Ann Lee", "Bo Ray", "Cy Dee"]


def test_status_codes_on_roll_lines_read_through_the_key_above_the_roll():
    text = ("VALE HEALTH AND WELLBEING BOARD\n\nMINUTES of the meeting held on Tuesday, 20 January 2026\n\n"
            "MEMBERSHIP AND ATTENDANCE\n(P) present  (S) substitute present  (Ap) apologies  (-) not present\n\n"
            "Elected members\n"
            "   1. Councillor Ann Lee - Leader of the Council (Chair)\t(P)\n"
            "   2. Councillor Bo Ray - Cabinet Member for Children\t(Ap)\n"
            "   3. Councillor Cy Dee - Opposition nominee\t(P)\n\n"
            "1. MINUTES\nAgreed.\n")
    assert _present(text) == ["Councillor Ann Lee", "Councillor Cy Dee"]
    assert _apologies(text) == ["Councillor Bo Ray"]


def test_a_roll_table_whose_first_column_spans_its_groups_rows():
    text = ("Vale Joint Policing Committee\n\nMinutes of meeting held on Tuesday 24th February 2026 at 11.00 a.m.\n\n"
            "Attendance\n\nCategory\tName\tLocal Electoral Area / Body\n"
            "Elected Members\tCllr. Ann Lee (Cathaoirleach)\tVale LEA\n"
            "Cllr. Bo Ray\tVale LEA\nCllr. Cy Dee\tDale LEA\n"
            "An Garda Síochána\tChief Superintendent Di Ede\tVale Division\n"
            "Superintendent Ed Fox\tVale District\n\n"
            "Apologies: Cllr. Fay Gee.\n\n1. Minutes of previous meeting\n\nAdopted.\n")
    assert _present(text) == ["Cllr. Ann Lee", "Cllr. Bo Ray", "Cllr. Cy Dee", "Chief Superintendent Di Ede",
                              "Superintendent Ed Fox"]


def test_a_flattened_practice_first_roll_table_with_several_people_to_a_row():
    text = ("Vale Primary Care Network\nPCN Board Meeting - Minutes\nTuesday 13 January 2026, 12:30-14:00\n"
            "Attendance\nPractice / organisation Representative(s)\n"
            "Hill Medical Centre Dr Ann Lee (Clinical Director, Chair); Bo Ray (Practice Manager)\n"
            "Dale Surgery Dr Cy Dee (GP Partner) - via Teams\n"
            "PCN team Di Ede (PCN Manager); Ed Fox (Lead Clinical Pharmacist)\n"
            "Apologies: Dr Fay Gee (Dale Surgery).\n1. Declarations of interest\nNone.\n")
    assert _present(text) == ["Dr Ann Lee", "Bo Ray", "Dr Cy Dee", "Di Ede", "Ed Fox"]


def test_a_roll_of_handles_each_with_a_name_in_brackets_and_a_handle_alone_above_it_listed_once():
    text = ("Vale TSC Meeting — 2026-01-21\n\n- Facilitator: @annlee\n- Scribe: @bo-r\n\nRoll call\n\n"
            "Voting members present (3 of 5, quorum met):\n"
            "@annlee (Ann Lee, Chair), @bo-r (Bo Ray), @cdee (Cy Dee)\n\n"
            "Not present: @dede (regrets)\n\nAgenda\n\n1. Review\n")
    assert _present(text) == ["Ann Lee", "Bo Ray", "Cy Dee"]


def test_a_flattened_roll_table_with_an_attending_as_column():
    text = ("OFFICIAL\nVale Transparency Panel\nMinutes of the 9th meeting\nDate: 27 November 2025\n"
            "Attendance\nName Organisation Attending as\n"
            "Baroness Ann Lee Independent Chair\nDr Bo Ray University of Vale Member\n"
            "Ms Cy Dee Department for Work and Pensions, Counter Fraud Official\n"
            "Apologies: Professor Di Ede (Member).\nItem 1: Welcome\n1.1 Noted.\n")
    assert _present(text) == ["Baroness Ann Lee", "Dr Bo Ray", "Ms Cy Dee"]


def test_posts_each_with_their_titled_holder_in_brackets():
    text = ("VALE TOWN COUNCIL - AMENITIES COMMITTEE\nMinutes of the meeting held on Wednesday 25 February 2026\n"
            "Committee members\nCllr Ann Lee (Chairman), Cllr Bo Ray\n"
            "Officers\nTown Clerk (Mr Cy Dee); Amenities Manager (Ms Di Ede)\n"
            "EA/47  Apologies\nNone.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Cllr Ann Lee", "Cllr Bo Ray", "Mr Cy Dee", "Ms Di Ede"]
    assert minutes.present[2].role == "Town Clerk"


def test_a_record_of_attendance_at_the_foot_gives_the_full_names_of_apologies_said_earlier():
    text = ("VALE PARISH COUNCIL\nMinutes of the meeting held on 4 March 2026\n\n"
            "P/25/112  WELCOME AND APOLOGIES\n"
            "          Apologies had been received from Cllr Fox (work) and Cllr Gee (illness).\n\n"
            "P/25/113  PLANNING\n          Noted.\n\n"
            "RECORD OF ATTENDANCE\nPresent:\tCllr Ann Lee (Chairman); Cllr Bo Ray\n"
            "Apologies received\nand accepted:\tCllr Ed Fox; Cllr Fay Gee\n")
    assert _apologies(text) == ["Cllr Ed Fox", "Cllr Fay Gee"]


def test_a_group_of_appointees_first_under_the_roll_heading():
    text = ("Vale Foundation — Board of Directors\n\nMinutes of the regular meeting of 18 March 2026\n\n"
            "Directors present\n\nStrategic member appointees\n\n- Ann Lee (Chair) — appointed by Vale Mapping\n"
            "- Bo Ray — appointed by Dale Geo\n\nGeneral member representatives (elected)\n\n- Cy Dee — elected 2025\n\n"
            "## 1. Minutes\n\nApproved.\n")
    assert _present(text) == ["Ann Lee", "Bo Ray", "Cy Dee"]
