LABEL = dict(
    split="heldout8",
    persona="Hardware design engineer characterising a 16-bit ADC front end on a new data-acquisition board",
    expertise_level=4, work_mode="analysing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 is precise: the capture files, the sample rate and test tone, the window (Blackman-Harris 4-term), how many harmonics to exclude, and the "
               "figures wanted (SNR, SINAD, THD, ENOB, SFDR) per channel in a table; no alternatives are ruled out and no failure modes named, and the cross-check against the analyzer comes only after the result, so level 4, not 5. "
               "Figures computed from captured data: analysing. Nothing fails; prompt 2 ('ch2 ENOB lines up with the AP analyzer, 13.1 there too') confirms the "
               "result against an independent measurement: verified success."),
)

SESSION = dict(
    cwd="/home/marco/bench/daq16-revB", start="2026-11-17T15:40:00Z", model="claude-sonnet-4-6", version="2.1.237",
    turns=[
        turn("captures in caps/ch{1..4}_1k.csv – 65536 samples each, fs = 200 kS/s, 997 Hz tone at -1 dBFS, raw codes (signed 16-bit). Blackman-Harris 4-term window, "
             "exclude DC bins and harmonics 2–6 from noise. Give me SNR, SINAD, THD, ENOB and SFDR per channel in one table.",
             bash("head -3 caps/ch1_1k.csv && wc -l caps/ch*_1k.csv", "code\n-2231\n1804\n   65537 caps/ch1_1k.csv\n   65537 caps/ch2_1k.csv\n   65537 caps/ch3_1k.csv\n   65537 caps/ch4_1k.csv\n  262148 total", desc="Check the captures"),
             write("/home/marco/bench/daq16-revB/adc_metrics.py",
                   "import numpy as np, sys\nfrom scipy.signal.windows import blackmanharris\n\nFS, N = 200_000, 65536\n\ndef metrics(x):\n    x = x - x.mean()\n    w = blackmanharris(N)\n"
                   "    p = np.abs(np.fft.rfft(x * w)) ** 2\n    spread = 4                                  # BH4 main lobe half-width in bins\n    k0 = int(np.argmax(p[spread:])) + spread\n"
                   "    band = lambda k: slice(max(k - spread, 0), k + spread + 1)\n    sig = p[band(k0)].sum()\n    harm = [p[band(h * k0 if h * k0 < N // 2 else N - h * k0)].sum() for h in range(2, 7)]\n"
                   "    mask = np.ones_like(p, bool); mask[:spread + 1] = False; mask[band(k0)] = False\n    for h in range(2, 7): mask[band(h * k0 if h * k0 < N // 2 else N - h * k0)] = False\n"
                   "    noise = p[mask].sum() * len(p) / mask.sum()\n    snr = 10 * np.log10(sig / noise); thd = 10 * np.log10(sum(harm) / sig)\n    sinad = 10 * np.log10(sig / (noise + sum(harm)))\n"
                   "    spur = np.max(np.where(mask, p, 0)); spur = max(spur, max(p[band(h * k0 if h * k0 < N // 2 else N - h * k0)].max() for h in range(2, 7)))\n"
                   "    sfdr = 10 * np.log10(p[k0] / spur)\n    return snr, sinad, thd, (sinad - 1.76 + 1.0) / 6.02, sfdr   # +1 dB: full-scale correction for the -1 dBFS tone\n\n"
                   "print('| ch | SNR dB | SINAD dB | THD dBc | ENOB | SFDR dBc |')\nprint('|---|---|---|---|---|---|')\nfor ch in range(1, 5):\n"
                   "    r = metrics(np.loadtxt(f'caps/ch{ch}_1k.csv', skiprows=1))\n    print(f'| {ch} | ' + ' | '.join(f'{v:.1f}' if i != 3 else f'{v:.2f}' for i, v in enumerate(r)) + ' |')\n"),
             bash("python3 adc_metrics.py", "| ch | SNR dB | SINAD dB | THD dBc | ENOB | SFDR dBc |\n|---|---|---|---|---|---|\n| 1 | 82.4 | 81.9 | -91.6 | 13.44 | 93.8 |\n"
                  "| 2 | 80.7 | 79.6 | -86.1 | 13.09 | 88.0 |\n| 3 | 82.6 | 82.1 | -92.3 | 13.47 | 94.5 |\n| 4 | 82.1 | 81.7 | -90.8 | 13.40 | 92.9 |", desc="Compute the metrics", ms=3500),
             say("| ch | SNR dB | SINAD dB | THD dBc | ENOB | SFDR dBc |\n|---|---|---|---|---|---|\n| 1 | 82.4 | 81.9 | -91.6 | 13.44 | 93.8 |\n| 2 | 80.7 | 79.6 | -86.1 | 13.09 | 88.0 |\n"
                 "| 3 | 82.6 | 82.1 | -92.3 | 13.47 | 94.5 |\n| 4 | 82.1 | 81.7 | -90.8 | 13.40 | 92.9 |\n\nENOB is referred to full scale (+1 dB for the -1 dBFS tone). Channel 2 is the outlier: "
                 "~5 dB worse THD, mostly 3rd harmonic, and ~2 dB worse SNR – points at its driver amp or anti-alias network rather than the ADC. Script saved as `adc_metrics.py`.")),
        turn("ch2 ENOB lines up with the AP analyzer, 13.1 there too. that's the one with the 0603 C0G swapped for X7R on revB, so that's our THD. add the 3rd harmonic level per channel to the table",
             bash("python3 - <<'PY'\nimport numpy as np\nfrom scipy.signal.windows import blackmanharris\nN = 65536\nfor ch in range(1, 5):\n    x = np.loadtxt(f'caps/ch{ch}_1k.csv', skiprows=1); x -= x.mean()\n"
                  "    p = np.abs(np.fft.rfft(x * blackmanharris(N))) ** 2; k = int(np.argmax(p[4:])) + 4\n    print(ch, round(10 * np.log10(p[3*k-4:3*k+5].sum() / p[k-4:k+5].sum()), 1))\nPY", "1 -97.9\n2 -87.0\n3 -98.6\n4 -97.1", desc="3rd harmonic per channel", ms=3000),
             say("3rd harmonic (dBc): ch1 -97.9, **ch2 -87.0**, ch3 -98.6, ch4 -97.1. Ch2's 3rd is ~11 dB above the others and accounts for almost all of its THD, which fits a "
                 "voltage-dependent X7R in the filter.")),
    ],
)
