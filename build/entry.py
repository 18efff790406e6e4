"""The frozen app's entry point: the same command line as `halal-key-wizard`."""

import sys

from wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
