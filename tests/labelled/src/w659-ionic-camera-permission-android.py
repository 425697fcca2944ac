LABEL = dict(
    split="heldout22",
    persona="Ionic/Capacitor developer on a field inspection app whose photo picker crashes on Android 13",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the screen, the plugin (@capacitor/camera), the Android version and pastes the logcat exception, and asks for one concrete check (the Android build must still go through); the cause and the fix are left to the agent, so level 3. "
               "A crash is repaired (READ_MEDIA_IMAGES in the manifest, compileSdk raised to 33): fixing. "
               "The first gradle build fails (exit 1), which is trouble; prompt 2 confirms on a device ('picker opens and photo attaches now') and the commit succeeds after the trouble, so verified success."),
)

SESSION = dict(
    cwd="/home/sana/src/inspecta-app", start="2026-11-23T10:20:00Z", model="claude-sonnet-4-6", version="2.1.242", branch="fix/android13-camera",
    turns=[
        turn("The app crashes on Android 13 when you tap Add photo on the inspection screen (choose from gallery, camera is fine). logcat:\n\njava.lang.SecurityException: Permission Denial: reading com.android.providers.media.MediaProvider uri content://media/external/images/media/1000000212 ... requires android.permission.READ_MEDIA_IMAGES\n\nwe're on Ionic 7, Capacitor 5, @capacitor/camera. Can you fix it and make sure the android build still goes through",
             par(grep("permission", path="android/app/src/main/AndroidManifest.xml", content="38:    <uses-permission android:name=\"android.permission.INTERNET\" />\n39:    <uses-permission android:name=\"android.permission.CAMERA\" />\n40:    <uses-permission android:name=\"android.permission.READ_EXTERNAL_STORAGE\" />\n41:    <uses-permission android:name=\"android.permission.WRITE_EXTERNAL_STORAGE\" />"),
                 read("/home/sana/src/inspecta-app/android/variables.gradle", "ext {\n    minSdkVersion = 22\n    compileSdkVersion = 32\n    targetSdkVersion = 32\n    androidxActivityVersion = '1.7.0'\n    androidxAppCompatVersion = '1.6.1'\n    coreSplashScreenVersion = '1.0.0'\n}"),
                 grep("getPhoto|pickImages", path="src", content="src/app/inspection/photo.service.ts:22:    const img = await Camera.getPhoto({ source: CameraSource.Prompt, resultType: CameraResultType.Uri, quality: 70 });")),
             edit("/home/sana/src/inspecta-app/android/app/src/main/AndroidManifest.xml", "    <uses-permission android:name=\"android.permission.READ_EXTERNAL_STORAGE\" />\n    <uses-permission android:name=\"android.permission.WRITE_EXTERNAL_STORAGE\" />", "    <uses-permission android:name=\"android.permission.READ_EXTERNAL_STORAGE\" android:maxSdkVersion=\"32\" />\n    <uses-permission android:name=\"android.permission.WRITE_EXTERNAL_STORAGE\" android:maxSdkVersion=\"29\" />\n    <uses-permission android:name=\"android.permission.READ_MEDIA_IMAGES\" />"),
             bash("npx cap sync android && cd android && ./gradlew assembleDebug -q", "✔ Copying web assets from www to android/app/src/main/assets/public in 412.08ms\n✔ Updating Android plugins in 18.21ms\n[info] Found 4 Capacitor plugins for android:\n       @capacitor/camera@5.0.9\n\nERROR:/home/sana/src/inspecta-app/android/app/src/main/AndroidManifest.xml:40: AAPT: error: attribute android:name value android.permission.READ_MEDIA_IMAGES requires compileSdkVersion 33 or higher.\n\nFAILURE: Build failed with an exception.\n* What went wrong:\nExecution failed for task ':app:processDebugResources'.", code=1, desc="Sync and build the Android app", ms=48000),
             edit("/home/sana/src/inspecta-app/android/variables.gradle", "    compileSdkVersion = 32\n    targetSdkVersion = 32", "    compileSdkVersion = 33\n    targetSdkVersion = 33"),
             bash("cd android && ./gradlew assembleDebug -q && ls -la app/build/outputs/apk/debug/", "-rw-r--r-- 1 sana sana 9127733 Nov 23 10:31 app-debug.apk\n-rw-r--r-- 1 sana sana     412 Nov 23 10:31 output-metadata.json", desc="Build again", ms=41000),
             say("Fixed. On Android 13 the gallery needs the new `READ_MEDIA_IMAGES` permission; the old storage permission no longer covers it, so the plugin's request came back empty and the read threw. Changes:\n\n- `AndroidManifest.xml`: added `READ_MEDIA_IMAGES`, and capped the old storage permissions with `maxSdkVersion` so Android 13 doesn't show a pointless prompt.\n- `variables.gradle`: compile/target SDK 32 → 33, because the new permission name doesn't exist before 33 (the first build failed on exactly that).\n\n`assembleDebug` now builds. Worth a tap-through on a real Android 13 device before you merge, since targetSdk 33 also brings the notification permission prompt.")),
        turn("tested on the pixel 7, picker opens and photo attaches now. commit it on the branch pls",
             bash("git add android/app/src/main/AndroidManifest.xml android/variables.gradle && git commit -m 'Android 13: request READ_MEDIA_IMAGES for gallery photos, compile/target SDK 33'", "[fix/android13-camera 5e1c08a] Android 13: request READ_MEDIA_IMAGES for gallery photos, compile/target SDK 33\n 2 files changed, 5 insertions(+), 4 deletions(-)", desc="Commit the fix"),
             say("Committed on `fix/android13-camera` as 5e1c08a.")),
    ],
)
