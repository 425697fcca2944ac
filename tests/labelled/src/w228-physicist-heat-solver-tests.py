LABEL = dict(
    split="heldout7",
    persona="computational physicist (postdoc) with a finite-difference heat-equation solver used in a group's thermal modelling",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 designs the verification: the analytical solution to test against (sin(pi x) decaying as exp(-alpha pi^2 t)) with a tolerance, "
               "a convergence test over nx = 50…400 at fixed r that checks the observed order is 2 within 0.1, and a stability check (r = 0.5 bounded, "
               "r = 0.51 with a seeded perturbation growing past 1e3); boundaries and the exact stability limit are named up front: level 5. Tests "
               "written as the goal: testing. `pytest` passes with no failure before it: verified success."),
)

SESSION = dict(
    cwd="/home/lkaur/code/heatfd", start="2026-12-02T13:40:00Z", model="claude-opus-4-5", version="2.1.249",
    turns=[
        turn("tests/test_solver.py for heatfd.solve_explicit. I want three things:\n(a) exactness vs analytical: u0 = sin(pi x) on [0,1], Dirichlet 0 "
             "both ends, alpha=0.01; exact u = exp(-alpha pi^2 t) sin(pi x). max abs error at t=1 < 1e-4 with nx=200, r=0.4.\n(b) convergence: "
             "nx = 50,100,200,400 at fixed r=0.4, observed order from successive max errors should be 2 +- 0.1.\n(c) stability: r=0.5 stays bounded "
             "(max |u| <= 1 for 2000 steps), r=0.51 with a seeded 1e-12 random perturbation grows past 1e3. use numpy.random.default_rng(0).\nrun pytest -q",
             read("/home/lkaur/code/heatfd/heatfd/solver.py",
                  "def solve_explicit(u0, alpha, dx, dt, steps, left=0.0, right=0.0):\n    r = alpha * dt / dx**2\n    u = u0.copy()\n    for _ in range(steps):\n"
                  "        u[1:-1] = u[1:-1] + r * (u[2:] - 2 * u[1:-1] + u[:-2])\n        u[0], u[-1] = left, right\n    return u\n"),
             write("/home/lkaur/code/heatfd/tests/test_solver.py",
                   "import numpy as np\nimport pytest\nfrom heatfd.solver import solve_explicit\n\nALPHA = 0.01\n\n\ndef run(nx, r, t_end=1.0, u0=None):\n"
                   "    x = np.linspace(0, 1, nx + 1)\n    dx = 1 / nx\n    dt = r * dx**2 / ALPHA\n    steps = int(round(t_end / dt))\n"
                   "    u = solve_explicit(np.sin(np.pi * x) if u0 is None else u0, ALPHA, dx, dt, steps)\n    return x, u, steps * dt\n\n\n"
                   "def test_matches_decaying_fourier_mode():\n    x, u, t = run(200, 0.4)\n    exact = np.exp(-ALPHA * np.pi**2 * t) * np.sin(np.pi * x)\n    assert np.max(np.abs(u - exact)) < 1e-4\n\n\n"
                   "def test_second_order_convergence_in_space():\n    errs = []\n    for nx in (50, 100, 200, 400):\n        x, u, t = run(nx, 0.4)\n"
                   "        errs.append(np.max(np.abs(u - np.exp(-ALPHA * np.pi**2 * t) * np.sin(np.pi * x))))\n"
                   "    orders = np.log2(np.array(errs[:-1]) / np.array(errs[1:]))\n    assert np.all(np.abs(orders - 2) < 0.1), orders\n\n\n"
                   "@pytest.mark.parametrize('r, bounded', [(0.5, True), (0.51, False)])\ndef test_stability_limit(r, bounded):\n    nx = 100\n"
                   "    x = np.linspace(0, 1, nx + 1)\n    u0 = np.sin(np.pi * x) + 1e-12 * np.random.default_rng(0).standard_normal(nx + 1)\n"
                   "    u0[0] = u0[-1] = 0\n    u = solve_explicit(u0, ALPHA, 1 / nx, r * (1 / nx)**2 / ALPHA, 2000)\n"
                   "    assert (np.max(np.abs(u)) <= 1) if bounded else (np.max(np.abs(u)) > 1e3)\n"),
             bash("python -m pytest -q tests/test_solver.py", "....                                                                     [100%]\n4 passed in 2.31s", desc="Run the solver tests", ms=4000),
             say("Wrote `tests/test_solver.py`: (a) the sin(πx) mode against the exact decay, (b) the observed spatial order over nx = 50…400 at r = 0.4 "
                 "(fixed r means dt scales with dx², so the temporal error shrinks at the same rate), and (c) r = 0.5 bounded and r = 0.51 with the seeded "
                 "1e-12 perturbation growing past 1e3 within 2000 steps. All 4 pass.")),
    ],
)
