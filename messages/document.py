"""A message laid out without any platform's markup: headings, lines of text runs, and controls.

Teams cards, e-mail, the console and dry-run previews render this tree; the text in
it is raw (as people and files wrote it), and each renderer escapes it for its own
medium. Controls name a verb (messages.VERBS) and the action reference they act on.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Run:
    """A stretch of text; `strong` for references and names of things, `quiet` for asides."""

    text: str
    strong: bool = False
    quiet: bool = False


@dataclass(frozen=True)
class Link:
    """A link the bot made itself (a calendar feed); never built from text a person wrote."""

    url: str
    label: str


Inline = Union[Run, Link]


@dataclass(frozen=True)
class Line:
    runs: tuple[Inline, ...]
    bullet: bool = False
    small: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text if isinstance(r, Run) else r.label for r in self.runs)


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Button:
    label: str
    verb: str
    ref: str
    primary: bool = False


@dataclass(frozen=True)
class DatePick:
    """A date input with a button that sends the picked date with the verb."""

    label: str
    verb: str
    ref: str


@dataclass(frozen=True)
class Controls:
    """The buttons for one action (by its reference)."""

    ref: str
    items: tuple[Button | DatePick, ...]


Block = Union[Heading, Line, Controls]


@dataclass(frozen=True)
class Document:
    """`summary` is the one-line gist: an e-mail subject, a notification's text."""

    summary: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def line(*runs: Inline | str, bullet: bool = False, small: bool = False) -> Line:
    """A line from runs, plain strings taken as ordinary text (empty ones dropped)."""
    return Line(tuple(Run(r) if isinstance(r, str) else r for r in runs if not (isinstance(r, str) and not r)),
                bullet=bullet, small=small)


def strong(text: str) -> Run:
    return Run(text, strong=True)


def quiet(text: str) -> Run:
    return Run(text, quiet=True)


def plain_text(document: Document) -> str:
    """The document as plain text: for e-mail, the console and dry-run previews. Controls are left out."""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            if out:
                out.append("")
            out.append(block.text)
        elif isinstance(block, Line):
            text = "".join(r.text if isinstance(r, Run) else f"{r.label} ({r.url})" for r in block.runs)
            out.append(f"• {text}" if block.bullet else text)
    return "\n".join(out).strip() or document.summary


def _html_run(run: Inline) -> str:
    if isinstance(run, Link):
        return f'<a href="{html.escape(run.url, quote=True)}">{html.escape(run.label)}</a>'
    text = html.escape(run.text)
    return f"<strong>{text}</strong>" if run.strong else f"<em>{text}</em>" if run.quiet else text


def html_body(document: Document) -> str:
    """The document as an HTML fragment, every text escaped; controls are left out."""
    out: list[str] = []
    bullets: list[str] = []

    def flush() -> None:
        if bullets:
            out.append("<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for block in document.blocks:
        if isinstance(block, Line) and block.bullet:
            bullets.append("".join(_html_run(r) for r in block.runs))
            continue
        flush()
        if isinstance(block, Heading):
            out.append(f"<h3>{html.escape(block.text)}</h3>")
        elif isinstance(block, Line):
            out.append(f"<p>{''.join(_html_run(r) for r in block.runs)}</p>")
    flush()
    return "".join(out) or f"<p>{html.escape(document.summary)}</p>"
