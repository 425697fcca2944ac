LABEL = dict(
    split="dev",
    persona="Django developer at a logistics firm's internal tools team",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the page, the feature (CSV export), a constraint (respect the current filters) and a "
               "check (run the tests), but not the columns, the file name or the size limits; prompt 2 is a short "
               "commit request: level 3. A new feature was added (building). No failures; manage.py test passed "
               "and the commit succeeded: verified."),
)

SESSION = dict(
    cwd="/home/jo/src/depot-tools", start="2026-03-09T11:05:00Z", model="claude-sonnet-4-6", version="2.1.231",
    turns=[
        turn("Add an export to CSV button on the shipments report page. It should export what's currently on "
             "screen, so respect whatever filters are applied. Add a test and run the test suite when you're done.",
             grep("class ShipmentReport", path="reports", files=["reports/views.py"], pre="Let me find the report view."),
             par(read("/home/jo/src/depot-tools/reports/views.py",
                      "class ShipmentReportView(LoginRequiredMixin, FilterView):\n    model = Shipment\n    filterset_class = ShipmentFilter\n    template_name = 'reports/shipments.html'\n    paginate_by = 50"),
                 read("/home/jo/src/depot-tools/reports/templates/reports/shipments.html", "{% block actions %}\n<a class=\"btn\" href=\"{% url 'reports:shipments' %}\">Reset</a>\n{% endblock %}")),
             edit("/home/jo/src/depot-tools/reports/views.py", "    paginate_by = 50",
                  "    paginate_by = 50\n\n\nclass ShipmentReportCSVView(ShipmentReportView):\n    paginate_by = None\n\n    def render_to_response(self, context, **kwargs):\n"
                  "        resp = HttpResponse(content_type='text/csv')\n        resp['Content-Disposition'] = 'attachment; filename=\"shipments.csv\"'\n        w = csv.writer(resp)\n"
                  "        w.writerow(['reference', 'depot', 'status', 'dispatched_at'])\n        for s in self.object_list.iterator():\n            w.writerow([s.reference, s.depot.code, s.get_status_display(), s.dispatched_at])\n        return resp"),
             edit("/home/jo/src/depot-tools/reports/urls.py", "    path('shipments/', views.ShipmentReportView.as_view(), name='shipments'),",
                  "    path('shipments/', views.ShipmentReportView.as_view(), name='shipments'),\n    path('shipments.csv', views.ShipmentReportCSVView.as_view(), name='shipments_csv'),"),
             edit("/home/jo/src/depot-tools/reports/templates/reports/shipments.html", "{% block actions %}",
                  "{% block actions %}\n<a class=\"btn\" href=\"{% url 'reports:shipments_csv' %}?{{ request.GET.urlencode }}\">Export CSV</a>"),
             write("/home/jo/src/depot-tools/reports/tests/test_csv_export.py",
                   "class ShipmentCSVExportTests(TestCase):\n    def test_export_respects_status_filter(self):\n        ...\n        resp = self.client.get(reverse('reports:shipments_csv'), {'status': 'delivered'})\n"
                   "        rows = list(csv.reader(io.StringIO(resp.content.decode())))\n        self.assertEqual([r[0] for r in rows[1:]], ['SH-002'])\n"),
             bash("python manage.py test reports", "Found 23 test(s).\nCreating test database for alias 'default'...\n.......................\n----------------------------------------------------------------------\nRan 23 tests in 1.842s\n\nOK",
                  desc="Run the reports tests", ms=9800),
             say("Done:\n\n- **`ShipmentReportCSVView`** subclasses the report view, so it uses the same "
                 "`ShipmentFilter`. Pagination is turned off, so the export contains every filtered row, not just "
                 "the 50 on screen.\n- **URL** `reports/shipments.csv`.\n- **Button**: \"Export CSV\" passes the "
                 "current query string (`request.GET.urlencode`) through, so the filters carry over.\n- **Columns:** "
                 "reference, depot, status, dispatched_at.\n- **Test:** exporting with `status=delivered` returns "
                 "only the delivered shipment.\n\nAll 23 tests in `reports` pass.")),
        turn("nice, commit it please",
             bash("git add reports && git commit -m \"reports: CSV export of the filtered shipments report\"",
                  "[feature/shipments-csv 0d4e7aa] reports: CSV export of the filtered shipments report\n 4 files changed, 46 insertions(+)",
                  desc="Commit"),
             say("Committed on `feature/shipments-csv` (0d4e7aa).")),
    ],
)
