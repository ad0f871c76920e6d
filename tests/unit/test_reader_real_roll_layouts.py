"""The attendance reader reads an "Apologies" item whose minute is a sentence under a committee system's
"Minutes:" label, heads run on into one paragraph (each heading after the last one's names), and the roll
said in the sentence that opens the meeting."""

from minutes.attendance import read_attendance
from minutes.attendance_sentences import says_apologies


def _read(text: str):
    found = read_attendance(text.splitlines())
    return [p.name for p in found.present], [a.name for a in found.apologies]


def test_a_sentence_with_the_verb_apologised_names_the_apologies():
    _, apologies = _read("Minutes\n\nPresent: Cllr Ann Lee\n\nCouncillors Bob Ray, Cai Fox and Dee Hill apologised for "
                         "their inability to attend the meeting.\n\nEd Lunn, also apologised for his absence.\n")
    assert apologies == ["Councillor Bob Ray", "Councillor Cai Fox", "Councillor Dee Hill", "Ed Lunn"]


def test_apologies_for_inability_to_attend_reported_from():
    _, apologies = _read("Minutes\n\nPresent: Cllr Ann Lee\n\nApologies for inability to attend were reported from "
                         "Alderman Bob Ray and Councillor Fox.\n")
    assert apologies == ["Alderman Bob Ray", "Councillor Fox"]


def test_an_apologies_item_under_a_minutes_label_reads_its_sentence():
    text = ("Minutes of Council\n\nPresent: Cllr Ann Lee (Chair)\n\n1.\n\nApologies\n\nMinutes:\n\n"
            "Councillors Bob Ray and Cai Fox apologised for their inability to attend the meeting.\n\n2.\n\n"
            "Declarations\n\nMinutes:\n\nNone.\n")
    present, apologies = _read(text)
    assert present == ["Cllr Ann Lee"]
    assert apologies == ["Councillor Bob Ray", "Councillor Cai Fox"]


def test_says_apologies_knows_a_sentence_from_a_list():
    assert says_apologies("Apologies were reported from Councillor Bob Ray.")
    assert says_apologies("Cllr Bob Ray apologised for his absence.")
    assert not says_apologies("Cllr Bob Ray, Cllr Cai Fox")


def test_a_contact_line_is_no_one_who_came():
    present, _ = _read("Minutes\n\nContact: Mr. Ian Hale, Democratic Services Officer\n\n1. Summons\n\nRead.\n")
    assert present == []


def test_headings_run_on_after_a_full_stop_each_head_their_names():
    present, apologies = _read("Present: Councillors: Ann Lee, Bob Ray. Apologies: Cai Fox Also Present: Mr. Dee Hill, "
                               "Director of Services. Summons of Meeting: Notice was read.\n")
    assert present == ["Ann Lee", "Bob Ray", "Mr. Dee Hill"]
    assert apologies == ["Cai Fox"]


def test_the_roll_said_in_the_opening_sentence():
    present, _ = _read("Minutes of the Board\n\nMeeting called to order at 7:32 pm with Ann Lee, Bob Ray, and Cai Fox "
                       "in attendance.\n\n1. Minutes approved.\n")
    assert present == ["Ann Lee", "Bob Ray", "Cai Fox"]
    present, _ = _read("Minutes\n\nThe meeting began at 7.30pm with Dee Hill (Chair) and Ed Lunn present.\n\n1. Parking\n")
    assert present == ["Dee Hill", "Ed Lunn"]


def test_the_chairs_post_then_its_holder_in_a_bracket():
    present, _ = _read("Minutes\n\nIn the Chair : Mayor (Councillor R Quill)\n\nMembers Present : Aldermen – K Ames, D Bell"
                       "\n\n1 PRAYER\n\nRead.\n")
    assert present == ["Councillor R Quill", "Alderman K Ames", "Alderman D Bell"]


def test_an_officers_post_then_a_dash_and_its_holder():
    from minutes.attendance_people import post_holders
    assert post_holders("Chief Executive – Ms G Mull") == "Ms G Mull - Chief Executive"
    assert post_holders("Councillors – S Cairns, E Devlin") == "Councillors – S Cairns, E Devlin"


def test_a_titles_stop_typed_after_its_space_keeps_the_list_whole():
    from minutes import read_minutes
    minutes = read_minutes("MINUTES OF ANNUAL MEETING\n\nCOUNCILLORS PRESENT:\n\n  • Councillor Ann Lee\n\n"
                           "OFFICIALS IN ATTENDANCE:\n\n  • Mr. Cian Hale, Chief Executive\n  • Ms .Mary Gill, Head of Finance\n"
                           "  • Ms. Dora Clark, Director of Services\n\n1. ELECT CHAIR:\n\nAgreed.\n")
    assert [p.name for p in minutes.present] == ["Councillor Ann Lee", "Mr. Cian Hale", "Ms. Mary Gill", "Ms. Dora Clark"]


def test_a_heading_naming_others_before_also_present():
    present, _ = _read("Minutes\n\nPresent:\n\nMr H Fry, Mr G Ross\n\nNon-Members also present:-\n\nMrs C Cadd, Mr T Mack\n\n"
                       "1. Minutes\n\nAgreed.\n")
    assert present == ["Mr H Fry", "Mr G Ross", "Mrs C Cadd", "Mr T Mack"]


def test_a_sentence_of_others_present_keeps_titles_stops_and_leaves_out_the_public():
    from minutes.attendance_sentences import were_present
    from minutes.roll import Attendance
    found = Attendance()
    assert were_present("The Clerk, Mrs. L.M. Pope, the Assessor, Mr. W.T. Ford and a member of the public were also "
                        "present.", found)
    assert [p.name for p in found.present] == ["Mrs. L.M. Pope", "Mr. W.T. Ford"]
    assert not were_present("Two members of the public were present.", Attendance())
