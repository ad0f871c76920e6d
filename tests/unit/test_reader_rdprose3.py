"""General rules for commitments in running text, their owners and a terse task's topic (third
round), each tried on a few invented lines in the layouts real minutes use."""

from minutes import read_minutes
from minutes.topics import is_terse, terse_with_topic


def _actions(text):
    return [(a.what, a.who, a.due_text) for a in read_minutes(text).actions]


def test_a_bare_verb_or_a_generic_object_is_terse_and_a_named_matter_is_not():
    for terse in ("Chase", "Arrange.", "Draft a response", "Obtain a third quote", "Book places", "Ping her",
                  "Update members", "Prepare the accounts", "Report back"):
        assert is_terse(terse), terse
    for full in ("Announce it on the mailing list", "Draft the joint letter", "Update the website",
                 "Contact the landowner", "Write to the successful applicants", "Share the survey",
                 "Circulate the notes by Friday", "Bring the revised plan to the March meeting"):
        assert not is_terse(full), full


def test_a_terse_task_takes_the_title_its_entry_opens_with():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n4. Village amenities\n"
            "(a) 25/88 Bus shelter glazing at the green - still awaiting the glazier. Clerk to chase.\n")
    assert _actions(text) == [("Chase: Bus shelter glazing at the green", "Clerk", None)]


def test_a_terse_task_after_a_task_is_about_what_that_task_was_about():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell, Cllr Mia Pugh\n\n7. Training\n"
            "Cllrs Bell and Pugh to attend the county planning workshop on 9 March. Clerk to book places.\n")
    assert ("Book places: the county planning workshop", "Clerk", None) in _actions(text)


def test_a_terse_undertaking_is_about_what_a_member_raised_just_before():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell, Mr Tom Hale (Engineer)\n\n3. Roads\n"
            "Cllr Bell raised flooding on the lane to Nantgwyn. Mr Hale said the drain had been surveyed and he "
            "would update members at the next meeting.\n")
    assert _actions(text) == [("Update members: flooding on the lane to Nantgwyn", "Mr Tom Hale",
                               "the next meeting")]


def test_a_terse_task_under_a_titled_item_takes_the_title_and_a_one_word_or_standing_title_is_none():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n5. Churchyard wall repairs\n"
            "Two estimates were received. Cllr Bell to obtain a third quote.\n\n6. Jobs\nACTION: Clerk to share the figures.\n"
            "\n7. Matters arising\nACTION: Clerk to chase.\n")
    assert _actions(text) == [("Obtain a third quote: Churchyard wall repairs", "Cllr Rhys Bell", None),
                              ("Share the figures", "Clerk", None), ("Chase", "Clerk", None)]


def test_a_name_before_a_dash_is_who_wrote_and_the_matter_follows_it():
    assert terse_with_topic("Draft a response", "Harbury District Council - consultation on the local walking plan, "
                            "closing 6 May.") == "Draft a response: consultation on the local walking plan"
    assert terse_with_topic("Draft a response", "Two quotes received (£400 and £520).") == "Draft a response"
    assert terse_with_topic("Circulate the notes", "Year end: auditor booked.") == "Circulate the notes"


def test_a_terse_task_in_a_row_of_minute_text_takes_its_entry_s_topic():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n"
            "| Minute | Notes | Action |\n|---|---|---|\n"
            "| 26/12 | Allotments. The gate lock needs replacing. It was agreed to buy one. Cllr Bell to arrange. | RB |\n")
    assert [(what, who) for what, who, _ in _actions(text)] == [("Arrange: the gate lock", "Cllr Rhys Bell")]


def test_work_promised_in_the_passive_is_a_task_and_news_in_the_passive_is_not():
    text = ("Present: Ann Cole (Chair), Mr Tom Hale (Engineer)\n\n3. Roads\n"
            "Mr Hale said the survey had identified four failing culverts on the moor road. The list will be "
            "circulated to members.\nThe bridge will be closed for a fortnight in May.\n"
            "Funding would be provided by the county council.\nA letter will be sent if the verge is not cut.\n"
            "The cycle forum would meet again in June and Ms Ada Rees would be invited.\n"
            "The plan will be published on the website.\n")
    assert _actions(text) == [("Circulate the list to members: four failing culverts on the moor road", None, None),
                              ("Invite Ms Ada Rees: the cycle forum", None, None)]


def test_who_agreed_that_work_would_be_done_owns_it_and_the_meeting_s_own_request_sets_it():
    text = ("Present: Ann Cole (Chair), Cllr Rhys Bell\n\n4. Public question time\n"
            "A resident asked about the closure of the footpath at Pen y Bryn. The Chair agreed a written reply "
            "would be sent.\n\n5. Food banks\nBoard asked that a list of food bank opening times be shared with "
            "partners.\nCllr Bell asked that the hall be repainted.\n")
    assert _actions(text) == [
        ("Send a written reply: the closure of the footpath at Pen y Bryn", "The Chair", None),
        ("Share a list of food bank opening times with partners", None, None)]


def test_a_figure_or_an_aside_in_brackets_closes_a_sentence():
    from minutes.decisions import sentences
    assert sentences("Performance was 71.4%. RB to circulate the plan.") == [
        "Performance was 71.4%.", "RB to circulate the plan."]
    assert sentences("The lease was renewed. (Cllr Bell did not vote.) AC to arrange sealing.") == [
        "The lease was renewed.", "(Cllr Bell did not vote.)", "AC to arrange sealing."]
    assert sentences("See the report (item 4.) for detail.") == ["See the report (item 4.) for detail."]
