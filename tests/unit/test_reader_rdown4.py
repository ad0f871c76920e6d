"""Owners and due dates of actions once found (the reader's eleventh pass, rdown4): the general ways
real minutes say who does the work and by when. Every line here is invented."""

from __future__ import annotations

from minutes import read_minutes


def _actions(body: str, when: str = "Advisory Panel meeting, 15 January 2026\n\n"):
    return read_minutes(when + body).actions


def test_a_bodys_short_form_beside_one_name_stays_the_bodys_owner():
    # A panel's roll writes one attendee "Name, DEPT" among its apologies and others "- all DEPT":
    # "DEPT to ..." is the department's, not the absent member's.
    actions = _actions("Panel attendees: Prof Ann Lyle (Chair), Ravi Patel (Local Government Association). "
                       "Apologies from: Jan Cole (Mission Trust), Rhys Oduya, DLU.\n"
                       "Other attendees: Mo Shah, Ida Wren (minutes) - all DLU.\n\n"
                       "1. Spending data\n"
                       "Action: DLU to send the dates of the spending returns to the Panel.\n")
    assert [a.who for a in actions] == ["DLU"]


def test_a_short_form_in_brackets_that_another_attendee_comes_from_is_the_body():
    actions = _actions("Present\nAnn Lyle (Chair)\nRhys Oduya, (DHX)\nMo Shah (CEO DHX)\nIda Wren, Cabinet Office\n\n"
                       "1. Spending data\n"
                       "Action: DHX to send the dates of the spending returns to the Panel.\n")
    assert [a.who for a in actions] == ["DHX"]


def test_a_short_form_only_one_attendee_is_written_with_stays_theirs():
    # ("Jo Tait (MDX)" alone: the minutes may name her by it.)
    actions = _actions("Present: Prof Ann Lyle (Chair), Jo Tait (MDX), Ravi Patel (LGA)\n\n"
                       "1. Spending data\n"
                       "Action: MDX to send the dates of the spending returns to the Panel.\n")
    assert [a.who for a in actions] == ["Jo Tait"]


def test_a_surnames_initials_stay_with_it_as_the_subject_of_an_undertaking():
    # "Cllr. R. Lloyd would ...": the initial tells one Lloyd of the roll from another; "T. Breen undertook
    # to ..." keeps the initial where the roll does not name him.
    from minutes.commitments import commitments
    from minutes.owners import Owners

    owners = Owners(["Councillor Alis Lloyd", "Councillor Bryn Lloyd", "County Councillor Rhian Lloyd"])
    text = ("It was suggested that the tree should be cut down as it kept the stone damp. Cllr. R. Lloyd would ask "
            "the landowner for permission to fell the tree. T. Breen undertook to check the gate.")
    found = commitments(text, owners, proper=frozenset({"Lloyd", "Breen"}))
    assert [(task.who, task.what) for task in found] == [
        ("County Councillor Rhian Lloyd", "Ask the landowner for permission to fell the tree"),
        ("T. Breen", "Check the gate")]


def test_a_lone_name_opening_a_marked_line_before_to_owns_it(tmp_path):
    # Notes whose roll leaves the person out, or names them only by a first name or surname, still
    # give the task to them under "Action items" or "ACTION:"; a thing before "to" stays no one's.
    from minutes.score import extract_text

    page = tmp_path / "notes.md"
    page.write_text("# Steering group notes, 12 March 2026\n\nAttendees: Ana Ruiz, Bo Lind\n\n## Topics\n\n"
                    "- Funding ideas\n"
                    "    - Bo: we could ask each team what they would do with a small grant.\n"
                    "    - Action items:\n"
                    "        - Ines to turn these notes into a brainstorming page.\n"
                    "        - Website to go live after the review.\n\n"
                    "ACTION: Okafor to update the wiki once back from leave.\n"
                    "ACTION: Comments to Ana Ruiz to fold into the draft.\n")
    actions = read_minutes(extract_text(page)).actions
    assert [(a.who, a.what) for a in actions][:3] == [
        ("Ines", "Turn these notes into a brainstorming page"),
        (None, "Website to go live after the review"),
        ("Okafor", "Update the wiki once back from leave")]
    assert all(a.who != "Comments" for a in actions)


def test_a_closing_square_note_names_whom_an_entry_is_for(tmp_path):
    # A network's notes tag each action "[new for NAME]", "[Ongoing for NAME/GROUP]"; a panel's notes close an
    # action with "[NAME to liaise ...]": the owner, and the note is not part of the task.
    from minutes.score import extract_text

    page = tmp_path / "sig.md"
    page.write_text("# Imaging special interest group, 9 February 2026\n\n"
                    "## Attendees\n\n* Rhian Bowen\n* Tomasz Wilk\n\n"
                    "## Actions\n\n"
                    "1. Circulate the revised fluoroscopy protocols [new for Rhian Bowen]\n"
                    "2. Build the reporting templates for staging [Ongoing for Tomasz Wilk/Site leads]\n"
                    "3. Give feedback on the consent leaflet [new for all members]\n\n"
                    "**Action:** Gather members' views on the draft charter. [Tomasz Wilk to liaise with the site leads]\n")
    actions = read_minutes(extract_text(page)).actions
    assert [(a.who, a.what) for a in actions] == [
        ("Rhian Bowen", "Circulate the revised fluoroscopy protocols"),
        ("Tomasz Wilk, Site leads", "Build the reporting templates for staging"),
        ("all members", "Give feedback on the consent leaflet"),
        ("Tomasz Wilk", "Gather members' views on the draft charter")]


def test_hostile_closing_notes_and_short_forms_read_whole():
    # (Shapes each rule reads once: a note after a long run of spaces or of other notes; many attendees
    # sharing a body's short form.)
    from minutes.owners import Owners

    head = "Board meeting, 15 January 2026\n\n"
    assert read_minutes(head + "Action: Clerk to send the file" + " " * 50_000 + "x]\n") is not None
    many = read_minutes(head + "Action: send the file " + "[ab] " * 10_000 + "[new for Ann Roe]\n").actions
    assert [a.who for a in many] == ["Ann Roe"]
    names = [f"Person{i} Surname{i}" for i in range(5_000)]
    owners = Owners(names, {f"D{i}X": name for i, name in enumerate(names)} | {"DEPT": names[0]},
                    [], {name: f"Dept{i % 3}, DEPT" for i, name in enumerate(names)})
    assert owners.resolve("DEPT") == "DEPT" and owners.resolve("D7X") == "Person7 Surname7"
