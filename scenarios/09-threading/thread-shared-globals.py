from threading import Thread
import time

g_num = 100
g_nums = [11, 22, 33]

def work1(nums):
    global g_num
    for i in range(3):
        g_num += 1
    nums.append(44)
    print("----in work1, g_num is %d, nums is %s---" % (g_num, nums))

def work2(nums):
    print("----in work2, g_num is %d, nums is %s---" % (g_num, nums))

print("---线程创建之前g_num is %d---" % g_num)
t1 = Thread(target=work1, args=(g_nums,))
t1.start()
time.sleep(1)
t2 = Thread(target=work2, args=(g_nums,))
t2.start()
