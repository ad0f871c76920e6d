"""IRC scribe minutes as HTML (W3C's scribe.perl and the pages like it that IRC meetings
publish): a roll of IRC nicks in a definition list ("Present: dom, ada, NellWaliczek"), the
scribe's log as speaker lines ("<cite>nell:</cite> I'll draft it") and IRC lines ("<ada> q+"),
"ACTION:" and "RESOLUTION:" lines in the log, and a "Summary of action items" repeating them.

The page is read as its walker lays it out, then tidied here so the reader's own rules see it:

- the roll's nicks are names ("dom" is "Dom"; "present", the word a member typed after
  "present+", is no one);
- an action's owner written as a nick is the one person on the roll the nick names
  ("ACTION: nell to draft the FAQ" with "NellWaliczek" present is "ACTION: NellWaliczek to ...");
  a speaker's nick is left as written (what a speaker says is talk, read by the reader's own rules);
- IRC chatter is not minutes: a bot's line ("<Zakim> Leonard, you wanted to ..."), a command to
  a bot or the channel ("<ada> q+", "<bajones> +present", "<dom> scribenick: cabanier");
- the summary of action items repeats the log's actions: each action is read once, and a summary
  entry with no "ACTION:" of its own (scribe.perl's later lists, "<li>ege to review the PR</li>")
  is marked as one.
"""

from __future__ import annotations

import re

from minutes.document import HEADING, ITEM, PARAGRAPH, Block

# A page is an IRC scribe's: its log's paragraphs are classed "irc" or "phone" and name their
# speaker in a <cite>, or its summaries carry scribe.perl's ids.
_LOG_CLASSES = ("irc", "phone")
_SCRIBE_IDS = ("ActionSummary", "ResolutionSummary")
_FEWEST_LOG_LINES = 2

_ROLL = re.compile(r"^(?P<label>present|attendees|regrets|apologies|chair|chairs|scribe|scribes|guests?)\s*:\s*(?P<names>.*)$",
                   re.IGNORECASE)
# The rolls of who came and who sent regrets; a chair's or scribe's roll names their posts, left as written.
_ATTENDANCE = ("present", "attendees", "guest", "guests", "regrets", "apologies")
_NICK = re.compile(r"^[A-Za-z][\w.\-`|^]{0,30}$")
# "<ada> text": an IRC line laid out by the walker.
_IRC_LINE = re.compile(r"^<(?P<nick>[^<>\s]{1,32})>\s*(?P<said>.*)$", re.DOTALL)
_BOTS = {"zakim", "rrsagent", "trackbot", "ghurlbot", "github-bot", "agendabot", "scribenick", "chanserv", "nickserv"}
# What a member types to a bot or the channel, not to the minutes.
_COMMAND = re.compile(
    r"^(?:q[+\-?]|\+q|-q|\+present|present[+\-]|\+1|-1|\+0|ack\b|scribe\s*(?:nick)?\s*:?|scribenick\b|chair\s*:|meeting\s*:"
    r"|agenda\s*[+:\-]|zakim\b|rrsagent\b|trackbot\b|regrets?\s*[+\-]|i\s+have\s+made\s+the\s+request|s/|i/|rrsagent,)",
    re.IGNORECASE)
_MARKER = re.compile(r"(?i)\[(?:new|pending|continued|done|dropped)\]\s*")
_RECORDED = re.compile(r"(?<!\s)\s*\[recorded in [^\]]{0,300}\]\s*$", re.IGNORECASE)
_LABELLED = re.compile(r"^(?P<label>action|resolution|resolved)\s*:\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# (A nick is taken whole, or up to an "and" that closes it before a space ("Roland Smith" as "Rol" and "Smith"), never
# split elsewhere: "andandand..." split at every "and" it holds would take its length to the fifth power of time.)
_NICK_PART = r"(?:[\w.\-`|^]++|[\w.\-`|^]+?(?=and\s))"
_OWNED = re.compile(rf"^(?P<owners>{_NICK_PART}(?:\s*(?:,|and|&)\s*{_NICK_PART}){{0,4}})\s+(?P<rest>(?:to|will)\s.*)$",
                    re.IGNORECASE | re.DOTALL)
# Between the owners of an action: each run of spaces tried once, from its start (or straight after the last part).
_OWNERS_SPLIT = re.compile(r"((?:(?<!\s)|(?!\s))\s*(?:,|\band\b|&)\s*)")
_END_OF_MINUTES = "[End of minutes]"
_SUMMARY = re.compile(r"^summary\s+of\s+action(?:\s+items)?s?$", re.IGNORECASE)
_SHORTEST_PREFIX = 3


def is_scribe_page(root) -> bool:
    """Whether a parsed page is an IRC scribe's minutes (see the module's docstring)."""
    cited = 0
    for paragraph in root.iter("p"):
        classes = (paragraph.get("class") or "").lower().split()
        if any(name in classes for name in _LOG_CLASSES) and next(paragraph.iter("cite"), None) is not None:
            cited += 1
            if cited >= _FEWEST_LOG_LINES:
                return True
    return any(root.get_element_by_id(name, None) is not None for name in _SCRIBE_IDS)


def tidy_scribe_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks of an IRC scribe's page, tidied as the module's docstring says."""
    roll: list[str] = []
    out: list[Block] = []
    seen_actions: set[str] = set()
    in_summary = False
    for block in blocks:
        if block.kind == HEADING:
            in_summary = bool(_SUMMARY.match(block.text.strip()))
            out.append(block)
            continue
        if block.kind not in (PARAGRAPH, ITEM):
            out.append(block)
            continue
        roll_line = _ROLL.match(block.text.strip())
        if roll_line and block.kind == PARAGRAPH:
            label = roll_line["label"].lower()
            if label in _ATTENDANCE:
                names = _roll_names(roll_line["names"], label)
                block = Block(PARAGRAPH, f"{roll_line['label']}: {', '.join(names)}")
                roll.extend(names if label not in ("regrets", "apologies") else ())
            out.append(block)
            continue
        text = _without_irc(block.text)
        if text is not None:
            lines = (_resolved_line(line, roll, in_summary) for line in text.split("\n"))
            text = _once((line for line in lines if line.strip() != _END_OF_MINUTES), seen_actions)
        if text is None:
            continue
        out.append(Block(block.kind, text, level=block.level, marker=block.marker, emphasis=block.emphasis))
    return out


def _once(lines, seen_actions: set[str]) -> str | None:
    """A block's lines without an "ACTION:" line read already (the summary repeating the log); None
    when no line is left."""
    kept = []
    for line in lines:
        action = _action_key(line)
        if action:
            if action in seen_actions:
                continue
            seen_actions.add(action)
        kept.append(line)
    return "\n".join(kept) if any(line.strip() for line in kept) else None


def _roll_names(names: str, label: str) -> list[str]:
    """A roll's entries as names: a lowercase nick capitalised ("dom" is "Dom"), the roll's own
    label typed as a name ("present", from "present+ present") and "-" (none) dropped."""
    found = []
    for entry in names.split(","):
        entry = " ".join(entry.split())
        if not entry or entry.strip("-–—") == "" or entry.lower() in (label.lower(), "present", "none"):
            continue
        if entry[:1].islower() and _NICK.match(entry):
            entry = entry[:1].upper() + entry[1:]
        found.append(entry)
    return found


def _without_irc(text: str) -> str | None:
    """A block's text without its IRC chatter: None for a bot's line or a command ("<ada> q+"); an
    IRC line that records an action or resolution ("<dom> ACTION: ada to ...") without its nick."""
    match = _IRC_LINE.match(text.strip())
    if match is None:
        return text
    nick, said = match["nick"], match["said"].strip()
    if nick.lower() in _BOTS or not said or _COMMAND.match(said):
        return None
    if _LABELLED.match(said):
        return said
    return text


def _resolved_line(line: str, roll: list[str], in_summary: bool) -> str:
    """An "ACTION:" line whose owner is a nick, with the roll's name for it; a summary's entry
    marked as the action it is."""
    stripped = _RECORDED.sub("", _MARKER.sub("", line.strip()))
    labelled = _LABELLED.match(stripped)
    if labelled is None and in_summary and _OWNED.match(stripped):
        labelled = _LABELLED.match(f"ACTION: {stripped}")
    if labelled is not None:
        rest = labelled["rest"].strip()
        owned = _OWNED.match(rest)
        if labelled["label"].lower() == "action" and owned:
            owners = _OWNERS_SPLIT.split(owned["owners"])
            rest = "".join(part if index % 2 else resolve_nick(part, roll) for index, part in enumerate(owners))
            rest = f"{rest} {owned['rest']}"
        # A full stop closes it: the log's next line ("wilhelmina: testing is open") is not its run-on.
        return f"{labelled['label'].upper()}: {rest}" + ("" if rest.endswith((".", "!", "?")) else ".")
    return line


def resolve_nick(nick: str, roll: list[str]) -> str:
    """The one name on the roll an IRC nick names: the name itself in any case, its first or last
    name ("nell" for "Nell Waliczek"), or the name written without spaces or a start of it
    ("nellwaliczek", "brandon" for "brandonjones", "NellW" for "NellWaliczek"). The nick as
    written when no name or more than one fits."""
    key = nick.strip().lower()
    if not key or not roll:
        return nick
    exact = [name for name in roll if name.lower() == key]
    if exact:
        return exact[0]
    found = {name for name in roll if _names(name, key)}
    return found.pop() if len(found) == 1 else nick


def _names(name: str, key: str) -> bool:
    words = [word.lower() for word in re.split(r"[\s_]+|(?<=[a-z])(?=[A-Z])", name) if word]
    joined = "".join(words)
    if key in (words[0], words[-1]) or key == joined:
        return True
    return len(key) >= _SHORTEST_PREFIX and joined.startswith(key)


def _action_key(text: str) -> str:
    """What makes two "ACTION:" lines the same action: their words, lower case, without punctuation."""
    labelled = _LABELLED.match(text.strip())
    if labelled is None or labelled["label"].lower() != "action":
        return ""
    return " ".join(re.sub(r"[^\w]+", " ", labelled["rest"].lower()).split())
