"""IRC scribe minutes as HTML (minutes/scribe_html.py): nick rolls, nick owners, chatter, summaries."""

from minutes import read_minutes
from minutes.html_doc import read_html
from minutes.scribe_html import resolve_nick

_PAGE = """<html><body><h1>Quarry Lane Fonts Group</h1><h2>03 Jun 2021</h2>
<dl><dt>Present</dt><dd>ines, present, TobiasK, Mara_Lund</dd><dt>Regrets</dt><dd>Wen</dd>
<dt>Scribe</dt><dd>ines</dd></dl>
<div class="meeting">
<p class='irc'>&lt;<cite>ines</cite>&gt; scribenick: ines</p>
<h3>Glyph review</h3>
<p class='phone'><cite>tobias:</cite> the review is done</p>
<p class='irc'>&lt;<cite>ines</cite>&gt; ACTION: tobias to publish the glyph review</p>
<p class='irc'>&lt;<cite>Zakim</cite>&gt; mara, you wanted to ask about kerning</p>
<p class='phone'><cite>mara:</cite> kerning is next week</p>
<p class='irc'>&lt;<cite>mara</cite>&gt; q+</p>
</div>
<h2>Summary of Action Items</h2>
<strong>[NEW]</strong> <strong>ACTION:</strong> tobias to publish the glyph review<br/>
[End of minutes]<br/></body></html>"""


def _text(page: str) -> str:
    return read_html(page).text()


def test_a_nick_roll_reads_as_names_without_the_word_present():
    reading = read_minutes(_text(_PAGE)).to_json()
    assert [p["name"] for p in reading["present"]] == ["Ines", "TobiasK", "Mara Lund"]
    assert [p["name"] for p in reading["apologies"]] == ["Wen"]


def test_an_action_line_reads_once_with_its_owner_from_the_roll():
    reading = read_minutes(_text(_PAGE)).to_json()
    assert [(a["who"], a["what"]) for a in reading["actions"]] == [("TobiasK", "Publish the glyph review")]


def test_irc_chatter_and_bot_lines_are_not_laid_out():
    text = _text(_PAGE)
    assert "q+" not in text and "Zakim" not in text and "scribenick" not in text
    assert "[End of minutes]" not in text
    assert "ACTION: TobiasK to publish the glyph review." in text


def test_a_summary_list_entry_without_action_is_marked_as_one():
    page = _PAGE.replace("ACTION: tobias to publish the glyph review</p>", "tobias: done</p>").replace(
        "<strong>[NEW]</strong> <strong>ACTION:</strong> tobias to publish the glyph review<br/>",
        "<ol><li><a href='#a01'>tobias to publish the glyph review</a></li></ol>")
    assert "ACTION: TobiasK to publish the glyph review." in _text(page)


def test_a_nick_names_one_roll_name_by_first_or_last_name_or_joined():
    roll = ["NellWaliczek", "brandonjones", "Priya Raman", "Ada"]
    assert resolve_nick("nell", roll) == "NellWaliczek"
    assert resolve_nick("brandon", roll) == "brandonjones"
    assert resolve_nick("raman", roll) == "Priya Raman"
    assert resolve_nick("priyaraman", roll) == "Priya Raman"
    assert resolve_nick("ada", roll) == "Ada"


def test_a_nick_naming_no_one_or_two_people_stays_as_written():
    assert resolve_nick("zed", ["Ada Byron", "Zoe Ng"]) == "zed"
    assert resolve_nick("sam", ["Sam Ortiz", "Sam Lee"]) == "sam"
    assert resolve_nick("al", ["Alberto Ruiz"]) == "al"  # (two letters: too short a start to tell)


def test_a_page_that_is_not_a_scribes_is_laid_out_as_before():
    page = ("<html><body><h1>Rowing Club</h1><p>Present: ines, tobias</p>"
            "<p>&lt;note&gt; q+ for later</p></body></html>")
    text = _text(page)
    assert "Present: ines, tobias" in text and "<note> q+ for later" in text
