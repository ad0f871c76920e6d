"""/minutes: the channel's board's latest minutes; `/minutes import` takes a minutes file through a form."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from domain.attendance import meeting_counts
from domain.boards import board_of_channel
from domain.errors import NotAllowed, NotFound
from domain.exempt import open_records
from domain.joint_owners import owner_words
from domain.meetings import starts_in_words
from domain.permissions import runs_board
from domain.refs import format_ref
from handlers.blocks import notice
from handlers.events.files import Upload, answer_upload
from handlers.form_input import channel_id as channel_of
from handlers.form_input import form_field, form_values, private_metadata, user_id
from handlers.minutes_preview import FILE_BLOCK, import_modal, latest
from handlers.services import caller
from handlers.slack_text import plain_text

USAGE = ("`/minutes` shows this board's latest minutes · `/minutes import` reads a minutes file "
         "(.txt, .md, .html, .docx or .pdf), or share the file with me here")


def minutes_command(ack: Any, command: dict[str, Any], client: Any, context: Any) -> None:
    verb = plain_text(command.get("text", "")).strip().lower()
    if verb == "import":
        _open_import(ack, command, client, context["services"])
    elif verb:
        ack(**notice(USAGE))
    else:
        ack(response_type="ephemeral", **_latest(context["services"], command["channel_id"]))


def _open_import(ack: Any, command: dict[str, Any], client: Any, services: Any) -> None:
    channel_id = command["channel_id"]
    if not channel_id.startswith("D"):
        with services.db.unit_of_work() as reg:
            board = board_of_channel(reg, channel_id)
            if not runs_board(board, caller(reg, client, command["user_id"], command.get("channel_id")).id):
                raise NotAllowed(f"Only the chair or secretary of {board.name} can import its minutes.")
    # The form opens before the ack, so a failure to open it is answered like any other error.
    client.views_open(trigger_id=command["trigger_id"], view=import_modal(channel_id))
    ack()


def _latest(services: Any, channel_id: str) -> dict[str, Any]:
    with services.db.unit_of_work() as reg:
        board = board_of_channel(reg, channel_id)
        meetings = reg.meetings_of_board(board.id)
        held = [m for m in meetings if m.minutes_recorded_at is not None]
        if not held:
            raise NotFound(f"No minutes of {board.name} are recorded yet. Share a minutes file with me, "
                           "or use `/minutes import`.")
        meeting, zone = held[-1], ZoneInfo(board.timezone)
        upcoming = next((m for m in meetings if m.starts_at > meeting.starts_at and m.status == "scheduled"), None)
        counts = meeting_counts(reg.attendance_of(meeting.id))
        summary = {
            "board": board.name, "when": starts_in_words(meeting.starts_at, zone), "venue": meeting.venue,
            "theme": meeting.theme, "present": counts.present,
            "attending": counts.in_attendance, "apologies": counts.apologies,
            "next_when": starts_in_words(upcoming.starts_at, zone) if upcoming else None,
            "next_venue": upcoming.venue if upcoming else None,
        }
        actions = [{"ref": format_ref(board.code, a.number), "what": a.what, "due": a.due_date,
                    "due_text": a.due_text, "who": owner_words(a, "")}
                   for a in open_records(reg, reg.actions_of_meeting(meeting.id))]
        decisions = [d.text for d in open_records(reg, reg.decisions_of(meeting.id))]
    return latest(summary, decisions, actions)


def import_submitted(ack: Any, body: dict[str, Any], client: Any, context: Any) -> None:
    """The import form's file: read in the background of the closed form, the preview sent like a shared file's."""
    files = form_field(form_values(body), FILE_BLOCK).get("files")
    if not isinstance(files, list) or not files or not isinstance(files[0], dict) or not files[0].get("id"):
        ack(response_action="errors", errors={FILE_BLOCK: "Choose a minutes file to read."})
        return
    upload = Upload.of(files[0], file_id=str(files[0]["id"]), user_id=user_id(body),
                       channel_id=channel_of(private_metadata(body)))
    ack()
    answer_upload(client, context["services"], upload, quiet_refusals=False)
