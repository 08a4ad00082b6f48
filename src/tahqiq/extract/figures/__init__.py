"""Figures: numbers with what they count — amounts of money, percentages, measures, counts, ordinals.

A *figure* is a number stated as a quantity: «240 مليار دولار» (240e9 USD), «64%», «107 ملايين طن»,
«7000 كلمة», «ثلاثة عقود» (3 decades), «يومين» (2 days), «الذكرى السنوية الخامسة والسبعين»
(the 75th anniversary: an ordinal). Each row gives the number with its scale word applied
(``value``), what it is measured in (``unit``: a currency code, a unit code, ``%`` or the lemma
of the counted noun), the scale factor, an approximator read as a bound (``approx``) and the raw
noun phrase counted (``counts``).

Not figures, and left out: years and dates (the dates extractor owns them), footnote markers
(``(1)``, ``[3]``, ``^(2)``), page, issue and volume numbers, list and section numbering, model
names and codes (``S-400``, ``covid-19``), numbers inside URLs, times, phone numbers; lone «واحد»
or «أحد» (“a single”, “one of”); ordinals that do not rank an occurrence («المبحث الثاني», «الحرب
العالمية الثانية», «تشرين الثاني»); definite duals naming the two parties («البلدين»، «الطرفين»);
vague plurals of scale words («مليارات الدولارات»); resolution, article and chapter numbers
(«القرار 660», «الفصل 12»); a tolerance («± 85»); a lone «1» before a word the lexicon does not know
(a note marker: Arabic counts one by the noun alone).

How numbers are read (the rules of issue 10, each with its synthetic tests in
``tests/extract/test_figures_kinds.py``): the Arabic comma by the length of the digit group after
it («25،000» = 25000, «2،5» = 2.5), a European decimal comma or the Maghrebi «ر» («2,3», «5ر4») only
in a number that measures something; a range valued at its lower bound, which shares the upper
bound's scale word or thousands («8-10 آلاف», «250-300،000» = 250000); compound scales («مليار
و286 مليون دولار» = 1,286,000,000); partitives («6000 من
الرجال»); number words before their noun («مئة مدرسة»); a singular scale word alone («مليون
جندي»); fractions («الثلثين»: unit ``fraction``); indefinite duals of any noun by morphology
(:mod:`.kinds`); a number after the article is an ordinal («الدورة الـ30»); a number with nothing
after it takes the noun of «عدد» before it in its clause, or the unit of the figure a «من … إلى»
pairs it with. Currencies are never guessed: an amount with no currency word has no unit.
Modules: :mod:`.lexicon` (the words, from ``lang/``), :mod:`.context` (what surrounds a number),
:mod:`.reading` (digits, words, duals, ranges), :mod:`.kinds`, :mod:`.lemmas` (the unit as the
lemma of the counted noun) and :mod:`.scrambled`.

Matching runs on the normalised text (:attr:`Document.norm`) and every span is mapped back, so
``text == raw[start:end]``. Numbers inside the calendar dates the dates extractor finds are left
to it. A bare number, with nothing it measures and no scale word, is not a figure.

In a ``pdf-scrambled`` text, whose lines hold their pieces in reverse order and glued together,
a number followed by nothing it could measure is matched with a free unit, currency, percent
sign or counted noun of its line, or with the noun of a figure it is coordinated with, or with a
unit opening the next line (:func:`.scrambled._associate` gives the order of preference); the row's ``note``
says which. Lists of numbers next to a label («المراحل 2 و3 و4») and model names printed
backwards («154-» of «تو-154») are left out.

``value`` is a float with the scale applied; ``scale`` the scale word's factor (NaN if none);
``approx`` one of :data:`APPROX` or None; ``type`` one of :data:`TYPES`; ``unit`` is None for a
bare number or an ordinal.
"""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path

from ...text import recache as re  # re, with compiled patterns kept between runs
import pandas as pd

from ...corpus.catalogue import Document
from ...text.rows import frame
from ...text.spans import flowing
from . import lexicon as L
from .context import _approx, _implied_currency
from .compound import and_a_fraction
from .currency import CurrencyCountries
from .kinds import kind_rows
from .lemmas import _MARKS, lemma, text_words
from .parts import is_sibling, part_of
from .reading import point_convention, _compound_scales, _count_of, _digit_rows, _from_to, _dual_rows, _join_ranges, _word_rows
from .scrambled import _associate

COLUMNS = ("file", "start", "end", "text", "value", "unit", "scale", "approx", "counts", "type", "note")

TYPES = ("percent", "money", "measure", "count", "ordinal", "number")
APPROX = ("about", "more_than", "less_than", "at_least", "up_to")


def _rate_before(t: str, a: int, reversed_lines: bool) -> str | None:
    """The rate an adjective gives the measure at ``a``: «إمدادات سنوية تبلغ 38 مليار متر مكعب» is
    m3/year. It is looked for in the clause before the number, or in the whole line of a scrambled
    text (whose order is lost), where an adverb cut away from its unit counts too («سنوياً»)."""
    if reversed_lines:
        lo = t.rfind("\n", 0, a) + 1
        hi = t.find("\n", a)
        seg = t[lo:hi if hi >= 0 else len(t)]
    else:
        seg = L._CLAUSE_SPLIT.split(t[max(0, a - 80):a])[-1]
    m = (L._RATE_WORD_RE if reversed_lines else L._RATE_ADJ_RE).search(seg)
    return L._RATE_WORDS.get(m.group("w")) if m else None


# Dates whose numbers are calendar numbers, never figures.
CALENDAR_TYPES = ("date", "month", "day_range", "quarter", "half", "year", "year_range", "datetime", "url_date")


def _date_spans(doc: Document, dates: pd.DataFrame | None) -> list[tuple[int, int]]:
    """The normalised spans of the calendar dates of ``doc`` (not relative expressions, decades or
    centuries, whose numbers may be figures: «منذ ثلاثة عقود»)."""
    if dates is None:
        from ..dates import extract_dates
        dates = extract_dates(doc)
    keep = [(a, b) for t, a, b in zip(dates["type"].tolist(), dates["start"].tolist(), dates["end"].tolist())
            if t in CALENDAR_TYPES]  # (the columns read as lists: a small table, no mask and copy)
    return sorted(doc.norm.norm_spans([a for a, _ in keep], [b for _, b in keep]))


def _rows_for(doc: Document, dates: pd.DataFrame | None = None) -> list[dict]:
    L.refresh()
    reversed_lines = doc.form == "pdf-scrambled"
    # a figure and its unit or percent sign across a line that only wraps the sentence are read as one
    t = doc.norm.text if reversed_lines else flowing(doc.norm.text)
    words = text_words(t)

    def raw_char(i: int) -> str:
        return doc.raw[doc.norm.raw_span(i, i + 1)[0]]

    cands = sorted(_digit_rows(t, reversed_lines, _date_spans(doc, dates), raw_char, point_convention(doc.raw)) + _word_rows(t, reversed_lines)
                   + _dual_rows(t) + ([] if reversed_lines else kind_rows(t, words)),
                   key=lambda r: (r["nstart"], -r["nend"]))
    if not reversed_lines:
        cands = [and_a_fraction(t, r) for r in cands]  # «ثلاث سنوات ونصف»
    kept: list[dict] = []
    for r in cands:
        if kept and r["nstart"] < kept[-1]["nend"]:
            continue
        kept.append(r)
    if reversed_lines:
        kept = _associate(t, kept)
    out: list[dict] = []
    prev = None
    countries = CurrencyCountries(t)
    last_count = None  # (start, scale, lemma) of the last count with a scale word: an elided noun's
    whole = None  # the last figure with a unit: what a part («منهم 7,500») is a part of
    item = None  # the last count, amount or measure: what the next item of a breakdown with shares counts
    for r in _join_ranges(t, kept if reversed_lines else _compound_scales(t, kept)):
        if r["type"] == "number" and not reversed_lines and (shared := _from_to(t, prev, r)):
            r = shared
        elif r["type"] == "number" and not reversed_lines and (part := part_of(t, whole, prev, r)) and not (
                part["type"] == "money" and r["scale"] is not None and _implied_currency(t, r["nstart"])):
            r = part  # (an amount whose paragraph names its currency is read below)
        elif r["type"] == "number" and not reversed_lines and (li := _list_item(t, item, prev, r)):
            r = li
        elif r["type"] == "number" and not reversed_lines and (ns := _count_of(t, r["nstart"])):
            r = {**r, "type": "count", "noun_span": ns, "construct": not t.startswith("ال", ns[0]),
                 "note": "counts the noun after «عدد» before it"}
        if r["unit"] is not None and r["type"] in ("count", "money", "measure", "percent"):
            if r.get("part") or not reversed_lines and is_sibling(t, whole, prev, r):
                r = {**r, "part": True}  # «منهم 90 طبيباً و180 ممرضاً»: parts, the whole stays
            elif r["unit"] not in _MULTIPLIERS:  # «12600 طالب، أي ثلاثين ضعف عددهم»: a multiple is no whole
                whole = r
        prev = r
        if r["unit"] is not None and r["type"] in ("count", "money", "measure"):
            item = r
        if r["type"] == "number" and r["scale"] is not None and not reversed_lines and (
                cur := _implied_currency(t, r["nstart"])):
            r = {**r, "unit": cur, "type": "money", "note": "currency implied by the paragraph"}
        if (r["type"] == "number" and r["scale"] is not None and not reversed_lines and last_count is not None
                and last_count[1] == r["scale"] and "\n" not in t[last_count[0]:r["nstart"]]
                and r["nstart"] - last_count[0] <= _ELIDED_REACH
                and _ELIDED_LEAD.search(t, max(0, r["nstart"] - 12), r["nstart"])):
            # «استقبل 38 ألف زائر … قبل أن يعود إلى 31 ألفاً», «8.5 ملايين مسافر … 1.8 مليون في الربع
            # الأول»: the counted noun elided after the same scale word counts what it counted
            r = {**r, "type": "count", "unit": last_count[2], "note": _ELIDED_NOTE}
        if r["type"] == "number" and r["scale"] is None:
            continue  # a bare number measures nothing: not a figure
        if r["type"] == "money" and r["unit"] in L.CURRENCY_ADJECTIVES and (code := countries.code(r["unit"], r["nstart"])):
            r = {**r, "unit": code}  # «ريال» in a text on Saudi Arabia (:mod:`.currency`)
        if r["type"] == "measure" and "/" not in r["unit"] and (rate := _rate_before(t, r["nstart"], reversed_lines)):
            r = {**r, "unit": f"{r['unit']}/{rate}"}
        if r.get("noun_span"):
            r = {**r, "unit": _unit(doc, r, words)}
        start, end = doc.norm.raw_span(r["nstart"], r["nend"])
        end += len(L._TRAILING_MARKS.match(doc.raw, end).group())  # the tanween of «سنوياً» belongs to the word
        counts = None
        if r["counts_span"]:
            cs, ce = doc.norm.raw_span(*r["counts_span"])
            counts = doc.raw[cs:ce + len(L._TRAILING_MARKS.match(doc.raw, ce).group())]
        if r["type"] == "count" and r["scale"] is not None and r["unit"] is not None:
            last_count = (r["nstart"], r["scale"], r["unit"])
        elif r["type"] in ("money", "measure"):
            last_count = None  # another kind of amount between: the noun is no longer the one in view
        out.append({
            "file": doc.name, "start": start, "end": end, "text": doc.raw[start:end],
            # 240.1 * 1e9 is 240100000000.00003; a fraction keeps its digits
            "value": float(r["value"]) if r["unit"] == "fraction" else float(f"{float(r['value']):.12g}"),
            "unit": r["unit"], "scale": r["scale"], "approx": _approx(t, r["nstart"], r["nend"]),
            "counts": counts, "type": r["type"], "note": r["note"],
        })
    return out


# a breakdown whose items carry their shares in brackets, the noun said once: «إدارة الأعمال 3780 طالباً (30 في
# المئة)، والهندسة 2520 (20 في المئة)، …» -- a bare number after «(P%)، و<label>» and before «(» is an item of
# the same noun as the item before it
_ITEM_OPEN = re.compile(r"[^\S\n]*\([^\S\n]*$")
_ITEM_LEAD = re.compile(r"[^\S\n]*\)[^\S\n]*[،,][^\S\n]*و[^\d\n.;:!?؟()%]{1,40}$")
_ITEM_SHARE = re.compile(r"[^\S\n]*\([^\S\n]*[\d٠-٩]")


def _list_item(t: str, item: dict | None, prev: dict | None, r: dict) -> dict | None:
    if item is None or prev is None or prev["type"] != "percent" or r["scale"] is not None or prev["nstart"] < item["nend"]:
        return None
    if r["nstart"] - item["nend"] > 120 or not _ITEM_OPEN.fullmatch(t, item["nend"], prev["nstart"]):
        return None
    if not _ITEM_LEAD.fullmatch(t, prev["nend"], r["nstart"]) or not _ITEM_SHARE.match(t, r["nend"]):
        return None
    return {**r, "unit": item["unit"], "type": item["type"], "noun_span": item.get("noun_span"),
            "construct": item.get("construct"), "dual_of": item.get("dual_of"), "part": True,
            "note": "an item of a breakdown: the noun of the item before it"}


_MULTIPLIERS = {"ضعف", "أضعاف", "اضعاف", "مرة", "مرات"}
_ELIDED_REACH = 300  # characters from the count whose noun a bare scaled number may take
_ELIDED_NOTE = "counted noun elided (the one before it)"
# where a bare scaled number continues the count before it: the end of a change («… إلى 31 ألفاً»). (Not
# yet the items of a breakdown after a colon, «على النحو الآتي: 1.8 مليون، و2.1 مليون»: the parts
# detectors read such items as parts of the count before them, rightly or not, and a family
# of theirs (test_arith_levels against_whole) then raises a false alarm.)
_ELIDED_LEAD = re.compile(r"(?<![\u0621-\u064A])(?:الى|الي|إلى)[^\S\n]*$")


def _unit(doc: Document, r: dict, words: frozenset[str]) -> str:
    """The lemma of the noun a row counts, spelt as in the raw text (:mod:`.lemmas`)."""
    cs, ce = doc.norm.raw_span(*r["noun_span"])
    noun = doc.raw[cs:ce + len(L._TRAILING_MARKS.match(doc.raw, ce).group())]
    if r.get("dual_of"):
        stem = _MARKS.sub("", noun)[:-2]
        return stem[:-1] + "ة" if stem.endswith("ت") else stem
    return lemma(noun, r["value"] / (r["scale"] or 1.0), words, construct=bool(r.get("construct")))[0]


def extract_figures(doc: Document, dates: pd.DataFrame | None = None) -> pd.DataFrame:
    """The figures of a document, one row per figure, sorted by ``start``; columns :data:`COLUMNS`.

    ``dates`` is the document's :func:`~tahqiq.extract.dates.extract_dates` table if the caller
    has it (computed otherwise): numbers inside its calendar dates are not figures.
    """
    rows = _rows_for(doc, dates)
    return frame(rows, COLUMNS, {"start": "int64", "end": "int64", "value": "float64", "scale": "float64"},
                 by=itemgetter("start"))


def figures_from_string(s: str, name: str = "<string>") -> pd.DataFrame:
    """:func:`extract_figures` on a string (for tests and quick looks)."""
    return extract_figures(Document(path=Path(name), raw=s))
