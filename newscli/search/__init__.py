"""Full-text search over passages: query language (query.py), words as indexed (words.py), and the
engine that ranks, expands names and fuzzy words, and finds highlights (engine.py)."""
