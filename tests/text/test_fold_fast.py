"""``fold`` (no offset map) is exactly the text of ``normalise(s, repair_stretched=False)``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tahqiq.text.normtext import fold, normalise

# Characters normalisation treats specially: digits of three scripts, the decimal comma, alef and
# ya forms, tatweel, diacritics, bidi and zero-width controls, Markdown escapes, <sup> tags, quotes.
SPECIAL = list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،٪%أإآٱىةيـًٌٍَُِّْٰ\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c"
               "\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\\*_[]()<>/«»“”‘’–—-., \nabcXYZبتثكلمن")
PIECES = ["<sup>", "</sup>", "\\*", "\\_", "١،٥", "2،3", "يي", "ييي"]
strings = st.lists(st.one_of(st.sampled_from(SPECIAL), st.sampled_from(PIECES), st.characters()),
                   max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(strings)
def test_fold_equals_normalise_text(s):
    assert fold(s) == normalise(s, repair_stretched=False).text


def test_fold_examples():
    assert fold("٢٠٢٢") == "2022"
    assert fold("١،٥") == normalise("١،٥", repair_stretched=False).text
    assert fold("<sup>3</sup>") == "3"
