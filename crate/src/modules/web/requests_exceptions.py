"""requests.exceptions: the library's exception tree."""


class RequestException(OSError):
    def __init__(self, *args, response=None, request=None):
        OSError.__init__(self, *args)
        self.response = response
        self.request = request


class HTTPError(RequestException):
    pass


class ConnectionError(RequestException):
    pass


class Timeout(RequestException):
    pass


class ConnectTimeout(ConnectionError):
    pass


class ReadTimeout(Timeout):
    pass


class URLRequired(RequestException):
    pass


class InvalidURL(RequestException):
    pass


class InvalidSchema(RequestException):
    pass


class TooManyRedirects(RequestException):
    pass
