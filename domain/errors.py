"""Errors a person can cause, each carrying the one friendly line they are told."""


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
