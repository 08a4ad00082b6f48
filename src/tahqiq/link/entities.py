"""Entity mentions: people, organisations, exercises and places, found by general cues and grouped
by fuzzy matching on a transliteration-folded form.

:func:`extract_entities` returns one row per mention in the body of a text (columns
:data:`COLUMNS`), found by

* a small gazetteer of transliteration variants (:data:`GAZETTEER`: general lexical knowledge of
  how Arabic writes foreign names, «شي جين بينغ/بينج», «شنغهاي/شانغهاي», «أوكيان/أوكين»), with
  the proclitics «و، ب، ل، ال» allowed in front;
* Arabic cue words followed by a name: a title («الرئيس»، «وزير الخارجية»، «رئيس الوزراء»), an
  organisation or treaty noun («منظمة»، «حلف»، «معاهدة»، «قمة»), an exercise noun («مناورات»،
  «تمرين»); after the cue and its adjectives («الروسي»، «الأسبق»، «آنذاك») comes a quoted name
  or up to three name words;
* capitalised Latin sequences («Zapad», "Power of Siberia").

:func:`group_entities` clusters mentions: two mentions are one entity if the gazetteer says so, or
if they have the same number of words and each pair of words has the same transliteration
skeleton (:func:`skeleton`: «ال» dropped, ج/غ/ق merged, long vowels dropped after the first
letter, doubled letters single) and is at least :data:`WORD_SIMILARITY` similar. A group written
in more than one way in one script is a spelling variant.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from operator import itemgetter

import pandas as pd

from ..text.rows import frame, tuples
from ..text.rows import records
from ..corpus.catalogue import Document, from_string  # noqa: F401  (from_string re-exported)
from ..lang import lexicon, words
from ..text.normtext import fold
from ..text.patterns import alt, finditer_near

COLUMNS = ("file", "start", "end", "text", "name", "kind", "cue", "canon", "script", "skeleton")
"""Columns of :func:`extract_entities`. ``name`` is the folded name (without cue and proclitics),
``canon`` the gazetteer id or None, ``script`` ``ar`` or ``en``, ``skeleton`` the name's
transliteration skeleton (:func:`skeleton`)."""

GROUP_COLUMNS = COLUMNS + ("group",)
"""Columns of :func:`group_entities`: a mention and the id of its entity group."""

KINDS = ("person", "organisation", "exercise", "place", "other")

BODY_KINDS = frozenset({"title", "abstract", "heading", "paragraph", "list_item"})
"""Segment kinds whose text is searched (notes, bibliography and page residue are not)."""

WORD_SIMILARITY = 0.6
"""difflib ratio two folded words with the same skeleton must also reach to be one word."""

# --------------------------------------------------------------------------- gazetteer

GAZETTEER: dict[str, tuple[str, tuple[str, ...]]] = {
    gid: (str(e["kind"]), tuple(str(v) for v in e["variants"])) for gid, e in lexicon("entities")["gazetteer"].items()
}
"""Entities with their transliteration variants: ``id -> (kind, variants)``, from
``src/tahqiq/lang/entities.yml`` (general knowledge of how these names are written in Arabic and
English, not the spellings of one article)."""

# --------------------------------------------------------------------------- cues

_TITLE_CUES = tuple(lexicon("entities")["cues"]["title"])
_ORG_CUES = tuple(lexicon("entities")["cues"]["organisation"])
_EXERCISE_CUES = tuple(lexicon("entities")["cues"]["exercise"])
# Arabic cue words (folded when compiled): a title, an organisation or treaty noun, an exercise noun.
_ADJECTIVE = re.compile(
    r"(?:ال[\u0621-\u064A]+(?:ي|يه|يين)|انذاك|حينها|الاسبق|السابق|الراحل|الحالي|المشتركه|العسكريه|البحريه|"
    r"البريه|الجويه|الثنائيه)$"
)
_STOP = frozenset(words("stopwords", "names"))
_AR_WORD = r"[\u0621-\u064A]+"
_QUOTE = re.compile(r'^\s*"\s*(?P<q>[^"\n]{2,40}?)\s*"')
_LATIN_SEQ = re.compile(r"(?<![A-Za-z])[A-Z][a-zA-Z]+(?:[ -](?:of |the |de )?[A-Z][a-zA-Z]+){0,3}(?![a-zA-Z])")
_LATIN_SKIP = frozenset(lexicon("entities")["latin_skip"])


def _variant_re(variant: str) -> str:
    """A folded variant as a pattern: optional proclitics, flexible spaces and hyphens."""
    v = fold(variant)
    body = r"[\s\-]*".join(re.escape(w) for w in v.split())
    if re.match(r"[A-Za-z]", v):
        return rf"(?<![A-Za-z]){body}(?![A-Za-z])"
    if v.startswith("ال"):
        return rf"(?<![\u0621-\u064A])(?:[وبلف]|لل)?{body}(?![\u0621-\u064A])"
    return rf"(?<![\u0621-\u064A])(?:[وبلف]|ال|[وبف]ال|لل)?{body}(?![\u0621-\u064A])"


_GAZ: list[tuple[str, str, re.Pattern]] = [
    (gid, kind, re.compile(_variant_re(v)))
    for gid, (kind, variants) in GAZETTEER.items()
    for v in sorted(set(variants), key=len, reverse=True)
]

_GAZ_WORDS: list[tuple[str, ...]] = [
    tuple(fold(v).split())
    for gid, (kind, variants) in GAZETTEER.items()
    for v in sorted(set(variants), key=len, reverse=True)
]
"""The words each pattern of :data:`_GAZ` needs written in the text (literally) to match."""
_GAZ_PROCLITIC = 3
"""The longest proclitic (and article) a pattern of :data:`_GAZ` allows before its first word («وال»)."""

_CUES = _TITLE_CUES + _ORG_CUES + _EXERCISE_CUES
_CUE_RE = re.compile(
    rf"(?<![\u0621-\u064AA-Za-z])(?:[وبلف]|لل)?(?P<cue>{alt(fold(c) for c in _CUES)})"
    rf"(?![\u0621-\u064AA-Za-z])"
)


_PROCLITICS = ("وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف")


def _fuzzy_index() -> dict[str, list[tuple[str, str, str]]]:
    """Arabic gazetteer variants by skeleton: ``skeleton -> [(id, kind, folded variant)]``, for
    variants whose skeleton has four letters or more."""
    index: dict[str, list[tuple[str, str, str]]] = {}
    for gid, (kind, vs) in GAZETTEER.items():
        for v in vs:
            fv = fold(v)
            if re.search(r"[A-Za-z]", fv):
                continue
            sk = skeleton(fv)
            if len(sk.replace(" ", "")) >= 4:
                index.setdefault(sk, []).append((gid, kind, fv))
    return index


_AR_RUN = re.compile(_AR_WORD)


def _may_head(word: str) -> bool:
    """Whether a word can begin a name of :data:`_FUZZY` (its skeleton is the first of a key's)."""
    fw = fold(word)
    return not fw or _skeleton_folded(fw) in _FUZZY_HEADS


@lru_cache(maxsize=1 << 16)
def _heads_of(first: str) -> list[str]:
    """The proclitics a first word may carry before a name's head (a pure function of the word,
    kept across texts: the same words recur); the list is never changed by its readers."""
    return [p for p in ("",) + _PROCLITICS if first.startswith(p) and len(first) - len(p) >= 2 and _may_head(first[len(p):])]


def _fuzzy_gazetteer(t: str) -> list[tuple[int, int, str, str]]:
    """Names in normalised text ``t`` spelt like a gazetteer variant without being listed
    («شينغهاي» for «شنغهاي»): runs of one to three words whose skeleton is a variant's and that are
    :func:`same_name` with it. Returns ``(start, end, id, kind)``."""
    index = _FUZZY
    found = list(_AR_RUN.finditer(t))
    strs = _AR_RUN.findall(t)  # (the same runs, as strings, read at C speed)
    out = []
    # the proclitics the first word may carry, once per distinct word of the text; a name's skeleton
    # starts with its first word's, so a first word whose skeleton starts no variant's (most words)
    # ends the search there: only the other words are visited, in text order
    known = {w: heads for w in set(strs) if (heads := _heads_of(w))}
    for i in [i for i, w in enumerate(strs) if w in known]:
        first, heads = strs[i], known[strs[i]]
        for n in (3, 2, 1):
            run = [m.span() for m in found[i:i + n]]
            if len(run) < n or any(not _NAME_SPLIT.fullmatch(t, a[1], b[0]) for a, b in zip(run, run[1:])):
                continue
            rest = [t[a:b] for a, b in run[1:]]
            hit = None
            for p in heads:
                name = " ".join([first[len(p):]] + rest)
                for gid, kind, v in index.get(skeleton(name), ()):
                    if same_name(name, v):
                        hit = (run[0][0] + len(p), run[-1][1], gid, kind)
                        break
                if hit:
                    break
            if hit:
                out.append(hit)
                break
    return out


def _cue_kind(cue: str) -> str:
    c = fold(cue)
    if c in {fold(x) for x in _TITLE_CUES}:
        return "person"
    if c in {fold(x) for x in _EXERCISE_CUES}:
        return "exercise"
    return "organisation"


# --------------------------------------------------------------------------- skeletons

_MERGE = str.maketrans({"ج": "غ", "ق": "غ", "ث": "س", "ص": "س", "ط": "ت", "ذ": "ز", "ظ": "ز", "ض": "د", "ح": "ه",
                        "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "أ": "ا", "إ": "ا", "آ": "ا"})


def _strip_article(word: str) -> str:
    for p in ("وال", "بال", "فال", "لل", "ال"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def skeleton_word(word: str) -> str:
    """A word's transliteration skeleton: folded, «ال» dropped, ج/غ/ق and other near letters merged,
    vowel letters (ا و ي) dropped after the first letter, doubled letters single; a Latin word in
    lower case with doubled letters single."""
    return _skeleton_folded(fold(word))


@lru_cache(maxsize=65536)
def _skeleton_folded(w: str) -> str:
    """:func:`skeleton_word` of an already folded word."""
    w = w.lower()
    if re.match(r"[a-z]", w):
        w = re.sub(r"[^a-z]", "", w)
    else:
        w = _strip_article(re.sub(r"[^\u0621-\u064A]", "", w)).translate(_MERGE)
        w = w[:1] + re.sub(r"[اوي]", "", w[1:])
    return re.sub(r"(.)\1+", r"\1", w)


_NAME_SPLIT = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)
def skeleton(name: str) -> str:
    """The skeleton of a name: its words' skeletons joined by spaces."""
    return " ".join(_skeleton_folded(w) for w in _NAME_SPLIT.split(fold(name)) if w)


MIN_SKELETON = 3
"""Shorter skeletons say too little: such words are one word only if written alike."""


def same_word(a: str, b: str) -> bool:
    """Two folded words are one word written two ways.

    Arabic: the same skeleton (of :data:`MIN_SKELETON` letters or more), the same last letter
    (up to ج/غ/ق: «أوكرانيا» and «أوكراني» are two words) and at least :data:`WORD_SIMILARITY`
    similar. Latin: the same skeleton (``THADD``/``THAAD``), or the same length (five letters or
    more) with one letter changed (``Korolev``/``Korolov``).
    """
    if a == b:
        return True
    ka, kb = _skeleton_folded(a), _skeleton_folded(b)
    if re.match(r"[A-Za-z]", a) or re.match(r"[A-Za-z]", b):
        la, lb = a.lower(), b.lower()
        return ka == kb or (len(la) == len(lb) >= 5 and sum(x != y for x, y in zip(la, lb)) == 1)
    if ka != kb or len(ka) < MIN_SKELETON:
        return False
    sa, sb = _strip_article(a), _strip_article(b)
    if sa[-1:].translate(_MERGE) != sb[-1:].translate(_MERGE):
        return False
    return SequenceMatcher(None, sa, sb, autojunk=False).ratio() >= WORD_SIMILARITY


def same_name(a: str, b: str) -> bool:
    """Two folded names are one name: the same number of words, each pair :func:`same_word`."""
    wa, wb = re.split(r"[\s\-]+", a.strip()), re.split(r"[\s\-]+", b.strip())
    return len(wa) == len(wb) and all(same_word(x, y) for x, y in zip(wa, wb))


_FUZZY = _fuzzy_index()
_FUZZY_HEADS = frozenset(k.split(" ")[0] for k in _FUZZY)

# --------------------------------------------------------------------------- extraction


def _script(s: str) -> str:
    return "en" if re.search(r"[A-Za-z]", s) and not re.search(r"[\u0621-\u064A]", s) else "ar"


_SPACE_WORD = re.compile(rf"\s+(?P<w>{_AR_WORD})")
_BLANK_WORD = re.compile(rf"[ \t]+(?P<w>{_AR_WORD})")
_QUOTE_AT = re.compile(_QUOTE.pattern.removeprefix("^"))
""":data:`_QUOTE` matched at an offset (``pattern.match(t, i)``: no copy of the rest of the text)."""


def _name_after(t: str, pos: int, kind: str) -> tuple[int, int] | None:
    """The span (normalised) of the name after a cue ending at ``pos``: a quoted name, or up to
    three name words (a person's after the title's adjectives: «الرئيس الروسي الأسبق …»).
    The patterns are matched at offsets of ``t`` (none looks behind), not on copies of its rest:
    a copy per cue made a long text's cost grow with the square of its length."""
    i = pos
    while kind == "person":
        m = _SPACE_WORD.match(t, i)
        if not m or m.group("w") in _STOP or not _ADJECTIVE.search(m.group("w")):
            break
        i = m.end()
    q = _QUOTE_AT.match(t, i)
    if q:
        return q.start("q"), q.end("q")
    words = []
    j = i
    for _ in range(3):
        m = _BLANK_WORD.match(t, j)
        if not m:
            break
        w = m.group("w")
        if w in _STOP or (w[0] in "وف" and w[1:] in _STOP) or _CUE_RE.fullmatch(w) or (
                kind == "person" and w.startswith("ال")):
            break
        words.append((m.start("w"), m.end("w")))
        j = m.end()
    if not words:
        return None
    return words[0][0], words[-1][1]


_TRAILING_NUMBER = re.compile(r"[\s\-/]*\d[\d\s\-/]*$")
"""An edition's year or number after a name («أوكيان 2024», «فوستوك-2022») is not part of the name."""


def _mentions(doc: Document) -> list[dict]:
    t = doc.norm.text
    found: dict[tuple[int, int], dict] = {}

    def add(ns: int, ne: int, kind: str, cue: str | None, canon: str | None):
        s, e = doc.norm.raw_span(ns, ne)
        name = _TRAILING_NUMBER.sub("", t[ns:ne]).strip()
        if canon is None and len(name) < 3:
            return
        key = (s, e)
        if key in found and found[key]["canon"]:
            return
        found[key] = {"file": doc.name, "start": s, "end": e, "text": doc.raw[s:e], "name": name, "kind": kind,
                      "cue": cue, "canon": canon, "script": _script(name), "skeleton": skeleton(name)}

    for (gid, kind, rx), words in zip(_GAZ, _GAZ_WORDS):
        if not all(w in t for w in words):  # a substring test spares a scan of the whole text
            continue
        for m in finditer_near(rx, t, words[0], _GAZ_PROCLITIC):  # = rx.finditer(t), tried at its first word
            add(m.start(), m.end(), kind, None, gid)
    for ns, ne, gid, kind in _fuzzy_gazetteer(t):
        add(ns, ne, kind, None, gid)
    for m in _CUE_RE.finditer(t):
        kind = _cue_kind(m.group("cue"))
        span = _name_after(t, m.end(), kind)
        if span:
            quoted = t[span[0] - 1:span[0]] == '"' or t[span[0] - 2:span[0]] == '" '
            start = m.start("cue") if kind == "organisation" and not quoted else span[0]
            add(start, span[1], kind, m.group("cue"), None)
    for m in _LATIN_SEQ.finditer(t):
        words = m.group().split()
        while words and words[0] in _LATIN_SKIP:
            words.pop(0)
        if not words or (len(words) == 1 and len(words[0]) < 4):
            continue
        name = " ".join(words)
        ns = m.start() + m.group().index(name)
        add(ns, ns + len(name), "other", None, None)
    return list(found.values())


def _strip_proclitic(row: dict) -> None:
    """Gazetteer matches may start with a proclitic («وبوتين»): the name drops it (keeping the
    longest listed variant it ends with), the span keeps it."""
    name = row["name"]
    for fv in sorted((fold(v) for v in GAZETTEER[row["canon"]][1]), key=len, reverse=True):
        if name.endswith(fv):
            row["name"] = fv
            row["skeleton"] = skeleton(fv)
            return


def _overlapping(rows: list[dict]) -> list[dict]:
    """Mentions that do not overlap: the first and longest, except that a gazetteer match wins over
    a cue match it overlaps (the gazetteer knows where the name ends)."""
    rows.sort(key=lambda r: (r["start"], -(r["end"] - r["start"]), r["canon"] is None))
    out: list[dict] = []
    for r in rows:
        if out and r["start"] < out[-1]["end"]:
            prev = out[-1]
            if r["canon"] and not prev["canon"]:
                out[-1] = r
            continue
        out.append(r)
    return out


def extract_entities(doc: Document, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Entity mentions in the body of ``doc`` (columns :data:`COLUMNS`), sorted by start.

    ``blocks`` (the :func:`tahqiq.segment.blocks.segment` table) limits the search to body blocks
    (:data:`BODY_KINDS`); it is computed when not given.
    """
    if blocks is None:
        from ..segment.blocks import segment

        blocks = segment(doc)
    from ..text.spans import within

    in_body = within((int(b.start), int(b.end)) for b in tuples(blocks) if b.kind in BODY_KINDS)
    rows = []
    for r in _mentions(doc):
        if not in_body(r["start"], r["end"]):
            continue
        if r["canon"]:
            _strip_proclitic(r)
        rows.append(r)
    rows = _overlapping(rows)
    return frame(rows, COLUMNS, by=itemgetter("start"))


# --------------------------------------------------------------------------- grouping


def group_entities(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions with a ``group`` column: one id per entity (``canon`` for gazetteer entities,
    else ``~`` and the skeleton of the first name of the group).

    Mentions are one entity if they share a gazetteer id, or if their names are :func:`same_name`
    (single link, in text order); an unlisted name that is :func:`same_name` with a gazetteer
    variant joins that entity. Names are compared only with the names sharing a key with them
    (:func:`name_keys`), which every pair of :func:`same_name` names does: the cost grows with
    the number of mentions, not with its square.
    """
    df = mentions.copy()
    reps = _gazetteer_index()
    groups = _NameIndex()
    ids = []
    for r in tuples(df):
        if isinstance(r.canon, str) and r.canon:
            ids.append(r.canon)
            continue
        hit = reps.first(r.name)
        gid = reps.payload[hit] if hit is not None else None
        if gid is None:
            hit = groups.first(r.name)
            if hit is not None:
                gid = groups.payload[hit]
                groups.add(r.name, hit)
        if gid is None:
            gid = "~" + r.skeleton
            groups.add(r.name, groups.new(gid))
        ids.append(gid)
    df["group"] = ids
    return df


def word_keys(word: str) -> frozenset[str]:
    """Keys that a word shares with every word :func:`same_word` with it: its skeleton and, for
    words of five letters or more, the word (lower case) with one letter blanked at each place."""
    keys = {"s" + _skeleton_folded(word)}
    low = word.lower()
    if len(low) >= 5:
        keys.update(f"h{low[:i]}\0{low[i + 1:]}" for i in range(len(low)))
    return frozenset(keys)


def name_keys(name: str) -> frozenset[str]:
    """Keys that a name shares with every name :func:`same_name` with it (its word count and the
    keys of its first word)."""
    words = re.split(r"[\s\-]+", name.strip())
    return frozenset(f"{len(words)}:{k}" for k in word_keys(words[0]))


_same_name = lru_cache(maxsize=1 << 18)(lambda a, b: same_name(a, b))


class _NameIndex:
    """Names by :func:`name_keys`, each with the number of the item (group or gazetteer variant)
    it belongs to; :meth:`first` is the lowest-numbered item holding a name :func:`same_name`
    with the one given, as a scan of the items in order would find."""

    def __init__(self):
        self.payload: list = []
        self._by_key: dict[str, dict[tuple[int, str], None]] = {}

    def new(self, payload) -> int:
        self.payload.append(payload)
        return len(self.payload) - 1

    def add(self, name: str, item: int) -> None:
        for k in name_keys(name):
            self._by_key.setdefault(k, {})[(item, name)] = None

    def first(self, name: str) -> int | None:
        best = None
        for k in name_keys(name):
            for item, other in self._by_key.get(k, ()):
                if (best is None or item < best) and _same_name(name, other):
                    best = item
        return best


_GAZ_INDEX: list = [None, None]


def _gazetteer_index() -> _NameIndex:
    """The gazetteer's variants by key, built once per :data:`GAZETTEER` (rebuilt if it is replaced)."""
    if _GAZ_INDEX[0] is not GAZETTEER:
        idx = _NameIndex()
        for gid, (_, vs) in GAZETTEER.items():
            for v in vs:
                idx.add(fold(v), idx.new(gid))
        _GAZ_INDEX[:] = [GAZETTEER, idx]
    return _GAZ_INDEX[1]


def form_class(row: dict) -> tuple[str, int]:
    """What spellings of a name compare with: same script, same number of words («بوتين» and
    «فلاديمير بوتين» are two forms of a name, not two spellings)."""
    return row["script"], len(re.split(r"[\s\-]+", row["name"].strip()))


def variants(grouped: pd.DataFrame) -> dict[str, dict[str, list[dict]]]:
    """For each group with two spellings of one form (:func:`form_class`): ``{group: {name:
    [mentions]}}``, the names of those forms only."""
    out: dict[str, dict[str, list[dict]]] = {}
    by_group: dict = {}
    for r in records(grouped):  # one conversion, not one pandas sort per group
        by_group.setdefault(r["group"], []).append(r)
    for gid in sorted(by_group):
        names: dict[str, list[dict]] = {}
        for r in sorted(by_group[gid], key=lambda r: (r["file"], r["start"])):
            names.setdefault(r["name"], []).append(r)
        classes: dict[tuple[str, int], list[str]] = {}
        for n, rs in names.items():
            classes.setdefault(form_class(rs[0]), []).append(n)
        spelt = [n for ns in classes.values() if len(ns) > 1 for n in ns]
        if spelt:
            out[str(gid)] = {n: names[n] for n in spelt}
    return out
