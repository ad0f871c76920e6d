"""Reading minutes text: each fixture is a different board's way of writing minutes."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes import extract_text, read_minutes
from tests.fixture_minutes import read_fixture

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
CONTRACT_KEYS = {
    "board", "date", "start_time", "end_time", "venue", "theme", "present", "apologies",
    "agenda_items", "decisions", "declarations", "actions", "next_meeting",
}
DOCUMENTS = sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html"))


def read(name: str):
    return read_fixture(name)  # (read once a session: see tests.fixture_minutes)


def actions_of(name: str) -> list[tuple]:
    return [(a.what, a.who, a.due, a.due_text, a.item) for a in read(name).actions]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_fixture_reads_to_exactly_its_expected_json(name):
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text())
    assert read(name).to_json() == expected


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_json_has_exactly_the_contract_keys(name):
    found = read(name).to_json()
    assert set(found) == CONTRACT_KEYS
    assert set(found["next_meeting"]) == {"date", "time", "venue", "theme"}
    assert all(set(p) == {"name", "organisation", "role", "in_place_of", "capacity"} for p in found["present"])
    assert all(set(a) == {"what", "who", "due", "due_text", "item", "carried"} for a in found["actions"])


def test_a_what_who_when_table_gives_one_action_per_row_and_the_same_action_in_the_body_counts_once():
    assert actions_of("what-who-when-table.txt") == [
        ("Map the hotspots against CCTV coverage", "Ben Crossley", date(2015, 3, 20), "20.03.15", None),
        ("Review Shop Watch radio contract", "Inspector Carl Whitlow", date(2015, 3, 31), "31.03.15", None),
        ("Draft the partnership plan 2015/16", "Joanne Pike", date(2015, 5, 7), "next meeting", None),
        ("Report on housing-related ASB cases", "Gemma Froggatt", None, "asap", None),
    ]


def test_an_inline_attendance_paragraph_gives_names_titles_roles_and_organisations():
    minutes = read("what-who-when-table.txt")
    chair, chief = minutes.present[0], minutes.present[1]
    assert (chair.name, chair.role, chair.capacity) == ("Councillor Ruth Penrose", "Chair", "member")
    assert (chief.name, chief.role, chief.organisation) == (
        "Owen Blake", "Chief Executive", "Ashbourne District Council")
    assert [p.capacity for p in minutes.present[5:]] == ["in attendance", "in attendance", "officer", "officer"]
    assert [a.name for a in minutes.apologies] == ["Martin Eyre", "Kath Dunmore", "Councillor Lee Tranter"]


def test_an_action_owner_deadline_table_in_markdown_keeps_an_impossible_date_only_as_written():
    assert actions_of("action-owner-deadline-table.md")[2] == (
        "Write to NHS England about dental access", "Chair", None, "31/02/2015", None)


def test_markdown_headers_give_the_date_times_and_venue():
    minutes = read("action-owner-deadline-table.md")
    assert (minutes.board, minutes.date) == ("Kelvedon Health and Wellbeing Board", date(2015, 1, 14))
    assert (minutes.start_time, minutes.end_time) == (time(18, 0), time(19, 30))
    assert minutes.venue == "Kelvedon Civic Offices, Room 4"


def test_action_lines_resolve_initials_to_the_people_present_and_tie_actions_to_their_item():
    assert actions_of("action-lines.txt") == [
        ("Share the ward breakdown with all members", "Daniel Osei", date(2015, 2, 17), "17 February 2015", "2"),
        ("Agree a joint approach to missing-from-home referrals", "Helen Farrow, Supt Leanne Carr",
         date(2015, 3, 3), "the next meeting", "2"),
        ("Write to the regional lead about the funding gap", "Margaret Whitby", date(2015, 2, 28), "28.02.15", "3"),
        ("Book the venue for the spring conference", "Helen Farrow", None, None, None),
    ]


def test_agreed_action_paragraphs_are_both_decisions_and_actions():
    minutes = read("agreed-action-paragraphs.txt")
    assert "That the Board endorse the draft review." in minutes.decisions
    assert [(a.who, a.due) for a in minutes.actions] == [
        (None, None), (None, date(2015, 5, 30)), ("the business cluster", None)]
    assert minutes.present[2].in_place_of == "Joan Tully"
    assert minutes.next_meeting.theme == "Skills"


def test_action_clerk_markers_give_the_sentence_before_them_to_the_role_named():
    assert actions_of("action-clerk-markers.txt") == [
        ("Obtain three quotes for resurfacing", "The Clerk", None, None, "2"),
        ("Send a letter to the highways authority asking for a vehicle-activated sign",
         "Chair", date(2015, 3, 31), "31 March 2015", "3"),
    ]


def test_in_the_chair_and_clerk_labels_give_roles_and_prose_apologies_are_read():
    minutes = read("action-clerk-markers.txt")
    assert (minutes.present[0].name, minutes.present[0].role) == ("Councillor Alan Priestley", "Chair")
    assert (minutes.present[-1].role, minutes.present[-1].capacity) == ("Clerk", "officer")
    assert [a.name for a in minutes.apologies] == ["Councillor Mary Stott", "Mr Derek Blane"]


def test_prose_actions_with_initials_are_found_and_decisions_in_prose_are_kept():
    minutes = read("prose-actions.txt")
    assert actions_of("prose-actions.txt") == [
        ("Circulate the notes", "Hannah Hewitt", date(2015, 3, 17), "17 March", None),
        ("Draft the joint letter", "Omar Siddiqui", date(2015, 3, 10), "10 March 2015", None),
        ("Send the application form to all members", "Lucy Marchetti", date(2015, 3, 31),
         "the end of March", None),
    ]
    assert minutes.decisions == (
        "It was agreed that the network would write a joint letter to the council.",
        "The Board agreed that the network would bid for the volunteering strand.",
    )


def test_a_numbered_action_list_under_a_summary_heading_belongs_to_no_item():
    assert actions_of("numbered-action-list.txt") == [
        ("Circulate the count methodology", "Simon Achebe", date(2015, 3, 16), "16 March 2015", None),
        ("Invite the outreach team", "Tracey Vaughan", date(2015, 4, 13), "the next meeting", None),
        ("Update the temporary accommodation dashboard", "Karen Doyle", date(2015, 3, 31), "31/03/2015", None),
    ]


def test_a_messy_pdf_extraction_is_mended_before_it_is_read():
    minutes = read("messy-pdf-extract.txt")
    assert minutes.present[1].in_place_of == "Ellen Marsden-Clay"
    assert (minutes.present[3].name, minutes.present[3].organisation) == ("Jack Olumide", "Carrowby Council")
    assert [(a.name, a.organisation) for a in minutes.apologies[2:]] == [
        ("Ian Pryce", "Carrowby Leisure Trust"), ("Nadia Flores", "Carrowby Homes")]
    assert "It was agreed that the pharmacy pilot should continue." in minutes.decisions
    assert sum("falls prevention" in d for d in minutes.decisions) == 1
    assert minutes.actions[1].who == "Carrowby Homes"
    assert minutes.next_meeting.date == date(2015, 7, 14)
    assert minutes.next_meeting.theme == "Loneliness"


def test_absent_members_are_kept_apart_from_apologies():
    minutes = read("numbered-action-list.txt")
    assert [a.name for a in minutes.absent] == ["Nigel Ferris"]
    assert minutes.apologies == ()


JUNK_LINES = [
    "Welcome to the meeting.", "Access to services was discussed at length.",
    "The Board will meet again in the spring.", "Members noted the report.",
    "Present", "Apologies", "1.", "|||", "\t\t\t", "31/02/2015", "next meeting",
    "Board members were asked to reflect on the year.", "AGREED", "(in place of", "Cllr",
    "The group welcomed the update and thanked officers for their work.",
]


JUNK = st.lists(st.one_of(st.sampled_from(JUNK_LINES), st.text(max_size=80)), max_size=40)


def _junk_never_raises_and_never_yields_actions_without_action_markers(lines):
    text = "\n".join(lines)
    minutes = read_minutes(text)
    assert set(minutes.to_json()) == CONTRACT_KEYS
    lowered = text.lower()
    if "action" not in lowered and " to " not in lowered and "agreed" not in lowered:
        assert minutes.actions == ()


# A smoke volume in the default run; the full volume is slow and runs in CI.
test_junk_text_never_raises_and_never_yields_actions_without_action_markers = settings(
    max_examples=40, deadline=None)(given(JUNK)(_junk_never_raises_and_never_yields_actions_without_action_markers))
test_junk_text_never_raises_and_never_yields_actions_without_action_markers_in_volume = pytest.mark.slow(settings(
    max_examples=150, deadline=None)(given(JUNK)(_junk_never_raises_and_never_yields_actions_without_action_markers)))


def test_empty_text_reads_as_minutes_with_nothing_in_them():
    minutes = read_minutes("")
    assert (minutes.board, minutes.date, minutes.actions, minutes.present) == (None, None, (), ())


def _seed(name: str):
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent: the seed minutes are not shipped with the project")
    return read_minutes(extract_text(SEEDS / name))


def test_the_chorley_seed_gives_its_attendance_nine_actions_and_next_meeting():
    minutes = _seed("chorley-psr-board-2015-02-10.txt")
    assert minutes.board == "Chorley Public Service Reform Board"
    assert minutes.date == date(2015, 2, 10)
    assert minutes.venue == "Chorley Community Fire Station"
    assert [p.name for p in minutes.present] == [
        "Councillor Alistair Bradley", "Gary Hall", "John Buck", "Sakthi Karunanithi",
        "Reverend Martin Cox", "Stephanie Tufft", "Diane Gradwell", "County Councillor Tony Martin",
        "Councillor Hasina Khan", "Steve Winterson", "Mark Greenwood", "CI Dave Robinson",
        "Ian Roberts", "Sarah James", "Hayley Hughes",
    ]
    assert minutes.present[1].organisation == "Chorley Council"
    assert minutes.present[12].organisation == "Greengage Consulting"
    assert [(a.name, a.organisation) for a in minutes.apologies] == [
        ("Councillor Paul Leadbetter", None), ("Sue Moore", "LCFT"), ("Carole Spencer", "LTHTR"),
        ("CI Tracie O’Gara", "Lancashire Constabulary"), ("Tim Almond", "Chorley and South Ribble CCG"),
        ("Janet Hodgson", "Runshaw College"), ("Sharon Riding", "DWP"), ("Allan Jones", None),
    ]
    owners = [a.who for a in minutes.actions]
    assert len(minutes.actions) == 9
    assert (owners.count("Hayley Hughes"), owners.count("Diane Gradwell")) == (6, 1)
    assert (owners.count("CI Tracie O’Gara"), owners.count("Group Leads")) == (1, 1)
    first = minutes.actions[0].to_json()
    assert first == {"what": "Circulate Away Day outcomes", "who": "Hayley Hughes",
                     "due": "2015-02-17", "due_text": "17.02.15", "item": None, "carried": False}
    assert all(a.due is not None for a in minutes.actions)
    assert minutes.next_meeting.to_json() == {
        "date": "2015-04-21", "time": "16:00",
        "venue": "Chorley Town Hall (Committee Room One)", "theme": None}


def test_the_oldham_seed_gives_its_substitutes_split_apologies_agreed_actions_and_theme():
    minutes = _seed("oldham-leadership-board-2015-03-23.txt")
    assert (minutes.board, minutes.date) == ("Oldham Leadership Board", date(2015, 3, 23))
    assert (minutes.start_time, minutes.end_time) == (time(10, 0), time(12, 0))
    assert minutes.theme == "Delivering differently to achieve resilience"
    assert len(minutes.present) == 23 and all(p.organisation for p in minutes.present)
    assert {p.name: p.in_place_of for p in minutes.present if p.in_place_of} == {
        "Ben Gilchrist": "Liz Windsor-Welsh", "Supt Denise Worth": "Caroline Ball",
        "John Wilkes": "Gillian Fairfield", "Caroline Drysdale": "Michael McCourt",
        "Vinny Jones": "Cath Green", "Liz Wade": "Elaine Mclean",
    }
    apologies = {a.name: a.organisation for a in minutes.apologies}
    assert len(apologies) == 16
    assert {name: apologies[name] for name in (
        "Stuart Lockwood", "John Schofield", "Janet O'Connor", "Cllr Barbara Brownridge",
        "Cllr Howards Sykes")} == {
        "Stuart Lockwood": "Oldham Community Leisure", "John Schofield": "Pennine Care",
        "Janet O'Connor": "Job Centre Plus", "Cllr Barbara Brownridge": "Oldham Council",
        "Cllr Howards Sykes": "Oldham Council",
    }
    assert {p.name: p.organisation for p in minutes.present}["Jill Beaumont"] == "Oldham Council"
    actions = minutes.actions
    assert len(actions) == 5
    assert "25 June 2015 meeting" in actions[0].what
    assert "10 big ticket" in actions[1].what and "working group" in actions[2].what
    assert (actions[3].due, actions[3].due_text) == (date(2015, 7, 31), "July 2015")
    assert actions[4].who == "the co-operatives and neighbourhoods commissioning cluster"
    nxt = minutes.next_meeting
    assert (nxt.date, nxt.time, nxt.venue) == (date(2015, 6, 25), time(10, 0), "Civic Centre, Oldham")
    assert "Devolution" in nxt.theme


# --- house styles from other boards ------------------------------------------------------


def test_council_minute_references_head_items_and_an_action_by_column_sets_owners():
    minutes = read("county-committee-resolved-action-by.txt")
    assert minutes.board == "People and Communities Overview and Scrutiny Committee"
    assert [i.number for i in minutes.agenda_items] == ["14", "15", "16", "17", "18"]
    assert [p.name for p in minutes.present[1:3]] == ["County Councillor Hugh Abney", "County Councillor Sandra Cole"]
    assert [(a.who, a.due, a.item) for a in minutes.actions] == [
        ("Director of Public Health", date(2016, 7, 31), "16"), ("Head of Democratic Services", None, "16")]
    assert "That the refreshed strategy be endorsed." in minutes.decisions
    assert minutes.end_time == time(11, 45)


def test_an_action_log_maps_minute_refs_to_items_and_leaves_out_completed_rows():
    actions = actions_of("hwb-minute-refs-action-log.txt")
    assert [(what[:20], due, text, item) for what, _, due, text, item in actions] == [
        ("Publish the draft as", date(2016, 7, 3), "03/07/16", "26"),
        ("Map evening pharmacy", date(2016, 7, 11), "w/c 11 July", "26"),
        ("Circulate the BCF qu", date(2016, 6, 30), "June 2016", "27"),
    ]


def test_owner_then_dash_bullets_and_initials_in_prose_are_actions_with_owners():
    assert [(a.who, a.due_text) for a in read("vcs-forum-bullet-actions.txt").actions] == [
        ("Jo Bright", "3rd June"), ("Raj Khanna, Eileen Frost", "June 2016"),
        ("All", "17 June 2016"), ("Chair", None)]
    assert [(a.who, a.due) for a in read("initials-prose-actions.txt").actions] == [
        ("Marian Wardle", None), ("Kieran Tait, Dennis Oyelaran", date(2016, 8, 1)),
        ("Sue Pickering", date(2016, 6, 20)), ("All", date(2016, 6, 30))]


def test_a_name_organisation_table_and_an_apologies_sentence_give_everyone():
    minutes = read("csp-name-organisation-table.txt")
    assert [p.organisation for p in minutes.present].count("Kestlow District Council") == 3
    assert [(a.name, a.organisation) for a in minutes.apologies] == [
        ("Cllr Vera Lamb", "Kestlow District Council"), ("Pat Nolan", "Probation")]


# --- precision: nothing invented ---------------------------------------------------------


def test_minutes_without_action_markers_or_owned_tasks_yield_no_actions():
    minutes = read("locality-forum-no-actions.txt")
    assert minutes.actions == () and len(minutes.present) == 5


def test_a_matters_arising_table_of_earlier_actions_is_not_read_as_new_actions():
    # Its rows still open ("Ongoing") are earlier actions carried on; its closed rows are none.
    actions = read("matters-arising-status-table.txt").actions
    assert [a.what for a in actions if not a.carried] == [
        "Share the survey results with the highways team", "Add parking charges to the agenda",
        "Confirm the contractor"]
    assert [a.what for a in actions if a.carried] == ["Meet the BID manager about the summer events"]


def test_a_completed_row_in_any_action_table_is_not_a_new_action():
    text = ("Present: Ann Cole (Chair)\n\nAction\tOwner\tStatus\n"
            "Book the hall\tAnn Cole\tComplete\nPrint the leaflets\tAnn Cole\tOpen\n")
    assert [a.what for a in read_minutes(text).actions] == ["Print the leaflets"]


def test_an_action_line_opening_with_a_verb_before_to_has_no_owner():
    minutes = read_minutes("1. Dental access\n\nACTION: Write to NHS England about dental access\n"
                           "ACTION: Talk to the Clerk about the booking\n")
    assert [a.who for a in minutes.actions] == [None, None]


# --- second round: PDF furniture, owner lines, year-first minute references -------------


def test_running_heads_beside_page_numbers_and_broken_words_are_mended_without_form_feeds():
    from minutes.normalise import normalise

    lines = [line for line in normalise(extract_text(FIXTURES / "csp-pdf-two-column-running-heads.txt"))
             if line.strip()]
    header = "Safer Northvale Partnership – Minutes – 12 May 2016"
    assert lines[0] == header and lines.count(header) == 1
    assert not any(line.startswith("Page ") for line in lines)
    assert any("since the partnership began" in line for line in lines)


def test_names_and_organisations_on_alternate_lines_are_paired_but_group_headings_still_lead():
    paired = read_minutes("Present:\nAnn Cole (Chair)\nWestfold Council\nRaj Patel\nWestfold CCG\n")
    assert [(p.name, p.organisation) for p in paired.present] == [
        ("Ann Cole", "Westfold Council"), ("Raj Patel", "Westfold CCG")]
    grouped = read_minutes("Present:\nWestfold Council\nAnn Cole\nRaj Patel\nWestfold CCG\nEve Long\n")
    assert [p.organisation for p in grouped.present] == ["Westfold Council", "Westfold Council", "Westfold CCG"]


def test_an_owner_line_gives_its_owner_to_the_sentence_above_but_a_lead_line_is_no_action():
    minutes = read_minutes(
        "Present: Ann Cole (Chair), Raj Patel (Westfold CCG)\n\n1. Winter plan\nLead: Raj Patel\n"
        "Raj Patel presented the plan.\n\n2. Estates\nThe lease runs out in March.\n"
        "Owner: Ann Cole   Deadline: 30/06/2016\n")
    assert [(a.what, a.who, a.due, a.item) for a in minutes.actions] == [
        ("The lease runs out in March", "Ann Cole", date(2016, 6, 30), "2")]


def test_prose_about_people_and_an_unmarked_matters_arising_update_are_no_actions():
    # "Owen Latimer to circulate the audit summary: carried forward." (matters arising),
    # "Dr Adewale said the CCG would welcome young inspectors ..." (prose, no marker).
    # The review's entries still open ("In progress", "carried forward") are earlier actions, carried.
    actions = read("cypp-owner-deadline-lines.txt").actions
    assert [a.what[:24] for a in actions if not a.carried] == [
        "Share the ward-level res", "Include a comparison wit", "Arrange a young inspecto"]
    assert [a.what for a in actions if a.carried] == ["Invite the youth council to a future meeting",
                                                      "Circulate the audit summary"]


def test_year_first_minute_references_number_items_by_their_second_part():
    minutes = read_minutes("16/22 Welcome\nHello.\n16/23 Budget\nACTION: Clerk to book the room\n")
    assert [i.number for i in minutes.agenda_items] == ["22", "23"]
    assert minutes.actions[0].item == "23"
