"""Family: bilingual, an Arabic line and its English counterpart in the front matter of a journal
article (read from heldout8b's misses, so in-sample for it; the cases are synthetic and vary the
journal, the volume, issue, pages and years, Western or Eastern digits, the range's direction).

The constructions (form ``pdf-text``):
- a two-column masthead line, the Arabic column, four spaces or more, the English column:
  «المجلد 9، العدد 2 (2025)، ص ص 211-187          Vol. 9, No. 2 (2025), pp. 187-211»
  (the Arabic page range printed reversed by right-to-left extraction is the same range);
- a parallel title, an Arabic line followed by its English line in one paragraph:
  «الانقلابات العسكرية … (2024-2020)» / "Military Coups … (2020-2024)".
The two versions carry the same numbers, compared as multisets when they carry as many, at least two.

FAULTY: one number of one version changed (volume, issue, a page, a year of the range): a bilingual
finding is expected.
NOT faults: both versions agree (reversed range, Eastern digits in the Arabic one); DISTRACTORS: the
dates line «تاريخ الاستلام: 14 جانفي 2025 …» / "Received: 14/01/2025 …" (month names against month
numbers: not as many numbers), an Arabic title with a Hijri year the English title does not give.
With or without its ISSN line, the masthead may be read as a title block: a title block holding
lines of both languages is not one version of the title (it used to be paired with the other
version's title block, the masthead's year against the title's years).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from families._famlib_aritha import EASTERN, kinds_of
from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

SEED = 8102
FAULT = "bilingual"
JOURNALS = [("مجلة الدراسات الإفريقية والسياسات العامة", "Journal of African Studies and Public Policy"),
            ("المجلة الجزائرية للعلوم السياسية", "Algerian Journal of Political Science"),
            ("مجلة العلوم الاجتماعية والإنسانية", "Journal of Social and Human Sciences")]
TITLES = [("الانقلابات العسكرية والانتخابات المؤجلة في الساحل الإفريقي", "Military Coups and Postponed Elections in the Sahel"),
          ("التحولات الحضرية في المدن الساحلية", "Urban Change in Coastal Cities"),
          ("سياسات المياه في شمال إفريقيا", "Water Policies in North Africa")]
MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان"]


def _ar(rng, x: str) -> str:
    return x.translate(EASTERN) if rng.random() < 0.3 else x


def _text(rng, f: dict, g: dict, journal, title, hijri: bool = False) -> str:
    """Arabic versions with values ``f``, English ones with ``g``."""
    pad = " " * rng.randrange(6, 24)
    a_range = f"{f['p1']}-{f['p0']}" if rng.random() < 0.7 else f"{f['p0']}-{f['p1']}"
    mast = (f"{journal[0]}{pad}{journal[1]}\n"
            f"المجلد {_ar(rng, str(f['vol']))}، العدد {_ar(rng, str(f['no']))} ({_ar(rng, str(f['yr']))})، "
            f"ص ص {_ar(rng, a_range)}{pad}Vol. {g['vol']}, No. {g['no']} ({g['yr']}), pp. {g['p0']}-{g['p1']}\n"
            + (f"ISSN: 2602-{rng.randrange(1000, 9999)}{pad}EISSN: 2710-{rng.randrange(1000, 9999)}\n"
               if rng.random() < 0.5 else "") + "\n")
    hij = f" ({_ar(rng, '1445')}هـ)" if hijri else ""
    t_range = f"{f['y1']}-{f['y0']}" if rng.random() < 0.6 else f"{f['y0']}-{f['y1']}"
    titles = f"{title[0]} ({_ar(rng, t_range)}){hij}\n{title[1]} ({g['y0']}-{g['y1']})\n\n"
    m = rng.randrange(len(MONTHS))
    dates = (f"تاريخ الاستلام: {f['d']:02d} {MONTHS[m]} {f['yr']} ؛ تاريخ القبول: {f['d'] + 2:02d} {MONTHS[m + 0]} {f['yr']}\n"
             f"Received: {f['d']:02d}/{m + 1:02d}/{f['yr']}; Accepted: {f['d'] + 2:02d}/{m + 1:02d}/{f['yr']}\n\n")
    return (mast + titles + "د. نسيمة بلقاسمي، أ. رضا بن عمارة\nجامعة الجزائر 3\n\n" + dates
            + "1. مقدمة:\nشهدت المنطقة تحولات عميقة في السنوات الأخيرة.\n")


def _facts(rng) -> dict:
    p0 = rng.randrange(7, 300)
    y0 = rng.randrange(2000, 2019)
    return {"vol": rng.randrange(2, 30), "no": rng.randrange(1, 5), "yr": rng.randrange(2019, 2026),
            "p0": p0, "p1": p0 + rng.randrange(12, 40), "y0": y0, "y1": y0 + rng.randrange(3, 10),
            "d": rng.randrange(1, 25)}


def _change(rng, f: dict) -> dict:
    g = dict(f)
    k = rng.choice(["vol", "no", "p0", "p1", "y0", "y1"])
    g[k] = f[k] + rng.choice([1, 2, 9]) if k != "p0" else f[k] + 1
    return g


def cases() -> list[tuple[str, str, str, str]]:
    rng = random.Random(SEED)
    out = []
    for i in range(18):
        f, jr, tt = _facts(rng), rng.choice(JOURNALS), rng.choice(TITLES)
        g = _change(rng, f)
        state = rng.getstate()
        correct = _text(rng, f, f, jr, tt)
        rng.setstate(state)
        faulty = _text(rng, f, g, jr, tt) if i % 2 else _text(rng, g, f, jr, tt)
        rng.setstate(state)
        hijri = _text(rng, f, f, jr, tt, hijri=True)
        out.append((f"c{i}", correct, faulty, hijri))
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
    n = len(cs)
    got = _findings([c[1] for c in cs] + [c[2] for c in cs] + [c[3] for c in cs])
    return cs, got[:n], got[n:2 * n], got[2 * n:]


def test_agreeing_lines_raise_nothing(results):
    cs, correct, _, hijri = results
    bad = [(c[1][:500], [f.message for f in g]) for c, g in zip(cs, correct) if g]
    bad += [(c[3][:500], [f.message for f in g]) for c, g in zip(cs, hijri) if g]
    assert not bad, bad[:2]


def test_one_changed_number_is_flagged(results):
    cs, _, faulty, _ = results
    missed = [c[2][:500] for c, g in zip(cs, faulty) if not g]
    assert not missed, (len(missed), missed[:2])
