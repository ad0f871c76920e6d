"""Hostile lines for patterns that once took time squared (or worse) in the line's length.

Each test reads many such lines, so a pattern that regressed would hang visibly (tens of seconds
or more); the assertions check the readings, not the time."""

from datetime import date

from minutes import header, scribe_html
from minutes.closed_entries import marked_status

_RUNS = (" ", "* ", "_", " *_", "  *", "__ ", "\t", " \t")
_REPEAT = 5  # each filler, told apart by a word, read this many times over


def test_status_marker_after_long_runs_of_spaces_stars_and_underscores():
    for run in _RUNS:
        for copy in range(_REPEAT):
            filler = (run * 2000)[:1980]  # marked_status reads words up to 2,000 characters
            assert marked_status(f"Aa{copy}" + filler + "x") is None
            assert marked_status(f"Aa{copy} DONE" + filler + "x") is None
            assert marked_status(f"Aa{copy} ✅" + filler + "x") is None
            assert marked_status(f"Aa{copy} - done" + filler + "x") is None
    assert marked_status("Send the link - Done") == ("Send the link", "closed")
    assert marked_status("Send the link - ongoing") == ("Send the link", "open")
    assert marked_status("Chase the grant (completed)") == ("Chase the grant", "closed")
    assert marked_status("Check the forum post DONE") == ("Check the forum post", "closed")
    assert marked_status("Update the list ✅") == ("Update the list", "closed")


def test_date_alone_beside_long_runs_of_separators():
    runs = (" ", "-", ", ", "–", "(", ":", ".", "-- ", " at ", ";")
    lines = [f"{day} March 2026 " + (run * 5000)[:5000] + "x" for day in range(1, 6) for run in runs]
    assert header._date_alone(lines, False) == (None, None)
    assert header._date_alone([*lines, "3 March 2026 " + "- " * 2000 + "at 7pm"], False)[0] == date(2026, 3, 3)


def test_scribe_action_lines_with_long_runs_of_spaces():
    roll = ["Ann Lee", "Bob Ray"]
    for copy in range(10):
        spaces = " " * (5000 + copy)
        line = scribe_html._resolved_line(f"ACTION: ann to do it {copy}" + spaces + "[recorded in x", roll, True)
        assert line.startswith(f"ACTION: Ann Lee to do it {copy}")
        assert scribe_html._resolved_line(f"ACTION: ann to do {copy}" + spaces + "x", roll, True).endswith(" x.")
        assert scribe_html._resolved_line("ACTION: ann" + spaces + ", bob to write the spec", roll, False) == (
            "ACTION: Ann Lee" + spaces + ", Bob Ray to write the spec.")


def test_scribe_owners_never_split_inside_a_word():
    # "andand...and" split at each "and" it holds, every way, took its length to the fifth power of time.
    assert scribe_html._OWNED.match("and" * 2000 + " x") is None
    assert scribe_html._OWNED.match("and" * 2000 + " to x")["owners"] == "and" * 2000
    assert scribe_html._resolved_line("ACTION: " + "and" * 200 + " x", ["Ann Lee"], False) == "ACTION: " + "and" * 200 + " x."
    assert scribe_html._OWNED.match("Roland Smith to send it")["owners"] == "Roland Smith"
    assert scribe_html._OWNED.match("ann and bob to send it")["owners"] == "ann and bob"
    assert scribe_html._OWNED.match("ann andbob to send it")["owners"] == "ann andbob"


def test_apologies_accepted_and_members_of_the_public_tails_after_long_runs_of_spaces():
    from minutes.attendance_sentences import _ACCEPTED_AFTER
    from minutes.people import _PUBLIC_TAIL

    for copy in range(_REPEAT):
        filler = " \t" * 2500
        assert _ACCEPTED_AFTER.sub("", f"Ann Lee{copy}{filler}x") == f"Ann Lee{copy}{filler}x"
        assert _PUBLIC_TAIL.sub("", f"Ann Lee{copy}{filler}x") == f"Ann Lee{copy}{filler}x"
    assert _ACCEPTED_AFTER.sub("", "Cllr Ann Lee, apologies accepted") == "Cllr Ann Lee"
    assert _PUBLIC_TAIL.sub("", "Mr A Bell and two members of the public") == "Mr A Bell"
    assert _PUBLIC_TAIL.sub("", "Mr A Bell, four residents") == "Mr A Bell"


def test_a_roll_run_on_and_a_closing_line_after_long_runs_of_separators():
    from minutes.reader import _CLOSED, _RUN_ON_ROLL

    for copy in range(_REPEAT):
        for run in (", ", ": ", "– ", "- ", " "):
            assert _RUN_ON_ROLL.search(f"Board {copy} March 2026" + run * 2500 + "x") is None
        assert _CLOSED.search(" " * 5000 + f"x{copy}") is None
    assert _RUN_ON_ROLL.search("Steering group call 4 March 2026 present: Ana, Bo").start() == 32
    assert _CLOSED.search("(The meeting closed at 8.15pm)") is not None


def test_blanks_of_every_kind_are_lines_ends_or_bounded_gaps_before_the_reader_sees_them():
    """Tabs, a tab and space turn about, Word's vertical tab, NEL and the Unicode separators and spaces:
    each is a line end or a blank, and no run of blanks is longer than MAX_GAP, so a pattern that
    tries a run in several ways meets only a short one."""
    from minutes.normalise import MAX_GAP, normalise

    for blank in ("\t", " \t", "\u205f", "\u1680", "\u3000", "\u2001"):
        [line] = normalise("Ann Lee" + blank * 20_000 + "Bob Ray")
        gap = line[len("Ann Lee"):-len("Bob Ray")]
        assert 0 < len(gap) <= MAX_GAP and not gap.strip()
    for end in ("\x0b", "\x85", "\u2028", "\u2029", "\x1c", "\r", "\r\n"):
        assert normalise(f"Present: Ann Lee{end}Apologies: Bob Ray") == ["Present: Ann Lee", "Apologies: Bob Ray"]
    assert normalise("Ann\x01 Lee\x1f") == ["Ann Lee"]


def test_apologies_and_markers_beside_long_runs_of_tabs_and_unicode_blanks():
    from minutes import read_minutes

    for blank in ("\t", " \t", "\u205f", "\x0b"):
        run = blank * 20_000
        minutes = read_minutes("Parish Council\n\n4 March 2026\n\nPresent: Ann Lee, Carol Sims" + run + ", Dan Fox\n"
                               "Apologies were received from Bob Ray" + run + "and Eve Cole, which were accepted.\n"
                               "The Chair welcomed members." + run + "The minutes were agreed.\n")
        assert minutes.date == date(2026, 3, 4)
        assert "Ann Lee" in [p.name for p in minutes.present]
        assert "Bob Ray" in " ".join(p.name for p in minutes.apologies)


def test_a_pandoc_heading_with_a_long_run_of_blanks_before_its_attributes(tmp_path):
    from minutes import extract_text

    path = tmp_path / "minutes.md"
    path.write_text("# Minutes\n\n## Finance" + " " * 20_000 + "{#finance}\n\n## Item" + "\u205f" * 20_000 + "x\n",
                    encoding="utf-8")
    text = extract_text(path)
    assert "Finance" in text and "{#finance}" not in text


def test_a_line_of_figures_or_references_is_no_bare_title_however_long():
    from minutes import read_minutes

    for run in ("7" * 20_000, "1/" * 10_000, "12.3-" * 4_000):
        minutes = read_minutes(f"Parish Council\n\n4 March 2026\n\n{run}\n\n{run} Finance\n")
        assert minutes.date == date(2026, 3, 4) and minutes.actions == ()


def test_a_review_entry_with_a_long_run_of_joining_words():
    """"Fence and and ... repair - ongoing": the words between an entry's subject and its status were taken
    off by one pattern whose blanks could part in two ways a word, so each more word doubled the time."""
    from minutes import read_minutes
    from minutes.reviews import _without_joining_words

    assert _without_joining_words("the fence, which is still") == "the fence"
    assert _without_joining_words("the gate and" + " " * 100) == "the gate"
    for words in (40, 4_000):
        minutes = read_minutes("Parish Council\n\n4 March 2026\n\n1. Matters arising\n"
                               f"Fence {'and ' * words}repair - ongoing\nGate {'which is ' * words}- done\n")
        assert minutes.date == date(2026, 3, 4)
