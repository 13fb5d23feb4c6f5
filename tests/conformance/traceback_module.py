"""traceback: print_exc, format_exc, print_exception, format_exception(_only)."""
import sys
import traceback


def divide(a, b):
    return a / b


def worker(n):
    return divide(n, 0)


try:
    worker(1)
except ZeroDivisionError:
    print("caught")
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-2].strip(), "|", text.splitlines()[-1])
    traceback.print_exc(file=sys.stderr)

print(repr(traceback.format_exc()))


class TaskError(Exception):
    pass


def run():
    try:
        jobs = {}
        jobs.pop("job")
    except KeyError as e:
        raise TaskError("job failed") from e


try:
    run()
except TaskError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end="")
    print(len(lines), [line.split(",")[-1] for line in lines if line.startswith("  File")])
    print("".join(lines), end="", file=sys.stderr)
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    traceback.print_exception(*sys.exc_info())

try:
    try:
        int("x")
    except ValueError:
        undefined_name
except NameError:
    traceback.print_exc()
print(traceback.format_exception_only(ValueError("bad")), traceback.format_exception_only(KeyError("k")))
