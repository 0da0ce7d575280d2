"""Builds the standards :class:`Catalogue` from a located tree."""

from __future__ import annotations

from auditapp.core.errors import FormError
from auditapp.core.loaders.reader import Reader
from auditapp.core.loaders.tree import Node
from auditapp.core.model import COMPARISONS, INDUSTRIES, UNITS, Catalogue, Clause, Measure

CLAUSE_ID = r"[A-Z]{2,4}-\d+(\.\d+)*"


def build_catalogue(root: Node, source: str) -> Catalogue:
    """The catalogue in ``root``; raises :class:`FormError` listing every problem."""
    r = Reader(source)
    top = r.mapping(root, "", required=("format", "clauses"))
    clauses: list[Clause] = []
    if top is not None:
        _check_format(r, top)
        seen: dict[str, str] = {}
        for i, node in enumerate(r.sequence(top.get("clauses"), "clauses", min_len=1)):
            path = f"clauses[{i + 1}]"
            clause = _clause(r, node, path)
            if clause is None:
                continue
            id_where = node.value["id"].where
            if clause.id in seen:
                r.error(
                    id_where,
                    f"{path}.id",
                    f"duplicate clause id '{clause.id}' (first at {seen[clause.id]})",
                )
                continue
            seen[clause.id] = id_where
            clauses.append(clause)
    if r.problems:
        raise FormError(r.problems)
    return Catalogue(tuple(clauses))


def _check_format(r: Reader, top: dict[str, Node]) -> None:
    node = top.get("format")
    if node is not None and node.value != 1:
        r.error(node.where, "format", f"expected format 1, got {node.value!r}")


def _clause(r: Reader, node: Node, path: str) -> Clause | None:
    f = r.mapping(
        node, path, required=("id", "industry", "title", "requirement"), optional=("measure",)
    )
    if f is None:
        return None
    cid = r.string(f.get("id"), f"{path}.id", pattern=CLAUSE_ID, what="a clause id like RST-1.2")
    industry = r.string(f.get("industry"), f"{path}.industry", choices=INDUSTRIES)
    title = r.text(f.get("title"), f"{path}.title")
    requirement = r.text(f.get("requirement"), f"{path}.requirement")
    measure = None
    if "measure" in f:
        mpath = f"{path}.measure"
        m = r.mapping(f["measure"], mpath, required=("metric", "unit", "limit", "comparison"))
        if m is not None:
            metric = r.string(
                m.get("metric"),
                f"{mpath}.metric",
                pattern=r"[a-z][a-z0-9_]*",
                what="a metric name in snake_case",
            )
            unit = r.string(m.get("unit"), f"{mpath}.unit", choices=UNITS)
            limit = r.number(m.get("limit"), f"{mpath}.limit")
            comparison = r.string(m.get("comparison"), f"{mpath}.comparison", choices=COMPARISONS)
            if metric and unit and limit is not None and comparison:
                measure = Measure(metric, unit, limit, comparison)
    if cid is None or industry is None or title is None or requirement is None:
        return None
    return Clause(cid, industry, title, requirement, measure)
