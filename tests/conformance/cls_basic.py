# Class attributes versus instance attributes; instance counting.
class Account:
    bank = "Py Bank"
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self

    def describe(self):
        return f"{self.owner}: {self.balance} at {self.bank}"

a = Account("ada", 10)
b = Account("bob")
a.deposit(5).deposit(5)
print(a.describe())
print(b.describe())
print(Account.count, a.count, b.bank)
b.bank = "Other"
print(b.bank, a.bank, Account.bank)
Account.bank = "New Bank"
print(a.bank, b.bank)
print(sorted(vars(a).items()), sorted(vars(b)))
print(type(a).__name__, a.__class__ is Account, isinstance(a, Account))
m = a.deposit
m(100)
print(a.balance, m.__self__ is a, m.__func__ is Account.deposit)
print(Account.deposit(b, 1).balance)
