LABEL = dict(
    split="heldout5",
    persona="First-year college student learning C#, homework on a temperature converter class",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the thing and the goal (tests for the TempConverter class, with xUnit, because 'the assignment says we need tests') "
               "and asks the agent to 'check if they pass'; prompt 2 ('so is my code wrong?') needs the agent to explain the failure: level 2. "
               "Tests written as the goal: testing. The first `dotnet test` fails on a rounding assertion (trouble); after the test "
               "uses a tolerance the run passes: verified success."),
)

SESSION = dict(
    cwd="/home/kai/cs101/TempConverter", start="2026-11-28T16:20:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("the assignment says we need tests for the TempConverter class using xunit. can you write some and check if they pass? i dont really get tests yet",
             par(read("/home/kai/cs101/TempConverter/TempConverter/TempConverter.cs",
                      "namespace TempConverter;\n\npublic static class Converter\n{\n    public static double CelsiusToFahrenheit(double c) => c * 9 / 5 + 32;\n"
                      "    public static double FahrenheitToCelsius(double f) => (f - 32) * 5 / 9;\n    public static double CelsiusToKelvin(double c)\n    {\n"
                      "        if (c < -273.15) throw new ArgumentOutOfRangeException(nameof(c), \"below absolute zero\");\n        return c + 273.15;\n    }\n}\n"),
                 bash("ls", "TempConverter\nTempConverter.Tests\nTempConverter.sln", desc="See the projects")),
             write("/home/kai/cs101/TempConverter/TempConverter.Tests/ConverterTests.cs",
                   "using TempConverter;\nusing Xunit;\n\npublic class ConverterTests\n{\n    [Theory]\n    [InlineData(0, 32)]\n    [InlineData(100, 212)]\n    [InlineData(-40, -40)]\n"
                   "    public void CelsiusToFahrenheit_KnownPoints(double c, double f) => Assert.Equal(f, Converter.CelsiusToFahrenheit(c));\n\n"
                   "    [Fact]\n    public void FahrenheitToCelsius_BodyTemperature() => Assert.Equal(37.0, Converter.FahrenheitToCelsius(98.6));\n\n"
                   "    [Fact]\n    public void CelsiusToKelvin_Freezing() => Assert.Equal(273.15, Converter.CelsiusToKelvin(0));\n\n"
                   "    [Fact]\n    public void CelsiusToKelvin_BelowAbsoluteZero_Throws() =>\n        Assert.Throws<ArgumentOutOfRangeException>(() => Converter.CelsiusToKelvin(-300));\n}\n"),
             bash("dotnet test", "", desc="Run the tests", code=1, ms=19000,
                  stderr="[xUnit.net 00:00:00.41]     ConverterTests.FahrenheitToCelsius_BodyTemperature [FAIL]\n  Failed ConverterTests.FahrenheitToCelsius_BodyTemperature [3 ms]\n"
                         "  Error Message:\n   Assert.Equal() Failure: Values differ\nExpected: 37\nActual:   36.999999999999993\n\nFailed!  - Failed: 1, Passed: 5, Skipped: 0, Total: 6\n"),
             say("I wrote 6 tests in `TempConverter.Tests/ConverterTests.cs`. Five pass; one fails: 98.6 °F comes out as 36.999999999999993 instead of exactly 37.")),
        turn("so is my code wrong? what does that mean",
             say("Your code is right – it's how computers store decimals. 98.6 can't be stored exactly, so the answer is off in the 15th decimal place. The fix "
                 "belongs in the test: compare with a small tolerance instead of exact equality."),
             edit("/home/kai/cs101/TempConverter/TempConverter.Tests/ConverterTests.cs",
                  "Assert.Equal(37.0, Converter.FahrenheitToCelsius(98.6));", "Assert.Equal(37.0, Converter.FahrenheitToCelsius(98.6), precision: 6);"),
             bash("dotnet test", "Passed!  - Failed:     0, Passed:     6, Skipped:     0, Total:     6, Duration: 38 ms - TempConverter.Tests.dll (net8.0)", desc="Run the tests again", ms=17000),
             say("All 6 tests pass now. The body-temperature test compares to 6 decimal places. Each test checks one fact: known conversion points, the "
                 "reverse conversion, Kelvin, and that going below absolute zero throws an error.")),
    ],
)
