from gevent import monkey; monkey.patch_all()
import gevent, time
from urllib.request import urlopen

MODE = "gevent"
URLS = ['https://www.python.org/', 'https://www.yahoo.com/', 'https://github.com/']

def get_page(url):
    print('GET: %s' % url)
    try:
        data = urlopen(url).read()
        print('%d bytes received from %s' % (len(data), url))
    except Exception as e:
        print(e)

start_time = time.time()
if MODE == "gevent":
    gevent.joinall([gevent.spawn(get_page, url) for url in URLS])
else:
    for url in URLS:
        get_page(url)
print('run time is %s' % (time.time() - start_time))
