LABEL = dict(
    split="heldout7",
    persona="iOS developer who just joined a food-delivery app team, Swift/UIKit",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the path to trace (a push tap to the order tracking screen) and the two entry points to cover (cold start and "
               "background) but leaves the rest open; prompt 2 is a general follow-up ('and where would a new type go'): level 3, not 4, since "
               "no deliverable format or scope beyond 'don't change anything' is set. Only reads and an explanation: exploring. No failures, "
               "no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/joao/dev/dishdash-ios", start="2026-12-02T11:00:00Z", model="claude-opus-4-5", version="2.1.246",
    turns=[
        turn("I'm new on this codebase. Can you trace what happens when a user taps an 'order on its way' push, from the notification to the "
             "tracking screen? Both when the app is killed and when it's in the background. don't change anything",
             grep("userNotificationCenter|didReceive response|launchOptions", path="DishDash", files=["DishDash/App/AppDelegate.swift", "DishDash/Push/PushRouter.swift", "DishDash/App/SceneDelegate.swift"]),
             par(read("/Users/joao/dev/dishdash-ios/DishDash/Push/PushRouter.swift",
                      "final class PushRouter {\n    static let shared = PushRouter()\n    private var pending: PushRoute?\n    func handle(_ userInfo: [AnyHashable: Any]) {\n"
                      "        guard let route = PushRoute(userInfo) else { return }\n        if let coordinator = AppCoordinator.current { coordinator.open(route) } else { pending = route }\n    }\n"
                      "    func flushPending(into c: AppCoordinator) { if let r = pending { c.open(r); pending = nil } }\n}"),
                 read("/Users/joao/dev/dishdash-ios/DishDash/App/SceneDelegate.swift",
                      "func scene(_ scene: UIScene, willConnectTo session: UISceneSession, options: UIScene.ConnectionOptions) {\n    let c = AppCoordinator(window: window!)\n"
                      "    AppCoordinator.current = c\n    c.start()\n    PushRouter.shared.flushPending(into: c)\n}")),
             grep("case orderOnItsWay|func open\\(_ route", path="DishDash", content="DishDash/Push/PushRoute.swift:14:    case orderOnItsWay(orderID: String)\nDishDash/App/AppCoordinator.swift:52:    func open(_ route: PushRoute) {"),
             say("The path: the tap arrives in `AppDelegate.userNotificationCenter(_:didReceive:)`, which passes `userInfo` to `PushRouter.handle`. "
                 "`PushRoute(userInfo)` parses `type: order_on_its_way` into `.orderOnItsWay(orderID:)`.\n\n- **Background**: `AppCoordinator.current` "
                 "exists, so `open(route)` pushes `OrderTrackingViewController` at once.\n- **Killed**: the delegate fires before the scene is connected, "
                 "so the route is parked in `pending`; `SceneDelegate.scene(_:willConnectTo:)` builds the coordinator and calls `flushPending`, which then "
                 "opens tracking after the home screen.\n\nNothing was changed.")),
        turn("and if we add a new push type, where would it go?",
             read("/Users/joao/dev/dishdash-ios/DishDash/Push/PushRoute.swift",
                  "enum PushRoute {\n    case orderOnItsWay(orderID: String)\n    case promo(url: URL)\n    init?(_ userInfo: [AnyHashable: Any]) {\n        switch userInfo[\"type\"] as? String {\n"
                  "        case \"order_on_its_way\": ...\n        case \"promo\": ...\n        default: return nil\n        }\n    }\n}"),
             say("Three places: a new `case` in `PushRoute` and its `type` string in `init?`, and a branch in `AppCoordinator.open(_:)` that shows the "
                 "screen. Unknown types return `nil` and are ignored, so the server can send a new type before the app knows it without crashing.")),
    ],
)
