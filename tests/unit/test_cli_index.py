"""The command line builds only the feature parser a command names (cli.wanted_features); the
index it uses must agree with what each feature module registers, and a command line parses the
same with the partial parser as with the whole one."""

from __future__ import annotations

import argparse
import importlib

import pytest

from dancoso_desktop import cli


def _registered() -> tuple[dict[str, str], dict[str, str]]:
    commands: dict[str, str] = {}
    exports: dict[str, str] = {}
    for name in cli.FEATURES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        export_sub = sub.add_parser("export").add_subparsers(dest="what")
        importlib.import_module(f"dancoso_desktop.cli.{name}").register(sub, export_sub)
        commands.update({c: name for c in sub.choices if c != "export"})
        exports.update({c: name for c in export_sub.choices})
    return commands, exports


def test_the_index_names_the_module_that_registers_each_command() -> None:
    commands, exports = _registered()
    assert cli.COMMAND_INDEX == commands
    assert cli.EXPORT_INDEX == exports


@pytest.mark.parametrize("argv", [
    ["report", "new", "--year", "2026", "--kind", "6m", "--json"],
    ["--data-dir", "/tmp/x", "--lang", "en", "export", "report", "3", "--format", "package", "-o", "out"],
    ["--data-dir=/tmp/x", "export", "disclosures", "--year", "2026", "--format", "xlsx", "-o", "so.xlsx"],
    ["plan", "show", "--year", "2026"],
    ["village-rules", "list"],
    ["due", "--days", "30", "--json"],
])
def test_a_command_parses_the_same_with_its_feature_alone(argv: list[str]) -> None:
    wanted = cli.wanted_features(argv)
    assert len(wanted) == 1
    partial = vars(cli.build_parser(argv).parse_args(argv))
    whole = vars(cli.build_parser().parse_args(argv))
    assert partial.keys() == whole.keys()
    assert {k: v for k, v in partial.items() if k != "handler"} == {k: v for k, v in whole.items() if k != "handler"}
    assert getattr(partial["handler"], "__qualname__", None) == getattr(whole["handler"], "__qualname__", None)


@pytest.mark.parametrize("argv", [["--help"], ["nonsense"], ["export", "nonsense"], ["export"], ["-x"]])
def test_help_and_mistakes_get_the_whole_parser(argv: list[str]) -> None:
    assert cli.wanted_features(argv) == cli.FEATURES


def test_the_window_and_a_screenshot_need_no_feature() -> None:
    assert cli.wanted_features([]) == ()
    assert cli.wanted_features(["--lang", "en"]) == ()
    assert cli.wanted_features(["screenshot", "--page", "plan", "-o", "a.png"]) == ()


def test_a_usage_error_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["nonsense"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "village-rules" in err and "rollup" in err
