LABEL = dict(
    split="heldout2",
    persona="PHP developer maintaining a Laravel invoicing app for a facilities company",
    expertise_level=3, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the job (SendInvoiceEmail), the exception (MaxAttemptsExceededException) and when it "
               "started, but asks only 'figure out why and fix it'; prompt 2 adds a general hint (the PDF service got "
               "slower) and asks for the job's tests: level 3. Broken behaviour is being repaired, so fixing. The test "
               "run fails twice (the second a retry of the same command), and prompt 3 stops the work ('leave the "
               "test, I'll look tomorrow') with no passing run, commit or confirmation after: abandoned."),
)

SESSION = dict(
    cwd="/var/www/invoicr", start="2026-05-26T16:30:00Z", model="claude-sonnet-4-6", version="2.1.253",
    turns=[
        turn("Since Friday a lot of SendInvoiceEmail jobs end up in failed_jobs with MaxAttemptsExceededException. "
             "Nothing changed in that job as far as I know. Can you figure out why and fix it?",
             bash("php artisan queue:failed | head -12", "+--------------------------------------+------------+---------+----------------------------------+---------------------+\n"
                  "| ID                                   | Connection | Queue   | Class                            | Failed At           |\n"
                  "| 9b2f1c6e-0d1e-4b4f-9a3e-0c1f2a7d9e11 | redis      | mail    | App\\Jobs\\SendInvoiceEmail        | 2026-05-26 15:58:03 |\n"
                  "| 0f5e7d3a-1c2b-4e8f-8a1d-3b4c5d6e7f80 | redis      | mail    | App\\Jobs\\SendInvoiceEmail        | 2026-05-26 15:41:17 |\n...",
                  desc="List failed jobs", pre="Let me look at the failures first."),
             bash("php artisan queue:failed --id=9b2f1c6e-0d1e-4b4f-9a3e-0c1f2a7d9e11 2>/dev/null | grep -m3 -i exception || php artisan tinker --execute=\"echo DB::table('failed_jobs')->where('uuid','9b2f1c6e-0d1e-4b4f-9a3e-0c1f2a7d9e11')->value('exception');\" | head -5",
                  "Illuminate\\Queue\\MaxAttemptsExceededException: App\\Jobs\\SendInvoiceEmail has been attempted too many times or run too long. The job may have previously timed out.",
                  desc="Show one failure's exception"),
             read("/var/www/invoicr/app/Jobs/SendInvoiceEmail.php",
                  "class SendInvoiceEmail implements ShouldQueue\n{\n    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;\n\n    public $tries = 3;\n\n"
                  "    public function __construct(public Invoice $invoice) {}\n\n    public function handle(PdfRenderer $pdf): void\n    {\n"
                  "        $file = $pdf->render($this->invoice);          // HTTP call to the pdf service\n"
                  "        Mail::to($this->invoice->customer->billing_email)->send(new InvoiceMail($this->invoice, $file));\n    }\n}\n"),
             bash("git log --since=2026-05-10 --format='%h %ad %an %s' --date=short -- app/Jobs app/Mail app/Services config/queue.php",
                  "e41b0c2 2026-05-15 Dan Reyes pdf: render locally with dompdf when the service is unavailable\n77ad913 2026-05-12 Sam Idowu mail: bcc accounts@ on invoices",
                  desc="Recent changes around the job"),
             par(read("/var/www/invoicr/app/Mail/InvoiceMail.php",
                      "class InvoiceMail extends Mailable\n{\n    public function __construct(public Invoice $invoice, public string $pdfPath) {}\n\n"
                      "    public function content(): Content { return new Content(view: 'mail.invoice'); }\n\n"
                      "    public function attachments(): array { return [Attachment::fromStorage($this->pdfPath)->as(\"{$this->invoice->number}.pdf\")]; }\n}\n"),
                 read("/var/www/invoicr/app/Services/PdfRenderer.php",
                      "class PdfRenderer\n{\n    public function render(Invoice $invoice): string\n    {\n        $html = view('pdf.invoice', compact('invoice'))->render();\n"
                      "        $res = Http::withToken(config('services.pdf.token'))->post(config('services.pdf.url').'/render', ['html' => $html]);\n"
                      "        return $res->successful() ? $this->store($invoice, $res->body()) : $this->fallback($invoice, $html);\n    }\n}\n"),
                 read("/var/www/invoicr/config/services.php", "'pdf' => [\n    'url' => env('PDF_SERVICE_URL', 'http://pdf.internal:8080'),\n    'token' => env('PDF_SERVICE_TOKEN'),\n],")),
             bash("redis-cli -n 0 llen queues:mail && redis-cli -n 0 zcard queues:mail:reserved && redis-cli -n 0 zcard queues:mail:delayed",
                  "412\n3\n57", desc="Mail queue depth, reserved and delayed"),
             bash("php artisan tinker --execute=\"echo DB::table('failed_jobs')->where('payload','like','%SendInvoiceEmail%')->selectRaw('date(failed_at) d, count(*) n')->groupBy('d')->orderBy('d')->get()->map(fn(\\$r)=>\\$r->d.' '.\\$r->n)->implode(PHP_EOL);\"",
                  "2026-05-20 2\n2026-05-21 1\n2026-05-22 188\n2026-05-23 241\n2026-05-24 97\n2026-05-25 263\n2026-05-26 131", desc="Failed SendInvoiceEmail jobs per day"),
             bash("grep -c 'SendInvoiceEmail' storage/logs/laravel-2026-05-26.log && grep -m3 'SendInvoiceEmail.*DONE\\|SendInvoiceEmail.*RUNNING' storage/logs/worker.log",
                  "2311\n2026-05-26 09:14:02 App\\Jobs\\SendInvoiceEmail ......... RUNNING\n2026-05-26 09:14:49 App\\Jobs\\SendInvoiceEmail ......... 47s DONE\n2026-05-26 09:14:49 App\\Jobs\\SendInvoiceEmail ......... RUNNING",
                  desc="How long the job takes in the worker log"),
             bash("grep -h 'pdf render' storage/logs/laravel-2026-05-1[5-9].log | awk '{print $NF}' | sort -n | awk '{a[NR]=$1} END {print \"n=\"NR, \"p50=\"a[int(NR*.5)], \"p95=\"a[int(NR*.95)], \"max=\"a[NR]}'",
                  "n=6120 p50=3.1s p95=6.8s max=14.2s", desc="PDF render times the week before, for comparison"),
             par(read("/var/www/invoicr/config/queue.php", "'redis' => [\n    'driver' => 'redis',\n    'connection' => 'default',\n    'queue' => env('REDIS_QUEUE', 'default'),\n    'retry_after' => 90,\n    'block_for' => null,\n],"),
                 bash("grep -n 'queue:work' /etc/supervisor/conf.d/invoicr-worker.conf", "3:command=php /var/www/invoicr/artisan queue:work redis --queue=mail,default --timeout=60 --tries=3",
                      desc="Worker command line")),
             bash("grep -h 'pdf render' storage/logs/laravel-2026-05-2[2-6].log | awk '{print $NF}' | sort -n | awk '{a[NR]=$1} END {print \"n=\"NR, \"p50=\"a[int(NR*.5)], \"p95=\"a[int(NR*.95)], \"max=\"a[NR]}'",
                  "n=1843 p50=38.2s p95=71.9s max=118.4s", desc="PDF render times from the logs since Friday"),
             say("Found it. The job isn't crashing; it's being **killed for running too long**:\n\n- The worker runs with "
                 "`--timeout=60`, and the Redis queue's `retry_after` is 90s.\n- PDF rendering (an HTTP call to the pdf "
                 "service) now takes **38s at the median and 72s at p95, up to 118s** (from the logs since Friday), against about 3s before. "
                 "Anything over 60s is killed and retried, and after 3 attempts it lands in `failed_jobs` as "
                 "`MaxAttemptsExceededException`.\n\nSomething made the pdf service slower around Friday. The fix on "
                 "our side is to give this job more time: a per-job `$timeout` of 150s, `retry_after` above that (180s) "
                 "so a job isn't handed to a second worker while the first is still running, and a timeout on the HTTP "
                 "call so it fails cleanly instead of hanging. Shall I do that?")),
        turn("yes do that. ops said the pdf service moved to a smaller instance on friday so that fits, they'll fix it "
             "but we need to survive it. also run the job's tests",
             edit("/var/www/invoicr/app/Jobs/SendInvoiceEmail.php", "    public $tries = 3;\n",
                  "    public $tries = 3;\n\n    // The pdf service can take up to ~2 minutes under load; stay under retry_after (config/queue.php).\n    public $timeout = 150;\n\n    public $backoff = [30, 120];\n"),
             edit("/var/www/invoicr/config/queue.php", "    'retry_after' => 90,", "    'retry_after' => 180,"),
             grep("Http::", path="/var/www/invoicr/app/Services", content="app/Services/PdfRenderer.php:22:        $res = Http::withToken(config('services.pdf.token'))->post(config('services.pdf.url').'/render', ['html' => $html]);"),
             edit("/var/www/invoicr/app/Services/PdfRenderer.php",
                  "        $res = Http::withToken(config('services.pdf.token'))->post(",
                  "        $res = Http::withToken(config('services.pdf.token'))->timeout(140)->connectTimeout(5)->post("),
             bash("php artisan config:show queue.connections.redis | grep -E 'retry_after|block_for'", "  retry_after ......................................... 180\n  block_for ........................................... null",
                  desc="Confirm the effective retry_after"),
             bash("grep -rn \"'timeout'\\|timeout(\" app/Jobs | head -5", "app/Jobs/SendInvoiceEmail.php:14:    public $timeout = 150;", desc="Other jobs with their own timeouts"),
             bash("php artisan test --filter=SendInvoiceEmail",
                  "   FAIL  Tests\\Feature\\Jobs\\SendInvoiceEmailTest\n  ✓ it renders the pdf and mails the customer                0.41s\n"
                  "  ⨯ it fails fast when the pdf service is down                 0.22s\n  ───────────────────────────────────────────────\n"
                  "   FAILED  Tests\\Feature\\Jobs\\SendInvoiceEmailTest > it fails fast when the pdf service is down\n"
                  "  Failed asserting that exception of type \"Illuminate\\Http\\Client\\RequestException\" is thrown.\n\n  Tests:    1 failed, 1 passed (2 assertions)",
                  code=1, desc="Run the job's tests", ms=7400),
             read("/var/www/invoicr/tests/Feature/Jobs/SendInvoiceEmailTest.php",
                  "it('fails fast when the pdf service is down', function () {\n    Http::fake(['*/render' => Http::response(null, 503)]);\n"
                  "    expect(fn () => (new SendInvoiceEmail(Invoice::factory()->create()))->handle(app(PdfRenderer::class)))\n        ->toThrow(RequestException::class);\n});\n"),
             read("/var/www/invoicr/app/Services/PdfRenderer.php",
                  "    public function render(Invoice $invoice): string\n    {\n        $html = view('pdf.invoice', compact('invoice'))->render();\n"
                  "        $res = Http::withToken(config('services.pdf.token'))->timeout(140)->connectTimeout(5)->post(config('services.pdf.url').'/render', ['html' => $html]);\n"
                  "        return $res->successful() ? $this->store($invoice, $res->body()) : $this->fallback($invoice, $html);\n    }\n"),
             grep("function fallback", path="/var/www/invoicr/app/Services", content="app/Services/PdfRenderer.php:41:    private function fallback(Invoice $invoice, string $html): string"),
             bash("sed -n 41,52p app/Services/PdfRenderer.php",
                  "    private function fallback(Invoice $invoice, string $html): string\n    {\n        Log::warning('pdf service unavailable, rendering locally', ['invoice' => $invoice->id]);\n"
                  "        $pdf = Pdf::loadHTML($html)->setPaper('a4');\n        return $this->store($invoice, $pdf->output());\n    }", desc="Show the fallback"),
             bash("git log -3 --format='%h %ad %s' --date=short -- app/Services/PdfRenderer.php",
                  "e41b0c2 2026-05-15 pdf: render locally with dompdf when the service is unavailable\n8c9d7aa 2026-03-02 pdf: token auth\n1f0e22b 2025-11-20 pdf service client",
                  desc="Recent history of PdfRenderer"),
             say("The failing test isn't caused by my change. On May 15, commit `e41b0c2` added a **local dompdf "
                 "fallback** when the pdf service is unavailable, so a 503 no longer throws; the test still expects "
                 "the old behaviour. (And that fallback is probably why you've seen slow jobs rather than hard "
                 "failures: rendering locally with dompdf is slow too.)\n\nShall I update the test to assert the "
                 "fallback is used on a 503?")),
        turn("hm, that fallback was supposed to be behind a flag. try running it again, maybe its the cache",
             bash("php artisan config:clear && php artisan test --filter=SendInvoiceEmail",
                  "   INFO  Configuration cache cleared successfully.\n\n   FAIL  Tests\\Feature\\Jobs\\SendInvoiceEmailTest\n  ✓ it renders the pdf and mails the customer                0.39s\n"
                  "  ⨯ it fails fast when the pdf service is down                 0.21s\n\n  Tests:    1 failed, 1 passed (2 assertions)",
                  code=1, desc="Clear the config cache and rerun", ms=7100),
             grep("pdf.fallback|PDF_FALLBACK", path="/var/www/invoicr", content=""),
             bash("git show e41b0c2 --stat --format='%an: %s%n%b'", "Dan Reyes: pdf: render locally with dompdf when the service is unavailable\n\nBehind a flag until we have load-tested dompdf.\n\n"
                  " app/Services/PdfRenderer.php | 14 ++++++++++++--\n composer.json                |  1 +\n composer.lock                | 88 +++++++++++++++\n 3 files changed, 101 insertions(+), 2 deletions(-)",
                  desc="What the fallback commit says"),
             say("Same result after clearing the config cache, so it isn't the cache. The commit message of `e41b0c2` "
                 "says \"Behind a flag until we have load-tested dompdf\", but no flag made it in: nothing in the code "
                 "or config mentions a fallback setting (`pdf.fallback` / `PDF_FALLBACK`), so the fallback shipped "
                 "unconditionally. Options:\n\n1. Add the flag (`services.pdf.fallback`, default off) and keep the test "
                 "as it is.\n2. Keep the fallback and change the test.\n\nThe timeout changes are independent of this "
                 "and are in place.")),
        turn("leave the test for now, I'll check with Dan what he meant to do tomorrow",
             say("OK, I've left the test alone. Current state:\n\n- **Changed**: `SendInvoiceEmail` (`$timeout = 150`, "
                 "backoff 30s/120s), `config/queue.php` (`retry_after` 180), `PdfRenderer` (140s request timeout, 5s "
                 "connect timeout). Not committed.\n- **Still needed on the server**: the supervisor worker runs with "
                 "`--timeout=60`, which overrides nothing for jobs with their own `$timeout` but is still the default "
                 "for other jobs; restart the workers (`php artisan queue:restart`) after deploying.\n- **Open**: "
                 "`it fails fast when the pdf service is down` fails because of the fallback added in `e41b0c2`.")),
    ],
)
