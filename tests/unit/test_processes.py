"""Child server processes: waited for until ready, reported with their log when they fail, always stopped."""

import sys

import pytest

from service.processes import running, wait_ready


def test_a_process_that_ends_while_starting_is_reported_with_its_log(tmp_path):
    log = tmp_path / "server.log"
    cmd = [sys.executable, "-c", "print('cannot open the index: permission denied'); raise SystemExit(3)"]
    with running(cmd, log) as proc, pytest.raises(RuntimeError) as failed:
        wait_ready(proc, lambda: False, "the test server", log, timeout=30)
    message = str(failed.value)
    assert "the test server exited with 3" in message
    assert "cannot open the index: permission denied" in message


def test_waits_until_the_probe_passes_and_stops_the_process_after(tmp_path):
    log, flag = tmp_path / "server.log", tmp_path / "ready"
    cmd = [sys.executable, "-c", f"import time, pathlib; time.sleep(0.3); pathlib.Path({str(flag)!r}).touch(); "
           "time.sleep(600)"]
    with running(cmd, log, stop_timeout=5) as proc:
        waited = wait_ready(proc, flag.exists, "the test server", log, timeout=30, interval=0.05)
        assert waited >= 0.2 and proc.poll() is None
    assert proc.poll() is not None  # stopped when the block ended


def test_a_server_that_never_gets_ready_times_out_naming_it(tmp_path):
    log = tmp_path / "server.log"
    with running([sys.executable, "-c", "import time; time.sleep(600)"], log, stop_timeout=5) as proc, \
            pytest.raises(RuntimeError, match="the test server not ready after 1 s"):
        wait_ready(proc, lambda: 1 / 0, "the test server", log, timeout=1, interval=0.1)
