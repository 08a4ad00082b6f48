"""An anchor for every text (issue 10, part 2): given (``--date``), catalogued, or inferred from the
text with its evidence; never today's date. Synthetic texts, Arabic and English."""

import pytest

from tahqiq.cli import main
from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError
from tahqiq.extract.dates import dates_from_string, extract_dates


def rel(s, anchor=None):
    df = dates_from_string(s, anchor)
    return df[df["type"] == "relative"].iloc[0]


def test_a_publication_cue_gives_the_anchor():
    r = rel("نشر في 12 مارس 2019\n\nارتفعت الصادرات في العام الماضي.")
    assert r.start_date == "2018-01-01" and r.anchor.startswith("inferred 2019-03-12 (publication cue: «نشر في 12 مارس 2019»")
    r = rel("Published: March 12, 2019\n\nExports rose, as in the year before.\nارتفعت في العام الماضي")
    assert r.start_date == "2018-01-01" and "publication cue" in r.anchor


def test_a_dateline_gives_the_anchor():
    r = rel("القاهرة - 3 أبريل 2016\n\nقال الوزير إن النمو تباطأ هذا العام بعد سنوات من التوسع في الاستثمار.")
    assert r.start_date == "2016-01-01" and "dateline" in r.anchor


def test_a_copyright_year_gives_the_anchor():
    r = rel("قال الوزير إن النمو تباطأ هذا العام.\n\n© 2011 جميع الحقوق محفوظة")
    assert r.start_date == "2011-01-01" and "copyright" in r.anchor


def test_a_headline_year_gives_the_anchor_unless_a_later_date_is_named():
    r = rel("حصاد 2013 الاقتصادي\n\nتباطأ النمو هذا العام.")
    assert r.start_date == "2013-01-01" and "headline" in r.anchor
    # a history headline: the text names a later day, which is the latest full date instead
    r = rel("حرب 1973\n\nانتهت في 24 أكتوبر 1973 ووقعت الاتفاقية في 18 يناير 1974. وفي العام التالي انسحبت القوات.")
    assert r.start_date == "1975-01-01" and r.anchor.startswith("preceding date")


def test_the_latest_full_date_gives_the_anchor():
    df = dates_from_string("وقع الاتفاق في 5 مايو 2008 ثم عدل في 9 يونيو 2010.\n\nوفي الفقرة التالية: تغير هذا العام.")
    r = df[df["type"] == "relative"].iloc[0]
    assert r.start_date == "2010-01-01" and "latest full date" in r.anchor


def test_without_any_evidence_a_relative_expression_stays_unresolved():
    r = rel("ارتفعت الصادرات في العام الماضي.")
    assert r.start_date is None and r.anchor is None


def test_a_given_date_wins_over_the_inferred_one():
    r = rel("نشر في 12 مارس 2019\n\nارتفعت الصادرات في العام الماضي.", "2022-01-05")
    assert r.start_date == "2021-01-01" and r.anchor == "given 2022-01-05"


def test_the_document_date_is_the_anchor_and_a_bad_one_is_named(tmp_path):
    doc = Document(path=tmp_path / "x.txt", raw="ارتفعت الصادرات في العام الماضي.", date="2015-06-01")
    assert extract_dates(doc).iloc[0]["start_date"] == "2014-01-01"
    with pytest.raises(TahqiqError, match="not a date"):
        extract_dates(Document(path=tmp_path / "x.txt", raw="x", date="2015-13-01"))


def test_cli_date_option(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("ارتفعت الصادرات في العام الماضي.\n", encoding="utf-8")
    assert main(["extract", "dates", str(p), "--date", "2015-06-01", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "2014-01-01" in out and "given 2015-06-01" in out
    assert main(["extract", "dates", str(p), "--format", "csv"]) == 0
    assert "2014-01-01" not in capsys.readouterr().out
    assert main(["extract", "dates", str(p), "--date", "15/06/2015"]) != 0
    assert "--date" in capsys.readouterr().err


def test_the_article_template_takes_a_publication_date(tmp_path):
    from tahqiq.book.chapter import Chapter

    p = tmp_path / "a.txt"
    p.write_text("ارتفعت الصادرات في العام الماضي.\n", encoding="utf-8")
    ch = Chapter.load(text_path=str(p), date_published="2015-06-01")
    assert extract_dates(ch.doc).iloc[0]["start_date"] == "2014-01-01"
    assert Chapter.load(text_path=str(p)).doc.date is None


def test_the_devset_benchmark_says_plainly_when_there_is_no_devset(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_devset.py"
    res = subprocess.run([sys.executable, str(bench), str(tmp_path / "nowhere")], capture_output=True, text=True)
    assert res.returncode == 0 and "No dev set" in res.stdout


def test_findings_take_a_date_too(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("ارتفعت الصادرات في العام الماضي بنسبة 5%.\n", encoding="utf-8")
    assert main(["findings", str(p), "--date", "2015-06-01", "--format", "csv"]) == 0
    capsys.readouterr()
    assert main(["findings", str(p), "--date", "June 2015"]) != 0
    assert "--date" in capsys.readouterr().err


def test_a_one_line_text_or_a_first_sentence_is_no_headline():
    df = dates_from_string("في تسعينيات القرن الماضي تطورت العلاقات بعد عام 1991 وعام 1994.")
    assert df.iloc[0]["type"] == "decade" and df.iloc[0]["start_date"] is None
    df = dates_from_string("تطورت العلاقات بعد عام 1994 كثيرا.\nوفي العام الماضي تراجعت.")
    assert df[df["type"] == "relative"].iloc[0]["start_date"] is None


# -- a year given as the anchor, the text's dateline in that year: its day too ----------------

def test_a_year_only_anchor_takes_the_day_of_the_texts_dateline_in_that_year():
    from tahqiq.extract.dates import dates_from_string
    s = "عمّان – 18 آذار 2025\n\nقال المدير أمس إن المحطة تفتتح في كانون الثاني المقبل."
    got = [(r.text, r.start_date) for r in dates_from_string(s, "2025").itertuples()]
    assert got[1:] == [("أمس", "2025-03-17"), ("كانون الثاني المقبل", "2026-01-01")]
    assert "dateline" in dates_from_string(s, "2025").iloc[1].anchor
    # a dateline of another year does not refine the anchor given
    got = [(r.text, r.start_date) for r in dates_from_string(s, "2024").itertuples()]
    assert got[1] == ("أمس", None)


@pytest.mark.parametrize("s,start", [
    ("تبدأ الدراسة في أيلول المقبل.", "2025-09-01"),
    ("تبدأ الدراسة في كانون الثاني المقبل.", "2026-01-01"),  # no January of 2025 is still to come
    ("انتهت الدراسة في كانون الأول الماضي.", "2024-12-01"),  # nor a December of 2025 already past
    ("انتهت الدراسة في أيار الماضي.", "2025-05-01"),
])
def test_a_month_with_deixis_and_a_year_only_anchor(s, start):
    from tahqiq.extract.dates import dates_from_string
    assert dates_from_string(s, "2025").iloc[0].start_date == start
