#!/usr/bin/env python3
"""Runs a command in a real pseudo-terminal for end-to-end tests.

Usage: pty-host.py COLS ROWS [--report] -- COMMAND [ARGS...]
stdin  -> bytes typed into the terminal
stdout <- everything the program draws
fd 3   <- control lines: "resize COLS ROWS", "signal NAME"
fd 3   -> with --report, once the program has ended: "modes icanon=0|1 echo=0|1", the
          terminal's line mode as the program left it (raw mode must not outlive it)
Exits with the program's exit code (128 + signal number when it was killed).
"""
import fcntl, os, pty, select, signal, struct, sys, termios

def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

def main():
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    command = sys.argv[sys.argv.index("--") + 1:]
    pid, master = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    set_size(master, cols, rows)
    os.kill(pid, signal.SIGWINCH)
    control = 3
    inputs = [0, master, control]
    control_buffer = b""
    status = None
    while True:
        try:
            readable, _, _ = select.select(inputs, [], [], 0.05)
        except InterruptedError:
            continue
        if master in readable:
            try:
                data = os.read(master, 65536)
            except OSError:
                data = b""
            if data:
                os.write(1, data)
            else:
                inputs.remove(master)
        if 0 in readable:
            data = os.read(0, 65536)
            if data:
                os.write(master, data)
            else:
                inputs.remove(0)
        if control in readable:
            data = os.read(control, 4096)
            if not data:
                inputs.remove(control)
            control_buffer += data
            while b"\n" in control_buffer:
                line, control_buffer = control_buffer.split(b"\n", 1)
                parts = line.decode().split()
                if parts and parts[0] == "resize":
                    set_size(master, int(parts[1]), int(parts[2]))
                    os.kill(pid, signal.SIGWINCH)
                elif parts and parts[0] == "signal":
                    os.kill(pid, getattr(signal, parts[1]))
        if status is None:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = st
        if status is not None and master not in inputs:
            break
        if status is not None:
            # drain what is left, then stop
            try:
                while select.select([master], [], [], 0.05)[0]:
                    data = os.read(master, 65536)
                    if not data:
                        break
                    os.write(1, data)
            except OSError:
                pass
            break
    if "--report" in sys.argv[:sys.argv.index("--")]:
        lflag = termios.tcgetattr(master)[3]
        os.write(control, b"modes icanon=%d echo=%d\n" % (bool(lflag & termios.ICANON), bool(lflag & termios.ECHO)))
    if os.WIFSIGNALED(status):
        sys.exit(128 + os.WTERMSIG(status))
    sys.exit(os.WEXITSTATUS(status))

main()
