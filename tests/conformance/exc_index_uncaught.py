# IndexError from a subscript, uncaught.
queue = [1, 2, 3]
while True:
    item = queue[0]
    print("got", item)
    queue = queue[1:]
    if not queue:
        print(queue[0])
