"""Errors about minutes files, each carrying one line a person can act on."""


class MinutesFileError(Exception):
    """A minutes file that cannot be read; `str(error)` is one clear human line."""
