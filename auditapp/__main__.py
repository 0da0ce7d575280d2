import sys

from auditapp.cli import main

sys.exit(main())
