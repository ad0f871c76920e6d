"""A chat with the bot in the terminal, on the same Bolt app and handlers as Slack.

Each line typed becomes a signed request as Slack would send it (a slash command,
a button click, a form submission, a Home tab visit) and goes through
`App.dispatch`; what the bot answers or sends to the loopback stand-in for
Slack's Web API is printed as plain text. Buttons are shown in brackets: type a
button's text to press it.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Callable
from datetime import date
from typing import Any, TextIO
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from slack_bolt import App, BoltRequest
from slack_sdk.signature import SignatureVerifier

from console.demo import load_demo
from console.local_slack import Call, LocalSlack
from domain.dates import parse_written_date
from domain.errors import BadDate
from domain.names import name_key
from templates.plain import unformatted

HELP = """Type a slash command as you would in Slack, for example:
  /myactions                     your open actions
  /action @Ruth Okafor Share the referral figures by next Friday
  /done AHWB-3 sent on Tuesday   /actions overdue   /board setup NAME
  /agenda   /agenda add TITLE    the next meeting's agenda, with matters arising
  /meeting  /apologies for @Sian Morgan   /attendance   /minutes
  /decisions data sharing   /declare 4 I am a trustee of the foodbank   /decision TEXT
  /home                          your App Home tab
  /as NAME                       speak as another member
Press a button by typing its text, e.g. "Done AHWB-3". End with Ctrl-D."""

class Console:
    def __init__(self, app: App, slack: LocalSlack, secret: str, stdin: TextIO, stdout: TextIO, channel_id: str,
                 today: Callable[[], date]):
        self.app, self.slack, self.secret, self.stdin, self.out, self.today = app, slack, secret, stdin, stdout, today
        self.channel_id = channel_id
        self.user_id = ""
        self.buttons: dict[str, dict[str, Any]] = {}
        self._turn = 0

    # -- what the person sees ----------------------------------------------
    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def plain(self, mrkdwn: str) -> str:
        return unformatted(mrkdwn, lambda user_id: (self.slack.users.get(user_id) or {}).get("real_name"))

    def show(self, payload: dict[str, Any], heading: str = "") -> None:
        if heading:
            self.say(heading)
        blocks = payload.get("blocks") or []
        if not blocks:
            self.say(self.plain(str(payload.get("text", ""))))
        for block in blocks:
            kind = block.get("type")
            if kind in ("section", "header"):
                self.say(self.plain(block["text"]["text"]))
            elif kind == "context":
                self.say("  " + " ".join(self.plain(e.get("text", "")) for e in block.get("elements", [])))
            elif kind == "divider":
                self.say("-" * 40)
            elif kind == "actions":
                labels = []
                for element in block.get("elements", []):
                    label = element["text"]["text"]
                    value = element.get("value", "")
                    if value and value not in label:
                        label = f"{label} {value}"
                    self.buttons[label.lower()] = {**element, "block_id": block.get("block_id")}
                    labels.append(f"[{label}]")
                self.say("    " + "  ".join(labels))
        self.say()

    # -- what the person does ----------------------------------------------
    def dispatch(self, body: str, content_type: str) -> dict[str, Any] | None:
        timestamp = str(int(time.time()))
        signature = SignatureVerifier(self.secret).generate_signature(timestamp=timestamp, body=body)
        response = self.app.dispatch(BoltRequest(body=body, headers={
            "content-type": [content_type], "x-slack-signature": [signature],
            "x-slack-request-timestamp": [timestamp]}))
        if response.status != 200:
            self.say(f"(the bot answered {response.status})")
            return None
        try:
            return json.loads(response.body) if response.body else None
        except ValueError:
            return {"text": response.body}

    def _slack_escape(self, text: str) -> str:
        """What Slack does to command text: escape, then turn @Name into a mention."""
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        people = sorted(self.slack.users.values(), key=lambda u: -len(u["real_name"]))
        for user in people:
            for name in (user["real_name"], user["profile"]["display_name"]):
                pattern = re.compile("@" + re.escape(name) + r"\b", re.IGNORECASE)
                text = pattern.sub(f"<@{user['id']}|{user['name']}>", text)
        return text

    def command(self, line: str) -> None:
        name, _, text = line.partition(" ")
        self._turn += 1
        body = urlencode({
            "token": "console", "team_id": "T0LOCAL", "channel_id": self.channel_id, "channel_name": "board",
            "user_id": self.user_id, "user_name": self.slack.users[self.user_id]["name"], "command": name,
            "text": self._slack_escape(text.strip()), "response_url": self.slack.response_url(str(self._turn)),
            "trigger_id": f"trigger.{self._turn}",
        })
        self._exchange(lambda: self.dispatch(body, "application/x-www-form-urlencoded"))

    def press(self, button: dict[str, Any]) -> None:
        self._turn += 1
        payload = {
            "type": "block_actions", "user": {"id": self.user_id}, "team": {"id": "T0LOCAL"},
            "channel": {"id": self.channel_id}, "container": {"type": "message", "is_ephemeral": True},
            "trigger_id": f"trigger.{self._turn}", "response_url": self.slack.response_url(str(self._turn)),
            "actions": [{"type": "button", "action_id": button["action_id"], "block_id": button.get("block_id"),
                         "value": button.get("value", ""), "action_ts": str(time.time())}],
        }
        self._exchange(lambda: self.dispatch(urlencode({"payload": json.dumps(payload)}),
                                             "application/x-www-form-urlencoded"))

    def home(self) -> None:
        event = {"type": "event_callback", "team_id": "T0LOCAL", "event_id": f"Ev{secrets.token_hex(4)}",
                 "event": {"type": "app_home_opened", "user": self.user_id, "tab": "home"}}
        self._exchange(lambda: self.dispatch(json.dumps(event), "application/json"), show_home=True)

    def _exchange(self, send: Any, show_home: bool = False) -> None:
        before = len(self.slack.sent())
        reply = send()
        if reply and reply.get("response_action") == "errors":
            for problem in reply.get("errors", {}).values():
                self.say(f"⚠ {problem}")
            self.say()
        elif reply and (reply.get("text") or reply.get("blocks")):
            self.show(reply)
        for call in self.slack.sent()[before:]:
            self._print_call(call, show_home)

    def _print_call(self, call: Call, show_home: bool) -> None:
        if call.method == "respond":
            self.show(call.body)
        elif call.method == "chat.postMessage":
            target = str(call.body.get("channel", ""))
            person = self.slack.users.get(target)
            where = ("you" if target == self.user_id else person["real_name"]) if person else "the board channel"
            self.show(call.body, heading=f"(direct message to {where})" if person else f"(posted to {where})")
        elif call.method == "views.publish" and show_home:
            self.show(call.body["view"], heading="(your Home tab)")
        elif call.method == "views.open":
            self.fill_form(call.body["view"])

    def fill_form(self, view: dict[str, Any]) -> None:
        """Ask for each input of a modal in turn, then submit it as Slack would."""
        self.say(f"({view['title']['text']}: answer each question; an empty line cancels)")
        values: dict[str, Any] = {}
        for block in view.get("blocks", []):
            if block.get("type") != "input":
                continue
            answer = self.ask(block["label"]["text"])
            if not answer:
                self.say("(cancelled)\n")
                return
            values[block["block_id"]] = {"value": self._element_value(block["element"], answer)}
        self._turn += 1
        payload = {"type": "view_submission", "user": {"id": self.user_id}, "team": {"id": "T0LOCAL"},
                   "trigger_id": f"trigger.{self._turn}",
                   "view": {**view, "id": "VCONSOLE", "state": {"values": values}}}
        self._exchange(lambda: self.dispatch(urlencode({"payload": json.dumps(payload)}),
                                             "application/x-www-form-urlencoded"))

    def _element_value(self, element: dict[str, Any], answer: str) -> dict[str, Any]:
        kind = element["type"]
        if kind == "users_select":
            key = name_key(answer.lstrip("@"))
            for user in self.slack.users.values():
                if name_key(user["real_name"]) == key or name_key(user["real_name"]).startswith(key):
                    return {"type": kind, "selected_user": user["id"]}
            return {"type": kind, "selected_user": None}
        if kind == "datepicker":
            try:
                chosen = parse_written_date(answer, self.today())
            except BadDate:
                chosen = None
            return {"type": kind, "selected_date": chosen.isoformat() if chosen else None}
        return {"type": kind, "value": answer}

    def ask(self, question: str) -> str:
        self.out.write(f"  {question}: ")
        self.out.flush()
        answer = (self.stdin.readline() or "").strip()
        if not self.stdin.isatty():
            self.say(answer)
        return answer


def _speaker(slack: LocalSlack, name: str) -> str | None:
    key = name_key(name)
    for user in slack.users.values():
        if name_key(user["real_name"]) == key:
            return user["id"]
    for user in slack.users.values():
        if key and key in name_key(user["real_name"]):
            return user["id"]
    return None


def run_console(db: Any, services: Any, *, speaker: str | None, demo: bool, stdin: TextIO, stdout: TextIO) -> int:
    """The terminal chat: reads lines until end of input. Returns the exit status."""
    from handlers import create_app

    with db.unit_of_work() as reg:
        if demo:
            load_demo(reg, services.now(), services.default_timezone)
        boards = reg.boards()
        people = {}
        for board in boards:
            for member in reg.members_of_board(board.id):
                if member.slack_id:
                    people[member.slack_id] = (member, board)
        secretaries = [b.secretary_id for b in boards if b.secretary_id]
    if not people:
        print("error: the register has no members linked to chat yet; try `python bot.py console --demo`",
              file=stdout)
        return 2

    slack = LocalSlack().start()
    for slack_id, (member, _) in people.items():
        slack.add_user(slack_id, member.name, member.email, member.tz or services.default_timezone)
    secret = secrets.token_hex(16)
    app = create_app(services, token="xoxb-console", signing_secret=secret, api_url=slack.api_url,
                     process_before_response=True)
    default = next((sid for sid, (m, _) in people.items() if m.id in secretaries), next(iter(people)))
    first_id = (_speaker(slack, speaker) if speaker else default)
    if first_id is None:
        print(f"error: no member called {speaker!r}; try one of: "
              + ", ".join(m.name for m, _ in people.values()), file=stdout)
        slack.stop()
        return 2
    board = people[first_id][1]
    shell = Console(app, slack, secret, stdin, stdout, board.channel_id or "C0CONSOLE",
                    today=lambda: services.now().astimezone(ZoneInfo(board.timezone)).date())
    shell.user_id = first_id
    shell.say(f"Matters Arising console · {board.name} · you are {slack.users[first_id]['real_name']}")
    shell.say(HELP + "\n")
    try:
        for raw in iter(stdin.readline, ""):
            line = raw.strip()
            if not line:
                continue
            shell.say(f"> {line}")
            if line in ("/help", "help"):
                shell.say(HELP + "\n")
            elif line.startswith("/as "):
                found = _speaker(slack, line[4:])
                if found is None:
                    shell.say(f"No member called {line[4:].strip()!r}.\n")
                else:
                    shell.user_id = found
                    shell.say(f"(you are now {slack.users[found]['real_name']})\n")
            elif line == "/home":
                shell.home()
            elif line.startswith("/"):
                shell.command(line)
            elif line.lower() in shell.buttons:
                shell.press(shell.buttons[line.lower()])
            else:
                shell.say("Start with / for a command, or type a button's text. /help lists them.\n")
    finally:
        slack.stop()
    return 0
