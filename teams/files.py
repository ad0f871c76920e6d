"""Minutes shared with the bot in its Teams personal chat: read as on Slack, previewed, then confirmed.

Teams hands the bot a file as a `application/vnd.microsoft.teams.file.download.info`
attachment whose `downloadUrl` is already authorised, so no token goes with the
download. The file is read by minutes.uploads, kept as a draft (storage.drafts,
keyed by Teams' `uniqueId` and the member, so a retried activity previews once),
and previewed with Confirm and Cancel buttons; Confirm records it with the same use
case as Slack's (domain.meeting_record).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import anyio.to_thread
import httpx

from domain.boards import board_for_minutes
from domain.errors import BadInput
from domain.meeting_record import carried_preview, record_minutes
from messages.carried import carried_lines, uncertain_matches
from messages.document import Button, Controls, Document, Heading, line, strong
from minutes import Minutes, MinutesFileError
from minutes.uncertain import unplaced
from minutes.uploads import KINDS, MAX_BYTES, is_minutes_file, read_upload, unmatched_owners
from storage.drafts import CANCELLED, CONFIRMED, Drafts, already_decided, officers_draft
from teams.cards import activity, card, invoke_card, notice_activity
from teams.context import TeamsTurn

log = logging.getLogger(__name__)
DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info"
CONFIRM, CANCEL = "minutesconfirm", "minutescancel"
DRAFT_CHANNEL = "teams"  # drafts remember where they were previewed; a Teams preview is answered in place
LOOPBACK = ("127.0.0.1", "localhost", "::1")
MAX_LISTED = 20


def shared_file(activity_json: dict[str, Any]) -> dict[str, Any] | None:
    """The first file the activity shares with the bot: name, downloadUrl and uniqueId, when well formed."""
    for attachment in activity_json.get("attachments") or []:
        if not isinstance(attachment, dict) or attachment.get("contentType") != DOWNLOAD_INFO:
            continue
        content = attachment.get("content") if isinstance(attachment.get("content"), dict) else {}
        url, unique = content.get("downloadUrl"), content.get("uniqueId")
        if isinstance(url, str) and isinstance(unique, str) and unique:
            return {"name": str(attachment.get("name") or "minutes")[:255], "url": url, "id": unique[:60]}
    return None


def _allowed(url: str) -> bool:
    """Over https; plain http only to this machine (the Emulator, the tests' file server)."""
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and (parts.hostname or "") in LOOPBACK)


def download(url: str, name: str, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes, at most `limit` of them; redirects are not followed."""
    if not _allowed(url):
        raise BadInput(f"Teams didn't give me a way to download {name}. Try sharing it again.")
    try:
        with httpx.Client(timeout=30, follow_redirects=False) as http, http.stream("GET", url) as response:
            if response.status_code != 200:
                raise BadInput(f"I couldn't download {name} from Teams. Try sharing it again in a moment.")
            data = bytearray()
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) > limit:
                    raise BadInput(f"{name} is over 20 MB; I read minutes files up to 20 MB.")
    except httpx.HTTPError as error:
        log.warning("teams_file_download_failed file=%s error=%s", name, type(error).__name__)
        raise BadInput(f"I couldn't download {name} from Teams. Try sharing it again in a moment.") from None
    return bytes(data)


def preview(draft_id: int, *, board: str, file_name: str, minutes: Minutes, unmatched: list[str],
            carried: Sequence[Any] = (), code: str = "", member_names: Sequence[str] = ()) -> Document:
    """What was read, with what each carried action would be (domain.meeting_record's `Carried`, with
    references made from the board's `code`), and Confirm (when there is a date to record) and Cancel."""
    present = sum(1 for p in minutes.present if (p.capacity or "member") == "member")
    head = f"{file_name} read as the minutes of {board}"
    blocks: list[Any] = [Heading(head)]
    if minutes.date is not None:
        blocks.append(line(f"Meeting of {minutes.date:%A %-d %B %Y}",
                           f", {minutes.start_time:%H:%M}" if minutes.start_time else "",
                           f" at {minutes.venue}" if minutes.venue else "", "."))
    else:
        blocks.append(line("⚠ I found no meeting date, so these minutes can't be recorded yet: correct the file "
                           "and share it again."))
    count = len(minutes.actions)
    blocks.append(line(f"{present} present · {len(minutes.apologies)} apologies · {len(minutes.decisions)} "
                       f"decision{'s' if len(minutes.decisions) != 1 else ''} · {count} action"
                       f"{'s' if count != 1 else ''}"))
    # Owners kept as written are listed once: among these, or, naming several people of whom some match
    # nobody, in their own line saying which.
    several = [said for said in unplaced(minutes, member_names) if said.startswith("owner names several people")]
    unmatched = [who for who in unmatched if not any(said.endswith(f": {who}") for said in several)]
    if unmatched:
        blocks.append(line("Owners who match no member of the board, kept as written: ", ", ".join(unmatched)))
    blocks += [line(f"⚠ {said}") for said in several]
    for uncertain in uncertain_matches(carried, code):
        blocks.append(line(f"⚠ {uncertain}"))
    for action in minutes.actions[:MAX_LISTED]:
        due = f" · by {action.due:%-d %b %Y}" if action.due else (f" · {action.due_text}" if action.due_text else "")
        blocks.append(line(action.what, " · ", strong(action.who or "no owner named"), due, bullet=True))
    if count > MAX_LISTED:
        blocks.append(line(f"…and {count - MAX_LISTED} more.", small=True))
    blocks += carried_lines(carried, code)
    ref = str(draft_id)
    buttons = [Button("Cancel", CANCEL, ref)]
    if minutes.date is not None:
        buttons.insert(0, Button("Confirm and record", CONFIRM, ref, primary=True))
    blocks.append(Controls(ref, tuple(buttons)))
    return Document(head, tuple(blocks))


def _member(reg: Any, turn: TeamsTurn) -> Any:
    from teams.commands import me

    return me(reg, turn)


def _read(reg: Any, turn: TeamsTurn, shared: dict[str, Any], minutes: Minutes) -> dict[str, Any]:
    member = _member(reg, turn)
    board = board_for_minutes(reg, minutes.board, member.id)
    draft = Drafts(reg.session).add(board_id=board.id, uploader_id=member.id, channel_id=DRAFT_CHANNEL,
                                    slack_file_id=f"teams:{shared['id']}", file_name=shared["name"], minutes=minutes,
                                    now=turn.services.now())
    if draft is None:
        return notice_activity(f"I've already read {shared['name']}; its preview is above.")
    names = [m.name for m in reg.members_of_board(board.id)]
    unmatched = unmatched_owners(minutes, names)
    return activity(preview(draft.id, board=board.name, file_name=shared["name"], minutes=minutes,
                            unmatched=unmatched, code=board.code, member_names=names,
                            carried=carried_preview(reg, minutes, board, now=turn.services.now())))


async def on_file(turn: TeamsTurn) -> list[dict[str, Any]]:
    """A file shared in the personal chat: its preview, or one line saying why not."""
    shared = shared_file(turn.activity)
    if shared is None:
        return []
    if not turn.conversation.personal:
        return [notice_activity("Share minutes with me in our personal chat, and I'll read them there.")]
    if not is_minutes_file(shared["name"]):
        return [notice_activity(f"{shared['name']} isn't a minutes file I can read: share a {KINDS} file.")]
    await turn.run(_member, turn)  # a member the register knows, before anything is downloaded
    data = await anyio.to_thread.run_sync(download, shared["url"], shared["name"])
    try:
        today = turn.services.now().astimezone(ZoneInfo(turn.services.default_timezone)).date()
        minutes = await anyio.to_thread.run_sync(read_upload, shared["name"], data, today)
    except MinutesFileError as error:
        raise BadInput(str(error)) from None
    return [await turn.run(_read, turn, shared, minutes)]


def _officers_draft(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> tuple[Any, Any, Any]:
    ref = data.get("ref")
    member = _member(reg, turn)
    draft, board = officers_draft(reg, int(ref) if isinstance(ref, str) and ref.isdigit() and len(ref) < 12 else None,
                                  member)
    return draft, board, member


def confirm(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    """Record the draft once, however many times Confirm is pressed; the preview becomes what was done."""
    drafts = Drafts(reg.session)
    draft, board, member = _officers_draft(reg, turn, data)
    now = turn.services.now()
    if not drafts.decide(draft.id, CONFIRMED, now):
        raise already_decided(drafts, draft)
    minutes = draft.minutes()
    done = record_minutes(reg, minutes, board, now=now, digest=draft.digest)
    day = f"{minutes.date:%-d %B %Y}" if minutes.date else "an unknown date"
    if done.unchanged:
        text = f"✓ {draft.file_name}: the minutes of {board.name} for {day} were already recorded, unchanged."
    else:
        text = (f"✓ {draft.file_name}: {'recorded' if done.created else 'updated'} the minutes of {board.name} for "
                f"{day}: {done.actions_added} action{'s' if done.actions_added != 1 else ''} added, "
                f"{done.actions_updated} updated, confirmed by {member.name}.")
    blocks = [line(text)]
    if done.unmatched_owners:
        blocks.append(line("Owners kept as written (no member matches): ", ", ".join(done.unmatched_owners)))
    blocks += carried_lines(done.carried, board.code, recorded=True)
    return invoke_card(card(Document(text, tuple(blocks))))


def cancel(reg: Any, turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    drafts = Drafts(reg.session)
    draft, _, _ = _officers_draft(reg, turn, data)
    if not drafts.decide(draft.id, CANCELLED, turn.services.now()):
        raise already_decided(drafts, draft)
    text = f"Cancelled: nothing from {draft.file_name} was recorded."
    return invoke_card(card(Document(text, (line(text),))))


async def on_consent(turn: TeamsTurn, data: dict[str, Any]) -> dict[str, Any]:
    """The answer to a file consent card: the bot sends no files of its own, so there is nothing to upload."""
    return {"statusCode": 200}
