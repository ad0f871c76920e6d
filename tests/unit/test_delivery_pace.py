"""Slack's pace (one message a second in each conversation, a Retry-After everyone waits out) and
e-mail's stable Message-ID, with a clock the test moves."""

from __future__ import annotations

from handlers.slack_pace import Pace, retry_after
from jobs.mail import email_for
from messages import UNREACHABLE
from messages import message as neutral_message


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_messages_to_one_conversation_go_a_second_apart_and_others_do_not_wait():
    time = FakeTime()
    pace = Pace(clock=time.clock, sleep=time.sleep)
    pace.turn("C1")
    pace.turn("C2")
    assert time.slept == []
    pace.turn("C1")
    assert time.slept == [1.0]


def test_a_retry_after_holds_every_conversation():
    time = FakeTime()
    pace = Pace(clock=time.clock, sleep=time.sleep)
    pace.pause(retry_after({"Retry-After": ["7"]}))
    pace.turn("C9")
    assert time.slept == [7.0]
    assert retry_after({"retry-after": "soon"}) == 1.0 and retry_after({}) == 1.0


def test_an_email_keeps_its_message_id_whenever_it_is_sent_again():
    message = neutral_message(UNREACHABLE, [{"label": "Hayley Hughes", "reason": "no e-mail address"}])
    first = email_for(message, to="a@x.example", sender="Bot <bot@board.example>", key="nudge:1:2026-11-24:day")
    again = email_for(message, to="a@x.example", sender="Bot <bot@board.example>", key="nudge:1:2026-11-24:day")
    other = email_for(message, to="a@x.example", sender="Bot <bot@board.example>", key="nudge:2:2026-11-24:day")
    assert first["Message-ID"] == again["Message-ID"] != other["Message-ID"]
    assert first["Message-ID"].endswith("@board.example>")
