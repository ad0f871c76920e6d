"""A carried action finds the earlier open action it restates, and only that one."""

from __future__ import annotations

import pytest

from domain.carried_match import LIKENESS, REFERENCE, SAME_WORDS, Earlier, Wanted, match_carried

# A health and wellbeing board's open actions, as a register holds them (invented).
REGISTER = [
    "Circulate the updated terms of reference to members",
    "Arrange a development session on the JSNA for board members",
    "Write to the ICB about GP access in the north of the borough",
    "Bring a report on delayed transfers of care to the next meeting",
    "Review the risk register and update the scoring for risk 4",
    "Share the domestic abuse needs assessment with partners",
    "Confirm the dates of the 2026 board meetings",
    "Seek legal advice on the lease of the community hall",
    "Circulate the safeguarding adults annual report to all partners",
    "Contact the highways team regarding potholes on Mill Lane",
    "Produce a communications plan for the winter vaccination campaign",
    "Set up a task and finish group on youth violence",
    "Obtain three quotes for repairs to the bus shelter",
    "Update the pharmaceutical needs assessment timeline",
    "Circulate the draft budget to members",
    "Bring a report on the carers strategy to the next meeting",
    "Review the complaints policy",
    "Arrange a visit to the new health centre for board members",
    "Provide an update on the better care fund",
    "Share the CQC inspection outcome with partners",
    "Report back on the review of the homelessness strategy",
    "Write to the police about anti-social behaviour in the park",
    "Confirm the venue for the annual conference",
    "Update the board on the children's services improvement plan",
]
POOL = [Earlier(key=100 + n, number=n + 1, what=what) for n, what in enumerate(REGISTER)]


def matched(what: str, pool: list[Earlier] = POOL, **given):  # type: ignore[no-untyped-def]
    return match_carried([Wanted(what, given.pop("owner", None))], pool, **given)[0]


@pytest.mark.parametrize(("restated", "original"), [
    ("ToR to members - ongoing", "Circulate the updated terms of reference to members"),
    ("Circulate the revised terms of reference", "Circulate the updated terms of reference to members"),
    ("Terms of reference: chair to circulate to members once agreed",
     "Circulate the updated terms of reference to members"),
    ("JSNA development session", "Arrange a development session on the JSNA for board members"),
    ("Letter to ICB re GP access (north)", "Write to the ICB about GP access in the north of the borough"),
    ("Report on delayed transfers of care", "Bring a report on delayed transfers of care to the next meeting"),
    ("Risk register review, including risk 4 scoring", "Review the risk register and update the scoring for risk 4"),
    ("Domestic abuse needs assessment to be shared with partners",
     "Share the domestic abuse needs assessment with partners"),
    ("Board meeting dates for 2026 to be confirmed", "Confirm the dates of the 2026 board meetings"),
    ("Legal advice on community hall lease awaited", "Seek legal advice on the lease of the community hall"),
    ("Potholes Mill Lane - highways contacted, awaiting reply",
     "Contact the highways team regarding potholes on Mill Lane"),
    ("Comms plan for winter vaccination campaign",
     "Produce a communications plan for the winter vaccination campaign"),
    ("Youth violence task and finish group to be set up", "Set up a task and finish group on youth violence"),
    ("Bus shelter - two quotes received, third awaited", "Obtain three quotes for repairs to the bus shelter"),
    ("PNA timeline", "Update the pharmaceutical needs assessment timeline"),
    ("BCF update to come to the March meeting", "Provide an update on the better care fund"),
    ("ASB in the park - letter to police sent, no reply yet",
     "Write to the police about anti-social behaviour in the park"),
    ("Homelessness strategy review - report deferred to January",
     "Report back on the review of the homelessness strategy"),
])
def test_a_restated_action_finds_the_one_it_restates(restated, original):
    found = matched(restated)
    assert (found.earlier.what if found.earlier else None, found.how) == (original, LIKENESS)


@pytest.mark.parametrize(("near_miss", "not_this"), [
    ("Update the terms of reference of the audit committee", "Circulate the updated terms of reference to members"),
    ("Circulate the draft budget to partners", "Circulate the draft budget to members"),
    ("Bring a report on the carers strategy to the next meeting",
     "Bring a report on delayed transfers of care to the next meeting"),
    ("Share the suicide prevention needs assessment with partners",
     "Share the domestic abuse needs assessment with partners"),
    ("Obtain three quotes for grass cutting", "Obtain three quotes for repairs to the bus shelter"),
    ("Write to the council about street lighting in the north of the borough",
     "Write to the ICB about GP access in the north of the borough"),
    ("Contact the housing team regarding damp at Mill Court",
     "Contact the highways team regarding potholes on Mill Lane"),
    ("Arrange a development session on finance for board members",
     "Arrange a development session on the JSNA for board members"),
    ("Seek quotes for the community hall roof", "Seek legal advice on the lease of the community hall"),
    ("Review the complaints procedure for councillors", "Review the complaints policy"),
])
def test_a_near_miss_matches_nothing(near_miss, not_this):
    pool = [e for e in POOL if e.what != near_miss]
    assert any(e.what == not_this for e in pool)
    found = matched(near_miss, pool)
    assert found.earlier is None, found.earlier


def test_exact_words_match_first_whatever_their_case_and_spacing():
    found = matched("  circulate the DRAFT budget   to members")
    assert (found.earlier.number, found.how) == (15, SAME_WORDS)


def test_the_same_owner_tips_a_borderline_match_and_a_stranger_does_not():
    pool = [Earlier(1, 1, "Seek legal advice on the lease of the community hall", owner="JS"),
            *POOL[8:12]]
    borderline = "Community hall lease: legal advice and valuation"  # "valuation" is more than was asked
    assert matched(borderline, pool).earlier is None
    assert matched(borderline, pool, owner="JS").earlier.number == 1


def test_a_reference_to_the_boards_action_finds_it_alone_or_with_few_words():
    assert (matched("HWB-7 c/f", code="HWB").earlier.number, matched("HWB-7 c/f", code="HWB").how) == (7, REFERENCE)
    assert matched("#13 bus shelter - ongoing").earlier.number == 13
    assert matched("Action 13: quotes").earlier.number == 13
    # Another board's code, or a name that only looks like a reference, names nothing.
    assert matched("XYZ-7 c/f", code="HWB").earlier is None
    assert matched("COVID-19 recovery plan", code="HWB").earlier is None


def test_a_reference_whose_words_contradict_it_is_not_followed():
    # Action 13 is the bus shelter's quotes: the words say the complaints policy (17) or the comms plan (11).
    assert matched("#13 review the complaints policy").earlier.number == 17
    assert matched("#13 winter vaccination comms").earlier.number == 11
    assert matched("#13 bus shelter").earlier.number == 13


def test_a_minute_reference_both_carry_ties_them():
    pool = [Earlier(1, 1, "HWB 25/17 Refresh the joint local health and wellbeing strategy"), *POOL[:5]]
    found = matched("HWB 25/17 - ongoing", pool)
    assert (found.earlier.number, found.how) == (1, REFERENCE)
    assert matched("HWB 25/18 - ongoing", pool).earlier is None


def test_two_earlier_actions_equally_alike_match_neither_and_both_are_named():
    pool = [Earlier(1, 4, "Report on the homelessness strategy review to the board"),
            Earlier(2, 9, "Report on the homelessness strategy review to the cabinet")]
    found = matched("Homelessness strategy review report", pool)
    assert found.earlier is None and found.uncertain
    assert sorted(e.number for e in found.candidates) == [4, 9]


def test_an_earlier_action_is_matched_once_by_the_carried_action_most_like_it():
    wanted = [Wanted("Terms of reference to members"), Wanted("Circulate the revised terms of reference to members")]
    first, second = match_carried(wanted, POOL)
    assert second.earlier.number == 1 and first.earlier is None


def test_taken_actions_are_not_matched_again():
    assert match_carried([Wanted("ToR to members")], POOL, taken=[100])[0].earlier is None


def test_nothing_to_match_against_matches_nothing():
    assert match_carried([Wanted("ToR to members")], [])[0].earlier is None
    assert match_carried([], POOL) == []


def test_an_abbreviation_alone_is_looked_for_among_the_newest_earlier_actions_it_spells():
    from domain.carried_match import CANDIDATES, Earlier, Wanted, match_carried
    # Newest first, as the register gives them: the newest is the terms of reference, then many older
    # actions whose initials spell "ToR" too.
    newest = Earlier(key="new", number=200, what="Terms of reference review")
    older = [Earlier(key=n, number=n, what=f"Tidy old records for site {n}") for n in range(CANDIDATES + 20)]
    match = match_carried([Wanted("ToR - c/f")], [newest, *older])[0]
    assert newest in (match.earlier, *match.candidates)
