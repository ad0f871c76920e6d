"""Slack's side of the jobs: sending their messages and reading the workspace directory."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.job_messages import slack_message
from jobs.outbox import DeliveryFailed, Undeliverable
from messages import Message

# Errors about the recipient that no retry will mend: the person or channel is gone, or the bot is
# not let in. A bad or revoked token is not among them: it is the bot's fault, and mended, every
# held-back reminder should still go.
PERMANENT = {"user_not_found", "channel_not_found", "account_inactive", "user_disabled", "is_archived",
             "not_in_channel", "cannot_dm_bot", "restricted_action"}


class SlackSender:
    """Posts a job's message to a channel, or to a person's direct messages (channel = their user id)."""

    def __init__(self, client: WebClient):
        self.client = client

    def send(self, recipient: str, message: Message) -> tuple[str | None, str | None]:
        try:
            response = self.client.chat_postMessage(channel=recipient, **slack_message(message))
        except SlackApiError as error:
            reason = str(error.response.get("error", "unknown_error"))
            raise (Undeliverable if reason in PERMANENT else DeliveryFailed)(reason) from error
        except OSError as error:  # connection refused or reset after the client's own retries
            raise DeliveryFailed(str(error)) from error
        return response.get("channel"), response.get("ts")
