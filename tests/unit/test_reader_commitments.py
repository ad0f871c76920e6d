"""The general test of an undertaking in running text (minutes/commitments.py): a subject who
can act, a link that puts work in the future, a verb of doing. Invented lines."""

from __future__ import annotations

import pytest

from minutes import read_minutes
from minutes.commitments import commitments
from minutes.owners import Owners

OWNERS = Owners(["Cllr Dilys Prothero", "Marek Osei", "Supt Aoife Brannigan", "Kemi Adeyemi"],
                {"KA": "Kemi Adeyemi"})


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(task.what, task.who, task.due_text) for task in commitments(text, OWNERS)]


@pytest.mark.parametrize("text, expected", [
    # a named person, a role, initials, an organisation or a group, with each kind of link
    ("Cllr Prothero will ask the highways team about the gully on Mill Lane.",
     ("Ask the highways team about the gully on Mill Lane", "Cllr Dilys Prothero", None)),
    ("KA to send the revised risk register to partners by 14 March.",
     ("Send the revised risk register to partners", "Kemi Adeyemi", "14 March")),
    ("The Clerk agreed to obtain two further quotes for the bus shelter.",
     ("Obtain two further quotes for the bus shelter", "The Clerk", None)),
    ("PSN/31 – the ICB would circulate the winter pressures dashboard once signed off.",
     ("Circulate the winter pressures dashboard once signed off", "ICB", None)),
    ("Partners to report any fly-tipping hotspots to the Clerk.",
     ("Report any fly-tipping hotspots to the Clerk", "Partners", None)),
    ("The forum asked Supt Brannigan to provide the stop and search figures for the ward.",
     ("Provide the stop and search figures for the ward", "Supt Aoife Brannigan", None)),
    # "bring" is a plain verb, though it ends as "-ing" does
    ("Marek Osei undertook to bring the grant conditions to the next meeting.",
     ("Bring the grant conditions", "Marek Osei", "the next meeting")),
])
def test_an_undertaking_is_read_with_its_owner_and_date(text, expected):
    assert _read(text) == [expected]


def test_she_is_the_person_the_sentence_before_opened_with_after_its_minute_number():
    text = ("7.2 Cllr Prothero reported on the library consultation, which closes in May. "
            "She will find out whether the mobile library will keep its Thursday stop.")
    assert _read(text) == [("Find out whether the mobile library will keep its Thursday stop", "Cllr Dilys Prothero",
                            None)]


@pytest.mark.parametrize("text", [
    "Members asked whether the Council would install a bench by the pond.",  # asked, not undertaken
    "It would be helpful to have the figures earlier.",                      # no one acts
    "The report will be circulated with the papers.",                        # a thing, in the passive
    "Cllr Prothero would like to see the survey results.",                   # a wish
    "The Clerk will not renew the contract.",                                # negated
    "The Board will hold two of its meetings in the community.",             # the body's own decision
    "RESOLVED to appoint the internal auditor for 2026/27.",                 # a resolution, no one named
    "KA had agreed to send the register, and it was sent on 3 March.",       # reported done
    "Will the police attend the next meeting?",                              # a question
    "If funding allows, the Clerk will order a second bin.",                 # conditional
    "Kemi Adeyemi will continue to chair the task group.",                   # a state, not a task
])
def test_what_is_not_an_undertaking_sets_nothing(text):
    assert _read(text) == []


def test_a_terse_undertaking_takes_its_topic_from_the_words_before_it():
    assert _read("Letter from the county council on the draft parking strategy – Clerk to circulate to all members.") \
        == [("Circulate letter from the county council on the draft parking strategy to all members", "Clerk", None)]


MINUTES = """Brackenford Community Safety Partnership
Minutes of the meeting held on 3 February 2026

Present: Cllr Dilys Prothero (Chair), Kemi Adeyemi (Housing), Supt Aoife Brannigan (Police)

4. Night-time economy
Supt Brannigan presented the summer operation results. Licensing visits fell short of the plan.
She would bring a revised visit schedule to the April meeting. KA to draft the pubwatch letter.
"""


def test_the_reader_keeps_an_undertaking_its_layout_rules_miss_and_reads_each_once():
    actions = [(a.what, a.who) for a in read_minutes(MINUTES).actions]
    assert ("Bring a revised visit schedule to the April meeting", "Supt Aoife Brannigan (Police)") in actions \
        or ("Bring a revised visit schedule to the April meeting", "Supt Aoife Brannigan") in actions
    assert sum("pubwatch" in what for what, _ in actions) == 1


NOTES = """Attending: Tariq, Ffion, Gwilym

Agreed to fund both applications. Ffion will reply to the applicants this week.
Consensus to archive the old handbook page. Training will cover the new form.
"""


def test_a_first_name_the_notes_never_write_in_lower_case_is_someone_who_acts():
    from minutes.commitments import proper_words
    owners = Owners([])
    lines = NOTES.splitlines()
    tasks = [(t.what, t.who) for line in lines for t in commitments(line, owners, proper=proper_words(lines + [
        "Both asked for training."]))]
    assert tasks == [("Reply to the applicants this week", "Ffion")]


def test_a_sentence_ends_before_the_next_minute_s_number_and_heading_run_into_its_paragraph():
    from minutes.decisions import sentences
    text = "Cllr Prothero will clear the ditch before then. 24.26 CORRESPONDENCE A letter was noted."
    assert sentences(text) == ["Cllr Prothero will clear the ditch before then.", "24.26 CORRESPONDENCE A letter was noted."]


def test_the_body_s_own_name_is_not_who_acts_but_a_partner_body_is():
    from minutes.commitments import body_kind
    text = "The Council will write to the water company. Council to provide VMS signs on the approaches."
    council, committee = body_kind("Upper Swaleby Parish Council"), body_kind("Kilbrack Joint Policing Committee")
    assert (council, committee) == ("council", "committee")
    assert _read_kind(text, council) == []
    assert _read_kind(text, committee) == [("Write to the water company", "The Council", None),
                                           ("Provide VMS signs on the approaches", "Council", None)]


def _read_kind(text: str, kind: str | None) -> list[tuple[str, str | None, str | None]]:
    return [(task.what, task.who, task.due_text) for task in commitments(text, OWNERS, kind=kind)]


def test_an_agreement_to_work_with_no_one_named_after_an_entry_s_title_is_an_action_without_an_owner():
    assert _read("Mill Lane footway – Resolved to write to the highways area manager asking for the repair date.") == [
        ("Write to the highways area manager asking for the repair date", None, None)]
    assert _read("Resolved to set the precept at £18,600.") == []  # the body's own decision


def test_her_asked_to_act_is_whom_the_sentence_before_opened_with():
    text = "Cllr Prothero reported that the toilets will close in winter. The forum asked her to press for summer hours."
    assert _read(text) == [("Press for summer hours", "Cllr Dilys Prothero", None)]



@pytest.mark.parametrize("written, register", [
    ("Tenants to be given notice", "Give tenants notice"),
    ("Volunteer snow clearers: insurance to be checked", "Check insurance: volunteer snow clearers"),
    ("The draft budget notes are to be circulated to all councillors", "Circulate the draft budget notes to all councillors"),
    ("Arrange for the hall to be booked", "Arrange for the hall to be booked"),  # the thing is not all before it
])
def test_a_task_written_in_the_passive_with_no_one_named_reads_as_a_register_writes_it(written, register):
    from minutes.wording import tidy_what
    assert tidy_what(written) == register


def test_the_board_is_the_body_itself_in_a_partnership_s_minutes_and_odd_text_raises_nothing():
    assert _read_kind("The Board agreed to publish the summary in February.", "partnership") == []
    assert _read_kind("; will chase it", None) == []


def test_a_word_that_only_opens_lines_is_no_first_name():
    from minutes.commitments import proper_words
    lines = ["Attending: Tariq, Ffion", "Resilience will improve with the new rota.", "Resilience was discussed."]
    assert proper_words(lines) == frozenset({"Tariq", "Ffion"})


# (The default run reads these runs at a tenth of their length; the full length is slow, run by CI.)
@pytest.mark.parametrize("scale", [pytest.param(1, id="tenth"), pytest.param(10, id="whole", marks=pytest.mark.slow)])
def test_a_long_run_of_links_or_pronouns_is_read_in_bounded_time_and_finds_what_it_can(scale):
    # (each link's subject and task are read near it, and "she" a few sentences back: no pass over all that came before)
    long_run = "Ann Cole will write to " * 300 * scale
    assert len(commitments(long_run, Owners(["Ann Cole"]))) <= 1
    assert commitments("She will send it. " * 200 * scale, Owners(["Ann Cole"])) == []


def test_a_clause_reported_after_said_or_explained_has_its_own_subject_and_would_rather_sets_nothing():
    owners = Owners(["PCSO Amy Ward", "Cllr Rob Tate"])
    found = commitments("Residents raised parking at school times. PCSO Ward said the SNT would carry out a parking "
                        "operation in February and write to the school.", owners)
    assert [(task.what, task.who) for task in found] == [
        ("Carry out a parking operation in February and write to the school", "SNT")]
    assert commitments("Cllr Tate said the storage group would rather ship it late than slip.", owners) == []
