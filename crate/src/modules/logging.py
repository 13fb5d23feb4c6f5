"""logging: loggers in a dotted hierarchy, handlers, formatters and
filters, as CPython's Lib/logging/__init__.py defines them: the same
levels, record fields (%(asctime)s, %(threadName)s, %(processName)s,
%(lineno)d, ...), default formats, basicConfig, and output to stderr by
default. Handlers take a lock around emit, so records from many threads
never interleave."""

import sys
import os
import time
import threading
import atexit
import _traceback

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler", "Filter", "Formatter",
           "Handler", "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET", "NullHandler",
           "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig", "critical", "debug",
           "disable", "error", "exception", "fatal", "getLevelName", "getLogger", "info", "log",
           "shutdown", "warn", "warning", "lastResort", "raiseExceptions", "root"]

raiseExceptions = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG",
                NOTSET: "NOTSET"}
_nameToLevel = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING, "WARNING": WARNING,
                "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}

# The lock over the module's shared state: the logger tree, the level
# names, the root's handlers in basicConfig.
_lock = threading.RLock()

_startTime = time.time()

# The files whose frames are logging's own, skipped when looking for the caller.
_srcfiles = ("logging/__init__.py",)


def getLevelName(level):
    """The name of a level ("Level %s" for an unnamed one), or the level of a name."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Names a level, for the %(levelname)s of its records."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


def _checkLevel(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


class LogRecord:
    """One event being logged: its message and arguments, level, logger
    name, where and when it happened, and in which thread and process."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname.replace("\\", "/").rsplit("/", 1)[-1]
        self.module = self.filename.rsplit(".", 1)[0] if "." in self.filename else self.filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        self.thread = threading.get_ident()
        self.threadName = threading.current_thread().name
        self.processName = _process_name()
        self.process = os.getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message: str(msg), %-formatted with args when there are any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


def _process_name():
    """The name of the current process, as multiprocessing knows it.

    CPython asks multiprocessing only when sys.modules holds it; here
    sys.modules is a snapshot taken when sys was first imported, so the
    module is imported instead. That gives the same name: a process that
    never imported multiprocessing is "MainProcess" to a fresh import too."""
    import multiprocessing
    try:
        return multiprocessing.current_process().name
    except Exception:
        return "MainProcess"


def makeLogRecord(dict):
    """A record whose attributes are the items of dict (for records sent over a wire)."""
    rv = LogRecord(None, None, "", 0, "", (), None, None)
    for k, v in dict.items():
        setattr(rv, k, v)
    return rv


def _uses_field(fmt, style, field):
    """Whether a format of a style names a record field."""
    if style == "%":
        return "%(" + field + ")" in fmt
    if style == "{":
        return "{" + field + "}" in fmt or "{" + field + ":" in fmt or "{" + field + "!" in fmt
    return "$" + field in fmt or "${" + field + "}" in fmt


class PercentStyle:
    """A format of %(field)s directives."""

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        """Whether the format shows %(asctime)s."""
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raises ValueError unless the format has at least one %(field) directive."""
        i = self._fmt.find("%(")
        if i < 0 or self._fmt.find(")", i) < 0:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        values = dict(self._defaults) if self._defaults else {}
        values.update(vars(record))
        return values

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        """The record formatted, or ValueError naming a field it lacks."""
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)


class StrFormatStyle(PercentStyle):
    """A format of {field} replacement fields (str.format)."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def validate(self):
        """Raises ValueError unless the format has a replacement field."""
        if "{" not in self._fmt or "}" not in self._fmt:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._fmt.format(**self._values(record))


class StringTemplateStyle(PercentStyle):
    """A format of $field substitutions (string.Template)."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def __init__(self, *args, **kwargs):
        import string
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        """Whether the format shows $asctime."""
        return "$asctime" in self._fmt or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raises ValueError unless the format has a $ field."""
        if "$" not in self._fmt:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


class Formatter:
    """Turns a record into text by a format (% style by default:
    "%(message)s"), with asctime from the record's creation time."""

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time by datefmt, or as "2003-07-08 16:49:45,896"."""
        import datetime
        ct = datetime.datetime.fromtimestamp(record.created)
        if datefmt:
            return ct.strftime(datefmt)
        s = ct.strftime(self.default_time_format)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The report of an exception (from a sys.exc_info() triple), without its final newline."""
        s = _traceback.format_exception(ei[1])
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Whether the format shows asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        """The record formatted by the format alone."""
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The stack information, as it is."""
        return stack_info

    def format(self, record):
        """The record as text: its message formatted, then its exception's report when it has one."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class Filter:
    """Lets through the records of one logger and its children (all records when the name is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether the record comes from the logger named, or one below it."""
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """The filters of a logger or a handler."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        """Adds a filter: a Filter, an object with a filter(record) method, or a function of the record."""
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        """Removes a filter."""
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter lets the record through."""
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


class Handler(Filterer):
    """Sends records somewhere; subclasses say where in emit(). Each
    handler has a lock, held while it emits."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self.createLock()

    def get_name(self):
        """The handler's name."""
        return self._name

    def set_name(self, name):
        """Names the handler."""
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        """Makes the lock that serialises emit across threads."""
        self.lock = threading.RLock()

    def acquire(self):
        """Takes the handler's lock."""
        self.lock.acquire()

    def release(self):
        """Releases the handler's lock."""
        self.lock.release()

    def setLevel(self, level):
        """Sets the lowest level this handler emits."""
        self.level = _checkLevel(level)

    def format(self, record):
        """The record formatted by this handler's formatter, or the default one."""
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Sends the record; subclasses define it."""
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emits the record under the lock if the filters let it through; says whether they did."""
        rv = self.filter(record)
        if rv:
            with self.lock:
                self.emit(record)
        return rv

    def setFormatter(self, fmt):
        """Sets the formatter."""
        self.formatter = fmt

    def flush(self):
        """Flushes what the handler has buffered; subclasses define it."""

    def close(self):
        """Releases what the handler holds."""

    def handleError(self, record):
        """Reports an exception raised while emitting, on stderr, and carries on."""
        if raiseExceptions and sys.stderr:
            sys.stderr.write("--- Logging error ---\n")
            sys.stderr.write(_traceback.format_exception(sys.exc_info()[1]))
            sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes records to a stream, sys.stderr by default, one per line."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        """Flushes the stream."""
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        """Writes the formatted record and the terminator, then flushes."""
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Replaces the stream (flushing the old one) and returns the old one, or None when it is the same."""
        if stream is self.stream:
            return None
        result = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        name = getattr(self.stream, "name", "")
        name = str(name)
        if name:
            name += " "
        return "<%s %s(%s)>" % (type(self).__name__, name, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes records to a file (appending by default)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = filename
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding)

    def close(self):
        """Flushes and closes the file."""
        with self.lock:
            if self.stream:
                self.flush()
                self.stream.close()
                self.stream = None

    def emit(self, record):
        """Writes the record, opening the file first when opening was delayed."""
        if self.stream is None:
            if self.mode != "w" or not getattr(self, "_closed", False):
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The handler of last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        """sys.stderr as it is now."""
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries that leave output to the application)."""

    def handle(self, record):
        """Does nothing."""

    def emit(self, record):
        """Does nothing."""

    def createLock(self):
        """Needs no lock."""
        self.lock = None


class Logger(Filterer):
    """A named channel of records: it passes the records at or above its
    effective level to its handlers and, while propagate is true, to its
    ancestors' ("a.b" is below "a", everything is below the root)."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        """Sets the lowest level this logger passes on."""
        self.level = _checkLevel(level)

    def debug(self, msg, *args, **kwargs):
        """Logs msg % args at DEBUG."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        """Logs msg % args at WARNING (the old name of warning)."""
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs msg % args at ERROR with the report of the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        """Logs msg % args at level (a number)."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack info) of the code that called the logging method."""
        if stack_info:
            raise NotImplementedError("logging: stack_info=True is not supported yet")
        if stacklevel != 1:
            raise NotImplementedError("logging: stacklevel is not supported yet")
        found = _traceback.caller(_srcfiles)
        if found is None:
            return "(unknown file)", 0, "(unknown function)", None
        return found[0], found[1], found[2], None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        """A LogRecord, with the attributes of extra added (which may not replace its own)."""
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or hasattr(rv, key):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, None)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Passes the record to the handlers, unless the logger is disabled or a filter stops it."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        """Adds a handler."""
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        """Removes a handler."""
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has handlers."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                return False
            c = c.parent
        return False

    def callHandlers(self, record):
        """Gives the record to every handler up the tree whose level it meets; to lastResort when there are none."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0 and lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)

    def getEffectiveLevel(self):
        """The level of this logger, or of the nearest ancestor that has one set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at level would be handled (the disable() level and the effective level)."""
        if self.disabled or _disable_level >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        """The logger below this one named suffix."""
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (type(self).__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the tree, named "root", at WARNING."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


root = RootLogger(WARNING)
Logger.root = root
_loggers = {}
_disable_level = 0


def getLogger(name=None):
    """The logger of that dotted name, made the first time (the root logger without a name)."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    if not isinstance(name, str):
        raise TypeError("A logger name must be a string")
    with _lock:
        logger = _loggers.get(name)
        if logger is None:
            logger = Logger(name)
            _loggers[name] = logger
            _fix_parents(logger)
        return logger


def _fix_parents(logger):
    """Links a new logger into the tree: below its nearest existing
    ancestor, and above the existing loggers it is now the nearest ancestor of."""
    name = logger.name
    parent = root
    parts = name.split(".")
    for i in range(len(parts) - 1, 0, -1):
        candidate = _loggers.get(".".join(parts[:i]))
        if candidate is not None:
            parent = candidate
            break
    logger.parent = parent
    prefix = name + "."
    for other in _loggers.values():
        if other.name.startswith(prefix) and not other.parent.name.startswith(prefix):
            other.parent = logger


class LoggerAdapter:
    """A logger that adds contextual information (extra) to every record it logs."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The message and keywords to log: extra set to this adapter's."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        """Logs at DEBUG."""
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Logs at INFO."""
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Logs at WARNING."""
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Logs at ERROR."""
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Logs at ERROR with the exception being handled."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Logs at CRITICAL."""
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Logs at level, after process()."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        """Whether the underlying logger handles level."""
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        """Sets the underlying logger's level."""
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        """The underlying logger's effective level."""
        return self.logger.getEffectiveLevel()

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (type(self).__name__, logger.name, level)


def basicConfig(**kwargs):
    """Gives the root logger a handler (a StreamHandler on stderr, or a
    FileHandler with filename=) formatted by format/datefmt/style, and sets
    its level; does nothing when the root already has handlers, unless force=True."""
    with _lock:
        force = kwargs.pop("force", False)
        encoding = kwargs.pop("encoding", None)
        errors = kwargs.pop("errors", "backslashreplace")
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be specified together")
            elif "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", "a")
                if filename:
                    h = FileHandler(filename, mode, encoding=encoding, errors=errors)
                else:
                    h = StreamHandler(kwargs.pop("stream", None))
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", "%")
            if style not in _STYLES:
                raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ", ".join(kwargs.keys())
                raise ValueError("Unrecognised argument(s): %s" % keys)


def _root_configured():
    """Configures the root logger by default when it has no handlers, as the module-level functions do."""
    if len(root.handlers) == 0:
        basicConfig()


def critical(msg, *args, **kwargs):
    """Logs at CRITICAL on the root logger."""
    _root_configured()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    """Logs at ERROR on the root logger."""
    _root_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Logs at ERROR on the root logger, with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Logs at WARNING on the root logger."""
    _root_configured()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    """Logs at WARNING on the root logger (the old name of warning)."""
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Logs at INFO on the root logger."""
    _root_configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Logs at DEBUG on the root logger."""
    _root_configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Logs at level on the root logger."""
    _root_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at or below level, whatever the loggers' levels."""
    global _disable_level
    _disable_level = _checkLevel(level)


def shutdown():
    """Flushes and closes the handlers of every logger (run at exit)."""
    handlers = list(root.handlers)
    for logger in list(_loggers.values()):
        handlers.extend(logger.handlers)
    for h in reversed(handlers):
        try:
            with h.lock or _lock:
                h.flush()
                h.close()
        except (OSError, ValueError):
            pass


atexit.register(shutdown)
