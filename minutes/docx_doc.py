"""Word minutes (.docx) into a `Document`, stream-parsed.

`word/document.xml` is read with lxml's `iterparse` straight from the archive, each
paragraph and table dropped from memory once read, and refused past a bound on its
XML elements and paragraphs: a small file can unpack to millions of empty paragraphs.
Styles give headings and list paragraphs their kind; `numbering.xml` says which
numbered paragraphs count 1, 2, 3 and which are bullets; tables keep one cell per
merged span and a cell's own lines apart. A list's numbers are drawn as Word draws
them ("1.", "1.1", "a)", from each level's text in `numbering.xml`), so items and the
points under them keep their numbers. Text boxes (a letterhead, a "DRAFT" stamp) are
left out, and headers and footers, in parts of their own, are never read.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from minutes.document import HEADING, ITEM, PARAGRAPH, TABLE, Block, Document, cell_text
from minutes.emphasis_marks import BOLD, ITALIC, STRUCK
from minutes.errors import MinutesFileError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_UNPACKED = 100 * 1024 * 1024
MAX_ELEMENTS = 500_000
MAX_PARAGRAPHS = 20_000
_MAX_PART = 5 * 1024 * 1024  # styles.xml and numbering.xml are read whole: they are small
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|kop)\s*(\d)$", re.IGNORECASE)
_OFF = {"0", "false", "off", "none"}
# A text box's content, as Word writes it twice: in a drawing shape and in the older VML fallback (mc:Fallback).
# Either holds a letterhead, a "DRAFT" stamp or a caption beside the minutes, read as no part of them.
_BOXES = (f"{W}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback")
_CONTENTS_STYLE = re.compile(r"^(?:toc\s*\d|toc heading|table of contents)", re.IGNORECASE)


@dataclass(frozen=True)
class _Level:
    """One level of a Word list: its number format ("decimal", "lowerLetter", "bullet"), the text
    its number is drawn in ("%1.%2", "%3)", "(%1)"; each %N the count at level N) and its first count."""

    fmt: str = "decimal"
    text: str | None = None
    start: int = 1


@dataclass
class _Numbering:
    """Which numbered lists count and which are bullets, and their running counts.

    A list (`w:num`) draws its levels from an abstract list; lists drawing from the same abstract list
    are one list to Word, whose count runs on across them ("1." "2." in one, "3." in the next), unless
    a list overrides a level's start (Word's "Restart numbering"), which gives it counts of its own."""

    formats: dict[tuple[str, int], _Level] = field(default_factory=dict)
    counters: dict[str, str] = field(default_factory=dict)  # list id -> whose counts it shares
    counts: dict[str, list[int]] = field(default_factory=dict)

    def marker(self, num_id: str, level: int) -> str:
        level = min(max(level, 0), 8)
        current = self.formats.get((num_id, level), _Level())
        counts = self.counts.setdefault(self.counters.get(num_id, num_id), [0] * 9)
        counts[level] = counts[level] + 1 if counts[level] else current.start
        for deeper in range(level + 1, 9):
            counts[deeper] = 0
        if current.fmt in ("bullet", "none"):
            return ""
        if current.text is None:
            return _drawn(current.fmt, counts[level], default=True)
        return _LEVEL_REFERENCE.sub(lambda found: self._drawn_level(num_id, int(found[1]) - 1, counts),
                                    current.text).strip()

    def _drawn_level(self, num_id: str, level: int, counts: list[int]) -> str:
        if not 0 <= level <= 8:
            return ""
        shown = self.formats.get((num_id, level), _Level())
        return _drawn(shown.fmt, counts[level] or shown.start)


_LEVEL_REFERENCE = re.compile(r"%([1-9])")


def _drawn(fmt: str, count: int, default: bool = False) -> str:
    """A count in a level's format: 3 as "3", "c", "C", "iii" or "III" (with `default`, as the reader
    lays out a list whose level gives no text: "3.", "(c)", "C.", "(iii)")."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (count - 1) % 26)
        if default:
            return f"({letter})" if fmt == "lowerLetter" else f"{letter.upper()}."
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        numeral = _roman(count)
        if default:
            return f"({numeral})"
        return numeral if fmt == "lowerRoman" else numeral.upper()
    return f"{count}." if default else str(count)


def read_docx(path: Path) -> Document:
    """The document a Word file holds; raises MinutesFileError on a damaged or oversized one."""
    if not zipfile.is_zipfile(path):
        raise MinutesFileError(f"{path.name} is not a real Word document (.docx).")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
            if unpacked > MAX_UNPACKED:  # a small file that unpacks to gigabytes is an attack, not minutes
                raise MinutesFileError(
                    f"{path.name} unpacks to {unpacked // 1024 // 1024} MB; that is too big for minutes.")
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise MinutesFileError(f"{path.name} is not a real Word document (.docx).")
            styles = _styles(archive) if "word/styles.xml" in names else {}
            numbering = _numbering(archive) if "word/numbering.xml" in names else _Numbering()
            with archive.open("word/document.xml") as stream:
                return _Reader(path.name, styles, numbering).read(stream)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError, EOFError):
        raise MinutesFileError(f"{path.name} is not a real Word document (.docx).") from None


def _part(archive: zipfile.ZipFile, name: str) -> etree._Element:
    if archive.getinfo(name).file_size > _MAX_PART:
        raise MinutesFileError(f"{name} in that Word file is too big for minutes.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(archive.read(name), parser)


def _styles(archive: zipfile.ZipFile) -> dict[str, tuple[str, str | None]]:
    """Style id to (lowercased name, the numbering id the style itself carries)."""
    found = {}
    for style in _part(archive, "word/styles.xml").iter(f"{W}style"):
        name = style.find(f"{W}name")
        num = style.find(f"{W}pPr/{W}numPr/{W}numId")
        found[style.get(f"{W}styleId", "")] = (
            (name.get(f"{W}val") if name is not None else style.get(f"{W}styleId", "")).lower(),
            num.get(f"{W}val") if num is not None else None,
        )
    return found


def _numbering(archive: zipfile.ZipFile) -> _Numbering:
    root = _part(archive, "word/numbering.xml")
    abstract: dict[str, dict[int, _Level]] = {}
    for definition in root.iter(f"{W}abstractNum"):
        abstract[definition.get(f"{W}abstractNumId", "")] = {
            int(level.get(f"{W}ilvl", "0")): _level(level) for level in definition.iter(f"{W}lvl")}
    numbering = _Numbering()
    for num in root.iter(f"{W}num"):
        num_id = num.get(f"{W}numId", "")
        ref = num.find(f"{W}abstractNumId")
        abstract_id = ref.get(f"{W}val", "") if ref is not None else ""
        levels = dict(abstract.get(abstract_id, {}))
        overrides = list(num.iter(f"{W}lvlOverride"))
        for override in overrides:
            at = int(override.get(f"{W}ilvl", "0"))
            start = override.find(f"{W}startOverride")
            own = override.find(f"{W}lvl")
            level = _level(own) if own is not None else levels.get(at, _Level())
            if start is not None:
                level = _Level(level.fmt, level.text, _int(start.get(f"{W}val"), level.start))
            levels[at] = level
        for level, drawn in levels.items():
            numbering.formats[(num_id, level)] = drawn
        numbering.counters[num_id] = num_id if overrides else f"abstract:{abstract_id}"
    return numbering


def _level(element) -> _Level:
    fmt = element.find(f"{W}numFmt")
    text = element.find(f"{W}lvlText")
    start = element.find(f"{W}start")
    return _Level(fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                  text.get(f"{W}val") if text is not None else None,
                  _int(start.get(f"{W}val")) if start is not None else 1)


def _int(value: str | None, default: int = 1) -> int:
    return int(value) if value and value.isdigit() and len(value) < 6 else default


class _Reader:
    def __init__(self, name: str, styles: dict[str, tuple[str, str | None]], numbering: _Numbering) -> None:
        self.name, self.styles, self.numbering = name, styles, numbering
        self.document = Document()
        # One entry per open table: its rows, the row being read, and the cells above (for vertical merges).
        self.tables: list[dict] = []

    def read(self, stream) -> Document:
        elements = paragraphs = boxes = 0
        events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                                 huge_tree=False)
        for event, element in events:
            if event == "start":
                elements += 1
                if elements > MAX_ELEMENTS:
                    raise MinutesFileError(f"{self.name} has more than {MAX_ELEMENTS:,} XML elements; "
                                           "that is too big for minutes.")
                if element.tag in _BOXES:
                    boxes += 1
                elif boxes:
                    continue
                elif element.tag == f"{W}tbl":
                    self.tables.append({"rows": [], "row": [], "above": {}, "header": 0, "marks": [], "row_marks": []})
                elif element.tag == f"{W}tr" and self.tables:
                    self.tables[-1]["row"], self.tables[-1]["row_marks"] = [], []
                continue
            tag = element.tag
            if tag in _BOXES:
                boxes -= 1
                continue
            if boxes:
                continue  # a text box's paragraphs are the page's furniture (a letterhead, a stamp), not the minutes
            if tag == f"{W}p":
                paragraphs += 1
                if paragraphs > MAX_PARAGRAPHS:
                    raise MinutesFileError(f"{self.name} has more than {MAX_PARAGRAPHS:,} paragraphs; "
                                           "that is too big for minutes.")
                if not self.tables:
                    self._paragraph(element)
                    _forget(element)
            elif tag == f"{W}tc" and self.tables:
                self._cell(element)
            elif tag == f"{W}tr" and self.tables:
                table = self.tables[-1]
                table["rows"].append(tuple(text for text, _ in table["row"]))
                table["marks"].append(tuple(table["row_marks"]))
                if element.find(f"{W}trPr/{W}tblHeader") is not None and table["header"] == len(table["rows"]) - 1:
                    table["header"] += 1
            elif tag == f"{W}tbl" and self.tables:
                table = self.tables.pop()
                if self.tables:
                    # A table inside a cell: its rows become lines of that cell.
                    self.tables[-1].setdefault("inner", []).extend("; ".join(filter(None, row)) for row in table["rows"])
                else:
                    self.document.add(Block(TABLE, rows=tuple(table["rows"]), header_rows=table["header"],
                                            row_marks=tuple(table["marks"]) if any(table["marks"]) else ()))
                    _forget(element)
        return self.document

    def _cell(self, cell) -> None:
        table = self.tables[-1]
        lines = []
        for paragraph in cell.iterchildren(f"{W}p", f"{W}sdt"):
            for p in ([paragraph] if paragraph.tag == f"{W}p" else paragraph.iter(f"{W}p")):
                text, _, marks = _paragraph_text(p)
                lines.extend(text.split("\n"))
                # (A cell's lines are joined into one: so are its marked phrases' words.)
                table["row_marks"].extend((kind, " ".join(phrase.split())) for kind, phrase in marks)
        lines.extend(table.pop("inner", []))
        column = sum(span for _, span in table["row"])
        span_element = cell.find(f"{W}tcPr/{W}gridSpan")
        span = int(span_element.get(f"{W}val", "1")) if span_element is not None else 1
        merge = cell.find(f"{W}tcPr/{W}vMerge")
        if merge is not None and merge.get(f"{W}val", "continue") == "continue" and column in table["above"]:
            text = table["above"][column]  # a vertically merged cell reads as the cell it continues
        else:
            text = cell_text(lines)
        table["above"][column] = text
        table["row"].append((text, span))

    def _paragraph(self, paragraph) -> None:
        text, emphasis, marks = _paragraph_text(paragraph)
        style_id = paragraph.find(f"{W}pPr/{W}pStyle")
        style_name, style_num = self.styles.get(style_id.get(f"{W}val", "") if style_id is not None else "",
                                                ("", None))
        if style_id is not None and not style_name:
            style_name = style_id.get(f"{W}val", "").lower()
        num_id_element = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
        level_element = paragraph.find(f"{W}pPr/{W}numPr/{W}ilvl")
        num_id = num_id_element.get(f"{W}val") if num_id_element is not None else style_num
        level = int(level_element.get(f"{W}val", "0")) if level_element is not None else 0
        heading = _HEADING_STYLE.match(style_name.replace("heading", "heading "))
        if _CONTENTS_STYLE.match(style_name):
            return  # a table of contents repeats the headings (with page numbers); they are read where they stand
        if style_name == "title":
            self.document.add(Block(HEADING, text, level=1, emphasis=emphasis))
        elif heading:
            marker = self.numbering.marker(num_id, level) if num_id and num_id != "0" else ""
            self.document.add(Block(HEADING, f"{marker} {text}".strip(), level=int(heading[1]), emphasis=emphasis))
        elif num_id and num_id != "0" or style_name.startswith("list"):
            marker = self.numbering.marker(num_id, level) if num_id and num_id != "0" else ""
            if not marker and "number" in style_name:
                marker = self.numbering.marker(f"style:{style_name}", level)
            if text.strip():
                self.document.add(Block(ITEM, text, level=level, marker=marker, emphasis=emphasis, marks=marks))
        else:
            self.document.add(Block(PARAGRAPH, text, emphasis=emphasis, marks=marks))


def _paragraph_text(paragraph) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A paragraph's text as Word shows it (tabs and line breaks kept), its italic or bold
    phrases, and its italic, bold and struck phrases by kind (`Block.marks`)."""
    parts: list[str] = []
    emphasis: list[str] = []
    phrase: list[str] = []
    marks: list[tuple[int, str, str]] = []
    marking: dict[str, tuple[int, list[str]]] = {}
    for box in [*paragraph.iter(*_BOXES)]:
        if box.getparent() is not None:
            box.getparent().remove(box)
    for run in paragraph.iter(f"{W}r"):
        properties = run.find(f"{W}rPr")
        emphasised = properties is not None and any(
            (flag := properties.find(f"{W}{name}")) is not None and flag.get(f"{W}val", "1") not in _OFF
            for name in ("i", "b")
        )
        run_text = []
        for child in run:
            if child.tag == f"{W}t":
                run_text.append(child.text or "")
            elif child.tag == f"{W}tab":
                run_text.append("\t")
            elif child.tag in (f"{W}br", f"{W}cr"):
                run_text.append("\n")
            elif child.tag == f"{W}noBreakHyphen":
                run_text.append("-")
            elif child.tag == f"{W}sym":
                run_text.append(_symbol(child))
        text = "".join(run_text)
        kinds = _run_kinds(properties) if properties is not None else ()
        if text.strip():
            for kind in [kind for kind in marking if kind not in kinds]:
                start, words = marking.pop(kind)
                marks.append((start, kind, "".join(words)))
        for kind in kinds:
            marking.setdefault(kind, (len(parts), []))[1].append(text)
        parts.append(text)
        if emphasised:
            phrase.append(text)
        elif text.strip() and phrase:
            emphasis.append("".join(phrase).strip())
            phrase = []
    if phrase and "".join(phrase).strip():
        emphasis.append("".join(phrase).strip())
    marks.extend((start, kind, "".join(words)) for kind, (start, words) in marking.items())
    return "".join(parts), tuple(e for e in emphasis if e), tuple(
        (kind, words.strip()) for _, kind, words in sorted(marks, key=lambda mark: mark[0]) if words.strip())


# Word's run properties for each kind of mark (`Block.marks`): italic, bold, single and double strike.
_RUN_MARKS = (("i", ITALIC), ("b", BOLD), ("strike", STRUCK), ("dstrike", STRUCK))


def _run_kinds(properties) -> tuple[str, ...]:
    kinds = []
    for name, kind in _RUN_MARKS:
        flag = properties.find(f"{W}{name}")
        if flag is not None and flag.get(f"{W}val", "1") not in _OFF and kind not in kinds:
            kinds.append(kind)
    return tuple(kinds)


# Word's Insert > Symbol writes a checklist's boxes as Wingdings characters (w:sym), not text.
_WINGDINGS = {0xA8: "☐", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"}


def _symbol(element) -> str:
    """The character a w:sym stands for, where it is one a checklist uses; else nothing."""
    if (element.get(f"{W}font") or "").strip().lower() != "wingdings":
        return ""
    try:
        code = int(element.get(f"{W}char") or "", 16)
    except ValueError:
        return ""
    return _WINGDINGS.get(code - 0xF000 if code >= 0xF000 else code, "")


def _forget(element) -> None:
    """Drop a read element and its earlier siblings so memory stays flat."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _roman(number: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out
