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

