"""The public Python API as the README shows it."""

from __future__ import annotations

import detente


def test_lazy_exports_resolve():
    for name in detente.__all__:
        assert getattr(detente, name) is not None


def test_readme_example(tmp_path):
    from detente import Store, code_articles, code_text, read_paths

    mentions = code_text("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State "
                         "Marco Rubio in Riyadh on Tuesday.", date="2025-02-18")
    first = mentions[0]
    assert (first.source.code, first.event_code, first.target.code) == ("RUSGOV", "040", "USAGOV")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("China accused Japan of provoking tensions near the Senkaku Islands.\n",
                                encoding="utf-8")
    with Store(tmp_path / "d.db") as store:
        result = store.add_batch(code_articles(read_paths([news])))
        assert result.articles_added == 1
        assert [e.event_code[:2] for e in store.events(source="CHN", target="JPN")] == ["11"]
