"""Hypothesis strategies for what reaches the bot's HTTP handler: slash commands, block_actions and
view_submission payloads, well-formed (every field Slack always sends, of the type Slack sends it)
and malformed (fields missing, of the wrong type, huge, or garbage).

Each strategy draws a `Fuzzed` request: the form fields of a slash command, or the JSON payload of
an interaction (sometimes a raw body Bolt cannot read at all), and whether Slack could have sent it.
Known ids come from the world the fuzz tests build (tests/e2e/test_fuzzing.py): the board XYZ in
C0BOARD, the board OB in C0OTHER, the directory's users, a few agenda items and minutes drafts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from handlers.blocks import NEW_ACTION_VIEW, UPDATE_VIEW
from handlers.commands.agenda import ACCEPT, DECLINE
from handlers.minutes_preview import (
    CANCEL,
    CONFIRM,
    EDIT,
    EDIT_VIEW,
    FILE_BLOCK,
    IMPORT_VIEW,
)
from handlers.views.meeting_form import MEETING_VIEW
from templates.block_kit import ADD_UPDATE, DONE, NEW_DATE, ON_TRACK, SNOOZE

COMMANDS = ("/board", "/action", "/myactions", "/done", "/actions", "/agenda", "/apologies", "/attendance",
            "/meeting", "/minutes")
ACTION_IDS = (DONE, ADD_UPDATE, SNOOZE, ON_TRACK, NEW_DATE, ACCEPT, DECLINE, CONFIRM, EDIT, CANCEL)
CALLBACK_IDS = (NEW_ACTION_VIEW, UPDATE_VIEW, MEETING_VIEW, IMPORT_VIEW, EDIT_VIEW)

# The directory of the stand-in Slack (all ids start U0, which tests/blockkit.py relies on).
SECRETARY, CHAIR, MEMBER, OUTSIDER, NEWBIE = "U0SARAH", "U0HAYLEY", "U0DIANE", "U0OUTSIDER", "U0NEWBIE"
KNOWN_USERS = (SECRETARY, CHAIR, MEMBER, OUTSIDER, NEWBIE)
CHANNELS = ("C0BOARD", "C0OTHER")
CALLERS = st.sampled_from((SECRETARY, SECRETARY, CHAIR, CHAIR, MEMBER, MEMBER, OUTSIDER, NEWBIE))
CODES = ("XYZ", "OB")

# Words that must never reach a person from the bot unless the person typed them first.
LEAKS = ("Traceback", 'File "', "Exception", "Error:", "KeyError", "ValueError", "TypeError", "AttributeError",
         "IndexError", "IntegrityError", "DataError", "OperationalError", "sqlalchemy", "psycopg", "sqlite3",
         "object at 0x", "<built-in", "NoneType", "Errno")


@dataclass
class Fuzzed:
    """One request to send: `form` (a slash command's fields), `payload` (an interaction's JSON), or `raw`
    (an interaction body as it is); `well_formed` when Slack itself could have sent it."""

    kind: str
    well_formed: bool
    form: dict[str, str] | None = None
    payload: Any = None
    raw: str | None = None

    @property
    def label(self) -> str:
        if self.form is not None:
            return f"command {self.form.get('command')}"
        if isinstance(self.payload, dict):
            view = self.payload.get("view")
            if isinstance(view, dict):
                return f"view {view.get('callback_id')!r}"
            actions = self.payload.get("actions")
            if isinstance(actions, list) and actions and isinstance(actions[0], dict):
                return f"action {actions[0].get('action_id')!r}"
        return self.kind


# -- text ------------------------------------------------------------------
_chars = st.characters(exclude_categories=("Cs",))  # a lone surrogate can't be sent as UTF-8 at all
HOSTILE = ("\x00", "\u202e", "\u202d", "\u2066", "\u200b", "\u200f", "\ufeff", "\u00a0", "😀", "👩‍👩‍👧", "\u0301",
           "\r\n", "\t", "\\", '"', "'", "%", "%00", "{{ x }}", "{% if %}", "*bold*", "_it_", "`code`", "```",
           "&lt;", "&gt;", "&amp;", "&lt;!channel&gt;", "&amp;lt;", "<!channel>", "<!here>", "<!everyone>",
           "<!subteam^S0TEAM|@team>", "<!date^1392734382^{date}|x>", "<https://evil.example|login>",
           "<mailto:a@b.example|mail>", "<#C0BOARD|board>", "<#C0EVIL>", "<@U0SARAH>", "<@UEVIL|evil>",
           "<@W0EVIL>", "<@U0SARAH|<!channel>>", "<>", "<<<", ">>>", "|", "Robert'); DROP TABLE actions;--",
           "ﷺ", "\U000e0041", "𝕏")
HUGE = st.builds(lambda piece, n: piece * n,
                 st.sampled_from(("A", "é", "\u202e", "😀", "&lt;", " ", "x ", "<!channel>", "\x00", "9")),
                 st.integers(min_value=300, max_value=50_000))
DATES = ("17.02.15", "17/02/2015", "31.02.26", "31/02/2027", "29/02/2027", "next Friday", "Friday week", "tomorrow",
         "today", "yesterday", "17/12/2026", "2026-12-01", "1 Dec", "December", "end of month", "end of next month",
         "in 3 weeks", "in 99999999999 weeks", "99999 days", "1/1/9999", "31/12/99999", "0/0/0", "00.00.00",
         "asap", "tbc", "the twelfth of never", "by by by", "9999999999999999999999", "-1", "1e9", "Mon", "xmas")


def refs(include_garbage: bool = True) -> st.SearchStrategy[str]:
    good = st.builds(lambda code, n, lower: (code.lower() if lower else code) + f"-{n}",
                     st.sampled_from(CODES + ("NOPE", "CPSRB")), st.integers(0, 9), st.booleans())
    if not include_garbage:
        return good
    return st.one_of(good, st.sampled_from(("XYZ-99999999999", "XYZ-999999999", "XYZ-2147483648", "XYZ-" + "9" * 30,
                                            "#XYZ-1", " xyz-1 ", "XYZ--1", "XYZ-1.5", "XYZ-¹", "XYZ-١", "XYZ-1\x00",
                                            "XYZ\u202e-1", "banana", "")))


def user_mention(user: str) -> str:
    return f"<@{user}|{user[2:].lower() or 'x'}>"


USER_IDS = st.one_of(st.sampled_from(KNOWN_USERS), st.sampled_from(("U0NOBODY", "UZZZZZZ", "W0ABCDEF", "USLACKBOT",
                                                                      "u0sarah", "U0SARAH ", "U", "UBOT")))
MENTIONS = st.one_of(USER_IDS.map(user_mention), USER_IDS.map(lambda u: f"<@{u}>"),
                     st.sampled_from(("<@U0SARAH|<b>>", "<@U0HAYLEY|&lt;!here&gt;>", "<@>", "<@|x>",
                                      "<@" + "U" * 40 + ">", "@U0SARAH", "@sarah")))
WORDS = ("setup", "link", "chair", "secretary", "sync", "add", "post", "new", "edit", "cancel", "import", "for", "sub",
         "substitute", "deputy", "open", "overdue", "done", "all", "by", "BY", "-", " - ", "Hayley Hughes",
         "Cllr Diane Gradwell", "Sarah", "Xylo Youth Zone", "Other Board", "snooze", "help", "SETUP", "Post")
FRAGMENT = st.one_of(
    st.sampled_from(WORDS), refs(), MENTIONS, st.sampled_from(DATES), st.sampled_from(HOSTILE),
    st.text(_chars, max_size=24),
    st.integers(min_value=-10**20, max_value=10**20).map(str),
)


SLOT = st.one_of(st.text(_chars, min_size=1, max_size=30), st.sampled_from(HOSTILE), st.sampled_from(WORDS),
                 st.sampled_from(("Hayley Hughes", "Youth voice", "Budget &amp; plan", "Ring &lt;b&gt; later")))
SLOTS = st.lists(SLOT, min_size=1, max_size=3).map(" ".join)


def _joined(parts: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    return parts.map(lambda found: " ".join(p for p in found if p))


def plausible_text(command: str) -> st.SearchStrategy[str]:
    """Text shaped the way `command` reads it, with hostile parts in its slots."""
    mention = _mostly(st.sampled_from(KNOWN_USERS).map(user_mention), MENTIONS, odds=5)
    if command == "/board":
        return st.one_of(
            _joined(st.tuples(st.sampled_from(("setup", "SETUP")), st.one_of(SLOTS, st.sampled_from(
                ("Xylo Youth Zone", "Other Board", "New Board", "<!channel> board"))))),
            _joined(st.tuples(st.just("link"), mention, st.one_of(SLOTS, st.sampled_from(("Hayley Hughes", "Olly"))))),
            _joined(st.tuples(st.sampled_from(("chair", "secretary")), mention)),
            st.sampled_from(("sync", "", "help")))
    if command == "/action":
        return _joined(st.tuples(mention, st.one_of(SLOTS, HUGE), st.just("by"),
                                 st.one_of(st.sampled_from(DATES), SLOT)))
    if command == "/done":
        return _joined(st.tuples(refs(), st.one_of(st.just(""), SLOTS, HUGE)))
    if command == "/actions":
        return st.one_of(st.sampled_from(("", "open", "overdue", "done", "all", "OPEN", "hayley", "Diane Gradwell")),
                         mention, SLOTS)
    if command == "/agenda":
        return st.one_of(st.sampled_from(("", "post")),
                         _joined(st.tuples(st.just("add"), st.one_of(SLOTS, HUGE), st.sampled_from(("", "- Diane")))))
    if command == "/apologies":
        return st.one_of(st.just(""), _joined(st.tuples(st.sampled_from(("for", "sub", "")), mention,
                                                        st.one_of(st.just(""), SLOTS))))
    if command == "/meeting":
        return st.sampled_from(("", "new", "edit", "cancel", "NEW", " edit "))
    if command == "/minutes":
        return st.sampled_from(("", "import", "IMPORT"))
    return st.one_of(st.just(""), SLOTS)


def command_text(command: str = "") -> st.SearchStrategy[str]:
    joined = st.builds(lambda parts, sep: sep.join(parts), st.lists(FRAGMENT, max_size=9),
                       st.sampled_from((" ", " ", " ", "", "  ", "\n", "\u3000")))
    # The shapes the commands read, with hostile parts in each slot.
    action = st.builds(lambda who, what, when: f"{who} {what} by {when}", MENTIONS,
                       st.one_of(st.text(_chars, min_size=1, max_size=60), st.sampled_from(HOSTILE), HUGE),
                       st.one_of(st.sampled_from(DATES), st.text(_chars, max_size=20)))
    verb_then = st.builds(lambda verb, rest: f"{verb} {rest}", st.sampled_from(WORDS), joined)
    plausible = plausible_text(command)
    return st.one_of(plausible, plausible, joined, action, verb_then, HUGE, st.just(""))


# -- garbage of every type --------------------------------------------------
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
                    st.floats(allow_nan=False), st.text(_chars, max_size=20), st.sampled_from(HOSTILE))
ANY_JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(st.text(_chars, max_size=8), inner, max_size=3)),
                        max_leaves=8)
MISSING = object()  # a field left out altogether


def _mostly(usual: st.SearchStrategy[Any], rare: st.SearchStrategy[Any], odds: int = 8) -> st.SearchStrategy[Any]:
    """`usual`, or one time in `odds` `rare` (one_of would draw each half the time)."""
    return st.integers(0, odds - 1).flatmap(lambda roll: rare if roll == odds // 2 else usual)


def _maybe(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any] | None = None,
           odds: int = 12) -> st.SearchStrategy[tuple[Any, bool]]:
    """(value, ok): the good value, or one time in `odds` missing or garbage."""
    bad = bad if bad is not None else st.one_of(st.just(MISSING), ANY_JSON)
    return st.integers(0, odds - 1).flatmap(
        lambda roll: bad.map(lambda v: (v, False)) if roll == odds // 2 else good.map(lambda v: (v, True)))


def _build(fields: dict[str, tuple[Any, bool]]) -> tuple[dict[str, Any], bool]:
    built = {k: v for k, (v, _) in fields.items() if v is not MISSING}
    return built, all(ok for _, ok in fields.values())


CHANNEL_IDS = _mostly(st.sampled_from(("C0BOARD", "C0BOARD", "C0BOARD", "C0OTHER")),
                      st.sampled_from(("CUNBOUND", "D0SARAH", "G0PRIVATE")))
# Channel ids Slack never sends: a request carrying one is malformed.
ODD_CHANNEL_IDS = st.sampled_from(("C0BOARD ", "c0board", "", "C" * 40, "C0BOARD\x00", "<#C0BOARD>"))


# -- slash commands ---------------------------------------------------------
@st.composite
def slash_commands(draw: st.DrawFn, response_url: Any, turn: Any) -> Fuzzed:
    """A slash command; `response_url(key)` gives the stand-in's URL, `turn()` a fresh number."""
    n = turn()
    command = draw(_mostly(st.sampled_from(COMMANDS),
                           st.sampled_from(("/nope", "/Board", "/board ", "", "board", "/" + "a" * 300))))
    user = draw(_mostly(CALLERS, st.one_of(USER_IDS, st.text(_chars, max_size=12)), odds=6))
    fields = {
        "token": (("legacy", True)),
        "team_id": ("T0TEST", True),
        "channel_id": draw(_maybe(CHANNEL_IDS, st.one_of(st.just(MISSING), ODD_CHANNEL_IDS))),
        "channel_name": ("board", True),
        "user_id": draw(_maybe(st.just(user), st.just(MISSING))),
        "user_name": (str(user).lower(), True),
        "command": (command, command in COMMANDS),
        "text": draw(_maybe(command_text(command), st.just(MISSING))),
        "response_url": draw(_maybe(st.just(response_url(f"fc{n}")),
                                    st.sampled_from((MISSING, "", "not a url", "http://127.0.0.1:1/closed")))),
        "trigger_id": draw(_maybe(st.just(f"trigger.f{n}"), st.just(MISSING))),
    }
    form, ok = _build(fields)
    return Fuzzed("command", ok and user in KNOWN_USERS, form={k: str(v) for k, v in form.items()})


# -- block_actions ------------------------------------------------------------
def _action_value() -> st.SearchStrategy[tuple[Any, bool]]:
    good = st.one_of(refs(False), st.sampled_from(("1", "2", "3", "4", "5", "0")))
    garbage = st.one_of(refs(), st.text(_chars, max_size=30), HUGE, st.sampled_from(HOSTILE),
                        st.sampled_from(("-1", "99999999999999999999", "1.0", " 1", "١", "²")))
    return st.one_of(good.map(lambda v: (v, True)), garbage.map(lambda v: (v, True)),
                     st.one_of(st.just(MISSING), ANY_JSON).map(lambda v: (v, False)))


@st.composite
def block_actions(draw: st.DrawFn, response_url: Any, turn: Any) -> Fuzzed:
    n = turn()
    action_id = draw(_mostly(st.sampled_from(ACTION_IDS), st.one_of(
        st.sampled_from(("unknown_action", "", "action_done ", "ACTION_DONE")), st.text(_chars, max_size=10))))
    known = action_id in ACTION_IDS
    value, value_ok = draw(_action_value())
    ref = draw(refs())
    element: dict[str, tuple[Any, bool]] = {
        "type": ("datepicker" if action_id == NEW_DATE else "button", True),
        "action_id": (action_id, True),
        "block_id": draw(_maybe(st.one_of(st.just(f"nudge:{ref}"), st.just("b"), st.text(_chars, max_size=12)),
                                st.one_of(st.just(MISSING), ANY_JSON))),
        "action_ts": ("1", True),
    }
    if action_id == NEW_DATE:
        element["selected_date"] = draw(_maybe(
            st.one_of(st.dates().map(str), st.sampled_from(("2026-12-01", "2026-11-23", "2026-11-22", "2027-02-29",
                                                             "9999-12-31", "0001-01-01"))),
            st.one_of(st.sampled_from(("", "31.02.26", "next Friday", "2026-13-01", "2026-02-30", "20261201",
                                       "2026-12-01T10:00", "+002026-12-01")), st.just(MISSING), ANY_JSON, HUGE)))
    else:
        element["value"] = (value, value_ok)
    action, action_ok = _build(element)
    actions = draw(_maybe(st.just([action]), st.one_of(st.just(MISSING), st.just([]), ANY_JSON,
                                                       st.just([action, action]), st.just(action))))
    user = draw(_mostly(CALLERS, USER_IDS, odds=6))
    container = st.sampled_from(({"type": "message", "is_ephemeral": True, "message_ts": "1.1"},
                                 {"type": "message", "message_ts": "1.1", "channel_id": "C0BOARD"},
                                 {"type": "view", "view_id": "V1"}))
    fields = {
        "type": ("block_actions", True),
        "user": draw(_maybe(st.just({"id": user, "username": "x", "team_id": "T0TEST"}),
                            st.one_of(st.just(MISSING), ANY_JSON, st.just({"id": None}), st.just({})))),
        "team": ("T0TEST", False) if draw(st.integers(0, 20)) == 0 else ({"id": "T0TEST"}, True),
        "api_app_id": ("A0APP", True),
        "channel": draw(_maybe(st.builds(lambda c: {"id": c, "name": "board"}, CHANNEL_IDS),
                               st.one_of(st.just(MISSING), ANY_JSON, ODD_CHANNEL_IDS.map(lambda c: {"id": c})))),
        "container": draw(_maybe(container)),
        "trigger_id": draw(_maybe(st.just(f"trigger.f{n}"))),
        "response_url": draw(_maybe(st.just(response_url(f"fb{n}")),
                                    st.sampled_from((MISSING, "", 5, None, "not a url")))),
        "actions": actions,
    }
    payload, ok = _build(fields)
    if draw(st.integers(0, 30)) == 0:
        return Fuzzed("block_actions", False, raw=draw(st.sampled_from((
            "payload=", "payload=%7B", "payload=null", "payload=[]", "payload=%22x%22", "payload=1",
            "payload=" + json.dumps(payload)[:40], "nothing=here"))))
    return Fuzzed("block_actions", ok and action_ok and known and user in KNOWN_USERS, payload=payload)


# -- view_submission ---------------------------------------------------------
def _input(kind: str, key: str, good: st.SearchStrategy[Any]) -> st.SearchStrategy[tuple[Any, bool]]:
    """One input block's state {"value": {"type": kind, key: …}}: mostly good, sometimes a wrong shape."""
    wrong = st.one_of(ANY_JSON.map(lambda v: ({"value": {"type": kind, key: v}}, False)),
                      ANY_JSON.map(lambda v: ({"value": v}, False)),
                      ANY_JSON.map(lambda v: (v, False)),
                      st.just((MISSING, False)))
    empty = st.sampled_from(((({"value": {"type": kind}}), True),  # an optional field left empty has no key
                             ({"value": {"type": kind, key: None}}, True)))
    return st.integers(0, 11).flatmap(
        lambda roll: wrong if roll == 5 else empty if roll == 6 else
        good.map(lambda v: ({"value": {"type": kind, key: v}}, True)))


TYPED = st.one_of(st.text(_chars, max_size=80), st.sampled_from(HOSTILE), HUGE, st.sampled_from(DATES),
                  st.sampled_from(("Ring <!here> & book the room", "   ", "\x00\x00", "Venue <https://x.example|x>")))
PICKED_DATE = st.one_of(st.dates().map(str), st.sampled_from(("2026-12-01", "2026-11-23", "2026-11-24", "2020-01-01",
                                                              "2026-12-10", "9999-12-31", "2027-02-29", "",
                                                              "31.02.26", "2026-1-1", "x")))
PICKED_TIME = st.one_of(st.times().map(lambda t: t.strftime("%H:%M")),
                        st.sampled_from(("14:00", "00:00", "23:59", "24:00", "25:61", "9:00", "", "noon", "14:00:00")))
PICKED_USER = st.one_of(st.sampled_from(KNOWN_USERS), USER_IDS, st.text(_chars, max_size=12))


def _values(draw: st.DrawFn, callback_id: str) -> tuple[dict[str, Any], bool]:
    blocks: dict[str, st.SearchStrategy[tuple[Any, bool]]]
    if callback_id == NEW_ACTION_VIEW:
        blocks = {"owner": _input("users_select", "selected_user", PICKED_USER),
                  "what": _input("plain_text_input", "value", TYPED),
                  "due": _input("datepicker", "selected_date", PICKED_DATE)}
    elif callback_id == UPDATE_VIEW:
        blocks = {"note": _input("plain_text_input", "value", TYPED)}
    elif callback_id == MEETING_VIEW:
        blocks = {"date": _input("datepicker", "selected_date", PICKED_DATE),
                  "start": _input("timepicker", "selected_time", PICKED_TIME),
                  "end": _input("timepicker", "selected_time", PICKED_TIME),
                  "venue": _input("plain_text_input", "value", TYPED),
                  "theme": _input("plain_text_input", "value", TYPED)}
    elif callback_id == IMPORT_VIEW:
        file = st.fixed_dictionaries({"id": st.one_of(st.just("F0FUZZ"), st.text(_chars, max_size=8)),
                                      "name": st.sampled_from(("minutes.txt", "photo.png", "", "a" * 300, "../x.txt")),
                                      "size": st.one_of(st.integers(-1, 10**12), st.just("big")),
                                      "url_private_download": st.sampled_from(
                                          ("http://127.0.0.1:1/closed", "file:///etc/passwd", "https://evil.example/x",
                                           "", "ftp://x"))})
        blocks = {FILE_BLOCK: _input("file_input", "files", st.lists(file, max_size=2))}
    else:  # the minutes Edit form: what-i, who-i, due-i for each action, and one empty row
        rows = draw(st.integers(0, 7))
        blocks = {}
        for i in range(rows):
            blocks[f"what-{i}"] = _input("plain_text_input", "value", TYPED)
            blocks[f"who-{i}"] = _input("plain_text_input", "value", st.one_of(
                st.sampled_from(("Hayley Hughes", "Sarah Jameson", "Nobody")), TYPED))
            blocks[f"due-{i}"] = _input("plain_text_input", "value", st.one_of(st.sampled_from(DATES), TYPED))
    fields = {name: draw(strategy) for name, strategy in blocks.items()}
    if draw(st.integers(0, 10)) == 0:
        fields[draw(st.text(_chars, max_size=10))] = (draw(ANY_JSON), True)  # a block the form never had
    return _build(fields)


def _metadata(draw: st.DrawFn, callback_id: str, response_url: str) -> tuple[Any, bool]:
    channel = draw(st.one_of(CHANNEL_IDS, ODD_CHANNEL_IDS))  # the bot writes what Slack gave it
    if callback_id in (NEW_ACTION_VIEW, IMPORT_VIEW):
        good = st.just(channel)
    elif callback_id == UPDATE_VIEW:
        good = refs()
    elif callback_id == MEETING_VIEW:
        good = st.builds(lambda m: json.dumps({"channel": channel, "meeting": m}),
                         st.one_of(st.none(), st.integers(-1, 8), st.just(2**63), st.just(10**30)))
    else:
        good = st.builds(lambda d, url: json.dumps({"draft": d, "channel": channel, "response_url": url}),
                         st.one_of(st.integers(0, 4), st.just(2**63), st.just(10**30)),
                         st.sampled_from((response_url, None, "", "file:///etc/passwd",
                                          "javascript:alert(1)")))
    garbage = st.one_of(st.text(_chars, max_size=30), HUGE, st.sampled_from(("{", "[]", "null", "1", '"x"',
                                                                           '{"draft": "1"}', '{"channel": 5}',
                                                                           '{"meeting": "1"}', '{"draft": [1]}',
                                                                           "\x00" * 5)))
    roll = draw(st.integers(0, 9))
    if roll == 4:
        return draw(st.one_of(st.just(MISSING), ANY_JSON)), False
    if roll == 5:
        return draw(garbage), True  # a string, as Slack keeps it, though not one the bot wrote
    return draw(good), True


@st.composite
def view_submissions(draw: st.DrawFn, response_url: Any, turn: Any) -> Fuzzed:
    n = turn()
    callback_id = draw(_mostly(st.sampled_from(CALLBACK_IDS), st.one_of(
        st.sampled_from(("unknown_view", "", "new_action ")), st.text(_chars, max_size=10))))
    known = callback_id in CALLBACK_IDS
    values, values_ok = _values(draw, callback_id if known else NEW_ACTION_VIEW)
    state = draw(_maybe(st.just({"values": values}), st.one_of(st.just(MISSING), ANY_JSON,
                                                              ANY_JSON.map(lambda v: {"values": v}))))
    view, view_ok = _build({
        "id": ("V1", True), "type": ("modal", True), "callback_id": (callback_id, True),
        "private_metadata": _metadata(draw, callback_id, response_url(f"fv{n}")),
        "state": state, "hash": ("1.x", True),
    })
    user = draw(_mostly(CALLERS, USER_IDS, odds=6))
    payload, ok = _build({
        "type": ("view_submission", True),
        "user": draw(_maybe(st.just({"id": user, "username": "x", "team_id": "T0TEST"}),
                            st.one_of(st.just(MISSING), ANY_JSON, st.just({"id": None}), st.just({})))),
        "team": ({"id": "T0TEST"}, True),
        "api_app_id": ("A0APP", True),
        "trigger_id": draw(_maybe(st.just(f"trigger.f{n}"))),
        "view": draw(_maybe(st.just(view), st.one_of(st.just(MISSING), ANY_JSON))),
    })
    return Fuzzed("view_submission", ok and view_ok and values_ok and known and user in KNOWN_USERS, payload=payload)
