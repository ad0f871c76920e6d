"""Block Kit messages and views.

Templates write the text; this module lays it out. Every message has a plain
`text` fallback. Messages are built as plain dicts within Slack's limits
(templates/block_kit.py); views, which are rarer, with slack_sdk's models, which
validate as they build. The tests validate every message with slack_sdk too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    DatePickerElement,
    InputBlock,
    PlainTextInputElement,
    UserSelectElement,
)
from slack_sdk.models.views import View

from domain.actions import ActionView
from templates import block_kit as kit
from templates.block_kit import ADD_UPDATE, DONE
from templates import escape_mrkdwn, render

NEW_ACTION_VIEW = "new_action"
UPDATE_VIEW = "action_update"
MAX_LISTED = 20  # two blocks an action keeps a message under Slack's 50 blocks


def message(text: str, blocks: Sequence[dict[str, Any]] = (), **extra: Any) -> dict[str, Any]:
    """A chat message payload: the fallback text plus blocks."""
    payload: dict[str, Any] = {"text": text[:3000] or " ", **extra}
    if blocks:
        payload["blocks"] = list(blocks)
    return payload


def notice(text: str, **extra: Any) -> dict[str, Any]:
    """A one-line message of mrkdwn already escaped by its maker."""
    return message(text, [kit.section(text)], **extra)


_SEPARATOR = "\ue000"  # private use, not whitespace; a text holding one is rendered line by line


def _action_lines(actions: Sequence[ActionView], *, show_board: bool, show_owner: bool) -> list[str]:
    """Each action's line, from one render of one compiled template for the whole list."""
    if not actions:
        return []
    text = render("action_lines", actions=actions, show_board=show_board, show_owner=show_owner,
                  separator=_SEPARATOR)
    lines = text.split(_SEPARATOR)
    if len(lines) != len(actions) + 1:
        return [render("action_lines", actions=[a], show_board=show_board, show_owner=show_owner, separator="")
                for a in actions]
    return [line.strip() for line in lines[:-1]]


def _action_buttons(a: ActionView) -> dict[str, Any]:
    return kit.actions(
        f"act-{a.id}",
        kit.button(f"Done {a.ref}", DONE, a.ref, style="primary"),
        kit.button("Add update", ADD_UPDATE, a.ref),
    )


def _fallback(actions: Sequence[ActionView]) -> str:
    return "\n".join(escape_mrkdwn(f"{a.ref} {a.what} ({a.due_words})") for a in actions)


def my_actions(actions: Sequence[ActionView], notice_text: str | None = None) -> dict[str, Any]:
    """The caller's open actions, each with Done and Add update buttons."""
    overdue = sum(a.overdue for a in actions)
    summary = render("my_actions", actions=actions, overdue=overdue, notice=notice_text)
    blocks = [kit.section(summary)]
    listed = actions[:MAX_LISTED]
    for a, line in zip(listed, _action_lines(listed, show_board=True, show_owner=False)):
        blocks += [kit.section(line), _action_buttons(a)]
    if len(actions) > MAX_LISTED:
        blocks.append(kit.context(f"…and {len(actions) - MAX_LISTED} more. The App Home lists them all by board."))
    return message(f"{summary}\n{_fallback(actions)}".strip(), blocks)


def action_recorded(a: ActionView, *, due_text: str | None, by: str, by_slack_id: str | None) -> dict[str, Any]:
    text = render("action_recorded", a=a, due_text=due_text, by=by, by_slack_id=by_slack_id)
    return message(text, [kit.section(text)])


def board_log(board: str, actions: Sequence[ActionView], *, label: str, owner: str | None) -> dict[str, Any]:
    shown = actions[:MAX_LISTED * 2]
    summary = render("board_log", board=board, count=len(actions), label=label, owner=owner, shown=len(shown))
    blocks = [kit.section(summary)]
    blocks += [kit.section(line) for line in _action_lines(shown, show_board=False, show_owner=True)]
    return message(f"{summary}\n{_fallback(shown)}", blocks)


def home(actions: Sequence[ActionView], meetings: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The App Home: the member's open actions and each board's next meeting."""
    blocks = [kit.header("Your actions")]
    listed = actions[:40]
    for a, line in zip(listed, _action_lines(listed, show_board=True, show_owner=False)):
        blocks += [kit.section(line), _action_buttons(a)]
    if not actions:
        blocks.append(kit.section("You have no open actions. :tada:"))
    blocks += [kit.divider(), kit.header("Next meetings"), kit.section(render("home", meetings=meetings))]
    return View(type="home", blocks=[Block.parse(b) for b in blocks[:100]]).to_dict()


def new_action_modal(channel_id: str) -> dict[str, Any]:
    """The /action form: who, what, and by when."""
    return View(
        type="modal",
        callback_id=NEW_ACTION_VIEW,
        private_metadata=channel_id,
        title="New action",
        submit="Record",
        close="Cancel",
        blocks=[
            InputBlock(block_id="owner", label="Who", element=UserSelectElement(action_id="value")),
            InputBlock(block_id="what", label="What needs doing",
                       element=PlainTextInputElement(action_id="value", multiline=True, max_length=1000)),
            InputBlock(block_id="due", label="By when", element=DatePickerElement(action_id="value")),
        ],
    ).to_dict()


def update_modal(ref: str, what: str) -> dict[str, Any]:
    """A progress note on one action."""
    return View(
        type="modal",
        callback_id=UPDATE_VIEW,
        private_metadata=ref,
        title="Add update",
        submit="Save",
        close="Cancel",
        blocks=[
            Block.parse(kit.section(f"*{escape_mrkdwn(ref)}*  {escape_mrkdwn(what)}")),
            InputBlock(block_id="note", label="Update",
                       element=PlainTextInputElement(action_id="value", multiline=True, max_length=2000)),
        ],
    ).to_dict()



def notice_modal(title: str, text: str) -> dict[str, Any]:
    """A modal that only tells: the outcome of a form, shown in the form's place."""
    return View(type="modal", title=title[:24], close="Close",
                blocks=[Block.parse(kit.section(text))]).to_dict()
