"""Commands as words in Teams: the same use cases as the Slack slash commands, answered with cards.

`on_message` reads the first word (a leading `/` forgiven) and runs the command with
the rest; mentions arrive from the transport as `<at:N>` tokens (teams.context), so
an owner or a substitute is only ever a person Teams vouched for. Bad input is one
clear line and changes nothing. `on_invoke` (card buttons) lives in teams/invokes.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import (
    LOG_FILTERS,
    action_parts,
    board_log,
    board_today,
    complete_action,
    my_open_actions,
    record_action,
    view,
)
from domain.agenda import attendance_report, expected_attendance, local_day, next_meeting, propose_item, send_apologies
from domain.boards import link_member, member_named, set_role, setup_teams_board
from domain.dates import parse_due
from domain.decisions import find_decisions, record_decision
from domain.declarations import declare, set_standing
from domain.errors import BadInput, DomainError, NotAllowed, NotFound, NotLinked
from domain.groups import name_group_lead, split_group
from domain.identity import member_for
from domain.meetings import check_may_change, describe_when
from domain.meetings import view as meeting_view
from domain.permissions import runs_board
from jobs.agendas import agenda_item
# The very summary the `minutes` sweep sends the channel (private there so as not to touch the sweep).
from jobs.minutes_summary import summary_item
from messages import AGENDA, MINUTES_SUMMARY, message
from messages.compose import notice
from messages.document import Document, Heading, line, quiet, strong
from teams import files, invokes
from teams.app import base_conversation_id
from teams.cards import (
    activity,
    activity_for,
    board_log_card,
    cancel_meeting_card,
    card_activity,
    meeting_form,
    my_actions_card,
    new_action_form,
    notice_activity,
)
from teams.context import MENTION_TOKEN, Mention, TeamsTurn

MAX_TEXT = 4000  # a command longer than this is not a command
ACTION_USAGE = "Try: action @someone Circulate the notes by next Friday."
NOT_LINKED = ("I don't know you as a member of any board yet. Ask your board's secretary to link you "
              "(board link @you Your Name), or set up a board in its channel with: board setup NAME.")
NO_BOARD = ("This isn't a board's channel yet. Set it up by mentioning me with: board setup NAME. "
            "In our personal chat, say it in your board's channel instead.")
HELP = [
    ("myactions", "your open actions on every board, with Done, Snooze, New date and Add update"),
    ("done REF [note]", "marks an action done"),
    ("action @someone WHAT by DATE", "records an action on this channel's board"),
    ("actions [open|overdue|done|all|@someone|name]", "this board's action log"),
    ("agenda | agenda add TITLE [- presenter] | agenda post", "the next meeting's agenda"),
    ("apologies [for @someone]", "apologies for the next meeting, naming who comes instead"),
    ("meeting | meeting new | meeting edit | meeting cancel", "the next meeting and who is expected; officers "
                                                               "schedule, change or cancel it"),
    ("minutes", "the latest minutes' summary; share a minutes file with me in our chat to import it"),
    ("attendance", "attendance over recent meetings"),
    ("decisions [words]", "this board's decisions, newest first, found by their words"),
    ("decision [item N] WHAT WAS AGREED", "the chair or secretary records a decision of today's meeting"),
    ("declare ITEM INTEREST | declare WHAT - INTEREST | declare standing TEXT", "declare an interest for the "
                                                                                "next meeting; keep your standing "
                                                                                "register entry"),
    ("board setup NAME | chair @someone | secretary @someone | link @someone NAME | lead \"GROUP\" @someone",
     "set up a board here; name who answers for a group's actions"),
]


@dataclass(frozen=True)
class Command:
    verb: str
    rest: str


def parse(text: str) -> Command:
    """The command word (lower case, a leading `/` forgiven) and the rest of the text."""
    words = " ".join(text.replace("\x00", "").split())[:MAX_TEXT].lstrip("/").strip()
    verb, _, rest = words.partition(" ")
    return Command(verb.lower(), rest.strip())


def plain(turn: TeamsTurn, text: str) -> str:
    """The words with each mention token as the name Teams showed."""
    return MENTION_TOKEN.sub(lambda m: _mention_name(turn, m.group(0)), text).strip()


def _mention_name(turn: TeamsTurn, token: str) -> str:
    found = turn.mention(token)
    return f"@{found.name}" if found else ""


def leading_mention(turn: TeamsTurn, text: str) -> tuple[Mention | None, str]:
    """The mention the text starts with, and the rest."""
    found = MENTION_TOKEN.match(text.strip())
    if found is None:
        return None, text.strip()
    return turn.mention(found.group(0)), text.strip()[found.end():].strip()


# -- who and where -----------------------------------------------------------

def me(reg: Any, turn: TeamsTurn) -> Any:
    member = reg.member(turn.member_id) if turn.member_id is not None else None
    if member is None:
        raise NotLinked(NOT_LINKED)
    return member


def board_here(reg: Any, turn: TeamsTurn) -> Any:
    board = reg.board(turn.board_id) if turn.board_id is not None else None
    if board is None:
        raise NotFound(NO_BOARD)
    return board


def member_of(reg: Any, turn: TeamsTurn, mention: Mention) -> Any:
    """The member a mention names, made a member from their Teams profile when the register has nobody."""
    if mention.member_id is not None and (found := reg.member(mention.member_id)) is not None:
        return found
    channel = None if turn.conversation.personal else base_conversation_id(turn.conversation.id)
    return member_for(reg, mention.person.chat_person(), turn.services.now(), channel)


# -- the commands ------------------------------------------------------------

def _my_actions(reg: Any, turn: TeamsTurn, _rest: str) -> list[dict[str, Any]]:
    actions = my_open_actions(reg, me(reg, turn), turn.services.now())
    return [card_activity(my_actions_card(actions))]


def _done(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    ref, _, note = plain(turn, rest).partition(" ")
    if not ref:
        raise BadInput("Say which action: done CPSRB-7 sent round on Friday.")
    action, changed = complete_action(reg, ref, by=me(reg, turn), now=turn.services.now(), note=note or None)
    label = ref.upper()
    return [notice_activity(f"✓ {label} {action.what} is done." if changed else f"{label} was already done.")]


def _action(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    if not rest:
        return [card_activity(new_action_form(board_here(reg, turn).name))]
    owner_mention, remainder = leading_mention(turn, rest)
    if owner_mention is None:
        raise BadInput(f"I need who: start with an @mention of the person who will do it. {ACTION_USAGE}")
    parts = action_parts(remainder, ACTION_USAGE)
    now = turn.services.now()
    board = board_here(reg, turn)
    by = me(reg, turn)
    what, when = parts
    due = parse_due(plain(turn, when), board_today(board, now))
    owner = member_of(reg, turn, owner_mention)
    recorded = view(record_action(reg, board, owner=owner, what=plain(turn, what), due=due, by=by, now=now),
                    board_today(board, now))
    doc = Document(f"{recorded.ref} recorded for {recorded.owner}: {recorded.what}", (
        line("✓ Recorded ", strong(recorded.ref), " for ", strong(recorded.owner), ": ", recorded.what),
        line(f"Due {due.text} · {recorded.due_words} · recorded by {by.name}", small=True)))
    return [activity(doc)]


def _actions(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    board = board_here(reg, turn)
    me(reg, turn)
    owner, status = None, rest.lower() or "open"
    if status not in LOG_FILTERS:
        who, _ = leading_mention(turn, rest)
        owner = member_of(reg, turn, who) if who else member_named(reg, board, plain(turn, rest))
        status = "open"
    shown = board_log(reg, board, turn.services.now(), status=status, owner=owner)
    return [card_activity(board_log_card(board.name, shown, label=status,
                                                 owner=owner.name if owner else None))]


def _agenda(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    verb, _, words = rest.partition(" ")
    verb = verb.lower()
    if verb not in ("", "add", "post"):
        raise BadInput("agenda shows the draft agenda · agenda add TITLE [- presenter] proposes an item · "
                       "agenda post (chair or secretary) posts it here")
    board, caller = board_here(reg, turn), me(reg, turn)
    now = turn.services.now()
    if verb == "add":
        title, _, presenter = plain(turn, words).partition(" - ")
        item = propose_item(reg, board, by=caller, title=title, presenter=presenter, now=now)
        if item.status == "accepted":
            return [notice_activity(f"✓ Added to the agenda of {board.name}: {item.title}.")]
        return [notice_activity(f"Proposed for the next meeting: {item.title}. The secretary will accept or "
                                "decline it.")]
    if verb == "post" and not runs_board(board, caller.id):
        raise NotAllowed("Only the board's chair or secretary can post the agenda.")
    shown = agenda_item(reg, board, next_meeting(reg, board, now), now, draft=verb != "post",
                        public_url=turn.services.public_url)
    return [activity_for(message(AGENDA, [shown]))]


def _apologies(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    words = rest.split(maxsplit=1)
    if words and words[0].lower() in ("for", "sub", "substitute", "deputy"):
        rest = words[1] if len(words) > 1 else ""
    substitute_mention, _note = leading_mention(turn, rest)
    board, caller = board_here(reg, turn), me(reg, turn)
    substitute = member_of(reg, turn, substitute_mention) if substitute_mention else None
    meeting = send_apologies(reg, board, member=caller, substitute=substitute, now=turn.services.now())
    when = meeting.starts_at.astimezone(ZoneInfo(board.timezone))
    text = f"Apologies recorded for {board.name} on {when:%A %-d %B %Y}"
    text += (f", with {substitute.name} attending in your place." if substitute
             else ". Name someone to come in your place with: apologies for @someone.")
    return [notice_activity(text)]


def _meeting(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    verb = rest.lower()
    if verb in ("new", "edit"):
        board = board_here(reg, turn)
        check_may_change(board, me(reg, turn))
        shown = meeting_view(next_meeting(reg, board, turn.services.now()), board) if verb == "edit" else None
        return [card_activity(meeting_form(board.name, board.timezone, shown))]
    if verb == "cancel":  # asks first; only the card's "Cancel the meeting" cancels (teams.invokes)
        board = board_here(reg, turn)
        check_may_change(board, me(reg, turn))
        meeting = next_meeting(reg, board, turn.services.now())
        return [card_activity(cancel_meeting_card(board.name, describe_when(meeting_view(meeting, board)),
                                                  meeting.id))]
    if rest:
        raise BadInput("meeting shows the next meeting · meeting new schedules one · meeting edit changes the next "
                       "one · meeting cancel cancels it")
    board = board_here(reg, turn)
    meeting = next_meeting(reg, board, turn.services.now())
    shown = meeting_view(meeting, board)
    blocks: list[Any] = [Heading(f"Next meeting of {shown.board}: {describe_when(shown)}")]
    if shown.venue:
        blocks.append(line("Venue: ", shown.venue))
    if shown.theme:
        blocks.append(line("Theme: ", shown.theme))
    caller = reg.member(turn.member_id) if turn.member_id is not None else None
    if caller is not None and runs_board(board, caller.id):
        expected = expected_attendance(reg, board, meeting)
        blocks.append(line(strong("Expected attendance"), f": {len(expected.coming)} expected, "
                           f"{len(expected.apologies)} with apologies"))
        blocks += [line(m.name, f" ({m.organisation})" if m.organisation else "", bullet=True)
                   for m in expected.coming]
        blocks += [line(m.name, ": ", quiet("apologies"), f", {d.name} attends in their place" if d else "",
                        bullet=True) for m, d in expected.apologies]
    return [activity(Document(f"Next meeting of {shown.board}: {describe_when(shown)}", tuple(blocks)))]


def _minutes(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    if rest:
        raise BadInput("minutes shows this board's latest minutes; to import minutes, share the file with me in "
                       "our personal chat.")
    board = board_here(reg, turn)
    me(reg, turn)
    held = [m for m in reg.meetings_of_board(board.id) if m.minutes_recorded_at is not None]
    if not held:
        raise NotFound(f"No minutes of {board.name} are recorded yet. Share a minutes file with me in our "
                       "personal chat.")
    return [activity_for(message(MINUTES_SUMMARY, [summary_item(reg, held[-1])]))]


def _attendance(reg: Any, turn: TeamsTurn, _rest: str) -> list[dict[str, Any]]:
    board = board_here(reg, turn)
    me(reg, turn)
    held, members, organisations = attendance_report(reg, board, turn.services.now())
    title = f"Attendance at {board.name}, last {len(held)} meeting{'s' if len(held) != 1 else ''}"
    if held:
        title += f" ({local_day(held[0]):%-d %b %Y} to {local_day(held[-1]):%-d %b %Y})"
    blocks: list[Any] = [Heading(title)]
    if not held:
        blocks.append(line("No meetings with recorded attendance yet."))
    for heading, rows in (("By organisation", organisations), ("By member", members)):
        if held:
            blocks.append(line(strong(heading), ": attended · represented · apologies · absent"))
            blocks += [line(name, f": {r.attended} · {r.represented} · {r.apologies} · {r.absent}", bullet=True)
                       for name, r in sorted(rows.items())]
    return [activity(Document(title, tuple(blocks)))]


def _decisions(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    """The board's decisions with these words, newest first; never one under an exempt item."""
    board = board_here(reg, turn)
    me(reg, turn)
    words = plain(turn, rest)
    found = find_decisions(reg, board, words)
    title = f"Decisions of {board.name}" + (f" about “{words}”" if words else "") + ", newest first"
    blocks: list[Any] = [Heading(title)]
    blocks += [line(strong(f"{d.day:%-d %b %Y}"), f" (item {d.item})" if d.item else "", ": ", d.text, bullet=True)
               for d in found]
    if not found:
        blocks.append(line(f"No decisions{' with those words' if words else ''} are recorded yet."))
    return [activity(Document(title, tuple(blocks)))]


def _decision(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    board, caller = board_here(reg, turn), me(reg, turn)
    text = plain(turn, rest)
    if not text:
        raise BadInput("decision [item N] WHAT WAS AGREED (chair or secretary) records a decision of today's "
                       "meeting.")
    decision, meeting = record_decision(reg, board, by=caller, text=text, now=turn.services.now())
    day = meeting.starts_at.astimezone(ZoneInfo(board.timezone))
    exempt = " (exempt)" if reg.exempt_item_ids([decision.agenda_item_id]) else ""
    item = f" (item {decision.item_number})" if decision.item_number else ""
    return [notice_activity(f"Decision recorded for {board.name}, meeting of {day:%-d %B %Y}{item}{exempt}: "
                            f"{decision.text}")]


def _declare(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    board, caller = board_here(reg, turn), me(reg, turn)
    text = plain(turn, rest)
    verb, _, words = text.partition(" ")
    if verb.lower() == "standing":
        member = set_standing(reg, board, member=caller, text=words, now=turn.services.now())
        if not member.interests:
            return [notice_activity("Your standing register entry is cleared.")]
        return [notice_activity(f"Your standing register entry is now: {member.interests}. The chair and secretary "
                                f"of {board.name} see it when each agenda goes out.")]
    if not text:
        entry = f" Your standing entry: {caller.interests}" if caller.interests else ""
        return [notice_activity("Declare an interest for the next meeting: declare ITEM INTEREST (e.g. declare 5 "
                                "I am a trustee of the foodbank), declare WHAT - INTEREST, or declare standing "
                                f"TEXT for your standing register entry.{entry}")]
    row, meeting = declare(reg, board, member=caller, text=text, now=turn.services.now())
    day = meeting.starts_at.astimezone(ZoneInfo(board.timezone))
    item = row.item_text or (f"item {row.item_number}" if row.item_number else None)
    return [notice_activity(f"Declared for the meeting of {board.name} on {day:%A %-d %B %Y}: {row.interest}"
                            + (f" ({item})" if item else "") + ". It shows on the agenda under Declarations of "
                            "interest.")]


def _board(reg: Any, turn: TeamsTurn, rest: str) -> list[dict[str, Any]]:
    verb, _, words = rest.partition(" ")
    verb, words = verb.lower(), words.strip()
    now = turn.services.now()
    if verb == "setup":
        if turn.conversation.personal:
            raise BadInput("A board lives in a channel: mention me in the board's channel with board setup NAME.")
        caller = member_for(reg, turn.person.chat_person(), now, base_conversation_id(turn.conversation.id))
        board, created = setup_teams_board(
            reg, plain(turn, words), conversation_id=base_conversation_id(turn.conversation.id),
            service_url=turn.conversation.service_url, team_id=turn.conversation.team_id,
            tenant_id=turn.conversation.tenant_id, caller=caller, now=now, timezone=turn.services.default_timezone)
        secretary = " You are its secretary." if board.secretary_id == caller.id else ""
        return [notice_activity(f"✓ {'Set up' if created else 'Bound'} {board.name} (actions {board.code}-1, "
                                f"{board.code}-2, …) in this channel.{secretary}")]
    if verb in ("chair", "secretary"):
        board = board_here(reg, turn)
        who, _ = leading_mention(turn, words)
        if who is None:
            raise BadInput(f"Say who: board {verb} @someone.")
        member = member_of(reg, turn, who)
        set_role(reg, board, caller=me(reg, turn), member=member, role=verb)
        return [notice_activity(f"{member.name} is now the {verb} of {board.name}.")]
    if verb == "link":
        board = board_here(reg, turn)
        who, name = leading_mention(turn, words)
        if who is None or not plain(turn, name):
            raise BadInput("Say who and which member: board link @someone Name as in the minutes.")
        member = link_member(reg, board, caller=me(reg, turn), person=who.person.chat_person(),
                             name=plain(turn, name), now=now)
        return [notice_activity(f"{who.name} is {member.name} on {board.name}.")]
    if verb == "lead":
        board = board_here(reg, turn)
        group, rest_words = split_group(words)
        who = None
        if rest_words.lower() != "none":
            who, _ = leading_mention(turn, rest_words)
            if who is None:
                raise BadInput('Say who: board lead "Group Leads" @someone, or none to take the lead away.')
        member = member_of(reg, turn, who) if who is not None else None
        shown = name_group_lead(reg, board, caller=me(reg, turn), group=plain(turn, group), member=member)
        if member is None:
            return [notice_activity(f"{shown} on {board.name} has no named lead now: its actions go to the "
                                    "secretary.")]
        return [notice_activity(f"{member.name} now leads {shown} on {board.name}: its actions' reminders and "
                                "update requests go to them.")]
    leads = ""
    if not turn.conversation.personal:
        board = reg.board_by_teams_channel(base_conversation_id(turn.conversation.id))
        named = reg.leads_of_board(board.id) if board is not None else []
        if named:
            leads = f" · groups' leads on {board.name}: " + "; ".join(f"{g}: {m.name}" for g, m in named)
    raise BadInput("board setup NAME binds this channel to a board · board link @someone Name as in the minutes "
                   "links a Teams user to a member · board chair @someone and board secretary @someone name "
                   "the officers · board lead \"GROUP\" @someone names who answers for a group's actions "
                   "(none takes it away)" + leads)


def _help(_reg: Any, _turn: TeamsTurn, _rest: str) -> list[dict[str, Any]]:
    blocks = [Heading("What I can do"), *(line(strong(words), f": {does}", bullet=True) for words, does in HELP),
              line("In a channel, mention me first; in our personal chat, just say it.", small=True)]
    return [activity(Document("What I can do: myactions, done, action, actions, agenda, apologies, meeting, "
                              "minutes, attendance, decisions, decision, declare, board", tuple(blocks)))]


COMMANDS: dict[str, Callable[[Any, TeamsTurn, str], list[dict[str, Any]]]] = {
    "myactions": _my_actions, "done": _done, "action": _action, "actions": _actions, "agenda": _agenda,
    "apologies": _apologies, "meeting": _meeting, "minutes": _minutes, "attendance": _attendance,
    "decisions": _decisions, "decision": _decision, "declare": _declare, "board": _board, "help": _help,
}


async def on_message(turn: TeamsTurn) -> list[dict[str, Any]]:
    """A message to the bot: a command word, or a minutes file shared in the personal chat."""
    if files.shared_file(turn.activity) is not None:
        return await files.on_file(turn)
    command = parse(turn.text)
    if not command.verb:
        return _help(None, turn, "")
    handler = COMMANDS.get(command.verb)
    if handler is None:
        return [notice_activity(f"I don't know “{plain(turn, command.verb)[:40]}”; try help.")]
    try:
        return await turn.run(handler, turn, command.rest)
    except DomainError as error:  # one line, escaped: it may quote what the person typed
        return [notice_activity(str(error))]


async def on_invoke(turn: TeamsTurn, verb: str, data: dict[str, Any]) -> dict[str, Any]:
    return await invokes.on_invoke(turn, verb, data)


async def on_installed(turn: TeamsTurn) -> list[dict[str, Any]]:
    """The welcome when the bot is added to a chat or a team."""
    where = ("Set this channel up for your board with: @Matters Arising board setup NAME."
             if not turn.conversation.personal else "Say myactions to see your open actions, or help for the rest.")
    return [activity(notice(f"Hello, I keep your partnership board's actions. {where}"))]
