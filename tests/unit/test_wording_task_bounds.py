"""Where a task's wording starts and ends: the next sentence, a clause with its own subject, a minute's
or an issue's reference glued on, and a meeting named as where the work goes (all invented)."""

from minutes import read_minutes
from minutes.wording import is_destination, tidy_what
from minutes.when import find_due_phrase


def test_a_task_ends_at_the_next_sentence():
    assert tidy_what("renew the domain registration. So it does not lapse") == "Renew the domain registration"
    assert tidy_what("Reply. #2204 - Needs more discussion with Nils") == "Reply"


def test_a_short_title_or_a_status_is_no_sentence_end():
    assert tidy_what("Write to Cllr. Lenihan about the lights") == "Write to Cllr. Lenihan about the lights"
    assert tidy_what("Write to Mr. Okafor") == "Write to Mr. Okafor"
    assert tidy_what("Landowner letters - sent, 4 replies so far. Done").endswith("Done")


def test_a_glued_minute_reference_opens_the_next_minute():
    assert tidy_what("Draft a note for the Parish Newsletter NP/08/26Housing needs survey The report") == \
        "Draft a note for the Parish Newsletter"


def test_a_reference_inside_the_task_stays():
    assert tidy_what("Review minute AB/12/24 and report") == "Review minute AB/12/24 and report"
    assert tidy_what("Fix issue #1234 - the crash on start") == "Fix issue #1234 - the crash on start"


def test_a_clause_with_its_own_subject_is_not_more_of_the_task():
    assert tidy_what("Man the produce tent and other committee members will cover the raffle") == "Man the produce tent"
    assert tidy_what("Cut the release branch on Friday, we agreed that the freeze starts then") == \
        "Cut the release branch on Friday"
    assert tidy_what("Source a venue It was agreed a workshop should be held") == "Source a venue"


def test_a_second_verb_of_the_same_owner_stays():
    assert tidy_what("Book the hall and report back") == "Book the hall and report back"
    assert tidy_what("Ask the members, then collate the replies") == "Ask the members, then collate the replies"


def _destination(text):
    return is_destination(text, find_due_phrase(text, task=True))


def test_a_named_next_meeting_after_to_is_where_the_work_goes():
    assert _destination("Bring the ten-year plan to the next board meeting")
    assert _destination("Bring the figures to the next meeting of the Panel")
    assert _destination("Report on it to the February meeting")


def test_by_the_next_meeting_or_a_plain_next_meeting_is_only_when():
    assert not _destination("Circulate the summary by the next meeting")
    assert not _destination("Bring the figures to the next meeting")


def test_an_action_line_keeps_its_destination_and_its_due_text():
    minutes = read_minutes("Hollin Brook Woodland\nBoard Meeting Minutes - 9 March 2026\n\n"
                           "Present: Karen Hebden, Delia Crowther\n\n1. Plan\nThe survey is finished.\n"
                           "Action: KH to bring the ten-year plan to the next board meeting.\n"
                           "Action: DC to circulate the survey summary by the next meeting.\n").to_json()
    whats = [(action["what"], action["due_text"]) for action in minutes["actions"]]
    assert whats == [("Bring the ten-year plan to the next board meeting", "the next board meeting"),
                     ("Circulate the survey summary", "the next meeting")]
