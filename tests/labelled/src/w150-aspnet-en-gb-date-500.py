LABEL = dict(
    split="heldout5",
    persona="Backend developer at a veterinary practice software company, ASP.NET Core API",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the endpoint (POST /api/appointments), the symptom (500 for UK clinics when the date is 13/12/2026) and asks "
               "for the tests to be run, leaving the cause and approach to the agent; prompt 2 picks one of the two options the agent "
               "offered, with a reason ('don't change the request contract, the mobile app sends that format'), rather than correcting a "
               "detail of its own: level 3. Broken behaviour repaired: fixing. The first `dotnet test` "
               "fails (trouble); after the second edit it passes, and the `git commit` in prompt 3 succeeds: verified success."),
)

SESSION = dict(
    cwd="/home/priya/src/VetBooking", start="2026-11-24T10:05:00Z", model="claude-sonnet-4-6", version="2.1.244", branch="fix/uk-dates",
    turns=[
        turn("POST /api/appointments returns a 500 for our UK clinics when the date is something like 13/12/2026. US clinics are fine. Can you find out why and fix it? "
             "Run the tests after.",
             grep("DateTime.Parse", path="/home/priya/src/VetBooking/src", content="src/VetBooking.Api/Appointments/AppointmentRequestMapper.cs:18:        var start = DateTime.Parse(req.Date + \" \" + req.Time, CultureInfo.InvariantCulture);"),
             read("/home/priya/src/VetBooking/src/VetBooking.Api/Appointments/AppointmentRequestMapper.cs",
                  "public static class AppointmentRequestMapper\n{\n    public static Appointment ToAppointment(AppointmentRequest req, Clinic clinic)\n    {\n"
                  "        var start = DateTime.Parse(req.Date + \" \" + req.Time, CultureInfo.InvariantCulture);\n        return new Appointment(clinic.Id, req.PetId, start, req.Minutes);\n    }\n}"),
             edit("/home/priya/src/VetBooking/src/VetBooking.Api/Appointments/AppointmentRequestMapper.cs",
                  "        var start = DateTime.Parse(req.Date + \" \" + req.Time, CultureInfo.InvariantCulture);",
                  "        var start = DateTime.ParseExact(req.Date + \" \" + req.Time, \"yyyy-MM-dd HH:mm\", CultureInfo.InvariantCulture);"),
             bash("dotnet test --nologo -v q", "", desc="Run the tests", code=1, ms=41000,
                  stderr="  Failed VetBooking.Tests.AppointmentMapperTests.Maps_us_clinic_date [4 ms]\n  Error Message:\n   System.FormatException : String '12/13/2026 09:30' was not recognized as a valid DateTime.\n"
                         "  Failed VetBooking.Tests.AppointmentMapperTests.Maps_uk_clinic_date [1 ms]\n  Error Message:\n   System.FormatException : String '13/12/2026 09:30' was not recognized as a valid DateTime.\n\n"
                         "Failed!  - Failed:     2, Passed:   186, Skipped:     0, Total:   188\n"),
             say("Cause: the mapper parses the date with the *invariant* culture, which reads `13/12/2026` as month 13 → FormatException → 500. I switched it to ISO "
                 "`yyyy-MM-dd`, but the existing tests show clients send the clinic's local format (`12/13/2026` for US, `13/12/2026` for UK), so that broke both. "
                 "I can either parse with the clinic's culture, or change the request to ISO dates.")),
        turn("don't change the request contract, the mobile app sends that format",
             read("/home/priya/src/VetBooking/src/VetBooking.Domain/Clinic.cs", "public record Clinic(Guid Id, string Name, string CountryCode, string TimeZoneId, string Culture);"),
             edit("/home/priya/src/VetBooking/src/VetBooking.Api/Appointments/AppointmentRequestMapper.cs",
                  "        var start = DateTime.ParseExact(req.Date + \" \" + req.Time, \"yyyy-MM-dd HH:mm\", CultureInfo.InvariantCulture);",
                  "        // Clients send the clinic's local date format (en-US, en-GB, ...), so parse with the clinic's culture.\n"
                  "        var culture = CultureInfo.GetCultureInfo(clinic.Culture);\n"
                  "        if (!DateTime.TryParse(req.Date + \" \" + req.Time, culture, DateTimeStyles.None, out var start))\n"
                  "            throw new ValidationException($\"'{req.Date} {req.Time}' is not a valid date for {clinic.Culture}\");"),
             bash("dotnet test --nologo -v q", "Passed!  - Failed:     0, Passed:   188, Skipped:     0, Total:   188, Duration: 3 s", desc="Run the tests again", ms=39000),
             say("Request contract unchanged. The mapper now parses with the clinic's own culture (`Clinic.Culture`, e.g. `en-GB`), and an unparseable date is "
                 "a validation error (400) instead of a 500. All 188 tests pass, including the US and UK mapper tests.")),
        turn("nice. commit it",
             bash("git add -A && git commit -qm \"Parse appointment dates in the clinic's culture (UK dates returned 500)\" && git log --oneline -1",
                  "4e1b9a7 Parse appointment dates in the clinic's culture (UK dates returned 500)", desc="Commit"),
             say("Committed on `fix/uk-dates` as 4e1b9a7.")),
    ],
)
