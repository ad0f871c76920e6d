"""The first conversation, as Slack would hold it: signed requests through Bolt's HTTP handler,
with the stand-in for Slack's Web API recording everything the bot sends."""

from __future__ import annotations

import json
import time

from handlers.blocks import DONE
from tests.blockkit import DANGEROUS, assert_valid_message, assert_valid_view, every_text

SARAH, HAYLEY, DIANE, OUTSIDER = "U0SARAH", "U0HAYLEY", "U0DIANE", "U0OUTSIDER"


def set_up_board(web):  # type: ignore[no-untyped-def]
    reply = web.command("/board", "setup Chorley Public Service Reform Board", user=SARAH)
    assert reply.status == 200
    return reply


def record(web, owner: str, what: str, when: str):  # type: ignore[no-untyped-def]
    reply = web.command("/action", f"<@{owner}|x> {what} by {when}", user=SARAH)
    assert reply.status == 200, reply.body
    return reply


def board_with_three_actions(web):  # type: ignore[no-untyped-def]
    set_up_board(web)
    record(web, HAYLEY, "Develop work plan for agreement at the board", "17/12/2026")
    record(web, DIANE, "Commission the working group", "next Friday")
    record(web, HAYLEY, "Circulate Away Day outcomes", "tomorrow")


def test_board_setup_binds_the_channel_and_makes_the_caller_secretary(web, services):
    reply = set_up_board(web)
    assert reply.json["response_type"] == "in_channel"
    assert "Chorley Public Service Reform Board" in reply.text and "CPSRB-1" in reply.text
    assert "You are its secretary" in reply.text
    assert_valid_message(reply.json)
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel("C0BOARD")
        assert board.code == "CPSRB"
        assert reg.member(board.secretary_id).name == "Sarah Jameson"


def test_an_action_is_recorded_with_its_date_echoed_back(web):
    set_up_board(web)
    reply = record(web, HAYLEY, "Circulate Away Day outcomes", "next Friday")
    assert reply.json["response_type"] == "in_channel"
    assert "*CPSRB-1*" in reply.text and "<@U0HAYLEY>" in reply.text
    assert "Friday 27 November 2026" in reply.text and "next Friday" in reply.text
    assert_valid_message(reply.json)


def test_a_past_or_impossible_date_is_refused_with_a_hint_and_records_nothing(web, services):
    set_up_board(web)
    for when in ("17/02/2015", "31/02/2027", "the twelfth of never"):
        reply = record(web, HAYLEY, "Something", when)
        assert "Try a date such as" in reply.text
        assert reply.json["response_type"] == "ephemeral"
    with services.db.unit_of_work() as reg:
        assert reg.open_actions_of_member(reg.member_by_slack_id(HAYLEY).id) == [] if reg.member_by_slack_id(HAYLEY) else True


def test_myactions_lists_only_the_callers_open_actions_soonest_first_each_with_done(web):
    board_with_three_actions(web)
    reply = web.command("/myactions", user=HAYLEY)
    assert reply.status == 200
    assert_valid_message(reply.json)
    sections = [b["text"]["text"] for b in reply.json["blocks"] if b["type"] == "section"][1:]
    assert [s.split("*")[1] for s in sections] == ["CPSRB-3", "CPSRB-1"]
    assert "Circulate Away Day outcomes" in sections[0] and "due tomorrow" in sections[0]
    assert "Commission the working group" not in reply.text
    buttons = [e for b in reply.json["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["value"] for b in buttons if b["action_id"] == DONE] == ["CPSRB-3", "CPSRB-1"]
    assert all("Done" in b["text"]["text"] for b in buttons if b["action_id"] == DONE)


def test_another_members_done_click_is_refused_and_changes_nothing(web, slack, services):
    board_with_three_actions(web)
    slack.clear()
    assert web.click(DONE, "CPSRB-3", user=DIANE).status == 200
    [refusal] = slack.wait_for("respond")
    assert "belongs to Hayley Hughes" in refusal.body["text"]
    assert refusal.body.get("replace_original") in (False, "false", None)
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPSRB", 3).status == "open"


def test_the_owners_done_click_completes_it_in_place_and_it_leaves_myactions(web, slack, services):
    board_with_three_actions(web)
    slack.clear()
    assert web.click(DONE, "CPSRB-3", user=HAYLEY).status == 200
    [redrawn] = slack.wait_for("respond")
    assert redrawn.body["replace_original"] in (True, "true")
    assert "CPSRB-3" in redrawn.body["text"] and "is done" in redrawn.body["text"]
    assert_valid_message(redrawn.body)
    with services.db.unit_of_work() as reg:
        action = reg.action_by_ref("CPSRB", 3)
        assert action.status == "done" and action.completed_by_id == action.owner_id
        assert [u.kind for u in reg.action_updates(action.id)] == ["created", "done"]
    again = web.command("/myactions", user=HAYLEY)
    assert "CPSRB-3" not in again.text and "CPSRB-1" in again.text


def test_a_double_click_on_done_completes_once(web, slack, services):
    board_with_three_actions(web)
    web.click(DONE, "CPSRB-3", user=HAYLEY)
    web.click(DONE, "CPSRB-3", user=HAYLEY)
    slack.wait_for("respond", 2)
    with services.db.unit_of_work() as reg:
        assert [u.kind for u in reg.action_updates(reg.action_by_ref("CPSRB", 3).id)] == ["created", "done"]


def test_the_chair_or_secretary_may_complete_anyones_action(web, services):
    board_with_three_actions(web)
    reply = web.command("/done", "cpsrb-2 chased and confirmed", user=SARAH)
    assert "is done" in reply.text
    with services.db.unit_of_work() as reg:
        action = reg.action_by_ref("CPSRB", 2)
        assert action.status == "done"
        assert reg.action_updates(action.id)[-1].note == "chased and confirmed"


def test_done_with_an_unknown_reference_gets_one_friendly_line(web):
    board_with_three_actions(web)
    for ref in ("CPSRB-99", "NOPE-1", "banana"):
        reply = web.command("/done", ref, user=HAYLEY)
        assert reply.status == 200
        assert reply.json["response_type"] == "ephemeral"
        assert "\n" not in reply.text and ("can't find" in reply.text or "isn't an action reference" in reply.text)


def test_someone_on_no_board_is_told_how_to_get_linked(web):
    set_up_board(web)
    reply = web.command("/myactions", user=OUTSIDER)
    assert "/board link" in reply.text


def test_the_secretary_links_a_slack_user_to_a_member_named_in_the_minutes(web, services):
    set_up_board(web)
    reply = web.command("/board", "link <@U0OUTSIDER|olly> Cllr Oliver Outsider", user=SARAH)
    assert "is Oliver Outsider" in reply.text
    assert "no open actions" in web.command("/myactions", user=OUTSIDER).text


def test_the_action_log_filters_by_status_and_owner(web):
    board_with_three_actions(web)
    web.command("/done", "CPSRB-2", user=DIANE)
    assert "2 open actions" in web.command("/actions", user=SARAH).text
    assert "1 done action" in web.command("/actions", "done", user=SARAH).text
    assert "3 actions" in web.command("/actions", "all", user=SARAH).text
    mine = web.command("/actions", "<@U0HAYLEY|hayley>", user=SARAH)
    assert "of Hayley Hughes" in mine.text and "CPSRB-1" in mine.text
    assert "of Hayley Hughes" in web.command("/actions", "hayley", user=SARAH).text
    assert "No one called" in web.command("/actions", "nobody-here", user=SARAH).text


def test_an_empty_action_command_opens_the_form_and_its_submission_posts_the_action(web, slack, services):
    set_up_board(web)
    slack.clear()
    assert web.command("/action", "", user=SARAH).status == 200
    [opened] = slack.wait_for("views.open")
    assert_valid_view(opened.body["view"])
    reply = web.submit("new_action", {
        "owner": {"value": {"type": "users_select", "selected_user": HAYLEY}},
        "what": {"value": {"type": "plain_text_input", "value": "Ring <!here> & book the room"}},
        "due": {"value": {"type": "datepicker", "selected_date": "2026-12-01"}},
    }, user=SARAH, private_metadata="C0BOARD")
    assert reply.status == 200 and reply.body in (b"", b"{}") or reply.json.get("response_action") is None
    [posted] = slack.wait_for("chat.postMessage")
    assert_valid_message(posted.body)
    assert "Ring &lt;!here&gt; &amp; book the room" in posted.body["text"]
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPSRB", 1).what == "Ring <!here> & book the room"


def test_a_form_with_a_past_date_is_sent_back_with_the_error_beside_the_field(web, services):
    set_up_board(web)
    reply = web.submit("new_action", {
        "owner": {"value": {"type": "users_select", "selected_user": HAYLEY}},
        "what": {"value": {"type": "plain_text_input", "value": "Too late"}},
        "due": {"value": {"type": "datepicker", "selected_date": "2020-01-01"}},
    }, user=SARAH, private_metadata="C0BOARD")
    assert reply.json["response_action"] == "errors" and "due" in reply.json["errors"]
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPSRB", 1) is None


def test_text_that_could_ping_or_link_shows_as_typed_everywhere(web, slack):
    set_up_board(web)
    # As Slack delivers it: a typed @channel becomes <!channel>, a typed "<" arrives as &lt;.
    typed = "Warn <!channel> &amp; <@U0DIANE|diane> about &lt;https://evil.example|login&gt; <https://x.example|x>"
    record(web, HAYLEY, typed, "tomorrow")
    shown = [web.command("/myactions", user=HAYLEY).json, web.command("/actions", user=SARAH).json]
    web.event({"type": "app_home_opened", "user": HAYLEY, "tab": "home"})
    shown += [c.body["view"] for c in slack.wait_for("views.publish")]
    for payload in shown:
        for text in every_text(payload):
            assert not DANGEROUS.search(text), text
    line = shown[0]["blocks"][1]["text"]["text"]
    assert "Warn @channel &amp; @diane about &lt;https://evil.example|login&gt; x (https://x.example)" in line


def test_the_home_tab_shows_open_actions_and_the_next_meeting(web, slack):
    board_with_three_actions(web)
    web.event({"type": "app_home_opened", "user": HAYLEY, "tab": "home"})
    [published] = slack.wait_for("views.publish")
    assert published.body["user_id"] == HAYLEY
    assert_valid_view(published.body["view"])
    texts = " ".join(every_text(published.body["view"]))
    assert "CPSRB-3" in texts and "Commission the working group" not in texts


def test_completing_an_action_refreshes_the_owners_home_tab(web, slack):
    board_with_three_actions(web)
    slack.clear()
    web.command("/done", "CPSRB-1", user=SARAH)
    [published] = slack.wait_for("views.publish")
    assert published.body["user_id"] == HAYLEY
    assert "CPSRB-1" not in json.dumps(published.body["view"])


def test_everything_the_bot_sent_was_valid_block_kit_with_a_fallback(web, slack):
    board_with_three_actions(web)
    web.click(DONE, "CPSRB-3", user=HAYLEY)
    web.click(DONE, "CPSRB-1", user=DIANE)
    web.event({"type": "app_home_opened", "user": HAYLEY, "tab": "home"})
    time.sleep(0.3)
    assert slack.sent(), "the bot sent nothing"
    for call in slack.sent():
        if call.method in ("respond", "chat.postMessage"):
            assert_valid_message(call.body)
        if call.method in ("views.publish", "views.open"):
            assert_valid_view(call.body["view"])


def test_sync_links_members_who_never_spoke_to_the_bot_from_the_directory(web, services, clock):
    from domain.identity import new_member

    set_up_board(web)
    with services.db.unit_of_work() as reg:
        new_member(reg, "Hayley Hughes", clock())
        new_member(reg, "Di Gradwell", clock(), email="DIANE@vcfs.example")
        new_member(reg, "Nobody Inworkspace", clock())
    assert "only" in web.command("/board", "sync", user=HAYLEY).text.lower()
    reply = web.command("/board", "sync", user=SARAH)
    assert "Linked 2 members" in reply.text
    with services.db.unit_of_work() as reg:
        assert reg.member_by_slack_id(HAYLEY).name == "Hayley Hughes"
        assert reg.member_by_slack_id(DIANE).name == "Di Gradwell"


def test_an_update_from_the_add_update_form_joins_the_audit_trail(web, slack, services):
    board_with_three_actions(web)
    slack.clear()
    web.click("action_add_update", "CPSRB-3", user=HAYLEY)
    [opened] = slack.wait_for("views.open")
    assert_valid_view(opened.body["view"])
    assert opened.body["view"]["private_metadata"] == "CPSRB-3"
    reply = web.submit("action_update", {"note": {"value": {"type": "plain_text_input", "value": "Draft <b> sent"}}},
                       user=HAYLEY, private_metadata="CPSRB-3")
    assert reply.status == 200
    refused = web.submit("action_update", {"note": {"value": {"type": "plain_text_input", "value": "mine now"}}},
                         user=DIANE, private_metadata="CPSRB-3")
    assert refused.json["response_action"] == "errors"
    with services.db.unit_of_work() as reg:
        notes = [u.note for u in reg.action_updates(reg.action_by_ref("CPSRB", 3).id) if u.kind == "note"]
    assert notes == ["Draft <b> sent"]


def test_someone_who_may_not_change_an_action_gets_no_update_form(web, slack):
    board_with_three_actions(web)
    slack.clear()
    web.click("action_add_update", "CPSRB-3", user=DIANE)
    [refusal] = slack.wait_for("respond")
    assert "belongs to Hayley Hughes" in refusal.body["text"]
    assert slack.sent("views.open") == []


def test_asking_for_someones_actions_never_makes_them_a_member(web, services):
    board_with_three_actions(web)
    reply = web.command("/actions", "<@U0OUTSIDER|olly>", user=SARAH)
    assert "not on Chorley Public Service Reform Board" in reply.text
    with services.db.unit_of_work() as reg:
        assert reg.member_by_slack_id(OUTSIDER) is None


def test_an_action_due_in_two_weeks_needs_no_by(web, services):
    set_up_board(web)
    reply = web.command("/action", f"<@{HAYLEY}|hayley> Report on falls in two weeks", user=SARAH)
    assert "Report on falls" in reply.text and "in two weeks" in reply.text, reply.text
    assert "Monday 7 December 2026" in reply.text  # two weeks from the fixed clock's Monday 23 November


def test_a_broken_action_command_says_which_part_is_missing(web):
    set_up_board(web)
    no_who = web.command("/action", "Report on falls by Friday", user=SARAH).text
    no_when = web.command("/action", f"<@{HAYLEY}|hayley> Report on falls", user=SARAH).text
    nothing = web.command("/action", f"<@{HAYLEY}|hayley>", user=SARAH).text
    assert "I need who" in no_who and "I need by when" in no_when and "I need what" in nothing
    assert len({no_who, no_when, nothing}) == 3


def test_dones_example_reference_is_the_boards_own(web):
    web.command("/board", "setup Ashworth Health and Wellbeing Board", user=SARAH)
    assert "`/done AHWB-7" in web.command("/done", "", user=SARAH).text
    assert "References look like AHWB-7" in web.command("/done", "banana", user=SARAH).text


def test_an_error_quotes_at_most_a_few_hundred_characters_of_what_was_typed(web):
    board_with_three_actions(web)
    reply = web.command("/action", f"<@{HAYLEY}|hayley> Report by " + "someday " * 5000, user=SARAH)
    assert "couldn't read" in reply.text and len(reply.text) < 600


def test_the_log_of_all_actions_is_not_called_all_actions(web):
    board_with_three_actions(web)
    text = web.command("/actions", "all", user=SARAH).text
    assert "3 actions" in text and "all actions" not in text


def test_a_users_info_answer_without_a_user_is_an_unknown_profile(web, slack):
    set_up_board(web)
    slack.fail_next("users.info", status=200, body={"ok": True})  # as a proxy was seen to answer
    reply = web.command("/myactions", user="U0STRANGER")
    assert reply.status == 200 and "I don't know you as a member of any board yet" in reply.text
