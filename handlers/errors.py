"""One place where errors become replies: a friendly line for the expected, an apology for the rest."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt.response import BoltResponse

from domain.errors import DomainError
from templates import escape_mrkdwn

log = logging.getLogger(__name__)
SORRY = "Sorry, something went wrong on my side and nothing was changed. Please try again in a moment."


def explain(error: Exception, body: dict[str, Any]) -> str:
    """The line a person is told about an error; unexpected ones are logged with their traceback."""
    kind = body.get("type") or ("command" if body.get("command") else "request")
    if isinstance(error, DomainError):
        log.info("refused kind=%s reason=%s", kind, type(error).__name__)
        return f":information_source: {escape_mrkdwn(str(error))}"
    log.error("listener_failed kind=%s", kind, exc_info=error)
    return f":warning: {SORRY}"


def _tell(text: str, body: dict[str, Any], respond: Any) -> None:
    if respond is not None and body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)


def on_error(error: Exception, body: dict[str, Any], respond: Any, response: Any) -> BoltResponse | None:
    """Bolt's error handler: errors raised before ack() become a 200 reply, never a 500."""
    text = explain(error, body)
    if response is None:
        _tell(text, body, respond)
        return None
    if body.get("command"):
        payload = json.dumps({"response_type": "ephemeral", "text": text})
        return BoltResponse(status=200, headers={"content-type": "application/json"}, body=payload)
    _tell(text, body, respond)
    return BoltResponse(status=200, body="")


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
