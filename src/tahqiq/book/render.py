"""HTML for the book: escaped, direction-aware tables with a CSV download, cards, quotes.

Every string that comes from an article is untrusted: it is HTML-escaped here and nowhere
else is HTML built from article text. Arabic is put in elements with ``dir="rtl" lang="ar"``,
English in ``dir="ltr" lang="en"``, cell by cell, so mixed tables read right in both.
The CSV download is a ``data:`` link inside the page: it works offline and in Jupyter.
"""

from __future__ import annotations

import ast
import base64
import html
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..segment.sentences import STOP_CHAR_OR_LINE, near
from ..text.amounts import grouped, readable
from ..text.normtext import language

MAX_CELL = 400  # characters shown in a table cell; the CSV has the full text


@dataclass
class HTML:
    """Raw HTML for notebook display (``text/html``) with a plain-text fallback."""

    html: str
    plain: str = ""

    def _repr_html_(self) -> str:
        return searchable(self.html)

    def __repr__(self) -> str:
        return self.plain or "<HTML>"


# The end of a block element (a cell, a row, a paragraph, …) directly followed by another tag.
_BLOCK_END = re.compile(
    r"(</(?:td|th|tr|thead|tbody|table|caption|div|p|li|ul|ol|dl|dt|dd|figure|figcaption|blockquote"
    r"|h[1-6]|summary|details|section)>|<br\s*/?>)(?=<)", re.IGNORECASE)


def searchable(html: str) -> str:
    """``html`` with a line break after each block element's end that another tag follows.

    Sphinx's offline search indexes a notebook's HTML output by deleting its tags, so two cells
    written ``…2025</td><td>AUKUS…`` become one word ``2025AUKUS`` and neither word is found;
    whitespace between blocks changes nothing a reader sees and keeps the words apart."""
    return _BLOCK_END.sub(lambda m: m.group(1) + "\n", html)


def text(value: str) -> HTML:
    """A string for myst-nb ``glue``: shown as itself (``{glue:text}`` uses the plain form)."""
    return HTML(esc(value), plain=str(value))


def _as_literal(s: str) -> str:
    """``s`` as ``{glue:text}`` will show it: myst-nb reads a glued value's plain form as a Python literal
    (``myst_nb.core.variables.format_plain_text``), so a text «10,887» came out as the tuple «(10, 887)»;
    a text that a literal would change is given as the literal of the string itself."""
    try:
        value = ast.literal_eval(s)
    except (SyntaxError, ValueError, TypeError, MemoryError, RecursionError):
        return s
    return s if isinstance(value, str) or str(value) == s else repr(s)


def number(n: int) -> HTML:
    """A count to glue, written as every count of the book's prose is, in both editions: Western digits
    with thousands separators («8,126», «10,887»). Glued as an int, myst-nb printed its bare repr: the
    chapters read «8,333 words (8100 outside boilerplate)» and «10,903 words (10887 …)»."""
    s = f"{int(n):,}"
    return HTML(esc(s), plain=_as_literal(s))


def glued(value):
    """A value made fit for myst-nb's ``glue`` (:func:`glue`): a count as :func:`number`, a text as itself
    (:func:`text`, its plain form kept from being read as a literal), anything else as it is."""
    if isinstance(value, (bool, np.bool_)):
        return value
    if isinstance(value, (int, np.integer)):
        return number(int(value))
    if isinstance(value, str):
        return HTML(esc(value), plain=_as_literal(value))
    if isinstance(value, HTML):
        return HTML(value.html, plain=_as_literal(value.plain)) if value.plain else value
    return value


def glue(name: str, value, display: bool = False):
    """myst-nb's ``glue`` for the book's notebooks, every value through :func:`glued`: a count reads the same
    wherever the prose quotes it, a text is shown as written."""
    from myst_nb import glue as _glue

    return _glue(name, glued(value), display=display)


# Explicit bidi embeddings, overrides and isolates (not the marks LRM/RLM/ALM, which Arabic text
# uses legitimately): in untrusted text they can reorder what a reader sees, so they are shown.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _show_control(m: re.Match) -> str:
    return f"[U+{ord(m.group()):04X}]"


def esc(value) -> str:
    """Escape any value for HTML text or attribute content; bidi overrides are made visible."""
    s = "" if value is None else str(value)
    return html.escape(_BIDI_CONTROLS.sub(_show_control, s), quote=True)


_MYST_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_CONTROLS = re.compile(r"[\x00-\x1f\x7f\u200b-\u200d\u2028\u2029\ufeff]")


def heading_text(value) -> str:
    """An untrusted string made fit to be a page title: one line, no control or bidi-override
    characters, and no ``<``/``>`` (the theme's print header writes the page title's plain text
    into the HTML unescaped, so an escaped ``<img onerror>`` would run there)."""
    s = _CONTROLS.sub(" ", _BIDI_CONTROLS.sub("", "" if value is None else str(value)))
    s = s.replace("<", "\u2039").replace(">", "\u203a")
    return " ".join(s.split()) or "untitled"


def myst_heading(value, level: int = 1) -> str:
    """A MyST heading line whose text is :func:`heading_text` with every ASCII punctuation
    character backslash-escaped: no role, directive, substitution, link, math or HTML can run."""
    return "#" * level + " " + _MYST_PUNCT.sub(r"\\\1", heading_text(value))


def shorten(s: str, limit: int) -> str:
    """``s`` cut to at most ``limit`` characters at a word boundary, with an ellipsis."""
    if len(s) <= limit:
        return s
    cut = s[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:،؛-–") + " …"


def plural(n: int, one: str, many: str | None = None) -> str:
    """``"1 work"``, ``"2 works"``."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def dual_oblique(form: str) -> str:
    """A dual in the genitive or accusative («عن سؤالين», «في ملاحظتين»), from its nominative («سؤالان»): each
    word of the dual phrase, up to the first that is not a dual, ends in «ين» for «ان» («إنذاران كاذبان» →
    «إنذارين كاذبين»; «خطآن» → «خطأين»; «مدخلان في قائمة المراجع» → «مدخلين في قائمة المراجع»). A form
    that is no nominative dual (the adverb «مرتين») is kept."""
    words = form.split(" ")
    for i, w in enumerate(words):
        if not w.endswith(("ان", "آن")):
            break
        words[i] = (w[:-2] + "أين") if w.endswith("آن") else w[:-2] + "ين"
    return " ".join(words)


def arabic_count(n: int, forms, case: str = "nom") -> str:
    """``n`` followed by the noun it counts, agreed as Arabic agrees a number (the CLDR plural
    categories of Arabic). ``forms``: the noun's five forms, ``[one, two, few, many, other]`` (the
    ``counted`` entries of ``lang/messages.yml``): 1 and 2 are the noun alone (its singular with
    «واحد/واحدة», its dual), 3-10 the plural, 11-99 the singular accusative, 0 and 100-102 the
    singular; the hundreds repeat it by the last two digits (103: the plural, 111: the accusative); 0 is
    «لا» and the singular, no digit («لا سؤال بحثي», «ولا إنذار كاذب»: «0 سؤال بحثي» was read as no Arabic).
    «لا ملاحظة», «ملاحظة واحدة», «ملاحظتان», «3 ملاحظات», «11 ملاحظةً», «100 ملاحظة», «101 ملاحظة», «103 ملاحظات».
    ``case``: ``"nom"``, or ``"gen"``/``"acc"`` where the phrase follows a preposition or is an object
    («تختلف في سؤالين»: the dual's oblique form, :func:`dual_oblique`)."""
    one, two, few, many, other = forms
    n = int(n)
    if n == 0:
        return f"لا {other}"
    if n == 1:
        return one
    if n == 2:  # the only form a case changes: after a preposition, or as an object, the dual ends in «ين»
        return two if case == "nom" else dual_oblique(two)
    last = abs(n) % 100
    noun = few if 3 <= last <= 10 else many if 11 <= last <= 99 else other
    return f"{n:,} {noun}"


_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
_NUMBER_BEFORE = re.compile(r"(?<![A-Za-z0-9_.,\u0660-\u0669\u066b\u066c])([0-9\u0660-\u0669]{1,3}(?:[,\u066c][0-9\u0660-\u0669]{3})+|[0-9\u0660-\u0669]+)"
                            r"(?![0-9\u0660-\u0669]|[.,\u066b\u066c][0-9\u0660-\u0669])[ \u00a0\u200e\u200f\u061c]+")


def page_text(html: str) -> str:
    """What a reader reads of a built page: its text with inline elements joined (a glued number in its
    <span> and the noun after it on one line), scripts, styles and code blocks left out (read by
    :func:`unagreed_counts` over the built book; BeautifulSoup comes with the book's theme)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for t in soup(["script", "style", "pre"]):
        t.decompose()
    for t in soup.find_all(["span", "a", "bdi", "strong", "em", "code", "sup", "sub", "b", "i", "abbr", "mark",
                            "small", "q", "cite"]):
        t.unwrap()
    soup.smooth()
    return soup.get_text("\n")


def unagreed_counts(text: str) -> list[tuple[str, str]]:
    """Every number in ``text`` (either digit form) followed by a noun of ``counted`` (lang/messages.yml)
    in another form than :func:`arabic_count` gives it: ``[(what the text reads, what it should read)]``.
    «في المدوَّنة 4 أعمال» is right, «5 نصوص» too, «92 ملاحظة» is not («92 ملاحظةً»), nor «0 إنذارات كاذبة»
    or «0 إنذار كاذب» («لا إنذار كاذب»), nor «2 تمرينًا» (the dual alone: «تمرينان»). A decimal number is not a count."""
    from ..review.messages import counted

    forms = {}  # a form without its diacritics -> the noun's five forms (the longest forms first)
    for entry in counted().values():
        for f in entry["ar"]:
            forms.setdefault(_DIACRITICS.sub("", f), entry["ar"])
    by_length = sorted(forms, key=len, reverse=True)
    out = []
    for m in _NUMBER_BEFORE.finditer(text):
        rest = text[m.end():m.end() + 60]
        bare = _DIACRITICS.sub("", rest)
        for f in by_length:
            if bare.startswith(f) and not re.match(r"[\u0621-\u064a]", bare[len(f):len(f) + 1]):
                n = int(m.group(1).translate(str.maketrans("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
                                                          "0123456789", ",\u066c")))
                want = arabic_count(n, forms[f])
                got, k = "", 0  # the text's words that match the form, their diacritics kept
                for ch in rest:
                    if k == len(f) and not _DIACRITICS.match(ch):
                        break
                    got += ch
                    k += not _DIACRITICS.match(ch)
                if n in (0, 1, 2) or want.split(" ", 1)[1] != got:  # 0, 1 and 2: no digit («لا ملاحظة», the noun alone)
                    out.append((f"{m.group(1)} {got}", want))
                break
    return out + _unagreed_kinds(text, forms)


# The other kinds of a count a reader trips over (issue 12; each found once on a page of the Arabic edition, each
# now caught wherever it appears): Arabic never writes one or two things as a bare digit, nor «منها» for one
# masculine thing or for two things, nor a nominative dual after a preposition.
# a digit 1 or 2 standing alone (not in a number, a date, a code), «و» or «لـ» joined before it allowed («و1 بلا», «لـ1 منها»)
_ONE_TWO = (r"(?:(?<![\w.,/:\-\u0660-\u0669\u066b\u066c])|(?<=(?<![\u0621-\u064a])و)|(?<=(?<![\u0621-\u064a])لـ))"
            r"([12\u0661\u0662])(?![\w.,/:\-\u0660-\u0669\u066b\u066c])")
_SP = r"[ \u00a0\u200e\u200f\u061c]+"
_PRONOUNS = r"(منها|منه|منهما|منهم|منهن)"
_PARTITIVE_AFTER = re.compile(_ONE_TWO + _SP + r"(منها|منهما|منهم|منهن|منه|من" + _SP + r"ال[\u0621-\u064a]+)(?![\u0621-\u064a])")
_PARTITIVE_BEFORE = re.compile(r"(?<![\u0621-\u064a])" + _PRONOUNS + _SP + _ONE_TWO)
# a bare one or two standing for things before its complement, a preposition joined to a word: «يجيب 2 بنعم، و1 بلا»
_BARE_BEFORE_COMPLEMENT = re.compile(_ONE_TWO + _SP + r"([بلك][\u0621-\u064a]{2,})")
# a bare one or two joined to «و» in a list, before the word that should have been counted: «10 مؤكَّدة، و2 مفسَّرة»
_BARE_IN_LIST = re.compile(r"(?<![\u0621-\u064a])و([12\u0661\u0662])(?![\w.,/:\-\u0660-\u0669\u066b\u066c])" + _SP
                           + r"([\u0621-\u064a][\u0621-\u0652\u0640]*)")
_NOT_COUNTED = re.compile(r"(?:مليار|مليون|ألف|آلاف|تريليون|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|يناير|"
                          r"فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)")
_PREPOSITION = r"(?<![\u0621-\u064a])(?:(?:في|عن|من|على|إلى|مع|بين)" + _SP + r"|لـ|بـ|ل|ب)"
_CLAUSE_END = re.compile(r"[.؛!?\n]")
_ONE_DIGITS = ("1", "\u0661")


def _word_for(digit: str) -> str:
    return "واحد" if digit in _ONE_DIGITS else "اثنان"


def _unagreed_kinds(text: str, forms: dict) -> list[tuple[str, str]]:
    """The kinds :func:`unagreed_counts` finds beside a noun in the wrong form: ``[(what the text reads, what it
    should read)]``.

    - a bare 1 or 2 before or after a partitive («عن 1 منها», «ويقوم 2 من الاستنتاجات», «منها 1»): a number word
      («واحد منها», «اثنان من الاستنتاجات», :func:`number_word`) or the counted noun («سؤال واحد منه»);
    - a bare 1 or 2 standing for things with no noun, before its complement («يجيب 2 بنعم، و1 بلا»): the noun
      counted («يجيب عملان بنعم، وعمل واحد بلا»);
    - a nominative dual after a preposition («تختلف في سؤالان»): its genitive («في سؤالين», :func:`dual_oblique`);
    - «منها» for one masculine thing or for two, in the clause that counts it («للمقالة سؤال بحثي واحد، تجيب
      الاستنتاجات عن … منها», «سؤالان بحثيان، … منها»): «منه», «منهما» (:func:`pronoun_of`)."""
    out = []
    for m in _PARTITIVE_AFTER.finditer(text):
        out.append((m.group(0), f"{_word_for(m.group(1))} {m.group(2)}"))
    for m in _PARTITIVE_BEFORE.finditer(text):
        out.append((m.group(0), f"{m.group(1)} {_word_for(m.group(2))}"))
    for m in _BARE_BEFORE_COMPLEMENT.finditer(text):
        if not any(_DIACRITICS.sub("", m.group(2)).startswith(f) for f in forms):
            out.append((m.group(0), f"(the noun counted) {m.group(2)}"))
    for m in _BARE_IN_LIST.finditer(text):
        word = _DIACRITICS.sub("", m.group(2))
        if not _NOT_COUNTED.match(word) and not any(word.startswith(f) for f in forms) and (
                m.group(0)[1:] not in {got for got, _ in out}):  # («و1 بلا»: found before its complement already)
            out.append((m.group(0), f"(the noun counted) {m.group(2)}"))
    bare = _DIACRITICS.sub("", text)
    entries = {tuple(e) for e in forms.values()}
    for e in sorted(entries):
        one, two = _DIACRITICS.sub("", e[0]), _DIACRITICS.sub("", e[1])
        oblique = dual_oblique(two)
        if oblique == two:  # no nominative dual (the adverb «مرتين»)
            continue
        for m in re.finditer(_PREPOSITION + "(" + re.escape(two) + r")(?![\u0621-\u064a])", bare):
            out.append((m.group(0), m.group(0)[:-len(two)] + oblique))
    cases = []  # (a form counting one masculine thing or two things, the pronoun it asks), the longest first
    for e in entries:
        one, two = _DIACRITICS.sub("", e[0]), _DIACRITICS.sub("", e[1])
        cases += [] if " واحدة" in one else [(one, "منه")]
        if dual_oblique(two) != two:
            cases += [(two, "منهما"), (dual_oblique(two), "منهما")]
    seen = set()  # a count's start («سؤالان بحثيان» is not «سؤالان» again)
    for form, want in sorted(set(cases), key=lambda c: -len(c[0])):
        for m in re.finditer(r"(?<![\u0621-\u064a])" + re.escape(form) + r"(?![\u0621-\u064a])", bare):
            rest = bare[m.end():m.end() + 90]
            end = _CLAUSE_END.search(rest)
            if re.match(r"\s*منها(?![\u0621-\u064a])", rest):  # the count is the part itself: «سؤالين منها» (of four)
                continue
            if m.start() not in seen and re.search(r"(?<![\u0621-\u064a])منها(?![\u0621-\u064a])",
                                                   rest[:end.start()] if end else rest):
                seen.add(m.start())
                out.append((f"{form} … منها", f"{form} … {want}"))
    return out


def count_of(n: int, noun: str, lang: str = "en", case: str = "nom") -> str:
    """``n`` of a ``noun`` for prose in ``lang``: :func:`plural` in English ("2 works", an irregular
    plural from ``counted`` of ``lang/messages.yml``), :func:`arabic_count` with the noun's forms of
    ``counted`` in Arabic («عملان», «3 أعمال», «11 عملًا»)."""
    from ..review.messages import counted

    entry = counted().get(noun)
    if entry is None:
        from ..errors import TahqiqError
        from ..lang import folder

        raise TahqiqError(folder() / "messages.yml", f"counted: no noun {noun!r}")
    if lang == "en":  # «note (a reader's)»: the English noun is the key's words before « («3 notes»)
        return plural(n, noun.split(" (")[0], entry.get("en"))
    return arabic_count(n, entry[lang], case)


def _forms(noun: str) -> list[str]:
    from ..review.messages import counted

    entry = counted().get(noun)
    if entry is None:
        from ..errors import TahqiqError
        from ..lang import folder

        raise TahqiqError(folder() / "messages.yml", f"counted: no noun {noun!r}")
    return entry["ar"]


def feminine(noun: str) -> bool:
    """Whether a counted noun is feminine: its form for one reads «… واحدة» («ملاحظة واحدة», «دعوى واحدة»)."""
    return " واحدة" in _forms(noun)[0]


def pronoun_of(whole: int | None, noun: str) -> str:
    """«of them» in Arabic, agreed with how many things ``whole`` counts of ``noun``: «منه» or «منها» for one
    (by the noun's gender), «منهما» for two, «منها» for none or three and more (things, not people);
    ``None``: a plural named before («التمارين … منها»)."""
    if whole == 1:
        return "منها" if feminine(noun) else "منه"
    return "منهما" if whole == 2 else "منها"


def number_word(n: int, noun: str, case: str = "nom") -> str:
    """A count that stands for its noun without it (before «منها», «من الدعاوى»): one and two as words, agreed
    with the noun's gender and the phrase's case («واحد منها», «واحدةً من الدعاوى», «اثنان منها», «اثنتين من
    الدعاوى»), any other number as digits («53 منها»). A bare «1 منها» or «2 من الاستنتاجات» is not Arabic."""
    n = int(n)
    fem = feminine(noun)
    if n == 1:
        return ("واحدةً" if fem else "واحدًا") if case == "acc" else ("واحدة" if fem else "واحد")
    if n == 2:
        return ("اثنتان" if fem else "اثنان") if case == "nom" else ("اثنتين" if fem else "اثنين")
    return f"{n:,}"


def partitive(n: int, noun: str, lang: str = "en", whole: int | None = None, of: str | None = None,
              case: str = "nom", counted: bool = False, pronoun: bool = True, first: bool = False) -> str:
    """«n of them» for prose in ``lang``: English ``n`` as digits (its template says «of them»); Arabic
    ``n`` as :func:`number_word` (or, with ``counted``, its counted phrase: «سؤالين») followed by «منها»
    agreed with ``whole`` things of ``of`` (:func:`pronoun_of`; ``of`` defaults to ``noun``), or before it with
    ``first`` («منها اعتراضان»); ``pronoun=False``: the number alone (its template names the whole: «من
    الدعاوى»). «للمقالة سؤال بحثي واحد، تجيب الاستنتاجات عن 1 منها» now reads «… عن سؤال واحد منه», and «سؤالان
    بحثيان، … عن 2 منها» «… عن سؤالين منهما»."""
    if lang == "en":
        return f"{int(n):,}"
    # none of them: the digit («عن 0 منها»); counted, «عن لا سؤال منه» is no Arabic
    phrase = count_of(n, noun, lang, case) if counted and int(n) else number_word(n, noun, case)
    if not pronoun:
        return phrase
    pro = pronoun_of(whole, of or noun)
    return f"{pro} {phrase}" if first else f"{phrase} {pro}"


def partitives(values, specs, lang: str = "en") -> dict[str, "HTML"]:
    """Partitive phrases to glue (``{name}_of``): for each ``name`` of ``specs`` (name -> the keyword
    arguments of :func:`partitive`, its ``noun`` and, as ``whole``, the name of the value that counts the
    whole), :func:`partitive` of ``values[name]``. A value that is not a count is glued as it is."""
    out = {}
    for name, spec in specs.items():
        v = values[name]
        if isinstance(v, str) and _COUNT.fullmatch(v.strip()):
            v = int(v.strip().replace(",", ""))
        if not isinstance(v, (int, np.integer)) or isinstance(v, bool):
            out[f"{name}_of"] = text(str(v))
            continue
        kw = dict(spec)
        whole = kw.pop("whole", None)
        if isinstance(whole, str):
            whole = int(str(values[whole]).replace(",", ""))
        phrase = partitive(int(v), lang=lang, whole=whole, **kw)
        # a phrase that is only a number (English) is glued as a count (:func:`number`): as a text myst-nb's
        # {glue:text} read «10,887» as the tuple «(10, 887)», as an int it printed «10887»
        out[f"{name}_of"] = number(int(v)) if _COUNT.fullmatch(phrase) else text(phrase)
    return out


_COUNT = re.compile(r"-?\d{1,3}(?:,\d{3})+|-?\d+")


def counted(values, nouns, lang: str = "en") -> dict[str, HTML]:
    """Counted phrases to glue beside the bare numbers of ``values``: ``{name}_n`` for each ``name``
    of ``nouns`` (name -> the noun it counts, a key of ``counted`` in ``lang/messages.yml``), its
    value (an int, or a count written as text: ``"45,483"``) followed by its noun and agreed
    (:func:`count_of`): «في المدوَّنة 4 أعمال و5 نصوص», where the Arabic prose read «4 أعمال في 5 نصوص»
    for any number. A value that is not a count (``"none"``, ``"not run"``) is glued as it is."""
    out = {}
    for name, noun in nouns.items():
        v = values[name]
        if isinstance(v, str) and _COUNT.fullmatch(v.strip()):
            v = int(v.strip().replace(",", ""))
        if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
            out[f"{name}_n"] = text(count_of(int(v), noun, lang))
        else:
            out[f"{name}_n"] = text(str(v))
    return out


_ADDRESS = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>«»\"']+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def dir_attrs(s: str) -> str:
    """``dir``/``lang`` attributes for a string, by the script that dominates it, its web addresses
    and e-mail addresses not counted: «رابط ثابت: <https://…>» is an Arabic line (its URL's Latin
    letters made it a left-to-right one, its colon and brackets on the wrong side)."""
    bare = _ADDRESS.sub(" ", s)
    lang = language(bare) if bare.strip() and language(bare) != "und" else language(s)
    if lang == "ar":
        return ' dir="rtl" lang="ar"'
    if lang == "en":
        return ' dir="ltr" lang="en"'
    return ' dir="auto"'


def span(s: str | None, cls: str = "") -> str:
    """An escaped inline element carrying the direction of its text."""
    if s is None:
        return ""
    c = f' class="{esc(cls)}"' if cls else ""
    d = dir_attrs(s)
    # an ISO date in right-to-left text is one left-to-right word («… · 2025-06-30» read «30-06-2025»)
    body = isolate_iso_dates(esc(s)) if 'dir="rtl"' in d else esc(s)
    return f"<span{c}{d}>{body}</span>"


def _is_missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:
        return bool(pd.isna(v)) if not isinstance(v, (list, tuple, dict)) else False
    except (TypeError, ValueError):
        return False


# Columns whose text is English prose that may quote Arabic (a finding's message, a gloss): they
# read left to right whatever script has more letters, each Arabic run isolated in <bdi>.
ENGLISH_COLUMNS = frozenset({"message", "reason", "gloss", "explanation", "note", "notes"})
WORD_COLUMNS = frozenset({"severity", "verdict", "scope", "status", "form"})  # values with a finding.<column>.<value>
# (or value.<column>.<value>) string; «form»: a text's catalogued form («pdf-text», «web-translated»)
CODE_COLUMNS = {  # columns whose values are codes, named in the edition's words (value.<group>.<code>)
    "kind": "kind", "type": "kind", "row": "kind", "detector": "kind", "detectors": "kind",
    "touched_by_detector": "kind", "part": "part", "granularity": "granularity", "modifier": "modifier",
    "approx": "approx", "confidence": "confidence", "lang": "lang", "detail": "detail", "family": "family",
    "section": "detail",  # a bibliography entry's section («periodicals», «endnotes»); a heading's text stays as it is
    "unit": "unit",  # a figure's unit («USD», «m3/year»): its Arabic from units_ar of lang/messages.yml
}
"""A detector kind, and a detector family, is named by its Arabic title (``kinds`` and ``families`` of
``lang/messages.yml``) with its id beside it, so that a reader can still find it in the CSV, the
findings' ids and ``tahqiq.checks``; every other code by its word alone."""


def _cell(v, english: bool = False, lang: str = "en") -> str:
    from . import strings

    if isinstance(v, HTML):
        return f"<td>{v.html}</td>"
    if _is_missing(v):
        return '<td class="tq-na"></td>'
    if isinstance(v, bool):
        return f'<td class="tq-num">{esc(strings.text("render.yes" if v else "render.no", lang))}</td>'
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        title = f' title="{esc(grouped(v))}"' if abs(v) >= 1e6 and not math.isinf(v) else ""
        # on the Arabic edition a scale word in Arabic («300 مليون»), read right to left
        shown = readable(v, language="ar" if lang == "ar" else "en")
        d = "rtl" if shown != readable(v) else "ltr"
        return f'<td class="tq-num" dir="{d}"{title}>{esc(shown)}</td>'
    s = _plain(v)
    if _NUMBER_TEXT.fullmatch(s.strip()):  # a figure written as text («0.995», «—», «12%»): right-aligned as a number
        return f'<td class="tq-num" dir="ltr">{esc(s)}</td>'
    shown = shorten(s, MAX_CELL)
    cut = strings.text("render.cell_cut", lang).format(count=count_of(len(s), "character", lang))
    title = f' title="{esc(cut)}"' if len(s) > MAX_CELL else ""
    # an English column (a message, a note) holds Arabic on the Arabic edition: read right to left
    english = english and not (lang != "en" and language(s) == "ar")
    attrs = ' dir="ltr" lang="en"' if english else dir_attrs(s)
    if len(s) > 60:  # long text gets room to read, the table scrolls sideways instead
        attrs += ' class="tq-long"'
    elif len(s) > 20 and " " in s:
        attrs += ' class="tq-mid"'
    body = esc(shown)
    parts = re.split(r"([,،]\s*)", s) if len(s) <= MAX_CELL else []  # the ids and the separators between them
    if parts and all(is_id(x) for x in parts[::2]):  # ids, slugs, ISO dates: each one word on one line, never
        # cut at its hyphens (the list wraps between them, a long one scrolls with its table)
        spans = "".join(esc(x) if i % 2 else isolate_iso_dates(esc(x)) if _ISO_DATE.fullmatch(x)
                        else f'<span class="tq-id" dir="ltr">{esc(x)}</span>' for i, x in enumerate(parts))
        return f'<td{attrs}{title}>{spans}</td>'
    if 'dir="rtl"' not in attrs:  # Arabic inside a left-to-right cell keeps its own order
        body = isolate_arabic(body)
    if 'dir="ltr"' not in attrs:  # an ISO date in Arabic prose is one left-to-right word: cut at a line's end,
        body = isolate_iso_dates(body)  # «2025-» «16-03»; alone in a cell of an Arabic card it read «30-06-2025»
    return f"<td{attrs}{title}>{body}</td>"


_NUMBER_TEXT = re.compile(r"[-−+]?\d[\d,]*(?:\.\d+)?%?|—")

_ID = re.compile(r"[A-Za-z0-9_.:/+]+(?:[-–][A-Za-z0-9_.:/+]+)+")


def is_id(s: str) -> bool:
    """Whether a cell's text is one hyphenated code a reader should see whole: a finding's or claim's
    id (``F-003-arithmetic-share-2``), a work's slug (``salman-2025``), an ISO date (``2022-02-04``)."""
    return len(s) <= 64 and _ID.fullmatch(s) is not None


def _head(h: str) -> str:
    """A column's header, escaped; a work's slug («putin-beijing-2024») kept whole, not cut at its hyphens."""
    return f'<span class="tq-id" dir="ltr">{esc(h)}</span>' if is_id(h) else esc(h)


def _plain(v) -> str:
    """A cell value as text: nested values (lists, dicts) as JSON, not as Python's repr."""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False, sort_keys=True, default=str)
    return str(v)


def csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` for CSV: nested columns as JSON, HTML cells as their plain text."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = [(x.plain if isinstance(x, HTML) else _plain(x)) if isinstance(x, (list, tuple, dict, HTML)) else x
                      for x in out[c]]
    return out


def csv_link(df: pd.DataFrame, filename: str, label: str | None = None, lang: str = "en") -> str:
    """A ``data:`` link to ``df`` as UTF-8 CSV with a byte-order mark (so that spreadsheet
    programs read the Arabic right), nested columns as JSON; its words in ``lang``."""
    from . import strings

    label = strings.text("render.download_csv", lang) if label is None else label
    rows = strings.text("render.rows", lang).format(n=f"{len(df):,}") if lang != "en" else plural(len(df), "row")
    data = "\ufeff".encode("utf-8") + csv_frame(df).to_csv(index=False).encode("utf-8")
    b64 = base64.b64encode(data).decode("ascii")
    return (
        f'<a class="tq-download" download="{esc(filename)}" '
        f'href="data:text/csv;charset=utf-8;base64,{b64}">{esc(label)} (<bdi dir="ltr">{esc(filename)}</bdi>'
        f'{"، " if lang == "ar" else ", "}{esc(rows)})</a>'
    )


def _twin(en, ar, lang: str):
    """A cell of a text written in English with a twin in ``lang`` (a reader's note's explanation and
    its ``explanation_ar``): the twin where written, else the English marked as such (:func:`in_edition`)."""
    if isinstance(ar, str) and ar.strip():
        return ar
    if not isinstance(en, str) or not en.strip():
        return en
    return in_edition(en, None, lang)


def column_label(name, lang: str = "en") -> str:
    """A column name as a table header in ``lang``: its ``col.<name>`` string in ui.yml; a dotted
    name (``link.date.text``) labelled part by part (numbers kept); otherwise the name as written."""
    from . import strings

    cols = strings.labels("col", lang)
    name = str(name)
    if name in cols:
        return cols[name]
    if "." in name:
        parts = name.split(".")
        if all(p in cols or p.isdigit() for p in parts):
            return " › ".join(cols.get(p, p) for p in parts)
    return name


def table(
    df: pd.DataFrame,
    name: str,
    caption: str | None = None,
    columns: list[str] | None = None,
    max_rows: int | None = None,
    lang: str = "en",
    labels: dict[str, str] | None = None,
    heads: dict[str, str] | None = None,
    csv: pd.DataFrame | bool | None = None,
    cls: str = "",
    more: list[str] | tuple[str, ...] | None = None,
) -> HTML:
    """An HTML table of ``df`` (optionally only ``columns``), every cell escaped and directed,
    with a link to download the whole frame as ``<name>.csv``; its own words in ``lang``. A text's
    file name in a cell is shown as its reader's name (``labels``, by default the catalogue's:
    :func:`default_labels`); the CSV keeps the file names. ``heads``: the header of a column whose
    name means something else here than in :func:`column_label` (a count of «note» findings, not a
    footnote). ``csv``: the frame the download carries when it is not ``df`` (a table showing some of
    its rows), or ``False`` for no download; ``cls``: more classes of the table. ``more``: columns a
    reader rarely needs (offsets, codes, a text's page and level), each row's values of them folded in a
    «details» at the end of its row's last cell (:func:`_folded`), so that the table fits a desktop's
    column (issue 12: the blocks, citations, claims, dates, figures and glossary tables were 900 to
    3,400 px wide in a 755 px box at 1366 px); the CSV keeps every column."""
    from . import strings

    if df.empty:  # a header over no row, and a CSV of none to download (a chapter's citations of a text without any)
        none = strings.text("render.no_rows", lang)
        return HTML(f'<div class="tq-table" data-table="{esc(name)}"><p class="tq-na"{dir_attrs(none)}>{esc(none)}</p></div>',
                    plain=f"<table {name}: 0 rows>")
    shown = df[columns] if columns else df
    folded = [c for c in (more or ()) if c in shown.columns]
    if folded:
        extra = shown[folded]
        shown = shown[[c for c in shown.columns if c not in folded]]
    if max_rows is not None and len(shown) > max_rows:
        body_df, more = shown.head(max_rows), len(shown) - max_rows
    else:
        body_df, more = shown, 0
    head = "".join(f'<th{dir_attrs(h)}>{_head(h)}</th>'
                   for h in ((heads or {}).get(c) or column_label(c, lang) for c in shown.columns))
    if lang != "en":  # a text written in English with its twin in the edition's language (explanation_ar)
        twins = [c for c in body_df.columns if f"{c}_{lang}" in df.columns and f"{c}_{lang}" not in body_df.columns]
        body_df = body_df.copy() if twins else body_df
        for c in twins:
            body_df[c] = [_twin(en, ar, lang) for en, ar in zip(body_df[c], df[f"{c}_{lang}"].to_numpy()[:len(body_df)])]
    english = [c in ENGLISH_COLUMNS for c in shown.columns]
    named = default_labels(lang) if labels is None else labels
    if named:  # texts named for readers (a column ``file`` lists the files themselves)
        body_df = body_df.copy()
        for c in body_df.columns:
            if c != "file":
                body_df[c] = [name_texts(v, named) if isinstance(v, str) else v for v in body_df[c]]
        keys = default_key_labels(lang) if labels is None else {}
        if keys:  # a key built on a text's file stem (``<stem>:note:1``) names its work and witness instead
            for c in body_df.columns:
                if c != "file":
                    body_df[c] = [name_texts(v, keys) if isinstance(v, str) else v for v in body_df[c]]
    if lang != "en":  # a finding's severity, verdict and scope in the edition's words (the CSV keeps the values)
        body_df = body_df.copy()
        for c in WORD_COLUMNS.intersection(body_df.columns):
            body_df[c] = [_word(c, v, lang) if isinstance(v, str) else v for v in body_df[c]]
        for c in set(CODE_COLUMNS).intersection(body_df.columns):
            body_df[c] = [code_words(CODE_COLUMNS[c], ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v, lang)
                          if isinstance(v, (str, list, tuple)) else v for v in body_df[c]]
    cells = [[_cell(v, e, lang) for v, e in zip(row, english)] for row in body_df.itertuples(index=False)]
    if folded:
        extra = extra.head(len(body_df)).copy()
        if lang != "en":  # a folded text with its twin in the edition's language (a date's anchor: anchor_ar)
            for c in [c for c in folded if f"{c}_{lang}" in df.columns]:
                extra[c] = [_twin(en, ar, lang) for en, ar in zip(extra[c], df[f"{c}_{lang}"].to_numpy()[:len(extra)])]
        extra_df = _localised(extra, df, lang, labels)
        for row, values in zip(cells, extra_df.itertuples(index=False)):
            fold = _folded(folded, values, lang, heads)
            last = row[-1]
            if fold and last == '<td class="tq-na"></td>':  # nothing but the fold: no «label:» line of its own in a
                last = '<td class="tq-na tq-only-more"></td>'  # card (tahqiq.css; the recall cards read «planted recall:»)
            row[-1] = last[:-len("</td>")] + fold + "</td>"
    rows = "\n".join("<tr>" + "".join(row) + "</tr>" for row in cells)
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    more_text = (plural(more, "more row") + " in the CSV." if lang == "en"
                 else strings.text("render.more_rows", lang).format(n=f"{more:,}"))
    note = f'<p class="tq-more">… {esc(more_text)}</p>' if more else ""
    # a table with a column of prose (a definition, a message) becomes a list of cards on a phone
    # (tahqiq.js/css): scrolled sideways, its prose was cut at the screen's edge
    more_cls = [c for c in cls.split() if c != "tq-stack"]  # (``cls`` may ask for cards: a table of findings)
    stack = 'class="tq-long"' in rows or "tq-stack" in cls.split()
    cls = " ".join(["tq", *(["tq-stack"] if stack else []), *map(esc, more_cls)])
    link = "" if csv is False else csv_link(df if csv is None or csv is True else csv, name + ".csv", lang=lang)
    out = (
        f'<div class="tq-table" data-table="{esc(name)}">{link}'
        f'<div class="tq-scroll"><table class="{cls}">{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>\n{rows}\n</tbody></table></div>{note}</div>"
    )
    return HTML(out, plain=f"<table {name}: {len(df)} rows>")


def _localised(frame: pd.DataFrame, df: pd.DataFrame, lang: str, labels) -> pd.DataFrame:
    """The folded columns of a table (``more``) as :func:`table` shows its cells: texts named for
    readers, words and codes in the edition's words."""
    out = frame.copy()
    named = default_labels(lang) if labels is None else labels
    keys = default_key_labels(lang) if labels is None else {}
    for c in out.columns:
        if c != "file" and named:
            out[c] = [name_texts(v, named) if isinstance(v, str) else v for v in out[c]]
        if c != "file" and keys:  # a key on a text's file stem («000_…:bib:ar:14») as its code («salman-2025/A:bib:ar:14»)
            out[c] = [name_texts(v, keys) if isinstance(v, str) else v for v in out[c]]
        if lang != "en" and c in WORD_COLUMNS:
            out[c] = [_word(c, v, lang) if isinstance(v, str) else v for v in out[c]]
        if lang != "en" and c in CODE_COLUMNS:
            out[c] = [code_words(CODE_COLUMNS[c], ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v, lang)
                      if isinstance(v, (str, list, tuple)) else v for v in out[c]]
    return out


def _folded(columns: list[str], values, lang: str, heads: dict | None = None) -> str:
    """A row's folded values (``table(more=…)``): a «details» whose summary reads «more» in the edition's
    words and which opens on a small list of «label: value», a value that is missing left out."""
    from . import strings

    items = []
    for c, v in zip(columns, values):
        if _is_missing(v) or v == "":
            continue
        label = (heads or {}).get(c) or column_label(c, lang)
        cell = _cell(v, False, lang)  # the value as its cell would show it: escaped, directed, ids whole
        m = re.match(r"<td([^>]*)>(.*)</td>$", cell, re.S)
        attrs, body = (m.group(1), m.group(2)) if m else ("", esc(v))
        attrs = re.sub(r'\s*class="[^"]*"', "", attrs)
        items.append(f'<div><dt{dir_attrs(label)}>{esc(label)}</dt><dd{attrs}>{body}</dd></div>')
    if not items:
        return ""
    summary = strings.text("render.row_more", lang)
    d = "rtl" if lang == "ar" else "ltr"  # the fold reads in the edition's direction, whatever its cell's
    return (f'<details class="tq-row-more" dir="{d}"><summary{dir_attrs(summary)}>{esc(summary)}</summary>'
            f'<dl>{"".join(items)}</dl></details>')


def in_edition(en: str | None, ar: str | None, lang: str = "en") -> HTML | None:
    """A curated text a human wrote in English (``en``) and, for the Arabic edition, in Arabic
    (``ar``): on the Arabic edition the Arabic where given, else the English marked «(بالإنجليزية)»
    (``render.in_english`` of ui.yml) so that a reader sees it is a fallback; the English edition
    shows the English. Escaped and directed; ``None`` when there is no text."""
    from . import strings

    if lang == "ar" and ar and str(ar).strip():
        return HTML(span(str(ar)), plain=str(ar))
    if not en or not str(en).strip():
        return None
    if lang == "en":
        return HTML(span(str(en)), plain=str(en))
    mark = strings.text("render.in_english", lang)
    return HTML(f'{span(str(en))} <span class="tq-untranslated"{dir_attrs(mark)}>{esc(mark)}</span>',
                plain=f"{en} {mark}")


def card(fields: list[tuple[str, object]], title: str | None = None, lang: str = "en") -> HTML:
    """A definition list of ``(label, value)``; values are escaped and directed; a missing value
    reads "not known" in ``lang``."""
    from . import strings

    unknown = esc(strings.text("render.not_known", lang))
    items = []
    for label, value in fields:
        if _is_missing(value) or value == "":
            shown = f'<span class="tq-na"{dir_attrs(unknown)}>{unknown}</span>'
        elif isinstance(value, HTML):
            shown = value.html
        else:
            shown = span(str(value))
        items.append(f"<dt>{esc(label)}</dt><dd>{shown}</dd>")
    head = f"<h4>{esc(title)}</h4>" if title else ""
    return HTML(f'<div class="tq-card">{head}<dl>{"".join(items)}</dl></div>', plain=title or "<card>")


def _word_start(raw: str, i: int, floor: int) -> int:
    """``i`` moved back to the start of the word it falls in (not before ``floor``)."""
    while i > floor and not raw[i - 1].isspace():
        i -= 1
    return i


def _word_end(raw: str, i: int, ceil: int) -> int:
    """``i`` moved forward to the end of the word it falls in (not past ``ceil``)."""
    while i < ceil and not raw[i].isspace():
        i += 1
    return i


def quote(raw: str, start: int, end: int, context: int = 80) -> HTML:
    """The raw span ``raw[start:end]`` highlighted within its surrounding text, the context cut
    at word boundaries with an ellipsis."""
    a = _word_start(raw, max(0, start - context), max(0, start - 2 * context))
    b = _word_end(raw, min(len(raw), end + context), min(len(raw), end + 2 * context))
    before, hit, after = raw[a:start], raw[start:end], raw[end:b]
    lead = "… " if a > 0 else ""
    tail = " …" if b < len(raw) else ""
    whole = before + hit + after
    return HTML(
        f'<blockquote class="tq-quote"{dir_attrs(whole)}>{esc(lead + before.lstrip())}'
        f"<mark>{esc(hit)}</mark>{esc(after.rstrip() + tail)}</blockquote>",
        plain=hit,
    )


_ARABIC_RUN = re.compile(r"[\u0600-\u06FF](?:[\u0600-\u06FF\s\d.,:;()\-–/]*[\u0600-\u06FF])?")


_ISO_DATE = re.compile(r"(?<![\w-])\d{4}-\d{2}(?:-\d{2})?(?:/\d{4}-\d{2}(?:-\d{2})?)?(?![\w-])")


def isolate_iso_dates(escaped: str) -> str:
    """Wrap each ISO date («2025-03-16», an interval «2025-03-01/2025-03-31») of already-escaped
    right-to-left text in ``<bdi dir="ltr" class="tq-date">``: read left to right, never broken."""
    return _ISO_DATE.sub(lambda m: f'<bdi dir="ltr" class="tq-date">{m.group()}</bdi>', escaped)


def isolate_arabic(escaped: str) -> str:
    """Wrap each run of Arabic in already-escaped English text in ``<bdi dir="rtl" lang="ar">``,
    so that it reads right to left without reordering the sentence around it."""
    return _ARABIC_RUN.sub(lambda m: f'<bdi dir="rtl" lang="ar">{m.group()}</bdi>', escaped)


_SENTENCE_END = STOP_CHAR_OR_LINE
sentence_bounds = near
"""The sentence (or line) around a span, at most ``limit`` characters each side
(:func:`tahqiq.segment.sentences.near`)."""


_OFFSETS = re.compile(r"\s*(\[\d+:\d+\])$")


def quote_label(label: str) -> str:
    """A quote's label (its text's reader's name and ``[start:end]``) in the direction of the name,
    the offsets one left-to-right word: an Arabic title in a left-to-right label read «A العلاقات …،
    النسخة» with its witness letter thrown to the far side."""
    m = _OFFSETS.search(label)
    name, offsets = (label[:m.start()], m.group(1)) if m else (label, "")
    tail = f' <bdi dir="ltr" class="tq-id">{esc(offsets)}</bdi>' if offsets else ""
    return f'<div class="tq-quote-label"{dir_attrs(name)}><bdi>{esc(name)}</bdi>{tail}</div>'


def quote_bounds(raw: str, start: int, end: int, limit: int = 300) -> tuple[int, int, bool, bool]:
    """The sentence around ``raw[start:end]`` (:func:`sentence_bounds`), a side cut by the ``limit``
    moved to a word boundary: ``(a, b, cut_a, cut_b)``, the cut sides to be marked with an ellipsis."""
    a, b = sentence_bounds(raw, start, end, limit=limit)
    cut_a = a > 0 and not _SENTENCE_END.match(raw[a - 1])
    cut_b = b < len(raw) and not _SENTENCE_END.match(raw[b - 1]) and not _SENTENCE_END.match(raw[b])
    if cut_a:
        a = _word_end(raw, a, start)
    if cut_b:
        b = _word_start(raw, b, end)
    return a, b, cut_a, cut_b


def sentence_text(raw: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence around ``raw[start:end]`` as plain text, a side cut by the ``limit`` cut between
    words and marked «…» (the glossary's first occurrences began mid-word: «ي النظام السياسي»)."""
    a, b, cut_a, cut_b = quote_bounds(raw, start, end, limit)
    return ("… " if cut_a else "") + raw[a:b].strip() + (" …" if cut_b else "")


def sentence_quote(raw: str, start: int, end: int, label: str | None = None) -> str:
    """HTML: the span highlighted within its sentence, directed by the sentence's script."""
    # A sentence cut by the limit is cut at a word boundary, with an ellipsis.
    a, b, cut_a, cut_b = quote_bounds(raw, start, end)
    whole = raw[a:b].strip()
    lead = ("… " if cut_a else "") + raw[a:start].lstrip()
    tail = raw[end:b].rstrip() + (" …" if cut_b else "")
    cap = quote_label(label) if label else ""
    return (
        f'<figure class="tq-quote">{cap}<blockquote{dir_attrs(whole)}>{esc(lead)}'
        f"<mark>{esc(raw[start:end])}</mark>{esc(tail)}</blockquote></figure>"
    )


def name_texts(s: str, labels: dict[str, str] | None) -> str:
    """``s`` with every file name of ``labels`` replaced by its reader's name (work, witness)."""
    for file, label in (labels or {}).items():
        if file in s:
            s = s.replace(file, label)
    return s


_LABELS: dict[tuple[str, str], dict[str, str]] = {}


def default_labels(lang: str = "en") -> dict[str, str]:
    """Every catalogued text's file name mapped to its reader's name in ``lang`` (work title and
    witness, :func:`tahqiq.book.chapter.reader_labels`), once per project and language; empty
    where no catalogue can be read (a bare text outside a project)."""
    from ..corpus.catalogue import Catalogue
    from ..errors import TahqiqError

    try:
        cat = Catalogue()
    except (TahqiqError, OSError):
        return {}
    key = (str(cat.root), lang)
    if key not in _LABELS:
        from .chapter import reader_labels

        _LABELS[key] = reader_labels(cat, lang)
    return _LABELS[key]


_KEY_LABELS: dict[tuple[str, str], dict[str, str]] = {}


def default_key_labels(lang: str = "en") -> dict[str, str]:
    """Every catalogued text's file stem followed by a colon (the prefix of a bibliography key,
    ``<stem>:note:1``, ``<stem>:fn:6:6``) mapped to its code (work, and ``/witness`` where the work has
    several: :func:`tahqiq.book.chapter.key_label`, the same in both editions) and the colon; empty
    without a catalogue. The whole key is then one id (:func:`is_id`), shown left to right on one line."""
    from ..corpus.catalogue import Catalogue
    from ..errors import TahqiqError

    try:
        cat = Catalogue()
    except (TahqiqError, OSError):
        return {}
    key = (str(cat.root), lang)
    if key not in _KEY_LABELS:
        from .chapter import key_labels

        _KEY_LABELS[key] = {Path(f).stem + ":": label + ":" for f, label in key_labels(cat).items()}
    return _KEY_LABELS[key]


def evidence_table(evidence: dict | None, labels: dict[str, str] | None = None, lang: str = "en") -> str:
    """A finding's evidence as a small two-column table: nested values one row each under a dotted
    key (``amount.value``), numbers written for readers (``207 trillion``)."""
    from . import strings

    if isinstance(evidence, str):
        try:
            evidence = json.loads(evidence)
        except ValueError:
            evidence = {"evidence": evidence}
    if not evidence:
        none = strings.text("render.no_evidence", lang)
        return f'<p class="tq-na"{dir_attrs(none)}>{esc(none)}</p>'
    if not isinstance(evidence, dict):
        evidence = {"evidence": evidence}
    from ..review.messages import flatten

    rows = []
    numbers = "ar" if lang == "ar" else "en"  # the scale words of the edition (207 trillion, 207 تريليون)
    flat = flatten(evidence, numbers)
    for key in sorted(flat):
        v = flat[key]
        v = readable(v, language=numbers) if isinstance(v, (int, float)) and not isinstance(v, bool) else v
        txt = name_texts(_plain(v) if not _is_missing(v) else "", labels)
        rows.append(f"<tr>{_evidence_key(key, lang)}{_evidence_value(key, v, txt, lang)}</tr>")
    return f'<table class="tq tq-evidence-table"><tbody>{"".join(rows)}</tbody></table>'



def _evidence_key(key: str, lang: str) -> str:
    """An evidence key as a row header: as written in English; labelled from the messages
    catalogue (``evidence_ar``) in Arabic, the key itself on hover."""
    if lang == "en":
        return f'<th dir="ltr">{esc(key)}</th>'
    from ..review.evidence_labels import SEPARATOR, key_label

    label = key_label(key)
    parts = str(key).split(".")
    shown = label.split(SEPARATOR) if label is not None else list(parts)
    if len(shown) == len(parts):  # a part that is a bibliography's section («sections.ar.periodicals»)
        words = [_word("detail", p, lang) if s == p else s for s, p in zip(shown, parts)]  # in the edition's words
        if words != shown:
            label = SEPARATOR.join(words)
    if label is None:
        return f'<th dir="ltr">{esc(key)}</th>'
    return f'<th{dir_attrs(label)} title="{esc(key)}">{esc(label)}</th>'


def _evidence_value(key: str, v, txt: str, lang: str) -> str:
    """An evidence value as a cell; in Arabic, a detector's rule and an English term in Arabic
    (a rule the catalogue lacks is shown in English, marked as such)."""
    if lang != "en" and isinstance(v, str):
        from ..review.evidence_labels import rule_ar, value_ar
        from . import strings

        if key.rsplit(".", 1)[-1] == "rule":
            ar = rule_ar(v)
            if ar is None:
                mark = strings.text("render.in_english", lang)
                return (f'<td><span dir="ltr" lang="en">{isolate_arabic(esc(txt))}</span> '
                        f'<span class="tq-untranslated"{dir_attrs(mark)}>{esc(mark)}</span></td>')
            return f'<td dir="rtl" lang="ar">{esc(ar)}</td>'
        if key.rsplit(".", 1)[-1] == "note":  # a collation's note («a name differs: …»), its head in Arabic
            from .crosswork import variant_note

            shown = variant_note(v, lang)
            if isinstance(shown, HTML):
                return f'<td dir="rtl" lang="ar">{shown.html}</td>'
        ar = value_ar(v)
        if ar is None and key.rsplit(".", 1)[-1] in UNIT_KEYS:  # a figure's unit («money:RUB»: «روبل»)
            from ..review.messages import unit_ar

            ar = unit_ar(v)
        if ar is not None:
            return f'<td dir="rtl" lang="ar">{esc(ar)}</td>'
    return f"<td{dir_attrs(txt)}>{isolate_arabic(esc(txt))}</td>"


UNIT_KEYS = frozenset({"dim", "unit"})
"""The evidence keys whose value is a figure's unit (``money:RUB``, ``m3/year``)."""


def finding(f: dict, texts: dict[str, str], labels: dict[str, str] | None = None, here: str | None = None,
            lang: str = "en") -> str:
    """HTML of one finding: severity, verdict, message, its quotes side by side, the evidence.
    ``labels`` names each text file for the reader (work and witness) instead of its file name;
    ``here`` is the file the page shows as an edition: a finding quoting it links back to its place."""
    labels = default_labels(lang) if labels is None else labels
    quotes = []
    for sp in f["spans"]:
        raw = texts.get(sp["file"])
        label = f"{(labels or {}).get(sp['file'], sp['file'])} [{sp['start']}:{sp['end']}]"
        if raw is None or raw[sp["start"]:sp["end"]] != sp["text"]:
            quotes.append(f'<figure class="tq-quote">{quote_label(label)}'
                          f'<blockquote{dir_attrs(sp["text"])}><mark>{esc(sp["text"])}</mark></blockquote></figure>')
        else:
            quotes.append(sentence_quote(raw, sp["start"], sp["end"], label))
    verdict = f.get("verdict") or "unreviewed"
    from . import strings

    back = (f' <a class="tq-back" href="#{esc(anchor("ed-" + str(f["id"])))}">{esc(strings.text("render.in_text", lang))}</a>'
            if here and any(sp["file"] == here for sp in f["spans"]) else "")
    reason = f.get("reason")
    reason = None if _is_missing(reason) or not reason else in_edition(
        reason, None if _is_missing(f.get("reason_ar")) else f.get("reason_ar"), lang)
    why = "" if reason is None else f' <span class="tq-reason"{dir_attrs(reason.plain)}>({reason.html})</span>'
    return (
        f'<div class="tq-finding tq-sev-{esc(f["severity"])}" id="{esc(anchor(f["id"]))}">'
        f'<div class="tq-finding-head"><span class="tq-badge">{esc(_word("severity", f["severity"], lang))}</span> '
        f'<span class="tq-verdict tq-verdict-{esc(verdict)}">{esc(_word("verdict", verdict, lang))}</span>{why} '
        f'<span class="tq-scope">{esc(_word("scope", f["scope"], lang))}</span> <code>{esc(f["id"])}</code>{back}</div>'
        f'{_message(name_texts(f["message"], labels), lang)}'
        f'<div class="tq-quotes">{"".join(quotes)}</div>'
        f'<details class="tq-evidence"><summary>{esc(strings.text("render.evidence", lang))}</summary>{evidence_table(f.get("evidence"), labels, lang)}</details>'
        f"</div>"
    )


def _message(msg: str, lang: str) -> str:
    """A finding's message: English prose left to right with its Arabic runs isolated; on the
    Arabic edition a message in Arabic (``message_ar``) reads right to left as a whole."""
    if lang == "ar" and language(msg) == "ar":
        return f'<p class="tq-message" dir="rtl" lang="ar">{isolate_ids(esc(msg))}</p>'
    return f'<p class="tq-message" dir="ltr">{isolate_arabic(isolate_ids(esc(msg)))}</p>'


def inline_message(msg: str, lang: str = "en") -> HTML:
    """A finding's message quoted in a page's prose (glued inline with ``{glue}``): as :func:`_message` shows
    it, in a span, each hyphenated code one word (:func:`isolate_ids`). Glued as plain text, the syllabus's
    example read «(source: wp-» / «invasion-ukraine)» at 390 px."""
    if lang == "ar" and language(msg) == "ar":
        return HTML(f'<span class="tq-message" dir="rtl" lang="ar">{isolate_ids(esc(msg))}</span>', plain=str(msg))
    return HTML(f'<span class="tq-message" dir="ltr">{isolate_arabic(isolate_ids(esc(msg)))}</span>', plain=str(msg))


_ID_IN_TEXT = re.compile(r"(?<![\w&#./:+-])[A-Za-z0-9](?:[A-Za-z0-9_.:/+]*[A-Za-z0-9])?(?:-(?:[A-Za-z0-9_.:/+]*[A-Za-z0-9])+)+(?![\w-])")


def isolate_ids(escaped: str) -> str:
    """Wrap each hyphenated code of already-escaped prose (a source's key «wp-invasion-ukraine», a finding's
    id, an ISO date) in ``<bdi dir="ltr" class="tq-id">``: one left-to-right word, never cut at its hyphens
    («(المصدر: wp-» / «invasion-ukraine)» at 390 px)."""
    def one(m: re.Match) -> str:  # a web address or a very long token may still wrap (a phone's line is short)
        t = m.group()
        return t if len(t) > 48 or "//" in t else f'<bdi dir="ltr" class="tq-id">{t}</bdi>'

    return _ID_IN_TEXT.sub(one, escaped)


def code_words(group: str, value: str, lang: str):
    """A cell of codes (``CODE_COLUMNS``; several codes joined by «, ») in the words of ``lang``: a
    detector kind or family as its title with its id beside it (HTML), a modifier as its parts («since-early»:
    «منذ أوائل»), another code as its word (:func:`_word`: ``value.<group>.<code>``). A code without words, and
    every code on the English edition, stays as written."""
    if lang == "en" or not value:
        return value
    from ..review.messages import families, kinds
    from ..review.recall import READER_ONLY

    known = {"kind": kinds, "family": families}.get(group, dict)()

    def one(code: str) -> tuple[str, str | None]:
        if group == "unit":  # a unit in the edition's words («م³/سنة»), as written where it has none
            from ..review.messages import unit_ar

            return unit_ar(code) or code, None
        title = (known.get(code) or {}).get(f"title_{lang}")
        if title:  # the id beside its title, unless it is no code of the engine («reader only»)
            return title, None if code == READER_ONLY else code
        word = _word(group, code, lang)
        if word == code and group == "modifier":  # «since-early»: its parts, each a word
            parts = [_word(group, p, lang) for p in code.split("-")]
            if all(w != p for w, p in zip(parts, code.split("-"))):
                word = " ".join(parts)
        return word, None

    codes = [c.strip() for c in value.split(",")]
    named = [one(c) for c in codes]
    if all(w == c for (w, _), c in zip(named, codes)):
        return value
    sep = "، " if lang == "ar" else ", "
    html = sep.join(f"{span(w)}" + (f' <code class="tq-kind-id" dir="ltr">{esc(i)}</code>' if i else "")
                    for w, i in named)
    return HTML(html, plain=sep.join(w for w, _ in named))


def _word(group: str, value, lang: str) -> str:
    """A finding's severity, verdict or scope, or another word-valued cell (a yardstick's status), as
    the edition's reader reads it (``finding.<group>.<value>`` or ``value.<group>.<value>`` of ui.yml);
    the English edition, and a value without a string, show the value itself."""
    from . import strings

    if lang != "en":
        for sid in (f"finding.{group}.{value}", f"value.{group}.{value}"):
            if sid in strings.strings():
                return strings.text(sid, lang)
    return str(value)


def kind_heading(kind: str, n: int, lang: str = "en") -> str:
    """The heading of a group of findings: the kind's id (English edition), or its Arabic title
    (``lang/messages.yml``) followed by the id (Arabic edition)."""
    if lang == "ar":
        from ..review.messages import kinds

        title = (kinds().get(kind) or {}).get("title_ar")
        if title:
            return (f'<h4 class="tq-kind" dir="rtl" lang="ar">{esc(title)} (<bdi dir="ltr"><code>{esc(kind)}</code></bdi>'
                    f"، {n})</h4>")
    return f'<h4 class="tq-kind" dir="ltr">{esc(kind)} ({n})</h4>'


def findings_index(df: pd.DataFrame, name: str, columns: tuple[str, ...] = ("message", "quotes"),
                   lang: str = "en", csv: pd.DataFrame | None = None) -> HTML:
    """A table of findings that fits a desktop's column (issue 12): each finding's id on one line
    with, under it, its kind's title (Arabic edition; in English the id opens with the kind) and
    its severity, scope and verdict in the edition's words, then ``columns`` (its message, the
    quotes, a verdict's reason) with room to wrap. Seven columns side by side (id, kind, message,
    severity, scope, verdict, quotes) made the chapters' findings tables 1,100 to 1,300 px wide and
    the validity page's 1,500 px in a 755 px box at 1366 px: a reader scrolled sideways to see a
    finding's verdict. The CSV (``csv``, by default ``df``) keeps every column as it is."""
    from . import strings
    from ..review.messages import kinds

    def head(row) -> HTML:
        parts = [f'<span class="tq-id" dir="ltr">{esc(row["id"])}</span>']
        title = (kinds().get(row["kind"]) or {}).get(f"title_{lang}") if lang != "en" else None
        if title:
            parts.append(f'<span class="tq-finding-kind" dir="rtl" lang="{esc(lang)}">{esc(title)}</span>')
        words = [_word(c, row[c], lang) for c in ("severity", "scope", "verdict")
                 if isinstance(row.get(c), str) and row.get(c)]
        d = ' dir="rtl"' if lang == "ar" else ' dir="ltr"'
        parts.append(f'<span class="tq-finding-status"{d}>{esc(" · ".join(words))}</span>')
        plain = " ".join([str(row["id"]), title or "", " · ".join(words)]).strip()
        return HTML('<span class="tq-finding-cell">' + "".join(parts) + "</span>", plain=plain)

    shown = pd.DataFrame({"finding": [head(r) for r in df.to_dict("records")]}, index=df.index)
    for c in columns:
        shown[c] = df[c].to_numpy() if c in df.columns else None
        if f"{c}_{lang}" in df.columns:  # a reason's Arabic twin, as table() shows it
            shown[f"{c}_{lang}"] = df[f"{c}_{lang}"].to_numpy()
    heads = {"finding": strings.text("col.id", lang)}
    out = table(shown, name, columns=["finding", *columns], lang=lang, heads=heads,
                csv=df if csv is None else csv, cls="tq-stack tq-findings")
    return out


def anchor(id_: str) -> str:
    """An HTML id for a finding or claim id (letters, digits and hyphens only)."""
    return "tq-" + re.sub(r"[^A-Za-z0-9_-]", "-", str(id_))


def findings(df: pd.DataFrame, texts: dict[str, str], labels: dict[str, str] | None = None,
             here: str | None = None, lang: str = "en") -> HTML:
    """Findings grouped by kind, each with its quotes side by side."""
    if df.empty:
        from . import strings

        none = strings.text("render.no_findings", lang)
        return HTML(f'<p class="tq-na"{dir_attrs(none)}>{esc(none)}</p>', plain=none)
    parts = []
    for kind, group in df.groupby("kind", sort=True):
        parts.append(kind_heading(kind, len(group), lang))
        parts.extend(finding(row, texts, labels, here, lang) for row in group.to_dict(orient="records"))
    return HTML("\n".join(parts), plain=f"<{len(df)} findings>")
