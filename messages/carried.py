"""What an import makes of the minutes' carried actions, one line each: the earlier action each one
is, or that it matches none and is added as new; and, among the uncertain things, those that could be
more than one. Teams cards and the `import-minutes --dry-run` summary render these lines; Slack says
the same in templates/minutes_carried.j2."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from domain.refs import format_ref
from messages.document import Line, line, strong

MAX_LISTED = 20


def _refs(code: str, numbers: Sequence[int]) -> str:
    refs = [format_ref(code, n) for n in numbers]
    return ", ".join(refs[:-1]) + " or " + refs[-1] if len(refs) > 1 else "".join(refs)


def carried_line(outcome: Any, code: str, *, recorded: bool) -> Line:
    """One carried action: the earlier action it is (and how it was found), or that it is new."""
    head = ("Carried “", outcome.what, "”: ")
    if outcome.matched:
        return line(*head, "is ", strong(format_ref(code, outcome.number)), f" “{outcome.earlier_what}” "
                    f"({outcome.how})", bullet=True)
    if outcome.uncertain:
        tail = f"could be {_refs(code, outcome.could_be)}, so "
    else:
        tail = "matches no open action, so " if not recorded else "matched no open action, so "
    if recorded and outcome.number is not None:
        return line(*head, tail, "it was added as new, ", strong(format_ref(code, outcome.number)), bullet=True)
    return line(*head, tail, "it will be added as new", bullet=True)


def carried_lines(outcomes: Sequence[Any], code: str, *, recorded: bool = False) -> list[Line]:
    """A line for each carried action, at most MAX_LISTED and a count of the rest."""
    lines = [carried_line(o, code, recorded=recorded) for o in outcomes[:MAX_LISTED]]
    if len(outcomes) > MAX_LISTED:
        lines.append(line(f"…and {len(outcomes) - MAX_LISTED} more carried actions.", small=True))
    return lines


def uncertain_matches(outcomes: Sequence[Any], code: str) -> list[str]:
    """The carried actions that matched two earlier actions equally, for the list of what could not
    be placed: "carried action could be HWB-12 or HWB-15, so it will be added as new: …"."""
    return [f"carried action could be {_refs(code, o.could_be)}, so it will be added as new: {o.what}"
            for o in outcomes if o.uncertain]


def with_carried(summary: str, outcomes: Sequence[Any], code: str) -> str:
    """The `--dry-run` summary of a reading (minutes.summary) with a line for each carried action before
    what could not be placed, and the uncertain ones among the things that could not be placed."""
    if not outcomes:
        return summary
    head, found, tail = summary.partition("\n  could not place:")
    section = ["  carried actions:", *(f"    - {entry.text}" for entry in carried_lines(outcomes, code))]
    doubts = [f"    ! {doubt}" for doubt in uncertain_matches(outcomes, code)]
    if not found:
        return "\n".join([summary, *section, *(["  could not place:", *doubts] if doubts else [])])
    tail = tail.removeprefix(" nothing") if doubts else tail
    return "\n".join([head, *section, "  could not place:" + tail, *doubts])
