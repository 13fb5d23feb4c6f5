from gevent import monkey
monkey.patch_all()
import urllib.request
from gevent.pool import Pool

POOL_SIZE = 3
URLS = ['https://github.com/', 'https://www.python.org/', 'http://xueyp.github.io/',
        'http://baidu.com', 'http://163.com/']

def run_task(url):
    print('Visit --> %s' % url)
    try:
        response = urllib.request.urlopen(url)
        data = response.read()
        print('%d bytes received from %s.' % (len(data), url))
    except Exception as e:
        print(e)
    return '%s is fetched' % url

if __name__ == '__main__':
    pool = Pool(POOL_SIZE)
    results = pool.map(run_task, URLS)
    print(results)
