"""Bilingual: the Arabic and English versions of the same content in one text disagreeing.

``bilingual-mismatch``
    A journal article often carries its front and back matter twice, in Arabic and in English:
    the article history, the title, the abstract, the conclusion and its numbered results, the
    bibliography. The detector aligns the two versions of each and compares what can be compared
    across languages:

    * **article history** — the labelled items of the Arabic and the English history (see
      :func:`tahqiq.checks.chronology.histories`), stage by stage: two dates of one stage that
      cannot be the same day (disjoint intervals) disagree;
    * **title, abstract, conclusion, results** — blocks of kind ``title``/``abstract`` by language;
      the blocks under a conclusion heading («الخاتمة», «خاتمة», «الاستنتاجات», ``Conclusion``) and
      under a results heading («النتائج», ``Results``, ``Findings``), numbered results paired by
      their number. Their dated mentions (years of dates and ranges; decades; centuries) and
      figures (value and unit) are compared as multisets: a value one version has and the other
      lacks, when the other has an unmatched value of the same kind, is a disagreement (the two
      are paired in text order);
    * **bibliography** — Arabic and English entries (often in another order: the English list is
      alphabetical in transliteration) are aligned by their section, the Latin skeleton of the
      author names (:func:`latin_skeleton`, Arabic letters and English transliterations reduced to
      one consonant alphabet) or, failing the names, by two or more shared fields that all agree (a
      volume, issue or pages among them); an aligned pair whose authors (by skeleton), year,
      volume, issue or pages differ, or whose other numbers (a year in the title, an edition)
      differ, disagrees.

    Each disagreement is a ``warning`` quoting both versions.

Named entities other than bibliography authors are not compared yet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

import pandas as pd

from ..text.rows import tuples
from ..text.rows import records
from ..facts import Facts, TextFacts, per_text
from ..review.findings import Finding, Span
from ..text.normtext import fold
from . import detector
from .chronology import histories, interval_text, raw_span
from ..text.intervals import year_of
from ..extract.figures.reading import point_convention

LANGS = ("ar", "en")

# --------------------------------------------------------------------------- transliteration

_AR_LATIN = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h",
}
_LATIN_DIGRAPHS = (("sh", "s"), ("kh", "k"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("ph", "f"), ("ch", "s"))
_LATIN_MAP = str.maketrans({"q": "k", "c": "k", "x": "k", "v": "f", "p": "b", "e": "", "a": "", "i": "", "o": "",
                            "u": "", "y": "", "w": ""})


def latin_skeleton(name: str) -> str:
    """The consonant skeleton of a name in one reduced Latin alphabet, for Arabic script and for
    its English transliterations alike: «الأنباري» and ``al-Anbari`` are both ``nbr``; «جاسم»,
    ``Jassim`` and ``Jasim`` are ``jsm``. Vowels, ``w``/``y`` (long vowels), ʿayn and hamza are
    dropped, the article ``al-``/``el-``/«ال» is dropped, doubled letters are collapsed."""
    out = []
    for word in re.findall(r"[\u0621-\u064AA-Za-z]+", fold(name)):
        w = word.lower()
        if re.fullmatch(r"[\u0621-\u064A]+", w):
            w = re.sub(r"^(?:[وب]?ال)(?=..)", "", w)
            sk = "".join(_AR_LATIN.get(ch, "") for ch in w)
        else:
            if w in ("al", "el", "and"):
                continue
            w = re.sub(r"^(?:al|el)(?=-)", "", w)
            for a, b in _LATIN_DIGRAPHS:
                w = w.replace(a, b)
            sk = w.translate(_LATIN_MAP)
            sk = re.sub(r"[^a-z]", "", sk)
        out.append(re.sub(r"(.)\1+", r"\1", sk))
    return " ".join(s for s in out if s)


def name_similarity(a: str, b: str) -> float:
    """How alike two names are across scripts (0..1): the best of the skeletons compared whole
    and compared as sorted words (forename-first and surname-first orders)."""
    sa, sb = latin_skeleton(a), latin_skeleton(b)
    if not sa or not sb:
        return 0.0
    whole = SequenceMatcher(None, sa.replace(" ", ""), sb.replace(" ", "")).ratio()
    words = SequenceMatcher(None, " ".join(sorted(sa.split())), " ".join(sorted(sb.split()))).ratio()
    return max(whole, words)


# --------------------------------------------------------------------------- values of a block


@dataclass(frozen=True)
class _Value:
    kind: str  # year, decade, century, or a figure type/unit
    value: float
    span: Span
    pos: int


def _inside(df: pd.DataFrame, blocks: pd.DataFrame) -> pd.DataFrame:
    if df.empty or blocks.empty:
        return df.iloc[0:0]
    keep = pd.Series(False, index=df.index)
    for b in tuples(blocks):
        keep |= (df["start"] >= b.start) & (df["end"] <= b.end)
    return df[keep]


def _values(tf: TextFacts, blocks: pd.DataFrame) -> list[_Value]:
    """The comparable values of some blocks: years (of dates and ranges), decades, centuries, figures."""
    out: list[_Value] = []
    for r in records(_inside(tf.dates, blocks)):
        if not isinstance(r["start_date"], str) or not isinstance(r["end_date"], str):
            continue
        sp, y0, y1 = Span.of(r), year_of(r["start_date"]), year_of(r["end_date"])
        if r["type"] in ("date", "month", "day_range", "quarter", "half", "year", "datetime"):
            out.append(_Value("year", y0, sp, sp.start))
        elif r["type"] == "year_range":
            out += [_Value("year", y0, sp, sp.start), _Value("year", y1, sp, sp.start)]
        elif r["type"] in ("decade", "century"):
            out.append(_Value(r["type"], y0, sp, sp.start))
    for r in records(_inside(tf.figures, blocks)):
        if r["type"] == "ordinal" or pd.isna(r["value"]):
            continue
        unit = r["unit"] if isinstance(r["unit"], str) and r["type"] != "count" else ""
        out.append(_Value(f"{r['type']} {unit}".strip(), float(r["value"]), Span.of(r), int(r["start"])))
    return sorted(out, key=lambda v: v.pos)


def _disagreements(a: list[_Value], b: list[_Value]) -> list[tuple[_Value, _Value]]:
    """Values of one version missing from the other, paired (in text order) with the other's
    unmatched values of the same kind."""
    ca = Counter((v.kind, v.value) for v in a)
    cb = Counter((v.kind, v.value) for v in b)
    only_a, only_b = ca - cb, cb - ca

    def leftovers(vs: list[_Value], only: Counter) -> dict[str, list[_Value]]:
        left: dict[str, list[_Value]] = {}
        budget = Counter(only)
        for v in vs:
            if budget[(v.kind, v.value)] > 0:
                budget[(v.kind, v.value)] -= 1
                left.setdefault(v.kind, []).append(v)
        return left

    la, lb = leftovers(a, only_a), leftovers(b, only_b)
    return [pair for kind in la if kind in lb for pair in zip(la[kind], lb[kind])]


# --------------------------------------------------------------------------- units


def _words_re(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\u0621-\u064Aa-z])(?:{'|'.join(map(re.escape, words))})(?![\u0621-\u064Aa-z])")


_CONCLUSION = _words_re(("الخاتمه", "خاتمه", "الاستنتاجات", "conclusion", "conclusions", "concluding remarks"))
_RESULTS = _words_re(("النتائج", "نتائج الدراسه", "نتائج البحث", "results", "findings"))


def _heading_kinds(section: str) -> set[str]:
    """Which of conclusion/results a section path («الخاتمة › النتائج») lies under."""
    kinds = set()
    for part in section.split("›"):
        p = re.sub(r"\s+", " ", fold(re.sub(r"[#*:\\_]", " ", part)).lower())
        if _RESULTS.search(p):
            kinds.add("results")
        elif _CONCLUSION.search(p):
            kinds.add("conclusion")
    return kinds


@dataclass
class _Unit:
    label: str
    ar: pd.DataFrame
    en: pd.DataFrame


def _units(tf: TextFacts) -> list[_Unit]:
    """The Arabic/English counterparts of a text: title, abstract, conclusion, each numbered result;
    computed once per text and kept on its facts (three parts of the detector read them; never changed)."""
    cached = tf.__dict__.get("_bilingual_units")
    if cached is None:
        cached = tf.__dict__["_bilingual_units"] = _compute_units(tf)
    return list(cached)


_REFERENCE_LABEL = re.compile(
    r"(?:قائمه\s+)?(?:المراجع|المصادر|المصادر\s+والمراجع|references|bibliography|sources|works\s+cited)"
    r"(?:\s+(?:العربيه|الاجنبيه|الانجليزيه|الانكليزيه|الفرنسيه|باللغه\s+\S+|in\s+\w+|arabic|foreign|english|french))?",
    re.I)


def _references_start(tf: TextFacts, body: pd.DataFrame) -> int:
    """Where the text's list of references begins when its label («المراجع العربية», «قائمة
    المصادر», "Foreign references") was read as a paragraph, not a heading: the reference entries
    after it are not part of the conclusion or results above it (their years are the sources')."""
    for start, end in zip(body["start"].tolist(), body["end"].tolist()):
        t = re.sub(r"[\s#*:：.\-]+$|^[\s#*\-]+", "", fold(tf.raw[start:end]).lower())
        if "\n" not in t and _REFERENCE_LABEL.fullmatch(re.sub(r"\s+", " ", t)):
            return int(start)
    return len(tf.raw) + 1


def _compute_units(tf: TextFacts) -> list[_Unit]:
    b = tf.blocks
    if b.empty:
        return []
    b = b[b["lang"].isin(LANGS)]
    # a unit is kept only with blocks in both languages: the (kind, language) pairs present tell,
    # without filtering the table for units that cannot be kept (same units, a fraction of the cost)
    present = set(zip(b["kind"].tolist(), b["lang"].tolist()))
    units = [_Unit(k, b[(b.kind == k) & (b.lang == "ar")], b[(b.kind == k) & (b.lang == "en")])
             for k in ("title", "abstract") if (k, "ar") in present and (k, "en") in present]
    # a title block holding lines of both languages (a masthead with its two columns, an Arabic title
    # over its English line) is no one version of the title: its lines are compared with each other
    # (:func:`_line_number_findings`), not with the other version's title block
    units = [_Unit(u.label, u.ar[[not _bilingual_block(tf, s, e) for s, e in zip(u.ar.start, u.ar.end)]],
                   u.en[[not _bilingual_block(tf, s, e) for s, e in zip(u.en.start, u.en.end)]])
             if u.label == "title" else u for u in units]
    # the conclusion and results units need body blocks of both languages under such a heading
    heads: dict[str, set] = {"ar": set(), "en": set()}
    for kind, lang, sec in zip(b["kind"].tolist(), b["lang"].tolist(), b["section"].tolist()):
        if kind in ("paragraph", "list_item") and pd.notna(sec):
            k = _heading_kinds(str(sec))
            heads[lang] |= {"conclusion"} if k == {"conclusion"} else set()
            heads[lang] |= {"results"} if "results" in k else set()
    if not heads["ar"] & heads["en"]:
        return [u for u in units if not u.ar.empty and not u.en.empty]
    body = b[b["kind"].isin(("paragraph", "list_item")) & b["section"].notna()]
    body = body[body["start"] < _references_start(tf, body)]
    kinds = [_heading_kinds(sec) for sec in body["section"].astype(str)]
    conclusion = body.loc[pd.Series([k == {"conclusion"} for k in kinds], index=body.index, dtype=bool)]
    units.append(_Unit("conclusion", conclusion[conclusion.lang == "ar"], conclusion[conclusion.lang == "en"]))
    results = body.loc[pd.Series(["results" in k for k in kinds], index=body.index, dtype=bool)]
    ar, en = results[results.lang == "ar"], results[results.lang == "en"]
    numbered = sorted(set(ar["number"].dropna().astype(int)) & set(en["number"].dropna().astype(int)))
    for n in numbered:
        units.append(_Unit(f"result {n}", ar[ar["number"] == n], en[en["number"] == n]))
    units.append(_Unit("results", ar[~ar["number"].isin(numbered)], en[~en["number"].isin(numbered)]))
    return [u for u in units if not u.ar.empty and not u.en.empty]


def _bilingual_block(tf: TextFacts, start: int, end: int) -> bool:
    """A block with a line in Arabic script and a line (or a column) in Latin script only."""
    lines = [ln for ln in tf.raw[start:end].split("\n") if ln.strip()]
    arabic = any(re.search(r"[\u0621-\u064A]{3}", ln) for ln in lines)
    latin = any(re.search(r"[A-Za-z]{3}", ln) and not re.search(r"[\u0621-\u064A]", ln) for ln in lines)
    return (arabic and latin) or any(_COLUMNS.fullmatch(ln) for ln in lines)


_KIND_NAMES = {"year": "the year", "decade": "the decade of", "century": "the century of"}


def _value_text(v: _Value) -> str:
    return str(int(v.value)) if v.value == int(v.value) else f"{v.value:g}"


def _unit_findings(tf: TextFacts) -> list[Finding]:
    out = []
    for u in _units(tf):
        for va, vb in _disagreements(_values(tf, u.ar), _values(tf, u.en)):
            out.append(Finding(
                kind="bilingual-mismatch",
                severity="warning",
                message=(f"The Arabic {u.label} gives {_KIND_NAMES.get(va.kind, 'the figure')} {_value_text(va)} "
                         f"(«{va.span.text}») where the English {u.label} gives {_value_text(vb)} («{vb.span.text}»)."),
                spans=[va.span, vb.span],
                evidence={
                    "rule": "Arabic and English versions of one part of a text carry the same dates and figures",
                    "part": u.label,
                    "kind": va.kind,
                    "arabic": {"text": va.span.text, "value": va.value},
                    "english": {"text": vb.span.text, "value": vb.value},
                },
            ))
    return out


_ANY_NUMBER = re.compile(r"(?<![0-9٠-٩A-Za-z_.,٫٬])[0-9٠-٩]+(?:[.,٫٬][0-9٠-٩]+)*(?![0-9٠-٩A-Za-z_٫٬]|[.,][0-9٠-٩])")
# (an Arabic clitic may stick to a number, «و120», «بـ18»; a Latin letter makes it a code, "COVID19")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.", "٬")
NUMBERS_SHARED = 3
"""Numbers two versions of a part must share before a leftover number of each is called a disagreement."""


def _numbers(tf: TextFacts, blocks: pd.DataFrame) -> list[_Value]:
    """Every number written in digits in some blocks (years, 1800-2100, left to the dated values),
    whatever the figure extractor made of it: an English sentence's bare counts are numbers too. A
    decimal written with a comma («1,25») is one number (:data:`_ANY_NUMBER`; the bibliography's
    :data:`_NUMBER` below reads digit runs only, and once shadowed this one, splitting «1,25» in two)."""
    out = []
    rows = list(tuples(blocks))
    # the blocks' own convention: a text that writes its decimals with a comma («81,8 بالمائة») groups
    # thousands with a point («1.240 حدثاً» = 1240), the European and Maghrebi usage
    # (:func:`~tahqiq.extract.figures.reading.point_convention`)
    point_groups = point_convention(" ".join(tf.raw[b.start:b.end] for b in rows).translate(_DIGITS)) is True
    for b in rows:
        for m in _ANY_NUMBER.finditer(tf.raw, b.start, b.end):
            txt = m.group().translate(_DIGITS)
            if point_groups and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", txt):
                txt = txt.replace(".", "")
            txt = txt.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", txt) else txt.replace(",", ".")
            try:
                v = float(txt)
            except ValueError:
                continue
            if v == int(v) and 1800 <= v <= 2100:
                continue
            k, end = _scale_after(tf.raw, m.end())
            out.append(_Value("number", v * k, Span(file=tf.file, start=m.start(), end=end, text=tf.raw[m.start():end]),
                              m.start()))
    return out


_WORD_AFTER = re.compile(r"[^\S\n]+([\u0621-\u0652]+|[A-Za-z]+)")
_ABBREVIATED_SCALES = {"bn": 1e9, "mn": 1e6, "tn": 1e12}


def _scale_after(raw: str, at: int) -> tuple[float, int]:
    """(factor, end) of a scale word right after a number: «72 ألف تلميذ» is the English version's "72,000"
    (and "2.4 billion" its «2.4 مليار»); (1, ``at``) when there is none."""
    from ..extract.figures import lexicon as L

    m = _WORD_AFTER.match(raw, at)
    k = L.SCALES.get(w := fold(m.group(1)).lower()) or _ABBREVIATED_SCALES.get(w) if m else None
    return (k, m.end()) if k else (1.0, at)


def _leftover(vs: list[_Value], only: Counter) -> list[_Value]:
    """The values of ``vs`` counted in ``only``, in text order."""
    budget, out = Counter(only), []
    for v in vs:
        if budget[v.value] > 0:
            budget[v.value] -= 1
            out.append(v)
    return out


def _number_findings(tf: TextFacts, seen: set[tuple[int, int]]) -> list[Finding]:
    """The numbers of an abstract, a conclusion or results compared across the two versions when
    they share at least :data:`NUMBERS_SHARED` and each has the same one or two numbers the other lacks."""
    out = []
    for u in _units(tf):
        if u.label == "title":
            continue
        a, b = _numbers(tf, u.ar), _numbers(tf, u.en)
        ca, cb = Counter(v.value for v in a), Counter(v.value for v in b)
        shared = sum((ca & cb).values())
        only_a, only_b = ca - cb, cb - ca
        n = sum(only_a.values())
        if shared < NUMBERS_SHARED or n != sum(only_b.values()) or not 1 <= n <= 2:
            continue
        for va, vb in zip(_leftover(a, only_a), _leftover(b, only_b)):
            if (va.span.start, va.span.end) in seen or (vb.span.start, vb.span.end) in seen:
                continue
            out.append(Finding(
                kind="bilingual-mismatch",
                severity="warning",
                message=(f"The Arabic {u.label} gives the number {_value_text(va)} («{va.span.text}») where the "
                         f"English {u.label} gives {_value_text(vb)} («{vb.span.text}»); the two share "
                         f"{shared} other numbers."),
                spans=[va.span, vb.span],
                evidence={
                    "rule": "Arabic and English versions of one part of a text carry the same numbers",
                    "part": u.label,
                    "kind": "number",
                    "arabic": {"text": va.span.text, "value": va.value},
                    "english": {"text": vb.span.text, "value": vb.value},
                    "shared": shared,
                },
            ))
    return out


_COLUMNS = re.compile(r"^(?P<ar>[^\n]*[\u0621-\u064A][^\n]*?)[ \t]{4,}(?P<en>[^\u0600-\u06FF\n]*[A-Za-z]{2}[^\u0600-\u06FF\n]*)$",
                      re.M)
"""A two-column line of a bilingual masthead: the Arabic column, four spaces or more, the English
column («المجلد 9، العدد 2 (2025)، ص ص 211-187          Vol. 9, No. 2 (2025), pp. 187-211»)."""
_WIDE_GAP = re.compile(r"[ \t]{4}")
_LATIN_TAIL = re.compile(r"[ \t]{4}[^\u0600-\u06FF\n]*$", re.M)
"""Four blanks followed by no Arabic-script character up to the line's end: where a two-column line's
English column (:data:`_COLUMNS`) can be, after the line's last Arabic-script character."""
_LATIN_PAIR = re.compile(r"[A-Za-z]{2}")


def _columns(raw: str) -> list[re.Match]:
    """``_COLUMNS.finditer(raw)``, tried only on the lines with four blanks in a row after their last
    Arabic-script character and two Latin letters after them (every line it matches has both: its
    English column has no Arabic-script character): the pattern backtracks over a whole line, and
    most lines (paragraphs) have no such gap, or only one inside their Arabic words."""
    out, done = [], -1
    for g in _WIDE_GAP.finditer(raw):
        if g.start() < done:
            continue
        ls = raw.rfind("\n", 0, g.start()) + 1
        le = raw.find("\n", g.start())
        le = len(raw) if le < 0 else le
        tail = _LATIN_TAIL.search(raw, ls, le)
        m = _COLUMNS.match(raw, ls, le) if tail and _LATIN_PAIR.search(raw, tail.start(), le) else None
        if m:
            out.append(m)
        done = le
    return out


def _line_numbers(tf: TextFacts, a: int, b: int) -> list[_Value]:
    """The numbers in digits of the raw span ``[a, b)``, years included, in text order."""
    conv = point_convention(tf.raw[a:b].translate(_DIGITS)) is True
    out = []
    for m in _ANY_NUMBER.finditer(tf.raw, a, b):
        txt = m.group().translate(_DIGITS)
        if conv and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", txt):
            txt = txt.replace(".", "")
        txt = txt.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", txt) else txt.replace(",", ".")
        try:
            v = float(txt)
        except ValueError:
            continue
        out.append(_Value("number", v, Span(file=tf.file, start=m.start(), end=m.end(), text=m.group()), m.start()))
    return out


def _line_pairs(tf: TextFacts) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """An Arabic line and its English counterpart: a parallel title (an Arabic line followed by its
    English line in one block) and the two columns of a bilingual masthead line (:data:`_COLUMNS`)."""
    units = {((int(u.ar.start.min()), int(u.ar.end.max())), (int(u.en.start.min()), int(u.en.end.max())))
             for u in _units(tf) if u.label in ("title", "abstract")}
    out = [p for p in _parallel_lines(tf) if p not in units]
    out += [((m.start("ar"), m.end("ar")), (m.start("en"), m.end("en"))) for m in _columns(tf.raw)]
    return out


def _line_number_findings(tf: TextFacts, seen: set[tuple[int, int]]) -> list[Finding]:
    """The numbers of an Arabic line and of its English counterpart (:func:`_line_pairs`): a parallel
    title's years («(2024-2020)» / "(2020-2024)"), a masthead's volume, issue and pages («المجلد 9، العدد 2،
    ص ص 211-187» / "Vol. 9, No. 2, pp. 187-211"). Compared as multisets (a range printed reversed by
    right-to-left extraction is the same range) when the two lines carry as many numbers, at least two,
    and differ in exactly one."""
    out = []
    for (a0, a1), (e0, e1) in _line_pairs(tf):
        a, b = _line_numbers(tf, a0, a1), _line_numbers(tf, e0, e1)
        if len(a) != len(b) or len(a) < 2:
            continue
        ca, cb = Counter(v.value for v in a), Counter(v.value for v in b)
        only_a, only_b = ca - cb, cb - ca
        if sum(only_a.values()) != 1 or sum(only_b.values()) != 1:
            continue
        va, vb = _leftover(a, only_a)[0], _leftover(b, only_b)[0]
        if (va.span.start, va.span.end) in seen or (vb.span.start, vb.span.end) in seen:
            continue
        out.append(Finding(
            kind="bilingual-mismatch",
            severity="warning",
            message=(f"The Arabic line gives the number {_value_text(va)} («{va.span.text}») where its English "
                     f"counterpart gives {_value_text(vb)} («{vb.span.text}»); the two share "
                     f"{len(a) - 1} other numbers."),
            spans=[va.span, vb.span],
            evidence={
                "rule": "an Arabic line and its English counterpart (parallel title, masthead columns) carry the same numbers",
                "part": "line",
                "kind": "number",
                "arabic": {"text": va.span.text, "value": va.value},
                "english": {"text": vb.span.text, "value": vb.value},
                "shared": len(a) - 1,
            },
        ))
    return out


_PLACE_KINDS = {  # an Arabic place-kind noun -> the English nouns that translate it
    "محافظه": ("governorate", "province"), "مدينه": ("city",), "ولايه": ("province", "state", "wilayat"),
    "منطقه": ("region", "area", "district"), "قريه": ("village",), "بلده": ("town",), "لواء": ("district",),
    "اقليم": ("province", "region"), "جزيره": ("island",), "ميناء": ("port",)}
_AR_PLACE = re.compile(r"(?<![\u0621-\u064A])(?P<k>" + "|".join(_PLACE_KINDS) + r")\s+(?P<n>[\u0621-\u064A]{3,})")
_EN_PLACE = re.compile(r"\b(?:(?P<n1>[A-Z][a-z'-]{2,})\s+(?P<k1>[A-Z]?[a-z]+)\b|(?P<k2>[A-Z]?[a-z]+)\s+of\s+(?P<n2>[A-Z][a-z'-]{2,}))")
PLACE_SIMILAR = 0.5
"""name_similarity under which a place's Arabic and English names are two places."""


@per_text(copy=list)  # (three detectors read them)
def _parallel_lines(tf: TextFacts) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Arabic/English counterparts as raw spans: the title and abstract units, and the blocks that
    hold an Arabic line followed by its English line (a parallel title)."""
    out = []
    for u in _units(tf):
        if u.label in ("title", "abstract"):
            out.append(((int(u.ar.start.min()), int(u.ar.end.max())), (int(u.en.start.min()), int(u.en.end.max()))))
    for b in tuples(tf.blocks):
        lines, pos = [], int(b.start)
        for line in tf.raw[b.start:b.end].split("\n"):
            lines.append((pos, pos + len(line), line))
            pos += len(line) + 1
        for (s1, e1, l1), (s2, e2, l2) in zip(lines, lines[1:]):
            if re.search(r"[\u0621-\u064A]{3}", l1) and not re.search(r"[\u0621-\u064A]", l2) and re.search(r"[A-Za-z]{3}", l2):
                out.append(((s1, e1), (s2, e2)))
    return out


def _place_findings(tf: TextFacts) -> list[Finding]:
    """A place named with its kind in both versions («محافظة المفرق» / "Mafraq Governorate") whose
    two names are not one name transliterated (:func:`name_similarity` under :data:`PLACE_SIMILAR`)."""
    out, seen = [], set()
    for (a0, a1), (e0, e1) in _parallel_lines(tf):
        ar = tf.norm.text[tf.norm.norm_span(a0, a1)[0]:tf.norm.norm_span(a0, a1)[1]]
        n0 = tf.norm.norm_span(a0, a1)[0]
        places = [(m.group("k"), m) for m in _AR_PLACE.finditer(ar)]
        en = tf.raw[e0:e1]
        eng = []
        for m in _EN_PLACE.finditer(en):
            k, g = (m.group("k1"), "n1") if m.group("n1") else (m.group("k2"), "n2")
            eng.append((k.lower(), m, g))
        for kind, am in places:
            cands = [(m, g) for k, m, g in eng if k in _PLACE_KINDS[kind]]
            if len(cands) != 1 or sum(1 for k2, _ in places if k2 == kind) != 1:
                continue
            em, g = cands[0]
            name_ar = am.group("n")
            if name_similarity(name_ar, em.group(g)) >= PLACE_SIMILAR:
                continue
            sa = raw_span(tf, n0 + am.start("n"), n0 + am.end("n"))
            se = Span(file=tf.file, start=e0 + em.start(g), end=e0 + em.end(g), text=em.group(g))
            if (sa.start, se.start) in seen:
                continue
            seen.add((sa.start, se.start))
            out.append(Finding(
                kind="bilingual-mismatch",
                severity="warning",
                message=f"The Arabic version names the place «{sa.text}» where the English version names «{se.text}».",
                spans=[sa, se],
                evidence={"rule": "a place named with its kind (governorate, city, …) in the Arabic and the English "
                                  "version of one line is one name transliterated",
                          "part": "title", "kind": "place",
                          "arabic": {"text": sa.text, "value": sa.text}, "english": {"text": se.text, "value": se.text}},
            ))
    return out


# --------------------------------------------------------------------------- a citation line in both languages

# the fields of a journal's masthead or of one citation: «المجلد 45، العدد 2، يونيو 2025، ص 77-98» /
# "Vol. 45, No. 2, June 2025, pp. 77-98"
_CITE_AR = {
    "volume": re.compile(r"(?<![\u0621-\u064A])(?:المجلد|مجلد|المجلّد|م\.)[ \t]*(?P<v>\d{1,4})(?!\d)"),
    "issue": re.compile(r"(?<![\u0621-\u064A])(?:العدد|عدد|ع\.)[ \t]*(?P<v>\d{1,4})(?!\d)"),
    "pages": re.compile(r"(?<![\u0621-\u064A])(?:ص|صص|الصفحات)\.?[ \t]*(?P<v>\d{1,5}[ \t]*[-–][ \t]*\d{1,5})"),
}
_CITE_EN = {
    "volume": re.compile(r"\b(?:Vol\.?|Volume|vol\.)[ \t]*(?P<v>\d{1,4})(?!\d)"),
    "issue": re.compile(r"\b(?:No\.?|Issue|Number|no\.)[ \t]*(?P<v>\d{1,4})(?!\d)"),
    "pages": re.compile(r"\b(?:pp?\.|pages)[ \t]*(?P<v>\d{1,5}[ \t]*[-–][ \t]*\d{1,5})"),
}


def _month_res() -> tuple[re.Pattern, dict[str, int], re.Pattern, dict[str, int]]:
    from ..lang import lexicon

    ms = lexicon("months")
    ar = {fold(k): v for fam in ms["gregorian"].values() for k, v in fam.items()}
    en = {k.lower(): v for k, v in ms["english"].items() if len(k) > 3}
    alt_ar = "|".join(re.escape(k) for k in sorted(ar, key=len, reverse=True))
    alt_en = "|".join(re.escape(k) for k in sorted(en, key=len, reverse=True))
    return (re.compile(rf"(?<![\u0621-\u064A])(?P<m>{alt_ar})[ \t]+(?P<y>(?:19|20)\d\d)(?!\d)"), ar,
            re.compile(rf"\b(?P<m>{alt_en})\.?[ \t]+(?P<y>(?:19|20)\d\d)(?!\d)", re.I), en)


def _cite_fields(line: str, rx: dict[str, re.Pattern], month: re.Pattern, months: dict[str, int]) -> dict:
    """field -> (value, start, end) of the fields a citation line states once each."""
    out = {}
    for k, r in rx.items():
        hits = list(r.finditer(line))
        if len(hits) == 1:
            out[k] = (re.sub(r"[ \t]|–", lambda x: "-" if x.group() == "–" else "", hits[0].group("v")),
                      hits[0].start("v"), hits[0].end("v"))
    hits = list(month.finditer(line))
    if len(hits) == 1:
        h = hits[0]
        out["month"] = ((months[h.group("m").lower()], h.group("y")), h.start(), h.end())
    return out


def _citation_line_findings(tf: TextFacts) -> list[Finding]:
    """An Arabic line citing a journal issue (volume, issue, month and year, pages) and its English
    version on the next line: a field both state once that differs («المجلد 45» / "Vol. 44")."""
    month_ar, months_ar, month_en, months_en = _month_res()
    out, seen = [], set()
    for (a0, a1), (e0, e1) in _parallel_lines(tf):
        if (a0, e0) in seen:
            continue
        seen.add((a0, e0))
        n0, n1 = tf.norm.norm_span(a0, a1)
        fa = _cite_fields(tf.norm.text[n0:n1], _CITE_AR, month_ar, months_ar)
        fe = _cite_fields(tf.raw[e0:e1], _CITE_EN, month_en, months_en)
        common = [k for k in fa if k in fe]
        differ = [k for k in common if fa[k][0] != fe[k][0]]
        if len(common) < 2 or len(differ) != 1:
            continue  # one shared field is no evidence that the two lines cite one issue; two lines
            # differing in two fields cite two issues
        for k in common:
            if fa[k][0] == fe[k][0]:
                continue
            sa = raw_span(tf, n0 + fa[k][1], n0 + fa[k][2])
            se = Span(file=tf.file, start=e0 + fe[k][1], end=e0 + fe[k][2], text=tf.raw[e0 + fe[k][1]:e0 + fe[k][2]])
            out.append(Finding(
                kind="bilingual-mismatch",
                severity="warning",
                message=f"The Arabic citation line gives the {k} «{sa.text}» where its English version gives «{se.text}».",
                spans=[sa, se],
                evidence={"rule": "an Arabic citation line (volume, issue, month and year, pages) and its English "
                                  "version on the next line state the same fields",
                          "part": "citation", "kind": k,
                          "arabic": {"text": sa.text, "value": sa.text}, "english": {"text": se.text, "value": se.text}},
            ))
    return out


# --------------------------------------------------------------------------- article history


def _history_findings(tf: TextFacts) -> list[Finding]:
    out = []
    groups = histories(tf)
    for ga in (g for g in groups if g[0].lang == "ar"):
        for ge in (g for g in groups if g[0].lang == "en"):
            stages_e = {it.stage: it for it in ge}
            for a in ga:
                e = stages_e.get(a.stage)
                if e is None or (a.date.start_date <= e.date.end_date and e.date.start_date <= a.date.end_date):
                    continue
                sa, se = raw_span(tf, a.nstart, a.nend), raw_span(tf, e.nstart, e.nend)
                out.append(Finding(
                    kind="bilingual-mismatch",
                    severity="warning",
                    message=(f"The Arabic article history dates {a.stage} {interval_text(a.date)} («{sa.text}») but the "
                             f"English one {interval_text(e.date)} («{se.text}»)."),
                    spans=[sa, se],
                    evidence={
                        "rule": "the Arabic and English article histories of one text give each stage the same date",
                        "part": "article history",
                        "stage": a.stage,
                        "arabic": {"text": sa.text, "date": interval_text(a.date)},
                        "english": {"text": se.text, "date": interval_text(e.date)},
                    },
                ))
    return out


# --------------------------------------------------------------------------- bibliography

_FIELDS = ("year", "volume", "issue", "pages")
_URL = re.compile(r"<?(?:https?://|www\.)\S+")
_NUMBER = re.compile(r"(?<![\d.])\d+(?![\d.])")
_LIST_NUMBER = re.compile(r"^\s*[-•*]?\s*\d{1,3}\s*[.)-]\s")
_MIN_NAME = 0.6


def _field(v) -> str | None:
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    s = str(v).strip()
    return s or None


def _entry_numbers(tf: TextFacts, row: dict) -> Counter:
    """The numbers of an entry's text (normalised digits), without its list number and URLs."""
    ns, ne = tf.norm.norm_span(int(row["start"]), int(row["end"]))
    t = _LIST_NUMBER.sub("", _URL.sub(" ", tf.norm.text[ns:ne]))
    return Counter(int(x) for x in _NUMBER.findall(t))


def _field_numbers(row: dict) -> Counter:
    c: Counter = Counter()
    for f in _FIELDS:
        v = _field(row.get(f))
        if v:
            c.update(int(x) for x in _NUMBER.findall(fold(v)))
    return c


def _authors(row: dict) -> str:
    return _field(row.get("authors")) or ""


def _pair_score(a: dict, e: dict) -> tuple[float, float, bool]:
    """(name similarity, share of the shared fields that agree, whether the fields alone identify
    the source) of an Arabic and an English entry. Fields identify a source when at least two
    agree, one of them a volume, issue or pages, and none disagrees."""
    name = name_similarity(_authors(a), _authors(e))
    both = [(f, fold(_field(a[f]) or ""), fold(_field(e[f]) or "")) for f in _FIELDS if _field(a[f]) and _field(e[f])]
    equal = [f for f, x, y in both if x == y]
    agree = len(equal) / len(both) if both else 0.0
    by_fields = len(equal) >= 2 and len(equal) == len(both) and bool(set(equal) & {"volume", "issue", "pages"})
    return name, agree, by_fields


def align_bibliography(tf: TextFacts) -> list[tuple[dict, dict, float]]:
    """Arabic and English bibliography entries of a text paired one to one (when the two languages'
    lists are of comparable length or stand in sections of their own: a list mixing one Arabic source among
    English ones is no translated bibliography): same section (when
    both have one), author names alike across scripts (or, without comparable names, two or more
    shared fields that all agree, a volume, issue or pages among them); best pairs first."""
    bib = tf.bibliography
    if bib.empty:
        return []
    rows = records(bib)
    ar = [r for r in rows if r["lang"] == "ar"]
    en = [r for r in rows if r["lang"] == "en"]
    if ar and en and min(len(ar), len(en)) < 0.5 * max(len(ar), len(en)) and \
            {_field(r["section"]) for r in ar} == {_field(r["section"]) for r in en}:
        return []  # one list of sources in two languages (one Arabic book among English articles), no translation
    cands = []
    for i, a in enumerate(ar):
        for j, e in enumerate(en):
            if _field(a["section"]) and _field(e["section"]) and a["section"] != e["section"]:
                continue
            name, agree, by_fields = _pair_score(a, e)
            if name >= _MIN_NAME or by_fields:
                cands.append((0.7 * name + 0.3 * agree, i, j))
    used_a, used_e, out = set(), set(), []
    for score, i, j in sorted(cands, key=lambda c: (-c[0], c[1], c[2])):
        if i in used_a or j in used_e:
            continue
        used_a.add(i)
        used_e.add(j)
        out.append((ar[i], en[j], score))
    return out


def _bib_findings(tf: TextFacts) -> list[Finding]:
    out = []
    for a, e, score in align_bibliography(tf):
        sa, se = Span.of(a), Span.of(e)
        diffs = [(f, _field(a[f]), _field(e[f])) for f in _FIELDS
                 if _field(a[f]) and _field(e[f]) and fold(_field(a[f])) != fold(_field(e[f]))]
        other_a = _entry_numbers(tf, a) - _field_numbers(a)
        other_e = _entry_numbers(tf, e) - _field_numbers(e)
        if other_a - other_e and other_e - other_a:
            diffs.append(("numbers", " ".join(map(str, sorted((other_a - other_e).elements()))),
                          " ".join(map(str, sorted((other_e - other_a).elements())))))
        if _authors(a) and _authors(e) and name_similarity(_authors(a), _authors(e)) < _MIN_NAME:
            diffs.insert(0, ("authors", _authors(a), _authors(e)))
        if not diffs:
            continue
        what = "; ".join(f"{f} {x} vs {y}" for f, x, y in diffs)
        out.append(Finding(
            kind="bilingual-mismatch",
            severity="warning",
            message=f"The Arabic and English bibliography entries of one source disagree ({what}, Arabic vs English).",
            spans=[sa, se],
            evidence={
                "rule": "the Arabic and English bibliographies of one text list each source with the same "
                        "authors (across scripts), year, volume, issue, pages and numbers",
                "part": "bibliography",
                "alignment": {"score": round(score, 3), "arabic_authors": _authors(a),
                              "english_authors": _authors(e)},
                "differences": [{"field": f, "arabic": x, "english": y} for f, x, y in diffs],
            },
        ))
    return out


@detector("bilingual-mismatch")
def bilingual_mismatch(facts: Facts) -> list[Finding]:
    """Arabic and English versions of one text's history, abstract, conclusion, results or bibliography disagreeing."""
    out: list[Finding] = []
    for tf in facts:
        units = _unit_findings(tf)
        seen = {(sp.start, sp.end) for f in units for sp in f.spans}
        numbers = _number_findings(tf, seen)
        seen |= {(sp.start, sp.end) for f in numbers for sp in f.spans}
        out += _history_findings(tf) + units + numbers + _place_findings(tf) + _bib_findings(tf)
        out += _line_number_findings(tf, seen)
        out += _citation_line_findings(tf)
    return out
