"""Owners and due dates of actions once found (minutes/owners.py, minutes/when.py): the general
ways minutes name who does the work and by when. Invented lines."""

from __future__ import annotations

from datetime import date

import pytest

from minutes import read_minutes
from minutes.owners import Owners
from minutes.when import find_due_phrase, resolve_due


def _owners() -> Owners:
    return Owners(
        ["Joanne Petty", "Chief Supt. Ronan Gilligan", "Ruth Okwuosa", "Mrs Penny Rowbotham", "Ivo Lanark",
         "Carol Nightingale", "Insp Dara Quill", "Jim Pell"],
        posts={"Ruth Okwuosa": "Director of Public Health (DPH)", "Mrs Penny Rowbotham": "Chief People Officer, CPO",
               "Ivo Lanark": "Tamebridge Community & Voluntary Action (CVA)",
               "Carol Nightingale": "for Director of Adult Social Services"},
        away=["Jim Pell"],
    )


@pytest.mark.parametrize("written, owner", [
    # initials shared by one person at the meeting and one who sent apologies: the one there
    ("JP", "Joanne Petty"),
    # a title written short or long names the one attendee listed under it
    ("Chief Superintendent", "Chief Supt. Ronan Gilligan"),
    ("Inspector", "Insp Dara Quill"),
    # an office's initials are the role's, kept as written as a role is
    ("DPH", "DPH"),
    ("CPO", "CPO"),
    # an organisation's initials stay the organisation's; a substitute does not take the post's initials
    ("CVA", "CVA"),
    ("DASS", "DASS"),
    # what a marker or a sentence runs into the owner is not part of it
    ("ACTION 48: Children's Services", "Children's Services"),
    ("HWB 25/23 ICB and Trust", "ICB and Trust"),
    ("The Head of Community Safety was asked", "The Head of Community Safety"),
    ("Inspector Quill agreed that the local officers", "Insp Dara Quill"),
    ("Joanne Petty (absent, assigned by e-mail)", "Joanne Petty"),
])
def test_an_owner_is_written_as_the_register_shows_it(written, owner):
    assert _owners().resolve(written) == owner


def test_a_name_that_is_also_a_reporting_verb_is_kept():
    assert Owners(["Mohammed Said"]).resolve("Mohammed Said") == "Mohammed Said"


def test_a_group_with_a_number_in_its_name_is_not_a_reference():
    assert Owners([]).resolve("Team 2 leads") == "Team 2 leads"


def test_initials_of_two_people_both_at_the_meeting_stay_as_written():
    owners = Owners(["Joanne Petty", "Jim Pell"])
    assert owners.resolve("JP") == "JP"


def test_an_office_known_by_initials_stays_the_role_as_written():
    text = """Minutes of the Board of Directors held on 4 December 2025
Present:
Mr Geoffrey Hale, Chair
Dr Femi Adebayo, Chief Medical Officer
Mrs Rita Marsh, Director of Nursing
Apologies: Mr Philip Marr

1. Workforce
The Board asked for a review of exit interviews.
ACTION: CMO to review exit interview themes - March 2026.
"""
    actions = read_minutes(text).actions
    assert [(a.who, a.due.isoformat()) for a in actions] == [("CMO", "2026-03-31")]


REFERENCE = date(2026, 1, 21)
NEXT = date(2026, 3, 4)


@pytest.mark.parametrize("sentence, phrase, due", [
    # a closing date is a due date, as a deadline is
    ("Advertise the caretaker post, closing date end of February.", "end of February", date(2026, 2, 28)),
    # a date that is a sentence of its own closes the task
    ("Update the statement with the audit results and publish. End of March.", "End of March", date(2026, 3, 31)),
    # "before" a month is by the end of the month before it; before a day is by that day
    ("Share the summer policing plan with partners before July.", "before July", date(2026, 6, 30)),
    ("Send the figures before 14 March.", "14 March", date(2026, 3, 14)),
    # before an event set for a day: that day, the event staying with the task
    ("Draft the objection before the consultation closes on 6 March.", "6 March", date(2026, 3, 6)),
    ("Renew the signing certificate before it lapses on 31 March.", "31 March", date(2026, 3, 31)),
    # a date mention as note-taking tools export one
    ("Contact the two packagers about end of life by @March 31, 2026", "March 31, 2026", date(2026, 3, 31)),
])
def test_a_due_date_is_read_where_minutes_write_it(sentence, phrase, due):
    found = find_due_phrase(sentence, task=True)
    assert found is not None and found.value == phrase
    assert resolve_due(str(found.value), REFERENCE, NEXT) == due


def test_an_event_before_a_date_stays_in_the_task():
    sentence = "Draft the objection before the consultation closes on 6 March."
    assert sentence[: find_due_phrase(sentence).start].strip() == "Draft the objection before the consultation closes"


@pytest.mark.parametrize("written, due", [
    # a meeting named by its month, as secretaries shorten it or name it for the body
    ("March mtg", NEXT),
    ("the Panel's March meeting", NEXT),
    ("the Panel's April meeting", None),
    ("Before July", date(2026, 6, 30)),
])
def test_due_words_in_a_column_are_resolved(written, due):
    assert resolve_due(written, REFERENCE, NEXT) == due


def test_a_mention_of_a_full_name_names_that_attendee():
    owners = Owners(["Marcus Bell", "Laila Hosseini", "Thandiwe Nkosi"])
    assert owners.resolve("@Marcus Bell") == "Marcus Bell"
    assert owners.resolve("@Thandiwe Nkosi @Laila Hosseini") == "Thandiwe Nkosi, Laila Hosseini"


def test_a_task_list_entry_opened_by_mentions_is_owned_by_them():
    text = """# Steering group call 2026-01-14

## Attendees
- Marcus Bell
- Laila Hosseini
- Thandiwe Nkosi

## Action items
- [ ] @Marcus Bell merge the deprecation proposal and announce it
- [ ] @Thandiwe Nkosi @Laila Hosseini revise the charter by @March 31, 2026
"""
    actions = read_minutes(text).actions
    assert [(a.what, a.who, a.due) for a in actions] == [
        ("Merge the deprecation proposal and announce it", "Marcus Bell", None),
        ("Revise the charter", "Thandiwe Nkosi, Laila Hosseini", date(2026, 3, 31))]


@pytest.mark.parametrize("written", ["this week", "by this week"])
def test_work_for_this_week_has_no_due_date(written):
    assert resolve_due(written, REFERENCE, NEXT) is None


def test_the_middle_of_a_month_names_no_day():
    assert find_due_phrase("Finish the style guide section by mid-February", task=True) is None
    assert find_due_phrase("Finish the style guide section - end of February", task=True).value == "end of February"


@pytest.mark.parametrize("written", ["before next board", "by next TSC", "- next JAG", "before the next TSC"])
def test_the_next_meeting_of_a_body_named_by_its_kind_or_initials(written):
    found = find_due_phrase(f"Get three quotes for the telephony {written}", task=True)
    assert found is not None and resolve_due(str(found.value), REFERENCE, NEXT) == NEXT


@pytest.mark.parametrize("sentence", ["Elect the next TSC chair", "Circulate the pack to the next board members"])
def test_a_next_body_that_is_not_its_meeting_is_no_date(sentence):
    assert find_due_phrase(sentence, task=True) is None


@pytest.mark.parametrize("written", ["DO'N", "DO’N"])
def test_initials_keep_the_apostrophe_of_an_irish_surname(written):
    assert Owners(["Declan O'Neill", "Dara Osei"]).resolve(written) == "Declan O'Neill"


@pytest.mark.parametrize("written, due", [
    # a due column's word before its date
    ("Within 4 weeks", date(2026, 2, 18)),
    ("expected December", date(2026, 12, 31)),
    ("for January", date(2026, 1, 31)),
    ("due end of Feb", date(2026, 2, 28)),
    # a due column that names the occasion with its day
    ("Full Council 30 March", date(2026, 3, 30)),
    ("CFP closes 2 Feb", date(2026, 2, 2)),
    # a note with no day in it stays undated
    ("awaiting the contractor", None),
])
def test_a_due_column_is_read_past_its_other_words(written, due):
    assert resolve_due(written, REFERENCE, NEXT) == due


@pytest.mark.parametrize("words, due", [
    # a span from the meeting in months, and one said as a time
    ("within a month", date(2026, 2, 21)),
    ("within 3 months", date(2026, 4, 21)),
    ("in two weeks' time", date(2026, 2, 4)),
    ("within the next two weeks", date(2026, 2, 4)),
    # the end of the quarter is the same day in calendar and financial years
    ("by the end of the quarter", date(2026, 3, 31)),
    ("by end of next quarter", date(2026, 6, 30)),
    ("by end Q1", date(2026, 3, 31)),
])
def test_spans_and_quarters_from_the_meeting(words, due):
    found = find_due_phrase(f"The Clerk to write to the contractor {words}.", task=True)
    assert found is not None and resolve_due(str(found.value), REFERENCE, NEXT) == due


@pytest.mark.parametrize("written, owner", [
    # initials written with full stops
    ("J.S.", "Cllr John Smith"),
    ("J. S.", "Cllr John Smith"),
    # a first name and a surname's initial, as working groups write them
    ("John S.", "Cllr John Smith"),
    ("Mary J", "Cllr Mary Jones"),
    # a register's surname first
    ("Smith, J.", "Cllr John Smith"),
    # a person with a note on them in brackets
    ("Smith (Chair)", "Cllr John Smith"),
    # a group named by its members: the members
    ("Working group (JS, Ms Jones, RV)", "Cllr John Smith, Cllr Mary Jones, Ms Rosa Vane"),
    # a group whose members are not all known, or a role with initials, stays as written
    ("Working group (JS, Bob)", "Working group (JS, Bob)"),
    ("Clerk (RV)", "Clerk (RV)"),
])
def test_the_short_forms_registers_write_a_person_in(written, owner):
    owners = Owners(["Cllr John Smith", "Cllr Mary Jones", "Ms Rosa Vane", "Jim Salter"], away=["Jim Salter"])
    assert owners.resolve(written) == owner


def test_a_councillor_named_by_ward_has_the_initials_of_the_name():
    owners = Owners(["Ward Cllr P. Jennings", "Councillor K. Harvey", "Sarah Lord"])
    assert [owners.resolve(short) for short in ("PJ", "KH", "SL")] == [
        "Ward Cllr P. Jennings", "Councillor K. Harvey", "Sarah Lord"]


def test_short_forms_name_the_one_person_written_in_full_with_them():
    from minutes.initials import named_short_forms
    lines = ["Riverside Practice: Dr Ade Ogun, Craig Halstead (Business Manager)",
             "Castle Practice: Lynne Dobbs, Clare Hollis (Practice Manager)", "Lead Governor report",
             "3. Amara Kell — Northwind Cloud — @amara-k", "Carla Whitstable – Brentmoor Libraries (chair)"]
    named = named_short_forms(lines)
    # initials, first names and surnames of people written as a roll writes them; shared ones are no one's
    assert (named["AO"], named["Amara"], named["Kell"], named["Carla"]) == ("Ade Ogun", "Amara Kell", "Amara Kell",
                                                                         "Carla Whitstable")
    assert "CH" not in named and "LG" not in named
    # a post or body after a dash is not a person; nor is a capitalised phrase in passing
    assert "Libraries" not in named and "Cloud" not in named
    assert named_short_forms(["Chase DPIA sign-off", "Standards Met for the year", "Fenmoor Hospitals said"]) == {}
    owners = Owners(["Dr Fiona Blackwood"], named={"CH": "Craig Halstead", "FB": "Fred Bloggs", "Amara": "Amara Osei",
                                                   "Secretariat": "Panel Secretariat"})
    # the roll's own short forms come first; a body's initials and a role's word are not looked for
    assert [owners.resolve(short) for short in ("CH", "FB", "ICB", "Amara", "Secretariat")] == [
        "Craig Halstead", "Dr Fiona Blackwood", "ICB", "Amara Osei", "Secretariat"]


@pytest.mark.parametrize("sentence, due", [
    # a log's note of when the update is due
    ("Ch Insp Ferrand to confirm the records - Open; update next meeting.", NEXT),
    # a body named by its own word with a capital
    ("Bring an options paper to the next Executive.", NEXT),
    # a body that meets weekly, a week on
    ("Greg to check the SDK status - by next week's call.", date(2026, 1, 28)),
])
def test_the_next_meeting_in_a_logs_words(sentence, due):
    found = find_due_phrase(sentence, task=True)
    assert found is not None and resolve_due(str(found.value), REFERENCE, NEXT) == due


def test_a_posts_initials_are_never_read_as_someone_named_elsewhere():
    owners = Owners(["Dr Ann Lee"], posts={"Dr Ann Lee": "Medical Director"}, named={"MD": "Mark Davies", "PH": "Pat Hale"})
    assert [owners.resolve(short) for short in ("MD", "PH")] == ["MD", "Pat Hale"]


@pytest.mark.parametrize("written, due", [
    # a spreadsheet tracker's month and short year
    ("Mar-26", date(2026, 3, 31)),
    ("Dec-25", date(2025, 12, 31)),
    ("March '26", date(2026, 3, 31)),
    ("end Mar 26", date(2026, 3, 31)),
    # a span of months, by its last
    ("Jan-Mar 2026", date(2026, 3, 31)),
    # "by" before a meeting named by its month
    ("by the March meeting", date(2026, 3, 4)),
])
def test_tracker_months_and_spans(written, due):
    assert resolve_due(written, REFERENCE, date(2026, 3, 4)) == due


def test_two_people_joined_by_a_plus_are_two_owners():
    assert Owners(["Priyanka Rao", "Hannelore Voss"]).resolve("Priyanka + Hannelore") == "Priyanka Rao, Hannelore Voss"


def test_a_surname_two_people_share_names_the_one_at_the_meeting():
    assert Owners(["Cllr Ann Bell", "Cllr Tom Bell"], away=["Cllr Tom Bell"]).resolve("Cllr Bell") == "Cllr Ann Bell"
    assert Owners(["Cllr Ann Bell", "Cllr Tom Bell"]).resolve("Cllr Bell") == "Cllr Bell"


def test_a_register_run_into_one_long_line_still_defines_initials():
    from minutes.initials import defined_initials
    line = " ".join(f"{name} ({short})" for name, short in [
        ("Dr Helena Marsh", "HM"), ("Ian Petrakis", "IP"), ("Sarah Lucas", "SL"), ("Mark Treloar", "MT")] * 12)
    assert len(line) > 600
    assert defined_initials([line])["IP"] == "Ian Petrakis"


def test_a_handle_defined_beside_a_name_names_that_person():
    from minutes.initials import defined_initials
    found = defined_initials(["@ingrids (Ingrid Solberg, Chair), @rpatel-dev (Rohan Patel)", "Mariana Carvalho (@mjc)"])
    assert (found["@rpatel-dev"], found["@mjc"], found["@ingrids"]) == ("Rohan Patel", "Mariana Carvalho", "Ingrid Solberg")
    owners = Owners(["@ingrids"], aliases=found)
    assert owners.resolve("@rpatel-dev") == "Rohan Patel"


def test_a_long_title_before_a_surname_names_the_titled_person():
    assert Owners(["Cllr Ann Bell"], others=["Superintendent Martin Gilsenan"]).resolve(
        "Superintendent Gilsenan") == "Superintendent Martin Gilsenan"
    assert Owners(["Superintendent Martin Gilsenan"]).resolve("Superintendent Gilsenan") == "Superintendent Martin Gilsenan"


@pytest.mark.parametrize("meeting, written, due", [
    # "Q4" alone is the year-end quarter, to 31 March
    (date(2025, 10, 24), "Q4", date(2026, 3, 31)),
    (date(2026, 1, 22), "end of Q4", date(2026, 3, 31)),
    (date(2026, 5, 1), "Q4", date(2027, 3, 31)),
    # with a year, or another quarter, as before
    (date(2026, 1, 22), "Q4 2026", date(2026, 12, 31)),
    (date(2026, 1, 22), "Q2", date(2026, 6, 30)),
])
def test_the_fourth_quarter_ends_the_financial_year(meeting, written, due):
    assert resolve_due(written, meeting, None) == due


@pytest.mark.parametrize("written", ["After 14.3", "after the September meeting", "after 3 March 2026"])
def test_after_names_when_work_may_start_not_when_it_is_due(written):
    assert resolve_due(written, REFERENCE, NEXT) is None
