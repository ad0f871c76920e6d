"""The reader's eleventh attendance pass, for rolls as real bodies write them: each rule tested on a
few invented lines in the layout it reads."""

from tests.rolls import apologies as _apologies, present as _present


_TAIL = "\n\n1. Adoption of Minutes\n\nThe minutes were adopted.\n"


# --- "PRESENT IN THE CHAIR:" ------------------------------------------------------------------

def test_present_in_the_chair_heads_the_roll_over_the_chair_on_the_next_line():
    text = ("MINUTES OF THE MEETING OF THE RIVERSIDE AREA COMMITTEE HELD ON TUESDAY, 3RD MARCH, 2026\n\n"
            "PRESENT IN THE CHAIR:\n\nCouncillor R. Quinn.\n\nMEMBERS PRESENT:\n\n"
            "Councillors Byrne, Hogan and Walsh." + _TAIL)
    assert _present(text) == ["Councillor R. Quinn", "Councillor Byrne", "Councillor Hogan", "Councillor Walsh"]

