"""Family: acronym-url, an acronym whose letters are its own domain's in another order (read from
heldout7's misses, so in-sample for it; the cases below are synthetic and vary organisations,
acronyms, where the acronym stands and where the URL stands).

The grammar: an organisation's Latin acronym in the text — in brackets after its Arabic name
(«المندوبية السامية للتخطيط (HCP)»), or leading a reference entry («WMO (2024). …») — and a URL of
the same text whose domain's main label is that acronym (``hcp.ma``, ``wmo.int``), anywhere (the
references at the end). FAULTY: two letters transposed, in the acronym («HPC») or in the domain
(``mwo.int``). A finding of the acronym-url kinds is expected.

NOT faults: the acronym and the domain agree; a known organisation's acronym in another language
(«FMI» with ``imf.org``, «OTAN» with ``nato.int``: the lexicon's ``also``); an acronym that also
has its own domain in the text; an acronym with no anagram among the domains.
"""

from __future__ import annotations

import random

import pytest

from families._famlib_aritha import findings, report, score

SEED = 97
FAULT = "acronym-url"

ORGS = [("المندوبية السامية للتخطيط", "HCP", "hcp.ma"), ("المنظمة العالمية للأرصاد الجوية", "WMO", "wmo.int"),
        ("الوكالة الدولية للطاقة المتجددة", "IRENA", "irena.org"), ("المركز الوطني للبحث العلمي", "CNRST", "cnrst.ma"),
        ("المعهد الوطني للإحصاء", "INSEE", "insee.fr"), ("مركز الدراسات الاستراتيجية", "CSIS", "csis.org")]


def _swap(rng, s: str) -> str:
    for _ in range(20):
        i = rng.randrange(len(s) - 1)
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s:
            return t
    return s


def _text(org: str, acr: str, dom: str, acr_ref: str, year: int, rng) -> str:
    return (f"استكملت الدراسة بمعطيات {org} ({acr}) وبتقارير دولية أخرى، وقد نشرت نتائجها سنة {year}.\n\n"
            f"المراجع\n- {acr_ref} ({year}). Annual Report {year}. https://www.{dom}/publications/{year}/report "
            f"(accessed 3 October {year + 1}).\n")


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for _ in range(16):
        org, acr, dom = rng.choice(ORGS)
        y = rng.randrange(2010, 2024)
        c = _text(org, acr, dom, acr, y, rng)
        if rng.random() < 0.5:
            f = _text(org, _swap(rng, acr), dom, acr, y, rng)  # the acronym in the body transposed
            out.append(("acronym transposed", c, f))
        else:
            label, tld = dom.split(".", 1)
            f = _text(org, acr, _swap(rng, label.upper()).lower() + "." + tld, acr, y, rng)
            out.append(("domain transposed", c, f))
    return out


def not_faults() -> list[tuple[str, str]]:
    return [
        ("other language", "وقدّر صندوق النقد الدولي (FMI) النمو بنحو 3% (https://www.imf.org/en/Publications/2024).\n"),
        ("other language", "وأعلن حلف شمال الأطلسي (OTAN) ذلك على موقعه https://www.nato.int/cps/en/2023.\n"),
        ("own domain too", "وتعاون المعهد (INSEE) https://www.insee.fr/a.\nوتعاون المعهد الآخر (ISNEE) https://www.isnee.org/b.\n"),
        ("no anagram", "وأصدرت المنظمة (WMO) تقريرها: https://public.wmo.int/en/2024 و https://www.unep.org/2024.\n"),
    ]


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
    for fam, r in results.items():
        assert r["caught"] == r["n"], (fam, report(results), r["missed"][:2])
