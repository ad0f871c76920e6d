"""Reading Teams commands: the word, the rest, a forgiven slash, and mentions as the transport hands them."""

from __future__ import annotations

from domain.actions import what_by_when
from teams.commands import COMMANDS, Command, leading_mention, parse, plain
from teams.context import Conversation, Mention, TeamsPerson, TeamsTurn

HAYLEY = TeamsPerson(aad_id="aad-hayley", user_id="29:hayley", name="Hayley Hughes")


def turn(text: str, mentions: list[Mention] = ()) -> TeamsTurn:  # type: ignore[assignment]
    return TeamsTurn(services=None, person=HAYLEY,  # type: ignore[arg-type]
                     conversation=Conversation(id="19:c@thread.tacv2", kind="channel", service_url="http://x/"),
                     member_id=None, text=text, mentions=list(mentions))


def test_the_first_word_is_the_command_in_any_case_and_a_leading_slash_is_forgiven():
    assert parse("myactions") == Command("myactions", "")
    assert parse("  /Done   CPB-7   sent round\non Friday ") == Command("done", "CPB-7 sent round on Friday")
    assert parse("") == Command("", "")
    assert parse("/") == Command("", "")


def test_every_command_of_the_contract_is_known():
    assert set(COMMANDS) >= {"myactions", "done", "action", "actions", "agenda", "apologies", "meeting", "minutes",
                             "attendance", "board", "help"}


def test_a_leading_mention_is_the_person_teams_vouched_for_and_a_typed_one_is_only_words():
    someone = Mention(name="Hayley Hughes", person=HAYLEY, member_id=3)
    said = turn("action <at:0> Map <at :0> hotspots by Friday", [someone])
    who, rest = leading_mention(said, "<at:0> Map <at :0> hotspots by Friday")
    assert who is someone and rest == "Map <at :0> hotspots by Friday"
    assert leading_mention(said, "Map hotspots") == (None, "Map hotspots")
    assert leading_mention(said, "<at:5> Map") == (None, "Map")
    assert plain(said, "ask <at:0> about it") == "ask @Hayley Hughes about it"


def test_what_and_when_split_at_the_last_by():
    assert what_by_when("Write to the bank by hand by next Friday") == ("Write to the bank by hand", "next Friday")
    assert what_by_when("Write to the bank") is None
