"""Family: average (a wrong average or rate per unit).

The grammar of an average stated beside the total and the count (or period) it follows from,
generated combinatorially (seeded, deterministic); each case has a CORRECT version (no finding) and
a FAULTY one (the average off by 20-50 %), inside a paragraph with distractors.

  * per head after a restating particle: «T، أي بمعدل/بمتوسط A لكل X»، «أي A للفرد/للأسرة الواحدة»،
    "T, an average of A per X"; the count of heads stated before, in the same or another sentence;
  * per period: «N خلال K سنوات، أي بمعدل A سنوياً»، «… شهرياً/يومياً/أسبوعياً»; a rate per period
    restated per another («A يومياً، أي ما يعادل B سنوياً»);
  * digits, Eastern digits, thousands separators, money and counts.

NOT faults: an average over another base (a median, a rate per 100/1000 inhabitants), an average of
another period than the one stated.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import findings, report, score

SEED = 11
FAULT = "average"
HEADS = [("مدرسة", "مدارس", "للمدرسة الواحدة"), ("مستشفى", "مستشفيات", "للمستشفى الواحد"),
         ("بلدية", "بلديات", "للبلدية الواحدة"), ("نادٍ", "أندية", "للنادي الواحد")]


def per_head(rng, total, n, avg):
    h = rng.choice(HEADS)
    link = rng.choice(["أي بمعدل", "أي بمتوسط", "أي ما متوسطه", "بمعدل"])
    tail = rng.choice([h[2], "لكل " + h[0]])
    return (f"وتضم الشبكة {n} {h[1] if n <= 10 else h[0]}. وبلغ مجموع المنح {total:,} دينار، {link} {avg:,} دينار {tail}.")


def per_year(rng, total, n, avg):
    link = rng.choice(["أي بمعدل", "بمعدل", "أي بمتوسط"])
    return f"ونفذت الوزارة {total} مشروعاً خلال {n} سنوات، {link} {avg} مشروعاً سنوياً."


def per_period(rng, total, n, avg):
    d = rng.randrange(20, 90) * 10
    wrong = avg != total
    y = d * 365 if not wrong else int(d * 365 * rng.choice([0.7, 1.4]))
    return f"ويستقبل المعبر {d} مسافر يومياً، أي ما يعادل {y:,} مسافر سنوياً."


def english(rng, total, n, avg):
    return f"The fund paid ${total:,} to {n} schools, an average of ${avg:,} per school."


CURRENCIES = [("درهم", "درهماً"), ("دينار", "ديناراً"), ("ريال", "ريالاً"), ("جنيه", "جنيهاً")]
HEAD_NOUNS = [("طفل", "طفل ملقح", "الأطفال الملقحين"), ("تلميذ", "تلميذ", "التلاميذ المستفيدين"),
              ("مريض", "مريض", "المرضى المعالجين")]


def per_head_after_breakdown(rng, total, n, avg):
    """«وبلغت الكلفة الإجمالية T مليون، منها a مليون لـ… وb مليون لـ… وc مليون لـ…، أي ما يعادل A لكل X»:
    the average restates the whole of the list, not its last part (the count of X stated sentences before,
    beside a count of a subset of X)."""
    cur, cur_acc = rng.choice(CURRENCIES)
    one, per, many = rng.choice(HEAD_NOUNS)
    heads = n  # millions
    whole = total // 1000 * n  # millions of the currency: avg (units) × heads (millions)
    a, b = whole * 6 // 10, whole * 25 // 100
    c = whole - a - b
    A = whole // heads  # the correct average; the faulty one is off by the factor the generator drew
    if avg != total:
        A = round(A * rng.choice([0.6, 0.75, 1.3, 1.5]))
    link = rng.choice(["أي ما يعادل", "أي بمعدل", "أي ما متوسطه"])
    return (f"وبلغ عدد {many} {heads} ملايين {one}، منهم {heads * 6 / 10:g} ملايين {one} في الوسط الحضري. "
            f"وبلغت الكلفة الإجمالية للبرنامج {whole} مليون {cur}، منها {a} مليون {cur} للاقتناء و{b} مليون {cur} "
            f"للنقل و{c} مليون {cur} للتواصل، {link} {A} {cur_acc} لكل {per}.")


FAMILIES = {f.__name__: f for f in (per_head, per_year, per_period, english, per_head_after_breakdown)}
PER_FAMILY = 8


def cases():
    rng = random.Random(SEED)
    out = []
    for name, make in FAMILIES.items():
        for _ in range(PER_FAMILY):
            n = rng.randrange(4, 9)
            avg = rng.randrange(12, 90) * (1000 if name in ("per_head", "english", "per_head_after_breakdown") else 1)
            total = avg * n
            bad = int(avg * rng.choice([0.6, 0.75, 1.3, 1.5]))
            state = rng.getstate()
            good = make(rng, total, n, avg if name not in ("per_period", "per_head_after_breakdown") else total)
            rng.setstate(state)
            faulty = make(rng, total, n, bad)
            out.append((name, "وتشير البيانات إلى تحسن ملحوظ. " + good, "وتشير البيانات إلى تحسن ملحوظ. " + faulty))
    return out


# the recall measured when the family was written (the detectors of averages were not changed this
# round): the test guards against a fall and records what is missing
MIN_RECALL = {"per_head": 5 / 8, "per_year": 1.0, "per_period": 1.0, "english": 0.0, "per_head_after_breakdown": 1.0}


@pytest.fixture(scope="module")
def results():
    return score(FAULT, cases())


def test_zero_findings_on_correct_versions(results):
    alarms = {fam: r["alarms"][:2] for fam, r in results.items() if r["fa"]}
    assert not alarms, alarms


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_recall_on_faulty_versions(results, family):
    r = results[family]
    assert r["caught"] >= r["n"] * MIN_RECALL[family], (report(results), r["missed"][:2])


if __name__ == "__main__":
    res = score(FAULT, cases())
    print(report(res))
    for fam, r in res.items():
        for m in r["missed"][:1]:
            print("MISS", fam, m)
        for a in r["alarms"][:1]:
            print("FA", fam, a)
