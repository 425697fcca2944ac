LABEL = dict(
    split="heldout11",
    persona="Django developer adding a CSV export action to a club-membership admin",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the admin class, the file, the columns and asks for the tests to be run, leaving the approach and edge cases to the agent: level 3; prompt 2 adds one constraint (UK date format for Excel). "
               "A new admin action is written with a test: building. Both pytest runs pass and nothing fails: verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/rhys/src/clubhouse", start="2027-01-13T10:25:00Z", model="claude-sonnet-4-6", version="2.1.256", branch="feature/member-csv-export",
    turns=[
        turn("Add an admin action to MemberAdmin that exports the selected members to CSV - name, email, membership type, joined date. It's in members/admin.py. Run the tests after",
             par(read("/home/rhys/src/clubhouse/members/admin.py",
                      "from django.contrib import admin\n\nfrom .models import Member, MembershipType\n\n\n@admin.register(Member)\nclass MemberAdmin(admin.ModelAdmin):\n    list_display = (\"full_name\", \"email\", \"membership_type\", \"joined\", \"is_active\")\n    list_filter = (\"membership_type\", \"is_active\")\n    search_fields = (\"first_name\", \"last_name\", \"email\")\n\n\nadmin.site.register(MembershipType)"),
                 read("/home/rhys/src/clubhouse/members/models.py",
                      "from django.db import models\n\n\nclass MembershipType(models.Model):\n    name = models.CharField(max_length=50)\n\n    def __str__(self):\n        return self.name\n\n\nclass Member(models.Model):\n    first_name = models.CharField(max_length=80)\n    last_name = models.CharField(max_length=80)\n    email = models.EmailField(unique=True)\n    membership_type = models.ForeignKey(MembershipType, on_delete=models.PROTECT)\n    joined = models.DateField()\n    is_active = models.BooleanField(default=True)\n\n    @property\n    def full_name(self):\n        return f\"{self.first_name} {self.last_name}\""),
                 glob("members/tests/*.py", ["members/tests/__init__.py", "members/tests/conftest.py", "members/tests/test_models.py", "members/tests/test_views.py"])),
             edit("/home/rhys/src/clubhouse/members/admin.py",
                  "from django.contrib import admin\n\nfrom .models import Member, MembershipType\n\n\n@admin.register(Member)\nclass MemberAdmin(admin.ModelAdmin):",
                  "import csv\n\nfrom django.contrib import admin\nfrom django.http import HttpResponse\n\nfrom .models import Member, MembershipType\n\n\n@admin.action(description=\"Export selected members to CSV\")\ndef export_members_csv(modeladmin, request, queryset):\n    response = HttpResponse(content_type=\"text/csv\")\n    response[\"Content-Disposition\"] = 'attachment; filename=\"members.csv\"'\n    writer = csv.writer(response)\n    writer.writerow([\"Name\", \"Email\", \"Membership type\", \"Joined\"])\n    for m in queryset.select_related(\"membership_type\").order_by(\"last_name\", \"first_name\"):\n        writer.writerow([m.full_name, m.email, m.membership_type.name, m.joined.isoformat()])\n    return response\n\n\n@admin.register(Member)\nclass MemberAdmin(admin.ModelAdmin):\n    actions = [export_members_csv]"),
             write("/home/rhys/src/clubhouse/members/tests/test_admin_export.py",
                   "import csv\nimport datetime as dt\nimport io\n\nimport pytest\nfrom django.urls import reverse\n\nfrom members.models import Member, MembershipType\n\n\n@pytest.mark.django_db\ndef test_export_selected_members(admin_client):\n    full = MembershipType.objects.create(name=\"Full\")\n    a = Member.objects.create(first_name=\"Ann\", last_name=\"Zed\", email=\"ann@example.com\", membership_type=full, joined=dt.date(2024, 3, 1))\n    b = Member.objects.create(first_name=\"Bob\", last_name=\"Able\", email=\"bob@example.com\", membership_type=full, joined=dt.date(2025, 7, 9))\n    Member.objects.create(first_name=\"Cy\", last_name=\"Not\", email=\"cy@example.com\", membership_type=full, joined=dt.date(2025, 1, 1))\n\n    resp = admin_client.post(reverse(\"admin:members_member_changelist\"),\n                             {\"action\": \"export_members_csv\", \"_selected_action\": [a.pk, b.pk]})\n\n    assert resp.status_code == 200\n    assert resp[\"Content-Type\"] == \"text/csv\"\n    rows = list(csv.reader(io.StringIO(resp.content.decode())))\n    assert rows[0] == [\"Name\", \"Email\", \"Membership type\", \"Joined\"]\n    assert rows[1:] == [[\"Bob Able\", \"bob@example.com\", \"Full\", \"2025-07-09\"],\n                        [\"Ann Zed\", \"ann@example.com\", \"Full\", \"2024-03-01\"]]\n"),
             bash("pytest members -q", "..............                                                           [100%]\n14 passed in 2.81s", desc="Run the members tests", ms=5400),
             say("Added `export_members_csv` as an admin action on `MemberAdmin`: select members in the changelist, choose **Export selected members to CSV**, and you get `members.csv` with Name, Email, Membership type and Joined, sorted by surname. "
                 "It uses `select_related` so it's one query however many members you pick. I added `members/tests/test_admin_export.py` (checks only the selected members are exported, header and order), and `pytest members` passes: 14 passed.")),
        turn("nice. can the date be dd/mm/yyyy, the office opens it in excel uk",
             edit("/home/rhys/src/clubhouse/members/admin.py",
                  "m.joined.isoformat()", "m.joined.strftime(\"%d/%m/%Y\")"),
             edit("/home/rhys/src/clubhouse/members/tests/test_admin_export.py",
                  "    assert rows[1:] == [[\"Bob Able\", \"bob@example.com\", \"Full\", \"2025-07-09\"],\n                        [\"Ann Zed\", \"ann@example.com\", \"Full\", \"2024-03-01\"]]",
                  "    assert rows[1:] == [[\"Bob Able\", \"bob@example.com\", \"Full\", \"09/07/2025\"],\n                        [\"Ann Zed\", \"ann@example.com\", \"Full\", \"01/03/2024\"]]"),
             bash("pytest members -q", "..............                                                           [100%]\n14 passed in 2.77s", desc="Run the members tests", ms=5300),
             say("Done: the Joined column is now `dd/mm/yyyy` (e.g. 09/07/2025), and the test is updated to match. 14 passed. Excel with UK regional settings will read it as a date.")),
    ],
)
