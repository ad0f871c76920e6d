"""Rolls written without the usual separators: names run together, officers as post, dash, holder run
together, two posts held together before a name, initials with a comma before the last "and", and a
small group's "Who:" line."""

from minutes import read_minutes
from minutes.attendance_run_together import names_apart, posts_held_apart


def _present(text: str) -> list[str]:
    return [person.name for person in read_minutes(text).present]


def test_names_run_together_are_parted_at_each_two_word_name():
    line = "Tom Ashby (Chair) Rae Linden (Vice Chair) Gwen Odum Sam Pike Jo Fenn – Staff representative"
    assert names_apart(line) == ("Tom Ashby (Chair), Rae Linden (Vice Chair), Gwen Odum, Sam Pike, "
                                 "Jo Fenn – Staff representative")


def test_names_run_together_leave_posts_bodies_and_mixed_titles_alone():
    assert names_apart("Tom Ashby Vice Chair") == "Tom Ashby Vice Chair"
    assert names_apart("Laura Finch – Ashgrove Borough Council (for item 3)") == \
        "Laura Finch – Ashgrove Borough Council (for item 3)"
    assert names_apart("County Councilor Mr Heddwyn Prys") == "County Councilor Mr Heddwyn Prys"
    assert names_apart("Annual General Meeting") == "Annual General Meeting"
    assert names_apart("Ann Lee, Bo Ray") == "Ann Lee, Bo Ray"


def test_a_run_together_opening_roll_is_read_one_person_each():
    text = ("Hill School PTA Minutes 3 March 2025 Hall 7pm In attendance: Tom Ashby (Chair) Rae Linden Gwen Odum "
            "Apologies: Dee Carr\n\n1. Budget\nThe budget was agreed.\n")
    assert _present(text) == ["Tom Ashby", "Rae Linden", "Gwen Odum"]


def test_officers_run_together_as_post_dash_holder_are_parted():
    line = "Chief Executive - J Rowan Director of Operations – K Mallon Head of Finance and Assets – P Dorrity"
    assert posts_held_apart(line) == ("J Rowan - Chief Executive; K Mallon - Director of Operations; "
                                      "P Dorrity - Head of Finance and Assets")
    assert posts_held_apart("Chair – Ms A Lee") == "Chair – Ms A Lee"


def test_two_posts_held_together_before_a_name():
    text = ("Stowe Community Council\n\nMinutes of the meeting held on 12 November 2025\n\n"
            "Councillors Present: Cllr Ann Lee, Cllr Bo Ray\nCouncil Employees Present: Clerk/RFO Marian Tolley\n\n"
            "1. Budget\nAgreed.\n")
    people = read_minutes(text).present
    assert [(p.name, p.role) for p in people][-1] == ("Marian Tolley", "Clerk/RFO")


def test_initials_roll_with_a_comma_before_the_last_and():
    text = ("Board Meeting\n\nMarch 3, 2025\n\nBoard members in attendance: TR, LM, KP, and WD.\n\n"
            "1. To do\nTR will call the firm.\nWD will post the notice.\n")
    assert _present(text) == ["TR", "LM", "KP", "WD"]


def test_who_line_names_those_who_met_but_not_a_companion_aside():
    text = ("Notes – June 3, 2025\n\nWhen: 2pm at Ann's house\n\nWho: Ann and Ben and Cara (and Rex, Ann's dog)\n\n"
            "- Ben will draft the leaflet.\n")
    assert _present(text) == ["Ann", "Ben", "Cara"]


def test_a_lone_who_field_names_no_roll():
    text = "Notes – June 3, 2025\n\nWhat: draft the leaflet\nWho: Ben\nWhen: Friday\n"
    assert _present(text) == []


def test_hostile_lines_are_read_as_nothing():
    for line in (" " * 5000, "a" * 5000, "," * 5000, "Ab " * 3000, "Ab – " * 2000, "A B " * 2000):
        assert names_apart(line) == line
        assert posts_held_apart(line) == line


def test_names_and_initials_opening_the_notes_are_the_roll_less_the_apologies():
    text = ("Ruth Okafor: RO\nDennis Hale: DH\nMarta Kowal: MK\nIan Pryor IP\nLeona Stubbs: LS\n"
            "Apologies: Gail Fenwick, Leona Stubbs\n- The bins were discussed. ACTION: DH.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Ruth Okafor", "Dennis Hale", "Marta Kowal", "Ian Pryor"]
    assert [p.name for p in minutes.apologies] == ["Gail Fenwick", "Leona Stubbs"]


def test_names_and_initials_are_no_roll_when_the_minutes_have_one():
    text = ("Committee meeting 3 March 2025\n\nPresent: Ann Lee, Bo Ray\n\nRuth Okafor: RO\nDennis Hale: DH\n"
            "Marta Kowal: MK\n\n1. Budget\nAgreed.\n")
    assert _present(text) == ["Ann Lee", "Bo Ray"]


def test_posts_with_colons_among_semicolon_entries_are_each_holders_own():
    from minutes.attendance_entry_posts import entries_with_posts
    rest, later = entries_with_posts("Vice President: Ben Ashby; Treasurer: Kim Rowe; Gwen Odum; Staff Present: Nina Loft")
    assert rest == "Ben Ashby (Vice President); Kim Rowe (Treasurer); Gwen Odum"
    assert [(label.kind, value) for label, value in later] == [("present", "Nina Loft")]
    assert entries_with_posts("Ann Lee; Bo Ray") == ("Ann Lee; Bo Ray", [])
    assert entries_with_posts(";:" * 3000) == (";:" * 3000, [])


def test_a_roll_of_posted_entries_reads_every_entry():
    text = ("Area Council Minutes – Nov 20 2025\n\nPresent: Vice President: Ben Ashby; Treasurer: Kim Rowe; Gwen Odum; "
            "Sam Pike; Staff Present: Nina Loft, Organiser\n\nRegrets: Dev Carr\n")
    people = {p.name: p.role for p in read_minutes(text).present}
    assert people.pop("Nina Loft", "absent") != "absent"
    assert people == {"Ben Ashby": "Vice President", "Kim Rowe": "Treasurer", "Gwen Odum": None, "Sam Pike": None}


def test_also_present_sentence_two_blank_lines_below_the_roll_and_councillors_not_present():
    text = ("Minutes of the Town Council Meeting 24th June 2025\n\n\nPresent: Cllr. R. Ames, Cllr. K. Dunn\n\n\n"
            "Councillors not present: S. Oddie and W. Pym.\n\n\n"
            "The Town Clerk, Mrs. A. Gorton and a member of the public were also present.\n\n\n1. Allotments\nNoted.\n")
    assert _present(text) == ["Cllr. R. Ames", "Cllr. K. Dunn", "Mrs. A. Gorton"]


def test_prevented_heads_the_apologies():
    text = ("Local Meeting minutes of 22 February 2026\n\nPresent: Amos Trent, Bryony Kell\n"
            "Prevented from attending: Delia Hurst\nPrevented: Ellen Sayer\n\nCamp\nNoted.\n")
    minutes = read_minutes(text)
    assert [p.name for p in minutes.present] == ["Amos Trent", "Bryony Kell"]
    assert [p.name for p in minutes.apologies] == ["Delia Hurst", "Ellen Sayer"]


def test_names_by_initials_run_together_inside_a_list_are_parted():
    assert names_apart("R Foster, J Gilmour M Goodman, P Hamill, A M Logue and R Wilson") == \
        "R Foster, J Gilmour, M Goodman, P Hamill, A M Logue and R Wilson"
    assert names_apart("K Boyd; Councillors – S Clegg J Doak, A M Ennis") == "K Boyd; Councillors – S Clegg, J Doak, A M Ennis"
    assert names_apart("Mrs S Roberts (Clerk) and Unitary Cllr J Davies") == "Mrs S Roberts (Clerk) and Unitary Cllr J Davies"
    hostile = "A – " * 400 + "A B" * 300
    assert names_apart(hostile) == hostile
