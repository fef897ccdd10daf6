"""Where the coder's own CPU goes: cProfile of ``Coder.code_doc`` and ``Coder.has_act`` only.

Codes the first N benchmark-corpus articles in-process with the fast engine
(:func:`detente.pipeline.code_articles`) and profiles only the coder's two entry points, so the
spaCy parse is left out. Prints the coder's CPU milliseconds per article and the functions
with the most own time and the most cumulative time.

Usage:
    python benchmarks/profile_coder.py [--articles 40] [--top 30] [--sort tottime] [--callers NAME] [--time-only [--repeat N]]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import iter_corpus  # noqa: E402


def profiled(method: Callable[..., Any], profiler: cProfile.Profile, spent: list[float],
             time_only: bool) -> Callable[..., Any]:
    """``method`` wrapped so that its calls, and only they, are profiled (unless ``time_only``) and timed."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        if not time_only:
            profiler.enable()
        try:
            return method(*args, **kwargs)
        finally:
            if not time_only:
                profiler.disable()
            spent[0] += time.process_time() - start
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="tottime", help="pstats sort key (tottime, cumulative, ...)")
    parser.add_argument("--callers", default="", help="also print the callers of functions matching this")
    parser.add_argument("--time-only", action="store_true", help="time the coder without the profiler")
    parser.add_argument("--repeat", type=int, default=1, help="with --time-only: runs, the fastest reported")
    args = parser.parse_args()

    from detente.parallel import local_engine
    from detente.pipeline import code_articles

    coder = local_engine().coder
    articles = list(iter_corpus(args.articles))
    list(code_articles(articles[:2]))  # warm the word caches' first fills out of the figures
    profiler = cProfile.Profile(time.process_time)  # CPU, not wall: the machine is shared
    spent = [0.0]
    coder.code_doc = profiled(coder.code_doc, profiler, spent, args.time_only)  # type: ignore[method-assign]
    coder.has_act = profiled(coder.has_act, profiler, spent, args.time_only)  # type: ignore[method-assign]
    runs = []
    for _ in range(args.repeat if args.time_only else 1):
        spent[0] = 0.0
        mentions = sum(len(coded.mentions) for coded in code_articles(articles))
        runs.append(1000 * spent[0] / len(articles))
    print(f"{len(articles)} articles, {mentions} mentions; coder CPU {min(runs):.1f} ms per article "
          f"(runs {' / '.join(f'{r:.1f}' for r in runs)})")
    if args.time_only:
        return
    stats = pstats.Stats(profiler).strip_dirs().sort_stats(args.sort)
    stats.print_stats(args.top)
    if args.callers:
        stats.print_callers(args.callers)


if __name__ == "__main__":
    main()
