LABEL = dict(
    split="heldout8",
    persona="ML engineer training a speech-recognition conformer with PyTorch mixed precision on 8 GPUs",
    expertise_level=5, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 is precise: the config, the step where the loss goes NaN (~1.2k), that it only happens with bf16 off / fp16 AMP on, what was ruled out "
               "(data: the same shard trains in fp32), and a bounded repro (`--max_steps 1500` on one GPU); prompt 2 corrects the agent with a specific fact "
               "(the scaler is fine; -1e9 in masked_fill overflows fp16's 65504, so mask and softmax in fp32): level 5 – an alternative ruled out with a reason, the "
               "reproduction designed by the user, and an exact short correction (first written as 4; raised on review). A training "
               "divergence to repair: fixing. Both repro runs end with NaN (failed runs, trouble), and the last prompt reports it is still NaN after "
               "step 1200: abandoned."),
)

SESSION = dict(
    cwd="/mnt/work/nadim/asr-conformer", start="2026-11-22T18:30:00Z", model="claude-opus-4-6", version="2.1.241", branch="exp/fp16-nan",
    turns=[
        turn("Loss goes NaN around step 1.2k with configs/conformer_l.yaml when I train with fp16 AMP (amp: fp16). bf16 on A100s is fine, but this has to run on the V100 "
             "pool. Not the data – same shard order in fp32 trains cleanly past 5k. Repro: python train.py -c configs/conformer_l.yaml --amp fp16 --max_steps 1500 --devices 1. "
             "Find where it overflows and fix it without dropping to fp32 everywhere.",
             par(read("/mnt/work/nadim/asr-conformer/asr/train.py", "scaler = torch.cuda.amp.GradScaler(init_scale=2**16, growth_interval=2000)\n...\nwith torch.autocast('cuda', dtype=amp_dtype):\n    loss = model(batch)\nscaler.scale(loss).backward()\nscaler.unscale_(opt)\ntorch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\nscaler.step(opt); scaler.update()"),
                 read("/mnt/work/nadim/asr-conformer/asr/modules/attention.py", "class RelPosMHA(nn.Module):\n    def forward(self, q, k, v, pos, mask):\n        ac = torch.matmul(q + self.u, k.transpose(-2, -1))\n        bd = self.rel_shift(torch.matmul(q + self.v, pos.transpose(-2, -1)))\n"
                      "        scores = (ac + bd) / math.sqrt(self.d_k)\n        scores = scores.masked_fill(mask, -1e9)\n        attn = torch.softmax(scores, dim=-1)\n        return torch.matmul(self.dropout(attn), v)")),
             edit("/mnt/work/nadim/asr-conformer/asr/train.py", "scaler = torch.cuda.amp.GradScaler(init_scale=2**16, growth_interval=2000)", "scaler = torch.cuda.amp.GradScaler(init_scale=2**12, growth_interval=4000)"),
             bash("python train.py -c configs/conformer_l.yaml --amp fp16 --max_steps 1500 --devices 1 2>&1 | grep -E 'step (11|12|13)[0-9]0 |nan|Error' | tail -6",
                  "step 1100 | loss 2.913 | scale 4096 | gnorm 3.82\nstep 1200 | loss 2.877 | scale 4096 | gnorm 5.10\nstep 1230 | loss nan | scale 2048 | gnorm nan\n"
                  "RuntimeError: loss is nan at step 1231 (nan_guard)", code=1, desc="Repro run (fp16, 1500 steps)", ms=540000),
             say("Lowering the GradScaler's initial scale didn't help – it still goes NaN at ~1230, and the scale was only 4096, so it's not the backward overflowing from a big "
                 "loss scale. It is the forward producing inf. I'd suggest lowering the scaler further or adding loss-spike skipping.")),
        turn("no, the scaler is fine, revert that. it's the forward – masked_fill(-1e9) overflows fp16 (max 65504) and rel-pos scores get big late in warmup. do the softmax in fp32 and use the dtype min for the mask",
             edit("/mnt/work/nadim/asr-conformer/asr/train.py", "scaler = torch.cuda.amp.GradScaler(init_scale=2**12, growth_interval=4000)", "scaler = torch.cuda.amp.GradScaler(init_scale=2**16, growth_interval=2000)"),
             edit("/mnt/work/nadim/asr-conformer/asr/modules/attention.py",
                  "        scores = scores.masked_fill(mask, -1e9)\n        attn = torch.softmax(scores, dim=-1)",
                  "        # -1e9 is -inf in fp16 and rel-pos scores grow during warmup: mask and softmax in fp32.\n        scores = scores.float().masked_fill(mask, torch.finfo(torch.float32).min)\n"
                  "        attn = torch.softmax(scores, dim=-1).to(v.dtype)"),
             bash("python train.py -c configs/conformer_l.yaml --amp fp16 --max_steps 1500 --devices 1 2>&1 | grep -E 'step (11|12|13|14)[0-9]0 |nan|Error' | tail -6",
                  "step 1200 | loss 2.871 | scale 65536 | gnorm 4.97\nstep 1300 | loss 2.902 | scale 65536 | gnorm 7.44\nstep 1360 | loss nan | scale 32768 | gnorm nan\n"
                  "RuntimeError: loss is nan at step 1361 (nan_guard)", code=1, desc="Repro run again", ms=560000),
             say("Reverted the scaler. With the fp32 mask/softmax it gets further (NaN at ~1360 instead of ~1230), so attention was part of it, but something else still overflows. "
                 "Candidates: `ac + bd` itself before the cast (the matmuls run in fp16), or the conv module's BatchNorm. I can cast q/k to fp32 for the score matmuls next.")),
        turn("still nan after step 1200 on the 8-gpu run too. leave it, I'll bisect the modules myself tomorrow",
             say("Understood. For the bisect: a forward hook that records `x.abs().max()` per module and raises on the first non-finite output will name the module in one run.")),
    ],
)
