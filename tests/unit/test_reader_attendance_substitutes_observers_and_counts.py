"""Who was there in someone's place or in some other capacity: heading sentences that say where the people
were, the chair said as a sentence over the roll, substitutes and members represented by another, observers,
people counted but not named, meeting bots' rolls, and posts that are no person. Each rule is tested on a few
invented lines."""

from minutes import read_minutes
from tests.rolls import apologies as _apologies, present as _present


_HEAD = "Harbour Forum\n\nMinutes of the meeting held on 3 March 2026\n\n"
_TAIL = "\n\n1. Welcome\n\nThe Chair opened the meeting.\n"


# --- headings said as sentences ----------------------------------------------------------------

def test_a_heading_sentence_may_say_where_the_people_were_before_its_verb():
    text = _HEAD + ("## Present at the meeting were:\n\n- Ann Cole – Chair\n- Ben Dyer – Member\n\n"
                    "## Observers at the meeting were:\n\n- Cara Eng – Auditor\n\n"
                    "## Apologies were received from:\n\n- Dan Fry – Member" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Ann Cole", "member"), ("Ben Dyer", "member"), ("Cara Eng", "in attendance")]
    assert _apologies(text) == ["Dan Fry"]


# --- the chair said as a sentence over the roll --------------------------------------------------

def test_the_first_line_under_the_heading_may_say_who_presided():
    text = _HEAD + ("Members Present:\n\nCathaoirleach Cllr. Aine Doyle presiding.\n"
                    "Cllrs. Brid Keane, Colm Furey, Dara Quinn.\n\nOfficials Present:\n\n"
                    "Mr. Eoin Ward, Area Engineer" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present][:2] == [("Cllr. Aine Doyle", "Chair"), ("Cllr Brid Keane", None)]
    assert _present(text)[2:] == ["Cllr Colm Furey", "Cllr Dara Quinn", "Mr. Eoin Ward"]


def test_a_line_about_presiding_in_the_business_is_no_roll():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\n\n1. Welcome\n\nThe Chair thanked those presiding over the stalls.\n"
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


# --- people counted, not named ------------------------------------------------------------------

def test_a_count_of_people_not_named_is_skipped_and_the_list_goes_on():
    text = _HEAD + ("In Attendance:\nThree members of the public\nMrs C Hale, Clerk\nCounty Cllr Mr F Lord\n"
                    "Item No Item under discussion" + _TAIL)
    assert _present(text) == ["Mrs C Hale", "County Cllr Mr F Lord"]
    text = _HEAD + ("## In attendance\n\n- Gil Ames – Director\n- 4 attendees had their names redacted\n"
                    "- Hana Ito – Secretary" + _TAIL)
    assert _present(text) == ["Gil Ames", "Hana Ito"]


# --- substitutes said in sentences ---------------------------------------------------------------

def test_a_substitute_said_after_the_apologies_on_the_same_line_was_there():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\n38  Apologies for absence\n\nApologies for absence were received "
                    "from Councillor Fay Lunn and Chief Superintendent Karen\nOsborne (Vale Police). Superintendent "
                    "Ian Frost attended as substitute.\n\n39  Declarations of interest\n\nNone." + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Superintendent Ian Frost"]
    assert _apologies(text) == ["Councillor Fay Lunn", "Chief Superintendent Karen Osborne"]


def test_a_substitute_on_someones_behalf_or_beside_a_key_is_there_in_their_place():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\nApologies: Dr Jo Lane (Vale Council) - Sara Quin attended on her "
                    "behalf for item 4.\n\nMembers\nCllr Gus Rudd*, Cllr Hal Moor\n*  apologies received     "
                    "Cllr Ivy Hebb attended as substitute for Cllr Rudd." + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present if a.name in ("Sara Quin", "Cllr Ivy Hebb")] == [
        ("Sara Quin", None), ("Cllr Ivy Hebb", "Cllr Rudd")]


def test_a_sentence_about_attending_something_else_is_no_substitute():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\n\n1. Reports\n\nCllr Ned Park attended the county forum for the Chair.\n"
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


# --- a roll table given out a cell to a paragraph, three cells a row -------------------------------

def test_a_roll_of_name_post_and_body_paragraphs_is_read_three_cells_a_row():
    text = _HEAD + ("Attendees\n\nAnn Cole\n\nIndependent Scrutineer (Chair)\n\nHPB\n\nBen Dyer\n\n"
                    "Head of Inclusion (Schools rep)\n\nVale Council\n\nCara Eng\n\nBusiness Manager\n\nHPB\n\n"
                    "Dan Fry\n\nDesignated Doctor\n\nVale ICB\n\nApologies\n\nEve Gill (Vale Police)" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role, a.organisation) for a in minutes.present] == [
        ("Ann Cole", "Independent Scrutineer (Chair)", "HPB"), ("Ben Dyer", "Head of Inclusion (Schools rep)", "Vale Council"),
        ("Cara Eng", "Business Manager", "HPB"), ("Dan Fry", "Designated Doctor", "Vale ICB")]
    assert _apologies(text) == ["Eve Gill"]


def test_a_scrutineer_or_a_secretariat_is_a_post_not_a_person():
    text = _HEAD + "Officers:\n\nGil Ames, Panel Secretariat\nHana Ito, Independent Scrutineer" + _TAIL
    assert _present(text) == ["Gil Ames", "Hana Ito"]


def test_a_title_alone_beside_a_name_is_their_post_not_a_second_person():
    text = _HEAD + ("Present\t\nCllr Ann Cole\tChairman\nIn attendance\t\nCllr Ben Dyer\tDistrict Councillor (until 7.40pm)\n"
                    "Cllr Cara Eng\tTown Councillor" + _TAIL)
    assert _present(text) == ["Cllr Ann Cole", "Cllr Ben Dyer", "Cllr Cara Eng"]


# --- a roll table read out as text, a yes or no mark last ------------------------------------------

def test_a_flattened_roll_table_with_initials_and_a_yes_or_no_column_says_who_came():
    text = _HEAD + ("Attendees\nName Initials Practice / Organisation Role Present\n"
                    "Dr Ann Cole AC Hill Surgery Clinical Director (Chair) Y\nBen Dyer BD Vale Practice GP Partner Y (Teams)\n"
                    "Cara Eng CE Vale Practice Practice Manager N - apologies\nDan Fry DF North ICB Commissioning Manager N\n"
                    "1. Welcome\nAC welcomed all." + _TAIL)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.present] == ["Dr Ann Cole", "Ben Dyer"]
    assert _apologies(text) == ["Cara Eng"]
    assert [a.name for a in minutes.absent] == ["Dan Fry"]


# --- a chat meeting bot's summary ------------------------------------------------------------------

_MEETBOT = ("# Release team meeting\n\nMeeting started by anya at 16:00:08 UTC.\n\n## Meeting summary\n\n"
            "1. **Roll call** (anya, 16:00:15)\n    * *ACTION*: bkoh to tag the release candidate (anya, 16:04:51)\n\n"
            "Meeting ended at 16:58:03 UTC.\n\n## Action items\n\n* bkoh to tag the release candidate\n\n"
            "## People present (lines said)\n\n* anya (61)\n* bkoh (24)\n* c_ruiz (3)\n* relbot (4)\n\n"
            "Generated by MeetBot 0.4\n")


def test_a_meeting_bots_roll_of_lines_said_names_everyone_but_the_bot():
    assert _present(_MEETBOT) == ["anya", "bkoh", "c_ruiz"]


def test_a_meeting_bots_who_and_when_after_a_line_is_no_part_of_the_action():
    minutes = read_minutes(_MEETBOT)
    assert [(a.what, a.who) for a in minutes.actions] == [("Tag the release candidate", "bkoh")]


def test_an_ampersand_inside_a_persons_bracket_parts_no_one():
    text = _HEAD + "Present: Ann Cole (Chair), Ben Dyer\nEx officio: Cllr Cara Eng and Cllr Dan Fry (Ward 9, Tay & Glen Council)" + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cllr Cara Eng", "Cllr Dan Fry"]


# --- a roll by group, each group's people after its colon -----------------------------------------

def test_group_lines_take_a_slash_in_the_groups_name_and_a_mark_after_letters_with_stops():
    text = _HEAD + ("Members Present:\nElected Members: Cllr. Ann Cole (Chairperson); Cllr. Ben Dyer;\nCllr. Cara Eng.\n"
                    "Oireachtas Members: Deputy Dan Fry T.D.*\nCommunity/Voluntary: Ms. Eve Gill (PPN); Mr. Fin Hale (PPN);\n"
                    "Mr. Gus Ives (Residents Forum).\nApologies: Cllr. Hal Joyce." + _TAIL)
    assert _present(text) == ["Cllr. Ann Cole", "Cllr. Ben Dyer", "Cllr. Cara Eng", "Deputy Dan Fry", "Ms. Eve Gill",
                              "Mr. Fin Hale", "Mr. Gus Ives"]


def test_colon_aligned_group_lines_each_naming_one_person_and_a_post_heading_only_its_own_line():
    text = _HEAD + ("ATTENDEES\n---------\nIndependent Chair:       Ms Ann Cole\nMagistrates:             Mr Ben Dyer JP; "
                    "Mrs Cara Eng JP\nOffice of the PCC:       Mr Dan Fry (Policy Officer)\nApologies: Mr Eve Gill" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Ms Ann Cole", "Chair"), ("Mr Ben Dyer", None), ("Mrs Cara Eng", None), ("Mr Dan Fry", "Policy Officer")]


def test_an_email_address_after_a_name_on_the_roll_is_no_part_of_it():
    text = ("# Working group call 2026-03-04\n\n## Attendees\n\n- Ann Cole (Acme) <ann.cole@acme.example>\n"
            "- Ben Dyer <ben@dyer.example>\n- Cara Eng, cara.eng@vale.example\n\n## Agenda\n\n- Item one\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [("Ann Cole", "Acme"), ("Ben Dyer", None), ("Cara Eng", None)]


def test_someone_who_attended_as_an_observer_was_there_but_not_as_a_member():
    text = _HEAD + ("1. Apologies\n\nCllr Ann Cole (Vale Council) was not in attendance. Cllr Ben Dyer attended as an "
                    "observer from Hill Borough Council.\n\n2. Minutes\n\nAgreed.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation, a.capacity) for a in minutes.present] == [
        ("Cllr Ben Dyer", "Hill Borough Council", "in attendance")]


def test_a_sentence_about_an_observer_role_given_to_someone_is_no_attendance():
    text = _HEAD + "Present: Ann Cole, Ben Dyer\n\n1. Reports\n\nThe panel agreed Cllr Cara Eng would act as an observer at the review.\n"
    assert _present(text) == ["Ann Cole", "Ben Dyer"]


# --- names written surname first ------------------------------------------------------------------

def test_a_roll_of_surnames_in_capitals_before_a_comma_reads_each_name_given_first():
    text = _HEAD + ("Present:\nRAY, Bo (Chair)\nCOLE, Ann\nDYER, Ben - Vale Council\nO'NEILL-SMITH, Jo\n\n"
                    "Apologies:\nENG, Cara" + _TAIL)
    minutes = read_minutes(text)
    # (A surname keeps its capitals, as the register wrote it, but for a short one that could pass for a body's initials.)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Bo Ray", "Chair"), ("Ann COLE", None), ("Ben DYER", None), ("Jo O'Neill-Smith", None)]
    assert _apologies(text) == ["Cara Eng"]
    assert _present(_HEAD + "Present: RAY, Bo (Chair); COLE, Ann; DYER, Ben" + _TAIL) == ["Bo Ray", "Ann COLE", "Ben DYER"]


def test_a_bodys_initials_before_a_comma_are_no_surname():
    assert _present(_HEAD + "Present:\nNHS, Ann Cole\nICB, Ben Dyer" + _TAIL) == ["Ann Cole", "Ben Dyer"]


# --- a numbered membership roll, each row a body and its people -----------------------------------

def test_a_numbered_roll_of_bodies_each_with_its_person_after_a_dash_or_colon():
    text = _HEAD + ("Present:\n1. Vale Council - Cllr Ann Cole (Chair)\n2. Hill Police - Supt Ben Dyer\n"
                    "3. Vale ICB - Cara Eng\n4. Fire Service - Dan Fry" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.organisation) for a in minutes.present] == [
        ("Cllr Ann Cole", "Vale Council"), ("Supt Ben Dyer", "Hill Police"), ("Cara Eng", "Vale ICB"),
        ("Dan Fry", "Fire Service")]
    text = _HEAD + "Members present:\n1. Vale Council: Cllr Ann Cole (Chair)\n2. Vale ICB: Cara Eng, Dan Fry" + _TAIL
    assert _present(text) == ["Cllr Ann Cole", "Cara Eng", "Dan Fry"]


def test_a_name_with_its_own_initials_before_a_dash_stays_a_name():
    assert _present(_HEAD + "Present:\nJo Bell JB - Chair\nAl Ray AR - Treasurer" + _TAIL) == ["Jo Bell", "Al Ray"]


# --- a roll written as one run-on paragraph --------------------------------------------------------

def test_a_plural_title_part_way_along_a_comma_list_and_a_heading_begun_on_the_line_above():
    text = _HEAD + ("PRESENT: Councillor Ann Cole (Chairman), Councillor Ben Dyer (Vice-Chairman),\nCouncillors Cara Eng, "
                    "Dan Fry and Eve Gill; Independent\nco-opted members Mr Fin Hale and Ms Gus Ives.\n"
                    "OFFICERS: Mr Hal Joyce (Scrutiny Officer)." + _TAIL)
    assert _present(text) == ["Councillor Ann Cole", "Councillor Ben Dyer", "Councillor Cara Eng", "Councillor Dan Fry",
                              "Councillor Eve Gill", "Mr Fin Hale", "Ms Gus Ives", "Mr Hal Joyce"]


def test_a_titled_name_broken_after_its_first_name_is_joined():
    text = _HEAD + ("ALSO IN ATTENDANCE: Mrs Ann Cole (Commissioner), Chief Constable Ben\nDyer (for minute 52), "
                    "Chief Fire Officer Cara Eng (for minute 52)." + _TAIL)
    assert _present(text) == ["Mrs Ann Cole", "Chief Constable Ben Dyer", "Chief Fire Officer Cara Eng"]


def test_a_kind_of_people_with_its_colon_after_a_comma_list_of_others_heads_only_what_follows_it():
    text = _HEAD + ("Officials\n\nAnn Cole (Head of Data, Vale Office), Ben Dyer (Adviser, Hill Office), Panel secretariat: "
                    "Cara Eng, Dan Fry\n\nObservers\n\nEve Gill (Vale ICO)" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.role) for a in minutes.present] == [
        ("Ann Cole", "Head of Data"), ("Ben Dyer", "Adviser"), ("Cara Eng", "Panel secretariat"),
        ("Dan Fry", "Panel secretariat"), ("Eve Gill", None)]


# --- absent, with word sent -----------------------------------------------------------------------

def test_someone_absent_with_a_reason_or_notice_given_sent_apologies():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\nNot present: Cara Eng (travelling).\nDirectors absent: Dan Fry (Member), "
                    "with notice.\nAbsent: @egill (Eve Gill) — on leave\nAbsent: Fin Hale (no apologies received)" + _TAIL)
    minutes = read_minutes(text)
    assert [a.name for a in minutes.apologies] == ["Cara Eng", "Dan Fry", "Eve Gill"]
    assert [a.name for a in minutes.absent] == ["Fin Hale"]


def test_a_count_of_people_after_the_lists_full_stop_ends_the_list():
    text = _HEAD + ("In attendance: Ann Cole (Deputy CNO); Ben Dyer (Board Secretary); Cara Eng (Healthwatch Vale, observer). "
                    "11 members of the public observed via the livestream." + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]


def test_a_plural_titles_list_carried_on_a_line_opening_with_and_and_a_sentence_of_more_names():
    text = _HEAD + ("PRESENT:\nThe Mayor, Councillor Ann Cole (in the Chair)\nCouncillors: B Dyer (Deputy Mayor), C Eng, D Fry\n"
                    "and E Gill\nIN ATTENDANCE:\nMr Fin Hale (Town Clerk)" + _TAIL)
    assert _present(text) == ["Councillor Ann Cole", "Councillor B Dyer", "Councillor C Eng", "Councillor D Fry",
                              "Councillor E Gill", "Mr Fin Hale"]
    text = _HEAD + "PRESENT: Councillors Ann Cole, Ben Dyer and Cara Eng. Deputy Dan Fry TD." + _TAIL
    assert _present(text) == ["Councillor Ann Cole", "Councillor Ben Dyer", "Councillor Cara Eng", "Deputy Dan Fry"]
    text = _HEAD + "PRESENT: Councillors Ann Cole, Ben Dyer and Cara Eng. Cllr Cole welcomed everyone to the meeting." + _TAIL
    assert _present(text) == ["Councillor Ann Cole", "Councillor Ben Dyer", "Councillor Cara Eng"]


# --- apologies said in sentences --------------------------------------------------------------------

def test_a_substitute_named_in_an_apologys_bracket_was_there_in_that_members_place():
    text = _HEAD + ("1. Apologies for Absence\n\nApologies for absence were received from Mr A Cole (Ms B Dyer attended as "
                    "substitute), Mr C Eng (Mr D Fry, Medical Director attended in his absence), Mr E Gill and Ms F Hale, "
                    "Vale ICB.\n\n2. Minutes\n\nAgreed.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [("Ms B Dyer", "Mr A Cole"), ("Mr D Fry", "Mr C Eng")]
    assert _apologies(text) == ["Mr A Cole", "Mr C Eng", "Mr E Gill", "Ms F Hale"]


def test_apologies_also_received_in_a_second_sentence():
    text = _HEAD + ("1. Apologies\n\nApologies for absence were received from Councillors Ann Cole and Ben Dyer.  Apologies "
                    "for absence were also received from Councillor Cara Eng, who was unwell.\n\n2. Minutes\n\nAgreed.\n")
    assert _apologies(text) == ["Councillor Ann Cole", "Councillor Ben Dyer", "Councillor Cara Eng"]


def test_a_substitute_who_attended_the_meeting_or_was_noted_in_attendance():
    text = _HEAD + ("1. Welcome and apologies\n\nApologies had been received from Cllrs Ann Cole and Ben Dyer.\n\n"
                    "Cllr Cara Eng attended the meeting as a substitute.\n\nIt was noted that Councillor Fry was in "
                    "attendance as a substitute for Councillor Cole.\n\n2. Minutes\n\nAgreed.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present] == [("Cllr Cara Eng", None), ("Councillor Fry", "Councillor Cole")]


def test_a_kind_of_people_with_its_colon_after_a_semicolon_and_a_way_of_joining_in_a_later_sentence():
    assert _present(_HEAD + "Present: Cllrs A Cole (Chair), B Dyer and C Eng; Officers: D Fry (Clerk)" + _TAIL) == [
        "Cllr A Cole", "Cllr B Dyer", "Cllr C Eng", "D Fry"]
    assert _present(_HEAD + "Attending: Ann Cole, Ben Dyer. Joining online: Cara Eng." + _TAIL) == ["Ann Cole", "Ben Dyer", "Cara Eng"]


def test_an_apology_represented_by_someone_else_brings_them_to_the_roll():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\nApologies: Cara Eng (represented by Dan Fry), Eve Gill (substitute: Fin Hale), "
                    "Gus Ives" + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name, a.in_place_of) for a in minutes.present][2:] == [("Dan Fry", "Cara Eng"), ("Fin Hale", "Eve Gill")]
    assert _apologies(text) == ["Cara Eng", "Eve Gill", "Gus Ives"]
    text = _HEAD + "Present: Ann Cole, Ben Dyer\nApologies were received from Cara Eng, who was represented by Dan Fry." + _TAIL
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Dan Fry"]


def test_a_header_tables_row_of_labels_and_values_two_to_a_row():
    text = _HEAD + ("Date:\t3 March 2026\tVenue:\tTown Hall\nAttendees:\tAnn Cole (Chair), Ben Dyer, Cara Eng\tApologies:\t"
                    "Dan Fry" + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Cara Eng"]
    assert _apologies(text) == ["Dan Fry"]


def test_someone_who_observed_the_meeting_was_there_but_a_remark_observed_is_no_one():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\n\nMs Cara Eng (Home Office panels team) observed via the live stream link.\n\n"
                    "1. Finance\n\nThe panel observed that the figures had improved. Members observed a minute's silence.\n")
    minutes = read_minutes(text)
    assert [(a.name, a.organisation, a.capacity) for a in minutes.present] == [
        ("Ann Cole", None, "member"), ("Ben Dyer", None, "member"), ("Ms Cara Eng", "Home Office panels team", "in attendance")]


def test_emeritus_and_non_voting_members_with_a_colon_were_there_without_a_vote():
    text = _HEAD + "**Voting members:** Ann Cole, Ben Dyer\n**Emeritus / non-voting:** Cara Eng (@ceng)\nNon-voting: Dan Fry" + _TAIL
    minutes = read_minutes(text)
    assert [(a.name, a.capacity) for a in minutes.present] == [
        ("Ann Cole", "member"), ("Ben Dyer", "member"), ("Cara Eng", "in attendance"), ("Dan Fry", "in attendance")]


def test_a_post_broken_over_lines_is_not_the_heading_its_second_word_could_be():
    text = _HEAD + ("Officials Present\nMs. Ann Cole, Senior Executive Officer; Mr. Ben Dyer, District Engineer; Ms. Cara Eng, Staff\n"
                    "Officer (Meetings Administrator)\nApologies Cllr. Dan Fry" + _TAIL)
    assert _present(text) == ["Ms. Ann Cole", "Mr. Ben Dyer", "Ms. Cara Eng"]
    assert _apologies(text) == ["Cllr. Dan Fry"]


def test_the_welsh_short_title_before_a_slash_is_the_welsh_side_of_a_bilingual_roll():
    text = _HEAD + "Yn bresennol / Present: Cyng. Ann Cole; Cyng. Sir / County Cllr Ben Dyer; Mr Cai Eng, Clerc / Clerk" + _TAIL
    assert _present(text) == ["Cyng. Ann Cole", "County Cllr Ben Dyer", "Mr Cai Eng"]


def test_a_meeting_bots_roll_as_a_numbered_list_with_a_colon_and_chat_ids():
    text = ("Release meeting\n\nMeeting started by anya.\n\nPeople Present (lines said):\n\n1. anya (61)\n"
            "2. @bkoh:chat.example (24)\n3. zodbot (5)\n\nGenerated by MeetBot.\n")
    assert _present(text) == ["anya", "@bkoh:chat.example"]


# --- from the sixteenth tuning set ----------------------------------------------------------------

def test_two_columns_of_names_with_their_initials_run_onto_each_line():
    text = _HEAD + ("PRESENT\nCouncillor Initials Councillor Initials\nCllr Ann Cole AC Cllr Ben Dyer BD\n"
                    "Cllr Cara Eng CE Cllr Dan Fry DF\nOfficers: Mrs Eve Gill, Town Clerk (TC)." + _TAIL)
    minutes = read_minutes(text)
    assert [(a.name) for a in minutes.present] == ["Cllr Ann Cole", "Cllr Ben Dyer", "Cllr Cara Eng", "Cllr Dan Fry",
                                                  "Mrs Eve Gill"]


def test_a_member_represented_by_another_and_among_the_apologies_was_not_there():
    text = _HEAD + ("Members present\nCouncillor Ann Cole (Chair)\nBen Dyer (Director of Children's Services) - represented by "
                    "Cara Eng, Assistant Director, Early Help\nDan Fry (Healthwatch)\n\n1. Apologies\n\nApologies were received "
                    "from Ben Dyer and Eve Gill. Cara Eng attended as substitute for Ben Dyer.\n\n2. Minutes\n\nAgreed.\n")
    minutes = read_minutes(text)
    assert sorted((a.name, a.in_place_of) for a in minutes.present) == [
        ("Cara Eng", "Ben Dyer"), ("Councillor Ann Cole", None), ("Dan Fry", None)]


def test_an_apology_represented_by_someone_after_a_comma_brings_them():
    text = _HEAD + ("Present: Ann Cole, Ben Dyer\nApologies: Eve Gill (Probation); Dr Fin Hale (Mental Health Partnership),\n"
                    "represented by Gus Ives (GI), Safeguarding Lead." + _TAIL)
    assert _present(text) == ["Ann Cole", "Ben Dyer", "Gus Ives"]
    assert _apologies(text) == ["Eve Gill", "Dr Fin Hale"]


def test_a_member_listed_as_represented_by_another_was_not_there_and_the_other_was():
    text = _HEAD + ("Members present\nCouncillor Ann Cole (Chair)\nBen Dyer (Director of Children's Services) - represented by "
                    "Cara Eng, Assistant Director, Early Help\nDan Fry (Healthwatch)\nEve Gill (Vale ICB) (represented by Fin Hale)"
                    + _TAIL)
    minutes = read_minutes(text)
    assert sorted((a.name, a.in_place_of) for a in minutes.present) == [
        ("Cara Eng", "Ben Dyer"), ("Councillor Ann Cole", None), ("Dan Fry", None), ("Fin Hale", "Eve Gill")]
