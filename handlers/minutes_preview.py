"""Messages and views of the minutes flow: the preview of a shared file, the Edit and import
forms, what Confirm says, the owners' direct messages and `/minutes`.

Templates (templates/minutes_*.j2) write the text, escaping everything that came from a
file; this module lays it out within Slack's limits.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from slack_sdk.models.blocks import Block, InputBlock, PlainTextInputElement
from slack_sdk.models.blocks.block_elements import FileInputElement
from slack_sdk.models.views import View

from domain.refs import format_ref
from handlers.blocks import message
from messages.carried import uncertain_matches
from minutes import SUPPORTED, Action, Minutes
from minutes.uncertain import unmatched_owners, unplaced
from templates import block_kit as kit
from templates import escape_mrkdwn, render

CONFIRM = "minutes_confirm"
REPLACE = "minutes_replace"
EDIT = "minutes_edit"
CANCEL = "minutes_cancel"
EXEMPT = "minutes_exempt"  # toggles an agenda item between exempt (Part B) and open
MAX_ITEMS = 15
IMPORT_VIEW = "minutes_import"
EDIT_VIEW = "minutes_edit_form"
FILE_BLOCK = "file"
MAX_LISTED = 20
MAX_EDITABLE = 10  # three inputs an action keeps the form readable and under Slack's 100 blocks


def _action_lines(actions: Sequence[Any], *, show_who: bool = True) -> list[str]:
    return [render("minutes_action", ref=None, what=a.what, who=a.who, due=a.due, due_text=a.due_text,
                   show_who=show_who) for a in actions[:MAX_LISTED]]


def carried_lines(carried: Sequence[Any], code: str, *, recorded: bool = False) -> list[str]:
    """One line for each carried action of the minutes: the earlier action it is, or that it is new."""
    lines = [render("minutes_carried", what=c.what, matched=c.matched, earlier_what=c.earlier_what, how=c.how,
                    ref=format_ref(code, c.number) if c.number is not None else None, recorded=recorded,
                    could_be=" or ".join(format_ref(code, n) for n in c.could_be) if c.uncertain else None)
             for c in carried[:MAX_LISTED]]
    return lines + _more(len(carried))


def _more(count: int) -> list[str]:
    return [f"…and {count - MAX_LISTED} more."] if count > MAX_LISTED else []


def preview(draft_id: int, *, board: str, file_name: str, minutes: Minutes, unmatched: Sequence[str],
            edited: bool = False, notice: str | None = None, member_names: Sequence[str] = (),
            removals: Sequence[str] = (), carried: Sequence[Any] = (), code: str = "") -> dict[str, Any]:
    """What was read from a minutes file, with what could not be placed and, for a meeting already
    recorded, what replacing it would remove; what each carried action would be (domain.meeting_record's
    `Carried`, references made with the board's `code`); Confirm (merge) and Confirm replacing (when
    there is a date to record), Edit and Cancel."""
    present = sum(1 for p in minutes.present if (p.capacity or "member") == "member")
    # Owners kept as written are listed once: as `unmatched`, or, naming several people of whom some match
    # nobody, in their own line saying which.
    uncertain = [line for line in unplaced(minutes, member_names) if not line.startswith("owner matches nobody")]
    several = [line for line in uncertain if line.startswith("owner names several people")]
    unmatched = [who for who in unmatched if not any(line.endswith(f": {who}") for line in several)]
    uncertain += uncertain_matches(carried, code)
    summary = render("minutes_preview", m=minutes, board=board, file_name=file_name, present=present,
                     unmatched=unmatched, edited=edited, notice=notice, uncertain=uncertain[:MAX_LISTED],
                     removals=removals[:MAX_LISTED], more_removals=max(0, len(removals) - MAX_LISTED))
    lines = _action_lines(minutes.actions) + _more(len(minutes.actions)) + carried_lines(carried, code)
    buttons = [kit.button("Edit actions", EDIT, str(draft_id)), kit.button("Cancel", CANCEL, str(draft_id), "danger")]
    if minutes.date is not None:
        if removals:
            buttons.insert(0, kit.button("Confirm, replacing", REPLACE, str(draft_id), "danger"))
        buttons.insert(0, kit.button("Confirm and record", CONFIRM, str(draft_id), "primary"))
    blocks = [*kit.sections([summary]), *kit.sections(lines), *_item_toggles(draft_id, minutes),
              kit.actions(f"minutes-draft-{draft_id}", *buttons)]
    return message("\n".join([summary, *lines]), blocks[:50])


def _item_toggles(draft_id: int, minutes: Minutes) -> list[dict[str, Any]]:
    """Each agenda item with a toggle between exempt and open. An exempt item's title is withheld even
    here, so that nothing of it is written into a channel, even privately."""
    blocks = []
    for index, item in enumerate(minutes.agenda_items[:MAX_ITEMS]):
        line = render("minutes_preview_item", number=item.number, title=item.title, exempt=item.exempt)
        toggle = kit.button("Make open" if item.exempt else "Mark exempt", EXEMPT, f"{draft_id}:{index}")
        blocks.append({**kit.section(line), "accessory": toggle})
    return blocks


def decided(line: str) -> dict[str, Any]:
    """The preview replaced by one line (Cancel; a draft already decided)."""
    return message(line, [kit.section(line)])


def recorded(*, board: str, file_name: str, day: date, done: Any, told: int, by: str,
             by_slack_id: str | None, code: str = "") -> dict[str, Any]:
    """What Confirm did, with one line for each carried action: the earlier action it updated, or the new one."""
    text = render("minutes_recorded", board=board, file_name=file_name, day=day, unchanged=done.unchanged,
                  created=done.created, added=done.actions_added, updated=done.actions_updated, told=told,
                  unmatched=done.unmatched_owners, by=by, by_slack_id=by_slack_id,
                  removed=done.removed[:MAX_LISTED])
    carried = carried_lines(done.carried, code, recorded=True)
    return message("\n".join([text, *carried]), kit.sections([text, *carried]))


def owner_letter(*, board: str, day: date, actions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One owner's direct message: their new actions from the meeting, with references."""
    intro = render("minutes_owner_dm", board=board, day=day, count=len(actions))
    lines = [render("minutes_action", show_who=False, who=None, **a) for a in actions[:MAX_LISTED]]
    lines += _more(len(actions))
    return message("\n".join([intro, *lines]), [*kit.sections([intro]), *kit.sections(lines)])


def latest(summary: dict[str, Any], decisions: Sequence[str], actions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """`/minutes`: the latest recorded minutes of the board."""
    head = render("minutes_latest", decisions=decisions, actions=len(actions), **summary)
    agreed = [render("minutes_decision", text=d) for d in decisions[:MAX_LISTED]] + _more(len(decisions))
    owned = [render("minutes_action", show_who=True, **a) for a in actions[:MAX_LISTED]] + _more(len(actions))
    blocks = kit.sections([head])
    if agreed:
        blocks += kit.sections(["*Agreed*", *agreed])
    if owned:
        blocks += kit.sections(["*Actions*", *owned])
    return message("\n".join([head, *agreed, *owned]), blocks[:48])


def import_modal(channel_id: str) -> dict[str, Any]:
    """`/minutes import`: one file input taking the kinds of file the reader reads."""
    return View(
        type="modal", callback_id=IMPORT_VIEW, private_metadata=channel_id, title="Import minutes",
        submit="Read", close="Cancel",
        blocks=[
            Block.parse(kit.section("Upload the minutes (.txt, .md, .docx or .pdf). I'll show you what I read "
                                    "before anything is recorded.")),
            InputBlock(block_id=FILE_BLOCK, label="Minutes file",
                       element=FileInputElement(action_id="value", filetypes=[s.lstrip(".") for s in SUPPORTED],
                                                max_files=1)),
        ],
    ).to_dict()


def edit_modal(draft_id: int, file_name: str, minutes: Minutes, *, channel_id: str,
               response_url: str | None) -> dict[str, Any]:
    """The draft's actions as plain inputs (what, owner as written, due as written), and a blank one to add."""
    metadata = json.dumps({"draft": draft_id, "channel": channel_id, "response_url": response_url})
    blocks: list[Any] = [Block.parse(kit.section(
        f"*{escape_mrkdwn(file_name)}*: correct the actions as the minutes should read. Clear an action's "
        "text to leave it out."))]
    rows = [*minutes.actions[:MAX_EDITABLE], Action(what="")]
    for i, action in enumerate(rows):
        who, due = (action.who or "")[:200] or None, (action.due_text or "")[:200] or None
        label = f"Action {i + 1}" if action.what else "A new action (optional)"
        blocks += [
            InputBlock(block_id=f"what-{i}", label=label, optional=True,
                       element=PlainTextInputElement(action_id="value", initial_value=action.what[:1000] or None,
                                                     multiline=True, max_length=1000)),
            InputBlock(block_id=f"who-{i}", label="Owner", optional=True,
                       element=PlainTextInputElement(action_id="value", initial_value=who,
                                                     max_length=200)),
            InputBlock(block_id=f"due-{i}", label="Due", optional=True,
                       element=PlainTextInputElement(action_id="value", initial_value=due,
                                                     max_length=200)),
        ]
    return View(type="modal", callback_id=EDIT_VIEW, private_metadata=metadata, title="Edit actions",
                submit="Save", close="Back", blocks=blocks).to_dict()
