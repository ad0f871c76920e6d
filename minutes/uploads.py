"""A minutes file shared in a chat: its bytes read as minutes, and what a preview warns of.

Shared by every chat that takes files (Slack's file_shared, Teams' file attachments).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from domain.names import initials, name_key
from minutes.errors import MinutesFileError
from minutes.files import SUPPORTED, extract_text
from minutes.model import Minutes
from minutes.reader import read_minutes

MAX_BYTES = 20 * 1024 * 1024
KINDS = ", ".join(SUPPORTED)


def is_minutes_file(name: str) -> bool:
    """Whether the file's name says it is a kind minutes come in."""
    return Path(name).suffix.lower() in SUPPORTED


def read_upload(name: str, data: bytes) -> Minutes:
    """Minutes read from the downloaded bytes, through a temporary file named like the original;
    MinutesFileError when they cannot be read."""
    safe = re.sub(r"[^\w.\- ]", "_", Path(name).name)[-120:] or "minutes"
    with tempfile.TemporaryDirectory(prefix="minutes-") as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        return read_minutes(extract_text(path))


def unmatched_owners(minutes: Minutes, member_names: Iterable[str]) -> list[str]:
    """The actions' owners that recording would keep as written: they name no member of the board
    nor anyone the minutes list, by name or by unique initials (as domain.meeting_record matches)."""
    names = [*member_names, *(p.name for p in minutes.present), *(p.name for p in minutes.apologies),
             *(p.in_place_of for p in minutes.present if p.in_place_of)]
    keys = {name_key(n) for n in names}
    letters: dict[str, int] = {}
    for key in keys:
        letters[initials(key)] = letters.get(initials(key), 0) + 1
    unmatched: list[str] = []
    for action in minutes.actions:
        who = action.who
        if not who or who in unmatched or name_key(who) in keys:
            continue
        bare = who.strip().upper()
        if bare.isalpha() and 2 <= len(bare) <= 4 and letters.get(bare) == 1:
            continue
        unmatched.append(who)
    return unmatched
