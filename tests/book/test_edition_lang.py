"""The critical edition in the edition's language (hover texts) and a Markdown extraction shown as
what its markup means (escapes, strong text, superscripts, links), its offsets still raw."""

from __future__ import annotations

import html as h
import re

import pandas as pd

from tahqiq.book import edition as ed
from tahqiq.book import render

LATIN = re.compile(r"[A-Za-z]{3,}")


def _facts():
    raw = "## مقدمة\n\nفي ٤ شباط ٢٠٢٢ بلغت التجارة ٢٤٠ مليار دولار(1).\n\n(1) مصدر.\n"
    start = raw.index("٤ شباط ٢٠٢٢")
    fig = raw.index("٢٤٠ مليار دولار")
    mk = raw.index("(1).")
    note = raw.index("(1) مصدر")
    blocks = pd.DataFrame([
        {"kind": "heading", "start": 0, "end": 8, "text": raw[0:8], "level": 1, "number": None},
        {"kind": "paragraph", "start": 10, "end": note - 2, "text": raw[10:note - 2], "level": None, "number": None},
        {"kind": "footnote", "start": note, "end": len(raw) - 1, "text": raw[note:-1], "level": None, "number": 1},
    ])
    dates = pd.DataFrame([{"start": start, "end": start + 11, "type": "date", "start_date": "2022-02-04",
                           "end_date": "2022-02-04"}])
    figures = pd.DataFrame([{"start": fig, "end": fig + 15, "type": "money", "value": 240e9, "unit": "USD"}])
    citations = pd.DataFrame([{"start": mk, "end": mk + 3, "kind": "footnote", "marker": 1}])
    findings = pd.DataFrame([{"id": "f-1", "kind": "event-date-conflict", "spans": [{"file": "t.txt", "start": fig, "end": fig + 3}]}])
    return raw, blocks, dates, figures, citations, findings


class _Claim:
    id, type, start, end = "c1", "causal", 10, 14


def _tips(html: str) -> list[str]:
    return [h.unescape(t) for t in re.findall(r'title="([^"]*)"', html)]


def test_hover_texts_are_arabic_on_the_arabic_edition():
    raw, blocks, dates, figures, citations, findings = _facts()
    variants = pd.DataFrame([("t.txt", 12, 14, "x", "o.txt", 12, 14, "y", "word", True, "words differ")],
                            columns=["file_a", "start_a", "end_a", "text_a", "file_b", "start_b", "end_b", "text_b",
                                     "class", "changes_meaning", "note"])
    app = ed.apparatus("t.txt", dates, figures, citations, findings, [_Claim()], variants, lang="ar")
    html = ed.edition(raw, "plain", blocks, app, dates, figures, lang="ar").html
    tips = _tips(html)
    assert tips and all(not LATIN.search(t) for t in tips), tips  # the unit too: «دولار», not «USD»
    assert any(t.startswith("تاريخ (") and "2022-02-04" in t for t in tips)
    assert any(t.startswith("رقم (") and "240,000,000,000 دولار" in t for t in tips)
    assert any(t.startswith("الحاشية 1") for t in tips) and "العودة إلى موضع الإحالة" in tips
    assert any("الدعوى c1 (سببية)" in t for t in tips) and any("f-1" in t for t in tips)
    assert any("النسخة الأخرى: y (كلمة)" in t for t in tips)


def test_hover_texts_stay_english_on_the_english_edition():
    raw, blocks, dates, figures, citations, findings = _facts()
    app = ed.apparatus("t.txt", dates, figures, citations, findings, [_Claim()])
    tips = _tips(ed.edition(raw, "plain", blocks, app, dates, figures).html)
    assert "date (date): 2022-02-04" in tips[0] or any(t == "date (date): 2022-02-04" for t in tips)
    assert any(t.startswith("figure (money): 240,000,000,000 USD") for t in tips)
    assert "back to the marker" in tips and any("finding f-1 (event-date-conflict)" in t for t in tips)
    assert not any(re.search(r"[\u0600-\u06ff]", t) for t in tips)


def test_unresolved_date_and_unknown_type_keep_the_type():
    r = pd.DataFrame([{"start": 0, "end": 3, "type": "relative", "start_date": None, "end_date": None}])
    (row,) = r.itertuples(index=False)
    assert ed._date_tip(row) == "date (relative): not resolved"
    assert "لم تُحدَّد" in ed._date_tip(row, "ar") and "relative" not in ed._date_tip(row, "ar")
    f = pd.DataFrame([{"start": 0, "end": 3, "type": "newkind", "value": 3.0, "unit": None}])
    (row,) = f.itertuples(index=False)
    assert ed._figure_tip(row, "ar") == "رقم (newkind): 3"


def test_a_long_cell_says_so_in_the_editions_language():
    df = pd.DataFrame({"text": ["ب" * (render.MAX_CELL + 5)], "ok": [True]})
    ar = render.table(df, "t", lang="ar").html
    # agreed with its number (it read «305 حرفًا» whatever the number: 305 counts a plural, «305 محارف»)
    assert render.count_of(render.MAX_CELL + 5, "character", "ar") in ar and "characters" not in ar and ">نعم<" in ar
    en = render.table(df, "t").html
    assert "characters; full text in the CSV" in en and ">yes<" in en


def _md(raw: str) -> str:
    blocks = pd.DataFrame([{"kind": "heading" if raw.startswith("#") else "paragraph", "start": 0, "end": len(raw),
                            "text": raw, "level": 1, "number": None}])
    none = pd.DataFrame(columns=["start", "end", "type", "start_date", "end_date"])
    nofig = pd.DataFrame(columns=["start", "end", "type", "value", "unit"])
    app = ed.apparatus("t.txt", none, nofig, pd.DataFrame(columns=["start", "end", "kind", "marker"]),
                       pd.DataFrame(columns=["id", "kind", "spans"]))
    return ed.edition(raw, "markdown", blocks, app, none, nofig).html


def _text(html: str) -> str:
    return h.unescape(re.sub(r"<[^>]+>", "", html.split('<div class="tq-edition">', 1)[1]))


def test_markdown_escapes_show_the_character_they_escape():
    html = _md("## العلاقات الروسية\\_الصينية \\*حاشية و\\\\ خط")
    assert "العلاقات الروسية_الصينية *حاشية و\\ خط" in _text(html)
    assert "\\_" not in _text(html)
    assert _md("a\\b c").count("\\") == 1  # a backslash before a letter is no escape


def test_markdown_strong_sup_and_links_shown_as_what_they_mean():
    html = _md("**المقدمة:** نص<sup>(١)</sup> و[اسم الكاتب](#) **تواريخ:****نشر:**")
    text = _text(html)
    assert "**" not in text and "<sup>" not in text and "](#)" not in text
    assert 'class="tq-strong"' in html and 'class="tq-sup"' in html and "المقدمة:" in text
    assert "اسم الكاتب" in text and "href=\"#\"" not in html


def test_markdown_stars_that_open_nothing_are_text():
    text = _text(_md("روسيا**: رغم ذلك 2 ** 3 و \\**ليس**"))
    assert text.count("*") >= 4


def test_markdown_plain_form_is_untouched_and_offsets_are_raw():
    raw = "الروسية\\_الصينية **x**"
    blocks = pd.DataFrame([{"kind": "paragraph", "start": 0, "end": len(raw), "text": raw, "level": None, "number": None}])
    dates = pd.DataFrame([{"start": raw.index("الصينية"), "end": len(raw) - 6, "type": "year", "start_date": "2020-01-01",
                           "end_date": "2020-12-31"}])
    nofig = pd.DataFrame(columns=["start", "end", "type", "value", "unit"])
    app = ed.apparatus("t.txt", dates, nofig, pd.DataFrame(columns=["start", "end", "kind", "marker"]),
                       pd.DataFrame(columns=["id", "kind", "spans"]))
    plain = ed.edition(raw, "plain", blocks, app, dates, nofig).html
    assert "\\_" in _text(plain) and "**x**" in _text(plain)
    pdf = ed.edition(raw, "pdf-text", blocks, app, dates, nofig).html  # a converted PDF: its strong emphasis only
    assert "\\_" in _text(pdf) and "**" not in _text(pdf) and re.search(r'<span class="tq-strong"[^>]*>x</span>', pdf)
    md = ed.edition(raw, "markdown", blocks, app, dates, nofig).html
    assert re.search(r'<span class="tq-date"[^>]*>الصينية</span>', md)  # the mark sits where the raw offsets say
