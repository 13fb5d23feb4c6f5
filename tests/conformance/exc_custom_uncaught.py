# A user-defined exception, uncaught, with a multi-line call.
class BankError(Exception):
    """Raised when the bank refuses."""

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(
            balance,
            amount,
        )
    return balance - amount

print(withdraw(10, 5))
withdraw(
    10,
    50,
)
