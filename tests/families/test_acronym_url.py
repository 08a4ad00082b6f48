"""Family: acronym-url -- an organisation's acronym against the domain of its own URL.

Generated from a grammar of how an article gives an organisation, its acronym and its website (no
benchmark text); each case has a CORRECT version (acronym and domain agree: no finding of the
kinds of FAULT_KINDS["acronym-url"]) and a FAULTY version (one of the two misspelt: a finding).

How a text ties an acronym to a URL
-----------------------------------
* the acronym: Latin capitals in brackets after the Arabic name («مركز … (CRSS)»), after the
  English name ("the Centre for … (CRSS)"), or with an Arabic gloss inside the bracket
  («(بالإنجليزية: CRSS)»);
* the URL: bare host («crss.org»), with «www.», with a scheme and a path
  («https://www.crss.org/reports/2021»), a subdomain («en.crss.org»، «data.crss.int»), a country
  domain under a second level («crss.org.jo»، «crss.gov.ae»), in the same sentence («عبر موقعه
  الرسمي …», "on its website …"), in a note the acronym's marker calls, in a bracket after it;
* press style gives the site in the sentence, academic style in a note.

FAULTY: two letters of the acronym swapped (CRSS/CSRS), one letter replaced by a neighbour of
sound or keyboard (CRSS/CRZS), one letter dropped inside (ACRSS/ARSS); applied to the acronym in
the text or to the domain's label.

CORRECT (zero findings): the same acronym in both; a domain spelling the name out
(«regionalstudies.org»); the acronym after an umbrella prefix («unescwa») or opening a longer word
(«crssonline»); the URL of another organisation nearby; an acronym one or two letters longer
whose domain is the shorter one's own word is another acronym and not compared.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather
from tahqiq.review.planted import FAULT_KINDS

checks.load_all()
KINDS = set(FAULT_KINDS["acronym-url"][1])
SEED = 11

ORGS = [  # (Arabic name, English name, acronym)
    ("مركز الدراسات الإقليمية والأمنية", "Centre for Regional and Security Studies", "CRSS"),
    ("المعهد العربي لبحوث الطاقة", "Arab Institute for Energy Research", "AIER"),
    ("مجلس التعاون المائي الإقليمي", "Regional Water Cooperation Council", "RWCC"),
    ("الشبكة الأفريقية للسياسات الزراعية", "African Network for Agricultural Policy", "ANAP"),
    ("منتدى آسيا الوسطى للحوكمة", "Central Asia Governance Forum", "CAGF"),
]
HOSTS = ["{a}.org", "www.{a}.org", "https://www.{a}.org/reports/2021", "en.{a}.org", "{a}.org.jo", "data.{a}.int"]
FORMS = [
    "وأصدر {ar} ({A}) تقريره السنوي أمس، ونشره عبر موقعه الرسمي {url}، وتناول فيه أزمة المياه.",
    "The {en} ({A}) released its annual report, available on its website {url}, covering the water crisis.",
    "وأصدر {ar} ({A})[3] تقريره السنوي أمس وتناول فيه أزمة المياه.\n\nالهوامش\n[3] {ar}، التقرير السنوي، {url}",
    "وأصدر {ar} (بالإنجليزية: {A}) تقريره السنوي، ونشره على موقعه {url} أمس.",
    "ويمكن الاطلاع على التقرير كاملا في {url}، وهو الموقع الرسمي ل{ar} ({A}).",
    "Its annual report ({url}) was released by the {en} ({A}) yesterday.",
]
DISTRACTORS = [
    "وتشارك في المشروع وزارة الزراعة ووكالة التنمية الدولية.",
    "وكانت الحكومة قد أعلنت خطة لتحلية المياه قبل عامين.",
]


def _swap(a: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(a) - 1)
    b = a[:i] + a[i + 1] + a[i] + a[i + 2:]
    return b if b != a else a[0] + a[2] + a[1] + a[3:]


def _replace(a: str, rng: random.Random) -> str:
    near = {"C": "K", "S": "Z", "R": "T", "W": "V", "A": "E", "I": "Y", "E": "A", "F": "P", "G": "J", "N": "M", "P": "B"}
    i = rng.randrange(1, len(a))
    return a[:i] + near.get(a[i], "X") + a[i + 1:]


def _drop(a: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(a) - 1)
    return a[:i] + a[i + 1:]


OPS = {"swap": _swap, "replace": _replace, "drop": _drop}


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for ar, en, acr in ORGS:
        for f, form in enumerate(FORMS):
            for op, fn in OPS.items():
                host = rng.choice(HOSTS)
                bad = fn(acr, rng)
                where = rng.choice(("text", "domain"))
                d = rng.sample(DISTRACTORS, 2) if f != 1 else ["The ministry also joined the project.", ""]

                def para(a_text: str, a_dom: str) -> str:
                    body = form.format(ar=ar, en=en, A=a_text, url=host.format(a=a_dom.lower()))
                    return f"{d[0]} {body}" if "\n" in body else f"{d[0]} {body} {d[1]}".strip()

                ok = para(acr, acr)
                faulty = para(bad, acr) if where == "text" else para(acr, bad)
                out.append((f"{acr}|form{f}|{op}|{where}|{host}", ok, faulty))
    return out


def correct_only() -> list[tuple[str, str]]:
    return [
        ("spelled out", "وأصدر مركز الدراسات الإقليمية (CRS) تقريره على موقعه regionalstudies.org أمس."),
        ("umbrella prefix", "وأصدرت اللجنة الاقتصادية والاجتماعية لغربي آسيا (ESCWA) تقريرها على موقعها www.unescwa.org."),
        ("longer word", "ونشر المعهد الدولي للدراسات (IISS) تقريره على موقعه www.iissonline.org."),
        ("another organisation", "وأصدر مركز الدراسات الإقليمية (CRSS) تقريره، فيما نشرت الوزارة بيانا على موقعها www.moenv.gov.jo."),
        ("hyphen", "ونشر المجلس الإقليمي للمياه (RWC) البيان على موقعه الرسمي www.rwc-online.org أمس."),
    ]


def _found(text: str) -> list:
    fs = checks.run(gather([Document(path=Path("t.txt"), raw=text, form="plain")]), scopes={"internal"})
    return [f for f in fs if f.kind in KINDS]


CASES = cases()


def test_family_size():
    assert len(CASES) == len(ORGS) * len(FORMS) * len(OPS) == 5 * 6 * 3
    assert all(c[1] != c[2] for c in CASES)


@pytest.mark.parametrize("cid, text", [(c[0], c[1]) for c in CASES] + correct_only())
def test_correct_versions_have_no_finding(cid, text):
    assert _found(text) == [], cid


RECALL_FLOOR = 0.98  # measured 89/90


def test_faulty_versions_recall():
    missed = [c[0] for c in CASES if not _found(c[2])]
    recall = 1 - len(missed) / len(CASES)
    print(f"acronym-url family recall {recall:.2f} ({len(CASES) - len(missed)}/{len(CASES)}); missed: {missed}")
    assert recall >= RECALL_FLOOR, missed
