"""Keys of references and URLs, and resolving a note or author-year citation to its bibliography entry."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from ...text.normtext import fold

# --------------------------------------------------------------------------- resolution


def ref_key(s) -> str:
    """A comparison key: folded, lower case, letters and digits only (so «عبدالمجيد» is «عبد المجيد»);
    "" for anything that is not a non-empty string (None, a pandas missing value)."""
    if not isinstance(s, str) or not s:
        return ""
    return _ref_key(s)


@lru_cache(maxsize=1 << 14)
def _ref_key(s: str) -> str:
    return "".join(ch for ch in fold(s).lower() if ch.isalnum())


def url_key(u) -> str:
    """A URL without scheme, ``www.`` and trailing slash, lower case; "" for a missing one."""
    if not isinstance(u, str) or not u:
        return ""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", u.strip().lower()).rstrip("/")


def same_url(a, b) -> bool:
    """The same address: equal URL keys, or the same path (of 6 characters or more) on hosts one
    letter apart (a short link mistyped in one of two places: ``zu.pw/4jMJ8gcZ`` for ``2u.pw/4jMJ8gcZ``)."""
    a, b = url_key(a), url_key(b)
    if not a or not b:
        return False
    if a == b:
        return True
    ha, _, pa = a.partition("/")
    hb, _, pb = b.partition("/")
    return pa == pb and len(pa) >= 6 and len(ha) == len(hb) and sum(x != y for x, y in zip(ha, hb)) == 1


def _sim(a, b, floor: float = 0.0) -> float:
    """The difflib ratio of the keys of ``a`` and ``b``; 0.0 when it is surely below ``floor``
    (difflib's quick upper bounds say so), which spares the full comparison."""
    ka, kb = ref_key(a), ref_key(b)
    if not ka or not kb:
        return 0.0
    m = SequenceMatcher(None, ka, kb, autojunk=False)
    if floor and (m.real_quick_ratio() < floor or m.quick_ratio() < floor):
        return 0.0
    return m.ratio()


TITLE_MATCH = 0.8
"""Title similarity (difflib ratio of folded keys) at which a reference matches an entry."""
AUTHOR_MATCH = 0.8
"""Author similarity at which a reference whose title is similar enough (≥ 0.5) matches."""


def resolve_reference(ref: dict, bib: list[dict]) -> str | None:
    """The ``bib_id`` of the bibliography entry a parsed reference names, or None.

    The same URL decides (see :func:`same_url`). Otherwise the title must be similar (≥ :data:`TITLE_MATCH`), or
    the authors similar (≥ :data:`AUTHOR_MATCH`) with a title at least half similar; a
    reference without title (an «op. cit.» note) matches on its authors alone, and only if
    one entry is the best. Comparisons are of folded keys (letters and digits), so
    «عبدالامير» and «عبد الأمير» are the same.
    """
    url = url_key(ref.get("url"))
    if url:
        for b in bib:
            if same_url(url, b.get("url")):
                return b["bib_id"]
    scored = []
    for b in bib:
        # each similarity is computed in full only when its value can matter (see _sim's floor)
        if ref.get("title"):
            t = _sim(ref.get("title"), b.get("title"), floor=0.5)
            if t >= TITLE_MATCH:
                scored.append((_sim(ref.get("authors"), b.get("authors")) + t, b["bib_id"]))
            elif t >= 0.5:
                a = _sim(ref.get("authors"), b.get("authors"), floor=AUTHOR_MATCH)
                if a >= AUTHOR_MATCH:
                    scored.append((a + t, b["bib_id"]))
        else:
            a = _sim(ref.get("authors"), b.get("authors"), floor=AUTHOR_MATCH)
            if a >= AUTHOR_MATCH:
                scored.append((a, b["bib_id"]))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    if len(scored) > 1 and not ref.get("title") and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def _resolve_author_year(names: str, year: int, bib: list[dict]) -> str | None:
    """The one entry whose authors (or venue) contain the cited name, folded, and whose year is
    the cited one (any year for a reference that gives none)."""
    head = re.split(r"[,،&]| and ", names)[0]
    # «العمري والخطيب»: two authors joined by the conjunction «و» glued to the second name; the whole
    # name is tried first, so a name that itself begins with «و» («وهبة») is still read whole
    for name in (head, re.split(r"\s+و(?=\S)", head.strip())[0]):
        first = ref_key(name)
        if not first:
            continue
        hits = [
            b["bib_id"] for b in bib
            if year in (None, b.get("year")) and first in _name_keys(b)
        ]
        if len(hits) == 1:
            return hits[0]
    return None


def _name_keys(entry: dict) -> set[str]:
    """Keys of the names an entry can be cited by: each word of its authors, and its whole
    authors and venue (a corporate author, «وكالة الطاقة الدولية»)."""
    keys = {ref_key(entry.get("authors")), ref_key(entry.get("venue"))}
    if isinstance(entry.get("authors"), str):
        keys.update(ref_key(w) for w in re.split(r"[\s,;،]+", entry["authors"]))
        # a surname of several words («بن عمارة»، «أبو زيد»، «Van der Veen»), cited whole: every run
        # of consecutive words of one author's name
        for author in re.split(r"[,;،]+", entry["authors"]):
            words = author.split()
            keys.update(ref_key(" ".join(words[i:j])) for i in range(len(words))
                        for j in range(i + 2, len(words) + 1))
    # a corporate author cited by its acronym, "(IEA, 2025: 21)" for «International Energy Agency (IEA)
    # (2025).»: the acronym in brackets after the author's name, or the initials of its capitalised words
    text = entry.get("text") if isinstance(entry.get("text"), str) else ""
    keys.update(ref_key(a) for a in re.findall(r"\(([A-Z]{2,8})\)", text[:160]))
    if isinstance(entry.get("authors"), str):
        caps = [w for w in entry["authors"].split() if w[:1].isupper()]
        if len(caps) >= 3 and ";" not in entry["authors"] and len(caps) == len([w for w in entry["authors"].split() if len(w) > 3]):
            keys.add(ref_key("".join(w[0] for w in caps)))
    return keys - {""}


def _resolve_notes(notes: list[dict], bib: list[dict]) -> dict[int, str | None]:
    """Each note's bibliography entry, by its start; «ibid.» takes the previous note's."""
    out: dict[int, str | None] = {}
    previous = None
    for n in sorted(notes, key=lambda r: r["start"]):
        if n["_back"] == "ibid" and not n["title"]:
            found = previous
        else:
            found = resolve_reference(n, bib)
        out[n["start"]] = found
        previous = found
    return out


