LABEL = dict(
    split="heldout3",
    persona="iOS developer in their first week at a fitness app company, knows Swift, new to this codebase",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the feature (push notification registration) and what to trace (from app launch to where "
               "the device token reaches the backend) but not files, types or a deliverable format; prompt 2 asks a "
               "scoped follow-up about what happens on logout. Named things and a clear question but the path is left to the "
               "agent: level 3. The agent only reads and explains: exploring. No failures, no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/sam/dev/stride-ios", start="2026-06-15T09:40:00Z", model="claude-sonnet-4-6", version="2.1.265",
    turns=[
        turn("I'm new on this codebase. How does push notification registration work here, from app launch to the "
             "device token getting to our backend?",
             grep("registerForRemoteNotifications|didRegisterForRemoteNotificationsWithDeviceToken|deviceToken", path="Stride",
                  files=["Stride/App/AppDelegate.swift", "Stride/Notifications/PushRegistrar.swift", "Stride/Networking/DevicesAPI.swift"]),
             par(read("/Users/sam/dev/stride-ios/Stride/App/AppDelegate.swift",
                      "final class AppDelegate: NSObject, UIApplicationDelegate {\n    @Injected var push: PushRegistrar\n\n"
                      "    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil) -> Bool {\n"
                      "        UNUserNotificationCenter.current().delegate = push\n        push.registerIfAuthorized()\n        return true\n    }\n\n"
                      "    func application(_ application: UIApplication, didRegisterForRemoteNotificationsWithDeviceToken deviceToken: Data) {\n        push.didReceive(token: deviceToken)\n    }\n}"),
                 read("/Users/sam/dev/stride-ios/Stride/Notifications/PushRegistrar.swift",
                      "final class PushRegistrar: NSObject, UNUserNotificationCenterDelegate {\n    private let api: DevicesAPI\n    private let session: SessionStore\n"
                      "    @UserDefault(\"lastPushToken\") private var lastToken: String?\n\n    func registerIfAuthorized() {\n"
                      "        UNUserNotificationCenter.current().getNotificationSettings { s in\n            guard s.authorizationStatus == .authorized || s.authorizationStatus == .provisional else { return }\n"
                      "            DispatchQueue.main.async { UIApplication.shared.registerForRemoteNotifications() }\n        }\n    }\n\n"
                      "    func requestPermission() async -> Bool { /* called from onboarding step 3 */ ... }\n\n    func didReceive(token: Data) {\n"
                      "        let hex = token.map { String(format: \"%02x\", $0) }.joined()\n        guard hex != lastToken, let user = session.currentUserID else { return }\n"
                      "        Task { try await api.upsert(token: hex, userID: user, environment: .current); lastToken = hex }\n    }\n\n"
                      "    func sessionEnded() { Task { if let t = lastToken { try? await api.delete(token: t) }; lastToken = nil } }\n}"),
                 read("/Users/sam/dev/stride-ios/Stride/Networking/DevicesAPI.swift",
                      "struct DevicesAPI {\n    let client: APIClient\n    func upsert(token: String, userID: UUID, environment: APNsEnvironment) async throws {\n"
                      "        try await client.send(.put(\"/v2/users/\\(userID)/devices/\\(token)\", body: [\"env\": environment.rawValue, \"platform\": \"ios\"]))\n    }\n"
                      "    func delete(token: String) async throws { try await client.send(.delete(\"/v2/devices/\\(token)\")) }\n}")),
             say("The flow:\n\n1. **Permission** is asked once, in onboarding step 3 (`PushRegistrar.requestPermission()`).\n"
                 "2. **At every launch** `AppDelegate.didFinishLaunching` sets `PushRegistrar` as the notification-centre delegate and "
                 "calls `registerIfAuthorized()`, which calls `registerForRemoteNotifications()` only if permission is "
                 "authorized or provisional.\n3. **APNs returns the token** to `AppDelegate.didRegisterForRemoteNotificationsWithDeviceToken`, "
                 "which passes it to `PushRegistrar.didReceive(token:)`.\n4. That hex-encodes the token and, **only if it changed** since "
                 "the last upload (kept in UserDefaults as `lastPushToken`) and a user is logged in, calls `DevicesAPI.upsert`: "
                 "`PUT /v2/users/{userID}/devices/{token}` with the APNs environment and `platform: ios`.\n\nOne thing to note: if the "
                 "token arrives before login, it's dropped, and because `lastToken` isn't set, it's uploaded at the next launch after login.")),
        turn("and on logout? does the backend forget the device",
             grep("sessionEnded", path="Stride", content="Stride/Notifications/PushRegistrar.swift:24:    func sessionEnded() { Task { if let t = lastToken { try? await api.delete(token: t) }; lastToken = nil } }\n"
                  "Stride/Auth/SessionStore.swift:61:        NotificationCenter.default.post(name: .sessionEnded, object: nil)"),
             grep("\\.sessionEnded", path="Stride", content="Stride/Auth/SessionStore.swift:61:        NotificationCenter.default.post(name: .sessionEnded, object: nil)"),
             say("Partly. `PushRegistrar.sessionEnded()` would delete the device (`DELETE /v2/devices/{token}`) and clear "
                 "`lastToken`, but nothing calls it: `SessionStore` posts a `.sessionEnded` notification on logout, and no one "
                 "observes it. So today the backend keeps the device after logout, and the next user who logs in on that phone "
                 "only gets registered at the next launch, which is worth raising with the team.")),
    ],
)
