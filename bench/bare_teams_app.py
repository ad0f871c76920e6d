"""A bare Teams SDK app for the benchmark's baseline: any message is answered with one static Adaptive Card.

No database, no identity, no command parsing: what the Teams SDK itself costs to take an
activity at /api/messages, route it and post a card back through the Bot Connector. It runs
unauthenticated (the SDK's own switch), so the bot it is compared with runs in local mode too.

    .venv/bin/python bench/bare_teams_app.py PORT
"""

from __future__ import annotations

import asyncio
import logging
import sys
import warnings

warnings.filterwarnings("ignore", message="HtmlWidgetSecurityPolicy is in preview")
from microsoft_teams.api import MessageActivity  # noqa: E402
from microsoft_teams.apps import ActivityContext, App  # noqa: E402
from microsoft_teams.cards import AdaptiveCard, ExecuteAction, TextBlock  # noqa: E402

STATIC_CARD = AdaptiveCard(version="1.5", body=[
    TextBlock(text="You have 3 open actions, 1 overdue.", wrap=True),
    TextBlock(text="**BENCH-1** Circulate the notes · Bench Board · due Friday", wrap=True),
], actions=[ExecuteAction(title="Done", verb="done", data={"ref": "BENCH-1"})])


def create_bare_app() -> App:
    app = App(dangerously_allow_unauthenticated_requests=True)

    @app.on_message
    async def my_actions(ctx: ActivityContext[MessageActivity]) -> None:
        await ctx.send(STATIC_CARD)

    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    asyncio.run(create_bare_app().start(int(sys.argv[1])))
