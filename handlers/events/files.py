"""Minutes files shared with the bot: downloaded, read, kept as a draft and previewed to whoever shared them.

The bot listens to `file_shared` rather than to `message` events with the `file_share`
subtype: it needs only the `files:read` scope, not the history of every channel and
DM, and it arrives once per share whatever the message around it says. A file shared
in a board's channel is read only when its chair or secretary shared it and it is a
kind of file minutes come in; everyone else's files pass in silence. In a direct
message the bot answers every file. Drafts are keyed by the Slack file and the
member, so a Slack retry or a duplicate event finds the draft and says nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

from slack_sdk.errors import SlackApiError

from domain.boards import board_for_minutes, board_of_channel
from domain.errors import BadInput, NotAllowed, NotFound, NotLinked
from domain.permissions import runs_board
from handlers.blocks import notice
from handlers.errors import explain
from domain.meeting_record import carried_preview, removals
from handlers import reading_pool
from handlers.minutes_preview import preview
from handlers.services import caller
from minutes import SUPPORTED, Minutes, MinutesFileError
from minutes.uploads import MAX_BYTES, unmatched_owners
from minutes.uploads import read_upload as read_shared
from storage.drafts import Drafts

log = logging.getLogger(__name__)
KINDS = ", ".join(SUPPORTED)


class NotMinutes(BadInput):
    """A file of a kind minutes never come in (an image, a spreadsheet)."""


@dataclass(frozen=True)
class Upload:
    """A file someone shared with the bot, and where they shared it."""

    file_id: str
    user_id: str
    channel_id: str
    name: str = ""
    size: int | None = None
    url: str | None = None

    @classmethod
    def of(cls, file: dict[str, Any], *, file_id: str, user_id: str, channel_id: str) -> "Upload":
        size = file.get("size")
        return cls(file_id=file_id, user_id=user_id, channel_id=channel_id, name=str(file.get("name") or file_id),
                   size=size if isinstance(size, int) else None, url=file.get("url_private_download"))

    @property
    def in_dm(self) -> bool:
        return self.channel_id.startswith("D")


def described(client: Any, upload: Upload) -> Upload:
    """The upload as files.info describes it, keeping what the event or form said when files.info says less."""
    try:
        file = client.files_info(file=upload.file_id).get("file") or {}
    except SlackApiError as error:
        log.warning("files_info_failed file=%s error=%s", upload.file_id, error.response.get("error"))
        file = {}
    size = file.get("size")
    return replace(upload, name=str(file.get("name") or upload.name),
                   size=size if isinstance(size, int) else upload.size,
                   url=file.get("url_private_download") or upload.url)


def _check_kind(upload: Upload) -> None:
    if Path(upload.name).suffix.lower() not in SUPPORTED:
        raise NotMinutes(f"{upload.name} isn't a minutes file I can read: share a {KINDS} file.")
    if upload.size is not None and upload.size > MAX_BYTES:
        raise BadInput(f"{upload.name} is {upload.size / 1024 / 1024:.0f} MB; I read minutes files up to 20 MB.")


SLACK_FILE_HOSTS = (".slack.com", ".slack-gov.com")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class _NoRedirects(HTTPRedirectHandler):
    """The bot's token goes to the file's own address only, never to wherever it redirects."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _trusted(url: str, api_url: str) -> bool:
    """Slack's file hosts over https, or the host of the Web API the bot is pointed at (a proxy, a test server)."""
    parts, api = urlsplit(url), urlsplit(api_url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "http":
        return host in LOOPBACK and host == (api.hostname or "").lower()
    if parts.scheme != "https":
        return False
    return host.endswith(SLACK_FILE_HOSTS) or host == (api.hostname or "").lower()


def download(url: str | None, token: str | None, name: str, api_url: str, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes from Slack (`url_private_download`, with the bot's token), at most `limit` of them."""
    if not url or not _trusted(url, api_url):
        raise BadInput(f"Slack didn't give me a way to download {name}. Try sharing it again.")
    request = Request(url, headers={"Authorization": f"Bearer {token or ''}"})
    try:
        with build_opener(_NoRedirects).open(request, timeout=30) as response:
            data = response.read(limit + 1)
    except (URLError, OSError, ValueError) as error:
        log.warning("file_download_failed file=%s error=%s", name, type(error).__name__)
        raise BadInput(f"I couldn't download {name} from Slack. Try sharing it again in a moment.") from None
    if len(data) > limit:
        raise BadInput(f"{name} is over 20 MB; I read minutes files up to 20 MB.")
    return data


def read_upload(name: str, data: bytes, today: date) -> Minutes:
    """Minutes read from the downloaded bytes; a file that cannot be read is one clear line."""
    try:
        return read_shared(name, data, today)
    except MinutesFileError as error:
        raise BadInput(str(error)) from None


def _uploader(reg: Any, client: Any, upload: Upload) -> tuple[int, int | None]:
    """The member sharing, and the channel's board they run (None in a direct message)."""
    me = caller(reg, client, upload.user_id)
    if upload.in_dm:
        return me.id, None
    board = board_of_channel(reg, upload.channel_id)
    if not runs_board(board, me.id):
        raise NotAllowed(f"Only the chair or secretary of {board.name} can import its minutes.")
    return me.id, board.id


def read_shared_minutes(client: Any, services: Any, upload: Upload) -> dict[str, Any] | None:
    """The preview of a shared minutes file, now a draft; None when the file is a draft already (a retry)."""
    with services.db.unit_of_work() as reg:
        member_id, board_id = _uploader(reg, client, upload)
        zone = reg.board(board_id).timezone if board_id else services.default_timezone
    upload = described(client, upload)
    _check_kind(upload)
    today = services.now().astimezone(ZoneInfo(zone)).date()
    minutes = read_upload(upload.name, download(upload.url, client.token, upload.name, client.base_url), today)
    with services.db.unit_of_work() as reg:
        board = reg.board(board_id) if board_id else board_for_minutes(reg, minutes.board, member_id)
        draft = Drafts(reg.session).add(board_id=board.id, uploader_id=member_id, channel_id=upload.channel_id,
                                        slack_file_id=upload.file_id, file_name=upload.name, minutes=minutes,
                                        now=services.now())
        if draft is None:
            log.info("minutes_draft_exists file=%s", upload.file_id)
            return None
        names = [m.name for m in reg.members_of_board(board.id)]
        unmatched = unmatched_owners(minutes, names)
        return preview(draft.id, board=board.name, file_name=upload.name, minutes=minutes, unmatched=unmatched,
                       member_names=names, removals=_removals(reg, board, minutes), code=board.code,
                       carried=carried_preview(reg, minutes, board, now=services.now()))


def _removals(reg: Any, board: Any, minutes: Minutes) -> list[str]:
    """What replacing the meeting's record with these minutes would remove (nothing for a new meeting)."""
    if minutes.date is None:
        return []
    zone = ZoneInfo(board.timezone)
    return removals(reg, minutes, reg.meeting_on(board.id, minutes.date, zone), zone)


def tell(client: Any, channel_id: str, user_id: str, payload: dict[str, Any]) -> None:
    """A reply only the person sees: in their direct message with the bot, or ephemeral in the channel."""
    try:
        if channel_id.startswith("D"):
            client.chat_postMessage(channel=channel_id, **payload)
        else:
            client.chat_postEphemeral(channel=channel_id, user=user_id, **payload)
    except SlackApiError as error:
        log.warning("reply_not_sent channel=%s error=%s", channel_id, error.response.get("error"))


def answer_upload(client: Any, services: Any, upload: Upload, *, quiet_refusals: bool) -> None:
    """Hand the file to the reading pool, which shows the preview when it is read; when the pool
    is full, say so in one line (in a DM or the import form), never holding this thread."""
    if reading_pool.submit(_answer_upload, client, services, upload, quiet_refusals=quiet_refusals):
        return
    log.warning("minutes_reader_busy file=%s", upload.file_id)
    if not quiet_refusals or upload.in_dm:
        tell(client, upload.channel_id, upload.user_id,
             notice(f"I'm reading several minutes files just now. Share {upload.name} again in a minute."))


def _answer_upload(client: Any, services: Any, upload: Upload, *, quiet_refusals: bool) -> None:
    """Read the file and show the preview, or say in one line why not (or, in a channel, say nothing
    to the files that were never meant for the bot)."""
    try:
        reply = read_shared_minutes(client, services, upload)
    except (NotAllowed, NotLinked, NotFound, NotMinutes) as error:
        if quiet_refusals:
            log.info("file_ignored file=%s reason=%s", upload.file_id, type(error).__name__)
            return
        reply = notice(explain(error, {"type": "file"}))
    except Exception as error:  # noqa: BLE001 - an event has no response_url, so every failure is told here
        reply = notice(explain(error, {"type": "file"}))
    if reply is not None:
        tell(client, upload.channel_id, upload.user_id, reply)


def file_shared(event: dict[str, Any], client: Any, context: Any) -> None:
    """A file shared in a channel or direct message the bot is in."""
    user_id, channel_id, file_id = event.get("user_id"), event.get("channel_id"), event.get("file_id")
    if not (user_id and channel_id and file_id) or user_id == context.get("bot_user_id"):
        return
    upload = Upload.of(event.get("file") or {}, file_id=file_id, user_id=user_id, channel_id=channel_id)
    answer_upload(client, context["services"], upload, quiet_refusals=not upload.in_dm)
