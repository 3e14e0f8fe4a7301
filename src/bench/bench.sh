#!/usr/bin/env bash
# Start-up benchmark of the packaged target/awsmfa: medians of interleaved runs, peak RSS, and
# each case as a ratio to a JVM hello-world floor. Not a test: run it by hand after
# `mvn -B -q -DskipTests package`.
#
#   src/bench/bench.sh [ROUNDS]        (default 21; BENCH_JAVA_HOME picks another JDK)
#
# Needs bash 5 (EPOCHREALTIME), GNU time (/usr/bin/time, Debian package `time`) and a JDK.
# The loopback STS is WireMock standalone, fetched with `mvn dependency:copy` when missing.
set -euo pipefail

rounds=${1:-21}
root=$(cd "$(dirname "$0")/../.." && pwd)
launcher=$root/target/awsmfa
work=$root/target/bench
wiremock_version=3.13.2
java_home=${BENCH_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
java=$java_home/bin/java

[ -x "$launcher" ] || { echo "bench: $launcher is missing: run mvn -B -q -DskipTests package" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time: apt-get install -y time" >&2; exit 1; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "bench: needs bash 5 (EPOCHREALTIME)" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work/classes" "$work/home/.aws" "$work/cache" "$work/stub/mappings"
"$java_home/bin/javac" -d "$work/classes" "$root/src/bench/Hello.java"

# --- AWS files: a valid session for reuse/status/export, 10 and 5,000 profiles for list ---
expiration=$(date -u -d '+12 hours' '+%Y-%m-%d %H:%M:%S')
session() {
  printf '[%s-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n' "$1"
  printf 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'
  printf 'aws_mfa_device = arn:aws:iam::123456789012:mfa/alice\n\n'
  printf '[%s]\nassumed_role = False\naws_access_key_id = ASIAIOSFODNN7EXAMPLE\n' "$1"
  printf 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY\n'
  printf 'aws_session_token = AQoEXAMPLE\naws_security_token = AQoEXAMPLE\nexpiration = %s\n\n' "$expiration"
}
profiles() {
  for i in $(seq 1 "$1"); do session "p$i"; done
}
session dev > "$work/home/.aws/credentials"
session bench >> "$work/home/.aws/credentials"
# A config as people have one (an empty file would skip its parser): a region, a device, a role.
printf '[default]\nregion = eu-west-1\n\n[profile dev]\nregion = eu-west-1\nmfa_serial = %s\n\n' \
  arn:aws:iam::123456789012:mfa/alice > "$work/home/.aws/config"
printf '[profile ops]\nrole_arn = arn:aws:iam::123456789012:role/ops\nsource_profile = dev\n' >> "$work/home/.aws/config"
profiles 10 > "$work/credentials-10"
profiles 5000 > "$work/credentials-5000"

# --- loopback STS: WireMock standalone answering GetSessionToken with a fresh expiration ---
stub_jar=$work/wiremock-standalone-$wiremock_version.jar
m2_jar=$HOME/.m2/repository/org/wiremock/wiremock-standalone/$wiremock_version/wiremock-standalone-$wiremock_version.jar
if [ -f "$m2_jar" ]; then
  cp "$m2_jar" "$stub_jar"
else
  mvn -B -q dependency:copy -Dartifact=org.wiremock:wiremock-standalone:$wiremock_version -DoutputDirectory="$work"
fi
template="{{now offset='12 hours'}}"
body=$(sed 's/"/\\"/g' "$root/src/test/resources/sts-responses/get-session-token.xml" | tr '\n' ' ' \
  | sed "s|<Expiration>[^<]*</Expiration>|<Expiration>$template</Expiration>|")
cat > "$work/stub/mappings/sts.json" <<JSON
{"request": {"method": "POST", "url": "/"},
 "response": {"status": 200, "headers": {"Content-Type": "text/xml"}, "body": "$body",
              "transformers": ["response-template"]}}
JSON
"$java" -jar "$stub_jar" --bind-address 127.0.0.1 --port 0 --root-dir "$work/stub" --disable-banner \
  > "$work/stub.log" 2>&1 &
stub_pid=$!
trap 'kill "$stub_pid" 2>/dev/null || true' EXIT
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's/.*port: *\([0-9][0-9]*\).*/\1/p' "$work/stub.log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "bench: the WireMock STS did not start; see $work/stub.log" >&2; exit 1; }

# --- the cases: name, then the command (run with the bench environment) ---
export HOME=$work/home XDG_CACHE_HOME=$work/cache JAVA_HOME=$java_home
export AWS_SHARED_CREDENTIALS_FILE=$work/home/.aws/credentials AWS_CONFIG_FILE=$work/home/.aws/config
export AWS_ENDPOINT_URL_STS=http://127.0.0.1:$port
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWSMFA_JAVA_OPTS || true

names=() commands=()
add() { names+=("$1"); shift; commands+=("$*"); }
has_command() { "$launcher" --help 2>/dev/null | grep -Eq "^ +$1([ ,]|$)"; }

add floor "$java" -cp "$work/classes" Hello
add --version "$launcher" --version
add reuse "$launcher" --profile dev
# What the launcher's flags and archive buy, on the same path.
add reuse-no-archive env AWSMFA_NO_ARCHIVE=1 "$launcher" --profile dev
add reuse-java-jar "$java" -jar "$root/target/awsmfa.jar" --profile dev
if has_command list; then
  add list-10 env AWS_SHARED_CREDENTIALS_FILE="$work/credentials-10" "$launcher" list
  add list-5000 env AWS_SHARED_CREDENTIALS_FILE="$work/credentials-5000" "$launcher" list
  # The first list after the files changed (a refresh rewrites credentials): nothing kept to serve.
  # A cache directory of its own (with its own archive), so the other cases keep their listings.
  printf '#!/bin/sh\nrm -f "%s"/awsmfa/list-*\nXDG_CACHE_HOME="%s" exec "$@"\n' "$work/cache-cold" "$work/cache-cold" \
    > "$work/forget-lists"
  chmod +x "$work/forget-lists"
  add list-5000-cold env AWS_SHARED_CREDENTIALS_FILE="$work/credentials-5000" "$work/forget-lists" "$launcher" list
else
  echo "bench: no 'list' command yet: skipped" >&2
fi
for command in status export; do
  if has_command "$command"; then add "$command" "$launcher" "$command" --profile dev
  else echo "bench: no '$command' command yet: skipped" >&2; fi
done
add refresh "$launcher" --profile bench --force --token 123456

# Warm-up: every case once (this also trains the launcher's class-data archive), then wait for it.
for i in "${!names[@]}"; do
  ${commands[$i]} >/dev/null 2>"$work/warmup.err" || { echo "bench: ${names[$i]} failed:" >&2; cat "$work/warmup.err" >&2; exit 1; }
done
for _ in $(seq 1 600); do
  # Until no training is left in either cache directory (ls fails when a pattern matches nothing).
  ls -d "$work/cache/awsmfa/"*.lock "$work/cache-cold/awsmfa/"*.lock 2>/dev/null | grep -q . || break
  sleep 0.1
done
for i in "${!names[@]}"; do ${commands[$i]} >/dev/null 2>&1; done

# Interleaved rounds: case 1, case 2, ..., case 1, case 2, ... so background noise hits all alike.
declare -A times rss
for _ in $(seq 1 "$rounds"); do
  for i in "${!names[@]}"; do
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$work/rss" ${commands[$i]} >/dev/null 2>&1
    end=$EPOCHREALTIME
    times[$i]+="$(( (${end/./} - ${start/./}) )) "
    rss[$i]+="$(tail -n 1 "$work/rss") "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { tr ' ' '\n' | grep . | sort -n | tail -n 1; }

echo "awsmfa start-up, $rounds interleaved rounds, $("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.runtime.version = //p'), $(nproc) cores"
printf '%-18s %10s %8s %14s\n' case median_ms x_floor peak_rss_MiB
floor=$(echo "${times[0]}" | median)
for i in "${!names[@]}"; do
  us=$(echo "${times[$i]}" | median)
  kib=$(echo "${rss[$i]}" | maximum)
  awk -v n="${names[$i]}" -v us="$us" -v f="$floor" -v kib="$kib" \
    'BEGIN { printf "%-18s %10.1f %8.2f %14.1f\n", n, us / 1000, us / f, kib / 1024 }'
done
# Issue 5's scaling target: list of 5,000 profiles against list of 10, both served kept.
for i in "${!names[@]}"; do
  case ${names[$i]} in list-10) ten=$(echo "${times[$i]}" | median) ;; list-5000) many=$(echo "${times[$i]}" | median) ;; esac
done
if [ -n "${ten:-}" ] && [ -n "${many:-}" ]; then
  awk -v a="$many" -v b="$ten" 'BEGIN { printf "list-5000 / list-10: %.2f\n", a / b }'
fi
