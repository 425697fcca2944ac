LABEL = dict(
    split="heldout3",
    persona="Android developer two years into a job at a grocery-delivery startup, Kotlin and Compose",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the screen (OrdersScreen), the library (Material 3 pull-to-refresh) and the behaviour "
               "(reload from the repository, keep the list while loading) and asks to run the unit tests; the approach "
               "and edge cases (errors during refresh) are left to the agent: level 3. A feature added to the app: "
               "building. Nothing failed and `./gradlew testDebugUnitTest` passes: verified."),
)

SESSION = dict(
    cwd="/Users/nadia/work/basket-android", start="2026-06-09T15:20:00Z", model="claude-sonnet-4-6", version="2.1.262",
    branch="feat/orders-refresh",
    turns=[
        turn("Add pull to refresh to OrdersScreen using the material3 PullToRefreshBox. It should call the repository "
             "again and keep showing the current list while it loads, not flash the empty state. Run the unit tests after",
             par(read("/Users/nadia/work/basket-android/app/src/main/java/com/basket/orders/OrdersScreen.kt",
                      "@Composable\nfun OrdersScreen(viewModel: OrdersViewModel = hiltViewModel()) {\n    val state by viewModel.state.collectAsStateWithLifecycle()\n"
                      "    when (val s = state) {\n        OrdersState.Loading -> LoadingIndicator()\n        is OrdersState.Loaded -> OrdersList(s.orders)\n"
                      "        is OrdersState.Error -> ErrorMessage(s.message)\n    }\n}"),
                 read("/Users/nadia/work/basket-android/app/src/main/java/com/basket/orders/OrdersViewModel.kt",
                      "@HiltViewModel\nclass OrdersViewModel @Inject constructor(private val repo: OrdersRepository) : ViewModel() {\n"
                      "    private val _state = MutableStateFlow<OrdersState>(OrdersState.Loading)\n    val state = _state.asStateFlow()\n\n"
                      "    init { load() }\n\n    fun load() = viewModelScope.launch {\n        _state.value = OrdersState.Loading\n"
                      "        _state.value = runCatching { repo.recentOrders() }.fold({ OrdersState.Loaded(it) }, { OrdersState.Error(it.message ?: \"error\") })\n    }\n}")),
             edit("/Users/nadia/work/basket-android/app/src/main/java/com/basket/orders/OrdersViewModel.kt",
                  "    init { load() }\n\n    fun load() = viewModelScope.launch {\n        _state.value = OrdersState.Loading\n"
                  "        _state.value = runCatching { repo.recentOrders() }.fold({ OrdersState.Loaded(it) }, { OrdersState.Error(it.message ?: \"error\") })\n    }",
                  "    private val _refreshing = MutableStateFlow(false)\n    val refreshing = _refreshing.asStateFlow()\n\n    init { load() }\n\n"
                  "    fun load() = viewModelScope.launch {\n        _state.value = OrdersState.Loading\n        _state.value = fetch()\n    }\n\n"
                  "    /** Keeps the current list on screen; only replaces it when the reload finishes. */\n    fun refresh() = viewModelScope.launch {\n"
                  "        _refreshing.value = true\n        val next = fetch()\n        if (next is OrdersState.Loaded || _state.value !is OrdersState.Loaded) _state.value = next\n"
                  "        _refreshing.value = false\n    }\n\n    private suspend fun fetch() =\n"
                  "        runCatching { repo.recentOrders() }.fold({ OrdersState.Loaded(it) }, { OrdersState.Error(it.message ?: \"error\") })"),
             edit("/Users/nadia/work/basket-android/app/src/main/java/com/basket/orders/OrdersScreen.kt",
                  "    val state by viewModel.state.collectAsStateWithLifecycle()\n    when (val s = state) {\n        OrdersState.Loading -> LoadingIndicator()\n"
                  "        is OrdersState.Loaded -> OrdersList(s.orders)\n        is OrdersState.Error -> ErrorMessage(s.message)\n    }",
                  "    val state by viewModel.state.collectAsStateWithLifecycle()\n    val refreshing by viewModel.refreshing.collectAsStateWithLifecycle()\n"
                  "    PullToRefreshBox(isRefreshing = refreshing, onRefresh = viewModel::refresh) {\n        when (val s = state) {\n"
                  "            OrdersState.Loading -> LoadingIndicator()\n            is OrdersState.Loaded -> OrdersList(s.orders)\n            is OrdersState.Error -> ErrorMessage(s.message)\n        }\n    }"),
             write("/Users/nadia/work/basket-android/app/src/test/java/com/basket/orders/OrdersViewModelRefreshTest.kt",
                   "class OrdersViewModelRefreshTest {\n    @get:Rule val main = MainDispatcherRule()\n\n    @Test fun `refresh keeps the list when the reload fails`() = runTest {\n"
                   "        val repo = FakeOrdersRepository(listOf(order(1)))\n        val vm = OrdersViewModel(repo)\n        advanceUntilIdle()\n        repo.failNext = true\n"
                   "        vm.refresh(); advanceUntilIdle()\n        assertEquals(OrdersState.Loaded(listOf(order(1))), vm.state.value)\n        assertFalse(vm.refreshing.value)\n    }\n}\n"),
             bash("./gradlew :app:testDebugUnitTest --console=plain -q 2>&1 | tail -4",
                  "OrdersViewModelTest > loads recent orders PASSED\nOrdersViewModelTest > shows error when repository throws PASSED\n"
                  "OrdersViewModelRefreshTest > refresh keeps the list when the reload fails PASSED\n\nBUILD SUCCESSFUL in 1m 12s", desc="Run the unit tests", ms=74000),
             say("Done:\n\n- `OrdersViewModel` has a separate `refreshing` flag and a `refresh()` that keeps the `Loaded` list on "
                 "screen while it reloads. If the reload fails and a list is already showing, the list stays (no error "
                 "screen over good data).\n- `OrdersScreen` wraps the content in `PullToRefreshBox`.\n- I added a unit test "
                 "for the failed-refresh case.\n\n`./gradlew :app:testDebugUnitTest` passes, including the new test.")),
    ],
)
