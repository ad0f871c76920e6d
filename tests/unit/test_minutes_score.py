"""The minutes scorer on tiny hand-made readings whose scores are worked out by hand."""

import json

import pytest

from minutes.score import Count, main, match_actions, normalise_name, owner_names, score_reading


def _action(what, who=None, due=None):
    return {"what": what, "who": who, "due": due, "due_text": None, "item": None, "carried": False}


def _reading(actions=(), present=(), apologies=(), date="2025-07-09", next_date=None):
    return {
        "date": date, "actions": list(actions),
        "present": [{"name": name} for name in present], "apologies": [{"name": name} for name in apologies],
        "next_meeting": {"date": next_date, "time": None, "venue": None, "theme": None},
    }


@pytest.mark.parametrize("written, plain", [
    ("Cllr G. Hartley", "g hartley"),
    ("Chief Superintendent Brid Hennessy", "brid hennessy"),
    ("Deputy Ciaran Moloney TD", "ciaran moloney"),
    ("Marian Wardle (MW)", "marian wardle"),
    ("County Councillor Janet Pelling", "janet pelling"),
    ("the Clerk", "clerk"),
])
def test_names_lose_titles_brackets_and_case(written, plain):
    assert normalise_name(written) == plain


def test_owners_are_compared_as_sets_of_names():
    assert owner_names("KT, DO") == owner_names("DO and KT")
    assert owner_names("Shona & Orla") == owner_names("Orla / Shona")
    assert owner_names("the Clerk") == owner_names("Clerk")
    assert owner_names("Clerk") != owner_names("Chair, Clerk")
    assert owner_names(None) == frozenset()


def test_actions_match_on_similar_text_best_pair_first_and_once_each():
    expected = [_action("Circulate the hub timetable to all partners"), _action("Book the venue for the exercise")]
    read = [
        _action("Buy a new bench for the green"),
        _action("RL to circulate the hub timetable to all partners by 14 February"),
        _action("Circulate the hub timetable to all partners"),
    ]
    assert match_actions(expected, read) == [(0, 2)]


def test_one_reading_scored_by_hand():
    expected = _reading(
        actions=[_action("Write to the landowner about the hedges", "Clerk", "2025-08-01"),
                 _action("Report the damaged signs to highways", "Cllr R. Dunmore")],
        present=["Cllr A. Smith", "Jo Bloggs"], apologies=["Sam Tree"], next_date="2025-09-10",
    )
    read = _reading(
        actions=[_action("Write to the landowner about the hedges", "the Clerk", "2025-08-01"),
                 _action("Report the damaged signs to the highways team", "Cllr Dunmore"),
                 _action("Buy a new bench for the green", "Chair", "2025-10-01")],
        present=["A Smith", "Someone Else"], apologies=[], next_date=None,
    )
    score = score_reading(expected, read).to_json()
    assert (score["actions"]["hits"], score["actions"]["expected"], score["actions"]["read"]) == (2, 2, 3)
    assert score["actions"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert score["actions"]["f1"] == pytest.approx(0.8)
    # "Cllr Dunmore" is not "Cllr R. Dunmore": one owner right of two expected and three read.
    assert (score["action owners"]["hits"], score["action owners"]["expected"], score["action owners"]["read"]) == (1, 2, 3)
    assert score["owners on matched actions"]["right"] == 1
    # The second pair has no due date on either side: right on matched actions, not counted as a field hit.
    assert (score["action due dates"]["hits"], score["action due dates"]["expected"]) == (1, 1)
    assert score["due dates on matched actions"]["accuracy"] == 1.0
    assert (score["present"]["hits"], score["present"]["precision"], score["present"]["recall"]) == (1, 0.5, 0.5)
    assert (score["apologies"]["recall"], score["apologies"]["precision"]) == (0.0, 0.0)
    assert score["attendance"]["hits"] == 1 and score["attendance"]["expected"] == 3
    assert score["attendance exactly right"]["accuracy"] == 0.0
    assert score["meeting date"]["accuracy"] == 1.0
    assert score["next meeting date"]["accuracy"] == 0.0


def test_counts_with_nothing_to_find_or_nothing_found():
    assert (Count(0, 0, 0).precision, Count(0, 0, 0).recall, Count(0, 0, 0).f1) == (1.0, 1.0, 1.0)
    missed = Count(0, 4, 0)
    assert (missed.precision, missed.recall, missed.f1) == (0.0, 0.0, 0.0)
    invented = Count(0, 0, 3)
    assert (invented.precision, invented.recall) == (0.0, 1.0)


def _folder(tmp_path):
    (tmp_path / "board.txt").write_text(
        "Ashby Partnership Board\n\nDate: 9 July 2025\n\nPresent: Jo Bloggs (Chair), Sam Tree\n\n"
        "1. Parks\nAction: Sam Tree to order the new benches by 31 July 2025.\n"
    )
    expected = _reading(actions=[_action("Order the new benches", "Sam Tree", "2025-07-31")],
                        present=["Jo Bloggs", "Sam Tree"])
    (tmp_path / "board.txt.expected.json").write_text(json.dumps(expected))
    (tmp_path / "notes.rtf").write_text("{\\rtf1 not minutes we can read}")
    (tmp_path / "notes.rtf.expected.json").write_text(json.dumps(_reading(present=["Jo Bloggs"])))
    return tmp_path


def test_the_command_prints_tables_and_lists_what_it_could_not_read(tmp_path, capsys):
    assert main([str(_folder(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "(2 documents, 1 unreadable)" in out
    assert "| actions |" in out and "| meeting date |" in out
    assert "Unreadable: notes.rtf" in out


def test_the_command_gives_json(tmp_path, capsys):
    assert main([str(_folder(tmp_path)), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 2
    assert result["total"]["present"]["expected"] == 3
    assert [row["document"] for row in result["per_document"]] == ["board.txt", "notes.rtf"]
    assert result["per_document"][1]["present"]["hits"] == 0


def test_a_folder_without_readings_is_one_line_and_exit_2(tmp_path, capsys):
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "expected.json" in err


def test_a_deputy_role_is_not_the_role_it_deputises_for():
    assert normalise_name("Deputy Town Clerk") == "deputy town clerk"
    assert owner_names("Deputy Town Clerk") != owner_names("Town Clerk")
    assert owner_names("Mayor, Deputy Mayor") == frozenset({"mayor", "deputy mayor"})
    assert normalise_name("County Cllr Frank Neale") == "frank neale"
    assert normalise_name("PS Luke Dawson") == "luke dawson"


def test_a_rank_that_ends_in_a_name_is_a_title_but_a_rank_alone_is_a_role():
    assert normalise_name("Deputy Chief Constable Helen Akinola") == "helen akinola"
    assert normalise_name("Chief Constable Graham Tillotson") == "graham tillotson"
    assert normalise_name("Deputy Chief Constable") == "deputy chief constable"
    assert owner_names("Chief Constable") != owner_names("Deputy Chief Constable")
