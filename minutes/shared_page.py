"""Minutes copied from a document-sharing site's page, without the site's furniture.

Sites that host uploaded PDFs show each document as a web page: a description that runs the whole
first page into one paragraph, the title again, the site's buttons and counters ("Upload", "View",
"Download", "Embed Size (px)", "Citation preview", "TRANSCRIPT", "1 views", "Post on 14-Jul-2020"),
and then the text itself, page by page, each page under a caption that repeats the title ("Page 1:
<title> · <snippet>"). Read as minutes, the description is a second, flattened copy of the first page
that the header and the attendance read before the real one, and the captions are titles in the body.
What the site adds is dropped here: everything down to the first page's caption (when the site's own
words stand above it), and every later page's caption; unless the site shows less of the pages than its
description holds, when the description is the copy kept.
"""

from __future__ import annotations

import re

# "Page 1: NORTHERN IRELAND POLICING BOARD MINUTES ...", "Page 2: PGB-15-47 Joint Quality ...": a page's caption.
_CAPTION = re.compile(r"^\s*+page\s++(?P<number>\d{1,4})\s*+:\s*+\S", re.IGNORECASE)
# The site's own words: buttons, counters and labels, each a line of its own (a bullet allowed before it).
_SITE_WORDS = re.compile(
    r"^\s*+(?:[•·*-]\s*+)?(?:upload(?:\s*+:.*)?|view|download|embed\s+size\s*+\(px\)|citation\s+preview|transcript"
    r"|\d{1,9}\s+(?:views?|downloads?)|post(?:ed)?\s+on\s+\S.{0,30}|category\s*+:)\s*+$",
    re.IGNORECASE,
)
# (The site's words stand near the top: the description and the title come first, then the buttons.)
_SITE_TOP = 60
_SITE_WORDS_NEEDED = 2
_LONGEST_WORD_LINE = 60


def without_site_furniture(lines: list[str]) -> list[str]:
    """The lines without a document-sharing site's description, buttons and page captions: unchanged unless
    at least two of the site's own words ("Upload", "Embed Size (px)", "TRANSCRIPT") stand above a first
    page's caption near the top."""
    words = 0
    for index, line in enumerate(lines[:_SITE_TOP]):
        if len(line) <= _LONGEST_WORD_LINE and _SITE_WORDS.match(line):
            words += 1
            continue
        caption = _CAPTION.match(line)
        if caption is not None and caption["number"] == "1" and words >= _SITE_WORDS_NEEDED:
            pages = [line for line in lines[index + 1:] if not _CAPTION.match(line)]
            description = max(lines[:index], key=len)
            # (A site may show only the start of the pages, cut off mid-name: then the description, the whole
            # first page run into one paragraph, is the fuller copy, and is read alone.)
            return pages if sum(map(len, pages)) >= len(description) else [description]
    return lines
