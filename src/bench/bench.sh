#!/usr/bin/env bash
# Start-up benchmark of the packaged target/awsmfa: medians of interleaved runs, peak RSS, and each
# case as a ratio to a JVM hello-world floor and, with a baseline build, to that build on the same
# case in the same rounds. Not a test: run it by hand after `mvn -B -q -DskipTests package`.
#
#   src/bench/bench.sh [ROUNDS]        (default 21)
#   BENCH_JAVA_HOME=/path/to/jdk       another JDK (default: JAVA_HOME, else java on PATH)
#   BENCH_AWS=/usr/bin/aws             the AWS CLI to compare list with (default: aws on PATH)
#   BENCH_BASELINE=/path/to/dir        a directory holding another build's awsmfa and awsmfa.jar
#                                      (e.g. copied from target/ before a change): run side by side
#
# Needs bash 5 (EPOCHREALTIME), GNU time (/usr/bin/time, Debian package `time`) and a JDK; the
# AWS CLI (`aws`, Debian package `awscli`) for the list-profiles comparison, skipped without it.
# The loopback STS is WireMock standalone, fetched with `mvn dependency:copy` when missing.
set -euo pipefail

rounds=${1:-21}
root=$(cd "$(dirname "$0")/../.." && pwd)
launcher=$root/target/awsmfa
work=$root/target/bench
wiremock_version=3.13.2
java_home=${BENCH_JAVA_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
java=$java_home/bin/java
baseline=${BENCH_BASELINE:-}

[ -x "$launcher" ] || { echo "bench: $launcher is missing: run mvn -B -q -DskipTests package" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time: apt-get install -y time" >&2; exit 1; }
[ -n "${EPOCHREALTIME:-}" ] || { echo "bench: needs bash 5 (EPOCHREALTIME)" >&2; exit 1; }
if [ -n "$baseline" ] && [ ! -x "$baseline/awsmfa" ]; then
  echo "bench: BENCH_BASELINE=$baseline holds no awsmfa launcher" >&2; exit 1
fi

rm -rf "$work"
mkdir -p "$work/classes" "$work/home/.aws" "$work/cache" "$work/cache-baseline" "$work/stub/mappings"
chmod 700 "$work/cache" "$work/cache-baseline"
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
chmod 600 "$work/home/.aws/"* "$work/credentials-"*

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
# https, as every AWS endpoint is (TLS set-up is part of a refresh's cost): a certificate for
# 127.0.0.1, trusted through a copy of the JDK's own trust store, so that loading it costs as much.
"$java_home/bin/keytool" -genkeypair -alias sts -keyalg RSA -keysize 2048 -dname CN=127.0.0.1 -ext SAN=ip:127.0.0.1 \
  -validity 30 -keystore "$work/sts.p12" -storetype PKCS12 -storepass password -keypass password >/dev/null 2>&1
"$java_home/bin/keytool" -exportcert -alias sts -keystore "$work/sts.p12" -storepass password -rfc \
  -file "$work/sts.pem" >/dev/null 2>&1
cp "$java_home/lib/security/cacerts" "$work/cacerts"
chmod u+w "$work/cacerts"
"$java_home/bin/keytool" -importcert -noprompt -alias bench-sts -file "$work/sts.pem" -keystore "$work/cacerts" \
  -storepass changeit >/dev/null 2>&1
"$java" -jar "$stub_jar" --bind-address 127.0.0.1 --port 0 --https-port 0 --https-keystore "$work/sts.p12" \
  --keystore-type PKCS12 --keystore-password password --key-manager-password password --root-dir "$work/stub" \
  --disable-banner > "$work/stub.log" 2>&1 &
stub_pid=$!
trap 'kill "$stub_pid" 2>/dev/null || true' EXIT
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's/^https-port: *\([0-9][0-9]*\).*/\1/p' "$work/stub.log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "bench: the WireMock STS did not start; see $work/stub.log" >&2; exit 1; }

# --- the cases: name, then the command (run with the bench environment) ---
export HOME=$work/home JAVA_HOME=$java_home
export AWS_SHARED_CREDENTIALS_FILE=$work/home/.aws/credentials AWS_CONFIG_FILE=$work/home/.aws/config
export AWS_ENDPOINT_URL_STS=https://127.0.0.1:$port
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWSMFA_JAVA_OPTS || true

names=() commands=()
add() { names+=("$1"); shift; commands+=("$*"); }
# The same case for this build and, when given, the baseline, each with a cache directory of its own.
add_both() {
  local name=$1; shift
  add "$name" env XDG_CACHE_HOME="$work/cache" "$launcher" "$@"
  if [ -n "$baseline" ]; then
    add "$name@base" env XDG_CACHE_HOME="$work/cache-baseline" "$baseline/awsmfa" "$@"
  fi
}
# The first list after a file changed: the baseline kept its last listing, which a change drops.
printf '#!/bin/sh\nrm -f "%s"/awsmfa/list-*\nexec "$@"\n' "$work/cache-baseline" > "$work/forget-lists"
chmod +x "$work/forget-lists"

add floor "$java" -cp "$work/classes" Hello
add_both --version --version
add_both reuse --profile dev
add_both status status --profile dev
add_both export export --profile dev
add_both credential-process credential-process --profile dev
add_both list-10 list
add list-5000-cold env AWS_SHARED_CREDENTIALS_FILE="$work/credentials-5000" XDG_CACHE_HOME="$work/cache" "$launcher" list
if [ -n "$baseline" ]; then
  add list-5000-cold@base env AWS_SHARED_CREDENTIALS_FILE="$work/credentials-5000" XDG_CACHE_HOME="$work/cache-baseline" \
    "$work/forget-lists" "$baseline/awsmfa" list
fi
aws=${BENCH_AWS:-aws}
if AWS_SHARED_CREDENTIALS_FILE="$work/credentials-10" "$aws" configure list-profiles >/dev/null 2>&1; then
  add aws-list-profiles-5000 env AWS_SHARED_CREDENTIALS_FILE="$work/credentials-5000" "$aws" configure list-profiles
else
  echo "bench: no AWS CLI with list-profiles (apt-get install -y awscli, or BENCH_AWS=/usr/bin/aws): skipped" >&2
fi
add_both refresh --profile bench --force --token 123456 --no-code-guard
# The trust store with the stub's certificate, for the refreshes only (a flag on every case would add its cost).
for i in "${!names[@]}"; do
  case ${names[$i]} in refresh*) commands[$i]="env AWSMFA_JAVA_OPTS=-Djavax.net.ssl.trustStore=$work/cacerts ${commands[$i]}" ;; esac
done
# list-10 reads its own file.
for i in "${!names[@]}"; do
  case ${names[$i]} in list-10*) commands[$i]="env AWS_SHARED_CREDENTIALS_FILE=$work/credentials-10 ${commands[$i]}" ;; esac
done

# Warm-up: every case once (this also trains the launchers' class-data archives), then wait for them.
for i in "${!names[@]}"; do
  ${commands[$i]} >/dev/null 2>"$work/warmup.err" || { echo "bench: ${names[$i]} failed:" >&2; cat "$work/warmup.err" >&2; exit 1; }
done
for _ in $(seq 1 1200); do
  # Until no training is left in either cache directory.
  ls -d "$work/cache/awsmfa/"*.lock "$work/cache/awsmfa/"train.* "$work/cache-baseline/awsmfa/"*.lock 2>/dev/null \
    | grep -q . || break
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
printf '%-24s %10s %8s %14s %10s\n' case median_ms x_floor peak_rss_MiB x_base
floor=$(echo "${times[0]}" | median)
declare -A medians
for i in "${!names[@]}"; do medians[${names[$i]}]=$(echo "${times[$i]}" | median); done
for i in "${!names[@]}"; do
  name=${names[$i]}
  us=${medians[$name]}
  kib=$(echo "${rss[$i]}" | maximum)
  base=
  case $name in *@base) ;; *) base=${medians[$name@base]:-} ;; esac
  awk -v n="$name" -v us="$us" -v f="$floor" -v kib="$kib" -v b="$base" \
    'BEGIN { printf "%-24s %10.1f %8.2f %14.1f %10s\n", n, us / 1000, us / f, kib / 1024, b == "" ? "" : sprintf("%.2f", us / b) }'
done
if [ -n "${medians[aws-list-profiles-5000]:-}" ]; then
  awk -v a="${medians[list-5000-cold]}" -v b="${medians[aws-list-profiles-5000]}" \
    'BEGIN { printf "list-5000-cold / aws configure list-profiles (same file): %.2f\n", a / b }'
fi
