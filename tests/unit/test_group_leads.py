"""Who answers for a group's action (domain.groups), with no framework and no database: its owner; for a
group, the lead its board named, matched case-insensitively and ignoring surrounding punctuation; else the
board's secretary."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from domain.errors import BadInput, NotAllowed
from domain.groups import answerable, answerer_id, group_key, name_group_lead, split_group
from jobs.nudges import _owner_words

SECRETARY, LEAD, OWNER, BOARD = 1, 2, 3, 10


@pytest.mark.parametrize("written", ["Group Leads", "group leads", "GROUP  LEADS", "“Group Leads”", "(Group Leads).",
                                     "  group leads:  "])
def test_a_groups_name_matches_whatever_its_case_and_surrounding_punctuation(written):
    assert group_key(written) == "group leads"


def test_words_inside_the_name_still_count():
    assert group_key("Group Leads") != group_key("Group Lead") and group_key("All-partners") == "all-partners"


def test_the_one_rule_owner_then_the_groups_lead_then_the_secretary():
    leads = {(BOARD, "group leads"): LEAD}
    assert answerer_id(OWNER, "Group Leads", BOARD, SECRETARY, leads) == OWNER
    assert answerer_id(None, "group leads.", BOARD, SECRETARY, leads) == LEAD
    assert answerer_id(None, "All partners", BOARD, SECRETARY, leads) == SECRETARY
    assert answerer_id(None, "Group Leads", BOARD + 1, SECRETARY, leads) == SECRETARY, "a lead is for one board"
    assert answerer_id(None, "Group Leads", BOARD, None, {}) is None


def test_a_loaded_action_asks_the_same_rule():
    people = {SECRETARY: "the secretary", LEAD: "the lead"}
    board = SimpleNamespace(secretary_id=SECRETARY)
    group_action = SimpleNamespace(owner=None, owner_text="GROUP LEADS", board_id=BOARD, board=board)
    assert answerable(group_action, people, {(BOARD, "group leads"): LEAD}) == "the lead"
    assert answerable(group_action, people, {}) == "the secretary"
    owned = SimpleNamespace(owner="the owner", owner_text=None, board_id=BOARD, board=board)
    assert answerable(owned, people, {(BOARD, "group leads"): LEAD}) == "the owner"


def test_the_chairs_report_names_a_groups_lead():
    row = SimpleNamespace(owner_id=None, owner_text="Group Leads", owner_name=None, board_id=BOARD)
    lead = SimpleNamespace(name="Carl Whitlow")
    assert _owner_words(row, {LEAD: lead}, {(BOARD, "group leads"): LEAD}) == "Group Leads (led by Carl Whitlow)"
    assert _owner_words(row, {}, {}) == "Group Leads"


@pytest.mark.parametrize("text,expected", [
    ('"Group Leads" <@U1>', ("Group Leads", "<@U1>")),
    ("“All  partners” none", ("All partners", "none")),
    ("'Leads' ", ("Leads", "")),
])
def test_the_groups_name_is_read_from_its_quotes(text, expected):
    assert split_group(text) == expected


@pytest.mark.parametrize("text", ["Group Leads @x", '"Group Leads @x', '"..." @x', '"' + "x" * 121 + '" @x', ""])
def test_a_name_without_quotes_or_words_is_one_clear_line(text):
    with pytest.raises(BadInput):
        split_group(text)


class Register:
    """Just what naming a lead reads and writes."""

    def __init__(self, texts: list[str]):
        self.texts, self.leads, self.joined = texts, {}, []

    def group_owner_texts(self, board_id):  # type: ignore[no-untyped-def]
        return self.texts

    def membership(self, board_id, member_id):  # type: ignore[no-untyped-def]
        return None

    def add_membership(self, board_id, member_id, role):  # type: ignore[no-untyped-def]
        self.joined.append(member_id)

    def set_group_lead(self, board_id, key, name, member_id):  # type: ignore[no-untyped-def]
        if member_id is None:
            self.leads.pop((board_id, key), None)
        else:
            self.leads[(board_id, key)] = (name, member_id)


def test_only_the_chair_or_secretary_names_a_lead_and_none_takes_it_away():
    board = SimpleNamespace(id=BOARD, chair_id=None, secretary_id=SECRETARY)
    reg = Register(["Group Leads"])
    with pytest.raises(NotAllowed):
        name_group_lead(reg, board, caller=SimpleNamespace(id=OWNER), group="Group Leads",
                        member=SimpleNamespace(id=LEAD))
    assert reg.leads == {}
    shown = name_group_lead(reg, board, caller=SimpleNamespace(id=SECRETARY), group="group leads.",
                            member=SimpleNamespace(id=LEAD))
    assert shown == "Group Leads", "named as the board's actions write it"
    assert reg.leads == {(BOARD, "group leads"): ("Group Leads", LEAD)} and reg.joined == [LEAD]
    name_group_lead(reg, board, caller=SimpleNamespace(id=SECRETARY), group="GROUP LEADS", member=None)
    assert reg.leads == {}
