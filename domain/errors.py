"""Errors a person can cause, each carrying the one friendly line they are told."""

# How much of what a person typed an error notice repeats: enough to recognise, never an essay
# (fuzzing once drew a 93,927-character answer, past Slack's 40,000).
QUOTE_LIMIT = 200


def quoted(text: str, limit: int = QUOTE_LIMIT) -> str:
    """What a person typed, in quotation marks, its spaces collapsed and cut to `limit` characters."""
    words = " ".join(str(text).split())
    return f"“{words[:limit]}…”" if len(words) > limit else f"“{words}”"


class DomainError(Exception):
    """A request that cannot be carried out; `str(error)` is safe to show to the user."""


class BadDate(DomainError):
    """A date that cannot be read, does not exist, or has passed."""


class NotFound(DomainError):
    """An unknown reference, board or member."""


class NotAllowed(DomainError):
    """The caller may not do this."""


class NotLinked(DomainError):
    """The caller matches no member of any board."""


class BadInput(DomainError):
    """Text that is empty, too long, or not in the expected form."""
