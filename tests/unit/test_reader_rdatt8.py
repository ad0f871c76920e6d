"""The reader's eleventh attendance pass, for rolls as real bodies write them: each rule tested on a
few invented lines in the layout it reads."""

from minutes import read_minutes
from tests.rolls import apologies as _apologies, present as _present


_TAIL = "\n\n1. Adoption of Minutes\n\nThe minutes were adopted.\n"


# --- "PRESENT IN THE CHAIR:" ------------------------------------------------------------------

def test_present_in_the_chair_heads_the_roll_over_the_chair_on_the_next_line():
    text = ("MINUTES OF THE MEETING OF THE RIVERSIDE AREA COMMITTEE HELD ON TUESDAY, 3RD MARCH, 2026\n\n"
            "PRESENT IN THE CHAIR:\n\nCouncillor R. Quinn.\n\nMEMBERS PRESENT:\n\n"
            "Councillors Byrne, Hogan and Walsh." + _TAIL)
    assert _present(text) == ["Councillor R. Quinn", "Councillor Byrne", "Councillor Hogan", "Councillor Walsh"]



# --- officials as "Post (Ms. R. Quinn)", wrapped over PDF lines ------------------------------

_IRISH_HEAD = ("MINUTES OF THE MEETING OF THE RIVERSIDE JOINT POLICING SUB COMMITTEE HELD ON TUESDAY, 3RD MARCH, 2026\n\n"
               "PRESENT IN THE CHAIR:\n\nCouncillor R. Quinn.\n\nMEMBERS PRESENT:\n\nCouncillors Byrne and Hogan.\n\n")


def test_officials_written_post_then_holder_in_a_bracket_are_the_holders():
    text = _IRISH_HEAD + ("OFFICIALS IN ATTENDANCE:\n\n"
                          "Director, Parks and Leisure (Ms. N. Farrell), Meetings Administrator (Mr. T. Doyle); Clerical\n\n"
                          "Officer (Ms. A. Kinsella), Senior Engineer, Riverside District (Mr. J.\n\n"
                          "Nolan), Staff Officer ( Mr B Moran)." + _TAIL)
    assert _present(text)[3:] == ["Ms. N. Farrell", "Mr. T. Doyle", "Ms. A. Kinsella", "Mr. J. Nolan", "Mr B Moran"]
    officials = {a.name: a.role for a in read_minutes(text).present[3:]}
    assert officials["Mr. T. Doyle"] == "Meetings Administrator"


def test_a_roll_entry_with_a_bracket_that_names_no_holder_is_read_as_before():
    text = _IRISH_HEAD + "OFFICIALS IN ATTENDANCE:\n\nMs. N. Farrell (Director of Parks), Mr. T. Doyle (Meetings Administrator)." + _TAIL
    assert _present(text)[3:] == ["Ms. N. Farrell", "Mr. T. Doyle"]
