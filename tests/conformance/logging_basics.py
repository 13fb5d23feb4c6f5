"""logging: levels, basicConfig, loggers in a tree, handlers, formatters, filters, exceptions."""
import io
import logging
import sys

logging.warning("before any configuration: %s", "lastResort-free default")
logging.info("not shown: the root is at WARNING")
root = logging.getLogger()
print(root, root.level, root.handlers[0].formatter._fmt, logging.getLevelName(logging.WARNING),
      logging.getLevelName(25), logging.getLevelName("ERROR"))

logging.basicConfig(level=logging.DEBUG, format="ignored")
print(root.level, len(root.handlers))
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s %(threadName)s %(message)s",
                    stream=sys.stdout, force=True)
logging.debug("debug %d", 1)
logging.info("info %s", {"a": 1})
logging.error("error %(job)s", {"job": "build"})
logging.critical("critical")
logging.log(logging.WARNING, "via log()")

log = logging.getLogger("app.worker")
print(log, log.parent is root, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
app = logging.getLogger("app")
print(log.parent is app, logging.getLogger("app.worker") is log, app.getChild("worker") is log)
app.setLevel("WARNING")
log.info("hidden: app is at WARNING")
log.warning("shown through the root's handler")

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)s: %(message)s"))
handler.setLevel(logging.ERROR)
app.addHandler(handler)
log.warning("only the root")
log.error("both")
app.propagate = False
log.error("only app's handler")
print(repr(stream.getvalue()), app.hasHandlers(), logging.getLogger("other").hasHandlers())

brace = io.StringIO()
h2 = logging.StreamHandler(brace)
h2.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
dollar = logging.StreamHandler(brace)
dollar.setFormatter(logging.Formatter("$levelname/${message}", style="$"))
named = logging.getLogger("styles")
named.propagate = False
named.addHandler(h2)
named.addHandler(dollar)
named.warning("styled %s", "message")
print(brace.getvalue(), end="")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


counted = io.StringIO()
h3 = logging.StreamHandler(counted)
h3.addFilter(OnlyEven())
filt = logging.getLogger("filtered")
filt.propagate = False
filt.addHandler(h3)
filt.setLevel(logging.INFO)
for i in range(5):
    filt.info("n=%d", i)
filt.addFilter(lambda r: r.args[0] != 2)
for i in range(5):
    filt.info("again n=%d", i)
print(repr(counted.getvalue()))
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})))

fmt = logging.Formatter("%(levelname)s %(message)s %(user)s")
rec = logging.LogRecord("x", logging.INFO, "p.py", 3, "hi %s", ("there",), None)
rec.user = "ann"
print(fmt.format(rec), rec.getMessage(), repr(rec))
print(logging.Formatter("%(asctime)s", datefmt="%Y").formatTime(logging.makeLogRecord({"created": 0.5}), "%H:%M:%S"))

print(root.handlers[0].setStream(sys.stderr) is sys.stdout, root.handlers[0].setStream(sys.stderr))
try:
    ratio = 1 / 0
except ZeroDivisionError:
    logging.exception("division failed")
    log.propagate = False
    logging.error("with exc_info", exc_info=True)
root.handlers[0].setStream(sys.stdout)

adapter = logging.LoggerAdapter(logging.getLogger("adapted"), {"conn": 7})
logging.getLogger("adapted").propagate = False
out = io.StringIO()
h4 = logging.StreamHandler(out)
h4.setFormatter(logging.Formatter("%(conn)s %(message)s"))
logging.getLogger("adapted").addHandler(h4)
adapter.warning("adapted %s", "msg")
print(out.getvalue(), end="")

for bad in [lambda: logging.getLogger("z").setLevel("LOUD"), lambda: logging.getLogger("z").setLevel(1.5),
            lambda: logging.Formatter("no fields"), lambda: logging.Formatter("%(x)s", style="?"),
            lambda: logging.basicConfig(force=True, bogus=1),
            lambda: logging.getLogger("z").info("x", extra={"message": 1})]:
    try:
        bad()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
logging.addLevelName(25, "NOTICE")
logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
logging.log(25, "custom level")
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("still on")
logging.disable(logging.NOTSET)
print(logging.getLogger("root") is root, logging.DEBUG, logging.FATAL, logging.WARN)
