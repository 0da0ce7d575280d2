"""Printing benchmark figures next to their same-run baseline."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def seconds_to_first_line(
    cmd: Sequence[str], cwd: Path, expected: str, env: dict[str, str] | None = None
) -> float:
    """Seconds from starting ``cmd`` to its first line of output, which must start with
    ``expected``; the process then runs to its end (its teardown is not part of the
    figure) and must exit 0."""
    t0 = time.perf_counter()
    with subprocess.Popen(
        list(cmd), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        shown = time.perf_counter() - t0
        out, err = proc.communicate(timeout=120)
    assert line.startswith(expected) and proc.returncode == 0, line + out + err
    return shown


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def show(
    name: str, value_ms: float, baseline_name: str, baseline_ms: float, target_ms: float
) -> None:
    ratio = value_ms / baseline_ms if baseline_ms else float("inf")
    verdict = "OK" if value_ms <= target_ms else "OVER TARGET"
    print(
        f"\nBENCH {name}: {value_ms:.2f} ms | baseline ({baseline_name}): {baseline_ms:.2f} ms"
        f" | ratio {ratio:.2f}x | target <= {target_ms:g} ms | {verdict}"
    )
