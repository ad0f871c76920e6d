"""The database out of reach or locked: people are told to try again, nothing changes,
and the health check says so. (Slack's own outages are in test_jobs.py and test_slack_habits.py.)"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text

from handlers import create_app
from handlers.blocks import DONE, UPDATE_VIEW
from handlers.errors import BUSY
from handlers.services import Services
from storage.database import Database
from tests.conftest import PATIENT, SECRET
from tests.slack_requests import SignedClient
from web import WebApp

SARAH, HAYLEY = "U0SARAH", "U0HAYLEY"
UNREACHABLE = {
    "postgresql": "postgresql+psycopg://matters@127.0.0.1:1/register",  # nothing listens on port 1
    "sqlite": "sqlite:////nonexistent-folder/for/matters/register.db",
}


def client_over(db: Database, clock, slack) -> SignedClient:  # type: ignore[no-untyped-def]
    services = Services(db=db, clock=clock)
    app = create_app(services, token="xoxb-test", signing_secret=SECRET, api_url=slack.api_url, ack_budget=PATIENT,
                     process_before_response=True)
    return SignedClient(WebApp(app, db, SECRET), SECRET, slack)


@pytest.mark.parametrize("where", sorted(UNREACHABLE))
def test_with_the_database_out_of_reach_people_are_told_to_try_again_and_health_is_503(where, clock, slack, caplog):
    web = client_over(Database.connect(UNREACHABLE[where], lock_wait=0.5), clock, slack)
    reply = web.command("/myactions", user=HAYLEY)
    assert reply.status == 200 and BUSY in reply.text
    assert web.click(DONE, "AHWB-1", user=HAYLEY).status == 200
    [told] = slack.wait_for("respond")
    assert BUSY in told.body["text"]
    form = web.submit(UPDATE_VIEW, {"note": {"value": {"type": "plain_text_input", "value": "x"}}},
                      user=HAYLEY, private_metadata="AHWB-1")
    assert form.json["response_action"] == "update" and BUSY in str(form.json["view"]["blocks"])
    health = web.request("GET", "/healthz")
    assert health.status == 503 and health.json == {"ok": False, "error": "database unavailable"}
    assert "Traceback" not in caplog.text and "outcome=busy" in caplog.text


def board_with_an_action(web) -> str:  # type: ignore[no-untyped-def]
    assert web.command("/board", "setup Ashworth Health and Wellbeing Board", user=SARAH).status == 200
    reply = web.command("/action", f"<@{HAYLEY}|hayley> Circulate the away day notes by 17/12/2026", user=SARAH)
    return reply.text.split("*")[1]


@contextmanager
def locked(db: Database) -> Iterator[None]:
    """Another process holds the write lock (SQLite) or the actions' rows (PostgreSQL)."""
    if db.engine.dialect.name == "sqlite":
        holder = sqlite3.connect(db.engine.url.database, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        return
    with db.engine.connect() as holder:
        holder.execute(text("SELECT id FROM actions FOR UPDATE"))
        yield
        holder.rollback()


def test_a_locked_register_turns_a_change_away_unchanged_and_it_works_once_free(db, web, clock, slack, services):
    ref = board_with_an_action(web)
    impatient = client_over(Database.connect(db.engine.url.render_as_string(hide_password=False), lock_wait=0.3),
                            clock, slack)
    with locked(db):
        reply = impatient.command("/done", ref, user=HAYLEY)
        assert reply.status == 200 and BUSY in reply.text
    code, number = ref.split("-")
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref(code, int(number)).status == "open"
    assert "is done" in impatient.command("/done", ref, user=HAYLEY).text
