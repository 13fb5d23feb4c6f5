import time
import gevent
from gevent import Timeout, with_timeout

start = time.time()
try:
    with Timeout(0.5):
        gevent.sleep(2)
except Timeout as t:
    print('caught', t, '%.1f' % (time.time() - start))

with Timeout(0.2, False):
    gevent.sleep(1)
    print('never')
print('silent', '%.1f' % (time.time() - start))

try:
    with Timeout(1, KeyError('late')):
        gevent.sleep(2)
except KeyError as e:
    print('custom', repr(e))

t = Timeout(0.3)
t.start()
print('pending', t.pending)
try:
    gevent.sleep(1)
except Timeout as e:
    print('same object', e is t, str(e))
print('pending', t.pending)
t = Timeout.start_new(0.1)
t.cancel()
gevent.sleep(0.2)
print('cancelled, no raise', t.pending)

print(str(Timeout(1)), '|', str(Timeout(2, 'msg')), '|', str(Timeout(3, False)), '|', repr(str(Timeout())))
print(with_timeout(0.1, gevent.sleep, 1, timeout_value='fallback'))
print(with_timeout(1, lambda: 'fast'))
try:
    with_timeout(0.1, gevent.sleep, 1)
except Timeout as e:
    print('with_timeout raised', e)
try:
    t = Timeout(1)
    t.start()
    t.start()
except AssertionError as e:
    print('AssertionError', str(e).split()[-1])
print('%.1f' % (time.time() - start))
