"""Teams as the bot meets it, on loopback: the token issuer, the Bot Connector, and activities.

- `TeamsCloud`: a local RSA key; its OpenID metadata and JWKS served over HTTP (point
  TEAMS_OPENID_URL at `openid_url`); `token(...)` signs Bot Framework-style JWTs, right or
  wrong on purpose; and a client-credentials token endpoint (`token_url`) that records who asked.
- `BotConnector`: the Bot Connector REST API at `service_url`: records what the bot sends
  (`POST /v3/conversations`, `POST /v3/conversations/{id}/activities`, `PUT .../activities/{id}`,
  member and team look-ups) and can be told to answer 429/412/502/504 instead, or to post a
  message and then lose the answer (a 500, or the connection dropped).
- `Graph`: Microsoft Graph's chat and channel message lists, serving what the Bot Connector
  stand-in recorded as posted, as chatMessages whose card content is a JSON string.
- `TeamsUser` and the activity builders `personal_message`, `channel_message`, `invoke`,
  `installed`: Activity JSON shaped as the Teams service sends it.
- `TeamsBot`: `python bot.py teams --port N` as a real process, and `post(activity, token)`
  (`TeamsEndpoint` for any other endpoint process, e.g. the benchmark's bare SDK app).
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib import request as urlrequest
from urllib.error import HTTPError
from urllib.parse import parse_qsl, unquote, urlsplit

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from console.local_slack import DROP

ROOT = Path(__file__).resolve().parents[1]
BOT_FRAMEWORK_ISSUER = "https://api.botframework.com"
TENANT = "5f1c2d3e-0000-4000-8000-00000000beef"
APP_ID = "8d2e6c1a-3b4f-4a5e-9c7d-0123456789ab"


def _b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class _Server:
    """A threaded HTTP server on 127.0.0.1 whose requests go to `handle(method, path, headers, body)`."""

    def __init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                status, headers, payload = owner.handle(self.command, self.path, dict(self.headers), body)
                if status == DROP:
                    self.close_connection = True  # no answer at all: the client sees the connection closed
                    return
                data = json.dumps(payload).encode() if payload is not None else b""
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _any  # noqa: N815 - http.server's names

            def log_message(self, *args: Any) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self._thread = threading.Thread(target=self.http.serve_forever, args=(0.05,), daemon=True)  # quick to stop
        self._thread.start()

    @property
    def base_url(self) -> str:
        host, port = self.http.server_address[:2]
        return f"http://{host}:{port}"

    def handle(self, method: str, path: str, headers: dict[str, str],
               body: bytes) -> tuple[int, dict[str, str], Any]:
        raise NotImplementedError

    def stop(self) -> None:
        self.http.shutdown()
        self.http.server_close()

    def __enter__(self) -> "_Server":
        return self

    def __exit__(self, *_: Any) -> None:
        self.stop()


class TeamsCloud(_Server):
    """The issuer of the Bot Framework's tokens, played with a local key."""

    def __init__(self, issuer: str = BOT_FRAMEWORK_ISSUER) -> None:
        self.issuer = issuer
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.kid = "local-" + uuid.uuid4().hex[:8]
        self.token_requests: list[dict[str, str]] = []
        self.issued: list[str] = []
        super().__init__()

    @property
    def openid_url(self) -> str:
        return f"{self.base_url}/v1/.well-known/openidconfiguration"

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/{{tenant}}/oauth2/v2.0/token"

    def jwks(self) -> dict[str, Any]:
        numbers = self.key.public_key().public_numbers()
        return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": self.kid, "n": _b64(numbers.n),
                          "e": _b64(numbers.e), "endorsements": ["msteams"]}]}

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], Any]:
        if path == "/v1/.well-known/openidconfiguration":
            return 200, {}, {"issuer": self.issuer, "jwks_uri": f"{self.base_url}/v1/.well-known/keys",
                             "id_token_signing_alg_values_supported": ["RS256"],
                             "token_endpoint_auth_methods_supported": ["private_key_jwt"]}
        if path == "/v1/.well-known/keys":
            return 200, {}, self.jwks()
        if method == "POST" and path.endswith("/oauth2/v2.0/token"):
            form = dict(parse_qsl(body.decode()))
            self.token_requests.append({"path": path, **form})
            access = "outbound-" + uuid.uuid4().hex
            self.issued.append(access)
            return 200, {}, {"token_type": "Bearer", "expires_in": 3600, "access_token": access}
        return 404, {}, {"error": "not found"}

    def token(self, *, audience: str = APP_ID, service_url: str | None = None, issuer: str | None = None,
              expires_in: int = 3600, not_before: int = 0, key: Any = None, kid: str | None = None,
              **claims: Any) -> str:
        """A Bot Framework-style JWT for an activity from `service_url`; pass other values to make it wrong."""
        now = int(time.time())
        payload = {"iss": issuer or self.issuer, "aud": audience, "iat": now - 5, "nbf": now - 5 + not_before,
                   "exp": now + expires_in, **claims}
        if service_url is not None:
            payload["serviceurl"] = service_url
        return jwt.encode(payload, key or self.key, algorithm="RS256", headers={"kid": kid or self.kid})


@dataclass
class ConnectorCall:
    method: str
    path: str
    body: dict[str, Any]
    authorization: str | None
    at: float = field(default_factory=time.monotonic)

    @property
    def conversation_id(self) -> str | None:
        parts = self.path.split("/")
        return parts[3] if len(parts) > 3 and parts[2] == "conversations" else None


@dataclass
class Posted:
    """A message that landed in a conversation (whether or not its answer reached the bot)."""

    conversation_id: str
    id: str
    activity: dict[str, Any]
    at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def aad_group_of(team_id: str) -> str:
    """The stand-in's Graph id (aadGroupId) for a Teams team id."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, team_id))


class BotConnector(_Server):
    """The Bot Connector REST API, recording every call; members are looked up from `users`."""

    def __init__(self) -> None:
        self.calls: list[ConnectorCall] = []
        self.posted: list[Posted] = []
        self.users: dict[str, dict[str, Any]] = {}  # by Bot Framework user id (29:...)
        self._failures: list[tuple[str, int, dict[str, str]]] = []
        self._lost: list[int | str] = []
        self._losing: tuple[float, tuple[int | str, ...], Any] | None = None
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        super().__init__()

    @property
    def service_url(self) -> str:
        return self.base_url + "/"

    def add_user(self, user: "TeamsUser") -> None:
        self.users[user.user_id] = {"id": user.user_id, "name": user.name, "aadObjectId": user.aad_id,
                                    "email": user.email, "userPrincipalName": user.email, "tenantId": TENANT,
                                    "userRole": "user"}

    def fail_next(self, kind: str, status: int = 429, headers: dict[str, str] | None = None) -> None:
        """Answer the next call of `kind` ("create", "send", "update" or "member") with `status`."""
        headers = headers if headers is not None else ({"Retry-After": "1"} if status == 429 else {})
        with self._lock:
            self._failures.append((kind, status, headers))

    def lose_answer(self, how: int | str = 500, times: int = 1) -> None:
        """Post the next `times` messages, then answer `how` (a status such as 500, or DROP) instead."""
        with self._lock:
            self._lost.extend([how] * times)

    def lose_answers(self, rate: float, how: tuple[int | str, ...] = (500, DROP), seed: int = 1) -> None:
        """Post every message, then lose the answer to a share `rate` of them, each in one of the ways in
        `how` at random."""
        import random

        chooser = random.Random(seed)
        with self._lock:
            self._losing = (rate, how, chooser)

    def landed(self, conversation_id: str | None = None) -> list[Posted]:
        """The messages that landed, in order, in one conversation or all."""
        with self._lock:
            return [p for p in self.posted if conversation_id in (None, p.conversation_id)]

    # -- what the bot sent ------------------------------------------------
    def sent(self, kind: str | None = None) -> list[ConnectorCall]:
        with self._lock:
            return [c for c in self.calls if kind is None or _kind(c.method, c.path) == kind]

    def activities(self, conversation_id: str | None = None) -> list[dict[str, Any]]:
        """The activities posted (as new messages or replies), in order, to one conversation or all."""
        return [c.body for c in self.sent("send") if conversation_id in (None, c.conversation_id)]

    def wait_for(self, kind: str, count: int = 1, timeout: float = 10.0) -> list[ConnectorCall]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.sent(kind)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        return self.sent(kind)

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], Any]:
        kind = _kind(method, path)
        payload = json.loads(body) if body else {}
        with self._lock:
            self.calls.append(ConnectorCall(method, path, payload, headers.get("Authorization")))
            failure = next((f for f in self._failures if f[0] == kind), None)
            if failure:
                self._failures.remove(failure)
        if failure:
            return failure[1], failure[2], {"error": {"code": "Throttled" if failure[1] == 429 else "ServiceError",
                                                      "message": "stand-in failure"}}
        parts = path.split("/")
        if kind == "create":
            members = payload.get("members") or [{}]
            return 201, {}, {"id": f"a:personal-{members[0].get('id', 'unknown')}", "activityId": None,
                             "serviceUrl": self.service_url}
        if kind in ("send", "reply"):
            posted = Posted(unquote(parts[3]), f"{int(time.time() * 1000)}{next(self._ids):04d}", payload)
            with self._lock:
                self.posted.append(posted)
                lost = self._lost.pop(0) if self._lost else None
                if lost is None and self._losing is not None and self._losing[2].random() < self._losing[0]:
                    lost = self._losing[2].choice(self._losing[1])
            if lost is not None:
                return lost, {}, {"error": {"code": "ServiceError", "message": "stand-in lost answer"}}
            return 201, {}, {"id": posted.id}
        if kind == "team":
            team_id = unquote(parts[3].split("?")[0])
            return 200, {}, {"id": team_id, "name": "Board team", "aadGroupId": aad_group_of(team_id)}
        if kind == "update":
            return 200, {}, {"id": parts[5]}
        if kind == "member":
            user = self.users.get(parts[5])
            return (200, {}, user) if user else (404, {}, {"error": {"code": "MemberNotFoundInConversation"}})
        return 404, {}, {"error": {"code": "NotFound"}}


def _kind(method: str, path: str) -> str:
    parts = path.split("?")[0].strip("/").split("/")  # v3 conversations {id} activities {activityId}
    if method == "POST" and parts == ["v3", "conversations"]:
        return "create"
    if len(parts) >= 4 and parts[3] == "activities":
        if method == "POST":
            return "send"  # a new message, or a reply to one (both are posted to the conversation)
        if method == "PUT":
            return "update"
    if len(parts) == 5 and parts[3] == "members" and method == "GET":
        return "member"
    if len(parts) == 3 and parts[:2] == ["v3", "teams"] and method == "GET":
        return "team"
    return "other"


class Graph(_Server):
    """Microsoft Graph's message lists for the bot's chats and channels, read from what `connector` recorded
    as landed. Only tokens `cloud` issued are taken; `refuse(status)` makes every call answer that."""

    def __init__(self, connector: BotConnector, cloud: TeamsCloud, app_id: str = APP_ID) -> None:
        self.connector, self.cloud, self.app_id = connector, cloud, app_id
        self.chats: dict[str, str] = {}  # Graph chat id -> the Bot Framework conversation id
        self.requests: list[str] = []
        self.refusing: int | None = None
        super().__init__()

    @property
    def url(self) -> str:
        return self.base_url + "/v1.0"

    def add_chat(self, user: "TeamsUser", conversation_id: str) -> str:
        """The bot's personal chat with `user` (the Bot Framework's `conversation_id`); its Graph chat id."""
        chat = f"19:{user.aad_id}_{self.app_id}@unq.gbl.spaces"
        self.chats[chat] = conversation_id
        return chat

    def refuse(self, status: int | None) -> None:
        self.refusing = status

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], Any]:
        self.requests.append(path)
        token = (headers.get("Authorization") or "").removeprefix("Bearer ")
        if token not in self.cloud.issued:
            return 401, {}, {"error": {"code": "InvalidAuthenticationToken"}}
        if self.refusing is not None:
            return self.refusing, {}, {"error": {"code": "Forbidden", "message": "stand-in refusal"}}
        address = urlsplit(path)
        query = dict(parse_qsl(address.query))
        parts = [unquote(p) for p in address.path.strip("/").split("/")][1:]  # after v1.0
        if parts[:1] == ["users"] and parts[2:4] == ["teamwork", "installedApps"]:
            aad = parts[1]
            chat = next((c for c in self.chats if c.startswith(f"19:{aad}_")), None)
            if len(parts) == 4:
                wanted = f"teamsApp/externalId eq '{self.app_id}'"
                found = chat is not None and query.get("$filter") == wanted
                return 200, {}, {"value": [{"id": f"installation-{aad}"}] if found else []}
            if len(parts) == 6 and parts[5] == "chat" and chat and parts[4] == f"installation-{aad}":
                return 200, {}, {"id": chat, "chatType": "oneOnOne"}
        if parts[:1] == ["chats"] and len(parts) == 3 and parts[2] == "messages" and parts[1] in self.chats:
            return 200, {}, self._page(self.connector.landed(self.chats[parts[1]]), query, path)
        if parts[:1] == ["teams"] and len(parts) >= 5 and parts[2] == "channels" and parts[4] == "messages":
            team, channel = parts[1], parts[3]
            conversation = channel + (f";messageid={parts[5]}" if len(parts) == 7 and parts[6] == "replies" else "")
            landed = [p for p in self.connector.landed(conversation)
                      if aad_group_of(_team_of(p)) == team or not _team_of(p)]
            return 200, {}, self._page(landed, query, path)
        return 404, {}, {"error": {"code": "NotFound"}}

    def _page(self, landed: list[Posted], query: dict[str, str], path: str) -> dict[str, Any]:
        """Newest first, `$top` a page (at most 50), after `$filter=lastModifiedDateTime gt …` if given."""
        newest = sorted(landed, key=lambda p: p.at, reverse=True)
        wanted = query.get("$filter", "")
        if wanted.startswith("lastModifiedDateTime gt "):
            since = datetime.fromisoformat(wanted.rsplit(" ", 1)[1].replace("Z", "+00:00"))
            newest = [p for p in newest if p.at > since]
        top, skip = min(int(query.get("$top", "20")), 50), int(query.get("$skip", "0"))
        page = newest[skip:skip + top]
        answer: dict[str, Any] = {"value": [_chat_message(p) for p in page]}
        if skip + top < len(newest):
            rest = {**query, "$skip": str(skip + top)}
            answer["@odata.nextLink"] = (self.base_url + urlsplit(path).path + "?"
                                         + "&".join(f"{k}={v}" for k, v in rest.items()))
        return answer


def _team_of(posted: Posted) -> str:
    return str(((posted.activity.get("channelData") or {}).get("team") or {}).get("id") or "")


def _chat_message(posted: Posted) -> dict[str, Any]:
    moment = posted.at.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return {"id": posted.id, "messageType": "message", "createdDateTime": moment, "lastModifiedDateTime": moment,
            "from": {"application": {"id": APP_ID, "displayName": "Matters Arising"}},
            "body": {"contentType": "html", "content": str(posted.activity.get("text") or "")},
            "attachments": [{"id": uuid.uuid4().hex, "contentType": a.get("contentType"),
                             "content": json.dumps(a.get("content"))}
                            for a in posted.activity.get("attachments") or []]}


# -- activities -------------------------------------------------------------
@dataclass(frozen=True)
class TeamsUser:
    name: str
    email: str | None = None
    aad_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    user_id: str = ""

    def __post_init__(self) -> None:
        if not self.user_id:
            object.__setattr__(self, "user_id", "29:" + self.aad_id.replace("-", ""))

    def account(self) -> dict[str, Any]:
        return {"id": self.user_id, "name": self.name, "aadObjectId": self.aad_id}


BOT_ID = "28:" + APP_ID
BOT = {"id": BOT_ID, "name": "Matters Arising"}
TEAM_ID = "19:team-general@thread.tacv2"


def _base(kind: str, user: TeamsUser, conversation: dict[str, Any], service_url: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "id": "f:" + uuid.uuid4().hex, "timestamp": "2026-11-23T10:00:00.000Z",
            "localTimestamp": "2026-11-23T10:00:00.000+00:00", "channelId": "msteams", "serviceUrl": service_url,
            "from": user.account(), "conversation": conversation, "recipient": BOT, "locale": "en-GB", **fields}


def personal_conversation(user: TeamsUser) -> dict[str, Any]:
    return {"conversationType": "personal", "tenantId": TENANT, "id": f"a:personal-{user.user_id}"}


def channel_conversation(channel: str = "19:board-channel@thread.tacv2") -> dict[str, Any]:
    return {"isGroup": True, "conversationType": "channel", "tenantId": TENANT, "id": f"{channel};messageid=1"}


def personal_message(user: TeamsUser, text: str, service_url: str, **fields: Any) -> dict[str, Any]:
    """A message in the bot's personal chat with `user`."""
    return _base("message", user, personal_conversation(user), service_url, text=text, textFormat="plain",
                 channelData={"tenant": {"id": TENANT}}, **fields)


def channel_message(user: TeamsUser, text: str, service_url: str, *, mentions: list[TeamsUser] = (),  # type: ignore[assignment]
                    channel: str = "19:board-channel@thread.tacv2", team_id: str = TEAM_ID) -> dict[str, Any]:
    """A message in a team channel, the bot @mentioned first; `text` may hold `<at>Name</at>` for `mentions`."""
    entities = [{"type": "mention", "text": f"<at>{BOT['name']}</at>", "mentioned": BOT}]
    entities += [{"type": "mention", "text": f"<at>{m.name}</at>", "mentioned": {"id": m.user_id, "name": m.name}}
                 for m in mentions]
    return _base("message", user, channel_conversation(channel), service_url,
                 text=f"<at>{BOT['name']}</at> {text}", textFormat="plain", entities=entities,
                 channelData={"teamsChannelId": channel, "teamsTeamId": team_id,
                              "channel": {"id": channel}, "team": {"id": team_id}, "tenant": {"id": TENANT}})


def invoke(user: TeamsUser, verb: str, data: dict[str, Any], service_url: str,
           conversation: dict[str, Any] | None = None, reply_to: str | None = None) -> dict[str, Any]:
    """An `adaptiveCard/action` invoke: an Action.Execute button pressed, carrying its verb and data."""
    fields: dict[str, Any] = {"name": "adaptiveCard/action",
                              "value": {"action": {"type": "Action.Execute", "verb": verb, "data": data},
                                        "trigger": "manual"},
                              "channelData": {"tenant": {"id": TENANT}}}
    if reply_to:
        fields["replyToId"] = reply_to
    return _base("invoke", user, conversation or personal_conversation(user), service_url, **fields)


def installed(user: TeamsUser, service_url: str, conversation: dict[str, Any] | None = None) -> dict[str, Any]:
    """The bot added to `user`'s personal scope (conversationUpdate with the bot among membersAdded)."""
    return _base("conversationUpdate", user, conversation or personal_conversation(user), service_url,
                 membersAdded=[{"id": BOT_ID}], channelData={"tenant": {"id": TENANT}})


# -- the process ------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class TeamsEndpoint:
    """A Teams endpoint (`/api/messages`) in a process of its own: `command` gets the port as its last word."""

    def __init__(self, command: list[str], env: dict[str, str] | None = None):
        self.port = free_port()
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("TEAMS_", "SLACK_"))}
        environment.update({"PYTHONUNBUFFERED": "1", "LOG_LEVEL": "WARNING", **(env or {})})
        self.process = subprocess.Popen([*command, str(self.port)], cwd=ROOT, env=environment,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self._wait_until_listening()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/messages"

    def _wait_until_listening(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                out, err = self.process.communicate()
                raise RuntimeError(f"bot.py teams exited {self.process.returncode}: {err or out}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("bot.py teams did not start listening")

    def post(self, activity: dict[str, Any], token: str | None = None,
             timeout: float = 30.0) -> tuple[int, Any]:
        """POST the activity to /api/messages; (status, parsed JSON body or None)."""
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urlrequest.Request(self.url, data=json.dumps(activity).encode(), headers=headers, method="POST")
        try:
            with urlrequest.urlopen(request, timeout=timeout) as response:
                raw = response.read()
                return response.status, json.loads(raw) if raw else None
        except HTTPError as error:
            raw = error.read()
            try:
                return error.code, json.loads(raw) if raw else None
            except ValueError:
                return error.code, raw.decode(errors="replace")

    def stop(self) -> str:
        """Stop the process; what it wrote to stderr."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        _, err = self.process.communicate()
        return err


class TeamsBot(TeamsEndpoint):
    """`python bot.py teams --port N`, started as an operator would."""

    def __init__(self, database_url: str, *, env: dict[str, str] | None = None, args: list[str] = ()):  # type: ignore[assignment]
        super().__init__([sys.executable, "bot.py", "teams", *args, "--port"],
                         env={"DATABASE_URL": database_url, **(env or {})})
