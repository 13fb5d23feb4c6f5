# raise ... from ...: explicit chaining; from None suppresses the context.
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e

try:
    parse("x1")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    print(e.__suppress_context__)

def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("quiet") from None

try:
    quiet("y")
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
