"""Arithmetic detectors: synthetic sentences with hand-built figure rows (positive and negative),
then what they find on the corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tahqiq.checks import arithmetic as ar
from tahqiq.checks import magnitude as mg
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts
from tahqiq.review.findings import Finding

FIG_COLUMNS = ("file", "start", "end", "text", "value", "unit", "scale", "approx", "counts", "type", "note")


def facts(raw: str, figs: list[tuple], name: str = "t.txt") -> Facts:
    """A one-text bundle whose figures table is built by hand: ``(text, value, type, unit[, scale, approx])``;
    a figure's span is the first occurrence of its text after the previous figure."""
    t = text_facts(Document(path=Path(name), raw=raw))
    rows, pos = [], 0
    for text, value, kind, unit, *rest in figs:
        start = raw.index(text, pos)
        pos = start + len(text)
        scale = rest[0] if rest else None
        approx = rest[1] if len(rest) > 1 else None
        rows.append(dict(file=name, start=start, end=pos, text=text, value=float(value), unit=unit, scale=scale,
                         approx=approx, counts=None, type=kind, note=None))
    t.__dict__["figures"] = pd.DataFrame(rows, columns=list(FIG_COLUMNS))
    return Facts([t])


def kinds(found: list[Finding]) -> list[str]:
    return [f.kind for f in found]


# --------------------------------------------------------------------------- sentences


def test_sentence_and_paragraph_bounds():
    raw = "First one. Second 2.5 here? Third.\n\nNew para. End"
    s, e = ar.sentence_bounds(raw, raw.index("2.5"))
    assert raw[s:e] == "Second 2.5 here?"
    s, e = ar.sentence_bounds(raw, raw.index("End"))
    assert raw[s:e] == "End"
    assert raw[slice(*ar.paragraph_bounds(raw, raw.index("Third")))] == "First one. Second 2.5 here? Third."


def test_interval_reflects_printed_precision_and_approximators():
    assert ar._interval(26.3, "٢٦،٣ %", 1.0, None) == pytest.approx((26.25, 26.35))
    assert ar._interval(240e9, "240 مليار", 1e9, None) == pytest.approx((239.5e9, 240.5e9))
    lo, hi = ar._interval(64, "64%", 1.0, "about")
    assert (lo, hi) == pytest.approx((57.6, 70.4))
    assert ar._interval(10, "10", 1.0, "more_than")[1] == float("inf")


# --------------------------------------------------------------------------- totals


def test_total_vs_parts_arabic_wrong_and_right():
    raw = "شارك 6000 جندي روسي و3000 جندي صيني بمجموع 10000 جندي في المناورة."
    figs = [("6000 جندي", 6000, "count", "جندي"), ("3000 جندي", 3000, "count", "جندي"),
            ("10000 جندي", 10000, "count", "جندي")]
    found = ar.arithmetic_total(facts(raw, figs))
    assert kinds(found) == ["arithmetic-total"]
    f = found[0]
    assert f.evidence["computed"] == 9000 and f.severity == "error"
    assert [s.text for s in f.spans] == ["6000 جندي", "3000 جندي", "10000 جندي"]
    ok = raw.replace("3000", "4000")
    figs[1] = ("4000 جندي", 4000, "count", "جندي")
    assert ar.arithmetic_total(facts(ok, figs)) == []


def test_total_breakdown_in_parentheses_english():
    raw = "The drill involved 10,000 troops (8,000 Chinese and 2,500 Russian) over two weeks."
    figs = [("10,000 troops", 10000, "count", "troop"), ("8,000", 8000, "number", ""), ("2,500", 2500, "number", "")]
    found = ar.arithmetic_total(facts(raw, figs))
    assert len(found) == 1 and found[0].evidence["computed"] == 10500
    fine = raw.replace("2,500", "2,000")
    figs[2] = ("2,000", 2000, "number", "")
    assert ar.arithmetic_total(facts(fine, figs)) == []


def test_together_after_the_total():
    raw = "Exports were 3 billion dollars and imports 2 billion dollars, 7 billion dollars together."
    figs = [("3 billion dollars", 3e9, "money", "USD", 1e9), ("2 billion dollars", 2e9, "money", "USD", 1e9),
            ("7 billion dollars", 7e9, "money", "USD", 1e9)]
    assert kinds(ar.arithmetic_total(facts(raw, figs))) == ["arithmetic-total"]


def test_unrelated_figures_are_not_a_total():
    raw = "Trade reached 240 billion dollars in total, while 64 ships and 12 aircraft took part."
    figs = [("240 billion dollars", 240e9, "money", "USD", 1e9), ("64 ships", 64, "count", "ship"),
            ("12 aircraft", 12, "count", "aircraft")]
    assert ar.arithmetic_total(facts(raw, figs)) == []


# --------------------------------------------------------------------------- growth


def test_growth_rate_wrong_arabic():
    raw = "ارتفعت التجارة من 100 مليار دولار إلى 150 مليار دولار بنسبة 25% خلال العام."
    figs = [("100 مليار دولار", 100e9, "money", "USD", 1e9), ("150 مليار دولار", 150e9, "money", "USD", 1e9),
            ("25%", 25, "percent", "%")]
    found = ar.arithmetic_growth(facts(raw, figs))
    assert kinds(found) == ["arithmetic-growth"]
    assert found[0].evidence["computed"] == pytest.approx(50.0)
    assert found[0].severity == "error"


@pytest.mark.parametrize(
    "raw, a, b, p, ok",
    [
        # the start value's year between it and «إلى»/to; «رفع»/raised as the verb of a rise
        ("رفعت الهيئة إيراداتها من 40 مليار دولار عام 2019 إلى 60 مليار دولار عام 2021، أي بزيادة 20%.",
         "40 مليار دولار", "60 مليار دولار", "20%", False),
        ("رفعت الهيئة إيراداتها من 40 مليار دولار عام 2019 إلى 60 مليار دولار عام 2021، أي بزيادة 50%.",
         "40 مليار دولار", "60 مليار دولار", "50%", True),
        ("The agency raised its revenue from 40 billion dollars in 2019 to 60 billion dollars in 2021, up 20%.",
         "40 billion dollars", "60 billion dollars", "20%", False),
        ("The agency raised its revenue from 40 billion dollars in 2019 to 60 billion dollars in 2021, up 50%.",
         "40 billion dollars", "60 billion dollars", "50%", True),
    ],
)
def test_growth_with_the_start_year_between_the_values(raw, a, b, p, ok):
    figs = [(a, 40e9, "money", "USD", 1e9), (b, 60e9, "money", "USD", 1e9), (p, float(p[:-1]), "percent", "%")]
    assert kinds(ar.arithmetic_growth(facts(raw, figs))) == ([] if ok else ["arithmetic-growth"])


def test_growth_rate_that_matches_is_fine():
    raw = "Trade rose from 147 billion dollars to 190 billion dollars, an increase of 29.3%."
    figs = [("147 billion dollars", 147e9, "money", "USD", 1e9), ("190 billion dollars", 190e9, "money", "USD", 1e9),
            ("29.3%", 29.3, "percent", "%")]
    assert ar.arithmetic_growth(facts(raw, figs)) == []


def test_decline_is_compared_as_a_fall():
    raw = "Exports fell from 80 million tons to 60 million tons, a drop of 25%."
    figs = [("80 million tons", 80e6, "measure", "tonne", 1e6), ("60 million tons", 60e6, "measure", "tonne", 1e6),
            ("25%", 25, "percent", "%")]
    assert ar.arithmetic_growth(facts(raw, figs)) == []
    wrong = raw.replace("25%", "40%")
    figs[2] = ("40%", 40, "percent", "%")
    found = ar.arithmetic_growth(facts(wrong, figs))
    assert len(found) == 1 and found[0].evidence["direction"] == "fall"


# --------------------------------------------------------------------------- share


def test_share_of_total():
    raw = "بلغت صادرات الطاقة 60 مليار دولار، أي 40% من 100 مليار دولار هي حجم التجارة."
    figs = [("60 مليار دولار", 60e9, "money", "USD", 1e9), ("40%", 40, "percent", "%"),
            ("100 مليار دولار", 100e9, "money", "USD", 1e9)]
    found = ar.arithmetic_share(facts(raw, figs))
    assert kinds(found) == ["arithmetic-share"]
    assert found[0].evidence["computed"] == pytest.approx(40e9)
    fine = raw.replace("40%", "60%")
    figs[1] = ("60%", 60, "percent", "%")
    assert ar.arithmetic_share(facts(fine, figs)) == []


# --------------------------------------------------------------------------- rate


def test_rate_of_events_vs_period():
    raw = "The navies held 12 exercises in 4 years, that is 4 a year."
    figs = [("12 exercises", 12, "count", "exercise"), ("4 years", 4, "count", "year"), ("4 a year", 4, "number", "")]
    found = ar.arithmetic_rate(facts(raw, figs))
    assert kinds(found) == ["arithmetic-rate"]
    assert found[0].evidence["computed"] == pytest.approx(3.0)
    fine = raw.replace("4 a year", "3 a year")
    figs[2] = ("3 a year", 3, "number", "")
    assert ar.arithmetic_rate(facts(fine, figs)) == []


def test_rate_arabic_months():
    raw = "أجرى البلدان 18 مناورة خلال 24 شهرا، أي بمعدل 9 مناورات سنويا."
    figs = [("18 مناورة", 18, "count", "مناورة"), ("24 شهرا", 24, "count", "شهر"), ("9 مناورات", 9, "count", "مناورة")]
    assert ar.arithmetic_rate(facts(raw, figs)) == []
    wrong = raw.replace("9 مناورات", "12 مناورات")
    figs[2] = ("12 مناورات", 12, "count", "مناورة")
    assert kinds(ar.arithmetic_rate(facts(wrong, figs))) == ["arithmetic-rate"]


# --------------------------------------------------------------------------- magnitude


def test_part_larger_than_whole():
    raw = "استوردت الصين 500 مليون طن من إجمالي 300 مليون طن من النفط."
    figs = [("500 مليون طن", 500e6, "measure", "tonne", 1e6), ("300 مليون طن", 300e6, "measure", "tonne", 1e6)]
    found = mg.arithmetic_magnitude(facts(raw, figs))
    assert kinds(found) == ["arithmetic-magnitude"] and found[0].severity == "error"
    fine = "استوردت الصين 100 مليون طن من إجمالي 300 مليون طن من النفط."
    figs[0] = ("100 مليون طن", 100e6, "measure", "tonne", 1e6)
    assert mg.arithmetic_magnitude(facts(fine, figs)) == []


def test_of_which_english():
    raw = "Trade was 20 billion dollars, of which 25 billion dollars were energy."
    figs = [("20 billion dollars", 20e9, "money", "USD", 1e9), ("25 billion dollars", 25e9, "money", "USD", 1e9)]
    assert kinds(mg.arithmetic_magnitude(facts(raw, figs))) == ["arithmetic-magnitude"]


def test_amount_larger_than_the_economy_and_additional_off_by_orders():
    raw = "تخطط موسكو لإنفاق 5 مليارات دولار، مع استثمارات إضافية تبلغ 300 تريليون روبل."
    figs = [("5 مليارات دولار", 5e9, "money", "USD", 1e9), ("300 تريليون روبل", 300e12, "money", "RUB", 1e12)]
    found = mg.arithmetic_magnitude(facts(raw, figs))
    rules = {f.evidence["rule"].split()[0] for f in found}
    assert len(found) == 2 and rules == {"«additional»", "amount"}
    sane = raw.replace("300 تريليون روبل", "300 مليار روبل")
    figs[1] = ("300 مليار روبل", 300e9, "money", "RUB", 1e9)
    assert mg.arithmetic_magnitude(facts(sane, figs)) == []


# --------------------------------------------------------------------------- corpus


@pytest.fixture(scope="module")
def corpus_facts(catalogue):
    from tahqiq.facts import gather

    return gather(catalogue.documents())


def test_corpus_magnitude_finds_the_rouble_investment(corpus_facts):
    found = mg.arithmetic_magnitude(corpus_facts)
    by_file = {}
    for f in found:
        by_file.setdefault(f.spans[0].file[:3], []).append(f)
    assert set(by_file) == {"000", "001"}
    texts = {s.text for f in by_file["000"] for s in f.spans}
    assert "٢٠٧ تريليون روبل" in texts and "٤ مليارات دولار" in texts
    for f in found:
        for s in f.spans:
            assert corpus_facts.by_file(s.file).raw[s.start:s.end] == s.text


# --------------------------------------------------------------------------- another whole than the parts' sum


def _total(s: str):
    from pathlib import Path

    from tahqiq.checks import REGISTRY, load_all
    from tahqiq.corpus.catalogue import Document
    from tahqiq.facts import Facts, text_facts

    load_all()
    return REGISTRY["arithmetic-total"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="plain"))]))


def test_a_world_total_is_not_the_sum_of_two_countries():
    assert _total("بلغت صادرات روسيا من القمح 40 مليون طن وصادرات كازاخستان 10 ملايين طن، "
                  "وبلغ إجمالي الصادرات العالمية 200 مليون طن.") == []
    assert _total("Russia exported 40 million tonnes and Kazakhstan 10 million tonnes; world exports were "
                  "200 million tonnes in total.") == []


def test_a_regional_total_is_not_a_part_of_the_worlds():
    assert _total("Output in the region reached 50 million tonnes and in Europe 30 million tonnes, "
                  "while the world total stood at 400 million tonnes.") == []


def test_parts_and_their_own_total_still_checked():
    assert len(_total("بلغت صادرات روسيا 40 مليون طن وكازاخستان 10 ملايين طن بمجموع 60 مليون طن.")) == 1
    assert len(_total("Russia exported 40 million tonnes and Kazakhstan 10 million tonnes, "
                      "60 million tonnes in total.")) == 1


@pytest.mark.parametrize("raw", [
    "سجلت البلدية 400 معاملة و300 معاملة، وبلغت المعاملات المنجزة 50 معاملة فقط في الشهر الأخير.",
    "وزعت الجمعية 200 سلة و150 سلة، ثم جمعت المعاطف 90 معطفا.",
    "The clinic saw 400 patients and 300 patients; the togetherness programme had 50 members.",
])
def test_a_total_cue_inside_a_longer_word_is_no_cue(raw):
    """«معا» ("together") is a cue only as a word: not inside «المعاملات» or «المعاطف»."""
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.facts import gather

    assert ar.arithmetic_total(gather([from_string(raw)])) == []


def test_a_total_cue_as_a_word_still_counts():
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.facts import gather

    raw = "سجلت البلدية 400 معاملة و300 معاملة، أي 500 معاملة معا."
    assert [f.kind for f in ar.arithmetic_total(gather([from_string(raw)]))] == ["arithmetic-total"]


def test_a_fraction_is_never_the_total_of_the_parts():
    """«نصف» / "half" is a share of the parts listed, not a stated total they must add up to."""
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.facts import gather

    raw = "سجلت البلدية 400 معاملة و300 معاملة، أي ما مجموعه نصف المعاملات."
    assert ar.arithmetic_total(gather([from_string(raw)])) == []


def test_a_count_of_other_things_is_no_part_of_a_count():
    raw = "شملت الدراسة 500 طالب في 20 مدرسة، منها 300 طالب في المدن."
    figs = [("500 طالب", 500, "count", "طالب", 1), ("20 مدرسة", 20, "count", "مدرسة", 1),
            ("300 طالب", 300, "count", "طالب", 1)]
    assert mg.arithmetic_magnitude(facts(raw, figs)) == []
    wrong = "شملت الدراسة 200 طالب، منها 300 طالب في المدن."
    figs = [("200 طالب", 200, "count", "طالب", 1), ("300 طالب", 300, "count", "طالب", 1)]
    assert kinds(mg.arithmetic_magnitude(facts(wrong, figs))) == ["arithmetic-magnitude"]


def test_the_part_is_the_figure_right_after_of_which():
    raw = "Sales were 900 thousand dollars, 5 thousand dollars per seller, of which 30%, that is 270 thousand dollars, came from pottery."
    figs = [("900 thousand dollars", 900e3, "money", "USD", 1e3), ("5 thousand dollars", 5e3, "money", "USD", 1e3),
            ("30%", 30, "percent", "%", 1), ("270 thousand dollars", 270e3, "money", "USD", 1e3)]
    assert mg.arithmetic_magnitude(facts(raw, figs)) == []
    wrong = "بلغت المبيعات 5 آلاف دولار، منها 270 ألف دولار من الفخار."
    figs = [("5 آلاف دولار", 5e3, "money", "USD", 1e3), ("270 ألف دولار", 270e3, "money", "USD", 1e3)]
    assert kinds(mg.arithmetic_magnitude(facts(wrong, figs))) == ["arithmetic-magnitude"]


def test_fmt_writes_large_computed_amounts_with_a_scale_word_never_scientific_notation():
    from tahqiq.checks.arithmetic import _fmt

    assert _fmt(2.07e14) == "207 trillion"
    assert _fmt(2.0712345e14) == "207.1 trillion"  # four significant digits, as before
    assert _fmt(-3.5e9) == "-3.5 billion"
    assert _fmt(1234.5) == "1,234.5" and _fmt(12.0) == "12"  # small amounts unchanged
    assert _fmt(float("inf")) == "∞"
    assert all("e+" not in _fmt(x) for x in (1e6, 9.99e8, 1.5e20))


@pytest.mark.parametrize("s", [
    # two compared pairs in one sentence: the rate after the second belongs to the second, with its own verb
    "انخفض متوسط الإيجار في المدينة من 50 ديناراً إلى 30 ديناراً، في حين ارتفع في الريف من 20 إلى 22 ديناراً، أي بنسبة 10%.",
    "تراجعت الصادرات من 80 مليون دولار إلى 60 مليون دولار، بينما زادت الواردات من 40 إلى 50 مليون دولار، بنسبة 25%.",
])
def test_a_rate_belongs_to_its_own_pair_and_verb(s):
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.facts import gather

    assert ar.arithmetic_growth(gather([from_string(s)])) == []


@pytest.mark.parametrize("s", [
    "انخفض متوسط الإيجار في المدينة من 50 ديناراً إلى 30 ديناراً، في حين ارتفع في الريف من 20 إلى 22 ديناراً، أي بنسبة 30%.",
    "تراجعت الصادرات من 80 مليون دولار إلى 60 مليون دولار، بينما زادت الواردات من 40 إلى 50 مليون دولار، بنسبة 45%.",
])
def test_a_wrong_rate_of_the_second_pair_is_still_found(s):
    from tahqiq.corpus.catalogue import from_string
    from tahqiq.facts import gather

    found = ar.arithmetic_growth(gather([from_string(s)]))
    assert len(found) == 1 and found[0].evidence["direction"] == "rise"
