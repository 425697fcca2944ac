LABEL = dict(
    split="heldout5",
    persona="Research software engineer maintaining a Julia package for chemical kinetics ODE solving",
    expertise_level=4, work_mode="testing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is precise: the module (StiffKinetics), the three reference problems (Robertson, HIRES, a linear decay with a closed form), "
               "the tolerances (relative 1e-6 against the reference solutions at named time points) and the command (Pkg.test()): level 4 (the "
               "checks and acceptance criterion are named, but no failure mode or ordering is anticipated). Tests written as the goal: testing. "
               "The only test run fails on Robertson at t = 1e5 (trouble); the user calls it the known stiff-case issue and ends the session with "
               "no passing run, commit or confirmation: abandoned."),
)

SESSION = dict(
    cwd="/home/jonas/dev/StiffKinetics.jl", start="2026-11-26T14:30:00Z", model="claude-opus-4-6", version="2.1.246", branch="reference-tests",
    turns=[
        turn("Add reference tests to test/runtests.jl for StiffKinetics.solve_kinetics with the default Rosenbrock method: Robertson (reference values at t = 40, 4e5 isn't needed, use 1e5), "
             "HIRES at t = 321.8122, and a one-species linear decay k = 0.7 against exp(-0.7t) at t = 1, 5, 10. Relative tolerance 1e-6 against the reference values, use the "
             "reference data in test/ref/*.csv. Then run Pkg.test().",
             par(glob("test/ref/*.csv", ["test/ref/robertson.csv", "test/ref/hires.csv"]),
                 read("/home/jonas/dev/StiffKinetics.jl/test/runtests.jl", "using StiffKinetics\nusing Test\n\n@testset \"StiffKinetics\" begin\n    include(\"api.jl\")\nend")),
             write("/home/jonas/dev/StiffKinetics.jl/test/reference.jl",
                   "using CSV, DataFrames\n\nconst RTOL = 1e-6\nref(name) = CSV.read(joinpath(@__DIR__, \"ref\", name * \".csv\"), DataFrame)\n\n"
                   "@testset \"reference solutions\" begin\n    @testset \"linear decay\" begin\n        sol = solve_kinetics(LinearDecay(0.7), [1.0], (0.0, 10.0))\n"
                   "        for t in (1.0, 5.0, 10.0)\n            @test sol(t)[1] ≈ exp(-0.7t) rtol = RTOL\n        end\n    end\n"
                   "    @testset \"Robertson\" begin\n        r = ref(\"robertson\")\n        sol = solve_kinetics(Robertson(), [1.0, 0.0, 0.0], (0.0, 1e5))\n"
                   "        for row in eachrow(r)\n            @test sol(row.t) ≈ [row.y1, row.y2, row.y3] rtol = RTOL\n        end\n    end\n"
                   "    @testset \"HIRES\" begin\n        r = ref(\"hires\")\n        sol = solve_kinetics(Hires(), Hires_u0, (0.0, 321.8122))\n"
                   "        @test sol(321.8122) ≈ collect(r[1, 2:end]) rtol = RTOL\n    end\nend\n"),
             edit("/home/jonas/dev/StiffKinetics.jl/test/runtests.jl", "    include(\"api.jl\")", "    include(\"api.jl\")\n    include(\"reference.jl\")"),
             bash("julia --project -e 'using Pkg; Pkg.test()' 2>&1 | tail -14", "", desc="Run the package tests", code=1, ms=182000,
                  stderr="Robertson: Test Failed at /home/jonas/dev/StiffKinetics.jl/test/reference.jl:17\n  Expression: ≈(sol(row.t), [row.y1, row.y2, row.y3], rtol = RTOL)\n"
                         "   Evaluated: [0.01832, 7.3376e-8, 0.98168] ≈ [0.0183202, 7.3387e-8, 0.9816798] (rtol=1.0e-6)\n\nTest Summary:          | Pass  Fail  Total   Time\n"
                         "StiffKinetics          |   21     1     22  2m31.4s\n  api                  |   12           12   1.2s\n  reference solutions  |    9     1     10  2m29.9s\n"
                         "    linear decay       |    3            3   0.1s\n    Robertson          |    3     1      4  2m12.0s\n    HIRES              |    1            1  17.8s\nERROR: LoadError: Some tests did not pass: 21 passed, 1 failed, 0 errored, 0 broken.\n"),
             say("Added `test/reference.jl` (linear decay at t = 1, 5, 10; Robertson at every row of `ref/robertson.csv`; HIRES at the end time) and included it. 21 of 22 pass. "
                 "The failure is **Robertson at t = 1e5**: y2 comes out 7.3376e-8 against 7.3387e-8, a relative error of 1.5e-4 – far above 1e-6, while y1 and y3 agree. "
                 "That looks like the default method's error control on the tiny y2 component late in the run, not a test problem. I can loosen the tolerance for y2, "
                 "use an absolute tolerance there, or try a tighter `abstol` in the solver.")),
        turn("no, leave the test as it is — that's the known stiff-case issue (#41), it should fail until the step-size controller is fixed. I'll link it on the issue.",
             say("Understood – I've left `reference.jl` exactly as it is, so the Robertson test keeps failing until #41 is fixed. For the issue: failing at t = 1e5, y2 "
                 "relative error 1.5e-4 (7.3376e-8 vs 7.3387e-8), rtol 1e-6, default Rosenbrock method; the other 21 tests pass.")),
    ],
)
