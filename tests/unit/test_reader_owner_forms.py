"""Who owns an action when the minutes write the owner short, without a framework: long initials that
tell two people's initials apart, dotted initials the roll defines, keys pairing short forms with
names, groups opened by "All", and names listed alone in a signature block. All names are invented."""

from __future__ import annotations

from minutes import read_minutes
from minutes.initials import defined_initials, long_initials, long_initials_written, named_short_forms
from minutes.owners import Owners


def test_long_initials_name_the_one_attendee_whose_surname_they_open():
    owners = Owners(["Jane Brown", "Jonathan Blake", "Kevin Tait"])
    assert owners.resolve("JBl") == "Jonathan Blake"
    assert owners.resolve("JBro") == "Jane Brown"
    assert owners.is_owner("JBl", strict=True)


def test_long_initials_two_surnames_share_name_nobody():
    owners = Owners(["Jane Brown", "Jonathan Brierley"])
    assert owners.resolve("JBr") == "JBr"
    assert owners.resolve("JBri") == "Jonathan Brierley"


def test_plain_initials_two_people_share_are_the_one_the_document_never_writes_long():
    names = ["Jane Brown", "Jonathan Blake", "Kevin Tait"]
    assert Owners(names, written_long={"JBl"}).resolve("JB") == "Jane Brown"
    assert Owners(names, written_long={"JBl"}).resolve("J.B.") == "Jane Brown"
    assert Owners(names).resolve("JB") == "JB"  # nothing tells them apart
    assert Owners(names, written_long={"JBl", "JBro"}).resolve("JB") == "JB"  # both written long: still no one


def test_dotted_initials_are_the_initials_the_roll_defines():
    owners = Owners(["Julia Bright", "Jonathan Brierley"], {"JB": "Julia Bright", "JBr": "Jonathan Brierley"})
    assert owners.resolve("J.B.") == "Julia Bright"
    assert owners.resolve("J.B") == "Julia Bright"
    assert owners.resolve("JBr") == "Jonathan Brierley"


def test_a_names_long_initials_take_its_given_names_and_the_surnames_opening():
    assert long_initials(["jonathan", "brierley"]) == {"JBr", "JBri"}
    assert long_initials(["anne-marie", "fox"]) == {"AFo", "AMFo", "AFox", "AMFox"}
    assert long_initials(["cher"]) == set()


def test_long_initials_written_are_found_and_words_are_not():
    lines = ["JBl to update the tracker.", "John said the JB report (JBr) was late.", "Jane Brown"]
    assert long_initials_written(lines) == {"JBl", "JBr"}


def test_a_key_pairing_initials_and_handles_with_names_defines_them():
    defined = defined_initials([
        "Key to initials: JB = Jane Brown; JBl = Jonathan Blake; KT - Kevin Tait",
        "Handles: @amara-d = Amara Diallo, @rq = Rashid Qureshi.",
    ])
    assert defined["JB"] == "Jane Brown"  # (the key says so, though both names on its line are "JB")
    assert defined["JBl"] == "Jonathan Blake"
    assert defined["KT"] == "Kevin Tait"
    assert defined["@amara-d"] == "Amara Diallo"
    assert defined["@rq"] == "Rashid Qureshi"


def test_a_key_whose_initials_are_not_the_names_defines_nothing():
    defined = defined_initials(["Key: KT = Jane Brown", "Action: JB - Jane to circulate the draft"])
    assert "KT" not in defined and "JB" not in defined


def test_all_before_a_kind_of_person_is_a_group_kept_whole():
    owners = Owners(["Jane Brown"])
    for group in ("All plot holders", "All stallholders", "All tenants", "All practices", "all schools"):
        assert owners.is_owner(group, strict=True), group
        assert owners.resolve(group) == group
    assert not owners.is_owner("All papers", strict=True)
    assert not owners.is_owner("All comments", strict=True)


def test_names_listed_alone_on_a_line_define_the_short_forms_used_after():
    named = named_short_forms(["Jane Brown, Chair          Kevin Tait, Secretary", "Priya Shah    Tom Wells"])
    assert named["PS"] == "Priya Shah" and named["TW"] == "Tom Wells"
    assert named_short_forms(["Oskar Lind\tDana Ruiz"])["OL"] == "Oskar Lind"  # (wide gaps read as tabs)
    assert "PS" not in named_short_forms(["We thanked Priya Shah for the flowers"])


_MINUTES = """HOLLOWAY VALE RESIDENTS FORUM
Minutes of the meeting held on 3 March 2026 at 7pm, Vale Hall

Present: Jane Brown (Chair), Jonathan Blake, Kevin Tait
Apologies: Lena Ortiz

1. Housing
Action: JB to circulate the housing report to members.
Action: JBl to update the repairs tracker.
Action: All plot holders to clear their paths.

Next meeting: 7 April 2026
"""


def test_a_document_writing_one_of_two_people_long_gives_the_plain_initials_to_the_other():
    owners = {action.what: action.who for action in read_minutes(_MINUTES).actions}
    assert owners["Circulate the housing report to members"] == "Jane Brown"
    assert owners["Update the repairs tracker"] == "Jonathan Blake"
    assert owners["Clear their paths"] == "All plot holders"


def test_a_person_with_a_note_or_written_surname_first_can_own_an_action_as_resolve_reads_them():
    owners = Owners(["Kevin Tait", "Jane Brown"])
    for written in ("KT (lead)", "Kevin Tait (Treasurer)", "Tait, K.", "Tait K"):
        assert owners.is_owner(written, strict=True), written
        assert owners.resolve(written) == "Kevin Tait", written
    assert owners.resolve("Jane B") == "Jane Brown"  # (a first name and a surname's initial, as before)
    assert not owners.is_owner("Smith (Chair)", strict=True)  # nobody the roll names


def test_a_handle_with_a_mark_between_a_name_and_an_initial_names_the_attendee():
    owners = Owners(["Amara Nwosu", "Daniel Okoye", "Dana Olsen"])
    assert owners.resolve("@amara-n") == "Amara Nwosu"
    assert owners.resolve("@d.okoye") == "Daniel Okoye"
    assert owners.resolve("@daniel_o") == "Daniel Okoye"
    assert owners.resolve("@do") == "@do"  # (Daniel Okoye's or Dana Olsen's: nobody's)


def test_everyone_at_the_meeting_and_councillors_short_are_owners_kept_as_written():
    owners = Owners(["Jane Brown"])
    for group in ("Everybody", "All present", "All those present", "All Cllrs", "Group Leaders"):
        assert owners.is_owner(group, strict=True), group
        assert owners.resolve(group) == group
    assert not owners.is_owner("Present", strict=True)


def test_initials_written_with_stops_own_an_action_and_are_written_without_them_when_nobody_has_them():
    owners = Owners([])
    assert owners.is_owner("K.T. & P.S.", strict=False)
    assert owners.resolve("K.T. & P.S.") == "KT, PS"
    assert owners.resolve("J. B.") == "JB"
    assert owners.resolve("Dr. Smith") == "Dr. Smith"  # (a title's stop is not an initial's)
