LABEL = dict(
    split="heldout",
    persona="Backend developer about to change shipping rules in an unfamiliar Rails monolith",
    expertise_level=3, work_mode="exploring",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 states the goal (find where shipping cost is computed and how it's tested before changing "
               "it) and the scope (read only), without naming classes or files; prompt 2 asks a targeted follow-up "
               "about the free-shipping threshold: level 3. Only reads and searches, so exploring. No failures, no evidence."),
)

SESSION = dict(
    cwd="/home/felix/src/greenbasket", start="2026-04-08T10:10:00Z", model="claude-sonnet-4-6", version="2.1.247",
    turns=[
        turn("I need to change how we charge shipping for bulky items next sprint. Before I touch anything, find "
             "where shipping cost is calculated and how it's tested. Read only, don't change anything.",
             grep("shipping_cost|ShippingCost|shipping_rate", path="app", files=["app/services/shipping/quote.rb", "app/services/shipping/rate_table.rb", "app/models/order.rb", "app/controllers/checkout_controller.rb"]),
             par(read("/home/felix/src/greenbasket/app/services/shipping/quote.rb",
                      "module Shipping\n  class Quote\n    def initialize(order, zone:) ... end\n    def cost\n      return Money.zero if free_shipping?\n      base = RateTable.for(zone).price_for(weight_kg)\n      base + surcharges\n    end\n"
                      "    def surcharges\n      order.line_items.sum { |li| li.product.oversize? ? Money.new(499) : Money.zero }\n    end\n  end\nend"),
                 read("/home/felix/src/greenbasket/app/services/shipping/rate_table.rb", "class RateTable\n  TABLES = YAML.load_file(Rails.root.join('config/shipping_rates.yml'))\n  ...\nend")),
             grep("Shipping::Quote", path="spec", files=["spec/services/shipping/quote_spec.rb", "spec/requests/checkout_spec.rb"]),
             read("/home/felix/src/greenbasket/spec/services/shipping/quote_spec.rb", "RSpec.describe Shipping::Quote do\n  it 'charges the zone rate by weight' ...\n  it 'adds 4.99 per oversize line item' ...\n  it 'is free over the threshold' ...\nend"),
             say("Shipping cost lives in **`app/services/shipping/quote.rb`** (`Shipping::Quote#cost`):\n\n1. Free "
                 "shipping short-circuits first (`free_shipping?`).\n2. **Base price**: "
                 "`RateTable.for(zone).price_for(weight_kg)`. The rates are in `config/shipping_rates.yml` and "
                 "are loaded once at boot by `RateTable`.\n3. **Surcharges**: a flat **£4.99 per oversize line "
                 "item** (`product.oversize?`), not per unit. That's probably the rule you'll be changing for "
                 "bulky items.\n\n`Order#shipping_cost` and `CheckoutController` only call `Quote`.\n\n**Tests:** "
                 "`spec/services/shipping/quote_spec.rb` covers weight rates, the oversize surcharge and the free "
                 "threshold. `spec/requests/checkout_spec.rb` covers it end to end at checkout.")),
        turn("where does the free shipping threshold come from, and does it apply before or after the surcharge?",
             grep("def free_shipping\\?|FREE_SHIPPING", path="app", content="app/services/shipping/quote.rb:19:    def free_shipping?\napp/services/shipping/quote.rb:20:      order.subtotal >= Setting.get(:free_shipping_threshold, Money.new(5000))"),
             say("It comes from the **`Setting` table** (`free_shipping_threshold`), with a default of **£50.00** "
                 "when nothing is set. It's compared against the order's `subtotal` (goods only).\n\nIt applies "
                 "**before** the surcharge: `cost` returns zero straight away, so an order over £50 currently pays "
                 "no oversize surcharge either. If bulky items should always pay something, that early return is "
                 "the line that needs to change.")),
    ],
)
