"""One place where errors become replies: a friendly line for the expected, an apology for the rest."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt.response import BoltResponse
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
    if respond is not None and body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)


def on_error(error: Exception, body: dict[str, Any], respond: Any, response: Any,
             client: Any, context: Any) -> BoltResponse | None:
    """Bolt's error handler: errors raised before ack() become a 200 reply, never a 500."""
    text = explain(error, body)
    if context is not None and response is not None:
        context["outcome"] = outcome(error)  # the web process's line for this request says so
    if body.get("type") == "view_submission":
        return _tell_form(text, body, response, client)
    if response is None:
        _tell(text, body, respond)
        return None
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
    view_id = (body.get("view") or {}).get("id")
    if client is not None and isinstance(view_id, str):
        try:
            client.views_update(view_id=view_id, view=view)
        except Exception:  # noqa: BLE001 - the form is gone; the failure is logged above
            log.warning("form_not_updated view=%s", view_id[:40])
    return None


def after_ack(listener: Callable[..., None]) -> Callable[..., None]:
    """For listeners that ack() first: errors after it are told through response_url.

    Bolt's own error path would replace the finished ack with an error response,
    so these listeners report their errors themselves.
    """

    @functools.wraps(listener)
    def reporting(**kwargs: Any) -> None:
        try:
            listener(**kwargs)
        except Exception as error:  # noqa: BLE001 - every failure is told, none is raised into Bolt
            _tell(explain(error, kwargs.get("body") or {}), kwargs.get("body") or {}, kwargs.get("respond"))

    return reporting
