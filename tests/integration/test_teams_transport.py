"""The Teams transport in one process, with a recording stand-in for the conversation side: what reaches
it (who, where, which mentions) and what it sends back through the loopback Bot Connector."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from starlette.testclient import TestClient

from domain.identity import new_member, spoke_on
from jobs.mail import RoutingSender
from jobs.outbox import DeliveryFailed, DeliveryUncertain, Undeliverable, recipient_address
from teams.app import create_app
from teams.auth import InboundAuth
from teams.connector import Connector, Pace, TeamsSender
from tests.teams_requests import (APP_ID, BotConnector, TeamsCloud, TeamsUser, channel_message, installed, invoke,
                                  personal_message)

SARAH = TeamsUser("Sarah Jameson", "sarah.jameson@council.example")
HAYLEY = TeamsUser("Hayley Hughes", "hayley.hughes@council.example")


class Recording:
    """The conversation side, as teams/context.py describes it, remembering each turn it was given."""

    def __init__(self) -> None:
        self.turns: list = []

    async def on_message(self, turn):  # type: ignore[no-untyped-def]
        self.turns.append(turn)
        return [{"type": "message", "text": f"heard: {turn.text}"}]

    async def on_invoke(self, turn, verb, data):  # type: ignore[no-untyped-def]
        self.turns.append((turn, verb, data))
        return {"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": f"{verb} {data}"}

    async def on_installed(self, turn):  # type: ignore[no-untyped-def]
        self.turns.append(turn)
        return [{"type": "message", "text": "welcome"}]


@pytest.fixture
def connector():  # type: ignore[no-untyped-def]
    stand_in = BotConnector()
    stand_in.add_user(SARAH)
    stand_in.add_user(HAYLEY)
    yield stand_in
    stand_in.stop()


@pytest.fixture
def side() -> Recording:
    return Recording()


@pytest.fixture
def client(services, side):  # type: ignore[no-untyped-def]
    app = create_app(services, Connector(sleep=lambda _: None), None, entry=SimpleNamespace(
        on_message=side.on_message, on_invoke=side.on_invoke, on_installed=side.on_installed))
    with TestClient(app) as test_client:
        yield test_client


def members(services, *names_and_emails):  # type: ignore[no-untyped-def]
    with services.db.unit_of_work() as reg:
        return [new_member(reg, name, services.now(), email=email).id for name, email in names_and_emails]


def test_a_personal_message_is_matched_by_email_from_the_member_lookup_and_answered(client, side, connector,
                                                                                   services):
    [sarah] = members(services, ("Sarah Jameson", "sarah.jameson@council.example"))
    reply = client.post("/api/messages", json=personal_message(SARAH, "myactions", connector.service_url))
    assert reply.status_code == 200
    [turn] = side.turns
    assert (turn.member_id, turn.text, turn.conversation.kind) == (sarah, "myactions", "personal")
    assert turn.person.email == "sarah.jameson@council.example"
    [answer] = connector.activities(f"a:personal-{SARAH.user_id}")
    assert answer["text"] == "heard: myactions"
    with services.db.unit_of_work() as reg:
        member = reg.member(sarah)
        assert member.teams_id == SARAH.aad_id
        assert reg.teams_user(SARAH.aad_id).conversation_id == f"a:personal-{SARAH.user_id}"
        assert recipient_address(member) == f"teams:{SARAH.aad_id}"
    # Known now: the next message needs no look-up.
    client.post("/api/messages", json=personal_message(SARAH, "myactions", connector.service_url))
    assert len(connector.sent("member")) == 1


def test_a_member_on_both_chats_is_one_member_reached_on_the_one_they_used_last(client, connector, services):
    with services.db.unit_of_work() as reg:
        sarah = new_member(reg, "Sarah Jameson", services.now(), email="sarah.jameson@council.example",
                           slack_id="U0SARAH").id
        assert recipient_address(reg.member(sarah)) == "U0SARAH"
    client.post("/api/messages", json=personal_message(SARAH, "myactions", connector.service_url))
    with services.db.unit_of_work() as reg:
        member = reg.member(sarah)
        assert (member.slack_id, member.teams_id) == ("U0SARAH", SARAH.aad_id)
        assert recipient_address(member) == f"teams:{SARAH.aad_id}"
        spoke_on(member, "slack")
    with services.db.unit_of_work() as reg:
        assert recipient_address(reg.member(sarah)) == "U0SARAH"


def test_in_a_channel_the_bot_hears_only_when_mentioned_and_mentions_become_tokens(client, side, connector,
                                                                                  services):
    sarah, hayley = members(services, ("Sarah Jameson", "sarah.jameson@council.example"),
                            ("Hayley Hughes", "hayley.hughes@council.example"))
    chatter = channel_message(SARAH, "hello all", connector.service_url)
    chatter["entities"], chatter["text"] = [], "hello all"
    assert client.post("/api/messages", json=chatter).status_code == 200
    assert side.turns == []
    text = "action <at>Hayley Hughes</at> Circulate the <at:0> plan by 1 December"
    client.post("/api/messages", json=channel_message(SARAH, text, connector.service_url, mentions=[HAYLEY]))
    [turn] = side.turns
    assert turn.text == "action <at:0> Circulate the <at :0> plan by 1 December"
    assert turn.mention("<at:0>").member_id == hayley and turn.mention("<at :0>") is None
    assert (turn.member_id, turn.conversation.kind, turn.conversation.team_id) == (sarah, "channel",
                                                                                  "19:team-general@thread.tacv2")
    with services.db.unit_of_work() as reg:  # Hayley can be written to first now, though she never wrote
        assert reg.teams_user(HAYLEY.aad_id).conversation_id is None


def test_an_invoke_answers_with_what_the_conversation_side_returns(client, side, connector, services):
    reply = client.post("/api/messages", json=invoke(SARAH, "done", {"ref": "CPSRB-1"}, connector.service_url))
    assert reply.status_code == 200 and reply.json()["value"] == "done {'ref': 'CPSRB-1'}"
    assert connector.activities() == []


def test_installation_stores_the_reference_and_welcomes(client, side, connector, services):
    client.post("/api/messages", json=installed(SARAH, connector.service_url))
    assert [a["text"] for a in connector.activities()] == ["welcome"]
    with services.db.unit_of_work() as reg:
        assert reg.teams_user(SARAH.aad_id) is not None


def test_bad_bodies_get_one_clear_status_and_change_nothing(client, services):
    assert client.post("/api/messages", content=b"not json").status_code == 400
    assert client.post("/api/messages", content=b"[1]").status_code == 400
    assert client.post("/api/messages", json={"type": "message"}).status_code == 400
    assert client.post("/api/messages", content=b"x" * 300_000).status_code == 413


def test_an_unsigned_activity_is_refused_before_anything_is_stored(services, side, connector):
    cloud = TeamsCloud()
    try:
        app = create_app(services, Connector(), InboundAuth(APP_ID, cloud.openid_url), entry=SimpleNamespace(
            on_message=side.on_message, on_invoke=side.on_invoke, on_installed=side.on_installed))
        with TestClient(app) as client:
            activity = personal_message(SARAH, "myactions", connector.service_url)
            assert client.post("/api/messages", json=activity).status_code == 401
            wrong = cloud.token(audience="another-app", service_url=connector.service_url)
            assert client.post("/api/messages", json=activity,
                               headers={"Authorization": f"Bearer {wrong}"}).status_code == 401
            right = cloud.token(service_url=connector.service_url)
            assert client.post("/api/messages", json=activity,
                               headers={"Authorization": f"Bearer {right}"}).status_code == 200
        assert len(side.turns) == 1
    finally:
        cloud.stop()


# -- the sender ------------------------------------------------------------------
def sender(services, **kwargs):  # type: ignore[no-untyped-def]
    return TeamsSender(services.db, Connector(sleep=lambda _: None, **kwargs),
                       render=lambda message: {"type": "message", "text": str(message)})


def test_the_sender_opens_the_personal_chat_once_and_remembers_it(services, connector):
    with services.db.unit_of_work() as reg:
        reg.save_teams_user(teams_id=HAYLEY.aad_id, user_id=HAYLEY.user_id, service_url=connector.service_url,
                            now=services.now(), tenant_id="t")
    teams = sender(services)
    for text in ("first", "second"):
        conversation, activity = teams.send(f"teams:{HAYLEY.aad_id}", text, key=f"nudge:{text}")
        assert conversation == f"a:personal-{HAYLEY.user_id}" and activity
    assert len(connector.sent("create")) == 1
    assert [a["text"] for a in connector.activities(conversation)] == ["first", "second"]


def test_the_sender_retries_only_answers_that_prove_nothing_landed(services, connector):
    with services.db.unit_of_work() as reg:
        reg.save_teams_user(teams_id=SARAH.aad_id, user_id=SARAH.user_id, service_url=connector.service_url,
                            now=services.now(), conversation_id="a:sarah")
    waits: list[float] = []
    teams = TeamsSender(services.db, Connector(sleep=waits.append), render=lambda m: {"type": "message", "text": m})
    for status in (429, 412, 412, 412):  # 429 waits its Retry-After (1 s), 412 backs off
        connector.fail_next("send", status)
    teams.send(f"teams:{SARAH.aad_id}", "hello")
    assert len(connector.sent("send")) == 5 and waits == [1.0, 2.0, 4.0, 8.0]
    for status in (502, 504, 500):  # the message may have landed: in doubt, not posted again here
        connector.fail_next("send", status)
        with pytest.raises(DeliveryUncertain):
            teams.send(f"teams:{SARAH.aad_id}", "hello")
    assert len(connector.sent("send")) == 8
    for _ in range(5):
        connector.fail_next("send", 429)
    with pytest.raises(DeliveryFailed) as refused:
        teams.send(f"teams:{SARAH.aad_id}", "hello")
    assert not isinstance(refused.value, DeliveryUncertain)
    connector.fail_next("send", 403)
    with pytest.raises(Undeliverable):
        teams.send(f"teams:{SARAH.aad_id}", "hello")
    with pytest.raises(Undeliverable):
        teams.send("teams:nobody-we-know", "hello")


def test_reads_and_updates_are_repeated_on_passing_faults(services, connector):
    waits: list[float] = []
    bot = Connector(sleep=waits.append)
    for status in (502, 504):
        connector.fail_next("update", status)
    bot.update(connector.service_url, "a:sarah", "activity-1", {"type": "message", "text": "replaced"})
    assert len(connector.sent("update")) == 3 and waits == [1.0, 2.0]


def test_the_pace_keeps_each_conversation_within_teams_limits():
    now = [0.0]
    pace = Pace(clock=lambda: now[0], sleep=lambda seconds: now.__setitem__(0, now[0] + seconds))
    times = []
    for _ in range(70):
        pace.wait("a:one")
        times.append(now[0])
    assert all(sum(1 for t in times if start <= t < start + 1) <= 7 for start in times)
    assert all(sum(1 for t in times if start <= t < start + 30) <= 60 for start in times)
    assert times[-1] >= 30  # the 61st waited for the window
    pace.wait("a:another")  # other conversations are not held up
    assert now[0] == times[-1]


def test_routing_sends_each_address_to_its_own_place(services, connector):
    seen = []

    class Chat:
        def send(self, recipient, message, *, key):  # type: ignore[no-untyped-def]
            seen.append(recipient)
            return recipient, "1"

    with services.db.unit_of_work() as reg:
        reg.save_teams_user(teams_id=SARAH.aad_id, user_id=SARAH.user_id, service_url=connector.service_url,
                            now=services.now(), conversation_id="a:sarah")
    routing = RoutingSender(Chat(), None, sender(services))
    routing.send("U0SLACK", "hi", key="k1")
    routing.send(f"teams:{SARAH.aad_id}", "hi", key="k2")
    with pytest.raises(Undeliverable):
        routing.send("mailto:someone@example.org", "hi", key="k3")
    assert seen == ["U0SLACK"] and len(connector.activities("a:sarah")) == 1
