"""Finding a Teams message by its outbox key: the key rides in a card Graph returns as a JSON string; a
look-up reads only the minutes since the claim; Graph is asked only with a tenant and over https."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from bot import teams_history
from config import Settings
from teams.cards import CARD_TYPE, activity_for, outbox_key_of, with_outbox_key
from teams.connector import Connector
from teams.history import _key_in
from tests.message_samples import samples

SINCE = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def graph_message(n: int, at: datetime, key: str | None) -> dict:  # type: ignore[type-arg]
    card = with_outbox_key(activity_for(next(iter(samples().values()))), key)["attachments"][0]["content"] if key else {"body": []}
    return {"id": str(n), "createdDateTime": at.isoformat().replace("+00:00", "Z"),
            "attachments": [{"contentType": CARD_TYPE, "content": json.dumps(card)}]}


def test_the_key_is_read_back_from_the_card_graph_returns_and_old_pages_end_the_search():
    pages = [[graph_message(3, SINCE + timedelta(minutes=5), "nudge:1:a"),
              graph_message(2, SINCE + timedelta(minutes=4), None)],
             [graph_message(1, SINCE - timedelta(minutes=30), "nudge:9:z")]]
    assert _key_in(iter(pages), "nudge:1:a", SINCE) == "3"
    read: list[int] = []

    def counted():  # type: ignore[no-untyped-def]
        for number, page in enumerate(pages):
            read.append(number)
            yield page
        yield [graph_message(0, SINCE, "never-read")]

    assert _key_in(counted(), "never-read", SINCE) is None and read == [0, 1], "stopped at the older page"


def test_a_message_without_a_card_is_left_as_it_is_and_cards_keep_other_content():
    plain = {"type": "message", "text": "hello"}
    assert with_outbox_key(plain, "k") == plain
    marked = with_outbox_key(activity_for(next(iter(samples().values()))), "digest:1:2026-W48:U1")
    assert outbox_key_of(marked["attachments"][0]["content"]) == "digest:1:2026-W48:U1"


def test_graph_is_read_only_with_the_app_credentials_and_tenant_and_only_over_https():
    complete = {"TEAMS_APP_ID": "app", "TEAMS_APP_PASSWORD": "secret", "TEAMS_TENANT_ID": "tenant"}
    assert teams_history(Settings.from_env(complete), connector=Connector()) is not None
    assert teams_history(Settings.from_env({**complete, "TEAMS_TENANT_ID": ""}), connector=None) is None
    assert Settings.from_env({}).teams_graph_url == "https://graph.microsoft.com/v1.0"
    with pytest.raises(ValueError, match="TEAMS_GRAPH_URL"):
        Settings.from_env({"TEAMS_GRAPH_URL": "http://graph.example.org/v1.0"})
