"""Commitments in running text, their owners and a terse task's topic: a bare verb or a generic object takes the
matter its entry, its item or the member before raised; work promised in the passive; and offices that can own
work. Each rule is tried on a few invented lines in the layouts real minutes use."""

from minutes import read_minutes
from minutes.topics import about, is_terse


def _actions(text):
    return [(a.what, a.who, a.due_text) for a in read_minutes(text).actions]


def test_a_bare_verb_or_a_generic_object_is_terse_and_a_named_matter_is_not():
    for terse in ("Chase", "Arrange.", "Draft a response", "Obtain a third quote", "Book places", "Ping her",
                  "Update members", "Prepare the accounts", "Report back", "Announce it on the mailing list"):
        assert is_terse(terse), terse
    for full in ("Draft the joint letter", "Update the website",
                 "Contact the landowner", "Write to the successful applicants", "Share the survey",
                 "Circulate the notes by Friday", "Bring the revised plan to the March meeting"):
        assert not is_terse(full), full


def test_a_terse_task_takes_the_title_its_entry_opens_with():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n4. Village amenities\n"
            "(a) 25/88 Bus shelter glazing at the green - still awaiting the glazier. Clerk to chase.\n")
    assert _actions(text) == [("Chase: Bus shelter glazing at the green", "Clerk", None)]


def test_a_terse_task_after_a_task_is_about_what_that_task_was_about():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell, Cllr Mia Pugh\n\n7. Training\n"
            "Cllrs Bell and Pugh to attend the county planning workshop on 9 March. Clerk to book places.\n")
    assert ("Book places: the county planning workshop", "Clerk", None) in _actions(text)


def test_a_terse_undertaking_is_about_what_a_member_raised_just_before():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell, Mr Tom Hale (Engineer)\n\n3. Roads\n"
            "Cllr Bell raised flooding on the lane to Nantgwyn. Mr Hale said the drain had been surveyed and he "
            "would update members at the next meeting.\n")
    assert _actions(text) == [("Update members: flooding on the lane to Nantgwyn", "Mr Tom Hale",
                               "the next meeting")]


def test_a_terse_task_under_a_titled_item_takes_the_title_and_a_one_word_or_standing_title_is_none():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n5. Churchyard wall repairs\n"
            "Two estimates were received. Cllr Bell to obtain a third quote.\n\n6. Jobs\nACTION: Clerk to share the figures.\n"
            "\n7. Matters arising\nACTION: Clerk to chase.\n")
    assert _actions(text) == [("Obtain a third quote: churchyard wall repairs", "Cllr Rhys Bell", None),
                              ("Share the figures", "Clerk", None), ("Chase", "Clerk", None)]


def test_a_name_before_a_dash_is_who_wrote_and_the_matter_follows_it():
    assert about("Draft a response", ["Harbury District Council - consultation on the local walking plan, "
                                      "closing 6 May."]) == "Draft a response: consultation on the local walking plan"
    assert about("Draft a response", ["Two quotes received (£400 and £520)."]) == "Draft a response"
    assert about("Circulate the notes", ["Year end: auditor booked."]) == "Circulate the notes"


def test_a_terse_task_in_a_row_of_minute_text_takes_its_entry_s_topic():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n"
            "| Minute | Notes | Action |\n|---|---|---|\n"
            "| 26/12 | Allotments. The gate lock needs replacing. It was agreed to buy one. Cllr Bell to arrange. | RB |\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [("Arrange replacing the gate lock", "Cllr Rhys Bell")]


def test_work_promised_in_the_passive_is_a_task_and_news_in_the_passive_is_not():
    text = ("Present: Ann Cole (Chair), Mr Tom Hale (Engineer)\n\n3. Roads\n"
            "Mr Hale said the survey had identified four failing culverts on the moor road. The list will be "
            "circulated to members.\nThe bridge will be closed for a fortnight in May.\n"
            "Funding would be provided by the county council.\nA letter will be sent if the verge is not cut.\n"
            "The cycle forum would meet again in June and Ms Ada Rees would be invited.\n"
            "The plan will be published on the website.\n")
    assert _actions(text) == [("Circulate the list to members: four failing culverts on the moor road", None, None),
                              ("Invite Ms Ada Rees: the cycle forum", None, None)]


def test_who_agreed_that_work_would_be_done_owns_it_and_the_meeting_s_own_request_sets_it():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n4. Public question time\n"
            "A resident asked about the closure of the footpath at Pen y Bryn. The Chair agreed a written reply "
            "would be sent.\n\n5. Food banks\nBoard asked that a list of food bank opening times be shared with "
            "partners.\nCllr Bell asked that the hall be repainted.\n")
    assert _actions(text) == [
        ("Send a written reply: the closure of the footpath at Pen y Bryn", "The Chair", None),
        ("Share a list of food bank opening times with partners", None, None)]


def test_a_figure_or_an_aside_in_brackets_closes_a_sentence():
    from minutes.decisions import sentences
    assert sentences("Performance was 71.4%. RB to circulate the plan.") == [
        "Performance was 71.4%.", "RB to circulate the plan."]
    assert sentences("The lease was renewed. (Cllr Bell did not vote.) AC to arrange sealing.") == [
        "The lease was renewed.", "(Cllr Bell did not vote.)", "AC to arrange sealing."]
    assert sentences("See the report (item 4.) for detail.") == ["See the report (item 4.) for detail."]


def test_an_undertaking_to_stand_aside_is_no_task():
    text = ("Present: Ann Cole (Chair), Dr Ben Pike\n\n2. Declarations\n"
            "Dr Pike declared an interest as a trustee of the charity. He would take no part in the decision.\n"
            "Dr Pike said he would not vote on item 6.\n")
    assert _actions(text) == []


def test_having_a_thing_done_is_work_and_a_chain_of_to_clauses_is_one_task():
    text = ("Present: Ann Cole (Chair), Mr Tom Hale (Engineer)\n\n3. Roads\n"
            "Mr Hale agreed to have the drains cleared and to inspect the culvert, and to report back to the May meeting.\n"
            "It was agreed that the motion would be forwarded to the minister and to local TDs.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Have the drains cleared and inspect the culvert and report back to the May meeting",
        "Forward the motion to the minister and to local TDs"]


def test_members_agreeing_to_a_piece_of_work_set_it_and_their_own_visit_is_no_task():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n3. Health services\n"
            "The reply was considered unsatisfactory; members agreed to invite the hospital manager to the May meeting.\n"
            "Cllr Bell asked that the Committee visit the new depot. Agreed.\n")
    assert [what for what, _, _ in _actions(text)] == ["Invite the hospital manager to the May meeting"]


def test_an_owner_told_to_act_accordingly_takes_on_the_request_before():
    text = ("Present: Ann Cole (Chair), Ms Una Price (Democratic Services Officer)\n\n9. Work programme\n"
            "Members asked that a report on rural bus services be added for July. The Democratic Services Officer "
            "to update the work programme accordingly.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Add a report on rural bus services for July", "The Democratic Services Officer")]


def test_a_resolution_s_second_clause_naming_an_office_without_that_is_its_task():
    text = ("Present: Ann Cole (Chair), Ms Una Price (Democratic Services Officer)\n\n6. Co-option\n"
            "Resolved: That Mr Ivo Lane be co-opted to the Panel for two years, and the Democratic Services "
            "Officer write to him to confirm.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Write to him to confirm", "Democratic Services Officer")]


def test_authority_delegated_to_an_officer_is_that_officer_s_task():
    text = ("Present: Ann Cole (Chair)\nIn attendance: Ms Una Price (Town Clerk)\n\n7. Lease of the kiosk\n"
            "Resolved: to delegate to the Town Clerk, in consultation with the Mayor, authority to agree the terms "
            "of the kiosk lease.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Agree the terms of the kiosk lease in consultation with the Mayor", "Town Clerk")]


def test_what_someone_asked_for_beside_an_owner_is_to_be_provided_or_done_as_asked():
    text = ("Present: Ann Cole (Chair), Dr Ben Pike (BP)\n\n4. Waiting lists\n"
            "Members discussed waits for hip operations. AC asked for an analysis by age group.      BP\n"
            "AC asked for a summary of complaints to be brought to the June meeting.      BP\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Provide an analysis by age group", "Dr Ben Pike"),
        ("Bring a summary of complaints to the June meeting", "Dr Ben Pike")]


def test_a_word_of_contact_takes_as_its_topic_only_a_matter_raised_just_before():
    text = ("Present: Ann Cole (Chair)\nIn attendance: Ms Una Price (Clerk)\n\n"
            "5. Public participation. A resident raised the blocked culvert on Ford Lane. Clerk to write to the "
            "landowner.\n\n6. Grants. Two applications were received. Clerk to write to the applicants.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Write to the landowner: the blocked culvert on Ford Lane", "Write to the applicants"]


def test_the_chair_s_request_sets_work_and_a_task_ends_before_the_minute_s_next_record():
    text = ("Present: Ann Cole (Chairman), Cllr Rhys Bell\n\n4. Working party\n"
            "The Chairman requested that the terms of reference be circulated to all members.\n\n"
            "5. Monitoring\nIt was agreed that a monitoring report should be submitted each spring, and it was also "
            "noted that the panel could call for one at any time.\n")
    assert [what for what, _, _ in _actions(text)] == ["Circulate the terms of reference to all members",
                                                      "Submit a monitoring report each spring"]


def test_the_whole_membership_urged_to_act_is_no_task_and_one_member_asked_is():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n6. Elections\n"
            "Members were encouraged to promote the by-election. Governors are reminded to complete the skills audit.\n"
            "Cllr Bell was asked to book the polling station.\n")
    assert [what for what, _, _ in _actions(text)] == ["Book the polling station"]


def test_an_undertaking_under_matters_arising_is_about_what_a_member_asked_before_it():
    text = ("Present: Ann Cole (Chair), Supt Tom Hale\n\n2. Matters arising\n"
            "Cllr Cole asked again about parking on the school lane. Supt Hale said patrols had been increased and "
            "he would write to Cllr Cole directly.\n")
    assert [what for what, _, _ in _actions(text)] == ["Write to Cllr Cole directly: parking on the school lane"]


def test_an_office_by_its_initials_or_after_its_body_s_initials_can_own_work():
    from minutes.vocabulary import OWNER_ROLES

    assert OWNER_ROLES.match("the PCC") and OWNER_ROLES.match("The ICB Chief Executive")
    assert not OWNER_ROLES.match("the pcc") and not OWNER_ROLES.match("ICB") and not OWNER_ROLES.match("the YJS")
    text = ("Present: Ann Cole (Chair)\nAlso present: Ben Pike - Police and Crime Commissioner\n\n5. Budget\n"
            "The PCC agreed to provide a breakdown of overtime by district before the June meeting.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Provide a breakdown of overtime by district", "The PCC")]


def test_whoever_did_one_thing_and_agreed_to_do_another_has_that_to_do():
    text = ("Present: Ann Cole (Chair), Dr Ben Pike\n\n3. Public questions\n"
            "Dr Pike gave a verbal reply and agreed to send the questioner a written answer.\n"
            "Resolved: That the complaint be closed and the Monitoring Officer write to the complainant.\n"
            "Members agreed that the rise needed study, and that the police and the Youth Service would review each case.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Send the questioner a written answer", "Dr Ben Pike"),
        ("Write to the complainant", "Monitoring Officer")]


def test_question_and_answer_records_give_the_answerer_s_undertakings_and_what_they_are_about():
    text = ("Present: Ann Cole (Chair)\nIn attendance: Supt. Ray Behan, Insp. Lee Scales, Ms. Una Price (Director)\n\n"
            "3. Questions\n"
            "Query: Cllr. Cole - number of speed checks on the coast road.\n"
            "Response: Supt. Behan did not have the figure and would provide it in writing to the member.\n\n"
            "Query: Cllr. Cole - graffiti at the pier.\n"
            "Response: Insp. Scales said the Community Warden would remove it this week. Ms. Price agreed the "
            "Council would repaint the railings.\n\n"
            "4. Other\nPCSO Hale said the team was aware and would continue to patrol.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Provide number of speed checks on the coast road in writing to the member", "Supt. Ray Behan"),
        ("Remove graffiti at the pier this week", "Community Warden"),
        ("Repaint the railings", "Ms. Una Price")]


def test_two_undertakings_joined_by_and_are_two_tasks_and_a_title_alone_names_its_one_holder():
    text = ("Present: Cllr Ann Cole (Chair)\nIn attendance: Chief Superintendent Lee Nagle, Superintendent Bo Ray\n\n"
            "3. Policing report\nIn response to members, the Chief Superintendent undertook to increase patrols at "
            "the harbour over Easter, and Superintendent Ray agreed to provide a breakdown of thefts by district.\n"
            "Cllr Cole requested a map of the cycle routes; Superintendent Ray agreed to circulate it.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Increase patrols at the harbour over Easter", "Chief Superintendent Lee Nagle"),
        ("Provide a breakdown of thefts by district", "Superintendent Bo Ray"),
        ("Circulate a map of the cycle routes", "Superintendent Bo Ray")]
    listed = "Present: Ann Cole, Bob Ray, Cy Dee\n\n2. Plan\nAnn Cole, Bob Ray, and Cy Dee agreed to review the plan.\n"
    assert _actions(listed) == [("Review the plan", "Ann Cole, Bob Ray, Cy Dee", None)]


def test_notes_in_the_passive_set_work_and_an_agent_who_is_an_office_owns_it():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\nIn attendance: Ms Una Price (Secretary)\n\n4. Allotments\n"
            "(i) Revised plot rules to be circulated to plot holders by 28 February.\n"
            "(ii) Dev Rao to be notified by the Secretary and added to the waiting list.\n"
            "(iii) Funding to be provided by the county council.\n"
            "(iv) Cllr Bell asked for the gate lock to be replaced.\n"
            "Cllr Bell reported on the drainage survey and said he would find out when the report is due.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Circulate revised plot rules to plot holders", None),
        ("Notify Dev Rao and add to the waiting list", "the Secretary"),
        ("Find out when the report is due", "Cllr Rhys Bell")]


def test_an_outcome_under_an_action_head_is_no_owner_and_actions_arising_from_this_meeting_is_a_list():
    text = ("Present: Ann Cole (Chair), Jo Bell\n\n5. Pilot\n"
            "Recommendation: That the Board note the progress. Action: AGREED\n\n"
            "Actions arising from this meeting\n\n"
            "1. Share the venue list with the pilot team. Lead: Jo Bell. By: 13 March 2026.\n"
            "2. Write to the ICB about dental access. Lead: Chair.\n")
    assert [(what, who, when) for what, who, when in _actions(text)] == [
        ("Share the venue list with the pilot team", "Jo Bell", "13 March 2026"),
        ("Write to the ICB about dental access", "Chair", None)]


def test_what_someone_suggested_is_the_topic_and_a_person_to_whom_it_goes_says_nothing_of_it():
    assert is_terse("Send comments to MO") and not is_terse("Send the report to the Council")
    text = ("Present: Ann Cole (Chair), Ned Ober (NO), Ria Hale (RH)\n\n7. Funding\n"
            "RH suggested door-step safety checks for older victims of fraud.\n"
            "DECISION: Agreed in principle; NO and RH to bring a costed proposal to the next meeting.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Bring a costed proposal: door-step safety checks for older victims of fraud"]
    assert about("Draft a response", ["Harbury Parish Council - Annual Report - OFFICIAL"]) == "Draft a response"


def test_notes_that_leave_out_what_is_to_be_done_mean_what_was_just_raised():
    text = ("Present: Ann Cole (Chair), Rafe Bell (RB), Lee Hunt (LH)\n\n6. AOB\n"
            "Rafe raised fly-tipping data - to be brought to the May meeting (RB).\n"
            "LH raised delays to school transport. To come back to the June board.\n"
            "Cllr Cole raised the verge - to be cut in \"HERITAGE GREEN\" style.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Bring fly-tipping data to the May meeting", "Rafe Bell"),
        ("Bring delays to school transport back to the June board", None)]


def test_what_is_sent_takes_the_object_s_place_and_a_purpose_clause_is_no_part_of_the_task():
    assert about("Circulate to all members for comment",
                 ["Letter from the water company on the new reservoir –"]) == (
        "Circulate letter from the water company on the new reservoir to all members for comment")
    text = ("Present: Ann Cole (Chair), Elif Kaya\n\n3. Docs\n"
            "Elif to announce the change on the forum before 15 Feb so users have a month's notice.\n"
            "A traffic count will be carried out when the school reopens.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Announce the change on the forum", "Carry out a traffic count when the school reopens"]


def test_one_stands_for_the_thing_asked_about_and_a_title_in_words_names_its_holder():
    from minutes.owners import Owners

    assert Owners(["County Cllr Huw Price"]).resolve("the County Councillor") == "County Cllr Huw Price"
    text = ("Present: Ann Cole (Chair), Ingrid Sol\n\n10. New business\n"
            "Kamala asked whether the board would publish a roadmap for the events team. Ingrid will draft one for "
            "discussion.\n\n11. Car park\nMembers considered two quotes. RESOLVED to defer a decision until a third "
            "quote is obtained. Action: Ingrid Sol to obtain a third quote.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Draft a roadmap for the events team for discussion", "Obtain a third quote: car park"]


def test_a_body_or_meeting_a_thing_goes_to_says_nothing_of_it_and_a_letter_requesting_names_the_matter():
    assert is_terse("Examine the request with the Environment Section")
    assert about("Examine the request with the Environment Section",
                 ["Letter from the Tidy Towns group requesting more litter bins on Quay Street."]) == (
        "Examine the request with the Environment Section: more litter bins on Quay Street")
    assert not is_terse("Bring the revised plan to the March meeting")


def test_a_pronoun_s_undertaking_after_how_the_answer_came_about_is_the_person_s_before():
    text = ("Present: Ann Cole (Chair), Dr Ben Pike\n\n4. Report\n"
            "Dr Pike introduced the report. In response to questions on the rural team, he undertook to provide the "
            "Panel with the number of officers.\n")
    assert _actions(text) == [("Provide the Panel with the number of officers", "Dr Ben Pike", None)]


def test_a_task_ends_before_a_deferral_or_an_aside_and_a_raised_thing_before_what_is_said_of_it():
    text = ("Present: Ann Cole (Chair), Ela Brook, Ms Ida Kerr\n\n5. Policy\n"
            "Ela to circulate a redline to the board list; decision deferred to the April meeting.\n"
            "Ida to propose dates (she was not here - Ann will ask her).\n\n6. Matters arising\n"
            "Cllr Cole asked about the bus shelter at the green which had been raised in May. Ms Kerr said the "
            "contractor had been chased and she would update members.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Circulate a redline to the board list", "Propose dates", "Update members: the bus shelter at the green"]


def test_updating_a_list_just_added_to_is_adding_what_was_agreed():
    text = ("Present: Ann Cole (Chair), Gwen Roe\n\n7. Work programme\n"
            "The Panel agreed to add a session on knife crime to the work programme for July. Gwen Roe to update "
            "the work programme.\nGwen Roe to update the risk register.\n")
    assert [what for what, _, _ in _actions(text)] == [
        "Update the work programme with a session on knife crime", "Update the risk register"]


def test_a_terse_undertaking_with_a_closing_condition_takes_its_topic_before_the_condition():
    from minutes.topics import about
    before = ["Cllr Ash asked about the CCTV scheme at the station car park."]
    assert about("Update members when it is returned", before) == (
        "Update members: the CCTV scheme at the station car park, when it is returned")
    assert about("Find out when the report is due", before) == "Find out when the report is due"
