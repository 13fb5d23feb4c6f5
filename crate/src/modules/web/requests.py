"""requests: the part of the requests library the course uses (get, post,
Response), over http.client and so over socket, on the simulated web."""

import http.client
from urllib.parse import urlsplit
import requests.exceptions as exceptions
from requests.exceptions import ConnectionError, HTTPError, Timeout, RequestException

__version__ = '2.31.0'

_CONNECTIONS = {'http': http.client.HTTPConnection, 'https': http.client.HTTPSConnection}


class Response:
    """What a request returned."""

    def __init__(self, url, raw):
        self.url = url
        self.status_code = raw.status
        self.reason = raw.reason
        self.headers = raw.headers
        self.content = raw.read()
        self.encoding = raw.headers.get_content_charset('utf-8')

    @property
    def ok(self):
        return self.status_code < 400

    @property
    def text(self):
        return self.content.decode(self.encoding, 'replace')

    def json(self):
        import json
        return json.loads(self.text)

    def raise_for_status(self):
        if 400 <= self.status_code < 500:
            kind = 'Client Error'
        elif 500 <= self.status_code < 600:
            kind = 'Server Error'
        else:
            return
        raise HTTPError('%s %s: %s for url: %s' % (self.status_code, kind, self.reason, self.url), response=self)

    def __repr__(self):
        return '<Response [%s]>' % self.status_code

    def __bool__(self):
        return self.ok


def request(method, url, params=None, data=None, headers=None, timeout=None, **kwargs):
    parts = urlsplit(url)
    if parts.scheme not in _CONNECTIONS:
        raise exceptions.InvalidSchema("No connection adapters were found for '%s'" % url)
    if not parts.hostname:
        raise exceptions.InvalidURL('Invalid URL %r: No host supplied' % url)
    path = (parts.path or '/') + ('?' + parts.query if parts.query else '')
    conn = _CONNECTIONS[parts.scheme](parts.netloc, timeout=timeout)
    sent = {'User-Agent': 'python-requests/' + __version__, 'Accept': '*/*', 'Connection': 'close'}
    sent.update(headers or {})
    try:
        conn.request(method, path, data, sent)
        raw = conn.getresponse()
        return Response(url, raw)
    except TimeoutError as e:
        conn.close()
        raise Timeout(e)
    except OSError as e:
        conn.close()
        port = parts.port or conn.default_port
        pool = 'HTTPSConnectionPool' if parts.scheme == 'https' else 'HTTPConnectionPool'
        raise ConnectionError("%s(host='%s', port=%d): Max retries exceeded with url: %s (Caused by %r)"
                              % (pool, parts.hostname, port, path, e))


def get(url, params=None, **kwargs):
    return request('GET', url, params=params, **kwargs)


def post(url, data=None, **kwargs):
    return request('POST', url, data=data, **kwargs)


def head(url, **kwargs):
    return request('HEAD', url, **kwargs)
