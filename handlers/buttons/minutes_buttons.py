"""Confirm, Edit and Cancel on a minutes preview, and the Edit form's submission."""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from domain.errors import BadInput, DomainError
from domain.meeting_record import carried_preview, record_minutes
from domain.joint_owners import owners_of
from domain.refs import format_ref
from handlers.events.files import tell
from handlers.events.home import refresh_home
from handlers.form_input import (
    form_field,
    form_values,
    private_metadata,
    record_id,
    user_id,
)
from handlers.minutes_preview import (
    MAX_EDITABLE,
    decided,
    edit_modal,
    owner_letter,
    preview,
    recorded,
)
from handlers.services import caller
from minutes import Action, Minutes
from minutes.uploads import unmatched_owners
from minutes.when import resolve_due
from storage.drafts import CANCELLED, CONFIRMED, PENDING, Drafts, already_decided, officers_draft
from templates import escape_mrkdwn

log = logging.getLogger(__name__)


def _officers_draft(reg: Any, client: Any, draft_id: Any, user_id: str) -> tuple[Any, Any, Any]:
    """The draft, its board and the caller, who must be the board's chair or secretary."""
    me = caller(reg, client, user_id)
    draft, board = officers_draft(reg, record_id(draft_id), me)
    return draft, board, me


def _record(reg: Any, board: Any, minutes: Minutes, digest: str, now: Any,
            replace_record: bool = False) -> tuple[Any, list[Any]]:
    """Record the minutes (merged into a meeting already recorded, unless `replace_record`, which the
    preview offered with the removals listed); returns what recording did and the actions it added."""
    done = record_minutes(reg, minutes, board, now=now, digest=digest, replace=replace_record)
    added = set(done.added_action_ids)
    return done, [a for a in reg.actions_of_meeting(done.meeting_id) if a.id in added]


def _letters(board: Any, minutes: Minutes, fresh: list[Any]) -> dict[str, dict[str, Any]]:
    """One direct message for each owner on Slack, listing their new actions."""
    owned: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in fresh:
        for owner in owners_of(a):  # each of an action's several owners gets it in their own letter
            if owner.slack_id:
                owned[owner.slack_id].append({"ref": format_ref(board.code, a.number), "what": a.what,
                                              "due": a.due_date, "due_text": a.due_text})
    return {slack_id: owner_letter(board=board.name, day=minutes.date, actions=actions)
            for slack_id, actions in owned.items()}


def confirm_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                    context: Any) -> None:
    """Record the draft once, however many times Confirm is clicked; then tell each owner their new actions."""
    _confirm(ack, body, action, client, respond, context, replace_record=False)


def replace_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                    context: Any) -> None:
    """Confirm, replacing: as Confirm, removing what the preview listed as missing from the new minutes."""
    _confirm(ack, body, action, client, respond, context, replace_record=True)


def _confirm(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
             context: Any, *, replace_record: bool) -> None:
    ack()
    services = context["services"]
    now = services.now()
    with services.db.unit_of_work() as reg:
        drafts = Drafts(reg.session)
        draft, board, me = _officers_draft(reg, client, action.get("value"), user_id(body))
        if not drafts.decide(draft.id, CONFIRMED, now):
            raise already_decided(drafts, draft)
        minutes = draft.minutes()
        if minutes.date is None:
            raise BadInput("I couldn't find the meeting's date in those minutes. Correct the file and share it again.")
        done, fresh = _record(reg, board, minutes, draft.digest, now, replace_record)
        letters = _letters(board, minutes, fresh)
        reply = recorded(board=board.name, file_name=draft.file_name, day=minutes.date, done=done,
                         told=len(letters), by=me.name, by_slack_id=me.slack_id, code=board.code)
    respond(replace_original=True, **reply)
    for slack_id, letter in letters.items():
        try:
            client.chat_postMessage(channel=slack_id, **letter)
        except SlackApiError as error:
            log.warning("owner_not_told user=%s error=%s", slack_id, error.response.get("error"))
        refresh_home(client, services, slack_id)


def cancel_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                   context: Any) -> None:
    ack()
    services = context["services"]
    with services.db.unit_of_work() as reg:
        drafts = Drafts(reg.session)
        draft, _, _ = _officers_draft(reg, client, action.get("value"), user_id(body))
        if not drafts.decide(draft.id, CANCELLED, services.now()):
            raise already_decided(drafts, draft)
        name = draft.file_name
    line = f":wastebasket: Cancelled: nothing from *{escape_mrkdwn(name)}* was recorded."
    respond(replace_original=True, **decided(line))


def edit_clicked(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                 context: Any) -> None:
    """Open the form of the draft's actions, when there are few enough to edit in chat."""
    ack()
    services = context["services"]
    with services.db.unit_of_work() as reg:
        draft, _, _ = _officers_draft(reg, client, action.get("value"), user_id(body))
        if draft.status != PENDING:
            raise already_decided(Drafts(reg.session), draft)
        draft_id, minutes, name, channel_id = draft.id, draft.minutes(), draft.file_name, draft.channel_id
    if len(minutes.actions) > MAX_EDITABLE:
        raise BadInput(f"These minutes have {len(minutes.actions)} actions, more than I can edit here "
                       f"({MAX_EDITABLE}). Correct the file and share it again.")
    client.views_open(trigger_id=body["trigger_id"],
                      view=edit_modal(draft_id, name, minutes, channel_id=channel_id,
                                      response_url=body.get("response_url")))


def exempt_toggled(ack: Any, body: dict[str, Any], action: dict[str, Any], client: Any, respond: Any,
                   context: Any) -> None:
    """Mark an agenda item of the previewed minutes exempt (or open again); the preview shows the change."""
    ack()
    services = context["services"]
    draft_ref, _, index_text = str(action.get("value", "")).partition(":")
    index = int(index_text) if index_text.isascii() and index_text.isdigit() and len(index_text) <= 3 else None
    with services.db.unit_of_work() as reg:
        drafts = Drafts(reg.session)
        draft, board, _ = _officers_draft(reg, client, draft_ref, user_id(body))
        if draft.status != PENDING:
            raise already_decided(drafts, draft)
        minutes = draft.minutes()
        if index is None or index >= len(minutes.agenda_items):
            raise BadInput("That agenda item is no longer in these minutes.")
        items = list(minutes.agenda_items)
        items[index] = replace(items[index], exempt=not items[index].exempt)
        minutes = replace(minutes, agenda_items=tuple(items))
        drafts.revise(draft.id, minutes)
        unmatched = unmatched_owners(minutes, [m.name for m in reg.members_of_board(board.id)])
        reply = preview(draft.id, board=board.name, file_name=draft.file_name, minutes=minutes,
                        unmatched=unmatched, edited=True, code=board.code,
                        carried=carried_preview(reg, minutes, board, now=services.now()))
    respond(replace_original=True, **reply)


def _typed(values: dict[str, Any], block: str) -> str:
    return " ".join(str(form_field(values, block).get("value") or "").split())


def revised(minutes: Minutes, values: dict[str, Any], today: Any) -> Minutes:
    """The minutes with their actions as the Edit form now has them (a cleared text drops an action)."""
    rows = list(minutes.actions[:MAX_EDITABLE]) + [Action(what="")]
    actions = []
    for i, old in enumerate(rows):
        what = _typed(values, f"what-{i}")
        if not what:
            continue
        due_text = _typed(values, f"due-{i}") or None
        due = old.due if due_text == old.due_text else resolve_due(due_text, minutes.date or today,
                                                                   minutes.next_meeting.date)
        # (An action the minutes carry from an earlier meeting stays carried, however it is corrected.)
        actions.append(Action(what=what, who=_typed(values, f"who-{i}") or None, due=due, due_text=due_text,
                              item=old.item, carried=old.carried))
    return replace(minutes, actions=tuple(actions))


def _metadata(body: dict[str, Any]) -> dict[str, Any]:
    try:
        found = json.loads(private_metadata(body) or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def edit_submitted(ack: Any, body: dict[str, Any], client: Any, context: Any) -> None:
    """Save the corrected actions in the draft and show its preview again in place of the old one."""
    services = context["services"]
    meta = _metadata(body)
    values = form_values(body)
    try:
        with services.db.unit_of_work() as reg:
            drafts = Drafts(reg.session)
            draft, board, _ = _officers_draft(reg, client, meta.get("draft"), user_id(body))
            minutes = revised(draft.minutes(), values, services.now().date())
            if not drafts.revise(draft.id, minutes):
                raise BadInput("Those minutes were already recorded or cancelled.")
            unmatched = unmatched_owners(minutes, [m.name for m in reg.members_of_board(board.id)])
            reply = preview(draft.id, board=board.name, file_name=draft.file_name, minutes=minutes,
                            unmatched=unmatched, edited=True, code=board.code,
                            carried=carried_preview(reg, minutes, board, now=services.now()))
            channel_id = draft.channel_id
    except DomainError as error:
        ack(response_action="errors", errors={"what-0": str(error)[:150]})
        return
    ack()
    _show_again(client, meta.get("response_url"), channel_id, user_id(body), reply)


def _show_again(client: Any, response_url: Any, channel_id: str, user_id: str, reply: dict[str, Any]) -> None:
    """Replace the old preview through its response_url; when that is gone, send the new one afresh."""
    if isinstance(response_url, str) and urlsplit(response_url).scheme in ("http", "https"):
        try:
            if WebhookClient(response_url).send_dict({**reply, "replace_original": True}).status_code == 200:
                return
        except OSError as error:
            log.warning("preview_not_replaced error=%s", error)
    tell(client, channel_id, user_id, reply)
