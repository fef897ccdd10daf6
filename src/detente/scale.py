"""Distributed coding with Dask: partitions of input files coded on workers, written as Parquet.

Layout of ``out_dir`` (one part per partition, numbered in input order)::

    out_dir/articles/part-00000.parquet   one row per article: id, metadata, paragraphs,
                                          sentence_starts / sentence_ends (offsets in the text)
    out_dir/mentions/part-00000.parquet   one row per mention: the columns of
                                          ``detente.export.flat.MENTION_COLUMNS`` (doc_id first,
                                          actors, codes, modality, evidence offsets) plus
                                          ``article_row``, the article's row in the matching
                                          articles part
    out_dir/_summary.json                 counts and errors of the run

Every worker loads the spaCy pipeline and the coder once (a per-process cache) and
codes its partition with the same engine as ``detente code``
(:class:`detente.parallel.FastCoder`), so the mentions equal a single-process run.
Input paths and ``out_dir`` must be reachable under the same names from every worker
(a shared filesystem); ``out_dir`` may also be a URI pyarrow understands (``s3://…``,
``gs://…``, ``hdfs://…``). :func:`load_parquet` stores a finished run in a database.

Requires the ``dask`` extra (``dask[dataframe]`` and ``distributed``).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from detente.errors import ConfigError, DetenteError, InputError
from detente.records import ActorRef, Article, CodedArticle, Location, Mention

if TYPE_CHECKING:
    import pyarrow as pa

    from detente.parallel import FastCoder
    from detente.store import Store

logger = logging.getLogger(__name__)

ARTICLES = "articles"
MENTIONS = "mentions"
SUMMARY = "_summary.json"
PART = "part-{:05d}.parquet"
CODE_BATCH = 16
STORE_BATCH = 64
ARTICLE_COLUMNS = ("id", "title", "subtitle", "authors", "published", "url", "publisher", "source_path",
                   "format", "record", "paragraphs", "sentence_starts", "sentence_ends")


def _require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise ConfigError("the Dask engine needs the 'dask' extra: pip install 'detente[dask]'") from None


# -- schemas and rows ------------------------------------------------------------------------

def article_schema() -> pa.Schema:
    """Arrow schema of the ``articles`` parts."""
    import pyarrow as pa

    text, ints = pa.string(), pa.list_(pa.int64())
    return pa.schema([("id", text), ("title", text), ("subtitle", text), ("authors", pa.list_(text)),
                      ("published", text), ("url", text), ("publisher", text), ("source_path", text),
                      ("format", text), ("record", pa.int64()), ("paragraphs", pa.list_(text)),
                      ("sentence_starts", ints), ("sentence_ends", ints)])


def mention_schema() -> pa.Schema:
    """Arrow schema of the ``mentions`` parts (the export's mention columns plus ``article_row``)."""
    import pyarrow as pa

    from detente.export.flat import MENTION_COLUMNS

    ints = {"sentence_index", "source_start", "source_end", "target_start", "target_end",
            "sentence_start", "sentence_end", "verb_start", "verb_end", "quad_class"}
    floats = {"goldstein", "confidence", "location_lat", "location_lon"}
    bools = {"negated", "hypothetical"}

    def kind(name: str) -> pa.DataType:
        if name in ints:
            return pa.int64()
        if name in floats:
            return pa.float64()
        return pa.bool_() if name in bools else pa.string()

    return pa.schema([(name, kind(name)) for name in MENTION_COLUMNS] + [("article_row", pa.int64())])


def _article_row(item: CodedArticle) -> dict[str, Any]:
    article = item.article
    return {"id": article.id, "title": article.title, "subtitle": article.subtitle,
            "authors": list(article.authors), "published": article.published, "url": article.url,
            "publisher": article.publisher, "source_path": article.source_path, "format": article.format,
            "record": article.record, "paragraphs": list(article.paragraphs),
            "sentence_starts": [s for s, _ in item.sentences], "sentence_ends": [e for _, e in item.sentences]}


def _mention_row(mention: Mention, article_row: int) -> dict[str, Any]:
    from detente.export.flat import mention_row

    row = mention_row(mention)
    row["confidence"] = mention.confidence  # full precision: loading must give back the same mention
    row["article_row"] = article_row
    return row


def _actor(row: dict[str, Any], prefix: str) -> ActorRef | None:
    code = row[f"{prefix}_code"]
    if code is None:
        return None
    return ActorRef(code, row[f"{prefix}_name"], row[f"{prefix}_text"], row[f"{prefix}_start"], row[f"{prefix}_end"])


def mention_from_row(row: dict[str, Any]) -> Mention:
    """Rebuild a :class:`Mention` from a row of a ``mentions`` part."""
    location = None
    if row["location_name"] is not None:
        location = Location(row["location_name"], row["location_country"], row["location_lat"], row["location_lon"])
    return Mention(
        doc_id=row["doc_id"], sentence_index=row["sentence_index"], sentence=row["sentence"],
        sentence_start=row["sentence_start"], source=_actor(row, "source"), target=_actor(row, "target"),
        event_code=row["event_code"], root_code=row["root_code"], quad_class=row["quad_class"],
        goldstein=row["goldstein"], plover_type=row["plover_type"], plover_mode=row["plover_mode"],
        negated=row["negated"], hypothetical=row["hypothetical"], date=row["date"], location=location,
        confidence=row["confidence"], rule=row["rule"], verb_text=row["verb"], verb_start=row["verb_start"],
        verb_end=row["verb_end"],
    )


def article_from_row(row: dict[str, Any]) -> tuple[Article, list[tuple[int, int]]]:
    """Rebuild an article and its sentence offsets from a row of an ``articles`` part."""
    article = Article(
        id=row["id"], paragraphs=list(row["paragraphs"]), title=row["title"], subtitle=row["subtitle"],
        authors=list(row["authors"] or []), published=row["published"], url=row["url"],
        publisher=row["publisher"], source_path=row["source_path"], format=row["format"], record=row["record"],
    )
    return article, list(zip(row["sentence_starts"], row["sentence_ends"]))


# -- input partitioning ----------------------------------------------------------------------

def list_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Input files in reading order: files as given, directories walked recursively.

    Hidden files and README/LICENSE-like files are passed over, as ``detente code`` does.

    Raises:
        ConfigError: A path does not exist, or is ``-`` (stdin cannot be partitioned).
    """
    files: list[Path] = []
    for entry in paths:
        if str(entry) == "-":
            raise ConfigError("the Dask engine reads files, not stdin — save the input to a file first")
        path = Path(entry)
        if path.is_dir():
            from detente.ingest import walk_files

            files.extend(walk_files(path))
        elif path.exists():
            files.append(path)
        else:
            raise ConfigError(f"{path}: no such file or directory — check the path")
    return files


def partition_files(files: Sequence[Path], partitions: int) -> list[list[Path]]:
    """Split ``files`` into at most ``partitions`` contiguous groups of similar total size.

    A file goes to the group its size midpoint falls into, so groups keep input order.
    """
    if not files:
        return []
    partitions = max(1, min(partitions, len(files)))
    sizes = [max(1, f.stat().st_size) for f in files]
    target = sum(sizes) / partitions
    groups: list[list[Path]] = [[] for _ in range(partitions)]
    done = 0
    for path, size in zip(files, sizes):
        groups[min(partitions - 1, int((done + size / 2) // target))].append(path)
        done += size
    return [group for group in groups if group]


# -- worker side -----------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _engine(verbs: tuple[str, ...], actors: tuple[str, ...]) -> FastCoder:
    """The per-process pipeline and coder, loaded once per Dask worker."""
    from detente.coding import Coder
    from detente.parallel import FastCoder

    coder = Coder.with_extra(verbs=verbs, actors=actors) if (verbs or actors) else None
    return FastCoder(coder)


def _filesystem(out_dir: str) -> tuple[Any, str]:
    from pyarrow import fs

    if "://" in out_dir:
        return fs.FileSystem.from_uri(out_dir)
    return fs.LocalFileSystem(), str(Path(out_dir).resolve())


def code_partition(number: int, files: Sequence[str], out_dir: str, verbs: tuple[str, ...] = (),
                   actors: tuple[str, ...] = ()) -> dict[str, Any]:
    """Code one partition and write its ``articles`` and ``mentions`` parts (runs on a worker).

    Returns:
        ``{"partition", "files", "articles", "mentions", "errors"}``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from detente.ingest import read_paths

    errors: list[str] = []
    engine = _engine(tuple(verbs), tuple(actors))
    filesystem, root = _filesystem(out_dir)
    name = PART.format(number)
    articles_schema, mentions_schema = article_schema(), mention_schema()
    counts = {"partition": number, "files": len(files), "articles": 0, "mentions": 0}

    def report(error: InputError) -> None:
        errors.append(str(error))

    stream = read_paths(files, on_error=report)
    with filesystem.open_output_stream(f"{root}/{ARTICLES}/{name}") as article_out, \
            filesystem.open_output_stream(f"{root}/{MENTIONS}/{name}") as mention_out, \
            pq.ParquetWriter(article_out, articles_schema) as article_writer, \
            pq.ParquetWriter(mention_out, mentions_schema) as mention_writer:
        for batch in _batches(stream, CODE_BATCH):
            coded = engine.code(batch)
            article_rows = [_article_row(item) for item in coded]
            mention_rows = [_mention_row(m, counts["articles"] + i) for i, item in enumerate(coded)
                            for m in item.mentions]
            article_writer.write_table(pa.Table.from_pylist(article_rows, schema=articles_schema))
            if mention_rows:
                mention_writer.write_table(pa.Table.from_pylist(mention_rows, schema=mentions_schema))
            counts["articles"] += len(article_rows)
            counts["mentions"] += len(mention_rows)
    counts["errors"] = errors
    return counts


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- driver ----------------------------------------------------------------------------------

def code_with_dask(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    workers: int | None = None,
    verbs: Sequence[str | Path] = (),
    actors: Sequence[str | Path] = (),
) -> dict[str, Any]:
    """Code input files on a Dask cluster into partitioned Parquet under ``out_dir``.

    Args:
        paths: Files and directories (read by every worker: use a shared filesystem).
        out_dir: Output folder (or ``s3://``-style URI); its ``articles``/``mentions`` parts
            are replaced.
        scheduler: Address of a running scheduler (``tcp://host:8786``); None starts a
            LocalCluster with one single-threaded worker process per CPU.
        partitions: Number of partitions (default: 4 per worker, at most one per file).
        workers: Worker processes of the LocalCluster (default: every CPU).
        verbs: Extra verb dictionaries for the coder (paths valid on the workers).
        actors: Extra actor dictionaries for the coder.

    Returns:
        ``{"partitions", "files", "articles", "mentions", "errors", "seconds", "out_dir"}``.

    Raises:
        ConfigError: Dask is not installed, or the input is missing.
        DetenteError: A worker failed (the first failure is re-raised).
    """
    _require_dask()
    from distributed import Client, LocalCluster

    started = time.monotonic()
    files = list_inputs(paths)
    if not files:
        raise ConfigError("no input files to code — check the paths")
    out = str(out_dir)
    filesystem, root = _filesystem(out)
    target = out if "://" in out else root  # absolute: workers may run in another directory
    for table in (ARTICLES, MENTIONS):
        filesystem.create_dir(f"{root}/{table}", recursive=True)
        for info in filesystem.get_file_info(_selector(root, table)):
            if info.base_name.startswith("part-"):
                filesystem.delete_file(info.path)
    cluster = None
    if scheduler is None:
        from detente.parallel import default_workers

        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            n_workers = max(1, len(client.scheduler_info().get("workers", {})))
            groups = partition_files(files, partitions or 4 * n_workers)
            logger.info("coding %d files in %d partitions on %d Dask workers", len(files), len(groups), n_workers)
            futures = [client.submit(code_partition, number, [str(f.resolve()) for f in group], target,
                                     tuple(map(str, verbs)), tuple(map(str, actors)), pure=False)
                       for number, group in enumerate(groups)]
            results = client.gather(futures)
    finally:
        if cluster is not None:
            cluster.close()
    summary = {
        "partitions": len(results), "files": len(files),
        "articles": sum(r["articles"] for r in results), "mentions": sum(r["mentions"] for r in results),
        "errors": [e for r in results for e in r["errors"]],
        "seconds": round(time.monotonic() - started, 2), "out_dir": out,
    }
    with filesystem.open_output_stream(f"{root}/{SUMMARY}") as stream:
        stream.write(json.dumps(summary, indent=2).encode("utf-8"))
    return summary


def _selector(root: str, table: str) -> Any:
    from pyarrow import fs

    return fs.FileSelector(f"{root}/{table}", allow_not_found=True)


def iter_coded(out_dir: str | Path) -> Iterator[CodedArticle]:
    """Yield the coded articles of a finished run, part by part, in input order.

    Raises:
        ConfigError: ``out_dir`` holds no ``articles`` parts.
    """
    import pyarrow.parquet as pq

    filesystem, root = _filesystem(str(out_dir))
    parts = sorted(info.base_name for info in filesystem.get_file_info(_selector(root, ARTICLES))
                   if info.base_name.startswith("part-"))
    if not parts:
        raise ConfigError(f"{out_dir}: no {ARTICLES}/part-*.parquet files — run the Dask engine into it first")
    for part in parts:
        with filesystem.open_input_file(f"{root}/{ARTICLES}/{part}") as stream:
            article_rows = pq.read_table(stream).to_pylist()
        by_row: dict[int, list[Mention]] = {}
        mention_path = f"{root}/{MENTIONS}/{part}"
        if filesystem.get_file_info(mention_path).size:
            with filesystem.open_input_file(mention_path) as stream:
                for row in pq.read_table(stream).to_pylist():
                    by_row.setdefault(row["article_row"], []).append(mention_from_row(row))
        for index, row in enumerate(article_rows):
            article, sentences = article_from_row(row)
            yield CodedArticle(article, sentences, by_row.get(index, []))


def load_parquet(out_dir: str | Path, store: Store) -> dict[str, int]:
    """Store the coded articles of a finished run (idempotent: stored articles add nothing).

    Returns:
        Totals of the :class:`~detente.store.BatchResult` counts.
    """
    totals = {"articles_added": 0, "articles_duplicate": 0, "articles_near_duplicate": 0, "mentions_added": 0}
    batch: list[CodedArticle] = []

    def flush() -> None:
        result = store.add_batch(batch)
        for key in totals:
            totals[key] += getattr(result, key)
        batch.clear()

    try:
        for item in iter_coded(out_dir):
            batch.append(item)
            if len(batch) >= STORE_BATCH:
                flush()
        if batch:
            flush()
    except (OSError, ValueError) as exc:
        if isinstance(exc, DetenteError):
            raise
        raise ConfigError(f"{out_dir}: cannot read the Parquet parts ({exc})") from None
    return totals
