"""Minutes written by `write_minutes` read back, through the files a board would keep
(.md, .docx, and the text of the .html), to the same minutes."""

from __future__ import annotations

import json
import tempfile
from datetime import date, time, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes import extract_text, read_minutes
from minutes.model import Action, AgendaItem, Apology, Attendee, Minutes, NextMeeting
from minutes.writer import write_minutes
from tests.fixture_minutes import read_fixture

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
DOCUMENTS = sorted(p.name for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md"))
READABLE = ("md", "docx")


def read_back(minutes: Minutes, fmt: str) -> Minutes:
    """Write the minutes to a file of the format and read the file as an import would."""
    data = write_minutes(minutes, fmt)
    with tempfile.TemporaryDirectory() as folder:
        if fmt == "html":
            text = _html_text(data.decode("utf-8"))
        else:
            path = Path(folder) / f"minutes.{fmt}"
            path.write_bytes(data)
            text = extract_text(path)
    return read_minutes(text)


class _TextOfHtml(HTMLParser):
    """The text of a page the way extract_text gives a Word file: one line per block,
    table cells joined by tabs. Enough to read what the HTML says, not a browser."""

    _BLOCKS = {"h1", "h2", "h3", "p", "li", "tr", "title", "ul", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.cells = 0
        self.skipping = False

    def handle_starttag(self, tag: str, attrs) -> None:  # type: ignore[no-untyped-def]
        self.skipping = tag in ("style", "title")
        if tag == "tr":
            self.cells = 0
        elif tag in ("td", "th"):
            self.parts.append("\t" if self.cells else "")
            self.cells += 1

    def handle_endtag(self, tag: str) -> None:
        self.skipping = False
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", ""))


def _written(reading: dict) -> dict:  # type: ignore[type-arg]
    """A reading without what the writer does not write yet (declarations, exempt items,
    carried actions: the reader fills them, the export of them is other work), so the
    round trip compares everything the writer does write."""
    reading = dict(reading, declarations=[])
    reading["agenda_items"] = [dict(item, exempt=False) for item in reading["agenda_items"]]
    reading["actions"] = [dict(action, carried=False) for action in reading["actions"]]
    return reading


def _html_text(page: str) -> str:
    parser = _TextOfHtml()
    parser.feed(page)
    return "".join(parser.parts)


# --- (a) every fixture, read, written and read again -----------------------------------


@pytest.mark.parametrize("fmt", READABLE + ("html",))
@pytest.mark.parametrize("name", DOCUMENTS)
def test_each_fixture_written_and_read_back_gives_its_expected_json(name, fmt):
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text())
    minutes = read_fixture(name)  # (read once a session: see tests.fixture_minutes)
    assert _written(read_back(minutes, fmt).to_json()) == _written(expected)


@pytest.mark.parametrize("fmt", READABLE)
def test_absent_members_are_written_and_read_back_apart_from_apologies(fmt):
    minutes = read_minutes(extract_text(FIXTURES / "numbered-action-list.txt"))
    assert read_back(minutes, fmt).absent == minutes.absent == (Apology("Nigel Ferris", "Westshire Probation Trust"),)


@pytest.mark.parametrize("fmt", READABLE)
def test_writing_what_was_read_back_gives_the_same_document_again(fmt):
    minutes = read_minutes(extract_text(FIXTURES / "agreed-action-paragraphs.txt"))
    once = write_minutes(read_back(minutes, fmt), "md")
    assert once == write_minutes(minutes, "md")


# --- (b) minutes as boards write them, generated ---------------------------------------

PLACES = ["Oldham", "Chorley", "Brackley", "Ashbourne", "Kelvedon", "Tanfield", "Carrowby",
          "Westbridge", "Harrowfield", "Dunmore", "Rochdale", "Bury", "Wigan", "Preston"]
BOARD_KINDS = ["Leadership Board", "Public Service Reform Board", "Health and Wellbeing Board",
               "Community Safety Partnership", "Children's Partnership Board",
               "Voluntary Sector Network", "Housing and Homelessness Group", "Partnership Forum"]
TITLES = ["Cllr", "Councillor", "County Councillor", "Dr", "Supt", "CI", "Insp", "Rev", "Mrs",
          "Mr", "Ms", "Prof"]
FIRST_NAMES = ["Alistair", "Gary", "Sakthi", "Martin", "Stephanie", "Diane", "Hasina", "Carolyn",
               "Jean", "Emma", "Denise", "Ian", "Helen", "Vinny", "Joanne", "Rachel", "Femi",
               "Priya", "Owen", "Gemma", "Deepak", "Nadia", "Yusuf", "Fiona", "Ravi", "Margaret"]
SURNAMES = ["Bradley", "Buck", "Karunanithi", "Tufft", "Gradwell", "Wilkins", "Stretton",
            "Worth", "Wilkinson", "Drysdale", "Lockwood", "Sugars", "Griffin", "O'Connor",
            "McInroy", "Marsden-Clay", "Natarajan", "Froggatt", "Okafor", "Adeyemi", "Idris",
            "Stoneham", "Achebe", "Siddiqui", "Whitby", "Osei"]
ORGANISATIONS = ["Oldham Council", "Greater Manchester Police", "Pennine Care", "Oldham CCG",
                 "Greater Manchester Fire & Rescue Service", "First Choice Homes Oldham",
                 "Voluntary Action Oldham", "Lancashire County Council", "DWP", "Runshaw College",
                 "Age UK Tanfield", "Healthwatch Kelvedon", "Northshire Police",
                 "Derbyshire Fire and Rescue Service", "Job Centre Plus", "Regenda"]
ROLES = ["Chair", "Vice-Chair", "Leader", "Chief Executive", "Director of Public Health",
         "Clinical Chair", "Live Well Champion", "Leader, Chair"]
VENUES = ["Chorley Town Hall", "Committee Room 1, Civic Centre", "Oldham Civic Centre",
          "Ashbourne Police Station, Meeting Room 2", "First Place, First Choice Homes",
          "Chorley Town Hall (Committee Room One)", "Kelvedon Civic Offices, Room 4"]
THEMES = ["Delivering differently to achieve resilience", "Devolution", "Ageing well",
          "Growing a fairer local economy", "Loneliness", "Skills for young people"]
# Narrowed: no title opening with a month's first letters ("Declarations of interest"),
# which the reader never takes for a heading (see test_reader_limits_found_by_round_trips).
AGENDA_TITLES = ["Welcome and apologies", "Minutes of the last meeting", "Matters arising",
                 "Local economy review", "Falls prevention",
                 "Outcomes framework for Co-operatives and Neighbourhoods", "Early help",
                 "Joint Strategic Needs Assessment", "Any other business",
                 "Rough sleeping count", "School readiness update", "Work plan 2015/16"]
DECISIONS = [
    "That the minutes of the last meeting be approved as a correct record.",
    "That the Board endorse the draft review.",
    "That the June meeting focus on Greater Manchester Devolution.",
    "To develop 10 big ticket resilience measures to be adopted by the Partnership.",
    "That falls prevention be a shared priority for all partners.",
    "The Board agreed to publish the summary in February.",
    "That the pharmacy pilot should continue for a further six months.",
    "That the work plan 2015/16 be adopted, subject to the changes discussed.",
]
ACTION_WORDING = [
    "Circulate Away Day outcomes", "Develop evidence base", "Commission Working Group",
    "Map the hotspots against CCTV coverage", "Review Shop Watch radio contract",
    "Draft the partnership plan 2015/16", "Write to the regional lead about the funding gap",
    "Share the ward breakdown with all members", "Book the venue for the spring conference",
    "Publish the JSNA summary on the council website", "Consult partners on priorities",
    "Arrange a development session on mental health", "Formalise partner commitments",
    "Invite the outreach team", "Update the temporary accommodation dashboard",
    "Obtain three quotes for resurfacing", "Report on housing-related ASB cases",
    "A letter would be sent to the highways authority asking for a vehicle-activated sign",
]
GROUP_OWNERS = ["Group Leads", "The Clerk", "Chair", "the business cluster", "All partners"]
# Narrowed: the reader takes a short "ACTION:" line that ends in a group noun for a bare
# owner ("ACTION: Alistair Bradley to commission Working Group" is read as "Action:
# <owner>" for a sentence before it), drops it, and with it the action's item; the
# closing table still gives the action. These wordings are generated without an item.
READ_AS_OWNERS = {"Commission Working Group", "Invite the outreach team"}


@st.composite
def people(draw, count: int) -> list[str]:
    """Distinct names (ignoring titles, as the reader does), some with a title."""
    pairs = draw(st.lists(st.tuples(st.sampled_from(FIRST_NAMES), st.sampled_from(SURNAMES)),
                          min_size=count, max_size=count, unique=True))
    titles = draw(st.lists(st.none() | st.sampled_from(TITLES), min_size=count, max_size=count))
    return [" ".join(filter(None, (title, first, last))) for title, (first, last) in zip(titles, pairs)]


def attendee(name: str, capacity: str) -> st.SearchStrategy[Attendee]:
    return st.builds(
        Attendee, name=st.just(name),
        organisation=st.none() | st.sampled_from(ORGANISATIONS),
        role=st.none() | st.sampled_from(ROLES),
        in_place_of=st.none() | st.sampled_from(["Caroline Ball", "Liz Windsor-Welsh", "Cath Green"]),
        capacity=st.just(capacity),
    )


@st.composite
def attendance(draw) -> tuple[tuple[Attendee, ...], tuple[Apology, ...]]:
    counts = draw(st.tuples(*(st.integers(0, n) for n in (8, 3, 2, 1, 5))))
    names = draw(people(sum(counts)))
    capacities = ["member"] * counts[0] + ["in attendance"] * counts[1] + \
        ["officer"] * counts[2] + ["facilitator"] * counts[3]
    present = tuple(draw(attendee(name, capacity)) for name, capacity in zip(names, capacities))
    apologies = tuple(
        Apology(name, draw(st.none() | st.sampled_from(ORGANISATIONS)))
        for name in names[len(capacities):]
    )
    return present, apologies


def times() -> st.SearchStrategy[time]:
    return st.builds(time, st.integers(8, 19), st.sampled_from([0, 15, 30, 45]))


@st.composite
def next_meetings(draw, after: date) -> NextMeeting:
    if not draw(st.booleans()):
        return NextMeeting()
    return NextMeeting(
        date=after + timedelta(days=draw(st.integers(14, 120))),
        time=draw(st.none() | times()),
        venue=draw(st.none() | st.sampled_from(VENUES)),
        theme=draw(st.none() | st.sampled_from(THEMES)),
    )


@st.composite
def due_dates(draw, meeting: date, next_meeting: NextMeeting) -> tuple[date | None, str | None]:
    kind = draw(st.sampled_from(["date", "date", "none", "asap", "next meeting"]))
    if kind == "date":
        due = meeting + timedelta(days=draw(st.integers(1, 200)))
        return due, f"{due:%d.%m.%y}"
    if kind == "asap":
        return None, "asap"
    if kind == "next meeting" and next_meeting.date:
        return next_meeting.date, draw(st.sampled_from(["next meeting", "the next meeting"]))
    return None, None


@st.composite
def actions(draw, meeting: date, owners: list[str], items: tuple[AgendaItem, ...],
            next_meeting: NextMeeting) -> tuple[Action, ...]:
    wordings = draw(st.lists(st.sampled_from(ACTION_WORDING), max_size=10, unique=True))
    numbers = [item.number for item in items]
    found = []
    for what in wordings:
        due, due_text = draw(due_dates(meeting, next_meeting))
        who = draw(st.none() | st.sampled_from(owners + GROUP_OWNERS))
        item = draw(st.none() | st.sampled_from(numbers)) if numbers else None
        if what in READ_AS_OWNERS:
            item = None
        found.append(Action(what=what, who=who, due=due, due_text=due_text, item=item))
    # As minutes list them, and as the reader orders them (by first mention): the actions
    # recorded under items, in agenda order, then those only in the closing table.
    order = {number: index for index, number in enumerate(numbers)}
    return tuple(sorted(found, key=lambda action: order.get(action.item, len(order))))


@st.composite
def agendas(draw, presenters: list[str]) -> tuple[AgendaItem, ...]:
    titles = draw(st.lists(st.sampled_from(AGENDA_TITLES), max_size=6, unique=True))
    first = draw(st.integers(1, 3))
    return tuple(
        AgendaItem(str(number), title, draw(st.none() | st.sampled_from(presenters or ["Chair"])))
        for number, title in enumerate(titles, start=first)
    )


@st.composite
def minutes_as_boards_write_them(draw) -> Minutes:
    meeting = draw(st.dates(date(2014, 1, 1), date(2030, 12, 31)))
    start = draw(st.none() | times())
    end = draw(st.none() | times().filter(lambda t: start is not None and t > start)) if start else None
    present, apologies = draw(attendance())
    names = [person.name for person in present]
    items = draw(agendas(names))
    next_meeting = draw(next_meetings(meeting))
    return Minutes(
        board=draw(st.none() | st.builds("{} {}".format, st.sampled_from(PLACES), st.sampled_from(BOARD_KINDS))),
        date=meeting,
        start_time=start,
        end_time=end,
        venue=draw(st.none() | st.sampled_from(VENUES)),
        theme=draw(st.none() | st.sampled_from(THEMES)),
        present=present,
        apologies=apologies,
        agenda_items=items,
        decisions=tuple(draw(st.lists(st.sampled_from(DECISIONS), max_size=5, unique=True))),
        actions=draw(actions(meeting, names, items, next_meeting)),
        next_meeting=next_meeting,
    )


def _reads_back_the_same(fmt: str, minutes: Minutes) -> None:
    assert read_back(minutes, fmt).to_json() == minutes.to_json()


# A smoke volume in the default run; the full volume is slow (a Word file a draw) and runs in CI.
test_minutes_as_boards_write_them_read_back_the_same = pytest.mark.parametrize("fmt", READABLE)(
    settings(max_examples=8, deadline=None, derandomize=True)(
        given(minutes=minutes_as_boards_write_them())(_reads_back_the_same)))
test_minutes_as_boards_write_them_read_back_the_same_in_volume = pytest.mark.slow(pytest.mark.parametrize(
    "fmt", READABLE)(settings(max_examples=60, deadline=None)(given(minutes=minutes_as_boards_write_them())(
        _reads_back_the_same))))


# --- reader limits the round trips found (the writer cannot lay these out otherwise) -----


def test_reader_limits_found_by_round_trips_an_item_opening_with_a_month_s_letters_is_a_heading():
    minutes = read_minutes("1. Declarations of interest\n2. Marketing plan\n3. Welcome\n")
    assert [item.title for item in minutes.agenda_items] == [
        "Declarations of interest", "Marketing plan", "Welcome"]


def test_reader_limits_found_by_round_trips_a_short_action_ending_in_a_group_noun_is_kept():
    minutes = read_minutes("Present: Alistair Bradley (Oldham Council)\n\n1. Early help\n\n"
                           "ACTION: Alistair Bradley to commission Working Group\n")
    assert [(a.what, a.who, a.item) for a in minutes.actions] == [
        ("Commission Working Group", "Alistair Bradley", "1")]


def test_reader_limits_found_by_round_trips_an_unowned_action_opening_write_to_has_no_owner():
    minutes = read_minutes("1. Dental access\n\nACTION: Write to NHS England about dental access\n")
    assert [(a.what, a.who) for a in minutes.actions] == [("Write to NHS England about dental access", None)]
