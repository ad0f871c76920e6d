"""Lists written without list syntax (minutes.line_items): a markdown paragraph whose soft-broken
lines each open with a marker, or that sits under a to-do label, reads one entry a line. Each case
is a few invented lines."""

from __future__ import annotations

from minutes import read_minutes
from minutes.document import Block, Document, HEADING, ITEM, PARAGRAPH
from minutes.line_items import list_blocks, marker_kind
from minutes.markdown_doc import read_markdown

_HEAD = ("# Brookfield Garden Club\n\nMinutes of the meeting held on 10 March 2026\n\n"
         "Present: Priya Shah, Tomasz Nowak, Sam Reid, Helen Ward\n\n## Hall\n\n")


def _actions(markdown: str) -> list[tuple[str, str | None, str | None]]:
    text = read_markdown(_HEAD + markdown).text()
    return [(action.what, action.who, action.due and action.due.isoformat()) for action in read_minutes(text).actions]


def _kinds(markdown: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in read_markdown(markdown).blocks]


def test_marker_kinds():
    assert marker_kind("[ ] Priya to book the hall") == "strong"
    assert marker_kind("- [x] Sam sent the invoice") == "strong"
    assert marker_kind("AI: Helen to draft the rules") == "strong"
    assert marker_kind("ACTION: Tomasz to fix the form") == "strong"
    assert marker_kind("TODO check the renewal") == "strong"
    assert marker_kind("Owner: Sam Reid") == "field"
    assert marker_kind("Due: 20 March 2026") == "field"
    assert marker_kind("• Ruth to email members") == "weak"
    assert marker_kind("(2) Mei to reset the password") == "weak"
    assert marker_kind("Aid was offered to the club") is None
    assert marker_kind("Todos los miembros") is None
    assert marker_kind("AI - the group compared the new tools") is None


def test_soft_broken_boxes_under_a_label_are_items_one_a_line():
    blocks = _kinds("Action items\n[ ] Priya to book the hall\n[ ] @tomasz update the wiki page\n"
                    "[x] Sam sent the invoice\n")
    assert blocks == [(PARAGRAPH, "Action items"), (ITEM, "[ ] Priya to book the hall"),
                      (ITEM, "[ ] @tomasz update the wiki page"), (ITEM, "[x] Sam sent the invoice")]


def test_soft_broken_boxes_read_one_task_a_line_and_a_ticked_box_is_done():
    assert _actions("The show needs a venue.\n[ ] Priya to book the hall\n[ ] Tomasz to update the wiki page\n"
                    "[x] Sam sent the invoice\n") == [
        ("Book the hall", "Priya Shah", None), ("Update the wiki page", "Tomasz Nowak", None)]


def test_action_word_lines_each_keep_their_owner_and_due_lines():
    actions = _actions("Discussion of the site.\nAI: Helen to draft the plot rules page\n"
                       "TODO check the domain renewal\nOwner: Sam Reid\nDue: 20 March 2026\n")
    assert actions == [("Draft the plot rules page", "Helen Ward", None),
                       ("Check the domain renewal", "Sam Reid", "2026-03-20")]


def test_owner_and_due_lines_stay_lines_of_the_item_above():
    blocks = read_markdown("Action: photograph the damp\nLead: Viktor Lenz\nDue: 1 May 2026\n").blocks
    assert [(block.kind, block.text) for block in blocks] == [
        (ITEM, "Action: photograph the damp\nLead: Viktor Lenz\nDue: 1 May 2026")]


def test_plain_lines_under_a_bold_to_do_label_are_entries_and_a_wrapped_line_rejoins():
    assert _actions("**Next steps**\nPriya to email the members\nHelen to draft a\nshort guide for keyholders\n") == [
        ("Email the members", "Priya Shah", None), ("Draft a short guide for keyholders", "Helen Ward", None)]


def test_plain_lines_under_a_to_do_heading_are_entries():
    blocks = _kinds("## To do\n\nOlu to update the website\nMarek to order the jerseys\n")
    assert blocks == [(HEADING, "To do"), (ITEM, "Olu to update the website"), (ITEM, "Marek to order the jerseys")]


def test_bullet_characters_and_bracketed_numbers_are_entries():
    assert _kinds("Agreed:\n• Tariq to pay the fee\n• Mei to send the list\n") == [
        (PARAGRAPH, "Agreed:"), (ITEM, "Tariq to pay the fee"), (ITEM, "Mei to send the list")]
    assert _kinds("Posting has lapsed.\n(1) Isla to draft a rota\n(2) Mei to reset the password\n")[1:] == [
        (ITEM, "(1) Isla to draft a rota"), (ITEM, "(2) Mei to reset the password")]


def test_a_list_items_own_marked_lines_become_items_under_it():
    document = read_markdown("- Hall\n  AI: Priya to book the hall\n  AI: Sam to pay the deposit\n")
    assert [(block.kind, block.text, block.level) for block in document.blocks] == [
        (ITEM, "Hall", 0), (ITEM, "AI: Priya to book the hall", 1), (ITEM, "AI: Sam to pay the deposit", 1)]


def test_a_closing_emphasised_owner_still_names_the_owner_of_its_line():
    document = Document()
    document.add(Block(PARAGRAPH, "AI: draft the letter to the council [SW]\nAI: send the survey to members [HW]",
                       emphasis=("[SW]", "[HW]")))
    assert document.lines() == ["- AI: draft the letter to the council. Action: SW",
                                "- AI: send the survey to members. Action: HW"]


def test_prose_lines_and_a_single_weak_marker_stay_a_paragraph():
    # Negative cases: wrapped prose, a record of who was there, and numbered minutes with prose among them.
    assert list_blocks(["The club agreed to move the", "show to June."], False) is None
    assert list_blocks(["Present: Priya Shah, Sam Reid", "Apologies: Helen Ward"], False) is None
    assert list_blocks(["1) Welcome", "The chair opened the meeting.", "2) Apologies", "None were received."],
                       False) is None
    assert list_blocks(["We met at the hall.", "- and agreed the budget"], False) is None
    assert _kinds("The club agreed to move the\nshow to June.\n") == [(PARAGRAPH, "The club agreed to move the\nshow to June.")]


def test_a_paragraph_after_a_heading_that_is_no_to_do_label_stays_a_paragraph():
    assert _kinds("## Finance\n\nThe treasurer reported a surplus\nof 300 pounds.\n") == [
        (HEADING, "Finance"), (PARAGRAPH, "The treasurer reported a surplus\nof 300 pounds.")]


def test_a_to_do_label_inside_a_paragraph_makes_the_lines_after_it_entries():
    assert _kinds("The show needs a venue.\nNext steps:\nPriya to book the hall\nSam to pay the deposit\n") == [
        (PARAGRAPH, "The show needs a venue.\nNext steps:"), (ITEM, "Priya to book the hall"),
        (ITEM, "Sam to pay the deposit")]


def test_lines_opening_with_an_issue_reference_are_entries():
    assert marker_kind("#1763 - Looks correct, Dan to approve the fix.") == "weak"
    assert marker_kind("#88: Range is too narrow.") == "weak"
    assert marker_kind("#hashtag fun") is None
    assert sorted(_actions("#412 - Looks good, Tomasz to merge the PR after the CI run.\n"
                           "#409 - Needs a rebase. Helen to ask the author for a rebase.\n")) == [
        ("Ask the author for a rebase", "Helen Ward", None), ("Merge the PR after the CI run", "Tomasz Nowak", None)]


def test_a_single_issue_reference_line_in_prose_stays_a_paragraph():
    assert list_blocks(["We looked at the backlog.", "#12 - fixed already."], False) is None
