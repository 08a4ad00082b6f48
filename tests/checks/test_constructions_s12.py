"""Constructions read since session 12's out-of-sample set (benchmarks/heldout9), each with its own
synthetic sentences (not the set's): a time phrase between a whole and «منها»; a distribution whose
demonstrative points to the paragraph before; «كل منها» (each of them) is no list; a lapse with
«ونصف»; a share restated after a list of amounts; «من الإجمالي» and a target «بحلول»; two treaties
named apart; a PDF's reference list without blank lines."""

from __future__ import annotations

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts

load_all()


def kinds(text: str, form: str = "plain", names=None) -> list[str]:
    facts = Facts([text_facts(from_string(text, form))])
    out = []
    for n, d in REGISTRY.items():
        if d.scope == "internal" and (names is None or n in names):
            out += [f.kind for f in d.func(facts)]
    return out


@pytest.mark.parametrize("whole, first, second, bad", [
    ("بلغت صادرات الشركة 8.2 مليار دولار خلال الأشهر الستة الأولى من السنة", "5.1 مليار دولار من الخام",
     "3.1 مليار دولار من المشتقات", "3.9 مليار دولار من المشتقات"),
    ("سجّل الميناء 14 مليون طن في السنوات الثلاث الأخيرة", "9 ملايين طن من الحبوب", "5 ملايين طن من الأسمدة",
     "8 ملايين طن من الأسمدة"),
])
def test_a_time_phrase_between_the_whole_and_its_parts(whole, first, second, bad):
    """«T في الأشهر الستة الأولى، منها A و B»: the period is the whole's, not the whole."""
    assert "arithmetic-parts" not in kinds(f"{whole}، منها {first} و{second}.")
    assert "arithmetic-parts" in kinds(f"{whole}، منها {first} و{bad}.")


DIST = ("بلغت صادرات الموانئ الأربعة من الحبوب {T} مليون طن في عام 2024.\n\n"
        "وتتوزع هذه الصادرات على النحو الآتي: جدة 4 ملايين طن، والدمام 3 ملايين طن، وينبع 2 مليون طن، وجازان {L} مليون طن.")


def test_a_distribution_whose_demonstrative_points_to_the_paragraph_before():
    assert "arithmetic-parts" not in kinds(DIST.format(T="10", L="1"))
    assert "arithmetic-parts" in kinds(DIST.format(T="10", L="6"))
    # without the demonstrative the whole of another paragraph is not read
    assert "arithmetic-parts" not in kinds(DIST.format(T="10", L="6").replace("هذه الصادرات", "الصادرات"))


@pytest.mark.parametrize("s", [
    "وتضم المحطة ستة توربينات قدرة كل منها 300 ميغاواط، أي 1800 ميغاواط في المجموع، بكلفة تقارب 3 مليارات دولار.",
    "اشترت الوزارة ثلاث طائرات ثمن كل منها 90 مليون دولار، وتسلمتها العام الماضي.",
])
def test_each_of_them_is_no_list(s):
    assert "count-mismatch" not in kinds(s)


def test_a_list_after_each_of_is_still_counted():
    assert "count-mismatch" in kinds("وزار الوفد ثلاث دول هي كل من مصر والأردن.")


@pytest.mark.parametrize("good, bad", [
    ("افتُتح الجسر في أكتوبر 2012، أي بعد عامين ونصف من بدء أعمال البناء في أبريل 2010.", None),
    ("وقّع الطرفان العقد في مارس 2015، وبعد ثلاث سنوات ونصف، في سبتمبر 2018، بدأ التشغيل.",
     "وقّع الطرفان العقد في مارس 2015، وبعد ثلاث سنوات ونصف، في سبتمبر 2021، بدأ التشغيل."),
])
def test_a_lapse_with_a_half(good, bad):
    assert "order-word-contradiction" not in kinds(good)
    if bad:
        assert {"order-word-contradiction", "duration-mismatch"} & set(kinds(bad))


def test_a_share_restated_after_a_list_of_amounts_may_be_of_its_first():
    s = ("صدّر الميناء 40 مليون طن، منها 30 مليون طن من الفحم و10 ملايين طن من الخام، أي أن الفحم يمثل "
         "قرابة {P}% من صادرات الإقليم البالغة {T} مليون طن.")
    assert "arithmetic-share" not in kinds(s.format(P="60", T="50"))
    assert "arithmetic-share" in kinds(s.format(P="35", T="50"))


REPORT = ("أولاً: السوق\nبلغت مبيعات السيارات الكهربائية 120 ألف سيارة في عام 2024.\n\n"
          "ثانياً: التوقعات\nيتوقع التقرير أن تصل المبيعات إلى 200 ألف سيارة بحلول عام 2028. "
          "وتمثل السيارات الصينية 45% من الإجمالي، أي نحو {V} ألف سيارة.")


def test_a_share_of_the_total_stated_sections_before_and_not_of_a_target():
    assert "arithmetic-share-whole" not in kinds(REPORT.format(V="54"))
    assert "arithmetic-share-whole" in kinds(REPORT.format(V="80"))


def test_two_treaties_named_apart_are_two_signings():
    s = ("وُقعت معاهدة كوتشوك كاينارجي في 21 يوليو 1774 بين الدولتين.\n\n"
         "وتنص المادة الثالثة من معاهدة ياش الموقعة عام 1792 على ضم أوتشاكوف.")
    assert "event-date-conflict" not in kinds(s, names={"action-date-conflict"})
    same = ("وُقعت معاهدة ياش في 9 يناير 1792 بين الدولتين.\n\n"
            "وتنص المادة الثالثة من معاهدة ياش الموقعة عام 1793 على ضم أوتشاكوف.")
    assert "event-date-conflict" in kinds(same, names={"action-date-conflict"})


def test_a_pdf_reference_list_without_blank_lines_has_one_entry_a_line():
    text = ("مجلة الدراسات، المجلد 3 (2020)\n\nعنوان البحث\n\n"
            "يرى الباحث أن السوق تغيرت (Ivanov, 2018: 12)، ويخالفه آخرون (Chen, 2019).\n\n"
            "References\n"
            "Ivanov, P. (2018). Energy markets in Eurasia. Moscow: Nauka.\n"
            "Chen, L. (2019). Pipelines and power. Journal of Asian Energy, 4(1), 1-20,\n"
            "with a long title that continues on the next line.\n")
    tf = text_facts(from_string(text, "pdf-text"))
    assert len(tf.bibliography) == 2
    assert tf.bibliography["text"].iloc[1].endswith("next line.")
    assert not kinds(text, "pdf-text", names={"author-year-unlisted"})


@pytest.mark.parametrize("intro, same, variant", [
    # a foreign given name whose «أل» folds like the article, after an office and its nationality
    ("وقال نائب وزير الخارجية الروسي أليكسندر غروشكو إن المحادثات بناءة.",
     "وأضاف غروشكو أن الجولة المقبلة ستعقد في جنيف.", "وأضاف غروشكوف أن الجولة المقبلة ستعقد في جنيف."),
    # «المتحدث باسم …»: the office's «on behalf of» and its noun come before the name
    ("وقالت المتحدثة باسم الحكومة الألمانية كريستيانه هوفمان إن القرار نهائي.",
     "وأكدت هوفمان أن برلين ستلتزم به.", "وأكدت هوفمن أن برلين ستلتزم به."),
])
def test_a_surname_introduced_after_an_office_and_written_otherwise(intro, same, variant):
    names = {"surname-alone", "name-spelling"}
    assert "entity-variant" not in kinds(f"{intro} {same}", names=names)
    assert "entity-variant" in kinds(f"{intro} {variant}", names=names)


def test_an_adverb_after_a_verb_of_saying_is_no_surname():
    s = "وقال رئيس الوزراء الإسباني بيدرو سانشيث إن الاتفاق مهم. وقال سانشيز لاحقاً إن مدريد ستوقعه."
    got = kinds(s, names={"surname-alone", "name-spelling"})
    assert "entity-variant" in got  # «سانشيث»/«سانشيز»: the variant, not «لاحقاً»
