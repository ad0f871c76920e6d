"""Meeting Slack's habits: an answer within three seconds, and a retried event handled once.

Slack gives up on a request it has not had an answer to within three seconds and
shows the person an error, so `in_time` wraps each command, button and form
listener. Listeners still ack() with their whole answer, which almost always comes
at once. If it has not come within the budget (the database or Slack's Web API is
slow), a holding answer goes instead, and the listener's late answer is delivered
the way that still reaches the person: a command's reply through its response_url,
a form's outcome into the form itself.

An error after the answer has gone is told the same ways, since Bolt, raised into, would
drop the answer given.

Slack retries an event whose delivery it thinks failed (`X-Slack-Retry-Num`), so
`once_per_event` handles each `event_id` once, under a claim in the sent-messages
log as the sweeps' messages are.
"""

from __future__ import annotations

import heapq
import inspect
import itertools
import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from handlers import blocks
from handlers.errors import tell_after_answer
from handlers.form_input import form_title
from handlers.request_info import what, who
from jobs.outbox import this_process
from templates import escape_mrkdwn

log = logging.getLogger(__name__)
ACK_BUDGET_SECONDS = 2.0
WORKING = ":hourglass_flowing_sand: Working on it…"
# Slack retries an event at once, after a minute and after five: a claim older than this
# belonged to a handler that died, so a retry may take it again.
EVENT_CLAIM_TIMEOUT = timedelta(seconds=60)


def _with_arguments(listener: Callable[..., Any], extra: tuple[str, ...],
                    body: Callable[..., Any]) -> Callable[..., Any]:
    """A function Bolt calls with the listener's own arguments plus `extra`.

    Bolt passes a listener the arguments its signature names, so the wrapper names them
    all and hands the listener only its own.
    """
    own = inspect.getfullargspec(inspect.unwrap(listener)).args
    names = list(dict.fromkeys([*own, *extra]))

    def wrapper(**kwargs: Any) -> Any:
        return body({name: kwargs.get(name) for name in own}, kwargs)

    wrapper.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for name in names])
    wrapper.__name__ = getattr(listener, "__name__", "listener")
    wrapper.__qualname__ = getattr(listener, "__qualname__", wrapper.__name__)
    wrapper.__doc__ = listener.__doc__
    return wrapper


class _Deadlines:
    """One thread that calls each function given to `after` once its delay has passed.

    A holding answer is due for every request but almost never wanted; one shared thread
    keeps that from costing a new thread a request. A call that is no longer wanted stays
    queued and does nothing when it comes (TimelyAck checks that it has finished).
    """

    def __init__(self) -> None:
        self._due: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def after(self, delay: float, call: Callable[[], None]) -> None:
        with self._changed:
            heapq.heappush(self._due, (time.monotonic() + delay, next(self._order), call))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ack-deadlines", daemon=True)
                self._thread.start()
            self._changed.notify()

    def _run(self) -> None:
        while True:
            with self._changed:
                while not self._due or self._due[0][0] > time.monotonic():
                    self._changed.wait(self._due[0][0] - time.monotonic() if self._due else None)
                _, _, call = heapq.heappop(self._due)
            try:
                call()
            except Exception:  # noqa: BLE001 - one failed holding answer must not stop the others
                log.exception("holding_answer_failed")


_DEADLINES = _Deadlines()


class TimelyAck:
    """Stands in for Bolt's `ack`: forwards the listener's answer while there is time,
    sends a holding answer when the budget runs out, and delivers a late answer itself."""

    def __init__(self, ack: Any, body: dict[str, Any], respond: Any, client: Any, context: Any, budget: float):
        self._ack, self._body, self._respond, self._client, self._context = ack, body, respond, client, context
        self._lock = threading.Lock()
        self._late = self._finished = False
        self._budget = budget

    def start(self) -> None:
        _DEADLINES.after(self._budget, self._hold)

    def finish(self) -> None:
        with self._lock:
            self._finished = True

    @property
    def answered(self) -> bool:
        """Whether Slack has had its answer, the listener's or the holding one."""
        return self._late or self._ack.response is not None

    def __call__(self, text: Any = "", **answer: Any) -> Any:
        if text:
            answer["text"] = text
        with self._lock:
            if not self._late:
                return self._ack(**answer)
        self._deliver_late(answer)
        return None

    def _hold(self) -> None:
        with self._lock:
            if self._finished or self._ack.response is not None:
                return
            self._late = True
            if self._context is not None:
                self._context["outcome"] = "held"
            self._ack(**self._holding_answer())
        log.warning("ack_held what=%s who=%s", what(self._body), who(self._body))

    def _holding_answer(self) -> dict[str, Any]:
        kind = self._body.get("type")
        if kind == "view_submission":
            return {"response_action": "update", "view": blocks.notice_modal(
                form_title(self._body), f"{WORKING} I'll show the result here in a moment.")}
        if self._body.get("command"):
            return {"response_type": "ephemeral", **blocks.notice(WORKING)}
        return {}

    def _deliver_late(self, answer: dict[str, Any]) -> None:
        if self._body.get("type") == "view_submission":
            view = self._body.get("view")
            if isinstance(view, dict) and isinstance(view.get("id"), str):
                self._client.views_update(view_id=view["id"], view=_late_view(self._body, answer))
            return
        if not (answer.get("text") or answer.get("blocks")) or not self._body.get("response_url"):
            return
        if answer.get("response_type") == "in_channel":  # for everyone: the holding message goes
            self._respond(delete_original=True)
            self._respond(**answer)
        else:
            self._respond(replace_original=True, **{k: v for k, v in answer.items() if k != "response_type"})


def _late_view(body: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    """What the form shows once a late listener has answered."""
    if answer.get("response_action") in ("update", "push") and answer.get("view"):
        return dict(answer["view"])
    errors = answer.get("errors") or {}
    if errors:
        problems = " ".join(escape_mrkdwn(str(message)) for message in errors.values())
        return blocks.notice_modal(form_title(body), f":information_source: Nothing was saved: {problems}")
    return blocks.notice_modal(form_title(body), ":white_check_mark: Saved.")


def in_time(listener: Callable[..., Any], budget: float = ACK_BUDGET_SECONDS) -> Callable[..., Any]:
    """`listener`, answering Slack within `budget` seconds however long its work takes."""

    def run(own: dict[str, Any], given: dict[str, Any]) -> Any:
        timely = TimelyAck(given["ack"], given.get("body") or {}, given.get("respond"), given.get("client"),
                           given.get("context"), budget)
        timely.start()
        try:
            return listener(**{**own, "ack": timely})
        except Exception as error:
            if not timely.answered:
                raise  # Bolt's error handler makes the answer (handlers.errors.on_error)
            # Raised into Bolt now, the error would wipe out the answer already given.
            tell_after_answer(error, given.get("body") or {}, given.get("respond"), given.get("client"))
            return None
        finally:
            timely.finish()

    return _with_arguments(listener, ("ack", "body", "respond", "client", "context"), run)


def once_per_event(listener: Callable[..., Any]) -> Callable[..., Any]:
    """`listener`, run once for each event Slack delivers, however often Slack retries it."""

    def run(own: dict[str, Any], given: dict[str, Any]) -> Any:
        body, services = given.get("body") or {}, given["context"]["services"]
        event_id = body.get("event_id")
        if not isinstance(event_id, str) or not event_id:
            return listener(**own)
        key, now = f"event:{event_id[:200]}", services.now()
        with services.db.unit_of_work() as reg:
            won = reg.claim([key], kind="event", recipient=str((body.get("event") or {}).get("user") or "")[:64],
                            holder=this_process(), now=now, deadline=now + EVENT_CLAIM_TIMEOUT)
        if not won:
            log.info("event_repeated event_id=%s", event_id[:200])
            return None
        try:
            result = listener(**own)
        except BaseException:
            with services.db.unit_of_work() as reg:
                reg.release([key], holder=this_process())
            raise
        with services.db.unit_of_work() as reg:
            reg.mark_sent([key], holder=this_process(), now=services.now(), channel=None, ts=None)
        return result

    return _with_arguments(listener, ("body", "context"), run)

