#!/usr/bin/env bash
# Everything for the WordPress example, in order: php -l over every PHP file,
# the PHPUnit suite (no WordPress needed), then the real end-to-end run.
#
#   bash examples/wordpress/tests/run-all.sh            # all three
#   bash examples/wordpress/tests/run-all.sh --no-e2e   # lint + unit only (no root, no MariaDB)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"

echo "== php -l"
errors=0
while IFS= read -r -d '' file; do
  php -l "$file" >/dev/null || errors=$((errors + 1))
done < <(find "$ROOT" -name '*.php' -print0)
[ "$errors" = 0 ] || { echo "php -l: $errors file(s) with errors" >&2; exit 1; }
echo "   $(find "$ROOT" -name '*.php' | wc -l) files OK"

echo "== PHPUnit"
phpunit --configuration "$HERE/phpunit.xml"

if [ "${1:-}" != "--no-e2e" ]; then
  echo "== end-to-end"
  bash "$HERE/e2e/run.sh"
fi
