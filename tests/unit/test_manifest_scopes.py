"""The app asks Slack for no scope it does not use, and for every scope it does.

Each Web API method the code calls and each event it listens to is looked up in a table of the
scopes Slack's API reference gives for it; every scope in manifest.yml must be needed by one of
them, and every method called must have one of its scopes granted.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The code that talks to Slack (console/ holds a stand-in for Slack's side, not calls to it).
SOURCES = ["bot.py", "web.py", "handlers", "jobs", "domain", "storage"]

# Web API method -> the bot scopes, any one of which lets a bot token call it.
METHOD_SCOPES: dict[str, set[str]] = {
    "chat.postMessage": {"chat:write"},
    "chat.postEphemeral": {"chat:write"},
    "chat.update": {"chat:write"},
    "chat.delete": {"chat:write"},
    # A message's link (the minutes summary's, beside each decision /decisions finds): Slack asks no scope.
    "chat.getPermalink": set(),
    # Opening a direct message's channel, to find a DM's channel id before posting there.
    "conversations.open": {"im:write", "mpim:write", "channels:manage", "groups:write"},
    # Reading back what was posted (one scope per kind of conversation it is asked about).
    "conversations.history": {"channels:history", "groups:history", "im:history", "mpim:history"},
    "conversations.info": {"channels:read", "groups:read", "im:read", "mpim:read"},
    "conversations.members": {"channels:read", "groups:read", "im:read", "mpim:read"},
    # users:read.email adds the e-mail address to each profile, which members are matched by.
    "users.info": {"users:read", "users:read.email"},
    "users.list": {"users:read", "users:read.email"},
    "users.lookupByEmail": {"users:read.email"},
    "files.info": {"files:read"},
    "views.open": set(),
    "views.publish": set(),
    "views.update": set(),
    "views.push": set(),
}
# Event in the manifest -> the scope Slack requires to subscribe to it.
EVENT_SCOPES: dict[str, set[str]] = {
    "app_home_opened": set(),
    "file_shared": {"files:read"},
    "message.im": {"im:history"},
    "message.channels": {"channels:history"},
    "message.groups": {"groups:history"},
    "message.mpim": {"mpim:history"},
}
# Scopes that stand for a feature of the manifest rather than a method.
FEATURE_SCOPES = {"commands": "slash_commands"}


def _manifest() -> str:
    return (ROOT / "manifest.yml").read_text(encoding="utf-8")


def _listed(text: str, key: str) -> list[str]:
    """The `- item` lines of the YAML list under `key:` (the manifest's own two-space layout)."""
    match = re.search(rf"^(\s*){re.escape(key)}:\s*\n((?:\1\s+- .*\n|\s*#.*\n)+)", text, re.MULTILINE)
    assert match, f"no list {key} in manifest.yml"
    return [line.split("- ", 1)[1].split("#")[0].strip() for line in match[2].splitlines() if "- " in line]


def _source() -> str:
    files = []
    for name in SOURCES:
        path = ROOT / name
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def methods_called(source: str) -> set[str]:
    """Web API methods the code calls: `client.chat_postMessage(...)`, `api_call("x.y")`, Bolt's say()."""
    families = "|".join(sorted({m.split(".")[0] for m in METHOD_SCOPES} | {"reactions", "team", "auth", "apps",
                                                                            "bots", "pins", "usergroups"}))
    found = {f"{family}.{name}" for family, name in re.findall(rf"\.({families})_([A-Za-z]+)\(", source)}
    found |= set(re.findall(r"api_call\(\s*[\"']([a-z]+\.[A-Za-z.]+)[\"']", source))
    if re.search(r"\bsay\(", source):
        found.add("chat.postMessage")
    return found


def events_listened(source: str) -> set[str]:
    return set(re.findall(r"app\.event\(\s*[\"']([a-z_]+)[\"']", source))


def test_the_scanner_finds_the_calls_it_is_shown():
    sample = 'client.chat_postMessage(channel=c)\nself.client.conversations_open(users=u)\n' \
             'client.api_call("users.lookupByEmail", params={})\nsay(text="hi")\napp.event("file_shared")(f)'
    assert methods_called(sample) == {"chat.postMessage", "conversations.open", "users.lookupByEmail"}
    assert events_listened(sample) == {"file_shared"}


def test_every_method_the_code_calls_is_in_the_scope_table():
    unknown = methods_called(_source()) - set(METHOD_SCOPES)
    assert not unknown, f"add these Web API methods and their scopes to METHOD_SCOPES: {sorted(unknown)}"


def test_every_scope_in_the_manifest_is_needed_by_a_method_called_or_an_event_handled():
    manifest, source = _manifest(), _source()
    scopes = _listed(manifest, "bot")
    events = _listed(manifest, "bot_events")
    needed = {scope for method in methods_called(source) for scope in METHOD_SCOPES[method]}
    needed |= {scope for event in events for scope in EVENT_SCOPES[event]}
    needed |= {scope for scope, feature in FEATURE_SCOPES.items() if f"{feature}:" in manifest}
    unused = [scope for scope in scopes if scope not in needed]
    assert not unused, f"manifest.yml asks for scopes nothing uses: {unused}"
    assert len(scopes) == len(set(scopes)), "a scope is listed twice"


def test_every_method_called_and_event_subscribed_has_a_scope_granted():
    manifest, source = _manifest(), _source()
    granted = set(_listed(manifest, "bot"))
    for method in methods_called(source):
        needs = METHOD_SCOPES[method]
        assert not needs or needs & granted, f"{method} needs one of {sorted(needs)}"
    for event in _listed(manifest, "bot_events"):
        assert EVENT_SCOPES[event] <= granted, f"the {event} event needs {sorted(EVENT_SCOPES[event])}"
        assert event.split(".")[0] in events_listened(source), f"{event} is subscribed but nothing listens"
