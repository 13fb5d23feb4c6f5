# f-strings: expressions, conversions, format specs, nesting, self-documenting =.
name, qty, price = "widget", 3, 4.5
print(f"{name} x{qty} = {qty * price}")
print(f"{name!r} {name!s} {name.upper()} {len(name)}")
print(f"{price:.2f}|{price:8.3f}|{price:<8}|{price:>8}|{price:^9}|")
print(f"{qty:05d}|{qty:+d}|{-qty:d}|{qty:x}|{255:X}|{255:#x}|{5:b}|{8:o}|{qty:>4}|")
print(f"{1234567:,}|{1234567.891:,.2f}|{0.256:.1%}|{12345.678:e}|{0.00012:g}|{1e20:g}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{'mid':*^{width}}]")
print(f"{qty=}", f"{price * 2 = }", f"{name=!r:>10}")
items = {"a": 1}
print(f"{items['a']} {items!r} {[x * 2 for x in range(3)]} {'yes' if qty else 'no'}")
print(f"{{literal}} {'{'}{qty}{'}'}")
print(f"{'唱歌':>6}|{'唱歌':<6}|{'中':^5}|")
print(f"{True} {None} {True:d} {3.0} {1e-7} {2**70}")
