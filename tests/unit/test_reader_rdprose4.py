"""General rules for the wording of tasks set in running text (fourth round), each tried on a few
invented lines in the layouts real minutes use."""

from minutes import read_minutes
from minutes.topics import about


def _actions(text):
    return [(a.what, a.who, a.due_text) for a in read_minutes(text).actions]


def test_a_pronoun_stands_for_the_thing_that_opened_the_sentence_before():
    before = ["The tool library needs three more helpers."]
    assert about("Advertise it in the newsletter", before) == "Advertise the tool library in the newsletter"
    before = ["The bench by the pond is loose."]
    assert about("Report it to the county", before) == "Report the bench by the pond to the county"


def test_a_pronoun_stands_for_what_a_decision_adds_to_a_plan():
    before = ["RESOLVED: That the forward plan be approved, with the addition of a report on river water quality."]
    assert about("Add it to the June meeting", before) == (
        "Add a report on river water quality to the June meeting")
    before = ["The consultation response was agreed; the Chair asked officers to include a map of the route."]
    assert about("Circulate it to members", before) == "Circulate a map of the route to members"


def test_a_pronoun_after_a_capitalised_name_is_left_alone():
    # (A name in capitals is the item's own title, not a thing to put mid-sentence.)
    before = ["Village Hall Lottery Bid."]
    assert about("Submit it by Friday", before) == "Submit it by Friday: Village Hall Lottery Bid"


def test_a_whole_minute_words_the_task_with_the_thing_it_points_back_to():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell, Cllr Mia Pugh\n\n5. Volunteers\n"
            "The litter pick rota needs four more names. Cllr Bell to share it on the village noticeboard.\n")
    assert [what for what, _, _ in _actions(text)] == ["Share the litter pick rota on the village noticeboard"]
