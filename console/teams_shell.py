"""The terminal chat as a Teams user (`python bot.py console --teams`): the Teams commands and cards, as text.

Each line typed is a message to the bot in the board's Teams channel, spoken by a
board member; `@Name` becomes a mention of the member of that name, as Teams sends
it. It goes to the same conversation side as `python bot.py teams` (teams.commands),
and the Adaptive Cards that come back are printed as text, their Action.Execute
buttons in brackets: type a button's text to press it (a date or a note is asked
for). The transport (tokens, the Bot Connector) is the one part left out.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, TextIO
from zoneinfo import ZoneInfo

import anyio

from console.demo import load_demo
from domain.dates import parse_written_date
from domain.errors import BadDate, DomainError
from domain.names import name_key
from teams import commands
from teams.cards import CARD_TYPE
from teams.context import MENTION_TOKEN, Conversation, Mention, TeamsPerson, TeamsTurn

HELP = """Type a command as you would to the bot in Teams, for example:
  myactions                      your open actions, as a card
  action @Ruth Okafor Share the referral figures by next Friday
  done AHWB-3 sent on Tuesday    actions overdue    agenda    meeting    attendance    minutes
  as NAME                        speak as another member
Press a card's button by typing its text, e.g. "Done AHWB-3". End with Ctrl-D."""
CHANNEL = "19:console-board@thread.tacv2"
SERVICE_URL = "http://127.0.0.1/console/"


def label(button: dict[str, Any]) -> str:
    """A button's title, with the action it acts on when the title does not say (as the Slack console does)."""
    ref = str((button.get("data") or {}).get("ref") or "")
    return f"{button['title']} {ref}" if ref and ref not in button["title"] else button["title"]


def card_lines(card: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]]]:
    """A card's text, line by line, and its Execute buttons (title, verb, data) in order."""
    lines: list[str] = []
    buttons: list[dict[str, Any]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            kind = item.get("type")
            if kind == "RichTextBlock":
                text = "".join(run.get("text", "") for run in item.get("inlines", []))
                subtle = any(run.get("isSubtle") for run in item.get("inlines", []))
                lines.append(("    " if subtle else "") + text)
            elif kind == "TextBlock":
                lines.append(item.get("text", ""))
            elif kind == "ActionSet":
                found = [a for a in item.get("actions", []) if a.get("type") == "Action.Execute"]
                buttons.extend(found)
                if found:
                    lines.append("    " + "  ".join(f"[{label(a)}]" for a in found))
            elif kind == "ColumnSet":
                for column in item.get("columns", []):
                    walk(column.get("items", []))
            elif kind == "Container":
                walk(item.get("items", []))
            elif kind and kind.startswith("Input."):
                lines.append(f"    ({item.get('label', 'input')}: asked for when you press the button below)")

    walk(card.get("body", []))
    found = [a for a in card.get("actions", []) if a.get("type") == "Action.Execute"]
    if found:
        buttons.extend(found)
        lines.append("    " + "  ".join(f"[{label(a)}]" for a in found))
    return lines, buttons


def _inputs(card: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Input."):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card.get("body", []))
    return found


class TeamsConsole:
    def __init__(self, services: Any, members: dict[int, Any], board: Any, stdin: TextIO, stdout: TextIO):
        self.services, self.members, self.board = services, members, board
        self.stdin, self.out = stdin, stdout
        self.member = next(iter(members.values()))
        self.buttons: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}

    def say(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def ask(self, question: str) -> str:
        self.out.write(f"  {question}: ")
        self.out.flush()
        answer = (self.stdin.readline() or "").strip()
        if not self.stdin.isatty():
            self.say(answer)
        return answer

    def today(self) -> date:
        return self.services.now().astimezone(ZoneInfo(self.board.timezone)).date()

    def _person(self, member: Any) -> TeamsPerson:
        return TeamsPerson(aad_id=member.teams_id or f"console-{member.id}", user_id=f"29:console-{member.id}",
                           name=member.name, email=member.email)

    def turn(self, text: str, activity: dict[str, Any] | None = None) -> TeamsTurn:
        """The line as the transport would hand it over: `@Name` as mention tokens of the members named."""
        mentions: list[Mention] = []
        text = MENTION_TOKEN.sub(lambda m: m.group(0).replace("<at:", "<at :"), text)  # typed tokens are not ours
        for member in sorted(self.members.values(), key=lambda m: -len(m.name)):
            pattern = re.compile("@" + re.escape(member.name) + r"\b", re.IGNORECASE)
            if pattern.search(text):
                text = pattern.sub(f"<at:{len(mentions)}>", text)
                mentions.append(Mention(name=member.name, person=self._person(member), member_id=member.id))
        return TeamsTurn(services=self.services, person=self._person(self.member),
                         conversation=Conversation(id=CHANNEL, kind="channel", service_url=SERVICE_URL),
                         member_id=self.member.id, text=" ".join(text.split()), mentions=mentions,
                         board_id=self.board.id, activity=activity or {})

    def show_activity(self, activity: dict[str, Any]) -> None:
        attachments = [a for a in activity.get("attachments") or [] if a.get("contentType") == CARD_TYPE]
        if not attachments:
            self.say(str(activity.get("text", "")).replace("\\", ""))
        for attachment in attachments:
            self.show_card(attachment["content"])
        self.say()

    def show_card(self, card: dict[str, Any]) -> None:
        lines, buttons = card_lines(card)
        for line in lines:
            self.say(line)
        self.buttons = {}
        for button in buttons:
            self.buttons[label(button).lower()] = (button, card)

    def message(self, text: str) -> None:
        for activity in anyio.run(commands.on_message, self.turn(text)):
            self.show_activity(activity)

    def press(self, label: str) -> None:
        button, card = self.buttons[label]
        data = dict(button.get("data") or {})
        for field in _inputs(card):
            wanted = field["id"] == "note" if button["verb"] == "saveupdate" else field["id"].endswith(
                str(data.get("ref", "")))
            if button["verb"] in ("newdate", "saveupdate") and wanted:
                answer = self.ask(field.get("label", field["id"]))
                if field["type"] == "Input.Date":
                    try:
                        chosen = parse_written_date(answer, self.today())
                    except BadDate:
                        chosen = None
                    answer = chosen.isoformat() if chosen else ""
                data[field["id"]] = answer
        try:
            answer = anyio.run(commands.on_invoke, self.turn(""), button["verb"], data)
        except DomainError as error:
            answer = {"type": "application/vnd.microsoft.activity.message", "value": str(error)}
        if answer.get("type") == CARD_TYPE:
            self.say("(the card is replaced)")
            self.show_card(answer["value"])
            self.say()
        else:
            self.say(f"{answer.get('value', '')}\n")


def run_teams_console(db: Any, services: Any, *, speaker: str | None, demo: bool, stdin: TextIO,
                      stdout: TextIO) -> int:
    """The terminal chat as a Teams user in the first board's channel; reads lines until end of input."""
    with db.unit_of_work() as reg:
        if demo:
            load_demo(reg, services.now(), services.default_timezone)
        boards = reg.boards()
        if not boards:
            print("error: the register has no boards yet; try `python bot.py console --teams --demo`", file=stdout)
            return 2
        board = boards[0]
        members = {m.id: m for m in reg.members_of_board(board.id)}
        reg.session.expunge_all()
    if not members:
        print(f"error: {board.name} has no members yet", file=stdout)
        return 2
    shell = TeamsConsole(services, members, board, stdin, stdout)
    chosen = _member_named(members, speaker) if speaker else members.get(board.secretary_id or -1)
    if speaker and chosen is None:
        print(f"error: no member called {speaker!r}; try one of: " + ", ".join(m.name for m in members.values()),
              file=stdout)
        return 2
    shell.member = chosen or shell.member
    shell.say(f"Matters Arising console, as in Teams · {board.name} channel · you are {shell.member.name}")
    shell.say(HELP + "\n")
    for raw in iter(stdin.readline, ""):
        line = raw.strip()
        if not line:
            continue
        shell.say(f"> {line}")
        if line.lower().startswith("as "):
            found = _member_named(members, line[3:])
            if found is None:
                shell.say(f"No member called {line[3:].strip()!r}.\n")
            else:
                shell.member = found
                shell.say(f"(you are now {found.name})\n")
        elif line.lower() in shell.buttons:
            shell.press(line.lower())
        else:
            shell.message(line)
    return 0


def _member_named(members: dict[int, Any], name: str) -> Any | None:
    key = name_key(name)
    exact = [m for m in members.values() if m.name_key == key]
    return exact[0] if exact else next((m for m in members.values() if key and key in m.name_key), None)

