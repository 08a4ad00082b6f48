"""Family of constructions: an amount restated in another currency after «، أي» («110 مليارات ريال، أي 29.3
مليار دولار»، «5 مليارات درهم، أي نحو 500 مليون يورو»، «بما يعادل»). At the reference rates
(data/reference/exchange_rates.yml) the two must be of one order of magnitude: a scale word slipped
(«ملايين» for «مليارات») makes one about a thousand times the other (``arithmetic-magnitude``). Rates
move, so only a factor of 30 or more is a finding. Synthetic sentences, session 18.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tahqiq import checks
from tahqiq.corpus.catalogue import Document
from tahqiq.facts import gather

HEAD = {"SAR": "الرياض، 9 ديسمبر 2022 - ", "MAD": "الرباط، 5 يوليو 2021 - ", "AED": "دبي، 3 مارس 2023 - ",
        "EGP": "القاهرة، 2 مايو 2024 - "}
SENT = "{head}وقّع الجانبان في {place} اتفاقيات تقدَّر قيمتها بنحو {a} {cur}، {link} {b}."
CASES = [  # (currency, place, amount, its restatement in another currency)
    ("SAR", "الرياض", "110 مليارات", "ريال", "29.3 مليار دولار"),
    ("MAD", "فاس", "5 مليارات", "درهم", "نحو 500 مليون يورو"),
    ("AED", "دبي", "3.6 مليارات", "درهم", "980 مليون دولار"),
    ("EGP", "القاهرة", "48 مليار", "جنيه", "1.2 مليار دولار"),
]
SLIPS = {"مليارات": "ملايين", "مليار": "مليون"}


def kinds(text: str) -> list[str]:
    return [f.kind for f in checks.run(gather([Document(path=Path("a.txt"), raw=text, form="plain")]))]


@pytest.mark.parametrize("link", ["أي", "بما يعادل", "أي ما يعادل"])
@pytest.mark.parametrize("cur, place, a, word, b", CASES)
def test_a_right_restatement_is_quiet(cur, place, a, word, b, link):
    text = SENT.format(head=HEAD[cur], place=place, a=a, cur=word, link=link, b=b)
    assert "arithmetic-magnitude" not in kinds(text)


@pytest.mark.parametrize("cur, place, a, word, b", CASES)
def test_a_slipped_scale_word_is_found(cur, place, a, word, b):
    n, scale = a.split()
    text = SENT.format(head=HEAD[cur], place=place, a=f"{n} {SLIPS[scale]}", cur=word, link="أي", b=b)
    assert "arithmetic-magnitude" in kinds(text)


def test_a_currency_that_lost_value_is_no_slip():
    # the pound at a tenth of its reference rate: ten times off, not a scale word
    text = SENT.format(head=HEAD["EGP"], place="القاهرة", a="48 مليار", cur="جنيه", link="أي", b="120 مليون دولار")
    assert "arithmetic-magnitude" not in kinds(text)
