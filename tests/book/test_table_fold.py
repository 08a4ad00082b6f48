"""Tables that fit a desktop's column (issue 12): render.table(more=…) folds the columns a reader
rarely needs in a «more» at the end of each row, escaped and in the edition's words; the CSV keeps
every column. Figures written as text are right-aligned as numbers."""

from __future__ import annotations

import base64
import re

import pandas as pd

from tahqiq.book import render

HOSTILE = '<img src=x onerror="alert(1)">'


def _csv(html: str) -> str:
    return base64.b64decode(re.search(r"base64,([^\"]+)\"", html).group(1)).decode("utf-8-sig")


def test_folded_columns_go_into_each_rows_more_and_stay_in_the_csv():
    df = pd.DataFrame({"block": [1, 2], "kind": ["heading", "paragraph"], "start": [0, 10], "end": [9, 30],
                       "text": ["عنوان", HOSTILE], "lang": ["ar", "en"], "page": [None, 3]})
    for lang, more in (("en", "more"), ("ar", "المزيد")):
        h = render.table(df, "t", more=["start", "end", "lang", "page"], lang=lang).html
        head = h.split("</thead>")[0]
        assert head.count("<th ") == 3  # block, kind, text
        assert h.count('<details class="tq-row-more" dir="' + ('rtl' if lang == 'ar' else 'ltr') + '">') == 2 and f">{more}</summary>" in h
        assert "<img" not in h and "&lt;img" in h  # escaped, in the cell and in the fold
        assert _csv(h).splitlines()[0] == "block,kind,start,end,text,lang,page"
    ar = render.table(df, "t", more=["lang"], lang="ar").html
    assert "العربية" in ar.split('tq-row-more')[1]  # a code in the edition's words inside the fold too
    first = render.table(df, "t", more=["page"], lang="en").html.split("<tr>")[2]
    assert "tq-row-more" not in first  # a row whose folded values are all missing has no «more»


def test_a_figure_written_as_text_is_right_aligned():
    h = render.table(pd.DataFrame({"set": ["a", "b"], "recall": ["0.995", "—"]}), "t").html
    assert h.count('class="tq-num"') == 2


def test_the_extraction_quality_table_is_a_row_per_gold_set():
    from tahqiq.review.devset import MAIN_MEASURES, by_sample

    t = pd.DataFrame({"measure": ["m0", "m1", "m2", "m3", "m4", "m5", "m6"],
                      "in-sample (x)": list("abcdefg"), "blind (y)": list("hijklmn")})
    rows, more = by_sample(t)
    assert list(rows["set"]) == ["in-sample (x)", "blind (y)"]
    assert list(rows.columns) == ["set", "m0", "m1", "m2", "m3", "m4", "m5", "m6"]
    assert more == [m for i, m in enumerate(t["measure"]) if i not in MAIN_MEASURES]
    assert rows.loc[1, "m2"] == "j"


def test_the_comparison_cards_are_compact_in_both_editions(catalogue):
    """The English overview's cards were 1,700-1,850 px tall at 1366 px: each verdict's long note is
    folded under its word, each question and conclusion at most ITEM_LIMIT characters (the CSV keeps all)."""
    from tahqiq.book.comparison import ITEM_LIMIT, Comparison

    c = Comparison()
    for lang in ("en", "ar"):
        h = c.overview_html(lang).html
        items = re.findall(r"<li>(.*?)</li>", h)
        assert items and all(len(re.sub(r"<[^>]+>", "", i)) <= ITEM_LIMIT + 8 for i in items)
    en = c.overview_html("en").html
    assert en.count('class="tq-verdict-note"') >= 4
    notes = c.overview("en")["answers its questions"]
    assert all(":" in n for n in notes)  # the CSV keeps each verdict with its note


def test_a_folded_key_is_named_by_its_code_and_a_gold_set_in_the_editions_words(catalogue):
    """Seen at 1366 px: a claim's folded citation read «000_01ec08bd9cfc9a25:bib:ar:14» (the table's own
    column read «salman-2025/A:bib:ar:14»), and the Arabic quality table's first row «in-sample (tests/gold: …)»."""
    from pathlib import Path

    from tahqiq.review.devset import IN_SAMPLE, by_sample

    stem = Path(catalogue.works[0].texts[0].file).stem
    df = pd.DataFrame({"id": ["c1"], "citations": [f"{stem}:bib:ar:14"]})
    h = render.table(df, "t", more=["citations"]).html
    assert f"{stem}:bib" not in h.split("tq-row-more")[1]
    rows, _ = by_sample(pd.DataFrame({"measure": ["m"], IN_SAMPLE: ["1.0"]}), "ar")
    assert rows.loc[0, "set"] == render.column_label(IN_SAMPLE, "ar") != IN_SAMPLE
