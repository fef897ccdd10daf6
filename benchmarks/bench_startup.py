"""Startup: ``detente code`` on one short article, and where import time goes.

Runs ``detente code ARTICLE --db FILE`` as a fresh process several times (median
reported; one short article never starts worker processes), ``detente --help``
for the CLI's own start-up, and ``python -X importtime`` of that command to list
the slowest imports.

Usage:
    python benchmarks/bench_startup.py [--runs 3]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = ("Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday.\n\n"
           "The two ministers agreed to deepen cooperation on energy, officials said.\n")
CLI = [sys.executable, "-m", "detente.cli"]


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def slowest_imports(command: list[str], top: int = 12) -> list[tuple[float, str]]:
    """(cumulative seconds, module) of the slowest top-level imports of ``command``."""
    result = subprocess.run([command[0], "-X", "importtime", *command[1:]], capture_output=True, text=True)
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(3)) <= 1:  # top-level imports only
            rows.append((int(match.group(2)) / 1e6, match.group(4)))
    return sorted(rows, reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="detente-start-") as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        code = [*CLI, "code", str(article), "--db", str(Path(tmp) / "one.db"), "-o", str(Path(tmp) / "out.jsonl")]
        help_times = [timed([*CLI, "--help"]) for _ in range(args.runs)]
        code_times = [timed(code) for _ in range(args.runs)]
        print(f"detente --help:                 median {statistics.median(help_times):.2f}s "
              f"(runs: {', '.join(f'{t:.2f}' for t in help_times)})")
        print(f"detente code <one article> --db: median {statistics.median(code_times):.2f}s "
              f"(runs: {', '.join(f'{t:.2f}' for t in code_times)})")
        print("slowest top-level imports of `detente code` (cumulative seconds):")
        for seconds, module in slowest_imports(code):
            print(f"  {seconds:6.3f}  {module}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
