"""Two Arabic-edition messages were seen, in the built Arabic pages, with what an Arabic reader cannot
read: «قسم «internet» من قائمة المراجع …» (a bibliography section's code, the English word, put into
the Arabic template) and «… والعلوم السياسية<sup>a</sup>» …» (a converter's superscript quoted raw,
and the quotes cut a second time as one string, so that the «» between them went and an «» was left
open). The kinds, not the instances: a code the book has a word for (``value.<group>.<code>`` of
ui.yml) is filled in by that word (``{field|value.<group>}``), a quote loses a converter's markup, and
the joined quotes are not cut again."""

from __future__ import annotations

import re

import pytest

from tahqiq import lang
from tahqiq.review import factcheck, messages

AR_SUP = "جامعة الامام جعفر الصادق (ع) /كلية القانون والعلوم السياسية<sup>a</sup>"
EN_LONG = ",Tel:009647719082131, Affiliation: Imam Ja'afar Al-Sadiq University / College of Political Science."


def test_a_quote_loses_a_converters_markup():
    assert messages.unmarked(AR_SUP).endswith("والعلوم السياسية")
    assert messages.unmarked("**المشاكل الداخلية** :") == "المشاكل الداخلية :"
    assert messages.unmarked("<b>قوة</b> سيبيريا") == "قوة سيبيريا"
    assert messages.unmarked("a < b and 3**2") == "a < b and 3**2"  # not markup: kept
    assert messages.unmarked(messages.unmarked(AR_SUP)) == messages.unmarked(AR_SUP)


def test_the_joined_quotes_are_not_cut_again():
    m = messages.arabic("bilingual-mismatch", {}, [AR_SUP, EN_LONG])
    assert "<sup>" not in m and "<" not in m
    assert m.count("«") == m.count("»") == 2, m
    assert "» و«" in m


def test_a_code_is_filled_in_by_the_books_word_for_it():
    m = messages.arabic("bilingual-mismatch", {"section": "internet", "entries": 7}, [AR_SUP])
    assert "«مواقع الإنترنت»" in m and "internet" not in m
    # a code without a word: that template is skipped, not filled with the code
    m = messages.arabic("bilingual-mismatch", {"section": "no-such-section", "entries": 7}, [AR_SUP])
    assert "no-such-section" not in m


def _codes() -> set[str]:
    """Every code the book names in the edition's words (``value.<group>.<code>`` of ui.yml)."""
    return {k.split(".", 2)[2] for k in lang.lexicon("ui") if k.startswith("value.") and k.count(".") >= 2}


@pytest.fixture(scope="module")
def corpus(catalogue):
    return factcheck.corpus_findings(catalogue)


def test_no_arabic_message_shows_a_code_or_markup(corpus):
    """Over the corpus: a template's plain field (no filter) never fills in a code the book has a word
    for, no Arabic message holds markup, and its «» are balanced."""
    codes = _codes()
    bad = []
    for f in corpus.to_dict("records"):
        quotes = [s["text"] for s in f["spans"]]
        values = messages.fields(f["kind"], f["evidence"], quotes)
        for t in messages.kinds().get(f["kind"], {}).get("templates_ar", []) + messages._entries()["generic_ar"]:
            if messages.fill(t, values) is None:
                continue
            for m in messages._FIELD.finditer(t):
                key, flt = m.group(1), m.group(2)
                v = values.get(key)
                if flt is None and key not in ("kind", "quotes") and not key.startswith("q") and str(v) in codes:
                    bad.append(f"{f['id']}: {{{key}}} = {v!r}")
            break
        msg = f["message_ar"]
        if re.search(r"<[a-z/]", msg) or msg.count("«") != msg.count("»"):
            bad.append(f"{f['id']}: {msg}")
    assert not bad, "\n".join(bad)
