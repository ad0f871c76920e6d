"""Slack listeners by kind. `create_app` wires them into a Bolt app; each listener parses,
calls a use case, renders and replies."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient

from handlers.blocks import ADD_UPDATE, DONE, NEW_ACTION_VIEW, UPDATE_VIEW
from handlers.buttons.action_buttons import add_update_clicked, done_clicked
from handlers.buttons.carry_buttons import close_clicked, keep_clicked, redate_picked
from handlers.buttons.minutes_buttons import (
    cancel_clicked,
    confirm_clicked,
    edit_clicked,
    edit_submitted,
    exempt_toggled,
    replace_clicked,
)
from handlers.buttons.meeting_buttons import cancel_meeting_clicked
from handlers.buttons.nudge_buttons import (
    direct_message,
    new_date_picked,
    on_track_clicked,
    snooze_clicked,
)
from handlers.commands.actions import (
    action_command,
    actions_command,
    done_command,
    my_actions_command,
)
from handlers.commands.agenda import (
    ACCEPT,
    DECLINE,
    agenda_command,
    apologies_command,
    attendance_command,
    decision_clicked,
)
from handlers.commands.board import board_command
from handlers.commands.governance import decision_command, decisions_command, declare_command
from handlers.commands.help import help_command
from handlers.commands.meeting import CANCEL_MEETING, meeting_command
from handlers.commands.minutes import import_submitted, minutes_command
from handlers.errors import on_error
from handlers.events.files import file_shared
from handlers.events.home import app_home_opened
from handlers.minutes_preview import CANCEL, CONFIRM, EDIT, EDIT_VIEW, EXEMPT, IMPORT_VIEW, REPLACE
from handlers.request_info import malformed, what
from handlers.services import Services
from handlers.slack_habits import ACK_BUDGET_SECONDS, in_time, once_per_event
from handlers.slack_pace import Pace, PacedRateLimitRetry, RefusedConnectionRetry
from handlers.views.forms import new_action_submitted, update_submitted
from handlers.views.meeting_form import MEETING_VIEW, meeting_submitted
from templates.block_kit import CARRY_CLOSE, CARRY_KEEP, CARRY_REDATE, NEW_DATE, ON_TRACK, SNOOZE

log = logging.getLogger(__name__)
BOLT_LOG = "matters.bolt"


class ClientCarriesTheToken(logging.Filter):
    """Drops Bolt's warning that `token` will be unused, which it gives whenever SLACK_BOT_TOKEN is set
    and a client is passed in: our client carries that very token, so each web worker's warning at
    start says nothing an operator can act on."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


# Each Web API call gives up after this long, so a hung Slack costs a sweep seconds, not minutes.
WEB_API_TIMEOUT_SECONDS = 10


def web_client(token: str, base_url: str, *, timeout: float = WEB_API_TIMEOUT_SECONDS) -> WebClient:
    """A Web API client that retries only what surely did not land: a 429, after its Retry-After (which
    every thread using the client waits out), and a connection refused. A 5xx or a connection dropped
    after sending is not retried: a message may have arrived (see handlers.slack_pace)."""
    client = WebClient(token=token, base_url=base_url, timeout=int(timeout) or 1)
    client.retry_handlers.clear()
    client.retry_handlers.extend([PacedRateLimitRetry(Pace()), RefusedConnectionRetry(max_retry_count=2)])
    return client


# The slash commands, as manifest.yml declares them, and their listeners.
COMMANDS = (("/board", board_command), ("/action", action_command),
            ("/myactions", my_actions_command), ("/done", done_command),
            ("/actions", actions_command), ("/agenda", agenda_command),
            ("/apologies", apologies_command), ("/attendance", attendance_command),
            ("/meeting", meeting_command), ("/minutes", minutes_command),
            ("/decision", decision_command), ("/decisions", decisions_command),
            ("/declare", declare_command), ("/help", help_command))


def register(app: App, ack_budget: float = ACK_BUDGET_SECONDS) -> None:
    """Map Slack's ids to listeners: each answers within `ack_budget` seconds; each event runs once."""
    for name, command in COMMANDS:
        app.command(name)(in_time(command, ack_budget))
    for action_id, clicked in ((DONE, done_clicked), (ADD_UPDATE, add_update_clicked),
                               (SNOOZE, snooze_clicked), (ON_TRACK, on_track_clicked),
                               (NEW_DATE, new_date_picked), (ACCEPT, decision_clicked),
                               (DECLINE, decision_clicked), (CONFIRM, confirm_clicked), (REPLACE, replace_clicked),
                               (EDIT, edit_clicked), (CANCEL, cancel_clicked), (EXEMPT, exempt_toggled),
                               (CANCEL_MEETING, cancel_meeting_clicked),
                               (CARRY_CLOSE, close_clicked), (CARRY_REDATE, redate_picked),
                               (CARRY_KEEP, keep_clicked)):
        app.action(action_id)(in_time(clicked, ack_budget))
    for callback_id, submitted in ((NEW_ACTION_VIEW, new_action_submitted), (UPDATE_VIEW, update_submitted),
                                   (MEETING_VIEW, meeting_submitted), (IMPORT_VIEW, import_submitted),
                                   (EDIT_VIEW, edit_submitted)):
        app.view(callback_id)(in_time(submitted, ack_budget))
    app.event("app_home_opened")(once_per_event(app_home_opened))
    app.event("file_shared")(once_per_event(file_shared))
    app.event("message")(once_per_event(direct_message))
    app.error(on_error)


def create_app(
    services: Services,
    *,
    token: str,
    signing_secret: str | None,
    api_url: str,
    process_before_response: bool = False,
    ack_budget: float = ACK_BUDGET_SECONDS,
) -> App:
    """A Bolt app over the register, talking to the Web API at `api_url`."""
    bolt_log = logging.getLogger(BOLT_LOG)
    if not any(isinstance(f, ClientCarriesTheToken) for f in bolt_log.filters):
        bolt_log.addFilter(ClientCarriesTheToken())
    app = App(
        name="matters-arising",  # named, or Bolt reads the whole call stack's source to name it after a file
        client=web_client(token, api_url),
        signing_secret=signing_secret,
        token_verification_enabled=False,
        request_verification_enabled=signing_secret is not None,
        process_before_response=process_before_response,
        logger=bolt_log,
    )

    @app.middleware
    def refuse_malformed(body: Any, context: Any, next: Any) -> BoltResponse | None:  # noqa: A002 - Bolt's name
        problem = malformed(body)
        if problem is None:
            return next()
        log.warning("malformed_payload what=%s reason=%s", what(body), problem)
        context["outcome"] = "malformed"
        return BoltResponse(status=400, body=json.dumps({"ok": False, "error": "malformed payload"}),
                            headers={"content-type": "application/json"})

    @app.middleware
    def provide_services(context: Any, next: Any) -> None:  # noqa: A002 - Bolt's name
        context["services"] = services
        next()

    register(app, ack_budget)
    return app
