"""`python -m cli.llm_server`: the pin it names is the one `make test` installs, and a missing model file is
refused before anything loads (the real server is exercised by tests/integration/test_llm.py)."""

import re

import pytest

from cli.llm_server import XLLAMACPP, main
from tests.conftest import REPO


def test_the_pin_is_the_one_make_installs_and_the_docs_name():
    pins = re.findall(r"^XLLAMACPP := (\S+)$", (REPO / "Makefile").read_text(encoding="utf-8"), re.MULTILINE)
    assert pins == [XLLAMACPP]
    assert XLLAMACPP in (REPO / "README.md").read_text(encoding="utf-8")


def test_a_missing_model_file_is_an_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main([str(tmp_path / "none.gguf")])
    assert exc.value.code == 2 and "no model file" in capsys.readouterr().err
