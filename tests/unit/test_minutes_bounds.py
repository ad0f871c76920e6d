"""Every minutes file has a size and cost bound: past it, one clear line, quickly and in little memory.

Each hostile file is built here (never committed) and read in a fresh Python process whose
peak memory `resource.getrusage` reports."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PEAK_LIMIT_MB = 300
# The reader's own peak: Linux carries getrusage's ru_maxrss across fork and exec, so a probe started
# by a large test process would report that process's size; the new address space's high-water mark
# (VmHWM) starts afresh at exec. Both are read, and the probe's own is the smaller where they differ.
_PROBE = """
import json, resource, sys
from minutes import MinutesFileError, extract_text
try:
    extract_text(sys.argv[1])
    outcome = "read"
except MinutesFileError as error:
    outcome = str(error)
inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
status = open("/proc/self/status").read().split("VmHWM:")
own = int(status[1].split()[0]) / 1024 if len(status) > 1 else inherited
print(json.dumps({"outcome": outcome, "peak_mb": min(own, inherited)}))
"""
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def read_elsewhere(path: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def empty_paragraphs_docx(path: Path, megabytes: int) -> Path:
    """A small .docx whose document.xml unpacks to `megabytes` of empty paragraphs."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w") as stream:
            stream.write(f"<w:document {_W}><w:body>".encode())
            chunk = b"<w:p/>" * 100_000
            for _ in range(megabytes * 1024 * 1024 // len(chunk)):
                stream.write(chunk)
            stream.write(b"</w:body></w:document>")
    return path


def test_a_docx_of_many_empty_paragraphs_is_refused_in_one_line_and_little_memory(tmp_path):
    found = read_elsewhere(empty_paragraphs_docx(tmp_path / "paragraphs.docx", 6))
    assert "paragraphs; that is too big for minutes" in found["outcome"]
    assert found["peak_mb"] < PEAK_LIMIT_MB


@pytest.mark.slow
def test_a_291_kb_docx_holding_95_mb_of_empty_paragraphs_is_refused_under_300_mb(tmp_path):
    bomb = empty_paragraphs_docx(tmp_path / "bomb.docx", 95)
    assert bomb.stat().st_size < 1024 * 1024
    found = read_elsewhere(bomb)
    assert "too big for minutes" in found["outcome"] and found["peak_mb"] < PEAK_LIMIT_MB


def test_a_docx_of_deeply_nested_elements_is_refused_by_its_element_count(tmp_path):
    path = tmp_path / "nested.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        run = "<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>x</w:t></w:r>" * 200_000
        archive.writestr("word/document.xml", f"<w:document {_W}><w:body><w:p>{run}</w:p></w:body></w:document>")
    found = read_elsewhere(path)
    assert "XML elements; that is too big for minutes" in found["outcome"] and found["peak_mb"] < PEAK_LIMIT_MB


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf"])
def test_text_markdown_html_and_pdf_past_their_size_are_refused_in_one_line(tmp_path, suffix):
    from minutes import files

    path = tmp_path / f"huge{suffix}"
    bound = {".txt": files.MAX_TEXT_BYTES, ".md": files.MAX_TEXT_BYTES, ".html": files.MAX_HTML_BYTES,
             ".pdf": files.MAX_PDF_BYTES}[suffix]
    with path.open("wb") as stream:
        stream.truncate(bound + 1)  # a sparse file: its size without its bytes
    found = read_elsewhere(path)
    assert "read up to" in found["outcome"] and "\n" not in found["outcome"]
    assert found["peak_mb"] < PEAK_LIMIT_MB


@pytest.mark.slow
def test_a_50_mb_text_file_is_refused_at_once_in_little_memory(tmp_path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"ACTION: Jo Bloggs to write the report by 1 May 2015.\n" * 1_000_000)
    found = read_elsewhere(path)
    assert "read up to" in found["outcome"] and found["peak_mb"] < PEAK_LIMIT_MB
