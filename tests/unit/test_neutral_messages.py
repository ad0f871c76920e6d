"""Each neutral message renders for every medium: Slack Block Kit (valid, escaped), e-mail text and HTML,
and the plain text of dry-run previews, with people's words as words everywhere."""

from __future__ import annotations

import re

import pytest

from handlers.job_messages import slack_message
from jobs.mail import email_for
from messages import KINDS, Message, message
from messages.compose import document
from messages.document import html_body, plain_text
from tests.blockkit import assert_valid_message, every_text
from tests.message_samples import HOSTILE, samples

# Markup Slack would act on: a raw <…> (mention, channel, link) anywhere in a message's text.
SLACK_MARKUP = re.compile(r"<[@#!]|<https?:|<at>")


@pytest.mark.parametrize("name", sorted(samples()))
def test_slack_renders_every_kind_as_a_valid_message_with_people_text_escaped(name):
    payload = slack_message(samples()[name])
    assert_valid_message(payload)
    assert payload["text"].strip()
    for text in every_text(payload):
        text = text.replace("<https://matters.example/boards/1/meetings.ics|Add to calendar>", "")  # the bot's own
        assert not SLACK_MARKUP.search(text), text


@pytest.mark.parametrize("name", sorted(samples()))
def test_email_has_a_subject_a_text_part_and_an_escaped_html_part(name):
    mail = email_for(samples()[name], to="ben@council.example", sender="bot@council.example", key=f"sample:{name}")
    assert mail["Subject"] and "\n" not in mail["Subject"]
    text = mail.get_body(("plain",)).get_content()
    html = mail.get_body(("html",)).get_content()
    assert text.strip() and ("<p>" in html or "<h3>" in html)
    assert "<at>" not in html and "<!channel>" not in html and 'href="https://evil' not in html
    if HOSTILE in plain_text(document(samples()[name])):
        assert HOSTILE in text, "the words reach the e-mail as they were written"


def test_the_plain_text_of_a_reminder_names_the_action_and_leaves_out_the_buttons():
    text = plain_text(document(samples()["nudge"]))
    assert text.startswith("A reminder about your actions\nACSP-1  ")
    assert "due tomorrow" in text and "Snooze" not in text


def test_the_only_link_in_html_is_the_bots_own():
    html = html_body(document(samples()["agenda"]))
    assert re.findall(r'href="([^"]+)"', html) == ["https://matters.example/boards/1/meetings.ics"]


def test_a_message_must_be_of_a_known_kind_and_tell_something():
    with pytest.raises(ValueError):
        Message("gossip", ({},))
    with pytest.raises(ValueError):
        message("nudge", [])
    assert {m.kind for m in samples().values()} == set(KINDS)


@pytest.mark.parametrize("name, said", [("digest", "…and 7 more not listed"), ("agenda", "…and 12 more open")])
def test_a_digest_or_agenda_says_how_many_more_it_does_not_list_on_every_chat(name, said):
    shown = samples()[name]
    assert said in slack_message(shown)["text"] or said in " ".join(every_text(slack_message(shown)))
    assert said in plain_text(document(shown))
