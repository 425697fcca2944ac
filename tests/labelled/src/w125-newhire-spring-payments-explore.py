LABEL = dict(
    split="heldout4",
    persona="Java developer two weeks into a new job, learning the payments service",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the service, the flow (a card payment from the REST call to the provider) and asks which classes "
               "are involved, but not the depth or the edge cases; prompt 2 asks a follow-up about retries on timeouts, a scoped "
               "question: level 3 (no route, framework, depth or scope named, so below a level-4 walkthrough; with no further signal, the lower). The agent only reads and searches: exploring. A `grep` with no matches is not a failure; no "
               "evidence: neither."),
)

SESSION = dict(
    cwd="/home/oluwaseun/work/payments-svc", start="2026-11-22T10:10:00Z", model="claude-sonnet-4-6", version="2.1.283",
    turns=[
        turn("I'm new on the payments team. Can you walk me through what happens when a card payment comes in, from the REST controller to the call to the "
             "provider? Which classes are involved",
             glob("src/main/java/**/payment/**/*.java", ["src/main/java/com/acme/payments/payment/PaymentController.java", "src/main/java/com/acme/payments/payment/PaymentService.java",
                  "src/main/java/com/acme/payments/payment/CardProviderClient.java", "src/main/java/com/acme/payments/payment/PaymentRepository.java", "src/main/java/com/acme/payments/payment/IdempotencyFilter.java"]),
             par(read("/home/oluwaseun/work/payments-svc/src/main/java/com/acme/payments/payment/PaymentController.java",
                      "@RestController\n@RequestMapping(\"/v1/payments\")\nclass PaymentController {\n  private final PaymentService service;\n  ...\n  @PostMapping\n"
                      "  ResponseEntity<PaymentResponse> create(@Valid @RequestBody PaymentRequest req, @RequestHeader(\"Idempotency-Key\") String key) {\n"
                      "    return ResponseEntity.status(201).body(service.charge(req, key));\n  }\n}"),
                 read("/home/oluwaseun/work/payments-svc/src/main/java/com/acme/payments/payment/PaymentService.java",
                      "@Service\nclass PaymentService {\n  @Transactional\n  PaymentResponse charge(PaymentRequest req, String key) {\n    var p = repo.save(Payment.pending(req, key));\n"
                      "    var result = provider.authorize(p.id(), req.cardToken(), req.amount());\n    p.apply(result);\n    return PaymentResponse.of(repo.save(p));\n  }\n}")),
             read("/home/oluwaseun/work/payments-svc/src/main/java/com/acme/payments/payment/CardProviderClient.java",
                  "@Component\nclass CardProviderClient {\n  private final RestClient http; // base URL from payments.provider.url, 5s read timeout\n"
                  "  ProviderResult authorize(UUID paymentId, String token, Money amount) {\n    return http.post().uri(\"/authorizations\")\n"
                  "      .header(\"Idempotency-Key\", paymentId.toString())\n      .body(new AuthRequest(token, amount)).retrieve().body(ProviderResult.class);\n  }\n}"),
             say("The path of a card payment:\n\n1. **`IdempotencyFilter`** runs first and rejects a repeated `Idempotency-Key` that already has a result.\n2. **`PaymentController.create`** "
                 "(`POST /v1/payments`) validates the `PaymentRequest` and calls the service.\n3. **`PaymentService.charge`** (one transaction) saves a `PENDING` payment, calls the provider, "
                 "applies the result (authorised or declined) and saves again.\n4. **`CardProviderClient.authorize`** POSTs to the provider's `/authorizations` with the payment's id "
                 "as the provider's idempotency key; 5 s read timeout.\n5. **`PaymentRepository`** is the JPA repository for both saves.")),
        turn("what happens if the provider times out? does anything retry it",
             grep("@Retryable|RetryTemplate|retry", path="src/main/java", content=""),
             grep("PENDING", path="src/main/java", content="src/main/java/com/acme/payments/payment/Payment.java:12:  enum Status { PENDING, AUTHORISED, DECLINED }\n"
                  "src/main/java/com/acme/payments/reconcile/PendingSweeper.java:19:  @Scheduled(fixedDelay = 60_000) void sweep() { // PENDING older than 2 min -> ask provider by payment id"),
             read("/home/oluwaseun/work/payments-svc/src/main/java/com/acme/payments/reconcile/PendingSweeper.java",
                  "@Component\nclass PendingSweeper {\n  @Scheduled(fixedDelay = 60_000)\n  void sweep() {\n    for (var p : repo.findPendingOlderThan(Duration.ofMinutes(2))) {\n"
                  "      provider.lookup(p.id()).ifPresentOrElse(p::apply, () -> p.markFailed(\"not found at provider\"));\n      repo.save(p);\n    }\n  }\n}"),
             say("Nothing retries the call itself (no `@Retryable` or retry template). A timeout throws out of `charge`; since the method is `@Transactional`, "
                 "the PENDING row is rolled back with it and the client gets a 500.\n\n`PendingSweeper` looks for PENDING rows older than two minutes and asks the "
                 "provider about them, but it only sees rows that were committed, so it never sees this case. If the provider had authorised before the timeout, "
                 "a client retry creates a new payment with a new id, and so a new provider idempotency key. Worth raising with the team: that looks like a "
                 "double-charge risk.")),
    ],
)
