"""json: dumps, loads, dump and load, as CPython 3.11's json package
encodes and decodes (Lib/json/encoder.py, decoder.py and the _json
scanner's messages), written out without regular expressions."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONDecoder", "JSONEncoder"]


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error."""

    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif ensure_ascii and not (" " <= c <= "~"):
            n = ord(c)
            if n < 0x10000:
                out.append("\\u{0:04x}".format(n))
            else:
                n -= 0x10000
                out.append("\\u{0:04x}\\u{1:04x}".format(0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF)))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


class JSONEncoder:
    """Python values to JSON text, as json.JSONEncoder."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        out = []
        self._encode(o, out, indent, 0, {} if self.check_circular else None)
        return out

    def _float(self, o):
        if o != o:
            text = "NaN"
        elif o == float("inf"):
            text = "Infinity"
        elif o == -float("inf"):
            text = "-Infinity"
        else:
            return repr(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _encode(self, o, out, indent, level, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, indent, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, indent, level, markers)
        else:
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            self._encode(self.default(o), out, indent, level, markers)
            if markers is not None:
                del markers[id(o)]

    def _enter(self, o, markers):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def _encode_list(self, lst, out, indent, level, markers):
        if not lst:
            out.append("[]")
            return
        self._enter(lst, markers)
        out.append("[")
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, out, indent, level, markers)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("]")
        if markers is not None:
            del markers[id(lst)]

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")

    def _encode_dict(self, dct, out, indent, level, markers):
        if not dct:
            out.append("{}")
            return
        self._enter(dct, markers)
        out.append("{")
        if indent is not None:
            level += 1
            newline_indent = "\n" + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, indent, level, markers)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + indent * level)
        out.append("}")
        if markers is not None:
            del markers[id(dct)]


_WS = " \t\n\r"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"


class _StopScan(Exception):
    pass


class JSONDecoder:
    """JSON text to Python values, as json.JSONDecoder with the C scanner."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        end = _skip(s, 0)
        obj, end = self.raw_decode(s, end)
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _StopScan as stop:
            raise JSONDecodeError("Expecting value", s, stop.args[0]) from None

    def _value(self, s, idx):
        if idx >= len(s):
            raise _StopScan(idx)
        c = s[idx]
        if c == '"':
            return self._string(s, idx + 1)
        if c == "{":
            return self._object(s, idx + 1)
        if c == "[":
            return self._array(s, idx + 1)
        if c == "n" and s[idx:idx + 4] == "null":
            return None, idx + 4
        if c == "t" and s[idx:idx + 4] == "true":
            return True, idx + 4
        if c == "f" and s[idx:idx + 5] == "false":
            return False, idx + 5
        if c == "N" and s[idx:idx + 3] == "NaN":
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s[idx:idx + 8] == "Infinity":
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s[idx:idx + 9] == "-Infinity":
            return self.parse_constant("-Infinity"), idx + 9
        return self._number(s, idx)

    def _number(self, s, start):
        n = len(s)
        i = start
        if i < n and s[i] == "-":
            i += 1
        if i < n and s[i] == "0":
            i += 1
        elif i < n and "1" <= s[i] <= "9":
            i += 1
            while i < n and "0" <= s[i] <= "9":
                i += 1
        else:
            raise _StopScan(start)
        is_float = False
        if i + 1 < n and s[i] == "." and "0" <= s[i + 1] <= "9":
            i += 2
            while i < n and "0" <= s[i] <= "9":
                i += 1
            is_float = True
        if i < n and s[i] in "eE":
            j = i + 1
            if j < n and s[j] in "-+":
                j += 1
            if j < n and "0" <= s[j] <= "9":
                j += 1
                while j < n and "0" <= s[j] <= "9":
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, end):
        begin = end - 1
        chunks = []
        n = len(s)
        while True:
            i = end
            while i < n and s[i] != '"' and s[i] != "\\" and (s[i] >= " " or not self.strict):
                i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            chunks.append(s[end:i])
            c = s[i]
            if c == '"':
                return "".join(chunks), i + 1
            if c != "\\":
                raise JSONDecodeError("Invalid control character at", s, i)
            if i + 1 >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[i + 1]
            if esc != "u":
                if esc not in _BACKSLASH:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                chunks.append(_BACKSLASH[esc])
                end = i + 2
                continue
            uni = self._hex4(s, i + 1)
            end = i + 6
            if 0xD800 <= uni <= 0xDBFF and s[end:end + 2] == "\\u":
                uni2 = self._hex4(s, end + 1)
                if 0xDC00 <= uni2 <= 0xDFFF:
                    uni = 0x10000 + (((uni - 0xD800) << 10) | (uni2 - 0xDC00))
                    end += 6
            chunks.append(chr(uni))

    def _hex4(self, s, pos):
        digits = s[pos + 1:pos + 5]
        if len(digits) != 4 or any(d not in _HEX for d in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
        return int(digits, 16)

    def _object(self, s, idx):
        pairs = []
        idx = _skip(s, idx)
        if idx < len(s) and s[idx] == "}":
            return self._finish_object(pairs), idx + 1
        while True:
            if idx >= len(s) or s[idx] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
            key, idx = self._string(s, idx + 1)
            idx = _skip(s, idx)
            if idx >= len(s) or s[idx] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip(s, idx + 1)
            try:
                value, idx = self._value(s, idx)
            except _StopScan as stop:
                raise JSONDecodeError("Expecting value", s, stop.args[0]) from None
            pairs.append((key, value))
            idx = _skip(s, idx)
            if idx < len(s) and s[idx] == "}":
                return self._finish_object(pairs), idx + 1
            if idx >= len(s) or s[idx] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip(s, idx + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, idx):
        values = []
        idx = _skip(s, idx)
        if idx < len(s) and s[idx] == "]":
            return values, idx + 1
        while True:
            try:
                value, idx = self._value(s, idx)
            except _StopScan as stop:
                raise JSONDecodeError("Expecting value", s, stop.args[0]) from None
            values.append(value)
            idx = _skip(s, idx)
            if idx < len(s) and s[idx] == "]":
                return values, idx + 1
            if idx >= len(s) or s[idx] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip(s, idx + 1)


def _skip(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    cls = cls or JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like object)."""
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, bytes):
        s = s.decode("utf-8")
    else:
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    cls = cls or JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
               parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document)."""
    return loads(fp.read(), **kw)
