"""Owners of actions once found, as real minutes write them: a body's short form beside a name, an attendee's
initials as the subject of an undertaking, closing notes in square brackets naming whom an entry is for, and an
official's grade after their name. Every line here is invented."""

from __future__ import annotations

import pytest

from minutes import read_minutes


def _actions(body: str, when: str = "Advisory Panel meeting, 15 January 2026\n\n"):
    return read_minutes(when + body).actions


def test_a_bodys_short_form_beside_one_name_stays_the_bodys_owner():
    # A panel's roll writes one attendee "Name, DEPT" among its apologies and others "- all DEPT":
    # "DEPT to ..." is the department's, not the absent member's.
    actions = _actions("Panel attendees: Prof Ann Lyle (Chair), Ravi Patel (Local Government Association). "
                       "Apologies from: Jan Cole (Harbour Trust), Rhys Oduya, DLU.\n"
                       "Other attendees: Mo Shah, Ida Wren (minutes) - all DLU.\n\n"
                       "1. Spending data\n"
                       "Action: DLU to send the grant timetable to the Panel.\n")
    assert [a.who for a in actions] == ["DLU"]


def test_a_short_form_in_brackets_that_another_attendee_comes_from_is_the_body():
    actions = _actions("Present\nAnn Lyle (Chair)\nRhys Oduya, (DHX)\nMo Shah (CEO DHX)\nIda Wren, Cabinet Office\n\n"
                       "1. Spending data\n"
                       "Action: DHX to send the grant timetable to the Panel.\n")
    assert [a.who for a in actions] == ["DHX"]


def test_a_short_form_only_one_attendee_is_written_with_stays_theirs():
    # ("Jo Tait (MDX)" alone: the minutes may name her by it.)
    actions = _actions("Present: Prof Ann Lyle (Chair), Jo Tait (MDX), Ravi Patel (LGA)\n\n"
                       "1. Spending data\n"
                       "Action: MDX to send the grant timetable to the Panel.\n")
    assert [a.who for a in actions] == ["Jo Tait"]


def test_a_surnames_initials_stay_with_it_as_the_subject_of_an_undertaking():
    # "Cllr. R. Lloyd would ...": the initial tells one Lloyd of the roll from another; "T. Breen undertook
    # to ..." keeps the initial where the roll does not name him.
    from minutes.commitments import commitments
    from minutes.owners import Owners

    owners = Owners(["Councillor Alis Lloyd", "Councillor Bryn Lloyd", "County Councillor Rhian Lloyd"])
    text = ("The hedge at the school gate blocks the view of the road. Cllr. R. Lloyd would ask "
            "the owner to trim the hedge back. T. Breen undertook to check the gate.")
    found = commitments(text, owners, proper=frozenset({"Lloyd", "Breen"}))
    assert [(task.who, task.what) for task in found] == [
        ("County Councillor Rhian Lloyd", "Ask the owner to trim the hedge back"),
        ("T. Breen", "Check the gate")]


def test_a_lone_name_opening_a_marked_line_before_to_owns_it(tmp_path):
    # Notes whose roll leaves the person out, or names them only by a first name or surname, still
    # give the task to them under "Action items" or "ACTION:"; a thing before "to" stays no one's.
    from minutes.score import extract_text

    page = tmp_path / "notes.md"
    page.write_text("# Steering group notes, 12 March 2026\n\nAttendees: Ana Ruiz, Bo Lind\n\n## Topics\n\n"
                    "- Funding ideas\n"
                    "    - Bo: the hall fund closes in spring, so we should apply soon.\n"
                    "    - Action items:\n"
                    "        - Ines to write up the funding ideas as a short survey.\n"
                    "        - Website to go live after the review.\n"
                    "        - Newsletter to go out in May.\n\n"
                    "ACTION: Okafor to refresh the wiki after the release.\n"
                    "ACTION: Comments to Ana Ruiz to fold into the draft.\n")
    actions = read_minutes(extract_text(page)).actions
    read = [(a.who, a.what) for a in actions]
    assert ("Ines", "Write up the funding ideas as a short survey") in read
    assert ("Okafor", "Refresh the wiki after the release") in read
    assert (None, "Website to go live after the review") in read
    assert all(a.who not in ("Comments", "Newsletter") for a in actions)


def test_a_closing_square_note_names_whom_an_entry_is_for(tmp_path):
    # A network's notes tag each action "[new for NAME]", "[Ongoing for NAME/GROUP]"; a panel's notes close an
    # action with "[NAME to liaise ...]": the owner, and the note is not part of the task.
    from minutes.score import extract_text

    page = tmp_path / "sig.md"
    page.write_text("# Imaging special interest group, 9 February 2026\n\n"
                    "## Attendees\n\n* Rhian Bowen\n* Tomasz Wilk\n\n"
                    "## Actions\n\n"
                    "1. Share the revised MRI booking guide [new for Rhian Bowen]\n"
                    "2. Draft the audit form for the clinics [Ongoing for Tomasz Wilk/Site leads]\n"
                    "3. Test the new referral portal [new for all members]\n\n"
                    "**Action:** Gather members' views on the draft charter. [Tomasz Wilk to agree the wording with the site leads]\n")
    actions = read_minutes(extract_text(page)).actions
    assert [(a.who, a.what) for a in actions] == [
        ("Rhian Bowen", "Share the revised MRI booking guide"),
        ("Tomasz Wilk, Site leads", "Draft the audit form for the clinics"),
        ("all members", "Test the new referral portal"),
        ("Tomasz Wilk", "Gather members' views on the draft charter")]


# (The default run reads the long inputs at a tenth of their length; the full length is slow, run by CI.)
TENTH = [pytest.param(1, id="tenth"), pytest.param(10, id="whole", marks=pytest.mark.slow)]


@pytest.mark.parametrize("scale", TENTH)
def test_hostile_closing_notes_and_short_forms_read_whole(scale):
    # (Shapes each rule reads once: a note after a long run of spaces or of other notes; many attendees
    # sharing a body's short form.)
    from minutes.owners import Owners

    head = "Board meeting, 15 January 2026\n\n"
    assert read_minutes(head + "Action: Clerk to send the file" + " " * 5_000 * scale + "x]\n") is not None
    many = read_minutes(head + "Action: send the file " + "[ab] " * 1_000 * scale + "[new for Ann Roe]\n").actions
    assert [a.who for a in many] == ["Ann Roe"]
    names = [f"Person{i} Surname{i}" for i in range(500 * scale)]
    owners = Owners(names, {f"D{i}X": name for i, name in enumerate(names)} | {"DEPT": names[0]},
                    [], {name: f"Dept{i % 3}, DEPT" for i, name in enumerate(names)})
    assert owners.resolve("DEPT") == "DEPT" and owners.resolve("D7X") == "Person7 Surname7"


def test_an_officers_grade_after_initials_and_irish_surname_initials():
    # Irish council minutes write officials "NOG SEE" (initials with the O of the surname, then a grade);
    # the initials name the official the minutes give in full, and the grade is no part of the owner.
    actions = _actions("Present: Councillors Ann Roe, Brid Kelly\n\n"
                       "3. Water services\n"
                       "Niall O’Grady, S.E.E. said the footpath works were on schedule.\n"
                       "NOG SEE agreed to survey the footpath at the school.\n")
    assert [(a.who, a.what) for a in actions] == [("Niall O’Grady", "Survey the footpath at the school")]


def test_a_short_name_with_post_letters_is_not_cut_when_they_are_someone():
    from minutes.owners import Owners

    owners = Owners(["Ann Hale", "Jo Rees"])
    assert owners.resolve("AH JR") != "Ann Hale"
    assert owners.resolve("Abbey Road PM") == "Abbey Road PM"


def test_a_closing_note_of_a_status_for_a_time_or_a_thing_names_no_owner():
    from minutes.owners import Owners

    owners = Owners(["Rhian Bowen"])
    assert owners.noted_owner("new for Rhian Bowen") == "Rhian Bowen"
    assert [owners.noted_owner(note) for note in ("carried for the next meeting", "Carried for Next Meeting",
                                                  "open for comment", "closed")] == [None, None, None, None]


def test_an_officials_grade_after_their_name_is_their_post():
    # Irish councils' rolls write officials "Name S.E.E.", "Name E.E.", "T. Vale EE": the grade is the post.
    from minutes.people import read_person

    assert [(p.name, p.role) for p in map(read_person, ("Dara Quill S.E.E.", "Niamh Roche E.E.", "T. Vale EE"))] == [
        ("Dara Quill", "S.E.E."), ("Niamh Roche", "E.E."), ("T. Vale", "EE")]
    # (Letters that are the name's own initials stay its initials.)
    assert read_person("Ann Bell AB").initials == "AB" and read_person("Ann Bell AB").name == "Ann Bell"
    minutes = read_minutes("Minutes of the Carrow Area Committee held on 7 May 2026\n\n"
                           "Present: Councillors Ann Roe, Brid Kelly\n\n"
                           "Officials: T. Vale EE, N. Roche SSO\n\n"
                           "1. Roads\nT. Vale said he would inspect the culvert at Mill Road.\n")
    assert "T. Vale" in [p.name for p in minutes.present]
    assert [a.who for a in minutes.actions] == ["T. Vale"]
