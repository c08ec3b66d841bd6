#!/usr/bin/env bash
# One real end-to-end run: Debian's WordPress on a throwaway MariaDB, the
# plugin installed headless, the PayCrypt mock gateway delivering a signed
# webhook to the plugin's REST route. Everything runs on loopback, on free
# ports, in a temp dir; the trap stops every process it started (by process
# group of the PID it recorded) and removes the temp dir.
#
#   bash examples/wordpress/tests/e2e/run.sh
#
# Needs (Debian 12): php-cli php-mysql php-curl php-mbstring php-xml
# mariadb-server wordpress wordpress-theme-twentytwentythree, run as root
# (mariadbd drops to the `mysql` user), and the repo's .venv (make setup)
# for the mock gateway.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../../../.." && pwd)"
PLUGIN="$REPO/examples/wordpress/paycrypt-for-woocommerce"
PY="${PAYCRYPT_PYTHON:-$REPO/.venv/bin/python}"
WP_SRC="${WP_SRC:-/usr/share/wordpress}"

START=$(date +%s.%N)
LAST=$START
step() { # print the time since the previous step
  local now; now=$(date +%s.%N)
  awk -v a="$now" -v b="$LAST" -v m="$1" 'BEGIN { printf "  [%6.2fs] %s\n", a - b, m }'
  LAST=$now
}
die() { echo "e2e: FAIL: $*" >&2; exit 1; }

cd "$REPO"
WORK="$(mktemp -d /tmp/paycrypt-wp-e2e.XXXXXX)"
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local code=$?
  if [ "$code" != 0 ] && [ -n "${ON_FAILURE:-}" ]; then "$ON_FAILURE"; fi
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill -TERM -- "-${PIDS[i]}" 2>/dev/null || kill -TERM "${PIDS[i]}" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  if [ "$code" != 0 ]; then
    for log in mariadb.err mock.log php-server.log wp-debug.log; do
      [ -s "$WORK/$log" ] && { echo "--- $log (tail)"; tail -n 25 "$WORK/$log"; } >&2
    done
  fi
  rm -rf "$WORK"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Start a command in its own session so the whole group can be stopped by its PID.
spawn() { local log=$1; shift; setsid "$@" >"$WORK/$log" 2>&1 & PIDS+=($!); }
wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2; shift 2
  local deadline; deadline=$(( $(date +%s) + limit ))
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || die "timed out after ${limit}s waiting for $what"
    sleep 0.1
  done
}

[ "$(id -u)" = 0 ] || die "run as root (mariadbd is started as the mysql user)"
[ -x "$PY" ] || die "no $PY: run make setup first"
[ -d "$WP_SRC" ] || die "no $WP_SRC: apt-get install wordpress"
echo "e2e: WordPress + PayCrypt mock, in $WORK"

# --- MariaDB: own datadir, socket and pid in a temp dir owned by mysql ----------
mkdir -p "$WORK/db" "$WORK/run"
chown mysql:mysql "$WORK/db" "$WORK/run"
SOCK="$WORK/run/mysqld.sock"
mariadb-install-db --no-defaults --user=mysql --datadir="$WORK/db" --skip-test-db \
  --auth-root-authentication-method=socket >"$WORK/mariadb-install.log" 2>&1 \
  || { cat "$WORK/mariadb-install.log" >&2; die "mariadb-install-db"; }
spawn mariadb.err mariadbd --no-defaults --user=mysql --datadir="$WORK/db" --socket="$SOCK" \
  --pid-file="$WORK/run/mysqld.pid" --bind-address=127.0.0.1 --port="$(free_port)" \
  --skip-log-bin --innodb-buffer-pool-size=32M --log-error="$WORK/mariadb.err"
wait_for 30 "MariaDB" mariadb-admin --no-defaults --socket="$SOCK" -uroot ping
mariadb --no-defaults --socket="$SOCK" -uroot -e "
  CREATE DATABASE wordpress CHARACTER SET utf8mb4;
  CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp';
  GRANT ALL ON wordpress.* TO 'wp'@'localhost';"
step "MariaDB up"

# --- the mock gateway, with short webhook retry delays ---------------------------
MOCK_PORT=$(free_port)
MOCK_URL="http://127.0.0.1:$MOCK_PORT"
spawn mock.log "$PY" -m paycrypt_mock --host 127.0.0.1 --port "$MOCK_PORT" --db :memory: --webhook-retry-delays 0.2,0.5,1
wait_for 20 "the mock gateway" grep -q "listening on $MOCK_URL" "$WORK/mock.log"
step "mock gateway up at $MOCK_URL"

# --- WordPress: a copy (not a symlink) with our own wp-config.php ----------------
WP_PORT=$(free_port)
WP_URL="http://127.0.0.1:$WP_PORT"
WP="$WORK/wp"
cp -a "$WP_SRC" "$WP"
rm -f "$WP/wp-config.php"
cp -r "$PLUGIN" "$WP/wp-content/plugins/"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
cat >"$WP/wp-config.php" <<PHP
<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:$SOCK' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
\$table_prefix = 'wp_';
define( 'WP_HOME', '$WP_URL' );
define( 'WP_SITEURL', '$WP_URL' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$WORK/wp-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // loopback only: the mock and the site itself
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
php "$HERE/wp-setup.php" install "$WP" "$WP_URL" >/dev/null || die "WordPress install"
db() { mariadb --no-defaults --socket="$SOCK" -uroot -N -B wordpress -e "$1"; }
[ "$(db "SHOW TABLES LIKE 'wp_paycrypt_events'")" = wp_paycrypt_events ] || die "activation did not create wp_paycrypt_events"
step "WordPress installed headless, plugin activated, events table created"

# An earlier version's table (schema 1: no claim state) is upgraded on the next
# request (plugins_loaded), its rows counting as done.
OLD_EVENT=evt_schema100000000000000001
db "DROP TABLE wp_paycrypt_events;
  CREATE TABLE wp_paycrypt_events (event_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    received_at BIGINT UNSIGNED NOT NULL, PRIMARY KEY (event_id), KEY received_at (received_at));
  INSERT INTO wp_paycrypt_events VALUES ('$OLD_EVENT', UNIX_TIMESTAMP());
  UPDATE wp_options SET option_value = '1' WHERE option_name = 'paycrypt_events_schema';"

PHP_CLI_SERVER_WORKERS=4 spawn php-server.log php -S "127.0.0.1:$WP_PORT" -t "$WP" "$HERE/router.php"
wait_for 20 "WordPress on $WP_URL" curl -fsS -o /dev/null "$WP_URL/?rest_route=/"
step "WordPress served at $WP_URL"

PAGE_URL=$(php "$HERE/wp-setup.php" configure "$WP" "$WP_URL" "$MOCK_URL" 2>"$WORK/configure.log") \
  || { cat "$WORK/configure.log" >&2; die "configure"; }
sed 's/^/  /' "$WORK/configure.log"
step "plugin configured, webhook endpoint registered on the mock, shortcode page created"
[ "$(db "SELECT CONCAT(state, ' ', claimed_at) FROM wp_paycrypt_events WHERE event_id = '$OLD_EVENT'")" = "done 0" ] \
  || die "the schema-1 table was not upgraded"
[ "$(db "SELECT option_value FROM wp_options WHERE option_name = 'paycrypt_events_schema'")" = 2 ] || die "schema option not updated"
step "the schema-1 events table was upgraded in place (its row: done)"

# --- the customer's side: a payment on intent, not on view -----------------------
records() { db "SELECT COUNT(*) FROM wp_posts WHERE post_type = 'paycrypt_payment'"; }
seq 20 | xargs -P 4 -I{} curl -fsS -D "$WORK/get.{}.headers" -o "$WORK/get.{}.html" "$PAGE_URL" || die "GET $PAGE_URL"
cp "$WORK/get.20.html" "$WORK/get.html"
grep -q 'class="paycrypt-checkout paycrypt-form"' "$WORK/get.html" || die "no form on the shortcode page"
grep -l 'data-paycrypt-payment-id' "$WORK"/get.*.html && die "a GET showed a payment"
grep -qi '^set-cookie: paycrypt' "$WORK"/get.*.headers && die "a GET set the visitor cookie (the page would not be cacheable)"
[ "$(records)" = 0 ] || die "20 GETs created $(records) payment record(s)"
step "20 GETs of the shortcode page: a form, no payment, no cookie"

# The form as a (possibly cached) page serves it, posted back by each visitor.
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$WORK/get.html" | head -n1 | cut -d'"' -f4; }
KEY=$(field paycrypt_checkout); NONCE=$(field paycrypt_nonce)
[ -n "$KEY" ] && [ -n "$NONCE" ] || die "the form has no key or nonce"
post_form() { # post_form COOKIE_JAR|-  → the page's HTML
  local jar=()
  [ "$1" = - ] || jar=(-b "$1" -c "$1")
  curl -fsS "${jar[@]}" --data-urlencode "paycrypt_checkout=$KEY" --data-urlencode "paycrypt_nonce=$NONCE" "$PAGE_URL"
}
payment_in() { grep -o 'data-paycrypt-payment-id="pay_[A-Za-z0-9]*"' | head -n1 | cut -d'"' -f2; }
PAYMENT_ID=$(post_form "$WORK/alice.jar" | payment_in)
[ -n "$PAYMENT_ID" ] || die "a POST of the form created no payment"
AGAIN=$(post_form "$WORK/alice.jar" | payment_in)
[ "$AGAIN" = "$PAYMENT_ID" ] || die "a second POST of the same visitor got $AGAIN, not $PAYMENT_ID"
BOB=$(post_form "$WORK/bob.jar" | payment_in)
[ -n "$BOB" ] && [ "$BOB" != "$PAYMENT_ID" ] || die "another visitor got '$BOB'"
[ "$(records)" = 2 ] || die "expected 2 payment records, found $(records)"
STATUS_URL="$WP_URL/?rest_route=/paycrypt/v1/payments/$PAYMENT_ID"
curl -fsS "$STATUS_URL" | grep -q '"status":"pending"' || die "record not pending after creation"
step "POST with nonce: $PAYMENT_ID created, reused on the second POST; another visitor got $BOB"

# A bot without cookies from the same address: new payments stop at the limit (5 per 10 min).
for i in $(seq 4); do
  HTML=$(post_form -)
  if grep -q 'too many payment requests' <<<"$HTML"; then break; fi
done
[ "$i" = 4 ] && [ "$(records)" = 5 ] || die "rate limit: refused at POST $i with $(records) records, expected the 4th and 5"
step "rate limit: the 6th new payment from one address refused"

PAID_STATE=$(php "$HERE/wp-setup.php" pay "$WP" "$WP_URL" "$PAYMENT_ID") || die "test helper pay"
[ "$PAID_STATE" = confirmed ] || die "mock says $PAID_STATE after pay"
step "customer paid (test helper): the mock says $PAID_STATE"

paid() { curl -fsS "$STATUS_URL" | grep -q '"status":"confirmed","paid":true'; }
deliveries() { # what the mock says it delivered, for a failure's diagnosis
  "$PY" - "$MOCK_URL" <<'PY' >&2 || true
import sys, paycrypt
with paycrypt.PayCrypt("pk_test_demo", "sk_test_demo", base_url=sys.argv[1]) as client:
    for event in client.events.list(limit=20).data:
        print(event.type, [(a.attempt, a.status_code, a.error, a.duration_ms, a.response_body) for a in event.delivery_attempts])
PY
}
ON_FAILURE=deliveries
wait_for 20 "the payment.confirmed webhook to reach WordPress" paid
ON_FAILURE=
step "signed webhook delivered: WordPress records $PAYMENT_ID as paid"

DB_STATUS=$(db "SELECT s.meta_value FROM wp_postmeta s JOIN wp_postmeta i ON i.post_id = s.post_id
  WHERE i.meta_key = '_paycrypt_payment_id' AND i.meta_value = '$PAYMENT_ID' AND s.meta_key = '_paycrypt_status'")
[ "$DB_STATUS" = confirmed ] || die "database says '$DB_STATUS'"
[ "$(db "SELECT COUNT(*) FROM wp_paycrypt_events WHERE event_id LIKE 'evt\\_%'")" -ge 1 ] \
  || die "no processed event ids stored"

# --- a forged delivery is refused and changes nothing -----------------------------
NOW=$(date +%s)
FORGED="{\"id\":\"evt_forged00000000000000000001\",\"type\":\"payment.refunded\",\"created\":$NOW,\"data\":{\"object\":{\"id\":\"$PAYMENT_ID\",\"status\":\"refunded\",\"metadata\":{}}},\"livemode\":false}"
SIG=$(printf '%s' "$NOW.$FORGED" | openssl dgst -sha256 -hmac "whsec_forged000000000000000000000" -r | cut -d' ' -f1)
post_webhook() { curl -sS -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' "$@" \
  --data-binary "$FORGED" "$WP_URL/?rest_route=/paycrypt/v1/webhook"; }
CODE=$(post_webhook -H "PayCrypt-Webhook-Signature: t=$NOW,v1=$SIG")
[ "$CODE" = 401 ] || die "forged signature got HTTP $CODE, expected 401"
CODE=$(post_webhook)
[ "$CODE" = 401 ] || die "unsigned delivery got HTTP $CODE, expected 401"
paid || die "a forged delivery changed the record"
step "forged and unsigned webhooks refused with 401; record unchanged"

# --- two concurrent deliveries of one event, with NO per-payment lock -----------
# Each process applies slowly (0.3 s) and starts at the same instant: with a
# check-then-record dedupe both would apply; the table's unique key lets one in.
START_MS=$(( $(date +%s%3N) + 1200 ))
for n in 1 2; do
  php "$HERE/wp-setup.php" deliver "$WP" "$WP_URL" "$PAYMENT_ID" evt_concurrent00000000000001 "$START_MS" \
    >"$WORK/deliver.$n.out" 2>"$WORK/deliver.$n.err" &
  DELIVER_PIDS+=($!)
done
for pid in "${DELIVER_PIDS[@]}"; do wait "$pid" || die "a concurrent delivery failed: $(cat "$WORK"/deliver.*.err)"; done
OUTCOMES=$(cat "$WORK"/deliver.*.out | sort | tr '\n' ' ')
[ "$OUTCOMES" = "200 processed 409 event_in_progress " ] || die "concurrent deliveries answered: $OUTCOMES"
[ "$(cat "$WORK"/deliver.*.err | grep -c applying)" = 1 ] || die "the event was applied $(cat "$WORK"/deliver.*.err | grep -c applying) times"
deliver() { php "$HERE/wp-setup.php" deliver "$WP" "$WP_URL" "$PAYMENT_ID" "$@" 2>>"$WORK/deliver.err"; }
[ "$(deliver evt_concurrent00000000000001 0)" = "200 duplicate" ] || die "the gateway's retry of the concurrent event was not a duplicate"
step "two concurrent deliveries of one event, no lock: applied once (unique key), the other told to retry (409)"

# --- a request that dies after claiming: the event is not lost -------------------
DIED=evt_died00000000000000000001
claim_state() { db "SELECT state FROM wp_paycrypt_events WHERE event_id = '$DIED'"; }
[ -z "$(deliver "$DIED" 0 die)" ] || die "the dying delivery answered"
[ "$(claim_state)" = processing ] || die "the dead request's claim is '$(claim_state)'"
[ "$(deliver "$DIED" 0)" = "409 event_in_progress" ] || die "a redelivery during a fresh claim was not told to retry"
db "UPDATE wp_paycrypt_events SET claimed_at = claimed_at - 301 WHERE event_id = '$DIED'" # 5 minutes pass
[ "$(deliver "$DIED" 0)" = "200 processed" ] || die "the redelivery did not take over the stale claim"
[ "$(claim_state)" = done ] || die "the taken-over claim is '$(claim_state)'"
[ "$(deliver "$DIED" 0)" = "200 duplicate" ] || die "a third delivery was applied again"
step "a delivery that died after its claim: redelivery told to retry (409), then takes the stale claim over, once"

# --- event ids are stored whole or refused ---------------------------------------
LONG=evt_$(printf 'a%.0s' $(seq 70))
[ "$(deliver "$LONG" 0)" = "400 invalid_event_id" ] || die "a 74-byte event id was not refused"
[ "$(deliver "${LONG:0:68}B" 0)" = "400 invalid_event_id" ] || die "a second long id was not refused"
[ "$(db "SELECT COUNT(*) FROM wp_paycrypt_events WHERE event_id LIKE 'evt\\_aaaa%'")" = 0 ] || die "a long id was stored (truncated)"
step "event ids not of the spec's form (74 bytes, sharing a 64-byte prefix) refused with 400, none stored"

if [ -s "$WORK/wp-debug.log" ] && grep 'plugins/paycrypt-for-woocommerce/' "$WORK/wp-debug.log" >&2; then
  die "PHP notices or errors from the plugin (above)"
fi
grep -c 'webhook rejected' "$WORK/wp-debug.log" | grep -qx 4 || die "the two 401s and two invalid ids were not logged"
grep -c 'webhook rejected: invalid_event_id' "$WORK/wp-debug.log" | grep -qx 2 || die "the two invalid ids were not logged"

# --- deleting the plugin removes its table and settings ---------------------------
php "$HERE/wp-setup.php" uninstall "$WP" "$WP_URL" >/dev/null || die "uninstall"
[ -z "$(db "SHOW TABLES LIKE 'wp_paycrypt_events'")" ] || die "uninstall left wp_paycrypt_events"
[ "$(db "SELECT COUNT(*) FROM wp_options WHERE option_name IN ('paycrypt_settings', 'paycrypt_events_schema')")" = 0 ] \
  || die "uninstall left the plugin's options"
step "plugin deleted: uninstall.php dropped the table and the options"

awk -v a="$(date +%s.%N)" -v b="$START" 'BEGIN { printf "e2e: OK in %.1fs\n", a - b }'
