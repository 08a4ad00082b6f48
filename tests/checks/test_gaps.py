"""stated-gap (checks/gaps.py): a gap of years or months stated between two dated events of one
sentence («أي بعد N سنوات»، «بعد N أشهر من … عام Y») against their dates. Synthetic sentences."""

from __future__ import annotations

import pytest

from tahqiq.checks.gaps import stated_gap
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts
from tahqiq.review.messages import arabic


def findings(s: str, form: str = "plain"):
    return stated_gap(Facts([text_facts(from_string(s, form))]))


@pytest.mark.parametrize("s, stated, unit", [
    # the gloss shape: «أي بعد N» after the second of two dates
    ("افتتح المصنع الأول عام 1985 ثم افتتح الثاني عام 1995، أي بعد ست سنوات.", 6, "year"),
    ("وقعت الوزارة الاتفاق في آذار 2019، ونفذت المرحلة الأولى في تموز 2019، أي بعد سبعة أشهر من التوقيع.", 7, "month"),
    ("أنشئ المعهد عام 1962 وتحول إلى جامعة عام 1975، أي بعد عشرين عاماً من إنشائه.", 20, "year"),
    ("بدأ الحصار في شباط 2011 ورفع في آب 2011، أي بعد شهرين.", 2, "month"),
    # the «من … عام X» shape
    ("وأصدرت المحكمة حكمها عام 2016، بعد تسع سنوات من رفع الدعوى عام 2012.", 9, "year"),
    ("أعلنت الحكومة الخطة في أيار 2020، قبل ثلاثة أعوام من الانتخابات في حزيران 2025.", 3, "year"),
    # an approximated gap: «نحو N» half a unit more of slack, «أكثر من N» at least N, «أقل من N» at most N
    ("أنشئ المعهد عام 1962 وتحول إلى جامعة عام 1975، أي بعد نحو عشرين عاماً.", 20, "year"),
    ("وقّعت أنقرة الصفقة في أيلول 2017، وبدأ تسلمها في تموز 2019، أي بعد نحو ثلاثة أعوام من التوقيع.", 3, "year"),
    ("وُقعت المعاهدة عام 1990، وبعد أقل من عشرين عاماً، في 2021، انسحبت منها روسيا.", 20, "year"),
])
def test_gap_against_the_dates(s, stated, unit):
    fs = findings(s)
    assert len(fs) == 1, s
    f = fs[0]
    assert f.kind == "duration-mismatch"
    assert (f.evidence["stated"], f.evidence["unit"]) == (stated, unit)
    ar = arabic(f.kind, f.evidence, [sp.text for sp in f.spans])
    assert "{" not in ar


@pytest.mark.parametrize("s", [
    "افتتح المصنع الأول عام 1985 ثم افتتح الثاني عام 1995، أي بعد عشر سنوات.",
    "افتتح المصنع الأول عام 1985 ثم افتتح الثاني عام 1995، أي بعد تسع سنوات.",  # a year of slack
    "وقعت الوزارة الاتفاق في آذار 2019، ونفذت المرحلة الأولى في تموز 2019، أي بعد أربعة أشهر من التوقيع.",
    "وأصدرت المحكمة حكمها عام 2016، بعد أربع سنوات من رفع الدعوى عام 2012.",
    "أعلنت الحكومة الخطة في أيار 2020، قبل خمسة أعوام من الانتخابات في حزيران 2025.",
    "أنشئ المعهد عام 1962 وتحول إلى جامعة عام 1975، أي بعد نحو أربعة عشر عاماً.",  # approximated, and near
    "وُقعت المعاهدة عام 1990، وبعد أكثر من عشرين عاماً، في 2021، انسحبت منها روسيا.",  # at least twenty: 31 is
    "أطلقت المبادرة في أيلول 2013، وانضمت إليها الدولة في آذار 2015، أي بعد أقل من عامين.",  # at most two
    "أنشئ المعهد عام 1962، وبعد عشرين عاماً تحول إلى جامعة.",  # no second date
    "زار الوفد القاهرة عام 2010 ثم عمان عام 2014، وعاد بعد ثلاث سنوات.",  # no «أي», no dated «من»
    "تأسس النادي عام 1950. وفي عام 1970، أي بعد خمس سنوات من الاستقلال، فاز بالكأس.",  # one date in the sentence
    "بلغ الإنتاج 40 طناً عام 2015 و60 طناً عام 2020، أي بعد خمس سنوات.",
])
def test_no_gap_finding(s):
    assert findings(s) == []


@pytest.mark.parametrize("s", [
    "بدأ بناء الجسر عام 2004 وافتتح عام 2001، أي بعد ثلاث سنوات.",
    "وقعت الشركة العقد في تشرين الثاني 2020، وبدأ البناء في شباط 2020، أي بعد ثلاثة أشهر من توقيع العقد.",
])
def test_gloss_after_running_backwards(s):
    fs = findings(s)
    assert [f.kind for f in fs] == ["order-word-contradiction"]
    ar = arabic(fs[0].kind, fs[0].evidence, [sp.text for sp in fs[0].spans])
    assert ar.startswith("تجعل كلمة «بعد»")


def test_scrambled_text_is_skipped():
    assert findings("افتتح المصنع الأول عام 1985 ثم افتتح الثاني عام 1995، أي بعد ست سنوات.", "pdf-scrambled") == []


@pytest.mark.parametrize("s, kind", [
    ("أجرت الهيئة مسحاً عام 2016 شمل ألف أسرة. وبعد ثلاث سنوات، في مسح أجري عام 2019، ارتفعت النسبة.", None),
    ("أجرت الهيئة مسحاً عام 2016 شمل ألف أسرة. وقبل ثلاث سنوات، في مسح أجري عام 2019، ارتفعت النسبة.",
     "order-word-contradiction"),
    ("أجرت الهيئة مسحاً عام 2016 شمل ألف أسرة. وبعد ست سنوات، في مسح أجري عام 2019، ارتفعت النسبة.",
     "duration-mismatch"),
    ("افتتح الميناء عام 2008. وبعده بأربع سنوات افتتح المطار في أيار 2012.", None),
    ("افتتح الميناء عام 2008. وبعد ذلك بعامين افتتح المطار في أيار 2012.", "duration-mismatch"),
    ("افتتح الميناء عام 2008. وبعد ثلاث سنوات من التعثر، افتتح المطار في أيار 2015.", None),  # counted from else
    ("افتتح الميناء عام 2008.\nوبعد عامين افتتح المطار في أيار 2015.", None),  # another paragraph
])
def test_a_sentence_opened_by_a_gap(s, kind):
    fs = findings(s)
    assert [f.kind for f in fs] == ([kind] if kind else []), s
    for f in fs:
        assert "{" not in arabic(f.kind, f.evidence, [sp.text for sp in f.spans])


@pytest.mark.parametrize("s", [
    # a citation's year in brackets is no event of the sentence before
    "أجرت الهيئة مسحاً عام 2016 شمل ألف أسرة (الهيئة، 2018: 12). وبعد ثلاث سنوات، في مسح أجري عام 2019، ارتفعت النسبة.",
    # the gap may count from the first date of the sentence before as well as from its last
    "بدأ المشروع عام 2010 وتعثر عام 2013. وبعد خمس سنوات، في عام 2015، استؤنف العمل.",
])
def test_an_opening_gap_fits_one_date_of_the_sentence_before(s):
    assert findings(s) == []
