"""examples/monitoring's operations kit: crontab, systemd units, the month-start script, and
``paycrypt monitoring setup`` against local stand-ins for UptimeRobot and Pingdom."""

from __future__ import annotations

import configparser
import contextlib
import csv
import http.server
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, parse_qsl, quote_plus

import pytest

from paycrypt.cli import main
from paycrypt.cli._main import build_parser

import paycrypt_mock.testing as paycrypt_mock_testing

from ._serve import serving

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[3]
KIT = ROOT / "examples" / "monitoring"
UNITS = KIT / "systemd"
BIN = Path(sys.executable).parent  # where the `paycrypt` entry point is installed

# What examples/monitoring/README.md promises: job -> (cron schedule, OnCalendar, command head).
JOBS = {
    "health": ("*/5 * * * *", "*:0/5", ["health"]),
    "usage-alerts": ("7 * * * *", "*-*-* *:07:00", ["admin", "check-usage-alerts"]),
    "month-report": ("0 6 1 * *", "*-*-01 06:00:00 UTC", None),  # the script
}
FIELD_RANGES = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    with paycrypt_mock_testing.running_mock() as m:
        yield m


# --- crontab ---------------------------------------------------------------------------------------


def cron_entries() -> list[tuple[list[str], str]]:
    entries = []
    for line in (KIT / "crontab").read_text().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split(None, 5)
        entries.append((parts[:5], parts[5]))
    return entries


def valid_field(text: str, low: int, high: int) -> bool:
    for item in text.split(","):
        match = re.fullmatch(r"(\*|(\d+)(?:-(\d+))?)(?:/(\d+))?", item)
        if not match:
            return False
        numbers = [int(n) for n in match.groups()[1:3] if n is not None]
        if any(not low <= n <= high for n in numbers) or (
            match[4] is not None and int(match[4]) < 1
        ):
            return False
    return True


def paycrypt_commands(command: str) -> list[list[str]]:
    """Every ``paycrypt …`` invocation in a shell command line, as argv lists."""
    found = []
    for part in re.split(r"&&|\|\||;", command):
        words = shlex.split(part.split(">")[0])
        if words and words[0] == "paycrypt":
            found.append(words[1:])
    return found


def test_crontab_lines_have_five_valid_fields_and_real_commands() -> None:
    entries = cron_entries()
    assert [" ".join(fields) for fields, _ in entries] == [job[0] for job in JOBS.values()]
    parser = build_parser()
    for fields, command in entries:
        assert all(
            valid_field(f, lo, hi) for f, (lo, hi) in zip(fields, FIELD_RANGES, strict=False)
        ), fields
        assert "%" not in command, "cron turns % into a newline"
        for argv in paycrypt_commands(command):
            parser.parse_args(argv)  # exits 2 (SystemExit) if the CLI has no such command or option
    heads = [
        argv[: len(job[2])]
        for (_, command), job in zip(entries, JOBS.values(), strict=False)
        if job[2]
        for argv in paycrypt_commands(command)
    ]
    assert heads == [job[2] for job in JOBS.values() if job[2]]
    assert "month-start-report.sh" in entries[2][1]


# --- systemd -----------------------------------------------------------------------------------------


def unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=True, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text())
    return parser


def test_each_timer_has_its_service_and_the_documented_schedule() -> None:
    timers = sorted(UNITS.glob("*.timer"))
    services = sorted(UNITS.glob("*.service"))
    assert (
        [t.stem for t in timers]
        == [s.stem for s in services]
        == sorted(f"paycrypt-{job}" for job in JOBS)
    )
    parser = build_parser()
    readme = (KIT / "README.md").read_text()
    for job, (_, calendar, head) in JOBS.items():
        timer = unit(UNITS / f"paycrypt-{job}.timer")
        service = unit(UNITS / f"paycrypt-{job}.service")
        assert timer["Timer"]["OnCalendar"] == calendar and f"`{calendar}`" in readme
        assert timer["Timer"]["Unit"] == f"paycrypt-{job}.service"
        assert timer["Install"]["WantedBy"] == "timers.target"
        assert service["Service"]["Type"] == "oneshot"
        assert service["Service"]["EnvironmentFile"] == "/etc/paycrypt.env"
        exec_start = shlex.split(service["Service"]["ExecStart"])
        if head is None:
            assert exec_start == ["/usr/local/lib/paycrypt/month-start-report.sh"]
        else:
            assert (
                exec_start[0] == "/usr/local/bin/paycrypt" and exec_start[1 : 1 + len(head)] == head
            )
            parser.parse_args(exec_start[1:])


def test_systemd_analyze_verify_accepts_the_units(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze is missing: apt-get install systemd (listed in .ci/run)"
    # The units name installed paths; verify checks executables exist, so point them at this checkout.
    for path in [*UNITS.glob("*.service"), *UNITS.glob("*.timer")]:
        text = (
            path.read_text()
            .replace("/usr/local/bin/paycrypt", str(BIN / "paycrypt"))
            .replace(
                "/usr/local/lib/paycrypt/month-start-report.sh", str(KIT / "month-start-report.sh")
            )
        )
        (tmp_path / path.name).write_text(text)
    names = sorted(str(p) for p in tmp_path.iterdir())
    result = subprocess.run([analyze, "verify", *names], capture_output=True, text=True, timeout=60)
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "paycrypt-" in line or "ExecStart" in line or "OnCalendar" in line
    ]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr
    for calendar in (job[1] for job in JOBS.values()):
        assert (
            subprocess.run(
                [analyze, "calendar", calendar], capture_output=True, timeout=30
            ).returncode
            == 0
        )
    # and it does catch a broken unit
    (tmp_path / "paycrypt-health.timer").write_text("[Timer]\nOnCalendar=every tuesday-ish\n")
    broken = subprocess.run(
        [analyze, "verify", str(tmp_path / "paycrypt-health.timer")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert broken.returncode != 0 or "Failed to parse" in broken.stderr


# --- the jobs, run against the mock -------------------------------------------------------------------


def job_env(mock: Any, **extra: str) -> dict[str, str]:
    return dict(
        os.environ,
        PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        PAYCRYPT_BASE_URL=mock.base_url,
        PAYCRYPT_API_KEY="pk_test_admin",
        PAYCRYPT_API_SECRET="sk_test_admin",
        COLUMNS="100",
        **extra,
    )


def test_month_start_report_writes_last_months_csv(mock: Any, tmp_path: Path) -> None:
    from datetime import datetime, timedelta, timezone

    first = datetime.now(timezone.utc).replace(day=1)
    last_month = (first - timedelta(days=1)).strftime("%Y-%m")
    result = subprocess.run(
        [str(KIT / "month-start-report.sh")],
        env=job_env(mock, PAYCRYPT_REPORT_DIR=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = tmp_path / f"usage-{last_month}.csv"
    assert f"wrote {report}" in result.stdout and f"usage report {last_month}" in result.stdout
    rows = list(csv.DictReader(io.StringIO(report.read_text())))
    assert {"Demo Store", "PayCrypt Admin"} <= {r["name"] for r in rows}
    assert list(rows[0]) == [
        "client_id",
        "name",
        "usage_percentage",
        "alerts",
        "current_volume",
        "fees",
        "net_volume",
        "max_volume",
        "package",
        "payments_count",
    ]
    assert not list(tmp_path.glob("*.tmp"))


def test_cron_alert_check_command_runs(mock: Any) -> None:
    command = cron_entries()[1][1].replace(". /etc/paycrypt.env && ", "").split(" || ")[0]
    result = subprocess.run(
        ["sh", "-c", command.replace(">/dev/null", "")],
        env=job_env(mock),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["checked_clients"] >= 2


# --- monitoring setup against stand-ins ------------------------------------------------------------------


class StandIn(http.server.BaseHTTPRequestHandler):
    """Answers like UptimeRobot v2 / Pingdom 3.1, and records what it got."""

    received: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        StandIn.received.append({"path": self.path, "headers": dict(self.headers), "body": body})
        if self.path == "/v2/newMonitor":
            form = {k: v[0] for k, v in parse_qs(body.decode(), strict_parsing=True).items()}
            ok = (
                self.headers["Content-Type"] == "application/x-www-form-urlencoded"
                and form.get("api_key") == "u-test-key"
                and form.get("type") == "2"
                and {"friendly_name", "url", "keyword_type", "keyword_value", "interval"}
                <= set(form)
            )
            answer: dict[str, Any] = (
                {"stat": "ok", "monitor": {"id": 777810874, "status": 1}}
                if ok
                else {"stat": "fail", "error": {"type": "invalid_parameter", "message": "bad"}}
            )
            self._send(200, answer)
        elif self.path == "/api/3.1/checks":
            if self.headers.get("Authorization") != "Bearer pd-test-token":
                self._send(
                    401,
                    {
                        "error": {
                            "statuscode": 401,
                            "statusdesc": "Unauthorized",
                            "errormessage": "Invalid token",
                        }
                    },
                )
                return
            check = json.loads(body)
            ok = (
                self.headers["Content-Type"] == "application/json"
                and check.get("type") == "http"
                and {"name", "host", "url", "shouldcontain", "resolution"} <= set(check)
                and check["resolution"] in (1, 5, 15, 30, 60)
            )
            self._send(
                200 if ok else 400,
                {"check": {"id": 85975, "name": check.get("name")}}
                if ok
                else {"error": {"statuscode": 400, "errormessage": "bad check"}},
            )
        else:
            self._send(404, {"error": "no such method"})

    def _send(self, status: int, answer: dict[str, Any]) -> None:
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def stand_in() -> Iterator[str]:
    StandIn.received = []
    with serving(StandIn) as url:
        yield url


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def example(name: str) -> dict[str, Any]:
    data = json.loads((KIT / name).read_text())
    data.pop("_comment")
    return data


def test_uptimerobot_setup_sends_the_documented_form(
    stand_in: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UPTIMEROBOT_API_KEY", "u-test-key")
    code, out, err = cli(
        "monitoring",
        "setup",
        "uptimerobot",
        "--url",
        "https://api.paycrypt.example/health",
        "--api-base",
        stand_in,
    )
    assert code == 0, err
    assert out.startswith("created uptimerobot monitor 777810874")
    (request,) = StandIn.received
    form = {k: v[0] for k, v in parse_qs(request["body"].decode()).items()}
    assert form.pop("api_key") == "u-test-key" and form.pop("format") == "json"
    assert form == {
        k: str(v) for k, v in example("uptimerobot.json").items()
    }  # the example file is what is sent
    assert "u-test-key" not in out + err


def test_pingdom_setup_sends_the_documented_json(stand_in: str) -> None:
    code, out, err = cli(
        "monitoring",
        "setup",
        "pingdom",
        "--url",
        "https://api.paycrypt.example/health",
        "--token",
        "pd-test-token",
        "--api-base",
        stand_in,
        "--format",
        "json",
    )
    assert code == 0, err
    assert json.loads(out)["id"] == "85975"
    (request,) = StandIn.received
    assert request["path"] == "/api/3.1/checks"
    assert json.loads(request["body"]) == example("pingdom.json")
    assert "pd-test-token" not in out + err


def test_refusals_are_one_line_without_the_credential(stand_in: str) -> None:
    code, out, err = cli(
        "monitoring",
        "setup",
        "pingdom",
        "--url",
        "https://x.example/health",
        "--token",
        "pd-wrong-token",
        "--api-base",
        stand_in,
    )
    assert (
        code == 1
        and err.startswith("error: pingdom refused the monitor (401)")
        and "pd-wrong-token" not in err
    )
    code, out, err = cli(
        "monitoring",
        "setup",
        "uptimerobot",
        "--url",
        "https://x.example/health",
        "--token",
        "u-wrong",
        "--api-base",
        stand_in,
    )
    assert code == 1 and "invalid_parameter" in err and "u-wrong" not in err
    code, _, err = cli(
        "monitoring",
        "setup",
        "uptimerobot",
        "--url",
        "https://x.example/health",
        "--api-base",
        f"http://127.0.0.1:{paycrypt_mock_testing.free_port()}",
        "--token",
        "t",
    )
    assert code == 1 and err.startswith("error: cannot reach uptimerobot")


def test_dry_run_prints_the_request_redacted_and_sends_nothing(
    stand_in: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("UPTIMEROBOT_API_KEY", raising=False)
    code, out, _ = cli(
        "monitoring",
        "setup",
        "uptimerobot",
        "--url",
        "https://api.paycrypt.example/health",
        "--token",
        "u-secret",
        "--api-base",
        stand_in,
        "--dry-run",
        "--format",
        "json",
    )
    assert code == 0 and StandIn.received == [] and "u-secret" not in out
    shown = json.loads(out)["request"]
    assert shown["url"] == f"{stand_in}/v2/newMonitor" and shown["body"]["api_key"] == "***"
    code, out, _ = cli(
        "monitoring",
        "setup",
        "pingdom",
        "--url",
        "https://api.paycrypt.example/health",
        "--token",
        "pd-secret",
        "--dry-run",
    )
    assert code == 0 and "POST https://api.pingdom.com/api/3.1/checks" in out
    assert "Authorization: Bearer ***" in out and "pd-secret" not in out
    code, _, err = cli("monitoring", "setup", "uptimerobot", "--url", "https://x.example/health")
    assert code == 2 and "UPTIMEROBOT_API_KEY" in err  # no credential, not a dry run


class Canned(http.server.BaseHTTPRequestHandler):
    """Answers every POST with ``Canned.answer`` (status, body bytes), whatever was asked."""

    answer: tuple[int, bytes] = (200, b"{}")

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        status, body = Canned.answer
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def canned() -> Iterator[str]:
    with serving(Canned) as url:
        yield url


# A 2xx answer that names no monitor is not a monitor created.
NO_MONITOR_ID = {
    "uptimerobot stat ok, no monitor": ("uptimerobot", b'{"stat": "ok"}'),
    "uptimerobot monitor without id": ("uptimerobot", b'{"stat": "ok", "monitor": {"status": 1}}'),
    "uptimerobot monitor null": ("uptimerobot", b'{"stat": "ok", "monitor": null}'),
    "uptimerobot monitor a list": ("uptimerobot", b'{"stat": "ok", "monitor": [1]}'),
    "uptimerobot id null": ("uptimerobot", b'{"stat": "ok", "monitor": {"id": null}}'),
    "uptimerobot id empty": ("uptimerobot", b'{"stat": "ok", "monitor": {"id": ""}}'),
    "uptimerobot id true": ("uptimerobot", b'{"stat": "ok", "monitor": {"id": true}}'),
    "uptimerobot a JSON list": ("uptimerobot", b'[{"stat": "ok"}]'),
    "uptimerobot not JSON": ("uptimerobot", b"OK"),
    "uptimerobot empty body": ("uptimerobot", b""),
    "pingdom no check": ("pingdom", b"{}"),
    "pingdom check without id": ("pingdom", b'{"check": {"name": "x"}}'),
    "pingdom id null": ("pingdom", b'{"check": {"id": null}}'),
    "pingdom id an object": ("pingdom", b'{"check": {"id": {"n": 1}}}'),
    "pingdom a JSON string": ("pingdom", b'"created"'),
}


@pytest.mark.parametrize("provider,body", NO_MONITOR_ID.values(), ids=NO_MONITOR_ID.keys())
def test_an_answer_without_a_monitor_id_is_a_failure(
    canned: str, provider: str, body: bytes
) -> None:
    Canned.answer = (200, body)
    code, out, err = cli(
        "monitoring", "setup", provider, "--url", "https://x.example/health",
        "--token", "tok-s3cret-value", "--api-base", canned,
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.startswith(f"error: {provider} answered 200 but named no monitor id"), err
    assert err.count("\n") == 1 and "tok-s3cret-value" not in err


def test_a_monitor_id_is_accepted_as_a_number_or_a_string(canned: str) -> None:
    for body, shown in (
        (b'{"stat":"ok","monitor":{"id":"m-12"}}', "m-12"),
        (b'{"stat":"ok","monitor":{"id":7}}', "7"),
    ):
        Canned.answer = (200, body)
        code, out, err = cli(
            "monitoring", "setup", "uptimerobot", "--url", "https://x.example/health",
            "--token", "t", "--api-base", canned,
        )  # fmt: skip
        assert code == 0 and out.startswith(f"created uptimerobot monitor {shown}:"), err


def test_a_refusal_never_echoes_the_credential_in_any_encoding(canned: str) -> None:
    token = "u-key/with+special&chars é"
    # UptimeRobot echoes what it was given, as JSON (é as \u00e9) and as the form sent (%2F, +).
    body = json.dumps(
        {"stat": "fail", "error": {"passed_value": token, "form": "api_key=" + quote_plus(token)}}
    )
    Canned.answer = (200, body.encode())
    code, out, err = cli(
        "monitoring", "setup", "uptimerobot", "--url", "https://x.example/health",
        "--token", token, "--api-base", canned,
    )  # fmt: skip
    assert code == 1 and err.startswith("error: uptimerobot refused the monitor (200)")
    for form in (token, quote_plus(token), json.dumps(token)[1:-1], "with+special"):
        assert form not in err, form


@pytest.mark.parametrize("provider", ["uptimerobot", "pingdom"])
def test_a_credential_with_a_line_break_is_refused_without_showing_it(
    canned: str, provider: str
) -> None:
    # A token read with $(cat file) from a file saved on Windows ends in \r: http.client refused
    # the header with an error quoting it, and the CLI printed that.
    code, out, err = cli(
        "monitoring", "setup", provider, "--url", "https://x.example/health",
        "--token", "supersecrettoken123\r", "--api-base", canned,
    )  # fmt: skip
    assert code == 2 and out == "" and "supersecrettoken123" not in err
    assert "control character" in err and err.count("\n") == 1, err


def test_an_answer_nested_past_the_parsers_depth_is_a_failure_not_a_traceback(canned: str) -> None:
    Canned.answer = (200, b"[" * 100_000)
    code, out, err = cli(
        "monitoring", "setup", "uptimerobot", "--url", "https://x.example/health",
        "--token", "t-value", "--api-base", canned,
    )  # fmt: skip
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.startswith("error: uptimerobot answered 200 but named no monitor id"), err


@pytest.mark.parametrize("provider", ["uptimerobot", "pingdom"])
def test_dry_run_is_the_request_sent_with_only_the_credential_masked(
    stand_in: str, provider: str
) -> None:
    token = {"uptimerobot": "u-test-key", "pingdom": "pd-test-token"}[provider]
    argv = ["monitoring", "setup", provider, "--url", "https://api.paycrypt.example/health"]
    argv += ["--token", token, "--api-base", stand_in]
    _, out, _ = cli(*argv, "--dry-run", "--format", "json")
    shown = json.loads(out)["request"]
    _, text, _ = cli(*argv, "--dry-run")
    assert StandIn.received == []
    assert cli(*argv)[0] == 0
    (sent,) = StandIn.received
    # What was sent, with the credential replaced by *** (form-encoded where it is in a form).
    body = sent["body"].decode().replace(quote_plus(token), quote_plus("***"))
    headers = {name: value.replace(token, "***") for name, value in sent["headers"].items()}
    assert (shown["method"], shown["url"]) == ("POST", stand_in + sent["path"])
    if provider == "uptimerobot":
        assert shown["body"] == dict(parse_qsl(body, strict_parsing=True))
    else:
        assert shown["body"] == json.loads(body)
    lines = text.splitlines()
    assert lines[0] == f"dry run: would send POST {stand_in}{sent['path']}"
    assert lines[-2] == body  # the exact bytes, credential masked
    assert shown["headers"] == {name: headers[name] for name in shown["headers"]}
    assert "User-Agent" in shown["headers"] and "Content-Type" in shown["headers"]
    assert token not in out + text
