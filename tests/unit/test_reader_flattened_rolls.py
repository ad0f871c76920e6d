"""Rolls a PDF's text flattened into one run of words: titled names parted by their titles, names each
followed by their initials and body, headings in capitals with footnote numbers, and a keyed grid of
members' initials marked for each meeting."""

from minutes.attendance_flat_people import initialled_people, titled_people
from minutes.attendance_flattened import flattened_roll
from minutes.attendance_grids import keyed_grid
from minutes.roll import APOLOGIES, PRESENT


def _names(people):
    return [person.name for person in people]


def test_titled_names_are_parted_at_each_title_and_the_roll_ends_at_prose():
    people, ends = titled_people("Mr A Lee (Chair) Cllr B Ray CC C Fox 2. Ms D Orr Welcome and apologies The Chair, Mr A Lee, opened")
    assert _names(people) == ["Mr A Lee", "Cllr B Ray", "CC C Fox", "Ms D Orr"]
    assert people[0].role == "Chair" and ends


def test_a_post_after_a_comma_stays_with_its_holder_and_an_office_is_no_title():
    people, ends = titled_people("(4) Mr Ed Fox, Chief Constable Mrs Fay Gill, Deputy Chief Constable Inspector Gus Hay, Roads")
    assert _names(people) == ["Mr Ed Fox", "Mrs Fay Gill", "Inspector Gus Hay"]
    assert people[1].role == "Deputy Chief Constable" and not ends


def test_names_followed_by_their_initials_are_read_with_their_bodies():
    people = initialled_people("Members Body Ann Lee AL Private Sector Chair Bob Ray OBE BR Colleges Cllr Cai Fox CF City Council")
    assert _names(people) == ["Ann Lee", "Bob Ray OBE", "Cllr Cai Fox"]
    assert people[2].organisation == "City Council"
    assert initialled_people("Ann Lee AL Private Sector and nothing more") is None


def test_a_flattened_roll_in_capitals_reads_each_heading():
    line = ("MINUTES OF THE MEETING OF THE NORTHFIELD COMMUNITY SAFETY PANEL HELD ON THURSDAY 1 MAY 2025 AT 2PM IN THE "
            "TOWN HALL, MARKET STREET. PRESENT: (1) (2) Mrs Ann Lee (Chair) Mr Bob Ray Dr Cai Fox "
            "ABSENT: Mr Dan Orr PANEL STAFF IN ATTENDANCE: Ms Eve Parr, Clerk (1) Left at 3pm (2) Item 2 only")
    read = flattened_roll(line)
    assert [(label.kind, _names(people)) for label, people in read] == [
        (PRESENT, ["Mrs Ann Lee", "Mr Bob Ray", "Dr Cai Fox"]), ("absent", ["Mr Dan Orr"]), (PRESENT, ["Ms Eve Parr"])]


def test_a_keyed_grid_reads_the_latest_meeting_and_leaves_out_deputies():
    lines = ["Initials Agency 1.2.25 1.5.25 1.8.25 AB Police Y Y Y CD Health Y A A EF Schools Y Y D GH/IJ Fire A N Y",
             "", "Key: Y = Attended, N = Did Not Attend, A = Apology, D = Deputy attended in place"]
    used, read = keyed_grid(lines)
    assert used == range(0, 3)
    assert {label.kind: _names(people) for label, people in read} == {PRESENT: ["AB", "GH/IJ"], APOLOGIES: ["CD"]}


def test_no_grid_without_a_key():
    assert keyed_grid(["AB Police Y Y Y CD Health Y A A EF Schools Y Y D GH Fire A N Y"]) is None


def test_a_run_of_figures_or_capitals_after_a_titled_name_is_taken_one_way():
    # (Each way such a run could be split into item numbers and labels was once tried: 40 figures never finished.)
    names, ended = titled_people("Mr A Booth " + "A/" * 30 + "a")
    assert _names(names) == ["Mr A Booth"] and ended
    names, ended = titled_people("Mr A Booth " + "1" * 40 + "x")
    assert _names(names) == ["Mr A Booth"] and ended


def test_a_grid_key_written_with_hyphens_is_a_key():
    lines = ["Initials Agency 1.2.25 1.5.25 1.8.25 AB Police Y Y Y CD Health Y A A EF Schools Y Y D GH Fire A N Y",
             "", "Key: Y - Attended, N - Did Not Attend, A - Apology, D - Deputy attended in place"]
    used, read = keyed_grid(lines)
    assert {label.kind: _names(people) for label, people in read} == {PRESENT: ["AB", "GH"], APOLOGIES: ["CD"]}
