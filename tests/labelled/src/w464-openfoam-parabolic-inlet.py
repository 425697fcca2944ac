LABEL = dict(
    split="heldout15",
    persona="CFD engineer adding a parabolic inlet profile to a channel case in OpenFOAM",
    expertise_level=4, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the case, the patch, the boundary condition type (codedFixedValue), the profile (fully developed laminar, U_max = 1.5 U_bar, U_bar = 0.8 m/s, H = 0.1 m, y from the face centres) and the acceptance check (flowRatePatch on the inlet must give 0.8 × 0.1 × 0.05 = 0.004 m³/s), then a commit: level 4 (precise with a named acceptance criterion; no edge cases or alternatives anticipated). "
               "A new boundary condition is written into the case: building. Nothing fails; the flow rate check agrees and the change is committed (evidence): verified success without trouble."),
)

SESSION = dict(
    cwd="/home/hpeters/cases/channel_step", start="2026-11-27T10:10:00Z", model="claude-opus-4-6", version="2.1.244", branch="parabolic-inlet",
    turns=[
        turn("channel_step: replace the uniform inlet in 0/U with a codedFixedValue parabolic profile, fully developed laminar, Umax = 1.5*Ubar, Ubar 0.8 m/s, channel height H = 0.1 m (y from 0 to 0.1), use patch face centres. check with postProcess -func 'flowRatePatch(name=inlet)' -latestTime on 0 — must be 0.8*0.1*0.05 = 0.004 m3/s (depth 0.05). then commit",
             par(read("/home/hpeters/cases/channel_step/0/U", "FoamFile { version 2.0; format ascii; class volVectorField; object U; }\ndimensions      [0 1 -1 0 0 0 0];\ninternalField   uniform (0 0 0);\nboundaryField\n{\n    inlet\n    {\n        type            fixedValue;\n        value           uniform (0.8 0 0);\n    }\n    outlet { type zeroGradient; }\n    walls  { type noSlip; }\n    frontAndBack { type empty; }\n}"),
                 bash("head -25 constant/polyMesh/boundary | grep -A3 inlet; foamDictionary -entry vertices -value system/blockMeshDict | head -4", "    inlet\n    {\n        type            patch;\n        nFaces          40;\n(\n    (0 0 0)\n    (0.5 0 0)\n    (0.5 0.1 0)", desc="Check the inlet patch and the geometry")),
             edit("/home/hpeters/cases/channel_step/0/U", "    inlet\n    {\n        type            fixedValue;\n        value           uniform (0.8 0 0);\n    }", "    inlet\n    {\n        type            codedFixedValue;\n        value           uniform (0 0 0);\n        name            parabolicInlet;\n        code\n        #{\n            const scalar Ubar = 0.8;\n            const scalar H = 0.1;\n            const scalar Umax = 1.5*Ubar;\n            const vectorField& Cf = patch().Cf();\n            vectorField& field = *this;\n            forAll(Cf, i)\n            {\n                const scalar y = Cf[i].y();\n                field[i] = vector(4.0*Umax*y*(H - y)/sqr(H), 0, 0);\n            }\n        #};\n    }"),
             bash("postProcess -func 'flowRatePatch(name=inlet)' -time 0 2>&1 | grep -E 'Compiling|sum\\(inlet\\)|Time ='", "Using dynamicCode for codedFixedValue parabolicInlet at line 9 in \"/home/hpeters/cases/channel_step/0/U/boundaryField/inlet\"\nCompiling codedFixedValue parabolicInlet (sha1=5cf6f0b7a4c12d87e0b1c1e2c9f0d7a3b6e8e4d1)\nTime = 0\n    sum(inlet) of phi = -0.00399938", desc="Compile the coded BC and check the inlet flow rate", ms=24800),
             say("The coded BC compiles and the inlet flow rate is **−0.0039994 m³/s** (negative = into the domain) against the target 0.004. The 0.015% difference is the discretisation of the parabola on 40 face centres (midpoint rule). Committing."),
             bash("git add 0/U && git commit -m \"channel_step: parabolic laminar inlet (codedFixedValue), Ubar 0.8 m/s\"", "[parabolic-inlet 2a7f1e9] channel_step: parabolic laminar inlet (codedFixedValue), Ubar 0.8 m/s\n 1 file changed, 16 insertions(+), 2 deletions(-)", desc="Commit"),
             say("Committed (`2a7f1e9`). The inlet is now U = 4·Umax·y(H−y)/H² with Umax = 1.2 m/s, evaluated at the inlet face centres; flowRatePatch gives 0.0039994 m³/s vs 0.004 expected.")),
    ],
)
