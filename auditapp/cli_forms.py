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
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in FORM_SUFFIXES)
            if not found:
                problems.append(
                    Problem(str(p), "", "", "no form files (.yaml, .yml, .xlsx) in this folder")
                )
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            problems.append(Problem(str(p), "", "", "no such file or folder"))
    return files, problems


class _Catalogues:
    """Catalogues by resolved path, each loaded (and its problems reported) once."""

    def __init__(self, explicit: Path | None, problems: list[Problem]) -> None:
        self.explicit = explicit
        self.problems = problems
        self.loaded: dict[Path, Catalogue | None] = {}

    def load(self, path: Path) -> Catalogue | None:
        key = path.resolve()
        if key not in self.loaded:
            try:
                self.loaded[key] = load_catalogue(path)
            except FormError as exc:
                self.loaded[key] = None
                self.problems.extend(exc.problems)
        return self.loaded[key]

    def for_form(self, form_path: Path) -> tuple[Path, Catalogue | None]:
        """The catalogue a form is checked against: --catalogue, the one beside it, or the shipped one."""
        source = self.explicit or (form_path.parent / CATALOGUE_FILE)
        if self.explicit is None and not source.is_file():
            source = shipped_forms_dir() / CATALOGUE_FILE
        return source, self.load(source)


def _looks_like_catalogue(path: Path) -> bool:
    if path.suffix.lower() not in (".yaml", ".yml"):
        return False
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:4096]
    except OSError:
        return False
    return "\nclauses:" in "\n" + head and "\nsections:" not in "\n" + head


def check(paths: list[Path], catalogue: Path | None) -> int:
    files, problems = _expand(paths)
    catalogues = _Catalogues(catalogue, problems)
    for path in files:
        if is_catalogue_file(path) or _looks_like_catalogue(path):
            cat = catalogues.load(path)
            if cat is not None:
                print(f"ok  {path}: catalogue, {len(cat.clauses)} clauses")
            continue
        source, cat = catalogues.for_form(path)
        if cat is None:
            problems.append(
                Problem(str(path), "", "", f"not checked: its catalogue {source} is invalid")
            )
            continue
        try:
            form = load_form(path, cat)
        except FormError as exc:
            problems.extend(exc.problems)
            continue
        print(
            f"ok  {path}: {form.id} v{form.version}, {len(form.sections)} sections, "
            f"{len(form.items())} items, hash {form_hash(form)[:12]}"
        )
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    return 0


def convert(source: Path, output: Path, catalogue: Path | None) -> int:
    """YAML -> workbook or workbook -> YAML (by the output's suffix); the hash must survive."""
    problems: list[Problem] = []
    cats = _Catalogues(catalogue, problems)
    cat_path, cat = cats.for_form(source)
    if cat is None:
        raise FormError(problems)
    form = load_form(source, cat)
    if output.suffix.lower() == ".xlsx":
        write_workbook(output, form)
    elif output.suffix.lower() in (".yaml", ".yml"):
        output.write_text(form_to_yaml(form), encoding="utf-8")
    else:
        raise FormError(
            [Problem(str(output), "", "", "the output must end in .yaml, .yml or .xlsx")]
        )
    written = load_form(output, cat)
    if form_hash(written) != form_hash(form):
        print(
            f"warning: {output} does not reproduce the source exactly (hash "
            f"{form_hash(written)[:12]} instead of {form_hash(form)[:12]}); check numbers with "
            "more than 15 significant digits",
            file=sys.stderr,
        )
        return 1
    print(f"wrote {output}: {form.id} v{form.version}, hash {form_hash(written)[:12]}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.forms_command == "check":
        return check(args.paths, args.catalogue)
    if args.forms_command == "template":
        write_workbook(args.output)
        print(f"wrote {args.output}")
        return 0
    if args.forms_command == "convert":
        return convert(args.input, args.output, args.catalogue)
    return 2
