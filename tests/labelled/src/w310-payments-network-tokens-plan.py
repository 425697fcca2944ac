LABEL = dict(
    split="heldout10",
    persona="Staff payments engineer planning a move from PAN vault tokens to card-network tokens",
    expertise_level=5, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 decomposes the work into ordered phases, names the constraints (no PAN leaves the vault service, PCI scope must not grow, merchant-initiated "
               "recurring charges keep working), the failure modes (provisioning failures, token lifecycle events) and the rollback (fall back to the PAN token per card), "
               "and rules out a big-bang migration with a reason: level 5; prompt 2 corrects a detail of the plan exactly (cryptograms are per transaction). "
               "A design in plan mode with no edits: planning. Nothing fails, no evidence: neither."),
)

SESSION = dict(
    cwd="/home/oluwaseun/src/card-vault", start="2026-11-30T14:00:00Z", model="claude-opus-4-6", version="2.1.252", branch="main",
    turns=[
        turn("Plan only, no code. We want to charge stored cards with network tokens (VTS/MDES via our PSP's token service) instead of our PAN vault tokens. Constraints: PANs never leave card-vault; PCI scope can't grow; "
             "MIT recurring charges (subscriptions) must keep working through the switch. Not a big-bang backfill – provisioning fails for a few % of cards and we can't have those stop charging. "
             "So: (1) provision tokens lazily on the next successful CIT plus a throttled backfill, (2) charge with the network token when one is ACTIVE, else the PAN token, (3) handle lifecycle webhooks (suspend, delete, card updated), "
             "(4) a per-merchant flag and a per-card fallback to PAN on token decline codes. Read the vault's provisioning and charge paths and give me the plan with the schema change, the order of rollout and what we monitor.",
             read("/home/oluwaseun/src/card-vault/internal/charge/route.go",
                  "func (r *Router) Charge(ctx context.Context, c Card, amt Money, mit bool) (*Result, error) {\n\tpan, err := r.vault.Detokenize(ctx, c.VaultToken)\n\tif err != nil { return nil, err }\n\treturn r.psp.AuthorizePAN(ctx, pan, c.Expiry, amt, mit, c.NetworkTxnID)\n}"),
             grep("network_txn_id|NetworkTxnID", path="/home/oluwaseun/src/card-vault", files=["internal/charge/route.go", "internal/store/cards.sql", "internal/charge/mit.go"]),
             plan("## Network tokens for stored cards\n\n**Schema** – `card_network_tokens(card_id, token_ref, status ENUM(pending, active, suspended, deleted), tokenized_at, last_event_at)`; "
                  "token_ref is the PSP's reference, never the DPAN itself, so no new cardholder data enters our DB.\n\n"
                  "**Phase 1 – provisioning (dark)**: on each successful CIT, enqueue provisioning; a backfill worker at N/min per merchant. Record failures with reason; no charge path change.\n"
                  "**Phase 2 – lifecycle**: webhook handler for suspend/resume/delete/card-updated → status; card-updated refreshes expiry shown to merchants.\n"
                  "**Phase 3 – charging** behind `merchant.network_tokens_enabled`: if ACTIVE token → `AuthorizeNetworkToken(token_ref, cryptogram)`; else PAN path. "
                  "Keep passing the original `network_txn_id` on MITs in both paths so recurring chains continue.\n"
                  "**Fallback**: on token-specific declines (e.g. token inactive) retry once on the PAN path and mark the token suspended pending a lifecycle event.\n"
                  "**Rollback**: turn the merchant flag off – the PAN path is untouched throughout.\n\n"
                  "**Monitor**: provisioning success rate by BIN/network, auth rate token vs PAN per merchant (A/B by card cohort), fallback count, webhook lag.",
                  "/home/oluwaseun/.claude/plans/network-tokens.md"),
             say("Plan saved. It keeps the PAN path intact as the rollback, never stores DPANs, and rolls out dark provisioning → lifecycle → charging per merchant."), mode="plan"),
        turn("one fix: the cryptogram is per transaction, so you request it from the token service at auth time – don't imply we store it. Update the plan.",
             plan("## Network tokens for stored cards (rev 2)\n\n(as before, with Phase 3 changed)\n\n**Phase 3 – charging** behind `merchant.network_tokens_enabled`: if ACTIVE token → request a fresh cryptogram from the PSP token service for "
                  "this transaction, then `AuthorizeNetworkToken(token_ref, cryptogram)`; cryptograms are never stored. A cryptogram request failure counts as a token decline for the fallback. "
                  "For MITs the networks may not require a cryptogram – confirm with the PSP per network.\n",
                  "/home/oluwaseun/.claude/plans/network-tokens.md"),
             say("Updated: cryptograms are requested per transaction at auth time and never stored; a failed cryptogram request falls back like a token decline. "
                 "Open point for the PSP: whether MITs on network tokens need a cryptogram for each network."), mode="plan"),
    ],
)
