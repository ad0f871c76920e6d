"""Rules of the reader's eleventh pass on undertakings in running text (rdprose7); every line here is invented."""

import pytest

from minutes import read_minutes

_HEAD = ("Minutes of the Area Committee held on Tuesday 3 March 2026\n\n"
         "Present: Councillor Ann Roe (Chair), Councillor Bo Lane, Mr. C. Hart (Area Engineer)\n\n")


def _actions(text):
    return [(a.what, a.who) for a in read_minutes(_HEAD + text).actions]


def test_a_sentence_wrapped_over_a_blank_line_is_read_whole():
    # Scanned minutes give every line of the page as a paragraph of its own.
    text = ("4. Roads\n\n"
            "Councillor Lane raised the state of the footbridge at Mill Row. The Area Engineer agreed to\n\n"
            "arrange for the broken railings at the footbridge to be replaced before the winter.\n\n"
            "5. Any Other Business\n\nNone.\n")
    assert _actions(text) == [("Arrange for the broken railings at the footbridge to be replaced before the winter",
                               "Area Engineer")]


def test_a_line_ending_its_sentence_or_a_lettered_entry_after_a_blank_line_is_not_joined():
    from minutes.reader import _wrapped_paragraphs_joined
    lines = ["The Area Engineer agreed to look at the drainage at the school gate", "", "ii) Grants to groups noted"]
    assert _wrapped_paragraphs_joined(lines) == lines
    lines = ["The Area Engineer agreed to look at the drainage at the school gate.", "", "and more words follow here"]
    assert _wrapped_paragraphs_joined(lines) == lines
    lines = ["The Area Engineer agreed to look at the drainage at the school", "", "gate on Friday."]
    assert _wrapped_paragraphs_joined(lines) == ["The Area Engineer agreed to look at the drainage at the school gate on Friday."]


def _passives(sentence):
    from minutes.future_passives import future_passives
    from minutes.owners import Owners
    return [(task.what, task.who) for task in future_passives(sentence, Owners(["Ann Roe", "Bo Lane"]))]


@pytest.mark.parametrize("sentence, tasks", [
    ("The vacancies will be advertised.", [("Advertise the vacancies", None)]),
    ("It was noted that the broken railings would be replaced with a timber fence.",
     [("Replace the broken railings with a timber fence", None)]),
    ("Street lighting at Elm Row and Quay Street is also to be checked with the contractor.",
     [("Check street lighting at Elm Row and Quay Street with the contractor", None)]),
    ("Volunteers have painted the shelter and a notice will be added to show the timetable.",
     [("Add a notice to show the timetable", None)]),
    ("A leaflet on allotments will be produced by the Clerk.", [("Produce a leaflet on allotments", "Clerk")]),
    ("The overgrown verge is to be cut back before the fete.", [("Cut back the overgrown verge before the fete", None)]),
    # news, the body's own business, a view, a condition, a pronoun, another body's work: none
    ("It is hoped the fence will be mended.", []),
    ("Cllr Lane asked whether the hedge would be cut.", []),
    ("The road will be closed in May.", []),
    ("This will be followed up.", []),
    ("Repairs would be carried out by the water company.", []),
    ("Ann Roe said the bins would be emptied weekly.", []),
    ("Customers will be forced to park on the road.", []),
    ("To ask the Council when public lighting will be installed on the towpath.", []),
])
def test_work_promised_in_the_future_passive_is_read_with_any_verb_of_doing(sentence, tasks):
    assert _passives(sentence) == tasks


def test_a_future_passive_in_running_text_is_a_task_but_not_in_a_reply_for_another_body():
    text = ("5. Village hall\n\nThe hall committee has resigned. The vacancies will be advertised.\n\n"
            "6. Questions\n\nQ.1 Councillor Lane: when will the lamp on the towpath be mended?\n\n"
            "Reply: The fault has been traced to a cable. The lamp will be renewed by the end of April.\n")
    assert _actions(text) == [("Advertise the vacancies", None)]


# --- undertakings in dialogue notes (minutes/spoken_tasks.py) ---

_DIALOGUE_HEAD = "# Steering council, 3 March 2026\n\n## Attendees\n- Priya Shah\n- Tomas Berg\n- Lena Ortiz\n\n## Notes\n\n"


def test_what_a_speaker_undertakes_in_dialogue_notes_is_theirs_and_what_the_group_does_has_no_owner():
    text = (_DIALOGUE_HEAD + "### Release planning\n"
            "- Priya: I'm going to try and build the release notes locally to test.\n"
            "- Tomas: I can talk with the sponsors and confirm the travel budget.\n"
            "- Lena: I'll write the proposal for the new triage rota.\n"
            "- Tomas: Let's invite the docs team to the spring summit.\n"
            "- Tomas: Lena and I will draft the charter update.\n"
            "- Lena: volunteers to go out and talk to package maintainers.\n"
            "- Priya: Not much to report. I can ask the sponsors about the venue.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Build the release notes locally to test", "Priya Shah"),
        ("Talk with the sponsors and confirm the travel budget", "Tomas Berg"),
        ("Write the proposal for the new triage rota", "Lena Ortiz"),
        ("Invite the docs team to the spring summit", None),
        ("Draft the charter update", "Lena Ortiz, Tomas Berg"),
        ("Go out and talk to package maintainers", "Lena Ortiz"),
        ("Ask the sponsors about the venue", "Priya Shah"),
    ]


def test_a_speakers_question_view_or_vote_is_no_undertaking():
    text = (_DIALOGUE_HEAD + "### Budget\n"
            "- Priya: I think it would be good to ask around.\n"
            "- Tomas: Can I check the figures with the treasurer?\n"
            "- Lena: I'll do it.\n"
            "- Lena: We will vote asynchronously on the proposal.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == []


def test_a_future_passive_on_a_condition_is_no_task_yet():
    assert _passives("A new sign will be ordered if the old one is not found.") == []


def test_a_word_of_time_after_the_modal_is_no_part_of_the_tasks_wording():
    text = ("6. Roads\n\nA resident reported a blocked gully on Mill Row. The Area Engineer will again write to the "
            "water company.\n\n7. Footpaths\n\nCouncillor Lane will also contact the landowner at Ford Farm.\n")
    assert _actions(text) == [("Write to the water company", "Area Engineer"),
                              ("Contact the landowner at Ford Farm", "Councillor Bo Lane")]


# --- work put forward with no one named: "It is proposed to ...", "It was suggested that the Clerk ..." ---

def test_work_put_forward_impersonally_is_a_task_and_a_view_or_wish_is_not():
    text = ("5. Insurance\n\nThe council holds a long term agreement until May. It is suggested to get quotes from "
            "other insurers next year.\n\n6. Litter\n\nCouncillor Lane raised concerns about litter. It was suggested "
            "that the Area Engineer contact the District Council to discuss street cleaning.\n\n7. Land\n\nThe site "
            "is in private ownership. It is proposed to contact the landowners to see if they would sell.\n\n"
            "8. Bank\n\nIt was proposed that a new mandate form be completed to allow the Area Engineer to see the "
            "balances.\n\n9. Rules\n\nIt was suggested that the rules were unclear. It is hoped that the fence will "
            "be mended. It is planned to hold a fun day in June.\n")
    assert _actions(text) == [
        ("Get quotes from other insurers next year", None),
        ("Contact the District Council to discuss street cleaning", "Area Engineer"),
        ("Contact the landowners to see if they would sell", None),
        ("Complete a new mandate form to allow the Area Engineer to see the balances", None)]
