"""io: open() on the run's in-memory disk, with CPython's file objects'
behaviour and errors (Lib/_pyio.py), and StringIO."""

import _files

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    __module__ = "io"


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating, reading, writing, appending = "x" in modes, "r" in modes, "w" in modes, "a" in modes
    if creating + reading + writing + appending != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in modes and "t" in modes:
        raise ValueError("can't have text and binary mode at once")
    return creating, reading, writing, appending, "+" in modes, "b" in modes


class _File:
    """A file of the run's disk: reads and writes go straight to it."""

    def __init__(self, name, mode, binary, readable, writable, appending):
        self.name = name
        self.mode = mode
        self._binary = binary
        self._readable = readable
        self._writable = writable
        self._appending = appending
        self._pos = 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def _data(self):
        data = _files.read(self.name)
        return b"" if data is None else data

    def _out(self, data):
        return data if self._binary else data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")

    def read(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")
        data = self._data()
        if size is None or size < 0:
            chunk = data[self._pos:]
            self._pos = len(data)
            return self._out(chunk)
        if self._binary:
            chunk = data[self._pos:self._pos + size]
            self._pos += len(chunk)
            return chunk
        text = self._out(data[self._pos:])[:size]
        self._pos += len(text.encode("utf-8"))
        return text

    def readline(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("not readable")
        data = self._data()
        end = data.find(b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = data[self._pos:end]
        self._pos = end
        return self._out(chunk)

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("not writable")
        if self._binary:
            if not isinstance(s, bytes):
                raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
            data = bytes(s)
        else:
            if not isinstance(s, str):
                raise TypeError(f"write() argument must be str, not {type(s).__name__}")
            data = s.encode("utf-8")
        if self._appending:
            _files.append(self.name, data)
        else:
            old = self._data()
            _files.write(self.name, old[:self._pos] + data + old[self._pos + len(data):])
            self._pos += len(data)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, offset, whence=SEEK_SET):
        self._check_open()
        if whence == SEEK_SET:
            self._pos = offset
        elif whence == SEEK_CUR:
            self._pos += offset
        else:
            self._pos = len(self._data()) + offset
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else size
        _files.write(self.name, self._data()[:size])
        return size

    def flush(self):
        self._check_open()

    def close(self):
        self.closed = True

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        kind = "BufferedReader" if self._binary and not self._writable else "BufferedWriter" if self._binary else "TextIOWrapper"
        if self._binary:
            return f"<_io.{kind} name={self.name!r}>"
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Opens a file of the run's disk."""
    if not isinstance(file, str):
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    creating, reading, writing, appending, updating, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    exists = _files.exists(file)
    if reading and not exists:
        raise FileNotFoundError(2, "No such file or directory", file)
    if creating and exists:
        raise FileExistsError(17, "File exists", file)
    if writing or creating:
        _files.write(file, b"")
    elif appending and not exists:
        _files.write(file, b"")
    f = _File(file, mode, binary, reading or updating, not reading or updating, appending)
    if appending:
        f._pos = len(f._data())
    return f


class StringIO:
    """An in-memory text stream."""

    def __init__(self, initial_value="", newline="\n"):
        self._buf = initial_value or ""
        self._pos = 0
        self.closed = False

    def write(self, s):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def read(self, size=-1):
        end = len(self._buf) if size is None or size < 0 else self._pos + size
        chunk = self._buf[self._pos:end]
        self._pos += len(chunk)
        return chunk

    def readline(self):
        end = self._buf.find("\n", self._pos)
        end = len(self._buf) if end < 0 else end + 1
        chunk = self._buf[self._pos:end]
        self._pos = end
        return chunk

    def getvalue(self):
        return self._buf

    def seek(self, pos, whence=0):
        self._pos = pos if whence == 0 else self._pos + pos if whence == 1 else len(self._buf) + pos
        return self._pos

    def tell(self):
        return self._pos

    def close(self):
        self.closed = True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
