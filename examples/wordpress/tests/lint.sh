#!/usr/bin/env bash
# Static checks for the WordPress example (`make check` runs this): `php -l` over
# every PHP file, then phpcs over the plugin with ../phpcs.xml (Debian's
# php-codesniffer; the ruleset says why it is not PSR-12).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"

errors=0
while IFS= read -r -d '' file; do
  php -l "$file" >/dev/null || errors=$((errors + 1))
done < <(find "$ROOT" -name '*.php' -print0)
[ "$errors" = 0 ] || { echo "php -l: $errors file(s) with errors" >&2; exit 1; }
echo "php -l: $(find "$ROOT" -name '*.php' | wc -l) files OK"

phpcs -q --standard="$ROOT/phpcs.xml"
echo "phpcs: the plugin follows $(basename "$ROOT")/phpcs.xml"
