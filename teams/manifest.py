"""The Teams app package: manifest.json (schema 1.17) and its two icons, zipped for upload.

What Teams asks of it (the manifest schema): a 192x192 full-colour icon and a 32x32 outline
icon that is white on a transparent background; short name up to 30 characters, short
description up to 80; each command list up to 10 commands, a command's title up to 32
characters and its description up to 128. The icons are drawn here, so the package needs
no image files or image library.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from typing import Any

SCHEMA = "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json"
ACCENT = (0x1F, 0x4E, 0x79)  # a council-report navy
PACKAGE_VERSION = "1.0.0"

# (command, description) for each scope; the personal chat is for one's own actions, a channel for the board's.
PERSONAL_COMMANDS = [
    ("myactions", "Your open actions on every board, soonest due first"),
    ("done", "done REF [note]: mark one of your actions done"),
    ("actions", "actions [owner or status]: a board's action log"),
    ("agenda", "The next meeting's agenda; agenda add TEXT proposes an item"),
    ("apologies", "Send apologies for the next meeting, naming a substitute"),
    ("meeting", "The next meeting and who is expected"),
    ("minutes", "The latest minutes; share a minutes file here to import it"),
    ("attendance", "Attendance by organisation and member over recent meetings"),
    ("decisions", "decisions [words]: the board's decisions, newest first"),
    ("help", "What the bot can do here"),
]
CHANNEL_COMMANDS = [
    ("action", "action @someone WHAT by DATE: record an action on this board"),
    ("actions", "actions [owner or status]: this board's action log"),
    ("myactions", "Your open actions on every board"),
    ("done", "done REF [note]: mark an action done"),
    ("agenda", "The next meeting's agenda; agenda add TEXT proposes an item"),
    ("apologies", "apologies [for @someone]: apologies for the next meeting"),
    ("meeting", "The next meeting and who is expected"),
    ("minutes", "The latest minutes of this board"),
    ("attendance", "Attendance by organisation and member"),
    ("board", "board setup NAME | chair @someone | secretary @someone | link @someone NAME"),
]


# Resource-specific consent (granted by whoever installs the app, for that team, chat or user only),
# all for one purpose: to read back, through Microsoft Graph, a message whose Bot Connector answer was
# lost, and find its outbox key before sending it again (teams.history), so nobody is told twice.
# - ChannelMessage.Read.Group: a board's channel messages, in the team the app is added to.
# - ChatMessage.Read.Chat: the messages of a chat the app is in (its personal chat with a member).
# - TeamsAppInstallation.Read.User: the app's installation for a member, which names their chat with it.
# Declaring the first two also lets Teams send the bot every channel message, not only those that
# @mention it; teams.app still answers only when mentioned.
RESOURCE_SPECIFIC = [
    "ChannelMessage.Read.Group",
    "ChatMessage.Read.Chat",
    "TeamsAppInstallation.Read.User",
]


def manifest(app_id: str, *, public_url: str | None = None) -> dict[str, Any]:
    """manifest.json for the bot whose Microsoft app id is `app_id` (also the Teams app's id)."""
    site = (public_url or "https://example.org/matters-arising").rstrip("/")
    return {
        "$schema": SCHEMA,
        "manifestVersion": "1.17",
        "version": PACKAGE_VERSION,
        "id": app_id,
        "developer": {"name": "Matters Arising", "websiteUrl": site, "privacyUrl": f"{site}/privacy",
                      "termsOfUseUrl": f"{site}/terms"},
        "name": {"short": "Matters Arising", "full": "Matters Arising: a partnership board's actions"},
        "description": {
            "short": "Your board's actions, agendas and minutes, where the board meets",
            "full": ("Matters Arising keeps a partnership board's register of actions, meetings, agendas and "
                     "minutes. Members see and complete their actions in chat, get reminded before they fall "
                     "due, and receive the agenda and a summary of the minutes in the board's channel. One "
                     "board can have members on Teams, on Slack and on e-mail at once."),
        },
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": "#%02X%02X%02X" % ACCENT,
        "bots": [{
            "botId": app_id,
            "scopes": ["personal", "team", "groupChat"],
            "supportsFiles": True,
            "isNotificationOnly": False,
            "commandLists": [
                {"scopes": ["personal"], "commands": _commands(PERSONAL_COMMANDS)},
                {"scopes": ["team", "groupChat"], "commands": _commands(CHANNEL_COMMANDS)},
            ],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
        # Resource-specific consent needs the app registration named; "resource" is unused but required.
        "webApplicationInfo": {"id": app_id, "resource": f"api://matters-arising/{app_id}"},
        "authorization": {"permissions": {"resourceSpecific": [
            {"name": name, "type": "Application"} for name in RESOURCE_SPECIFIC]}},
    }


def _commands(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"title": title, "description": description} for title, description in pairs]


def app_package(app_id: str, *, public_url: str | None = None) -> bytes:
    """The zip Teams takes: manifest.json, color.png and outline.png at its top level."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("manifest.json", json.dumps(manifest(app_id, public_url=public_url), indent=2))
        package.writestr("color.png", color_icon())
        package.writestr("outline.png", outline_icon())
    return buffer.getvalue()


# -- icons: a ticked box, drawn pixel by pixel ----------------------------------
def _tick(size: int) -> Callable[[float, float], bool]:
    """Whether (x, y), in 0..1 across the icon, lies on the box's edge or its tick."""
    stroke = 0.09

    def near_segment(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> bool:
        (ax, ay), (bx, by) = a, b
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (stroke / 2) ** 2

    def inside(x: float, y: float) -> bool:
        box = 0.2 <= x <= 0.8 and 0.2 <= y <= 0.8 and not (0.2 + stroke <= x <= 0.8 - stroke
                                                             and 0.2 + stroke <= y <= 0.8 - stroke)
        return box or near_segment(x, y, (0.3, 0.5), (0.45, 0.65)) or near_segment(x, y, (0.45, 0.65), (0.85, 0.15))

    return inside


def _png(size: int, pixel: Callable[[int, int], tuple[int, int, int, int]]) -> bytes:
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def color_icon(size: int = 192) -> bytes:
    """The full-colour icon: a white ticked box on the accent colour."""
    on = _tick(size)
    return _png(size, lambda x, y: (255, 255, 255, 255) if on((x + 0.5) / size, (y + 0.5) / size) else (*ACCENT, 255))


def outline_icon(size: int = 32) -> bytes:
    """The outline icon: the same ticked box in white on transparent."""
    on = _tick(size)
    return _png(size, lambda x, y: (255, 255, 255, 255) if on((x + 0.5) / size, (y + 0.5) / size) else (0, 0, 0, 0))
