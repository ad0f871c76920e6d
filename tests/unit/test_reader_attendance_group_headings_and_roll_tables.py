"""Whole groups of people and the headings over them: headings written as sentences, plural posts and kinds of
people heading their groups, rolls with no heading under the title block, roll tables with a column of marks for
each way of attending, rolls run on past a page break, and who was in the chair. Each rule is tested on a few
invented lines."""

from minutes import read_minutes
from minutes.attendance_people import header_row
from minutes.attendance_unheaded import roll_line
from tests.rolls import apologies as _apologies, present as _present


def test_a_heading_written_as_a_sentence_ending_in_a_colon_heads_its_group():
    text = ("Minutes of the Ordinary Meeting of Brackenmoor County Council held on 2 May 2025\n\n"
            "The Cathaoirleach, Cllr T. Roe, presided.\n\n"
            "The other Councillors present were:-\n\n"
            "Cllrs A. Furlong, B. Kehoe, C. Dunne and D. Nash.\n\n"
            "The Council Staff in attendance were:-\n\n"
            "Mr E. Glynn, Director of Services, Ms F. Hart, Meetings Administrator,\n\n"
            "Mr G. Ivers, Senior Engineer.\n\n"
            "1. Minutes\nThe minutes were confirmed.\n")
    minutes = read_minutes(text)
    names = [a.name for a in minutes.present]
    assert names[-7:] == ["Cllr A. Furlong", "Cllr B. Kehoe", "Cllr C. Dunne", "Cllr D. Nash",
                          "Mr E. Glynn", "Ms F. Hart", "Mr G. Ivers"]
    assert [a.capacity for a in minutes.present if a.name == "Ms F. Hart"] == ["officer"]


def test_the_following_were_present_and_sent_apologies_are_headings():
    text = ("Notes of the Harbourside Forum, 3 June 2025\n\n"
            "The following were present: Ruth Abel (Chair), Sam Bright, Tom Carr\n"
            "The following members sent apologies:\nUna Dale\nVic Ennis\n\n"
            "1. Welcome\nThe Chair opened the meeting.\n")
    assert _present(text) == ["Ruth Abel", "Sam Bright", "Tom Carr"]
    assert _apologies(text) == ["Una Dale", "Vic Ennis"]


def test_apologies_received_from_the_following_is_a_heading_over_a_list_not_a_sentence():
    text = ("Westbrook Community Safety Partnership\nThursday 5 June 2025\n\n1. Apologies\n\n"
            "Apologies for absence were received from the following:\n\n"
            "Ava Lund\nBen Marsh\nDr Cara Nolan\n\n2. Urgent business\nThere was none.\n")
    assert _apologies(text) == ["Ava Lund", "Ben Marsh", "Dr Cara Nolan"]


def test_a_sentence_that_only_mentions_those_present_heads_nothing():
    text = ("Present: Ann Lee (Chair), Bo Kim\n\n1. Budget\n"
            "The following points were raised by those present:\n- costs are rising\n- reserves are low\n")
    assert _present(text) == ["Ann Lee", "Bo Kim"]


def test_a_long_comma_list_closed_by_a_full_stop_carries_on_after_a_blank_line():
    text = ("Present: Cllr A Bell, Cllr B Cope,\n\n"
            "Mr C Dunn, Dir. of Services, Ms D Eke, Area Engineer, Mr F Gale, Staff Officer, Ms H Ide, Clerk.\n\n"
            "1. Minutes\nAgreed.\n")
    assert _present(text) == ["Cllr A Bell", "Cllr B Cope", "Mr C Dunn", "Ms D Eke", "Mr F Gale", "Ms H Ide"]


def test_a_roll_tables_header_cells_may_be_short_phrases_of_header_words():
    assert header_row(["Names Present at Meeting", "Role and organisation", "Contact details"])
    assert header_row(["Name", "Role"])
    assert not header_row(["Jo Parker", "Borough Commander"])
    assert not header_row(["Item", "Action", "Owner"])
    text = ("Safeguarding Partnership Board\n\nPeople present\n"
            "Names Present at Meeting\tRole and organisation\tContact details\n"
            "Lyn Oduya\tAssistant Director Adult Care\t0100 000 0001\n"
            "Carl Penn\tSafeguarding Manager\t0100 000 0002\n\n"
            "1. Welcome\nThe Chair welcomed everyone.\n")
    assert _present(text) == ["Lyn Oduya", "Carl Penn"]


def test_a_roll_with_no_heading_between_the_title_block_and_the_first_item_is_who_was_there():
    text = ("Eastmere Safeguarding Adults Board\nMinutes of the meeting held on 18 July 2025\n"
            "in the Board Room, Police Headquarters, Eastmere\n\n"
            "Joan Mabey – Independent Chair\n"
            "Nils Anders – Tenancy Support Manager, Eastmere City Council\n"
            "Hal Boden – Director, Community Services\n"
            "Dee Collis – Assistant Director of Nursing, Eastmere Hospital (rep Jane Sayle)\n\n"
            "Declarations of Interest\nNone reported\n\n"
            "Apologies for Absence\nPip Coke – Chief Executive, Julian Support\n\n"
            "1. Welcome\nThe Chair welcomed all to the meeting.\n")
    assert _present(text) == ["Joan Mabey", "Nils Anders", "Hal Boden", "Dee Collis"]
    assert _apologies(text) == ["Pip Coke"]


def test_a_roll_line_names_a_person_and_says_nothing_else():
    assert roll_line("Joan Mabey – Independent Chair")
    assert roll_line("Nils Anders, Tenancy Support Manager, Eastmere City Council")
    assert roll_line("Dr Ana Ruiz (AR) / Governor, Lowfield NHS Foundation Trust")
    assert not roll_line("Joan Mabey – to circulate the report before the next meeting")
    assert not roll_line("Circulation:")
    assert not roll_line("Joan Mabey welcomed everyone and thanked the hosts for the room")


def test_names_under_a_heading_with_a_colon_that_is_no_attendance_heading_are_not_a_roll():
    text = ("Eastmere Board\nMinutes of 18 July 2025\n\nCirculation:\n"
            "Joan Mabey – Independent Chair\nNils Anders – Tenancy Manager\nHal Boden – Director\n\n"
            "1. Welcome\nThe Chair opened the meeting.\n")
    assert _present(text) == []


def test_a_table_of_posts_and_their_holders_under_a_heading_about_people_is_a_roll():
    text = ("# Release sync, 4 March 2026\n\n## Who\n\n| Role | Lead | Shadow |\n| --- | --- | --- |\n"
            "| Release Lead | Mira Oduya | Tom Veld |\n| Docs | Ana Ruiz | — |\n"
            "| Comms | *(absent)* | Lee Park |\n| CI | Raj Iyer (regrets) | — |\n\n## Notes\n\nAll on track.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Mira Oduya", "Tom Veld", "Ana Ruiz", "Lee Park"]
    assert [a.name for a in minutes.apologies] == ["Raj Iyer"]


def test_a_table_of_items_and_presenters_under_a_heading_about_the_agenda_is_no_roll():
    text = ("Forum meeting, 4 March 2026\n\nAgenda\n\nItem\tPresenter\nBudget\tMira Oduya\n"
            "Housing\tTom Veld\nRoads\tAna Ruiz\n\nPresent: Lee Park, Raj Iyer\n")
    assert _present(text) == ["Lee Park", "Raj Iyer"]


def test_a_spaced_slash_parts_a_name_from_its_post_and_two_initials_open_a_name():
    from minutes.people import read_person

    person = read_person("Nick Marlow (NM) / Chair, Salford Vale NHS Foundation Trust")
    assert (person.name, person.role, person.organisation, person.initials) == (
        "Nick Marlow", "Chair", "Salford Vale NHS Foundation Trust", "NM")
    assert read_person("A M Walsh, Meetings Administrator").name == "A M Walsh"
    assert read_person("A New Hope") is None


def test_a_plural_post_or_kind_of_person_heads_its_group():
    text = ("Riverside Trust Board\nMinutes of the meeting held on 4 March 2026\n\n"
            "Non-Executive Directors: Ann Lee (Chair), Bob Marsh, Cai Ng\n"
            "Executive Directors: Dee Ott (Chief Executive), Eli Parr (Director of Finance)\n"
            "Speakers: Hana Sato (Youth Trust)\n\n1. Welcome\nThe Chair opened the meeting.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Ann Lee", "Bob Marsh", "Cai Ng", "Dee Ott", "Eli Parr", "Hana Sato"]
    assert minutes.present[-1].capacity == "in attendance"


def test_all_partners_as_an_actions_owner_heads_no_group():
    from minutes.attendance_headings import attendance_label

    assert attendance_label("All partners") is None
    assert attendance_label("Each director:") is None
    assert attendance_label("Partners") is None  # one word alone may head an item about them
    assert attendance_label("Partners: Fay Quinn (Police)") is not None


def test_also_joining_and_members_of_the_public_alone_on_their_lines_head_their_groups():
    text = ("# Quality Committee, 12 March 2026\n\n## Board members\n- Ann Lee (Chair)\n- Bob Marsh\n\n"
            "## Also joining\n- Eve Pratt, Head of Governance\n- Finn Quill, Company Secretary\n\n"
            "## Members of the public\n- Gail Ross\n\n## 1. Welcome\nThe Chair welcomed members.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Ann Lee", "member"), ("Bob Marsh", "member"), ("Eve Pratt", "in attendance"),
        ("Finn Quill", "in attendance"), ("Gail Ross", "in attendance")]


def test_a_roll_table_with_a_column_of_marks_for_each_way_of_attending():
    text = ("# Board meeting, 4 March 2026\n\n## Attendance\n\n"
            "| Name | Role | In person | Virtual | Apologies |\n|---|---|---|---|---|\n"
            "| Ann Lee | Chair | ✓ | | |\n| Bob Marsh | Chief Executive | | ✓ | |\n"
            "| Dee Ott | Non-Executive Director | | | ✓ |\n\n## 1. Welcome\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh"]
    assert _apologies(text) == ["Dee Ott"]


def test_one_line_of_people_with_their_posts_under_the_title_is_the_roll():
    text = ("Vale ICB Board – 4 March 2026\n\n"
            "Ann Lee (Chair), Bob Marsh (Chief Executive), Cai Ng (Non-Executive Member), Dee Ott\n\n"
            "1. Welcome\nThe Chair welcomed all.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Cai Ng", "Dee Ott"]
    address = ("Vale ICB Board – 4 March 2026\nJubilee House, Falconers Chase, Wymondham Park\n\n"
               "1. Welcome\nThe Chair welcomed all.\n")
    assert _present(address) == []


def test_also_present_for_an_item_heads_a_group_part_way_down():
    text = ("Vale Community Forum\nMinutes, 4 March 2026\n\nMembers: Ann Lee (Chair); Bob Marsh\n\n"
            "1. Minutes of last meeting\nAgreed.\n\n"
            "Also present for item 2: Dee Ott (Council), Eli Parr (Police)\n\n2. Policing update\nNoted.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Dee Ott", "Eli Parr"]


def test_a_roll_set_one_person_to_a_paragraph_carries_on_over_single_blank_lines():
    text = ("NORTH VALE PARTNERSHIP BOARD\n\nPRESENT\n\nAnn Lee (Chair)\n\nBob Marsh\n\nCai Ng\n\n"
            "IN ATTENDANCE\n\nDee Ott, Clerk\n\n1. APOLOGIES\nNone.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Cai Ng", "Dee Ott"]


def test_a_roll_line_may_name_the_body_first_then_who_came_from_it():
    from minutes.people import read_person

    person = read_person("Vale Police – Insp Ann Lee")
    assert (person.name, person.organisation) == ("Insp Ann Lee", "Vale Police")
    assert read_person("Megan Kask (Virtual Ward Matron) MK").name == "Megan Kask"
    text = ("Vale Community Safety Partnership\nMinutes – 4 March 2026\n\nPresent:\n"
            "Vale Police – Insp Ann Lee\nVale Council – Bob Marsh, Community Safety Manager\n"
            "Probation – Dee Ott\n\n1. Welcome\n")
    assert _present(text) == ["Insp Ann Lee", "Bob Marsh", "Dee Ott"]


def test_a_body_named_after_a_blank_line_over_its_people_heads_the_next_group():
    text = ("Vale Community Safety Partnership\nMinutes – 4 March 2026\n\nAttendees\n\n"
            "Vale Council\nAnn Lee, Director of Communities\nBob Marsh, Community Safety Manager\n\n"
            "Vale Police\nInsp Cai Ng\nPC Dee Ott\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Ann Lee", "Vale Council"), ("Bob Marsh", "Vale Council"), ("Insp Cai Ng", "Vale Police"),
        ("PC Dee Ott", "Vale Police")]


def test_a_column_of_marks_under_any_heading_with_a_key_says_who_came():
    text = ("Quality Committee\nMinutes of 16 February 2026\n\nAttendance\n\n"
            "Name\tTitle\tInitials\t16 Feb\n"
            "Jan White\tNon-Executive Director (Chair)\tJW\t✓\n"
            "Tony Oke\tNon-Executive Director\tTO\t✓\n"
            "Dr Vik Bhatt\tMedical Director\tVB\tA\n"
            "Dr Lara Penn\tDeputy Medical Director\tLP\t✓ (for VB)\n\n"
            "Key: ✓ present, A apologies. Also present: Joan Mead, public governor (observing).\n\n"
            "1. Welcome\nJW welcomed members.\n")
    assert _present(text) == ["Jan White", "Tony Oke", "Dr Lara Penn", "Joan Mead"]
    assert _apologies(text) == ["Dr Vik Bhatt"]


def test_a_key_can_make_a_cross_mean_apologies_and_a_letter_mean_a_substitute():
    text = ("HEALTH AND WELLBEING BOARD\nTuesday 10 February 2026\n\nBoard membership and attendance\n"
            "✔ present   ✘ apologies   S substitute attended   – not present\n\n"
            "Name\tRole / organisation\tAtt.\n"
            "Cllr Ann Quay\tChair\t✔\nCllr Fred Hey\tCabinet Member\t✘\nPhil Marr\tDirector of Adult Services\t✘\n"
            "Carol Night\tfor Director of Adult Services\tS\nGreg Ack\tChief Executive\t–\n\n1. Welcome\n")
    assert _present(text) == ["Cllr Ann Quay", "Carol Night"]
    assert _apologies(text) == ["Cllr Fred Hey", "Phil Marr"]


def test_a_column_of_initials_is_no_column_of_marks():
    from minutes.attendance_status import mark_column

    rows = [["Jan White", "JW", "✓"], ["Tony Oke", "TO", "✓"], ["Vik Bhatt", "VB", "A"]]
    assert mark_column(rows, 0) == 2


def test_a_roll_by_body_with_a_column_of_people_for_each_way_of_attending():
    text = ("Vale Safeguarding Adults Board\nNotes, 19 March 2026\n\nMinutes\tTilly Brook, Business Support (TB)\n\n"
            "Attendance\n\nAgency\tAttended\tApologies\n"
            "Vale Council\tPaul Sefton, Director of Adult Services (PS)\t\n"
            "Loddon Council\tGill Wray, Head of Safeguarding (GW)\tNick Bamford, Director\n"
            "Vale Hospital\t\tDr Colin Bright, Named Doctor\n"
            "Probation Service\t–\t–\n"
            "Business Unit\tJenna Whit, Board Manager (JW); Ann Lee\t\n\n"
            "Guest for item 4: Dr Hugo Lind, independent reviewer.\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Tilly Brook", "Business Support"), ("Paul Sefton", "Vale Council"), ("Gill Wray", "Loddon Council"),
        ("Jenna Whit", "Business Unit"), ("Ann Lee", "Business Unit"), ("Dr Hugo Lind", "independent reviewer")]
    assert _apologies(text) == ["Nick Bamford", "Dr Colin Bright"]


def test_minutes_as_a_field_heads_its_taker_only_when_a_name_follows():
    from minutes.attendance_headings import attendance_label

    assert attendance_label("Minutes: Tilly Brook, Business Support")[0].capacity == "officer"
    assert attendance_label("Minutes: The minutes of the last meeting were approved") is None
    assert attendance_label("Minutes of the last meeting") is None


def test_a_roll_by_body_with_bodies_unrepresented_and_apologies_on_their_lines():
    text = ("VALE COMMUNITY COUNCILS FORUM\nMinutes, 20 January 2026\n\n1) Welcome and roll\n\nPresent:\n"
            "Auchen CC: Moira Tenn (MT) (Forum Chair), apologies from Greg Bail\n"
            "Balgro CC: no rep\n"
            "Birdston CC: Hamish Lock, Effie Drum\n"
            "Craigend CC: No functioning CC\n"
            "Milton CC: Apologies from Irene Strang and Ken Dow\n"
            "Torrance CC: Priya Lom (PL), Struan Gill\n\n"
            "2) Minute of previous meeting\nApproved.\n")
    assert _present(text) == ["Moira Tenn", "Hamish Lock", "Effie Drum", "Priya Lom", "Struan Gill"]
    assert _apologies(text) == ["Greg Bail", "Irene Strang", "Ken Dow"]


def test_two_columns_of_titled_names_run_together_are_split_at_the_second_title():
    from minutes.attendance_people import read_block

    people = read_block(["Cllr. Bríd Fenn Ms. Órla Dev, A/Senior Executive Officer",
                         "Cllr. Jim Cos Chief Supt. Derek Flan, Vale/Arden Division",
                         "Cllr. Maj Ratt Supt. Gemma Row, Kilvale District"], set(), [None])
    assert [(p.name, p.organisation) for p in people] == [
        ("Cllr. Bríd Fenn", None), ("Ms. Órla Dev", None), ("Cllr. Jim Cos", None),
        ("Chief Supt. Derek Flan", "Vale/Arden Division"), ("Cllr. Maj Ratt", None),
        ("Supt. Gemma Row", "Kilvale District")]


def test_a_member_named_again_by_title_and_a_two_word_surname_is_the_same_person():
    text = ("Joint Policing Committee, 4 March 2026\n\n"
            "Attendance: Deputy Aisling Mac Giolla; Cllrs Máire Ní Dhonn; Seamus Tier.\n\n"
            "Cllr Ní Dhonn, Cathaoirleach, presided.\n\n1. Minutes\nAdopted.\n")
    assert _present(text) == ["Deputy Aisling Mac Giolla", "Cllr Máire Ní Dhonn", "Cllr Seamus Tier"]


def test_a_roll_tables_rows_whose_cell_gaps_pdf_text_lost_are_read_by_its_header():
    text = ("Transparency Panel\nMinutes of the 14th meeting\nDate: 27 January 2026\n\nAttendance\n"
            "Group Name Organisation / role\n"
            "Panel members Dame Pat Hollow Chair\n"
            "Professor Emeka Nwo University of Northgate\n"
            "Harriet Castel Transparency campaigner\n"
            "Officials Robert Ains Director, Commercial Policy\n"
            "Guests Laura Fen Central Digital Service (item 3)\n"
            "Apologies: Gareth Pugh (panel member); Ngozi Adey (panel member).\n"
            "Item 1: Welcome\n1.1 The Chair welcomed members.\n")
    assert _present(text) == ["Dame Pat Hollow", "Professor Emeka Nwo", "Harriet Castel", "Robert Ains", "Laura Fen"]
    assert _apologies(text) == ["Gareth Pugh", "Ngozi Adey"]


def test_a_list_of_given_names_alone_is_a_list_of_people():
    text = ("# Chapter board call, 3 February 2026\n\nAttending: Hamid, Corinne, Padraig and Leonie\n\n"
            "Apologies: Rhodri\n\nChair: Corinne\n\n## Grants\nAgreed to fund both.\n")
    assert _present(text) == ["Hamid", "Corinne", "Padraig", "Leonie"]
    assert _apologies(text) == ["Rhodri"]
    assert _apologies("Present: Ann Lee, Bo Kim\nApologies: None\n\n1. Minutes\n") == []


def test_a_given_name_alone_after_the_list_is_the_one_listed_with_it():
    text = "Attendees: Rosa Dela, Jun Park, Amadou Sy\nScribe: Jun\n\n## Notes\nNothing to report.\n"
    assert _present(text) == ["Rosa Dela", "Jun Park", "Amadou Sy"]


def test_bodies_represented_with_dot_leaders_to_their_people():
    text = ("VALE PRIMARY CARE NETWORK\nPCN Board - Minutes\n\nPRACTICES REPRESENTED\n"
            "  Calder Medical Centre ....... Dr Nkechi Ade (NA) - Clinical Director, Chair\n"
            "                                Helen Sower (HS) - Practice Manager\n"
            "  Westbrook Surgery ........... Dr Tom Hald (TH) - GP Partner\n\n"
            "ALSO ATTENDING\n  Siobhan Pry (SP) - PCN Operations Manager\n\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Dr Nkechi Ade", "Calder Medical Centre"), ("Helen Sower", None), ("Dr Tom Hald", "Westbrook Surgery"),
        ("Siobhan Pry", None)]


def test_a_kind_of_people_before_a_colon_heads_its_line_however_name_like():
    text = ("GLEN COMMUNITY COUNCIL\nDRAFT MINUTE, 20 January 2026\n\nAttending\n"
            "  Community Councillors: Fiona McAl (Chair), Ruaridh Kerr,\n  Morag Stu, Euan Fair (online)\n"
            "  Highland Councillors: Cllr Hamish Tull\n  Police Scotland: PC Lorna Gill\n\n"
            "Apologies: Iain Mac.\n\n1. Welcome\n")
    assert _present(text) == ["Fiona McAl", "Ruaridh Kerr", "Morag Stu", "Euan Fair", "Cllr Hamish Tull", "PC Lorna Gill"]


def test_an_apologies_sentence_wrapped_inside_its_last_name_reads_on_to_the_next_line():
    text = ("Present: Cllr Ann Lee\n\n42      APOLOGIES FOR ABSENCE\n\n"
            "        Apologies for absence were received from Councillor Derek Holt and from Helen\n"
            "        Maddox (Dene Valley Hospitals NHS Foundation Trust).\n\n43      DECLARATIONS OF INTEREST\n")
    assert _apologies(text) == ["Councillor Derek Holt", "Helen Maddox"]
    text = "Present: Cllr Ann Lee\nApologies from Bo Kim\nThe Chair opened the meeting.\n"
    assert _apologies(text) == ["Bo Kim"]


def test_a_register_of_surnames_first_is_not_a_list_of_given_names():
    text = "Vale Parish Council\n4 March 2026\n\nPresent: Lee, Ann (Chair); Marsh, Bob; Ng, Cai\n\n1. Apologies\nNone.\n"
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Cai Ng"]


def test_two_columns_of_untitled_people_run_together_by_pdf_text_under_two_headings():
    text = ("Vale ICB Finance Committee\n4 March 2026, MS Teams\nPresent In attendance\n"
            "Ann Lee (Chair) Dee Ott, Deputy CFO\nBob Marsh Eli Parr, Head of Planning\nCai Ng\n"
            "Apologies: Fay Quinn\n1. Welcome\n")
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Ann Lee", "member"), ("Bob Marsh", "member"), ("Cai Ng", "member"),
        ("Dee Ott", "in attendance"), ("Eli Parr", "in attendance")]


def test_one_heading_ending_in_present_over_a_table_is_no_pair_of_columns():
    text = ("Care Partnership\nMinutes of 17 March 2026\n\nPartnership members present\n"
            "Cllr Mary Fer\tLeader, Halvale Council (Co-Chair)\nProf Graham Os\tChair, Downs ICB\n"
            "In attendance\nKate Lom\tHead of Secretariat\n\n1. Welcome\n")
    assert _present(text) == ["Cllr Mary Fer", "Prof Graham Os", "Kate Lom"]


def test_a_heading_dressed_with_a_pictograph_is_still_the_heading():
    text = "# Community call\n\n## 👥 Attendees\n- Ann Lee (@alee)\n- Bob Marsh\n\n### Present ✅\nCai Ng, Dee Ott\n\n## Notes\n- Fine.\n"
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Cai Ng", "Dee Ott"]


def test_attended_by_at_the_end_of_the_minutes_is_the_roll():
    text = ("Vale Board\nMinutes of 4 March 2026\n\n1. Minutes\nAgreed.\n\n"
            "Meeting attended by: Ann Lee (Chair), Bob Marsh, Cai Ng and Dee Ott.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Cai Ng", "Dee Ott"]


def test_two_headings_joined_head_one_group():
    from minutes.attendance_headings import attendance_label

    assert attendance_label("Officials and observers")[0].capacity == "officer"
    assert attendance_label("Declined / apologies: Helen Fray")[0].kind == "apologies"
    assert attendance_label("Roads and transport") is None
    text = ("Water Panel\nMinutes of 4 March 2026\nMembers\nDr Imogen Fair (Chair)\nAngus Drum\n"
            "Ex officio and observers\nSamuel Ogun - Drinking Water Inspectorate (observer)\n"
            "Clare Ash - Ofwat (observer, items 1-3)\nSecretariat\nNadine Holl - Head of Secretariat\n"
            "Item 1 - Welcome\n")
    assert _present(text) == ["Dr Imogen Fair", "Angus Drum", "Samuel Ogun", "Clare Ash", "Nadine Holl"]


def test_regrets_after_a_dash_and_apologies_accepted_and_one_more_who_joined_later():
    text = ("# TSC meeting, 12 February 2026\n\n**TSC members present:** Marg Beau (@mb), Yuki Naka (@yn)\n"
            "**Not present:** Arvind Men (@am) — regrets sent; Carla Fuen (@cf)\n\n## Notes\n")
    assert _apologies(text) == ["Arvind Men"]
    text = ("PRESENT: Councillor H. Okon (Chairman)\nPublic: 3 residents. County Cllr Stephen Dow joined at 7.40pm.\n\n"
            "E/101   APOLOGIES FOR ABSENCE\n        Apologies were received from Councillor B. Teag (work) and accepted.\n")
    assert _present(text) == ["Councillor H. Okon", "County Cllr Stephen Dow"]
    assert _apologies(text) == ["Councillor B. Teag"]


def test_a_kind_of_people_opening_a_semicolon_part_ends_the_plural_title_carried():
    text = ("Joint Policing Committee, 4 March 2026\n\nAttendance: Deputies Niall Bro; Senator Conor Hean; "
            "Cllrs Máire Ní Dhonn; Seamus Tier; Community Representatives Bernie Fole (Vale PPN); Eoin Raff (Vale PPN).\n\n"
            "1. Minutes\nAdopted.\n")
    assert _present(text) == ["Deputy Niall Bro", "Senator Conor Hean", "Cllr Máire Ní Dhonn", "Cllr Seamus Tier",
                              "Bernie Fole", "Eoin Raff"]


def test_a_roll_tables_cell_may_hold_several_people_parted_by_semicolons():
    text = ("Local Community Development Committee\n4 March 2026\n\nMembers present\n\nSector\tMember\n"
            "Local Government\tCllr. Colm Dunl (Chairperson); Cllr. Roisín Fah\n"
            "State Agencies\tLiam Cus, Department of Social Protection; Aideen Keo, Education Board\n\n"
            "1. Minutes\n")
    assert _present(text) == ["Cllr. Colm Dunl", "Cllr. Roisín Fah", "Liam Cus", "Aideen Keo"]


def test_one_person_a_line_with_their_status_after_a_colon():
    text = ("# Chapter meeting, 4 March 2026\n\n* Participants and absentees\n    * Ann Lee: Present\n"
            "    * Bob Marsh: Present\n    * Cai Ng: Apologies\n    * Dee Ott: Absent\n* Quorum present? Yes\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh"]
    assert _apologies(text) == ["Cai Ng"]


def test_a_councillor_of_another_council_and_apologies_after_to_receive():
    text = ("VALE PARISH COUNCIL\nMinutes of 4 March 2026\n\nCouncillors: A Lee (Chairman), B Marsh\nClerk: E Parr\n"
            "District Councillor: F Quinn\nParishioners: 2\n\n25/01 To receive apologies: Cllr H Sato (holiday)\n")
    assert _present(text) == ["Councillor A Lee", "Councillor B Marsh", "E Parr", "F Quinn"]
    assert _apologies(text) == ["Cllr H Sato"]


def test_a_numbered_list_of_people_under_an_attendance_heading_is_no_list_of_items():
    text = ("Vale Partnership Board\n\n4 March 2026\n\nMembers present\n\n1. Ann Lee – Chair\n2. Bob Marsh – Police\n"
            "3. Cai Ng – Fire\n\nApologies\n\n4. Dee Ott – Probation\n\n1. Welcome\nThe Chair opened the meeting.\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Ann Lee", "Bob Marsh", "Cai Ng"]
    assert [a.name for a in minutes.apologies] == ["Dee Ott"]
    assert [(i.number, i.title) for i in minutes.agenda_items] == [("1", "Welcome")]


def test_the_roll_said_as_a_sentence_with_no_colon():
    text = ("Vale Forum – notes of 4 March 2026\n\n"
            "The meeting was attended by Ann Lee (Chair), Bob Marsh (Police) and Cai Ng (Council).\n"
            "Also present were Dee Ott and Eli Parr.\n\n1. Welcome\nThe event was attended by 40 people.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Cai Ng", "Dee Ott", "Eli Parr"]


def test_a_group_line_a_blank_line_after_the_roll_is_more_of_it():
    text = ("Vale Trust Board\nMinutes of 4 March 2026\n\nBoard Members: Ann Lee (Chair), Bob Marsh (NED)\n\n"
            "Executive Team: Dee Ott (Chief Executive), Eli Parr (Finance Director)\n\n"
            "Corporate Services: Fay Quinn (Company Secretary)\n\n1. Welcome\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Dee Ott", "Eli Parr", "Fay Quinn"]


def test_non_attendance_is_no_group_of_people_there():
    text = ("Present: Cllr A Rowe (Chair), Cllr B Pike\n\nNON-ATTENDANCE: Cllr W Strand (no apology received).\n\n"
            "1. Minutes\n")
    assert _present(text) == ["Cllr A Rowe", "Cllr B Pike"]


def test_a_short_heading_with_a_colon_over_bullets_of_people_is_a_roll_but_circulation_is_not():
    text = ("# Vale group, 4 March 2026\n\nJoining us today:\n\n- Ann Lee, Vale Council (chair)\n- Bob Marsh, Vale Police\n\n"
            "Circulation:\n- Cai Ng, Vale Fire\n- Dee Ott, Probation\n\n## 1. Notes\nNoted.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh"]
    text = ("# Partnership, 4 March 2026\n\n## 1. Introductions\n\nAround the table:\n\n- Ann Lee, Vale Council\n"
            "- Bob Marsh, Vale Police\n\nOn the phone: Dee Ott (Probation)\n\n## 2. Crime figures\nNoted.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Dee Ott"]



def test_bullets_of_people_under_a_short_heading_far_from_the_roll_are_no_roll():
    text = ("Present: Ann Lee (Chair), Bob Marsh\n\n" + "".join(
        f"{n}. Item {n}\nThe board noted the report on item {n}.\n\n" for n in range(1, 25))
        + "The new task group:\n- Cai Ng, Vale Council\n- Dee Ott, Vale Police\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh"]


def test_more_headings_for_those_supporting_presenting_or_joining_some_way():
    from minutes.attendance_headings import attendance_label

    for heading in ("Also in the room:", "Also on Teams:", "Members online:", "Supporting:", "Governance support:",
                    "Officers supporting the meeting:", "Presenting:", "Participating:"):
        assert attendance_label(f"{heading} Ann Lee") is not None, heading
    for line in ("Technical Support", "Presenting the report, Ann Lee said", "In support of the motion, Cllr Lee said"):
        assert attendance_label(line) is None, line


def test_minutes_with_one_word_after_it_is_an_item_not_its_taker():
    from minutes.attendance_headings import attendance_label

    assert attendance_label("Minutes: Agreed") is None


def test_a_flattened_roll_table_with_a_status_column_last():
    text = ("Vale Safeguarding Board\nMinutes of the meeting held on 4 March 2026\nAttendance\n"
            "Name Organisation Role Present/Apologies\nAnn Lee Vale Council Chair Present\n"
            "Bob Marsh Vale Police DCI Apologies\nCai Ng Vale ICB Designated Nurse Present\n1. Welcome\n")
    assert _present(text) == ["Ann Lee", "Cai Ng"]
    assert _apologies(text) == ["Bob Marsh"]


def test_a_heading_run_straight_into_its_names_by_a_web_page_with_no_space():
    text = "Vale Board\n\n4 March 2026\n\nPresentAnn Lee (Chair), Bob Marsh\n\nIn attendanceDee Ott (Secretary)\n\n1. Welcome\n"
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Dee Ott"]
    from minutes.attendance_headings import attendance_label

    assert attendance_label("Presentations were made") is None


def test_a_roll_running_on_past_a_page_break_and_its_running_head():
    names = [f"Cllr {first} {last}" for last in ("Lee", "Marsh") for first in ("Ann", "Bob", "Cai")]
    text = ("Vale County Council\nMinutes of the Full Council held on 4 March 2026\n\nPresent\n"
            + "\n".join(f"- {name}" for name in names[:3])
            + "\n\n\nVale County Council - Full Council - 4 March 2026\n"
            + "\n".join(f"- {name}" for name in names[3:]) + "\n\n1. Apologies\nCllr Zed Zane.\n")
    assert _present(text) == names



def test_a_running_head_printed_again_elsewhere_between_roll_entries_is_no_part_of_it():
    text = ("OFFICIAL\nVale Partnership\nMinutes of 4 March 2026\n\nPresent\nAnn Lee - Vale Council\n"
            "Bob Marsh - Vale Police\n\n\nOFFICIAL\nCai Ng - Vale Fire\nDee Ott - Probation\n\n1. Apologies\nNone.\n")
    assert _present(text) == ["Ann Lee", "Bob Marsh", "Cai Ng", "Dee Ott"]


def test_a_bodys_officers_a_member_of_the_public_and_attendance_by_video_link():
    from minutes.attendance_headings import attendance_label

    assert attendance_label("ICB officers: Ann Lee")[0].capacity == "officer"
    assert attendance_label("Member of the public: Ann Lee")[0].capacity == "in attendance"
    assert attendance_label("Attendance by video link: Ann Lee") is not None
    assert attendance_label("All officers: to note") is None
    assert attendance_label("Police officers attended the scene") is None


def test_a_roll_written_all_in_capitals_is_read_in_the_usual_case():
    text = ("VALE PARISH COUNCIL\nMINUTES OF 4 MARCH 2026\n\nPRESENT: CLLR ANN LEE (CHAIR), CLLR BOB MARSH, CLLR CAI NG\n"
            "IN ATTENDANCE: DEE OTT (CLERK)\n\n1. MINUTES\nAGREED.\n")
    assert _present(text) == ["Cllr Ann Lee", "Cllr Bob Marsh", "Cllr Cai Ng", "Dee Ott"]


def test_a_years_record_of_meetings_is_read_at_its_last_filled_column():
    text = ("Audit Committee\nMinutes of 12 May 2026\n\nAttendance\n\nName\tJan\tMar\tMay\tJul\n"
            "Ann Lee\t✓\t✓\t✓\t\nBob Marsh\t✓\tA\tA\t\nCai Ng\tA\t✓\t✓\t\nDee Ott\t✓\t✓\tYes\t\n\n"
            "Key: ✓ present, A apologies\n\n1. Minutes\n")
    assert _present(text) == ["Ann Lee", "Cai Ng", "Dee Ott"]
    assert _apologies(text) == ["Bob Marsh"]


def test_who_was_in_the_chair_whatever_the_case_of_chair():
    text = ("MINUTES OF VALE COUNTY COUNCIL MEETING HELD ON MONDAY, 18th JULY, 2025\n\n"
            "The Cathaoirleach, Cllr. H. Kenn, was in the Chair.\n\nThe other Councillors present were:-\n\n"
            "Cllrs. M. Mull, J. Munn.\n\n1. Minutes\n")
    assert _present(text) == ["Cllr. H. Kenn", "Cllr M. Mull", "Cllr J. Munn"]
    text = "At a MEETING of the VALE JOINT BOARD held on 27th October, 2025.\n\nTrudy MACK, Vice Chairperson, in the Chair.\n\nI APOLOGIES\n"
    assert _present(text) == ["Trudy MACK"]
    assert _present("Present: Ann Lee\n\n1. Welcome\nThe Chair thanked all present.\n") == ["Ann Lee"]
