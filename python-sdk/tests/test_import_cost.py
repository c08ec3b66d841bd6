"""Building a client imports only what it needs (issue 16: "a client in milliseconds").

Each check runs in a fresh interpreter: the modules that ``import paycrypt`` plus
``PayCrypt(...)`` load *on top of* ``import httpx, pydantic`` (which any httpx +
pydantic program pays anyway) must contain nothing from the deny-list. No timing
here (noise); ``make bench`` measures the milliseconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

# What a client that has been built but not used yet has no business importing.
DENY = (
    "asyncio",  # only AsyncPayCrypt sleeps on an event loop
    "anyio",  # httpcore's async backends, loaded with the HTTP pool
    "httpcore",  # the pool itself: made on the first call, not at construction
    "certifi",  # the CA bundle, loaded with the pool
    "click",  # a command line (httpx's, or ours) is never a dependency of a client
    "email.parser",  # Retry-After dates are parsed when a server sends one
    "email.utils",
    "uuid",  # Idempotency-Key: the first POST
    "inspect",  # awaitable on_retry callbacks: the first async retry
    "aiohttp",  # the async transport: the first AsyncPayCrypt call
    "yarl",
    "subprocess",
    "concurrent.futures",
    "paycrypt.cli",
    "paycrypt.resources",  # resource groups: first attribute access
    "paycrypt.types",  # the generated models: the first call that returns one
    "paycrypt._pagination",
)

PROBE = textwrap.dedent(
    """
    import json, sys
    {block}
    import httpx, pydantic
    before = set(sys.modules)
    import paycrypt
    client = paycrypt.{cls}("pk_test_demo", "sk_test_demo", base_url="http://127.0.0.1:9")
    print(json.dumps(sorted(set(sys.modules) - before)))
    """
)

# Simulates `pip install paycrypt` without httpx's CLI extras (click, rich, pygments):
# then `import httpx` itself imports less, so the baseline is the one a user really has.
BLOCK_CLI = textwrap.dedent(
    """
    class _NoCli:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in ("click", "rich", "pygments"):
                raise ImportError(name)
    sys.meta_path.insert(0, _NoCli())
    """
)


def added_modules(cls: str, *, block_cli: bool) -> list[str]:
    code = PROBE.format(cls=cls, block=BLOCK_CLI if block_cli else "")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


def denied(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == d or m.startswith(d + ".") for d in DENY)]


@pytest.mark.parametrize("block_cli", [False, True], ids=["this-venv", "without-httpx-cli-deps"])
@pytest.mark.parametrize("cls", ["PayCrypt", "AsyncPayCrypt"])
def test_building_a_client_imports_nothing_on_the_deny_list(cls: str, block_cli: bool) -> None:
    added = added_modules(cls, block_cli=block_cli)
    assert any(m.startswith("paycrypt.") for m in added), added  # the probe really built a client
    assert denied(added) == [], f"{cls}(...) imported {denied(added)}"


def test_the_probe_catches_a_module_on_the_deny_list() -> None:
    # The check itself can fail: a client that has made its pool has imported httpcore.
    code = PROBE.format(cls="PayCrypt", block="").replace("print(", "client._http\nprint(")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "httpcore" in denied(json.loads(out.stdout))


def test_the_command_line_does_not_need_click() -> None:
    code = BLOCK_CLI.join(
        ("import sys\n", "from paycrypt.cli import main\nraise SystemExit(main(['--help']))")
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "usage" in out.stdout.lower()


def test_a_model_imports_only_the_models_it_refers_to() -> None:
    # The first payments.retrieve needs Payment (and Metadata, which it refers to), not
    # the other 60-odd generated classes: each costs about a millisecond to create.
    code = (
        "import json, sys\n"
        "from paycrypt.types import Payment\n"
        "assert Payment.model_fields['metadata']\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('paycrypt.types._generated.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [
        "paycrypt.types._generated.metadata",
        "paycrypt.types._generated.metadata_additional_property",
        "paycrypt.types._generated.payment",
    ]
