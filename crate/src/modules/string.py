"""string: the character-class constants, capwords and Template ($name
substitution), as CPython's Lib/string.py defines them; Template is
parsed by hand, with the same placeholders and errors as its regular
expression gives."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

_IDSTART = ascii_letters + "_"
_IDCHARS = _IDSTART + digits


def capwords(s, sep=None):
    """s with each word capitalized (words split by sep, or by runs of whitespace when sep is None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class Template:
    """A string with $-substitutions: $name or ${name} take a value from a
    mapping or keywords, and $$ is a dollar sign."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _identifier(self, i):
        """The end of the identifier starting at i (i when there is none)."""
        t = self.template
        if i < len(t) and t[i] in _IDSTART:
            j = i + 1
            while j < len(t) and t[j] in _IDCHARS:
                j += 1
            return j
        return i

    def _invalid(self, i):
        """Raises CPython's ValueError for the bad placeholder at i, naming its line and column."""
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1])) + 1
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, lookup, safe):
        """The template with each placeholder replaced by lookup(name), or left as it is when safe and missing."""
        t = self.template
        out = []
        i = 0
        while True:
            j = t.find("$", i)
            if j < 0:
                out.append(t[i:])
                return "".join(out)
            out.append(t[i:j])
            if t.startswith("$$", j):
                out.append("$")
                i = j + 2
                continue
            if t.startswith("${", j):
                end = self._identifier(j + 2)
                if end > j + 2 and t.startswith("}", end):
                    out.append(self._value(lookup, t[j + 2:end], t[j:end + 1], safe))
                    i = end + 1
                    continue
            else:
                end = self._identifier(j + 1)
                if end > j + 1:
                    out.append(self._value(lookup, t[j + 1:end], t[j:end], safe))
                    i = end
                    continue
            if safe:
                out.append("$")
                i = j + 1
                continue
            self._invalid(j)

    @staticmethod
    def _value(lookup, name, text, safe):
        """The text of one placeholder: its value, or itself when safe and the name is missing."""
        if safe:
            try:
                return str(lookup(name))
            except KeyError:
                return text
        return str(lookup(name))

    def substitute(self, mapping=None, /, **kws):
        """The template filled in; KeyError for a missing name, ValueError for a bad placeholder."""
        return self._render(_lookup(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        """The template filled in, leaving missing names and bad placeholders as they are."""
        return self._render(_lookup(mapping, kws), True)

    def is_valid(self):
        """Whether every placeholder is well formed."""
        try:
            self._render(lambda name: "", False)
        except ValueError:
            return False
        return True

    def get_identifiers(self):
        """The names of the placeholders, in order of first appearance."""
        names = []

        def note(name):
            if name not in names:
                names.append(name)
            return ""

        self._render(note, True)
        return names


def _lookup(mapping, kws):
    """The name lookup of a substitution: keywords first, then the mapping."""
    if mapping is None:
        return kws.__getitem__
    if not kws:
        return mapping.__getitem__

    def chained(name):
        """The keyword's value, else the mapping's."""
        if name in kws:
            return kws[name]
        return mapping[name]

    return chained
