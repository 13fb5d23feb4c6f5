import os, time

num = 0

print("this is main process (%s) start ..." % os.getpid())
rpid = os.fork()
if rpid == 0:
    num += 1
    print("我是子进程（%s），我的父进程是（%s） num=%d" % (os.getpid(), os.getppid(), num))
else:
    time.sleep(1)
    num += 1
    print("我是父进程（%s），我的子进程是（%s） num=%d" % (os.getpid(), rpid, num))
    os.waitpid(rpid, 0)
print("父子进程都可以执行这里的代码 (%s)" % os.getpid())
