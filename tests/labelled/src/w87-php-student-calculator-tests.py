LABEL = dict(
    split="heldout3",
    persona="Second-year web development student, writes PHP for coursework",
    expertise_level=2, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the class and the goal (unit tests because the teacher requires them) and one "
               "constraint implied by the assignment ('at least one for dividing by zero'); no framework or cases "
               "beyond that: level 2. Tests written as the goal: testing. PHPUnit is not installed so the first run "
               "fails; after `composer require` the suite passes (5 tests): trouble resolved by a passing run, verified."),
)

SESSION = dict(
    cwd="/home/aisha/college/php-calc", start="2026-06-08T13:10:00Z", model="claude-sonnet-4-6", version="2.1.262",
    turns=[
        turn("our teacher says we need unit tests for the Calculator class in src/Calculator.php. at least one for dividing by zero. can you write them",
             read("/home/aisha/college/php-calc/src/Calculator.php",
                  "<?php\n\nnamespace App;\n\nclass Calculator\n{\n    public function add(float $a, float $b): float { return $a + $b; }\n"
                  "    public function subtract(float $a, float $b): float { return $a - $b; }\n    public function multiply(float $a, float $b): float { return $a * $b; }\n\n"
                  "    public function divide(float $a, float $b): float\n    {\n        if ($b == 0) {\n            throw new \\InvalidArgumentException('Cannot divide by zero');\n        }\n        return $a / $b;\n    }\n}"),
             write("/home/aisha/college/php-calc/tests/CalculatorTest.php",
                   "<?php\n\nuse App\\Calculator;\nuse PHPUnit\\Framework\\TestCase;\n\nfinal class CalculatorTest extends TestCase\n{\n    private Calculator $calc;\n\n"
                   "    protected function setUp(): void { $this->calc = new Calculator(); }\n\n    public function testAdd(): void { $this->assertSame(5.0, $this->calc->add(2, 3)); }\n"
                   "    public function testSubtract(): void { $this->assertSame(-1.0, $this->calc->subtract(2, 3)); }\n"
                   "    public function testMultiply(): void { $this->assertSame(7.5, $this->calc->multiply(2.5, 3)); }\n"
                   "    public function testDivide(): void { $this->assertEqualsWithDelta(0.333, $this->calc->divide(1, 3), 0.001); }\n\n"
                   "    public function testDivideByZeroThrows(): void\n    {\n        $this->expectException(InvalidArgumentException::class);\n        $this->calc->divide(4, 0);\n    }\n}\n"),
             bash("vendor/bin/phpunit tests", "", desc="Run the tests", code=127, stderr="bash: vendor/bin/phpunit: No such file or directory\n"),
             bash("composer require --dev phpunit/phpunit:^11 --quiet && vendor/bin/phpunit tests",
                  "PHPUnit 11.5.3 by Sebastian Bergmann and contributors.\n\nRuntime:       PHP 8.3.6\n\n.....                                                               5 / 5 (100%)\n\n"
                  "Time: 00:00.011, Memory: 8.00 MB\n\nOK (5 tests, 5 assertions)", desc="Install PHPUnit and run the tests", ms=24000),
             say("I added `tests/CalculatorTest.php` with five tests: one each for add, subtract, multiply and divide, and "
                 "`testDivideByZeroThrows`, which checks that dividing by zero throws an `InvalidArgumentException`.\n\n"
                 "PHPUnit wasn't installed in the project, so I added it as a dev dependency with Composer. All 5 tests pass. "
                 "Run them yourself with `vendor/bin/phpunit tests`.")),
    ],
)
