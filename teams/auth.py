"""Who may post to /api/messages: only the Bot Framework, for this app, from the activity's own serviceUrl.

The Teams SDK's `TokenValidator` does the checking (signature by a key from the JWKS,
issuer, audience, expiry, the `serviceurl` claim). Its own factory for Bot Framework
tokens guesses the JWKS address from the OpenID metadata's address and fixes the issuer
per cloud; here both are read from the metadata at TEAMS_OPENID_URL, as the Bot Framework
documents, so sovereign clouds and the tests' local issuer need no code of their own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any
from urllib import request as urlrequest

import warnings

import anyio.to_thread
import jwt

# Importing the SDK's apps package announces a preview widget the bot does not use, on every start.
warnings.filterwarnings("ignore", message="HtmlWidgetSecurityPolicy is in preview")
from microsoft_teams.apps.auth.token_validator import JwtValidationOptions, TokenValidator  # noqa: E402

log = logging.getLogger("matters.teams")
METADATA_TTL = 24 * 3600  # the Bot Framework rotates keys; the JWKS client refetches on an unknown key id
METADATA_LIMIT = 64 * 1024


class Unauthorized(Exception):
    """The request carries no valid token for this app: 401, and nothing changes."""


class InboundAuth:
    """Checks each inbound activity's `Authorization: Bearer` token for `app_id`."""

    def __init__(self, app_id: str, openid_url: str):
        self.app_id, self.openid_url = app_id, openid_url
        self._validator: TokenValidator | None = None
        self._fetched = 0.0

    def _metadata(self) -> dict[str, Any]:
        with urlrequest.urlopen(self.openid_url, timeout=10) as response:  # noqa: S310 - https, or loopback in tests
            return json.loads(response.read(METADATA_LIMIT))

    def _current_validator(self) -> TokenValidator:
        if self._validator is None or time.monotonic() - self._fetched > METADATA_TTL:
            metadata = self._metadata()
            self._validator = TokenValidator(JwtValidationOptions(
                valid_issuers=[metadata["issuer"]], valid_audiences=[self.app_id], jwks_uri=metadata["jwks_uri"]))
            self._fetched = time.monotonic()
        return self._validator

    def _check(self, token: str, service_url: str) -> dict[str, Any]:
        try:
            validator = self._current_validator()
        except (OSError, ValueError, KeyError) as error:
            log.error("teams_openid_metadata_unavailable url=%s error=%s", self.openid_url, error)
            raise Unauthorized("the signing keys could not be fetched") from None
        try:
            # The validator is async in name only (PyJWKClient fetches keys with urllib): it runs to the end
            # in this worker thread, so a key fetch never holds up the event loop.
            claims = asyncio.run(validator.validate_token(token, service_url))
        except (jwt.InvalidTokenError, jwt.PyJWKClientError) as error:
            raise Unauthorized(str(error)) from None
        if "exp" not in claims:  # PyJWT checks expiry only when the claim is there
            raise Unauthorized("the token has no expiry")
        return claims

    async def check(self, authorization: str | None, activity: dict[str, Any]) -> dict[str, Any]:
        """The token's claims; Unauthorized when it is missing, forged, for another app or another serviceUrl."""
        if not authorization or not authorization.startswith("Bearer "):
            raise Unauthorized("no bearer token")
        service_url = activity.get("serviceUrl")
        if not isinstance(service_url, str) or not service_url:
            raise Unauthorized("the activity names no serviceUrl")
        return await anyio.to_thread.run_sync(self._check, authorization.removeprefix("Bearer ").strip(), service_url)
