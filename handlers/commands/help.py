"""/help: what the bot can do, one line a command. Anyone may ask, anywhere."""

from __future__ import annotations

from typing import Any

from handlers.blocks import message
from templates import block_kit as kit

# The commands, as manifest.yml declares them, each with what it does (tests check both lists agree).
COMMANDS = (
    ("/myactions", "your open actions on every board, soonest due first"),
    ("/action @someone WHAT by DATE", "records an action on this channel's board (no text opens a form)"),
    ("/done REF [note]", "marks an action done"),
    ("/actions [open | overdue | done | all | @someone]", "this board's action log"),
    ("/agenda", "the next meeting's draft agenda; `add TITLE` proposes an item; `post` posts it"),
    ("/apologies [for @substitute]", "apologies for the next meeting, naming who comes in your place"),
    ("/meeting", "the next meeting; `new`, `edit` and `cancel` for the chair and secretary"),
    ("/minutes", "the latest minutes; `import` reads a minutes file"),
    ("/attendance", "attendance by organisation and member over recent meetings"),
    ("/board setup NAME", "binds this channel to a board; also `link`, `chair`, `secretary`, `sync`"),
    ("/help", "this list"),
)
HEADING = "*What I can do here*"


def help_text() -> str:
    return "\n".join([HEADING] + [f"• `{usage}`: {does}" for usage, does in COMMANDS])


def help_command(ack: Any, command: dict[str, Any]) -> None:
    text = help_text()
    ack(response_type="ephemeral", **message(text, [kit.section(text)]))
