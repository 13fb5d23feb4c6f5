# A SyntaxError in exec'd source, uncaught: the traceback shows the
# source line of the string and a caret, as CPython's does.
def run(source):
    exec(source)


run("total = 0")
run("for i in range(3) print(i)")
