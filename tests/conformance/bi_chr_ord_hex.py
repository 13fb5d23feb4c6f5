# chr, ord, hex, oct, bin, and back again with int(s, base).
print(chr(65), chr(97), chr(0x4e2d), chr(128512), ord("A"), ord("中"), ord("\n"))
print(hex(0), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int(hex(1234), 16), int(oct(1234), 8), int(bin(1234), 2), int(bin(1234)[2:], 2), hex(2 ** 70))
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) for c in "abc"])
def attempt(thunk):
    try:
        print(thunk())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: ord("ab"))
attempt(lambda: ord(""))
attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: hex(1.5))
