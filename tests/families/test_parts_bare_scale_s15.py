"""Parts after «منها» whose scale word stands alone («وللسودان 18.5 مليار»): they measure what their whole does,
a yearly whole's parts in its unit (synthetic texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather


def kinds(text: str) -> list[str]:
    return sorted(f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")])))


@pytest.mark.parametrize("rest,bad", [("والباقي 10 مليارات", False), ("والباقي 12 مليار", True)])
def test_a_closed_list_of_bare_scaled_parts(rest, bad):
    text = f"يبلغ التدفق السنوي للنهر 84 مليار متر مكعب، منها 55.5 مليار متر مكعب للزراعة و18.5 مليار للمدن، {rest} للفاقد."
    assert ("arithmetic-parts" in kinds(text)) is bad


@pytest.mark.parametrize("b,bad", [("18.5", False), ("38.5", True)])
def test_parts_exceeding_their_whole(b, bad):
    text = f"يبلغ التدفق السنوي للنهر 84 مليار متر مكعب، منها 55.5 مليار متر مكعب للزراعة و{b} مليار للمدن."
    assert ("arithmetic-parts" in kinds(text)) is bad


@pytest.mark.parametrize("rest,bad", [("وتُركت 10 مليارات", False), ("وتُركت 12 مليار", True)])
def test_what_was_left_closes_the_list_and_a_date_between_is_no_part(rest, bad):
    text = (f"يبلغ التدفق السنوي للنهر 84 مليار متر مكعب، خصصت منها اتفاقية الأحد 8 تشرين الثاني 1959 للزراعة "
            f"55.5 مليار متر مكعب وللمدن 18.5 مليار، {rest} للفاقد بالتبخر.")
    assert ("arithmetic-parts" in kinds(text)) is bad
