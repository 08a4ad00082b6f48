"""Constructions that must not be read as faults, each beside the fault the same rule still finds:
- a rate of another clause: "rose from A in 2017 to B in 2024, …, voyages numbered 92 in 2024, 53 of them …,
  or 57.6 percent" (a bare count between the pair and the rate);
- a month range wrapped across a line of a PDF's text: «من تموز إلى\\nتشرين الثاني، أي خمسة أشهر»;
- a group of another time: «تضم في عام 2025 عشر دول …» … «في 26 أبريل 1996 وقّع رؤساء الدول الخمس»;
- a summit named by the event it founded: «أي بعد أربعة وعشرين عاماً من قمة التأسيس» counts from the founding
  («تأسست … يوم 15 يونيو 2001»), not from another summit of the text («في قمة افتراضية»);
- a lifetime in brackets with its era letter «(1926-2022م)» is no date a lapse counts from;
- a multiplier «أكثر من ست مرات» is no start of a count;
- one Arabic source in a list of English ones is no translated bibliography.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str, form: str = "plain") -> list[str]:
    fs = checks.run(gather([Document(path=Path("a.txt"), raw=text, form=form)]))
    return sorted(f.kind for f in fs)


def test_a_rate_of_another_clause():
    other = ("Cargo on the route rose from 10.7 million tonnes in 2017 to 37.9 million tonnes in 2024, roughly three "
             "and a half times, and voyages numbered 92 in 2024, 53 of them between Russian and Chinese ports, or 57.6 percent.")
    assert kinds(other) == []
    assert kinds("Cargo rose from 10.7 million tonnes in 2017 to 37.9 million tonnes in 2024, an increase of 57.6 percent.") \
        == ["arithmetic-growth"]


@pytest.mark.parametrize("n,found", [("خمسة أشهر", []), ("ثلاثة أشهر", ["duration-mismatch"])])
def test_a_month_range_wrapped_across_lines(n, found):
    text = f"وفي عام 2023 امتد موسم الملاحة الصيفية من تموز إلى\nتشرين الثاني، أي {n}، في حين تستطيع الناقلات الإبحار طوال العام."
    assert kinds(text, "pdf-text") == found


def test_a_group_of_another_time():
    text = ("وتضم المنظمة في عام 2025 عشر دول أعضاء هي: الصين وروسيا وكازاخستان وقيرغيزستان وطاجيكستان وأوزبكستان "
            "والهند وباكستان وإيران وبيلاروس.\n\nوفي يوم 26 أبريل 1996 وقّع رؤساء الدول الخمس في شنغهاي اتفاقية.")
    assert "count-mismatch" not in kinds(text)
    same_time = text.replace("وفي يوم 26 أبريل 1996 وقّع", "وفي عام 2025 اجتمع")
    assert "count-mismatch" in kinds(same_time)


FOUNDED = ("تأسست المنظمة في مدينة شنغهاي يوم الجمعة 15 يونيو 2001.\n\nوانضمت إيران عضواً تاسعاً يوم الثلاثاء 4 يوليو 2023، "
           "في قمة افتراضية استضافتها الهند.\n\nوعقدت المنظمة قمتها الخامسة والعشرين في تيانجين يوم 1 سبتمبر 2025، "
           "أي بعد {n} من قمة التأسيس.")


@pytest.mark.parametrize("n,bad", [("أربعة وعشرين عاماً", False), ("عامين", True)])
def test_a_summit_named_by_its_founding(n, bad):
    got = kinds(FOUNDED.format(n=n))
    assert ("duration-mismatch" in got or "order-word-contradiction" in got) is bad


def test_a_lifetime_with_its_era_letter():
    text = ("ففي يوم 26 أبريل 1996م وقّع الرؤساء اتفاقية في شنغهاي، وكان نظيره الصيني جيانغ زيمين (1926-2022م) في "
            "التاسعة والستين. ثم وقّع الرؤساء أنفسهم في موسكو، بعد عام واحد، يوم الخميس 24 أبريل 1997م، اتفاقية ثانية.")
    assert kinds(text) == []


def test_a_multiplier_is_no_start():
    text = ("وارتفعت مناولة الحاويات من 880 ألف حاوية عام 2010 إلى 5.65 ملايين عام 2019، أي أنها تضاعفت أكثر من ست مرات، "
            "قبل أن تتراجع إلى 5.3 ملايين حاوية عام 2024، أي بانخفاض 6.2 بالمائة عن ذروة 2019.")
    assert kinds(text) == []


def test_one_arabic_source_among_english_ones():
    text = ("المراجع\n- الحديثي، عمر (2022). القطب الشمالي في الاستراتيجية الروسية. بغداد: دار الحكمة.\n"
            "- Gunnarsson, Björn (2021). \"The Future of Arctic Shipping\". Marine Policy, 124, 104-119.\n"
            "- Lanteigne, Marc (2025). \"China's Polar Silk Road\". The Polar Journal, 15(1), 1-22.\n"
            "- Moe, Arild (2020). \"A New Russian Policy\". Arctic Review, 11, 1-18.\n")
    assert "bilingual-mismatch" not in kinds(text)
