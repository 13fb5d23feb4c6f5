# input() at the end of standard input, uncaught.
print("asking")
answer = input("answer: ")
print("never", answer)
