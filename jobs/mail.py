"""E-mail for members who have an address but no chat account: the same reminders and digests.

Messages are written once, as Slack mrkdwn; here they become a plain-text part and
an HTML part (stdlib `email`), sent over SMTP (`SMTP_URL`, from `MAIL_FROM`).
"""

from __future__ import annotations

import hashlib
import html
import smtplib
from datetime import datetime
from email.message import EmailMessage
from typing import Any
from urllib.parse import unquote, urlsplit

from jobs.outbox import DeliveryFailed, Receipt, Undeliverable
from templates.plain import unformatted

MAILTO = "mailto:"


def _body(message: dict[str, Any]) -> str:
    pieces = []
    for block in message.get("blocks") or []:
        if block.get("type") == "section":
            pieces.append(unformatted(block["text"]["text"]))
        elif block.get("type") == "context":
            pieces.extend(unformatted(e.get("text", "")) for e in block.get("elements", []))
    return "\n\n".join(p for p in pieces if p) or unformatted(message.get("text", ""))


def message_id(key: str, sender: str) -> str:
    """The same Message-ID for every attempt at the message with outbox `key`, so a copy sent again
    after a lost answer is one message to the mail programs that receive it."""
    domain = sender.rpartition("@")[2].strip("<> ") or "matters-arising.invalid"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}.matters@{domain}>"


def email_for(message: dict[str, Any], *, to: str, sender: str, key: str) -> EmailMessage:
    body = _body(message)
    first_line = body.splitlines()[0] if body else "Matters Arising"
    mail = EmailMessage()
    mail["Message-ID"] = message_id(key, sender)
    mail["Subject"] = first_line[:120]
    mail["From"] = sender
    mail["To"] = to
    mail.set_content(body + "\n\n-- \nMatters Arising\n")
    paragraphs = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    mail.add_alternative(f"<!doctype html><html><body>{paragraphs}</body></html>", subtype="html")
    return mail


class MailSender:
    """Sends to `mailto:` recipients through the SMTP server at `smtp_url` (smtp:// or smtps://)."""

    def __init__(self, smtp_url: str, mail_from: str):
        self.url = urlsplit(smtp_url)
        self.mail_from = mail_from

    def send(self, recipient: str, message: dict[str, Any], *, key: str) -> Receipt:
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
    """Chat for chat ids, e-mail for `mailto:` recipients (when e-mail is configured)."""

    def __init__(self, chat: Any, mail: MailSender | None):
        self.chat, self.mail = chat, mail

    def send(self, recipient: str, message: dict[str, Any], *, key: str) -> Receipt:
        if recipient.startswith(MAILTO):
            if self.mail is None:
                raise Undeliverable("e-mail is not configured (SMTP_URL)")
            return self.mail.send(recipient, message, key=key)
        return self.chat.send(recipient, message, key=key)

    def find(self, recipient: str, key: str, *, since: datetime) -> Receipt | None:
        if recipient.startswith(MAILTO):
            return None
        return self.chat.find(recipient, key, since=since)
