#!/usr/bin/env bash
# The WordPress example's tests, in order: the PHPUnit suite (no WordPress
# needed), then the real end-to-end run. The static checks (php -l, phpcs) are
# tests/lint.sh, run by `make check`.
#
#   bash examples/wordpress/tests/run-all.sh            # both
#   bash examples/wordpress/tests/run-all.sh --no-e2e   # unit only (no root, no MariaDB)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"

echo "== PHPUnit"
phpunit --configuration "$HERE/phpunit.xml"

if [ "${1:-}" != "--no-e2e" ]; then
  echo "== end-to-end"
  bash "$HERE/e2e/run.sh"
fi
