"""Benchmark of matching carried actions: 50 carried actions of a later meeting's minutes against a
board's 10,000 earlier open actions, beside the exact matching it replaces, in the same run; and the
register read that feeds it, beside the read it replaces.

    .venv/bin/python bench/carried_match.py [--earlier 10000] [--carried 50] [--repeat 5]

The actions are generated from a board's vocabulary (invented): a verb, a subject and a qualifier, so
that many share words. Of the carried ones, four in five restate an earlier action in other words
(terser, reordered, an abbreviation, progress words), one in five is new.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from domain.carried_match import Earlier, Wanted, _read_word, _stem, match_carried, same_text  # noqa: E402

VERBS = ["Circulate", "Review", "Report on", "Write to partners about", "Arrange a session on", "Update the board on",
         "Share", "Bring a paper on", "Seek advice on", "Confirm the timetable for"]
SUBJECTS = ["the terms of reference", "the joint strategic needs assessment", "delayed transfers of care",
            "the risk register", "the domestic abuse needs assessment", "the better care fund",
            "the homelessness strategy", "the winter vaccination campaign", "youth violence", "the bus shelter",
            "the community hall lease", "GP access", "anti-social behaviour", "the carers strategy",
            "the suicide prevention plan", "the pharmaceutical needs assessment", "the estates review",
            "the workforce plan", "the data sharing agreement", "the complaints policy"]
PLACES = ["Ashbourne", "Bakewell", "Belper", "Buxton", "Chapel", "Clay Cross", "Dronfield", "Glossop", "Heanor",
          "Ilkeston", "Matlock", "Ripley", "Swadlincote", "Wirksworth", "Alfreton", "Bolsover", "Eckington",
          "Hadfield", "Long Eaton", "Shirebrook", "Tideswell", "Hathersage", "Ashover", "Crich", "Duffield"]
PARTNERS = ["the police", "the NHS trust", "the housing association", "the voluntary sector"]
TERSE = {"Circulate": "circulation", "Review": "review", "Report on": "report", "Write to partners about": "letter",
         "Arrange a session on": "session", "Update the board on": "update", "Share": "to share",
         "Bring a paper on": "paper", "Seek advice on": "advice awaited", "Confirm the timetable for": "timetable"}


def earlier_actions(count: int) -> list[tuple[str, str, str, str]]:
    """`count` distinct actions (up to 20,000): (verb, subject, place, partner)."""
    found = []
    for n in range(count):
        found.append((VERBS[n % len(VERBS)], SUBJECTS[n // len(VERBS) % len(SUBJECTS)],
                      PLACES[n // (len(VERBS) * len(SUBJECTS)) % len(PLACES)],
                      PARTNERS[n // (len(VERBS) * len(SUBJECTS) * len(PLACES)) % len(PARTNERS)]))
    return found


def text(verb: str, subject: str, place: str, partner: str) -> str:
    return f"{verb} {subject} for the {place} locality with {partner}"


def restated(verb: str, subject: str, place: str, partner: str, rng: random.Random) -> str:
    """The same action as a later meeting's matters arising would write it."""
    subject, partner = subject.removeprefix("the "), partner.removeprefix("the ")
    return rng.choice([f"{place} {subject} {TERSE[verb]} ({partner}) - ongoing",
                       f"{subject.capitalize()} for {place} with {partner}: {TERSE[verb]} - c/f",
                       f"{TERSE[verb].capitalize()} re {subject} ({place}, {partner})"])


def workload(earlier: int, carried: int, seed: int = 7) -> tuple[list[Earlier], list[Wanted], list[int]]:
    rng = random.Random(seed)
    actions = earlier_actions(earlier)
    pool = [Earlier(n, n + 1, text(*a)) for n, a in enumerate(actions)]
    chosen = rng.sample(range(earlier), carried)
    wanted, expected = [], []
    for k, n in enumerate(chosen):
        if k % 5 == 4:
            wanted.append(Wanted(f"New item {k}: scope a pilot of social prescribing in {PLACES[k % len(PLACES)]}"))
            expected.append(None)
        else:
            wanted.append(Wanted(restated(*actions[n], rng)))
            expected.append(n + 1)
    return pool, wanted, expected


def exact(pool: list[Earlier], wanted: list[Wanted]) -> list[Earlier | None]:
    """The matching the register did before: the same words after case and spacing, nothing else."""
    by_text = {same_text(e.what): e for e in pool}
    return [by_text.get(same_text(w.what)) for w in wanted]


def timed(function, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.process_time()  # CPU time: the machine is shared, and wall time follows its load
        result = function()
        times.append(time.process_time() - start)
    return median(times), result


def register_reads(earlier: int, repeat: int) -> tuple[float, float]:
    """Seconds to read a board's earlier actions for matching on SQLite: the rows the matcher needs
    (open_actions_raised_before) against what the register read before (actions_of_board, 10,000
    entities with their board, owner and meeting)."""
    import tempfile

    from sqlalchemy import insert

    from storage.database import Database, upgrade
    from storage.models import Action, Board, Meeting

    with tempfile.TemporaryDirectory() as folder:
        db = Database.connect(f"sqlite:///{folder}/bench.db")
        upgrade(db.engine)
        start = datetime(2025, 10, 14, 9, tzinfo=timezone.utc)
        with db.unit_of_work() as reg:
            board = reg.add_board(name="Bench Health and Wellbeing Board", code="BHWB", timezone="Europe/London",
                                  created_at=start)
            meeting = reg.add_meeting(board_id=board.id, starts_at=start, status="held", sequence=0)
            reg.session.execute(insert(Action), [
                {"board_id": board.id, "number": n + 1, "meeting_id": meeting.id, "what": text(*a), "status": "open",
                 "created_at": start, "due_date": date(2026, 1, 1) + timedelta(days=n % 90)}
                for n, a in enumerate(earlier_actions(earlier))])
            board_id = board.id
        later = start + timedelta(days=91)

        def rows() -> int:
            with db.unit_of_work() as reg:
                return len(reg.open_actions_raised_before(board_id, later, limit=earlier))

        def entities() -> int:
            with db.unit_of_work() as reg:
                return len(reg.actions_of_board(board_id, limit=earlier))

        assert rows() == entities() == earlier
        new, _ = timed(rows, repeat)
        old, _ = timed(entities, repeat)
        db.engine.dispose()
        del Board, Meeting
    return old, new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--earlier", type=int, default=10_000)
    parser.add_argument("--carried", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pool, wanted, expected = workload(args.earlier, args.carried)
    base, found_exact = timed(lambda: exact(pool, wanted), args.repeat)
    # Each run starts with no word remembered, as a new process would.
    took, found = timed(lambda: (_stem.cache_clear(), _read_word.cache_clear(),
                                 match_carried(wanted, pool, code="BHWB"))[2], args.repeat)
    right = sum(1 for m, want in zip(found, expected) if (m.earlier.number if m.earlier else None) == want)
    wrong = sum(1 for m, want in zip(found, expected) if m.earlier is not None and m.earlier.number != want)
    print(f"{args.carried} carried actions against {args.earlier:,} earlier open actions "
          f"(CPU, median of {args.repeat}):")
    print(f"  exact words (baseline):     {base * 1000:8.1f} ms, "
          f"{sum(e is not None for e in found_exact)} matched")
    print(f"  likeness (carried_match):   {took * 1000:8.1f} ms, "
          f"{sum(m.earlier is not None for m in found)} matched, {right} of {len(expected)} as generated, "
          f"{sum(m.uncertain for m in found)} uncertain, {wrong} wrong")
    old, new = register_reads(args.earlier, args.repeat)
    print(f"reading the board's {args.earlier:,} open actions on SQLite (CPU, median of {args.repeat}):")
    print(f"  actions_of_board, entities (baseline): {old * 1000:8.1f} ms")
    print(f"  open_actions_raised_before, rows:      {new * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
