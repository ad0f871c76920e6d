"""Turning minutes files (.txt, .md, .html, .docx, .pdf) into a `Document` and its text.

Each format is read by the parser made for it (see `minutes.document`); every input has
a size bound and is refused past it in one line. Word tables become one line per row
with cells joined by a tab, in document order, so the reader sees a What/Who/When table
exactly as it sees one in a text file. PDF pages are joined by a form feed so the reader
can recognise running headers.
"""

from __future__ import annotations

from pathlib import Path

from minutes.document import Document, from_text
from minutes.errors import MinutesFileError

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
_TEXT_ENCODINGS = ("utf-8-sig", "cp1252")
# Minutes run to tens of pages; these bounds are far above any real set and keep a
# hostile file's cost to a second or two of CPU and a few tens of MB of memory.
MAX_TEXT_BYTES = 4 * 1024 * 1024
MAX_HTML_BYTES = 8 * 1024 * 1024
MAX_PDF_BYTES = 30 * 1024 * 1024
MAX_PDF_PAGES = 400
MAX_PDF_TEXT = 4 * 1024 * 1024


def extract_text(path: Path) -> str:
    """The text of a minutes file laid out as lines for the reader; raises
    MinutesFileError when there is none to read or the file is past its bound."""
    text = extract_document(path).text()
    if not text.strip():
        raise MinutesFileError(f"{Path(path).name} has no text in it.")
    return text


def extract_document(path: Path) -> Document:
    """The document a minutes file holds, read with its format's parser."""
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
    size = path.stat().st_size
    if size == 0:
        raise MinutesFileError(f"{path.name} is empty.")
    if suffix == ".docx":
        from minutes.docx_doc import read_docx

        return read_docx(path)
    if suffix == ".pdf":
        return from_text(_pdf_text(path, size))
    bound = MAX_HTML_BYTES if suffix in (".html", ".htm") else MAX_TEXT_BYTES
    if size > bound:
        raise MinutesFileError(f"{path.name} is {_mb(size)}; minutes files of this kind are read up to {_mb(bound)}.")
    text = _plain_text(path)
    if suffix == ".md":
        from minutes.markdown_doc import read_markdown

        return read_markdown(text)
    if suffix in (".html", ".htm"):
        from minutes.html_doc import read_html

        return read_html(text)
    return from_text(text)


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


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


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


def _pdf_text(path: Path, size: int) -> str:
    if size > MAX_PDF_BYTES:
        raise MinutesFileError(f"{path.name} is {_mb(size)}; PDF minutes are read up to {_mb(MAX_PDF_BYTES)}.")
    from pypdf import PdfReader

    from minutes.pdf_tables import with_tables

    pages: list[str] = []
    length = 0
    try:
        reader = PdfReader(str(path))
        if len(reader.pages) > MAX_PDF_PAGES:
            raise MinutesFileError(f"{path.name} has {len(reader.pages)} pages; minutes are read up to "
                                   f"{MAX_PDF_PAGES}.")
        for page in reader.pages:
            text = with_tables(page.extract_text() or "", lambda page=page: page.extract_text(extraction_mode="layout"))
            length += len(text)
            if length > MAX_PDF_TEXT:
                raise MinutesFileError(f"{path.name} holds more than {_mb(MAX_PDF_TEXT)} of text; "
                                       "that is too much for minutes.")
            pages.append(text)
    except MinutesFileError:
        raise
    except Exception:  # noqa: BLE001 - pypdf fails many ways on a damaged file; each is the same to the reader
        raise MinutesFileError(f"{path.name} is not a readable PDF (it looks damaged).") from None
    text = "\n\f\n".join(pages)
    if not text.replace("\f", "").strip():
        raise MinutesFileError(
            f"{path.name} has no text to read: it may be a scan, which needs OCR first."
        )
    return text
