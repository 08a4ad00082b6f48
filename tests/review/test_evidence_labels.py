"""A finding's evidence on the Arabic edition: its keys labelled, its English terms and its
detector's rule in Arabic, from ``evidence_ar`` of ``lang/messages.yml``
(:mod:`tahqiq.review.evidence_labels`, :func:`tahqiq.book.render.evidence_table`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tahqiq
from tahqiq import lang
from tahqiq.book import render
from tahqiq.review.evidence_labels import key_label, rule_ar, value_ar

ARABIC = re.compile(r"[\u0600-\u06FF]")
CHECKS = Path(tahqiq.__file__).parent / "checks"


def _variants(node) -> list[str]:
    """The rule strings a ``"rule": …`` value can make: constants, f-strings (each field a
    stand-in word), both branches of a conditional, concatenations of those."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return ["".join(v.value if isinstance(v, ast.Constant) else "7" for v in node.values)]
    if isinstance(node, ast.IfExp):
        return _variants(node.body) + _variants(node.orelse)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a in _variants(node.left) for b in _variants(node.right)]
    return []


def detector_rules() -> list[str]:
    out = []
    for path in sorted(CHECKS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                for k, v in zip(node.keys, node.values):
                    if isinstance(k, ast.Constant) and k.value == "rule":
                        out += _variants(v)
    return sorted(set(out))


def test_the_detectors_rules_have_arabic():
    rules = detector_rules()
    assert len(rules) >= 60
    missing = [r for r in rules if rule_ar(r) is None]
    # a detector written after this catalogue may add a rule: shown in English, marked, until labelled
    assert len(missing) <= len(rules) // 10, missing


def test_catalogue_rules_are_arabic_and_keep_their_fields():
    cat = lang.lexicon("messages")["evidence_ar"]
    for section in ("keys", "values", "rules"):
        for en, ar in cat[section].items():
            assert ARABIC.search(str(ar)), (section, en)
    for en, ar in cat["rules"].items():
        assert sorted(re.findall(r"\{\w+\}", en)) == sorted(re.findall(r"\{\w+\}", ar)), en


def test_rule_fields_are_filled_with_the_text_they_stand_for():
    assert rule_ar("sum of parts vs stated total (total cue)") == "مجموع الأجزاء مقابل المجموع المذكور (كلمة تدل على المجموع)"
    assert "300" in rule_ar("one author-year source given two years within 300 characters, not two listed works")
    assert rule_ar("sum of parts vs stated total") is None  # the parenthesis is part of the rule
    assert rule_ar("no such rule") is None and rule_ar(None) is None


def test_keys_are_labelled_part_by_part_names_and_numbers_kept():
    assert key_label("link.date.text") == "الربط › التاريخ › النص"
    assert key_label("forms.Korolev.script") == "الصيغ › Korolev › الخط"
    assert key_label("history.2.stage") == "سجلّ المقال › 2 › المرحلة"
    assert key_label("zz_unknown") is None
    assert value_ar("received") == "الاستلام" and value_ar("Received!") is None and value_ar(3) is None


def test_the_arabic_evidence_table_has_no_english_rule_or_known_key():
    ev = {"rule": "received <= revised <= proofread <= accepted <= published",
          "earlier_stage": {"stage": "received", "date": "2024-01-02"}, "link": {"alias_kind": "strong"}}
    html = render.evidence_table(ev, lang="ar")
    headers = re.findall(r"<th[^>]*>([^<]*)</th>", html)
    assert headers and all(ARABIC.search(h) for h in headers), headers
    assert "received &lt;=" not in html and "الاستلام ≤" in html
    assert 'title="earlier_stage.stage"' in html  # the key itself on hover
    en = render.evidence_table(ev, lang="en")
    assert "<th dir=\"ltr\">earlier_stage.stage</th>" in en and "received &lt;= revised" in en


def test_an_unknown_rule_is_shown_in_english_marked_and_everything_escaped():
    from tahqiq.book import strings

    html = render.evidence_table({"rule": "a <b>new</b> rule «منها»", "<i>k</i>": "<script>x</script>"}, lang="ar")
    assert "<b>" not in html and "<script>" not in html and "<i>" not in html
    assert '<span dir="ltr" lang="en">a &lt;b&gt;new&lt;/b&gt; rule' in html
    assert strings.text("render.in_english", "ar") in html


def test_a_findings_table_of_the_arabic_edition_words_its_severity_verdict_and_scope():
    import base64

    import pandas as pd

    df = pd.DataFrame([{"id": "x-1", "severity": "error", "verdict": "confirmed", "scope": "internal"},
                       {"id": "x-2", "severity": "<b>odd</b>", "verdict": None, "scope": "cross-work"}])
    html = render.table(df, "t", lang="ar").html
    body = html.split("<tbody>", 1)[1]
    assert "خطأ" in body and "مؤكَّدة" in body and "داخلية" in body and "بين الأعمال" in body
    assert "confirmed" not in body and "internal" not in body
    assert "&lt;b&gt;odd&lt;/b&gt;" in body and "<b>" not in body  # an unknown value: as written, escaped
    csv = base64.b64decode(re.search(r"base64,([^\"]+)", html).group(1)).decode("utf-8-sig")
    assert "error,confirmed,internal" in csv  # the CSV keeps the values
    assert "confirmed" in render.table(df, "t", lang="en").html.split("<tbody>", 1)[1]


def test_evidence_numbers_are_written_in_the_editions_words():
    ev = {"amount": {"value": 2.07e14, "interval": [0, 2.075e14]}}
    ar = render.evidence_table(ev, lang="ar")
    assert "تريليون" in ar and "trillion" not in ar and "، 207.5" in ar
    en = render.evidence_table(ev, lang="en")
    assert "207 trillion" in en and "0, 207.5 trillion" in en


def test_an_arabic_message_in_a_findings_table_reads_right_to_left_on_the_arabic_edition():
    import pandas as pd

    msg = "المصدر المُستشهد به أقدم من الأحداث المؤرخة التي يُستشهد به عليها: «2015» و«(Krecyl: 2014)»."
    df = pd.DataFrame([{"id": "x-1", "message": msg}, {"id": "x-2", "message": "An English message «قبل»."}])
    ar = render.table(df, "t", lang="ar").html
    assert f'<td dir="rtl" lang="ar" class="tq-long">{render.esc(msg)}</td>' in ar
    assert '<td dir="ltr" lang="en" class="tq-mid">An English message «<bdi dir="rtl" lang="ar">قبل</bdi>».</td>' in ar
    en = render.table(df, "t", lang="en").html
    assert f'<td dir="ltr" lang="en" class="tq-long">' in en  # the English edition keeps its columns' direction
