"""The corpus scan: tables per text, resumable, failures skipped, SQL over Parquet, Dask = local."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tahqiq.cli import main
from tahqiq.errors import TahqiqError
from tahqiq.scan import TABLES, query, read_tables, scan, scan_to
from tahqiq.scan import run as scan_run
from tahqiq.scan import store
from tahqiq.scan.tables import date_from_name, text_tables

# Texts written for these tests (not from the corpus): dates, figures, a named entity, a note.
TEXTS = {
    "ar-2021-03-01.txt": "العلاقات التجارية\n\nفي ١٥ آذار ٢٠٢٠ وقع البلدان اتفاقاً، وبلغت التجارة ١٤٠ مليار دولار "
                         "عام ٢٠٢١، ثم ارتفعت إلى ١٩٠ مليار دولار في عام ٢٠٢٢.\n",
    "en-20220115.txt": "Trade and energy\n\nOn 4 February 2022 the two states signed a statement. Trade reached "
                       "$240 billion in 2023, up from $190 billion in 2022.\n",
    "sub/mixed.md": "## مقدمة\n\nزار الرئيس بكين في أيار ٢٠٢٤، وقال الباحث جون سميث إن النمو بلغ ٣٪ عام ٢٠١٩.\n",
}


def make_corpus(folder: Path, bad: bool = True) -> Path:
    for name, text in TEXTS.items():
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    if bad:
        (folder / "broken.txt").write_bytes(b"")  # an empty file: bad input
    return folder


def test_date_from_name():
    assert date_from_name("ar-2021-03-01.txt") == "2021-03-01"
    assert date_from_name("en-20220115.txt") == "2022-01-15"
    assert date_from_name("report_2019.md") == "2019"
    assert date_from_name("no-date.txt") is None
    assert date_from_name("id-123456.txt") is None


def test_scan_writes_every_table_and_skips_a_bad_text(tmp_path):
    corpus = make_corpus(tmp_path / "c")
    out = tmp_path / "out"
    logs: list[str] = []
    summary = scan_to([str(corpus)], out, jobs=1, date_from_names=True, progress=False, log=logs.append)
    assert summary.texts == 4 and summary.done == 3 and len(summary.failed) == 1
    assert "broken.txt" in summary.failed[0][1] and "broken.txt" in (out / "scan.log").read_text()
    assert any("broken.txt" in line for line in logs)
    tables = read_tables(out)
    assert set(tables) == set(TABLES)
    texts = tables["texts"]
    assert sorted(texts["file"]) == ["ar-2021-03-01.txt", "en-20220115.txt", "mixed.md"]
    assert dict(zip(texts["file"], texts["published"]))["en-20220115.txt"] == "2022-01-15"
    # every row quotes its raw file
    raw = {Path(p).name: Path(p).read_text(encoding="utf-8") for p in texts["path"]}
    for name in ("blocks", "dates", "figures", "entities"):
        df = tables[name]
        assert len(df), name
        for r in df.itertuples():
            assert raw[r.file][r.start:r.end] == r.text
    assert "2022-02-04" in set(tables["dates"]["start_date"])
    assert {140e9, 190e9, 240e9} <= set(tables["figures"]["value"])


def test_scan_tables_equal_the_per_text_extraction(tmp_path):
    corpus = make_corpus(tmp_path / "c", bad=False)
    tables = scan([str(corpus)], jobs=1)
    one = text_tables(corpus / "en-20220115.txt")
    mine = tables["dates"][tables["dates"]["file"] == "en-20220115.txt"].reset_index(drop=True)
    assert mine[list(one["dates"].columns)].astype(str).equals(one["dates"].astype(str))


def test_scan_is_resumable_and_cleans_an_interrupted_batch(tmp_path):
    corpus = make_corpus(tmp_path / "c", bad=False)
    out = tmp_path / "out"
    first = scan_to([str(corpus)], out, jobs=1, progress=False)
    assert first.done == 3
    before = read_tables(out)
    # a batch interrupted after writing a part and before its manifest
    orphan = out / "dates" / "part-0123456789abcdef.parquet"
    orphan.write_bytes((next((out / "dates").glob("part-*.parquet"))).read_bytes())
    (out / "blocks" / ".part-x.parquet.tmp-99").write_text("half")
    again = scan_to([str(corpus)], out, jobs=1, progress=False, log=lambda s: None)
    assert again.done == 0 and again.skipped == 3
    assert not orphan.exists() and not list(out.rglob("*.tmp-*"))
    after = read_tables(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(before[name], after[name])
    # a new text is scanned, the others are not
    (corpus / "new.txt").write_text("In March 2021 trade reached $150 billion.\n", encoding="utf-8")
    third = scan_to([str(corpus)], out, jobs=1, progress=False)
    assert third.done == 1 and third.skipped == 3


def test_parallel_scan_equals_serial(tmp_path, monkeypatch):
    corpus = make_corpus(tmp_path / "c", bad=False)
    monkeypatch.setattr(scan_run, "BATCH_TEXTS", 1)
    serial = scan([str(corpus)], jobs=1)
    parallel = scan([str(corpus)], jobs=2)
    for name in TABLES:
        pd.testing.assert_frame_equal(serial[name], parallel[name])


def test_query_and_cli(tmp_path, capsys):
    corpus = make_corpus(tmp_path / "c")
    out = tmp_path / "out"
    assert main(["scan", str(corpus), "--out", str(out), "-q", "-j", "1"]) == 0
    text = capsys.readouterr().out
    assert "4 text(s): 3 scanned, 0 already done, 1 failed" in text and "broken.txt" in text
    df = query(out, "SELECT file, count(*) AS n FROM dates GROUP BY file ORDER BY file")
    assert list(df["file"]) == ["ar-2021-03-01.txt", "en-20220115.txt", "mixed.md"] and (df["n"] > 0).all()
    assert main(["query", str(out), "SELECT count(*) AS n FROM texts", "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == {"n": 3}
    assert main(["query", str(out), "SELECT * FROM no_such_table"]) == 2
    assert "no_such_table" in capsys.readouterr().err
    assert main(["query", str(tmp_path), "SELECT 1"]) == 2
    assert "not a scan folder" in capsys.readouterr().err


def test_scan_bad_input_is_one_line(tmp_path, capsys):
    assert main(["scan", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "missing: no such file or folder" in capsys.readouterr().err
    bad = tmp_path / "dates.csv"
    bad.write_text("file,date\na.txt,May 2020\n", encoding="utf-8")
    corpus = make_corpus(tmp_path / "c", bad=False)
    with pytest.raises(TahqiqError, match="line 2: date 'May 2020'"):
        scan_run.read_dates(bad)
    good = tmp_path / "good.csv"
    good.write_text("file,date\nmixed.md,2024-06\n", encoding="utf-8")
    tables = scan([str(corpus)], jobs=1, dates=good)
    pub = dict(zip(tables["texts"]["file"], tables["texts"]["published"]))
    assert pub["mixed.md"] == "2024-06" and pd.isna(pub["en-20220115.txt"])


def test_help_has_examples(capsys):
    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    assert "examples:" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["query", "--help"])
    assert "SELECT" in capsys.readouterr().out


def test_dask_cluster_tables_equal_local(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    corpus = make_corpus(tmp_path / "c")
    monkeypatch.setattr(scan_run, "BATCH_TEXTS", 2)
    local = scan([str(corpus)], jobs=1)
    with distributed.LocalCluster(n_workers=2, processes=False, threads_per_worker=1, dashboard_address=None) as lc, \
            distributed.Client(lc) as client:
        out = tmp_path / "dask-out"
        summary = scan_to([str(corpus)], out, scheduler=client, progress=False, log=lambda s: None)
        assert summary.done == 3 and len(summary.failed) == 1
        assert len(list((out / "_done").glob("*.json"))) >= 2  # one task (and manifest) per batch
        remote = read_tables(out)
    for name in TABLES:
        pd.testing.assert_frame_equal(local[name], remote[name])


def test_cross_work_table_equals_the_detectors_over_the_same_texts(tmp_path):
    from tahqiq import checks
    from tahqiq.corpus.catalogue import load_path
    from tahqiq.facts import gather
    from tahqiq.review.findings import to_frame

    corpus = make_corpus(tmp_path / "c", bad=False)
    (corpus / "copy-2023.txt").write_text(TEXTS["ar-2021-03-01.txt"].replace("١٤٠", "١٥٠"), encoding="utf-8")
    out = tmp_path / "out"
    s = scan_to([str(corpus)], out, jobs=1, date_from_names=True, progress=False, cross=True)
    assert s.cross is not None
    docs = [load_path(p) for p in sorted(corpus.rglob("*")) if p.is_file()]
    facts = gather(docs)
    for tf, d in zip(facts, docs):
        tf.published = date_from_name(d.name)
    expected = to_frame(checks.run(facts, {"cross-work"}))
    got = read_tables(out)["crosswork"]
    assert sorted(got["id"]) == sorted(expected["id"]) if len(expected) else got.empty


def test_progress_moves_within_a_text_and_ends_at_its_bytes(tmp_path, monkeypatch):
    """One text: the bar advances as each of its stages ends, before the text is done, and ends at
    the corpus's bytes exactly (the stages' shares are not counted twice)."""
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "long.txt").write_text(TEXTS["ar-2021-03-01.txt"] * 40 + TEXTS["en-20220115.txt"] * 40, encoding="utf-8")
    steps: list[tuple[int, str]] = []

    class Bar:
        def __init__(self, total):
            self.total, self.n = total, 0

        def update(self, k):
            self.n += k
            steps.append((self.n, "update"))

        def set_postfix_str(self, s, refresh=False):
            steps.append((self.n, s))

        def set_postfix(self, **kw):
            pass

        def close(self):
            pass

    bars = []
    monkeypatch.setattr(scan_run, "_progress", lambda total, n, show: bars.append(Bar(total)) or bars[-1])
    s = scan_to([str(corpus)], tmp_path / "out", jobs=1, progress=True, log=lambda m: None)
    assert s.done == 1
    bar = bars[0]
    assert bar.n == bar.total == (corpus / "long.txt").stat().st_size
    entities = next(n for n, what in steps if what == "long.txt: entities done")
    assert 0 < entities < bar.total  # moved inside the text, before it ended
    assert [n for n, _ in steps] == sorted(n for n, _ in steps)  # never backwards


def test_progress_moves_inside_the_detectors_stage_of_a_large_text(tmp_path, monkeypatch):
    """A text from FINE_BYTES on reports each detector as it ends: the bar moves inside the
    detectors stage, never backwards, and still ends at the text's bytes; a smaller text does not."""
    from tahqiq.scan import tables as scan_tables

    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "long.txt").write_text(TEXTS["ar-2021-03-01.txt"] * 20, encoding="utf-8")
    size = (corpus / "long.txt").stat().st_size
    for fine, inside in ((size, True), (size + 1, False)):
        steps: list[tuple[int, str]] = []

        class Bar:
            def __init__(self, total):
                self.total, self.n = total, 0

            def update(self, k):
                self.n += k

            def set_postfix_str(self, s, refresh=False):
                steps.append((self.n, s))

            def set_postfix(self, **kw):
                pass

            def close(self):
                pass

        bars = []
        monkeypatch.setattr(scan_run, "_progress", lambda total, n, show: bars.append(Bar(total)) or bars[-1])
        monkeypatch.setattr(scan_tables, "FINE_BYTES", fine)
        scan_to([str(corpus)], tmp_path / f"out{fine}", jobs=1, progress=True, log=lambda m: None)
        parts = [n for n, what in steps if what.startswith("long.txt: detectors ") and "/" in what]
        assert bool(parts) == inside
        if inside:
            links = next(n for n, what in steps if what == "long.txt: links done")
            assert links < parts[len(parts) // 2] < next(n for n, w in steps if w == "long.txt: detectors done")
        assert [n for n, _ in steps] == sorted(n for n, _ in steps)
        assert bars[0].n == bars[0].total == size


def test_checks_run_reports_each_detector():
    from tahqiq import checks
    from tahqiq.facts import Facts

    seen = []
    checks.run(Facts([]), {"internal"}, progress=lambda name, k, n: seen.append((name, k, n)))
    internal = sorted(n for n, d in checks.REGISTRY.items() if d.scope == "internal")
    assert [s[0] for s in seen] == internal and [s[1] for s in seen] == list(range(1, len(internal) + 1))
    assert {s[2] for s in seen} == {len(internal)}


# Written for this test: two dated event phrases (a treaty and a summit), so the per-text facts
# hold date rows; the second text quotes the first. Regression: the cross-work stage's worker
# processes died with a PicklingError on the date rows kept in a text's event phrases.
CROSS_TEXTS = {
    "one-2019.txt": "العلاقات\n\nوقعت الدولتان معاهدة الصداقة وحسن الجوار في 16 تموز 2001 في موسكو، "
                    "ثم عقدت قمة شنغهاي في حزيران 2006.\n",
    "two-2020.txt": "Relations\n\nThe two states signed the Treaty of Good-Neighbourliness on 16 July 2001, "
                    "and the Shanghai summit met in June 2006.\n",
}


def test_cross_work_facts_cross_worker_processes(tmp_path):
    import pickle

    from tahqiq.scan.cross import _prepared, cross_findings, prepare

    for name, text in CROSS_TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    items = [(str(tmp_path / n), None) for n in sorted(CROSS_TEXTS)]
    tf, err = _prepared(items[0])
    assert err is None and any(p.date is not None for p in tf._phrases)
    assert pickle.loads(pickle.dumps(tf))._phrases == tf._phrases
    texts, errors = prepare(items, jobs=2)  # worker processes: facts pickled back
    assert not errors and [t.file for t in texts] == sorted(CROSS_TEXTS)
    assert [p.date["row"] for p in texts[0]._phrases] == [p.date["row"] for p in tf._phrases]
    df = cross_findings([str(tmp_path)], date_from_names=True, jobs=2)
    assert list(df.columns)[:2] == list(cross_findings([str(tmp_path)], date_from_names=True, jobs=1).columns)[:2]
