"""Shell completion: the values Tab offers (names, document ids) and newscli's own bash script.

Completion runs while a user waits at a prompt, so it never builds a large index: it asks the
on-disk cache when there is one, builds only a small corpus in memory, and otherwise offers nothing.
"""

from __future__ import annotations

import os

import typer

# A corpus with at most this many article files is small enough to index while the user waits.
SMALL_CORPUS_FILES = 50

# Typer's bash script splits the words itself and inserts "Vladimir Putin" unescaped. This one asks
# newscli for the line up to the cursor (the protocol of Typer's fish script, which keeps each value
# whole on its own line) and escapes each value for bash, or closes the quote the user opened.
BASH_SCRIPT = r"""
%(complete_func)s() {
    local IFS=$'\n' line="${COMP_LINE:0:COMP_POINT}" cur="${COMP_WORDS[COMP_CWORD]}" item
    local -a items
    items=( $(env %(autocomplete_var)s=complete_fish _TYPER_COMPLETE_FISH_ACTION=get-args \
                  _TYPER_COMPLETE_ARGS="$line" "$1" 2>/dev/null) )
    COMPREPLY=()
    for item in "${items[@]}"; do
        item="${item%%%%$'\t'*}"
        case "$cur" in
            \"*) COMPREPLY+=("\"$item\"") ;;
            \'*) COMPREPLY+=("'$item'") ;;
            *) COMPREPLY+=("$(printf '%%q' "$item")") ;;
        esac
    done
    return 0
}

complete -o default -F %(complete_func)s %(prog_name)s
"""


def use_newscli_bash_script() -> None:
    """Make `--show-completion bash` and `--install-completion bash` use BASH_SCRIPT."""
    from typer import _completion_shared

    _completion_shared._completion_scripts["bash"] = BASH_SCRIPT


def _corpus_for(ctx: typer.Context) -> str | None:
    """The corpus named so far on the command line (command or top level), else the default."""
    from newscli import corpus

    node: typer.Context | None = ctx
    while node is not None:
        value = node.params.get("corpus")
        if value:
            return value
        node = node.parent
    try:
        return corpus.resolve(None)
    except Exception:
        return None


def _values(ctx: typer.Context, what: str) -> list[str]:
    """Person names or document ids of the corpus, from the cache or a small in-memory build."""
    from newscli import corpus

    path = _corpus_for(ctx)
    if not path or path == corpus.STDIN:
        return []
    try:
        from newscli.index import Index

        cached = getattr(Index, "cached_values", None)
        if cached is not None:
            values = cached(path, what)
            if values is not None:
                return values
        if _article_files(path) > SMALL_CORPUS_FILES:
            return []
        index = Index.build(path)
    except Exception:
        return []
    if what == "documents":
        return [d.id for d in index.documents]
    return sorted({e.name for e in index.entities if e.kind == "person"})


def _article_files(path: str, stop: int = SMALL_CORPUS_FILES + 1) -> int:
    """How many article files `path` holds, counting no further than `stop`."""
    from newscli import corpus

    if not os.path.isdir(path):
        return 1
    count = 0
    for _folder, _dirs, files in os.walk(path):
        count += sum(f.lower().endswith(corpus.ARTICLE_SUFFIXES) for f in files)
        if count >= stop:
            break
    return count


def _matching(values: list[str], incomplete: str) -> list[str]:
    """Values that start with what was typed, in any case."""
    typed = incomplete.lstrip("\"'").lower()
    return [v for v in values if v.lower().startswith(typed)]


def complete_people(ctx: typer.Context, incomplete: str) -> list[str]:
    """Person names for `show`, `quotes --by`, `timeline --about`."""
    return _matching(_values(ctx, "people"), incomplete)


def complete_documents(ctx: typer.Context, incomplete: str) -> list[str]:
    """Document ids for `show` and `--doc`."""
    return _matching(_values(ctx, "documents"), incomplete)


def complete_targets(ctx: typer.Context, incomplete: str) -> list[str]:
    """What `show` takes: document ids, then person names."""
    return complete_documents(ctx, incomplete) + complete_people(ctx, incomplete)
