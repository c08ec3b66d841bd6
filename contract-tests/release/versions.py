"""One version for everything released: openapi.yaml's ``info.version``.

The Python SDK, the Node SDK and the mock gateway carry the version of the
spec they were generated from and checked against. ``--check`` (run by
``make release-check`` and by test_versions.py) fails naming every file that
disagrees; ``--sync`` writes the spec's version into all of them.

    python contract-tests/release/versions.py --check
    python contract-tests/release/versions.py --sync
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (file, pattern whose group 1 is the version); each pattern must match exactly once.
PLACES = [
    ("python-sdk/src/paycrypt/_version.py", r'^__version__ = "([^"]+)"$'),
    ("contract-tests/mock_gateway/src/paycrypt_mock/__init__.py", r'^__version__ = "([^"]+)"$'),
    ("js-sdk/src/version.ts", r"^export const VERSION = '([^']+)';$"),
    ("js-sdk/package.json", r'^  "version": "([^"]+)",$'),
]


def spec_version() -> str:
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    match = re.search(r"^info:\n(?:  .*\n)*?  version: ['\"]?([^'\"\n]+)['\"]?$", text, flags=re.M)
    if match is None:
        raise SystemExit("openapi.yaml: no info.version")
    return match.group(1).strip()


def found_versions() -> dict[str, str]:
    found = {}
    for name, pattern in PLACES:
        matches = re.findall(pattern, (ROOT / name).read_text(encoding="utf-8"), flags=re.M)
        if len(matches) != 1:
            raise SystemExit(
                f"{name}: expected one version matching {pattern!r}, found {len(matches)}"
            )
        found[name] = matches[0]
    lock = json.loads((ROOT / "js-sdk/package-lock.json").read_text(encoding="utf-8"))
    found["js-sdk/package-lock.json"] = lock["version"]
    found["js-sdk/package-lock.json (packages[''])"] = lock["packages"][""]["version"]
    return found


def mismatches() -> list[str]:
    want = spec_version()
    return [
        f"{name}: {got} (openapi.yaml info.version is {want})"
        for name, got in found_versions().items()
        if got != want
    ]


def sync() -> None:
    want = spec_version()
    for name, pattern in PLACES:
        path = ROOT / name
        text = path.read_text(encoding="utf-8")
        path.write_text(
            re.sub(pattern, lambda m: m.group(0).replace(m.group(1), want), text, flags=re.M),
            encoding="utf-8",
        )
    path = ROOT / "js-sdk/package-lock.json"
    lock = json.loads(path.read_text(encoding="utf-8"))
    lock["version"] = lock["packages"][""]["version"] = want
    path.write_text(json.dumps(lock, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--check", action="store_true", help="fail if any package's version is not the spec's"
    )
    group.add_argument(
        "--sync", action="store_true", help="write the spec's version into every package"
    )
    args = parser.parse_args()
    if args.sync:
        sync()
    problems = mismatches()
    for problem in problems:
        print(f"version mismatch: {problem}", file=sys.stderr)
    if not problems:
        print(
            f"versions: {spec_version()} everywhere ({len(found_versions())} places and openapi.yaml)"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
