"""The processes' logs: one line an event, as `name key=value ...`, and never a secret.

Every line passes a filter that blanks the bot's tokens, its signing secret and any
password in its database or SMTP URL, and anything shaped like a Slack token, so
not even a debug line from a library (slack_sdk logs its requests at DEBUG) leaks one.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

REDACTED = "[redacted]"
# Slack's token shapes (bot, user, app-level, refresh, configuration), bearer headers, and the
# legacy verification `token` field Slack puts in every request body (form or JSON).
_TOKEN = re.compile(r"\b(?:xox[abeprs]|xapp|xoxe\.xox[bp])-[A-Za-z0-9-]+|(?<=Bearer )\S+"
                    r"""|(?<=\btoken=)[^&\s'"]+|(?<=['"]token['"]: ['"])[^'"]+""")


class RedactSecrets(logging.Filter):
    """Blanks secrets in a record's message and traceback before any handler writes it."""

    def __init__(self, secrets: Iterable[str]):
        super().__init__()
        # Longest first, so a secret that contains another is blanked whole.
        self.secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return _TOKEN.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self.redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


def configure_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    """Lines to standard error at `level`, every handler of the root logger filtered."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger().setLevel(level)
    # Alembic tells which dialect and plugins it uses each time it is configured: noise on every
    # command. Its warnings still show; storage.database logs each schema upgrade itself.
    logging.getLogger("alembic").setLevel(max(logging.WARNING, logging.getLogger().level))
    redactor = RedactSecrets(secrets)
    for handler in logging.getLogger().handlers:
        for old in [f for f in handler.filters if isinstance(f, RedactSecrets)]:
            handler.removeFilter(old)
        handler.addFilter(redactor)
