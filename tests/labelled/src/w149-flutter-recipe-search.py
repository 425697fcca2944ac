LABEL = dict(
    split="heldout5",
    persona="Mobile developer at a meal-kit startup, two years of Flutter",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the screen (RecipeListScreen), the outcome (a search field that filters by title and ingredient) and one "
               "constraint (case-insensitive), and asks for the widget tests to be run, leaving state handling and edge cases to the agent: "
               "level 3. A new feature added to the app: building. No action fails; `flutter test` passes after the change: verified success."),
)

SESSION = dict(
    cwd="/Users/tomasz/dev/mealkit_app", start="2026-11-23T13:40:00Z", model="claude-sonnet-4-6", version="2.1.243", branch="recipe-search",
    turns=[
        turn("Add a search field to the top of RecipeListScreen that filters the recipes by title or ingredient as you type, case-insensitive. "
             "Add a widget test for it and run flutter test when you're done",
             par(read("/Users/tomasz/dev/mealkit_app/lib/screens/recipe_list_screen.dart",
                      "class RecipeListScreen extends StatelessWidget {\n  const RecipeListScreen({super.key, required this.recipes});\n  final List<Recipe> recipes;\n\n"
                      "  @override\n  Widget build(BuildContext context) {\n    return Scaffold(\n      appBar: AppBar(title: const Text('This week')),\n"
                      "      body: ListView(children: [for (final r in recipes) RecipeTile(recipe: r)]),\n    );\n  }\n}"),
                 read("/Users/tomasz/dev/mealkit_app/lib/models/recipe.dart", "class Recipe {\n  const Recipe({required this.title, required this.ingredients, required this.minutes});\n"
                      "  final String title;\n  final List<String> ingredients;\n  final int minutes;\n}")),
             write("/Users/tomasz/dev/mealkit_app/lib/screens/recipe_list_screen.dart",
                   "class RecipeListScreen extends StatefulWidget {\n  const RecipeListScreen({super.key, required this.recipes});\n  final List<Recipe> recipes;\n\n"
                   "  @override\n  State<RecipeListScreen> createState() => _RecipeListScreenState();\n}\n\nclass _RecipeListScreenState extends State<RecipeListScreen> {\n"
                   "  String _query = '';\n\n  bool _matches(Recipe r) {\n    final q = _query.trim().toLowerCase();\n    if (q.isEmpty) return true;\n"
                   "    return r.title.toLowerCase().contains(q) || r.ingredients.any((i) => i.toLowerCase().contains(q));\n  }\n\n  @override\n  Widget build(BuildContext context) {\n"
                   "    final shown = widget.recipes.where(_matches).toList();\n    return Scaffold(\n      appBar: AppBar(title: const Text('This week')),\n      body: Column(children: [\n"
                   "        Padding(\n          padding: const EdgeInsets.all(12),\n          child: TextField(\n            key: const Key('recipe-search'),\n"
                   "            decoration: const InputDecoration(prefixIcon: Icon(Icons.search), hintText: 'Search recipes or ingredients'),\n"
                   "            onChanged: (v) => setState(() => _query = v),\n          ),\n        ),\n        Expanded(\n"
                   "          child: shown.isEmpty\n              ? const Center(child: Text('No recipes match'))\n              : ListView(children: [for (final r in shown) RecipeTile(recipe: r)]),\n"
                   "        ),\n      ]),\n    );\n  }\n}\n"),
             write("/Users/tomasz/dev/mealkit_app/test/recipe_search_test.dart",
                   "void main() {\n  const recipes = [\n    Recipe(title: 'Miso Salmon', ingredients: ['salmon', 'miso', 'rice'], minutes: 25),\n"
                   "    Recipe(title: 'Chickpea Curry', ingredients: ['chickpeas', 'coconut milk', 'Spinach'], minutes: 30),\n  ];\n\n"
                   "  Future<void> pump(WidgetTester t) => t.pumpWidget(const MaterialApp(home: RecipeListScreen(recipes: recipes)));\n\n"
                   "  testWidgets('filters by title, case-insensitive', (t) async {\n    await pump(t);\n    await t.enterText(find.byKey(const Key('recipe-search')), 'SALMON');\n"
                   "    await t.pump();\n    expect(find.text('Miso Salmon'), findsOneWidget);\n    expect(find.text('Chickpea Curry'), findsNothing);\n  });\n\n"
                   "  testWidgets('filters by ingredient', (t) async {\n    await pump(t);\n    await t.enterText(find.byKey(const Key('recipe-search')), 'spinach');\n    await t.pump();\n"
                   "    expect(find.text('Chickpea Curry'), findsOneWidget);\n    expect(find.text('Miso Salmon'), findsNothing);\n  });\n\n"
                   "  testWidgets('shows an empty state', (t) async {\n    await pump(t);\n    await t.enterText(find.byKey(const Key('recipe-search')), 'tofu');\n    await t.pump();\n"
                   "    expect(find.text('No recipes match'), findsOneWidget);\n  });\n}\n"),
             bash("flutter test", "00:04 +14: All tests passed!", desc="Run the widget tests", ms=26000),
             say("RecipeListScreen is now stateful with a search field above the list. It matches the query against the title and each ingredient, "
                 "case-insensitive and trimmed, and shows \"No recipes match\" when nothing fits. `test/recipe_search_test.dart` has three widget tests (title, "
                 "ingredient, empty state); the whole suite passes (14 tests).")),
    ],
)
