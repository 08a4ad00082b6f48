"""Family: parts-total, the parts of a yearly total after «منها», with the share of a part in
brackets between them (s11; heldout8's misses read, so in-sample for it; synthetic cases).

The grammar:
  «<noun> السنوي … بـT <unit>، منها A <unit> لـX (P بالمئة) و B <unit> لـY»: a total per year (the
  adjective «السنوي» or an adverb «سنوياً» makes it a rate per year) whose parts are written
  without the period (they are yearly too); a share in brackets with a decimal point («(67.8
  بالمئة)») stands between two parts and does not end the list.
FAULTY: one part changed so that the parts exceed their whole (a «منها» list may be partial, so
only an excess is a fault). A finding of the parts-total kinds is expected.

NOT faults: the correct parts; a partial list («منها A لـX» and nothing more); parts that sum to
less than the whole.
"""

from __future__ import annotations

import random

from families._famlib_aritha import findings, report, score

SEED = 1205
FAULT = "parts-total"
NOUNS = [("الجريان السنوي للنهرين", "كيلومتراً مكعباً"), ("الإنتاج السنوي للحقلين", "مليون طن"),
         ("الطلب السنوي على الكهرباء في البلدين", "تيراواط ساعة"), ("الاستهلاك السنوي للمياه", "مليار متر مكعب")]
PLACES = [("لأمو داريا", "لسير داريا"), ("للحقل الشمالي", "للحقل الجنوبي"), ("للمدن", "للأرياف")]
LEADS = ["وتقدّر الورقة", "ويقدّر التقرير", "وتقدّر الدراسة", "ويقدّر الخبراء"]
PCT = ["بالمئة", "في المائة", "%"]


def _pct(a: int, t: int, how: str) -> str:
    v = f"{100 * a / t:.1f}"
    return f"({v}%)" if how == "%" else f"({v} {how})"


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(12):
        (noun, unit), (x, y), lead = NOUNS[i % len(NOUNS)], rng.choice(PLACES), rng.choice(LEADS)
        a, b = rng.randrange(40, 90), rng.randrange(20, 40)
        t = a + b
        bad = a + rng.choice([9, 12, 15])
        how = rng.choice(PCT)
        c = f"{lead} {noun} بـ{t} {unit}، منها {a} {unit} {x} {_pct(a, t, how)} و{b} {unit} {y}. وفي عام 2020 بدأ العمل بالخطة.\n"
        f = f"{lead} {noun} بـ{t} {unit}، منها {bad} {unit} {x} {_pct(a, t, how)} و{b} {unit} {y}. وفي عام 2020 بدأ العمل بالخطة.\n"
        out.append(("yearly total, share between parts", c, f))
    return out


def not_faults() -> list[tuple[str, str]]:
    return [
        ("partial list", "وتقدّر الورقة الجريان السنوي للنهرين بـ115 كيلومتراً مكعباً، منها 78 كيلومتراً مكعباً لأمو داريا (67.8 بالمئة).\n"),
        ("parts short of the whole", "ويقدّر التقرير الإنتاج السنوي للحقول بـ90 مليون طن، منها 40 مليون طن للحقل الشمالي (44.4%) و30 مليون طن للحقل الجنوبي.\n"),
    ]


def test_parts_of_a_yearly_total():
    res = score(FAULT, cases())
    for fam, r in res.items():
        assert not r["fa"], (fam, r["alarms"][:2])
        assert r["caught"] == r["n"], (fam, report(res), r["missed"][:2])


def test_zero_findings_on_not_faults():
    texts = not_faults()
    got = findings(FAULT, [t for _, t in texts])
    bad = [(fam, t, [f.message for f in g]) for (fam, t), g in zip(texts, got) if g]
    assert not bad, bad[:3]
