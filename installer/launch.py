"""The bundle's entry point: PyInstaller needs a script, the application is a package."""

import sys

from commission.app import main

if __name__ == "__main__":
    sys.exit(main())
