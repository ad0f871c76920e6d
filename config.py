"""Settings, read from the environment once. The only reader of os.environ."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import load_dotenv

DEFAULT_API_URL = "https://slack.com/api/"
# The Bot Framework's OpenID metadata: the issuer and the keys that sign inbound Teams activities.
DEFAULT_TEAMS_OPENID_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
# Where the app's own token for outbound Bot Connector calls comes from ({tenant}: TEAMS_TENANT_ID,
# else the Bot Framework's multi-tenant "botframework.com").
DEFAULT_TEAMS_TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
# Microsoft Graph, where a Teams message whose answer was lost is looked for (teams.history).
DEFAULT_TEAMS_GRAPH_URL = "https://graph.microsoft.com/v1.0"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# Where `serve` and `teams` listen when neither --host nor HOST says: this machine only. A deployment
# that must take outside traffic says so (the Procfile's web line binds 0.0.0.0).
DEFAULT_HOST = "127.0.0.1"
_HOST_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})$")


def check_host(text: str) -> str:
    """An address to listen on (a host name, an IPv4 or an IPv6 address), or ValueError."""
    bare = text[1:-1] if text.startswith("[") and text.endswith("]") else text
    try:
        return str(ipaddress.ip_address(bare))
    except ValueError:
        if _HOST_NAME.match(bare):
            return bare
    raise ValueError(f"{text!r} is not an address to listen on, such as 127.0.0.1 or 0.0.0.0")


def _host(text: str) -> str:
    try:
        return check_host(text)
    except ValueError as error:
        raise ValueError(f"HOST {error}") from None


def listen_address(host: str, port: int) -> str:
    """HOST:PORT as servers take it; an IPv6 address in brackets."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@dataclass(frozen=True)
class Settings:
    bot_token: str | None = None
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = DEFAULT_API_URL
    database_url: str = "sqlite:///matters.db"
    port: int = 3000
    host: str = DEFAULT_HOST
    timezone: str = "Europe/London"
    smtp_url: str | None = None
    public_url: str | None = None
    mail_from: str = "matters-arising@localhost"
    log_level: str = "INFO"
    teams_app_id: str | None = None
    teams_app_password: str | None = None
    teams_tenant_id: str | None = None
    teams_openid_url: str = DEFAULT_TEAMS_OPENID_URL
    teams_token_url: str = DEFAULT_TEAMS_TOKEN_URL
    teams_graph_url: str = DEFAULT_TEAMS_GRAPH_URL

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Settings from the environment, after loading a `.env` in the working directory."""
        if environ is None:
            load_dotenv(os.path.join(os.getcwd(), ".env"))
            environ = os.environ
        port = environ.get("PORT") or "3000"
        if not port.isdigit() or not 1 <= int(port) <= 65535:
            raise ValueError(f"PORT must be a port number from 1 to 65535, not {port!r}")
        zone = environ.get("BOT_TIMEZONE") or "Europe/London"
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"BOT_TIMEZONE {zone!r} is not a time zone; try Europe/London") from None
        level = (environ.get("LOG_LEVEL") or "INFO").upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {level!r}")
        return cls(
            bot_token=environ.get("SLACK_BOT_TOKEN") or None,
            signing_secret=environ.get("SLACK_SIGNING_SECRET") or None,
            app_token=environ.get("SLACK_APP_TOKEN") or None,
            api_url=environ.get("SLACK_API_URL") or DEFAULT_API_URL,
            database_url=environ.get("DATABASE_URL") or "sqlite:///matters.db",
            port=int(port),
            host=_host(environ.get("HOST") or DEFAULT_HOST),
            timezone=zone,
            smtp_url=environ.get("SMTP_URL") or None,
            public_url=environ.get("PUBLIC_URL") or None,
            mail_from=environ.get("MAIL_FROM") or "matters-arising@localhost",
            log_level=level,
            teams_app_id=environ.get("TEAMS_APP_ID") or None,
            teams_app_password=environ.get("TEAMS_APP_PASSWORD") or None,
            teams_tenant_id=environ.get("TEAMS_TENANT_ID") or None,
            teams_openid_url=_https_or_loopback("TEAMS_OPENID_URL", environ.get("TEAMS_OPENID_URL")
                                                or DEFAULT_TEAMS_OPENID_URL),
            teams_token_url=_https_or_loopback("TEAMS_TOKEN_URL", environ.get("TEAMS_TOKEN_URL")
                                               or DEFAULT_TEAMS_TOKEN_URL),
            teams_graph_url=_https_or_loopback("TEAMS_GRAPH_URL", environ.get("TEAMS_GRAPH_URL")
                                               or DEFAULT_TEAMS_GRAPH_URL),
        )

    def secrets(self) -> list[str]:
        """Values that must never reach a log: tokens, the signing secret, passwords in URLs."""
        found = [self.bot_token, self.signing_secret, self.app_token, self.teams_app_password]
        for url in (self.database_url, self.smtp_url):
            password = urlsplit(url).password if url else None
            found.append(password)
        return [value for value in found if value]

    def missing(self, *names: str) -> list[str]:
        """The environment variables among `names` that a mode needs and are not set."""
        values = {
            "SLACK_BOT_TOKEN": self.bot_token,
            "SLACK_SIGNING_SECRET": self.signing_secret,
            "SLACK_APP_TOKEN": self.app_token,
            "TEAMS_APP_ID": self.teams_app_id,
            "TEAMS_APP_PASSWORD": self.teams_app_password,
        }
        return [name for name in names if not values[name]]

    @property
    def teams_token_endpoint(self) -> str:
        """The token endpoint for the Teams app's client credentials, with its tenant filled in."""
        return self.teams_token_url.replace("{tenant}", self.teams_tenant_id or "botframework.com")


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def _https_or_loopback(name: str, url: str) -> str:
    """A URL that keys or tokens come from: https, or plain http only on this machine (tests, the Emulator)."""
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS):
        return url
    raise ValueError(f"{name} must be an https:// URL (or http:// on this machine), not {url!r}")
