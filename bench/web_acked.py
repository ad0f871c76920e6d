"""The real web process, built with Bolt's process_before_response=True: a what-if for the benchmark.

`bot.wsgi_app()` builds the app with the default, process_before_response=False,
under which Bolt runs the listener on a worker thread and the request thread
polls for ack() in 10 ms sleeps. This is `bot.wsgi_app()` itself with only that
setting changed (its `build_app` is wrapped), so the benchmark can show what the
setting costs. Served by gunicorn as 'bench.web_acked:wsgi_app()'.
"""

from __future__ import annotations

import functools
from typing import Any


def wsgi_app() -> Any:
    import bot

    bot.build_app = functools.partial(bot.build_app, process_before_response=True)
    return bot.wsgi_app()
