LABEL = dict(
    split="heldout15",
    persona="Rails developer adding a weekly digest email job with Sidekiq",
    expertise_level=3, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the job, the mailer, the schedule (sidekiq-cron, Mondays 8am) and the scope (users with digest_opt_in, last 7 days' orders) and asks for specs without saying which cases or what must pass, leaving the edge cases to the agent: 3/4, level 3 (tie-break 3). "
               "A new feature is written: building. The new specs pass and the work is committed (evidence); nothing fails: verified success without trouble."),
)

SESSION = dict(
    cwd="/home/priya/src/marketplace", start="2026-12-02T14:00:00Z", model="claude-opus-4-6", version="2.1.250", branch="feature/weekly-digest",
    turns=[
        turn("add a WeeklyDigestJob (sidekiq) that emails users with digest_opt_in a summary of their last 7 days of orders. use the existing UserMailer, new method weekly_digest. schedule it mondays 8am in config/schedule.yml (we use sidekiq-cron). add specs for the job",
             par(read("/home/priya/src/marketplace/app/mailers/user_mailer.rb", "class UserMailer < ApplicationMailer\n  def order_confirmation(order)\n    @order = order\n    mail(to: order.user.email, subject: \"Order ##{order.number} confirmed\")\n  end\nend"),
                 read("/home/priya/src/marketplace/config/schedule.yml", "abandoned_cart_reminder:\n  cron: \"0 18 * * *\"\n  class: \"AbandonedCartJob\"\n  queue: mailers")),
             write("/home/priya/src/marketplace/app/jobs/weekly_digest_job.rb", "class WeeklyDigestJob\n  include Sidekiq::Job\n  sidekiq_options queue: :mailers\n\n  def perform\n    since = 7.days.ago\n    User.where(digest_opt_in: true).find_each do |user|\n      orders = user.orders.where(created_at: since..).order(:created_at)\n      next if orders.empty?\n\n      UserMailer.weekly_digest(user, orders.to_a).deliver_later\n    end\n  end\nend\n"),
             edit("/home/priya/src/marketplace/app/mailers/user_mailer.rb", "    mail(to: order.user.email, subject: \"Order ##{order.number} confirmed\")\n  end", "    mail(to: order.user.email, subject: \"Order ##{order.number} confirmed\")\n  end\n\n  def weekly_digest(user, orders)\n    @user = user\n    @orders = orders\n    mail(to: user.email, subject: \"Your week: #{orders.size} orders\")\n  end"),
             write("/home/priya/src/marketplace/app/views/user_mailer/weekly_digest.html.erb", "<h1>Hi <%= @user.first_name %>, here's your week</h1>\n<ul>\n<% @orders.each do |o| %>\n  <li>#<%= o.number %> – <%= o.created_at.to_date %> – <%= number_to_currency(o.total_cents / 100.0, unit: \"£\") %></li>\n<% end %>\n</ul>\n"),
             edit("/home/priya/src/marketplace/config/schedule.yml", "  queue: mailers", "  queue: mailers\n\nweekly_digest:\n  cron: \"0 8 * * 1\"\n  class: \"WeeklyDigestJob\"\n  queue: mailers"),
             write("/home/priya/src/marketplace/spec/jobs/weekly_digest_job_spec.rb", "require \"rails_helper\"\n\nRSpec.describe WeeklyDigestJob do\n  include ActiveJob::TestHelper\n\n  let!(:opted_in) { create(:user, digest_opt_in: true) }\n  let!(:opted_out) { create(:user, digest_opt_in: false) }\n\n  it \"sends a digest to opted-in users with orders in the last 7 days\" do\n    create(:order, user: opted_in, created_at: 2.days.ago)\n    create(:order, user: opted_out, created_at: 2.days.ago)\n    expect { described_class.new.perform }.to have_enqueued_mail(UserMailer, :weekly_digest).once\n  end\n\n  it \"skips users whose orders are older than 7 days\" do\n    create(:order, user: opted_in, created_at: 10.days.ago)\n    expect { described_class.new.perform }.not_to have_enqueued_mail(UserMailer, :weekly_digest)\n  end\nend\n"),
             bash("bundle exec rspec spec/jobs/weekly_digest_job_spec.rb spec/mailers", "Randomized with seed 55210\n.......\n\nFinished in 0.87 seconds (files took 2.6 seconds to load)\n7 examples, 0 failures", desc="Run job and mailer specs", ms=6100),
             say("Added `WeeklyDigestJob` (queue `mailers`), `UserMailer#weekly_digest` with an HTML view, and the cron entry `0 8 * * 1` in `config/schedule.yml`. Users with no orders in the week get nothing. Specs: 2 new job examples plus the mailer specs, 7 examples, 0 failures.")),
        turn("commit it",
             bash("git add -A && git commit -m \"Add WeeklyDigestJob and UserMailer#weekly_digest, scheduled Mondays 08:00\"", "[feature/weekly-digest 3e91c0a] Add WeeklyDigestJob and UserMailer#weekly_digest, scheduled Mondays 08:00\n 5 files changed, 52 insertions(+)\n create mode 100644 app/jobs/weekly_digest_job.rb\n create mode 100644 app/views/user_mailer/weekly_digest.html.erb\n create mode 100644 spec/jobs/weekly_digest_job_spec.rb", desc="Commit"),
             say("Committed as `3e91c0a` on `feature/weekly-digest`.")),
    ],
)
