"""Undertakings in running text: sentences wrapped over a blank line, work promised in the future passive, and
what speakers undertake in dialogue notes, set against questions, views, votes and suggestions. Every line here is
invented."""

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
    ("The caretaker's post will be advertised.", [("Advertise the caretaker's post", None)]),
    ("It was noted that the broken stile on footpath 4 would be renewed before Easter.",
     [("Renew the broken stile on footpath 4 before Easter", None)]),
    ("The bus shelters at Elm Row and Quay Street are also to be inspected with the insurer.",
     [("Inspect the bus shelters at Elm Row and Quay Street with the insurer", None)]),
    ("The hall roof has been mended and a gutter will be fitted to the porch.",
     [("Fit a gutter to the porch", None)]),
    ("A footpath guide will be produced by the Clerk.", [("Produce a footpath guide", "Clerk")]),
    ("The overgrown verge is to be cut back before the fete.", [("Cut back the overgrown verge before the fete", None)]),
    # news, the body's own business, a view, a condition, a pronoun, another body's work: none
    ("It is hoped the fence will be mended.", []),
    ("Cllr Lane asked whether the hedge would be cut.", []),
    ("The road will be closed in May.", []),
    ("This will be followed up.", []),
    ("Repairs would be carried out by the water company.", []),
    ("Ann Roe said the bins would be emptied weekly.", []),
    ("Drivers will be encouraged to share cars.", []),
    ("To ask the Council when public lighting will be installed on the towpath.", []),
])
def test_work_promised_in_the_future_passive_is_read_with_any_verb_of_doing(sentence, tasks):
    assert _passives(sentence) == tasks


def test_a_future_passive_in_running_text_is_a_task_but_not_in_a_reply_for_another_body():
    text = ("5. Village hall\n\nThe caretaker has retired. The caretaker's post will be advertised.\n\n"
            "6. Questions\n\nQ.1 Councillor Lane: when will the lamp on the towpath be mended?\n\n"
            "Reply: The fault has been traced to a cable. The lamp will be renewed by the end of April.\n")
    assert _actions(text) == [("Advertise the caretaker's post", None)]


# --- undertakings in dialogue notes (minutes/spoken_tasks.py) ---

_DIALOGUE_HEAD = "# Steering council, 3 March 2026\n\n## Attendees\n- Priya Shah\n- Tomas Berg\n- Lena Ortiz\n\n## Notes\n\n"


def test_what_a_speaker_undertakes_in_dialogue_notes_is_theirs_and_what_the_group_does_has_no_owner():
    text = (_DIALOGUE_HEAD + "### Release planning\n"
            "- Priya: I'm going to sketch the new logo this week.\n"
            "- Tomas: I can ring the venue and book the room for June.\n"
            "- Lena: I'll write the proposal for the new triage rota.\n"
            "- Tomas: Let's invite the docs team to the spring summit.\n"
            "- Tomas: Lena and I will draft the charter update.\n"
            "- Lena: volunteers to write to the plugin authors about the licence change.\n"
            "- Priya: Nothing new from me. I can ask the printers for a quote.\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Sketch the new logo this week", "Priya Shah"),
        ("Ring the venue and book the room for June", "Tomas Berg"),
        ("Write the proposal for the new triage rota", "Lena Ortiz"),
        ("Invite the docs team to the spring summit", None),
        ("Draft the charter update", "Lena Ortiz, Tomas Berg"),
        ("Write to the plugin authors about the licence change", "Lena Ortiz"),
        ("Ask the printers for a quote", "Priya Shah"),
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

def test_work_proposed_impersonally_is_a_task_and_a_suggestion_view_or_wish_is_not():
    # (A suggestion the meeting did not take up sets no one work: "It is suggested to compare tariffs ...",
    # "It was suggested that the Area Engineer ring ..." are put forward, not agreed.)
    text = ("5. Energy\n\nThe hall's electricity contract ends in October. It is suggested to compare tariffs from "
            "three suppliers in the autumn.\n\n6. Buses\n\nCouncillor Lane raised the late evening buses. It was "
            "suggested that the Area Engineer ring the bus operator to ask about the timetable.\n\n7. Allotments\n\n"
            "The water rates have risen. It is proposed to write to the allotment holders to see if they would share "
            "the cost.\n\n8. Bank\n\nIt was proposed that the standing order form be renewed to allow the Area "
            "Engineer to pay the hall hire.\n\n9. Rules\n\nIt was suggested that the rules were unclear. It is hoped "
            "that the fence will be mended. It is planned to hold a fun day in June.\n")
    assert _actions(text) == [
        ("Write to the allotment holders to see if they would share the cost", None),
        ("Renew the standing order form to allow the Area Engineer to pay the hall hire", None)]


def test_future_passives_read_a_bounded_span_on_hostile_text():
    # A 60,000-character run with no full stop: at most _MOST_LINKS links, each read within a few hundred characters.
    from minutes.future_passives import _MOST_LINKS
    assert len(_passives("the fence will be mended and " * 2000)) == _MOST_LINKS
    assert _passives("word " * 12000 + "will be advertised.") == []


# --- a generic thing promised in the passive takes its matter from the sentence before ---

def test_details_or_pricing_promised_in_the_passive_are_of_the_matter_named_just_before():
    text = ("4. Waste\n\nNext month there will be a bulky waste amnesty at the depot. Information will be circulated.\n\n"
            "5. Training\n\nA joint first aid course for volunteers. Costings will be sought.\n")
    assert _actions(text) == [("Circulate information on a bulky waste amnesty", None),
                              ("Seek costings for a joint first aid course for volunteers", None)]


def test_a_future_passive_ends_at_an_inline_bullet_and_to_see_if_is_no_condition():
    assert _passives("A former councillor will be approached to see if he would help. • The gate is broken.") == [
        ("Approach a former councillor to see if he would help", None)]


def test_speakers_lines_run_together_without_full_stops_are_read_turn_by_turn():
    text = ("# Docs WG, 3 March 2026\n\n## Present\n* Ravi Menon (@ravi)\n* Ines Holm (@iholm)\n\n## Notes\n"
            "* Style guide\nNo decision yet on the tone\nInes: the old guide is hard to find\n"
            "Ravi: volunteers to draft the new style guide, Ines has shared the folder\n")
    assert [(a.what, a.who) for a in read_minutes(text).actions] == [
        ("Draft the new style guide", "Ravi Menon")]


def test_a_thing_that_will_be_something_after_and_opens_the_next_clause():
    from minutes.wording import tidy_what
    assert tidy_what("Look into the drainage on Mill Row and the working group will be made up of Ann Roe and Bo Lane") == (
        "Look into the drainage on Mill Row")
    assert tidy_what("Write to the owner and the reply will be shared with members") == "Write to the owner"
    assert tidy_what("Repair the gate and the fence") == "Repair the gate and the fence"


@pytest.mark.parametrize("sentence", ['The bins and " will be emptied.', "It was noted that the path and “ would be cleaned by the Clerk.",
                                      "It was proposed that“ ” will be emptied."])
def test_a_quote_mark_alone_before_a_future_passive_reads_without_error(sentence):
    assert _actions("1. Highways\n\n" + sentence + "\n") == []
