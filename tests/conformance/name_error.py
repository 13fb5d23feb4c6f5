def main():
    value = 1
    print(valeu)

main()
