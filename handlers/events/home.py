"""The App Home tab: the member's open actions and the next meeting of each of their boards."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from domain.actions import my_open_actions
from domain.meetings import describe_when
from domain.meetings import view as meeting_view
from handlers import blocks

log = logging.getLogger(__name__)


def home_view(reg: Any, member: Any, now: Any) -> dict[str, Any]:
    boards = reg.boards_of_member(member.id)
    meetings = reg.next_meetings([b.id for b in boards], now)
    listed = []
    for board in boards:
        meeting = meetings.get(board.id)
        if meeting is not None:
            listed.append({"board": board.name, "when": describe_when(meeting_view(meeting, board)),
                           "venue": meeting.venue, "theme": meeting.theme})
    return blocks.home(my_open_actions(reg, member, now), listed)


def refresh_home(client: Any, services: Any, slack_id: str | None) -> None:
    """Publish a member's Home tab again after their actions change (best effort)."""
    if not slack_id:
        return
    with services.db.unit_of_work() as reg:
        member = reg.member_by_slack_id(slack_id)
        if member is None:
            return
        view = home_view(reg, member, services.now())
    try:
        client.views_publish(user_id=slack_id, view=view)
    except SlackApiError as error:
        log.warning("home_not_published user=%s error=%s", slack_id, error.response.get("error"))
    except OSError as error:  # Slack out of reach after the client's retries: the next change redraws it
        log.warning("home_not_published user=%s error=%s", slack_id, type(error).__name__)


def app_home_opened(event: dict[str, Any], client: Any, context: Any) -> None:
    if event.get("tab", "home") == "home":
        refresh_home(client, context["services"], event.get("user"))
