import threading, time, random

STAFF = 5
OPEN_TICKS = 3
TICK = 0.5
ARRIVAL = 3

def door():
    counter = 0
    while True:
        if door_swiping_event.is_set():
            print('\033[32;1m door opening...\033[0m')
            counter += 1
        else:
            print('\033[31;1m door closed...., swipe to open.\033[0m')
            counter = 0
            door_swiping_event.wait()
        if counter > OPEN_TICKS:
            door_swiping_event.clear()
            counter = 0
        time.sleep(TICK)

def staff(n):
    print('staff [%s] is comming...' % n)
    while 1:
        if door_swiping_event.is_set():
            print('\033[34;1m door is opened, staff [%s] passing....\033[0m' % n)
            break
        print('staff [%s] sees door got closed, swipping the card....' % n)
        door_swiping_event.set()
        print('after set', door_swiping_event.is_set())
        time.sleep(TICK)

door_swiping_event = threading.Event()
threading.Thread(target=door, daemon=True).start()
staff_threads = []
for i in range(STAFF):
    p = threading.Thread(target=staff, args=(i,))
    time.sleep(random.randrange(ARRIVAL))
    p.start()
    staff_threads.append(p)
for p in staff_threads:
    p.join()
