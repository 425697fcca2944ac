LABEL = dict(
    split="heldout19",
    persona="systems neuroscientist running Kilosort 4 on a Neuropixels recording on the lab GPU server",
    expertise_level=4, work_mode="operating",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the Kilosort version and conda env, the binary, the probe file, n_chan_bin and fs, the drift setting with its reason ('acute recording so nblocks=0'), the output folder and the scope ('don't touch the catgt folder'); prompt 2 settles the agent's question with a specific fact ('thats Aoife's DLC training, don't kill it. use gpu 1'): precise, scoped, steering with specifics, but no check or acceptance criterion and no failure mode foreseen, level 4. The session runs a sorting job on a GPU server (nvidia-smi, the CUDA device, a background run with its log): operating. The first run dies with CUDA out of memory (exit 1, trouble); the rerun on GPU 1 is still extracting spikes when prompt 3 ('ok. ill look at it in phy tomorrow') ends the session, with no test, commit or confirmation after the failure: abandoned."),
)

SESSION = dict(
    cwd="/data/mvaz/np_2026-11-24_m312", start="2026-11-28T17:30:00Z", model="claude-opus-4-6", version="2.1.233", branch="",
    turns=[
        turn("run kilosort4 (4.0.20, conda env ks4) on catgt_m312_g0/m312_g0_tcat.imec0.ap.bin, probe NP2_4shank_kilosortChanMap.mat, n_chan_bin 385, fs 30000. acute recording so nblocks=0 (no drift correction). default batch_size. output to ks4_out/. don't touch the catgt folder",
             bash("nvidia-smi --query-gpu=index,name,memory.used,memory.total --format=csv,noheader && ls -la /data/mvaz/np_2026-11-24_m312/catgt_m312_g0/", "0, NVIDIA RTX A5000, 18211 MiB, 24564 MiB\n1, NVIDIA RTX A5000, 3 MiB, 24564 MiB\ntotal 118203104\n-r--r--r-- 1 mvaz lab 121039896576 Nov 24 19:02 m312_g0_tcat.imec0.ap.bin\n-r--r--r-- 1 mvaz lab        11248 Nov 24 19:02 m312_g0_tcat.imec0.ap.meta", desc="GPU memory and input files"),
             write("/data/mvaz/np_2026-11-24_m312/run_ks4.py", "from pathlib import Path\nfrom kilosort import run_kilosort\n\nbase = Path('/data/mvaz/np_2026-11-24_m312')\nsettings = {'n_chan_bin': 385, 'fs': 30000, 'nblocks': 0}\nrun_kilosort(settings=settings,\n             filename=base / 'catgt_m312_g0' / 'm312_g0_tcat.imec0.ap.bin',\n             probe_name=str(base / 'NP2_4shank_kilosortChanMap.mat'),\n             results_dir=base / 'ks4_out')\n"),
             bash("cd /data/mvaz/np_2026-11-24_m312 && conda run -n ks4 python run_ks4.py 2>&1 | tail -8", "kilosort.run_kilosort: Computing preprocessing variables.\nkilosort.run_kilosort: Drift correction skipped (nblocks = 0)\nkilosort.run_kilosort: Extracting spikes using templates\n  0%|          | 12/7880 [00:41<7:31:10,  3.44s/it]\nTraceback (most recent call last):\n  File \"/opt/conda/envs/ks4/lib/python3.9/site-packages/kilosort/spikedetect.py\", line 258, in run\n    X = template_match(X, ops, iC, iC2, weigh, device=device)\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 6.21 GiB. GPU 0 has a total capacity of 23.55 GiB of which 5.87 GiB is free.", code=1, desc="Run Kilosort 4", ms=96000),
             say("It ran out of GPU memory during spike extraction: **GPU 0 already has 18 GB used by another process**, leaving ~6 GB. GPU 1 is empty.\n\nOptions: run on GPU 1 (`device=torch.device('cuda:1')`), or free GPU 0. I can see the other process is PID 40217 (`python train_pose.py`). Which do you want?")),
        turn("thats Aoife's DLC training, don't kill it. use gpu 1",
             edit("/data/mvaz/np_2026-11-24_m312/run_ks4.py", "from pathlib import Path\nfrom kilosort import run_kilosort\n", "from pathlib import Path\nimport torch\nfrom kilosort import run_kilosort\n"),
             edit("/data/mvaz/np_2026-11-24_m312/run_ks4.py", "             results_dir=base / 'ks4_out')", "             results_dir=base / 'ks4_out',\n             device=torch.device('cuda:1'))   # GPU 0 is shared with DLC training"),
             bash("cd /data/mvaz/np_2026-11-24_m312 && rm -rf ks4_out && nohup conda run -n ks4 python run_ks4.py > ks4_run.log 2>&1 & sleep 240; tail -3 /data/mvaz/np_2026-11-24_m312/ks4_run.log; nvidia-smi --query-gpu=index,memory.used --format=csv,noheader", "kilosort.run_kilosort: Extracting spikes using templates\n  2%|▏         | 161/7880 [03:21<2:41:02,  1.25s/it]\n0, 18215 MiB\n1, 14902 MiB", desc="Rerun on GPU 1 in the background", ms=245000),
             say("Running on **GPU 1** in the background (log: `ks4_run.log`), Aoife's job untouched on GPU 0. Spike extraction is at 161/7880 batches, about 1.25 s each, so roughly **2h45** for this stage; clustering after that usually adds 30–60 min on a recording this size. Results will land in `ks4_out/`.")),
        turn("ok. ill look at it in phy tomorrow",
             say("OK. If it fails overnight, the traceback will be at the end of `ks4_run.log`.")),
    ],
)
