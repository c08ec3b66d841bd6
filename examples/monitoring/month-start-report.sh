#!/bin/sh
# Write last month's usage report as CSV (and print it as a table for the job's log).
# Run on the 1st of a month, by cron or paycrypt-month-report.service.
#   PAYCRYPT_REPORT_DIR   where the CSV goes (default /var/lib/paycrypt/reports)
#   PAYCRYPT_REPORT_MONTH the month to report, YYYY-MM (default: the month before today, UTC)
set -eu
dir="${PAYCRYPT_REPORT_DIR:-/var/lib/paycrypt/reports}"
# The day before the 1st of this month is in last month (portable: no GNU-only "last month").
month="${PAYCRYPT_REPORT_MONTH:-$(date -u -d "$(date -u +%Y-%m-01) -1 day" +%Y-%m 2>/dev/null \
  || date -u -v1d -v-1d +%Y-%m)}"
mkdir -p "$dir"
paycrypt admin usage-report --month "$month" --format csv > "$dir/usage-$month.csv.tmp"
mv "$dir/usage-$month.csv.tmp" "$dir/usage-$month.csv"
paycrypt admin usage-report --month "$month" --wide
echo "wrote $dir/usage-$month.csv"
