"""Attendance headings that are numbered minutes: "1<tab>Present" over a paragraph of the roll,
"37.PRESENT Councillors: Ann Lee, Bob Ray", "38. APOLOGIES Apologies were received from Cllr Cai Fox",
as parish and community councils number every item of their minutes, the roll's items first."""

from __future__ import annotations

import re
from dataclasses import replace

from minutes.attendance_headings import attendance_label
from minutes.people import looks_like_name
from minutes.roll import APOLOGIES, PRESENT, Label

# A minute's number before its heading: "1<tab>", "37.", "38. ", "(2) ", "4)". The heading may follow the
# number's full stop with no space ("37.PRESENT"), as word processors' numbered lists flatten.
_MINUTE_NUMBER = re.compile(r"^\s*(?:\(\d{1,4}\)|\d{1,4}[.)]?)(?:[ \t]+|(?<=[.)])(?=[A-Za-z]))")
# Only the roll's own headings are taken after a number: "5. Members of the public" or "6. Chairman" head
# items of business.
_ROLL_HEADING = re.compile(
    r"(?i)(?:(?:members|councillors|those)\s+)?present|(?:also\s+)?in\s+attendance|also\s+present|attendance"
    r"|attendees|apologies(?:\s+for\s+absence)?(?:\s+(?:received|noted))?|absent|absences")
# "Attendance. J. Ames ...": a heading of a few words and its full stop, then the text after it.
_HEADING_STOP = re.compile(r"^(?P<head>[A-Za-z]+(?:[ ]+[A-Za-z]+){0,3})\.[ \t]+(?=\S)")
# "Present John Marr (Chair)": a plain roll heading, then a capitalised word (a name, judged after).
_PLAIN_THEN_NAME = re.compile(r"^(?P<head>(?i:present|in\s+attendance|attendees|apologies))[ \t]+(?=[A-Z][a-z])")
# "PRESENT Councillors: ...", "APOLOGIES Apologies for absence were received from ...": a shouted heading
# straight before the block's text on the same line.
# (All its words in capitals, the text after it not: "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS" is a heading alone.)
_SHOUTED = re.compile(r"^(?P<head>[A-Z][A-Z'’]+(?:[ ]+[A-Z][A-Z'’]+)*)[ \t]+(?![A-Z][A-Z'’]+\b)(?=\S)")


def numbered_heading(line: str) -> tuple[Label, str] | None:
    """The roll heading a numbered minute opens with, and the text after it: "1<tab>Present" gives
    the members' heading and nothing; "38. APOLOGIES Apologies were received from Cllr Ann Lee"
    gives the apologies and "Cllr Ann Lee"; "4. Planning" gives None."""
    number = _MINUTE_NUMBER.match(line) if line.lstrip()[:1] in _OPENERS else None
    if number is None:
        return None
    after = line[number.end():]
    said = _roll_heading(after)
    if said is None and (shouted := _SHOUTED.match(after)) and _ROLL_HEADING.fullmatch(shouted["head"].strip()):
        head = attendance_label(shouted["head"].strip())
        if head is not None and _plain(head[0]):
            said = head[0], after[shouted.end():]
    if said is None and (stopped := _HEADING_STOP.match(after)) and _ROLL_HEADING.fullmatch(stopped["head"]):
        # "1. Attendance. J. Ames (President) in the chair with ...", "2. Apologies for absence. T. Lee & K. Hall.":
        # the item's heading closed by a full stop, as a colon closes others; its people after it.
        said = _roll_heading(f"{stopped['head']}: {after[stopped.end():]}")
    if said is None and (plain := _PLAIN_THEN_NAME.match(after)) and looks_like_name(
            _before_first_mark(after[plain.end():])):
        # "1 Present John Marr (Chair)" over the other members a line each: the heading, no colon, then its first name.
        head = attendance_label(plain["head"] + ":")
        said = (head[0], after[plain.end():]) if head is not None and _plain(head[0]) else None
    if said is None:
        return None
    label, rest = said
    if (again := attendance_label(rest)) and again[0].kind == label.kind and again[1].strip():
        # "APOLOGIES Apologies for absence were received from Councillors: ...": the heading said again, as a sentence.
        return again
    return label, rest


def _roll_heading(text: str) -> tuple[Label, str] | None:
    """A roll heading at the start of `text` ("Present", "Apologies for absence: Cllr Fox") and what follows it."""
    said = attendance_label(text)
    if said is None or not _plain(said[0]):
        return None
    head = text[: len(text) - len(said[1])].strip(" \t:;-–—")  # ("2.Apologies; Dilys": a semicolon for the colon)
    return said if _ROLL_HEADING.fullmatch(head) or said[0].single_line else None


def _plain(label: Label) -> bool:
    """A heading of people by whether they were there, not of a post ("Clerk", "Chairman")."""
    return label.role is None


_OPENERS = set("0123456789(")


# "were received from: Cllr Ann Lee & Cllr Bob Ray" under "2<tab>Apologies": the heading's sentence carried on
# into its paragraph, the people after it.
_SENTENCE_GOES_ON = re.compile(
    r"(?i)^\s*(?:for\s+absence\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:received|noted|given|submitted|tendered|sent"
    r"|intimated)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by)(?:\s+the\s+following)?\s*:?-?\s*(?=\S)")
# "Councillors, Mr Tod Orwin (Chair), Mrs Ann Lee": the members' plural title, a comma after it, before titled names.
_TITLE_COMMA = re.compile(r"^\s*(?P<title>(?:(?:County|Borough|District|Town|Parish|Community)\s+)?(?:Councillors|Cllrs\.?))"
                          r"\s*,\s*(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s)")


def roll_opening(text: str, kind: str) -> str:
    """The first line of a roll's paragraph without what only carries on its heading: "were received
    from: Cllr Ann Lee" under "Apologies" is "Cllr Ann Lee"; "Councillors, Mr Tod Orwin (Chair), Mrs Ann
    Lee" is "Councillors Mr Tod Orwin (Chair), Mrs Ann Lee". Any other line is returned as it is."""
    if kind == APOLOGIES and (goes_on := _SENTENCE_GOES_ON.match(text)):
        text = text[goes_on.end():]
    if (titled := _TITLE_COMMA.match(text)) is not None:
        text = f"{titled['title']} {text[titled.end():]}"
    return text


# "... & Mrs G Wright Also PCSO Abi Land", "... (Clerk). Also: County Cllr Tom Bell": "Also", capitalised inside
# the line, a colon after it or not, before the others there (or the others who sent apologies).
_ALSO = re.compile(r"(?<=[\w).])\.?[ \t]+Also\b[ \t]*:?[ \t]*(?=[A-Z])")


def also_there(line: str, label: Label, later: list[tuple[Label, str]]) -> str:
    """A roll's line up to "Also" run into it, the people after it added to `later`: under those present,
    others in attendance ("Cllr Ann Lee & Mrs Bea Ray Also PCSO Cy Dee" gives PCSO Cy Dee in attendance);
    under apologies, more apologies ("Cllr Ann Lee. Also: County Cllr Tom Bell")."""
    if "Also" not in line or (also := _ALSO.search(line)) is None:
        return line
    said = replace(label, capacity="in attendance", role=None, shared=None) if label.kind == PRESENT else label
    later.append((said, line[also.end():].strip()))
    return line[: also.start()].rstrip()


def sentence_goes_on(lines: list[str], index: int, label: Label) -> tuple[int, str] | None:
    """ "2<tab>Apologies" over "were received from: Cllr Ann Lee & Cllr Bob Ray": a heading whose sentence
    the paragraph under it finishes; that paragraph's line and its people (None for any other heading)."""
    if label.kind != APOLOGIES:
        return None
    ahead = next((at for at in range(index + 1, min(len(lines), index + 3)) if lines[at].strip()), None)
    if ahead is None or not _SENTENCE_GOES_ON.match(lines[ahead]):
        return None
    return ahead, roll_opening(lines[ahead], label.kind)


# What ends the name a numbered heading runs into: a bracket, a comma or semicolon, or a spaced dash.
_NAME_ENDS = re.compile(r"[(,;]|\s[-–—]\s")


def _before_first_mark(text: str) -> str:
    """The words before the first bracket, comma, semicolon or spaced dash (each place looked at once)."""
    found = _NAME_ENDS.search(text)
    return (text[:found.start()] if found else text).strip()
