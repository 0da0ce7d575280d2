"""Spreading CPU-bound, pure-Python work over two processes where forking is safe.

Verifying a large import is pure Python (rebuilding rows, hashing, scoring) and holds the
GIL, so threads do not help. A forked child inherits the parsed workbook for free
(copy-on-write) and sends back only its results. Forking is used only in the main
thread of a process with no other Python thread (the command line, scripts); anywhere
else (the desktop app runs imports on a worker thread) the work runs in this process.
"""

from __future__ import annotations

import os
import pickle
import threading
import warnings
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 64  # below this, a fork costs more than it saves


def _fork_is_safe() -> bool:
    return (
        hasattr(os, "fork")
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def _fork() -> int | None:
    """os.fork(), or None where Python itself warns that forking here is unsafe."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)  # 3.12+: "multi-threaded"
        try:
            return os.fork()
        except (DeprecationWarning, OSError):
            return None


def run_on_two_cores(
    fn: Callable[[T], R],
    items: Sequence[T],
    consume: Callable[[int, list[R]], None],
    child_share: float = 0.5,
) -> None:
    """Compute ``fn`` over ``items`` and pass the results on in order, in two parts.

    ``consume(offset, results)`` is called first with this process's part (the first
    items), while a forked child still computes the rest, then with the child's part;
    so the caller can, say, store the first part while the child is still at work.
    ``fn`` must not touch open connections or files, and its results must pickle. If
    the child fails for any reason its part is computed again here, so an exception
    ``fn`` raises surfaces in this process as it would without a child.
    """
    split = len(items) - int(len(items) * child_share)
    if len(items) < MIN_ITEMS or not _fork_is_safe():
        consume(0, [fn(x) for x in items])
        return
    read_fd, write_fd = os.pipe()
    pid = _fork()
    if pid is None:
        os.close(read_fd)
        os.close(write_fd)
        consume(0, [fn(x) for x in items])
        return
    if pid == 0:  # the child: compute, send, and leave without running any cleanup
        code = 1
        try:
            os.close(read_fd)
            data = pickle.dumps([fn(x) for x in items[split:]], pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    src = os.fdopen(read_fd, "rb")
    try:
        consume(0, [fn(x) for x in items[:split]])
        data = src.read()
    finally:
        src.close()  # if this side raised, a child blocked on the pipe now fails and exits
        _, status = os.waitpid(pid, 0)
    consume(
        split, _child_results(data, status, len(items) - split) or [fn(x) for x in items[split:]]
    )


def _child_results(data: bytes, status: int, expected: int) -> list[Any] | None:
    if os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        results = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    return results if isinstance(results, list) and len(results) == expected else None
