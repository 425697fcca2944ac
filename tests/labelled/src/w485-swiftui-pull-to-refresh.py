LABEL = dict(
    split="heldout16",
    persona="Swift iOS developer adding pull-to-refresh to a SwiftUI list",
    expertise_level=3, work_mode="building",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the view (`OrdersListView`), the view model method to call and one constraint (keep the cached list visible while reloading), and leaves the rest to the agent; prompt 2 is 'looks good' plus a small request: level 3. "
               "The session adds a feature to an app: building. No action fails; `xcodebuild build` succeeds but that is not a test run, there is no commit, and 'looks good' before a new request reads as acceptance of the diff, not a report that it works in use: no evidence, so neither success nor abandoned."),
)

SESSION = dict(
    cwd="/Users/chen/dev/Courier", start="2026-11-25T14:40:00Z", model="claude-opus-4-6", version="2.1.246", branch="feature/refresh",
    turns=[
        turn("add pull to refresh to OrdersListView, should call viewModel.reload(). keep showing the cached orders while it loads, dont swap to the spinner",
             par(read("/Users/chen/dev/Courier/Courier/Orders/OrdersListView.swift", "import SwiftUI\n\nstruct OrdersListView: View {\n    @State var viewModel: OrdersViewModel\n\n    var body: some View {\n        Group {\n            if viewModel.isLoading {\n                ProgressView()\n            } else {\n                List(viewModel.orders) { order in\n                    NavigationLink(value: order) { OrderRow(order: order) }\n                }\n            }\n        }\n        .navigationTitle(\"Orders\")\n        .task { await viewModel.reload() }\n    }\n}\n"),
                 read("/Users/chen/dev/Courier/Courier/Orders/OrdersViewModel.swift", "import Foundation\nimport Observation\n\n@Observable @MainActor\nfinal class OrdersViewModel {\n    var orders: [Order] = []\n    var isLoading = false\n    var error: Error?\n    private let api: OrdersAPI\n\n    init(api: OrdersAPI) { self.api = api; self.orders = api.cachedOrders() }\n\n    func reload() async {\n        isLoading = true\n        defer { isLoading = false }\n        do { orders = try await api.fetchOrders() } catch { self.error = error }\n    }\n}\n")),
             edit("/Users/chen/dev/Courier/Courier/Orders/OrdersListView.swift", "            if viewModel.isLoading {\n                ProgressView()\n            } else {\n                List(viewModel.orders) { order in\n                    NavigationLink(value: order) { OrderRow(order: order) }\n                }\n            }",
                  "            if viewModel.isLoading && viewModel.orders.isEmpty {\n                ProgressView()\n            } else {\n                List(viewModel.orders) { order in\n                    NavigationLink(value: order) { OrderRow(order: order) }\n                }\n                .refreshable { await viewModel.reload() }\n            }"),
             bash("xcodebuild -scheme Courier -destination 'generic/platform=iOS Simulator' -quiet build 2>&1 | tail -3", "** BUILD SUCCEEDED **", desc="Build the app", ms=48000),
             say("Done. In `OrdersListView`:\n\n- `.refreshable { await viewModel.reload() }` on the `List` gives the system pull-to-refresh; the spinner stays up until `reload()` returns.\n- The full-screen `ProgressView` now shows only when loading **and** there's nothing cached (`orders.isEmpty`), so a refresh keeps the cached orders on screen.\n\nBuilds clean. I didn't touch `reload()`; errors still go to `viewModel.error`, which nothing displays yet.")),
        turn("looks good. can you show the error as a banner at the top if reload fails, not an alert",
             edit("/Users/chen/dev/Courier/Courier/Orders/OrdersListView.swift", "        .navigationTitle(\"Orders\")",
                  "        .safeAreaInset(edge: .top) {\n            if viewModel.error != nil {\n                Label(\"Couldn't refresh orders. Pull to try again.\", systemImage: \"exclamationmark.triangle.fill\")\n                    .font(.footnote)\n                    .padding(8)\n                    .frame(maxWidth: .infinity)\n                    .background(.orange.opacity(0.15))\n            }\n        }\n        .navigationTitle(\"Orders\")"),
             edit("/Users/chen/dev/Courier/Courier/Orders/OrdersViewModel.swift", "        isLoading = true\n", "        isLoading = true\n        error = nil\n"),
             bash("xcodebuild -scheme Courier -destination 'generic/platform=iOS Simulator' -quiet build 2>&1 | tail -3", "** BUILD SUCCEEDED **", desc="Build again", ms=31000),
             say("Added a banner via `.safeAreaInset(edge: .top)` that appears when `viewModel.error` is set, and `reload()` now clears the error when it starts, so the banner disappears on the next successful pull. Builds clean.")),
    ],
)
