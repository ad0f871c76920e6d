"""Actions in running text, their owners and due dates: an office named after "the", what a speaker said they
would do, who moved a motion, pronouns standing for the one who opened the sentence, and the ends of weeks,
months, quarters and years as due dates. Each rule is tried on a few invented lines in the layouts real minutes
use."""

from minutes import read_minutes
from minutes.owners import Owners


def _actions(text):
    return [(a.what, a.who, a.due_text) for a in read_minutes(text).actions]


def test_an_office_after_the_definite_article_is_the_person_who_holds_it():
    owners = Owners(["Ann Cole"])
    assert owners.is_person("The Assistant Commissioner") and owners.is_owner("the Head of Planning", strict=True)
    assert not owners.is_person("the assistant commissioner") and not owners.is_person("The Parish Council")
    text = ("Present: Ann Cole (Chair)\n\n6. Outstanding references\n"
            "The Assistant Commissioner agreed to circulate the revised patrol plan.\n"
            "The Head of Planning would update Members on the appeal.\n"
            "The Chief Inspector would like to thank the volunteers.\n")
    assert _actions(text) == [("Circulate the revised patrol plan", "Assistant Commissioner", None),
                              ("Update Members on the appeal", "The Head of Planning", None)]


def test_who_asked_is_no_part_of_what_they_asked_to_be_done():
    text = ("Present: Ann Cole (Chair)\n\n7. Terms of reference\n"
            "The Vice Chair requested that the draft terms be circulated to every parish.\n")
    assert _actions(text) == [("Circulate the draft terms to every parish", None, None)]


def test_an_agreement_that_opens_the_sentence_without_it_was_is_impersonal():
    text = ("Present: Ann Cole (Chair)\n\n3. Standing orders\n"
            "The draft was adopted on the proposal of Cllr Hurst.\nAgreed to circulate the adopted orders to members.\n"
            "The Panel noted the update and agreed to publish it.\nAgreed to hold the next meeting at the library.\n")
    assert _actions(text) == [("Circulate the adopted orders to members", None, None)]


def test_who_moved_and_seconded_a_motion_owns_none_of_what_it_resolved():
    text = ("Present: Ann Cole (Chair), Cllr Dev Hurst, Cllr Ivy Ross\n\n4. Bus shelter\n"
            "Cllr Hurst proposed and Cllr Ross seconded that a letter be forwarded to the transport authority.\n\n"
            "5. Minutes\nOn the proposal of Cllr Ross, seconded by Cllr Hurst, it was agreed that the minutes be signed.\n\n"
            "6. Verges\nIt was proposed by Cllr Ross and seconded by Cllr Hurst that the Clerk obtain two quotes.\n\n"
            "7. Scrutiny\nResolved that the views of the Panel be referred to the Cabinet.\n")
    assert _actions(text) == [("Forward a letter to the transport authority", None, None),
                              ("Obtain two quotes", "Clerk", None)]


def test_a_speakers_words_after_their_name_and_a_colon_set_no_task():
    text = ("Attendees: Lena Ross (LR), Omar Diaz (OD)\n\n## Packaging\n\n"
            "* Lena: if the vendors agree, we can ship wheels for every platform.\n"
            "* Omar: thinks the release date works for the studios.\n"
            "* OD: bring the licence question to the next call.\n")
    assert _actions(text) == [("Bring the licence question", "Omar Diaz", "the next call")]


def test_the_ends_of_weeks_months_and_years_counted_from_the_meeting():
    from datetime import date

    from minutes.when import find_due_phrase, resolve_due

    wednesday = date(2026, 3, 4)
    readings = {"RC to send the figures by the end of next week": date(2026, 3, 13),
                "RC to send the figures by the end of the week": date(2026, 3, 6),
                "RC to close the accounts by the end of the financial year": date(2026, 3, 31),
                "RC to renew the licence by the end of the year": date(2026, 12, 31),
                "RC to book the hall by end of next month": date(2026, 4, 30)}
    for words, due in readings.items():
        found = find_due_phrase(words)
        assert found is not None and resolve_due(found.value, wednesday, None) == due, words
    assert resolve_due("the end of the financial year", date(2026, 4, 2), None) == date(2027, 3, 31)
    assert resolve_due("end of next week", date(2026, 3, 7), None) == date(2026, 3, 13)  # from a Saturday
    assert find_due_phrase("RC said the end of the road was near") is None


def test_someone_who_said_they_would_do_something_has_it_to_do_unless_it_is_a_wish():
    text = ("Present: Ann Cole (Chair), Tod Dowson\n\n8. Any other business\n"
            "Mr Dowson said he would revert to members with the insurer's response.\n"
            "The Chair said she would welcome views from members before the summer.\n"
            "Tod Dowson said that he would be happy to help.\n")
    assert _actions(text) == [("Revert to members with the insurer's response", "Tod Dowson", None)]


def test_a_resolution_ends_where_a_later_sentence_sets_a_named_owner_a_task():
    text = ("Present: Cllr Ann Cole (Chairman), Cllr Ben Hale\nIn attendance: Mrs Joy Fowler (Clerk)\n\n"
            "6. Finance\n"
            "(i) RESOLVED to approve the payments listed in the schedule.\n"
            "(ii) It was resolved that the precept for next year be set at £9,200. The Clerk will notify the "
            "district council by 31st January.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [("Notify the district council", "The Clerk")]
    assert _actions(text)[0][2] == "31st January"


def test_a_minutes_subject_before_a_colon_is_no_part_of_its_owner():
    text = ("Present: Cllr Ann Cole (Chairman), Cllr Ben Evans\n\n7. Highways\n"
            "(a) Speeding on the B4027: Cllr Evans will contact the Speed Watch coordinator.\n"
            "(b) Verges: the Clerk to ask the county council when they will next be cut.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Contact the Speed Watch coordinator", "Cllr Ben Evans"),
        ("Ask the county council when they will next be cut", "the Clerk")]


def test_a_thing_that_is_to_be_done_beside_an_owners_marker_is_the_task():
    text = ("Present: Cllr Ann Cole (Chairman)\nIn attendance: Mrs Joy Fowler (Clerk)\n\n5. Highways\n"
            "The overgrown hedge on School Lane is to be reported to the landowner. Action: Clerk\n"
            "The broken stile on the bridleway is to be repaired. Action: Clerk\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Report the overgrown hedge on School Lane to the landowner", "Clerk"),
        ("Repair the broken stile on the bridleway", "Clerk")]


def test_it_is_the_thing_someone_noted_in_the_sentence_before():
    text = ("Present: Cllr Ann Cole (Chairman)\nIn attendance: Mrs Joy Fowler (Clerk)\n\n5. Highways\n"
            "Members noted the pothole by the war memorial has reappeared. The Clerk is to report it to the "
            "county council.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Report the pothole by the war memorial to the county council", "The Clerk")]


def test_an_indented_action_line_ends_before_the_next_line_set_further_out():
    text = ("Present: Ann Cole (Chair), Joe Okafor (JO)\n\n"
            "B  QUALITY\n"
            "   B1 Waiting times: the backlog grew again in October.\n"
            "      ACTION (JO): review the triage rota and report to the\n"
            "         quality group monthly.\n"
            "   B2 Carers' feedback was presented and the Committee thanked the carers' group.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Review the triage rota and report to the quality group monthly", "Joe Okafor")]


def test_engineers_todo_with_the_owner_in_brackets_and_an_arrow_before_an_action():
    text = ("Attendees: Sunil Mehra, Greg Tennant\n\nNotes\n\n"
            "1. Logs API\n"
            "  - Sunil wants to mark it stable.\n"
            "  - TODO(Greg): check the SDK status with its maintainers.\n"
            "2. Queue metrics\n"
            "  - No consensus on naming.\n"
            "  >> ACTION (Sunil): write up both options.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Check the SDK status with its maintainers", "Greg Tennant"), ("Write up both options", "Sunil Mehra")]


def test_an_action_item_shorthand_before_an_owner_and_a_dash():
    text = ("Attendees: Helen Oduya, Marco Bellandi\n\n2. Release status\n\n"
            "- AI scheduling: work was discussed at length.\n"
            "- AI: Helen — update the release tracking issue by Friday.\n"
            "- AI: Marco — write up the post-mortem.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Update the release tracking issue", "Helen Oduya"), ("Write up the post-mortem", "Marco Bellandi")]


def test_what_a_speaker_said_they_would_do_is_theirs():
    text = ("Present: Cllr. Aoife Kearney, Cllr. Tom Costigan, Ms. Niamh Rafferty, Superintendent Brian Tuohy, "
            "Inspector Deirdre Walsh\n\n"
            "3. POLICING REPORT\n\n"
            "Superintendent Tuohy said a speed van had been requested for the route and he would revert to "
            "Cllr. Costigan directly.\n\n"
            "In reply, Superintendent Tuohy said:\n"
            "- Station hours were set nationally but he would look at community clinics in the village.\n"
            "- Extra patrols would be directed to the walkway and Inspector Walsh would meet residents there.\n"
            "- The forum would meet again in April.\n\n"
            "4. HOUSING\n\nMs. Rafferty said the figures had improved. She would be on leave in May.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Revert to Cllr. Costigan directly", "Superintendent Brian Tuohy"),
        ("Look at community clinics in the village", "Superintendent Brian Tuohy"),
        ("Meet residents there", "Inspector Deirdre Walsh")]


def test_a_figure_decided_sets_no_work_and_participles_in_ored_keep_their_e():
    from minutes.wording import plain_form

    assert [plain_form(word) for word in ("scored", "restored", "monitored", "sponsored")] == [
        "score", "restore", "monitor", "sponsor"]
    text = ("Present: Ann Cole (Chair)\n\n4. Risk register\n"
            "It was agreed that risk 4 (workforce) be rescored to 16.\n"
            "It was agreed that the unpaid carers risk be scored separately.\n")
    assert [what for what, _, _ in _actions(text)] == ["Score the unpaid carers risk separately"]


def test_he_or_she_is_whoever_opened_the_sentence_or_the_one_before():
    text = ("Present: Cllr Ann Cole (Chairman), Cllr Ben Okafor, Cllr Dee Hale\n\n6. Highways\n"
            "Cllr Okafor reported two potholes in Back Lane; he will log them on the fault reporting tool.\n"
            "Cllr Hale reported on the Local Plan consultation. She agreed to find out whether an exhibition "
            "would be held. She left the meeting at 7.55pm.\n"
            "The bus shelter report was noted. He would be away in May.\n"
            "The Chairman said the grant had been paid but undertook to chase the receipt.\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [
        ("Log them on the fault reporting tool", "Cllr Ben Okafor"),
        ("Find out whether an exhibition would be held", "Cllr Dee Hale"),
        ("Chase the receipt", "The Chairman")]


def test_a_task_due_by_the_deadline_of_a_date():
    text = ("Present: Cllr Ann Cole (Chairman)\nIn attendance: Mrs Joy Fowler (Clerk)\n\n8. Planning\n"
            "RESOLVED to object on grounds of access. Clerk to submit comments by the deadline of 20th January.\n")
    assert _actions(text) == [("Submit comments", "Clerk", "20th January")]


def test_a_motion_agreed_to_be_forwarded_to_another_body_is_work():
    text = ("Present: Cllr Ann Cole (Cathaoirleach)\n\n5. Motions\n"
            "It was agreed that the motion would be forwarded to the transport authority and to local TDs.\n")
    assert _actions(text) == [("Forward the motion to the transport authority and to local TDs", None, None)]


def test_a_members_request_the_meeting_then_agreed_sets_the_work():
    text = ("Present: Cllr Ann Cole (Cathaoirleach), Cllr Ben Hession\n\n6. Any other business\n"
            "Cllr Hession asked that the issue of scrambler bikes be placed on the agenda for the next meeting. "
            "This was agreed.\n"
            "Cllr Cole asked that the hedge cutting rota be reviewed. The Chair noted the request.\n")
    assert _actions(text) == [("Place the issue of scrambler bikes on the agenda", None, "the next meeting")]


def test_an_owner_given_the_requests_verb_alone_takes_on_what_was_asked():
    text = ("Present: Cllr Ann Cole (Chairperson), Cllr Ben Pellow\n\n2. Traffic calming\n"
            "Cllr Pellow asked that the design drawings be circulated to members. Senior Engineer to circulate.\n"
            "Cllr Cole asked that the verges be cut. Clerk to attend.\n")
    assert _actions(text) == [("Circulate the design drawings to members", "Senior Engineer", None)]


def test_a_new_undertaking_under_matters_arising_is_an_action():
    text = ("Present: Cllr Ann Cole (Cathaoirleach), Cllr Tom Costigan, Superintendent Brian Tuohy\n\n"
            "2. MATTERS ARISING\n\n"
            "Cllr Costigan asked again about speed enforcement at the school. Superintendent Tuohy said a van had "
            "been requested for the route and he would revert to Cllr Costigan directly.\n"
            "The CCTV scheme was still with the data protection unit.\n")
    assert _actions(text) == [("Revert to Cllr Costigan directly: speed enforcement at the school",
                               "Superintendent Brian Tuohy", None)]


def test_calendar_quarters_and_the_next_call_as_due_dates():
    from datetime import date

    from minutes.when import find_due_phrase, resolve_due

    february = date(2026, 2, 10)
    found = find_due_phrase("Mr Ruane to finish the lighting by the end of Q2")
    assert resolve_due(found.value, february, None) == date(2026, 6, 30)
    assert resolve_due("Q1", date(2026, 5, 1), None) == date(2027, 3, 31)
    assert resolve_due("Q3 2026", february, None) == date(2026, 9, 30)
    found = find_due_phrase("@ana to open the PR before our next call")
    assert resolve_due(found.value, february, date(2026, 2, 24)) == date(2026, 2, 24)
    assert find_due_phrase("the Q3 report was noted") is None
