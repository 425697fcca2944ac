LABEL = dict(
    split="heldout13",
    persona=".NET C# line-of-business developer writing release notes for users",
    expertise_level=3, work_mode="writing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the range (since tag v4.1.0), the output file (RELEASE_NOTES.md) and the audience (finance and ops users, not developers), one constraint (leave out internal refactors), and leaves grouping and wording to the agent. Level 3. "
               "A non-code document is written: writing. No action fails; prompt 2 ('good, sent it to finance') confirms the result, so verified success without trouble."),
)

SESSION = dict(
    cwd="C:\\src\\Harbour.Ops", start="2026-12-02T10:30:00Z", model="claude-sonnet-4-6", version="2.1.252", branch="main",
    turns=[
        turn("write RELEASE_NOTES.md for 4.2 from the commits since v4.1.0. audience is finance + ops users, not devs, so skip refactors/ci stuff",
             bash("git log v4.1.0..HEAD --oneline --no-merges", "a91c2e0 Invoice PDF: show vessel IMO number under vessel name\n7d0f4b3 Refactor InvoiceRepository to async\n52be1c9 Berth calendar: drag booking to another berth\ne03a7d8 CI: cache NuGet packages\n1fb6e52 Fix: ageing report missed invoices dated on month end\nc44d901 Customer search by VAT number\n9a0b2f7 Bump Serilog to 4.1\n0e6c3a1 Fix: credit notes printed with positive totals", desc="Commits since v4.1.0"),
             write("C:\\src\\Harbour.Ops\\RELEASE_NOTES.md", "# Harbour Ops 4.2\n\n## New\n- **Berth calendar:** you can now drag a booking to another berth instead of cancelling and re-booking it.\n- **Customer search:** search customers by VAT number as well as by name.\n- **Invoice PDFs** now show the vessel's IMO number under the vessel name.\n\n## Fixed\n- The **ageing report** left out invoices dated on the last day of a month. They are now included, so month-end totals may be higher than in earlier runs.\n- **Credit notes** were printed with positive totals. They now print as negative amounts.\n"),
             say("Written `RELEASE_NOTES.md`: three user-facing additions and two fixes, in plain language. Left out: the async refactor, CI cache and Serilog bump. I added a line on the ageing fix because finance may see month-end totals change against old runs.")),
        turn("good, sent it to finance. thanks",
             say("Great.")),
    ],
)
