"""``auditapp forms ...``: check, template and convert."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from auditapp.core.canonical import form_hash
from auditapp.core.errors import FormError, Problem
from auditapp.core.forms import (
    CATALOGUE_FILE,
    is_catalogue_file,
    load_catalogue,
    load_form,
    shipped_forms_dir,
)
from auditapp.core.loaders.authoring import form_to_yaml, write_workbook
from auditapp.core.model import Catalogue

FORM_SUFFIXES = (".yaml", ".yml", ".xlsx")


def _expand(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    files: list[Path] = []
    problems: list[Problem] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.suffix.lower() in FORM_SUFFIXES))
        elif p.is_file():
            files.append(p)
        else:
            problems.append(Problem(str(p), "", "", "no such file or folder"))
    return files, problems


def _catalogue_for(
    path: Path, explicit: Path | None, cache: dict[Path, Catalogue | FormError]
) -> Catalogue:
    """The catalogue a form is checked against: --catalogue, the one beside it, or the shipped one.

    A broken catalogue is reported once, not once per form that cites it.
    """
    source = explicit or (path.parent / CATALOGUE_FILE)
    if not source.is_file() and explicit is None:
        source = shipped_forms_dir() / CATALOGUE_FILE
    source = source.resolve()
    if source not in cache:
        try:
            cache[source] = load_catalogue(source)
        except FormError as exc:
            cache[source] = exc
            raise
    found = cache[source]
    if isinstance(found, FormError):
        raise FormError(
            [Problem(str(path), "", "", f"not checked: its catalogue {source} is invalid")]
        )
    return found


def check(paths: list[Path], catalogue: Path | None) -> int:
    files, problems = _expand(paths)
    cache: dict[Path, Catalogue | FormError] = {}
    for path in files:
        try:
            if is_catalogue_file(path):
                cat = load_catalogue(path)
                print(f"ok  {path}: catalogue, {len(cat.clauses)} clauses")
                continue
            form = load_form(path, _catalogue_for(path, catalogue, cache))
        except FormError as exc:
            problems.extend(exc.problems)
            continue
        n = len(form.items())
        print(
            f"ok  {path}: {form.id} v{form.version}, {len(form.sections)} sections, "
            f"{n} items, hash {form_hash(form)[:12]}"
        )
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    if args.forms_command == "check":
        return check(args.paths, args.catalogue)
    if args.forms_command == "template":
        write_workbook(args.output)
        print(f"wrote {args.output}")
        return 0
    if args.forms_command == "convert":
        form = load_form(args.input, _catalogue_for(args.input, args.catalogue, {}))
        args.output.write_text(form_to_yaml(form), encoding="utf-8")
        print(f"wrote {args.output}: {form.id} v{form.version}, hash {form_hash(form)[:12]}")
        return 0
    return 2
