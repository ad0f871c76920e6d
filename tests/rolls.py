"""The names a reading of invented minutes puts on its roll: what the reader's roll tests compare."""

from minutes import read_minutes


def present(text: str) -> list[str]:
    return [attendee.name for attendee in read_minutes(text).present]


def apologies(text: str) -> list[str]:
    return [apology.name for apology in read_minutes(text).apologies]
