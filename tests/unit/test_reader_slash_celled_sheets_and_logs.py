"""Action sheets and logs kept as Word tables and saved as text with " / " between cells: a numbered sheet
whose rows close on who acts (before the minutes or after them, a row wrapped over lines, each sentence that
names its owner a task of its own), and a log under a heading row whose rows sit one a line or one a
paragraph. Each is tried on a few invented lines."""

from __future__ import annotations

from minutes import read_minutes
from minutes.slash_sheets import sheet_tasks, slash_logs_tabbed

_ROLL = "Present: Ann Cole (Chair), Raj Khanna, Tess Moore\n\n"


def actions_of(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(action.what.lower().rstrip("."), action.who, action.due_text) for action in read_minutes(text).actions]


def test_a_numbered_sheet_before_the_minutes_is_read_row_by_row() -> None:
    text = ("Riverside Partnership Board\n\nThursday 5 March 2026\n\nAction Sheet\n\n"
            "1. / Partners asked for a guide to referrals\nAnn to draft a referral guide / Ann\n"
            "2. / Circulate the revised terms of reference / Raj\n"
            "3. / Tess will book the hall for the open day. / Tess\n\n" + _ROLL +
            "1. Welcome\n\nThe Chair welcomed members.\n")
    found = actions_of(text)
    assert ("draft a referral guide", "Ann Cole", None) in found
    assert ("circulate the revised terms of reference", "Raj Khanna", None) in found
    assert ("book the hall for the open day", "Tess Moore", None) in found
    assert len(found) == 3


def test_each_sentence_of_a_row_that_names_its_owner_is_a_task() -> None:
    lines = ["1. / Ann to send Raj the figures. Tess to check them and report back. / Ann/Tess",
             "2. / Ann and Raj to plan the joint session. Members are asked to send ideas to Raj. / Ann/Raj"]
    found = [(task.what, task.who, task.number) for task in sheet_tasks(lines)]
    assert found == [("send Raj the figures", "Ann", "1"), ("check them and report back", "Tess", "1"),
                     ("plan the joint session", "Ann and Raj", "2"), ("send ideas to Raj", "Members", "2")]


def test_a_single_slash_row_or_a_sentence_as_last_cell_is_no_sheet() -> None:
    assert sheet_tasks(["1. / Circulate the minutes / Ann", "The meeting closed."]) == []
    assert sheet_tasks(["1. / Apples / the pears were eaten by the visiting choir.",
                        "2. / Plums / and the damsons went to the fete with everyone else."]) == []


def test_a_slash_log_under_its_heading_row_is_laid_out_as_a_table() -> None:
    lines = ["Action Log", "Action by / Action / Deadline", "AC / Send the plan to the Board. / 28.6.26",
             "RK & TM / Draft the note. / 28.6.26", "", "1. Minutes"]
    assert slash_logs_tabbed(lines) == ["Action Log", "Action by\tAction\tDeadline",
                                        "AC\tSend the plan to the Board.\t28.6.26", "RK & TM\tDraft the note.\t28.6.26",
                                        "", "1. Minutes"]


def test_a_slash_log_set_one_row_a_paragraph_is_drawn_together_keeping_its_lines() -> None:
    lines = ["Lead / Action / Target date", "", "AC / Bring the audit reports / 20.4.26", "",
             "RK / Circulate the timeline / 2.3.26", "", "Next meeting"]
    out = slash_logs_tabbed(lines)
    assert len(out) == len(lines)
    assert out[:3] == ["Lead\tAction\tTarget date", "AC\tBring the audit reports\t20.4.26",
                       "RK\tCirculate the timeline\t2.3.26"]
    assert out[-1] == "Next meeting"


def test_a_slash_log_gives_each_row_its_owner_and_due() -> None:
    text = ("Riverside Partnership Board\n\nMinutes of the meeting held on 5 March 2026\n\n"
            "Present: Ann Cole (AC), Raj Khanna (RK), Tess Moore (TM)\n\nAction Log\nAction by / Action / Deadline\n"
            "AC / Send the plan to the Board. / 28.6.26\nRK & TM / Draft the joint note. / 28.6.26\n")
    found = actions_of(text)
    assert ("send the plan to the board", "Ann Cole", "28.6.26") in found
    assert any(what == "draft the joint note" and who and "Raj Khanna" in who and "Tess Moore" in who
               for what, who, _ in found)


def test_hostile_text_is_no_sheet_and_no_log() -> None:
    for text in (" / " * 3000, "1. / " + "a / " * 3000, "," * 5000):
        assert sheet_tasks([text] * 3) == []
        assert slash_logs_tabbed([text] * 3) == [text] * 3


def test_a_sentence_naming_someone_whose_name_is_inside_the_owners_is_not_theirs() -> None:
    # ("Al" is in "Val" as letters, not as a name: the row is one task for its owner's cell.)
    tasks = sheet_tasks(["1. / Al to send the plan to the board / Val", "2. / Jo to book the room for May / Jo"])
    assert [(task.what, task.who) for task in tasks] == [("Al to send the plan to the board", "Val"),
                                                          ("book the room for May", "Jo")]
