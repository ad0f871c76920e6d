"""One place where errors become replies: a friendly line for the expected, an apology for the rest."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt.response import BoltResponse

from domain.errors import DomainError
from templates import escape_mrkdwn

log = logging.getLogger(__name__)
SORRY = "Sorry, something went wrong on my side and nothing was changed. Please try again in a moment."


def on_error(error: Exception, body: dict[str, Any], respond: Any, response: Any) -> BoltResponse | None:
    """Tell the person what happened; never let Slack see a 500."""
    if isinstance(error, DomainError):
        text = f":information_source: {escape_mrkdwn(str(error))}"
        log.info("refused type=%s reason=%s", body.get("type") or "command", type(error).__name__)
    else:
        text = f":warning: {SORRY}"
        log.error("listener_failed type=%s", body.get("type") or "command", exc_info=error)
    if response is not None and body.get("type") != "view_submission":
        if body.get("command"):
            payload = {"response_type": "ephemeral", "text": text}
            return BoltResponse(status=200, headers={"content-type": "application/json"}, body=json.dumps(payload))
        return BoltResponse(status=200, body="")
    if respond is not None and body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)
    return None
