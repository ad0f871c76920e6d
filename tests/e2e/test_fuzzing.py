"""Fuzzing the HTTP handler: slash commands, block_actions and view_submission payloads drawn by
hypothesis (tests/fuzz_strategies.py), signed and sent through the web process as Slack sends them,
to a board with members, officers, open actions, a meeting, agenda items and minutes drafts.

After each request, once the listener has finished its work in the background:
1. the reply is never a 5xx (nor a 401: every request is properly signed);
2. nothing the bot said (the reply, nor anything sent to the stand-in Slack) leaks a traceback or an
   exception's name, unless the person typed those words themselves;
3. a refusal or failure changed nothing: every table is as it was before the request (each use case
   is one transaction, so writes made before the refusal, such as a member created from a Slack
   profile, must have been rolled back);
4. every message and view is valid Block Kit with a text fallback, and holds no markup built from
   what a person typed: no <!channel>, <!here>, <!everyone>, links, or mentions of anyone the
   workspace doesn't have;
5. a request Slack itself could have sent (every field present, of the type Slack sends) is answered
   200 and never reaches the "something went wrong" apology, which means an unexpected exception.

The default run fuzzes a smoke volume (SMOKE examples per test); the full volume (FUZZ_EXAMPLES,
default 200) is marked slow and runs in CI (`pytest -m slow`). The run's total of signed requests
is printed at the end.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import re
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy import text as sql_text

import storage.drafts  # noqa: F401 - registers the minutes_drafts table in the metadata
from handlers.commands.agenda import USAGE as AGENDA_USAGE
from handlers.commands.board import HELP as BOARD_HELP
from handlers.commands.meeting import USAGE as MEETING_USAGE
from handlers.commands.minutes import USAGE as MINUTES_USAGE
from handlers.errors import SORRY
from minutes import extract_text, read_minutes
from storage.drafts import Drafts
from storage.models import Base
from tests.blockkit import assert_valid_message, assert_valid_view, every_text
from tests.fuzz_strategies import (
    CHAIR,
    LEAKS,
    MEMBER,
    NEWBIE,
    SECRETARY,
    Fuzzed,
    block_actions,
    slash_commands,
    view_submissions,
)
from tests.slack_requests import Listeners

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200"))
SMOKE = 30  # each kind of request alone; interleaved, twice as many (fewer of those meet no write)
VOLUMES = [pytest.param(SMOKE, id="smoke"), pytest.param(EXAMPLES, id="volume", marks=pytest.mark.slow)]
SURVEY = bool(os.environ.get("FUZZ_SURVEY"))  # record what breaks a property instead of stopping at it
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
TRIED: Counter[str] = Counter()  # signed requests sent, by database
FINDINGS: dict[str, str] = {}  # unexpected exceptions met: where they were raised, and a request that did it
READ_ONLY_REPLIES = {BOARD_HELP, AGENDA_USAGE, MEETING_USAGE, MINUTES_USAGE}
REFUSAL = (":information_source:", ":warning:")
MESSAGE_METHODS = ("respond", "chat.postMessage", "chat.postEphemeral", "chat.update")
VIEW_METHODS = ("views.open", "views.publish", "views.update", "views.push")
ALLOWED_MARKUP = re.compile(r"<@(?P<user>[^<>|]*)>|<#[CGD][A-Z0-9]{2,30}>")

FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)


class Records(logging.Handler):
    """Log records at WARNING and above, kept for the request that made them."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def fingerprint(engine: Any) -> dict[str, str]:
    """Every table's rows, hashed, in primary-key order."""
    found = {}
    with engine.connect() as connection:
        for name, table in sorted(Base.metadata.tables.items()):
            rows = connection.execute(select(table).order_by(*table.primary_key.columns)).all()
            found[name] = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
    return found


def _texts(payload: Any, plain: bool = False) -> list[tuple[str, bool]]:
    """(text, is_plain_text) for every `text` in a message or view, top-level fallback included."""
    found: list[tuple[str, bool]] = []
    if isinstance(payload, dict):
        is_plain = payload.get("type") == "plain_text"
        for key, value in payload.items():
            if key == "text" and isinstance(value, str):
                found.append((value, is_plain))
            else:
                found += _texts(value)
    elif isinstance(payload, list):
        for value in payload:
            found += _texts(value)
    return found


def _raised_at(records: list[logging.LogRecord]) -> str:
    """The exception's type and the innermost frame of the bot's own code it passed through."""
    for record in records:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            frames = traceback.extract_tb(error.__traceback__)
            ours = [f for f in frames if "/work/main/" in f.filename and "/.venv/" not in f.filename] or frames
            last = ours[-1] if ours else None
            at = f"{Path(last.filename).name}:{last.lineno} {last.line}" if last else "?"
            return f"{type(error).__name__}({str(error)[:120]}) at {at}"
    return records[0].getMessage()[:200] if records else "the apology, with nothing logged"


class Harness:
    """The world the fuzzed requests land in, and the checks made after each."""

    def __init__(self, web: Any, slack: Any, services: Any, db_name: str):
        self.web, self.slack, self.services, self.db_name = web, slack, services, db_name
        self.executor = Listeners.installed_in(web.wsgi.app)
        self.records = Records()
        self.turns = 0
        self.stats: Counter[str] = Counter()
        self.before: dict[str, str] = {}

    def turn(self) -> int:
        self.turns += 1
        return self.turns

    # -- the world -------------------------------------------------------
    def build_world(self) -> None:
        web, slack, services = self.web, self.slack, self.services
        slack.add_user(NEWBIE, "Nell Newbie", "nell@probation.example")

        def ok(reply: Any) -> Any:
            assert reply.status == 200, reply.body
            assert not reply.text.startswith(REFUSAL), reply.text
            return reply

        ok(web.command("/board", "setup Xylo Youth Zone", user=SECRETARY))
        ok(web.command("/board", "link <@U0HAYLEY|hayley> Hayley Hughes", user=SECRETARY))
        ok(web.command("/board", "link <@U0DIANE|diane> Diane Gradwell", user=SECRETARY))
        ok(web.command("/board", "chair <@U0HAYLEY|hayley>", user=SECRETARY))
        for owner, what, when in ((CHAIR, "Develop the work plan", "17/12/2026"),
                                  (MEMBER, "Commission the working group", "next Friday"),
                                  (SECRETARY, "Circulate the notes &lt;draft&gt;", "tomorrow"),
                                  (MEMBER, "Book the room", "1 Dec"),
                                  (CHAIR, "Chase the budget", "31/01/2027")):
            ok(web.command("/action", f"<@{owner}|x> {what} by {when}", user=SECRETARY))
        ok(web.command("/done", "XYZ-4 booked", user=MEMBER))
        reply = web.submit("meeting_form", {
            "date": {"value": {"type": "datepicker", "selected_date": "2026-12-10"}},
            "start": {"value": {"type": "timepicker", "selected_time": "14:00"}},
            "end": {"value": {"type": "timepicker", "selected_time": "16:00"}},
            "venue": {"value": {"type": "plain_text_input", "value": "Town Hall"}},
            "theme": {"value": {"type": "plain_text_input", "value": "Youth voice"}},
        }, user=SECRETARY, private_metadata=json.dumps({"channel": "C0BOARD", "meeting": None}))
        assert reply.status == 200 and reply.json.get("response_action") is None, reply.body
        ok(web.command("/agenda", "add Budget update - Diane", user=MEMBER))
        ok(web.command("/agenda", "add Youth voice report - Hayley", user=SECRETARY))
        ok(web.command("/board", "setup Other Board", user=MEMBER, channel="C0OTHER"))
        ok(web.command("/action", "<@U0DIANE|d> Other board's task by next Friday", user=MEMBER, channel="C0OTHER"))
        self.executor.settle()
        minutes = read_minutes(extract_text(FIXTURES / "what-who-when-table.txt"))
        with services.db.unit_of_work() as reg:
            board = reg.board_by_channel("C0BOARD")
            assert board.code == "XYZ"
            sarah = reg.member_by_slack_id(SECRETARY)
            drafts = Drafts(reg.session)
            for file_id in ("F0ONE", "F0TWO", "F0THREE"):
                drafts.add(board_id=board.id, uploader_id=sarah.id, channel_id="C0BOARD", slack_file_id=file_id,
                           file_name=f"{file_id}.txt", minutes=minutes, now=services.now())
        # Draft 1 recorded: a meeting with minutes for /minutes; drafts 2 and 3 stay pending.
        web.click("minutes_confirm", "1", user=SECRETARY)
        self.executor.settle()
        with services.db.unit_of_work() as reg:
            assert Drafts(reg.session).status_of(1) == "confirmed"
        slack.clear()
        self.before = fingerprint(services.db.engine)

    # -- one request -----------------------------------------------------
    def send(self, fuzzed: Fuzzed) -> Any:
        if fuzzed.form is not None:
            return self.web.post(urlencode(fuzzed.form))
        if fuzzed.raw is not None:
            return self.web.post(fuzzed.raw)
        return self.web.interaction(fuzzed.payload)

    def check(self, fuzzed: Fuzzed) -> None:
        if not SURVEY:
            self._check(fuzzed)
            return
        try:
            self._check(fuzzed)
        except AssertionError as error:
            first = str(error).splitlines()[0][:300]
            FINDINGS.setdefault("property: " + re.sub(r"\d+", "N", first)[:200],
                                json.dumps(fuzzed.form or fuzzed.payload or fuzzed.raw)[:1500])

    def _check(self, fuzzed: Fuzzed) -> None:
        request_text = json.dumps(fuzzed.form if fuzzed.form is not None else fuzzed.payload, ensure_ascii=False)
        request_text += fuzzed.raw or ""
        if fuzzed.form is not None:
            request_text += " ".join(fuzzed.form.values())
        else:
            request_text += " ".join(every_text(fuzzed.payload))
        start = len(self.slack.sent())
        root = logging.getLogger()
        root.addHandler(self.records)
        self.records.records.clear()
        started = time.perf_counter()
        try:
            reply = self.send(fuzzed)
            TRIED[self.db_name] += 1
            assert self.executor.settle(), "the listener never finished"
        finally:
            root.removeHandler(self.records)
        elapsed = time.perf_counter() - started
        if elapsed > 0.5:
            self.stats["slow (over 0.5 s)"] += 1
            FINDINGS.setdefault(f"slow: {fuzzed.label} {elapsed:.1f} s", json.dumps(fuzzed.form or fuzzed.payload)[:600])
        calls = self.slack.sent()[start:]
        where = f"{fuzzed.label} ({'well-formed' if fuzzed.well_formed else 'malformed'})"
        self.stats[f"status {reply.status}"] += 1

        # 1. never a 5xx, never a 401
        assert reply.status < 500, f"{where}: {reply.status} {reply.body[:500]!r}"
        assert reply.status != 401, where

        # 2. no traceback or exception name, in the reply or in anything sent
        body = reply.body.decode("utf-8", "replace")
        said = [body] + [json.dumps(c.body, ensure_ascii=False) for c in calls]
        for leak in LEAKS:
            if leak.lower() in request_text.lower():
                continue
            for text in said:
                assert leak not in text, f"{where}: {leak!r} leaked: {text[:800]}"

        # 4. valid Block Kit, no markup from a person's text
        reply_json = self._json(reply)
        messages, views = [], []
        if reply_json and ("text" in reply_json or "blocks" in reply_json):
            messages.append(reply_json)
        if reply_json and isinstance(reply_json.get("view"), dict):
            views.append(reply_json["view"])
        for call in calls:
            if call.method in MESSAGE_METHODS:
                messages.append(call.body)
            elif call.method in VIEW_METHODS:
                views.append(call.body.get("view"))
        for message in messages:
            assert_valid_message(message)
            self._no_forged_markup(message, where)
        for view in views:
            assert isinstance(view, dict), f"{where}: {view!r}"
            assert_valid_view(view)
            self._no_forged_markup(view, where)

        # 3. a refusal or failure changed nothing
        told = [m.get("text", "") for m in messages if isinstance(m.get("text"), str)]
        sorry = any(SORRY in t for t in told)
        refused = (reply.status in (400, 404)
                   or (reply_json or {}).get("response_action") == "errors"
                   or any(t.startswith(REFUSAL) for t in told)
                   or any(t in READ_ONLY_REPLIES for t in told))
        after = fingerprint(self.services.db.engine)
        changed = sorted(t for t in after if after[t] != self.before.get(t))
        if refused:
            self.stats["refusals checked unchanged"] += 1
            assert not changed, f"{where}: refused ({told[:2]} {reply.status}) yet changed {changed}"
        if changed:
            self.stats["requests that wrote"] += 1
        self.before = after

        # 5. what Slack could send never meets an unexpected exception
        # slack_sdk logs a failed post to a response_url at ERROR level, and the bot falls back on another
        # way to tell the person: only the bot's own errors are failures.
        failures = [r for r in self.records.records if r.levelno >= logging.ERROR and not r.name.startswith("slack_sdk")]
        if sorry or failures:
            kind = _raised_at(failures)
            self.stats[f"unexpected failure ({'well-formed' if fuzzed.well_formed else 'malformed'})"] += 1
            FINDINGS.setdefault(kind, f"{where}: {json.dumps(fuzzed.form or fuzzed.payload or fuzzed.raw)[:1500]}")
        if fuzzed.well_formed:
            self.stats["well-formed"] += 1
            assert reply.status == 200, f"{where}: {reply.status} {reply.body[:300]!r}"
            detail = "; ".join(f"{r.getMessage()} {r.exc_info[1]!r}" if r.exc_info else r.getMessage()
                               for r in failures)
            assert not (sorry or failures), f"{where}: unexpected failure: {detail}"

    @staticmethod
    def _json(reply: Any) -> dict[str, Any] | None:
        try:
            found = json.loads(reply.body) if reply.body else None
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def _no_forged_markup(self, payload: dict[str, Any], where: str) -> None:
        for text, plain in _texts(payload):
            for match in ALLOWED_MARKUP.finditer(text):
                user = match["user"]
                assert user is None or user in self.slack.users, f"{where}: a mention of {user!r}: {text[:500]}"
            if plain:
                assert not re.search(r"<[!@#]", text), f"{where}: markup in plain text: {text[:500]}"
                continue
            rest = ALLOWED_MARKUP.sub("", text)
            assert "<" not in rest, f"{where}: unescaped '<' in mrkdwn: {text[:500]}"


class Built:
    """The world `build_world` made, kept once for each database: every table's rows, and the Slack stand-in's
    directory, message counter and channel histories. Each later test starts from it put back, as the first
    test found it after its own build (sparing each test the thirty-odd requests of the build)."""

    def __init__(self, harness: Harness) -> None:
        with harness.services.db.engine.connect() as connection:
            self.rows = {t.name: [dict(r._mapping) for r in connection.execute(select(t))]
                         for t in Base.metadata.sorted_tables}
        slack = harness.slack
        self.users = copy.deepcopy(slack.users)
        self.ts = slack._ts
        self.history = copy.deepcopy(slack.history)

    def put_back(self, harness: Harness) -> None:
        tables = Base.metadata.sorted_tables
        with harness.services.db.engine.begin() as connection:
            for table in reversed(tables):
                connection.execute(table.delete())
            for table in tables:
                if self.rows[table.name]:
                    connection.execute(table.insert(), self.rows[table.name])
            if connection.dialect.name == "postgresql":  # the ids were given: move each sequence past them
                for table in tables:
                    if "id" in table.columns:
                        connection.execute(sql_text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"))
        slack = harness.slack
        slack.users = copy.deepcopy(self.users)
        slack._ts = max(slack._ts, self.ts)
        slack.history = copy.deepcopy(self.history)
        slack.clear()
        harness.before = fingerprint(harness.services.db.engine)


BUILT: dict[str, Built] = {}  # by database


@pytest.fixture
def world(request: Any, web: Any, slack: Any, services: Any) -> Any:
    harness = Harness(web, slack, services, request.node.callspec.params.get("db", "?"))
    if harness.db_name in BUILT:
        BUILT[harness.db_name].put_back(harness)
    else:
        harness.build_world()
        BUILT[harness.db_name] = Built(harness)
    yield harness
    harness.executor.settle()
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(harness.stats.items()))
    print(f"\n{request.node.name}: {summary}")


@pytest.fixture(scope="module", autouse=True)
def report_volume(request: Any) -> Any:
    yield
    total = sum(TRIED.values())
    line = "fuzzing: {} signed requests tried ({})".format(
        total, ", ".join(f"{name} {count}" for name, count in sorted(TRIED.items())) or "none")
    lines = [line] + [f"  unexpected: {kind}\n    e.g. {example}" for kind, example in sorted(FINDINGS.items())]
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    for text in [""] + lines:
        if reporter is not None:
            reporter.write_line(text)
        else:
            print(text)


def _fuzz(world: Harness, strategy: st.SearchStrategy[Fuzzed], examples: int) -> None:
    @settings(FUZZ_SETTINGS, max_examples=examples)
    @given(strategy)
    def run(fuzzed: Fuzzed) -> None:
        world.check(fuzzed)

    run()


@pytest.mark.parametrize("examples", VOLUMES)
def test_fuzzed_slash_commands(world, examples):
    _fuzz(world, slash_commands(world.slack.response_url, world.turn), examples)
    assert world.stats["refusals checked unchanged"] > examples // 10, world.stats
    # Commands that write are a small share of what is drawn: the smoke volume may meet none.
    assert world.stats["requests that wrote"] > 0 or examples == SMOKE, world.stats
    assert world.stats["well-formed"] > examples // 3, world.stats


@pytest.mark.parametrize("examples", VOLUMES)
def test_fuzzed_block_actions(world, examples):
    _fuzz(world, block_actions(world.slack.response_url, world.turn), examples)
    assert world.stats["refusals checked unchanged"] > examples // 10, world.stats
    assert world.stats["well-formed"] > examples // 10, world.stats


@pytest.mark.parametrize("examples", VOLUMES)
def test_fuzzed_view_submissions(world, examples):
    _fuzz(world, view_submissions(world.slack.response_url, world.turn), examples)
    assert world.stats["refusals checked unchanged"] > examples // 10, world.stats
    assert world.stats["well-formed"] > examples // 20, world.stats


@pytest.mark.parametrize("examples", VOLUMES)
def test_fuzzed_mixed_requests(world, examples):
    """Commands, clicks and submissions interleaved, so one request meets the state another left."""
    one = st.one_of(slash_commands(world.slack.response_url, world.turn),
                    block_actions(world.slack.response_url, world.turn),
                    view_submissions(world.slack.response_url, world.turn))

    @settings(FUZZ_SETTINGS, max_examples=2 * SMOKE if examples == SMOKE else examples)
    @given(st.lists(one, min_size=1, max_size=4))
    def run(requests: list[Fuzzed]) -> None:
        for fuzzed in requests:
            world.check(fuzzed)

    run()
    assert world.stats["refusals checked unchanged"] > 0 and world.stats["requests that wrote"] > 0, world.stats


# -- what the fuzzing found, pinned --------------------------------------------
def test_a_refused_action_rolls_back_the_member_made_from_a_slack_profile(world):
    """/action for someone new to the register creates them from their Slack profile; when the action
    is then refused (too long), that member must not remain."""
    with world.services.db.unit_of_work() as reg:
        assert reg.member_by_slack_id(NEWBIE) is None
    world.check(Fuzzed("command", True, form={
        "command": "/action", "text": f"<@{NEWBIE}|nell> {'x' * 6000} by tomorrow", "user_id": SECRETARY,
        "channel_id": "C0BOARD", "team_id": "T0TEST", "trigger_id": "t.1",
        "response_url": world.slack.response_url("newbie")}))
    assert world.stats["refusals checked unchanged"] == 1
    with world.services.db.unit_of_work() as reg:
        assert reg.member_by_slack_id(NEWBIE) is None


def _sent_as_slack(world: Harness, payload: dict[str, Any], *, well_formed: bool = True) -> list[str]:
    """Check one interaction like a fuzzed one; the texts the bot told the person."""
    start = len(world.slack.sent())
    world.check(Fuzzed(payload.get("type", "?"), well_formed, payload=payload))
    return [c.body.get("text", "") for c in world.slack.sent()[start:] if c.method == "respond"]


def _click(world: Harness, action_id: str, value: Any, user: str = SECRETARY, **extra: Any) -> dict[str, Any]:
    n = world.turn()
    return {"type": "block_actions", "user": {"id": user}, "team": {"id": "T0TEST"},
            "channel": {"id": "C0BOARD"}, "container": {"type": "message", "is_ephemeral": True},
            "trigger_id": f"trigger.r{n}", "response_url": world.slack.response_url(f"r{n}"),
            "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value,
                         "action_ts": "1"}], **extra}


def _form(callback_id: str, values: dict[str, Any], metadata: Any, user: str = SECRETARY) -> dict[str, Any]:
    return {"type": "view_submission", "user": {"id": user}, "team": {"id": "T0TEST"},
            "view": {"id": "V1", "type": "modal", "callback_id": callback_id, "private_metadata": metadata,
                     "state": {"values": values}}}


@pytest.mark.parametrize("value", ["99999999999", "9" * 5000, "²", "١", "0", "-1"])
def test_a_button_naming_an_impossible_agenda_item_or_draft_is_refused_in_a_line(world, value):
    """Found by fuzzing: a huge id overflowed the database's integer (SQLite OverflowError, PostgreSQL
    'integer out of range'), 5,000 digits broke int(), and '²' passed isdigit() but not int()."""
    for action_id in ("agenda_accept", "minutes_confirm", "minutes_cancel", "minutes_edit"):
        [told] = _sent_as_slack(world, _click(world, action_id, value))
        assert told.startswith(":information_source:"), told


@pytest.mark.parametrize("metadata", [{"draft": 2**63}, {"draft": "9999999999"}, {"draft": True}, {"draft": [2]}])
def test_an_edit_form_naming_an_impossible_draft_is_sent_back_with_the_error(world, metadata):
    reply_texts = _sent_as_slack(world, _form("minutes_edit_form", {}, json.dumps(metadata)))
    assert reply_texts == []
    assert world.stats["refusals checked unchanged"] == 1


@pytest.mark.parametrize("meeting", [2**63, -1, "x", True, 10**9])
def test_a_meeting_form_naming_an_impossible_meeting_changes_none_and_makes_none(world, meeting):
    values = {"date": {"value": {"type": "datepicker", "selected_date": "2027-01-14"}},
              "start": {"value": {"type": "timepicker", "selected_time": "10:00"}}}
    world.check(Fuzzed("view_submission", True,
                       payload=_form("meeting_form", values, json.dumps({"channel": "C0BOARD", "meeting": meeting}))))
    assert world.stats["refusals checked unchanged"] == 1


@pytest.mark.parametrize("view", [{"private_metadata": {"x": 1}}, {"private_metadata": None}, {"state": [1]},
                                  {"state": {"values": "x"}}, {"title": "x"}])
def test_a_form_of_the_wrong_shape_is_answered_without_the_apology(world, view):
    """Found by fuzzing: a view, state or private_metadata of the wrong type raised AttributeError
    or TypeError in the form readers, which became "something went wrong"."""
    payload = _form("action_update", {"note": {"value": {"type": "plain_text_input", "value": "x"}}}, "XYZ-1")
    payload["view"] = {**payload["view"], **view}
    _sent_as_slack(world, payload, well_formed=False)
    assert not any(k.startswith("unexpected failure") for k in world.stats), world.stats


def test_a_done_click_from_a_message_of_an_odd_container_completes_and_says_so(world):
    """Found by fuzzing: a `container` that was not an object raised after the action was completed, so
    the person was told "nothing was changed" about a change that had been made."""
    told = _sent_as_slack(world, _click(world, "action_done", "XYZ-1", user=CHAIR, container="message"),
                          well_formed=False)
    assert any("is done" in t for t in told), told
    assert world.stats["requests that wrote"] == 1


def test_a_form_that_can_no_longer_open_is_answered_at_once(world):
    """Found by fuzzing: when views.open failed after ack() (an expired trigger), Bolt dropped the
    answer, so the command hung for three seconds and was answered 404 "unhandled request"."""
    for command, text in (("/action", ""), ("/meeting", "new"), ("/minutes", "import")):
        world.slack.fail_next("views.open", 200, body={"ok": False, "error": "expired_trigger_id"})
        reply = world.web.command(command, text, user=SECRETARY)
        assert reply.status == 200 and reply.text.startswith(":warning:"), (command, reply.body)


def test_a_form_whose_metadata_names_no_channel_is_sent_back_not_crashed(world):
    """Found by fuzzing on PostgreSQL: a channel id with NUL in it, from a form's private_metadata, went
    into a query and PostgreSQL refused it (DataError), which became "something went wrong"."""
    values = {"owner": {"value": {"type": "users_select", "selected_user": CHAIR}},
              "what": {"value": {"type": "plain_text_input", "value": "Ring round"}},
              "due": {"value": {"type": "datepicker", "selected_date": "2026-12-01"}}}
    for metadata in ("C0BOARD\x00", json.dumps({"channel": "C0BOARD\x00", "meeting": None})):
        for callback_id in ("new_action", "meeting_form"):
            world.check(Fuzzed("view_submission", True, payload=_form(callback_id, values, metadata)))
    assert world.stats["refusals checked unchanged"] == 4, world.stats


@pytest.mark.parametrize("command, text", [("/board", "setup \x00"), ("/board", "setup Nul\x00 Board"),
                                           ("/agenda", "add Budget\x00 review - Di\x00ane"),
                                           ("/done", "XYZ-3 sent\x00 round"),
                                           ("/board", "link <@U0NEWBIE|nell> Nell\x00 Newbie")])
def test_nul_in_command_text_is_dropped_not_sent_to_the_database(world, command, text):
    """Found by fuzzing on PostgreSQL: `/board setup \\x00` reached the database, which refuses NUL in
    text (DataError), and the person was told "something went wrong"."""
    world.check(Fuzzed("command", True, form={
        "command": command, "text": text, "user_id": SECRETARY, "channel_id": "CNEW" if "setup" in text else "C0BOARD",
        "team_id": "T0TEST", "trigger_id": "t.1", "response_url": world.slack.response_url("nul")}))
    with world.services.db.engine.connect() as connection:
        for name, table in Base.metadata.tables.items():
            for row in connection.execute(select(table)).all():
                assert not any(isinstance(v, str) and "\x00" in v for v in row), (name, row)
