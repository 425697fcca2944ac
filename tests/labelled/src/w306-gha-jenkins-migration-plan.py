LABEL = dict(
    split="heldout10",
    persona="Developer asked to move a Java service's Jenkins pipeline to GitHub Actions",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the Jenkinsfile, the target (GitHub Actions) and the deliverable (a plan, no files yet), with one constraint (keep the Nexus publish "
               "on tags only), but leaves the stages and risks to the agent: level 3. The session reads and ends in a plan in plan mode, approved through "
               "ExitPlanMode, with no edits: planning. No action fails and no evidence: neither."),
)

SESSION = dict(
    cwd="/home/raj/src/ledger-service", start="2026-11-26T11:30:00Z", model="claude-opus-4-6", version="2.1.247", branch="main",
    turns=[
        turn("we're moving off Jenkins. look at the Jenkinsfile and plan how this becomes a GitHub Actions workflow - dont write the workflow yet, I want to see the plan first. the Nexus publish has to stay tags-only",
             read("/home/raj/src/ledger-service/Jenkinsfile",
                  "pipeline {\n  agent { label 'docker' }\n  environment { NEXUS = credentials('nexus-deploy') }\n  stages {\n    stage('Build') { steps { sh './gradlew assemble' } }\n    stage('Test') { steps { sh './gradlew test integrationTest' } post { always { junit '**/build/test-results/**/*.xml' } } }\n    stage('Sonar') { when { branch 'main' } steps { withSonarQubeEnv('sonar') { sh './gradlew sonar' } } }\n    stage('Publish') { when { buildingTag() } steps { sh './gradlew publish -PnexusUser=$NEXUS_USR -PnexusPass=$NEXUS_PSW' } }\n  }\n}"),
             grep("Testcontainers|testcontainers", path="/home/raj/src/ledger-service", files=["build.gradle.kts", "src/integrationTest/java/com/acme/ledger/PostgresIT.java"]),
             plan("## Jenkins → GitHub Actions for ledger-service\n\n1. **One workflow `ci.yml`**, triggers: `pull_request`, `push` to `main`, `push` of tags `v*`.\n"
                  "2. **build-test job** (ubuntu-latest): checkout, `actions/setup-java@v4` (temurin 21, `cache: gradle`), `./gradlew assemble test integrationTest`. "
                  "Integration tests use Testcontainers – GitHub-hosted runners have Docker, so no change needed.\n"
                  "3. **Test reports**: replace Jenkins `junit` with `mikepenz/action-junit-report` (or upload the XML as an artifact) so failures show on the PR.\n"
                  "4. **sonar job**: `if: github.ref == 'refs/heads/main'`, needs build-test; `SONAR_TOKEN` as a repository secret.\n"
                  "5. **publish job**: `if: startsWith(github.ref, 'refs/tags/v')`, needs build-test; Nexus user/password from the `nexus-deploy` credential moved to "
                  "secrets in a `release` environment (with required reviewers if you want a gate).\n"
                  "6. **Cut-over**: run both for a week (Jenkins stays authoritative), compare test counts, then disable the Jenkins job and make the Actions check required.\n\n"
                  "Open questions: the self-hosted `docker` agent – anything on it the build relies on (proxy, internal CA)?",
                  "/home/raj/.claude/plans/ledger-service-gha.md"),
             say("Plan approved and saved. I haven't written any workflow yet. The one thing to check before I do: whether the Jenkins `docker` agent had anything special "
                 "(an internal CA or proxy to reach Nexus) that the GitHub runners won't have."), mode="plan"),
    ],
)
