"""Reading minutes documents: files to text (`extract_text`) and text to `Minutes`."""

from minutes.errors import MinutesFileError
from minutes.files import SUPPORTED, extract_document, extract_text, minutes_paths
from minutes.model import Action, AgendaItem, Apology, Attendee, Declaration, Minutes, NextMeeting
from minutes.reader import read_minutes

__all__ = [
    "SUPPORTED", "Action", "AgendaItem", "Apology", "Attendee", "Declaration", "Minutes", "MinutesFileError",
    "NextMeeting", "extract_document", "extract_text", "minutes_paths", "read_minutes",
]
