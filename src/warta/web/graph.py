"""The actor graph as inline SVG: actors on a circle, one arrow per (source, target) pair.

Drawn in Python so the served pages and the e-mailed report need no script and fetch nothing.
Events between the same two actors share an arrow whose label lists their types with counts.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

from warta.models import ActorRef, Event
from warta.web.links import Links

WIDTH, NODE_RADIUS = 800, 9
NAME_ROOM = 190  # beside the ellipse, for the names written outward from the nodes
ROW = 30  # vertical room per actor: the drawing grows with the cast
BEND = 26  # how far an arrow bows to its left, so A→B and B→A never cover each other
LABEL_CHARS = 20  # longer names are cut on the drawing; the full name is in the node's title


@dataclass(frozen=True)
class Node:
    key: str
    name: str
    entity: str | None
    x: float
    y: float


def actor_key(actor: ActorRef) -> str:
    return actor.entity or actor.name or actor.description or "?"


def actor_graph(events: list[Event], links: Links, prefix: str) -> Markup:
    """An SVG of who acted on whom; empty markup when no event has a target."""
    pairs = [(e.source, e.target, e.type) for e in events if e.target is not None]
    if not pairs:
        return Markup("")
    actors = _unique([actor for source, target, _ in pairs for actor in (source, target)])
    height = max(420, ROW * len(actors))
    nodes = _layout(actors, height)
    edges: dict[tuple[str, str], Counter[str]] = {}
    for source, target, kind in pairs:
        edges.setdefault((actor_key(source), actor_key(target)), Counter())[kind] += 1
    parts = [_header(prefix, len(nodes), len(pairs), height)]
    parts += [_edge(nodes[s], nodes[t], kinds, prefix) for (s, t), kinds in edges.items()]
    parts += [_node(node, links, height) for node in nodes.values()]
    return Markup("".join(parts) + "</svg>")


def _unique(actors: list[ActorRef]) -> dict[str, ActorRef]:
    unique: dict[str, ActorRef] = {}
    for actor in actors:
        unique.setdefault(actor_key(actor), actor)
    return unique


def _layout(unique: dict[str, ActorRef], height: int) -> dict[str, Node]:
    count = len(unique)
    # An ellipse leaves room at the sides for the names written outward from the nodes.
    across, down = (WIDTH / 2 - NAME_ROOM, height / 2 - 50) if count > 1 else (0, 0)
    nodes = {}
    step = _stride(count)
    for i, (key, actor) in enumerate(unique.items()):
        angle = 2 * math.pi * ((i * step) % count) / count - math.pi / 2
        name = actor.name or actor.description or key
        nodes[key] = Node(key, name, actor.entity, WIDTH / 2 + across * math.cos(angle),
                          height / 2 + down * math.sin(angle))
    return nodes


def _stride(count: int) -> int:
    """Seat actors met one after the other (usually linked) apart, so arrows cross the open middle
    instead of running along the rim under the names."""
    if count < 5:
        return 1
    return next(s for s in range(round(count / 2.6), count) if math.gcd(s, count) == 1)


def _header(prefix: str, nodes: int, events: int, height: int) -> str:
    ident = escape(prefix)
    return (f'<svg class="actor-graph" viewBox="0 0 {WIDTH} {height}" role="img" '
            f'aria-labelledby="{ident}-title" xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{ident}-title">{nodes} actors, {events} events</title>'
            f'<defs><marker id="{ident}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
            f'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/>'
            f"</marker></defs>")


def _edge(source: Node, target: Node, kinds: Counter[str], prefix: str) -> str:
    label = ", ".join(f"{kind}×{n}" if n > 1 else kind for kind, n in sorted(kinds.items()))
    if source.key == target.key:
        x, y = source.x, source.y
        path = f"M{x:.1f},{y - NODE_RADIUS:.1f} c 30,-40 50,10 {NODE_RADIUS + 1},{NODE_RADIUS}"
        lx, ly = x + 30, y - 30
    else:
        (x1, y1), (x2, y2) = _shorten(source, target)
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        cx, cy = (x1 + x2) / 2 + BEND * (y2 - y1) / length, (y1 + y2) / 2 - BEND * (x2 - x1) / length
        path = f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"
        lx, ly = (x1 + 2 * cx + x2) / 4, (y1 + 2 * cy + y2) / 4 + 4  # the curve's midpoint
    title = f"{source.name} → {target.name}: {label}"
    return (f'<g class="edge"><title>{escape(title)}</title>'
            f'<path d="{path}" marker-end="url(#{escape(prefix)}-arrow)"/>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle">{escape(label)}</text></g>')


def _shorten(source: Node, target: Node) -> tuple[tuple[float, float], tuple[float, float]]:
    """The segment between the two circles' rims, so arrowheads are not hidden under the nodes."""
    dx, dy = target.x - source.x, target.y - source.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    gap = NODE_RADIUS + 2
    return (source.x + ux * gap, source.y + uy * gap), (target.x - ux * gap, target.y - uy * gap)


def _node(node: Node, links: Links, height: int) -> str:
    anchor = "end" if node.x < WIDTH / 2 - 1 else "start" if node.x > WIDTH / 2 + 1 else "middle"
    dx = -14 if anchor == "end" else 14 if anchor == "start" else 0
    dy = 4 if anchor != "middle" else (-14 if node.y < height / 2 else 24)
    circle = f'<circle cx="{node.x:.1f}" cy="{node.y:.1f}" r="{NODE_RADIUS}"/>'
    text = (f'<text x="{node.x + dx:.1f}" y="{node.y + dy:.1f}" text-anchor="{anchor}">'
            f"{escape(_short(node.name))}</text>")
    inner = f'<g class="node"><title>{escape(node.name)}</title>{circle}{text}</g>'
    if node.entity is None:
        return inner
    return f'<a href="{escape(links.entity(node.entity))}">{inner}</a>'


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1].rstrip() + "…"
