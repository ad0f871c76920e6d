"""The wording of tasks set in running text when they point back: pronouns, "this", "doing so" and short names
standing for the thing named before, and passives with or without a doer who can act. Each rule is tried on a
few invented lines in the layouts real minutes use."""

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


def test_doing_so_takes_on_the_work_asked_for_just_before():
    before = ["Members asked the officer to circulate the list of unadopted roads, with their lengths."]
    assert about("Do so by the end of March", before) == (
        "Circulate the list of unadopted roads, with their lengths by the end of March")
    before = ["The Chair requested that the Clerk write to the bus company about the timetable."]
    assert about("Do this", before) == "Write to the bus company about the timetable"


def test_arranging_this_arranges_for_whoever_was_asked_to_do_the_work():
    before = ["Cllr Rowe requested that the neighbourhood sergeant attend the next parish meeting."]
    assert about("Arrange this", before) == "Arrange for the neighbourhood sergeant to attend the next parish meeting"
    before = ["The group asked the youth service to visit the skate park."]
    assert about("Organise it", before) == "Organise for the youth service to visit the skate park"
    # (With no request before it, no one is arranged for: only the matter before is given, as for any terse task.)
    assert not about("Arrange this", ["The skate park was busy over the summer."]).startswith("Arrange for")


def test_a_whole_minute_words_an_agreement_to_do_so_as_the_work_asked():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell, Cllr Mia Pugh\n\n6. Road safety\n"
            "Cllr Pugh requested that the road safety officer visit the primary school. "
            "Cllr Bell agreed to arrange this.\n")
    assert [what for what, _, _ in _actions(text)] == ["Arrange for the road safety officer to visit the primary school"]


def test_this_alone_as_an_object_stands_for_what_was_asked_for():
    before = ["Cllr Pugh asked for a breakdown of grass cutting costs by ward."]
    assert about("Circulate this to all members", before) == (
        "Circulate a breakdown of grass cutting costs by ward to all members")
    assert about("Send that before Friday", before) == "Send a breakdown of grass cutting costs by ward before Friday"
    # ("this" before a noun is no pronoun: the task names its own object.)
    assert about("Circulate this report to all members", before) == "Circulate this report to all members"


def test_a_thing_named_short_takes_its_own_number_from_the_minute():
    from minutes.references import named_in_full
    before = ['Motion 12/2026 - Cllr Ann Rowe: "That the Council asks the county to repair the sea wall." Seconded.']
    assert named_in_full("Forward the motion to the county", before) == "Forward the motion 12/2026 to the county"
    # (A bare number, a count or a date, is no name.)
    assert named_in_full("Forward the motion to the county", ["Motion 12 was carried."]) == (
        "Forward the motion to the county")


def test_a_word_that_points_back_keeps_the_thing_named_in_full():
    from minutes.references import named_in_full
    before = ["The group agreed to add a risk on volunteer burnout to the register."]
    assert named_in_full("Score the new risk", before) == "Score the new risk on volunteer burnout"
    before = ["Officers presented a plan for the village green path."]
    assert named_in_full("Circulate the revised plan to members", before) == (
        "Circulate the revised plan for the village green path to members")
    # (A word that describes the thing, not one that points back, has said which one.)
    assert named_in_full("Circulate the approved plan to members", before) == "Circulate the approved plan to members"


def test_taking_work_on_is_no_part_of_the_work():
    from minutes.wording import tidy_what
    assert tidy_what("volunteer to review the pull request") == "Review the pull request"
    assert tidy_what("would endeavour to find a date in June") == "Find a date in June"
    assert tidy_what("offer to host the next meeting") == "Host the next meeting"
    # (Agreeing to a thing is the task itself.)
    assert tidy_what("agree to the revised terms with the landlord") == "Agree to the revised terms with the landlord"


def test_work_in_the_passive_with_its_doer_after_by_is_that_doer_s_task():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell, Inspector Dev Rowe (Police)\n\n8. Forward plan\n"
            "RESOLVED: That the forward plan be agreed, with the addition of an item on knife crime, "
            "to be presented by Inspector Rowe.\n")
    assert _actions(text) == [("Present an item on knife crime", "Inspector Dev Rowe", None)]


def test_a_passive_with_no_doer_who_can_act_sets_no_task():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n8. Finance\n"
            "The budget, to be approved by the Council in February, was discussed.\n")
    assert _actions(text) == []


def test_one_who_asks_another_to_act_owns_no_task_of_the_meeting_s_own_business():
    text = ("Present: Cllr Ann Cole (Chair), Cllr Rhys Bell\n\n2. Minutes\n"
            "The Chair requested Council to approve the minutes of the meeting held on 3 June, "
            "which would be signed at the end of the meeting.\n")
    assert _actions(text) == []


def test_an_update_awaiting_an_answer_is_about_the_matter_raised_before():
    before = ["Cllr Bell raised flooding on the lane at Hill Farm."]
    assert about("Update members once a reply is received", before) == (
        "Update members: flooding on the lane at Hill Farm, once a reply is received")
    assert about("Brief Parish Council members when the decision issues", before) == (
        "Brief Parish Council members: flooding on the lane at Hill Farm, when the decision issues")
    # (A task that names its matter keeps its words.)
    assert about("Update members on the bus shelter once a reply is received", before) == (
        "Update members on the bus shelter once a reply is received")


def test_a_thing_reported_in_a_bad_state_is_what_a_task_after_it_is_about():
    assert about("Report it online", ["Footpath HB/4 gate reported broken again."]) == (
        "Report it online: Footpath HB/4 gate")
    # (Someone who reported a thing is no thing.)
    assert about("Report it online", ["JB reported the hedge was cut."]) == "Report it online"


def test_what_someone_asked_to_have_done_is_what_a_task_after_it_is_about():
    before = ["Cllr Bell asked that the gully on Mill Lane be added to the cleansing schedule."]
    assert about("Inspect it and report back", before) == "Inspect the gully on Mill Lane and report back"
    # (A request that names no thing gives no topic of its own.)
    assert about("Inspect it", ["Cllr Bell asked that members be kept informed."]) == "Inspect it"
