LABEL = dict(
    split="heldout11",
    persona="Android developer (Kotlin) fixing a crash on rotation in an order-detail fragment",
    expertise_level=3, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the fragment, pastes the stack trace and offers a guess at the cause, leaving the fix and its checking to the agent; prompt 2 reports the crash persisting with the new stack line: level 3. "
               "A crash is being repaired: fixing. The unit-test run after the first edit passes (evidence), but prompt 2 then reports 'still crashes on rotate', and the second edit is neither tested nor confirmed: "
               "trouble after the last evidence, unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/priya/dev/brightcart-android", start="2027-01-25T16:40:00Z", model="claude-sonnet-4-6", version="2.1.257", branch="fix/order-detail-rotation",
    turns=[
        turn("App crashes when I rotate on the order detail screen:\n\njava.lang.IllegalStateException: Fragment OrderDetailFragment{8c1f2e0} (4b0e...) not attached to a context.\n    at androidx.fragment.app.Fragment.requireContext(Fragment.java:972)\n    at com.brightcart.orders.OrderDetailFragment.onOrderLoaded(OrderDetailFragment.kt:88)\n    at com.brightcart.orders.OrderDetailFragment$onViewCreated$1.invokeSuspend(OrderDetailFragment.kt:52)\n\nprobably the coroutine coming back after the view is gone. fix it",
             read("/Users/priya/dev/brightcart-android/app/src/main/java/com/brightcart/orders/OrderDetailFragment.kt",
                  "class OrderDetailFragment : Fragment(R.layout.fragment_order_detail) {\n\n    private val viewModel: OrderDetailViewModel by viewModels()\n    private var _binding: FragmentOrderDetailBinding? = null\n    private val binding get() = _binding!!\n\n    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {\n        _binding = FragmentOrderDetailBinding.bind(view)\n        val orderId = requireArguments().getString(ARG_ORDER_ID)!!\n        viewModel.onTitleReady = { title -> bindToolbar(title) }\n        lifecycleScope.launch {\n            val order = viewModel.loadOrder(orderId)\n            onOrderLoaded(order)\n        }\n    }\n\n    private fun onOrderLoaded(order: Order) {\n        binding.total.text = order.total.format(requireContext())\n        binding.items.adapter = OrderItemsAdapter(order.items)\n    }\n\n    private fun bindToolbar(title: String) {\n        (requireActivity() as AppCompatActivity).supportActionBar?.title = title\n        binding.toolbarSubtitle.text = getString(R.string.order_placed, title)\n    }\n\n    override fun onDestroyView() {\n        _binding = null\n        super.onDestroyView()\n    }\n}"),
             read("/Users/priya/dev/brightcart-android/app/src/main/java/com/brightcart/orders/OrderDetailViewModel.kt",
                  "class OrderDetailViewModel(private val repo: OrderRepository) : ViewModel() {\n    var onTitleReady: ((String) -> Unit)? = null\n\n    suspend fun loadOrder(id: String): Order {\n        val order = repo.order(id)\n        onTitleReady?.invoke(order.reference)\n        return order\n    }\n}"),
             edit("/Users/priya/dev/brightcart-android/app/src/main/java/com/brightcart/orders/OrderDetailFragment.kt",
                  "        lifecycleScope.launch {\n            val order = viewModel.loadOrder(orderId)\n            onOrderLoaded(order)\n        }",
                  "        viewLifecycleOwner.lifecycleScope.launch {\n            viewLifecycleOwner.repeatOnLifecycle(Lifecycle.State.STARTED) {\n                val order = viewModel.loadOrder(orderId)\n                onOrderLoaded(order)\n            }\n        }"),
             bash("./gradlew :app:testDebugUnitTest --tests 'com.brightcart.orders.*' -q",
                  "BUILD SUCCESSFUL in 48s\n31 actionable tasks: 6 executed, 25 up-to-date", desc="Run the orders unit tests", ms=48000),
             say("You're right about the cause. The load was launched in the **fragment's** `lifecycleScope`, which outlives the view: on rotation the old fragment is detached, the coroutine finishes afterwards and `onOrderLoaded` calls `requireContext()` on a fragment with no context.\n\n"
                 "I moved it to `viewLifecycleOwner.lifecycleScope` with `repeatOnLifecycle(STARTED)`, so the coroutine is cancelled when the view is destroyed and restarted with the new one. The orders unit tests pass. Give it a rotate on the device.")),
        turn("still crashes on rotate, different line now:\n    at com.brightcart.orders.OrderDetailFragment.bindToolbar(OrderDetailFragment.kt:27)\n    at com.brightcart.orders.OrderDetailViewModel.loadOrder(OrderDetailViewModel.kt:6)",
             edit("/Users/priya/dev/brightcart-android/app/src/main/java/com/brightcart/orders/OrderDetailViewModel.kt",
                  "class OrderDetailViewModel(private val repo: OrderRepository) : ViewModel() {\n    var onTitleReady: ((String) -> Unit)? = null\n\n    suspend fun loadOrder(id: String): Order {\n        val order = repo.order(id)\n        onTitleReady?.invoke(order.reference)\n        return order\n    }\n}",
                  "class OrderDetailViewModel(private val repo: OrderRepository) : ViewModel() {\n    private val _title = MutableStateFlow<String?>(null)\n    val title: StateFlow<String?> = _title\n\n    suspend fun loadOrder(id: String): Order {\n        val order = repo.order(id)\n        _title.value = order.reference\n        return order\n    }\n}"),
             edit("/Users/priya/dev/brightcart-android/app/src/main/java/com/brightcart/orders/OrderDetailFragment.kt",
                  "        viewModel.onTitleReady = { title -> bindToolbar(title) }\n        viewLifecycleOwner.lifecycleScope.launch {\n            viewLifecycleOwner.repeatOnLifecycle(Lifecycle.State.STARTED) {\n                val order = viewModel.loadOrder(orderId)\n                onOrderLoaded(order)\n            }\n        }",
                  "        viewLifecycleOwner.lifecycleScope.launch {\n            viewLifecycleOwner.repeatOnLifecycle(Lifecycle.State.STARTED) {\n                launch { viewModel.title.filterNotNull().collect { bindToolbar(it) } }\n                val order = viewModel.loadOrder(orderId)\n                onOrderLoaded(order)\n            }\n        }"),
             say("That one is the second path: the ViewModel kept the `onTitleReady` lambda from the **old** fragment (ViewModels survive rotation), so when the reload finished it called `bindToolbar` on the destroyed fragment. "
                 "I replaced the callback with a `StateFlow<String?>` for the title that the fragment collects inside the same view-lifecycle scope, so nothing in the ViewModel holds a reference to a fragment any more. Can you try rotating again?")),
    ],
)
