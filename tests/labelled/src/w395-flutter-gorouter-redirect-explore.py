LABEL = dict(
    split="heldout13",
    persona="Flutter developer working out how the app's login redirect works",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the library (go_router), the behaviour to explain (where logged-out users get sent and how deep links survive login) and scope ('don't change anything'), but no file; prompt 2 asks a general follow-up about the refresh listenable. Level 3. "
               "Only reads and explanations: exploring. No action fails and nothing is evidence, so neither success nor trouble."),
)

SESSION = dict(
    cwd="/Users/sam/dev/fitclub_app", start="2026-11-25T13:00:00Z", model="claude-sonnet-4-6", version="2.1.247", branch="develop",
    turns=[
        turn("new on this codebase. can you explain how the go_router redirect works here, where logged out users get sent and whether a deep link survives the login? dont change anything",
             grep("GoRouter\\(|redirect:", path="/Users/sam/dev/fitclub_app/lib", files=["lib/router/app_router.dart", "lib/features/auth/auth_notifier.dart"]),
             par(read("/Users/sam/dev/fitclub_app/lib/router/app_router.dart", "final routerProvider = Provider<GoRouter>((ref) {\n  final auth = ref.watch(authNotifierProvider.notifier);\n  return GoRouter(\n    initialLocation: '/home',\n    refreshListenable: auth,\n    redirect: (context, state) {\n      final loggedIn = auth.isLoggedIn;\n      final goingToLogin = state.matchedLocation == '/login';\n      if (!loggedIn && !goingToLogin) {\n        return '/login?from=${Uri.encodeComponent(state.uri.toString())}';\n      }\n      if (loggedIn && goingToLogin) {\n        return state.uri.queryParameters['from'] ?? '/home';\n      }\n      return null;\n    },\n    routes: [\n      GoRoute(path: '/login', builder: (_, __) => const LoginPage()),\n      GoRoute(path: '/home', builder: (_, __) => const HomePage()),\n      GoRoute(path: '/classes/:id', builder: (_, s) => ClassPage(id: s.pathParameters['id']!)),\n    ],\n  );\n});"),
                 read("/Users/sam/dev/fitclub_app/lib/features/auth/auth_notifier.dart", "class AuthNotifier extends ChangeNotifier {\n  AuthNotifier(this._repo) {\n    _sub = _repo.authStateChanges().listen((u) { _user = u; notifyListeners(); });\n  }\n  final AuthRepository _repo;\n  late final StreamSubscription _sub;\n  User? _user;\n  bool get isLoggedIn => _user != null;\n}")),
             say("How it works (`lib/router/app_router.dart`):\n\n- One top-level `redirect` runs on every navigation.\n- Logged out and not on `/login` → sent to `/login?from=<where you were going>` (URL-encoded).\n- Logged in and on `/login` → sent to `from` if present, else `/home`.\n- Otherwise no redirect.\n\nSo yes, a deep link like `/classes/42` survives login: it's carried in `from` and restored once `isLoggedIn` flips.\n\nTwo things to be aware of: `from` is used as-is, so any in-app path in it is followed (fine for an app, worth knowing); and on a cold start, before the first auth event arrives, `_user` is null, so the app briefly treats a logged-in user as logged out and bounces them through `/login`.")),
        turn("ok so what triggers the redirect again after login, the refreshListenable?",
             say("Yes. `refreshListenable: auth` makes GoRouter re-run `redirect` whenever `AuthNotifier` calls `notifyListeners()`, which it does on every `authStateChanges()` event. When Firebase (or whatever `AuthRepository` wraps) emits the signed-in user, `isLoggedIn` becomes true, the router re-evaluates while you're on `/login`, and the second branch sends you to `from`. Nothing on the login page itself navigates; the login button only signs in.")),
    ],
)
