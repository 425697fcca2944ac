LABEL = dict(
    split="heldout12",
    persona="Laravel developer adding a weekly digest email command",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the feature, the column that selects the users, the data (new events in their groups, past week) and a schedule, and asks for a test and a commit when green, leaving the query, the empty-digest case and the test's content to the agent: level 3. "
               "New code (command, mailable, schedule, test) is written: building. No action fails, `php artisan test` passes and `git commit` succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/leila/sites/clubhouse", start="2026-12-04T15:00:00Z", model="claude-sonnet-4-6", version="2.1.249", branch="feature/weekly-digest",
    turns=[
        turn("Need an artisan command that emails users who turned on the weekly digest (wants_digest on users) a summary of new events in their groups from the past week. schedule it monday mornings. add a test and commit when its green",
             par(read("/home/leila/sites/clubhouse/app/Models/User.php",
                      "class User extends Authenticatable\n{\n    protected $casts = ['wants_digest' => 'boolean', 'email_verified_at' => 'datetime'];\n\n    public function groups(): BelongsToMany\n    {\n        return $this->belongsToMany(Group::class)->withTimestamps();\n    }\n}"),
                 read("/home/leila/sites/clubhouse/routes/console.php", "<?php\n\nuse Illuminate\\Support\\Facades\\Schedule;\n\nSchedule::command('events:close-past')->daily();")),
             bash("php artisan make:command WeeklyDigest && php artisan make:mail WeeklyDigestMail --markdown=mail.weekly-digest",
                  "   INFO  Console command [app/Console/Commands/WeeklyDigest.php] created successfully.\n\n   INFO  Mailable [app/Mail/WeeklyDigestMail.php] created successfully.\n\n   INFO  Markdown view [resources/views/mail/weekly-digest.blade.php] created successfully.",
                  desc="Scaffold command and mailable"),
             write("/home/leila/sites/clubhouse/app/Console/Commands/WeeklyDigest.php",
                   "<?php\n\nnamespace App\\Console\\Commands;\n\nuse App\\Mail\\WeeklyDigestMail;\nuse App\\Models\\Event;\nuse App\\Models\\User;\nuse Illuminate\\Console\\Command;\nuse Illuminate\\Support\\Facades\\Mail;\n\nclass WeeklyDigest extends Command\n{\n    protected $signature = 'digest:weekly';\n    protected $description = 'Email users a summary of new events in their groups from the last 7 days';\n\n    public function handle(): int\n    {\n        $since = now()->subDays(7);\n        $sent = 0;\n\n        User::where('wants_digest', true)->whereNotNull('email_verified_at')\n            ->with('groups:id')\n            ->chunkById(200, function ($users) use ($since, &$sent) {\n                foreach ($users as $user) {\n                    $events = Event::whereIn('group_id', $user->groups->pluck('id'))\n                        ->where('created_at', '>=', $since)\n                        ->orderBy('starts_at')->get();\n                    if ($events->isEmpty()) {\n                        continue;\n                    }\n                    Mail::to($user)->queue(new WeeklyDigestMail($user, $events));\n                    $sent++;\n                }\n            });\n\n        $this->info(\"Queued {$sent} digests.\");\n        return self::SUCCESS;\n    }\n}\n"),
             edit("/home/leila/sites/clubhouse/routes/console.php",
                  "Schedule::command('events:close-past')->daily();",
                  "Schedule::command('events:close-past')->daily();\nSchedule::command('digest:weekly')->weeklyOn(1, '08:00')->timezone('Europe/London')->withoutOverlapping();"),
             write("/home/leila/sites/clubhouse/tests/Feature/WeeklyDigestTest.php",
                   "<?php\n\nuse App\\Mail\\WeeklyDigestMail;\nuse App\\Models\\{Event, Group, User};\nuse Illuminate\\Support\\Facades\\Mail;\n\nit('queues a digest only for opted-in users with new events', function () {\n    Mail::fake();\n    $group = Group::factory()->create();\n    $wants = User::factory()->hasAttached($group)->create(['wants_digest' => true]);\n    $optedOut = User::factory()->hasAttached($group)->create(['wants_digest' => false]);\n    $nothingNew = User::factory()->hasAttached(Group::factory())->create(['wants_digest' => true]);\n    Event::factory()->for($group)->create(['created_at' => now()->subDays(2)]);\n    Event::factory()->for($group)->create(['created_at' => now()->subDays(10)]);\n\n    $this->artisan('digest:weekly')->expectsOutput('Queued 1 digests.')->assertSuccessful();\n\n    Mail::assertQueued(WeeklyDigestMail::class, fn ($m) => $m->hasTo($wants->email) && $m->events->count() === 1);\n    Mail::assertNotQueued(WeeklyDigestMail::class, fn ($m) => $m->hasTo($optedOut->email) || $m->hasTo($nothingNew->email));\n});\n"),
             bash("php artisan test", "   PASS  Tests\\Unit\\ExampleTest\n   PASS  Tests\\Feature\\EventsTest\n  ✓ lists upcoming events                                       0.21s\n  ✓ closes past events                                          0.05s\n   PASS  Tests\\Feature\\WeeklyDigestTest\n  ✓ it queues a digest only for opted-in users with new events  0.14s\n\n  Tests:    31 passed (88 assertions)\n  Duration: 2.41s", desc="Run tests", ms=5200),
             bash("git add app/Console/Commands/WeeklyDigest.php app/Mail/WeeklyDigestMail.php resources/views/mail/weekly-digest.blade.php routes/console.php tests/Feature/WeeklyDigestTest.php && git commit -m \"Add digest:weekly command, scheduled Mondays 08:00\"",
                  "[feature/weekly-digest 3f9e0b1] Add digest:weekly command, scheduled Mondays 08:00\n 5 files changed, 112 insertions(+)", desc="Commit"),
             say("Added `digest:weekly`: it goes through verified users with `wants_digest = true` in chunks, collects events created in their groups in the last 7 days, skips anyone with none, and queues a `WeeklyDigestMail` (I skip users with nothing new rather than send an empty email – easy to change). "
                 "Scheduled Mondays 08:00 Europe/London (`withoutOverlapping`). Feature test covers opted-in with new events, opted-out, and nothing new. `php artisan test`: 31 passed. Committed as 3f9e0b1.\n\n"
                 "I haven't filled in the mail template beyond the scaffold's list – you may want to style `mail/weekly-digest.blade.php`.")),
    ],
)
