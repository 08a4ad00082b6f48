"""External check of the body that issued a ruling (synthetic sentences written for the rule,
against data/reference/rulings.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.errors import TahqiqError
from tahqiq.facts import Facts, load_reference, text_facts
from tahqiq.link.rulings import court_mentions, load_rulings
from tahqiq.text.normtext import fold

load_all()


def run(s: str, form: str = "plain"):
    fs = REGISTRY["external-ruling-body"].func(
        Facts([text_facts(Document(path=Path("t.txt"), raw=s, form=form))], load_reference()))
    for f in fs:
        for sp in f.spans:
            assert s[sp.start:sp.end] == sp.text
    return fs


@pytest.mark.parametrize("s", [
    "وفي عام 2016 نقضت محكمة العدل الدولية مطالبات الصين بشأن حقوقها في بحر الصين الجنوبي.",
    "أجرت الصين أول تمرين في بحر الصين الجنوبي بعد أن رفضت محكمة العدل الدولية مطالباتها في تلك المياه.",
    "In 2016 the International Court of Justice rejected China's claims in the South China Sea.",
    "China held drills in the South China Sea after the ICJ ruled against its claims there.",
])
def test_a_ruling_given_to_the_wrong_court(s):
    fs = run(s)
    assert len(fs) == 1
    assert (fs[0].kind, fs[0].scope, fs[0].evidence["court"], fs[0].evidence["body"]) == (
        "external-ruling-body", "external", "icj", "pca")


@pytest.mark.parametrize("s", [
    "وفي عام 2016 رفضت هيئة التحكيم مطالبات الصين في بحر الصين الجنوبي.",
    "In July 2016 an arbitral tribunal rejected China's claims in the South China Sea.",
    "Manila considered taking its South China Sea dispute to the International Court of Justice.",  # no ruling word
    "The ICJ ruled on the Kosovo declaration in 2010. Trade grew in the region.",  # no reference subject
    "ونظرت محكمة العدل الدولية في قضايا كثيرة." + " نص آخر لا صلة له." * 30 + " وفي بحر الصين الجنوبي تتنازع الدول.",
])
def test_the_right_court_or_no_ruling_is_quiet(s):
    assert run(s) == []


def test_a_court_glued_to_a_fragment_in_scrambled_lines():
    # a mirrored PDF line glues «بشأن» broken to the court's name: read only in an unordered text
    s = ("في بحر الصين الجنوبي ي أول تمرين رئيسي\n\n المياه.حقوقها في هذه أن مطالبات الصين "
         "بشالعدل الدولية  أن نقضت محكمة \n")
    assert len(run(s, form="pdf-scrambled")) == 1
    assert court_mentions(fold("بشالعدل الدولية"), glued=False) == []
    assert court_mentions(fold("ومحكمة العدل الدولية")) == [(1, 20, "icj")]
    assert court_mentions(fold("بشالعدل الدولية"), glued=True) == [(2, 15, "icj")]


def test_rulings_are_validated(tmp_path):
    bib = Path(__file__).resolve().parents[2] / "book" / "references.bib"
    p = tmp_path / "rulings.yml"
    p.write_text("rulings:\n  - {id: x, subject: {en: [x sea]}, body: nocourt, date: '2016', source: weitz-2015}\n",
                 encoding="utf-8")
    with pytest.raises(TahqiqError, match=r"rulings\[0\].*body"):
        load_rulings(p, bib)
    p.write_text("rulings:\n  - {id: x, subject: {en: [x sea]}, body: icj, date: '2016', source: nokey}\n",
                 encoding="utf-8")
    with pytest.raises(TahqiqError, match="source"):
        load_rulings(p, bib)
