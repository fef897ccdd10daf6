"""Dask engine: partitions coded on a LocalCluster equal the single-process run; Parquet layout; loading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.errors import ConfigError
from detente.records import Article
from detente.scale import list_inputs, partition_files

pytest.importorskip("distributed")

STORIES = [
    ("Germany", "Iran", "condemned", "for the detention of its citizens"),
    ("Russia", "China", "signed an agreement with", "on energy supplies"),
    ("France", "Mali", "withdrew its ambassador from", "after the coup"),
    ("Japan", "South Korea", "met", "in Seoul to discuss trade"),
    ("Turkey", "Greece", "accused", "of violating its airspace"),
    ("Egypt", "Israel", "hosted talks with", "on a ceasefire in Gaza"),
]


def write_inputs(folder: Path) -> Path:
    """Six text files and one JSONL file with two records: eight articles."""
    folder.mkdir()
    for number, (a, b, verb, rest) in enumerate(STORIES):
        text = (f"{a} {verb} {b} {rest} on Monday, officials said.\n\n"
                f"Markets were calm. The minister said {b} had not responded.\n")
        (folder / f"story{number}.txt").write_text(text, encoding="utf-8")
    records = [{"id": "j1", "date": "2024-03-05", "text": "Poland expelled two Belarusian diplomats on Tuesday."},
               {"id": "j2", "date": "2024-03-06", "text": "Heavy rain fell. Kenya sent aid to Somalia."}]
    (folder / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (folder / "README.md").write_text("not news", encoding="utf-8")
    return folder


def test_list_inputs_and_partitions(tmp_path: Path):
    folder = write_inputs(tmp_path / "in")
    files = list_inputs([folder])
    assert [f.name for f in files] == [f"story{i}.txt" for i in range(6)] + ["wire.jsonl"]
    groups = partition_files(files, 3)
    assert 1 < len(groups) <= 3 and [f for g in groups for f in g] == files
    assert all(groups)
    assert partition_files(files, 50) == [[f] for f in files]
    with pytest.raises(ConfigError):
        list_inputs(["-"])
    with pytest.raises(ConfigError):
        list_inputs([tmp_path / "missing"])


@pytest.mark.slow
def test_dask_local_cluster_equals_single_process(tmp_path: Path):
    import pyarrow.parquet as pq
    from distributed import LocalCluster

    from detente.ingest import read_paths
    from detente.parallel import code_articles_fast
    from detente.scale import code_with_dask, iter_coded, load_parquet
    from detente.store import Store

    folder = write_inputs(tmp_path / "in")
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = code_with_dask([folder], out, scheduler=cluster.scheduler_address, partitions=3)
    assert (summary["partitions"], summary["files"], summary["articles"]) == (3, 7, 8)
    assert summary["errors"] == []
    assert sorted(p.name for p in (out / "mentions").iterdir()) == [f"part-{i:05d}.parquet" for i in range(3)]
    assert json.loads((out / "_summary.json").read_text())["mentions"] == summary["mentions"]

    columns = pq.read_schema(out / "mentions" / "part-00000.parquet").names
    assert columns[0] == "doc_id" and {"source_code", "target_code", "event_code", "article_row"} <= set(columns)

    single = list(code_articles_fast(read_paths([folder]), workers=1))
    distributed = list(iter_coded(out))
    assert [c.article.to_dict() for c in distributed] == [c.article.to_dict() for c in single]
    assert [c.sentences for c in distributed] == [c.sentences for c in single]
    assert [[m.to_dict() for m in c.mentions] for c in distributed] == \
        [[m.to_dict() for m in c.mentions] for c in single]
    assert summary["mentions"] == sum(len(c.mentions) for c in single) > 0

    with Store(tmp_path / "dask.db") as from_dask, Store(tmp_path / "single.db") as direct:
        loaded = load_parquet(out, from_dask)
        stored = direct.add_batch(single)
        assert loaded["articles_added"] == stored.articles_added == 8
        assert loaded["mentions_added"] == stored.mentions_added
        assert [m.to_dict() for m in from_dask.mentions()] == [m.to_dict() for m in direct.mentions()]
        assert load_parquet(out, from_dask)["articles_added"] == 0  # idempotent


@pytest.mark.slow
def test_dask_without_scheduler_starts_a_local_cluster(tmp_path: Path):
    from detente.scale import code_with_dask, iter_coded

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Russia condemned Ukraine on Monday.\n", encoding="utf-8")
    summary = code_with_dask([folder], tmp_path / "out", workers=1)
    assert summary["articles"] == 1
    [coded] = list(iter_coded(tmp_path / "out"))
    assert isinstance(coded.article, Article) and coded.article.paragraphs == ["Russia condemned Ukraine on Monday."]


def test_load_parquet_of_an_empty_folder_is_a_config_error(tmp_path: Path):
    from detente.scale import load_parquet
    from detente.store import Store

    with Store(":memory:") as store, pytest.raises(ConfigError, match="no articles"):
        load_parquet(tmp_path, store)
