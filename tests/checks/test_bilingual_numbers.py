"""bilingual-mismatch: the numbers of an Arabic abstract against its English version, whatever the
figure extractor made of them. Synthetic texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks import REGISTRY, load_all
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

load_all()

AR = ("الملخص: تدرس الورقة أثر الري بالتنقيط عام 2018 في 9 قرى. شملت العينة 300 مزرعة، منها 180 مزرعة "
      "تروي بالتنقيط و120 مزرعة لا تفعل. وارتفع متوسط المحصول من 50 إلى 65 طناً، أي بنسبة 30%.")
EN = ("Abstract: The paper studies drip irrigation, adopted in 2018, in {villages} villages. The sample covered "
      "{farms} farms: {drip} that irrigate by drip and 120 that do not. The average yield rose from 50 to 65 tonnes, "
      "that is by 30%.")


def run(en: str):
    s = f"عنوان الورقة: الري بالتنقيط في القرى\n\n{AR}\n\n{en}\n\n1. المقدمة\nنص المقدمة هنا.\n"
    fs = REGISTRY["bilingual-mismatch"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="pdf-text"))]))
    return [f for f in fs if f.evidence.get("kind") == "number"]


def test_one_number_changed_in_the_english_abstract():
    fs = run(EN.format(villages=9, farms=300, drip=190))
    assert len(fs) == 1 and fs[0].evidence["arabic"]["value"] == 180 and fs[0].evidence["english"]["value"] == 190


@pytest.mark.parametrize("en", [
    EN.format(villages=9, farms=300, drip=180),  # the same numbers
    EN.format(villages="nine", farms=300, drip=180),  # a number in words: the English lacks one, has none extra
    "Abstract: The paper studies drip irrigation in villages of the north; yields rose.",  # too few to compare
])
def test_the_same_numbers_or_too_few_are_quiet(en):
    assert run(en) == []


def _places(title_en: str):
    s = (f"مجلة الدراسات الريفية، المجلد 3\n\nأثر الري بالتنقيط في محافظة الكرك: دراسة ميدانية\n{title_en}\n\n"
         f"{AR}\n\n{EN.format(villages=9, farms=300, drip=180)}\n\n1. المقدمة\nنص المقدمة هنا.\n")
    fs = REGISTRY["bilingual-mismatch"].func(Facts([text_facts(Document(path=Path("t.txt"), raw=s, form="pdf-text"))]))
    return [f for f in fs if f.evidence.get("kind") == "place"]


def test_a_place_named_otherwise_in_the_english_title():
    fs = _places("The Effect of Drip Irrigation in Tafilah Governorate: A Field Study")
    assert len(fs) == 1 and [sp.text for sp in fs[0].spans] == ["الكرك", "Tafilah"]


@pytest.mark.parametrize("title_en", [
    "The Effect of Drip Irrigation in Karak Governorate: A Field Study",
    "The Effect of Drip Irrigation in the Governorate of Al-Karak: A Field Study",
    "The Effect of Drip Irrigation in Southern Villages: A Field Study",  # no place kind to pair
])
def test_the_same_place_or_none_is_quiet(title_en):
    assert _places(title_en) == []
