"""The action model experiment (bench/action_model): candidates and their features from a few
invented lines, a model's file, reading with a model being deterministic, and training (slow)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from minutes import read_minutes
from bench.action_model.model import READ, UNREAD, ActionModel, checker, load, revise
from bench.action_model.candidates import (ACTIONS, ENTRY, REVIEW, ROW, SENTENCE, features, find_candidates, link,
                                section_kind, split_sentences, word_index)
from minutes.model import Action
from minutes.owners import Owners

ROOT = Path(__file__).resolve().parents[2]
OWNERS = Owners(["Priya Shah", "Tom Ellis"])

LINES = [
    "1. Community transport",
    "",
    "Priya Shah reported that demand had risen. Tom Ellis to book the minibus for March.",
    "",
    "Actions",
    "",
    "- Circulate the revised timetable",
    "- Invite the operator to the April meeting",
    "",
    "Action\tOwner\tDue",
    "Renew the insurance\tPS\t31 March 2026",
    "",
    "Matters arising",
    "",
    "The leaflet had been printed. Complete.",
]


def test_every_sentence_list_entry_and_table_row_is_a_candidate_with_its_section():
    found = find_candidates(LINES)
    texts = [(c.kind, c.text, c.section) for c in found]
    assert (SENTENCE, "Priya Shah reported that demand had risen.", "other") in texts
    assert (SENTENCE, "Tom Ellis to book the minibus for March.", "other") in texts
    assert (ENTRY, "Circulate the revised timetable", ACTIONS) in texts
    assert (ENTRY, "Invite the operator to the April meeting", ACTIONS) in texts
    row = next(c for c in found if c.kind == ROW)
    assert row.text == "Renew the insurance | PS | 31 March 2026"
    assert row.cells == {"what": "Renew the insurance", "who": "PS", "when": "31 March 2026"}
    assert any(c.section == REVIEW and c.text.startswith("The leaflet") for c in found)
    # The table's header row is no candidate; nor is a heading.
    assert not any(c.text.startswith("Action | Owner") or c.text == "Actions" for c in found)


@pytest.mark.slow  # (seconds of CPU; runs in CI's slow suite)
def test_the_candidates_of_a_hostile_document_are_capped():
    found = find_candidates(["- " + "word " * 5000] * 5000)
    assert len(found) <= 3000
    assert all(len(c.text) <= 600 for c in found)


def test_a_heading_says_what_kind_of_section_it_opens():
    assert section_kind("5. Review of actions from the last meeting") == REVIEW
    assert section_kind("Matters arising") == REVIEW
    assert section_kind("Agreed actions") == ACTIONS
    assert section_kind("Decisions") == "decisions"
    assert section_kind("Present") == "attendance"
    assert section_kind("Budget monitoring") == "other"


def test_sentences_end_at_a_full_stop_before_a_capital_but_not_after_an_initial():
    assert split_sentences("Cllr J. Smith agreed. The hall is booked.") == ["Cllr J. Smith agreed.", "The hall is booked."]


def test_link_words_an_owner_and_a_date_are_features_of_a_task():
    found = find_candidates(["Tom Ellis to book the minibus by 3 March 2026."])
    got = features(found[0], OWNERS)
    assert got["to_verb"] and got["owner_known"] and got["due_found"] and not got["reporting"]
    said = features(find_candidates(["Members noted the report and thanked the officers."])[0], OWNERS)
    assert said["reporting"] and said["reporting_no_link"] and not said["to_verb"] and not said["owner_known"]
    asked = features(find_candidates(["Officers were asked to report back in June."])[0], OWNERS)
    assert asked["asked_to"]
    logged = features(find_candidates(["- Chase the quote: complete"])[0], OWNERS)
    assert logged["verb_first"] and logged["done_word"] and logged["status_word"]
    assert features(find_candidates(["Who will chair the next meeting?"])[0], OWNERS)["question"]


def test_a_read_action_marks_its_candidate_and_its_siblings():
    found = find_candidates(["Actions", "", "- Circulate the revised timetable", "- Invite the operator",
                             "- Renew the insurance"])
    links = link(found, (Action("Circulate the revised timetable"), Action("Invite the operator")), word_index(found))
    assert links == [0, 1]
    assert features(found[0], OWNERS)["read"] == 1.0
    third = features(found[2], OWNERS)
    assert third["read"] == 0.0 and third["siblings_mostly_read"] == 1.0 and third["section_has_read"] == 1.0


def test_an_unread_row_restating_a_read_action_echoes_it():
    found = find_candidates(["Tom Ellis to book the minibus for the March trip.", "",
                             "What\tWho", "Book the minibus for the March trip\tTE"])
    link(found, (Action("Book the minibus for the March trip", "Tom Ellis"),), word_index(found))
    row = next(c for c in found if c.kind == ROW)
    assert features(row, OWNERS)["echoes_read"] == 1.0 or row.read


def test_a_model_drops_a_low_scoring_read_action_and_adds_a_high_scoring_unread_candidate():
    from datetime import date

    from minutes.body_context import Context

    model = ActionModel({READ: {"reporting": -10.0}, UNREAD: {"kind=entry": 10.0}}, {READ: 5.0, UNREAD: -5.0},
                        drop_below=0.5, add_above=0.5)
    lines = ["Priya Shah reported on the minibus.", "", "- Tom Ellis to renew the insurance"]
    context = Context(OWNERS, date(2026, 2, 1), None)
    revised = revise((Action("Priya Shah reported on the minibus"),), lines, set(), context, model)
    assert [(a.what, a.who) for a in revised] == [("Renew the insurance", "Tom Ellis")]


def test_without_thresholds_a_model_changes_nothing():
    from datetime import date

    from minutes.body_context import Context

    actions = (Action("Book the hall"),)
    assert revise(actions, ["Book the hall"], set(), Context(OWNERS, date(2026, 2, 1), None), ActionModel()) is actions


MODEL = ActionModel({READ: {"act:no_owner": -2.0, "reporting": -1.0}, UNREAD: {"kind=entry": 1.5, "to_verb": 1.0}},
                    {READ: 1.0, UNREAD: -2.0}, drop_below=0.3, add_above=0.6)


def test_a_model_keeps_its_weights_and_thresholds_through_its_file(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps(MODEL.to_json()), encoding="utf-8")
    assert load(path) == MODEL
    never = ActionModel()
    assert ActionModel.from_json(json.loads(json.dumps(never.to_json()))) == never
    assert never.to_json()["drop_below"] is None and never.to_json()["add_above"] is None


def test_reading_with_a_model_is_deterministic_and_without_one_unchanged():
    text = "\n".join(LINES)
    first = read_minutes(text, check_actions=checker(MODEL)).to_json()
    assert all(read_minutes(text, check_actions=checker(MODEL)).to_json() == first for _ in range(3))
    assert read_minutes(text, check_actions=checker(ActionModel())).to_json() == read_minutes(text).to_json()


@pytest.mark.slow
def test_training_is_deterministic(tmp_path):
    outputs = []
    for name in ("first.json", "second.json"):
        out = tmp_path / name
        subprocess.run([sys.executable, str(ROOT / "bench" / "train_action_model.py"), "--sets", "tuning3",
                        "--write", "--out", str(out)], check=True, cwd=ROOT, capture_output=True)
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0])
    assert set(data) == {"bias", "drop_below", "add_above", "weights"} and set(data["weights"]) == {READ, UNREAD}
    assert all(math.isfinite(v) for weights in data["weights"].values() for v in weights.values())


def test_a_table_most_of_whose_rows_give_an_owner_is_a_log_even_under_a_header_the_rules_do_not_know():
    from bench.action_model.candidates import with_block_features

    lines = ["Title\tAssigned to\tFinish by", "Renew the insurance\tPriya Shah\t31 March 2026",
             "Book the minibus\tTom Ellis\t3 April 2026", "Order new chairs\tTom Ellis\t"]
    found = find_candidates(lines)
    link(found, (), word_index(found))
    rows = [features(candidate, OWNERS) for candidate in found]
    with_block_features(found, rows)
    owned = [row for candidate, row in zip(found, rows) if candidate.text.startswith(("Renew", "Book", "Order"))]
    assert len(owned) == 3
    assert all(row["log_owned"] and row["log_owned_unread"] and row["log_dated"] for row in owned)
