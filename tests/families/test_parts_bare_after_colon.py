"""Family: parts-total, a total with a unit and a scale word, broken down after a colon into bare
numbers that leave both out (s11; heldout8's misses read, so in-sample for it; synthetic cases).

The grammar: «… T <scale> <unit> [سنوياً]: A عبر/في/لـ X، وB …، وC …» — each part a bare number
followed by a preposition or a label, in the total's unit and at its scale; Western or Eastern
digits. FAULTY: the total changed (or one part), so that the parts no longer sum to it. A finding
of the parts-total kinds is expected.

NOT faults: the correct sum; bare numbers after a colon that are a series over years («80 في 2021
و90 في 2022»: values of one quantity at two dates, not parts); a preposition after a number is no
counted noun («40 عبر الميناء» counts no «عبر»).
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score
from tahqiq.extract.figures import figures_from_string

SEED = 1405
FAULT = "parts-total"
EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TOTALS = [("مجموع ما تصدّره روسيا إلى الصين عبر الأنابيب", "مليار متر مكعب سنوياً"),
          ("إجمالي الاستثمارات المعلنة في الممر", "مليار دولار"),
          ("مجموع الطاقة التخزينية للموانئ الثلاثة", "مليون طن"),
          ("إجمالي المساعدات الموزعة خلال الأزمة", "ألف طن")]
LABELS = [("عبر الخط الأول", "عبر الخط الثاني", "عبر الطريق الشرقي"),
          ("في كازاخستان", "في أذربيجان", "في جورجيا"),
          ("لميناء أكتاو", "لميناء باكو", "لميناء بوتي")]


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(12):
        (what, unit), labels = TOTALS[i % len(TOTALS)], rng.choice(LABELS)
        parts = [rng.randrange(10, 60) for _ in range(3)]
        t = sum(parts)
        bad = t + rng.choice([6, 10, 14])
        east = i % 3 == 2
        num = (lambda x: str(x).translate(EAST)) if east else str
        body = f"{num(parts[0])} {labels[0]}، و{num(parts[1])} {labels[1]}، و{num(parts[2])} {labels[2]}."
        c = f"ويبلغ {what} {num(t)} {unit}: {body}\n"
        f = f"ويبلغ {what} {num(bad)} {unit}: {body}\n"
        out.append(("bare parts after a colon", c, f))
    return out


def test_bare_parts_after_a_colon():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_a_series_over_years_is_no_breakdown():
    got = findings(FAULT, ["ارتفعت الصادرات إلى 100 مليار دولار: 80 في 2021 و90 في 2022.\n"])
    assert not got[0], [f.message for f in got[0]]


def test_a_preposition_is_no_counted_noun():
    units = {r.unit for r in figures_from_string("وبلغت الشحنات 40 عبر الميناء و25 ضد التيار.").itertuples()}
    assert not units & {"عبر", "ضد"}, units
