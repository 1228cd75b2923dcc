"""`newscli timeline` in-process: date order, filters, formats, the terminal view and exit statuses."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.conftest import ROOT, SEED_ID


def timeline(cli, *args: str) -> list[dict]:
    result = cli("timeline", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_the_seed_timeline_in_date_order_with_sentences(cli):
    events = timeline(cli)
    got = {(e["date"], e["expression"]) for e in events}
    assert {("1945", "the end of World War II"), ("1948", "1948"), ("2000", "2000")} <= got
    assert ("2024-06-18", "Tuesday") in got
    starts = [e["date"] for e in events if e["date"]]
    assert starts.index("19") < starts.index("1945") < starts.index("1948") < starts.index("2000")
    founded = next(e for e in events if e["date"] == "1948")
    assert "founded in 1948" in founded["sentence"]
    assert founded["anchor"] == "absolute" and founded["precision"] == "year"
    tuesday = next(e for e in events if e["expression"] == "Tuesday")
    assert tuesday["anchor"] == "published date" and "touched down" in tuesday["sentence"]


def test_every_record_points_at_its_words(cli):
    text = json.loads(cli("show", SEED_ID, "--format", "json").stdout)["text"]
    for e in timeline(cli):
        assert text[e["start"] : e["end"]] == e["expression"]
        assert text[e["sentence_start"] : e["sentence_end"]] == e["sentence"]
        assert set(e) >= {
            "date",
            "precision",
            "expression",
            "anchor",
            "sentence",
            "people",
            "doc",
            "start",
            "end",
        }


def test_repeated_lead_text_is_shown_once_unless_asked(cli):
    default = timeline(cli)
    everything = timeline(cli, "--repeats")
    assert len(everything) == len(default) + 1
    assert next(e for e in everything if e["repeat"])["expression"] == "Tuesday"
    assert not any(e["repeat"] for e in default)


def test_from_and_to_take_partial_dates(cli):
    events = timeline(cli, "--from", "1946", "--to", "2000-06")
    assert [e["date"] for e in events] == ["19", "1922/1991", "1948", "2000"]  # overlapping the range
    recent = [e for e in timeline(cli) if e["date"] and e["date"][:10] >= "2024-06-18"]
    assert timeline(cli, "--from", "2024-06-18") == recent


def test_about_finds_the_person_despite_typos(cli):
    events = timeline(cli, "--about", "vladmir putin")
    assert events and all("Vladimir Putin" in e["people"] for e in events)
    assert "2000" in [e["date"] for e in events]


def test_about_a_name_close_to_several_people_says_which(cli):
    result = cli("timeline", "--about", "Kim")
    assert result.exit_code == 1 and result.stdout == ""
    assert "Kim Jong Un" in result.stderr and "Kim Jong Il" in result.stderr


def test_a_persons_events_for_profiles():
    from newscli.index import Index
    from newscli.queries.timeline import person_events

    events = person_events(Index.build(str(ROOT / "seeds")), "Josef Stalin")
    assert [(e["date"], e["expression"]) for e in events] == [
        ("1922/1991", "the Soviet-era"),
        ("1948", "1948"),
    ]


def test_doc_and_limit(cli):
    assert len(timeline(cli, "--doc", SEED_ID, "--limit", "2")) == 2
    unknown = cli("timeline", "--doc", SEED_ID[:-1] + "x")
    assert unknown.exit_code == 1 and SEED_ID in unknown.stderr


def test_nothing_in_range_exits_1_with_empty_stdout(cli):
    result = cli("timeline", "--from", "2100")
    assert result.exit_code == 1 and result.stdout == ""


def test_a_bad_date_exits_2(cli):
    result = cli("timeline", "--to", "June")
    assert result.exit_code == 2
    assert "--to 'June' is not a date" in result.stderr


def test_tsv_columns_for_cut(cli):
    lines = cli("timeline").stdout.splitlines()
    assert lines[0] == "date\tprecision\texpression\tanchor\tpeople\tdoc\tstart\tend\tsentence"
    assert any(line.startswith("1948\tyear\t1948\tabsolute\t") for line in lines)


def test_terminal_view_groups_by_year_and_shows_the_sentence(cli):
    out = re.sub(r"\x1b\[[0-9;]*m", "", cli("timeline", tty=True, width=100).stdout)
    assert "\t" not in out
    lines = [line.rstrip() for line in out.splitlines()]
    assert "1945" in lines and "1948" in lines and "2024" in lines
    assert lines.index("1945") < lines.index("1948") < lines.index("2024")
    at = lines.index("1948")
    assert "1948" in lines[at + 1] and "absolute" in lines[at + 1]
    assert lines[at + 2].strip().startswith("North Korea, officially known")


def test_config_periods_reach_the_timeline(cli, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Belfast\n\nMany died during the Troubles in Belfast.\n", encoding="utf-8"
    )
    (tmp_path / "newscli.yaml").write_text(
        "periods:\n  - name: the Troubles\n    start: 1968\n    end: 1998\n", encoding="utf-8"
    )
    (event,) = timeline(cli, "--corpus", str(tmp_path))
    assert (event["expression"], event["date"], event["anchor"]) == (
        "the Troubles",
        "1968/1998",
        "period table",
    )
    (tmp_path / "newscli.yaml").write_text("periods:\n  - name: Broken\n", encoding="utf-8")
    broken = cli("timeline", "--corpus", str(tmp_path))
    assert broken.exit_code == 2 and "periods entry 1" in broken.stderr


def test_a_weekday_without_a_published_date_is_flagged_not_guessed(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nThe talks ended on Friday.\n", encoding="utf-8")
    (event,) = timeline(cli, "--corpus", str(tmp_path))
    assert (event["date"], event["anchor"]) == (None, "unresolved")


def test_help_has_a_summary_and_examples():
    result = subprocess.run(
        [sys.executable, "-m", "newscli", "timeline", "--help"], capture_output=True, text=True, check=True
    )
    assert "date order" in result.stdout and "--from" in result.stdout
    assert "| jq" in result.stdout and "| cut" in result.stdout
