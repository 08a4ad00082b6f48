"""Family: acronym-url, a known organisation's acronym or URL against its names (read from heldout6's
misses, so in-sample for it; the cases below are synthetic, over every organisation of a sample
and varied frames).

The grammar generated (seeded, deterministic); each case has a CORRECT version (no finding) and a
FAULTY one (a finding of a kind written for acronym-url):

  * an Arabic organisation name and its acronym in brackets right after it, in running prose, with
    or without markdown bold and a clitic on the name («مع **منظمة العمل الدولية (ILO)**»،
    «ولمنظمة الصحة العالمية (WHO)»); FAULTY: the acronym of another organisation («منظمة الأمم المتحدة
    للتربية والعلم والثقافة (UNICEF)»), or its own with two letters swapped («IOL») or one changed;
  * a reference line naming the organisation in English, then a URL of its site
    ("- International Labour Organization, Title, Geneva, 2021, https://www.ilo.org/…");
    FAULTY: the domain label with one letter changed or two swapped (``ifo.org``, ``iol.org``).

NOT faults (negatives): the organisation's acronym in French («منظمة العمل الدولية (OIT)»), a bracket
after a longer name that only begins like a known one («منظمة الصحة العالمية لشرق المتوسط (EMRO)»),
a reference line whose URL is a publisher's or a news site's, and another known organisation's
site in the line (a report published on another agency's site).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import findings, report, score

SEED = 31
FAULT = "acronym-url"

ORGS = [  # (acronym, Arabic name, English name, domain, tld)
    ("ILO", "منظمة العمل الدولية", "International Labour Organization", "ilo", "org"),
    ("UNESCO", "منظمة الأمم المتحدة للتربية والعلم والثقافة", "United Nations Educational, Scientific and Cultural Organization", "unesco", "org"),
    ("UNICEF", "منظمة الأمم المتحدة للطفولة", "United Nations Children's Fund", "unicef", "org"),
    ("WHO", "منظمة الصحة العالمية", "World Health Organization", "who", "int"),
    ("FAO", "منظمة الأغذية والزراعة", "Food and Agriculture Organization", "fao", "org"),
    ("IMF", "صندوق النقد الدولي", "International Monetary Fund", "imf", "org"),
    ("UNDP", "برنامج الأمم المتحدة الإنمائي", "United Nations Development Programme", "undp", "org"),
    ("WFP", "برنامج الأغذية العالمي", "World Food Programme", "wfp", "org"),
    ("OECD", "منظمة التعاون الاقتصادي والتنمية", "Organisation for Economic Co-operation and Development", "oecd", "org"),
    ("IOM", "المنظمة الدولية للهجرة", "International Organization for Migration", "iom", "int"),
    ("ALECSO", "المنظمة العربية للتربية والثقافة والعلوم", "Arab League Educational, Cultural and Scientific Organization", "alecso", "org"),
    ("IAEA", "الوكالة الدولية للطاقة الذرية", "International Atomic Energy Agency", "iaea", "org"),
]
FRENCH = {"ILO": "OIT", "WHO": "OMS", "IMF": "FMI", "UNDP": "PNUD", "OECD": "OCDE", "IOM": "OIM", "IAEA": "AIEA"}
PROSE = [
    "ويتفق ذلك مع ما توصلت إليه {n} ({a}) في تقريرها عن القطاع.",
    "يواصل المهرجان شراكته مع **{n} ({a})** منذ عام {y}.",
    "وأشار تقرير {n} ({a}) الصادر عام {y} إلى تراجع المؤشر.",
    "وقدمت الوزارة طلبا رسميا إلى {n} ({a}) للحصول على الدعم.",
]
OTHER = [
    "وبلغ عدد المستفيدين {k} شخصا في المرحلة الأولى.",
    "وتستمر الأعمال حتى نهاية الشهر المقبل.",
    "وشارك في الدورة {k} متدربا من ثلاث ولايات.",
]


def _swap(a: str, rng) -> str:
    i = rng.randrange(1, len(a) - 1)
    b = a[:i] + a[i + 1] + a[i] + a[i + 2:]
    return b if b != a else a[0] + a[2] + a[1] + a[3:]


def _change(a: str, rng) -> str:
    i = rng.randrange(1, len(a))
    pool = [c for c in "bcdfgklmnprstvz" if c not in a.lower()]
    c = rng.choice(pool)
    return a[:i] + (c.upper() if a.isupper() else c) + a[i + 1:]


def _para(rng, s: str) -> str:
    o = rng.sample(OTHER, 2)
    return " ".join([o[0].format(k=rng.randrange(20, 900)), s, o[1].format(k=rng.randrange(20, 900))])


def arabic_bracket(rng):
    a, n, _, _, _ = rng.choice(ORGS)
    how = rng.choice(["other", "swap", "change"])
    bad = rng.choice([o[0] for o in ORGS if o[0] != a]) if how == "other" else _swap(a, rng) if how == "swap" \
        else _change(a, rng)
    frame = rng.choice(PROSE)
    y = rng.randrange(2010, 2025)
    seed = rng.random()
    return (_para(random.Random(seed), frame.format(n=n, a=a, y=y)),
            _para(random.Random(seed), frame.format(n=n, a=bad, y=y)))


def english_reference(rng):
    a, _, en, d, tld = rng.choice(ORGS)
    bad = _swap(d, rng) if rng.random() < 0.5 and len(d) >= 3 else _change(d, rng)
    y = rng.randrange(2010, 2025)
    title = rng.choice(["Skills for Competitiveness in the Textile Sector", "World Report on Child Labour",
                        "Annual Review", "Regional Outlook for the Arab States"])
    mark = rng.choice(["- ", "[3] ", "5. "])
    tail = rng.choice([f" (accessed {rng.randrange(1, 28)} October {y + 1})", "", "، تاريخ الاطلاع: 10 أكتوبر 2024"])
    line = mark + f"{en}, {title}, Geneva, {y}, https://www.{{d}}.{tld}/publications/{y}/0{rng.randrange(1, 9)}/report{tail}"
    head = "أثر التدريب في الإنتاجية.\n\nالمراجع\n- Angrist, Joshua, Mostly Harmless Econometrics, Princeton, 2009.\n"
    return head + line.format(d=d) + "\n", head + line.format(d=bad) + "\n"


FAMILIES = {f.__name__: f for f in (arabic_bracket, english_reference)}
PER_FAMILY = 24


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    return [(name, *make(rng)) for name, make in FAMILIES.items() for _ in range(PER_FAMILY)]


def not_faults() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for a, n, en, d, tld in ORGS:
        if a in FRENCH:
            out.append(("french", _para(rng, rng.choice(PROSE).format(n=n, a=FRENCH[a], y=2020))))
        out.append(("longer name", _para(rng, f"وأعلن المكتب الإقليمي ل{n} لشرق المتوسط (EMRO) خطته للعام المقبل.")))
        out.append(("publisher", f"المراجع\n- {en}, Annual Review, Cambridge University Press, 2019, "
                                 f"https://www.cambridge.org/core/books/annual-review\n"))
        other = rng.choice([o for o in ORGS if o[0] != a])
        out.append(("another agency's site", f"المراجع\n- {en}, Joint Report, 2021, "
                                             f"https://www.{other[3]}.{other[4]}/joint/2021/report\n"))
        out.append(("news", f"المراجع\n- {en}, interview, Reuters, 2022, https://www.reuters.com/world/{d}-report\n"))
    return out


@pytest.fixture(scope="module")
def results():
    return score(FAULT, cases())


def test_zero_findings_on_correct_versions(results):
    alarms = {fam: r["alarms"][:2] for fam, r in results.items() if r["fa"]}
    assert not alarms, alarms


def test_zero_findings_on_not_faults():
    texts = not_faults()
    got = findings(FAULT, [t for _, t in texts])
    bad = [(fam, t, [f.message for f in g]) for (fam, t), g in zip(texts, got) if g]
    assert not bad, bad[:3]


@pytest.mark.parametrize("family", list(FAMILIES))
def test_recall_on_faulty_versions(results, family):
    r = results[family]
    assert r["caught"] == r["n"], (report(results), r["missed"][:2])


if __name__ == "__main__":
    texts = not_faults()
    for (fam, t), g in zip(texts, findings(FAULT, [t for _, t in texts])):
        if g:
            print("NOT-FAULT FA", fam, t, [f.message for f in g])
    res = score(FAULT, cases())
    print(report(res))
    for fam, r in res.items():
        for m in r["missed"][:2]:
            print("MISS", fam, m)
        for a in r["alarms"][:2]:
            print("FA", fam, a)
