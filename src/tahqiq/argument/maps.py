"""The argument map of a reconstruction: its graph, its question-conclusion chain, and its
exports (Argdown text, AIF JSON, a self-contained SVG). All are deterministic."""

from __future__ import annotations

import math
import re
import textwrap
from xml.sax.saxutils import escape

import pandas as pd

from .model import EDGE_COLUMNS, NODE_COLUMNS, Annotation


# --------------------------------------------------------------------------- graph


def _depths(ann: Annotation, edges: list[tuple[str, str]]) -> tuple[dict[str, int], set[str]]:
    """Layer of each node (conclusions 0, a claim one below the shallowest node it points to)
    and the set of nodes linked to a conclusion."""
    depth = {k.id: 0 for k in ann.conclusions}
    incoming: dict[str, list[str]] = {}
    for s, t in edges:
        incoming.setdefault(t, []).append(s)
    frontier = [k.id for k in ann.conclusions]
    while frontier:
        nxt = []
        for t in frontier:
            for s in incoming.get(t, []):
                if s not in depth:
                    depth[s] = depth[t] + 1
                    nxt.append(s)
        frontier = nxt
    linked = set(depth)
    bottom = max(depth.values()) + 1
    for c in ann.claims:
        depth.setdefault(c.id, bottom)
    return depth, linked


def graph(annotation: Annotation) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The argument map: ``(nodes, edges)`` with columns :data:`NODE_COLUMNS`, :data:`EDGE_COLUMNS`.

    Nodes are the conclusions, then the claims, in file order. Edges are the relations, then
    one support edge from each claim a conclusion rests on to the conclusion.
    """
    ann = annotation
    edges = [(r.source, r.target, r.type, "relation") for r in ann.relations]
    edges += [(c, k.id, "supports", "rests_on") for k in ann.conclusions for c in k.rests_on]
    depth, linked = _depths(ann, [(s, t) for s, t, _, _ in edges])
    rows = []
    for k in ann.conclusions:
        rows.append({"id": k.id, "kind": "conclusion", "type": "conclusion", "topics": list(k.topics),
                     "label": _label(k.id, k.gloss), "gloss": k.gloss, "quote": k.quote, "section": "conclusion",
                     "start": k.start, "end": k.end, "citations": [], "findings": list(k.findings), "depth": 0,
                     "linked": True})
    for c in ann.claims:
        rows.append({"id": c.id, "kind": "claim", "type": c.type, "topics": list(c.topics),
                     "label": _label(c.id, c.gloss), "gloss": c.gloss, "quote": c.quote, "section": c.section,
                     "start": c.start, "end": c.end, "citations": list(c.citations),
                     "findings": list(c.findings), "depth": depth[c.id], "linked": c.id in linked})
    nodes = pd.DataFrame(rows, columns=list(NODE_COLUMNS))
    for col in ("start", "end"):
        nodes[col] = nodes[col].astype("Int64")
    nodes["depth"] = nodes["depth"].astype(int)
    return nodes, pd.DataFrame(edges, columns=list(EDGE_COLUMNS))


CHAIN_COLUMNS = ("question", "question_gloss", "conclusion", "conclusion_gloss", "rests_on")
"""Columns of :func:`chain`."""


def chain(annotation: Annotation) -> pd.DataFrame:
    """Which conclusion answers which question: one row per (question, conclusion) pair, in file
    order; a question no conclusion answers has an empty ``conclusion``, a conclusion that answers
    no question an empty ``question``."""
    ann = annotation
    rows = []
    for q in ann.questions:
        ks = [k for k in ann.conclusions if q.id in k.answers]
        for k in ks or [None]:
            rows.append({"question": q.id, "question_gloss": q.gloss, "conclusion": k.id if k else None,
                         "conclusion_gloss": k.gloss if k else None, "rests_on": list(k.rests_on) if k else []})
    for k in ann.conclusions:
        if not k.answers:
            rows.append({"question": None, "question_gloss": None, "conclusion": k.id, "conclusion_gloss": k.gloss,
                         "rests_on": list(k.rests_on)})
    return pd.DataFrame(rows, columns=list(CHAIN_COLUMNS))


def _short(gloss: str, width: int = 60) -> str:
    g = " ".join(gloss.split())
    return g if len(g) <= width else g[: width - 1].rstrip(" ,;:.") + "…"


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def _text(x: float, y: float, s: str, side: str = "left", attrs: str = "") -> str:
    """An SVG text element of ``s`` (escaped) aligned to ``x`` on its ``side`` ("left": it begins at ``x``
    and runs right; "right": it ends at ``x``). A line mostly in Arabic reads right to left
    (``direction="rtl"``, its ellipsis and its «k3 · استنتاج» in Arabic order); the map itself is left to
    right (the root's ``direction``), whatever the page's: in the Arabic edition every label inherited
    the page's right-to-left direction, so each ran leftwards out of its box into the next one."""
    if len(_ARABIC_LETTER.findall(s)) > len(_LATIN_LETTER.findall(s)):
        anchor = ' text-anchor="end"' if side == "left" else ""
        return f'<text x="{x}" y="{y}" direction="rtl"{anchor}{attrs}>{escape(s)}</text>'
    anchor = ' text-anchor="end"' if side == "right" else ""
    return f'<text x="{x}" y="{y}"{anchor}{attrs}>{escape(s)}</text>'


def _arabic(s: str) -> bool:
    return len(_ARABIC_LETTER.findall(s)) > len(_LATIN_LETTER.findall(s))


def _label(nid: str, gloss: str) -> str:
    return f"{nid}: {_short(gloss)}"


# --------------------------------------------------------------------------- Argdown


def _oneline(s: str) -> str:
    return " ".join(s.split())


def to_argdown(annotation: Annotation) -> str:
    """The map in Argdown: a statement ``[id]: gloss #type`` per conclusion and claim, with the
    claims that support (``<+``) or attack (``<-``) it indented below; elaborations are given as
    comments (Argdown has no elaboration relation)."""
    ann = annotation
    lines = [f"// Argument reconstruction of {ann.work} ({ann.text}), generated by tahqiq", "",
             f"// Thesis: {_oneline(ann.thesis.gloss)}", ""]
    def incoming(target: str) -> None:
        for r in ann.relations:
            if r.target == target:
                lines.append({"supports": f"  <+ [{r.source}]", "attacks": f"  <- [{r.source}]",
                              "elaborates": f"  // elaborated by [{r.source}]"}[r.type])

    lines.append("// Conclusions")
    for k in ann.conclusions:
        tags = " ".join(f"#{t}" for t in ("conclusion", *k.topics))
        lines.append(f"[{k.id}]: {_oneline(k.gloss)} {tags}")
        for c in k.rests_on:
            lines.append(f"  <+ [{c}]")
        incoming(k.id)
        lines.append("")
    lines.append("// Claims")
    for c in ann.claims:
        tags = " ".join(f"#{t}" for t in (c.type, *c.topics))
        lines.append(f"[{c.id}]: {_oneline(c.gloss)} {tags}")
        incoming(c.id)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------------- AIF


def to_aif(annotation: Annotation) -> dict:
    """The map as AIF JSON (the AIFdb layout: ``nodes``, ``edges``, ``locutions``).

    Claims and conclusions are I-nodes (``text`` the English gloss, with the quote and offsets
    as extra keys); each support relation is an RA-node (``Default Inference``), each attack a
    CA-node (``Default Conflict``), each elaboration an MA-node (``Default Rephrase``); a
    conclusion's ``rests_on`` is one RA-node linking all its premises (a linked argument).
    """
    ann = annotation
    nodes: list[dict] = []
    edges: list[dict] = []

    def inode(item, kind: str, extra: dict) -> None:
        nodes.append({"nodeID": item.id, "text": _oneline(item.gloss), "type": "I", "kind": kind,
                      "quote": item.quote, "start": item.start, "end": item.end, **extra})

    def edge(a: str, b: str) -> None:
        edges.append({"edgeID": f"e{len(edges) + 1}", "fromID": a, "toID": b, "formEdgeID": None})

    for k in ann.conclusions:
        inode(k, "conclusion", {})
    for c in ann.claims:
        inode(c, "claim", {"claimType": c.type, "topics": list(c.topics), "citations": list(c.citations),
                           "findings": list(c.findings)})
    names = {"supports": ("RA", "Default Inference"), "attacks": ("CA", "Default Conflict"),
             "elaborates": ("MA", "Default Rephrase")}
    for i, r in enumerate(ann.relations, 1):
        typ, text = names[r.type]
        sid = f"{typ.lower()}{i}"
        nodes.append({"nodeID": sid, "text": text, "type": typ})
        edge(r.source, sid)
        edge(sid, r.target)
    for i, k in enumerate(ann.conclusions, 1):
        if not k.rests_on:
            continue
        sid = f"ra-{k.id}"
        nodes.append({"nodeID": sid, "text": "Default Inference", "type": "RA"})
        for c in k.rests_on:
            edge(c, sid)
        edge(sid, k.id)
    return {"nodes": nodes, "edges": edges, "locutions": [],
            "meta": {"work": ann.work, "text": ann.text, "generator": "tahqiq.argument.model"}}


# --------------------------------------------------------------------------- SVG

TYPE_COLOURS = {
    "conclusion": "#e0e0e0",
    "factual": "#d6e6f5",
    "causal": "#fde1c4",
    "evaluative": "#e7d9f0",
    "predictive": "#dcefd6",
    "normative": "#fff2b3",
}
EDGE_COLOURS = {"supports": "#2e7d32", "attacks": "#c62828", "elaborates": "#9e9e9e"}

# Three boxes a row: the map grows downward, not sideways, so that scaled to a page (or a phone)
# its labels stay readable.
_W, _H, _GAP_X, _GAP_Y, _MARGIN, _PER_ROW, _BAND_GAP = 190, 74, 24, 80, 20, 3, 24


def _layout(nodes: pd.DataFrame, edges: pd.DataFrame) -> tuple[dict[str, tuple[float, float]], list[tuple[int, float]]]:
    """Top-left corner of each node box, and the y of the rule below each band but the last.

    One band per depth, each wrapped into rows of :data:`_PER_ROW` boxes, every other row shifted by half a slot so that edges from below
    pass between the boxes; nodes within a band ordered by the mean position of the nodes they
    point to, then file order."""
    targets: dict[str, list[str]] = {}
    for s, t in zip(edges["source"], edges["target"]):
        targets.setdefault(s, []).append(t)
    order = {nid: i for i, nid in enumerate(nodes["id"])}
    pos: dict[str, tuple[float, float]] = {}
    bands: list[tuple[int, float]] = []
    slot = _W + _GAP_X
    per_row = _PER_ROW
    y = _MARGIN + 24
    for d in sorted(set(nodes["depth"])):
        ids = list(nodes["id"][nodes["depth"] == d])

        def bary(n: str) -> tuple[float, int]:
            ts = [pos[t][0] for t in targets.get(n, []) if t in pos]
            return (sum(ts) / len(ts) if ts else math.inf, order[n])

        ids.sort(key=bary)
        for k, r in enumerate(range(0, len(ids), per_row)):
            for j, n in enumerate(ids[r: r + per_row]):
                pos[n] = (_MARGIN + (k % 2) * slot / 2 + j * slot, y)
            y += _H + _GAP_Y
        bands.append((d, y - _GAP_Y / 2 + _BAND_GAP / 2))
        y += _BAND_GAP
    return pos, bands[:-1]


def _wrap(s: str, width: int, lines: int) -> list[str]:
    out = textwrap.wrap(" ".join(s.split()), width) or [""]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: width - 1].rstrip(" ,;:.") + "…"
    return out


def _edge(src: tuple[float, float], dst: tuple[float, float], typ: str, tip: str) -> str:
    """A curved edge from the top of the source box to the bottom of the target box (or, within
    one row, an arc over the row from top to top)."""
    (sx, sy), (tx, ty) = src, dst
    x1, x2 = sx + _W / 2, tx + _W / 2
    if sy > ty:
        y1, y2 = sy, ty + _H
        mid = (y1 + y2) / 2
        d = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{mid:.1f} {x2:.1f},{mid:.1f} {x2:.1f},{y2:.1f}"
    else:
        y1 = y2 = min(sy, ty)
        lift = min(_GAP_Y - 10, 20 + abs(x2 - x1) / 8)
        d = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{y1 - lift:.1f} {x2:.1f},{y2 - lift:.1f} {x2:.1f},{y2:.1f}"
    dash = ' stroke-dasharray="5,4"' if typ == "elaborates" else ""
    return (f'<path d="{d}" fill="none" stroke="{EDGE_COLOURS[typ]}" stroke-width="1.6"{dash} '
            f'marker-end="url(#arrow-{typ})"><title>{tip}</title></path>')


MAP_WORDS = {
    "title": "Argument map of {work}",
    "heading": "{work}: conclusions (top) and the claims they rest on",
    "depth": "below: claims at support depth {depth}",
    "unlinked": "below: claims not linked to any conclusion",
    "confirmed": "confirmed findings",
    "evidence": "cit {citations} · find {findings}",
    "legend": "Legend",
    "touched": "touched by a confirmed finding; cit/find = evidence counts",
}
"""The map's own words (English); a caller may give others (``svg_map(words=...)``), e.g. an
edition's, with the same keys and ``{names}``, and the claim types and relations by name."""


def svg_map(annotation: Annotation, confirmed_findings: set[str] | frozenset[str] = frozenset(),
            words: dict[str, str] | None = None) -> str:
    """The argument map as a self-contained SVG (no scripts, no external assets).

    Conclusions on top, claims below by depth of support; boxes coloured by claim type (legend at
    the bottom), labelled with the id and the shortened English gloss (full gloss as tooltip), and
    the evidence counts (citations, findings); support edges green, attacks red, elaborations grey
    and dashed; a claim linked to a finding in ``confirmed_findings`` gets a thick red outline.
    """
    nodes, edges = graph(annotation)
    pos, bands = _layout(nodes, edges)
    width = max(max(x for x, _ in pos.values()) + _W + _MARGIN, 760)
    body_h = max(y for _, y in pos.values()) + _H
    legend_y = body_h + 30
    height = legend_y + 70
    a = escape  # text content
    w = {**MAP_WORDS, **(words or {})}

    def name(key: str) -> str:  # a claim type or a relation in the caller's words
        return w.get(key, key)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="10.5" direction="ltr">',
        f"<title>{a(w['title'].format(work=annotation.work))}</title>",
        "<defs>",
    ]
    for t, col in EDGE_COLOURS.items():
        out.append(f'<marker id="arrow-{t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto-start-reverse">'
                   f'<path d="M0,0 L10,5 L0,10 z" fill="{col}"/></marker>')
    out.append("</defs>")
    out.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>')
    heading = w["heading"].format(work=annotation.work)
    out.append(_text(width - _MARGIN, _MARGIN + 6, heading, "right", ' font-size="13" font-weight="bold"') if _arabic(heading)
               else _text(_MARGIN, _MARGIN + 6, heading, "left", ' font-size="13" font-weight="bold"'))
    for d, y in bands:
        out.append(f'<line x1="{_MARGIN}" y1="{y:.1f}" x2="{width - _MARGIN}" y2="{y:.1f}" stroke="#e0e0e0"/>')
        below = nodes[nodes["depth"] == d + 1]
        label = w["depth"].format(depth=d + 1) if below["linked"].all() else w["unlinked"]
        out.append(_text(width - _MARGIN, f"{y + 11:.1f}", label, "right", ' font-size="9" fill="#9e9e9e"'))
    for s, t, typ in zip(edges["source"], edges["target"], edges["type"]):
        out.append(_edge(pos[s], pos[t], typ, a(f"{s} {name(typ)} {t}")))
    for n in nodes.itertuples(index=False):
        x, y = pos[n.id]
        hit = sorted(set(n.findings) & set(confirmed_findings))
        stroke, sw = ("#c62828", 4) if hit else (("#424242", 2) if n.kind == "conclusion" else ("#757575", 1))
        tip = f"{n.id} ({name(n.type)}): {_oneline(n.gloss)}" + (f" — {w['confirmed']}: {', '.join(hit)}" if hit else "")
        out.append(f'<g class="node {a(n.kind)}"><title>{a(tip)}</title>')
        out.append(f'<rect x="{x}" y="{y}" width="{_W}" height="{_H}" rx="6" fill="{TYPE_COLOURS[n.type]}" '
                   f'stroke="{stroke}" stroke-width="{sw}"/>')
        head = f"{n.id} · {name(n.type)}"
        # a box in Arabic reads from its right edge: its head there, its evidence counts on the left
        rtl = _arabic(head + " " + n.gloss)
        near, far = (x + _W - 6, "right") if rtl else (x + 6, "left")
        out.append(_text(near, y + 14, head, far, ' font-weight="bold"'))
        for i, line in enumerate(_wrap(n.gloss, 30, 3)):
            out.append(_text(near, y + 28 + 12 * i, line, far))
        if n.kind == "claim":
            ev = w["evidence"].format(citations=len(n.citations), findings=len(n.findings))
            out.append(_text(x + 6, y + 14, ev, "left", ' font-size="9" fill="#424242"') if rtl
                       else _text(x + _W - 6, y + 14, ev, "right", ' font-size="9" fill="#424242"'))
        out.append("</g>")
    # legend
    lx = _MARGIN
    out.append(_text(lx, legend_y, w["legend"], "left", ' font-weight="bold"'))
    for i, (t, col) in enumerate(TYPE_COLOURS.items()):
        x = lx + i * 110
        out.append(f'<rect x="{x}" y="{legend_y + 8}" width="14" height="14" fill="{col}" stroke="#757575"/>')
        out.append(_text(x + 18, legend_y + 19, name(t)))
    y2 = legend_y + 42
    for i, (t, col) in enumerate(EDGE_COLOURS.items()):
        x = lx + i * 110
        dash = ' stroke-dasharray="5,4"' if t == "elaborates" else ""
        out.append(f'<line x1="{x}" y1="{y2}" x2="{x + 24}" y2="{y2}" stroke="{col}" stroke-width="2"{dash}/>')
        out.append(_text(x + 28, y2 + 4, name(t)))
    x = lx + 3 * 110
    out.append(f'<rect x="{x}" y="{y2 - 7}" width="14" height="14" fill="#ffffff" stroke="#c62828" stroke-width="3"/>')
    out.append(_text(x + 20, y2 + 4, w["touched"]))
    out.append("</svg>")
    return "\n".join(out) + "\n"
