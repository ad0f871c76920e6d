"""Minutes in, minutes out, as Slack would hold it: a secretary shares a minutes file, the bot previews
what it read, and Confirm records it and tells each owner their new actions.

Slack's file downloads are served by a small HTTP server here; the stand-in for the Web API
answers `files.info` with no file, so the bot falls back on the file object in the event.
"""

from __future__ import annotations

import io
from datetime import date
import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from handlers import reading_pool
from handlers.minutes_preview import CANCEL, CONFIRM, EDIT, EDIT_VIEW, IMPORT_VIEW, REPLACE
from storage.drafts import Drafts
from tests.blockkit import DANGEROUS, assert_valid_message, assert_valid_view, every_text
from tests.file_server import FileServer

SARAH, HAYLEY, BEN, JOANNE = "U0SARAH", "U0HAYLEY", "U0BEN", "U0JOANNE"
BOARD, SARAHS_DM = "C0BOARD", "D0SARAH"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "minutes"
TABLE = (FIXTURES / "what-who-when-table.txt").read_bytes()
# June's minutes review two actions as carried: one of March's in other words, and one no meeting set.
LATER = (b"Ashbourne Community Safety Partnership\n\nThursday, 4 June 2015 held at Ashbourne Police Station\n\n"
         b"Present: Councillor Ruth Penrose (Chair), Joanne Pike, Ben Crossley\n\n1. Matters arising\n\n"
         b"CCTV coverage of the hotspots (Ben Crossley) - carried forward.\n"
         b"Lighting at the <!channel> skate park (Joanne Pike) - carried forward.\n")
_ids = itertools.count(1)


@pytest.fixture
def files() -> Iterator[FileServer]:
    server = FileServer()
    yield server
    server.stop()


def share(web, files: FileServer, name: str, data: bytes, *,  # type: ignore[no-untyped-def]
          user: str = SARAH, channel: str = BOARD, file_id: str | None = None, size: int | None = None, retry: int | None = None):
    """A file_shared event, as Slack sends it, with the file's details the bot would get from files.info."""
    file_id = file_id or f"F0MIN{next(_ids)}"
    file = {"id": file_id, "name": name, "size": len(data) if size is None else size,
            "url_private_download": files.put(file_id, data)}
    reply = web.event({"type": "file_shared", "file_id": file_id, "user_id": user, "channel_id": channel,
                       "file": file, "event_ts": "1700000000.000100"}, retry=retry)
    assert reply.status == 200
    return file_id


def set_up_board(web, slack) -> None:  # type: ignore[no-untyped-def]
    """Chorley PSRB in C0BOARD with Sarah as secretary, Hayley a member, and two officers named in the
    minutes linked to Slack."""
    slack.add_user(BEN, "Ben Crossley", "ben@council.example")
    slack.add_user(JOANNE, "Joanne Pike", "joanne@council.example")
    assert web.command("/board", "setup Chorley Public Service Reform Board", user=SARAH).status == 200
    web.command("/board", "link <@U0BEN|ben> Ben Crossley", user=SARAH)
    web.command("/board", "link <@U0JOANNE|joanne> Joanne Pike", user=SARAH)
    web.command("/board", "link <@U0HAYLEY|hayley> Hayley Hughes", user=SARAH)
    slack.clear()


def previewed(web, slack, files, data: bytes = TABLE,  # type: ignore[no-untyped-def]
              name: str = "what-who-when-table.txt"):
    """Share the file in the board channel and return the preview the secretary saw."""
    share(web, files, name, data)
    [shown] = slack.wait_for("chat.postEphemeral")
    return shown.body


def button(payload: dict[str, Any], action_id: str) -> dict[str, Any] | None:
    found = [e for b in payload.get("blocks", []) if b["type"] == "actions" for e in b["elements"]
             if e["action_id"] == action_id]
    return found[0] if found else None


def drafts(services) -> list[Any]:  # type: ignore[no-untyped-def]
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel(BOARD)
        return list(Drafts(reg.session).of_board(board.id)) if board else []


def recorded_actions(services) -> list[Any]:  # type: ignore[no-untyped-def]
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel(BOARD)
        return list(reg.actions_of_board(board.id, statuses=("open", "done")))


def direct_messages(slack) -> dict[str, list[Any]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[Any]] = {}
    for call in slack.sent("chat.postMessage"):
        found.setdefault(call.body["channel"], []).append(call)
    return found


def test_a_minutes_file_shared_in_the_board_channel_is_previewed_to_the_secretary_alone(web, slack, files, services):
    set_up_board(web, slack)
    preview = previewed(web, slack, files)
    assert preview["user"] == SARAH and preview["channel"] == BOARD
    assert_valid_message(preview)
    text = preview["text"]
    assert "read as the minutes of *Chorley Public Service Reform Board*" in text
    assert "Thursday 5 March 2015" in text and "Ashbourne Police Station, Meeting Room 2" in text
    assert "5 present · 3 apologies · 0 decisions · 4 actions" in text
    assert "Map the hotspots against CCTV coverage — Ben Crossley · by Fri 20 Mar 2015" in text
    assert "Report on housing-related ASB cases — Gemma Froggatt · “asap” (no date)" in text
    assert "match no member" not in text
    assert [button(preview, b) is not None for b in (CONFIRM, EDIT, CANCEL)] == [True, True, True]
    assert files.authorizations == ["Bearer xoxb-test"]
    [draft] = drafts(services)
    assert draft.status == "pending" and draft.file_name == "what-who-when-table.txt"
    assert recorded_actions(services) == []


def test_a_file_shared_by_someone_who_does_not_run_the_board_passes_in_silence(web, slack, files, services):
    set_up_board(web, slack)
    share(web, files, "what-who-when-table.txt", TABLE, user=HAYLEY)
    share(web, files, "holiday-photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", user=SARAH)
    time.sleep(0.5)
    assert slack.sent("chat.postEphemeral") == [] and slack.sent("chat.postMessage") == []
    assert drafts(services) == []


def test_a_slack_retry_or_a_duplicate_event_makes_no_second_preview(web, slack, files, services):
    set_up_board(web, slack)
    file_id = share(web, files, "what-who-when-table.txt", TABLE)
    share(web, files, "what-who-when-table.txt", TABLE, file_id=file_id, retry=1)
    share(web, files, "what-who-when-table.txt", TABLE, file_id=file_id)
    assert reading_pool.settle(60), "every reading has finished, however slow the machine"
    assert len(slack.sent("chat.postEphemeral")) == 1
    assert len(drafts(services)) == 1


def test_confirm_by_a_member_who_is_not_chair_or_secretary_is_refused_and_records_nothing(web, slack, files,
                                                                                          services):
    set_up_board(web, slack)
    draft_id = button(previewed(web, slack, files), CONFIRM)["value"]
    web.click(CONFIRM, draft_id, user=HAYLEY)
    [refusal] = slack.wait_for("respond")
    assert "Only the chair or secretary of Chorley Public Service Reform Board" in refusal.body["text"]
    assert refusal.body.get("replace_original") in (False, "false", None)
    assert recorded_actions(services) == [] and drafts(services)[0].status == "pending"


def test_confirm_by_the_secretary_records_the_minutes_and_tells_each_owner_once(web, slack, files, services):
    set_up_board(web, slack)
    draft_id = button(previewed(web, slack, files), CONFIRM)["value"]
    web.click(CONFIRM, draft_id, user=SARAH)
    [summary] = slack.wait_for("respond")
    assert summary.body["replace_original"] in (True, "true")
    assert_valid_message(summary.body)
    assert "recorded the minutes of *Chorley Public Service Reform Board* for 5 March 2015" in summary.body["text"]
    assert "4 actions added" in summary.body["text"]
    slack.wait_for("chat.postMessage", 2)
    time.sleep(0.2)
    letters = direct_messages(slack)
    assert sorted(letters) == [BEN, JOANNE]  # the other owners have no Slack account linked
    [ben] = letters[BEN]
    assert_valid_message(ben.body)
    assert "*CPSRB-1*  Map the hotspots against CCTV coverage · by Fri 20 Mar 2015" in ben.body["text"]
    assert "Review Shop Watch" not in ben.body["text"]
    assert "*CPSRB-3*  Draft the partnership plan 2015/16" in letters[JOANNE][0].body["text"]
    actions = recorded_actions(services)
    assert len(actions) == 4
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel(BOARD)
        [held, upcoming] = reg.meetings_of_board(board.id)
        assert held.venue == "Ashbourne Police Station, Meeting Room 2" and held.minutes_recorded_at is not None
        assert upcoming.status == "scheduled"
        ben_action = reg.action_by_ref("CPSRB", 1)
        assert ben_action.owner.slack_id == BEN and str(ben_action.due_date) == "2015-03-20"
    assert drafts(services)[0].status == "confirmed"


def test_a_double_confirm_records_once_and_tells_each_owner_once(web, slack, files, services):
    set_up_board(web, slack)
    draft_id = button(previewed(web, slack, files), CONFIRM)["value"]
    web.click(CONFIRM, draft_id, user=SARAH)
    web.click(CONFIRM, draft_id, user=SARAH)
    replies = slack.wait_for("respond", 2)
    assert sum("already recorded" in r.body["text"] for r in replies) == 1
    slack.wait_for("chat.postMessage", 2)  # however loaded the machine, both letters come
    time.sleep(0.3)  # and a wrong third would come soon after
    assert len(recorded_actions(services)) == 4
    assert {channel: len(calls) for channel, calls in direct_messages(slack).items()} == {BEN: 1, JOANNE: 1}


def test_cancel_marks_the_draft_cancelled_and_records_nothing(web, slack, files, services):
    set_up_board(web, slack)
    preview = previewed(web, slack, files)
    web.click(CANCEL, button(preview, CANCEL)["value"], user=SARAH)
    [cancelled] = slack.wait_for("respond")
    assert cancelled.body["replace_original"] in (True, "true")
    assert "Cancelled: nothing from *what-who-when-table.txt* was recorded" in cancelled.body["text"]
    assert_valid_message(cancelled.body)
    web.click(CONFIRM, button(preview, CONFIRM)["value"], user=SARAH)
    later = slack.wait_for("respond", 2)[1]
    assert "already cancelled" in later.body["text"]
    assert drafts(services)[0].status == "cancelled" and recorded_actions(services) == []


def test_edit_opens_the_actions_in_a_form_and_saving_shows_the_corrected_preview(web, slack, files, services):
    set_up_board(web, slack)
    draft_id = button(previewed(web, slack, files), EDIT)["value"]
    web.click(EDIT, draft_id, user=SARAH)
    [opened] = slack.wait_for("views.open")
    view = opened.body["view"]
    assert_valid_view(view)
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert len(inputs) == 3 * 5  # four actions and a blank one to add
    assert inputs[0]["element"]["initial_value"] == "Map the hotspots against CCTV coverage"

    def typed(text: str) -> dict[str, Any]:
        return {"value": {"type": "plain_text_input", "value": text}}

    values = {f"{field}-{i}": typed(text) for i, row in enumerate([
        ("Map the hotspots against CCTV coverage", "Ben Crossley", "20.03.15"),
        ("Review Shop Watch radio contract", "Joanne Pike", "30/04/2015"),
        ("Draft the partnership plan 2015/16", "Joanne Pike", "next meeting"),
        ("", "Gemma Froggatt", "asap"),
        ("Book the Town Hall", "Ben Crossley", "1 April 2015"),
    ]) for field, text in zip(("what", "who", "due"), row)}
    reply = web.submit(EDIT_VIEW, values, user=SARAH, private_metadata=view["private_metadata"])
    assert reply.status == 200 and reply.json.get("response_action") is None
    [again] = slack.wait_for("respond")
    assert again.body["replace_original"] in (True, "true")
    assert_valid_message(again.body)
    assert "(edited)" in again.body["text"] and "4 actions" in again.body["text"]
    assert "Review Shop Watch radio contract — Joanne Pike · by Thu 30 Apr 2015" in again.body["text"]
    assert "Report on housing-related ASB cases" not in again.body["text"]
    web.click(CONFIRM, draft_id, user=SARAH)
    slack.wait_for("respond", 2)
    with services.db.unit_of_work() as reg:
        shop_watch = [a for a in recorded_actions(services) if a.what.startswith("Review Shop Watch")][0]
        assert reg.member(shop_watch.owner_id).name == "Joanne Pike"
    assert sorted(a.what for a in recorded_actions(services))[0] == "Book the Town Hall"


def test_edit_by_a_member_who_does_not_run_the_board_is_refused(web, slack, files):
    set_up_board(web, slack)
    draft_id = button(previewed(web, slack, files), EDIT)["value"]
    web.click(EDIT, draft_id, user=HAYLEY)
    [refusal] = slack.wait_for("respond")
    assert "Only the chair or secretary" in refusal.body["text"]
    assert slack.sent("views.open") == []


def test_minutes_shows_the_latest_recorded_minutes_of_the_channels_board(web, slack, files):
    set_up_board(web, slack)
    nothing = web.command("/minutes", user=HAYLEY)
    assert "No minutes of Chorley Public Service Reform Board are recorded yet" in nothing.text
    web.click(CONFIRM, button(previewed(web, slack, files), CONFIRM)["value"], user=SARAH)
    slack.wait_for("respond")
    reply = web.command("/minutes", user=HAYLEY)
    assert reply.json["response_type"] == "ephemeral"
    assert_valid_message(reply.json)
    text = reply.text
    assert "minutes of Thursday 5 March 2015 at Ashbourne Police Station, Meeting Room 2" in text
    assert "5 present, 4 in attendance · 3 apologies · 0 decisions · 4 actions" in text
    assert "*CPSRB-1*  Map the hotspots against CCTV coverage — Ben Crossley · by Fri 20 Mar 2015" in text
    assert "Next meeting: Thursday 7 May 2015, 14:00 at Ashbourne Town Hall (Council Chamber)." in text
    assert "`/minutes import`" in web.command("/minutes", "banana", user=HAYLEY).text


def test_minutes_import_opens_a_file_form_whose_file_is_previewed(web, slack, files, services):
    set_up_board(web, slack)
    assert "Only the chair or secretary" in web.command("/minutes", "import", user=HAYLEY).text
    assert slack.sent("views.open") == []
    web.command("/minutes", "import", user=SARAH)
    [opened] = slack.wait_for("views.open")
    view = opened.body["view"]
    assert_valid_view(view)
    [file_input] = [b["element"] for b in view["blocks"] if b["type"] == "input"]
    assert file_input["type"] == "file_input" and set(file_input["filetypes"]) == {"txt", "md", "html", "htm", "docx", "pdf"}
    empty = web.submit(IMPORT_VIEW, {"file": {"value": {"type": "file_input", "files": []}}}, user=SARAH,
                       private_metadata=view["private_metadata"])
    assert empty.json["response_action"] == "errors"
    chosen = {"id": "F0FORM1", "name": "minutes.txt", "size": len(TABLE),
              "url_private_download": files.put("F0FORM1", TABLE)}
    reply = web.submit(IMPORT_VIEW, {"file": {"value": {"type": "file_input", "files": [chosen]}}}, user=SARAH,
                       private_metadata=view["private_metadata"])
    assert reply.status == 200 and reply.json.get("response_action") is None
    [preview] = slack.wait_for("chat.postEphemeral")
    assert preview.body["user"] == SARAH and "4 actions" in preview.body["text"]
    assert_valid_message(preview.body)
    assert len(drafts(services)) == 1


def test_minutes_shared_in_a_direct_message_go_to_the_board_they_name_if_the_sharer_runs_it(web, slack, files,
                                                                                            services):
    set_up_board(web, slack)
    share(web, files, "what-who-when-table.txt", TABLE, channel=SARAHS_DM)
    [refused] = slack.wait_for("chat.postMessage")
    assert refused.body["channel"] == SARAHS_DM
    assert "name “Ashbourne Community Safety Partnership”, which isn't a board you run" in refused.body["text"]
    assert "You can import minutes for Chorley Public Service Reform Board" in refused.body["text"]
    web.command("/board", "setup Ashbourne Community Safety Partnership", user=SARAH, channel="C0ASH")
    share(web, files, "what-who-when-table.txt", TABLE, channel=SARAHS_DM)
    preview = slack.wait_for("chat.postMessage", 2)[1]
    assert "read as the minutes of *Ashbourne Community Safety Partnership*" in preview.body["text"]
    assert button(preview.body, CONFIRM) is not None
    assert drafts(services) == []  # nothing for the channel's board


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer, out = PdfWriter(), io.BytesIO()
    writer.add_blank_page(width=595, height=842)
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(("name", "data", "size", "says"), [
    ("empty.txt", b"", None, "empty.txt is empty"),
    ("binary.txt", b"\x00\x01\x02minutes\x00", None, "binary.txt is not a text file"),
    ("fake.docx", b"Not really a Word document", None, "fake.docx is not a real Word document"),
    ("scan.pdf", _blank_pdf(), None, "scan.pdf has no text to read"),
    ("photo.png", b"\x89PNG\r\n\x1a\n", None, "photo.png isn't a minutes file I can read"),
    ("huge.pdf", b"%PDF-1.4", 25 * 1024 * 1024, "huge.pdf is 25 MB; I read minutes files up to 20 MB"),
])
def test_a_bad_file_gets_one_friendly_line_and_writes_nothing(web, slack, files, services, name, data, size, says):
    set_up_board(web, slack)
    share(web, files, name, data, channel=SARAHS_DM, size=size)
    [told] = slack.wait_for("chat.postMessage")
    assert says in told.body["text"] and "\n" not in told.body["text"]
    assert_valid_message(told.body)
    assert button(told.body, CONFIRM) is None
    with services.db.unit_of_work() as reg:
        assert all(not Drafts(reg.session).of_board(b.id) for b in reg.boards())
    if size is not None:
        assert files.authorizations == []  # too big to fetch at all


def test_a_file_that_reads_to_no_date_or_no_actions_previews_what_is_missing_and_cannot_be_confirmed(
        web, slack, files):
    set_up_board(web, slack)
    preview = previewed(web, slack, files, b"Some notes\n\nWe talked about the spring plan.\n", "notes.md")
    assert_valid_message(preview)
    assert "I found no meeting date" in preview["text"] and "I found no actions" in preview["text"]
    assert button(preview, CONFIRM) is None and button(preview, CANCEL) is not None


def test_text_from_the_file_reaches_slack_escaped_and_pings_nobody(web, slack, files, services):
    set_up_board(web, slack)
    hostile = TABLE.decode().replace(
        "Map the hotspots against CCTV coverage\tBen Crossley",
        "Map <!channel> hotspots & <https://evil.example|login>\t<!here> Group Leads",
    ).replace("Ashbourne Police Station, Meeting Room 2", "Ashbourne <!everyone> Station").encode()
    preview = previewed(web, slack, files, hostile, "<b>minutes</b>.txt")
    assert "Map &lt;!channel&gt; hotspots &amp; &lt;https://evil.example|login&gt;" in preview["text"]
    assert "kept as written: &lt;!here&gt; Group Leads" in preview["text"]
    assert "&lt;b&gt;minutes&lt;/b&gt;.txt" in preview["text"]
    web.click(CONFIRM, button(preview, CONFIRM)["value"], user=SARAH)
    slack.wait_for("respond")
    shown = [preview, web.command("/minutes", user=SARAH).json]
    shown += [c.body for c in slack.wait_for("chat.postMessage", 2) + slack.sent("respond")]
    for payload in shown:
        assert_valid_message(payload)
        for text in every_text(payload):
            assert not DANGEROUS.search(text), text
    with services.db.unit_of_work() as reg:
        assert reg.action_by_ref("CPSRB", 2).what == "Map <!channel> hotspots & <https://evil.example|login>"


def test_the_bots_token_goes_only_to_slacks_file_hosts():
    from handlers.events.files import _trusted

    api = "https://slack.com/api/"
    assert _trusted("https://files.slack.com/files-pri/T1-F1/download/minutes.docx", api)
    assert _trusted("https://files.slack-gov.com/files-pri/T1-F1/download/m.pdf", "https://slack-gov.com/api/")
    assert not _trusted("http://files.slack.com/files-pri/T1-F1/download/m.pdf", api), "never in clear text"
    assert not _trusted("https://evil.example/files.slack.com/m.pdf", api)
    assert not _trusted("https://files.slack.com.evil.example/m.pdf", api)
    assert not _trusted("file:///etc/passwd", api)
    assert _trusted("http://127.0.0.1:8123/m.txt", "http://127.0.0.1:9000/api/"), "a local stand-in for Slack"
    assert not _trusted("http://127.0.0.1:8123/m.txt", api)


THIN = b"Chorley Public Service Reform Board\n\nMinutes of the meeting held on 5 March 2015\n"


def _thin_preview_over_recorded_minutes(web, slack, files):  # type: ignore[no-untyped-def]
    """Full minutes shared and confirmed, then the preview of a thin file for the same meeting."""
    set_up_board(web, slack)
    web.click(CONFIRM, button(previewed(web, slack, files), CONFIRM)["value"], user=SARAH)
    slack.wait_for("respond")
    slack.clear()
    return previewed(web, slack, files, THIN, "thin.txt")


def test_a_thin_file_for_a_recorded_meeting_previews_the_removals_and_confirm_merges(web, slack, files, services):
    thin = _thin_preview_over_recorded_minutes(web, slack, files)
    assert_valid_message(thin)
    assert "Confirm, replacing" in str(thin["blocks"]) and button(thin, REPLACE) is not None
    assert "removes what they lack" in thin["text"] and "Ben Crossley (in attendance)" in thin["text"]
    web.click(CONFIRM, button(thin, CONFIRM)["value"], user=SARAH)
    slack.wait_for("respond")
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel(BOARD)
        held = reg.meetings_of_board(board.id)[0]
        assert held.venue and len(reg.attendance_of(held.id)) > 5
    assert len(recorded_actions(services)) == 4


def test_confirm_replacing_removes_what_the_preview_listed(web, slack, files, services):
    thin = _thin_preview_over_recorded_minutes(web, slack, files)
    web.click(REPLACE, button(thin, REPLACE)["value"], user=SARAH)
    [done] = slack.wait_for("respond")
    assert "Removed, as the new minutes lack them" in done.body["text"]
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel(BOARD)
        held = reg.meetings_of_board(board.id)[0]
        assert held.venue is None and reg.attendance_of(held.id) == []


def test_carried_actions_preview_and_record_the_earlier_action_each_one_is(web, slack, files, services):
    set_up_board(web, slack)
    web.click(CONFIRM, button(previewed(web, slack, files), CONFIRM)["value"], user=SARAH)
    slack.wait_for("respond")
    slack.clear()
    later = previewed(web, slack, files, LATER, "june.txt")
    assert_valid_message(later)
    assert ("• Carried “CCTV coverage of the hotspots”: is *CPSRB-1* “Map the hotspots against CCTV coverage” "
            "(similar words)") in later["text"]
    assert ("• Carried “Lighting at the &lt;!channel&gt; skate park”: matches no open action, so it will be added "
            "as new") in later["text"]
    assert "<!channel>" not in str(later["blocks"])
    web.click(CONFIRM, button(later, CONFIRM)["value"], user=SARAH)
    [done] = slack.wait_for("respond")
    assert_valid_message(done.body)
    assert "1 action added" in done.body["text"]
    assert "is *CPSRB-1* “Map the hotspots against CCTV coverage”" in done.body["text"]
    assert "matched no open action, so it was added as new, *CPSRB-5*" in done.body["text"]
    actions = recorded_actions(services)
    assert len(actions) == 5 and sum("hotspots" in a.what.lower() for a in actions) == 1


def test_the_preview_lists_owners_kept_as_written_once_escaped_and_valid():
    import json

    from handlers.minutes_preview import preview
    from minutes import read_minutes
    from minutes.uploads import unmatched_owners
    from tests.blockkit import assert_valid_message

    minutes = read_minutes("Westfold Board\n\nHeld on 3 March 2015\n\nPresent: Ann Cole, Raj Khanna\n\n1. Budget\n\n"
                           "ACTION: Ann Cole and Raj Khanna to meet the auditors.\n"
                           "ACTION: <!channel> to read the report.\n"
                           "ACTION: Ann Cole and the housing team to visit the estate.\n")
    unmatched = unmatched_owners(minutes)
    shown = preview(3, board="Westfold Board", file_name="march.txt", minutes=minutes, unmatched=unmatched)
    assert_valid_message(shown)
    text = shown["text"]
    joint, partly = minutes.actions[0].who, minutes.actions[2].who
    # Both joint owners are people: each is recorded, so only its action's line names them.
    assert joint not in unmatched and text.count(joint) == 1
    # One of these names nobody: kept as written, listed once, saying which name.
    assert partly in unmatched and text.count(partly) == 2
    assert "(the housing team: nobody matches)" in text
    assert "<!channel>" not in json.dumps(shown)


def test_dues_in_dateless_minutes_count_from_the_services_clock_where_the_board_meets(web, slack, files, services):
    """A file with no date of its own: "within two weeks" counts from the injected clock's day, not the machine's."""
    set_up_board(web, slack)
    previewed(web, slack, files, b"Chorley Public Service Reform Board\n\nACTION: Ben Crossley to repair the "
              b"noticeboard within two weeks.\n", "notes.txt")
    [draft] = drafts(services)
    [action] = draft.minutes().actions
    assert action.due == date(2026, 12, 7)  # 23 November 2026 (the test's clock) and fourteen days
