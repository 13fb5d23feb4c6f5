# A bare raise re-raises the exception being handled, keeping its traceback.
def parse(s):
    return int(s)

def load(s):
    try:
        return parse(s)
    except ValueError:
        print("logging and re-raising")
        raise

print(load("5"))
load("five")
