"""Reading speed of the minutes reader beside a baseline revision's, in one run.

    .venv/bin/python bench/reader_speed.py [--baseline REF] [--repeat N]

Reads the 200-page document of bench/imports.py (text) and the same minutes as markdown
and as HTML, with this checkout's reader and with the reader at REF (default `main`,
unpacked with `git archive` into a temporary folder). N rounds, each reading every input
once with the baseline and once with this checkout, each in a fresh process, the two
taking turns (so a machine that other work slows for a while slows both alike). Prints
the best round of each in CPU seconds of the reading process (wall-clock time on a shared
machine swings with its load), and the wall-clock best beside it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_TIMER = """
import json, random, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from bench.imports import document
from minutes import extract_text, read_minutes
folder, repeat = Path(sys.argv[1]), int(sys.argv[3])
rng = random.Random(3)
text = document(1, date(2015, 3, 5), 300, rng, filler=2_400)
lines = text.split("\\n")
md = "\\n".join(("## " + l if l[:1].isdigit() else "| " + l.replace("\\t", " | ") + " |" if "\\t" in l else l) for l in lines)
header = "| What | Who | When |\\n| --- | --- | --- |"
md = md.replace("| What | Who | When |", header)
html = "<html><body>" + "".join(
    f"<h2>{l}</h2>" if l[:1].isdigit() else f"<p>{l}</p>" for l in lines if "\\t" not in l) + "<table>" + "".join(
    "<tr>" + "".join(f"<td>{c}</td>" for c in l.split("\\t")) + "</tr>" for l in lines if "\\t" in l) + "</table></body></html>"
found = {}
for name, body in (("text", text), ("markdown", md), ("html", html)):
    path = folder / f"long.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[name] }"
    path.write_text(body)
    best, wall, actions = None, None, 0
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            actions = len(read_minutes(extract_text(path)).actions)
        except Exception as error:
            actions = f"cannot read: {error}"
            break
        spent, spent_wall = time.process_time() - cpu, time.perf_counter() - started
        best = spent if best is None else min(best, spent)
        wall = spent_wall if wall is None else min(wall, spent_wall)
    found[name] = {"seconds": best, "wall": wall, "actions": actions, "kib": len(body.encode()) // 1024}
print(json.dumps(found))
"""


def timed(code_root: Path, folder: Path, repeat: int) -> dict:
    done = subprocess.run([sys.executable, "-c", _TIMER, str(folder), str(code_root), str(repeat)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="main")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "baseline"
        archive = subprocess.run(["git", "archive", args.baseline, "minutes", "domain", "bench"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(base, filter="data")
        work = Path(folder) / "work"
        work.mkdir()
        rounds = [(timed(base, work, 1), timed(ROOT, work, 1)) for _ in range(max(1, args.repeat))]
    before, after = (_best([round_[side] for round_ in rounds]) for side in (0, 1))
    print(f"| input | {args.baseline}: CPU (wall) | this checkout: CPU (wall) |\n|---|---:|---:|")
    for name in ("text", "markdown", "html"):
        cells = []
        for found in (before[name], after[name]):
            if found["seconds"] is None:
                cells.append(str(found["actions"])[:40])
            else:
                cells.append(f"{found['seconds']:.2f} s ({found['wall']:.2f} s), {found['actions']} actions")
        print(f"| 200 pages as {name} ({after[name]['kib']} KiB) | {cells[0]} | {cells[1]} |")
    return 0


def _best(rounds: list[dict]) -> dict:
    """Each input's best round: the least CPU time and, apart, the least wall-clock time."""
    best = {}
    for name in rounds[0]:
        read = [found[name] for found in rounds if found[name]["seconds"] is not None]
        if not read:
            best[name] = rounds[0][name]
            continue
        best[name] = dict(min(read, key=lambda found: found["seconds"]), wall=min(found["wall"] for found in read))
    return best


if __name__ == "__main__":
    sys.exit(main())
