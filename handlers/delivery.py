"""Slack's side of the jobs: sending their messages, finding one whose answer was lost, and reading
the workspace directory."""

from __future__ import annotations

import logging
from datetime import datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.job_messages import slack_message
from handlers.slack_pace import pace_of, refused, retry_after
from jobs.outbox import DeliveryFailed, DeliveryUncertain, Receipt, Undeliverable
from messages import Message

log = logging.getLogger("matters.jobs")

# Errors about the recipient that no retry will mend: the person or channel is gone, or the bot is
# not let in. A bad or revoked token is not among them: it is the bot's fault, and mended, every
# held-back reminder should still go.
PERMANENT = {"user_not_found", "channel_not_found", "account_inactive", "user_disabled", "is_archived",
             "not_in_channel", "cannot_dm_bot", "restricted_action"}
# Errors after which the message may still have been posted (Slack's own words for fatal_error).
MAYBE_POSTED = {"fatal_error", "internal_error", "service_unavailable", "request_timeout"}
# Every message the jobs send carries its outbox key in Slack's message metadata under this type.
EVENT_TYPE = "matters_arising_sent"
# Pages of a conversation's history read when looking for a message (the window is minutes long).
HISTORY_PAGES = 5


class SlackSender:
    """Posts a job's message to a channel, or to a person's direct messages (channel = their user id),
    at Slack's pace, with its outbox key in the message's metadata."""

    def __init__(self, client: WebClient):
        self.client = client
        self.pace = pace_of(client)
        self._direct: dict[str, str] = {}

    def send(self, recipient: str, message: Message, *, key: str) -> Receipt:
        self.pace.turn(self._direct.get(recipient, recipient))
        try:
            response = self.client.chat_postMessage(
                channel=recipient, metadata={"event_type": EVENT_TYPE, "event_payload": {"key": key}},
                **slack_message(message))
        except SlackApiError as error:
            raise self._refusal(error) from error
        except OSError as error:  # refused after the client's own retries, or lost after sending
            raise (DeliveryFailed if refused(error) else DeliveryUncertain)(str(error) or type(error).__name__) \
                from error
        return response.get("channel"), response.get("ts")

    def find(self, recipient: str, key: str, *, since: datetime) -> Receipt | None:
        """The message sent under `key` since `since`, from the conversation's history (with its metadata)."""
        try:
            channel = self._conversation(recipient)
            cursor = None
            for _ in range(HISTORY_PAGES):
                page = self.client.conversations_history(channel=channel, oldest=f"{since.timestamp():.6f}",
                                                         include_all_metadata=True, limit=200, cursor=cursor)
                for found in page.get("messages") or []:
                    metadata = found.get("metadata") or {}
                    if metadata.get("event_type") == EVENT_TYPE and \
                            (metadata.get("event_payload") or {}).get("key") == key:
                        return channel, found.get("ts")
                cursor = (page.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    return None
        except SlackApiError as error:
            raise DeliveryFailed(f"history unreadable: {error.response.get('error', 'unknown_error')}") from error
        except OSError as error:
            raise DeliveryFailed(f"history unreadable: {error}") from error
        log.warning("history_too_long recipient=%s key=%s", recipient, key)
        return None

    def _conversation(self, recipient: str) -> str:
        """A channel's id is itself; a person's direct-message channel comes from conversations.open."""
        if not recipient.startswith(("U", "W")):
            return recipient
        if recipient not in self._direct:
            self._direct[recipient] = self.client.conversations_open(users=recipient)["channel"]["id"]
        return self._direct[recipient]

    def _refusal(self, error: SlackApiError) -> Exception:
        status = error.response.status_code
        reason = str(error.response.get("error", "unknown_error")) if isinstance(error.response.data, dict) \
            else "unreadable answer"
        if status == 429:
            self.pace.pause(retry_after(error.response.headers))
            return DeliveryFailed(f"rate limited ({reason})")
        if status >= 500 or reason in MAYBE_POSTED:
            return DeliveryUncertain(f"Slack answered {status} ({reason})")
        return (Undeliverable if reason in PERMANENT else DeliveryFailed)(reason)
