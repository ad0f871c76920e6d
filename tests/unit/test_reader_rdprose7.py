"""Rules of the reader's eleventh pass on undertakings in running text (rdprose7); every line here is invented."""

from minutes import read_minutes

_HEAD = ("Minutes of the Area Committee held on Tuesday 3 March 2026\n\n"
         "Present: Councillor Ann Roe (Chair), Councillor Bo Lane, Mr. C. Hart (Area Engineer)\n\n")


def _actions(text):
    return [(a.what, a.who) for a in read_minutes(_HEAD + text).actions]


def test_a_sentence_wrapped_over_a_blank_line_is_read_whole():
    # Scanned minutes give every line of the page as a paragraph of its own.
    text = ("4. Roads\n\n"
            "Councillor Lane raised the state of the footbridge at Mill Row. The Area Engineer agreed to\n\n"
            "arrange for the broken railings at the footbridge to be replaced before the winter.\n\n"
            "5. Any Other Business\n\nNone.\n")
    assert _actions(text) == [("Arrange for the broken railings at the footbridge to be replaced before the winter",
                               "Area Engineer")]


def test_a_line_ending_its_sentence_or_a_lettered_entry_after_a_blank_line_is_not_joined():
    from minutes.body import _carried_over
    lines = ["The Area Engineer agreed to look at the drainage at the school gate", "", "ii) Grants to groups noted"]
    assert not _carried_over(lines[0], lines, 1, set())
    lines = ["The Area Engineer agreed to look at the drainage at the school gate.", "", "and more words follow here"]
    assert not _carried_over(lines[0], lines, 1, set())
    lines = ["The Area Engineer agreed to look at the drainage at the school", "", "gate on Friday."]
    assert _carried_over(lines[0], lines, 1, set())
