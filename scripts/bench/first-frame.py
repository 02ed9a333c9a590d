#!/usr/bin/env python3
"""Times a program's first frame in a pseudo-terminal, for `npm run bench`.

Usage: first-frame.py COLS ROWS MARKER QUIT_KEYS -- COMMAND [ARGS...]
The clock starts immediately before the program is forked and stops when the text it has drawn
(escape sequences removed) first contains MARKER; this interpreter's own start-up is outside the
span. Then QUIT_KEYS are typed and the program is given 15 s to end (killed after that).
Prints one line: {"ms": <first frame>, "exit": <exit code or null when killed>}.
"""
import json, os, pty, re, select, signal, sys, time, fcntl, struct, termios

ANSI = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")

def read(master):
    try:
        return os.read(master, 65536)
    except OSError:
        return b""

def main():
    cols, rows, marker, quit_keys = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3].encode(), sys.argv[4].encode()
    command = sys.argv[sys.argv.index("--") + 1:]
    start = time.monotonic_ns()
    pid, master = pty.fork()
    if pid == 0:
        # The size is set on the child's side before exec, so the program sees it at once.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execvp(command[0], command)
    raw = b""
    seen = None
    deadline = time.monotonic() + 60
    while seen is None and time.monotonic() < deadline:
        if select.select([master], [], [], 0.5)[0]:
            data = read(master)
            if not data:
                break
            raw += data
            if marker in ANSI.sub(b"", raw):
                seen = time.monotonic_ns()
    if seen is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        sys.stderr.write("first-frame: %r never appeared; last output:\n%s\n" % (marker.decode(), ANSI.sub(b"", raw)[-1500:].decode(errors="replace")))
        sys.exit(1)
    os.write(master, quit_keys)
    code = None
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if select.select([master], [], [], 0.05)[0] and not read(master):
            pass
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
            break
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    print(json.dumps({"ms": (seen - start) / 1e6, "exit": code}))

main()
