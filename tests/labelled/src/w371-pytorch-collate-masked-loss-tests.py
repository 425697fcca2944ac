LABEL = dict(
    split="heldout12",
    persona="PyTorch ML engineer writing tests for a collate function and a masked loss",
    expertise_level=5, work_mode="testing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the functions and the invariants to test (padding to the batch max, mask agrees with lengths, loss invariant to pad length, gradients zero on padded positions, the empty-sequence edge case), the tolerance helper and the command; "
               "prompt 2 decides exactly what to do with the bug the tests found (xfail with the reason, fix in a separate PR): level 5. Writing tests is the goal: testing. "
               "The first pytest run fails (1 failed: the loss is divided by the padded length), which is trouble; after the xfail marking the run passes (7 passed, 1 xfailed): resolved, verified success."),
)

SESSION = dict(
    cwd="/home/priya/src/asr-train", start="2026-12-11T10:00:00Z", model="claude-opus-4-6", version="2.1.251", branch="tests/collate-loss",
    turns=[
        turn("tests for data/collate.py::pad_collate and losses.py::masked_ctc_mean, in tests/test_collate_loss.py. properties:\n"
             "- features padded to max T in batch, mask.sum(1) == lengths\n- loss invariant to extra padding (same batch, pad to T+17 -> same loss)\n- grads on padded frames exactly zero\n- batch containing a length-0 target doesn't produce nan\n"
             "use torch.testing.assert_close, fixed seeds, cpu only. run with pytest -q. if something fails that's a real bug, tell me before you fix anything",
             par(read("/home/priya/src/asr-train/asr/data/collate.py",
                      "def pad_collate(batch):\n    feats = [b['feats'] for b in batch]\n    lengths = torch.tensor([f.shape[0] for f in feats])\n    x = torch.nn.utils.rnn.pad_sequence(feats, batch_first=True)\n    mask = torch.arange(x.shape[1])[None, :] < lengths[:, None]\n    targets = [b['tokens'] for b in batch]\n    tlens = torch.tensor([len(t) for t in targets])\n    y = torch.nn.utils.rnn.pad_sequence(targets, batch_first=True, padding_value=-1)\n    return {'x': x, 'mask': mask, 'lengths': lengths, 'y': y, 'ylens': tlens}"),
                 read("/home/priya/src/asr-train/asr/losses.py",
                      "def masked_ctc_mean(log_probs, mask, y, ylens, blank=0):\n    # log_probs: (B, T, V)\n    lengths = mask.sum(1)\n    loss = F.ctc_loss(log_probs.transpose(0, 1), y.clamp(min=0), lengths, ylens, blank=blank,\n                      reduction='none', zero_infinity=True)\n    return (loss / log_probs.shape[1]).mean()")),
             write("/home/priya/src/asr-train/tests/test_collate_loss.py",
                   "import pytest\nimport torch\nimport torch.nn.functional as F\nfrom torch.testing import assert_close\n\nfrom asr.data.collate import pad_collate\nfrom asr.losses import masked_ctc_mean\n\nV = 12\n\n\ndef make_batch(lengths, tlens, seed=0):\n    g = torch.Generator().manual_seed(seed)\n    return [{'feats': torch.randn(t, 80, generator=g), 'tokens': torch.randint(1, V, (u,), generator=g)}\n            for t, u in zip(lengths, tlens)]\n\n\ndef logits_for(b, extra=0, seed=1):\n    g = torch.Generator().manual_seed(seed)\n    B, T = b['x'].shape[:2]\n    lp = torch.randn(B, T + extra, V, generator=g)\n    return lp\n\n\n@pytest.mark.parametrize('lengths', [[5, 9, 3], [1, 1], [40]])\ndef test_pad_to_max_and_mask_matches_lengths(lengths):\n    b = pad_collate(make_batch(lengths, [2] * len(lengths)))\n    assert b['x'].shape[1] == max(lengths)\n    assert_close(b['mask'].sum(1), torch.tensor(lengths))\n\n\ndef test_padded_feats_are_zero():\n    b = pad_collate(make_batch([5, 9], [2, 3]))\n    assert (b['x'][~b['mask']] == 0).all()\n\n\ndef _loss(b, lp):\n    T = lp.shape[1]\n    mask = torch.arange(T)[None, :] < b['lengths'][:, None]\n    return masked_ctc_mean(lp.log_softmax(-1), mask, b['y'], b['ylens'])\n\n\ndef test_loss_invariant_to_extra_padding():\n    b = pad_collate(make_batch([20, 31, 12], [4, 6, 3]))\n    lp = logits_for(b)\n    lp_padded = torch.cat([lp, torch.randn(lp.shape[0], 17, V)], dim=1)\n    assert_close(_loss(b, lp), _loss(b, lp_padded))\n\n\ndef test_grads_zero_on_padded_frames():\n    b = pad_collate(make_batch([20, 31, 12], [4, 6, 3]))\n    lp = logits_for(b).requires_grad_()\n    _loss(b, lp).backward()\n    pad = ~b['mask']\n    assert_close(lp.grad[pad], torch.zeros_like(lp.grad[pad]))\n\n\ndef test_empty_target_is_finite():\n    b = pad_collate(make_batch([20, 15], [4, 0]))\n    loss = _loss(b, logits_for(b))\n    assert torch.isfinite(loss)\n"),
             bash("python -m pytest -q tests/test_collate_loss.py",
                  "...F...\n=================================== FAILURES ===================================\n_____________________ test_loss_invariant_to_extra_padding _____________________\n    def test_loss_invariant_to_extra_padding():\n...\n>       assert_close(_loss(b, lp), _loss(b, lp_padded))\nE       AssertionError: Scalars are not close!\nE       \nE       Expected 0.4127 but got 0.2931.\nE       Absolute difference: 0.1196 (up to 1e-05 allowed)\nE       Relative difference: 0.2898 (up to 1.3e-06 allowed)\n=========================== short test summary info ============================\nFAILED tests/test_collate_loss.py::test_loss_invariant_to_extra_padding - AssertionError: Scalars are not close!\n1 failed, 6 passed in 1.84s",
                  code=1, desc="Run the new tests", ms=4100),
             say("6 pass, **1 real failure**: `masked_ctc_mean` isn't invariant to padding. It divides each utterance's CTC loss by `log_probs.shape[1]` – the **padded** batch length T – instead of that utterance's own length. "
                 "Pad the same batch by 17 more frames and the loss drops from 0.4127 to 0.2931, so the per-frame loss depends on whatever else is in the batch (and bucketing changes the effective learning rate).\n\n"
                 "The gradient test passes (CTC ignores frames beyond `lengths`), and the empty-target case is finite. I haven't changed `losses.py` – fix it here, or mark the test?")),
        turn("real bug, good catch. don't fix here, it changes the loss scale and needs its own PR + LR recheck. mark it xfail(strict=True) with reason pointing at issue #212, also add the same invariance check for batch order. run again",
             edit("/home/priya/src/asr-train/tests/test_collate_loss.py",
                  "def test_loss_invariant_to_extra_padding():",
                  "@pytest.mark.xfail(strict=True, reason='masked_ctc_mean divides by padded T, not per-utterance length (#212)')\ndef test_loss_invariant_to_extra_padding():"),
             edit("/home/priya/src/asr-train/tests/test_collate_loss.py",
                  "def test_empty_target_is_finite():",
                  "def test_loss_invariant_to_batch_order():\n    items = make_batch([20, 31, 12], [4, 6, 3])\n    b = pad_collate(items)\n    perm = [2, 0, 1]\n    bp = pad_collate([items[i] for i in perm])\n    lp = logits_for(b)\n    assert_close(_loss(b, lp), _loss(bp, lp[perm]))\n\n\ndef test_empty_target_is_finite():"),
             bash("python -m pytest -q tests/test_collate_loss.py -rx", "....x...\n=========================== short test summary info ============================\nXFAIL tests/test_collate_loss.py::test_loss_invariant_to_extra_padding - masked_ctc_mean divides by padded T, not per-utterance length (#212)\n7 passed, 1 xfailed in 1.91s",
                  desc="Run again"),
             say("Marked `test_loss_invariant_to_extra_padding` as `xfail(strict=True)` with the #212 reason – it'll turn into an XPASS failure the moment the fix lands, so the marker can't be forgotten. "
                 "Added `test_loss_invariant_to_batch_order` (same items permuted, logits permuted alongside): it passes, since the padded T is the same for a permutation. `pytest -q`: 7 passed, 1 xfailed.")),
    ],
)
