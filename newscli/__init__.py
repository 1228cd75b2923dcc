"""newscli: a command-line fact and entity browser for news articles."""

__version__ = "0.1.0"
