"""Reviews of earlier actions in notes that meet often: review titles as such notes write them ("Follow-ups from
last time", "Last week's action items"), ratings and updates that keep an entry open, and rolling documents of
many meetings. Each rule is tried on a few invented lines in layouts real minutes use."""

from minutes import read_minutes
from minutes.owners import Owners
from minutes.reviews import open_entry, review_entries

_PRESENT = "Present: Ana Ruiz, Ben Okafor, Cai Wen\n\n"
_OWNERS = Owners(["Ana Ruiz", "Ben Okafor", "Cai Wen"])


def _entry(text):
    task = open_entry(text, _OWNERS)
    return (task.what, task.who, task.due_text) if task else None


def _all(text):
    return [(a.what, a.who, a.carried) for a in read_minutes(text).actions]


def test_follow_ups_from_last_time_are_earlier_actions_carried():
    notes = ("# Data SIG notes, 4 March 2026\n\n" + _PRESENT + "## Follow-ups from last time\n\n"
             "| Follow-up | Who | Where it stands |\n|---|---|---|\n| Draft the schema proposal | Ben | In progress |\n"
             "| Email the vendor | Cai | Done |\n\n"
             "## Discussion\n\n- Ana to book the workshop room.\n")
    assert _all(notes) == [("Draft the schema proposal", "Ben Okafor", True),
                           ("Book the workshop room", "Ana Ruiz", False)]


def test_last_weeks_action_items_are_earlier_actions_carried():
    notes = ("# Platform weekly sync, 4 March 2026\n\n" + _PRESENT + "## Review of last week's action items\n\n"
             "| Follow-up | Who | Where it stands |\n|---|---|---|\n| Draft the schema proposal | Ben | In progress |\n"
             "| Email the vendor | Cai | Done |\n\n"
             "## Discussion\n\n- Ana to book the workshop room.\n")
    assert _all(notes) == [("Draft the schema proposal", "Ben Okafor", True),
                           ("Book the workshop room", "Ana Ruiz", False)]


def test_review_of_open_action_items_is_a_review_of_earlier_actions():
    notes = ("# Steering committee, 4 March 2026\n\n" + _PRESENT + "## Review of open action items\n\n"
             "| Action | Owner | Status |\n|---|---|---|\n| Draft the schema proposal | Ben | In progress |\n"
             "| Email the vendor | Cai | Done |\n\n## Discussion\n\n- Ana to book the workshop room.\n")
    assert _all(notes) == [("Draft the schema proposal", "Ben Okafor", True),
                           ("Book the workshop room", "Ana Ruiz", False)]


def test_a_step_still_to_do_ends_with_its_sentence():
    # ("Keep open." after it is the entry's status, no part of the step.)
    assert _entry("- Call for mentors: Ben Okafor still to send. Keep open.") == (
        "Send the call for mentors", "Ben Okafor", None)


def test_an_owners_progress_up_to_the_status_sets_no_task():
    handles = Owners(["@cai-wen", "@ben-o"])
    task = open_entry("- Licence switch: @cai-wen has the draft ready, legal review still outstanding. Keep open.", handles)
    assert task is None or not task.what.lower().startswith("has ")


def test_the_sentence_saying_the_actions_were_gone_through_is_no_entry():
    entries = review_entries("2.1 The Panel noted the action sheet. Action 25/12 (Ben Okafor to share the survey results) "
                             "remains open: the results are now expected in April 2026.", _OWNERS)
    assert [_entry(entry) for entry in entries] == [("Share the survey results", "Ben Okafor", "April 2026")]
    assert review_entries("Members reviewed the action list.", _OWNERS) == []


def test_an_action_sheet_title_heads_earlier_actions():
    notes = ("# Town council, 4 March 2026\n\n" + _PRESENT + "## Review of the action sheet\n\n"
             "| Ref | Action | Owner | Status |\n|---|---|---|---|\n| 25/40 | Install the new noticeboard | Ben Okafor | Quote received. Open. |\n"
             "| 25/41 | Renew the insurance | Cai Wen | Renewed. Closed. |\n\n## Budget\n\nAna Ruiz to circulate the precept report.\n")
    assert _all(notes) == [("Install the new noticeboard", "Ben Okafor", True),
                           ("Circulate the precept report", "Ana Ruiz", False)]


_ROLLING = ("# Tracing SIG meeting notes\n\nRolling notes, newest meeting first.\n\n"
            "## {first}\n\nAttendees: Ana Ruiz, Ben Okafor, Cai Wen\n\n### Follow-ups from last time\n\n"
            "- Ben to draft the schema proposal (in progress)\n\n### Discussion\n\n- Ana to book the workshop room.\n\n"
            "## {second}\n\nAttendees: Ana Ruiz, Ben Okafor\n\n### Discussion\n\n- Ben to draft the schema proposal.\n"
            "- Cai to email the vendor.\n")


def test_a_rolling_document_newest_first_is_read_for_its_newest_meeting():
    notes = _ROLLING.format(first="2026-03-12", second="2026-02-26")
    assert _all(notes) == [("Draft the schema proposal", "Ben Okafor", True),
                           ("Book the workshop room", "Ana Ruiz", False)]


def test_a_document_of_meetings_oldest_first_is_read_whole():
    notes = _ROLLING.format(first="2026-02-26", second="2026-03-12")
    assert ("Email the vendor", "Cai Wen", False) in _all(notes)


def test_one_parser_reads_what_a_speaker_says_will_be_sent():
    from minutes.reviews import SAID_TO_BE_DONE
    said = SAID_TO_BE_DONE.match("The Area Engineer said the survey was finished and the results would be sent to members "
                                 "by 30 April 2026.")
    assert (said["who"], said["thing"], said["verb"]) == ("The Area Engineer", "the results", "sent")


def test_an_entry_the_log_says_to_close_is_done():
    from minutes.reviews import status_of
    assert _entry("- 03/26 Ana Ruiz to draft the recruitment plan - on agenda, close.") is None
    assert _entry("Action 25: Ben Okafor to write to the ICB about the closures. Verbal update given; agreed to close.") is None
    assert status_of("Complete - propose closure") == status_of("agreed for closure") == "closed"
    assert status_of("Members discussed the proposed closure of the branch surgery") is None


def test_an_amber_or_red_rating_or_an_update_due_next_meeting_is_open():
    from minutes.reviews import status_of
    assert _entry("- 25/31 Draft the estates plan (Ben Okafor) - Amber") == ("Draft the estates plan", "Ben Okafor", None)
    assert status_of("RAG: Red") == status_of("Survey booked; update at next meeting.") == "open"
    assert status_of("- Amber Hughes to draft the plan") is None


def test_an_amber_rating_as_a_sentence_of_its_own_is_open():
    from minutes.reviews import status_of
    assert status_of("Letter drafted. Amber.") == status_of("Amber") == "open"
    assert status_of("Letter drafted. Amber Hughes to sign it.") is None


def test_an_owner_on_the_line_under_a_reviewed_entry_owns_it():
    minutes = ("Westbury Parish Council\nMinutes of the meeting held on 10 March 2026\n\n"
               "Present: Cllr Ana Ruiz (Chair), Cllr Ben Okafor, Cllr Cai Wen\n\n"
               "26/31 Matters arising\n25/14 Village sign - quote from the signwriter still awaited.\nCllr Okafor\n"
               "25/15 Bus shelter glass - replaced. Closed.\nCllr Wen\n\n26/32 Planning\nNo applications.\n")
    assert _all(minutes) == [("Village sign: obtain quote from the signwriter", "Cllr Ben Okafor", True)]
