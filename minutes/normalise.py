"""Cleaning extracted text into lines the reader can trust.

PDF extraction repeats lines (each copy a little longer), splits words across
columns ("lt was", "3 rd December", "EED/ACTION") and leaves page furniture.
Markdown brings pipes and emphasis. Everything here keeps tabs, which mark cells.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from minutes.document import without_control_characters
from minutes.emphasis_marks import BOLD, keyed_kinds
from minutes.shared_page import without_site_furniture
from minutes.stacked_tables import with_stacked_tables

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Line ends that str.splitlines knows (and a regular expression's \s matches) besides "\n": a
# carriage return, a vertical tab (Word's line break), the file, group and record separators, NEL
# and the line and paragraph separators. Each ends a line; form feed stays, between pages.
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x1c-\x1e\x85\u2028\u2029]")
# The widest run of blanks a line keeps. A gap between columns, a row's empty cells or a list's
# indent is far narrower; a longer run (a hostile line, a PDF's stray padding) keeps its first
# MAX_GAP characters, so no pattern that tries a run of blanks in several ways can take long.
MAX_GAP = 40
_LONG_GAP = re.compile(r"[ \t]{%d}[ \t]++" % MAX_GAP)
_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
# "Cllr R. Teague ........ present", "Finance report ……… 12": dot leaders join two columns.
_DOT_LEADER = re.compile(r"[ \t]*(?:\.[ \t]?){4,}[ \t]*|[ \t]*…{2,}[ \t]*")
_BULLET = re.compile(r"^(\s*)[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u25a0\uf0b7\uf0a7](\s*)")
_MD_HEADING = re.compile(r"^ {0,3}#{1,6} +")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
# Pandoc's markdown: "5^th^ March" (a superscript ordinal), "2.00pm -- 3.30pm" (an en dash
# typed as two hyphens between words) and "{#item-3}" (a heading's id at its end).
_MD_SUPERSCRIPT = re.compile(r"(?<=\d)\^(st|nd|rd|th)\^", re.IGNORECASE)
_MD_EN_DASH = re.compile(r"(?<=\S) -- (?=\S)")
_MD_HEADING_ID = re.compile(r"\s*\{#[\w:.-]+(?:\s+[.#][\w-]+)*\}\s*$")
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
# (Possessive runs of spaces: a hostile line of spaces cannot make the match go quadratic.)
_MD_TABLE_RULE = re.compile(r"^\s*+\|?\s*+:?-{2,}+:?\s*+(?:\|\s*+:?-{2,}+:?\s*+)*+\|?\s*+$")
_BROKEN_CAPITAL_I = re.compile(r"(?<![\w'’])l(t|n|f)(?= )")
_SPLIT_ORDINAL = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b")
# (Cheaply first: a digit, then an ordinal's letters, split off or not. A pattern opening on "\b" is tried at
# every place; this one only at each digit.)
_ORDINAL_GATE = re.compile(r"\d ?(?:st|nd|rd|th)")
# "12thFebruary 2010": an ordinal run into its month, as Word and PDF text lose the space.
_GLUED_GATE = re.compile(r"\d(?:st|nd|rd|th)[A-Z]")
_GLUED_ORDINAL = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th))(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")
_TRUNCATED_AGREED = re.compile(r"(?<![A-Za-z])(?:AGR|GR|R)?EED\s*/\s*ACTION")
_STRAY_LETTER = re.compile(r"(?<=\w)\t[b-hj-z] (?=\w)")
_SPLICED_NEXT_MEETING = re.compile(
    r"^\s*(?P<left>\S.*?\w)\t+(?:date\s+)?of\s+(?:the\s+)?next\s+meeting\s+(?P<right>\w.*)$",
    re.IGNORECASE,
)
# "ACTION (JS): send ...", "AI (@jsmith): send ...", "AI: @jsmith to send ...": the action
# item shorthands of NHS and open-source minutes, written as the marker the reader knows
# with the owner first ("ACTION: JS – send ...").
# "TODO(Sunil): post the criteria ...", the same shorthand in engineers' notes; ">> ACTION (JO): ..." and
# "» ACTION (JO):" with an arrow drawing the eye to the action line (the arrow goes).
_BRACKETED_OWNER_MARKER = re.compile(
    r"^(?P<lead>\s*(?:[-*]\s+)?)(?:(?:>>?|»|→|=>|->)\s*)?(?:ACTIONS?|Actions?|AI|AP|TODO|ToDo|To-?[Dd]o)\s*"
    r"\((?P<who>[^()]{1,40})\)\s*:\s*(?=\S)"
)
_SHORT_MARKER = re.compile(
    r"^(?P<lead>\s*(?:[-*]\s+)?)(?:AI|AP)\s*:\s*(?=@|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:to|will)\s)"
)
# "3.2 ACTION: Mr Pritchett to ...": a paragraph number (item 3, paragraph 2) before a marker, as NHS
# boards number every paragraph. The marker opens the line, as the reader knows it.
_NUMBERED_MARKER = re.compile(r"^(?P<lead>\s*)\d{1,3}(?:\.\d{1,3})+\.?\s+(?=(?:ACTIONS?|Actions?|ACTION\s+POINT)\s*:)")
# "- Rosa → reply to the authors", "* @ana -> tag the release": an owner, an arrow, then the task
# in the plain form, as engineers' notes write "Rosa to reply to the authors".
_OWNER_ARROW = re.compile(r"^(?P<lead>\s*+(?:[-*•]\s++)?)(?P<owner>@?[A-Z@][\w.'’@-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,3})"
                          r"\s*(?:→|->|=>|➔)\s*(?=[a-z])")
# "ACTION PB-025: BI to bring ...", "Action A26/03: ...": an action's log reference between the marker
# and its colon. The reference goes; the marker stays as the reader knows it.
_REFERENCED_MARKER = re.compile(r"(?:^|(?<=[.;!?] ))(?P<lead>\s*(?:[-*•]\s+)?)(?P<marker>ACTIONS?|Actions?)\s+"
                                r"(?=[A-Za-z]{0,5}[-/]?\d)[A-Za-z]{0,5}[-/]?\d{1,4}(?:[-/.]\d{1,4}){0,2}[a-z]?\s*:")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|-\s*\d+\s*-)\s*$", re.I)
# A running foot or head that ends on the page's number after a few words of its own, set apart by a
# dash, a bar or a wide gap: "F&R 16/03/2026 - Page 2", "OFFICIAL     IPWS/M/2026/01     Page 1 of 2".
_PAGE_FOOT = re.compile(r"^\s*\S.{0,80}?(?:\s[-–—|]\s|\t|\s{3,})\s*page\s+\d+(?:\s+of\s+\d+)?\s*$", re.I)
_PAGE_FOOT_WORDS = 18
_PAGE_FOOT_CHARS = 110
_PAGE_NUMBER_CHARS = 24


def _page_furniture(line: str) -> bool:
    """Whether a line is only a page's number, or a short running foot ending on it."""
    stripped = line.strip()
    if len(stripped) > _PAGE_FOOT_CHARS:
        return False  # (cheaply: most lines are longer than any foot)
    if len(stripped) <= _PAGE_NUMBER_CHARS and _PAGE_NUMBER.match(stripped):
        return True
    return "page" in stripped[-14:].lower() and len(stripped.split()) <= _PAGE_FOOT_WORDS and bool(
        _PAGE_FOOT.match(stripped))
_MIN_REPEAT = 30
# "partner-\nship": a word broken at the end of a PDF line. Only between lowercase
# letters, so "Marsden-\nClay" and a dash before a bulleted line are left alone.
# (The hyphen first, then the letter before it: a search skips straight from hyphen to hyphen.)
_HYPHENATED = re.compile(r"-(?<=[a-z]-)[ \t]*\n[ \t]*(?=[a-z])")
_AROUND_PAGE_BREAK = 2
_MIN_RUNNING = 10


def normalise(text: str) -> list[str]:
    """The document as clean lines: page furniture gone, repeats collapsed, words mended."""
    text = without_control_characters(_LINE_BREAKS.sub("\n", text))
    text = _LONG_GAP.sub(lambda gap: gap[0][:MAX_GAP], _SPACES.sub(" ", text.translate(_INVISIBLE)))
    text = _HYPHENATED.sub("", text)
    text = "\n".join(without_site_furniture(text.split("\n")))
    # A roll keyed "Chair in bold" keeps its bold marks ("**Ann Lee**") for the attendance reader.
    bold_keyed = BOLD in keyed_kinds(text.split("\n"))
    pages = [_markdown_free(page.split("\n"), bold_keyed) for page in text.split("\f")]
    lines = _without_running_heads(pages)
    lines = [_mended(line) for line in lines if not _page_furniture(line)]
    if len(pages) > 1:
        lines = _joined_over_page_breaks(lines)
    return _collapsed(with_stacked_tables(lines))


def prose(line: str) -> str:
    """A line or cell as running text: tabs and runs of spaces become one space."""
    return " ".join(line.split())


def _markdown_free(lines: list[str], bold_keyed: bool = False) -> list[str]:
    out = []
    for line in lines:
        if "-" in line and ("|" in line or "--" in line) and _MD_TABLE_RULE.match(line):
            continue
        if _MD_RULE.match(line):
            out.append("")
            continue
        line = _MD_HEADING.sub("", line)
        if not bold_keyed and ("**" in line or "__" in line):
            line = _MD_EMPHASIS.sub(r"\2", line)
        if "^" in line or "--" in line or "{#" in line:
            line = _MD_EN_DASH.sub(" – ", _MD_SUPERSCRIPT.sub(r"\1", line))
            if "{#" in line and line.rstrip().endswith("}"):
                line = _MD_HEADING_ID.sub("", line)
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
            line = "\t".join(cell.strip() for cell in stripped[1:-1].split("|"))
        out.append(line)
    return out


# Words of the Welsh side of bilingual minutes, which Welsh councils publish as "Welsh /
# English" ("Yn bresennol / Present:", "Y Cynghorydd / Councillor Ann Rees (Maer / Mayor)").
_WELSH_WORDS = frozenset("""
yn bresennol presennol hefyd y yr cynghorydd cynghorwyr cynghorwyr cyng cyng. maer faer dirprwy clerc dref tref sir cyngor cymuned
ymddiheuriadau derbyniwyd cofnodion cyfarfod llawn nos dydd iau llun mawrth mercher gwener sadwrn sul neuadd stryd
aelod aelodau o'r cyhoedd datgan buddiant materion codi adroddiad cyllid grantiau hyfforddiant nesaf penderfynwyd
llofnod dyddiad daeth i ben am swyddogion swyddog absennol cadeirydd is-gadeirydd ionawr chwefror ebrill mai
mehefin gorffennaf awst medi hydref tachwedd rhagfyr cam camau gweithredu cofnod eitem cytunwyd ac ar gan gyda o
cynllunio ceisiadau gohebiaeth cyhoeddus sesiwn croeso taliadau ariannol unrhyw fater arall gweithred
""".split())
# Words shared with English, which alone prove nothing.
_ENGLISH_TOO = frozenset({"y", "i", "am", "a", "o", "ar", "gan", "mai", "nos", "sul", "ac"})
_WELSH_PAIR = re.compile(r"\s+/\s+(?=\S)")


def _english_side(line: str) -> str:
    """ "Cynghorydd Sir / County Councillor Huw Prosser" -> "County Councillor Huw Prosser": the
    Welsh words before each " / " dropped, so the reader meets the English it knows."""
    pieces, start = [], 0
    for match in _WELSH_PAIR.finditer(line):
        before = line[start: match.start()]
        words = before.split(" ")
        cut = len(words)
        while cut and (words[cut - 1].lower().strip("()") in _WELSH_WORDS or words[cut - 1].isdigit()):
            cut -= 1
        run = [w.lower().strip("()") for w in words[cut:]]
        if cut < len(words) and any(w in _WELSH_WORDS and w not in _ENGLISH_TOO for w in run):
            lead = "(" if words[cut].startswith("(") else ""
            pieces.append(" ".join(words[:cut]) + (" " if cut else "") + lead)
        else:
            pieces.append(before + match[0])
        start = match.end()
    pieces.append(line[start:])
    return "".join(pieces)


# "Cyng./Cllr Bethan Rees": the Welsh title's short form and the English one, written without spaces.
_WELSH_TITLE = re.compile(r"\b(?:Y\s+)?Cyng(?:horydd)?\.?\s*/\s*(?=(?:Cllr|Councillor)\b)")


# "* ACTION: kasante to port the workflow (dwilczek, 16:06:02)": a chat meeting bot's note of who said a
# line and when, closing it; no part of what was said.
_SAID_AT = re.compile(r"\s+\([\w.@|\[\]{}^`-]{1,32},\s*\d{1,2}:\d{2}:\d{2}\)\s*$")


def _mended(line: str) -> str:
    if line.endswith(")") and ":" in line:  # (cheaply first)
        line = _SAID_AT.sub("", line)
    if " / " in line:
        line = _english_side(line)
    if "Cyng" in line:
        line = _WELSH_TITLE.sub("", line)
    if _BULLET.match(line):  # (a match is tried at the start alone; a substitution at every place)
        line = _BULLET.sub(r"\1- ", line)
    # (Each pattern below is tried only on a line holding the characters it needs: most lines hold none.)
    if "..." in line or "……" in line:
        line = _DOT_LEADER.sub("\t", line)
    if "   " in line:
        line = _WIDE_GAP.sub("\t", line)
    line = line.rstrip()
    if "lt " in line or "ln " in line or "lf " in line:
        line = _BROKEN_CAPITAL_I.sub(lambda m: "I" + m[1], line)
    if _ORDINAL_GATE.search(line):
        line = _SPLIT_ORDINAL.sub(r"\1\2", line)
        if _GLUED_GATE.search(line):  # cheaply first: a digit, an ordinal's letters, then a capital
            line = _GLUED_ORDINAL.sub(r"\1 ", line)
    if "EED" in line:
        line = _TRUNCATED_AGREED.sub("AGREED/ACTION", line)
    if "\t" in line:
        line = _STRAY_LETTER.sub(" ", line)
    if line.lstrip()[:1].isdigit() and ("ction" in line or "CTION" in line):
        line = _NUMBERED_MARKER.sub(r"\g<lead>", line)
    if line.lstrip(" -*>»→=")[:1] in "AT":  # the shorthands all start with "A" or "T": most lines skip both patterns
        line = _BRACKETED_OWNER_MARKER.sub(lambda m: f"{m['lead']}ACTION: {m['who'].strip()} – ", line)
        line = _SHORT_MARKER.sub(lambda m: f"{m['lead']}ACTION: ", line)
    if ("CTION" in line or "ction" in line) and ":" in line:
        line = _REFERENCED_MARKER.sub(lambda m: f"{m['lead']}{m['marker']}:", line)
    if "→" in line or "->" in line or "=>" in line or "➔" in line:
        line = _OWNER_ARROW.sub(lambda m: f"{m['lead']}{m['owner']} to ", line, count=1)
    spliced = _SPLICED_NEXT_MEETING.match(line) if "\t" in line else None
    if spliced:
        # A two-column "Date of next meeting | 25 June 2015" extracted through each other.
        line = f"Date of next meeting: {spliced['left']}{spliced['right']}"
    return line


def _without_running_heads(pages: list[list[str]]) -> list[str]:
    """Drop a header or footer line that repeats at the top or bottom of most pages (of two pages,
    a line long enough to be a title at the top or foot of both)."""
    if len(pages) == 2:
        edges = [{line.strip() for line in (filled[:2] + filled[-2:])}
                 for filled in ([line for line in page if line.strip()] for page in pages)]
        running = {line for line in edges[0] & edges[1] if len(line) >= _MIN_RUNNING}
        if running:
            # (The first page keeps its head, which may be all the title there is; a foot goes from both.)
            foot = {line.strip() for line in pages[0] if line.strip()[-1:]} & {
                line.strip() for line in [line for line in pages[0] if line.strip()][-2:]}
            pages = [[line for line in pages[0] if line.strip() not in running or line.strip() not in foot],
                     [line for line in pages[1] if line.strip() not in running]]
    if len(pages) < 3:
        return _without_lines_round_page_numbers([line for page in pages for line in page])
    edges: Counter[str] = Counter()
    for page in pages:
        filled = [line.strip() for line in page if line.strip()]
        edges.update(set(filled[:2] + filled[-2:]))
    running = {line for line, count in edges.items() if count >= max(3, len(pages) // 2)}
    kept, seen = [], set()
    for page in pages:
        for line in page:
            key = line.strip()
            if key in running and key in seen:
                continue
            seen.add(key)
            kept.append(line)
        kept.append("")
    return kept


# "... the breakdown of rural crime by neighbour-" at a page's foot, "hood policing area ..." atop the next.
_BROKEN_WORD = re.compile(r"[a-z]-$")
_MOST_BLANKS_AT_BREAK = 6


def _joined_over_page_breaks(lines: list[str]) -> list[str]:
    """A sentence broken by a page's end, its furniture gone, read on: where a line ends with no
    closing stop and, after only blank lines, the next opens in lower case (or the line leaves a
    bracket open: "[Action:" over "Central Digital Service]"), the blank lines go (the line and its
    continuation are one paragraph); a word hyphenated over the break is made whole."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        out.append(line)
        at += 1
        if (line[-1:] in ("", ".", ":", ";", "!", "?") and not _unclosed(line)) or not line.strip() or "\t" in line:
            continue
        after = at
        while after < len(lines) and after - at < _MOST_BLANKS_AT_BREAK and not lines[after].strip():
            after += 1
        if after == at or after >= len(lines) or not lines[after].strip():
            continue
        following = lines[after].lstrip()
        if "\t" in following or not (following[:1].islower() or _unclosed(line)):
            continue
        if _BROKEN_WORD.search(line.rstrip()):
            out[-1] = f"{line.rstrip()[:-1]}{following}"
            at = after + 1
        else:
            at = after  # (the blank lines dropped: the continuation follows straight on)
    return out


def _unclosed(line: str) -> bool:
    """Whether a line opens a bracket it does not close ("... [Action:"): what follows belongs to it."""
    return line.count("[") > line.count("]") or line.count("(") > line.count(")")


def _without_lines_round_page_numbers(lines: list[str]) -> list[str]:
    """Without form feeds, pages show only as "Page 2 of 6" lines: a line repeated beside
    two or more of them is a running header or footer. Its first copy stays when it opens
    the document, where it may be all the title there is."""
    breaks: list[int] = []
    text_since = True  # whether a line of text has come since the last furniture line
    for index, line in enumerate(lines):
        if _page_furniture(line):
            # A page's foot and the next page's head ("... - Page 1" over "OFFICIAL ... Page 2
            # of 2") mark one break: the lines round them are counted once.
            if text_since:
                breaks.append(index)
            text_since = False
        elif line.strip():
            text_since = True
    if len(breaks) < 2:
        return lines
    # A line counts once for each place it stands beside a break: one line on a short last page, between
    # two page numbers ("- 1 -", "Next meeting: ...", "- 2 -"), is beside both but written only once.
    near_at: dict[str, set[int]] = {}
    for index in breaks:
        for at, key in _filled_round(lines, index):
            near_at.setdefault(key, set()).add(at)
    running = {key for key, places in near_at.items() if len(places) >= 2 and len(key) >= _MIN_RUNNING}
    if not running:
        return lines
    opening = {line.strip() for line in lines[:_AROUND_PAGE_BREAK + 3] if line.strip()}
    kept, seen = [], set()
    for line in lines:
        key = line.strip()
        if key in running and (key in seen or key not in opening):
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _filled_round(lines: list[str], index: int) -> list[tuple[int, str]]:
    """The nearest filled lines before and after a page number line, with where they stand."""
    before = list(islice(((at, lines[at].strip()) for at in range(index - 1, -1, -1) if lines[at].strip()),
                         _AROUND_PAGE_BREAK))
    after = list(islice(((at, lines[at].strip()) for at in range(index + 1, len(lines)) if lines[at].strip()),
                        _AROUND_PAGE_BREAK))
    return [(at, line) for at, line in before + after if not _page_furniture(line)]


def _collapsed(lines: list[str]) -> list[str]:
    """Fold the repeated and growing copies of a line that PDF extraction produces."""
    out: list[str] = []
    for line in lines:
        key = line.strip()
        previous = out[-1].strip() if out else ""
        if not key or not previous:
            out.append(line)
        elif key == previous or (previous.startswith(key) and len(key) >= _MIN_REPEAT):
            continue
        elif key.startswith(previous) and len(previous) >= _MIN_REPEAT:
            out[-1] = _indent(out[-1]) + key
        elif (overlap := _overlap(previous, key)) >= _MIN_REPEAT:
            out[-1] = out[-1].rstrip() + key[overlap:]
        else:
            out.append(line)
    return out


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _overlap(previous: str, key: str) -> int:
    """How many characters the start of `key` repeats the end of `previous`."""
    start = previous.rfind(key[:_MIN_REPEAT])
    if start <= 0:
        return 0
    tail = previous[start:]
    return len(tail) if key.startswith(tail) else 0
