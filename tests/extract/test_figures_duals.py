"""Duals of a feminine noun used nowhere else in the text, read by morphology (issue 10)."""

from __future__ import annotations

import pytest

from tahqiq.extract.figures import figures_from_string


def _duals(s: str) -> list[tuple[str, float, str]]:
    df = figures_from_string(s)
    df = df[df["note"].fillna("").str.startswith("dual")]
    return [(r.text, r.value, r.unit) for r in df.itertuples()]


@pytest.mark.parametrize("s, quote, lemma", [
    ("أنشأت البلدية حديقتين في الحي الشمالي.", "حديقتين", "حديقة"),       # genitive/accusative «ـتين»
    ("افتُتحت مكتبتان في المدينة هذا الشهر.", "مكتبتان", "مكتبة"),      # nominative «ـتان»
    ("استغرق العمل ورديتين كاملتين؟ لا، بل نوبتين قصيرتين.", "نوبتين", "نوبة"),
    ("وشاركت الفرقة في مسابقتين إقليميتين.", "مسابقتين", "مسابقة"),
    ("ربح الفريق وميداليتين؟", None, None),                                # «ـيتين»: could be a nisba adjective
])
def test_feminine_dual_of_an_unseen_noun(s, quote, lemma):
    got = _duals(s)
    if quote is None:
        assert got == []
    else:
        assert (quote, 2.0, lemma) in got


@pytest.mark.parametrize("s, quote, lemma", [
    ("وقّعت الوزارة ولجنتين للتفتيش.", "لجنتين", "لجنة"),     # «و» then a noun of three letters + «ة»: a proclitic
    ("أعدّ الباحث دراستين.", "دراستين", "دراسة"),
])
def test_proclitic_or_first_letter(s, quote, lemma):
    assert (quote, 2.0, lemma) in _duals(s)


@pytest.mark.parametrize("s", [
    "زار الوفد طاجيكستان وتركمانستان.",            # a place name in «ـستان», not two of «ـسة»
    "قال بوتين إن المحادثات مفيدة.",               # three letters before «ـين»: a name, not a dual
    "التقى بالمهندسين والموظفين.",                 # definite sound plurals
    "أقامت الجمعية حفلتين رائعتين.",
    "وصلت الهدية للمدرستين.",                      # «لل»: «ل» + the article, a definite dual
    "التقى الوزير وكوتين في المساء.",              # a proclitic before three letters: ambiguous, left out
])
def test_not_a_dual_of_an_unseen_noun(s):
    got = _duals(s)
    if "حفلتين" in s:
        # the adjective agreeing with the dual before it is not a second figure
        assert [q for q, _, _ in got] == ["حفلتين"]
    else:
        assert got == []


def test_english_has_no_dual():
    assert _duals("The two committees met twice.") == []
