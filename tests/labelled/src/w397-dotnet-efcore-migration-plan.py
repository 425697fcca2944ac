LABEL = dict(
    split="heldout13",
    persona=".NET C# line-of-business developer planning a move from ADO.NET to EF Core",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the app, the current data layer (hand-written ADO.NET in the Data project), the target (EF Core 8) and one constraint (ship in slices, the invoicing screens can't break before year end), leaving the approach to the agent; prompt 2 answers the agent's question about stored procedures. Level 3. "
               "The session reads code and ends in an approved plan (plan mode, ExitPlanMode) with no edits: planning. No action fails and there is no evidence: neither."),
)

SESSION = dict(
    cwd="C:\\src\\Harbour.Ops", start="2026-11-24T14:00:00Z", model="claude-opus-4-6", version="2.1.246", branch="main", mode="plan",
    turns=[
        turn("I want to plan moving Harbour.Ops off the hand-written ADO.NET in Harbour.Ops.Data to EF Core 8. can't be a big bang, invoicing screens must not break before year end. what would you do",
             glob("Harbour.Ops.Data/**/*.cs", ["Harbour.Ops.Data/Db.cs", "Harbour.Ops.Data/CustomerRepository.cs", "Harbour.Ops.Data/InvoiceRepository.cs", "Harbour.Ops.Data/VesselRepository.cs", "Harbour.Ops.Data/BerthBookingRepository.cs", "Harbour.Ops.Data/ReportQueries.cs"], path="C:\\src\\Harbour.Ops"),
             grep("CommandType.StoredProcedure", path="C:\\src\\Harbour.Ops\\Harbour.Ops.Data", content="InvoiceRepository.cs:88:            cmd.CommandType = CommandType.StoredProcedure; // usp_Invoice_Finalise\nInvoiceRepository.cs:141:            cmd.CommandType = CommandType.StoredProcedure; // usp_Invoice_NextNumber\nReportQueries.cs:22:            cmd.CommandType = CommandType.StoredProcedure; // usp_Report_Ageing"),
             read("C:\\src\\Harbour.Ops\\Harbour.Ops.Data\\Db.cs", "public static class Db\n{\n    public static SqlConnection Open()\n    {\n        var c = new SqlConnection(ConfigurationManager.ConnectionStrings[\"Ops\"].ConnectionString);\n        c.Open();\n        return c;\n    }\n}"),
             say("Before I write the plan: invoicing goes through two stored procedures (`usp_Invoice_Finalise`, `usp_Invoice_NextNumber`), and reporting through one. Do those have to stay as procedures (DBA-owned, used by other systems), or could their logic move into C#?")),
        turn("they stay, the DBA owns them and finance's crystal reports call usp_Report_Ageing too",
             plan("## EF Core 8 migration plan for Harbour.Ops\n\n1. **Add EF Core alongside ADO.NET.** New `HarbourDbContext` in Harbour.Ops.Data, same connection string; scaffold entities for Customer, Vessel, BerthBooking, Invoice (database-first, no migrations applied to the DB).\n2. **Repository interfaces.** Extract `ICustomerRepository` etc. from the current classes; callers depend on interfaces; register ADO.NET versions in DI. No behaviour change.\n3. **Slice 1: Vessels (read-mostly, low risk).** EF implementation of `IVesselRepository`, switch registration, compare results against the ADO.NET version in an integration test over a copy of the DB.\n4. **Slice 2: Customers, Slice 3: Berth bookings** the same way.\n5. **Invoicing last (January).** EF for reads; keep `usp_Invoice_Finalise` and `usp_Invoice_NextNumber` via `Database.ExecuteSqlInterpolatedAsync`/`FromSql`, inside the same transaction.\n6. **Reports:** leave `ReportQueries` on ADO.NET or Dapper; `usp_Report_Ageing` is shared with Crystal Reports.\n7. **Remove** old repositories and `Db.cs` once every slice has run a month-end in production.\n\nRisks: transaction boundaries across EF and raw ADO.NET during the mixed period; connection string comes from `ConfigurationManager` (app.config), so the context needs a factory that reads it.",
                  "C:\\Users\\martin\\.claude\\plans\\harbour-efcore-migration.md"),
             say("Plan approved and saved. In short: EF Core side by side, repositories behind interfaces, migrate one aggregate at a time starting with Vessels, invoicing last in January with the DBA's procedures called through EF, reporting left alone. Nothing in the code has changed yet.")),
    ],
)
