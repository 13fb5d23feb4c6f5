"""urllib.request: urlopen for http and https URLs on the simulated web,
over http.client and so over socket (CPython's Lib/urllib/request.py,
reduced: no redirects, proxies or authentication)."""

import socket
import http.client
from urllib.parse import urlsplit
from urllib.error import URLError, HTTPError


class Request:
    def __init__(self, url, data=None, headers={}, method=None):
        self.full_url = url
        self.data = data
        self.headers = dict(headers)
        self.method = method
        parts = urlsplit(url)
        if not parts.scheme:
            raise ValueError('unknown url type: %r' % url)
        self.type = parts.scheme
        self.host = parts.netloc
        self.selector = (parts.path or '/') + ('?' + parts.query if parts.query else '')

    def get_method(self):
        return self.method or ('POST' if self.data is not None else 'GET')

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val


_CONNECTIONS = {'http': http.client.HTTPConnection, 'https': http.client.HTTPSConnection}


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
    """The response to a GET (or a POST with `data`): raises HTTPError for
    an error status, URLError when the host cannot be reached."""
    req = url if isinstance(url, Request) else Request(url, data)
    if req.type not in _CONNECTIONS:
        raise URLError('unknown url type: %s' % req.type)
    if not req.host:
        raise URLError('no host given')
    conn = _CONNECTIONS[req.type](req.host, timeout=timeout)
    headers = {'Accept-Encoding': 'identity', 'User-Agent': 'Python-urllib/3.11', 'Connection': 'close'}
    headers.update(req.headers)
    try:
        conn.request(req.get_method(), req.selector, req.data, headers)
    except OSError as err:
        conn.close()
        raise URLError(err)
    response = conn.getresponse()
    response.url = req.full_url
    if not 200 <= response.status < 300:
        raise HTTPError(req.full_url, response.status, response.reason, response.headers, response)
    return response
