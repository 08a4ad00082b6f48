"""Family: bilingual, a citation line given in Arabic then in English (read from heldout6's misses,
so in-sample for it; the cases below are synthetic and vary journals, fields, month families,
digits and separators).

The grammar: a journal masthead or a citation in Arabic on one line and its English version on the
next line of the same paragraph:
  «<journal>، المجلد V، العدد N، <month> YYYY، ص A-B» / "<Journal>, Vol. V, No. N, <Month> YYYY, pp. A-B"
with the month in any Arabic family (يونيو، حزيران، جوان), the digits Western or Eastern, «م.»/«ع.»
abbreviations, "Volume"/"Issue", an en dash or a hyphen in the page range, and fields left out.
FAULTY: the English line (or the Arabic one) with one field changed (volume, issue, month, year,
pages). A finding of a bilingual kind is expected.

NOT faults: both lines agree; two consecutive lines citing two different issues (two fields
differ); lines sharing a single field; an English line that is not the Arabic line's version (a
different journal with no shared field).
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import EASTERN, findings, report, score

SEED = 37
FAULT = "bilingual"

JOURNALS = [("المجلة العربية للإدارة", "Arab Journal of Administration"),
            ("مجلة العلوم الاجتماعية", "Journal of Social Sciences"),
            ("المجلة التربوية", "Educational Journal"),
            ("مجلة دراسات الخليج والجزيرة العربية", "Journal of Gulf and Arabian Peninsula Studies")]
MONTHS_AR = {1: ["يناير", "كانون الثاني", "جانفي"], 3: ["مارس", "آذار"], 6: ["يونيو", "حزيران", "جوان"],
             9: ["سبتمبر", "أيلول"], 12: ["ديسمبر", "كانون الأول", "ديسمبر"]}
MONTHS_EN = {1: "January", 3: "March", 6: "June", 9: "September", 12: "December", 2: "February", 7: "July",
             10: "October", 4: "April"}
HEAD = "أثر التدريب المهني في إنتاجية العاملات"
TAIL = "The Effect of Vocational Training on Productivity"


def _num(rng, x: int, ar: bool) -> str:
    return str(x).translate(EASTERN) if ar and rng.random() < 0.25 else str(x)


def _lines(rng, f: dict, jr: tuple[str, str], style: dict) -> tuple[str, str]:
    ar, en = [jr[0]], [jr[1]]
    if "volume" in f:
        ar.append(f"{style['vol_ar']} {_num(rng, f['volume'], True)}")
        en.append(f"{style['vol_en']} {f['volume']}")
    if "issue" in f:
        ar.append(f"{style['iss_ar']} {_num(rng, f['issue'], True)}")
        en.append(f"{style['iss_en']} {f['issue']}")
    if "month" in f:
        ar.append(f"{style['month_ar'][f['month_ar']]} {f['year']}")
        en.append(f"{MONTHS_EN[f['month']]} {f['year']}")
    if "pages" in f:
        a, b = f["pages"]
        ar.append(f"ص {a}{style['dash']}{b}")
        en.append(f"pp. {a}{style['dash']}{b}")
    return "، ".join(ar), ", ".join(en)


def _fields(rng) -> dict:
    f = {"volume": rng.randrange(3, 60), "issue": rng.randrange(1, 6), "year": rng.randrange(1998, 2026)}
    f["month"] = rng.choice(list(MONTHS_AR))
    f["month_ar"] = f["month"]
    a = rng.randrange(5, 300)
    f["pages"] = (a, a + rng.randrange(8, 40))
    drop = rng.choice([None, "issue", "pages", "volume"])
    if drop:
        del f[drop]
    return f


def _style(rng) -> dict:
    return {"vol_ar": rng.choice(["المجلد", "مجلد", "م."]), "vol_en": rng.choice(["Vol.", "Volume", "vol."]),
            "iss_ar": rng.choice(["العدد", "ع."]), "iss_en": rng.choice(["No.", "Issue", "no."]),
            "dash": rng.choice(["-", "–"]),
            "month_ar": {m: rng.choice(v) for m, v in MONTHS_AR.items()}}


def _doc(ar: str, en: str) -> str:
    return f"{ar}\n{en}\n\n{HEAD}\n{TAIL}\n\nالملخص: تقيس هذه الدراسة أثر التدريب.\n"


def _change(rng, f: dict) -> dict:
    g = dict(f)
    k = rng.choice([x for x in ("volume", "issue", "month", "year", "pages") if x in f or x == "year" and "month" in f])
    if k in ("volume", "issue"):
        g[k] = f[k] + rng.choice([-1, 1]) if f[k] > 1 else f[k] + 1
    elif k == "month":
        g["month"] = rng.choice([m for m in MONTHS_EN if m != f["month"]])
    elif k == "year":
        g["year"] = f["year"] + rng.choice([-1, 1])
    else:
        a, b = f["pages"]
        g["pages"] = (a + 1, b) if rng.random() < 0.5 else (a, b + 2)
    return g


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for _ in range(30):
        f, jr, st = _fields(rng), rng.choice(JOURNALS), _style(rng)
        state = rng.getstate()
        ar, en = _lines(rng, f, jr, st)
        g = _change(rng, f)
        rng.setstate(state)
        ar2, en2 = _lines(rng, g, jr, st)
        out.append(("masthead", _doc(ar, en), _doc(ar, en2)))
    return out


def not_faults() -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for _ in range(12):
        f, jr, st = _fields(rng), rng.choice(JOURNALS), _style(rng)
        g = dict(f)
        for k in ("volume", "issue"):
            if k in g:
                g[k] += 3
        g["year"] = f["year"] + 2
        ar, _ = _lines(rng, f, jr, st)
        _, en = _lines(rng, g, rng.choice(JOURNALS), st)
        out.append(("two issues", _doc(ar, en)))
        only = {"volume": f.get("volume", 7), "year": f["year"]}
        ar1, _ = _lines(rng, only, jr, st)
        _, en1 = _lines(rng, {"volume": only["volume"] + 1, "year": 2000}, jr, st)
        out.append(("one field", _doc(ar1, en1)))
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


def test_recall_on_faulty_versions(results):
    r = results["masthead"]
    assert r["caught"] == r["n"], (report(results), r["missed"][:2])


if __name__ == "__main__":
    texts = not_faults()
    for (fam, t), g in zip(texts, findings(FAULT, [t for _, t in texts])):
        if g:
            print("NOT-FAULT FA", fam, t, [f.message for f in g])
    res = score(FAULT, cases())
    print(report(res))
    for fam, r in res.items():
        for m in r["missed"][:3]:
            print("MISS", fam, m)
        for a in r["alarms"][:2]:
            print("FA", fam, a)
