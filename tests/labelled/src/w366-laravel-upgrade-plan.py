LABEL = dict(
    split="heldout12",
    persona="Laravel developer planning an upgrade from Laravel 9 to 11",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the upgrade (9 to 11), the packages they worry about and the output (a step plan they can do across several PRs), with no constraint beyond 'don't change anything yet' and no check; prompt 2 answers the agent's question (Horizon is not used in production), which is not the user's own precision: level 3. "
               "The session runs in plan mode and ends in an approved plan (ExitPlanMode) with no edits: planning. `composer outdated` runs fine; nothing fails and nothing is evidence: neither."),
)

SESSION = dict(
    cwd="/home/arjun/work/invoicer", start="2026-12-05T10:30:00Z", model="claude-opus-4-6", version="2.1.249", mode="plan",
    turns=[
        turn("We're on Laravel 9 and need to get to 11 before support ends. I'm worried about spatie/laravel-permission, horizon and our custom auth guards. Make me a plan of steps I can do over a few PRs, don't change anything yet",
             par(read("/home/arjun/work/invoicer/composer.json",
                      "{\n  \"require\": {\n    \"php\": \"^8.0.2\",\n    \"laravel/framework\": \"^9.52\",\n    \"laravel/horizon\": \"^5.15\",\n    \"laravel/sanctum\": \"^3.2\",\n    \"spatie/laravel-permission\": \"^5.10\",\n    \"barryvdh/laravel-dompdf\": \"^2.0\",\n    \"guzzlehttp/guzzle\": \"^7.2\"\n  },\n  \"require-dev\": {\n    \"phpunit/phpunit\": \"^9.5.10\",\n    \"nunomaduro/collision\": \"^6.1\",\n    \"spatie/laravel-ignition\": \"^1.0\"\n  }\n}"),
                 grep("Auth::extend|->guard\\(", path="/home/arjun/work/invoicer/app", files=["/home/arjun/work/invoicer/app/Providers/AuthServiceProvider.php", "/home/arjun/work/invoicer/app/Auth/ApiKeyGuard.php"])),
             bash("composer outdated --direct", "barryvdh/laravel-dompdf   v2.0.1  v3.0.1  ...\nlaravel/framework         v9.52.16 v11.34.2 The Laravel Framework.\nlaravel/horizon           v5.15.0 v5.29.1 ...\nlaravel/sanctum           v3.2.5  v4.0.5  ...\nphpunit/phpunit           9.6.13  11.4.4  ...\nspatie/laravel-permission 5.10.2  6.10.1  ...", desc="What is outdated"),
             read("/home/arjun/work/invoicer/app/Auth/ApiKeyGuard.php",
                  "class ApiKeyGuard implements Guard\n{\n    use GuardHelpers;\n\n    public function __construct(private UserProvider $provider, private Request $request) {}\n\n    public function user()\n    {\n        if ($this->user) return $this->user;\n        $key = $this->request->header('X-Api-Key');\n        return $this->user = $key ? $this->provider->retrieveByCredentials(['api_key' => hash('sha256', $key)]) : null;\n    }\n\n    public function validate(array $credentials = []) { return false; }\n}"),
             say("I've looked at `composer.json`, what's outdated, and your custom guard. Before I write the plan: is Horizon actually running in production? It's the one package whose upgrade path depends on how you deploy workers.")),
        turn("horizon isn't used in prod anymore, we moved to SQS workers last year. it's only in composer for local. rest as you think",
             plan("# Laravel 9 → 11 upgrade plan\n\n**PR 1 – PHP 8.2 and tooling (no framework change)**\n- Require `php: ^8.2` in composer.json; run CI on 8.2 and 8.3.\n- Remove `laravel/horizon` (not used in prod; local only) and its config/service provider.\n- Full test suite green on 8.2.\n\n"
                  "**PR 2 – Laravel 10**\n- `laravel/framework ^10`, `sanctum ^3.3`, `spatie/laravel-permission ^5.11`, `nunomaduro/collision ^7`, `spatie/laravel-ignition ^2`, `phpunit ^10` (migrate phpunit.xml with `--migrate-configuration`).\n"
                  "- Follow the 9→10 guide: native return types on overridden methods (`ApiKeyGuard::validate(): bool`), `$dates` removed from models → `$casts`, `Bus::dispatchNow` → `dispatchSync` if used.\n- Tests green, deploy, let it run a week.\n\n"
                  "**PR 3 – spatie/laravel-permission 6 (still on Laravel 10)**\n- Config key renames (`model_morph_key`, teams), publish and diff the new migration, check `Permission::findByName` calls in seeders.\n- Separate PR so a permission problem is not mixed up with a framework problem.\n\n"
                  "**PR 4 – Laravel 11**\n- `laravel/framework ^11`, `sanctum ^4` (publish its migration now that it isn't auto-loaded), `dompdf ^3`.\n"
                  "- Keep the existing app skeleton (Kernel, providers) – Laravel 11 supports it; slimming to `bootstrap/app.php` is optional and can come later.\n"
                  "- Re-register `ApiKeyGuard` via `Auth::extend` in `AppServiceProvider` if `AuthServiceProvider` is dropped; test with an API-key feature test.\n- Tests green, deploy.\n\n"
                  "**Risks**: `ApiKeyGuard` signature changes in 10, the permission cache after PR 3 (run `permission:cache-reset` on deploy), dompdf 3 rendering differences on invoices (compare a few PDFs).",
                  "/home/arjun/.claude/plans/laravel-9-to-11.md"),
             say("Plan approved and saved. Four PRs: PHP 8.2 + drop Horizon, Laravel 10, laravel-permission 6 on its own, then Laravel 11 keeping your current skeleton. Your custom guard needs a `bool` return type in 10 and a new home if you drop `AuthServiceProvider` in 11. Want me to start PR 1?"),
             mode="plan"),
    ],
)
