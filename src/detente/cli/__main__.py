"""``python -m detente.cli``."""

import sys

from detente.cli import main

sys.exit(main())
