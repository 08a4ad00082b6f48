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
        assert h.count('<details class="tq-row-more">') == 2 and f">{more}</summary>" in h
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
