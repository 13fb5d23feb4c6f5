import threading, time, random

GREEN = 10
YELLOW = 3
RED = 7
CARS = 3
RUN_TIME = 30

def light():
    count = 0
    while True:
        if count == 0:
            event.set()
        if count < GREEN:
            print('\033[42;1m---green light on ---\033[0m')
        elif count < GREEN + YELLOW:
            print('\033[43;1m---yellow light on ---\033[0m')
        else:
            event.clear()
            print('\033[41;1m --red light on -- \033[0m')
        time.sleep(1)
        count = (count + 1) % (GREEN + YELLOW + RED)

def car(n):
    while 1:
        time.sleep(random.randrange(10))
        if event.is_set():
            print('car [%s] is running..' % n)
        else:
            print('car [%s] is waiting for the red light..' % n)

if __name__ == '__main__':
    event = threading.Event()
    threading.Thread(target=light, daemon=True).start()
    for i in range(CARS):
        threading.Thread(target=car, args=(i,), daemon=True).start()
    time.sleep(RUN_TIME)
