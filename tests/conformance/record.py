"""Records what CPython prints for each conformance program.

For every NAME.py here (except this file), runs `python3 NAME.py` in this
folder's copy in an empty temporary folder, as pyconc's conformance test
runs it (file name NAME.py, standard input from NAME.in when present,
unbuffered output, no files but those in NAME.files/; the folder is cut from file paths in
tracebacks), and writes NAME.out
(stdout), NAME.err (stderr) and NAME.code (exit status). Run it with
CPython 3.11 after adding or changing a program:

    python3 tests/conformance/record.py [NAME.py ...]
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def record(name):
    stem = name[:-3]
    stdin_path = os.path.join(HERE, stem + ".in")
    stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
    env = dict(os.environ, PYTHONUNBUFFERED="1", PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    # Each program runs alone in an empty folder, as pyconc runs it on an
    # empty in-memory disk: the files it writes vanish with the folder.
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(os.path.join(HERE, name), work)
        fixtures = os.path.join(HERE, stem + ".files")
        if os.path.isdir(fixtures):
            shutil.copytree(fixtures, work, dirs_exist_ok=True)
        p = subprocess.run([sys.executable, name], cwd=work, input=stdin, capture_output=True, env=env, timeout=60)
    # CPython makes the script's path absolute; pyconc names it as given.
    stderr = p.stderr.replace((os.path.realpath(work) + os.sep).encode(), b"").replace((work + os.sep).encode(), b"")
    for ext, data in ((".out", p.stdout), (".err", stderr), (".code", b"%d\n" % p.returncode)):
        with open(os.path.join(HERE, stem + ext), "wb") as f:
            f.write(data)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record with CPython 3.11, not %s" % sys.version.split()[0])
    names = sys.argv[1:] or sorted(n for n in os.listdir(HERE) if n.endswith(".py") and n != "record.py")
    for name in names:
        record(os.path.basename(name))
        print("recorded", name)


if __name__ == "__main__":
    main()
