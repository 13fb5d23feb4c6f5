"""urllib.error: URLError and HTTPError, as CPython's Lib/urllib/error.py."""


class URLError(OSError):
    def __init__(self, reason, filename=None):
        OSError.__init__(self, reason)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % self.reason


class HTTPError(URLError):
    """An HTTP error status; also a response whose body can be read."""

    def __init__(self, url, code, msg, hdrs, fp):
        OSError.__init__(self, code, msg)
        self.code = code
        self.msg = msg
        self.hdrs = hdrs
        self.fp = fp
        self.filename = self.url = url

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        return self.msg

    @property
    def status(self):
        return self.code

    @property
    def headers(self):
        return self.hdrs

    def getcode(self):
        return self.code

    def info(self):
        return self.hdrs

    def geturl(self):
        return self.url

    def read(self, amt=None):
        return self.fp.read(amt) if self.fp is not None else b''


class ContentTooShortError(URLError):
    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
