LABEL = dict(
    split="heldout4",
    persona="Second-year computing student asked to add tests to a small Python class for coursework",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the class and file and asks for pytest tests, 'including one for taking out too much money', "
               "one constraint, no other cases named; prompt 2 ('does it all pass?') is a 'does it work' check: level 2. Tests "
               "written as the goal: testing. No failure; `pytest` passes: verified success."),
)

SESSION = dict(
    cwd="/home/li/uni/prog2/coursework2", start="2026-11-24T15:50:00Z", model="claude-sonnet-4-6", version="2.1.284",
    turns=[
        turn("can you write pytest tests for my BankAccount class in account.py? we need to include one for taking out too much money",
             read("/home/li/uni/prog2/coursework2/account.py",
                  "class InsufficientFunds(Exception):\n    pass\n\n\nclass BankAccount:\n    def __init__(self, owner, balance=0):\n        self.owner = owner\n        self.balance = balance\n\n"
                  "    def deposit(self, amount):\n        if amount <= 0:\n            raise ValueError(\"deposit must be positive\")\n        self.balance += amount\n\n"
                  "    def withdraw(self, amount):\n        if amount > self.balance:\n            raise InsufficientFunds(f\"only {self.balance} available\")\n        self.balance -= amount"),
             write("/home/li/uni/prog2/coursework2/test_account.py",
                   "import pytest\nfrom account import BankAccount, InsufficientFunds\n\n\ndef test_new_account_starts_at_zero():\n    assert BankAccount(\"Li\").balance == 0\n\n\n"
                   "def test_deposit_adds_to_balance():\n    acc = BankAccount(\"Li\", 10)\n    acc.deposit(5)\n    assert acc.balance == 15\n\n\n"
                   "def test_deposit_rejects_zero_and_negative():\n    acc = BankAccount(\"Li\")\n    with pytest.raises(ValueError):\n        acc.deposit(0)\n    with pytest.raises(ValueError):\n        acc.deposit(-3)\n\n\n"
                   "def test_withdraw_takes_money_out():\n    acc = BankAccount(\"Li\", 20)\n    acc.withdraw(8)\n    assert acc.balance == 12\n\n\n"
                   "def test_withdraw_too_much_raises_and_keeps_balance():\n    acc = BankAccount(\"Li\", 20)\n    with pytest.raises(InsufficientFunds):\n        acc.withdraw(25)\n    assert acc.balance == 20\n"),
             say("I wrote `test_account.py` with five tests: a new account starts at 0, deposits add up, zero or negative deposits are refused, withdrawals "
                 "subtract, and withdrawing too much raises `InsufficientFunds` **and** leaves the balance unchanged.")),
        turn("does it all pass?",
             bash("python3 -m pytest -q", ".....                                                                    [100%]\n5 passed in 0.03s", desc="Run the tests"),
             say("Yes, all 5 pass.")),
    ],
)
