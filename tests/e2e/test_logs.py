"""The logs: one line a request and a sweep, saying what, who, how it ended and how long it
took; and never a token or the signing secret, even at DEBUG."""

from __future__ import annotations

import io
import logging
import re
from datetime import datetime, timezone

from handlers import create_app, web_client
from handlers.blocks import DONE
from handlers.delivery import SlackSender
from jobs.runner import run_job
from logs import REDACTED, RedactSecrets
from tests.conftest import PATIENT
from tests.slack_requests import SignedClient
from web import WebApp

SARAH, HAYLEY = "U0SARAH", "U0HAYLEY"
LINE = re.compile(r"^request method=(GET|POST) path=\S+ what=\S+ who=\S+ status=\d{3} "
                  r"outcome=(ok|refused|busy|failed|held|unsigned|malformed) ms=\d+\.\d$")


def request_lines(caplog) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.getMessage() for r in caplog.records if r.name == "matters.web" and r.getMessage().startswith("request ")]


def test_each_request_is_one_line_saying_what_who_status_outcome_and_how_long(web, caplog):
    caplog.set_level(logging.INFO)
    web.command("/board", "setup Ashworth Health and Wellbeing Board", user=SARAH)
    web.command("/done", "NOPE-1", user=HAYLEY)
    web.click(DONE, "AHWB-9", user=SARAH)
    web.event({"type": "app_home_opened", "user": HAYLEY, "tab": "home"})
    web.post("command=%2Fmyactions", secret="not-the-secret")
    web.request("GET", "/healthz")
    lines = request_lines(caplog)
    assert len(lines) == 6, lines
    assert all(LINE.match(line) for line in lines), lines
    assert "what=/board who=U0SARAH status=200 outcome=ok" in lines[0]
    assert "what=/done who=U0HAYLEY status=200 outcome=refused" in lines[1]
    assert "what=button:action_done who=U0SARAH" in lines[2]
    assert "what=event:app_home_opened who=U0HAYLEY" in lines[3]
    assert "status=401 outcome=unsigned" in lines[4] and "path=/healthz" in lines[5]


def test_each_sweep_is_one_line_with_its_outcome_and_counts(db, slack, caplog):
    caplog.set_level(logging.INFO)
    run_job("nudges", db, SlackSender(web_client("xoxb-test", slack.api_url)),
            datetime(2026, 11, 23, 10, tzinfo=timezone.utc))
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("sweep ")]
    assert re.match(r"^sweep job=nudges at=\S+ outcome=done sent=0 recovered=0 skipped=0 failed=0 left=0 planned=0 ms=\d+$", line)


def test_debug_logs_hold_no_token_no_signing_secret_and_no_verification_token(services, slack):
    token, secret = "xoxb-2026-1123-TOKENVALUE", "signing-secret-VALUE"
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecrets([token, secret]))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        app = create_app(services, token=token, signing_secret=secret, api_url=slack.api_url, ack_budget=PATIENT,
                     process_before_response=True)
        web = SignedClient(WebApp(app, services.db, secret), secret, slack)
        web.command("/board", "setup Ashworth Health and Wellbeing Board", user=SARAH)
        web.command("/action", f"<@{HAYLEY}|hayley> Circulate the notes by 17/12/2026", user=SARAH)
        web.command("/myactions", user=HAYLEY)
        web.click(DONE, "AHWB-1", user=HAYLEY)
        slack.wait_for("respond")
        web.post("command=%2Fmyactions", secret="forged")
        logging.getLogger("matters.test").error("failed with %s", token, exc_info=ValueError(secret))
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    written = stream.getvalue()
    assert "Sending a request" in written, "DEBUG logging was really on"
    assert token not in written and secret not in written and "token=legacy" not in written
    assert written.count(REDACTED) >= 2
