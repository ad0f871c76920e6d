"""Reviews of earlier actions, the eighth pass: more of the places a review starts ("Open actions:",
"Last time's action items"), more of the ways an entry opens ("Min. 124 -", "Action 25-17 (topic) -",
"2.2 Matters arising:", an unticked box) and undertakings in a review's running text. Each rule is
tried on a few invented lines in layouts real minutes use."""

from minutes import read_minutes
from minutes.owners import Owners
from minutes.reviews import open_entry, status_of

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
