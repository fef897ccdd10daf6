"""Memory: peak resident memory of ``detente code`` stays flat as the corpus grows.

Codes a corpus of N articles and one of 10×N (read → code on W worker processes →
store in SQLite, as ``detente code DIR --db FILE --quiet --workers W``) in a fresh
child process each, sampling the summed RSS of the child and its workers every
50 ms. Prints both peaks and their ratio.

Usage:
    python benchmarks/bench_memory.py [--articles 100] [--factor 10] [--workers 2]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

LIMIT = 2 * 1024 ** 3


def tree_rss(process) -> int:
    """Summed RSS of a process and all its descendants (bytes)."""
    import psutil

    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            pass
    return total


def measure(corpus: Path, db: Path, workers: int) -> tuple[int, float]:
    """Run the child on ``corpus``; return (peak summed RSS in bytes, seconds)."""
    import psutil

    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--child", str(corpus), str(db), str(workers)])
    watched = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.Error:
            break
        time.sleep(0.05)
    if child.returncode != 0:
        raise SystemExit(f"child failed with exit status {child.returncode}")
    return peak, time.perf_counter() - started


def child(corpus: str, db: str, workers: str) -> int:
    from bench_throughput import run_detente

    articles, mentions = run_detente(Path(corpus), Path(db), int(workers))
    print(f"  coded {articles} articles, stored {mentions} mentions", flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100, help="small corpus size (default 100)")
    parser.add_argument("--factor", type=int, default=10, help="large corpus = articles × factor (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--child", nargs=3, metavar=("CORPUS", "DB", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)

    peaks = []
    with tempfile.TemporaryDirectory(prefix="detente-mem-") as tmp:
        for size in (args.articles, args.articles * args.factor):
            corpus = write_corpus(Path(tmp) / f"corpus{size}", size)
            peak, seconds = measure(corpus, Path(tmp) / f"db{size}.db", args.workers)
            peaks.append(peak)
            print(f"{size:6d} articles: peak RSS {peak / 2**20:7.1f} MiB (main + {args.workers} workers) "
                  f"in {seconds:.0f}s")
    ratio = peaks[1] / peaks[0]
    print(f"peak RSS ratio {args.factor}x corpus / 1x corpus: {ratio:.2f} "
          f"({'flat' if ratio < 1.15 else 'GROWS'}); "
          f"{'below' if max(peaks) < LIMIT else 'ABOVE'} the 2 GiB budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
