"""Session 28's rules, each a construction of the language with its own cases (new subjects and wordings: none is a
sentence of the texts the rules were read from).

* «اليوم» in a wire's lead (the first sentence after its dateline) is the dateline's day, and so is «اليوم» closing a
  lapse counted from it («أي بعد خمسة أشهر من اليوم»); «واليوم» (nowadays), «اليوم التالي», «حتى اليوم» and «اليوم»
  later in the text are not dates;
"""

from __future__ import annotations

import pytest

from tahqiq.extract.dates import dates_from_string

# -- «اليوم» of a wire's lead ----------------------------------------------------------------------------------------

WIRE = ("موانئ عُمان توسّع رصيف الحاويات\n\n"
        "صحار - «وكالة الخليج للأنباء» - {dateline}\n\n"
        "{lead}\n"
        "وكان الرصيف الأول قد افتُتح في آذار 2014. واليوم يستقبل الميناء سفناً من اثنتي عشرة دولة، "
        "ويُنتظر أن تبدأ الأعمال في أيار 2026، أي بعد {n} أشهر من اليوم.")


def todays(text: str) -> list[str]:
    df = dates_from_string(text)
    return [r.start_date for r in df.itertuples() if r.text == "اليوم"]


@pytest.mark.parametrize("lead", [
    "وقّعت شركة موانئ صحار اليوم عقداً مع شركة صينية لتوسيع رصيف الحاويات.",
    "أعلنت هيئة الموانئ اليوم الخطة الجديدة لتوسيع الرصيف.",
])
def test_today_in_a_wires_lead_is_the_datelines_day(lead):
    text = WIRE.format(dateline="الأربعاء 10 كانون الأول 2025", lead=lead, n="خمسة")
    assert todays(text) == ["2025-12-10", "2025-12-10"]  # the lead's, and the lapse's «من اليوم»


def test_today_meaning_nowadays_is_no_date():
    text = WIRE.format(dateline="الأربعاء 10 كانون الأول 2025",
                       lead="تشهد الموانئ العُمانية حركة متزايدة منذ سنوات.", n="خمسة")
    # «واليوم يستقبل …» later in the text is nowadays; only the lapse's «من اليوم» is the day of writing
    assert todays(text) == ["2025-12-10"]


@pytest.mark.parametrize("lead", [
    "وصل الوفد الصيني إلى صحار في اليوم التالي لتوقيع المذكرة.",
    "ما زالت أعمال التوسعة مستمرة حتى اليوم في الرصيف الشمالي.",
])
def test_today_told_or_up_to_now_is_not_the_datelines_day(lead):
    text = WIRE.format(dateline="الأربعاء 10 كانون الأول 2025", lead=lead, n="خمسة")
    assert todays(text) == ["2025-12-10"]


def test_today_without_a_dateline_is_not_read():
    text = ("وقّعت شركة موانئ صحار اليوم عقداً مع شركة صينية لتوسيع رصيف الحاويات. "
            "وتعد الصين اليوم أكبر شريك تجاري للسلطنة.")
    assert todays(text) == []


# -- counts: a dual item counts two; «كل» makes a count an interval ---------------------------------------------------

from tahqiq import checks  # noqa: E402
from tahqiq.corpus.catalogue import Document  # noqa: E402
from tahqiq.facts import gather  # noqa: E402
from pathlib import Path  # noqa: E402


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


FLEET = ("وطلبت الشركة الوطنية للنقل النهري {n} قطع جديدة: زورقين سريعين لنقل الركاب بين الضفتين، وقاطرتي دفع "
         "لسحب المراكب الثقيلة، وحوّامة إسعاف واحدة.")


@pytest.mark.parametrize("n, faulty", [("خمس", False), ("ست", True), ("أربع", True)])
def test_an_item_named_by_a_dual_counts_two(n, faulty):
    assert ("count-mismatch" in kinds(FLEET.format(n=n))) is faulty


@pytest.mark.parametrize("every, faulty", [("كل", False), ("", True)])
def test_a_count_after_every_is_an_interval(every, faulty):
    text = (f"وتُعقد الندوة مرة {every} أربع سنوات: في تونس، ثم في عمّان، ثم في الرباط. "
            "وقد استضافت كل مدينة منها جلسة ختامية مفتوحة للجمهور.").replace("  ", " ")
    if not every:
        text = text.replace("مرة ", "في ")
    assert ("count-mismatch" in kinds(text)) is faulty
