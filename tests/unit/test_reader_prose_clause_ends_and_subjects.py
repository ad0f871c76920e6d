"""Undertakings written in running text and the wording of their tasks: where a task ends at the next clause or
semicolon, each subject's own task, parts of an organisation written in lower case, and what is no part of the
task (its reason, a manner word, a reflexive). Each rule is tried on a few invented lines in the layouts real
minutes use."""

from minutes import read_minutes
from minutes.commitments import commitments
from minutes.owners import Owners
from minutes.wording import tidy_what

_HEAD = "Present: Ann Cole (Chair), Cllr Rhys Bell, Cllr Mia Pugh, Tom Hale\n\n4. Matters\n"


def _actions(text):
    return [(a.what, a.who) for a in read_minutes(_HEAD + text).actions]


def _committed(text):
    return [(task.what, task.who) for task in commitments(text, Owners(["Ann Cole", "Rhys Bell", "Tom Hale"]))]


def test_a_part_of_an_organisation_named_in_lower_case_undertakes_work():
    assert _committed("It was agreed that the Roads section would carry out a site visit at the junction.") == [
        ("Carry out a site visit at the junction", "the Roads section")]
    assert _committed("The housing team will review the allocations policy.") == [
        ("Review the allocations policy", "The housing team")]
    assert _committed("Each council member will add comments on the draft budget.") == [
        ("Add comments on the draft budget", "Each council member")]


def test_words_that_are_not_a_part_of_an_organisation_undertake_nothing():
    # (A clause, a time or a preposition inside the words, or a single member named by "the".)
    assert _committed("Ann asked for volunteers to review the pull request.") == []
    assert _committed("For the second year the partners will fund the scheme.") == []
    assert _committed("Agreed that the lay member will review leaflets before publication.") == []


def test_a_task_ends_where_the_next_clause_names_its_own_subject():
    assert tidy_what("Share the spreadsheet and each council member will add comments") == "Share the spreadsheet"
    assert tidy_what("Book the hall, while the Treasurer would pay the deposit") == "Book the hall"
    # The same person going on, two who act together, and what will be done to a thing all stay.
    assert tidy_what("Allocate the homes by April and she would brief members") == (
        "Allocate the homes by April and she would brief members")
    assert tidy_what("Agreed that KU and TA will co-design a session") == "Agreed that KU and TA will co-design a session"
    assert tidy_what("Count the traffic, and the outcome will be reported to members") == (
        "Count the traffic, and the outcome will be reported to members")


def test_two_subjects_in_one_sentence_each_undertake_their_own_task():
    assert _committed("Tom Hale will share the spreadsheet and each council member will add comments on the budget.") == [
        ("Share the spreadsheet", "Tom Hale"), ("Add comments on the budget", "each council member")]


def test_each_of_a_kind_of_partner_undertakes_work():
    assert _committed("The Board agreed the plan. Each partner to circulate the survey through its own channels.") == [
        ("Circulate the survey through its own channels", "Each partner")]
    assert _committed("Each practice will run a Saturday clinic.") == [
        ("Run a Saturday clinic", "Each practice")]


def test_a_task_ends_at_a_semicolon_before_another_subject_set_to_work():
    assert tidy_what("Invite speakers; all councillors to deliver leaflets in their wards") == "Invite speakers"
    assert tidy_what("Order the bench; the Treasurer will pay the invoice") == "Order the bench"
    # ("; the bench to be installed in May" is the same work's plan, not another's task.)
    assert tidy_what("Order the bench; the bench to be installed in May") == "Order the bench; the bench to be installed in May"


def test_a_minute_of_two_undertakings_split_at_a_semicolon_gives_both():
    text = "Cllr Bell and the Clerk to invite speakers; all councillors to deliver leaflets in their wards.\n"
    assert _actions(text) == [("Invite speakers", "Cllr Rhys Bell, Clerk"),
                              ("Deliver leaflets in their wards", "all councillors")]


def test_who_does_the_work_a_passive_sets_is_named_after_by():
    text = "The Panel asked that the reply be sent by the Clerk to the Commissioner by 6 February 2026.\n"
    assert _actions(text) == [("Send the reply to the Commissioner", "Clerk")]
    text = "It was agreed that a training day for members be held in May, to be organised by Tom Hale.\n"
    assert _actions(text) == [("Organise a training day for members in May", "Tom Hale")]


def test_a_paragraph_number_does_not_hide_a_request_that_work_be_done():
    text = "49.3  The Panel asked that the reply be sent by the Clerk to the Commissioner by 6 February 2026.\n"
    assert _actions(text) == [("Send the reply to the Commissioner", "Clerk")]


def test_why_a_task_is_set_and_the_step_after_its_date_are_not_the_task():
    assert tidy_what("Write to the Commissioner, as required by the Regulations") == "Write to the Commissioner"
    assert tidy_what("Publish the accounts, as set out in the Financial Regulations") == "Publish the accounts"
    text = "The Clerk will circulate the final draft by 20 February, with sign-off at the March meeting.\n"
    assert [what for what, _ in _actions(text)] == ["Circulate the final draft"]


def test_a_run_of_thousands_of_clauses_is_read_back_in_bounded_pieces():
    from minutes.final_passes import _LONGEST_SENTENCE, _bounded_sentences

    written = ["Tom Hale reported on the drain.", "The Clerk will write to Highways; Ann Cole will chase it."]
    assert _bounded_sentences(written) == written  # (sentences as written are read whole)
    run = "; ".join(f"Tom Hale to chase the quote for bench {i}" for i in range(400))
    pieces = _bounded_sentences([run])
    assert len(pieces) == 400 and all(len(piece) <= _LONGEST_SENTENCE for piece in pieces)
    assert _bounded_sentences(["x" * 4000]) == ["x" * 1500, "x" * 1500, "x" * 1000]


def test_a_passage_of_one_long_run_of_undertakings_reads_each_of_them():
    text = "; ".join(f"Tom Hale to chase the quote for bench {i}" for i in range(300)) + ".\n"
    actions = _actions(text)
    assert len(actions) == 300 and actions[7] == ("Chase the quote for bench 7", "Tom Hale")


def test_what_a_decision_spends_on_a_thing_is_not_its_name():
    from minutes.topics import topic_before

    assert topic_before(["RESOLVED to replace the trough at a cost not exceeding £450."]) == "the trough"
    assert topic_before(["It was agreed to repaint the bus shelter for £320."]) == "the bus shelter"
    text = "The allotment society asked for a new trough. RESOLVED to replace the trough at a cost not exceeding £450. Clerk to order.\n"
    # (A verb alone takes its thing as its object: "Order the new trough", not "Order: the trough".)
    assert _actions(text) == [("Order the new trough", "Clerk")]


def test_a_manner_word_before_what_was_done_sets_no_task():
    text = "It was resolved that the minutes are approved and the Chair duly signed them as a true record.\n"
    assert _actions(text) == []
    assert _actions("RESOLVED that the Clerk promptly write to the school.\n") == [("Promptly write to the school", "Clerk")]


def test_after_a_comma_what_would_be_done_to_a_thing_opens_the_next_clause():
    assert tidy_what("Undertake the interviews and following a good reference, the post would be offered to the "
                     "applicant") == "Undertake the interviews"
    assert tidy_what("Obtain quotes, the work to be done before winter") == "Obtain quotes, the work to be done before winter"
    text = ("It was resolved that Cllr Bell and Cllr Pugh would undertake the interviews and, following a good "
            "reference, the post would be offered to the applicant.\n")
    assert [what for what, _ in _actions(text)] == ["Undertake the interviews"]


def test_same_stands_for_the_thing_a_request_just_before_named():
    from minutes.topics import about, is_terse

    assert is_terse("Inspect & report on same")
    before = ["A petition was received from residents requesting that the lane by the mill be put in order."]
    assert about("Inspect & report on same", before) == "Inspect & report on same: the lane by the mill"
    assert about("Deal with same", ["Members asked that the broken gate be repaired."]) == "Deal with the broken gate"


def test_look_into_it_with_someone_leaves_its_thing_unsaid():
    from minutes.topics import about

    before = ["Cllr Bell raised the flooding at the ford."]
    assert about("Look into it with the landowner", before) == "Look into the flooding at the ford with the landowner"


def test_a_title_cut_off_by_its_stop_belongs_to_the_subject_not_the_words_before():
    owners = Owners(["Chief Superintendent Gerard Naughton"])
    text = "Deputy Breslin asked for figures on response times in rural areas. Chief Supt. Naughton agreed to provide these to the Deputy."
    assert [(t.what, t.who) for t in commitments(text, owners)] == [
        ("Provide figures on response times in rural areas to the Deputy", "Chief Superintendent Gerard Naughton")]


def test_applying_for_something_is_work_and_a_rule_applying_is_not():
    assert _committed("Ann Cole said the Council would apply to the Department for grant aid when the scheme reopens.") == []
    owners = Owners(["Ann Cole"])
    text = "Ann Cole said the Council would apply to the Department for grant aid when the scheme reopens."
    assert [(t.what, t.who) for t in commitments(text, owners, kind="committee")] == [
        ("Apply to the Department for grant aid when the scheme reopens", "the Council")]
    assert _committed("The Clerk will apply for a grant from the lottery fund.") == [
        ("Apply for a grant from the lottery fund", "The Clerk")]
    assert _committed("The new rules would apply to all members.") == []


def test_what_the_meeting_agreed_be_done_is_what_a_terse_task_after_it_is_for():
    owners = Owners(["Ann Cole"])
    text = "It was agreed that a briefing for all members be held in April; the Council to issue invitations."
    assert [(t.what, t.who) for t in commitments(text, owners, kind="committee")] == [
        ("Issue invitations to a briefing for all members", "the Council")]


def test_a_body_written_to_is_named_in_full_as_the_minute_named_it():
    from minutes.references import named_in_full

    before = ["Cllr Bell asked for an update on the request to the Department of Transport for a crossing at the school.",
              "No reply had been received."]
    assert named_in_full("Write again to the Department", before) == (
        "Write again to the Department of Transport for a crossing at the school")
    before = ["Members discussed the letter from the Minister for Housing and Local Government seeking views on the plan."]
    assert named_in_full("Write to the Minister", before) == "Write to the Minister for Housing and Local Government"
    # (A thing whose name ends in "-ing" keeps it: only a participle opening a clause ends the name.)
    assert named_in_full("Tighten fixings", ["Two items (loose fixings on the climbing frame)."]) == (
        "Tighten loose fixings on the climbing frame")


def test_a_second_owner_joined_by_and_is_set_their_own_task():
    assert tidy_what("Book the Village Hall and Cllr Bell to invite the school") == "Book the Village Hall"
    assert tidy_what("Write to Highways and the Clerk to chase") == "Write to Highways"
    assert tidy_what("Write to Highways and Network Rail to ask for a date") == (
        "Write to Highways and Network Rail to ask for a date")  # (a body named, not an owner set to work)
    text = "Agreed to hold the annual meeting in May. Clerk to book the Village Hall and Cllr Bell to invite the school.\n"
    assert _actions(text) == [("Book the Village Hall", "Clerk"), ("Invite the school", "Cllr Rhys Bell")]


def test_who_acts_is_named_before_the_gloss_that_lists_its_members():
    owners = Owners(["Rhys Bell", "Tom Hale"])
    text = "The Events Working Group (Cllrs Bell, Pugh and Hale) will report back with a budget."
    assert [(t.what, t.who) for t in commitments(text, owners, kind="council")] == [
        ("Report back with a budget", "The Events Working Group")]


def test_attending_alone_is_attending_the_event_named_before():
    owners = Owners(["Tom Hale"])
    text = "Invitation to the parish liaison evening, 25th March. Tom Hale will attend."
    assert [(t.what, t.who) for t in commitments(text, owners)] == [
        ("Attend: Invitation to the parish liaison evening, 25th March", "Tom Hale")]
    assert [(t.what, t.who) for t in commitments("Tom Hale will attend.", owners)] == []


def test_a_thing_to_be_published_by_a_date_is_work_and_one_published_is_a_decision():
    assert _actions("- The annual transparency report is to be published before the Summit (end of April).\n") == [
        ("Publish the annual transparency report before the Summit", None)]
    assert _actions("The minutes will be published on the website.\n") == []
    assert _actions("Tom Hale noted that the guidance would be updated in 2026.\n") == []


def test_a_statement_of_what_is_so_is_no_task():
    from minutes.reader import _says_a_task

    owners = Owners(["Tom Hale"])
    for stated in ["Download figures show under 1% on the old platform", "Programme release 2.1 slipped to March",
                   "Nomination of the new maintainer had no objections"]:
        assert not _says_a_task(stated, owners)
    for task in ["Tell the authors the exception was declined", "Note on updating records when a tool is retired",
                 "The annual report had not yet come to the Board", "Check the figures are right",
                 "Carers' strategy refresh to come to the March meeting", "The written answers will be published"]:
        assert _says_a_task(task, owners)


def test_a_reply_is_on_what_was_asked_and_for_whoever_asked_it():
    from minutes.topics import about

    before = ["Mr Cole asked how residents would be told about the road closure."]
    assert about("Send him a written reply", before) == (
        "Send him a written reply on how residents would be told about the road closure")
    owners = Owners(["Ann Cole", "Tom Hale"])
    text = "Ms Cole asked whether the library would open on Sundays. Tom Hale will send her a written reply."
    assert [(t.what, t.who) for t in commitments(text, owners)] == [
        ("Send Ms Cole a written reply on whether the library would open on Sundays", "Tom Hale")]
    # (Not when the task names whom it means before the pronoun.)
    text = "Ann Cole reported on the rota. Tom Hale will ask Rhys whether he is free and remind him of the date."
    assert [t.what for t in commitments(text, owners)] == ["Ask Rhys whether he is free and remind him of the date"]


def test_a_statement_followed_by_an_instruction_is_a_task():
    from minutes.reader import _says_a_task

    assert _says_a_task("The gate is broken. Order a new one", Owners(["Tom Hale"]))


def test_a_pronoun_after_a_sentence_opening_with_it_again_points_to_the_one_person_named_before():
    owners = Owners(["Tom Hale"])
    text = ("The board met the Developer-in-Residence, Mara Quist, for her monthly update. She has landed the parser "
            "work. The board asked her to write a short post about the parser changes.")
    assert [(t.what, t.who) for t in commitments(text, owners)] == [
        ("Write a short post about the parser changes", "Mara Quist")]
    # (Two people named there: whom "her" means cannot be told.)
    text = ("The board met Mara Quist and Tom Hale. She has landed the parser work. The board asked her to write a "
            "short post about the parser changes.")
    assert commitments(text, owners) == []


def test_a_reflexive_after_the_task_says_only_who_does_it():
    assert tidy_what("open a PR herself") == "Open a PR"
    assert tidy_what("fix the timber himself by Easter") == "Fix the timber by Easter"
    assert tidy_what("introduce himself to the group") == "Introduce himself to the group"


def test_agreeing_to_include_this_takes_on_what_was_asked_to_be_done_or_shown():
    from minutes.topics import about
    from minutes.wording import plain_form

    before = ["Members asked for parishes that had missed two returns to be named in the next report."]
    assert about("Include this", before) == "Name parishes that had missed two returns in the next report"
    before = ["Cllr Bell asked that future reports show response times by ward."]
    assert about("Include these from the spring report", before) == (
        "Include response times by ward from the spring report")
    assert [plain_form(word) for word in ("named", "timed", "examined", "trained", "opened", "planned")] == [
        "name", "time", "examine", "train", "open", "plan"]


def test_a_view_recorded_and_the_signing_of_the_minutes_are_no_tasks():
    from minutes.reader import _says_a_task

    owners = Owners(["Tom Hale"])
    for not_task in ["Concern that reactions are hard to audit", "Consensus that the release waits",
                     "Sign and date", "Sign the minutes as a true record"]:
        assert not _says_a_task(not_task, owners)
    for task in ["Sign the insurance renewal", "Raise the concern that the path is unsafe with Highways"]:
        assert _says_a_task(task, owners)


def test_the_results_are_of_the_thing_the_words_before_said_would_be_run():
    from minutes.topics import about

    before = ["Cllr Bell raised speeding on the main road.", "Tom Hale said that a speed survey would be carried out in May and"]
    assert about("Report the results to the June meeting", before) == (
        "Report the results of the speed survey to the June meeting")
    assert about("Report the results of the survey", before) == "Report the results of the survey"


def test_an_undertaking_read_again_with_its_object_named_words_the_action_so():
    text = ("Cllr Bell raised speeding on the main road. Tom Hale stated that a speed operation would commence this "
            "month and he would report the results to the June meeting.\n")
    assert [what for what, _ in _actions(text)] == ["Report the results of the speed operation to the June meeting"]


def test_going_to_taking_an_action_and_short_forms_set_work():
    owners = Owners(["Tom Hale", "Ann Cole"])
    assert [(t.what, t.who) for t in commitments("Tom Hale and Ann Cole are going to write the abstract.", owners)] == [
        ("Write the abstract", "Tom Hale, Ann Cole")]
    assert [(t.what, t.who) for t in commitments("Tom Hale took away the action to collect how other projects model queue depth.", owners)] == [
        ("Collect how other projects model queue depth", "Tom Hale")]
    text = "Ann Cole and Tom Hale will write the bid. Rhys asked for a demo; Ann Cole said she'd look into a demo site."
    assert [(t.what, t.who) for t in commitments(text, owners)][-1] == ("Look into a demo site", "Ann Cole")


def test_the_executive_in_a_committees_minutes_is_the_officials_who_serve_it():
    owners = Owners(["Tom Hale"])
    text = "The Executive agreed to bring a report on re-let times to the next meeting."
    assert [(t.what, t.who) for t in commitments(text, owners, kind="committee")] == [
        ("Bring a report on re-let times", "The Executive")]
    assert commitments(text, owners, kind="executive") == []


def test_a_thing_someone_reported_is_what_it_means_after_it():
    from minutes.topics import about

    before = ["Cllr Bell reported a fallen tree blocking the footpath near the mill."]
    assert about("Report it to the county", before) == "Report a fallen tree blocking the footpath near the mill to the county"


def test_a_clause_of_its_own_after_a_task_is_not_the_task():
    assert tidy_what("Liaise with Ann on reusing it, and Ann stays the owner of the write-up") == "Liaise with Ann on reusing it"
    assert tidy_what("Look into it this week; if no fix we slip the release by a week") == "Look into it this week"
