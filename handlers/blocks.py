"""Block Kit messages and views, built with slack_sdk.models so Slack's limits are checked.

Templates write the text; this module lays it out. Every message has a plain
`text` fallback, and every block is validated by slack_sdk before it is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DatePickerElement,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    SectionBlock,
    UserSelectElement,
)
from slack_sdk.models.views import View

from domain.actions import ActionView
from templates import escape_mrkdwn, render

DONE = "action_done"
ADD_UPDATE = "action_add_update"
NEW_ACTION_VIEW = "new_action"
UPDATE_VIEW = "action_update"
MAX_LISTED = 20  # two blocks an action keeps a message under Slack's 50 blocks


def message(text: str, blocks: Sequence[Block] = (), **extra: Any) -> dict[str, Any]:
    """A chat message payload: the fallback text plus validated blocks."""
    payload: dict[str, Any] = {"text": text[:3000] or " ", **extra}
    if blocks:
        payload["blocks"] = [block.to_dict() for block in blocks]
    return payload


def notice(text: str, **extra: Any) -> dict[str, Any]:
    """A one-line message of mrkdwn already escaped by its maker."""
    return message(text, [SectionBlock(text=MarkdownTextObject(text=text))], **extra)


def _action_section(a: ActionView, *, show_board: bool, show_owner: bool) -> SectionBlock:
    return SectionBlock(
        text=MarkdownTextObject(text=render("action_line", a=a, show_board=show_board, show_owner=show_owner))
    )


def _action_buttons(a: ActionView) -> ActionsBlock:
    return ActionsBlock(
        block_id=f"act-{a.id}",
        elements=[
            ButtonElement(text=f"Done {a.ref}"[:75], action_id=DONE, value=a.ref, style="primary"),
            ButtonElement(text="Add update", action_id=ADD_UPDATE, value=a.ref),
        ],
    )


def _fallback(actions: Sequence[ActionView]) -> str:
    return "\n".join(escape_mrkdwn(f"{a.ref} {a.what} ({a.due_words})") for a in actions)


def my_actions(actions: Sequence[ActionView], notice_text: str | None = None) -> dict[str, Any]:
    """The caller's open actions, each with Done and Add update buttons."""
    overdue = sum(a.overdue for a in actions)
    summary = render("my_actions", actions=actions, overdue=overdue, notice=notice_text)
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=summary))]
    for a in actions[:MAX_LISTED]:
        blocks += [_action_section(a, show_board=True, show_owner=False), _action_buttons(a)]
    if len(actions) > MAX_LISTED:
        blocks.append(ContextBlock(elements=[MarkdownTextObject(
            text=f"…and {len(actions) - MAX_LISTED} more. The App Home lists them all by board.")]))
    return message(f"{summary}\n{_fallback(actions)}".strip(), blocks)


def action_recorded(a: ActionView, *, due_text: str | None, by: str, by_slack_id: str | None) -> dict[str, Any]:
    text = render("action_recorded", a=a, due_text=due_text, by=by, by_slack_id=by_slack_id)
    return message(text, [SectionBlock(text=MarkdownTextObject(text=text))])


def board_log(board: str, actions: Sequence[ActionView], *, label: str, owner: str | None) -> dict[str, Any]:
    shown = actions[:MAX_LISTED * 2]
    summary = render("board_log", board=board, count=len(actions), label=label, owner=owner, shown=len(shown))
    blocks: list[Block] = [SectionBlock(text=MarkdownTextObject(text=summary))]
    blocks += [_action_section(a, show_board=False, show_owner=True) for a in shown]
    return message(f"{summary}\n{_fallback(shown)}", blocks)


def home(actions: Sequence[ActionView], meetings: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The App Home: the member's open actions and each board's next meeting."""
    blocks: list[Block] = [HeaderBlock(text="Your actions")]
    if actions:
        for a in actions[:40]:
            blocks += [_action_section(a, show_board=True, show_owner=False), _action_buttons(a)]
    else:
        blocks.append(SectionBlock(text=MarkdownTextObject(text="You have no open actions. :tada:")))
    blocks += [DividerBlock(), HeaderBlock(text="Next meetings"),
               SectionBlock(text=MarkdownTextObject(text=render("home", meetings=meetings)))]
    return View(type="home", blocks=blocks[:100]).to_dict()


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
            SectionBlock(text=MarkdownTextObject(text=f"*{escape_mrkdwn(ref)}*  {escape_mrkdwn(what)}"[:3000])),
            InputBlock(block_id="note", label="Update",
                       element=PlainTextInputElement(action_id="value", multiline=True, max_length=2000)),
        ],
    ).to_dict()

