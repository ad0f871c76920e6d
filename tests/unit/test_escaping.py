"""Text from people and files reaches Slack escaped exactly once, and markup is built only from checked ids."""

from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.slack_text import leading_user, plain_text
from templates import channel, escape_mrkdwn, link, mention, render
from tests.blockkit import DANGEROUS

HOSTILE = st.text() | st.sampled_from(["<!channel>", "<!here>", "<!everyone>", "<@U123>", "<#C123>",
                                       "<!subteam^S1|@team>", "<https://evil.example|click>", "&lt;&amp;"])


def test_the_three_control_characters_are_escaped():
    assert escape_mrkdwn("a & b < c > d") == "a &amp; b &lt; c &gt; d"


@settings(deadline=None)
@given(st.lists(HOSTILE, max_size=4).map("".join))
def test_no_text_can_ping_or_link_once_escaped(text):
    assert not DANGEROUS.search(escape_mrkdwn(text))
    assert "<" not in escape_mrkdwn(text) and ">" not in escape_mrkdwn(text)


@settings(deadline=None)
@given(st.text())
def test_templates_escape_whatever_they_print(text):
    rendered = render("board_log", board=text, count=1, label="open", owner=text, shown=1)
    assert "<" not in rendered and ">" not in rendered


@settings(deadline=None)
@given(st.text())
def test_slack_escaped_command_text_is_decoded_once_and_escaped_once(text):
    as_slack_sends_it = escape_mrkdwn(text)
    assert plain_text(as_slack_sends_it) == text.replace("\x00", "")  # NUL is dropped: PostgreSQL refuses it


def test_markup_in_command_text_shows_as_the_person_saw_it():
    assert plain_text("ask <@U0DIANE|diane> and <#C0X|board> <!here>") == "ask @diane and #board @here"
    assert plain_text("see <https://x.example|the plan> or <https://y.example>") == \
        "see the plan (https://x.example) or https://y.example"


def test_a_mention_at_the_start_of_command_text_is_the_owner():
    assert leading_user("<@U0HAYLEY|hayley> Circulate notes by Friday") == ("U0HAYLEY", "Circulate notes by Friday")
    assert leading_user("Circulate notes") == (None, "Circulate notes")


def test_mentions_and_links_are_built_only_from_checked_parts():
    assert mention("U0HAYLEY", "Hayley") == "<@U0HAYLEY>"
    assert mention("<!channel>", "Hayley <b>") == "Hayley &lt;b&gt;"
    assert channel("C0BOARD") == "<#C0BOARD>" and channel("everyone>", "x") == "x"
    assert link("https://example.org/a", "plan <1>") == "<https://example.org/a|plan &lt;1&gt;>"
    assert link("javascript:alert(1)", "x") == "x"
    assert link("https://ex.org/a|<!channel>", "x") == "x"


def test_every_emoji_the_bot_writes_has_a_plain_equivalent_for_the_console_and_email():
    import re
    from pathlib import Path

    from templates.plain import _EMOJI, unformatted

    root = Path(__file__).resolve().parents[2]
    written = set()
    for folder in ("templates", "handlers", "jobs", "domain"):
        for path in (root / folder).rglob("*"):
            if path.suffix in (".py", ".j2") and path.name != "plain.py":
                written |= set(re.findall(r":[a-z][a-z0-9_+-]*[a-z0-9]:", path.read_text(encoding="utf-8")))
    written = {code for code in written if not code.startswith((":00", ":30"))}
    assert written - set(_EMOJI) == set()
    assert unformatted(":date: Tuesday") == "📆 Tuesday" and unformatted(":unknown_one: Tuesday") == "Tuesday"


def test_the_meeting_form_never_prefills_more_than_its_inputs_take():
    from datetime import datetime, timezone

    from domain.meetings import MAX_TEXT, MeetingView
    from handlers.views.meeting_form import meeting_modal

    starts = datetime(2027, 2, 10, 14, 0, tzinfo=timezone.utc)
    meeting = MeetingView(id=1, board="B", board_id=1, timezone="Europe/London", starts=starts, ends=None,
                          venue="Ashworth Town Hall " * 40, theme="Loneliness " * 60, status="scheduled", sequence=0)
    inputs = {b["block_id"]: b["element"] for b in meeting_modal("C0BOARD", "Europe/London", meeting)["blocks"]}
    for name in ("venue", "theme"):
        assert len(inputs[name]["initial_value"]) <= inputs[name]["max_length"] == MAX_TEXT


def test_counts_agree_with_their_nouns():
    from templates import counted

    assert [counted(n, "apology", "apologies") for n in (0, 1, 2)] == ["0 apologies", "1 apology", "2 apologies"]
    assert counted(1, "action") == "1 action" and counted(18, "action") == "18 actions"


def test_an_error_repeats_at_most_a_few_hundred_characters_of_what_was_typed():
    from domain.errors import QUOTE_LIMIT, quoted

    assert quoted("  by   Friday ") == "“by Friday”"
    assert len(quoted("x" * 100_000)) == QUOTE_LIMIT + 3 and quoted("x" * 100_000).endswith("…”")


def test_a_list_of_actions_rendered_at_once_keeps_each_line_even_if_a_text_holds_the_separator():
    from datetime import date

    from domain.actions import ActionView
    from handlers.blocks import _action_lines

    def action(n: int, what: str) -> ActionView:
        return ActionView(n, f"B-{n}", what, "Board <b>", "Owen", "U00000001", date(2026, 12, 1), "due Friday",
                          n == 2, "open", None)

    plain = [action(1, "Circulate the notes"), action(2, "Book <!channel> the room")]
    lines = _action_lines(plain, show_board=True, show_owner=False)
    assert lines == ["*B-1*  Circulate the notes\nBoard &lt;b&gt; · due Friday",
                     "*B-2*  Book &lt;!channel&gt; the room\nBoard &lt;b&gt; · :warning: due Friday"]
    odd = [action(1, "one\ue000two"), action(2, "three")]
    assert [line.split("\n")[0] for line in _action_lines(odd, show_board=False, show_owner=False)] == [
        "*B-1*  one\ue000two", "*B-2*  three"]
