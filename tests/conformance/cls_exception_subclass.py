# User exception classes: extra attributes, custom __str__, hierarchies.
class AppError(Exception):
    pass

class NotEnough(AppError):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need, self.have = need, have

class Quiet(AppError):
    def __str__(self):
        return "quiet!"

def withdraw(balance, amount):
    if amount > balance:
        raise NotEnough(amount, balance)
    return balance - amount

for amount in [5, 50]:
    try:
        print(withdraw(10, amount))
    except AppError as e:
        print(type(e).__name__, e, e.need, e.have, e.args)
try:
    raise Quiet("ignored text")
except AppError as e:
    print(e, repr(e), e.args)
try:
    raise AppError
except Exception as e:
    print(repr(e), str(e) == "", isinstance(e, AppError))
print(issubclass(NotEnough, Exception), NotEnough.__mro__[1:3])
raise NotEnough(3, 1)
