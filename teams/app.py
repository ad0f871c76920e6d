"""The Teams endpoint: `POST /api/messages`, as the Bot Framework delivers activities.

Each activity is authenticated (teams/auth.py, unless in local mode), its sender's
conversation reference stored, its sender and mentions matched to board members, and
then handed to the conversation side (teams/commands.py, see teams/context.py); what
that returns is posted back through the Bot Connector, or, for an invoke, is the answer.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Awaitable, Callable
from types import ModuleType
from typing import Any

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from domain.errors import DomainError
from domain.identity import identify, spoke_on
from handlers.services import Services
from teams.auth import InboundAuth, Unauthorized
from teams.cards import notice_activity
from teams.connector import Connector, ConnectorError
from teams.context import MENTION_TOKEN, Conversation, Mention, TeamsPerson, TeamsTurn

log = logging.getLogger("matters.teams")
BODY_LIMIT = 256 * 1024  # an activity, cards and all; Teams' own message limit is about 28 KB
MENTIONS_LIMIT = 20
SORRY = "Sorry, something went wrong on my side and nothing was changed. Please try again in a minute."


def base_conversation_id(conversation_id: str) -> str:
    """A channel conversation id without the `;messageid=` of the thread a message was posted in."""
    return conversation_id.split(";", 1)[0]


class TeamsEndpoint:
    """Turns activities into turns and the conversation side's answers into Bot Connector calls."""

    def __init__(self, services: Services, connector: Connector, auth: InboundAuth | None, entry: ModuleType):
        self.services, self.connector, self.auth, self.entry = services, connector, auth, entry

    async def messages(self, request: Request) -> Response:
        raw = await request.body()
        if len(raw) > BODY_LIMIT:
            return JSONResponse({"error": "activity too large"}, status_code=413)
        try:
            activity = json.loads(raw)
        except ValueError:
            activity = None
        if not isinstance(activity, dict):
            return JSONResponse({"error": "an activity is a JSON object"}, status_code=400)
        if self.auth is not None:
            try:
                await self.auth.check(request.headers.get("authorization"), activity)
            except Unauthorized as error:
                log.warning("teams_unauthorized type=%s reason=%s", str(activity.get("type"))[:20], error)
                return JSONResponse({"error": "Unauthorized"}, status_code=401)
        try:
            return await self.dispatch(activity)
        except (KeyError, TypeError, ValueError) as error:
            log.warning("teams_bad_activity error=%s", error)
            return JSONResponse({"error": "not an activity the bot understands"}, status_code=400)

    async def dispatch(self, activity: dict[str, Any]) -> Response:
        kind = activity.get("type")
        if kind == "message":
            conversation = activity.get("conversation") if isinstance(activity.get("conversation"), dict) else {}
            personal = (conversation.get("conversationType") or "personal") == "personal"
            if not personal and not self._bot_mentioned(activity):
                # Channel chatter not addressed to the bot (resource-specific consent brings all of it):
                # answered at once, nothing looked up or stored.
                return Response(status_code=200)
            turn = await self.turn(activity)
            await self._answer(turn, self.entry.on_message)
            return Response(status_code=200)
        if kind == "invoke":
            turn = await self.turn(activity)
            name = str(activity.get("name") or "")
            value = activity.get("value") if isinstance(activity.get("value"), dict) else {}
            if name == "adaptiveCard/action":
                action = value.get("action") if isinstance(value.get("action"), dict) else {}
                verb, data = str(action.get("verb") or ""), action.get("data")
            else:
                verb, data = name, value
            try:
                answer = await self.entry.on_invoke(turn, verb, data if isinstance(data, dict) else {})
            except DomainError as error:
                answer = {"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": str(error)}
            except Exception:  # noqa: BLE001 - the person gets one line, the log the rest
                log.exception("teams_invoke_failed verb=%s", verb[:40])
                answer = {"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": SORRY}
            return JSONResponse(answer, status_code=200)
        if self._installed(activity):
            turn = await self.turn(activity)
            await self._answer(turn, self.entry.on_installed)
        return Response(status_code=200)

    # -- who and where --------------------------------------------------------
    async def turn(self, activity: dict[str, Any]) -> TeamsTurn:
        sender, conversation = activity["from"], activity["conversation"]
        channel_data = activity.get("channelData") if isinstance(activity.get("channelData"), dict) else {}
        tenant = conversation.get("tenantId") or (channel_data.get("tenant") or {}).get("id")
        where = Conversation(
            id=str(conversation["id"]), kind=str(conversation.get("conversationType") or "personal"),
            service_url=str(activity["serviceUrl"]), tenant_id=tenant,
            team_id=(channel_data.get("team") or {}).get("id"), channel_id=(channel_data.get("channel") or {}).get("id"))
        person = TeamsPerson(aad_id=sender.get("aadObjectId"), user_id=str(sender["id"]),
                             name=str(sender.get("name") or ""), tenant_id=tenant)
        bot_id = (activity.get("recipient") or {}).get("id")
        mentioned = [e["mentioned"] for e in activity.get("entities") or []
                     if isinstance(e, dict) and e.get("type") == "mention" and isinstance(e.get("mentioned"), dict)
                     and e["mentioned"].get("id") != bot_id][:MENTIONS_LIMIT]
        mention_people = [TeamsPerson(aad_id=m.get("aadObjectId"), user_id=str(m["id"]),
                                      name=str(m.get("name") or ""), tenant_id=tenant) for m in mentioned]
        # One transaction when the register knows everyone already (the usual case); otherwise those it
        # cannot place yet are looked up (e-mail/UPN, AAD id) on the Bot Connector first.
        known, remembered = await anyio.to_thread.run_sync(self._known, person, where, mention_people)
        if remembered is None:
            if not known.get(person.user_id):
                person = await self._looked_up(person, where)
            mention_people = [someone if known.get(someone.user_id) else await self._looked_up(someone, where)
                              for someone in mention_people]
            remembered = await anyio.to_thread.run_sync(self._remember, person, where, mention_people)
        member_id, mention_ids, board_id = remembered
        text, mentions = _resolve_mentions(activity, bot_id, mention_people, mention_ids)
        return TeamsTurn(services=self.services, person=person, conversation=where, member_id=member_id,
                         text=text, mentions=mentions, board_id=board_id, activity=activity)

    def _known(self, person: TeamsPerson, where: Conversation,
               mentioned: list[TeamsPerson]) -> tuple[dict[str, bool], tuple[Any, ...] | None]:
        """Which users the register already links to a member; when all of them, what `_remember` gives."""
        with self.services.db.unit_of_work() as reg:
            found = {person.user_id: bool(reg.member_by_teams_id(person.teams_id)
                                          or reg.member_by_teams_user(person.user_id))}
            for someone in mentioned:
                found[someone.user_id] = reg.member_by_teams_user(someone.user_id) is not None
            if all(found.values()):
                return found, self._remembered(reg, person, where, mentioned)
            return found, None

    async def _looked_up(self, person: TeamsPerson, where: Conversation) -> TeamsPerson:
        try:
            found = await anyio.to_thread.run_sync(self.connector.member, where.service_url,
                                                   base_conversation_id(where.id), person.user_id)
        except ConnectorError as error:
            log.warning("teams_member_lookup_failed status=%s", error.status)
            found = None
        if not found:
            return person
        return TeamsPerson(aad_id=found.get("aadObjectId") or person.aad_id, user_id=person.user_id,
                           name=str(found.get("name") or person.name),
                           email=found.get("email") or found.get("userPrincipalName"),
                           tenant_id=found.get("tenantId") or person.tenant_id)

    def _remember(self, person: TeamsPerson, where: Conversation,
                  mentioned: list[TeamsPerson]) -> tuple[int | None, list[int | None], int | None]:
        """Store the references; the caller's member, the mentioned members, and the channel's board."""
        with self.services.db.unit_of_work() as reg:
            return self._remembered(reg, person, where, mentioned)

    def _remembered(self, reg: Any, person: TeamsPerson, where: Conversation,
                    mentioned: list[TeamsPerson]) -> tuple[int | None, list[int | None], int | None]:
        now = self.services.now()
        channel = base_conversation_id(where.id)
        reg.save_teams_user(teams_id=person.teams_id, user_id=person.user_id, service_url=where.service_url,
                            now=now, name=person.name, email=person.email, tenant_id=person.tenant_id,
                            conversation_id=where.id if where.personal else None)
        member = identify(reg, person.chat_person(), None if where.personal else channel)
        if member is not None:
            spoke_on(member, "teams")
        mention_ids: list[int | None] = []
        for someone in mentioned:
            if someone.aad_id:  # enough to write to them first later (POST /v3/conversations)
                reg.save_teams_user(teams_id=someone.teams_id, user_id=someone.user_id,
                                    service_url=where.service_url, now=now, name=someone.name,
                                    email=someone.email, tenant_id=someone.tenant_id)
            found = identify(reg, someone.chat_person(), None if where.personal else channel)
            mention_ids.append(found.id if found else None)
        board = None if where.personal else reg.board_by_teams_channel(channel)
        return (member.id if member else None), mention_ids, (board.id if board else None)

    # -- answering ------------------------------------------------------------
    async def _answer(self, turn: TeamsTurn, entry: Callable[[TeamsTurn], Awaitable[list[dict[str, Any]]]]) -> None:
        try:
            replies = await entry(turn)
        except DomainError as error:  # the line may quote what the person typed: escaped like any of theirs
            replies = [notice_activity(str(error))]
        except Exception:  # noqa: BLE001 - the person gets one line, the log the rest
            log.exception("teams_turn_failed")
            replies = [notice_activity(SORRY)]
        for reply in replies or []:
            try:
                await anyio.to_thread.run_sync(self.connector.send, turn.conversation.service_url,
                                               turn.conversation.id, reply)
            except ConnectorError as error:
                log.warning("teams_reply_failed status=%s", error.status)

    @staticmethod
    def _bot_mentioned(activity: dict[str, Any]) -> bool:
        bot_id = (activity.get("recipient") or {}).get("id")
        return any(isinstance(e, dict) and e.get("type") == "mention"
                   and (e.get("mentioned") or {}).get("id") == bot_id for e in activity.get("entities") or [])

    @staticmethod
    def _installed(activity: dict[str, Any]) -> bool:
        bot_id = (activity.get("recipient") or {}).get("id")
        if activity.get("type") == "installationUpdate":
            return activity.get("action") == "add"
        return activity.get("type") == "conversationUpdate" and any(
            isinstance(m, dict) and m.get("id") == bot_id for m in activity.get("membersAdded") or [])


_AT = re.compile(r"<at>(.*?)</at>", re.S)


def _resolve_mentions(activity: dict[str, Any], bot_id: str | None, people: list[TeamsPerson],
                      member_ids: list[int | None]) -> tuple[str, list[Mention]]:
    """The text with the bot's mention dropped and each other `<at>Name</at>` made a MENTION_TOKEN."""
    text = html.unescape(str(activity.get("text") or ""))
    text = MENTION_TOKEN.sub(lambda m: m.group(0).replace("<at:", "<at :"), text)  # typed tokens are not ours
    mentions: list[Mention] = []
    others = iter(zip(people, member_ids))
    for entity in activity.get("entities") or []:
        if not (isinstance(entity, dict) and entity.get("type") == "mention" and isinstance(entity.get("mentioned"), dict)):
            continue
        written = html.unescape(str(entity.get("text") or ""))
        if entity["mentioned"].get("id") == bot_id:
            text = text.replace(written, " ", 1)
            continue
        pair = next(others, None)
        if pair is None:
            break
        person, member_id = pair
        token = f"<at:{len(mentions)}>"
        mentions.append(Mention(name=_AT.sub(r"\1", written) or person.name, person=person, member_id=member_id))
        text = text.replace(written, token, 1) if written in text else text
    text = _AT.sub(r"\1", text)  # an <at> no entity vouches for is only its words
    return " ".join(text.split()), mentions


def create_app(services: Services, connector: Connector, auth: InboundAuth | None,
               entry: ModuleType | None = None) -> Starlette:
    """The ASGI app for `python bot.py teams` (uvicorn); `entry` is teams.commands unless a test says otherwise."""
    if entry is None:
        from teams import commands as entry
    endpoint = TeamsEndpoint(services, connector, auth, entry)

    async def healthz(_: Request) -> Response:
        ok = await anyio.to_thread.run_sync(services.db.ping)
        return JSONResponse({"ok": ok}, status_code=200 if ok else 503)

    return Starlette(routes=[Route("/api/messages", endpoint.messages, methods=["POST"]),
                             Route("/healthz", healthz, methods=["GET"])])
