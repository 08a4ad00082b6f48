"""Gaps counted from a named event, in the shapes real texts write them: generated (s11; heldout8's
misses read, so in-sample for it; the cases below are synthetic).

The grammar, read by ``named-gap`` (checks/eventgaps.py), a gap «بعد/قبل N <unit> من <event>» whose
event the text dates elsewhere:
  (1) the gap opens its sentence and the date follows in its clause («وبعد سبع سنوات من وفاته رُسمت
      الحدود … عام 1922»);
  (2) the event's date in another clause of its sentence than the event's noun («ففي يوم 19 يونيو
      1961 تبادل الطرفان مذكرتين، وأُعلن استقلال البلاد» … «أي بعد شهر واحد من الاستقلال»);
  (3) a half or a quarter after the number («أي بعد خمس سنوات ونصف من التوقيع»);
  (4) the dated clause and the gap up to twelve words apart («دخلت حيز التنفيذ يوم 30 مايو 2019 بعد أن
      بلغ عدد المصادقات النصاب المطلوب، أي بعد أربعة عشر شهراً من التوقيع»);
  (5) a verb with the feminine «ت» before its pronoun names the event («حين وقّعتها 44 دولة»), and a
      year-only mention of the event («قبل توقيع 2014») does not loosen a day the text gives it.
FAULTY: the gap changed. A finding of kind ``duration-mismatch`` is expected.

NOT faults: the right gap; a sentence opened by a gap whose date stands in another clause («بعد
عامين من تنفيذ البرنامج، توصي الدراسة بتعميمه بحلول عام 2027»); an event named with a complement
whose words stand in a sentence about something else («بعد عامين من بدء الأعمال» beside «ورشة عمل
… يبدأ العمل به»).
"""

from __future__ import annotations

import pytest

from tahqiq.checks.eventgaps import named_gap
from tahqiq.checks.gaps import stated_gap
from tahqiq.extract.dates import from_string
from tahqiq.facts import Facts, text_facts


def _kinds(s: str) -> list[str]:
    """The kinds found by the two gap detectors (a gap right after its date and the event's date in its
    sentence is the stated gap's; the named gap's otherwise)."""
    facts = Facts([text_facts(from_string(s, "plain"))])
    return [f.kind for f in named_gap(facts) + stated_gap(facts)]


CASES = [  # (text with {N}, the right gap, a wrong gap)
    ("حكم الأمير من 1896 إلى وفاته يوم الأحد 28 نوفمبر 1915.\n\nوبعد {N} من وفاته رُسمت الحدود مع الجيران في مؤتمر عام 1922.",
     "سبع سنوات", "تسع سنوات"),
    ("تأسست الشركة يوم 3 مارس 1990 في العاصمة.\n\nوبعد {N} من تأسيسها أُدرجت أسهمها في البورصة في 5 أبريل 2000.",
     "عشر سنوات", "ثماني سنوات"),
    ("ففي يوم الاثنين 19 يونيو 1961 تبادل الطرفان مذكرتين أنهتا المعاهدة، وأُعلن استقلال البلاد.\n\n"
     "وانضمت البلاد إلى الجامعة يوم الخميس 20 يوليو 1961، أي بعد {N} من الاستقلال.", "شهر واحد", "ثلاثة أشهر"),
    ("وُقّع العقد في شنغهاي يوم الأربعاء 21 مايو 2014 بعد مفاوضات طويلة.\n\n"
     "ولم يبدأ الضخ إلا يوم الاثنين 2 ديسمبر 2019، أي بعد {N} من التوقيع، وبكميات متواضعة.",
     "خمس سنوات ونصف", "أربع سنوات ونصف"),
    ("وتعود الاتفاقية إلى قمة استثنائية يوم الأربعاء 21 مارس 2018، حين وقّعتها 44 دولة في اليوم الأول، ثم دخلت "
     "حيز التنفيذ يوم الخميس 30 مايو 2019 بعد أن بلغ عدد المصادقات النصاب المطلوب وهو 22 مصادقة، أي بعد {N} من التوقيع.",
     "أربعة عشر شهراً", "ثمانية عشر شهراً"),
    ("وُقّع العقد يوم 21 مايو 2014 في شنغهاي.\n\nوبدأ الضخ يوم 2 ديسمبر 2019، أي بعد {N} من التوقيع.\n\n"
     "وانتظرت موسكو عشر سنوات قبل توقيع 2014.", "خمس سنوات ونصف", "أربع سنوات"),
    # (6) the event's verb in a sentence whose date stands after a bracket, the gap far from its date, past
    # a year naming the event
    ("وقّع الأمير (1837-1915) مع بريطانيا اتفاقية الحماية يوم الاثنين 23 يناير 1899م.\n\n"
     "ففي يوم الاثنين 19 يونيو 1961م تبادل الأمير والمقيم السياسي البريطاني في الخليج السير ويليام لوس "
     "مذكرتين أنهتا اتفاقية 1899، أي بعد {N} من توقيعها، وأُعلن الاستقلال.", "اثنين وستين عاماً", "اثنين وخمسين عاماً"),
    # (7) a gap in months held to the event's months, a year-only mention of a like word aside
    ("وتعود الاتفاقية إلى قمة يوم الأربعاء 21 مارس 2018، حين وقّعتها 44 دولة، ثم دخلت حيز التنفيذ يوم الخميس "
     "30 مايو 2019، أي بعد {N} من التوقيع.\n\nوتتوقع دراسة نُشرت عام 2020 أن ترفع الاتفاقية الدخل.",
     "أربعة عشر شهراً", "ثمانية عشر شهراً"),
]


@pytest.mark.parametrize("text, right, wrong", CASES, ids=[f"shape{i}" for i in range(len(CASES))])
def test_the_right_gap_is_quiet_and_a_wrong_one_is_found(text, right, wrong):
    assert _kinds(text.replace("{N}", right)) == []
    assert "duration-mismatch" in _kinds(text.replace("{N}", wrong))


NOT_FAULTS = [
    "أُطلق البرنامج عام 2022 في مصانع الشركة.\n\nبعد عامين من تنفيذ البرنامج، توصي الدراسة بتعميمه على المصانع بحلول عام 2027.",
    pytest.param(
    "انطلق المشروع عام 2021، وأُنجزت المرحلة الأولى في أيلول 2023، بعد عامين من بدء الأعمال.\n\n"
    "وتنظم السلطة يوم الأحد 23 آذار 2025 ورشة عمل لبحث الجدول الجديد الذي يبدأ العمل به مطلع تموز.",
    marks=pytest.mark.xfail(reason="known: a clause's verb of the event's root («يبدأ العمل به») is taken for the "
                                   "event («بدء الأعمال»); roots are compared without the verb's sense", strict=True)),
]


@pytest.mark.parametrize("text", NOT_FAULTS, ids=["other-clause", "complement-elsewhere"])
def test_not_faults(text):
    assert _kinds(text) == []
