LABEL = dict(
    split="heldout10",
    persona="Flutter developer at a small agency, Riverpod app for a gym chain",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the screen, the provider and the outcome (pull-to-refresh that re-fetches the class list) with one constraint (keep the "
               "cached list visible while loading) and asks for the widget tests to be run, leaving the approach to the agent: level 3. A feature is added: "
               "building (the tests only check it). No action fails; `flutter test` passes: verified success."),
)

SESSION = dict(
    cwd="/Users/dani/work/pulse-gym-app", start="2026-11-26T10:12:00Z", model="claude-sonnet-4-6", version="2.1.247", branch="feat/class-refresh",
    turns=[
        turn("Add pull-to-refresh to the ClassScheduleScreen so it refetches via classScheduleProvider. Keep the old list on screen while it reloads, dont flash a spinner over it. Add a widget test for it and run flutter test when done",
             read("/Users/dani/work/pulse-gym-app/lib/features/schedule/class_schedule_screen.dart",
                  "class ClassScheduleScreen extends ConsumerWidget {\n  const ClassScheduleScreen({super.key});\n\n  @override\n  Widget build(BuildContext context, WidgetRef ref) {\n    final schedule = ref.watch(classScheduleProvider);\n    return schedule.when(\n      data: (classes) => ListView.builder(\n        itemCount: classes.length,\n        itemBuilder: (_, i) => ClassTile(classes[i]),\n      ),\n      loading: () => const Center(child: CircularProgressIndicator()),\n      error: (e, _) => ErrorView(e),\n    );\n  }\n}"),
             edit("/Users/dani/work/pulse-gym-app/lib/features/schedule/class_schedule_screen.dart",
                  "    return schedule.when(\n      data: (classes) => ListView.builder(\n        itemCount: classes.length,\n        itemBuilder: (_, i) => ClassTile(classes[i]),\n      ),",
                  "    return schedule.when(\n      // keep showing the previous list while a refresh is in flight\n      skipLoadingOnRefresh: true,\n      data: (classes) => RefreshIndicator(\n        onRefresh: () => ref.refresh(classScheduleProvider.future),\n        child: ListView.builder(\n          physics: const AlwaysScrollableScrollPhysics(),\n          itemCount: classes.length,\n          itemBuilder: (_, i) => ClassTile(classes[i]),\n        ),\n      ),"),
             write("/Users/dani/work/pulse-gym-app/test/features/schedule/class_schedule_refresh_test.dart",
                   "void main() {\n  testWidgets('pull to refresh refetches and keeps the list visible', (tester) async {\n    var calls = 0;\n    await tester.pumpWidget(ProviderScope(overrides: [\n      classScheduleProvider.overrideWith((ref) async { calls++; return [fakeClass('Spin $calls')]; }),\n    ], child: const MaterialApp(home: ClassScheduleScreen())));\n    await tester.pumpAndSettle();\n    expect(find.text('Spin 1'), findsOneWidget);\n    await tester.fling(find.byType(ListView), const Offset(0, 400), 1000);\n    await tester.pump();\n    expect(find.byType(CircularProgressIndicator), findsNothing);\n    expect(find.text('Spin 1'), findsOneWidget);\n    await tester.pumpAndSettle();\n    expect(calls, 2);\n    expect(find.text('Spin 2'), findsOneWidget);\n  });\n}\n"),
             bash("flutter test", "00:07 +46: All tests passed!", desc="Run the Flutter tests", ms=38000),
             say("Done. The list is wrapped in a `RefreshIndicator` that refreshes `classScheduleProvider`; `skipLoadingOnRefresh: true` keeps the old list on screen "
                 "instead of the spinner, and `AlwaysScrollableScrollPhysics` lets you pull even when the list is short. New widget test checks the refetch and that no spinner "
                 "replaces the list. `flutter test`: all 46 pass.")),
    ],
)
