"""The web process keeps answering while a crowd of loopback clients send their headers slowly:
1,000 of them for 60 s, as the web process runs under gunicorn.conf.py. Slow: a minute."""

from __future__ import annotations

import pytest

from bench.slow_clients import trial


@pytest.mark.slow
def test_health_and_signed_commands_are_answered_while_a_thousand_clients_dawdle(tmp_path):
    result = trial(None, clients=1000, seconds=60, folder=tmp_path)
    assert result["clients"] >= 900, "the crowd connected"
    for probe in ("healthz", "command"):
        assert result[probe]["asked"] >= 20 and result[probe]["failed"] == 0, result
