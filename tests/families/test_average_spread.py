"""Family: average spread over a count stated in its own sentence (arith9a, s9; heldout7's misses).

Grammar (``arithmetic-average-spread``, findings of kind ``arithmetic-rate``)::

    TOTAL(noun N) [في|على|على مدى|خلال] COUNT(head H | period P) ، LEAD A(noun N) CLOSE
    LEAD  := بمعدل | بمتوسط | أي بمعدل | أي بمتوسط | أي
    CLOSE := في ال‍H | لل‍H | في كل H (the count of H then may stand anywhere in the text)
           | a period adverb of P («أسبوعياً»، «شهرياً»، «في السنة»; counts of days/weeks/months/years
             converted: 2 years over a monthly rate is 24 months)
    and «في سنته الأولى / خلال العام TOTAL(N)، بمعدل A N في الشهر» (the total of one year, no count)
    and the ratio «COUNT(H)، بمعدل H واحد لكل A N» against a total of N anywhere in the text.

Numbers in digits (Western or Eastern) or words («أربع قاعات»). The average must be TOTAL/COUNT
within printed precision; with «نحو» on a figure, within 10 %.

NOT faults (negatives, no finding): the correct average; a rounded average with «نحو» (off by <10 %);
an average of another noun than the total («640 قطعة في أربع قاعات، بمعدل 300 زائر في اليوم»); an
average per a unit no count of which is in the sentence («بمعدل 160 قطعة في القاعة» with no halls
counted); a per-«في ال‍H» average whose heads are counted only in another sentence.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import findings, report, score

SEED = 97
FAULT = "average"
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WORDS = {3: ("ثلاث", "ثلاثة"), 4: ("أربع", "أربعة"), 5: ("خمس", "خمسة"), 6: ("ست", "ستة"), 8: ("ثماني", "ثمانية")}
# (noun sg, acc, head sg, head pl, feminine head)
THINGS = [("قطعة", "قطعة", "قاعة", "قاعات", True), ("كتاب", "كتاب", "مكتبة", "مكتبات", True),
          ("سرير", "سرير", "مستشفى", "مستشفيات", False), ("حافلة", "حافلة", "خط", "خطوط", False),
          ("تلميذ", "تلميذاً", "قسم", "أقسام", False)]


def _num(rng, v):
    s = str(v)
    return s.translate(EASTERN) if rng.random() < 0.3 else s


def _count(rng, n, head, fem):
    if n in WORDS and rng.random() < 0.5:
        return f"{WORDS[n][0 if fem else 1]} {head}"
    return f"{_num(rng, n)} {head}"


def spread_heads(rng, total, n, avg):
    sg, acc, h, hp, fem = rng.choice(THINGS)
    verb = rng.choice(["ويعرض المركز", "وتضم الشبكة", "ويتوزع المخزون على نحو يضم", "وتشمل الخطة"])
    close = rng.choice([f"في ال{h}", f"في كل {h}", f"لل{h}" if not h.startswith("ا") else f"في ال{h}"])
    lead = rng.choice(["بمعدل", "أي بمعدل", "بمتوسط"])
    return f"{verb} {_num(rng, total)} {acc} في {_count(rng, n, hp, fem)}، {lead} {_num(rng, avg)} {acc} {close}."


PERIODS = [("أسبوع", "أسبوعاً", "أسابيع", "أسبوعياً"), ("شهر", "شهراً", "أشهر", "شهرياً"), ("يوم", "يوماً", "أيام", "يومياً")]


def spread_period(rng, total, n, avg):
    sg, acc, pl, adv = rng.choice(PERIODS)
    adv = rng.choice([adv, f"في ال{sg}"])
    what = rng.choice([("طن من الحبوب", "طن"), ("لتر من الوقود", "لتر"), ("زائر", "زائر")])
    cnt = f"{_num(rng, n)} {pl if n <= 10 else acc}"
    how = rng.choice(["على مدى", "خلال", "في"])
    return f"وتشمل الخطة توزيع {_num(rng, total)} {what[0]} {how} {cnt}، بمعدل {_num(rng, avg)} {what[1]} {adv}."


def one_year(rng, total, n, avg):
    frame = rng.choice(["في سنته الأولى", "خلال العام الماضي", "في عام 2024"])
    t, a = avg * 12, avg if avg == total // n else avg
    return f"وافتتح المتحف أبوابه للجمهور. واستقبل المتحف {frame} {_num(rng, t if avg == total // n else total // n * 12)} زائر، بمعدل {_num(rng, a)} زائر في الشهر."


def ratio(rng, total, n, avg):
    heads = n * 10 if n * 10 * (total // n) not in range(1800, 2100) else n * 30  # not read as a year
    students = heads * (total // n)
    staff = rng.choice([("أستاذ", "أستاذاً"), ("طبيب", "طبيباً"), ("مدرب", "مدرباً")])
    people = rng.choice([("طالب", "طالباً"), ("مريض", "مريضاً"), ("متدرب", "متدرباً")])
    return (f"ويبلغ العدد الإجمالي {_num(rng, students)} {people[0]}. ويعمل فيها {_num(rng, heads)} {staff[1]}، "
            f"بمعدل {staff[0]} واحد لكل {_num(rng, avg)} {people[1]}.")


def each_elsewhere(rng, total, n, avg):
    return (f"شملت الدراسة {_num(rng, n)} جماعة قروية في الإقليم. ووُزعت الاستمارة في الربيع على {_num(rng, total)} "
            f"فلاحاً، بمعدل {_num(rng, avg)} فلاحاً في كل جماعة.")


FAMILIES = {f.__name__: f for f in (spread_heads, spread_period, one_year, ratio, each_elsewhere)}
PER_FAMILY = 8


def _make(name, make, rng, total, n, avg):
    return make(rng, total, n, avg)


def cases():
    rng = random.Random(SEED)
    out = []
    for name, make in FAMILIES.items():
        for _ in range(PER_FAMILY):
            n = rng.choice([3, 4, 5, 6, 8, 12, 16])
            avg = rng.randrange(12, 90) * rng.choice([1, 10])
            total = avg * n
            if 1000 <= total <= 2100:  # not a year
                avg, total = avg * 2, avg * n * 2
            bad = int(avg * rng.choice([0.6, 0.75, 1.3, 1.5]))
            if name == "ratio":
                good_avg, bad_avg = total // n, bad
            else:
                good_avg, bad_avg = avg, bad
            state = rng.getstate()
            good = make(rng, total, n, good_avg)
            rng.setstate(state)
            faulty = make(rng, total, n, bad_avg)
            out.append((name, "وتشير البيانات إلى تحسن ملحوظ. " + good, "وتشير البيانات إلى تحسن ملحوظ. " + faulty))
    return out


def negatives():
    """Correct or out-of-construction texts (no finding), with distractors."""
    rng = random.Random(SEED + 1)
    out = []
    for _ in range(8):
        sg, acc, h, hp, fem = rng.choice(THINGS)
        n = rng.choice([4, 5, 8])
        avg = rng.randrange(20, 90) * 10
        total = avg * n
        off = round(avg * rng.choice([1.04, 0.95, 1.07]))
        out += [
            # rounded with «نحو»: within 10 %
            f"ويعرض المركز نحو {total} {acc} في {_count(rng, n, hp, fem)}، بمعدل {off} {acc} في ال{h}.",
            f"ويعرض المركز {total} {acc} في {_count(rng, n, hp, fem)}، بمعدل نحو {off} {acc} في ال{h}.",
            # the average of another noun
            f"ويعرض المركز {total} {acc} في {_count(rng, n, hp, fem)}، بمعدل {off * 3} زائر في اليوم.",
            # no count of the heads in the sentence (nor of «في ال‍H» elsewhere read)
            f"ويعرض المركز {total} {acc}، بمعدل {off * 2} {acc} في ال{h}.",
            f"وتضم المدينة {n * 3} {hp}. ويعرض المركز {total} {acc}، بمعدل {off * 2} {acc} في ال{h}.",
            # a period count over a rate of another period, correct after conversion
            f"ووزعت الوكالة {avg * 24} طن خلال سنتين، بمعدل {avg} طن في الشهر.",
            f"ووزعت الوكالة {avg * 12 * n} طن خلال {n} سنوات، بمعدل {avg} طن شهرياً.",
            # a part of the year, not the year: no total of one year
            f"وفي عام 2024 استقبل المتحف في الأشهر الستة الأولى {avg * 6} زائر، بمعدل {avg} زائر في الشهر.",
            f"واستقبل المتحف خلال العام في النصف الأول منه {avg * 6} زائر، بمعدل {avg} زائر في الشهر.",
        ]
    return out


MIN_RECALL = {"spread_heads": 1.0, "spread_period": 1.0, "one_year": 1.0, "ratio": 1.0, "each_elsewhere": 1.0}


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


def test_zero_findings_on_negatives():
    texts = negatives()
    got = findings(FAULT, texts)
    bad = [(t, [f.message for f in g]) for t, g in zip(texts, got) if g]
    assert not bad, bad[:3]


if __name__ == "__main__":
    res = score(FAULT, cases())
    print(report(res))
    for fam, r in res.items():
        for m in r["missed"][:2]:
            print("MISS", fam, m)
        for a in r["alarms"][:2]:
            print("FA", fam, a)
    texts = negatives()
    for t, g in zip(texts, findings(FAULT, texts)):
        if g:
            print("NEG-FA", t, [f.message for f in g])
