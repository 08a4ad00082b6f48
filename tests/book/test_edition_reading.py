"""The critical edition of a scrambled text shows each backwards line with its recovered reading."""

import pandas as pd

from tahqiq.book import edition as ed


def test_each_backwards_line_shows_its_recovered_reading_beside_it():
    raw = "موسكو  في  2001عام   الاتفاقية  الجانبان وقع\nسطر بلا تاريخ\n"
    blocks = pd.DataFrame([{"kind": "paragraph", "start": 0, "end": len(raw) - 1, "text": raw[:-1], "level": None,
                            "number": None}])
    dates = pd.DataFrame([{"start": 11, "end": 18, "type": "year", "start_date": "2001-01-01", "end_date": "2001-12-31"}])
    figures = pd.DataFrame(columns=["start", "end", "type", "value", "unit"])
    empty = pd.DataFrame(columns=["start", "end", "kind", "marker"])
    nofind = pd.DataFrame(columns=["id", "kind", "spans"])
    html = ed.edition(raw, "pdf-scrambled", blocks, ed.apparatus("t.txt", dates, figures, empty, nofind),
                      dates, figures).html
    assert html.count('class="tq-recovered"') == 2
    assert '<div class="tq-reading" dir="rtl" lang="ar">الجانبان وقع الاتفاقية عام 2001 في موسكو</div>' in html
    assert "date (year): 2001-01-01 – 2001-12-31" in html
    assert html.count('class="tq-reading"') == 1  # the line printed in order has no reading of its own


def test_reading_is_escaped():
    raw = "<b>x</b>  في   &amp;  نص\n"
    blocks = pd.DataFrame([{"kind": "paragraph", "start": 0, "end": len(raw) - 1, "text": raw[:-1], "level": None,
                            "number": None}])
    none = pd.DataFrame(columns=["start", "end", "type", "value", "unit", "start_date", "end_date"])
    html = ed.edition(raw, "pdf-scrambled", blocks, ed.Apparatus(), none, none).html
    assert "<b>" not in html and "&lt;b&gt;" in html
