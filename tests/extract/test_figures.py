"""Figures: synthetic cases per rule, concrete corpus expectations, gold precision/recall, robustness."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tahqiq.corpus.catalogue import Document
from tahqiq.extract.figures import APPROX, COLUMNS, TYPES, extract_figures, figures_from_string
from tahqiq.review.gold import load_gold, score

GOLD = Path(__file__).parents[1] / "gold"


def rows(s: str) -> list[tuple]:
    """(text, value, unit, approx, type) of every figure of ``s``."""
    return [(r.text, r.value, r.unit, r.approx, r.type) for r in figures_from_string(s).itertuples()]


def one(s: str) -> tuple:
    got = rows(s)
    assert len(got) == 1, got
    return got[0]


# --------------------------------------------------------------------------- synthetic: rules


@pytest.mark.parametrize(
    "s, text, value, unit",
    [
        ("بلغت التجارة 240 مليار دولار", "240 مليار دولار", 240e9, "USD"),
        ("صدرت روسيا 107 ملايين طن", "107 ملايين طن", 107e6, "tonne"),  # plural scale
        ("خسر مليوني دولار", "مليوني دولار", 2e6, "USD"),  # dual scale in construct
        ("وصلت إلى مليارين", "مليارين", 2e9, None),  # dual scale alone
        ("صدرت ثلاثة ملايين طن", "ثلاثة ملايين طن", 3e6, "tonne"),  # number word + scale
        ("500 ألف برميل يومياً", "500 ألف برميل يومياً", 500e3, "barrel/day"),
        ("$300 million", "$300 million", 300e6, "USD"),
    ],
)
def test_scale_words(s, text, value, unit):
    got = one(s)
    assert got[:3] == (text, value, unit)


def test_scale_factor_column():
    df = figures_from_string("240 مليار دولار و 64%")
    assert df.scale.iloc[0] == 1e9 and df.scale.isna().iloc[1]


def test_arabic_decimal_comma():
    assert one("بنسبة ٢٦،٣ %")[:3] == ("٢٦،٣ %", 26.3, "%")
    assert one("بلغ ٢٤٠،١ مليار دولار أمريكي")[:3] == ("٢٤٠،١ مليار دولار أمريكي", 240.1e9, "USD")
    # a comma between words or numbers of a list is not a decimal comma
    assert rows("في ٢٠٢٢، ٢٠٢٣") == []


@pytest.mark.parametrize("s, text", [("بنسبة 64%", "64%"), ("بنسبة %64", "%64"), ("بنسبة ٢٤ ٪", "٢٤ ٪"),
                                     ("بنسبة ١٠٪", "١٠٪"), ("عشرين بالمئة", "عشرين بالمئة")])
def test_percent_before_or_after(s, text):
    got = one(s)
    assert got[0] == text and got[2] == "%" and got[4] == "percent"


@pytest.mark.parametrize(
    "s, unit",
    [("20 دولاراً", "USD"), ("207 تريليون روبل", "RUB"), ("50 مليار يوان", "CNY"), ("3 ملايين يورو", "EUR")],
)
def test_currencies(s, unit):
    got = one(s)
    assert got[2] == unit and got[4] == "money"


@pytest.mark.parametrize(
    "s, unit",
    [("تصدير ١٠ مليارات متر مكعب سنوياً", "m3/year"), ("88000 برميل يومياً", "barrel/day"),
     ("بطول 4300 كيلومتر", "km"), ("بطول ٨٧٠٠ ميل", "mile"), ("بطول 1056 كم", "km"), ("5 million tons", "tonne")],
)
def test_units(s, unit):
    got = one(s)
    assert got[2] == unit and got[4] == "measure"


@pytest.mark.parametrize(
    "s, value, unit",
    [("نشر 2000 جندي", 2000, "جندي"), ("أكثر من 300 طائرة", 300, "طائرة"), ("حصلت على 1163 جزيرة", 1163, "جزيرة"),
     ("بإقامة أربع محطات", 4, "محطة"), ("بيان من 7000 كلمة", 7000, "كلمة"), ("لمدة 6 أيام", 6, "يوم"),
     ("أرسلت 10 آلاف جندي", 10_000, "جندي"), ("China buys 463 D30 engines", 463, "engine"),
     ("over 5,000 troops", 5000, "troop"), ("يبلغ عدد السكان 145 مليون نسمة", 145e6, "نسمة")],
)
def test_counts(s, value, unit):
    got = one(s)
    assert got[1:3] == (value, unit) and got[4] == "count"


@pytest.mark.parametrize(
    "s, text, value, unit",
    [("منذ ثلاثة عقود", "ثلاثة عقود", 3, "عقد"), ("اثني عشر عاماً", "اثني عشر عاماً", 12, "عام"),
     ("على مدى السنوات الخمس المقبلة", "السنوات الخمس", 5, "سنة"), ("لمؤشرات ثلاثة للتعاون", "مؤشرات ثلاثة", 3, "مؤشر"),
     ("بثلاث مراحل مختلفة", "ثلاث مراحل", 3, "مرحلة"), ("خمسة وعشرين عاما", "خمسة وعشرين عاما", 25, "عام")],
)
def test_number_words(s, text, value, unit):
    assert one(s)[:3] == (text, value, unit)


@pytest.mark.parametrize("s, unit", [("استمرت يومين", "يوم"), ("بعد شهرين", "شهر"), ("كل أسبوعين", "أسبوع"),
                                     ("تألفت من جزأين", "جزء"), ("دمج طائرتين", "طائرة")])
def test_duals(s, unit):
    got = one(s)
    assert got[1:3] == (2, unit) and got[4] == "count"


@pytest.mark.parametrize("s", ["بين البلدين", "أعلنت الدولتان", "أكد الطرفان", "بين الجانبين", "شريكين استراتيجيين"])
def test_duals_naming_the_two_parties_are_not_figures(s):
    assert rows(s) == []


@pytest.mark.parametrize(
    "s, value",
    [("الذكرى السنوية الخامسة والسبعين", 75), ("دورة الألعاب الأولمبية الشتوية الرابعة والعشرين", 24),
     ("لولاية الخامسة", 5), ("الزيارة الثالثة له", 3), ("خلال الاجتماع الثالث عشر", 13)],
)
def test_ordinals(s, value):
    got = one(s)
    assert got[1] == value and got[4] == "ordinal"


@pytest.mark.parametrize("s", ["المبحث الثاني", "المطلب الأول", "الحرب العالمية الثانية", "في تشرين الثاني",
                               "القرن الحادي والعشرين", "قمة مجموعة العشرين", "ثاني أكبر مورد"])
def test_ordinals_that_are_not_figures(s):
    assert rows(s) == []


@pytest.mark.parametrize(
    "s, approx",
    [("بنحو 64%", "about"), ("حوالي 3 ملايين", "about"), ("ما يقرب من 5000 جندي", "about"),
     ("قرابة 50 طائرة", "about"), ("أكثر من 300 طائرة", "more_than"), ("ما يزيد عن 40 عاما", "more_than"),
     ("أقل من 5%", "less_than"), ("ما لا يقل عن 10 سفن", "at_least"), ("ما يصل إلى 20 ضابطاً", "up_to"),
     ("بلغت 64%", None)],
)
def test_approximators_as_bounds(s, approx):
    assert one(s)[3] == approx


@pytest.mark.parametrize("s", ["في عام 2022 ازدادت", "منذ 2014", "بين عامي 2021 و2022", "ابتداء من 2012، الأمر",
                               "في 4 / شباط / عام 2022", "بين ١٦ و ١٧ أيار", "April 24, 2024", "2026/07/10",
                               "الفترة ٢٠٢٣-٢٠١٤", "( ١٩٩١.١٩٤٩ )", "تمرين Zapad 2021"])
def test_years_and_dates_are_not_figures(s):
    assert rows(s) == []


def scrambled(raw: str) -> list[tuple]:
    """(text, value, unit) of every figure of ``raw`` read as a text with scrambled lines."""
    doc = Document(path=Path("<scrambled>"), raw=raw, form="pdf-scrambled")
    return [(r.text, r.value, r.unit) for r in extract_figures(doc).itertuples()]


def test_unit_before_the_number_in_a_line_printed_in_reverse_word_order():
    raw = "الوقت الذي كانت فيه روسيا تصدر مايقرب من  برميل يومياً   800000\nجندي،   5000يقرب من"
    assert scrambled(raw) == [("800000", 800000, "barrel/day"), ("5000", 5000, "جندي")]
    # in a text whose lines are in order the word before a number is not its unit, and a bare
    # number measures nothing
    assert rows(raw) == []
    # a word glued before the noun is another piece of the line («وروسي» + «جندي»)
    assert scrambled("فيها  وروسيجندي    10000الروسية") == [("10000", 10000, "جندي")]


@pytest.mark.parametrize("raw, expected", [
    # the first word of the chunk before the number
    ("طائرة مقاتلة روسية من طراز    200على ترخيص", [("200", 200, "طائرة")]),
    # a noun glued after a number belongs to the number before it in the reversed line
    ("طائرة هليكوبتر  50مركبة عسكرية، وأكثر من    300وأكثر من", [("50", 50, "طائرة"), ("300", 300, "مركبة")]),
    # but it is the number's own when nothing else claims it
    ("على  ف  1281جزيرة،  العامة", [("1281جزيرة", 1281, "جزيرة")]),
    # the nearest free unit of the line, with a scale word lying between
    ("إلى   ستصل  أنها  م  80وتقدر  عام  مليار  بحلول  مكعب", [("80", 80e9, "m3")]),
    ("اقف الولايات المتحدة %، ولم تبد الصين اهتماماً بدعم مو 99", [("99", 99, "%")]),
    # «كل عام» and a noun in construct with a definite noun are not counted
    ("من كبار ضباط جيش التحرير الشعبي في كل عام  20تقبل", [("20", 20, "ضابط")]),
    ("تبلغ 38، من شركة الغاز الروسية", []),
    # coordinated numbers share their noun
    ("فيها  وروسيجندي    10000الروسية،  صيني   8000)", [("10000", 10000, "جندي"), ("8000", 8000, "جندي")]),
    ("هذه المراحل السبعة في ثلاث   ،الدراسة", [("المراحل السبعة", 7, "مرحلة"), ("ثلاث", 3, "مرحلة")]),
    # a number closing its line takes the unit that opens the next one
    ("يبلغ طولها  ،  القوات    4300وتسريح\n\n(2) كيلومتر، الأمر", [("4300", 4300, "km")]),
    ("تتناول الدراسة سبع يقدم\nدولتين، أيةمؤشرات لتقييم", [("سبع", 7, "مؤشر")]),
    # amounts in one currency share the scale word only one of them kept
    ("و  400بقيمة   دولار  عامي    270مليار  في  دولار", [("400", 400e9, "USD"), ("270مليار", 270e9, "USD")]),
    # «مليار دولار» cut in two and printed in reverse: the currency is read beside the scale word
    ("روسيا دولار أمريكي، مليار    ٢٤٠،١ بلغ", [("٢٤٠،١", 240.1e9, "USD")]),
    # a rate adverb cut away from its unit, and «إضافية» between the unit and the rate
    ("القادمة  إضافية سنوياً، مع  مليارات متر مكعب ١٠  تصدير", [("١٠", 10e9, "m3/year")]),
    ("تصدير ١٠ مليارات متر مكعب إضافية سنوياً", [("١٠ مليارات متر مكعب إضافية سنوياً", 10e9, "m3/year")]),
    # a range whose bounds both find the unit is one figure, at its lower bound
    ("الأمر الذي سنوات.    4-3كل  على", [("4-3", 3, "سنة")]),
    # words glued before a number word
    ("على النحو التاليثلاث محاور رئيسة", [("ثلاث محاور", 3, "محور")]),
    ("في ثلاث   ،الدراسةالمؤشرات السبع المذكورة", [("ثلاث", 3, "مؤشر"), ("المؤشرات السبع", 7, "مؤشر")]),
])
def test_scrambled_lines_find_what_a_number_measures(raw, expected):
    assert scrambled(raw) == expected


@pytest.mark.parametrize("raw", [
    "يمكن توقع انخفاض مؤشرات ه  . ومع ذلك، فإن4و  3و  2تتطلب المراحل",  # labels of stages
    "(1شكل بياني ) مؤشرات",  # a figure label
    "بسيارتي شحن من طراز  154-مثل مقايضة",  # Tu-154 printed «154-»: a model name («بسيارتي» aside)
    "اشتمل على سفن قد  . و (Panda; 2016)",  # a year the dates extractor did not place
    "2005أغسطس    25-19  الفترة من جزيرة",  # the days of a date
    "الاجتماع  22بيان من وزير",  # a number with nothing it measures on its line or the next
])
def test_scrambled_lines_numbers_that_measure_nothing(raw):
    assert [r for r in scrambled(raw) if r[2] != "سيارة"] == []


def test_rate_adjective_before_the_number():
    assert one("إمدادات سنوية تبلغ 38 مليار متر مكعب")[1:3] == (38e9, "m3/year")
    assert scrambled("38، تبلغ غازبروم مدادات سنوية\nمليار متر مكعب (bcm)") == [("38", 38e9, "m3/year")]
    assert one("الصادرات السنوية بقيمة 5 مليارات دولار")[2] == "USD"  # money keeps its unit


def test_construct_dual_of_a_feminine_counted_noun():
    assert one("مقايضة طائرة بسيارتي شحن")[:3] == ("سيارتي", 2, "سيارة")
    assert rows("ركبت سيارتي الجديدة") == []  # “my new car”
    assert rows("في منطقتي آسيا وأوروبا") == []  # two names


def test_ranges_and_bounds_share_the_unit():
    assert rows("20-30%") == [("20-30%", 20, "%", None, "percent")]  # one figure, its lower bound
    assert rows("كل 4-3 سنوات") == [("4-3 سنوات", 3, "سنة", None, "count")]  # printed right to left
    assert rows("بين 2 و3 ملايين دولار") == [
        ("2", 2e6, "USD", None, "money"), ("3 ملايين دولار", 3e6, "USD", None, "money")]
    assert [r[2] for r in rows("من 5 إلى 10 أيام")] == ["يوم", "يوم"]
    assert rows("في الفترة من 19-25 أغسطس 2005") == []  # days of a date


def test_a_four_digit_count_is_not_a_year():
    assert one("نشر 2000 جندي")[1:3] == (2000, "جندي")


@pytest.mark.parametrize("s", ["العقوبات (1) ، ووفقاً", "التجارة[4] مع", "عام ١٩٩١^(١).", "الدولية<sup>(٢)</sup>، ففي",
                               "ص ١٢٣", "ص ٢٦٨-٢٦٩", "ص ١١٨ و ١٧٥", "العدد ٥٨", "المجلد ٣٨ ، العدد ٣",
                               "(Snyder: 1997, p 123)", "Kuchins): 129 ,2014(", "عنه  )350 ,1997\nالتنبؤ", "No. 38,", "المرحلة 3", "١. ما هو السياق", "نص\n41\nنص",
                               "S-400 و Su-35", "covid-19", "https://tass.com/politics/1780663", "Tel: 009647719082131",
                               "الساعة 05:05"])
def test_markers_references_and_codes_are_not_figures(s):
    assert rows(s) == []


@pytest.mark.parametrize("s", ["في عام واحد", "أحد أهم الشركاء", "مبدأ صين واحدة", "مليارات الدولارات",
                               "آلاف الجنود"])
def test_single_and_vague_quantities_are_not_figures(s):
    assert rows(s) == []


def test_columns_types_and_offsets():
    s = "وصلت التجارة إلى 240 مليار دولار، بزيادة تقدر بنحو 64% منذ فبراير 2022."
    df = figures_from_string(s)
    assert tuple(df.columns) == COLUMNS
    assert list(df.start) == sorted(df.start)
    for r in df.itertuples():
        assert s[r.start:r.end] == r.text
    assert df.iloc[0].counts == "دولار" and df.iloc[0].type == "money"
    assert set(df.type) <= set(TYPES) and set(df.approx.dropna()) <= set(APPROX)


def test_empty_result_has_the_columns():
    df = figures_from_string("لا أرقام هنا")
    assert df.empty and tuple(df.columns) == COLUMNS


# --------------------------------------------------------------------------- the corpus


def _find(df, text):
    hit = df[df.text == text]
    assert len(hit) >= 1, f"{text!r} not found in {list(df.text)}"
    return hit.iloc[0]


def test_003_figures(docs):
    df = extract_figures(docs["003"])
    r = _find(df, "240 مليار دولار")
    assert (r.value, r.unit, r.scale, r.type) == (240e9, "USD", 1e9, "money")
    r = _find(df, "64%")
    assert (r.value, r.unit, r.approx) == (64, "%", "about")
    r = _find(df, "107 ملايين طن")
    assert (r.value, r.unit, r.type) == (107e6, "tonne", "measure")
    r = _find(df, "7000 كلمة")
    assert (r.value, r.unit, r.counts) == (7000, "كلمة", "كلمة")
    r = _find(df, "الخامسة والسبعين")
    assert (r.value, r.type, r.counts) == (75, "ordinal", "الذكرى السنوية")
    assert _find(df, "يومين").value == 2
    assert not df.text.str.contains("2022|2023|2021").any()  # years belong to the dates extractor


def test_000_and_001_figures(docs):
    for key in ("000", "001"):
        df = extract_figures(docs[key])
        assert _find(df, "٢٦،٣ %").value == 26.3
        r = _find(df, "٢٠٧ تريليون روبل")
        assert (r.value, r.unit, r.approx) == (207e12, "RUB", "up_to")
        assert _find(df, "٢٤ %").approx == "more_than"
        assert _find(df, "٢٥٥ مليون طن سنوياً").unit == "tonne/year"
        assert _find(df, "الرابعة والعشرين").value == 24
        assert (_find(df, "أربع محطات").value, _find(df, "ثلاثة عقود").unit) == (4, "عقد")
        # footnote markers, page and issue numbers of the notes are left out
        assert not df.text.isin(["(1)", "1", "٢٦٩", "٦٨"]).any()


def test_004_figures(docs):
    df = extract_figures(docs["004"])
    assert (_find(df, "6 أيام").value, _find(df, "6 أيام").unit) == (6, "يوم")
    assert _find(df, "جزأين").unit == "جزء"
    assert not df.text.str.contains("S-400|Su-35|2014|2022").any()


def test_offsets_on_every_text(docs):
    for doc in docs.values():
        df = extract_figures(doc)
        assert (df.file == doc.name).all()
        for r in df.itertuples():
            assert doc.raw[r.start:r.end] == r.text


# --------------------------------------------------------------------------- gold precision and recall

RECALL, PRECISION = 0.97, 0.95
# The text on which the targets are not reached (measured and reported, not hidden): 002, whose PDF
@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_gold_precision_and_recall(docs, key):
    gold_file = next(GOLD.glob(f"{key}_*.figures.yml"))
    gold = load_gold(gold_file)
    assert gold.attrs["complete"] is True
    s = score(extract_figures(docs[key]), gold, keys=["value", "unit"]).set_index("type").loc["all"]
    print(f"{key}: gold {s.gold} predicted {s.predicted} precision {s.precision:.3f} recall {s.recall:.3f}")
    assert s.recall >= RECALL and s.precision >= PRECISION


# --------------------------------------------------------------------------- robustness

_ALPHABET = st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩،,.%٪$()[]-/ \n") + [
    "مليار", "ملايين", "ألف", "مليونين", "دولار", "طن", "جندي", "نحو ", "أكثر من ", "عام ", "ص ", "ثلاثة", "عقود",
    "الخامسة والسبعين", "يومين", "سنوياً", "كم", "بالمئة", "<sup>", "\\_",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_property_no_exception_valid_offsets(s):
    df = figures_from_string(s)
    assert tuple(df.columns) == COLUMNS
    for r in df.itertuples():
        assert 0 <= r.start < r.end <= len(s)
        assert s[r.start:r.end] == r.text
    assert list(df.start) == sorted(df.start)
    assert all(a >= b for a, b in zip(df.start[1:], df.end[:-1]))  # figures do not overlap


def test_one_megabyte_adversarial_string_is_linear():
    """The extractor's work grows linearly with the text: a quarter of the string takes about a
    quarter of the time (the speed itself is a benchmark figure, `benchmarks/bench_figures.py`,
    not a timed test; a generous bound only catches a catastrophe)."""
    rnd = random.Random(0)
    parts = ["240", "مليار", "دولار", "64%", "%", "٢٦،٣", "ملايين", "1,234.5", "ثلاثة", "عقود", "يومين", "نحو",
             "أكثر من", "2022", "(3)", "ص", "12", "\n", "-", "٪", "الخامسة والسبعين", "7000", "كلمة", "١٩٩١.١٩٤٩",
             "/", "5", "مليونين", "$"]
    s = " ".join(rnd.choice(parts) for _ in range(220_000))[:1_000_000]

    def cpu(text: str) -> tuple[float, int]:
        # CPU time of this process: the work of the extractor, not of other jobs on the machine
        c0 = time.process_time()
        n = len(figures_from_string(text))
        return time.process_time() - c0, n

    cpu(s[:2_000])  # lexicons and patterns built once, outside the measure
    small, _ = cpu(s[:250_000])
    large, n = cpu(s)
    print(f"adversarial string: 250 KB {small:.2f} s CPU, 1 MB {large:.2f} s CPU ({n} figures)")
    assert n > 10_000
    assert large < 6 * small + 0.5  # linear: about 4x
    assert large < 20


def test_quality_table_pools_the_gold_sets():
    from tahqiq.review.gold import QUALITY_COLUMNS, quality

    q = quality("figures")
    assert tuple(q.columns) == QUALITY_COLUMNS
    pooled = q[(q.text == "all texts") & (q.type == "all")].iloc[0]
    per_text = q[(q.text != "all texts") & (q.type == "all")]
    assert pooled.gold == per_text.gold.sum() == 130
    assert pooled.tp == per_text.tp.sum()
    assert pooled.recall >= RECALL and pooled.precision >= PRECISION
    with pytest.raises(Exception, match="unknown kind"):
        quality("people")


def test_numbers_of_quarters_and_halves_are_not_figures():
    assert rows("في الربع الأول من عام 2024") == []
    assert rows("first quarter of 2024 and Q1 2024") == []


def test_scramble_keeps_the_characters_and_reverses_the_pieces():
    import random

    from tahqiq.review.gold import scramble

    line = "بلغت التجارة 240 مليار دولار في عام 2023 (3) وفق https://x.org/a/2023/1"
    s = scramble(line, random.Random(0))
    assert sorted(s.replace(" ", "")) == sorted(line.replace(" ", ""))
    assert "https://x.org/a/2023/1" in s and "(3)" in s
    assert s.index("(3)") < s.index("240")  # the pieces come in reverse order


def test_scrambled_gold_lines_out_of_sample():
    """Clean gold lines scrambled like 002: a floor under today's figures (P 0.87, R 0.86 over 20 seeds)."""
    from tahqiq.review.gold import scrambled_quality

    q = scrambled_quality(5)
    tp, fp, fn = q.tp.sum(), q.fp.sum(), q.fn.sum()
    assert len(q) == 15 and tp / (tp + fp) >= 0.8 and tp / (tp + fn) >= 0.8


def test_validity_summary_and_a_project_without_gold(tmp_path, monkeypatch):
    from tahqiq.review import gold as g

    s = g.summary(seeds=2)
    assert s["figures_gold"] == "130" and float(s["figures_recall"]) >= RECALL
    assert s["scr_texts"] == "000, 003, 004" and s["scr_seeds"] == "2"
    monkeypatch.setattr(g, "gold_dir", lambda: tmp_path)  # no gold sets at all
    s = g.summary(seeds=2)
    assert s["dates_precision"] == s["scr_recall"] == "n/a" and s["figures_gold"] == "0"


def test_point_convention_tried_at_separators_is_the_search():
    """The decimal patterns of :func:`point_convention`, tried only at the runs of digits before a
    separator (``_found_at``), find a number exactly when a search over the whole text does."""
    import random

    from tahqiq.extract.figures import reading as R

    rnd = random.Random(0)
    pieces = ["1", "23", "٣", "٤٥", ".", ",", ".5", ",25", "1234", " ", "a", "كلمة", "٫", "²", "0.", "..", ",,"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 15)))
        for pattern, before in ((R._POINT_DECIMAL, R._BEFORE_POINT), (R._COMMA_DECIMAL, R._BEFORE_COMMA)):
            assert R._found_at(pattern, text, before) == bool(pattern.search(text))
