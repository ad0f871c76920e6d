"""HTML minutes (ModernGov and council web pages) into a `Document`, read with lxml's
HTML parser: headings, paragraphs, nested lists, tables with their header rows.

Pages exported from editors are read as those editors write them: bold and italic set
by a style sheet (Google Docs, Word's web pages), task lists marked by class or box
(Confluence, Notion, OneNote, GitHub), a person's mention or chip opening a task, a date
chip in a task. A site's navigation is not read, nor a link's file type and size, nor
the agenda text an "agenda and minutes" page prints before each item's minutes."""

from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree, html

from minutes.action_tables import SETS_WORK, table_columns
from minutes.attendance_headings import attendance_label
from minutes.page_title import page_title_blocks
from minutes.scribe_html import is_scribe_page, tidy_scribe_blocks
from minutes.document import HEADING, ITEM, PARAGRAPH, TABLE, Block, Document, cell_text, checkbox
from minutes.emphasis_marks import BOLD, ITALIC, STRUCK

_SKIPPED = {"script", "style", "noscript", "head", "template", "svg", "button", "select", "form", "iframe"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {"p", "div", "section", "article", "main", "body", "blockquote", "header", "footer", "aside",
           "dl", "dt", "dd", "figure", "center", "address", "fieldset", "html", "details", "summary", "pre"}
_EMPHASIS = {"em", "i", "strong", "b", "u"}
_NUMBERED_TITLE = re.compile(r"^(?:item\s+)?\d{1,3}(?:\.\d{1,2})?[.)]?\s+[A-Za-z]", re.IGNORECASE)
_TITLE_WORDS = 12
_MINUTES_LABEL = re.compile(r"^\s*minutes\s*:\s*$", re.IGNORECASE)
_FILE_SIZE = re.compile(r"\b(?:pdf|docx?|xlsx?|pptx?|odt|rtf|csv) \d{1,6}(?:\.\d{1,3})? ?[kKmM]B$", re.IGNORECASE)
_FILE_LINK_CHARS = 200
# A column heading naming the actions ("Actions", "Action items", "Actions: Responsible").
_ACTIONS_HEADING = re.compile(r"^\s*actions?\b", re.IGNORECASE)
# Elements that hold a site's navigation or a table of contents.
_CONTAINERS = {"div", "ul", "ol", "section", "aside", "header", "footer", "menu", "table", "p"}
_ITEM_NUMBER = re.compile(r"^(?:item\s+)?\d{1,3}(?:\.\d{1,2})?[.)]?$", re.IGNORECASE)


# XHTML pages (W3C's scribe minutes, many exports) open with an XML declaration naming their
# encoding, which lxml refuses in text that is already decoded; the page after it is plain HTML.
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]{0,200}\?>")


def read_html(text: str) -> Document:
    """The document an HTML page describes."""
    document = Document()
    read_html_into(text, document)
    return document


def read_html_into(text: str, document: Document) -> None:
    """Add the blocks of an HTML text (a page or a fragment) to `document`."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return
    start = len(document.blocks)
    _Walker(document, _emphasis_classes(root), _marked_classes(root)).block(root, depth=0)
    document.blocks[start:start] = page_title_blocks(root, document.blocks[start:])
    if is_scribe_page(root):
        document.blocks[start:] = tidy_scribe_blocks(document.blocks[start:])


# Bold or italic set by style rather than by <b>/<i>: Google Docs and Word's "Save as web
# page" write <span class="c3"> with ".c3{font-weight:700}" in the page's style sheet, or
# the style on the span itself.
_EMPHATIC_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b|font-style\s*:\s*italic\b", re.IGNORECASE)
_CLASS = re.compile(r"^\.[\w-]+$")
_MAX_STYLE = 200_000


# Which kind of mark a tag or a style sets (`Block.marks`): italics, bold or strike-through.
_MARK_TAGS = {"em": ITALIC, "i": ITALIC, "strong": BOLD, "b": BOLD, "s": STRUCK, "del": STRUCK, "strike": STRUCK}
_MARK_STYLES = ((ITALIC, re.compile(r"font-style\s*:\s*italic\b", re.IGNORECASE)),
                (BOLD, re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.IGNORECASE)),
                (STRUCK, re.compile(r"text-decoration(?:-line)?\s*:[^;]{0,60}?\bline-through\b", re.IGNORECASE)))


def _marked_classes(root) -> dict[str, str]:
    """The classes a page's style sheets set in italics, bold or struck through, and which."""
    found: dict[str, str] = {}
    for style in root.iter("style"):
        for rule in (style.text or "")[:_MAX_STYLE].split("}"):
            selectors, brace, body = rule.partition("{")
            if not brace:
                continue
            kind = next((kind for kind, pattern in _MARK_STYLES if pattern.search(body)), None)
            if kind:
                found.update((name.strip()[1:], kind) for name in selectors.split(",") if _CLASS.match(name.strip()))
    return found


def _emphasis_classes(root) -> frozenset[str]:
    """The classes a page's style sheets make bold or italic (simple ".name{...}" rules only)."""
    found: set[str] = set()
    for style in root.iter("style"):
        for rule in (style.text or "")[:_MAX_STYLE].split("}"):
            selectors, brace, body = rule.partition("{")
            if brace and _EMPHATIC_STYLE.search(body):
                found.update(name.strip()[1:] for name in selectors.split(",") if _CLASS.match(name.strip()))
    return frozenset(found)


class _Walker:
    def __init__(self, document: Document, emphatic: frozenset[str] = frozenset(),
                 marked: dict[str, str] | None = None) -> None:
        self.document = document
        self.emphatic = emphatic
        self.marked = marked or {}
        self.parts: list[str] = []
        self.emphasis: list[str] = []
        self.marks: list[tuple[str, str]] = []  # the block's italic, bold and struck phrases (`Block.marks`)
        self.people: list[str] = []  # the block's person links ("@mentions", mailto chips)
        self.in_task = False

    def _emphatic(self, element, tag: str) -> bool:
        if tag in _EMPHASIS:
            return True
        if tag != "span":
            return False
        if _EMPHATIC_STYLE.search(element.get("style") or ""):
            return True
        return bool(self.emphatic) and any(name in self.emphatic for name in (element.get("class") or "").split())

    def _mark_kind(self, element, tag: str) -> str | None:
        """Whether an inline element sets its words in italics, bold or struck through, by its tag
        ("em", "b", "del"), its own style or a class the page's style sheet gives that style."""
        if tag in _MARK_TAGS:
            return _MARK_TAGS[tag]
        style = element.get("style") or ""
        if style:
            for kind, pattern in _MARK_STYLES:
                if pattern.search(style):
                    return kind
        if self.marked:
            return next((self.marked[name] for name in (element.get("class") or "").split() if name in self.marked),
                        None)
        return None

    def flush(self, kind: str = PARAGRAPH, level: int = 0, marker: str = "") -> None:
        # A line end in the page's source is a space, as a browser shows it ("ACTION: Owen" over "Tallis
        # would ..."); a break (<br>, a preformatted line) parts lines.
        text = "".join(self.parts).replace("\n", " ").replace(_BREAK, "\n")
        if kind == ITEM and self.people and _TASK_BOX.match(text):
            text = _owner_first(text, self.people[0])
        self.parts, emphasis, marks = [], tuple(self.emphasis), tuple(self.marks)
        self.emphasis, self.people, self.marks = [], [], []
        if text.strip():
            self.document.add(Block(kind, text, level=level, marker=marker, emphasis=emphasis, marks=marks))

    def block(self, element, depth: int) -> None:
        """Walk a block-level element: its text runs into paragraphs, its children in order."""
        if element.text:
            self.parts.append(element.text)
        children = list(element)
        index = scanned = 0
        while index < len(children):
            # (Boxes already looked at and found no table are not looked at again: linear however many.)
            end, rows = _positioned_rows(children, index) if index >= scanned else (index, [])
            if rows:
                self.flush()
                self.document.add(Block(TABLE, rows=tuple(rows)))
                index = end
                continue
            scanned = max(scanned, end)
            child = children[index]
            self.child(child, depth)
            if child.tail:
                self.parts.append(child.tail)
            index += 1

    def child(self, child, depth: int) -> None:
        tag = child.tag if isinstance(child.tag, str) else ""
        tag = tag.lower()
        if not tag or tag in _SKIPPED or _is_navigation(child, tag):
            return
        if tag in _HEADINGS:
            self.flush()
            # A heading broken with <br> ("Care Board<br>Quality Committee") is two lines.
            for br in child.iter("br"):
                br.tail = _BREAK + (br.tail or "")
            self.parts.append(child.text_content())
            self.flush(HEADING, _HEADINGS[tag])
        elif tag in ("ul", "ol", "menu"):
            self.flush()
            self.list(child, depth, ordered=tag == "ol")
        elif tag == "table":
            self.flush()
            self.table(child)
        elif tag == "dl":
            self.flush()
            self.definitions(child, depth)
        elif tag == "br":
            self.parts.append(_BREAK)
        elif tag == "input":
            if (child.get("type") or "").lower() == "checkbox":
                self.parts.append(f"{checkbox(child.get('checked') is not None)} ")
        elif tag == "a" and _file_link(child.text_content()):
            # "Report PDF 310 KB": a link to a file names it, then its type and size (page chrome).
            self.parts.append(_FILE_SIZE.sub("", " ".join(child.text_content().split())).rstrip())
        elif tag == "a" and _is_person_link(child):
            start = len(self.parts)
            self.block(child, depth)
            person = " ".join("".join(self.parts[start:]).split())
            if person:
                self.people.append(person)
        elif tag == "time" and self.in_task:
            # A date in a task (Confluence's date chip) is when the task is due; a date chip's "@"
            # (Notion's "@March 31, 2026") is no part of the date.
            self.parts.append(" by ")
            start = len(self.parts)
            self.block(child, depth)
            if start < len(self.parts):
                self.parts[start] = self.parts[start].lstrip().removeprefix("@")
        elif tag == "time" and (child.text or "").lstrip().startswith("@"):
            self.parts.append(child.text.lstrip()[1:])
            self.block(_without_text(child), depth)
        elif tag in _CLASSED_BLOCKS and _class_says(child, _ACTION_CLASS) and _is_inline_block(child):
            # <div class="item-action">, <p class="action-point">: a block the page's own class names an action.
            self.flush()
            self.classed_action(child, depth)
        elif tag in ("p", "li") or tag in _BLOCKS:
            if tag == "pre":
                _keep_lines(child)
            self.flush()
            tagged = (child.get("data-tag") or "").lower()
            if tagged.startswith("to-do"):
                # OneNote marks a to-do paragraph with data-tag="to-do" (":completed" once ticked).
                self.parts.append(f"{checkbox(tagged.endswith(':completed'))} ")
            self.block(child, depth)
            self.flush()
        elif self._emphatic(child, tag):
            start = len(self.parts)
            self.block(child, depth)
            phrase = "".join(self.parts[start:]).strip()
            if phrase:
                self.emphasis.append(phrase)
                kind = self._mark_kind(child, tag)
                if kind:
                    self.marks.append((kind, phrase.replace(_BREAK, " ")))
        elif self._mark_kind(child, tag) == STRUCK:
            start = len(self.parts)
            self.block(child, depth)
            phrase = "".join(self.parts[start:]).strip()
            if phrase:
                self.marks.append((STRUCK, phrase.replace(_BREAK, " ")))
        else:
            self.block(child, depth)

    def classed_action(self, element, depth: int) -> None:
        """A block whose class names it an action, read as the "Action:" line minutes would write; with
        parts classed as its owner or due date ("<span class="action-owner">Clerk</span>"), as a row of an
        "Action | Owner | Due" table (the actions one after another its rows)."""
        before = len(self.document.blocks)
        task, owner, due = [], [], []
        for part in element.iter():
            if part is element or not isinstance(part.tag, str):
                continue
            if _class_says(part, _OWNER_CLASS):
                owner.append(" ".join(part.text_content().split()))
                _empty(part)
            elif _class_says(part, _DUE_CLASS):
                due.append(" ".join(part.text_content().split()))
                _empty(part)
        self.block(element, depth)
        task.append("".join(self.parts))
        self.parts = []
        words = " ".join(" ".join(task).split()).strip(" –—-:")
        if not words:
            self.flush()
            return
        self.emphasis, self.people, self.marks = [], [], []
        del self.document.blocks[before:]
        if not any(owner) and not any(due):
            self.document.add(Block(PARAGRAPH, words if re.match(r"^actions?\b", words, re.IGNORECASE) else f"Action: {words}"))
            return
        # Its task, owner and date are a log's row: the actions one after another are one table.
        row = (words, "; ".join(filter(None, owner)), "; ".join(filter(None, due)))
        last = self.document.blocks[-1] if self.document.blocks else None
        if last is not None and last.kind == TABLE and last.rows[:1] == (_CLASSED_HEADER,):
            self.document.blocks[-1] = replace(last, rows=(*last.rows, row))
        else:
            self.document.add(Block(TABLE, rows=(_CLASSED_HEADER, row), header_rows=1))

    def definitions(self, element, depth: int) -> None:
        """A definition list: a term naming who came ("Present", "Regrets") over its one-line
        definition ("Ann, Raj") is the line "Present: Ann, Raj" that minutes would write; other
        terms and definitions (a name over a post, a date) are paragraphs of their own."""
        term = None
        for child in element:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            name = " ".join(child.text_content().split()).rstrip(":") if tag == "dt" else ""
            if name and _is_inline(child) and attendance_label(f"{name}:"):
                term = name
                continue
            if tag == "dd" and term is not None and _is_inline(child):
                # IRC-kept rolls join a person's names with underscores ("Ann_Lee"): a space to a reader.
                people = " ".join(_JOINED_NAME.sub(" ", child.text_content()).split())
                self.document.add(Block(PARAGRAPH, f"{term}: {people}"))
                term = None
                continue
            if term is not None:
                self.document.add(Block(PARAGRAPH, term))
                term = None
            self.child(child, depth)
            if child.tail:
                self.parts.append(child.tail)
            self.flush()
        if term is not None:
            self.document.add(Block(PARAGRAPH, term))

    def list(self, element, depth: int, ordered: bool) -> None:
        start = element.get("start")
        number = int(start) if start and start.isdigit() else 1
        for item in element:
            if not isinstance(item.tag, str) or item.tag.lower() != "li":
                continue
            marker = f"{number}." if ordered else ""
            number += 1
            self.in_task = _is_task(element, item) or any(
                (box.get("type") or "").lower() == "checkbox" for box in item.iter("input"))
            if _is_task(element, item):
                self.parts.append(f"{checkbox(_ticked(item))} ")
            elif _struck_task(item):
                # "<li><s>Emeka to publish the report</s> (published 20 Jan)</li>": a task struck through is done.
                self.parts.append(f"{checkbox(True)} ")
            if item.text:
                self.parts.append(item.text)
            opened = False
            for child in item:
                tag = child.tag.lower() if isinstance(child.tag, str) else ""
                if tag in ("ul", "ol"):
                    self.flush(ITEM, depth, marker)
                    opened = True
                    self.list(child, depth + 1, ordered=tag == "ol")
                elif tag in ("p", "div") and not opened:
                    if not self.in_task and "".join(self.parts).strip() and "".join(child.itertext()).strip():
                        # "<li><strong>Footpaths</strong><p>The stile is broken ...</p></li>": the item's title,
                        # then its business in a paragraph of its own, not run into the title.
                        self.flush(ITEM, depth, marker)
                        opened = True
                    self.block(child, depth)
                else:
                    self.child(child, depth)
                if child.tail:
                    self.parts.append(child.tail)
            self.flush(ITEM if not opened else PARAGRAPH, depth, marker)
            self.in_task = False

    def table(self, element) -> None:
        banners, trailers = _banner_rows(element)
        for cell in banners:
            self.flush()
            self.block(cell, 0)
            self.flush()
        if _is_layout(element, len(banners)):
            self.layout_table(element, set(map(id, banners + trailers)))
        else:
            self.data_table(element, set(map(id, banners + trailers)))
        for cell in trailers:
            self.flush()
            self.block(cell, 0)
            self.flush()

    def data_table(self, element, banner_cells: set[int]) -> None:
        caption = next((child for child in element if isinstance(child.tag, str) and child.tag.lower() == "caption"), None)
        if caption is not None and caption.text_content().strip():
            # "<caption>Apologies</caption>": a table's title says what its rows are, as a heading over it would.
            self.document.add(Block(PARAGRAPH, " ".join(caption.text_content().split())))
        rows: list[tuple[str, ...]] = []
        row_marks: list[tuple[tuple[str, str], ...]] = []
        header_rows = 0
        spanned: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill) of a cell spanning rows
        for row in element.iter("tr"):
            if _owning_table(row) is not element:
                continue
            cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
            if not cells or id(cells[0]) in banner_cells:
                continue
            texts = _spread(cells, spanned)
            in_head = row.getparent() is not None and row.getparent().tag.lower() == "thead"
            if (in_head or all(cell.tag.lower() == "th" for cell in cells)) and header_rows == len(rows):
                header_rows += 1
            rows.append(texts)
            row_marks.append(tuple(mark for cell in cells for mark in self.cell_marks(cell)))
        self.document.add(Block(TABLE, rows=tuple(rows), header_rows=header_rows,
                                row_marks=tuple(row_marks) if any(row_marks) else ()))

    def cell_marks(self, cell) -> list[tuple[str, str]]:
        """A table cell's italic, bold and struck phrases by kind (`Block.marks`), in reading order: the
        outermost marked element of each, its words on one line as the cell's text has them."""
        found: list[tuple[str, str]] = []
        stack = list(reversed(cell))
        while stack and len(found) < _MOST_CELL_MARKS:
            element = stack.pop()
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            if not tag:
                continue
            kind = self._mark_kind(element, tag)
            if kind is None:
                stack.extend(reversed(element))
                continue
            phrase = " ".join(element.text_content().replace(_BREAK, " ").split())
            if phrase:
                found.append((kind, phrase))
        return found


    def _minutes_only(self, start: int) -> None:
        """An item printed with its agenda text (and its decision) before a "Minutes:" label,
        as council sites set "agenda and minutes" pages: the minutes are read, not the
        agenda's "To receive ..." nor the decision they repeat (the item's title stays)."""
        blocks = self.document.blocks
        labels = [i for i in range(start, len(blocks)) if _MINUTES_LABEL.match(blocks[i].text)]
        if not labels:
            return
        keep = blocks[start:start + 1] if labels[0] > start else []
        blocks[start:] = keep + blocks[labels[-1] + 1:]

    def layout_table(self, element, banner_cells: set[int] = frozenset()) -> None:
        """A table used for layout (ModernGov sets each item as a number cell beside a cell
        of paragraphs): its cells read as the blocks they hold, a number cell heading the item.
        A column headed "Actions" holds actions: each of its lines is read as one."""
        actions_at: set[int] = set()
        for row in element.iter("tr"):
            if _owning_table(row) is not element:
                continue
            cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
            if cells and id(cells[0]) in banner_cells:
                continue
            if len(cells) >= 2 and all(cell.tag.lower() == "th" for cell in cells):
                # The columns' headings ("Discussion | Actions: Responsible") are not minutes.
                actions_at = {i for i, cell in enumerate(cells) if _ACTIONS_HEADING.match(cell.text_content())}
                continue
            action_cells = {id(cells[i]) for i in actions_at if i < len(cells)}
            number = None
            first = " ".join(cells[0].text_content().split()) if cells else ""
            if len(cells) >= 2 and _ITEM_NUMBER.match(first):
                number = first.rstrip(".")
                cells = cells[1:]
            elif len(cells) >= 2 and _NUMBERED_TITLE.match(first) and len(first.split()) <= _TITLE_WORDS:
                # "1. Message from the Chair" in a cell of its own beside the item's notes: its heading.
                self.flush()
                self.document.add(Block(HEADING, first, level=3))
                cells = cells[1:]
            for index, cell in enumerate(cells):
                before = len(self.document.blocks)
                self.flush()
                self.block(cell, 0)
                self.flush()
                if number is not None and index == 0 and len(self.document.blocks) > before:
                    first = self.document.blocks[before]
                    self.document.blocks[before] = Block(HEADING, f"{number}. {first.text.strip()}", level=3)
                self._minutes_only(before)
                if id(cell) in action_cells:
                    self.document.blocks[before:] = [_as_action(block) for block in self.document.blocks[before:]]


# A PDF converted to HTML (pdf2htmlEX, pdftohtml) sets each run of text in a box of its own at
# its place on the page ("left:130px;top:396px"); a table's cells are boxes side by side.
_POSITION = re.compile(r"(?:^|;)\s*(?P<edge>top|bottom)\s*:\s*(?P<at>-?\d{1,6}(?:\.\d{1,3})?)(?:px|pt)?\s*(?:;|$)")
_LEFT = re.compile(r"(?:^|;)\s*left\s*:\s*(?P<at>-?\d{1,6}(?:\.\d{1,3})?)(?:px|pt)?\s*(?:;|$)")
_TABLE_ROWS = 2


def _position(element) -> tuple[str, float, float] | None:
    """Where a box is set on the page (its top or bottom edge, and its left), from its style."""
    if not isinstance(element.tag, str) or element.tag.lower() not in ("div", "p", "span"):
        return None
    style = element.get("style") or ""
    if "left" not in style:
        return None
    place, left = _POSITION.search(style), _LEFT.search(style)
    if not place or not left:
        return None
    return place["edge"], float(place["at"]), float(left["at"])


def _positioned_rows(children: list, start: int) -> tuple[int, list[tuple[str, ...]]]:
    """Rows of boxes set side by side at one height, from `start` on: a PDF's table as an HTML
    converter sets it (the header's boxes, then each row's, each at its own height), read as a
    table, each row's cells left to right. Two rows or more of two boxes or more; else none, and
    the first box not yet looked at."""
    rows: list[tuple[str, ...]] = []
    index = start
    while index < len(children):
        first = _position(children[index])
        if first is None:
            break
        end = index + 1
        while end < len(children) and (place := _position(children[end])) and place[:2] == first[:2]:
            end += 1
        if end - index < 2:
            break
        boxes = sorted(children[index:end], key=lambda box: _position(box)[2])
        rows.append(tuple(" ".join(box.text_content().split()) for box in boxes))
        index = end
    return (index, rows) if len(rows) >= _TABLE_ROWS else (max(index, start + 1), [])


_MAX_SPAN = 50
_MOST_CELL_MARKS = 50  # a cell's marked phrases looked at, at most (a cost bound)
_MAX_COLUMNS = 100  # a row laid out on the grid is at most this wide, however its cells span


def _span(cell, name: str) -> int:
    value = (cell.get(name) or "").strip()
    return min(int(value), _MAX_SPAN) if value.isdigit() and int(value) > 0 else 1


def _spread(cells: list, spanned: dict[int, tuple[str, int]]) -> tuple[str, ...]:
    """A row's cells laid out on the table's grid: a cell spanning rows ("rowspan", an owner over
    the two actions beside it) gives its text to each row it spans, in its column; one spanning
    columns ("colspan") fills the columns after it with nothing, so the columns stay in line."""
    texts: list[str] = []
    queue = list(cells)
    column = 0
    while (queue or column in spanned) and column < _MAX_COLUMNS:
        if column in spanned:
            text, left = spanned[column]
            texts.append(text)
            if left > 1:
                spanned[column] = (text, left - 1)
            else:
                del spanned[column]
            column += 1
            continue
        cell = queue.pop(0)
        text, rows, columns = _cell_text(cell), _span(cell, "rowspan"), _span(cell, "colspan")
        columns = min(columns, _MAX_COLUMNS - column)
        for offset in range(columns):
            texts.append(text if offset == 0 else "")
            if rows > 1:
                spanned[column + offset] = (text if offset == 0 else "", rows - 1)
        column += columns
    return tuple(texts)


def _as_action(block: Block) -> Block:
    """A line of an Actions column that sets someone work ("Group to reach out to ...") marked
    as the action it is; a note there ("None", "Deferred") stays a note."""
    if block.kind not in (PARAGRAPH, ITEM) or _ACTIONS_HEADING.match(block.text) or not SETS_WORK.search(block.text):
        return block
    return Block(PARAGRAPH, f"Action: {block.text.strip()}", emphasis=block.emphasis)


_JOINED_NAME = re.compile(r"(?<=[^\W\d_])_+(?=[^\W\d_])")


# Blocks a page may class as an action, and the class words that say so ("item-action", "action_point",
# "actionItem", "minutes-task"), or that a part of one is its owner or its due date.
_CLASSED_BLOCKS = {"div", "p", "li", "section", "aside"}
_CLASSED_HEADER = ("Action", "Owner", "Due")
_ACTION_CLASS = {"action", "actions", "actionitem", "actionpoint", "task", "todo"}
_OWNER_CLASS = {"owner", "responsible", "assignee", "who", "lead", "actionowner", "actionby", "person"}
_DUE_CLASS = {"due", "deadline", "duedate", "when", "timescale", "target", "targetdate"}
_CLASS_WORD = re.compile(r"[A-Za-z]+")


def _class_says(element, words: set[str]) -> bool:
    """Whether one of an element's class names is, or ends in, one of `words` ("item-action",
    "actionOwner", "minute_owner"); its last word is what it is, earlier ones what it belongs to."""
    for name in (element.get("class") or "").split()[:_MOST_CLASSES]:
        parts = [part.lower() for part in _CLASS_WORD.findall(re.sub(r"(?<=[a-z])(?=[A-Z])", "-", name))]
        if parts and (parts[-1] in words or "".join(parts[-2:]) in words):
            return True
    return False


_MOST_CLASSES = 20


def _is_inline_block(element) -> bool:
    """Whether a block holds one paragraph's worth: no lists, tables, headings or blocks of its own
    but spans, links and breaks."""
    return not any(isinstance(e.tag, str) and (e.tag.lower() in _HEADINGS or e.tag.lower() in (
        "ul", "ol", "table", "li", "p", "div", "section", "dl")) for e in element.iterdescendants())


def _empty(element) -> None:
    """An element's text taken out of the tree (its tail, the words after it, stays)."""
    for inner in list(element):
        element.remove(inner)  # (with its tail, words inside `element` too)
    element.text = None


def _is_inline(element) -> bool:
    """Whether an element holds only text and inline markup (no paragraphs, lists or tables)."""
    return not any(isinstance(e.tag, str) and (e.tag.lower() in _BLOCKS or e.tag.lower() in _HEADINGS
                                                or e.tag.lower() in ("ul", "ol", "table", "li", "br"))
                   for e in element.iterdescendants())


def _own_rows(table) -> list:
    """A table's own rows (not those of a table inside one of its cells)."""
    return [row for row in table.iter("tr") if _owning_table(row) is table]


def _row_cells(row) -> list:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]


def _banner_rows(table) -> tuple[list, list]:
    """The cells of the rows that open and close a table across its whole width: a page's title,
    roll or next meeting set in a layout grid's first and last rows, or a log's merged title row
    ("Actions arising from this meeting") over its column headings. They are the page's own
    blocks, read before and after the table, so that the row under them heads its columns."""
    rows = [_row_cells(row) for row in _own_rows(table)]
    rows = [cells for cells in rows if cells]
    width = max((sum(_span(cell, "colspan") for cell in cells) for cells in rows), default=0)
    if width < 2:
        return [], []

    def is_banner(cells: list) -> bool:
        return len(cells) == 1 and _span(cells[0], "colspan") >= width

    lead = 0
    while lead < len(rows) and is_banner(rows[lead]):
        lead += 1
    tail = len(rows)
    while tail > lead and is_banner(rows[tail - 1]):
        tail -= 1
    if tail == lead:
        return [], []  # (a table of nothing but full rows is read as it is)
    return [cells[0] for cells in rows[:lead]], [cells[0] for cells in rows[tail:]]


def _is_layout(table, skipped: int = 0) -> bool:
    """Whether a table lays out prose rather than holding data: a cell with several paragraphs,
    a list or a heading in it. A table headed as an action log ("Action | Owner | Due") holds
    data however many paragraphs its cells have (Word's web pages put each line in a <p>).
    The first `skipped` rows (its banner rows) are not its headings."""
    first = next(iter(_own_rows(table)[skipped:]), None)
    if first is not None:
        headings = [_cell_text(cell) for cell in first if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
        if table_columns("\t".join(headings)):
            return False
    for cell in table.iter("td", "th"):
        blocks = [child for child in cell if isinstance(child.tag, str)
                  and child.tag.lower() in ("p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table")]
        if len(blocks) >= 3 or any(b.tag.lower() in ("ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6") for b in blocks):
            return True
    return False


def _is_navigation(element, tag: str) -> bool:
    """Whether an element is the site's navigation (a <nav>, a menu, a breadcrumb trail, a
    table of contents): the page's chrome, not the minutes."""
    if tag == "nav":
        return True
    if tag not in _CONTAINERS:
        return False
    if (element.get("role") or "").lower() in ("navigation", "menubar"):
        return True
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    # A page's table of contents ("toc", Confluence's "toc-macro") repeats its headings too.
    return "breadcrumb" in names or "table-of-contents" in names or any(
        word == "toc" or word.startswith("toc-") for word in names.split())


def _file_link(text: str) -> bool:
    """Whether a link's words end with a file's type and size ("Appendix A PDF 88 KB")."""
    return len(text) <= _FILE_LINK_CHARS and bool(_FILE_SIZE.search(" ".join(text.split())))


def _is_person_link(element) -> bool:
    """Whether a link names a person: a user mention (Confluence, Teams, Loop) or a people
    chip that links to an e-mail address (Google Docs)."""
    names = f"{element.get('class') or ''} {element.get('data-type') or ''}".lower()
    return ("mention" in names or "userlink" in names or element.get("data-username") is not None
            or (element.get("href") or "").lower().startswith("mailto:"))


_TASK_BOX = re.compile(r"^\s*\[[ xX]\]\s*")
# Words that join a task's owner to its verb ("Sam to book"), which the reader already knows.
_LINKING = {"to", "will", "shall", "should", "would", "is", "are", "was", "were", "has", "have", "had", "and", "or",
            "may", "can", "could", "must", "agreed", "asked"}


def _owner_first(text: str, person: str) -> str:
    """A task entry that opens with a person's mention and then the plain verb ("[ ] Graham
    Farley give the panel access"), as "Owner: task", the form the reader knows; the owner
    runs on over names joined to the mention ("Teresa Kowalczyk and Connor Blaney carry out")."""
    box = _TASK_BOX.match(text)
    rest = text[box.end():].lstrip()
    if not rest.startswith(person):
        return text
    more = re.match(r"(?:\s*(?:,|&|\band\b)\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*", rest[len(person):])
    owner = person + more.group()
    after = rest[len(owner):].lstrip()
    verb = after.split(" ", 1)[0]
    if not verb[:1].islower() or verb.lower() in _LINKING:
        return text
    return f"{text[:box.end()]}{owner}: {after}"


def _keep_lines(element) -> None:
    """Preformatted text keeps its lines: its line ends marked as breaks."""
    for node in element.iter():
        if node.text:
            node.text = node.text.replace("\n", _BREAK)
        if node.tail and node is not element:
            node.tail = node.tail.replace("\n", _BREAK)


def _is_chip(element) -> bool:
    """Whether an inline element is a person's chip: a mention or a user property ("user", "mention")."""
    classes = (element.get("class") or "").lower().split()
    return "user" in classes or "mention" in classes or "user-mention" in classes


def _without_text(element):
    """The element's children, its own leading text dropped (read already)."""
    element.text = None
    return element


_STRUCK_TAGS = {"s", "del", "strike"}


def _struck_task(item) -> bool:
    """Whether a list entry opens with words struck through and goes on with words that are not
    (a note on the struck task: done)."""
    if (item.text or "").strip():
        return False
    first = next((child for child in item if isinstance(child.tag, str)), None)
    if first is None or first.tag.lower() not in _STRUCK_TAGS or not first.text_content().strip():
        return False
    after = (first.tail or "") + "".join(child.text_content() + (child.tail or "") for child in first.itersiblings())
    return bool(after.strip(" .;,-–—"))


def _is_task(listing, item) -> bool:
    """Whether a list item is an entry of a task list that marks its boxes by class, not by
    a checkbox of its own (Confluence's "inline-task-list", an exported "checklist")."""
    classes = f"{listing.get('class') or ''} {item.get('class') or ''}".lower()
    return ((any(word in classes for word in ("task", "checklist", "to-do", "todo"))
             or item.get("data-inline-task-id") is not None)
            and not any((box.get("type") or "").lower() == "checkbox" for box in item.iter("input")))


def _ticked(item) -> bool:
    """Whether a task list entry is ticked: by its class or status ("checked", "complete"), or
    a box inside it drawn ticked (Notion's "checkbox-on")."""
    classes = (item.get("class") or "").lower().split()
    status = (item.get("data-task-status") or item.get("data-inline-task-status") or "").lower()
    inner = any("checkbox-on" in (inside.get("class") or "").lower() for inside in item.iter())
    return inner or "checked" in classes or "complete" in classes or "done" in classes or status in (
        "complete", "done", "checked")


def _owning_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag.lower() != "table":
        parent = parent.getparent()
    return parent


_BREAK = "\ue000"  # (where a cell's own lines part, kept apart from the source's line ends: a private-use character)


def _cell_text(cell) -> str:
    """A cell on one line; its own lines (paragraphs, list items, breaks) kept apart by "; ". A line end
    in the page's source is a space, as a browser shows it ("ACTION: Shona" over "Mackie would ...")."""
    for br in cell.iter("br"):
        br.tail = _BREAK + (br.tail or "")
    for tag in ("p", "li", "div"):
        for inner in cell.iter(tag):
            inner.tail = _BREAK + (inner.tail or "")
    for inner in cell.iter("time"):
        if (inner.text or "").lstrip().startswith("@"):
            inner.text = inner.text.lstrip()[1:]  # (a date chip's "@")
    for inner in cell.iter("span", "a"):
        # People chips side by side in a cell (Notion's and Confluence's person properties) are one a line.
        if _is_chip(inner):
            inner.tail = _BREAK + (inner.tail or "")
    text = "".join(cell.itertext())
    if next(cell.iter("pre"), None) is not None:
        text = text.replace("\n", _BREAK)  # (preformatted text keeps its lines)
    return cell_text(text.replace("\n", " ").split(_BREAK))
