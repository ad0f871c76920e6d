"""Exactly once in Teams when the Bot Connector's answer is lost: the message carries its outbox key in
its card, and the next sweep finds it through Microsoft Graph (the stand-in serving what the Bot
Connector stand-in recorded) instead of posting it again. Where Graph cannot be read, that is said
once in the log and the message is sent again, as before: never lost, never a crash. SQLite and
PostgreSQL, with app-only tokens from the local token endpoint. Each test serves three loopback
stand-ins, so the variations are in the slow suite and one of each kind stays in the default run."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlalchemy import select

from console.local_slack import DROP
from jobs.mail import RoutingSender
from jobs.outbox import Outgoing, Part, deliver
from jobs.runner import run_job
from messages import UNREACHABLE, message
from storage.models import SentMessage
from teams.cards import outbox_key_of
from teams.connector import AppToken, Connector, TeamsSender
from teams.history import GRAPH_SCOPE, GraphHistory
from tests.outbox_world import SWEEP_AT, teams_board_with_due_actions
from tests.teams_requests import APP_ID, TENANT, BotConnector, Graph, TeamsCloud, TeamsUser, channel_conversation
from tests.unit.test_teams_cards import check

PEOPLE = [TeamsUser("Hayley Brooks"), TeamsUser("Sarah Quinn")]


@pytest.fixture
def cloud():  # type: ignore[no-untyped-def]
    with TeamsCloud() as stand_in:
        yield stand_in


@pytest.fixture
def connector():  # type: ignore[no-untyped-def]
    with BotConnector() as stand_in:
        yield stand_in


@pytest.fixture
def graph(connector, cloud):  # type: ignore[no-untyped-def]
    with Graph(connector, cloud) as stand_in:
        for person in PEOPLE:
            stand_in.add_chat(person, f"a:personal-{person.user_id}")
        yield stand_in


def teams_sender(db, connector, cloud, graph=None):  # type: ignore[no-untyped-def]
    """The sender `bot.py` builds with the app's credentials: the Bot Connector, and Graph when given."""
    endpoint = cloud.token_url.replace("{tenant}", TENANT)
    bot = Connector(AppToken(APP_ID, "secret", endpoint), sleep=lambda _: None)
    history = None
    if graph is not None:
        token = AppToken(APP_ID, "secret", endpoint, scope=GRAPH_SCOPE)
        history = GraphHistory(graph.url, token.value, APP_ID, bot.team)
    return RoutingSender(None, None, TeamsSender(db, bot, history=history))


def sweep(db, sender, minutes: float = 0):  # type: ignore[no-untyped-def]
    wall = SWEEP_AT + timedelta(minutes=minutes)
    return run_job("nudges", db, sender, wall, wall=lambda: wall)


def messages_to(connector, people) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {p.name: len(connector.landed(f"a:personal-{p.user_id}")) for p in people}


def rows(db):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        return list(reg.session.scalars(select(SentMessage).order_by(SentMessage.id)))


@pytest.mark.parametrize("how", [500, pytest.param(DROP, marks=pytest.mark.slow)])
def test_a_teams_message_whose_answer_is_lost_is_found_through_graph_and_not_sent_again(db, connector, cloud,
                                                                                         graph, how):
    teams_board_with_due_actions(db, PEOPLE[:1], connector.service_url)
    sender = teams_sender(db, connector, cloud, graph)
    connector.lose_answer(how)
    first = sweep(db, sender)
    assert first.sent == 0 and "may have arrived" in first.failed[0]
    assert messages_to(connector, PEOPLE[:1]) == {"Hayley Brooks": 1}, "the lost answer was not retried blind"

    second = sweep(db, sender, minutes=1)
    assert (second.sent, second.recovered, second.failed) == (0, 1, [])
    assert messages_to(connector, PEOPLE[:1]) == {"Hayley Brooks": 1}
    [landed] = connector.landed()
    [row] = rows(db)
    assert row.sent_at is not None and row.ts == landed.id and row.channel == landed.conversation_id
    assert any("/chats/" in path and "/messages" in path for path in graph.requests)
    assert {r["scope"] for r in cloud.token_requests} >= {GRAPH_SCOPE}, "Graph was read with an app-only token"
    assert sweep(db, sender, minutes=2).sent == 0


def test_every_teams_message_carries_its_key_in_a_valid_card_and_records_its_activity_id(db, connector, cloud):
    teams_board_with_due_actions(db, PEOPLE, connector.service_url)
    assert sweep(db, teams_sender(db, connector, cloud)).sent == 2
    by_key = {row.key: row for row in rows(db)}
    for landed in connector.landed():
        [attachment] = landed.activity["attachments"]
        card = check(attachment["content"])
        key = outbox_key_of(card)
        assert key in by_key and by_key[key].ts == landed.id
        hidden = [e for e in card["body"] if e.get("isVisible") is False]
        assert hidden == [{"type": "Container", "id": f"matters-arising-outbox:{key}", "isVisible": False,
                           "items": []}], "the key shows nothing to the reader"
        assert key not in landed.activity["text"]


@pytest.mark.slow
def test_a_lost_answer_for_a_message_that_never_landed_is_sent_once_by_the_next_sweep(db, connector, cloud, graph):
    teams_board_with_due_actions(db, PEOPLE, connector.service_url)
    sender = teams_sender(db, connector, cloud, graph)
    connector.fail_next("send", 502)  # refused by a gateway: nothing landed, but the bot cannot know
    first = sweep(db, sender)
    assert first.sent == 1 and len(first.failed) == 1
    second = sweep(db, sender, minutes=1)
    assert (second.sent, second.recovered) == (1, 0)
    assert messages_to(connector, PEOPLE) == {"Hayley Brooks": 1, "Sarah Quinn": 1}


@pytest.mark.slow
def test_a_board_channel_message_in_doubt_is_found_in_the_channel(db, connector, cloud, graph):
    conversation = channel_conversation("19:outbox-board@thread.tacv2")["id"]
    teams_board_with_due_actions(db, [], connector.service_url)
    with db.unit_of_work() as reg:
        board = reg.board_by_name("Outbox Test Board")
        reg.bind_teams_channel(board, conversation_id=conversation, service_url=connector.service_url,
                               team_id="19:outbox-team@thread.tacv2", tenant_id=TENANT)
    sender = teams_sender(db, connector, cloud, graph).teams
    connector.lose_answer(DROP)
    outgoing = [Outgoing("agenda", f"teams-channel:{conversation}", (Part("agenda:outbox:1:teams", None),),
                         render=lambda _: message(UNREACHABLE, [{"label": "The agenda", "reason": "a test"}]),
                         label="channel")]
    wall = SWEEP_AT
    assert deliver(db, outgoing, sender, wall=lambda: wall).sent == 0
    again = deliver(db, outgoing, sender, wall=lambda: wall + timedelta(minutes=1))
    assert (again.sent, again.recovered) == (0, 1)
    assert len(connector.landed(conversation)) == 1
    assert any("/channels/19:outbox-board@thread.tacv2/messages/1/replies" in path for path in graph.requests)
    assert connector.sent("team"), "the team's Graph id came from the Bot Connector"


@pytest.mark.parametrize("graph_answer", [403, pytest.param(None, marks=pytest.mark.slow)])
def test_without_graph_a_message_in_doubt_is_sent_again_and_that_is_said_once(db, connector, cloud, graph, caplog,
                                                                              graph_answer):
    teams_board_with_due_actions(db, PEOPLE, connector.service_url)
    graph.refuse(graph_answer)
    sender = teams_sender(db, connector, cloud, graph if graph_answer else None)
    connector.lose_answer(500, times=2)
    assert sweep(db, sender).sent == 0
    with caplog.at_level(logging.WARNING, logger="matters.teams"):
        again = sweep(db, sender, minutes=1)
    assert (again.sent, again.recovered, again.failed) == (2, 0, [])
    assert messages_to(connector, PEOPLE) == {"Hayley Brooks": 2, "Sarah Quinn": 2}, "resent, as before: not lost"
    said = [r.getMessage() for r in caplog.records if "teams_history_unavailable" in r.getMessage()]
    assert len(said) == 1, said
    assert ("403" in said[0]) if graph_answer else ("not configured" in said[0])
    assert all(row.sent_at is not None for row in rows(db))
