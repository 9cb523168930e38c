"""``python -m newsparse``: the same command line as ``newsparse``."""
from .cli import main

if __name__ == "__main__":
    main()
