"""Throughput: ``detente code`` end to end against a plain full spaCy parse of the same texts.

Both are measured in this process, interleaved run by run, on the same corpus and
the same number of processes:

* baseline — ``nlp.pipe(texts, n_process=W)`` with every pipeline component (texts
  already in memory, model already loaded: only the parse is timed);
* detente — read the corpus files, code them with the fast engine
  (:func:`detente.parallel.code_articles_fast`, W worker processes, started inside
  the timed region) and store everything in a fresh SQLite database — the same
  calls ``detente code DIR --db FILE --quiet --workers W`` makes.

Prints articles/second of each (median of the runs) and their ratio, plus the CPU
seconds per article that each used over all its processes (this process, its
workers; from ``getrusage``): the work done, which other jobs on a shared machine
disturb much less than the wall clock.

Usage:
    python benchmarks/bench_throughput.py [--articles 240] [--runs 3] [--workers 2]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

STORE_BATCH = 64


def run_detente(corpus: Path, db: Path, workers: int, *, prefilter: bool = True) -> tuple[int, int]:
    """Read → code → store, as ``detente code`` does; returns (articles, mentions stored)."""
    from detente.ingest import read_paths
    from detente.parallel import code_articles_fast
    from detente.store import Store

    articles = mentions = 0
    with Store(db) as store:
        batch = []
        for item in code_articles_fast(read_paths([corpus]), workers=workers, prefilter=prefilter):
            articles += 1
            batch.append(item)
            if len(batch) >= STORE_BATCH:
                mentions += store.add_batch(batch).mentions_added
                batch = []
        if batch:
            mentions += store.add_batch(batch).mentions_added
    return articles, mentions


def run_baseline(nlp, texts: list[str], workers: int) -> int:
    """Full parse of every text with every component; returns the number of tokens."""
    return sum(len(doc) for doc in nlp.pipe(texts, n_process=workers, batch_size=16))


def reap_children() -> None:
    """Wait for finished worker processes: ``getrusage`` counts a child's CPU only once it has
    been waited for (spaCy terminates its workers without waiting; left alone, their CPU would
    be counted in whichever measurement next starts a process)."""
    for child in multiprocessing.active_children():
        child.join()


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def filter_share(corpus: Path, limit: int = 60) -> tuple[int, int, int]:
    """(sentences parsed, sentences given entities, sentences in total) for the first ``limit`` articles."""
    from itertools import islice

    from detente.ingest import read_paths
    from detente.parallel import FastCoder

    engine = FastCoder()
    engine.code(list(islice(read_paths([corpus]), limit)))
    return engine.sentences_parsed, engine.sentences_entities, engine.sentences_total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=240, help="corpus size (default 240)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median reported; default 3)")
    parser.add_argument("--workers", type=int, default=2, help="processes for both (default 2)")
    args = parser.parse_args()

    from detente.ingest import read_paths
    from detente.nlp import load_pipeline

    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", args.articles)
        texts = [article.text for article in read_paths([corpus])]
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(texts)} articles, {words} words ({words / len(texts):.0f} per article); "
              f"workers: {args.workers}; runs: {args.runs}")
        parsed, entities, total = filter_share(corpus)
        print(f"pre-filter: {parsed}/{total} sentences parsed ({parsed / total:.0%}), {entities} "
              f"({entities / total:.0%}) given entities, in the first 60 articles")
        nlp = load_pipeline()
        run_baseline(nlp, texts[:4], 1)  # warm-up
        base_rates, fast_rates, base_cpu, fast_cpu = [], [], [], []
        for run in range(args.runs):
            started, cpu = time.perf_counter(), cpu_seconds()
            run_baseline(nlp, texts, args.workers)
            base = time.perf_counter() - started
            reap_children()
            base_cpu.append((cpu_seconds() - cpu) / len(texts))
            db = Path(tmp) / f"run{run}.db"
            started, cpu = time.perf_counter(), cpu_seconds()
            coded, mentions = run_detente(corpus, db, args.workers)
            fast = time.perf_counter() - started
            fast_cpu.append((cpu_seconds() - cpu) / coded)
            assert coded == len(texts), (coded, len(texts))
            base_rates.append(len(texts) / base)
            fast_rates.append(coded / fast)
            print(f"run {run + 1}: baseline {base:6.1f}s {base_rates[-1]:6.2f} art/s {base_cpu[-1]:.3f} cpu-s/art | "
                  f"detente code {fast:6.1f}s {fast_rates[-1]:6.2f} art/s {fast_cpu[-1]:.3f} cpu-s/art "
                  f"({mentions} mentions stored) | ratio {fast_rates[-1] / base_rates[-1]:.2f}", flush=True)
        base_median, fast_median = statistics.median(base_rates), statistics.median(fast_rates)
        print(f"median: baseline nlp.pipe full parse {base_median:.2f} articles/s; "
              f"detente code (read+code+store) {fast_median:.2f} articles/s; "
              f"ratio {fast_median / base_median:.2f}x")
        print(f"median CPU per article: baseline {statistics.median(base_cpu):.3f}s; detente code "
              f"{statistics.median(fast_cpu):.3f}s; work ratio {statistics.median(base_cpu) / statistics.median(fast_cpu):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
