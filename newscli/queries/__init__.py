"""Query functions, one module per area: pure, from an Index to records (plain dicts) for any renderer."""
