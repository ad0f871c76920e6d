"""E-mail for members who have an address but no chat account: the same reminders and digests.

The neutral message (messages.Message) is laid out once (messages.compose) and written
here as a plain-text part and an HTML part (stdlib `email`), sent over SMTP
(`SMTP_URL`, from `MAIL_FROM`).
"""

from __future__ import annotations

import hashlib
import smtplib
from datetime import datetime
from email.message import EmailMessage
from typing import Any
from urllib.parse import unquote, urlsplit

from jobs.outbox import DeliveryFailed, Receipt, Undeliverable
from messages import Message
from messages.compose import document
from messages.document import html_body, plain_text

MAILTO = "mailto:"
TEAMS_PREFIXES = ("teams:", "teams-channel:")


def message_id(key: str, sender: str) -> str:
    """The same Message-ID for every attempt at the message with outbox `key`, so a copy sent again
    after a lost answer is one message to the mail programs that receive it."""
    domain = sender.rpartition("@")[2].strip("<> ") or "matters-arising.invalid"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}.matters@{domain}>"


def email_for(message: Message, *, to: str, sender: str, key: str) -> EmailMessage:
    laid_out = document(message)
    body = plain_text(laid_out)
    mail = EmailMessage()
    mail["Message-ID"] = message_id(key, sender)
    mail["Subject"] = " ".join(laid_out.summary.split())[:120] or "Matters Arising"
    mail["From"] = sender
    mail["To"] = to
    mail.set_content(body + "\n\n-- \nMatters Arising\n")
    mail.add_alternative(f"<!doctype html><html><body>{html_body(laid_out)}</body></html>", subtype="html")
    return mail


class MailSender:
    """Sends to `mailto:` recipients through the SMTP server at `smtp_url` (smtp:// or smtps://)."""

    def __init__(self, smtp_url: str, mail_from: str):
        self.url = urlsplit(smtp_url)
        self.mail_from = mail_from

    def send(self, recipient: str, message: Message, *, key: str) -> Receipt:
        address = recipient.removeprefix(MAILTO)
        mail = email_for(message, to=address, sender=self.mail_from, key=key)
        connect = smtplib.SMTP_SSL if self.url.scheme == "smtps" else smtplib.SMTP
        try:
            with connect(self.url.hostname or "localhost", self.url.port or 0, timeout=20) as smtp:
                if self.url.username:
                    if self.url.scheme == "smtp":
                        smtp.starttls()
                    smtp.login(unquote(self.url.username), unquote(self.url.password or ""))
                smtp.send_message(mail)
        except smtplib.SMTPRecipientsRefused as error:
            raise Undeliverable(f"{address} refused") from error
        except (smtplib.SMTPException, OSError) as error:
            raise DeliveryFailed(str(error)) from error
        return None, mail["Message-ID"]

    def find(self, recipient: str, key: str, *, since: datetime) -> Receipt | None:
        """A mailbox cannot be looked into: the message is sent again, under the same Message-ID."""
        return None


class RoutingSender:
    """Each recipient to where their address says: `teams:` and `teams-channel:` to Teams (the Bot
    Connector), `mailto:` to e-mail (when configured), anything else is a Slack id."""

    def __init__(self, chat: Any, mail: MailSender | None, teams: Any = None):
        self.chat, self.mail, self.teams = chat, mail, teams

    def send(self, recipient: str, message: Message, *, key: str) -> Receipt:
        return self._route(recipient).send(recipient, message, key=key)

    def find(self, recipient: str, key: str, *, since: datetime) -> Receipt | None:
        return self._route(recipient).find(recipient, key, since=since)

    def _route(self, recipient: str) -> Any:
        if recipient.startswith(MAILTO):
            if self.mail is None:
                raise Undeliverable("e-mail is not configured (SMTP_URL)")
            return self.mail
        if recipient.startswith(TEAMS_PREFIXES):
            if self.teams is None:
                raise Undeliverable("Teams is not configured here")
            return self.teams
        if self.chat is None:
            raise DeliveryFailed("SLACK_BOT_TOKEN is not set, so Slack messages wait")
        return self.chat
