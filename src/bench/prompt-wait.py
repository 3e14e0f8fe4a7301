#!/usr/bin/env python3
"""The wait a person sees after typing the MFA code: time from the code's Enter to the new session
in the credentials file, with awsmfa prompting on a real pseudo-terminal and a loopback STS.

    src/bench/prompt-wait.py [ROUNDS] [BASELINE_DIR]

The STS answers over https, as every AWS endpoint does (a certificate for 127.0.0.1 made with
openssl, trusted through a copy of the JDK's trust store). ROUNDS (default 10) refreshes per build, interleaved; BASELINE_DIR holds another build's awsmfa
and awsmfa.jar (e.g. copied from target/ before a change) to measure side by side. The code is
typed THINK seconds (default 3, env PROMPT_THINK) after the prompt appears, as a person reading it
off a phone does. Needs the packaged target/awsmfa. Prints medians in milliseconds.
"""
import http.server
import os
import ssl
import subprocess
import pty
import select
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
THINK = float(os.environ.get("PROMPT_THINK", "3"))
LONG_TERM = ("[dev-long-term]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
             "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
             "aws_mfa_device = arn:aws:iam::123456789012:mfa/alice\n")


class Sts(http.server.BaseHTTPRequestHandler):
    """GetSessionToken on 127.0.0.1, answered with a session of twelve hours."""
    body = open(os.path.join(ROOT, "src/test/resources/sts-responses/get-session-token.xml")).read()

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        expiration = (datetime.now(timezone.utc) + timedelta(hours=12)).strftime("%Y-%m-%dT%H:%M:%SZ")
        start = self.body.index("<Expiration>") + len("<Expiration>")
        answer = (self.body[:start] + expiration + self.body[self.body.index("</Expiration>"):]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def java_home():
    return os.environ.get("JAVA_HOME") or os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java"))))


def https(server, work):
    """Serves over TLS with a certificate for 127.0.0.1; returns the trust store that trusts it."""
    key, cert, store = (os.path.join(work, name) for name in ("sts.key", "sts.pem", "cacerts"))
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(java_home(), "lib", "security", "cacerts"), store)
    os.chmod(store, 0o600)
    subprocess.run([os.path.join(java_home(), "bin", "keytool"), "-importcert", "-noprompt", "-alias", "sts",
                    "-file", cert, "-keystore", store, "-storepass", "changeit"], check=True, capture_output=True)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return store


def refresh(launcher, home, cache, port, store):
    """One refresh under a pseudo-terminal; milliseconds from Enter to the file written."""
    credentials = os.path.join(home, ".aws", "credentials")
    with open(credentials, "w") as f:
        f.write(LONG_TERM)
    os.chmod(credentials, 0o600)
    env = {"HOME": home, "PATH": os.environ["PATH"], "LANG": "C.UTF-8", "TZ": "UTC",
           "XDG_CACHE_HOME": cache, "AWS_SHARED_CREDENTIALS_FILE": credentials,
           "AWS_CONFIG_FILE": os.path.join(home, ".aws", "config"),
           "JAVA_HOME": java_home(), "AWSMFA_JAVA_OPTS": "-Djavax.net.ssl.trustStore=" + store}
    pid, terminal = pty.fork()
    if pid == 0:
        os.execve(launcher, [launcher, "--profile", "dev", "--no-code-guard",
                             "--endpoint-url", "https://127.0.0.1:%d" % port], env)
    screen = b""
    while b"Enter MFA code" not in screen:
        ready, _, _ = select.select([terminal], [], [], 30)
        if not ready:
            raise SystemExit("no prompt after 30 s; the screen showed: %r" % screen)
        screen += os.read(terminal, 4096)
    time.sleep(THINK)
    os.write(terminal, b"123456\r")
    enter = time.monotonic()
    while "[dev]" not in open(credentials).read():
        time.sleep(0.001)
        if time.monotonic() - enter > 30:
            raise SystemExit("no session written 30 s after Enter; the screen showed: %r" % screen)
    written = time.monotonic()
    try:
        while os.read(terminal, 4096):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    return (written - enter) * 1000


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    builds = {"this build": os.path.join(ROOT, "target", "awsmfa")}
    if len(sys.argv) > 2:
        builds["baseline"] = os.path.join(sys.argv[2], "awsmfa")
    work = tempfile.mkdtemp(prefix="awsmfa-prompt-")
    server = http.server.HTTPServer(("127.0.0.1", 0), Sts)
    store = https(server, work)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    homes = {}
    for name in builds:
        home = os.path.join(work, name.replace(" ", "-"))
        os.makedirs(os.path.join(home, ".aws"), mode=0o700)
        os.makedirs(os.path.join(home, "cache"), mode=0o700)
        homes[name] = home
    waits = {name: [] for name in builds}
    # Warm-up: trains each launcher's class-data archive in the background; wait for it to settle.
    for name, launcher in builds.items():
        refresh(launcher, homes[name], os.path.join(homes[name], "cache"), server.server_port, store)
    time.sleep(60)
    for _ in range(rounds):
        for name, launcher in builds.items():
            waits[name].append(refresh(launcher, homes[name], os.path.join(homes[name], "cache"), server.server_port, store))
    print("wait from the code's Enter to the session written, %d rounds, typed %.0f s after the prompt" % (rounds, THINK))
    for name in builds:
        print("%-12s median %6.1f ms  (min %.1f, max %.1f)" % (name, statistics.median(waits[name]),
                                                              min(waits[name]), max(waits[name])))
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
