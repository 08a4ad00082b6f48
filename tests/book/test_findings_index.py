"""A table of findings fits a desktop's column (issue 12): at 1366 px the chapters' findings tables
were 1,100 to 1,300 px wide and the validity page's 1,500 px in a 755 px box (id, kind, message,
severity, scope, verdict and quotes side by side). ``render.findings_index`` puts a finding's id,
its kind (Arabic edition) and its severity, scope and verdict in one cell, its message and quotes
beside it; the CSV keeps every column."""

from __future__ import annotations

import base64
import re

import pandas as pd

from tahqiq.book import render

ROWS = pd.DataFrame({
    "id": ["arithmetic-growth-0a1b2c3d4e5f"], "kind": ["arithmetic-growth"], "severity": ["error"], "scope": ["internal"],
    "verdict": ["confirmed"], "message": ['The text dates <script>x</script> «٢٠٢٢» twice.'],
    "message_ar": ["يؤرّخ النص <b>الحدث</b> مرتين."], "quotes": ["في عام 2022 | في عام 2023"],
    "reason": ["checked <i>by hand</i>"], "reason_ar": ["رُوجعت يدويًا"],
})


def _heads(html: str) -> list[str]:
    return [re.sub(r"<[^>]*>", "", h) for h in re.findall(r"<th[^>]*>(.*?)</th>", html)]


def _csv_columns(html: str) -> list[str]:
    data = re.search(r'href="data:text/csv;charset=utf-8;base64,([^"]+)"', html).group(1)
    return base64.b64decode(data).decode("utf-8-sig").splitlines()[0].split(",")


def test_the_id_cell_holds_the_kind_severity_scope_and_verdict_in_the_editions_words():
    en = render.findings_index(ROWS, "t", ("message", "reason", "quotes"), lang="en").html
    ar = render.findings_index(ROWS, "t", ("message", "reason", "quotes"), lang="ar").html
    assert _heads(en) == ["id", "message", "reason", "quotes"]
    assert _heads(ar) == [render.column_label(c, "ar") for c in ("id", "message", "reason", "quotes")]
    assert '<span class="tq-id" dir="ltr">arithmetic-growth-0a1b2c3d4e5f</span>' in en  # one left-to-right word
    assert '<span class="tq-finding-status" dir="ltr">error · internal · confirmed</span>' in en
    status = re.search(r'<span class="tq-finding-status" dir="rtl">([^<]*)</span>', ar).group(1)
    assert not re.search("[A-Za-z]", status) and status.count(" · ") == 2  # «خطأ · داخلية · مؤكَّدة»
    from tahqiq.review.messages import kinds

    assert f'lang="ar">{kinds()["arithmetic-growth"]["title_ar"]}</span>' in ar  # the kind's Arabic title
    assert "tq-finding-kind" not in en  # in English the id opens with the kind
    for html in (en, ar):
        assert 'class="tq tq-stack tq-findings"' in html  # cards on a phone, as before
        assert "<script>" not in html and "<b>" not in html and "<i>" not in html  # escaped
        assert _csv_columns(html) == list(ROWS.columns)  # the CSV keeps every column
    assert "يؤرّخ النص &lt;b&gt;الحدث&lt;/b&gt; مرتين." in ar and "رُوجعت يدويًا" in ar  # the Arabic twins


def test_the_chapter_and_validity_tables_use_it(catalogue):
    from tahqiq.book.chapter import Chapter

    html = Chapter.load("salman-2025", None, None, None, "ar").findings_table().html
    assert 'data-table="salman-2025-000-findings"' in html and "tq-findings" in html
    assert _heads(html)[:2] == [render.column_label("id", "ar"), render.column_label("message", "ar")]
    assert len(_heads(html)) == 3
    import json
    from pathlib import Path

    nb = json.loads((Path(__file__).resolve().parents[2] / "notebooks" / "validity.ipynb").read_text())
    assert any("render.findings_index(" in "".join(c["source"]) for c in nb["cells"])
