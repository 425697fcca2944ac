LABEL = dict(
    split="heldout16",
    persona="geophysicist writing a bandpass and AGC conditioning script for a 3D volume",
    expertise_level=4, work_mode="building",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is precise: the input volume, a zero-phase Butterworth bandpass with corner frequencies and order, a 500 ms AGC window, headers copied unchanged, output to a named file; no failure mode or check is named up front: level 4. Prompt 2 settles the agent's point about the filter order exactly ('use order 2 to get an effective 4', the user's own specification made precise, not a correction of the user) and then stops. "
               "The session writes a new processing script: building. The run on the full cube fails with a MemoryError (trouble); the user stops ('leave it, ill run it on the cluster node tomorrow') before any rerun, test or commit: trouble unresolved, abandoned."),
)

SESSION = dict(
    cwd="/data/projects/NS_Block22/proc", start="2026-11-27T16:05:00Z", model="claude-opus-4-6", version="2.1.248", branch="",
    turns=[
        turn("script to condition ../seis/fullstack_pstm.sgy: zero-phase butterworth bandpass 6-60 Hz order 4, then AGC 500 ms window, write fullstack_bp_agc.sgy with all headers copied unchanged. segyio + scipy",
             write("/data/projects/NS_Block22/proc/bp_agc.py",
                   "import sys, shutil\nimport numpy as np, segyio\nfrom scipy.signal import butter, sosfiltfilt\nfrom scipy.ndimage import uniform_filter1d\n\nSRC, DST = '../seis/fullstack_pstm.sgy', 'fullstack_bp_agc.sgy'\nLO, HI, ORDER, AGC_MS = 6.0, 60.0, 4, 500.0\n\nshutil.copyfile(SRC, DST)  # headers and layout copied unchanged\nwith segyio.open(DST, 'r+', iline=189, xline=193) as f:\n    dt = segyio.tools.dt(f) / 1e6\n    sos = butter(ORDER, [LO, HI], btype='band', fs=1 / dt, output='sos')\n    n = max(1, int(round(AGC_MS / 1000 / dt)))\n    data = f.trace.raw[:]\n    data = sosfiltfilt(sos, data, axis=1)\n    rms = np.sqrt(uniform_filter1d(data ** 2, size=n, axis=1, mode='nearest'))\n    data = data / np.where(rms > 0, rms, 1)\n    f.trace.raw[:] = data.astype(np.float32)\nprint('done', data.shape)\n"),
             bash("python bp_agc.py", "Traceback (most recent call last):\n  File \"/data/projects/NS_Block22/proc/bp_agc.py\", line 16, in <module>\n    data = sosfiltfilt(sos, data, axis=1)\n  File \"/opt/conda/envs/geo/lib/python3.11/site-packages/scipy/signal/_signaltools.py\", line 4672, in sosfiltfilt\n    ext = _validate_pad(padtype, padlen, x, axis, ntaps=2 * n_sections * 3)\n  ...\nnumpy.core._exceptions._ArrayMemoryError: Unable to allocate 8.32 GiB for an array with shape (889941, 1255) and data type float64", code=1, desc="Run the conditioning on the full volume", ms=94000),
             say("It ran out of memory: I read the whole cube at once (890k traces × 1251 samples; the float64 copy inside `sosfiltfilt` alone is 8.3 GiB). The fix is to process one inline at a time, which needs only a few MB. Also note: `sosfiltfilt` runs the filter forwards and backwards, so an order-4 design gives an effective order 8 roll-off. Shall I switch to inline chunks?")),
        turn("yes filtfilt doubles the order, so use order 2 to get an effective 4. leave it though, ill run it on the cluster node tomorrow, this workstation only has 16G anyway",
             edit("/data/projects/NS_Block22/proc/bp_agc.py", "LO, HI, ORDER, AGC_MS = 6.0, 60.0, 4, 500.0", "LO, HI, ORDER, AGC_MS = 6.0, 60.0, 2, 500.0  # order 2 design; filtfilt makes it an effective 4"),
             say("Changed the design order to 2 (effective 4 after forward-backward). I haven't changed the whole-cube read, so on the cluster it needs roughly 20 GB free; if you'd rather it ran anywhere, the inline-by-inline version is a small change. Note `fullstack_bp_agc.sgy` from the failed run is an unprocessed copy of the input: delete it or it'll be overwritten next run.")),
    ],
)
