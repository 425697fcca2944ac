LABEL = dict(
    split="heldout13",
    persona="Flutter developer building a signed release bundle for the Play Store",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the command (`flutter build appbundle --release`), the goal (Play internal testing), one constraint (keystore stays out of the repo) and a concrete check (signed with the upload key, not debug), and pastes the error, leaving the cause to the agent; prompt 2 only answers the agent's question. Borderline 3/4: one constraint and one check, but no requirement list or anticipated failure; tie-break 3 takes 3. "
               "Building and signing a release artefact on the machine is configuration and running in an environment: operating. The build fails twice (keystore not found, then wrong alias), which is trouble; the third build succeeds and `jarsigner -verify` passes, but neither a build nor a signature check is a test run, a commit or a confirmation, and the session ends there: unresolved, abandoned."),
)

SESSION = dict(
    cwd="/Users/sam/dev/fitclub_app", start="2026-11-28T17:45:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="release/1.8.0",
    turns=[
        turn("flutter build appbundle --release fails on my machine, need the aab for play internal testing today. key.properties is gitignored, keep the keystore out of the repo. and check the aab is actually signed with the upload key not debug, play rejected a debug one last time\n\nFAILURE: Build failed with an exception.\n* What went wrong:\nExecution failed for task ':app:signReleaseBundle'.\n> A failure occurred while executing com.android.build.gradle.internal.tasks.FinalizeBundleTask$BundleToolRunnable\n   > java.lang.NullPointerException (no error message)",
             par(read("/Users/sam/dev/fitclub_app/android/key.properties", "storePassword=********\nkeyPassword=********\nkeyAlias=upload\nstoreFile=upload-keystore.jks"),
                 grep("signingConfigs|storeFile", path="/Users/sam/dev/fitclub_app/android/app/build.gradle", content="37:    signingConfigs {\n38:        release {\n39:            keyAlias keystoreProperties['keyAlias']\n40:            keyPassword keystoreProperties['keyPassword']\n41:            storeFile keystoreProperties['storeFile'] ? file(keystoreProperties['storeFile']) : null\n42:            storePassword keystoreProperties['storePassword']")),
             bash("ls android/app/*.jks android/*.jks 2>&1", "ls: android/app/*.jks: No such file or directory\nls: android/*.jks: No such file or directory", code=1, desc="Look for the keystore"),
             say("`storeFile=upload-keystore.jks` is resolved relative to `android/app/`, and there's no keystore there (or anywhere in the repo, which is right, it shouldn't be committed). With `storeFile` null the signing task crashes with that unhelpful NPE. Where is the upload keystore on this machine?")),
        turn("its in ~/keys/fitclub-upload.jks",
             edit("/Users/sam/dev/fitclub_app/android/key.properties", "storeFile=upload-keystore.jks", "storeFile=/Users/sam/keys/fitclub-upload.jks"),
             bash("flutter build appbundle --release", "Running Gradle task 'bundleRelease'...\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:signReleaseBundle'.\n> A failure occurred while executing com.android.build.gradle.internal.tasks.FinalizeBundleTask$BundleToolRunnable\n   > No key with alias 'upload' found in keystore /Users/sam/keys/fitclub-upload.jks\n\nBUILD FAILED in 48s", code=1, desc="Build release bundle", ms=52000),
             bash("keytool -list -keystore ~/keys/fitclub-upload.jks -storepass \"$(grep storePassword android/key.properties | cut -d= -f2)\" | grep PrivateKeyEntry", "fitclub-upload, 14 Mar 2025, PrivateKeyEntry,", desc="List aliases in the keystore"),
             edit("/Users/sam/dev/fitclub_app/android/key.properties", "keyAlias=upload", "keyAlias=fitclub-upload"),
             bash("flutter build appbundle --release", "Running Gradle task 'bundleRelease'...                            71.4s\n✓ Built build/app/outputs/bundle/release/app-release.aab (38.2MB)", desc="Build release bundle again", ms=76000),
             bash("jarsigner -verify -verbose:summary -certs build/app/outputs/bundle/release/app-release.aab | grep -E 'X.509|verified'", "      X.509, CN=Fitclub Ltd, OU=Mobile, O=Fitclub Ltd, L=Leeds, C=GB\njar verified.", desc="Check the bundle signature"),
             say("Built: `build/app/outputs/bundle/release/app-release.aab` (38.2 MB). Two fixes in `android/key.properties` (which is gitignored): the keystore path now points to `~/keys/fitclub-upload.jks`, and the alias in that keystore is `fitclub-upload`, not `upload`. `jarsigner -verify` shows it is signed by the Fitclub Ltd upload certificate, not the Android debug key. You can upload the .aab to the internal testing track now.")),
    ],
)
