"""Build the API reference (one static HTML file) from openapi.yaml: ``make docs``.

    python contract-tests/docs/build_docs.py           # write the committed page
    python contract-tests/docs/build_docs.py --check   # fail if it differs from what the spec gives

The page is Redocly's ``build-docs`` (Redoc, pinned in contract-tests/package.json) run on a copy of
the spec with three things added at build time, never written into openapi.yaml:

- ``x-codeSamples`` per operation (Python, Node.js, curl), from :mod:`code_samples`;
- two sections at the top, "Request signing" and "Webhooks", as ``x-traitTag`` tags whose text is
  the spec's own (the ``PayCryptSignature`` scheme, the webhooks' descriptions), so it is said once;
- nothing else: the output is byte-for-byte a function of openapi.yaml and the Redocly version.

``--inlineBundle`` puts Redoc itself in the page (no CDN). Redoc's sidebar logo is the one thing
it still loads from the network (cdn.redoc.ly); its URL is replaced by an empty data: URL here, and the mock
serves the page with a Content-Security-Policy that lets nothing leave the origin anyway.

The result is package data of the mock (``paycrypt_mock/docs/index.html``), served at ``/docs``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from code_samples import samples_for  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.yaml"
CONTRACT_TESTS = ROOT / "contract-tests"
OUTPUT = CONTRACT_TESTS / "mock_gateway" / "src" / "paycrypt_mock" / "docs" / "index.html"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Redoc's "API docs by Redocly" logo, fetched from its CDN at run time. `data:,` is no image: the
# logo's onError handler hides it, and nothing is fetched.
CDN_LOGOS = (
    "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
    "https://cdn.redoc.ly/redoc/logo-mini.svg",
)
SIGNING_TAG = "Request signing"
WEBHOOKS_TAG = "Webhooks"


def decorate(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec with the code samples and the two sections added."""
    spec = copy.deepcopy(spec)
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                item[method]["x-codeSamples"] = samples_for(spec, path, method, item[method], item)

    signing = spec["components"]["securitySchemes"]["PayCryptSignature"]["description"]
    webhooks = [
        (name, post) for name, hook in spec.get("webhooks", {}).items() for post in [hook["post"]]
    ]
    listing = "\n".join(
        f"- **{post['summary']}** (`{name}`): {post['description'].split(chr(10))[0]}"
        for name, post in webhooks
    )
    first = webhooks[0][1]["description"].split("\n\n", 1)[1] if webhooks else ""
    sections = [
        {
            "name": SIGNING_TAG,
            "x-traitTag": True,
            "description": "Every request except `GET /health` carries four headers signed with the API secret. "
            "The SDKs do this for you; each operation's curl sample shows it by hand.\n\n"
            + signing,
        },
        {
            "name": WEBHOOKS_TAG,
            "x-traitTag": True,
            "description": "PayCrypt tells your server about changes with signed `POST` requests:\n\n"
            f"{listing}\n\n{first}",
        },
    ]
    spec["tags"] = sections + spec.get("tags", [])
    return spec


def build() -> bytes:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="paycrypt-docs-") as tmp:
        bundled = Path(tmp) / "openapi.json"
        bundled.write_text(
            json.dumps(decorate(spec), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        out = Path(tmp) / "index.html"
        env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
        result = subprocess.run(
            [
                "npx",
                "--no-install",
                "redocly",
                "build-docs",
                str(bundled),
                "--inlineBundle",
                "-o",
                str(out),
                "--openapi.hideDownloadButtons",
            ],
            cwd=CONTRACT_TESTS,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not out.is_file():
            sys.exit(f"redocly build-docs failed:\n{result.stdout}\n{result.stderr}")
        html = out.read_text(encoding="utf-8")
    for logo in CDN_LOGOS:
        if logo not in html:  # a Redoc upgrade moved it: look again at what the page loads
            sys.exit(
                f"build_docs: {logo} is no longer in Redoc's page; re-check it loads nothing remote"
            )
        html = html.replace(logo, "data:,")
    return html.encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="fail if the committed page is out of date"
    )
    args = parser.parse_args()
    html = build()
    if args.check:
        if not OUTPUT.is_file() or OUTPUT.read_bytes() != html:
            sys.exit(
                f"{OUTPUT.relative_to(ROOT)} is out of date with openapi.yaml: run `make docs` and commit it"
            )
        print(f"{OUTPUT.relative_to(ROOT)} is up to date")
        return
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(html)
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(html) // 1024} KiB)")


if __name__ == "__main__":
    main()
