"""The reading order of a line that a right-to-left PDF extraction printed backwards.

Such a line (a ``pdf-scrambled`` text, 002) is a run of pieces printed in reverse order: chunks
of Arabic words (each chunk in its own order), numbers, note markers, URLs and Latin stretches
(:data:`tahqiq.review.gold.RUN`, the runs :func:`tahqiq.review.gold.scramble` keeps whole when it
scrambles a clean line the same way). The extraction leaves a wide gap (two spaces or more)
between most pieces and glues some runs to the piece after them («50مركبة»). :func:`reading`
cuts a line at its wide gaps and at the edges of its runs, and reverses the pieces. Pieces joined
by a single space cannot be told apart from the words of one chunk and keep their printed order,
so the reading is the engine's best recovery, not a proof. A line with fewer than
:data:`MIN_GAPS` wide gaps is taken as printed in order.
"""

from __future__ import annotations

import re

MIN_GAPS = 2
_GAP = re.compile(r"[ \t\u00a0]{2,}")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _runs():
    from ..review.gold import RUN

    return RUN


def pieces(line: str) -> list[str]:
    """The pieces of ``line`` in printed order: cut at wide gaps and at the edges of runs glued to
    Arabic letters."""
    out: list[str] = []
    for chunk in _GAP.split(line.strip()):
        pos = 0
        for m in _runs().finditer(chunk):
            glued = (m.start() > 0 and _ARABIC.match(chunk[m.start() - 1])) or (
                m.end() < len(chunk) and _ARABIC.match(chunk[m.end()]))
            if not glued:
                continue
            if chunk[pos:m.start()].strip():
                out.append(chunk[pos:m.start()].strip())
            out.append(m.group())
            pos = m.end()
        if chunk[pos:].strip():
            out.append(chunk[pos:].strip())
    return out


def is_reversed(line: str) -> bool:
    """Whether ``line`` looks printed backwards: Arabic with at least :data:`MIN_GAPS` wide gaps
    between its words."""
    return bool(_ARABIC.search(line)) and len(_GAP.findall(line.strip())) >= MIN_GAPS


def reading(line: str) -> str | None:
    """The recovered reading order of a backwards line (its pieces reversed, one space apart), or
    ``None`` if the line does not look backwards."""
    if not is_reversed(line):
        return None
    return " ".join(reversed(pieces(line)))
