"""``python -m rasad``: the same command line as ``rasad``."""

from .cli import main

if __name__ == "__main__":
    main()
