"""Reading minutes documents: files to text (`extract_text`) and text to `Minutes`.

The names below are loaded on first use, so that importing one light module of the
package (the JSON shape for `--help`, say) does not load the parsers and date readers."""

from importlib import import_module
from typing import Any

_HOMES = {
    "MinutesFileError": "minutes.errors",
    "SUPPORTED": "minutes.files", "extract_document": "minutes.files", "extract_text": "minutes.files",
    "minutes_paths": "minutes.files",
    "Action": "minutes.model", "AgendaItem": "minutes.model", "Apology": "minutes.model",
    "Attendee": "minutes.model", "Declaration": "minutes.model", "Minutes": "minutes.model",
    "NextMeeting": "minutes.model",
    "read_minutes": "minutes.reader",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'minutes' has no attribute {name!r}")
    value = getattr(import_module(_HOMES[name]), name)
    globals()[name] = value
    return value
