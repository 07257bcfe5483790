"""``python -m cleaner``: the ``clean`` command, for when the console script is not on PATH."""

import sys

from cleaner.cli import main

sys.exit(main())
