"""Reviews of earlier actions, where they start and how their entries open: "Open actions:", "Last time's action
items", "Min. 124 -", "Action 25-17 (topic) -", "2.2 Matters arising:", an unticked box, and undertakings in a
review's running text. Each rule is tried on a few invented lines in layouts real minutes use."""

from minutes import read_minutes
from minutes.actions import Task
from minutes.owners import Owners
from minutes.review_passages import awaited_thing, done_by, matter_of, on_matter, ordered_thing, with_thing
from minutes.reviews import group_owner, open_entry, review_entries, status_of

_OWNERS = Owners(["Jo Archer", "Ravi Singh", "Helen Brook", "Tom Wade", "Bea Shaw", "Per Holm"])
_PRESENT = "Present: Jo Archer (Chair), Ravi Singh, Helen Brook, Tom Wade, Bea Shaw, Per Holm, Clerk\n\n"


def _entry(text):
    task = open_entry(text, _OWNERS)
    return (task.what, task.who, task.due_text) if task else None


def _all(text):
    return [(a.what, a.who, a.carried) for a in read_minutes(text).actions]


def test_an_entry_opened_by_a_minute_reference_with_a_full_stop():
    assert _entry("- Min. 88 - Bench on the green: still awaited from the maker. Clerk to chase.") == (
        "Chase the bench on the green", "Clerk", None)


def test_an_entry_whose_number_is_left_before_its_topic_in_brackets():
    # "Action 31-07 (...)": read by the marker as "Action 31-", the entry keeps "07 (the topic) - ...".
    assert _entry("07 (lone working policy) - HB has the draft; comments due from teams. Carried forward.") == (
        "Lone working policy", "Helen Brook", None)


def test_a_numbered_paragraph_opening_with_matters_arising():
    assert _entry("4.2 Matters arising: the request for the survey data is still with the team; "
                  "Ravi Singh will bring it to the next meeting.") == (
        "Bring the request for the survey data", "Ravi Singh", "the next meeting")


def test_an_unticked_box_in_a_review_is_work_not_done_and_half_done_is_not_done():
    assert _entry("- [ ] Tom Wade: book the venue for the spring event") == (
        "Book the venue for the spring event", "Tom Wade", None)
    assert _entry("- [x] Tom Wade: book the venue for the spring event") is None
    # (Outside an entry's opening, a pair of brackets says nothing.)
    assert status_of("Tom Wade to fill in the [ ] fields") is None
    assert status_of("Half done, Bea to finish") == "open"
    assert status_of("Done") == "closed"


def test_a_review_opened_at_the_end_of_a_sentence_by_open_actions():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n1. Notes and actions from February\n\nNotes agreed. Open actions:\n\n"
            "- Signage audit - Bea - done, report filed.\n"
            "- Volunteer handbook - Per - still with the printers, carry forward.\n\n"
            "2. Any other business\n\nNone.\n")
    assert _all(text) == [("Volunteer handbook", "Per Holm", True)]


def test_last_times_action_items_with_boxes():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n1. Welcome\n\nAll welcomed.\n\nLast time's action items\n\n"
            "- [x] Tom Wade: write up the policy proposal\n"
            "- [ ] Ravi Singh: get quotes from two printers\n\n"
            "2. Budget\n\nThe budget was noted.\n")
    assert _all(text) == [("Get quotes from two printers", "Ravi Singh", True)]


def test_an_earlier_action_by_number_and_topic_with_a_status_later_in_the_entry():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n3. Minutes and action log\n\n"
            "- Action 26-04 (leaflet reprint) - complete.\n"
            "- Action 26-07 (lone working policy) - HB has the draft; comments are due from teams. Carried forward.\n\n"
            "4. Any other business\n\nNone.\n")
    assert _all(text) == [("Lone working policy", "Helen Brook", True)]


def test_a_listed_entry_whose_last_part_is_its_status_is_read_as_a_review_entry():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n1. Matters arising\n\n"
            "- Ask the landlord about the boiler - Tom - no response;\n"
            "  Jo Archer to escalate through the quarterly landlord meeting.\n\n"
            "2. Any other business\n\nNone.\n")
    assert [(who, carried) for _, who, carried in _all(text)] == [("Jo Archer", True)]


def test_an_undertaking_in_the_running_text_of_matters_arising_is_carried():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Matters arising\n\n"
            "Ravi Singh asked about the footpath survey raised at the January meeting. Helen Brook said the "
            "survey had been delayed by the weather. She will circulate the findings of the footpath survey to "
            "members once the contractor has reported.\n\n"
            "3. Any other business\n\nNone.\n")
    found = _all(text)
    assert [(who, carried) for _, who, carried in found] == [("Helen Brook", True)]
    assert "footpath survey" in found[0][0]


def test_the_matter_a_review_passage_raises():
    assert matter_of("Cllr Holm asked about the bench at the war memorial, raised in May. The Clerk said ...") == (
        "the bench at the war memorial")
    assert matter_of("Cllr Holm asked whether the tree survey at the school had been done.") == (
        "the tree survey at the school")
    assert matter_of("The Clerk reported that the request for the grant (action 4.1) is still pending.") == (
        "the request for the grant")
    assert matter_of("The minutes were agreed.") is None
    assert awaited_thing("Tom said the licence was still with the county.") == "the licence"


def test_a_task_from_a_review_passage_takes_the_matter_it_leaves_out():
    assert on_matter("Update the members when it is returned", "the bench at the war memorial", "the quote") == (
        "Update the members on the bench at the war memorial when the quote is returned")
    assert on_matter("Circulate the results to members", "the tree survey") == (
        "Circulate the results of the tree survey to members")
    assert on_matter("Bring an update", "the request for the grant") == "Bring an update on the request for the grant"
    # (A task that names its own matter keeps its words.)
    assert on_matter("Write to the landowner about the hedge", "the bench at the war memorial") == (
        "Write to the landowner about the hedge")


def test_an_undertaking_in_a_review_passage_on_the_matter_raised():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Matters arising\n\n"
            "Cllr Holm asked whether the tree survey at the school had been done. Mr Wade advised that the survey "
            "had been delayed by the weather. He would circulate the results to members when available.\n\n"
            "3. Any other business\n\nNone.\n")
    assert _all(text) == [
        ("Circulate the results of the tree survey at the school to members when available", "Tom Wade", True)]


def test_she_or_he_after_a_clause_break_means_the_person_the_sentence_opened_with():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Matters arising\n\n"
            "Cllr Holm asked about the bench at the war memorial, raised at the January meeting. Mr Wade stated that "
            "the quote was with the parish office; he would update the members when it is returned.\n\n"
            "3. Any other business\n\nNone.\n")
    assert _all(text) == [
        ("Update the members on the bench at the war memorial when the quote is returned", "Tom Wade", True)]


def test_a_marker_that_carries_an_entry_forward_names_its_owner_whatever_the_entry_says():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n4. Matters arising\n"
            "4.1 Bench at the war memorial - the new bench has been ordered; delivery expected in April.\n"
            "ACTION: TW (carried forward)\n"
            "4.2 Hall boiler - the repair is still to be arranged.\n"
            "ACTION: HB - carried forward\n\n"
            "5. Any other business\nNone.\n")
    assert _all(text) == [("Bench at the war memorial", "Tom Wade", True),
                          ("Arrange the repair for hall boiler", "Helen Brook", True)]


def test_a_minute_number_past_the_agenda_numbers_opens_a_review_up_to_the_next_such_title():
    text = (_PRESENT + "Meeting held on 3 March 2027\n"
            "304. MINUTES\n304.1 The minutes were approved.\n"
            "305. MATTERS ARISING\n"
            "305.1 Min 276.2, noticeboard at the shop: quotation from the joiner still awaited. ACTION: RS\n"
            "305.2 Min 280.1, dog bin on Mill Lane: installed. Complete.\n"
            "306. PLANNING\n306.1 Tom Wade to send the council's comments on the barn conversion by 20 March.\n")
    assert _all(text) == [("Noticeboard at the shop: obtain quotation from the joiner", "Ravi Singh", True),
                          ("Send the council's comments on the barn conversion", "Tom Wade", False)]


def test_a_sentence_giving_the_entry_before_its_status_and_an_item_that_will_come_to_a_meeting():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\nBoD 27/004  Matters arising and action log\n"
            "BoD 26/178 - Theatre lists backlog: TW reported the backlog had halved and would be cleared by the end "
            "of May. The action remains open until then.\n"
            "BoD 26/183 - Review of the Board's standing orders: HB confirmed this will come to the June Board.\n"
            "BoD 26/190 - Car parking charges: complete.\n"
            "BoD 27/005  Chair's report\nThe Chair reported on recruitment.\n")
    assert [(what, who) for what, who, _ in _all(text)] == [
        ("Theatre lists backlog", "Tom Wade"),
        ("Review of the Board's standing orders to come to the June Board", "Helen Brook")]


def test_a_carried_note_after_an_earlier_actions_number_then_its_task_and_a_by_label():
    assert _entry("ACTION 7/26 (carried) — TW: book the first aid course for the new volunteers. By: end of May") == (
        "Book the first aid course for the new volunteers", "Tom Wade", "end of May")


def test_a_line_giving_only_a_carried_actions_owner_and_date_belongs_to_the_entry_before():
    text = ("3.2 Action 17 (audit of missed visits) is delayed by staff sickness. New date agreed: end of May.\n"
            "ACTION 17 (carried): Bea Shaw - end of May 2027.")
    assert [_entry(entry) for entry in review_entries(text, _OWNERS)] == [
        ("Audit of missed visits", "Bea Shaw", "end of May 2027")]


def test_awaiting_a_reply_and_going_to_chase_it():
    assert _entry("- 26/07 Blocked drain on Mill Lane: the Clerk is still awaiting a reply from the county and will "
                  "chase.") == ("Chase a reply from the county about blocked drain on Mill Lane", "Clerk", None)


def test_the_outstanding_action_for_someone_to_do_something_remains_open():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Minutes of the meeting held on 4 December 2026\n\n"
            "The minutes were approved. The outstanding action for Helen Brook to report on the review of the "
            "lunch club remains open and will come back to the June meeting.\n\n"
            "3. Any other business\n\nNone.\n")
    assert _all(text) == [("Report on the review of the lunch club", "Helen Brook", True)]


def test_a_review_sentence_in_the_passive_with_its_doer_named():
    assert done_by("Further to the January meeting, the note on the hall lettings is to be circulated by Tom Wade "
                   "before the next meeting.", _OWNERS) == Task(
        "Circulate the note on the hall lettings", "Tom Wade", "the next meeting")
    # (What was done by someone is no task.)
    assert done_by("The hall was booked by Tom Wade for the event.", _OWNERS) is None


def test_an_entry_giving_no_status_whose_next_sentence_sets_a_known_owner_a_step():
    assert _entry("- Min. 41 - Footbridge at Nant Lane: the county council has agreed to repaint it. Clerk to agree "
                  "a date with them.") == ("Footbridge at Nant Lane: agree a date with the county council", "Clerk", None)
    # (Signing the minutes is no step on an entry.)
    assert _entry("2.1 Approved as a true record; the Chair to sign.") is None


def test_a_carried_entry_is_not_taken_for_another_action_of_its_owner_that_shares_only_little_words():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Matters arising\n\n"
            "- Min. 41 - Footbridge at Nant Lane: the county council has agreed to repaint it. Clerk to agree a date "
            "with them.\n\n3. Finance\n\nThe precept was set. Clerk to notify the county council by the end of "
            "January.\n")
    assert [what for what, _, _ in _all(text)] == [
        "Footbridge at Nant Lane: agree a date with the county council", "Notify the county council"]


def test_entries_listed_under_their_owners_name_in_a_review():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n### Action items from last meeting\n\n"
            "- Kofi:\n"
            "- Contact the venue (Town Hall) - open\n"
            "- Draft the newsletter - done\n"
            "- Helen Brook\n"
            "- Compare printer quotes - contact made, waiting for feedback\n\n"
            "### Any other business\n\nNone.\n")
    assert _all(text) == [("Contact the venue", "Kofi", True), ("Compare printer quotes", "Helen Brook", True)]
    assert group_owner("- Budget review - open", _OWNERS) is None


def test_a_panels_outstanding_references_are_a_review_and_a_reference_retained_is_open():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n5. Outstanding References\n\n"
            "The Panel considered the list of outstanding references from previous meetings.\n\n"
            "(1) Hate crime data (ref 26/04) – Tom Wade advised that the new data would be ready in May. To remain on "
            "the list.\n\n"
            "(2) Fleet review (ref 26/07) – completed in January. To be removed.\n\n"
            "6. Any other business\n\nNone.\n")
    assert _all(text) == [("Hate crime data (ref 26/04)", "Tom Wade", True)]
    assert status_of("The reference was retained.") == "open"


def test_a_speaker_who_says_a_thing_would_be_published_is_to_publish_it():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n5. Matters arising\n\n"
            "Bea Shaw advised that the volunteering strategy would be published in May 2027.\n\n"
            "6. Any other business\n\nNone.\n")
    assert [(what, who) for what, who, _ in _all(text)] == [("Publish the volunteering strategy", "Bea Shaw")]


def test_a_carried_entry_whose_words_are_only_initials_or_an_office_is_no_action():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Matters arising\n\n"
            "| Action | Owner | Status |\n|---|---|---|\n| Hall heating quote | Tom Wade | carried forward |\n"
            "| GT | | carried forward |\n| Clerk | Tom Wade | Open |\n\n"
            "3. Any other business\n\nNone.\n")
    assert _all(text) == [("Hall heating quote", "Tom Wade", True)]


def test_a_long_review_title_a_reference_on_its_own_line_and_a_dual_reference():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n27/008\n\n"
            "Minutes of the previous meeting (27 January 2027) and action log\n\n"
            "The minutes were approved. The action log was reviewed:\n\n"
            "26/146 (Provide benchmarking of bank staff spend) – Tom Wade to bring to the April Board; remains open.\n\n"
            "27/009\n\nChief Executive's report\n\nThe Board noted the report.\n")
    assert _all(text) == [("Bring benchmarking of bank staff spend to the April Board", "Tom Wade", True)]
    text = (_PRESENT + "Meeting held on 3 March 2027\n\nPC05/27\t5.  MATTERS ARISING\n"
            "(a) Bench at the green (PC12/27): the joiner has still not confirmed a date. The Clerk will chase again.\n"
            "(b) Notice board (PC14/27): installed. Closed.\n\nPC06/27\t6.  PLANNING\nNo applications.\n")
    assert _all(text) == [("Chase the joiner for a date for the bench at the green (PC12/27)", "The Clerk", True)]


def test_a_next_step_with_no_object_takes_the_entrys_matter():
    assert _entry("- Ask the landlord about the damp in the hall kitchen - Per - no reply; Tom Wade to escalate through "
                  "the quarterly landlord meeting.") == (
        "Escalate the damp in the hall kitchen through the quarterly landlord meeting", "Tom Wade", None)


def test_a_thing_still_to_be_done_in_two_steps():
    assert _entry("(b) 26/129 Footfall counter - data from March still to be downloaded and circulated (Tom Wade).") == (
        "Download and circulate the data from March for footfall counter", "Tom Wade", None)


def test_a_step_on_a_thing_ordered_names_the_thing():
    assert ordered_thing("Replacement batteries ordered; Clerk to fit when they arrive.") == "Replacement batteries"
    assert with_thing("Fit when they arrive", "Replacement batteries") == "Fit the replacement batteries when they arrive"
    assert with_thing("Write to the landowner", "Replacement batteries") == "Write to the landowner"


def test_two_owners_still_to_do_a_step_on_a_thing_the_topic_names_and_a_step_that_goes_on():
    assert _entry("- Hall booking system: Bea Shaw and Helen Brook still to agree the new supplier. Carried forward.") == (
        "Agree the new supplier for the hall booking system", "Bea Shaw, Helen Brook", None)
    assert _entry("PC26/12  Bench at the green - the joiner has still not given a delivery date. The Clerk continues "
                  "to chase.") == ("Chase the joiner for a delivery date for the bench at the green", "The Clerk", None)


def test_a_cells_paragraphs_are_entries_and_a_step_with_no_object_takes_the_bracketed_topic():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n"
            "TB/27/004\tAction log and matters arising; TB/26/118 (fleet review): closed, in today's report.; "
            "TB/26/124 (volunteer exit interview themes by team): Helen Brook to add to the May agenda; remains open.\n\n"
            "TB/27/005\tChief Executive's report; Noted.\n")
    assert _all(text) == [("Add volunteer exit interview themes by team to the May agenda", "Helen Brook", True)]


def test_an_earlier_action_by_number_that_would_be_done_by_someone():
    assert done_by("Action 12 (hall lettings income by month) would be presented at the June meeting by Tom Wade.",
                   _OWNERS) == Task("Present hall lettings income by month", "Tom Wade", "the June meeting")


def test_arising_alone_as_a_label_opens_a_review():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Minutes\n\nThe minutes were confirmed. Arising: the figures on "
            "the cost of the fleet review, requested in January, are still awaited; Tom Wade undertook to provide them "
            "by the end of March.\n\n3. Any other business\n\nNone.\n")
    # (The open entry, read with its owner's step, is that undertaking: one action, carried.)
    assert _all(text) == [("Provide the figures on the cost of the fleet review", "Tom Wade", True)]


def test_a_logs_owners_column_after_a_cells_entries_names_the_open_entries_owners_in_turn():
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n"
            "TB/27/004\tAction log and matters arising; TB/26/118 (lone working policy to come to the Board): deferred "
            "to April; remains open.; TB/26/121 (fleet review): closed.; TB/26/124 (volunteer exit interview themes): "
            "Helen Brook to add to the May agenda; remains open.\tTom Wade; Helen Brook\n\n"
            "TB/27/005\tChief Executive's report; Noted.\n")
    assert _all(text) == [("Lone working policy to come to the Board", "Tom Wade", True),
                          ("Add volunteer exit interview themes to the May agenda", "Helen Brook", True)]


def test_a_task_is_named_in_full_from_a_bounded_number_of_sentences_before_it(monkeypatch):
    # (Each task of a passage of thousands of sentences once read all of them again: the look-back is bounded.)
    import minutes.final_passes as final_passes
    seen = []
    original = final_passes._words_before

    def recording(said, what):
        seen.append(len(said))
        return original(said, what)

    monkeypatch.setattr(final_passes, "_words_before", recording)
    text = (_PRESENT + "Meeting held on 3 March 2027\n\n2. Finance\n\n"
            + "Per Holm asked about the bench. Tom Wade said he would order the bench. " * 200 + "\n")
    read_minutes(text)
    assert seen and max(seen) <= final_passes._NAMED_WINDOW
