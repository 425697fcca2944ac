LABEL = dict(
    split="heldout11",
    persona="Android developer (Kotlin) tracing why https email links open the home screen",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the scheme, the target screen and the symptom and says 'just explain, don't change anything', but names no check or deliverable beyond an explanation; prompt 2 adds a concrete fact (the emails use /o/123). "
               "Between 3 and 4 with nothing to decide, the lower: level 3. The session only reads and searches and ends in findings: exploring. Nothing fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="/Users/tomasz/work/brightcart-android", start="2027-02-04T09:30:00Z", model="claude-sonnet-4-6", version="2.1.257", branch="main",
    turns=[
        turn("how do deep links get to the order screen in this app? we have brightcart://orders/{id} in the manifest but marketing says the https links in emails open the home screen instead. just explain, don't change anything yet",
             grep("intent-filter|<data ", path="app/src/main/AndroidManifest.xml", content="31:        <intent-filter>\n34:            <data android:scheme=\"brightcart\" android:host=\"orders\" />\n36:        <intent-filter android:autoVerify=\"true\">\n40:            <data android:scheme=\"https\" android:host=\"brightcart.co.uk\" />\n41:            <data android:pathPrefix=\"/app\" />"),
             grep("deepLink", path="app/src/main/res/navigation", content="nav_graph.xml:18:        <deepLink app:uri=\"brightcart://orders/{orderId}\" />\nnav_graph.xml:19:        <deepLink app:uri=\"https://brightcart.co.uk/app/orders/{orderId}\" />\nnav_graph.xml:44:        <deepLink app:uri=\"https://brightcart.co.uk/app/offers\" />"),
             read("/Users/tomasz/work/brightcart-android/app/src/main/java/com/brightcart/MainActivity.kt",
                  "class MainActivity : AppCompatActivity() {\n    override fun onCreate(savedInstanceState: Bundle?) {\n        super.onCreate(savedInstanceState)\n        setContentView(R.layout.activity_main)\n        val nav = (supportFragmentManager.findFragmentById(R.id.nav_host) as NavHostFragment).navController\n        // Navigation handles the deep link from the launch intent automatically\n    }\n\n    override fun onNewIntent(intent: Intent) {\n        super.onNewIntent(intent)\n        findNavController(R.id.nav_host).handleDeepLink(intent)\n    }\n}"),
             say("The chain is:\n\n1. **Manifest** (`AndroidManifest.xml`): `MainActivity` has two intent filters: `brightcart://orders` (line 34) and, with `autoVerify`, `https://brightcart.co.uk` limited to paths under **`/app`** (lines 40–41).\n"
                 "2. **Navigation graph** (`nav_graph.xml`): the order destination declares `brightcart://orders/{orderId}` and `https://brightcart.co.uk/app/orders/{orderId}` (lines 18–19). The Navigation component matches the incoming URI against these and opens the order screen with `orderId`.\n"
                 "3. **MainActivity**: on a cold start the NavHostFragment handles the launch intent itself; if the app is already running, `onNewIntent` passes it to `handleDeepLink`.\n\n"
                 "So an https link reaches the order screen only if it looks like `https://brightcart.co.uk/app/orders/<id>`. Any https link on that host that the manifest accepts but the nav graph doesn't match opens the app at its start destination, which is the home screen. "
                 "My guess is the email links don't have that exact shape. Do you have an example link from one of the emails?")),
        turn("so the email links use /o/123 - is that handled anywhere?",
             grep("/o/", path="app/src", files=[]),
             grep("pathPrefix|pathPattern", path="app/src/main/AndroidManifest.xml", content="41:            <data android:pathPrefix=\"/app\" />"),
             say("No, `/o/` doesn't appear anywhere in the app. That explains it, but note it's worse than \"opens the home screen\" for a bare `https://brightcart.co.uk/o/123`: the manifest only claims paths starting with `/app`, so Android wouldn't even open the app for that, it would go to the browser. "
                 "If marketing sees the app open on the home screen, the email links are probably something like `https://brightcart.co.uk/app/o/123`, which the manifest accepts but the nav graph doesn't match.\n\n"
                 "To support them you'd need either a `<deepLink app:uri=\"https://brightcart.co.uk/app/o/{orderId}\" />` on the order destination (and, if the links really are `/o/...` without `/app`, a matching `pathPrefix` in the manifest and the path in `assetlinks.json` on the site), or to have marketing use the `/app/orders/` form. I haven't changed anything.")),
    ],
)
