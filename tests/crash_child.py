"""Child process for the crash test: records answers forever, acknowledging each save."""

from __future__ import annotations

import sys
from pathlib import Path

from auditapp.core.records import Auditor, Site
from auditapp.store import Store
from tests.scoring_forms import worked_form


def main(data_dir: str, start: int) -> None:
    store = Store(Path(data_dir))
    digest = store.forms.install(worked_form())
    store.sites.upsert_many([Site("SH-01", "静安店", "East", "restaurant")])
    audits = store.audits.list()
    audit = audits[0] if audits else store.audits.create(digest, "SH-01", Auditor("Li"))
    print(f"audit {audit.id}", flush=True)
    i = start
    while True:
        store.audits.set_answer(audit.id, "notes", str(i), "Li")
        store.audits.set_answer(audit.id, "wait", str(i % 30), "Li")
        if i % 7 == 0:
            store.audits.set_comment(audit.id, "greet", f"comment {i}", "Li")
        print(f"saved {i}", flush=True)
        i += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
