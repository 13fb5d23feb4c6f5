# io.StringIO: an in-memory text file, and print(file=...) into it.
import io
buf = io.StringIO()
print("hello", "world", file=buf)
buf.write("more\n")
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.read()))
src = io.StringIO("a\nb\nc")
print([line.strip() for line in src])
