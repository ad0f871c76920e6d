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
from handlers import COMMANDS
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
  /help                          everything the bot can do
  /home                          your App Home tab
  /as NAME                       speak as another member
Press a button by typing its text, e.g. "Done AHWB-3". End with Ctrl-D."""
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$")
YES = ("yes", "y")


def clock_time(answer: str) -> str | None:
    """A time typed at a time picker's question ("14:00", "9.30", "2pm", "2.30 pm") as Slack's "HH:MM"."""
    match = _CLOCK.match(answer.strip().lower())
    if not match:
        return None
    hour, minute, half = int(match[1]), int(match[2] or 0), match[3]
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None

class Console:
    def __init__(self, app: App, slack: LocalSlack, secret: str, stdin: TextIO, stdout: TextIO, channel_id: str,
                 today: Callable[[], date]):
        self.app, self.slack, self.secret, self.stdin, self.out, self.today = app, slack, secret, stdin, stdout, today
        self.channel_id = channel_id
        self.user_id = ""
        self.buttons: dict[str, dict[str, Any]] = {}
        self.commands = {name for name, _ in COMMANDS}
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
        if name not in self.commands:
            self.say(f"I don't know {name}; try /help\n")
            return
        self._turn += 1
        body = urlencode({
            "token": "console", "team_id": "T0LOCAL", "channel_id": self.channel_id, "channel_name": "board",
            "user_id": self.user_id, "user_name": self.slack.users[self.user_id]["name"], "command": name,
            "text": self._slack_escape(text.strip()), "response_url": self.slack.response_url(str(self._turn)),
            "trigger_id": f"trigger.{self._turn}",
        })
        self._exchange(lambda: self.dispatch(body, "application/x-www-form-urlencoded"))

    def button(self, typed: str) -> dict[str, Any] | None:
        """The button whose text was typed, or the one button whose text begins with it."""
        key = typed.lower()
        if key in self.buttons:
            return self.buttons[key]
        starting = [label for label in self.buttons if label.startswith(key)]
        return self.buttons[starting[0]] if len(starting) == 1 else None

    def press(self, button: dict[str, Any]) -> None:
        confirm = button.get("confirm")
        if confirm:  # Slack's confirmation dialog, as a question
            answer = self.ask(f"{confirm['title']['text']} {confirm['text']['text']} Type yes to go on")
            if answer.lower() not in YES:
                self.say("(nothing done)\n")
                return
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

    def _exchange(self, send: Any, show_home: bool = False) -> dict[str, Any] | None:
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
        return reply

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
        """Ask for each input of a modal in turn, then submit it as Slack would. When the bot sends the
        form back with errors, ask again for those answers only, keeping the rest, as Slack's form does."""
        self.say(f"({view['title']['text']}: answer each question; an empty line keeps what is in brackets, "
                 "skips an optional one, or else cancels; - clears an optional one)")
        inputs = [block for block in view.get("blocks", []) if block.get("type") == "input"]
        values: dict[str, Any] = {}
        asking = inputs
        while asking:
            for block in asking:
                state = self._answer(block)
                if state is None:
                    self.say("(cancelled)\n")
                    return
                values[block["block_id"]] = {"value": state}
                # What was given is what Slack would show again, should the form come back.
                block["element"] = {**block["element"], **_as_initial(state)}
            self._turn += 1
            payload = {"type": "view_submission", "user": {"id": self.user_id}, "team": {"id": "T0LOCAL"},
                       "trigger_id": f"trigger.{self._turn}",
                       "view": {**view, "id": "VCONSOLE", "state": {"values": values}}}
            reply = self._exchange(lambda: self.dispatch(urlencode({"payload": json.dumps(payload)}),
                                                         "application/x-www-form-urlencoded"))
            errors = reply.get("errors", {}) if reply and reply.get("response_action") == "errors" else {}
            asking = [block for block in inputs if block["block_id"] in errors]

    def _answer(self, block: dict[str, Any]) -> dict[str, Any] | None:
        """One input's state from what is typed; None when the person cancels the form."""
        element, optional = block["element"], bool(block.get("optional"))
        shown = _initial(element)
        question = block["label"]["text"] + (f" [{shown}]" if shown else "") + (" (optional)" if optional else "")
        while True:
            answer = self.ask(question)
            if answer == "-" and optional:  # clears what is in brackets
                return {"type": element["type"]}
            if not answer:
                if shown:
                    return _initial_state(element)
                return {"type": element["type"]} if optional else None
            state = self._element_value(element, answer)
            if element["type"] == "timepicker" and state.get("selected_time") is None:
                self.say(f"  (I can't read {answer!r} as a time; try 14:00, 9.30 or 2pm)")
                continue
            return state

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
        if kind == "timepicker":
            return {"type": kind, "selected_time": clock_time(answer)}
        return {"type": kind, "value": answer}

    def ask(self, question: str) -> str:
        """The answer typed; EOFError at the end of input (Ctrl-D), which ends the form too."""
        self.out.write(f"  {question}: ")
        self.out.flush()
        line = self.stdin.readline()
        if not line:
            self.say()
            raise EOFError
        answer = line.strip()
        if not self.stdin.isatty():
            self.say(answer)
        return answer


def _initial(element: dict[str, Any]) -> str | None:
    """What a form's input shows before anything is typed (the meeting being edited, or the last answer)."""
    for key in ("initial_date", "initial_time", "initial_value"):
        if element.get(key):
            return str(element[key])
    user = element.get("initial_user")
    return f"<@{user}>" if user else None


# An input's state, and the same answer as the input's initial value.
_STATE_AND_INITIAL = (("selected_date", "initial_date"), ("selected_time", "initial_time"),
                      ("value", "initial_value"), ("selected_user", "initial_user"))


def _as_initial(state: dict[str, Any]) -> dict[str, Any]:
    """An input's state as the initial value of the same input."""
    return {key: state[field] for field, key in _STATE_AND_INITIAL if state.get(field)}


def _initial_state(element: dict[str, Any]) -> dict[str, Any]:
    """The state an input submits when its initial value is left as it is."""
    return {"type": element["type"], **{field: element[key] for field, key in _STATE_AND_INITIAL if element.get(key)}}


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
                shell.command("/help")
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
            elif shell.button(line) is not None:
                shell.press(shell.button(line))
            else:
                shell.say("Start with / for a command, or type a button's text. /help lists them.\n")
    except EOFError:  # input ended in the middle of a form or a question
        pass
    finally:
        slack.stop()
    return 0
