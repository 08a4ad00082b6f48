"""Family: bilingual, an Arabic abstract that groups thousands with a point against an English one
that groups them with a comma (read from heldout8b's false alarm, so in-sample for it; the cases are
synthetic and vary the counted nouns, the numbers, Western or Eastern digits, the decimal's place).

The construction (European and Maghrebi usage, Algerian and Moroccan journals): a text that writes its
decimals with a comma («أي 81,8 بالمائة»، «بنسبة 12,5%») writes a thousands group with a point
(«قاعدة بيانات تضم 1.240 حدثاً» = 1240; «2.400 ضحية»; «15.300 أسرة»). A number with a point followed by
exactly three digits, in an abstract whose decimals have a comma and that has no decimal point, is
one whole number. Its English abstract writes the same number "1,240" and the decimal "81.8".

NOT faults: both abstracts carry the same numbers, one in each convention.
FAULTY: the English (or the Arabic) abstract changes the grouped number («1.240» vs "1,420"), or the
decimal («81,8» vs "88.1"): a bilingual finding is expected.
DISTRACTOR (must still be flagged): an Arabic abstract that writes its decimals with a point
(«2.5 مليون») has no point-grouped thousands: its «1.240» is 1.24, so "1,240" in English disagrees.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from families._famlib_aritha import EASTERN, kinds_of
from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

SEED = 811
FAULT = "bilingual"

NOUNS = [("حدثاً سياسياً", "political events"), ("أسرة", "households"), ("مستجوباً", "respondents"),
         ("مقاولة", "firms"), ("ضحية", "victims")]


def _ar(rng, x: str) -> str:
    return x.translate(EASTERN) if rng.random() < 0.3 else x


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _text(rng, f: dict, g: dict, noun, point_decimal: bool = False) -> str:
    """Arabic abstract with values ``f`` (thousands grouped by a point, decimals by a comma, unless
    ``point_decimal``), English abstract with values ``g``."""
    na, ne = noun
    dec_a = f"{f['e']}.{f['d']}" if point_decimal else f"{f['e']},{f['d']}"
    ar_n = _grouped(f["n"], ".")
    ar = (f"تتناول هذه الدراسة {_ar(rng, str(f['k']))} حالة في ثلاث دول بين عامي 2015 و2023، "
          f"أُجّل منها {_ar(rng, str(f['j']))}، أي {_ar(rng, dec_a)} بالمائة. وتعتمد الدراسة على قاعدة بيانات "
          f"تضم {_ar(rng, ar_n)} {na}، وتخلص إلى أن متوسط المدة بلغ {_ar(rng, str(f['m']))} شهراً.")
    en = (f"This study examines {g['k']} cases in three states between 2015 and 2023, of which {g['j']} were "
          f"postponed, i.e. {g['e']}.{g['d']} percent. It relies on a dataset of {_grouped(g['n'], ',')} {ne} "
          f"and finds that the average duration was {g['m']} months.")
    return ("مجلة الدراسات الإفريقية، المجلد 9، العدد 2 (2025)، ص ص 187-211\n"
            "Journal of African Studies, Vol. 9, No. 2 (2025), pp. 187-211\n\n"
            "المراحل الانتقالية في الساحل\nTransitions in the Sahel\n\n"
            f"ملخص:\n{ar}\nالكلمات المفتاحية: الساحل؛ الانتقال.\n\n"
            f"Abstract:\n{en}\nKeywords: Sahel; transitions.\n\n"
            "1. مقدمة:\nشهدت المنطقة تحولات عميقة في السنوات الأخيرة.\n")


def _facts(rng) -> dict:
    k = rng.randrange(9, 30)
    return {"k": k, "j": rng.randrange(3, k), "e": rng.randrange(11, 95), "d": rng.randrange(1, 9),
            "n": rng.randrange(1001, 98999), "m": rng.randrange(12, 48)}


def cases() -> list[tuple[str, str, str, str]]:
    """(name, correct, faulty, point-decimal distractor)."""
    rng = random.Random(SEED)
    out = []
    for i in range(16):
        f, noun = _facts(rng), rng.choice(NOUNS)
        g = dict(f)
        if i % 3 == 2:
            g["d"] = f["d"] % 8 + 1 if f["d"] % 8 + 1 != f["d"] else f["d"] + 1
        else:
            while g["n"] == f["n"]:
                digits = list(str(f["n"]))
                a, b = rng.sample(range(len(digits)), 2)
                digits[a], digits[b] = digits[b], digits[a]
                g["n"] = int("".join(digits)) if digits[0] != "0" else f["n"] + 300
        state = rng.getstate()
        correct = _text(rng, f, f, noun)
        rng.setstate(state)
        faulty = _text(rng, f, g, noun) if i % 2 else _text(rng, g, f, noun)
        rng.setstate(state)
        distractor = _text(rng, f, f, noun, point_decimal=True)
        out.append((f"c{i}", correct, faulty, distractor))
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


def test_point_grouped_thousands_agree_with_comma_grouped(results):
    cs, correct, _, _ = results
    bad = [(c[1][150:700], [f.message for f in g]) for c, g in zip(cs, correct) if g]
    assert not bad, bad[:2]


def test_changed_number_still_flagged(results):
    cs, _, faulty, _ = results
    missed = [c[2][150:900] for c, g in zip(cs, faulty) if not g]
    assert not missed, (len(missed), missed[:2])


def test_point_decimal_abstract_reads_the_point_as_a_decimal(results):
    cs, _, _, distractor = results
    missed = [c[3][150:900] for c, g in zip(cs, distractor) if not g]
    assert not missed, (len(missed), missed[:2])
