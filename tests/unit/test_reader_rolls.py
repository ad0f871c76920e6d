"""Attendance layouts met in the fifth blind tuning set, each tested on a few invented lines
written the way real bodies set out their roll."""

from minutes import read_minutes
from minutes.people import name_then_post, read_person, split_people
from minutes.score import normalise_name
from tests.rolls import apologies as _apologies, present as _present

_HEAD = "Minutes of the Harbour Forum held on 4 March 2026\n\n"
_BODY = "\n\n1. Welcome\nThe Chair opened the meeting.\n"


def test_two_columns_of_groups_are_each_read_down_with_a_group_starting_part_way():
    text = (_HEAD + "MEMBERS PRESENT:\n\n"
            "  Elected Members                      Oireachtas Members\n"
            "  ---------------                      ------------------\n"
            "  Cllr. Nora Keane (Chair)             Deputy Liam Foley T.D.\n"
            "  Cllr. Paddy Hehir                    Senator Ailbhe Roche\n"
            "  Cllr. Ger Dunne                      \n"
            "  An Garda Síochána                    Community / Voluntary\n"
            "  -----------------                    ---------------------\n"
            "  Chief Supt. Mary Coen, West Div.     Mr. Tom Ryle, Harbour PPN\n"
            "                                       Ms. Una Cleary, Harbour PPN\n"
            "\nAPOLOGIES:   Cllr. Sean Tuite\n" + _BODY)
    assert _present(text) == ["Cllr. Nora Keane", "Cllr. Paddy Hehir", "Cllr. Ger Dunne", "Chief Supt. Mary Coen",
                              "Deputy Liam Foley", "Senator Ailbhe Roche", "Mr. Tom Ryle", "Ms. Una Cleary"]
    assert _apologies(text) == ["Cllr. Sean Tuite"]


def test_a_name_and_role_table_header_is_no_pair_of_groups():
    text = (_HEAD + "Present:\n\nName\tTitle\nOlga Brand (OB)\tDeputy Medical Director\n"
            "Ivan Stoke (IS)\tNon-Executive Director\n" + _BODY)
    assert _present(text) == ["Olga Brand", "Ivan Stoke"]


def test_names_run_into_their_posts_one_a_line_under_in_attendance():
    text = (_HEAD + "Members\nFreya Lund Non-Executive Director (Committee Chair) - FL\n"
            "In attendance\nOwen Hart Director of Finance and Resources - OH\n"
            "Ruth Penn Engagement Lead, external auditor - RP\n"
            "Ada Cole Local Counter Fraud Specialist - AC\n"
            "Apologies\nMark Eden Chief Executive\n" + _BODY)
    assert _present(text) == ["Freya Lund", "Owen Hart", "Ruth Penn", "Ada Cole"]
    assert name_then_post("Owen Hart Director of Finance")
    assert not name_then_post("Deputy Medical Director")
    assert not name_then_post("IAG Vice Chair")


def test_a_heading_written_in_scots_and_english():
    text = _HEAD + "Sederunt / Present: Isla Grant (IG, Convener), Rab Weir (RW)\n" + _BODY
    assert _present(text) == ["Isla Grant", "Rab Weir"]


def test_a_kind_of_observer_before_a_colon_heads_who_observed():
    text = (_HEAD + "Present: Dana Kerr (Chair)\nApologies: Tim Wu\n\n"
            "Independent observer: Leon Pike, Office of the Commissioner.\nApologies: Ola Berg.\n" + _BODY)
    assert _present(text) == ["Dana Kerr", "Leon Pike"]


def test_a_semicolon_list_broken_inside_its_first_entry_and_closed_by_a_short_line():
    text = (_HEAD + "Panel members: Joy Ames (Chair) [JA]; Kit Lowe [KL]\n"
            "Police attendees (non-voting): Inspector Dan Fry, Head of Professional Standards\n"
            "Unit [DF]; Sergeant Amir Khan, Safety Training [AK]; Tess Doyle, Community\n"
            "Engagement Officer [TD].\n"
            "Apologies: Bea Holt.\n" + _BODY)
    assert _present(text) == ["Joy Ames", "Kit Lowe", "Inspector Dan Fry", "Sergeant Amir Khan", "Tess Doyle"]


def test_absent_with_notice_is_an_apology():
    text = _HEAD + "### Directors present\n\n* Amy Rossi\n* Ben Ochoa\n\n### Directors absent\n\n* Cara Nye (with notice)\n" + _BODY
    assert _apologies(text) == ["Cara Nye"]


def test_a_comma_list_carries_on_over_a_line_that_opens_with_a_name():
    text = (_HEAD + "## Who was there\n\nNia Obi (Chair), Sam Hale, Eli Kay (Canonix),\n"
            "Pia Rossi (translations lead), and 3 other community members who did not give names.\n" + _BODY)
    assert _present(text) == ["Nia Obi", "Sam Hale", "Eli Kay", "Pia Rossi"]


def test_one_person_a_line_with_a_dash_keeps_the_commas_after_it():
    text = (_HEAD + "In attendance:\nKay Webb - Lead Pharmacist, ARRS team (KW) - item 3\n"
            "Joe Mane - Digital Lead, Riverside Place (JM) - item 4\n" + _BODY)
    assert _present(text) == ["Kay Webb", "Joe Mane"]


def test_a_comma_list_broken_after_an_initial():
    text = (_HEAD + "Councillors present: G. Marsh (Chairman), F. Oyelaran, H.\nVance, J. Penrose.\n"
            "Also present: Mrs A. Thorne (Parish Clerk); Loxley District Councillor C. Hobb; 6 members of the\n"
            "public; 1 member of the press (Loxley Gazette).\n" + _BODY)
    assert [normalise_name(name) for name in _present(text)] == [
        "g marsh", "f oyelaran", "h vance", "j penrose", "a thorne", "c hobb"]
    assert read_person("Loxley District Councillor C. Hobb").organisation == "Loxley District"


def test_a_substitute_for_a_titled_member_is_one_entry():
    line = "Councillor Sue Ong (County Council) - substitute for Councillor Dev Bain"
    assert split_people(line) == [line]
    assert read_person(line).in_place_of == "Councillor Dev Bain"


def test_a_table_of_names_and_teams_has_a_header_row():
    text = _HEAD + "Officials\n\nName\tTeam\nHana Cole\tData Directorate\nSol Abe\tRegulator's office\n" + _BODY
    assert _present(text) == ["Hana Cole", "Sol Abe"]


def test_a_running_log_reads_only_the_newest_meetings_roll():
    older = "".join(f"* Item {n}: discussed and noted.\n" for n in range(20))
    text = ("# Steering council log\n\n## 2026-03-18\n\nAttendees: Rosa Lee, Jun Park, Amadou Sy (SC); Leo Marr\n"
            "(Release Manager, for item 2)\nRegrets: Ilse Voigt\n\n" + older
            + "\n## 2026-03-04\n\nAttendees: Rosa Lee, Jun Park, Ilse Voigt\n\n* Item: noted.\n")
    assert _present(text) == ["Rosa Lee", "Jun Park", "Amadou Sy", "Leo Marr"]
    assert _apologies(text) == ["Ilse Voigt"]


def test_a_title_with_or_without_its_full_stop():
    assert read_person("Chief Supt. Ann Lowry, West Division").name == "Chief Supt. Ann Lowry"
    assert read_person("Chief Supt Ann Lowry, West Division").name == "Chief Supt Ann Lowry"


def test_the_scorer_reads_dotted_post_nominals_as_post_nominals():
    assert normalise_name("Deputy Ann Moloney T.D.") == normalise_name("Ann Moloney") == "ann moloney"


def test_minutes_pasted_into_an_email_are_dated_by_the_meeting_not_the_mail():
    text = ("From: Ann Bee <ann.bee@nhs.example>\nSent: 13 March 2026 16:42\nTo: North PCN Board\n"
            "Subject: Minutes - PCN Board 11/03/26 (DRAFT)\n\nHi all, draft minutes below.\n\n"
            "NORTH PRIMARY CARE NETWORK - BOARD MEETING\nWednesday 11th March 2026, 12.30-14.00\n\n"
            "Present:\nDr Ann Bee - Clinical Director (AB)\n" + _BODY)
    minutes = read_minutes(text)
    assert str(minutes.date) == "2026-03-11"
    assert minutes.board == "North Primary Care Network"
    undated = "From: Ann Bee\nSent: 13 March 2026 16:42\nTo: Board\nSubject: Minutes - Board 11/03/26\n\nPresent: Cy Dee\n"
    assert str(read_minutes(undated).date) == "2026-03-11"


def test_a_working_groups_next_sync_is_its_next_meeting():
    text = "# Docs WG sync, 2026-03-11\n\nAttendees: Rosa Lee, Jun Park\n\n## 1. Triage\n\nNoted.\n\nNext sync: 2026-03-25, 17:00 UTC\n"
    next_meeting = read_minutes(text).next_meeting
    assert (str(next_meeting.date), str(next_meeting.time)) == ("2026-03-25", "17:00:00")


def test_how_people_joined_heads_the_names_under_it():
    text = (_HEAD + "ATTENDANCE\n\nIn the room\n  Councillor Tess March     Chair; Cabinet Member, WDC\n"
            "  Insp. Owen Gale             Neighbourhood Policing, Wendle Police\n\n"
            "Online\n  Dawn Pett                  Head of Probation Delivery\n\n"
            "Apologies\n  Neil Amos (WDC Housing), Chief Insp. Ruth Dale (Wendle Police)\n" + _BODY)
    assert _present(text) == ["Councillor Tess March", "Insp. Owen Gale", "Dawn Pett"]
    assert _apologies(text) == ["Neil Amos", "Chief Insp. Ruth Dale"]


def test_a_roll_call_with_dot_leaders_gives_each_members_status():
    text = (_HEAD + "ROLL CALL\n  Cllr D. Marsh (Chair) ............ present\n  Cllr R. Teal .............. present\n"
            "  Cllr W. Aber .............. apologies (received and accepted)\n"
            "  Cllr H. Bright ............ absent (no apologies)\n\nOfficer: Ms J. Till, Parish Clerk\n" + _BODY)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Cllr D. Marsh", "Cllr R. Teal", "Ms J. Till"]
    assert [a.name for a in minutes.apologies] == ["Cllr W. Aber"]
    assert [a.name for a in minutes.absent] == ["Cllr H. Bright"]


def test_a_register_coded_by_a_key_with_a_deputy_in_a_members_place():
    text = (_HEAD + "Attendance register\nKey: P = present, A = apologies, D = deputy attended, X = not present\n"
            "Member Designation P/A/D\nMira Odd Non-Executive Director (Committee Chair) P\n"
            "Dr Anji Bhatt Medical Director D - Dr Owen Pry, Deputy Medical Director\n"
            "Stef Novak Director of Operations A\nBea Quail Associate Non-Executive Director X\n" + _BODY)
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [("Mira Odd", None), ("Dr Owen Pry", "Dr Anji Bhatt")]
    assert [a.name for a in minutes.apologies] == ["Stef Novak"]
    assert [a.name for a in minutes.absent] == ["Bea Quail"]


def test_a_roll_in_initials_is_read_through_the_key_at_the_foot():
    text = (_HEAD + "Present (see key below): SR (Chair), AB, DO'N\n\n1. Welcome\nSR welcomed everyone.\n\n"
            "2. Finance\nAB to circulate the budget by 31/03/26.\n\nKEY\nSR   Dr Sana Rao, Clinical Director\n"
            "AB   Alan Bew, PCN Manager\nDO'N Declan O'Neal, Finance Lead\n")
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Dr Sana Rao", "Alan Bew", "Declan O'Neal"]
    assert [a.who for a in minutes.actions] == ["Alan Bew"]


def test_the_post_before_its_titled_holder_and_one_more_who_joined_later():
    text = (_HEAD + "Present: The Town Mayor, Cllr Eira Price (in the chair); the Deputy Mayor, Cllr Owen Madd;\n"
            "Cllrs Glen Bevan, Rhod Tate and Huw Penn. Cllr Mor Jago joined remotely.\n" + _BODY)
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Cllr Eira Price", "Chair"), ("Cllr Owen Madd", "Deputy Mayor"), ("Cllr Glen Bevan", None),
        ("Cllr Rhod Tate", None), ("Cllr Huw Penn", None), ("Cllr Mor Jago", None)]


def test_a_kind_of_people_straight_over_a_bulleted_list_heads_it():
    text = (_HEAD + "Attendees\nPanel members\n- Professor Hel Mark (Chair)\n- Dr Tobi Wren\nSecretariat\n"
            "- Reb Coll, Head of Secretariat\nOfficials and observers\n- Tony Grieve, Cabinet Office (observer)\n"
            "Apologies\n- Dr Ian Bell\n" + _BODY)
    assert _present(text) == ["Professor Hel Mark", "Dr Tobi Wren", "Reb Coll", "Tony Grieve"]


def test_a_members_table_with_a_question_for_its_status_column():
    text = (_HEAD + "Attendance\n\nTSC member\tGitHub\tAffiliation\tHere?\nIna Carr\t@icarr\tLattice\tyes\n"
            "Kwa Asan\t@kasan\tLattice\tno (regrets)\nPav Souk\t@psouk\tindependent\tno\n" + _BODY)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Ina Carr"]
    assert [a.name for a in minutes.apologies] == ["Kwa Asan"]
    assert [a.name for a in minutes.absent] == ["Pav Souk"]


def test_a_bulleted_roll_call_with_a_dash_before_each_status_and_who_else_was_on_the_call():
    text = (_HEAD + "Roll call\n\n- Agni Wron — present\n- Dan Hux — present (joined 18:10)\n- Roh Meh — absent\n\n"
            "Also on the call for item 2: Mir Pope, Code of Conduct committee.\n" + _BODY)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Agni Wron", "Dan Hux", "Mir Pope"]
    assert [a.name for a in minutes.absent] == ["Roh Meh"]


def test_why_someone_came_is_no_part_of_them():
    assert read_person("PC Gemma Lore (Police Scotland) for the police report").name == "PC Gemma Lore"


def test_a_team_heads_its_people_and_not_attending_with_regrets_is_an_apology():
    text = (_HEAD + "Attendance\n\nCoastway NHS FT\n\n- Dr Isla Frain, Stroke Consultant — Chair\n\nNetwork team\n\n"
            "- Rae Hume, Network Manager\n\n**Not attending:** Kia Russo (sent regrets)\n" + _BODY)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Dr Isla Frain", "Rae Hume"]
    assert [a.name for a in minutes.apologies] == ["Kia Russo"]


def test_a_chairmans_signature_line_over_the_page_footer_names_no_one():
    text = (_HEAD + "Present:\n\nCouncillor Hela Prout (Chairman)\n" + _BODY
            + "\nThe meeting ended at 12.52 pm.\n\nCHAIRMAN\n\nWestmarch County Council · Democratic Services\n")
    assert _present(text) == ["Councillor Hela Prout"]


def test_a_legend_mark_and_groups_named_with_a_bracket():
    text = (_HEAD + "Participants\n\n† joined online\n\nNHS England (Standards): Grace Ade (chair), Mart Kowal, Ellie Fram†\n"
            "North ICB: Dr Sim Pett (Clinical Safety Officer)†, Harr Yeung\nSuppliers (observers): Pri Bose (Medway)†\n\n"
            "Apologies: Fai Haq (North ICB)\n" + _BODY)
    assert _present(text) == ["Grace Ade", "Mart Kowal", "Ellie Fram", "Dr Sim Pett", "Harr Yeung", "Pri Bose"]


def test_a_sign_in_list_of_name_handle_and_affiliation():
    text = (_HEAD + "Attendees (add yourself: Name / GitHub / Affiliation)\n\n- Harr Vance / @hvance / Fernbank - SC chair\n"
            "- Ozi Mensa / @o-mensa / Tidewater - SC\n- Ben Auer / @bauer / SC\n" + _BODY)
    assert _present(text) == ["Harr Vance", "Ozi Mensa", "Ben Auer"]
    assert read_person("Ozi Mensa / @o-mensa / Tidewater - SC").initials == "@o-mensa"


def test_council_officials_and_a_table_of_names_and_initials_read_out_as_lines():
    text = (_HEAD + "Attendance:\nChair: Cllr. Mick Farr\nCouncil Officials: Mr. Don Higg, Director of Services; Ms. Carm Loft,"
            " Senior Executive Officer\n\nIn Attendance:\nName Initials Title\nOwen Bradd OB Director of Corporate Affairs\n"
            "Lara Naz LN Chief People Officer\n" + _BODY)
    assert _present(text) == ["Cllr. Mick Farr", "Mr. Don Higg", "Ms. Carm Loft", "Owen Bradd", "Lara Naz"]
    assert read_person("Lara Naz LN Chief People Officer").initials == "LN"


def test_an_officer_with_two_posts_after_a_comma_is_one_person():
    text = (_HEAD + "Officials Present:\tMs. Nia Corr, Senior Executive Officer, Municipal District Co-ordinator;\n"
            "                     Mr. Eam Tier, Senior Engineer.\n" + _BODY)
    assert _present(text) == ["Ms. Nia Corr", "Mr. Eam Tier"]


def test_plural_titles_with_a_dash_and_a_second_sentence_of_the_list():
    text = (_HEAD + "PRESIDING: Councillor Gerd Warr.\n\nPRESENT: Councillors - Pat Brad, J.P. Reill, Paul Ros. "
            "Deputies - Jim Bann and Rob Troy.\n\nAPOLOGIES:- Councillors - Mark Case.\n" + _BODY)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Councillor Gerd Warr", "Councillor Pat Brad", "Councillor J.P. Reill",
                                                 "Councillor Paul Ros", "Deputy Jim Bann", "Deputy Rob Troy"]
    assert [a.name for a in minutes.apologies] == ["Councillor Mark Case"]


def test_a_semicolon_list_wrapped_after_post_nominals_with_titled_names_in_commas():
    text = (_HEAD + "In Attendance: (Committee Members)\nCllr Emm Murr (Chair); Col Ward, SDCC; Emer Hig T.D., Pau Murr T.D., Jon Lah T.D.\n"
            "Cllr Lyn McCr & Cllr Lau Dona ; Chief Superintendent Pet Duff, Chief Superintendent Fin Murr, Inspector Ian Lack;"
            " Gem Cart, Garda Diversion\nAlso present:\nNor Byrn, North LPF\n" + _BODY)
    assert _present(text) == ["Cllr Emm Murr", "Col Ward", "Emer Hig", "Pau Murr", "Jon Lah", "Cllr Lyn McCr", "Cllr Lau Dona",
                              "Chief Superintendent Pet Duff", "Chief Superintendent Fin Murr", "Inspector Ian Lack",
                              "Gem Cart", "Nor Byrn"]


def test_a_bulleted_list_that_opens_with_a_given_name_and_a_company():
    text = (_HEAD + "Attendees:\n\n- Jason (Splunk)\n- Musa Hadd (honeycomb)\n- Cesar (Elastic)\n- Han Ho (Embrace)\n\n"
            "### Agenda\n- Roadmap\n")
    assert _present(text) == ["Jason", "Musa Hadd", "Cesar", "Han Ho"]


def test_the_same_heading_twice_before_anyone_is_read_raises_nothing():
    from minutes.attendance import read_attendance
    found = read_attendance(["CHAIRMAN", "Vale District Council", "", "Item 4 notes", "", "CHAIRMAN", "Vale District Council"])
    assert list(found.present) == []


def test_a_roll_records_at_most_a_few_hundred_people():
    from minutes import read_minutes
    from minutes.roll import MOST_PEOPLE

    names = "\n".join(f"- Ann Hale{number}" for number in range(MOST_PEOPLE + 50))
    minutes = read_minutes(f"Minutes of the Forum held on 3 March 2026\n\nPresent:\n{names}\n\n1. Welcome\nOpened.\n")
    assert len(minutes.present) == MOST_PEOPLE
