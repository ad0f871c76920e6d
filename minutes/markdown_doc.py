"""Markdown minutes into a `Document`, read with markdown-it-py's token stream (GFM
tables enabled, YAML front matter set aside by mdit-py-plugins); raw HTML blocks inside
the markdown go through the HTML reader.

Markdown written for (or converted by) pandoc is read as pandoc reads it: grid tables
(`minutes.grid_tables`), superscripts ("5^th^ March"), heading attributes ("# Budget
{#budget}") and "--" for a dash.
"""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.superscript import superscript_plugin

from minutes.document import HEADING, ITEM, PARAGRAPH, TABLE, Block, Document, cell_text
from minutes.emphasis_marks import BOLD, ITALIC, STRUCK
from minutes.grid_tables import grid_tables_plugin
from minutes.page_metadata import metadata_block
from minutes.when import find_date

_EMPHASIS = {"em_open": "em_close", "strong_open": "strong_close"}


def _parser() -> MarkdownIt:
    return (MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
            .use(front_matter_plugin).use(grid_tables_plugin).use(superscript_plugin))


_MARKDOWN = _parser()
# Pandoc's attributes closing a heading: "{#budget}", "{.unnumbered}", "{-}".
_HEADING_ATTRIBUTES = re.compile(r"(?<!\s)\s*\{[#.\-][^{}]*\}\s*$")  # (a run of blanks is tried once, from its start)
# Pandoc's dashes: "--" between spaces or figures is an en dash, "---" an em dash.
_DASHES = re.compile(r"(?:(?<=\s)|(?<=\d))(-{2,3})(?=\s|\d)")


# Front matter keys that list people, and the attendance heading each means.
_PEOPLE_KEYS = {"attendees": "Present", "attendance": "Present", "present": "Present", "participants": "Present",
                "members": "Present", "apologies": "Apologies", "regrets": "Apologies", "absent": "Absent"}
_FIELD_KEYS = {"time": "Time", "location": "Venue", "venue": "Venue", "where": "Venue",
               "when": "Date", "next_meeting": "Next meeting", "next meeting": "Next meeting"}
# A calendar entry's start and end ("start: 2026-02-08T15:00", "from: 2023-09-30 18:00:00 +1000"): the meeting's own
# date and times.
_START_KEYS = ("start", "begin", "starts", "from")
_END_KEYS = ("end", "ends", "finish", "to")
_MIDNIGHT = "00:00"
_ISO_MOMENT = re.compile(r"^\s*(?P<day>\d{4}-\d\d-\d\d)(?:[T ](?P<time>\d\d:\d\d))?")
# A person written as a mapping ("- name: Ann Cole / org: Westfold Council / role: Chair").
_PERSON_NAME = ("name", "person", "who")
_PERSON_DETAILS = ("organisation", "organization", "org", "affiliation", "company", "role", "title")
_FRONT_MATTER_BYTES = 64 * 1024
_FRONT_MATTER_PEOPLE = 500
# "**8****th** **May**", "*held on Thursday 21**st* *May*": a word whose runs a Word export bolded or
# italicised one by one (the ordinal's letters in a run of their own); the markers between the runs
# would otherwise stay inside the word and break its date.
_EMPTY_STRONG = re.compile(r"(?<=\w)\*{4}(?=\w)|(?<=\d)\*{2}(?=(?:st|nd|rd|th)\b)", re.IGNORECASE)
_TITLE_LENGTH = 200


def _front_matter(content: str, document: Document) -> None:
    """YAML front matter read with PyYAML as the date, time, place, next meeting and the
    attendance lists it stands for ("attendees:" as a list of "Name (Org)" strings, of
    name/organisation/role mappings, a flow list or one line); the rest (a page's title,
    its layout, its tags) is set aside. Every value is read as the text written (YAML's
    base schema), so "13:30" stays a time and "2026-01-20" a date as written."""
    try:
        data = yaml.load(content[:_FRONT_MATTER_BYTES], Loader=_YAML_LOADER)
    except yaml.YAMLError:
        return
    if isinstance(data, dict):
        _front_matter_fields(data, document)


def _front_matter_fields(data: dict, document: Document) -> None:
    """A page's metadata fields (YAML front matter, or the TOML and Pelican forms `page_metadata`
    reads) as the lines of the minutes they stand for."""
    _page_dates(data, document)
    for raw_key, value in data.items():
        key = str(raw_key).strip().lower()
        if key in _PEOPLE_KEYS:
            people = value if isinstance(value, list) else [] if isinstance(value, dict) else None
            line = value.strip() if isinstance(value, str) else ""
            document.add(Block(PARAGRAPH, f"{_PEOPLE_KEYS[key]}:{' ' + line if line else ''}"))
            for person in (people or [])[:_FRONT_MATTER_PEOPLE]:
                written = _person(person)
                if written:
                    document.add(Block(ITEM, written))
        elif key in _FIELD_KEYS and isinstance(value, str) and value.strip():
            document.add(Block(PARAGRAPH, f"{_FIELD_KEYS[key]}: {value.strip()}"))


def _page_dates(data: dict, document: Document) -> None:
    """The dates a page's front matter gives. A calendar entry's "start:" (and "end:") is the meeting's
    own date and time. A page's "title:" holding a date ("Board minutes - 8th June 2011") and its
    "date:" are the page's: a blog or site export dates a post when it was published, often weeks
    after the meeting, so both are written as "Page date:", which the header takes only when the
    minutes' own lines do not say when the meeting was held (the title's first: it names the meeting)."""
    fields = {str(key).strip().lower(): value for key, value in data.items() if isinstance(value, str)}
    start = next((_ISO_MOMENT.match(fields[key]) for key in _START_KEYS if key in fields), None)
    if start:
        end = next((_ISO_MOMENT.match(fields[key]) for key in _END_KEYS if key in fields), None)
        document.add(Block(PARAGRAPH, f"Date: {start['day']}"))
        if start["time"] and not (start["time"] == _MIDNIGHT and (end is None or end["time"] in (None, _MIDNIGHT))):
            # (A day written as a moment, "from: 2023-09-30 00:00:00", has no time of its own.)
            ends = f" - {end['time']}" if end and end["time"] and end["day"] == start["day"] else ""
            document.add(Block(PARAGRAPH, f"Time: {start['time']}{ends}"))
    title = fields.get("title", "").strip()
    if title and find_date(title[:_TITLE_LENGTH]):
        document.add(Block(PARAGRAPH, f"Page date: {title[:_TITLE_LENGTH]}"))
    if fields.get("date", "").strip():
        # ("2022-01-30T22:05:00Z": an ISO moment's day.)
        moment = _ISO_MOMENT.match(fields["date"])
        document.add(Block(PARAGRAPH, f"Page date: {moment['day'] if moment else fields['date'].strip()}"))


def _person(entry) -> str | None:
    """One person of a front matter list as a line of an attendance list."""
    if isinstance(entry, str):
        return entry.strip() or None
    if not isinstance(entry, dict):
        return None
    fields = {str(key).strip().lower(): value for key, value in entry.items() if isinstance(value, str)}
    name = next((fields[key].strip() for key in _PERSON_NAME if fields.get(key, "").strip()), None)
    details = ", ".join(fields[key].strip() for key in _PERSON_DETAILS if fields.get(key, "").strip())
    return f"{name} - {details}" if name and details else name


_YAML_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def read_markdown(text: str) -> Document:
    """The document a markdown text describes."""
    document = Document()
    metadata, text = metadata_block(text)
    if metadata:
        _front_matter_fields(metadata, document)
    tokens = _MARKDOWN.parse(_EMPTY_STRONG.sub("", text) if "**" in text else text)
    lists: list[list[int | None]] = []  # per open list: the next number, or None for bullets
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = token.attrGet("start")
            lists.append([int(start) if start is not None else 1] if kind == "ordered_list_open" else [None])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "heading_open":
            text, emphasis = _inline(tokens[index + 1])
            if "{" in text:  # (cheaply first: the pattern opens on a look back, tried at every place)
                text = _HEADING_ATTRIBUTES.sub("", text)
            document.add(Block(HEADING, text, level=int(token.tag[1:]), emphasis=emphasis,
                               marks=_inline_marks(tokens[index + 1])))
            index += 2
        elif kind == "paragraph_open" and tokens[index + 1].type == "inline":
            text, emphasis = _inline(tokens[index + 1])
            if lists and _first_in_item(tokens, index):
                if _struck_task(tokens[index + 1]):
                    # "- ~~Emeka to publish the annual report~~ (published 20 Jan)": an entry whose task is
                    # struck through, a note after it, is done, as a ticked box says.
                    text = f"[x] {text.lstrip()}"
                counter = lists[-1]
                marker = f"{counter[0]}." if counter[0] is not None else ""
                if counter[0] is not None:
                    counter[0] += 1
                document.add(Block(ITEM, text, level=len(lists) - 1, marker=marker, emphasis=emphasis,
                                   marks=_inline_marks(tokens[index + 1])))
            else:
                document.add(Block(PARAGRAPH, text, level=len(lists), emphasis=emphasis,
                                   marks=_inline_marks(tokens[index + 1])))
            index += 2
        elif kind == "table_open":
            index = _table(tokens, index, document)
        elif kind == "grid_table":
            rows = tuple(tuple(_cell(text) for text in row) for row in token.meta["rows"])
            document.add(Block(TABLE, rows=rows, header_rows=token.meta["header_rows"]))
        elif kind == "html_block":
            from minutes.html_doc import read_html_into

            read_html_into(token.content, document)
        elif kind == "front_matter":
            _front_matter(token.content, document)
        elif kind in ("fence", "code_block"):
            document.add(Block(PARAGRAPH, token.content))
        index += 1
    return document


def _first_in_item(tokens: list[Token], index: int) -> bool:
    """Whether the paragraph at `index` opens a list item (a later one continues it)."""
    back = index - 1
    while back >= 0 and tokens[back].hidden and tokens[back].type == "paragraph_open":
        back -= 1
    return back >= 0 and tokens[back].type == "list_item_open"


def _table(tokens: list[Token], index: int, document: Document) -> int:
    rows: list[tuple[str, ...]] = []
    row_marks: list[tuple[tuple[str, str], ...]] = []
    cells: list[str] = []
    marks: list[tuple[str, str]] = []
    header_rows = 0
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            cells, marks = [], []
        elif token.type == "inline":
            cells.append(cell_text(_inline(token)[0].split("\n")))
            # (A cell's own lines are joined into one: so are its marked phrases' words.)
            marks.extend((kind, " ".join(phrase.split())) for kind, phrase in _inline_marks(token))
        elif token.type == "tr_close":
            rows.append(tuple(cells))
            row_marks.append(tuple(marks))
        elif token.type == "thead_close":
            header_rows = len(rows)
        index += 1
    document.add(Block(TABLE, rows=tuple(rows), header_rows=header_rows,
                       row_marks=tuple(row_marks) if any(row_marks) else ()))
    return index


def _dash(found: re.Match) -> str:
    return "–" if len(found[1]) == 2 else "—"


def _cell(text: str) -> str:
    """A grid table cell's markdown as one line, its own lines kept apart by "; "."""
    inline = _MARKDOWN.parseInline(text)
    return cell_text(_inline(inline[0])[0].split("\n")) if inline else ""


def _struck_task(token: Token) -> bool:
    """Whether an inline token opens struck through, and words not struck follow (a note on it)."""
    children = [child for child in token.children or () if not (child.type == "text" and not child.content.strip())]
    if not children or children[0].type != "s_open":
        return False
    closing = next((at for at, child in enumerate(children) if child.type == "s_close"), None)
    return closing is not None and closing + 1 < len(children) and any(
        child.type == "text" and child.content.strip() for child in children[closing + 1:])


_MARK_OPENS = {"em_open": ITALIC, "strong_open": BOLD, "s_open": STRUCK}
_MARK_CLOSES = {"em_close": ITALIC, "strong_close": BOLD, "s_close": STRUCK}


# Inline HTML that marks words in markdown ("<i>Ann Lee</i>", "<del>Bo Ray</del>", a table cell's usual way).
_HTML_MARK = re.compile(r"<(?P<close>/?)(?P<tag>em|i|strong|b|s|del|strike)\s*>", re.IGNORECASE)
_HTML_MARK_KINDS = {"em": ITALIC, "i": ITALIC, "strong": BOLD, "b": BOLD, "s": STRUCK, "del": STRUCK, "strike": STRUCK}


def _html_mark(tag: str, opens: bool) -> str | None:
    """The kind of mark an inline HTML tag opens (or closes), or None."""
    found = _HTML_MARK.fullmatch(tag.strip())
    if found is None or bool(found["close"]) == opens:
        return None
    return _HTML_MARK_KINDS[found["tag"].lower()]


def _inline_marks(token: Token) -> tuple[tuple[str, str], ...]:
    """An inline token's italic ("*Ann*", "_Ann_"), bold ("**Ann**") and struck ("~~Ann~~") phrases,
    each with its kind, in reading order (`Block.marks`)."""
    marks: list[tuple[str, str]] = []
    parts: list[str] = []
    open_at: list[tuple[str, int]] = []
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind in _MARK_OPENS or kind == "html_inline" and _html_mark(child.content, opens=True):
            open_at.append((_MARK_OPENS.get(kind) or _html_mark(child.content, opens=True), len(parts)))
        elif (kind in _MARK_CLOSES or kind == "html_inline" and _html_mark(child.content, opens=False)) and open_at \
                and open_at[-1][0] == (_MARK_CLOSES.get(kind) or _html_mark(child.content, opens=False)):
            mark, start = open_at.pop()
            phrase = "".join(parts[start:]).strip()
            if phrase:
                marks.append((mark, phrase))
    # (Phrases are found in the text in the order they open: an outer mark's phrase before an inner one's.)
    return tuple(marks)


def _inline(token: Token) -> tuple[str, tuple[str, ...]]:
    """An inline token's text (soft and hard breaks kept as newlines, inline HTML tags
    dropped) and its emphasised phrases."""
    parts: list[str] = []
    emphasis: list[str] = []
    open_at: list[int] = []
    struck: list[int] = []
    for child in token.children or ():
        kind = child.type
        if kind == "text":
            content = child.content
            parts.append(_DASHES.sub(_dash, content) if "--" in content else content)
        elif kind == "code_inline":
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "html_inline":
            if child.content.lower().startswith("<br"):
                parts.append("\n")
        elif kind in _EMPHASIS:
            open_at.append(len(parts))
        elif kind in ("em_close", "strong_close") and open_at:
            start = open_at.pop()
            phrase = "".join(parts[start:]).strip()
            if phrase:
                emphasis.append(phrase)
        elif kind == "image":
            parts.append(child.content)
        elif kind in ("s_open", "s_close"):
            struck.append(len(parts))
    text = "".join(parts)
    if len(struck) == 2 and not "".join(parts[: struck[0]]).strip() and not "".join(parts[struck[1]:]).strip() and text.strip():
        # "~~Dariusz Wolak (@dwolak)~~": a line struck through whole, as notes strike out a member who
        # was not there, keeps its marks; struck words inside a line are read as they stand.
        text = f"~~{text.strip()}~~"
    return text, tuple(emphasis)
