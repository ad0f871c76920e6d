"""/meeting: the channel's board's next meeting; `new` and `edit` open the form, `cancel` cancels it."""

from __future__ import annotations

from typing import Any

from domain.agenda import expected_attendance, next_meeting
from domain.boards import board_of_channel
from domain.errors import NotLinked
from domain.meetings import check_may_change, describe_when, view
from domain.permissions import runs_board
from handlers.blocks import message, notice
from handlers.services import caller
from handlers.slack_text import plain_text
from handlers.views.meeting_form import calendar_url, meeting_modal
from templates import block_kit as kit
from templates import escape_mrkdwn, render

USAGE = ("`/meeting` shows the next meeting · `/meeting new` schedules one · `/meeting edit` changes the next one "
         "· `/meeting cancel` cancels it")
CANCEL_MEETING = "meeting_cancel"
OFFICER_HINT = "`/meeting edit` changes it · `/meeting cancel` cancels it · `/meeting new` adds another"


def meeting_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    verb = plain_text(command.get("text", "")).strip().lower()
    services = context["services"]
    if not verb:
        ack(response_type="ephemeral", **_next_meeting(services, client, command))
    elif verb in ("new", "edit"):
        _open_form(ack, command, client, services, editing=verb == "edit")
    elif verb == "cancel":
        _cancel(ack, command, client, services)
    else:
        ack(**notice(USAGE))


def _member_or_none(reg: Any, client: Any, user_id: str) -> Any | None:
    try:
        return caller(reg, client, user_id)
    except NotLinked:
        return None


def _next_meeting(services: Any, client: Any, command: dict[str, Any]) -> dict[str, Any]:
    """The next meeting for anyone in the channel; its expected attendance for the chair and secretary."""
    now = services.now()
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        meeting = next_meeting(reg, board, now)  # none: NotFound, told how to add one
        shown = view(meeting, board)
        text = render("meeting", m=shown, when=describe_when(shown), calendar=calendar_url(services, board.id))
        blocks = [kit.section(text)]
        me = _member_or_none(reg, client, command["user_id"])
        if me is not None and runs_board(board, me.id):
            listed = render("meeting_attendance", e=expected_attendance(reg, board, meeting))
            blocks += [kit.section(listed), kit.context(OFFICER_HINT)]
            text = f"{text}\n{listed}"
    return message(text, blocks)


def _open_form(ack: Any, command: dict[str, Any], client: Any, services: Any, *, editing: bool) -> None:
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        check_may_change(board, caller(reg, client, command["user_id"], command.get("channel_id")))
        meeting = next_meeting(reg, board, services.now()) if editing else None
        form = meeting_modal(command["channel_id"], board.timezone, view(meeting, board) if meeting else None)
    client.views_open(trigger_id=command["trigger_id"], view=form)  # before ack(): a failure is answered
    ack()


def _cancel(ack: Any, command: dict[str, Any], client: Any, services: Any) -> None:
    """Ask the chair or secretary to confirm; the button (with Slack's confirmation dialog) cancels."""
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, command["channel_id"])
        check_may_change(board, caller(reg, client, command["user_id"], command.get("channel_id")))
        meeting = next_meeting(reg, board, services.now())
        when, meeting_id = describe_when(view(meeting, board)), meeting.id
    text = f"Cancel the meeting of {escape_mrkdwn(when)}? The channel will be told, and calendars will show it cancelled."
    button = {**kit.button("Cancel the meeting", CANCEL_MEETING, str(meeting_id), style="danger"),
              "confirm": kit.confirm("Cancel the meeting?", f"The meeting of {when} will be cancelled and the "
                                     "channel told.", "Cancel it")}
    ack(response_type="ephemeral", **message(text, [kit.section(text), kit.actions("meeting-cancel", button)]))
