# Chinese text in prints and formatting, as the course's tutorials print it.
tasks = ["唱歌", "跳舞", "写代码"]
for i, t in enumerate(tasks, 1):
    print("第%d个任务: %s" % (i, t))
print("进程号: %s, 父进程号: %s" % ("1", "0"))
print(f"任务数量: {len(tasks)}", "、".join(tasks))
d = {"名字": "小明", "年龄": 18}
print(d, list(d), str(d))
print("唱歌".center(10, "-"), len("写代码") * 2, "写代码"[1:])
