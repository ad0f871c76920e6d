"""docs/benchmarks.md, where each bench writes its latest results between its own markers."""

from __future__ import annotations

from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def write_section(name: str, text: str, heading: str) -> None:
    """Put `text` between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`. Everything outside the
    markers (the notes written by hand included) stays as it is; a file without the markers gets
    them at its end, under `heading` (a whole markdown heading line)."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n"
    block = f"{start}\n{text.rstrip()}\n{end}"
    if start in doc and end in doc:
        before, rest = doc.split(start, 1)
        doc = before + block + rest.split(end, 1)[1]
    else:
        doc = f"{doc.rstrip()}\n\n{heading}\n\n{block}\n"
    DOC.write_text(doc, encoding="utf-8")
