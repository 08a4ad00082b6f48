"""Running the detectors, the triage verdicts, and the findings interface."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from tahqiq.review import factcheck
from tahqiq.errors import TahqiqError
from tahqiq.review.findings import Finding, Span, to_frame


@pytest.fixture(scope="module")
def findings(catalogue):
    return factcheck.corpus_findings(catalogue, use_cache=False)


def test_finding_ids_are_stable_and_depend_on_kind_and_spans_only():
    a = Finding("k", "error", "one message", [Span("f.txt", 1, 5, "abcd")], {"x": 1})
    b = Finding("k", "warning", "another message", [Span("f.txt", 1, 5, "abcd")], {"y": 2})
    c = Finding("k", "error", "one message", [Span("f.txt", 1, 6, "abcde")])
    assert a.id == b.id != c.id
    assert a.id.startswith("k-") and len(a.id) == 14
    with pytest.raises(ValueError):
        Finding("k", "fatal", "m", [Span("f.txt", 0, 1, "a")])
    assert list(to_frame([a, b, c])["id"]).count(a.id) == 1


def test_every_finding_quotes_its_raw_text(findings, docs):
    texts = {d.name: d.raw for d in docs.values()}
    assert len(findings) > 0
    for row in findings.to_dict(orient="records"):
        assert row["severity"] in ("error", "warning", "note") and row["scope"] in factcheck.SCOPE_ALIASES.values()
        for s in row["spans"]:
            assert texts[s["file"]][s["start"]:s["end"]] == s["text"], row["id"]


def test_findings_are_deterministic(catalogue, findings):
    again = factcheck.corpus_findings(catalogue, use_cache=False)
    assert list(again["id"]) == list(findings["id"])


def test_triage_verdicts_name_current_findings(findings, root):
    """A verdict whose finding is gone is stale: review the finding again under its new id."""
    triage = factcheck.load_triage(root=root)
    assert factcheck.triage_report(findings, triage) is None  # an error in the tests, a warning in the build


def test_triage_report_names_unknown_ids():
    import pandas as pd

    df = pd.DataFrame({"id": ["date-1", "date-2"]})
    triage = {"date-1": {"verdict": "confirmed"}, "date-9": {"verdict": "confirmed"}, "datte-2": {"verdict": "confirmed"}}
    assert factcheck.unknown_verdicts(df, triage) == ["date-9", "datte-2"]
    assert factcheck.triage_report(df, triage) == (
        "data/triage.yml: 2 verdict(s) for an id that no finding has: 'date-9', 'datte-2' "
        "(a typo, or the finding changed; `tahqiq findings --format jsonl` lists the ids)")
    assert factcheck.triage_report(df, {"date-2": {"verdict": "confirmed"}}) is None


def test_triage_never_hides_a_finding(findings, root):
    triage = factcheck.load_triage(root=root)
    explained = [i for i, v in triage.items() if v["verdict"] == "explained"]
    assert explained and set(explained) <= set(findings["id"])
    shown = findings.set_index("id")
    assert all(shown.loc[i, "verdict"] == "explained" and shown.loc[i, "reason"] for i in explained)


def test_validity_counts_add_up(findings):
    v = factcheck.validity(findings)
    assert v["findings"].sum() == len(findings)
    assert (v["confirmed"] + v["explained"] + v["false_alarm"] + v["unreviewed"] == v["findings"]).all()


@pytest.mark.parametrize(
    "text, message",
    [
        ("verdicts:\n  - {id: x, verdict: maybe}\n", "field 'verdict' must be one of"),
        ("verdicts:\n  - {id: x, verdict: explained}\n", "field 'reason' is required"),
        ("verdicts:\n  - {verdict: confirmed}\n", "verdicts\\[0\\]: missing field 'id'"),
        ("verdicts:\n  - {id: x, verdict: confirmed}\n  - {id: x, verdict: confirmed}\n", "duplicate id"),
        ("verdicts: [unclosed\n", "broken YAML at line"),
    ],
)
def test_bad_triage(tmp_path, text, message):
    p = tmp_path / "triage.yml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(TahqiqError, match=message) as e:
        factcheck.load_triage(p)
    assert "triage.yml" in str(e.value)


def test_cli_findings_jsonl_with_scope_and_verdicts():
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "findings", "--format", "jsonl", "--scope", "external"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and {row["scope"] for row in rows} == {"external"}
    for row in rows:
        assert {"id", "kind", "severity", "message", "spans", "evidence", "scope", "verdict"} <= set(row)


def test_cli_findings_on_a_path(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("وقع الرئيسان معاهدة حسن الجوار في ١٦ تموز ٢٠٠١، ووقعا معاهدة حسن الجوار عام ١٩٩٩.\n",
                 encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tahqiq.cli", "findings", str(p), "--format", "csv"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("id,kind,severity,scope,message,message_ar,spans,evidence,files,verdict,reason")


def test_triage_schema_is_the_verdicts():
    """The triage file's pydantic schema allows exactly the documented verdicts."""
    import typing

    from tahqiq.review.factcheck import VERDICTS, Verdict

    assert typing.get_args(Verdict.model_fields["verdict"].annotation) == VERDICTS


def test_build_warns_about_unknown_verdicts(tmp_path, root):
    """In `make book` a verdict for an unknown id is a warning, naming the file and the id."""
    import shutil

    from tahqiq.book.build import warn_unknown_verdicts

    shutil.copytree(root / "data", tmp_path / "data")
    with open(tmp_path / "data" / "triage.yml", "a", encoding="utf-8") as fh:
        fh.write("  - {id: date-typo-0000, verdict: confirmed}\n")
    lines = []
    warn_unknown_verdicts(tmp_path, log=lines.append)
    assert lines == ["warning: data/triage.yml: 1 verdict(s) for an id that no finding has: 'date-typo-0000' "
                     "(a typo, or the finding changed; `tahqiq findings --format jsonl` lists the ids)"]


def test_findings_on_two_processes_equal_the_serial_ones():
    """The facts built in worker processes and the detectors shared out among them give the same
    table as one process (synthetic texts, Arabic and English, with internal and cross-work findings)."""
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.facts import gather

    texts = [
        "Moscow and Beijing signed the Treaty of Good-Neighborliness in 2001; a later speech praised "
        "the Treaty of Good-Neighborliness of 2004.\n\nThe Russian invasion of Ukraine began on February 24, 2022.\n",
        "أبرم البلدان معاهدة حسن الجوار في 16 تموز 2001.\n\nوذكّر الوزير بمعاهدة حسن الجوار الموقعة في 16 تموز 2003.\n\n"
        "بدأ الغزو الروسي لأوكرانيا في 4 شباط 2022.\n",
        "Trade grew from 10 billion dollars in 2001 to 20 billion dollars in 2002.\n",
    ]
    docs = [from_string(t, name=f"t{i}.txt") for i, t in enumerate(texts)]
    serial = gather(docs)
    parallel = gather(docs, jobs=2)
    for a, b in zip(serial, parallel):
        for table in ("blocks", "dates", "figures", "entities", "links"):
            pd.testing.assert_frame_equal(getattr(a, table), getattr(b, table))
    one = to_frame(factcheck.run_detectors(serial, jobs=1))
    two = to_frame(factcheck.run_detectors(serial, jobs=2))
    assert {"internal", "cross-work"} <= set(one["scope"])
    pd.testing.assert_frame_equal(one, two)
