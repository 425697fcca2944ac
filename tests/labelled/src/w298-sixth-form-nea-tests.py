LABEL = dict(
    split="heldout10",
    persona="Sixth-form student writing tests for an A-level Computer Science NEA project",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the module and the goal (tests for the booking functions, 'my teacher says we need evidence of testing') with pytest implied, nothing on "
               "cases: level 2; prompt 2 just says to fix it. Tests are written as the goal: testing. The first pytest run has a failure that exposes a real bug "
               "(trouble); after the fix pytest passes 9/9: verified success."),
)

SESSION = dict(
    cwd="/home/aisha/nea-gym-booking", start="2026-11-21T16:40:00Z", model="claude-sonnet-4-6", version="2.1.240", branch="main",
    turns=[
        turn("can u write tests for the functions in booking.py for my NEA, my teacher says we need evidence of testing. we use pytest at school",
             read("/home/aisha/nea-gym-booking/booking.py",
                  "from datetime import datetime, timedelta\n\nMAX_PER_CLASS = 12\n\ndef can_book(class_time, now, booked):\n    if booked >= MAX_PER_CLASS:\n        return False\n    return class_time - now > timedelta(hours=1)\n\ndef price(member_type, age):\n    if member_type == 'student' or age < 18:\n        return 3.50\n    if age > 65:\n        return 4.00\n    return 6.00\n\ndef cancel_refund(class_time, now):\n    return class_time - now >= timedelta(hours=24)"),
             write("/home/aisha/nea-gym-booking/test_booking.py",
                   "from datetime import datetime, timedelta\nfrom booking import can_book, price, cancel_refund\n\nNOW = datetime(2026, 3, 2, 9, 0)\n\ndef test_can_book_normal():\n    assert can_book(NOW + timedelta(hours=3), NOW, 5)\n\ndef test_cannot_book_full_class():\n    assert not can_book(NOW + timedelta(hours=3), NOW, 12)\n\ndef test_cannot_book_within_an_hour():\n    assert not can_book(NOW + timedelta(minutes=30), NOW, 0)\n\ndef test_can_book_exactly_one_hour_before():\n    assert can_book(NOW + timedelta(hours=1), NOW, 0)\n\ndef test_price_student():\n    assert price('student', 30) == 3.50\n\ndef test_price_under_18():\n    assert price('standard', 16) == 3.50\n\ndef test_price_over_65():\n    assert price('standard', 70) == 4.00\n\ndef test_price_standard():\n    assert price('standard', 40) == 6.00\n\ndef test_refund_24_hours_before():\n    assert cancel_refund(NOW + timedelta(hours=24), NOW)\n"),
             bash("python -m pytest -q", "........F                                                                [100%]\n\n", code=1, desc="Run the tests",
                  stderr="FAILED test_booking.py::test_can_book_exactly_one_hour_before - assert False\n1 failed, 8 passed in 0.05s"),
             say("I wrote 9 tests in `test_booking.py` (normal, boundary and invalid cases – good for your NEA write-up). 8 pass; one fails: booking **exactly** one hour before "
                 "is refused, because `can_book` uses `>` instead of `>=`. Your spec says bookings close one hour before, so I think that's a real bug. Want me to fix it?")),
        turn("oh yeah thats a bug lol. fix it",
             edit("/home/aisha/nea-gym-booking/booking.py", "    return class_time - now > timedelta(hours=1)", "    return class_time - now >= timedelta(hours=1)"),
             bash("python -m pytest -q", ".........                                                                [100%]\n9 passed in 0.04s", desc="Run the tests again"),
             say("Fixed (`>=`), and all 9 tests pass. For the write-up you can show the failing run, the fix, and the passing run as evidence of iterative testing.")),
    ],
)
