LABEL = dict(
    split="heldout9",
    persona="Django developer at a community sports-club booking startup, writing tests for the member signup form",
    expertise_level=3, work_mode="testing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the form (MemberSignupForm), the cases (duplicate email, under-16 needs guardian) and pytest-django, "
               "leaving the test design to the agent: level 3. Testing: tests written as the goal. Trouble: pytest fails twice "
               "(database access not allowed, then the guardian test fails on the form itself); prompt 2 says 'leave it, "
               "I'll look at the form tomorrow' with the last run failed, so abandoned."),
)

SESSION = dict(
    cwd="/Users/keira/code/clubbook", start="2026-09-09T16:48:12Z",
    model="claude-sonnet-4-6", version="2.1.218",
    turns=[
        turn("write pytest tests for MemberSignupForm in members/forms.py. cases: duplicate email rejected, under 16 needs "
             "guardian_email, valid adult passes. we use pytest-django",
             read("/Users/keira/code/clubbook/members/forms.py",
                  "class MemberSignupForm(forms.ModelForm):\n    class Meta:\n        model = Member\n        fields = ['email', 'dob', 'guardian_email']\n"
                  "    def clean(self):\n        data = super().clean()\n        if age(data['dob']) < 16 and not data.get('guardian_email'):\n            self.add_error('guardian_email', 'Required for under-16s')\n"),
             write("/Users/keira/code/clubbook/members/tests/test_signup_form.py",
                   "import datetime as dt\nfrom members.forms import MemberSignupForm\n\ndef test_duplicate_email_rejected(member_factory):\n    ...\n\n"
                   "def test_under_16_needs_guardian():\n    ...\n\ndef test_valid_adult_passes():\n    ...\n"),
             bash("pytest members/tests/test_signup_form.py -q",
                  "EEE\n==================================== ERRORS ====================================\nRuntimeError: Database access not allowed, use the \"django_db\" mark\n"
                  "3 errors in 0.41s", code=1, desc="Run the new tests"),
             edit("/Users/keira/code/clubbook/members/tests/test_signup_form.py",
                  "from members.forms import MemberSignupForm\n", "import pytest\nfrom members.forms import MemberSignupForm\n\npytestmark = pytest.mark.django_db\n"),
             bash("pytest members/tests/test_signup_form.py -q",
                  "..F\n=================================== FAILURES ===================================\n_________________________ test_under_16_needs_guardian _________________________\n"
                  "    data = super().clean()\n>   if age(data['dob']) < 16 and not data.get('guardian_email'):\nE   KeyError: 'dob'\n"
                  "1 failed, 2 passed in 0.88s", code=1, desc="Rerun"),
             say("Two pass. The under-16 test fails, and not because of the test: when `dob` is invalid or missing, "
                 "`clean()` reads `data['dob']` and raises KeyError. That's a bug in the form. Want me to fix `clean()` "
                 "to use `data.get('dob')`?")),
        turn("hm no leave the form, its shared with the admin side. ill look at it tomorrow",
             say("OK, I've left forms.py untouched. The test file is in place with the failing under-16 case, which will "
                 "pass once `clean()` handles a missing dob.")),
    ],
)
