"""urllib.parse: splitting URLs (CPython's Lib/urllib/parse.py, reduced)."""

from collections import namedtuple

_ParseResult = namedtuple('ParseResult', 'scheme netloc path params query fragment')
_SplitResult = namedtuple('SplitResult', 'scheme netloc path query fragment')


class _NetlocMixin:
    @property
    def hostname(self):
        host = self.netloc.rpartition('@')[2].partition(':')[0]
        return host.lower() or None

    @property
    def port(self):
        port = self.netloc.rpartition('@')[2].partition(':')[2]
        if not port:
            return None
        if not port.isdigit() or not 0 <= int(port) <= 65535:
            raise ValueError('Port out of range 0-65535')
        return int(port)


class ParseResult(_ParseResult, _NetlocMixin):
    def geturl(self):
        return urlunparse(self)


class SplitResult(_SplitResult, _NetlocMixin):
    def geturl(self):
        return urlunsplit(self)


def urlsplit(url, scheme='', allow_fragments=True):
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[:i].replace('+', '').replace('-', '').replace('.', '').isalnum() and url[0].isalpha():
        scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        rest = url[2:]
        end = len(rest)
        for c in '/?#':
            j = rest.find(c)
            if j >= 0 and j < end:
                end = j
        netloc, url = rest[:end], rest[end:]
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    s = urlsplit(url, scheme, allow_fragments)
    path, params = s.path, ''
    if ';' in path:
        path, params = path.split(';', 1)
    return ParseResult(s.scheme, s.netloc, path, params, s.query, s.fragment)


def urlunsplit(parts):
    scheme, netloc, url, query, fragment = parts
    if netloc:
        url = '//' + netloc + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(parts):
    scheme, netloc, url, params, query, fragment = parts
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~'


def quote(string, safe='/'):
    out = []
    for b in string.encode('utf-8'):
        c = chr(b)
        out.append(c if c in _SAFE or c in safe else '%%%02X' % b)
    return ''.join(out)


def quote_plus(string, safe=''):
    return quote(string, safe + ' ').replace(' ', '+')


def urlencode(query):
    items = query.items() if hasattr(query, 'items') else query
    return '&'.join(quote_plus(str(k)) + '=' + quote_plus(str(v)) for k, v in items)
