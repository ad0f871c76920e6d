"""A minutes file shared in a chat: its bytes read as minutes, and what a preview warns of.

Shared by every chat that takes files (Slack's file_shared, Teams' file attachments).
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

from minutes.errors import MinutesFileError
from minutes.files import SUPPORTED, extract_text
from minutes.model import Minutes
from minutes.reader import read_minutes
from minutes.uncertain import unmatched_owners  # noqa: F401 - shared by every chat's upload path

MAX_BYTES = 20 * 1024 * 1024
KINDS = ", ".join(SUPPORTED)


def is_minutes_file(name: str) -> bool:
    """Whether the file's name says it is a kind minutes come in."""
    return Path(name).suffix.lower() in SUPPORTED


def read_upload(name: str, data: bytes, today: date) -> Minutes:
    """Minutes read from the downloaded bytes, through a temporary file named like the original;
    MinutesFileError when they cannot be read. `today` is the day, where the board meets, that dues
    such as "within two weeks" count from when the minutes give no date of their own."""
    safe = re.sub(r"[^\w.\- ]", "_", Path(name).name)[-120:] or "minutes"
    with tempfile.TemporaryDirectory(prefix="minutes-") as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        return read_minutes(extract_text(path), today=today)
