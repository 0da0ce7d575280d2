"""Entry script of the frozen build: the ``serviceaudit`` executable runs the same
``auditapp.cli:main`` as the ``auditapp`` command of an installed package."""

import sys

from auditapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
