LABEL = dict(
    split="heldout9",
    persona="Backend developer on a Django 5 app for a regional bus company's lost-property office",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the view (ItemListView), the feature (CSV export respecting the current filters) and asks for "
               "the tests to be run and a commit, but leaves the approach to the agent: level 3, close to the guide's own "
               "example. Building: a new feature. `python manage.py test lostprop` passes and the commit succeeds; nothing fails, so verified."),
)

SESSION = dict(
    cwd="/home/olu/src/lostprop", start="2026-10-27T10:41:36Z",
    model="claude-sonnet-4-6", version="2.1.228", branch="feature/csv-export",
    turns=[
        turn("add a CSV export to ItemListView in lostprop/views.py. it has to use whatever filters are set (route, date range, "
             "claimed). add a test, run the tests and commit if green",
             read("/home/olu/src/lostprop/lostprop/views.py",
                  "class ItemListView(LoginRequiredMixin, FilterView):\n    model = Item\n    filterset_class = ItemFilter\n    paginate_by = 50\n"),
             edit("/home/olu/src/lostprop/lostprop/views.py",
                  "    paginate_by = 50\n",
                  "    paginate_by = 50\n\n    def get(self, request, *args, **kwargs):\n        if request.GET.get(\"format\") == \"csv\":\n"
                  "            return self.export_csv()\n        return super().get(request, *args, **kwargs)\n\n    def export_csv(self):\n"
                  "        qs = self.filterset_class(self.request.GET, queryset=self.get_queryset()).qs\n        resp = HttpResponse(content_type=\"text/csv\")\n"
                  "        resp[\"Content-Disposition\"] = 'attachment; filename=\"lost-items.csv\"'\n        w = csv.writer(resp)\n"
                  "        w.writerow([\"ref\", \"found_on\", \"route\", \"description\", \"claimed\"])\n        for i in qs:\n"
                  "            w.writerow([i.ref, i.found_on, i.route.code, i.description, i.claimed])\n        return resp\n"),
             write("/home/olu/src/lostprop/lostprop/tests/test_export.py",
                   "class ItemExportTests(TestCase):\n    def test_export_respects_route_filter(self):\n        ...\n        resp = self.client.get('/items/?route=42&format=csv')\n"
                   "        rows = list(csv.reader(io.StringIO(resp.content.decode())))\n        self.assertEqual(len(rows), 3)\n"),
             bash("python manage.py test lostprop", "Found 38 test(s).\nCreating test database for alias 'default'...\nSystem check identified no issues (0 silenced).\n"
                  "......................................\n----------------------------------------------------------------------\nRan 38 tests in 2.914s\n\nOK\nDestroying test database for alias 'default'...",
                  desc="Run the app's tests"),
             bash("git add lostprop/views.py lostprop/tests/test_export.py && git commit -m \"Add CSV export to item list, honouring filters\"",
                  "[feature/csv-export 4be91c2] Add CSV export to item list, honouring filters\n 2 files changed, 41 insertions(+)", desc="Commit"),
             say("Added `?format=csv` to ItemListView: it applies the same ItemFilter as the page, so route, date range and "
                 "claimed carry over. New test passes with the other 37; committed as 4be91c2. You'll want a link on the "
                 "template that keeps the query string, e.g. `?{{ request.GET.urlencode }}&format=csv`.")),
    ],
)
