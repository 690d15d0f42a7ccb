#!/usr/bin/env bash
# scripts/pg-store end to end, without the app: a private cluster in a temporary
# data folder, the demo store loaded, `stock` answered through the printed URL,
# the cluster reused by a second run, then stopped and removed. The password
# must appear in no output and no log. Usage: PgStoreTest.sh SOURCE_DIR OCOPOS_CLI
set -euo pipefail
src=$1
cli=$2
tmp=$(mktemp -d)
export XDG_DATA_HOME=$tmp OCOPOS_CLI=$cli
unset OCOPOS_DB OCOPOS_USER OCOPOS_PIN OCOPOS_PG_DIR
store=$src/scripts/pg-store
cleanup() {
  "$store" --remove >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

timeout 240 "$store" --no-app >"$tmp/out1" 2>"$tmp/err1" || { cat "$tmp/out1" "$tmp/err1"; fail "pg-store --no-app failed"; }
url=$("$store" --print-url)
echo "URL: $url"
[[ $url == postgresql://ocopos@127.0.0.1:*/ocopos_demo\?passfile=* ]] || fail "unexpected URL: $url"
grep -qF "$url" "$tmp/out1" || fail "--no-app did not print the URL"

pw=$tmp/ocopos/pg/password
[ -s "$pw" ] || fail "no password file"
[ "$(stat -c %a "$pw")" = 600 ] || fail "the password file is not 0600"
[ "$(stat -c %a "$tmp/ocopos/pg/pgpass")" = 600 ] || fail "the pgpass file is not 0600"

# A second till's view, through the URL alone (no password given anywhere).
OCOPOS_USER=quanly OCOPOS_PIN=1234 "$cli" --db "$url" --json stock >"$tmp/stock.json" 2>"$tmp/err2" \
  || { cat "$tmp/err2"; fail "ocopos-cli stock failed"; }
compact=$(tr -d ' \n' <"$tmp/stock.json")
grep -q '"sku":"NMCR-500"' <<<"$compact" || fail "the demo's NMCR-500 is not in stock: $(head -c 300 "$tmp/stock.json")"
grep -q '"lots":\[{' <<<"$compact" || fail "no lots in stock"

# Run again: the same cluster, port and store (not loaded twice).
"$store" --no-app >"$tmp/out3" 2>"$tmp/err3" || { cat "$tmp/err3"; fail "second run failed"; }
[ "$("$store" --print-url)" = "$url" ] || fail "the second run changed the URL"
grep -q "loading the demo" "$tmp/err3" && fail "the second run loaded the demo again"

# The password is in no output and no log.
secret=$(cat "$pw")
logs=("$tmp"/out* "$tmp"/err* "$tmp/stock.json")
while IFS= read -r -d '' f; do logs+=("$f"); done < <(find "$tmp" -name '*.log' -print0)
server_log=$(grep -o "log: [^)]*" "$tmp/err1" | head -1 | cut -c6-)
[ -n "$server_log" ] && [ -f "$server_log" ] && logs+=("$server_log")
if grep -lF "$secret" "${logs[@]}"; then fail "the password appears in the files above"; fi

"$store" --stop 2>"$tmp/err4" || fail "--stop failed"
grep -q "stopped" "$tmp/err4" || fail "--stop did not stop: $(cat "$tmp/err4")"
if "$store" --print-url 2>/dev/null; then fail "--print-url answered with the cluster stopped"; fi
echo "ok"
