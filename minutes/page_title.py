"""A web page's title as the board's name: many sites head their minutes page with only "Minutes" over a date
line and keep the body's name in the page's <title> ("Harbourside Community Safety Partnership – minutes",
"Minutes | Kelby Forum | Kelby Council"), which the browser shows on its tab, not on the page."""

from __future__ import annotations

import re

from minutes.document import HEADING, Block
from minutes.header import board_named

# Where a page's title parts its own name from the site's: " | ", " – ", " - ", " — ", " :: ".
_PARTS = re.compile(r"\s+[|–—-]\s+|\s*::\s*|\s+»\s+")
_TITLE_CHARS = 300
# The blocks at the top of a page in which its body would name the board, when it does.
_OPENING_BLOCKS = 4


def page_title_blocks(root, blocks: list[Block]) -> list[Block]:
    """A heading naming the board the page's <title> names, to go above the page's blocks, when the page's
    opening blocks name no board themselves; otherwise nothing (the page's own heading says it better)."""
    title = root.find(".//title")
    text = (title.text_content() if title is not None else "")[:_TITLE_CHARS].strip()
    if not text:
        return []
    board = next(filter(None, (board_named(part.strip()) for part in _PARTS.split(text))), None)
    opening = [block.text for block in blocks[:_OPENING_BLOCKS] if block.text]
    if board is None or any(board_named(text) for text in opening):
        return []
    # ("Cobblegate Hacklab — Board meeting" on the page under a title of "Cobblegate Hacklab board meeting": the
    # page names the body its own way, and its heading is read as it stands.)
    name = board.rsplit(maxsplit=1)[0].lower() if " " in board else ""
    if name and any(name in text.lower() for text in opening):
        return []
    return [Block(HEADING, board, level=1)]
