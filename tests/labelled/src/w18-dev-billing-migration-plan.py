LABEL = dict(
    split="heldout",
    persona="Mid-level developer on a SaaS team asked to scope a payments migration",
    expertise_level=3, work_mode="planning",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the migration (Stripe Charges to PaymentIntents), the reason (deprecation), the module "
               "and the deliverable (steps and risks), and says no changes; it leaves phasing, testing and rollback to "
               "the agent, and prompt 2 adds one constraint (no downtime for renewals): level 3. Plan mode, reads, "
               "TodoWrite and ExitPlanMode, and no edits, so planning although billing/deploy words appear. No "
               "failures, no evidence."),
)

SESSION = dict(
    cwd="/home/ines/src/lumen-app", start="2026-03-26T15:00:00Z", model="claude-opus-4-7", version="2.1.236", mode="plan",
    turns=[
        turn("We need to move our billing from Stripe Charges to PaymentIntents before they turn off the old API "
             "for us in the autumn. Don't change anything yet. Look through the billing module and give me a plan: "
             "the steps, what could go wrong, and roughly how big each step is.",
             grep("stripe\\.charges|Charge\\.create|stripe\\.Charge", path="app", files=["app/billing/charge.py", "app/billing/renewals.py", "app/billing/refunds.py", "app/webhooks/stripe.py"],
                  pre="Let me find everything that uses the Charges API."),
             par(read("/home/ines/src/lumen-app/app/billing/charge.py", "def charge_customer(customer, amount_pence, description):\n    return stripe.Charge.create(customer=customer.stripe_id, amount=amount_pence, currency='gbp', description=description)"),
                 read("/home/ines/src/lumen-app/app/billing/renewals.py", "def renew(subscription):\n    # off-session: customer not present\n    charge = charge_customer(subscription.customer, subscription.price_pence, 'Renewal')\n    subscription.last_charge_id = charge.id"),
                 read("/home/ines/src/lumen-app/app/webhooks/stripe.py", "HANDLERS = {\n    'charge.succeeded': on_charge_succeeded,\n    'charge.failed': on_charge_failed,\n    'charge.refunded': on_refund,\n}")),
             read("/home/ines/src/lumen-app/app/billing/refunds.py", "def refund(charge_id, amount_pence=None):\n    return stripe.Refund.create(charge=charge_id, amount=amount_pence)"),
             todo([("Inventory Charges API call sites and stored charge ids", "completed"),
                   ("Design PaymentIntent flows for on-session and off-session (renewal) payments", "in_progress"),
                   ("Plan webhook changes (payment_intent.* events)", "pending"),
                   ("Plan data migration for stored charge ids", "pending"),
                   ("Rollout and rollback strategy", "pending")]),
             plan("# Stripe Charges → PaymentIntents\n\n## Steps\n1. **Wrap payments behind one interface** (`billing/payments.py`), keeping the Charges implementation (S).\n"
                  "2. **On-session payments via PaymentIntents** with `automatic_payment_methods` and SCA handling on the checkout page (M).\n"
                  "3. **Off-session renewals**: `off_session=True, confirm=True`, handle `authentication_required` by emailing the customer a link (L, the riskiest).\n"
                  "4. **Webhooks**: add `payment_intent.succeeded/payment_failed`, keep `charge.*` handlers until the switch (S).\n"
                  "5. **Refunds**: refund by `payment_intent` (S).\n6. **Data**: store `payment_intent_id` next to `last_charge_id`; no backfill needed (S).\n"
                  "7. **Rollout** behind a per-customer flag, starting with staff accounts; rollback = flip the flag (M).\n\n"
                  "## Risks\n- Renewals for cards that now need 3-D Secure will fail off-session, so expect a rise in `authentication_required`.\n- Double-processing during the switch if both webhook families act on one payment.\n- Reporting that joins on `charge.id`.",
                  "/home/ines/.claude/plans/stripe-paymentintents.md"),
             say("The plan is above and saved to `~/.claude/plans/stripe-paymentintents.md`. In short: **7 steps**. "
                 "The big one is off-session renewals (`renewals.py`), because PaymentIntents can demand 3-D Secure "
                 "where Charges silently succeeded or failed. Four files use the Charges API (`charge.py`, "
                 "`renewals.py`, `refunds.py`, `webhooks/stripe.py`). I haven't changed any of them.")),
        turn("Renewals can't have any downtime, we bill about 3,000 on the 1st of each month. How would you sequence it around that?",
             todo([("Inventory Charges API call sites and stored charge ids", "completed"),
                   ("Design PaymentIntent flows for on-session and off-session (renewal) payments", "completed"),
                   ("Plan webhook changes (payment_intent.* events)", "completed"),
                   ("Sequence rollout around the 1st-of-month renewal run", "in_progress"),
                   ("Rollout and rollback strategy", "pending")]),
             say("Sequence it so that nothing new touches renewals near the 1st:\n\n1. **Ship steps 1, 4 and 6 "
                 "(interface, dual webhooks, new column) in the first week of a month.** None of them changes "
                 "behaviour.\n2. **Switch on-session checkout (step 2) mid-month** behind the flag. This proves the "
                 "PaymentIntents path on customers who are present and can complete 3-D Secure.\n3. **Move renewals "
                 "in cohorts, never in the last 5 days of a month.** Start with about 50 renewals that fall mid-month "
                 "(annual plans). Watch `authentication_required` and the dunning emails, then widen.\n4. **The "
                 "first 1st-of-month run on PaymentIntents** happens only after a full mid-month cohort has gone "
                 "cleanly. Keep the flag so you can flip the 1st's run back to Charges within minutes if the "
                 "failure rate jumps.\n\nThat keeps the 3,000 renewals on the 1st on the old path until the new "
                 "one has been proven twice.")),
    ],
)
