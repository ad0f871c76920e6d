"""One place where errors become replies: a friendly line for the expected, an apology for the rest."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from domain.errors import DomainError
from handlers.blocks import notice_modal
from handlers.form_input import form_title
from handlers.request_info import what, who
from templates import escape_mrkdwn

log = logging.getLogger(__name__)
SORRY = "Sorry, something went wrong on my side and nothing was changed. Please try again in a moment."
BUSY = ("The register is busy or out of reach just now, so nothing was changed. "
        "Please try again in a minute.")


def outcome(error: Exception) -> str:
    """How a request ended, for the logs: refused (the person's mistake), busy (the database), or failed."""
    if isinstance(error, DomainError):
        return "refused"
    if isinstance(error, (OperationalError, PoolTimeout)):
        return "busy"
    return "failed"


def explain(error: Exception, body: dict[str, Any]) -> str:
    """The line a person is told about an error; unexpected ones are logged with their traceback."""
    ended = outcome(error)
    fields = f"what={what(body)} who={who(body)} outcome={ended}"
    if ended == "refused":
        log.info("listener %s reason=%s", fields, type(error).__name__)
        return f":information_source: {escape_mrkdwn(str(error))}"
    if ended == "busy":
        # The database is down, locked or too slow: no traceback, the cause in one line.
        cause = str(getattr(error, "orig", None) or error).strip().splitlines() or ["?"]
        log.error("listener %s error=%s", fields, cause[0][:200])
        return f":hourglass: {BUSY}"
    log.error("listener %s error=%s", fields, type(error).__name__, exc_info=error)
    return f":warning: {SORRY}"


def _tell(text: str, body: dict[str, Any], respond: Any) -> None:
    """Say it privately through the request's response_url, if it has one that still answers."""
    if respond is None or not body.get("response_url"):
        return
    try:
        respond(text=text, response_type="ephemeral", replace_original=False)
    except (OSError, ValueError, SlackApiError) as failure:  # the person is gone; the error is logged
        log.warning("not_told what=%s who=%s error=%s", what(body), who(body), type(failure).__name__)


def tell_after_answer(error: Exception, body: dict[str, Any], respond: Any, client: Any) -> None:
    """An error raised after the request was answered: told privately, or in the form's place."""
    text = explain(error, body)
    if body.get("type") == "view_submission":
        _tell_form(text, body, None, client)
    else:
        _tell(text, body, respond)


def on_error(error: Exception, body: dict[str, Any], respond: Any, response: Any,
             client: Any, context: Any) -> BoltResponse | None:
    """Bolt's error handler: errors raised before the answer become a 200 reply, never a 500."""
    if response is None:
        tell_after_answer(error, body, respond, client)
        return None
    text = explain(error, body)
    if context is not None:
        context["outcome"] = outcome(error)  # the web process's line for this request says so
    if body.get("type") == "view_submission":
        return _tell_form(text, body, response, client)
    if body.get("command"):
        payload = json.dumps({"response_type": "ephemeral", "text": text})
        return BoltResponse(status=200, headers={"content-type": "application/json"}, body=payload)
    _tell(text, body, respond)
    return BoltResponse(status=200, body="")


def _tell_form(text: str, body: dict[str, Any], response: Any, client: Any) -> BoltResponse | None:
    """A form's failure is shown in the form's place: as the answer, or, once answered, by views.update."""
    view = notice_modal(form_title(body), text)
    if response is not None:
        payload = json.dumps({"response_action": "update", "view": view})
        return BoltResponse(status=200, headers={"content-type": "application/json"}, body=payload)
    view_id = (body.get("view") or {}).get("id") if isinstance(body.get("view"), dict) else None
    if client is not None and isinstance(view_id, str):
        try:
            client.views_update(view_id=view_id, view=view)
        except Exception:  # noqa: BLE001 - the form is gone; the failure is logged above
            log.warning("form_not_updated view=%s", view_id[:40])
    return None
