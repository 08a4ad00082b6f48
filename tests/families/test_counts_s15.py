"""Counted lists in more of their shapes (synthetic texts), each beside its clean form:
- «لست دول هي …»: «ل» + «ست» before a counted noun and its list;
- a qualifier between the counted noun and a bare colon («ثلاثة مسارات متوازية لتوسيع حضور العملة: …»);
- the number of something, its list after a colon («وصار عدد الأعضاء المؤسسين خمسة: …»);
- the last name running into the sentence («هي ميرسك وإم إس سي وهاباغ لويد لبحث شروط …»);
- the names before «، و» + a clause meeting the count («في أربع دول هي … والنيجر، ويتبع مباشرة …»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


CASES = [
    ("وتضم الجزيرة مرافئ {n} دول هي اليونان وتركيا ومصر وقبرص ولبنان. ويصف الباحثون ذلك بالسوق.", "لخمس", "لست"),
    ("شهدت المنطقة {n} مسارات متوازية لتوسيع حضور العملة: الصكوك في بورصة دبي، واتفاقات المبادلة بين المصارف، "
     "ومنصات الدفع الرقمية. وتقدر الورقة أن الأثر محدود.", "ثلاثة", "أربعة"),
    ("وبعد انضمام الأردن صار عدد الأعضاء المؤسسين للمنتدى {n}: مصر والأردن وفلسطين وإسرائيل.", "أربعة", "خمسة"),
    ("والتقى الوفد أمس ممثلي {n} شركات تأمين كبرى هي أليانز وإكسا إل سي وميونخ ري لبحث شروط تغطية السفن.",
     "ثلاث", "أربع"),
]


@pytest.mark.parametrize("text,good,bad", CASES)
def test_a_count_against_its_list(text, good, bad):
    assert "count-mismatch" not in kinds(text.format(n=good))
    assert "count-mismatch" in kinds(text.format(n=bad))


def test_the_names_before_a_clause_meet_the_count():
    text = ("ينتشر اللواء اليوم في {n} مدن هي حلب وحمص وحماة وإدلب، ويتبع مباشرة قائد المنطقة الشمالية.")
    assert "count-mismatch" not in kinds(text.format(n="أربع"))


def test_lst_as_a_verb_counts_nothing():
    assert kinds("لست متأكداً من ذلك: الأرقام تتغير كل يوم وتتبدل.") == []


def test_a_number_of_without_a_list_is_quiet():
    assert kinds("وبلغ عدد الزوار في المعرض خمسة آلاف: أكثرهم من الطلاب.") == []
