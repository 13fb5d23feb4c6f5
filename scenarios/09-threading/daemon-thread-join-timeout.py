import time, threading

DAEMON = True
JOIN_EACH = 1
MAIN_WAIT = 2

def run(n):
    print('[%s]---running---\n' % n)
    time.sleep(2)
    print('---done----')

def main():
    for i in range(5):
        t = threading.Thread(target=run, args=[i, ])
        t.start()
        t.join(JOIN_EACH)
        print('starting thread', t.name)

m = threading.Thread(target=main, args=[])
m.daemon = DAEMON
m.start()
m.join(timeout=MAIN_WAIT)
print('---main thread done----')
