"""Minutes that give actions to several people: the Ashbourne fixture with one action owned by two
members and one by a member and a team."""

from __future__ import annotations

from pathlib import Path

from minutes import extract_text, read_minutes

ASHBOURNE = Path(__file__).resolve().parent / "fixtures" / "minutes" / "what-who-when-table.txt"
HOTSPOTS = "Map the hotspots against CCTV coverage"


def joint_minutes():  # type: ignore[no-untyped-def]
    """The minutes read: "Ben Crossley and Inspector Carl Whitlow" map the hotspots; "Gemma Froggatt
    and the housing team" report on housing-related cases."""
    text = extract_text(ASHBOURNE)
    for plain, joint in (("Ben Crossley to map", "Ben Crossley and Inspector Carl Whitlow to map"),
                         ("CCTV coverage\tBen Crossley\t", "CCTV coverage\tBen Crossley and Inspector Carl Whitlow\t"),
                         ("ASB cases\tGemma Froggatt\t", "ASB cases\tGemma Froggatt and the housing team\t")):
        assert plain in text, plain
        text = text.replace(plain, joint)
    return read_minutes(text)
