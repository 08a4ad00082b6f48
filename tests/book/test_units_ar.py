"""Units in the Arabic edition (issue 12): a figure's unit was its English code («USD», «tonne»,
«m3/year») in the figures tables, the edition's hover texts, the scrambled lines' recovered facts,
the evidence and the messages of the Arabic edition. Its Arabic is in ``units_ar`` of
``lang/messages.yml`` (:func:`tahqiq.review.messages.unit_ar`); the English edition is unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from tahqiq import lang
from tahqiq.book import edition as ed
from tahqiq.book import render
from tahqiq.book.chapter import Chapter
from tahqiq.review.evidence_labels import key_label
from tahqiq.review.messages import arabic, unit_ar

ROOT = Path(__file__).resolve().parents[2]
LATIN = re.compile(r"[A-Za-z]")
CODES = re.compile(r"(?<![A-Za-z_-])(?:USD|RUB|CNY|EUR|tonne|m3|barrel|km|mile|kWh|TWh)(?:/(?:year|day|month|hour))?(?![A-Za-z_-])")


@pytest.mark.parametrize("code, ar", [
    ("USD", "دولار"), ("RUB", "روبل"), ("tonne", "طن"), ("m3", "م³"), ("m3/year", "م³/سنة"),
    ("tonne/year", "طن/سنة"), ("barrel/day", "برميل/يوم"), ("km", "كم"), ("money:RUB", "روبل"),
    ("مرحلة", "مرحلة"), ("%", "%"),
])
def test_a_unit_code_has_its_arabic(code, ar):
    assert unit_ar(code) == ar


def test_a_unit_without_arabic_is_none_and_shown_as_written():
    assert unit_ar("engine") is None and unit_ar("USD/fortnight") is None and unit_ar(None) is None
    df = pd.DataFrame({"unit": ["engine"]})
    assert ">engine<" in render.table(df, "t", lang="ar").html


def test_every_unit_the_extractor_knows_has_arabic():
    """Each code of ``lang/units.yml`` that is written in Latin letters (currencies by ISO code, the
    codes a bare currency name resolves to, units of measure) and each rate period has its Arabic."""
    u = lang.lexicon("units")
    codes = set(u["currencies"]) | set(u["units"]) | {c for v in u["currency_countries"].values() for c in v}
    codes = {c for c in codes if LATIN.search(c)}
    missing = sorted(c for c in codes if unit_ar(c) is None)
    assert not missing, f"units without Arabic in units_ar of lang/messages.yml: {missing}"
    assert all(unit_ar(f"USD/{p}") for p in u["rates"])


def test_the_figures_table_names_units_in_arabic_and_keeps_the_codes_in_english():
    df = pd.DataFrame({"value": [38e9, 2.07e14], "unit": ["m3/year", "RUB"]})
    ar = render.table(df, "figures", lang="ar").html
    en = render.table(df, "figures").html
    assert "م³/سنة" in ar and "روبل" in ar
    assert not CODES.search(ar.split("</a>", 1)[1]), "an English unit code in a cell of the Arabic table"
    assert ">m3/year<" in en and ">RUB<" in en and "روبل" not in en
    # the CSV of either edition keeps the codes (a reader's spreadsheet and the engine read them)
    assert ar.split('base64,', 1)[1].split('"', 1)[0] == en.split('base64,', 1)[1].split('"', 1)[0]


def _tips(html: str) -> list[str]:
    import html as h

    return [h.unescape(t) for t in re.findall(r'title="([^"]*)"', html)]


def test_the_hover_text_and_the_recovered_facts_of_a_figure_name_its_unit_in_arabic():
    raw = "بلغت الصادرات 38 مليار متر مكعب سنويا"
    i = raw.index("38")
    blocks = pd.DataFrame([{"kind": "paragraph", "start": 0, "end": len(raw), "text": raw, "level": None,
                            "number": None}])
    figures = pd.DataFrame([{"start": i, "end": i + 2, "type": "quantity", "value": 38e9, "unit": "m3/year"}])
    dates = pd.DataFrame(columns=["start", "end", "type", "start_date", "end_date"])
    cites = pd.DataFrame(columns=["start", "end", "kind", "marker"])
    none = pd.DataFrame(columns=["id", "kind", "spans"])
    for form in ("plain", "pdf-scrambled"):
        app = ed.apparatus("t.txt", dates, figures, cites, none, lang="ar")
        html = ed.edition(raw, form, blocks, app, dates, figures, lang="ar").html
        assert any("38,000,000,000 م³/سنة" in t for t in _tips(html)), _tips(html)
        assert "m3/year" not in html
        app = ed.apparatus("t.txt", dates, figures, cites, none)
        assert "38,000,000,000 m3/year" in ed.edition(raw, form, blocks, app, dates, figures).html
    scrambled = ed.edition(raw, "pdf-scrambled", blocks, ed.apparatus("t.txt", dates, figures, cites, none, lang="ar"),
                           dates, figures, lang="ar").html
    assert 'class="tq-recovered-facts" dir="rtl" lang="ar"' in scrambled  # read right to left, in its page


def test_the_evidence_names_a_measure_and_a_rate_key_by_their_arabic_unit():
    ev = {"amount": {"text": "٢٠٧ تريليون روبل", "value": 2.07e14, "dim": "money:RUB"}, "usd_per_unit": {"RUB": 0.011}}
    ar = render.evidence_table(ev, lang="ar")
    assert "money:RUB" not in ar and ">روبل<" in ar
    assert key_label("usd_per_unit.RUB") == "دولار لكل وحدة › روبل"
    assert "money:RUB" in render.evidence_table(ev)


def test_the_arabic_message_of_an_impossible_amount_names_its_currency():
    ev = {"amount": {"text": "٢٠٧ تريليون روبل", "value": 2.07e14, "dim": "money:RUB"}, "gdp": 2e14}
    msg = arabic("arithmetic-magnitude", ev, ["٢٠٧ تريليون روبل"])
    assert "(207 تريليون روبل)" in msg and "(200 تريليون روبل)" in msg and not CODES.search(msg)
    ev["amount"]["dim"] = "money:XYZ"  # a currency without Arabic: the message without it, never the code
    assert "XYZ" not in arabic("arithmetic-magnitude", ev, ["x"])


def test_a_chapters_arabic_figures_table_has_no_english_unit(catalogue):
    ch = Chapter(catalogue.load("salman-2025"), catalogue, "ar")
    html = ch.figures_table().html.split("</a>", 1)[1]
    assert "م³/سنة" in html and "دولار" in html
    assert not CODES.search(html), CODES.findall(html)


def _outputs(nb: Path) -> str:
    cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(o.get("data", {}).get("text/html", "")) for c in cells if c["cell_type"] == "code"
                     for o in c.get("outputs", []))


@pytest.mark.parametrize("nb", sorted((ROOT / "book" / "ar" / "articles").glob("*.ipynb")), ids=lambda p: p.stem)
def test_no_cell_of_the_arabic_edition_holds_an_english_unit(nb):
    """The built Arabic chapters (committed by ``tahqiq build``): no table cell, hover text of the edition
    or recovered fact holds an English unit code (the CSV downloads, base64, keep them; an evidence key's
    hover shows the key itself, «usd_per_unit.RUB», under its Arabic label)."""
    html = re.sub(r'href="data:[^"]*"', "", _outputs(nb))
    cells = re.findall(r"<td[^>]*>(.*?)</td>", html, re.S) + re.findall(r'<span class="tq-[^"]*" title="([^"]*)"', html)
    cells += re.findall(r'class="tq-recovered-facts"[^>]*>(.*?)</div>', html, re.S)
    left = sorted({m for c in cells for m in CODES.findall(re.sub(r"<[^>]+>", "", c))})
    assert not left, f"{nb.name}: English unit codes on the Arabic edition: {left}"
