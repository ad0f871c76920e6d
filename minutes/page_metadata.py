"""A page's metadata block written in the forms static-site generators use besides YAML front
matter (which markdown-it's plugin reads): TOML between "+++" lines (Hugo, Zola) and the
"Key: value" lines Pelican and MultiMarkdown put over a page's first blank line ("Title: Board
Meeting 2014-01-23" over "Date: 2010-12-03 10:20" over "Authors: ..."). Both are read into the
same mapping of fields YAML front matter gives, and set apart from the minutes' own text, so that
a page's posting date is not taken for a "Date:" line of the minutes."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, time

_TOML_FENCE = "+++"
_METADATA_BYTES = 64 * 1024
# A metadata line: a short key of letters, then a colon ("Title: ...", "save_as: ...").
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,20}(?: [A-Za-z][\w-]{0,20})?):[ \t]*(?P<value>.*)$")
# Keys only a publishing tool writes: with "Title:" first, they tell a page's metadata from a minutes'
# own "Date: / Time: / Venue:" lines at the top of a text.
_PUBLISHING_KEYS = {"author", "authors", "slug", "modified", "category", "categories", "tags", "summary",
                    "save_as", "url", "status", "lang", "template", "layout"}
_METADATA_LINES = 40


def metadata_block(text: str) -> tuple[dict | None, str]:
    """The fields of a TOML or Pelican-style metadata block opening `text`, and the text after it;
    (None, text) when the text opens with neither."""
    if text.startswith(_TOML_FENCE):
        return _toml(text)
    return _key_lines(text)


def _toml(text: str) -> tuple[dict | None, str]:
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].strip() != _TOML_FENCE:
        return None, text
    close = text.find(f"\n{_TOML_FENCE}", first_end, _METADATA_BYTES)
    if close < 0:
        return None, text
    after = text.find("\n", close + 1)
    try:
        data = tomllib.loads(text[first_end + 1:close])
    except tomllib.TOMLDecodeError:
        return None, text
    return {key: _as_text(value) for key, value in data.items()}, text[after + 1:] if after >= 0 else ""


def _as_text(value):
    """TOML's own dates and times as the text YAML's base schema would give ("2022-01-30")."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def _key_lines(text: str) -> tuple[dict | None, str]:
    lines = text[:_METADATA_BYTES].split("\n", _METADATA_LINES)
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[:_METADATA_LINES]):
        if not line.strip():
            break
        match = _FIELD.match(line)
        if match is None:
            return None, text
        fields.setdefault(match["key"].strip().lower(), match["value"].strip())
    else:
        return None, text
    if not fields or next(iter(fields)) != "title" or not _PUBLISHING_KEYS & fields.keys():
        return None, text
    return fields, text.split("\n", index + 1)[-1]
