"""`python -m newscli` runs the same entry point as the `newscli` script."""

from newscli.cli import main

if __name__ == "__main__":
    main()
