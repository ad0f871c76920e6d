"""The meeting form (`/meeting new`, `/meeting edit`), its submission, and telling the channel once.

The channel hears of a new, moved or cancelled meeting through the sent-messages
log (jobs.outbox): each announcement has a key naming the meeting and its
sequence, so a form submitted twice, or two web processes answering at once,
post it once.
"""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from slack_sdk.models.blocks import (
    DatePickerElement,
    InputBlock,
    PlainTextInputElement,
    TimePickerElement,
)
from slack_sdk.models.views import View

from domain.boards import board_of_channel
from domain.errors import DomainError
from domain.meetings import (
    MAX_TEXT,
    Change,
    InvalidForm,
    MeetingView,
    Slot,
    change_meeting,
    describe_when,
    schedule_meeting,
)
from handlers.delivery import SlackSender
from handlers.form_input import (
    channel_id as channel_of,
)
from handlers.form_input import (
    form_field,
    form_values,
    iso_value,
    private_metadata,
    record_id,
    typed_text,
    user_id,
)
from handlers.services import caller
from ics import feed_url
from jobs.outbox import Outgoing, Part, deliver
from messages import MEETING_CHANGE, Message
from messages import message as neutral_message

MEETING_VIEW = "meeting_form"
FIELDS = ("date", "start", "end", "venue", "theme")
ANNOUNCED = ("new", "moved", "cancelled")


def calendar_url(services: Any, board_id: int) -> str | None:
    """The board's ICS feed, when the bot knows the public address it is served at."""
    return feed_url(services.public_url, board_id)


def _within(text: str | None) -> str | None:
    """A stored venue or theme as the form can show it: imported minutes' are not cut to the form's limit."""
    return text[:MAX_TEXT].rstrip() or None if text else None


def meeting_modal(channel_id: str, timezone: str, meeting: MeetingView | None = None) -> dict[str, Any]:
    """The form: date, start and end times (the board's wall clock), venue and theme; filled in to edit."""
    known = meeting is not None and meeting.time_known
    return View(
        type="modal",
        callback_id=MEETING_VIEW,
        private_metadata=json.dumps({"channel": channel_id, "meeting": meeting.id if meeting else None}),
        title="Change the meeting" if meeting else "New meeting",
        submit="Save",
        close="Cancel",
        blocks=[
            InputBlock(block_id="date", label="Date", element=DatePickerElement(
                action_id="value", initial_date=f"{meeting.starts:%Y-%m-%d}" if meeting else None)),
            InputBlock(block_id="start", label="Starts", hint=f"{timezone} time", element=TimePickerElement(
                action_id="value", timezone=timezone,
                initial_time=f"{meeting.starts:%H:%M}" if meeting and known else None)),
            InputBlock(block_id="end", label="Ends", optional=True, element=TimePickerElement(
                action_id="value", timezone=timezone,
                initial_time=f"{meeting.ends:%H:%M}" if meeting and meeting.ends else None)),
            InputBlock(block_id="venue", label="Venue", optional=True, element=PlainTextInputElement(
                action_id="value", max_length=MAX_TEXT, initial_value=_within(meeting.venue if meeting else None))),
            InputBlock(block_id="theme", label="Theme", optional=True, element=PlainTextInputElement(
                action_id="value", max_length=MAX_TEXT, initial_value=_within(meeting.theme if meeting else None))),
        ],
    ).to_dict()


def _state(body: dict[str, Any], block: str) -> dict[str, Any]:
    return form_field(form_values(body), block)


def _slot(body: dict[str, Any]) -> Slot:
    """The form's answers as a Slot; modal input arrives raw, not escaped."""
    return Slot(
        day=iso_value(date, _state(body, "date").get("selected_date")),
        start=iso_value(time, _state(body, "start").get("selected_time")),
        end=iso_value(time, _state(body, "end").get("selected_time")),
        venue=typed_text(form_values(body), "venue"),
        theme=typed_text(form_values(body), "theme"),
    )


def _metadata(body: dict[str, Any]) -> tuple[str, int | None]:
    """The channel and the meeting being edited (None: a new one; 0: one that can't exist, so no meeting
    is found to edit, and none is made in its place)."""
    try:
        data = json.loads(private_metadata(body) or "{}")
    except ValueError:
        data = {}
    meeting = data.get("meeting") if isinstance(data, dict) else None
    channel = channel_of(data.get("channel")) if isinstance(data, dict) else ""
    return channel, None if meeting is None else record_id(meeting) or 0


def meeting_submitted(ack: Any, body: dict[str, Any], client: Any, context: Any) -> None:
    """Save the meeting, or send the form back with what is wrong beside each field."""
    services = context["services"]
    now = services.now()
    channel_id, meeting_id = _metadata(body)
    slot = _slot(body)
    try:
        with services.db.unit_of_work() as reg:
            board = board_of_channel(reg, channel_id)
            me = caller(reg, client, user_id(body))
            if meeting_id is None:
                change = schedule_meeting(reg, board, slot, by=me, now=now)
            else:
                change = change_meeting(reg, board, meeting_id, slot, by=me, now=now)
            board_channel = board.channel_id
    except InvalidForm as error:
        ack(response_action="errors", errors={k: v[:150] for k, v in error.errors.items() if k in FIELDS})
        return
    except DomainError as error:
        ack(response_action="errors", errors={"date": str(error)[:150]})
        return
    ack()
    announce(client, services, board_channel, change)


def announcement(change: Change, calendar: str | None) -> Message:
    """The channel's message about a new, moved or cancelled meeting."""
    return neutral_message(MEETING_CHANGE, [{
        "kind": change.kind, "m": change.meeting, "when": describe_when(change.meeting), "before": change.before,
        "before_when": describe_when(change.before) if change.before else "", "is_next": change.is_next,
        "calendar": calendar}])


def announce(client: Any, services: Any, channel_id: str | None, change: Change) -> None:
    """Tell the board's channel of the change, once per meeting and sequence; other changes are not news."""
    if change.kind not in ANNOUNCED or not channel_id:
        return
    meeting = change.meeting
    post = announcement(change, calendar_url(services, meeting.board_id))
    outgoing = Outgoing(kind="meeting", recipient=channel_id, label=f"{meeting.board} channel",
                        parts=(Part(f"meeting-{change.kind}:{meeting.id}:{meeting.sequence}", meeting.id),),
                        render=lambda _: post)
    deliver(services.db, [outgoing], SlackSender(client), wall=services.now)
