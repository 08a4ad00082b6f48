"""A stated length of time against the years it runs between: the grammar of the claim, generated.

Ways Arabic (and English) state a length and its two ends in one sentence, each a template below:
- a verb of lasting, its subject, the length, then the span: «استمرت الحرب الأهلية N سنوات، من a إلى b»;
  the subject may sit between the verb and a length in digits («استغرق بناء السد 10 سنوات»);
- the span in parentheses after the length: «دامت المفاوضات N أعوام (a-b)»;
- «على مدى/طوال/لمدة» + length, with «بين عامي a وb» or «منذ عام a وحتى عام b»;
- the span first and the length after «أي» ("that is"): «امتدت المرحلة من عام a حتى عام b، أي N سنوات»;
- the ends given by their verbs: «استغرق … N سنوات، إذ بدأ العمل عام a وانتهى عام b»;
- a length after a dated event and the year it leads to: «في عام b، أي بعد مرور N سنوات على تأسيس
  المنظمة عام a», «تأسست اللجنة عام a، وبعد N سنوات من تأسيسها، أي في عام b» (the event may be
  named by a pronoun, its year earlier in the sentence);
- English: "lasted N years, from a to b", "for N years (a-b)", "between a and b, a period of N years".
The length in digits, Eastern digits, words of either gender («ثلاث سنوات»، «ثلاثة أعوام») and the
dual («عامين»، «سنتين»); the unit عام/سنة/أعوام/سنوات/سنة.

Every template is written twice: with the right length (no finding: the ends counted inclusively or
not, one year of slack) and with a wrong one (a ``duration-mismatch``). The paragraphs carry
distractors: a true length beside other years, an approximate length («نحو»، «أكثر من»), a length
after an event with a third year in the sentence (left alone: which year it leads to is unclear).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq.checks.durations import duration_mismatch
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import Facts, text_facts

EAST = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FEM = {2: "سنتين", 3: "ثلاث سنوات", 4: "أربع سنوات", 5: "خمس سنوات", 6: "ست سنوات", 7: "سبع سنوات",
       8: "ثماني سنوات", 9: "تسع سنوات", 10: "عشر سنوات", 13: "ثلاث عشرة سنة", 16: "ست عشرة سنة",
       20: "عشرين سنة", 30: "ثلاثين سنة"}
MASC = {2: "عامين", 3: "ثلاثة أعوام", 4: "أربعة أعوام", 5: "خمسة أعوام", 6: "ستة أعوام", 7: "سبعة أعوام",
        8: "ثمانية أعوام", 9: "تسعة أعوام", 10: "عشرة أعوام", 13: "ثلاثة عشر عاماً", 16: "ستة عشر عاماً",
        20: "عشرين عاماً", 30: "ثلاثين عاماً"}


def lengths(n: int) -> list[str]:
    """The length ``n`` in years, in each written form."""
    return [f"{n} سنوات" if n <= 10 else f"{n} عاماً", FEM[n], MASC[n],
            (f"{n} أعوام" if n <= 10 else f"{n} سنة").translate(EAST)]


AR = [
    "استمرت الحرب الأهلية في البلاد {d}، من {a} إلى {b}، وخلفت دماراً واسعاً.",
    "دامت المفاوضات بين الطرفين {d} ({a}-{b}) قبل التوصل إلى اتفاق.",
    "وعلى مدى {d}، بين عامي {a} و{b}، ظلت العلاقات مجمدة.",
    "امتدت المرحلة الانتقالية من عام {a} حتى عام {b}، أي {d}.",
    "حكم الرئيس البلاد من {a} إلى {b}، أي طوال {d}.",
    "بقيت المعاهدة سارية لمدة {d}، منذ عام {a} وحتى عام {b}.",
    "وفي عام {b}، أي بعد مرور {d} على تأسيس المنظمة عام {a}، انضمت إليها دول جديدة.",
    "تأسست اللجنة عام {a}، وبعد {d} من تأسيسها، أي في عام {b}، أصدرت تقريرها الأول.",
    "استغرق بناء السد {d}، إذ بدأ العمل فيه عام {a} وانتهى عام {b}.",
]
EN = [
    "The civil war lasted {n} years, from {a} to {b}.",
    "For {n} years ({a}-{b}) the border stayed closed.",
    "Between {a} and {b}, a period of {n} years, trade doubled.",
]
PAIRS = [(2005, 2011), (1979, 1989), (1991, 2004)]
INTRO = "شهدت العلاقات بين البلدين تقلبات كثيرة منذ الاستقلال عام 1960، وتضاعف حجم التجارة مرتين.\n\n"
OUTRO = "\n\nوبعد نحو عشر سنوات من الأزمة، أي في عام 2020، عاد الوفدان إلى طاولة الحوار."
THIRD = "\n\nوبعد ثلاث سنوات من توقيع الاتفاق عام 2001، وفي عام 2009 أيضاً، تبادل البلدان الزيارات."


def found(text: str) -> list:
    doc = Document(path=Path("a.txt"), raw=text, form="plain")
    return duration_mismatch(Facts([text_facts(doc)]))


def cases():
    for i, t in enumerate(AR):
        for a, b in PAIRS:
            right, wrong = lengths(b - a), lengths(b - a + 3)
            for k in range(4):
                yield f"ar{i}-{a}-{k}", INTRO + t.format(d=right[k], a=a, b=b) + OUTRO + THIRD, INTRO + t.format(d=wrong[k], a=a, b=b) + OUTRO + THIRD
    for i, t in enumerate(EN):
        for a, b in PAIRS:
            yield f"en{i}-{a}", "Relations had their ups and downs.\n\n" + t.format(n=b - a, a=a, b=b), \
                "Relations had their ups and downs.\n\n" + t.format(n=b - a + 4, a=a, b=b)


CASES = list(cases())


@pytest.mark.parametrize("name,right,wrong", CASES, ids=[c[0] for c in CASES])
def test_a_right_length_is_quiet_and_a_wrong_one_is_found(name, right, wrong):
    assert found(right) == []
    hits = found(wrong)
    assert len(hits) == 1
    # the finding quotes the stated length of the faulty sentence
    stated = wrong.split("\n\n")[1]
    assert any(sp.text in stated for sp in hits[0].spans)

