LABEL = dict(
    split="heldout14",
    persona="Spring Boot Java developer adding pagination to an invoices endpoint",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the endpoint, the controller and repository, one constraint (default page size 20, max 100) and asks for `mvn test`, leaving the approach (Pageable, the response shape) and edge cases to the agent: level 3. "
               "A new feature is added to existing code: building. No action fails; `./mvnw test` passes (Tests run: 58, Failures: 0) after the change: evidence, verified success, no trouble."),
)

SESSION = dict(
    cwd="/home/raj/dev/billing-service", start="2026-11-24T10:05:00Z", model="claude-opus-4-6", version="2.1.246", branch="feature/invoice-paging",
    turns=[
        turn("GET /api/invoices in InvoiceController returns everything, customers with thousands of invoices time out. add pagination, default page size 20 max 100. InvoiceRepository is a JpaRepository. run mvn test after",
             par(read("/home/raj/dev/billing-service/src/main/java/com/northwind/billing/web/InvoiceController.java", "@RestController\n@RequestMapping(\"/api/invoices\")\n@RequiredArgsConstructor\npublic class InvoiceController {\n    private final InvoiceRepository invoices;\n\n    @GetMapping\n    public List<InvoiceDto> list(@RequestParam Long customerId) {\n        return invoices.findByCustomerId(customerId).stream().map(InvoiceDto::from).toList();\n    }\n}"),
                 read("/home/raj/dev/billing-service/src/main/java/com/northwind/billing/repo/InvoiceRepository.java", "public interface InvoiceRepository extends JpaRepository<Invoice, Long> {\n    List<Invoice> findByCustomerId(Long customerId);\n}")),
             grep("findByCustomerId", path="src", files=["src/main/java/com/northwind/billing/web/InvoiceController.java", "src/main/java/com/northwind/billing/repo/InvoiceRepository.java", "src/test/java/com/northwind/billing/web/InvoiceControllerTest.java"]),
             edit("/home/raj/dev/billing-service/src/main/java/com/northwind/billing/repo/InvoiceRepository.java",
                  "    List<Invoice> findByCustomerId(Long customerId);",
                  "    List<Invoice> findByCustomerId(Long customerId);\n\n    Page<Invoice> findByCustomerId(Long customerId, Pageable pageable);"),
             edit("/home/raj/dev/billing-service/src/main/java/com/northwind/billing/web/InvoiceController.java",
                  "    @GetMapping\n    public List<InvoiceDto> list(@RequestParam Long customerId) {\n        return invoices.findByCustomerId(customerId).stream().map(InvoiceDto::from).toList();\n    }",
                  "    @GetMapping\n    public Page<InvoiceDto> list(@RequestParam Long customerId,\n                                 @PageableDefault(size = 20, sort = \"issuedAt\", direction = Sort.Direction.DESC) Pageable pageable) {\n        return invoices.findByCustomerId(customerId, pageable).map(InvoiceDto::from);\n    }"),
             edit("/home/raj/dev/billing-service/src/main/resources/application.yml",
                  "spring:\n  jpa:",
                  "spring:\n  data:\n    web:\n      pageable:\n        max-page-size: 100\n  jpa:"),
             edit("/home/raj/dev/billing-service/src/test/java/com/northwind/billing/web/InvoiceControllerTest.java",
                  "            .andExpect(jsonPath(\"$.length()\").value(3));",
                  "            .andExpect(jsonPath(\"$.content.length()\").value(3))\n            .andExpect(jsonPath(\"$.size\").value(20));\n    }\n\n    @Test\n    void capsPageSizeAt100() throws Exception {\n        mvc.perform(get(\"/api/invoices\").param(\"customerId\", \"7\").param(\"size\", \"500\"))\n            .andExpect(status().isOk())\n            .andExpect(jsonPath(\"$.size\").value(100));"),
             bash("./mvnw -q test", "[INFO] Tests run: 58, Failures: 0, Errors: 0, Skipped: 0\n[INFO] BUILD SUCCESS\n[INFO] Total time:  41.882 s", desc="Run the tests", ms=46000),
             say("Done:\n- `InvoiceRepository.findByCustomerId(Long, Pageable)` returning a `Page`.\n- The controller takes a `Pageable` with default size 20, newest first (`issuedAt` desc), and returns `Page<InvoiceDto>`.\n- `spring.data.web.pageable.max-page-size: 100` caps the size (a request for 500 gets 100).\n- The response is now a page object (`content`, `size`, `totalElements`…) instead of a bare array, which is a breaking change for clients; the existing controller test is updated and one for the cap added.\n\n`./mvnw test`: 58 run, 0 failures.")),
    ],
)
