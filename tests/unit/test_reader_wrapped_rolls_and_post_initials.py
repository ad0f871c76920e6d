"""Attendance sentences hard-wrapped over lines, and rolls of posts given by their holders' initials.
Every line here is invented."""

from minutes.attendance_post_initials import posts_with_initials
from minutes.reader import read_minutes

_AFTER = "\n\n2. Finance\nThe report was noted.\n"


def _apologies(middle):
    return [a.name for a in read_minutes(f"Minutes of the meeting\n\n{middle}{_AFTER}").apologies]


def _present(middle):
    return [(p.name, p.role, p.capacity) for p in read_minutes(f"Minutes of the meeting\n\n{middle}{_AFTER}").present]


# --- a sentence wrapped inside a name (minutes/attendance_blocks.py, minutes/attendance_headings.py) ---

def test_apologies_wrapped_inside_a_name_read_to_the_full_stop():
    text = "Apologies for absence: Apologies were received and accepted from Priya\nHolloway, Dev Mistry and Anne Coutts."
    assert _apologies(text) == ["Priya Holloway", "Dev Mistry", "Anne Coutts"]


def test_apologies_wrapped_after_a_title_and_given_name():
    assert _apologies("Apologies were received from Cllr Ann\nLee and Cllr Bob Ray.") == ["Cllr Ann Lee", "Cllr Bob Ray"]


def test_apologies_heading_over_a_wrapped_sentence():
    text = "Apologies\nApologies were received and accepted from Priya\nHolloway, Dev Mistry and Anne Coutts."
    assert _apologies(text) == ["Priya Holloway", "Dev Mistry", "Anne Coutts"]


def test_numbered_apologies_item_over_three_lines():
    text = "1. Apologies for absence: Apologies were received from Cllr Mira\nDossett, Cllr Owen Blaine and Cllr Hugh\nFarrant."
    assert _apologies(text) == ["Cllr Mira Dossett", "Cllr Owen Blaine", "Cllr Hugh Farrant"]


def test_wrapped_present_sentences():
    text = "Present were Dana Whitlock (Chair), Felix\nArmitage and Gwen Harker.\n\nAlso present were Kezia Lund and\nNoel Brackett."
    names = [name for name, _, _ in _present(text)]
    assert names == ["Dana Whitlock", "Felix Armitage", "Gwen Harker", "Kezia Lund", "Noel Brackett"]


def test_a_sentence_ended_on_its_line_does_not_take_the_next():
    assert _apologies("Apologies were received from Ann Lee.\nHolloway Park was discussed.") == ["Ann Lee"]


def test_a_complete_name_is_not_carried_onto_a_paragraph():
    # The line's last entry is a full name: the next line is not its surname.
    assert _apologies("Apologies were received from Ann Lee\nThe Chair welcomed everyone.") == ["Ann Lee"]


# --- posts and their holders' initials (minutes/attendance_post_initials.py) ---

def test_posts_with_initials_read_as_the_initials_in_that_post():
    text = ("1. Members Present – Chairman PAB, President JM, Vice-chairman TB, Secretary IRP, Treasurer BT, "
            "Jack Garside JG, Jamie Wragg.")
    assert [(name, role) for name, role, _ in _present(text)] == [
        ("PAB", "Chairman"), ("JM", "President"), ("TB", "Vice-chairman"), ("IRP", "Secretary"),
        ("BT", "Treasurer"), ("Jack Garside", None), ("Jamie Wragg", None)]


def test_posts_with_initials_in_a_present_heading():
    assert [(name, role) for name, role, _ in _present("Present: Chair AJK, Clerk BW, Laura Finch LF, Sam Oyelaran.")] == [
        ("AJK", "Chair"), ("BW", "Clerk"), ("Laura Finch", None), ("Sam Oyelaran", None)]


def test_a_name_and_its_initials_is_no_post():
    kept, held = posts_with_initials(["Jack Garside JG, Jamie Wragg"])
    assert (kept, held) == (["Jack Garside JG, Jamie Wragg"], [])


def test_posts_with_initials_on_long_hostile_lines():
    """(A pattern at time squared would hang on these visibly; the readings are what is checked.)"""
    for hostile in (" " * 50_000, "a" * 50_000, "," * 50_000):
        assert posts_with_initials([hostile]) == ([hostile], [])
    kept, held = posts_with_initials(["Chair AB, " * 50])
    assert kept == [""] and len(held) == 50 and {(p.name, p.role) for p in held} == {("AB", "Chair")}
    too_long = "Chair AB, " * 5_000  # (past the longest roll line read this way: left to the other readers)
    assert posts_with_initials([too_long]) == ([too_long], [])
