"""``python -m paycrypt.cli``."""

import sys

from . import main

sys.exit(main())
