"""`python bot.py teams` as an operator starts it: with TEAMS_APP_ID set, only activities carrying a
Bot Framework token for this app, from their own serviceUrl, get in; without it, local mode on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import create_engine, text

from tests.bot_cli import bot_here
from tests.teams_requests import APP_ID, BotConnector, TeamsBot, TeamsCloud, TeamsUser, personal_message

ROOT = Path(__file__).resolve().parents[2]
SARAH = TeamsUser("Sarah Jameson", "sarah.jameson@council.example")


@pytest.fixture(scope="module")
def cloud():  # type: ignore[no-untyped-def]
    issuer = TeamsCloud()
    yield issuer
    issuer.stop()


@pytest.fixture(scope="module")
def connector():  # type: ignore[no-untyped-def]
    stand_in = BotConnector()
    stand_in.add_user(SARAH)
    yield stand_in
    stand_in.stop()


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path_factory.mktemp('teams') / 'register.db'}"


@pytest.fixture(scope="module")
def bot(cloud, database):  # type: ignore[no-untyped-def]
    process = TeamsBot(database, env={"TEAMS_APP_ID": APP_ID, "TEAMS_APP_PASSWORD": "app-secret",
                                      "TEAMS_OPENID_URL": cloud.openid_url, "TEAMS_TOKEN_URL": cloud.token_url})
    yield process
    process.stop()


def stored_references(database: str) -> int:
    engine = create_engine(database)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM teams_users")).scalar_one())
    finally:
        engine.dispose()


def wrong_tokens(cloud: TeamsCloud, service_url: str) -> dict[str, str]:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return {
        "unsigned": "",
        "for another app": cloud.token(audience="3f9a0000-0000-4000-8000-000000000000", service_url=service_url),
        "from another issuer": cloud.token(issuer="https://sts.example.org", service_url=service_url),
        "expired": cloud.token(service_url=service_url, expires_in=-900),
        "not yet valid": cloud.token(service_url=service_url, not_before=900),
        "for another serviceUrl": cloud.token(service_url="https://smba.example.org/emea/"),
        "without a serviceurl claim": cloud.token(),
        "signed by another key": cloud.token(service_url=service_url, key=stranger),
        "unsigned alg none": cloud.token(service_url=service_url).rsplit(".", 1)[0] + ".",
    }


def test_activities_without_a_valid_token_for_this_app_get_401_and_change_nothing(bot, cloud, connector, database):
    activity = personal_message(SARAH, "myactions", connector.service_url)
    for why, token in wrong_tokens(cloud, connector.service_url).items():
        status, _ = bot.post(activity, token)
        assert status == 401, why
    status, _ = bot.post(activity, None)
    assert status == 401
    assert stored_references(database) == 0
    assert connector.sent() == []


def test_a_properly_signed_activity_is_answered_with_the_apps_own_token(bot, cloud, connector, database):
    activity = personal_message(SARAH, "help", connector.service_url)
    status, _ = bot.post(activity, cloud.token(service_url=connector.service_url))
    assert status == 200
    [reply] = connector.wait_for("send")
    assert reply.authorization == f"Bearer {cloud.issued[-1]}"
    [asked] = cloud.token_requests
    assert (asked["client_id"], asked["client_secret"], asked["grant_type"]) == (APP_ID, "app-secret",
                                                                                  "client_credentials")
    assert asked["path"] == "/botframework.com/oauth2/v2.0/token"
    assert stored_references(database) == 1


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`python bot.py ARGS` (in this process: see tests.bot_cli), without the outside's chat settings."""
    return bot_here(*args, env=env, without=("TEAMS_", "SLACK_"))


@pytest.mark.slow  # a second `bot.py teams` process; the signed one above runs by default
def test_local_mode_says_so_and_listens_on_loopback_only(tmp_path, connector):
    database = f"sqlite:///{tmp_path / 'local.db'}"
    refused = run("teams", "--host", "0.0.0.0", "--port", "3999", env={"DATABASE_URL": database})
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "loopback" in refused.stderr
    local = TeamsBot(database)
    try:
        status, _ = local.post(personal_message(SARAH, "help", connector.service_url))
        assert status == 200
        assert [c.authorization for c in connector.wait_for("send")][-1] is None
    finally:
        said = local.stop()
    assert "local mode" in said and "NOT authenticated" in said


def test_bad_settings_are_one_line_and_exit_2(tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'bad.db'}", "TEAMS_APP_ID": APP_ID,
           "TEAMS_OPENID_URL": "http://keys.example.org/openid"}
    bad = run("teams", "--port", "3999", env=env)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "TEAMS_OPENID_URL" in bad.stderr
    assert run("teams", "--port", "99999", env=env).returncode == 2
