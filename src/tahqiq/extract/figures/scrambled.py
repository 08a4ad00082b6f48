"""Figures of a ``pdf-scrambled`` text: what a number measures when its line is printed backwards.

In a ``pdf-scrambled`` text many lines hold their pieces in reverse order: a line is a run of
chunks (Arabic phrases, numbers, Latin words) printed right to left, pieces are glued together
(«50مركبة»، «وروسيجندي»), and what a number measures may stand before it, at the start of the
chunk before it, anywhere in its line, or on the next line when the number closes its line.
:func:`_associate` gives each number with nothing it measures right after it a *free* unit of
its line: a currency, a unit, a percent sign or a counted noun that no other number has taken.
"""

from __future__ import annotations

from bisect import bisect_right

from ...text.normtext import fold
from . import lexicon as L
from .context import _prev_token


def _tokens(t: str, ls: int, le: int) -> list[dict]:
    """The units of the line ``t[ls:le]`` that a number could take (see :data:`lexicon._SCR_TOKEN_RE`).

    A word glued to the word before it counts only if it has four letters or more and the glued
    part does not end in the article («إجزيرة» is «جزيرة», «المؤشرات» is not «مؤشرات»). Left out:
    a counted noun after «كل» («كل عام»), or in construct with a definite noun («شركة الغاز»), and
    the bare singular of a unit of time («عام», the word before a year).
    """
    out = []
    for m in L._SCR_TOKEN_RE.finditer(t, ls, le):
        s0, e0 = m.span()
        if s0 > 0 and L._AR_LETTER.match(t, s0 - 1) and not m.group("pct"):
            glued = L._GLUED_PREFIX.search(t, max(0, s0 - 30), s0).group()
            if e0 - s0 < 4 or glued.endswith("ال") or glued.endswith("لل"):
                continue
        if m.group("pct"):
            tok = {"unit": "%", "type": "percent", "scale": None}
        elif m.group("so"):
            tok = {"unit": None, "type": "scale", "scale": L.SCALES[m.group("so")]}
        else:
            scale = L.SCALES[m.group("s")] if m.group("s") else None
            if m.group("c"):
                w = m.group("c")
                tok = {"unit": L.CURRENCIES.get(w) or L.CURRENCIES.get(w.lower()), "type": "money", "scale": scale}
            elif m.group("u"):
                unit = L._SCR_UNITS[m.group("u")] + (f"/{L.RATES[m.group('r')]}" if m.group("r") else "")
                tok = {"unit": unit, "type": "measure", "scale": scale}
            else:
                lemma = L.COUNT_NOUNS[m.group("n")]
                if (scale is not None or _prev_token(t, s0) == L._KUL or L._DEFINITE_NEXT.match(t, e0)
                        or lemma in L._TIME_LEMMAS and m.group("n") == fold(lemma)):
                    continue
                tok = {"unit": lemma, "type": "count", "scale": None}
        out.append({**tok, "start": s0, "end": e0})
    return out


def _line_of(starts: list[int], t: str, pos: int) -> tuple[int, int]:
    """The bounds of the line holding ``pos`` (``starts`` are the line starts)."""
    i = bisect_right(starts, pos) - 1
    end = starts[i + 1] - 1 if i + 1 < len(starts) else len(t)
    return starts[i], end


def _next_line(starts: list[int], t: str, pos: int) -> tuple[int, int] | None:
    """The first line after ``pos``'s that is not blank."""
    i = bisect_right(starts, pos)
    while i < len(starts):
        ls = starts[i]
        le = starts[i + 1] - 1 if i + 1 < len(starts) else len(t)
        if t[ls:le].strip():
            return ls, le
        i += 1
    return None


def _gap(a: int, b: int, x: dict) -> int:
    """Characters between the span ``[a, b)`` and the span ``[x["start"], x["end"])``."""
    return max(x["start"] - b, a - x["end"], 0)


def _words_beside(t: str, a: int, b: int) -> list[str]:
    """The words touching the number ``t[a:b]`` in a scrambled line: a word glued to it, and the
    whitespace-delimited words before and after its token, each without a one-letter proclitic."""
    left = t[max(0, a - 40):a]
    right = t[b:b + 40]
    glued_l = "" if not left or left[-1].isspace() else left.split()[-1]
    glued_r = "" if not right or right[0].isspace() else right.split()[0]
    rest_l = left[:len(left) - len(glued_l)].split()
    rest_r = right[len(glued_r):].split()
    words = [glued_l, glued_r, rest_l[-1] if rest_l else "", rest_r[0] if rest_r else ""]
    words = [w.strip("()[]{}.,;:،؛\"'«»-") for w in words]
    return [w[1:] if w[:1] in "وفبل" and w[1:] in L._REFERENCE_WORDS else w for w in words if w]


def _is_digits(r: dict) -> bool:
    return "words" not in (r["note"] or "") and r["type"] != "ordinal"


def _digit_end(t: str, r: dict) -> int:
    """Where the number of a digit row ends (before a word glued after it)."""
    m = L._NUM_RE.search(t, r["nstart"], r["nend"])
    return m.end() if m else r["nend"]


def _associate(t: str, rows: list[dict]) -> list[dict]:
    """Find what each number of a scrambled text measures when nothing it measures follows it.

    A *needy* row is a number with no unit, or a number in digits whose counted noun is merely
    glued after it (in a reversed line that word usually belongs to the number before: in
    «طائرة هليكوبتر 50مركبة عسكرية، وأكثر من 300» the helicopters are 50 and the vehicles 300).
    Numbers of a list next to a label («المراحل 2 و3 و4», «1شكل») are labels, not figures. The unit
    of a needy row is, in this order of preference:

    1. a free unit ending right before it («جندي 10000»، «سنوات. 4-3»);
    2. a free unit starting the chunk before it («طائرة مقاتلة روسية من طراز 200»);
    3. the counted noun glued after it («1281جزيرة»), when there is one;
    4. (digits only) the nearest free unit of its line, with a free scale word lying between them;
    5. the unit of the nearest figure of its line with a counted noun, currency or unit:
       coordinated numbers share their noun («8000 ... 10000 جندي»، «المراحل السبعة في ثلاث»; not a
       dual, whose number is in the noun);
    6. the first free measure, currency or percent sign of the next line (for a number in words,
       the first free counted noun: «تتناول الدراسة سبع» / «مؤشرات لتقييم»).

    A scale word ending right before the number («مليار 13») is taken with whatever unit is found.
    A unit is free while no figure holds it; taking it makes it held. An amount that takes a
    currency with no scale word keeps the scale of the other amount in that currency on its line
    («بقيمة 400 ... 270 مليار دولار»). Rows still without a unit or a scale are dropped.
    """
    starts = [0] + [i + 1 for i, c in enumerate(t) if c == "\n"]
    token_cache: dict[int, list[dict]] = {}

    def tokens(line: tuple[int, int]) -> list[dict]:
        if line[0] not in token_cache:
            token_cache[line[0]] = _tokens(t, *line)
        return token_cache[line[0]]

    def needy(r: dict) -> bool:
        if r["type"] == "number" and r["unit"] is None:
            return True
        return (r["type"] == "count" and _is_digits(r) and r["counts_span"] is not None
                and r["counts_span"][0] == _digit_end(t, r))

    # lists of numbers next to a label: «المراحل 2 و3 و4» printed «4و 3و 2تتطلب المراحل»
    labels: set[int] = set()
    group: list[int] = []
    for i, r in enumerate(rows):
        if group and not L._LIST_GAP.fullmatch(t, rows[group[-1]]["nend"], r["nstart"]):
            group = []
        group.append(i)
        if needy(r) and _is_digits(r) and any(w in L._REFERENCE_WORDS for w in _words_beside(t, r["nstart"], _digit_end(t, r))):
            labels.update(group)
        elif group[0] in labels:
            labels.add(i)

    held: set[int] = set()  # starts of the tokens held by a figure
    dropped: set[int] = set()  # ids of the rows found to measure nothing
    for r in rows:
        if not needy(r) and r["unit"] is not None:
            lo, hi = r["nstart"], max(r["nend"], (r["counts_span"] or (0, 0))[1])
            for x in tokens(_line_of(starts, t, r["nstart"])):
                if x["start"] < hi and lo < x["end"]:
                    held.add(x["start"])

    def free(x: dict, a: int, b: int) -> bool:
        return x["start"] not in held and not (x["start"] < b and a < x["end"]) and x["type"] != "scale"

    def take(r: dict, x: dict, why: str) -> None:
        held.add(x["start"])
        scale = x["scale"] if x["scale"] is not None else r["scale"]
        r.update(value=r["value"] * (x["scale"] or 1.0), unit=x["unit"], type=x["type"], scale=scale,
                 counts_span=(x["start"], x["end"]), note=why)

    def share(r: dict, f: dict, why: str) -> None:
        if r["scale"] is None and f["scale"] is not None:
            r.update(value=r["value"] * f["scale"], scale=f["scale"])
        r.update(unit=f["unit"], type=f["type"], note=why)

    def figures_near(line: tuple[int, int], a: int, b: int, me: dict) -> list[dict]:
        cands = [f for f in rows if line[0] <= f["nstart"] < line[1] and f is not me and id(f) not in dropped
                 and f["type"] in ("count", "money", "measure") and f["unit"] is not None and f["note"] != "dual"]
        return sorted(cands, key=lambda f: _gap(a, b, {"start": f["nstart"], "end": f["nend"]}))

    out: list[dict] = []
    for i, r in enumerate(rows):
        if not needy(r):
            out.append(r)
            continue
        if i in labels:
            dropped.add(id(r))
            continue
        digits = _is_digits(r)
        a = r["nstart"]
        b = _digit_end(t, r) if digits else r["nend"]
        glued_after = r["unit"] is not None
        line = _line_of(starts, t, a)
        toks = [x for x in tokens(line) if free(x, a, b)]
        # a scale word right before the number goes with it
        sc = [x for x in tokens(line) if x["type"] == "scale" and x["start"] not in held and x["end"] <= a
              and L._BEFORE_GAP.fullmatch(t, x["end"], a)]
        if sc and r["scale"] is None and not glued_after:
            held.add(sc[-1]["start"])
            r.update(value=r["value"] * sc[-1]["scale"], scale=sc[-1]["scale"])
            # the currency or unit of that scale word stands next to it, in either order
            # («دولار أمريكي، مليار 240.1»: «مليار دولار» cut in two and reversed)
            a = sc[-1]["start"]
        before = [x for x in toks if x["end"] <= a and L._BEFORE_GAP.fullmatch(t, x["end"], a)]
        seg_end = len(t[line[0]:a].rstrip()) + line[0]
        brk = [m.end() for m in L._CHUNK_BREAK.finditer(t, line[0], seg_end)]
        first = L._AR_LETTER.search(t, brk[-1] if brk else line[0], seg_end)
        chunk = [x for x in toks if first and x["start"] == first.start()]
        if before or chunk:
            if glued_after:
                r["nend"] = b
            take(r, before[-1], "unit before the number in a line with reversed word order") if before else \
                take(r, chunk[0], "unit at the start of the chunk before the number (reversed word order)")
        elif glued_after:
            pass
        elif digits and toks:
            x = min(toks, key=lambda x: _gap(a, b, x))
            if x["scale"] is None and r["scale"] is None and x["type"] in ("money", "measure"):
                lo, hi = min(b, x["end"]), max(a, x["start"])
                between = [y for y in tokens(line) if y["type"] == "scale" and y["start"] not in held
                           and lo <= y["start"] and y["end"] <= hi]
                if between:
                    held.add(between[0]["start"])
                    x = {**x, "scale": between[0]["scale"]}
            take(r, x, "unit found elsewhere in its line (scrambled word order)")
        elif near := figures_near(line, a, b, r):
            share(r, near[0], "shares the unit of a figure of its line (scrambled word order)")
        elif (nxt := _next_line(starts, t, a)) and (
                cands := [x for x in tokens(nxt) if free(x, a, b) and (x["type"] != "count") == digits]):
            take(r, cands[0], "unit on the next line (scrambled word order)")
        if r["unit"] is None and r["scale"] is None:
            dropped.add(id(r))
            continue
        out.append(r)
    # amounts in one currency on one line share a scale word only one of them kept
    for r in out:
        if r["type"] == "money" and r["scale"] is None and (r["note"] or "").startswith("unit found elsewhere"):
            line = _line_of(starts, t, r["nstart"])
            same = [f for f in out if f is not r and f["unit"] == r["unit"] and f["scale"] is not None
                    and line[0] <= f["nstart"] < line[1]]
            if same:
                f = min(same, key=lambda f: abs(f["nstart"] - r["nstart"]))
                r.update(value=r["value"] * f["scale"], scale=f["scale"])
    return out

