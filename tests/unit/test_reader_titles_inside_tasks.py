"""Titles and abbreviations written with a full stop inside a task: a police rank
("Det. Insp. Harker", "Const. Beddow"), a priest ("Fr. Doyle") and a saint's name that opens a
church, a school or a hall ("St. Luke's") end no sentence, so the task runs on to its end; a name
after such a title that closes its sentence still ends it. Every line here is invented."""

from minutes import read_minutes
from minutes.decisions import sentences
from minutes.wording import tidy_what


def _actions(body):
    text = f"Minutes of the Committee, 10 March 2026\nPresent: Ruth Ambler, Kieran Voss, Dana Whitlock\n\n1. Business\n{body}\n"
    return [(action.what, action.who) for action in read_minutes(text).actions]


def test_a_rank_or_a_saint_with_a_full_stop_does_not_end_the_sentence():
    assert sentences("Ruth agreed to speak to Det. Insp. Harker about patrols. Kieran to ask Const. Beddow.") == [
        "Ruth agreed to speak to Det. Insp. Harker about patrols.", "Kieran to ask Const. Beddow."]
    assert sentences("Dana to book St. Luke's hall. Ruth to ask Fr. Doyle about the slot.") == [
        "Dana to book St. Luke's hall.", "Ruth to ask Fr. Doyle about the slot."]


def test_a_name_after_a_title_still_closes_its_sentence():
    assert sentences("Kieran agreed to call Det. Moss. Dana to book the room.") == [
        "Kieran agreed to call Det. Moss.", "Dana to book the room."]


def test_a_task_keeps_the_words_after_a_constable():
    assert tidy_what("Ask Const. Beddow for the incident figures") == "Ask Const. Beddow for the incident figures"


def test_tasks_in_running_text_and_in_bullets_run_on_past_the_title():
    assert _actions("Ruth agreed to speak to Det. Grant Crawford about the bottles. "
                    "Kieran to confirm we have space at St. Mark's hall.") == [
        ("Speak to Det. Grant Crawford about the bottles", "Ruth Ambler"),
        ("Confirm we have space at St. Mark's hall", "Kieran Voss")]
    assert _actions("- Dana to meet Const. Reyes about parking at the gates.") == [
        ("Meet Const. Reyes about parking at the gates", "Dana Whitlock")]


def test_runs_of_titles_are_read_as_one_sentence():  # (quadratic, it would hang visibly)
    for hostile in ("St. " * 5000, "Det. " * 5000, "Const. " * 5000, "a" * 5000, " " * 5000, "," * 5000):
        assert len(sentences(hostile)) <= 1 or hostile.startswith(("St", "Det", "Const"))
        tidy_what(hostile)
