"""The agreement bench compares a second person's reading with the first, and the reader with the first."""

import json

from bench import reading_agreement

MINUTES = ("Westfold Board\n\nHeld on 3 March 2015\n\nPresent: Ann Cole, Raj Khanna\n\n1. Budget\n\n"
           "ACTION: Raj Khanna to chase the grant by 31 March 2015.\n")
FIRST = {"board": "Westfold Board", "date": "2015-03-03", "present": [{"name": "Ann Cole"}, {"name": "Raj Khanna"}],
         "apologies": [], "actions": [{"what": "Chase the grant", "who": "Raj Khanna", "due": "2015-03-31"}],
         "next_meeting": {"date": None}}


def corpus(tmp_path, monkeypatch, second):  # type: ignore[no-untyped-def]
    (tmp_path / "tuning9").mkdir()
    (tmp_path / "second" / "tuning9").mkdir(parents=True)
    (tmp_path / "tuning9" / "board.txt").write_text(MINUTES)
    (tmp_path / "tuning9" / "board.txt.expected.json").write_text(json.dumps(FIRST))
    (tmp_path / "second" / "tuning9" / "board.txt.second.json").write_text(json.dumps(second))
    (tmp_path / "second" / "tuning9" / "gone.txt.second.json").write_text(json.dumps(second))  # no document: left out
    monkeypatch.setattr(reading_agreement, "CORPUS", tmp_path)
    monkeypatch.setattr(reading_agreement, "SECOND", tmp_path / "second")


def test_a_second_reading_that_agrees_scores_one_beside_the_reader(tmp_path, monkeypatch):
    corpus(tmp_path, monkeypatch, FIRST)
    result = reading_agreement.compare()
    assert result["documents"] == 1
    assert result["second person"]["actions"]["f1"] == 1.0 and result["second person"]["attendance"]["f1"] == 1.0
    assert result["reader"]["actions"]["f1"] == 1.0  # the reader reads this plain line as the first person did


def test_a_second_reading_that_counts_other_actions_agrees_less(tmp_path, monkeypatch, capsys):
    other = {**FIRST, "actions": [{"what": "Chase the grant", "who": "Ann Cole", "due": None},
                                  {"what": "Write to the funders", "who": None, "due": None}],
             "present": [{"name": "Ann Cole"}]}
    corpus(tmp_path, monkeypatch, other)
    people = reading_agreement.compare()["second person"]
    assert (people["actions"]["precision"], people["actions"]["recall"]) == (0.5, 1.0)
    assert people["action owners"]["hits"] == 0 and people["attendance"]["recall"] == 0.5
    assert reading_agreement.main([]) == 0
    assert "| actions (F1; P/R) | 0.67 (0.50/1.00) | 1.00 (1.00/1.00) |" in capsys.readouterr().out
