"""Turning minutes files (.txt, .md, .docx, .pdf) into plain text.

Word tables become one line per row with cells joined by a tab, in document order,
so the reader sees a What/Who/When table exactly as it sees one in a text file.
PDF pages are joined by a form feed so the reader can recognise running headers.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from minutes.errors import MinutesFileError

SUPPORTED = (".txt", ".md", ".docx", ".pdf")
_TEXT_ENCODINGS = ("utf-8-sig", "cp1252")
MAX_UNPACKED = 100 * 1024 * 1024


def extract_text(path: Path) -> str:
    """The text of a minutes file; raises MinutesFileError when there is none to read."""
    path = Path(path)
    if not path.exists():
        raise MinutesFileError(f"{path} does not exist.")
    if path.is_dir():
        raise MinutesFileError(f"{path} is a folder, not a minutes file.")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise MinutesFileError(
            f"{path.name} is not a minutes file I can read: use {', '.join(SUPPORTED)}."
        )
    if path.stat().st_size == 0:
        raise MinutesFileError(f"{path.name} is empty.")
    reader = {".txt": _plain_text, ".md": _plain_text, ".docx": _docx_text, ".pdf": _pdf_text}
    text = reader[suffix](path)
    if not text.strip():
        raise MinutesFileError(f"{path.name} has no text in it.")
    return text


def minutes_paths(paths: list[Path]) -> list[Path]:
    """The minutes files named, with each folder replaced by the files inside it (sorted)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.exists():
            raise MinutesFileError(f"{path} does not exist.")
        if path.is_dir():
            inside = sorted(
                child for child in path.iterdir()
                if child.is_file() and child.suffix.lower() in SUPPORTED
            )
            if not inside:
                raise MinutesFileError(
                    f"{path} holds no minutes files ({', '.join(SUPPORTED)})."
                )
            found.extend(inside)
        else:
            found.append(path)
    return found


def _plain_text(path: Path) -> str:
    data = path.read_bytes()
    # A NUL byte never appears in a text file but always in Word, PDF or image bytes.
    if b"\x00" in data:
        raise MinutesFileError(f"{path.name} is not a text file (it holds binary data).")
    for encoding in _TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise MinutesFileError(f"{path.name} is not readable text (unknown encoding).")


def _docx_text(path: Path) -> str:
    # Imported here so that reading .txt minutes never pays for python-docx.
    import docx
    from docx.table import Table

    if not zipfile.is_zipfile(path):
        raise MinutesFileError(f"{path.name} is not a real Word document (.docx).")
    with zipfile.ZipFile(path) as archive:
        unpacked = sum(entry.file_size for entry in archive.infolist())
    if unpacked > MAX_UNPACKED:  # a small file that unpacks to gigabytes is an attack, not minutes
        raise MinutesFileError(f"{path.name} unpacks to {unpacked // 1024 // 1024} MB; that is too big for minutes.")
    try:
        document = docx.Document(str(path))
    except Exception:  # noqa: BLE001 - python-docx and lxml fail many ways on a damaged file
        raise MinutesFileError(f"{path.name} is not a real Word document (.docx).") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans: keep it once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell))
        lines.append("\t".join(cells))
    return lines


def _cell_text(cell) -> str:
    """A cell on one line. Lines of their own in a cell ("Jo Bright" over "Raj Khanna",
    or two steps of one action) are kept apart by "; " rather than run together, which
    would make two owners read as one name."""
    parts = [" ".join(part.split()) for part in cell.text.split("\n")]
    return "; ".join(part.rstrip(";") for part in parts if part)


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception:  # noqa: BLE001 - pypdf fails many ways on a damaged file; each is the same to the reader
        raise MinutesFileError(f"{path.name} is not a readable PDF (it looks damaged).") from None
    text = "\n\f\n".join(pages)
    if not text.replace("\f", "").strip():
        raise MinutesFileError(
            f"{path.name} has no text to read: it may be a scan, which needs OCR first."
        )
    return text
