"""`make release-check`: rehearse a release against local registries, end to end.

1. Every package's version is openapi.yaml's ``info.version`` (versions.py).
2. Build the wheel and sdist of ``paycrypt`` and ``paycrypt-mock`` (each wheel
   built from its sdist, ``twine check --strict``) and the npm tarball.
3. Start pypiserver and Verdaccio on loopback; ``twine upload`` the four
   Python files, ``npm publish`` the tarball.
4. ``pip install paycrypt-mock`` by name into a fresh virtualenv: it must not
   pull in the SDK, must carry the spec, and ``paycrypt-mock`` must serve the
   API, its dashboard and the API reference (/docs). That sandbox serves the next steps.
5. ``pip install paycrypt`` by name into another fresh virtualenv and run the
   Python README's quickstarts (sync and async) as written.
6. ``npm install paycrypt`` by name into an empty project and run the Node
   README's quickstart as ESM and as CommonJS.

Every install is checked to have come from the local registry. Everything
started is stopped and the work folder removed, on failure and Ctrl-C too;
the first failing step is named and the exit status is 1.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VENV_BIN = Path(sys.executable).parent
RUNTIME_LOCK = ROOT / "contract-tests" / "requirements-runtime.lock"
SANDBOX_URL = "http://127.0.0.1:8787"

sys.path.insert(0, str(HERE))
import versions  # noqa: E402


class StepFailed(Exception):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(*args: object, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    command = [str(a) for a in args]
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise StepFailed(
            f"`{' '.join(command)}` exited {result.returncode}:\n{result.stdout}{result.stderr}"
        )
    return result.stdout


@contextmanager
def server(
    name: str,
    command: list[str],
    ready: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Iterator[None]:
    """Start `command`, wait until GET `ready` answers 200 (30 s), stop it afterwards."""
    log = tempfile.TemporaryFile("w+")  # noqa: SIM115 — closed with the server
    proc = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 30
        while not answers(ready):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                state = (
                    f"exited {proc.returncode}"
                    if proc.poll() is not None
                    else f"did not answer {ready} within 30 s"
                )
                raise StepFailed(f"{name} {state}:\n{log.read()[-3000:]}")
            time.sleep(0.2)
        yield
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def pip_env() -> dict[str, str]:
    """The machine's pip configuration (extra indexes, find-links) must not offer packages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") or k == "PIP_CERT"}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_DISABLE_PIP_VERSION_CHECK="1")
    return env


def fresh_venv(path: Path) -> Path:
    run(VENV_BIN / "uv", "venv", "--quiet", "--seed", "--python", sys.executable, path)
    return path / "bin"


def pip_install_by_name(bin_dir: Path, index: str, requirement: str, work: Path) -> dict[str, str]:
    """pip-install `requirement` from `index` (dependencies pinned by the runtime lock); name → download URL."""
    report = work / f"pip-report-{bin_dir.parent.name}.json"
    run(
        bin_dir / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--index-url",
        f"{index}/simple/",
        "-c",
        RUNTIME_LOCK,
        "--report",
        report,
        requirement,
        env=pip_env(),
    )
    installed = json.loads(report.read_text())["install"]
    return {item["metadata"]["name"].lower(): item["download_info"]["url"] for item in installed}


def readme_blocks(path: Path, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


class ReleaseCheck:
    def __init__(self, work: Path, stack: ExitStack) -> None:
        self.work = work
        self.stack = stack
        self.version = versions.spec_version()
        self.dist = work / "dist"
        self.npm_dist = work / "npm"

    def step(self, title: str) -> None:
        print(f"release-check: {title}", flush=True)

    def check_versions(self) -> None:
        self.step(f"versions: every package at openapi.yaml's {self.version}")
        problems = versions.mismatches()
        if problems:
            raise StepFailed("version mismatch:\n  " + "\n  ".join(problems))

    def build(self) -> None:
        self.step("build: wheels and sdists (twine check --strict), npm tarball")
        for project in ("python-sdk", "contract-tests/mock_gateway"):
            run(
                sys.executable,
                "-m",
                "build",
                "--no-isolation",
                "--outdir",
                self.dist,
                ROOT / project,
            )
        files = sorted(p.name for p in self.dist.iterdir())
        expected = sorted(
            [
                f"paycrypt-{self.version}.tar.gz",
                f"paycrypt-{self.version}-py3-none-any.whl",
                f"paycrypt_mock-{self.version}.tar.gz",
                f"paycrypt_mock-{self.version}-py3-none-any.whl",
            ]
        )
        if files != expected:
            raise StepFailed(f"built {files}, expected {expected}")
        run(VENV_BIN / "twine", "check", "--strict", *sorted(self.dist.iterdir()))
        self.npm_dist.mkdir()
        # --ignore-scripts: no prepack rebuild; `make release-check` has just built js-sdk/dist (js-build).
        run(
            "npm",
            "pack",
            "--silent",
            "--ignore-scripts",
            "--pack-destination",
            self.npm_dist,
            cwd=ROOT / "js-sdk",
        )
        if [p.name for p in self.npm_dist.iterdir()] != [f"paycrypt-{self.version}.tgz"]:
            raise StepFailed(f"npm pack made {list(self.npm_dist.iterdir())}")

    def start_pypi(self) -> str:
        port = free_port()
        (self.work / "pypi").mkdir()
        # `-a . -P .`: no authentication (loopback only); missing packages redirect to PyPI (the SDK's dependencies).
        command = [
            str(VENV_BIN / "pypi-server"),
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "-a",
            ".",
            "-P",
            ".",
            str(self.work / "pypi"),
        ]
        url = f"http://127.0.0.1:{port}"
        self.stack.enter_context(server("pypiserver", command, f"{url}/health"))
        return url

    def start_verdaccio(self) -> str:
        port = free_port()
        config = self.work / "verdaccio.yaml"
        # No uplinks: a package is found here or nowhere.
        config.write_text(
            "storage: ./verdaccio-storage\n"
            "auth:\n  htpasswd:\n    file: ./htpasswd\n"
            "packages:\n  '**':\n    access: $all\n    publish: $authenticated\n"
            "web:\n  enable: false\n"
            "log: { type: stdout, format: pretty, level: error }\n",
            encoding="utf-8",
        )
        command = [
            "node",
            str(HERE / "node_modules" / "verdaccio" / "bin" / "verdaccio"),
            "--config",
            str(config),
            "--listen",
            f"127.0.0.1:{port}",
        ]
        url = f"http://127.0.0.1:{port}"
        self.stack.enter_context(server("verdaccio", command, f"{url}/-/ping"))
        return url

    def publish(self, pypi: str, npm: str) -> Path:
        self.step(f"publish: twine upload to pypiserver ({pypi}), npm publish to Verdaccio ({npm})")
        run(
            VENV_BIN / "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            f"{pypi}/",
            "-u",
            "release-check",
            "-p",
            "release-check",
            *sorted(self.dist.iterdir()),
        )
        # A throwaway user on the throwaway registry (as `npm adduser` does); its token publishes.
        body = json.dumps({"name": "release-check", "password": "release-check"}).encode()
        request = urllib.request.Request(
            f"{npm}/-/user/org.couchdb.user:release-check",
            data=body,
            method="PUT",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            token = json.load(response)["token"]
        npmrc = self.work / "npmrc"
        npmrc.write_text(
            f"registry={npm}/\n//{npm.split('//', 1)[1]}/:_authToken={token}\n", encoding="utf-8"
        )
        run(
            "npm",
            "publish",
            "--userconfig",
            npmrc,
            "--cache",
            self.work / "npm-cache",
            self.npm_dist / f"paycrypt-{self.version}.tgz",
        )
        return npmrc

    def install_mock(self, pypi: str) -> str:
        self.step("pip install paycrypt-mock (by name, fresh virtualenv); start paycrypt-mock")
        bin_dir = fresh_venv(self.work / "venv-mock")
        urls = pip_install_by_name(bin_dir, pypi, f"paycrypt-mock=={self.version}", self.work)
        if not urls.get("paycrypt-mock", "").startswith(pypi):
            raise StepFailed(f"paycrypt-mock came from {urls.get('paycrypt-mock')}, not {pypi}")
        if "paycrypt" in urls:
            raise StepFailed(
                f"paycrypt-mock pulled in the SDK (paycrypt from {urls['paycrypt']}); it must not depend on it"
            )
        probe = (
            "import importlib.util, paycrypt_mock.app as app; "
            "print(importlib.util.find_spec('paycrypt') is None, app.default_spec_path())"
        )
        no_sdk, spec = run(bin_dir / "python", "-c", probe, cwd=self.work).split()
        if no_sdk != "True" or not spec.startswith(str(self.work / "venv-mock")):
            raise StepFailed(
                f"installed mock: SDK absent={no_sdk}, spec at {spec} (expected inside the package)"
            )
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        command = [
            str(bin_dir / "paycrypt-mock"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--db",
            ":memory:",
        ]
        self.stack.enter_context(server("paycrypt-mock", command, f"{url}/health", cwd=self.work))
        for page in ("dashboard", "docs"):
            with urllib.request.urlopen(f"{url}/{page}", timeout=10) as response:
                if response.status != 200 or b"<html" not in response.read().lower():
                    raise StepFailed(f"paycrypt-mock's /{page} did not serve its page")
        return url

    def python_quickstarts(self, pypi: str, mock: str) -> None:
        self.step(
            "pip install paycrypt (by name, fresh virtualenv); the README quickstarts, sync and async"
        )
        bin_dir = fresh_venv(self.work / "venv-sdk")
        urls = pip_install_by_name(bin_dir, pypi, f"paycrypt=={self.version}", self.work)
        if not urls.get("paycrypt", "").startswith(pypi):
            raise StepFailed(f"paycrypt came from {urls.get('paycrypt')}, not {pypi}")
        blocks = readme_blocks(ROOT / "python-sdk" / "README.md", "python")[:2]
        for name, block in zip(("sync", "async"), blocks, strict=False):
            if f'"{SANDBOX_URL}"' not in block:
                raise StepFailed(
                    f"the Python README's {name} quickstart does not use {SANDBOX_URL}"
                )
            out = run(bin_dir / "python", "-c", block.replace(SANDBOX_URL, mock), cwd=self.work)
            if "pay_" not in out or "confirmed" not in out:
                raise StepFailed(f"the {name} quickstart printed:\n{out}")

    def node_quickstarts(self, npmrc: Path, mock: str) -> None:
        self.step(
            "npm install paycrypt (by name, empty project); the README quickstart as ESM and CommonJS"
        )
        app = self.work / "node-app"
        app.mkdir()
        (app / "package.json").write_text(
            '{"name": "release-check-app", "private": true}\n', encoding="utf-8"
        )
        run(
            "npm",
            "install",
            "--no-audit",
            "--no-fund",
            "--userconfig",
            npmrc,
            "--cache",
            self.work / "npm-cache",
            f"paycrypt@{self.version}",
            cwd=app,
        )
        lock = json.loads((app / "package-lock.json").read_text())
        resolved = lock["packages"]["node_modules/paycrypt"]["resolved"]
        registry = npmrc.read_text().split("\n", 1)[0].split("=", 1)[1]
        if not resolved.startswith(registry):
            raise StepFailed(f"paycrypt resolved from {resolved}, not {registry}")
        readme = (ROOT / "js-sdk" / "README.md").read_text(encoding="utf-8")
        esm = readme.split("## Quickstart", 1)[1].split("```js\n", 1)[1].split("```", 1)[0]
        if f"'{SANDBOX_URL}'" not in esm or "import { PayCrypt } from 'paycrypt';" not in esm:
            raise StepFailed("the Node README's quickstart is not the ESM block this check expects")
        esm = esm.replace(SANDBOX_URL, mock)
        # The README: "CommonJS works the same: const { PayCrypt } = require('paycrypt');"
        cjs = esm.replace(
            "import { PayCrypt } from 'paycrypt';",
            "const { PayCrypt } = require('paycrypt');\n(async () => {",
        )
        cjs += "})().catch((error) => { console.error(error); process.exit(1); });\n"
        for name, source in (("quickstart.mjs", esm), ("quickstart.cjs", cjs)):
            (app / name).write_text(source, encoding="utf-8")
            out = run("node", name, cwd=app).splitlines()
            if len(out) < 3 or not out[0].startswith("pay_") or out[1] != "confirmed":
                raise StepFailed(f"{name} printed:\n" + "\n".join(out))


def main() -> int:
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="paycrypt-release-check-"))
    check = None
    try:
        with ExitStack() as stack:
            check = ReleaseCheck(work, stack)
            check.check_versions()
            check.build()
            check.step("start pypiserver and Verdaccio on loopback")
            pypi, npm = check.start_pypi(), check.start_verdaccio()
            npmrc = check.publish(pypi, npm)
            mock = check.install_mock(pypi)
            check.python_quickstarts(pypi, mock)
            check.node_quickstarts(npmrc, mock)
            check.step("stop everything")
    except StepFailed as exc:
        print(f"release-check FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"release-check: OK, {check.version} published and installed by name in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
