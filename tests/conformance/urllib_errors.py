# urllib without a network: an unresolvable host, HTTP errors, urlparse.
import urllib.request
import urllib.error
import urllib.parse

try:
    urllib.request.urlopen('http://nonexistent.invalid/')
except urllib.error.URLError as e:
    print(type(e).__name__, e)
    print(repr(e.reason), e.reason.errno, isinstance(e, OSError))

try:
    urllib.request.urlopen('https://nonexistent.invalid/page', timeout=5)
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)

try:
    urllib.request.urlopen('nowhere')
except ValueError as e:
    print('ValueError', e)

e = urllib.error.HTTPError('http://x.test/', 404, 'Not Found', {}, None)
print(e, repr(e), e.code, e.reason, e.status, isinstance(e, urllib.error.URLError))
print(urllib.error.URLError('boom'))

u = urllib.parse.urlparse('https://user@www.Python.org:8080/a/b;p?q=1#frag')
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.hostname, u.port)
print(urllib.parse.urlparse('http://baidu.com'))
print(urllib.parse.urlsplit('http://163.com/').geturl())
print(urllib.parse.quote('a b/c'), urllib.parse.urlencode({'q': 'x y', 'n': 1}))
