"""The structure formatted minutes carry into the text: italics, bold and strike-through
kept as marks where a key says what they mean, Word's own list numbers and text boxes, and PDF pages
whose sentences and words run over a page's end. Every line here is invented."""

import zipfile

from minutes.docx_doc import read_docx
from minutes.emphasis_marks import BOLD, ITALIC, STRUCK, keyed_kinds, with_marks
from minutes.html_doc import read_html
from minutes.markdown_doc import read_markdown
from minutes.normalise import normalise

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# --- a key naming the marks of a roll (minutes/emphasis_marks.py) ---

def test_a_key_names_the_marks_a_roll_uses_and_other_keys_do_not():
    assert keyed_kinds(["Present (apologies in italics)"]) == {ITALIC}
    assert keyed_kinds(["Members (Chair in bold; absent struck through)"]) == {BOLD, STRUCK}
    assert keyed_kinds(["Those whose names are in italics sent their apologies."]) == {ITALIC}
    assert keyed_kinds(["Items struck through were completed since the last meeting."]) == frozenset()
    assert keyed_kinds(["The italic text below is the chair's summary of a long report " * 5]) == frozenset()


def test_marked_phrases_of_a_keyed_kind_are_wrapped_in_reading_order():
    marks = ((ITALIC, "Bo Lane"), (BOLD, "Ann Roe"), (ITALIC, "Cy Dunn"))
    assert with_marks("Ann Roe, Bo Lane, Cy Dunn", marks, frozenset({ITALIC})) == "Ann Roe, *Bo Lane*, *Cy Dunn*"
    assert with_marks("Ann Roe, Bo Lane", marks, frozenset()) == "Ann Roe, Bo Lane"
    assert with_marks("~~Ann Roe~~", ((STRUCK, "Ann Roe"),), frozenset({STRUCK})) == "~~Ann Roe~~"


# --- the parsers keep the marks (html_doc, markdown_doc, docx_doc) ---

def test_an_html_roll_keyed_by_italics_marks_its_apologies():
    text = read_html("<h3>Present (apologies in italics)</h3><ul><li>Ann Roe</li><li><em>Bo Lane</em></li>"
                     "<li><span style='font-style: italic'>Cy Dunn</span></li><li><del>Di Fox</del></li></ul>").text()
    assert "- Ann Roe\n- *Bo Lane*\n- *Cy Dunn*\n- Di Fox" in text


def test_an_html_page_without_a_key_keeps_its_text_free_of_marks():
    text = read_html("<p>Present: Ann Roe, <em>Bo Lane</em></p><p><b>Action:</b> Ann Roe to book the hall.</p>").text()
    assert "*" not in text


def test_a_page_style_sheet_class_marks_like_its_tag():
    text = read_html("<style>.gone{text-decoration: line-through}</style><p>Members (absent struck through): "
                     "Ann Roe, <span class='gone'>Bo Lane</span></p>").text()
    assert "Ann Roe, ~~Bo Lane~~" in text


def test_a_markdown_roll_keyed_by_bold_keeps_its_bold_through_the_text_reader():
    text = read_markdown("## Members (Chair in bold)\n\n- **Ann Roe**\n- _Bo Lane_\n").text()
    assert "- **Ann Roe**\n- Bo Lane" in text
    assert "**Ann Roe**" in "\n".join(normalise(text))
    assert "**Ann Roe**" not in "\n".join(normalise("Present:\n**Ann Roe**\n"))


def _docx(tmp_path, body: str, numbering: str = "") -> str:
    path = tmp_path / "minutes.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {_W}><w:body>{body}</w:body></w:document>")
        if numbering:
            archive.writestr("word/numbering.xml", f"<w:numbering {_W}>{numbering}</w:numbering>")
    return read_docx(path).text()


def _numbered(text: str, num: int, level: int) -> str:
    return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
            f"<w:r><w:t>{text}</w:t></w:r></w:p>")


def test_word_numbers_are_drawn_from_each_level_and_run_on_across_lists_of_one_outline(tmp_path):
    numbering = ('<w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
                 '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
                 '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">'
                 '<w:startOverride w:val="7"/></w:lvlOverride></w:num>')
    text = _docx(tmp_path, _numbered("Welcome", 1, 0) + _numbered("Apologies noted.", 1, 1)
                 + _numbered("Budget", 2, 0) + _numbered("Agreed:", 2, 1) + _numbered("to pay", 2, 2)
                 + _numbered("Restarted", 3, 0), numbering)
    assert text.split("\n") == ["1. Welcome", "  1.1 Apologies noted.", "2. Budget", "  2.1 Agreed:",
                                "    a) to pay", "7. Restarted"]


def test_a_word_text_box_does_not_come_into_the_minutes(tmp_path):
    box = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           '<mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>DRAFT</w:t></w:r></w:p></w:txbxContent>'
           '</mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>DRAFT</w:t></w:r></w:p></w:txbxContent>'
           '</mc:Fallback></mc:AlternateContent></w:r>')
    text = _docx(tmp_path, f"<w:p><w:r><w:t>Minutes of the board</w:t></w:r>{box}</w:p>")
    assert text == "Minutes of the board"


def test_word_italics_in_a_keyed_roll_are_marked(tmp_path):
    body = ("<w:p><w:r><w:t>Present (apologies in italics)</w:t></w:r></w:p><w:p><w:r><w:t xml:space='preserve'>"
            "Ann Roe, </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Bo Lane</w:t></w:r></w:p>")
    assert _docx(tmp_path, body).endswith("Ann Roe, *Bo Lane*")


# --- PDF pages (minutes/normalise.py) ---

def test_a_word_broken_over_a_page_break_is_whole_once_the_running_head_is_gone():
    text = ("Oakhurst Panel minutes - March\nACTION: Jo Hale to send the break-\nPage 1 of 2\n\f\n"
            "Oakhurst Panel minutes - March\ndown of crime figures to members.\nPage 2 of 2")
    lines = [line for line in normalise(text) if line.strip()]
    assert lines == ["Oakhurst Panel minutes - March", "ACTION: Jo Hale to send the breakdown of crime figures to members."]


def test_a_sentence_broken_over_a_page_break_runs_on_and_a_closed_one_does_not():
    text = "ACTION: Jo Hale to send the figures to\nPage 1 of 2\n\f\nthe members.\nPage 2 of 2"
    assert [line for line in normalise(text)] == ["ACTION: Jo Hale to send the figures to", "the members."]
    text = "The report was noted.\nPage 1 of 2\n\f\nbullet points followed.\nPage 2 of 2"
    assert "" in normalise(text)
