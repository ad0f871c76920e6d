"""A numbered item whose minute runs on after its title and a colon or a spaced dash.

Small bodies type each minute as one paragraph: "8. Payments: Insurance - clerk to obtain
written confirmation ...", "14. Any Other Business - The Chairman thanked ... and the clerk
was instructed to write ...". The agenda reads the whole line as the item's heading; what
follows the short title is the minute's text, and the tasks in it are read as any other
paragraph's. (A title run on after a full stop is the agenda's own reading.)
"""

from __future__ import annotations

import re

# The item's number, a short title, then a colon or a spaced dash and the minute's text.
# (The title is bounded and holds no colon, so the lazy scan is tried a bounded number of times.)
_RUN_ON = re.compile(r"^\s*+\(?\d{1,3}(?:\.\d{1,2})?[.)]?\\?[.)]?\s+(?P<title>[A-Z][^:\t–—]{1,60}?)"
                     r"(?::|\s[-–—]\s)\s*(?P<rest>\S.*)$")
_TITLE_WORDS = 6
_REST_WORDS = 5


def colon_run_on(line: str) -> str | None:
    """The minute's text a numbered heading line runs on with after its short title and a
    colon or a spaced dash; None when the line is a heading alone or its title is long."""
    found = _RUN_ON.match(line) if ":" in line[:80] or " - " in line[:80] or "–" in line[:80] or "—" in line[:80] else None
    if found is None or len(found["title"].split()) > _TITLE_WORDS or len(found["rest"].split()) < _REST_WORDS:
        return None
    return found["rest"].strip()
