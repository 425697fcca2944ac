LABEL = dict(
    split="heldout15",
    persona="React Native developer whose Android build broke after upgrading to 0.76",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the upgrade (0.74 → 0.76), the platform and pastes the Gradle error, and asks for a debug build to check, leaving the cause to the agent: level 3. "
               "The work repairs a failing build: fixing. The pasted error is the task; the agent's `assembleDebug` succeeds first time (a build, not a test) and prompt 2 ('runs on my pixel now, camera screen too') confirms it: verified success without trouble."),
)

SESSION = dict(
    cwd="/Users/kwame/dev/fieldnotes-app", start="2026-11-21T16:25:00Z", model="claude-opus-4-6", version="2.1.246", branch="chore/rn-0.76",
    turns=[
        turn("upgraded rn 0.74 -> 0.76 with the upgrade helper, ios builds fine but android fails:\n\n> Task :react-native-vision-camera:compileDebugKotlin FAILED\ne: file:///Users/kwame/dev/fieldnotes-app/node_modules/react-native-vision-camera/android/src/main/java/com/mrousavy/camera/react/CameraViewManager.kt:54:3 'getExportedCustomDirectEventTypeConstants' overrides nothing\n\nfix it and check assembleDebug goes through",
             bash("grep -E '\"react-native\"|vision-camera' package.json; grep -E 'kotlinVersion|compileSdk|targetSdk' android/build.gradle", "    \"react-native\": \"0.76.3\",\n    \"react-native-vision-camera\": \"3.9.2\",\n        kotlinVersion = \"1.9.24\"\n        compileSdkVersion = 35\n        targetSdkVersion = 34", desc="Check versions"),
             say("`react-native-vision-camera` 3.9.2 was built against the old view manager API; RN 0.76's `ViewManager` no longer declares that method as overridable in the same way. VisionCamera 4.x supports 0.76, so I'll upgrade it (4.x has the same `<Camera>` props you use, but the frame processor plugin API changed; I'll check you don't use it)."),
             grep("useFrameProcessor|VisionCameraProxy", path="src", files=[]),
             bash("npm install react-native-vision-camera@4.6.3 && cd ios && pod install >/dev/null && cd ..", "changed 1 package, and audited 1184 packages in 9s\n\n162 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities", desc="Upgrade VisionCamera to 4.6.3", ms=48200),
             bash("cd android && ./gradlew assembleDebug -q 2>&1 | tail -5; echo BUILD_RC=${PIPESTATUS[0]}; ls -la app/build/outputs/apk/debug/", "BUILD_RC=0\ntotal 118240\n-rw-r--r--  1 kwame  staff  60538112 21 Nov 16:41 app-debug.apk\n-rw-r--r--  1 kwame  staff       351 21 Nov 16:41 output-metadata.json", desc="Build the Android debug APK", ms=214000),
             say("Android builds: `assembleDebug` finished with exit 0 and `app-debug.apk` is produced. The fix was upgrading `react-native-vision-camera` from 3.9.2 to 4.6.3 (no frame processors in `src/`, so no code changes were needed). Pods were updated too so iOS stays on the same version. Worth a quick run of the camera screen on a device, since that's what changed.")),
        turn("runs on my pixel now, camera screen too. ty",
             say("Good to hear. Remember to commit `package.json`, `package-lock.json` and `ios/Podfile.lock` together.")),
    ],
)
