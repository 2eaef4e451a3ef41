#!/usr/bin/env python3
"""plift remind --send: every reminder reaches its coach at least once.

A programme with two coaches (eva, asa) and a company without one. The
sendmail of [reminders].sendmail is a script that keeps each message it is
given in an outbox, and refuses (exit 1) every message to asa while a flag
file exists.

- `remind --send --new-only` with asa refused: exit 75, stderr names asa and
  says her reminders come again; eva's and the office's messages are in the
  outbox.
- Run again with sendmail working: exit 0, asa's message is sent, and eva's
  reminders are not sent again (nobody gets a reminder twice).
- Run a third time: nothing is sent.
- A sendmail that cannot be run: exit 75, nothing remembered.
- plift killed (SIGKILL) while sendmail holds a message: nothing was
  remembered, so the next run sends every reminder again (at least once),
  and the database is intact.
- --send refuses --mail-dir, --dry-run and a --format other than mail (64).

Usage: send_test.py --plift BINARY
"""
import argparse
import email
import email.policy
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

failures = []

SENDMAIL = """#!/bin/sh
# Keeps the message; refuses mail to asa while refuse-asa exists.
dir=$(dirname "$0")
message=$(mktemp "$dir/outbox/msg.XXXXXX")
cat > "$message"
if [ -e "$dir/slow" ]; then
  sleep 30
fi
if [ -e "$dir/refuse-asa" ] && grep -q '^To:.*asa' "$message"; then
  rm -f "$message"
  echo "sendmail: asa's mailbox is unavailable" >&2
  exit 1
fi
exit 0
"""


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)
    return condition


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    plift = os.path.realpath(parser.parse_args().plift)
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, HOME=folder, PLIFT_TODAY="2026-11-16", LC_ALL="C.UTF-8", TZ="UTC")
        for name in ("PLIFT_CONFIG", "PLIFT_DB", "XDG_CONFIG_HOME"):
            env.pop(name, None)

        def run(*args):
            return subprocess.run([plift, *args], cwd=folder, env=env, capture_output=True, text=True)

        def setup(*args):
            result = run(*args)
            if result.returncode != 0:
                raise SystemExit(f"setup: plift {' '.join(args)}: exit {result.returncode}: {result.stderr}")

        setup("init", "-q", "--template", "produktionslyftet")
        setup("-q", "coach", "add", "eva", "--name", "Eva Lind", "--org", "RISE", "--email", "eva@example.se")
        setup("-q", "coach", "add", "asa", "--name", "Åsa Ström", "--org", "IUC", "--email", "asa@example.se")
        setup("-q", "company", "add", "Brødrene AS", "--key", "brodrene", "--region", "Sydsverige", "--sector",
              "metall", "--employees", "40", "--start", "2026-09-07", "--coach", "eva")
        setup("-q", "company", "add", "Plåt AB", "--key", "plat", "--region", "Sydsverige", "--sector", "metall",
              "--employees", "25", "--start", "2026-03-02", "--coach", "asa")
        setup("-q", "company", "add", "Gjuteri AB", "--key", "gjuteri", "--region", "Sydsverige", "--sector",
              "metall", "--employees", "60", "--start", "2026-10-05")
        sendmail = os.path.join(folder, "fake-sendmail")
        with open(sendmail, "w") as f:
            f.write(SENDMAIL)
        os.chmod(sendmail, 0o755)
        os.mkdir(os.path.join(folder, "outbox"))
        config = os.path.join(folder, "plift.toml")
        with open(config) as f:
            text = f.read()
        check("sendmail = \"/usr/sbin/sendmail -t -oi\"" in text, "plift.toml has no sendmail line to set")
        with open(config, "w") as f:
            f.write(text.replace("sendmail = \"/usr/sbin/sendmail -t -oi\"", f"sendmail = \"{sendmail} -t -oi\""))

        def take_outbox():
            messages = []
            outbox = os.path.join(folder, "outbox")
            for name in sorted(os.listdir(outbox)):
                with open(os.path.join(outbox, name), "rb") as f:
                    messages.append(email.message_from_bytes(f.read(), policy=email.policy.default))
                os.unlink(os.path.join(outbox, name))
            return messages

        def recipients(messages):
            return sorted(str(m["To"]) for m in messages)

        def body(message):
            return message.get_body(preferencelist=("plain",)).get_content()

        open(os.path.join(folder, "refuse-asa"), "w").close()
        first = run("remind", "--send", "--new-only")
        check(first.returncode == 75, f"asa refused: exit {first.returncode}, not 75: {first.stderr}")
        check("asa" in first.stderr and "come again" in first.stderr, f"asa refused: stderr {first.stderr!r}")
        sent = take_outbox()
        to = recipients(sent)
        check(any("eva@example.se" in t for t in to), f"eva's message was not sent: {to}")
        check(not any("asa@example.se" in t for t in to), f"asa's refused message is in the outbox: {to}")
        check(len(sent) == 2, f"the first run sent {len(sent)} messages, not eva's and the office's: {to}")

        os.unlink(os.path.join(folder, "refuse-asa"))
        second = run("remind", "--send", "--new-only")
        check(second.returncode == 0, f"sendmail working: exit {second.returncode}: {second.stderr}")
        sent = take_outbox()
        to = recipients(sent)
        check(any("asa@example.se" in t for t in to), f"asa's reminders did not come again: {to}")
        check(not any("eva@example.se" in t for t in to), f"eva got her reminders twice: {to}")
        for message in sent:
            check("Brødrene" not in body(message), "a reminder of eva's company was sent twice")

        third = run("remind", "--send", "--new-only")
        check(third.returncode == 0 and not take_outbox(), f"third run: exit {third.returncode}, or mail sent again")

        # A sendmail that cannot be run remembers nothing.
        setup("-q", "company", "add", "Nytt AB", "--key", "nytt", "--region", "Sydsverige", "--sector", "metall",
              "--employees", "12", "--start", "2026-10-05", "--coach", "eva")
        with open(config) as f:
            text = f.read()
        with open(config, "w") as f:
            f.write(text.replace(f"sendmail = \"{sendmail} -t -oi\"", "sendmail = \"/nonexistent/sendmail -t\""))
        missing = run("remind", "--send", "--new-only")
        check(missing.returncode == 75 and "cannot run" in missing.stderr,
              f"missing sendmail: exit {missing.returncode}: {missing.stderr}")
        with open(config, "w") as f:
            f.write(text)
        again = run("remind", "--send", "--new-only")
        check(again.returncode == 0, f"after a missing sendmail: exit {again.returncode}: {again.stderr}")
        sent = take_outbox()
        check(any("Nytt AB" in body(m) for m in sent), "Nytt AB's reminders did not come again")

        # Killed mid-send: the next run sends everything again.
        setup("-q", "company", "add", "Sist AB", "--key", "sist", "--region", "Sydsverige", "--sector", "metall",
              "--employees", "12", "--start", "2026-10-05", "--coach", "asa")
        open(os.path.join(folder, "slow"), "w").close()
        killed = subprocess.Popen([plift, "remind", "--send", "--new-only"], cwd=folder, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not os.listdir(os.path.join(folder, "outbox")):
            time.sleep(0.05)
        killed.kill()
        killed.wait()
        try:
            os.killpg(killed.pid, signal.SIGKILL)  # the sendmail it left holding a message
        except ProcessLookupError:
            pass
        os.unlink(os.path.join(folder, "slow"))
        take_outbox()
        after_kill = run("remind", "--send", "--new-only")
        check(after_kill.returncode == 0, f"after the kill: exit {after_kill.returncode}: {after_kill.stderr}")
        sent = take_outbox()
        check(any("Sist AB" in body(m) for m in sent), "Sist AB's reminders were lost with the killed run")
        integrity = sqlite3.connect(os.path.join(folder, "plift.db")).execute("PRAGMA integrity_check").fetchone()
        check(integrity == ("ok",), f"integrity after the kill: {integrity}")

        for args, what in ((["--mail-dir", "out"], "--mail-dir"), (["--dry-run", "--new-only"], "--dry-run"),
                           (["--format", "json"], "--format json")):
            refused = run("remind", "--send", *args)
            check(refused.returncode == 64, f"--send with {what}: exit {refused.returncode}")

    if failures:
        print(f"send_test: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("send_test: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
