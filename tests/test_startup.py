"""Start-up stays fast: importing the CLI loads no Rich, rapidfuzz or YAML."""

from __future__ import annotations

import subprocess
import sys


def test_cli_import_loads_no_heavy_modules():
    code = (
        "import sys, newscli.cli; "
        "print(','.join(m for m in ('rich', 'rapidfuzz', 'yaml', 'pydantic') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_cli_import_loads_no_extractor_or_store():
    code = (
        "import sys, newscli.cli; "
        "print(','.join(m for m in sys.modules if m.startswith(('newscli.extract', 'newscli.store', "
        "'newscli.queries', 'newscli.search', 'newscli.build'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
