import threading, time

MODE = "async"
BUSY = 2

def friend(callback=None):
    time.sleep(BUSY)
    print("朋友: 忙完了")
    if callback:
        callback("一起去吃饭")

def on_done(result):
    print("回调:", result)

print("我: 喊朋友吃饭")
if MODE == "sync":
    friend()
    print("我: 一起去吃饭")
else:
    threading.Thread(target=friend, args=(on_done,)).start()
    for i in range(3):
        print("我: 先做别的事 %d" % i)
        time.sleep(0.5)
