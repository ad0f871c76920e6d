"""A bare Bolt app for the benchmark's baseline: /myactions acks a static message, a Done click just acks.

No database, no templates: what Bolt itself costs to verify, route and answer a
slash command. `create_bare_app` is used in process; gunicorn serves `wsgi_app()`:

    python -m gunicorn --config gunicorn.conf.py --bind 127.0.0.1:PORT 'bench.bare_app:wsgi_app()'

with SLACK_SIGNING_SECRET and SLACK_API_URL set (and DATABASE_URL, which
gunicorn.conf.py's start-up hook reads). Like the real web process it leaves
Bolt's process_before_response at its default (False) unless
BENCH_PROCESS_BEFORE_RESPONSE=1.
"""

from __future__ import annotations

import os
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient

DONE_ACTION_ID = "action_done"  # templates.block_kit.DONE, spelt out so the baseline imports nothing of the bot
STATIC_TEXT = "You have 3 open actions, 1 overdue."
STATIC_BLOCKS = [
    {"type": "section", "text": {"type": "mrkdwn", "text": STATIC_TEXT}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*BENCH-1*  Circulate the notes\nBench Board · due Friday"}},
]


def create_bare_app(signing_secret: str, api_url: str, *, process_before_response: bool = False) -> App:
    app = App(
        signing_secret=signing_secret,
        token_verification_enabled=False,
        client=WebClient(token="xoxb-bench", base_url=api_url),
        process_before_response=process_before_response,
    )

    @app.command("/myactions")
    def my_actions(ack: Any) -> None:
        ack(text=STATIC_TEXT, blocks=STATIC_BLOCKS)

    @app.action(DONE_ACTION_ID)
    def done_clicked(ack: Any) -> None:  # bench/load.py's Done clicks: no database, no response_url
        ack()

    return app


def wsgi_app() -> SlackRequestHandler:
    app = create_bare_app(
        os.environ["SLACK_SIGNING_SECRET"],
        os.environ["SLACK_API_URL"],
        process_before_response=os.environ.get("BENCH_PROCESS_BEFORE_RESPONSE") == "1",
    )
    return SlackRequestHandler(app, path="/slack/events")
