"""Slack listeners by kind. `create_app` wires them into a Bolt app; each listener parses,
calls a use case, renders and replies."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from handlers.blocks import ADD_UPDATE, DONE, NEW_ACTION_VIEW, UPDATE_VIEW
from handlers.buttons.action_buttons import add_update_clicked, done_clicked
from handlers.buttons.nudge_buttons import direct_message, new_date_picked, on_track_clicked, snooze_clicked
from handlers.commands.agenda import (
    ACCEPT,
    DECLINE,
    agenda_command,
    apologies_command,
    attendance_command,
    decision_clicked,
)
from templates.block_kit import NEW_DATE, ON_TRACK, SNOOZE
from handlers.buttons.minutes_buttons import cancel_clicked, confirm_clicked, edit_clicked, edit_submitted
from handlers.commands.actions import action_command, actions_command, done_command, my_actions_command
from handlers.commands.board import board_command
from handlers.commands.minutes import import_submitted, minutes_command
from handlers.errors import on_error
from handlers.events.files import file_shared
from handlers.events.home import app_home_opened
from handlers.minutes_preview import CANCEL, CONFIRM, EDIT, EDIT_VIEW, IMPORT_VIEW
from handlers.services import Services
from handlers.views.forms import new_action_submitted, update_submitted
from handlers.commands.meeting import meeting_command
from handlers.views.meeting_form import MEETING_VIEW, meeting_submitted


def web_client(token: str, base_url: str) -> WebClient:
    """A Web API client that waits out 429s (Retry-After) and retries 5xx answers and dropped
    connections with backoff."""
    client = WebClient(token=token, base_url=base_url)
    client.retry_handlers.extend([
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
        ConnectionErrorRetryHandler(max_retry_count=2),
    ])
    return client


def register(app: App) -> None:
    """Map Slack's ids to listeners."""
    app.command("/board")(board_command)
    app.command("/action")(action_command)
    app.command("/myactions")(my_actions_command)
    app.command("/done")(done_command)
    app.command("/actions")(actions_command)
    app.action(DONE)(done_clicked)
    app.action(ADD_UPDATE)(add_update_clicked)
    app.view(NEW_ACTION_VIEW)(new_action_submitted)
    app.view(UPDATE_VIEW)(update_submitted)
    app.event("app_home_opened")(app_home_opened)
    app.action(SNOOZE)(snooze_clicked)
    app.action(ON_TRACK)(on_track_clicked)
    app.command("/agenda")(agenda_command)
    app.command("/apologies")(apologies_command)
    app.command("/attendance")(attendance_command)
    app.action(ACCEPT)(decision_clicked)
    app.action(DECLINE)(decision_clicked)
    app.action(NEW_DATE)(new_date_picked)
    app.event("message")(direct_message)
    app.command("/meeting")(meeting_command)
    app.view(MEETING_VIEW)(meeting_submitted)
    app.command("/minutes")(minutes_command)
    app.action(CONFIRM)(confirm_clicked)
    app.action(EDIT)(edit_clicked)
    app.action(CANCEL)(cancel_clicked)
    app.view(IMPORT_VIEW)(import_submitted)
    app.view(EDIT_VIEW)(edit_submitted)
    app.event("file_shared")(file_shared)
    app.error(on_error)


def create_app(
    services: Services,
    *,
    token: str,
    signing_secret: str | None,
    api_url: str,
    process_before_response: bool = False,
) -> App:
    """A Bolt app over the register, talking to the Web API at `api_url`."""
    app = App(
        client=web_client(token, api_url),
        signing_secret=signing_secret,
        token_verification_enabled=False,
        request_verification_enabled=signing_secret is not None,
        process_before_response=process_before_response,
        logger=logging.getLogger("matters.bolt"),
    )

    @app.middleware
    def provide_services(context: Any, next: Any) -> None:  # noqa: A002 - Bolt's name
        context["services"] = services
        next()

    register(app)
    return app
