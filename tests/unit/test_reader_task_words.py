"""What an action's words must say: unit tests of the reader's checks on a task's wording."""

import pytest

from minutes import read_minutes

_HEAD = "Minutes of the Parish Council meeting held on 3 March 2026\n\nPresent: Cllr Ann Hale, Cllr Rob Tate\n\n"


def _whats(text: str) -> list[str]:
    return [action.what for action in read_minutes(_HEAD + text).actions]


def test_a_word_alone_that_names_an_owner_a_label_or_a_number_is_no_task_but_a_verb_is():
    table = ("5. Actions\n| Action | Owner | Due |\n|---|---|---|\n"
             "| RT | Clerk | 31/03/2026 |\n| LOG | Clerk | 31/03/2026 |\n| 04 | Clerk | 31/03/2026 |\n"
             "| Chase | Clerk | 31/03/2026 |\n| Order the new bench | RT | 30/04/2026 |\n")
    assert _whats(table) == ["Chase", "Order the new bench"]


def test_a_task_that_names_its_object_short_names_it_as_the_words_before_it_did():
    from minutes.references import named_in_full

    before = ["The play area inspection was received.", "Two minor items (loose fixings on the climbing frame)."]
    assert named_in_full("Tighten fixings", before) == "Tighten loose fixings on the climbing frame"
    assert named_in_full("Place the motion on the agenda", ["A policy motion on estate management was proposed."]) == (
        "Place the policy motion on estate management on the agenda")
    # "agreed to serve notices": the word after "to" is a verb, not a description.
    assert named_in_full("Send notices", ["It was agreed to serve notices to quit on both plots."]) == (
        "Send notices to quit on both plots")
    # A task that describes its object has said which one; a mention that adds nothing changes nothing.
    assert named_in_full("Publish the approved policy", ["The revised access policy was approved."]) == (
        "Publish the approved policy")
    assert named_in_full("Circulate the report", ["The report was noted."]) == "Circulate the report"
    # A clause after the thing is no part of its name.
    assert named_in_full("Report the signs to the highways team", ["The 30mph signs at Ash Cross remain damaged."]) == (
        "Report the 30mph signs at Ash Cross to the highways team")


def test_a_short_name_in_running_text_is_written_in_full_in_the_reading():
    text = ("4. Footpaths\nNext step is a funding bid to the windfarm community fund. "
            "Cllr Tate would draft the bid by 31 March 2026.\n")
    assert _whats(text) == ["Draft the funding bid"]


def test_holding_the_bodys_own_meeting_or_taking_part_in_it_is_no_task_unless_work_comes_with_it():
    assert _whats("9. Any other business\nACTION: Clerk to hold the next meeting at the school.\n") == []
    assert _whats("4. Interests\nIt was agreed that RT would take part in the discussion but would not take part in the "
                  "decision.\n") == []
    assert _whats("9. Any other business\nThe Clerk to hold the annual public meeting in May and book the hall.\n") == [
        "Hold the annual public meeting in May and book the hall"]


def test_the_records_own_word_in_capitals_before_a_colon_owns_nothing_and_is_no_part_of_the_task():
    minutes = read_minutes(_HEAD + "3. Strategy\nThe draft was presented.\n\n"
                           "  AGREED: publish the summary of the strategy on the website.\n"
                           "          Lead: Head of Community Safety | Target: end of March 2026\n")
    assert [action.what for action in minutes.actions] == ["Publish the summary of the strategy on the website"]
    assert all(action.who != "AGREED" for action in minutes.actions)


def test_a_task_ends_where_the_minutes_next_record_runs_on():
    from minutes.wording import tidy_what

    assert tidy_what("Photograph and log them on the online system. [SW] 7.2 The hedge at Pont Isaf obscures the "
                     "junction") == "Photograph and log them on the online system"
    assert tidy_what("Circulate the presentation to Forum members. Councillor Kerr asked whether the campaign could "
                     "reach the islands") == "Circulate the presentation to Forum members"
    # A reference the task cites is part of it.
    assert tidy_what("Bring the report under item 4.2 Finance to the March meeting") == (
        "Bring the report under item 4.2 Finance to the March meeting")


def test_a_clause_with_its_own_subject_after_a_semicolon_is_no_part_of_the_task():
    from minutes.wording import tidy_what

    assert tidy_what("Email the owners of the 4 enhancements; anything without a PR gets raised at the steering "
                     "meeting") == "Email the owners of the 4 enhancements"
    assert tidy_what("Circulate the plan; update the risk log") == "Circulate the plan; update the risk log"


def test_a_declared_interest_a_motions_heading_a_meetings_date_or_a_running_foot_is_no_task():
    from minutes.reader import _says_a_task
    from minutes.owners import Owners

    owners = Owners(["Ann Hale"])
    for words in ("Pecuniary interest in 26/048(c)", "Non-registrable interest in 26/047 (member of the society)",
                  "Motion in the name of Cllr", "Tuesday 10 February 2026, 12:30, Brookfield Medical Centre",
                  "Villages PCN Board - 13 January 2026 - CONFIDENTIAL: not for onward circulation | 2/2"):
        assert not _says_a_task(words, owners), words
    assert _says_a_task("Declare the interest in the register of interests", owners)
    assert _says_a_task("Book the hall for Tuesday 10 February 2026", owners)


def test_hostile_runs_of_mentions_joined_sentences_and_short_table_heads_are_read_without_error():
    mentions = "- " + " ".join("@Ann Bee" for _ in range(60)) + " x!\n"
    joined = "Present: Cllr Ann Hale. Cllr Rob Tate joined" + " for items 1" * 60 + " x!\n"
    table = ("4. Actions\n\n| # | Responsible Deadline | |\n|---|---|---|---|---|\n"
             "| 1 | Agree data sharing | Ann Hale | 28/02/2026 | Amber |\n")
    for text in (mentions, joined, table):
        read_minutes(_HEAD + text)  # (each once took minutes or raised; now read at once)


# (The default run reads these hostile lines at a tenth of their length; the full length is slow, run by CI.)
TENTH = [pytest.param(1, id="tenth"), pytest.param(10, id="whole", marks=pytest.mark.slow)]


@pytest.mark.parametrize("scale", TENTH)
def test_hostile_owner_markers_month_runs_and_lines_of_substitutes_are_read_at_once(scale):
    owner_runs = ["1. ITEM ONE\nAction " + "A" * 80 * scale + "\n", "Action " + "Aand" * 40 * scale + "\n",
                  "-> " + "Aand " * 30 * scale + "x\n"]
    months = "1. ACTIONS\nClerk to move it " + "to March x " * 300 * scale + "\n"
    substitutes = "Apologies: " + ", ".join(f"Cllr Ann Hale{n} (Ms Bo Horne{n} attended as substitute)"
                                            for n in range(150 * scale))
    for text in (*owner_runs, months, substitutes):
        read_minutes(_HEAD + text)  # (each once took a minute or more: backtracking, or a rescan per match)
    reading = read_minutes(_HEAD + "Apologies: Cllr Ann Hale (Ms Bo Horne attended as substitute), Cllr Cy Dunn\n")
    assert [(p.name, p.in_place_of) for p in reading.present if p.in_place_of] == [("Ms Bo Horne", "Cllr Ann Hale")]


@pytest.mark.parametrize("scale", TENTH)
def test_a_long_body_and_a_long_closing_log_are_compared_only_where_their_words_meet(scale):
    body = "1. Drains\n\n" + "".join(f"Clerk to check drain number {i} on Mill Lane.\n" for i in range(150 * scale))
    log = "\n## Action log\n\n| Action | Owner |\n|---|---|\n" + "".join(
        f"| Review of gully {i} | Clerk |\n" for i in range(150 * scale))
    reading = read_minutes(_HEAD + body + log)  # (every body action was compared with every row: 17 s at 1,500)
    assert len(reading.actions) == 300 * scale
    same = read_minutes(_HEAD + "1. Drains\n\nClerk to check drain 4 on Mill Lane by 3 April 2026.\n"
                        "\n## Action log\n\n| Action | Owner |\n|---|---|\n| Check drain 4, Mill Lane | Clerk |\n")
    assert [(a.what, a.who) for a in same.actions] == [("Check drain 4, Mill Lane", "Clerk")]


def test_a_roll_row_run_into_a_long_gap_is_no_row_and_is_read_at_once():
    text = ("Members Attendance\nCllr Ann Cole Present\nCllr Ben Dyer Present\nCllr Rob Ferriday"
            + "\t" * 16000 + "x y\n")
    reading = read_minutes(text)  # (each place the name could end was tried against the gap: 15 s)
    assert [p.name for p in reading.present] == ["Cllr Ann Cole", "Cllr Ben Dyer"]


def test_a_dated_line_with_a_long_run_of_figures_over_a_roll_is_read_at_once():
    # A rolling document's date heading allows a time, a zone or a note after the date; a run of figures
    # there was once split every possible way (40 figures: hours).
    reading = read_minutes("Minutes of the meeting\n\n2025-03-03 " + "1" * 40 + "!\nAttendees: Ann Lee, Bob Cat\n\n"
                           "1. Items\nNoted.\n")
    assert [p.name for p in reading.present] == ["Ann Lee", "Bob Cat"]


def test_the_cheap_word_test_is_blind_to_case_and_lets_other_scripts_through():
    from minutes.vocabulary import may_hold_any
    assert may_hold_any("The Board AGREED the plan", ("agreed",))
    assert not may_hold_any("The plan was noted", ("agreed", "resolved"))
    assert may_hold_any("Die Versammlung hat İt beschloſſen", ("agreed",))  # (the pattern decides)
