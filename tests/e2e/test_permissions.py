"""Who may do what: nobody takes over a board, poses as its officers, or learns of another board's actions."""

from __future__ import annotations

from tests.e2e.test_first_conversation import HAYLEY, OUTSIDER, SARAH, board_with_three_actions


def test_someone_off_the_board_cannot_bind_it_to_their_own_channel(web, services):
    board_with_three_actions(web)
    reply = web.command("/board", "setup Chorley Public Service Reform Board", user=OUTSIDER, channel="C0EVIL")
    assert "only its chair or secretary" in reply.text
    with services.db.unit_of_work() as reg:
        assert reg.board_by_name("Chorley Public Service Reform Board").channel_id == "C0BOARD"


def test_a_board_cannot_live_in_a_direct_message(web):
    reply = web.command("/board", "setup Private Board", user=SARAH, channel="D0SARAH")
    assert "not a direct message" in reply.text


def test_a_slack_name_alone_never_links_someone_to_a_boards_officer(web, slack, services, clock):
    from domain.boards import save_board
    from domain.identity import new_member

    with services.db.unit_of_work() as reg:
        board, _ = save_board(reg, "Ashbourne Partnership", now=clock(), timezone="Europe/London",
                              channel_id="C0ASH")
        secretary = new_member(reg, "Joanne Pike", clock(), email="joanne.pike@council.example")
        chair = new_member(reg, "Ruth Penrose", clock())
        board.secretary_id, board.chair_id = secretary.id, chair.id
    # Someone renames themselves in Slack to look like the board's officers.
    slack.add_user("U0FAKEJO", "Joanne Pike", "attacker@elsewhere.example")
    slack.add_user("U0FAKERU", "Ruth Penrose", "attacker2@elsewhere.example")
    assert "/board link" in web.command("/myactions", user="U0FAKEJO", channel="C0ASH").text
    assert "/board link" in web.command("/myactions", user="U0FAKERU", channel="C0OTHER").text
    with services.db.unit_of_work() as reg:
        assert reg.member(secretary.id).slack_id is None and reg.member(chair.id).slack_id is None
    # From the board's own channel, whose membership the board controls, the chair is recognised.
    web.command("/myactions", user="U0FAKERU", channel="C0ASH")
    with services.db.unit_of_work() as reg:
        assert reg.member(chair.id).slack_id == "U0FAKERU"


def test_another_boards_actions_cannot_be_probed(web):
    board_with_three_actions(web)
    web.command("/board", "setup Another Board", user=OUTSIDER, channel="C0OTHER")
    reply = web.command("/done", "CPSRB-1", user=OUTSIDER, channel="C0OTHER")
    assert "can't find an action CPSRB-1" in reply.text and "Hayley" not in reply.text


def test_only_members_send_apologies_and_name_substitutes(web, services, clock):
    from datetime import timedelta

    board_with_three_actions(web)
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel("C0BOARD")
        reg.add_meeting(board_id=board.id, starts_at=clock() + timedelta(days=20), status="scheduled", sequence=0)
    web.command("/board", "setup Another Board", user=OUTSIDER, channel="C0OTHER")
    reply = web.command("/apologies", "for <@U0DIANE|diane>", user=OUTSIDER)
    assert "aren't a member" in reply.text
    assert "attending in your place" in web.command("/apologies", "for <@U0DIANE|diane>", user=HAYLEY).text


def test_the_secretary_links_only_members_of_their_own_board(web, services, clock):
    from domain.boards import join, save_board
    from domain.identity import new_member

    board_with_three_actions(web)
    with services.db.unit_of_work() as reg:
        other, _ = save_board(reg, "Other Board", now=clock(), timezone="Europe/London", channel_id="C0OTHER")
        valerie = new_member(reg, "Valerie Vane", clock())
        join(reg, other, valerie, "chair")
    web.command("/board", "link <@U0OUTSIDER|olly> Valerie Vane", user=SARAH)
    with services.db.unit_of_work() as reg:
        assert reg.member(valerie.id).slack_id is None, "another board's member was not touched"
        assert reg.member_by_slack_id(OUTSIDER).id != valerie.id



ADMIN = "U0ADMIN"


def _board_whose_officers_have_left(services, clock):  # type: ignore[no-untyped-def]
    """A board whose chair and secretary are on the register but no longer in Slack, and one open action."""
    from domain.actions import record_action
    from domain.boards import join, save_board
    from domain.dates import Due
    from domain.identity import new_member

    with services.db.unit_of_work() as reg:
        board, _ = save_board(reg, "Ashbourne Partnership", now=clock(), timezone="Europe/London",
                              channel_id="C0ASH")
        chair, secretary = new_member(reg, "Ruth Penrose", clock()), new_member(reg, "Joanne Pike", clock())
        join(reg, board, chair, "chair")
        join(reg, board, secretary, "officer")
        board.chair_id, board.secretary_id = chair.id, secretary.id
        record_action(reg, board, owner=chair, what="Refresh the terms of reference", by=secretary, now=clock(),
                      due=Due(None, None))
        return board.code


def test_a_workspace_admin_names_a_new_secretary_for_a_board_whose_officers_have_left(web, slack, services, clock):
    code = _board_whose_officers_have_left(services, clock)
    slack.add_user(ADMIN, "Ada Admin", "ada@council.example", admin=True)
    reply = web.command("/board", "secretary <@U0HAYLEY|hayley>", user=ADMIN, channel="C0ASH")
    assert reply.json["response_type"] == "in_channel"
    assert "<@U0HAYLEY> is now the secretary" in reply.text and f"named by <@{ADMIN}>, a workspace admin" in reply.text
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel("C0ASH")
        assert reg.member(board.secretary_id).slack_id == "U0HAYLEY"
        assert reg.member_by_slack_id(ADMIN) is None, "the admin joined no board"
    # The new secretary runs the board; the admin still sees none of its actions.
    assert "is done" in web.command("/done", f"{code}-1", user="U0HAYLEY", channel="C0ASH").text
    assert "/board link" in web.command("/myactions", user=ADMIN).text


def test_a_workspace_admin_cannot_name_themselves_an_officer(web, slack, services, clock):
    _board_whose_officers_have_left(services, clock)
    slack.add_user(ADMIN, "Ada Admin", "ada@council.example", admin=True)
    reply = web.command("/board", f"chair <@{ADMIN}|ada>", user=ADMIN, channel="C0ASH")
    assert "not themselves" in reply.text and reply.json["response_type"] == "ephemeral"
    with services.db.unit_of_work() as reg:
        assert reg.member_by_slack_id(ADMIN) is None
        assert reg.member(reg.board_by_channel("C0ASH").chair_id).name == "Ruth Penrose"


def test_someone_in_the_boards_channel_cannot_join_it_by_setting_it_up_again(web, services):
    board_with_three_actions(web)
    reply = web.command("/board", "setup Chorley Public Service Reform Board", user=OUTSIDER)
    assert "already set up in this channel" in reply.text
    with services.db.unit_of_work() as reg:
        assert reg.member_by_slack_id(OUTSIDER) is None
    assert "Bound" in web.command("/board", "setup Chorley Public Service Reform Board", user=SARAH).text


def test_proposing_an_agenda_item_makes_nobody_a_member(web, services, clock):
    from datetime import timedelta

    board_with_three_actions(web)
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel("C0BOARD")
        reg.add_meeting(board_id=board.id, starts_at=clock() + timedelta(days=20), status="scheduled", sequence=0)
    web.command("/board", "setup Another Board", user=OUTSIDER, channel="C0OTHER")  # a member of another board
    assert "Only members of" in web.command("/agenda", "add Something from outside", user=OUTSIDER).text
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel("C0BOARD")
        assert reg.membership(board.id, reg.member_by_slack_id(OUTSIDER).id) is None
    assert "aren't a member" in web.command("/apologies", user=OUTSIDER).text
