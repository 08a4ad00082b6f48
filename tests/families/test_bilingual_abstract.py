"""Family: bilingual, an Arabic abstract and its English abstract in a journal article extracted
from its PDF (read from heldout7's misses and false alarms, so in-sample for it; the cases below
are synthetic and vary the subject, the numbers, decimal comma or point, Eastern digits, the
heading words and the reference-list labels).

The grammar (form ``pdf-text``):
  <masthead line> / <title> / <parallel title>
  «الملخص» (or «ملخص», «المستخلص») ALONE on its line, no colon, then the Arabic abstract paragraph
  «Abstract» alone on its line, then the English abstract paragraph
  a page's running header «46 المجلة …» (page number and journal name) between pages
  «خاتمة» and its paragraph, then a reference-list label read as a plain line
  («المراجع العربية», «المراجع الأجنبية», «قائمة المصادر», "References") and the entries.
The abstract heading alone on its line must open the abstract (it used to be read as a front
paragraph, so the Arabic abstract had no counterpart and the running header became "the Arabic
abstract"); the Arabic decimal with a comma («1,25 مليون») is one number, equal to "1.25 million".
FAULTY: one number of the English (or Arabic) abstract changed: a count, a measure, a percent, a
decimal, a year. A finding of a bilingual kind is expected.

NOT faults: both abstracts agree (decimal comma vs point, Eastern digits in the Arabic one); the
Arabic and the English reference lists after the conclusion, whose years (sources of different
years) are not a conclusion's figures.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from families._famlib_aritha import EASTERN, kinds_of
from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

SEED = 53
FAULT = "bilingual"

SUBJECTS = [  # (Arabic people noun, English people noun, Arabic place noun, English place noun)
    ("فلاحاً", "farmers", "جماعة قروية", "rural communes"),
    ("أسرة", "households", "حياً", "districts"),
    ("تلميذاً", "pupils", "مدرسة", "schools"),
    ("مقاولة", "firms", "بلدية", "municipalities"),
]
HEADS_AR = ["الملخص", "ملخص", "المستخلص"]
REF_LABELS = [("المراجع العربية", "المراجع الأجنبية"), ("المصادر العربية", "المصادر الأجنبية"),
              ("قائمة المراجع", "References"), ("المراجع", "Foreign references")]
JOURNALS = [("المجلة المغربية للجغرافيا", "Moroccan Journal of Geography"),
            ("مجلة العلوم الاجتماعية", "Journal of Social Sciences")]


def _ar(rng, x: str) -> str:
    return x.translate(EASTERN) if rng.random() < 0.3 else x


def _facts(rng) -> dict:
    y1 = rng.randrange(2005, 2020)
    return {"n": rng.randrange(120, 900), "k": rng.randrange(6, 40), "a": rng.randrange(300, 700),
            "b": rng.randrange(150, 299), "p": rng.randrange(11, 49), "q": rng.randrange(51, 89),
            "d": rng.randrange(11, 99), "e": rng.randrange(1, 9), "y1": y1, "y2": y1 + rng.randrange(3, 8),
            "m": rng.randrange(5, 30)}


def _text(rng, f: dict, g: dict, subj, head_ar, refs, journal, style) -> str:
    """The article with Arabic values ``f`` and English values ``g``."""
    pa, pe, la, le = subj
    dec_a = f"{f['e']},{f['d']}"
    dec_e = f"{g['e']}.{g['d']}"
    ar = (f"تدرس هذه المقالة التحولات التي عرفها المجال بين {_ar(rng, str(f['y1']))} و{_ar(rng, str(f['y2']))}، "
          f"اعتماداً على استمارة شملت {_ar(rng, str(f['n']))} {pa} في {_ar(rng, str(f['k']))} {la}. "
          f"وتبين النتائج أن المعدل انخفض من {_ar(rng, str(f['a']))} ملم إلى {_ar(rng, str(f['b']))} ملم، "
          f"وأن الإنتاج بلغ {_ar(rng, dec_a)} مليون طن، وأن {_ar(rng, str(f['p']))}% من العينة غيروا نشاطهم "
          f"مقابل {_ar(rng, str(f['q']))}% حافظوا عليه، وانخفض المنسوب بمقدار {_ar(rng, str(f['m']))} متراً.")
    en = (f"This article examines the changes the area went through between {g['y1']} and {g['y2']}, based on "
          f"a survey of {g['n']} {pe} in {g['k']} {le}. The results show that the mean fell from {g['a']} mm to "
          f"{g['b']} mm, that output reached {dec_e} million tonnes, and that {g['p']}% of the sample changed "
          f"their activity while {g['q']}% kept it, and the level dropped by {g['m']} metres.")
    ra, re_ = refs
    return (f"{journal[0]}، المجلد 12، العدد 1، مارس 2025، ص 45-71\n{journal[1]}, Vol. 12, No. 1, March 2025, pp. 45-71\n\n"
            f"التحولات المجالية: دراسة ميدانية\nSpatial Change: A Field Study\n\n"
            f"{head_ar}\n{ar}\n\nAbstract\n{en}\n\n"
            f"46 {journal[0]}\n\n"
            f"1. مقدمة\nيعد هذا المجال من أهم المجالات الفلاحية، وقد صنفته التقارير ضمن المناطق الهشة.\n\n"
            f"2. خاتمة\nتُظهر الدراسة أن التحول صار بنية دائمة تهدد استدامة النشاط في المجال.\n\n"
            f"{ra}\n- العلوي، أحمد ({style['ya']}). الموارد المائية. الرباط: منشورات الكلية.\n"
            f"- وزارة الفلاحة ({style['yb']}). حصيلة الموسم الفلاحي. الرباط.\n\n"
            f"{re_}\n- FAO ({style['yc']}). The State of Food and Agriculture. Rome (accessed 5 November {style['yd']}).\n"
            f"- Smith, J. ({style['ye']}). Drought in North Africa. Oxford University Press.\n")


def _change(rng, f: dict) -> dict:
    g = dict(f)
    k = rng.choice(["n", "k", "a", "b", "p", "q", "d", "m", "y1", "y2"])
    g[k] = f[k] + rng.choice([2, 3, 10]) if k != "p" else f[k] + 5
    return g


def _style(rng) -> dict:
    return {"ya": rng.randrange(2010, 2016), "yb": rng.randrange(2017, 2024), "yc": rng.randrange(2010, 2016),
            "yd": rng.randrange(2017, 2025), "ye": rng.randrange(1995, 2009)}


def cases() -> list[tuple[str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for _ in range(24):
        f = _facts(rng)
        subj, head, refs, jr, st = (rng.choice(SUBJECTS), rng.choice(HEADS_AR), rng.choice(REF_LABELS),
                                    rng.choice(JOURNALS), _style(rng))
        g = _change(rng, f)
        state = rng.getstate()
        correct = _text(rng, f, f, subj, head, refs, jr, st)
        rng.setstate(state)
        faulty = _text(rng, f, g, subj, head, refs, jr, st) if rng.random() < 0.7 else _text(rng, g, f, subj, head, refs, jr, st)
        out.append(("abstract", correct, faulty))
    return out


def _findings(raws: list[str]) -> list[list]:
    load_all()
    kinds = set(kinds_of(FAULT))
    facts = Facts([text_facts(Document(path=Path(f"f{i}.txt"), raw=r, form="pdf-text")) for i, r in enumerate(raws)])
    out: list[list] = [[] for _ in raws]
    for det in REGISTRY.values():
        if det.scope != "internal":
            continue
        for f in det.func(facts):
            if f.kind in kinds:
                out[int(f.spans[0].file[1:].split(".")[0])].append(f)
    return out


@pytest.fixture(scope="module")
def results():
    cs = cases()
    got = _findings([c for _, c, _ in cs] + [f for _, _, f in cs])
    return cs, got[:len(cs)], got[len(cs):]


def test_zero_findings_on_correct_versions(results):
    cs, correct, _ = results
    bad = [(c[1][-600:], [f.message for f in g]) for c, g in zip(cs, correct) if g]
    assert not bad, bad[:2]


def test_recall_on_faulty_versions(results):
    cs, _, faulty = results
    missed = [c[2][150:900] for c, g in zip(cs, faulty) if not g]
    assert not missed, (len(missed), missed[:2])


def test_abstract_heading_alone_opens_the_abstract():
    cs = cases()
    tf = text_facts(Document(path=Path("f0.txt"), raw=cs[0][1], form="pdf-text"))
    ab = tf.blocks[tf.blocks["kind"] == "abstract"]
    assert set(ab["lang"]) == {"ar", "en"}, ab[["lang", "start"]]
    # the running header (page number and journal name) is no part of the Arabic abstract
    assert not any(cs[0][1][s:e].startswith("46 ") for s, e in zip(ab["start"], ab["end"]))
