"""The README's configuration table lists every setting with its real default."""

from rag.settings import settings_table
from tests.conftest import REPO


def test_every_setting_is_documented_with_its_default():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, default, _ in settings_table():
        shown = f"`{default}`" if default else "(unset)"
        assert f"| `{name}` | {shown} |" in readme, name


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make test" in (REPO / "README.md").read_text(encoding="utf-8")
