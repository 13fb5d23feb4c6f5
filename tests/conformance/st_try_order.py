# try / except / else / finally: the order things run in.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run(False))
print(run(True))

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")

print(ret_in_finally())

def override():
    try:
        return 1
    finally:
        return 2

print(override())

def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

print(swallow())

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    return "ok"

print(nested())
try:
    pass
finally:
    print("plain finally")
