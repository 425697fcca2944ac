LABEL = dict(
    split="heldout2",
    persona="Senior Elixir developer at a membership platform",
    expertise_level=5, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 specifies the feature (an Oban worker purging accounts soft-deleted over 30 days ago, "
               "nightly at 03:00 UTC through the Cron plugin, logging the count), anticipates a failure mode with its "
               "reason (batches of 500 so no long locks) and designs the verification (Oban.Testing with three old, "
               "one recent and one active account; only the three gone; mix test passes); prompt 2's answer is exact "
               "and short (unique per day, which states): level 5. New code (a worker, "
               "cron entry and tests), so building. Nothing failed; `mix test` passed and the commit succeeded: "
               "verified."),
)

SESSION = dict(
    cwd="/home/ines/dev/clubhouse", start="2026-05-28T15:40:00Z", model="claude-sonnet-4-6", version="2.1.255",
    turns=[
        turn("Add an Oban worker that hard-deletes accounts soft-deleted (deleted_at set) more than 30 days ago. Run it "
             "nightly at 03:00 UTC with the Cron plugin, delete in batches of 500 so we don't hold long locks, and log "
             "the number purged. Test it with Oban.Testing: insert three accounts deleted 31+ days ago, one deleted "
             "yesterday and one active, perform the job and check only the three are gone. mix test must pass.",
             par(read("/home/ines/dev/clubhouse/config/config.exs",
                      "config :clubhouse, Oban,\n  repo: Clubhouse.Repo,\n  queues: [default: 10, mailers: 5],\n  plugins: [\n    {Oban.Plugins.Pruner, max_age: 60 * 60 * 24 * 7},\n"
                      "    {Oban.Plugins.Cron, crontab: [{\"0 6 * * 1\", Clubhouse.Workers.WeeklyDigest}]}\n  ]\n"),
                 read("/home/ines/dev/clubhouse/lib/clubhouse/accounts/account.ex",
                      "schema \"accounts\" do\n  field :email, :string\n  field :deleted_at, :utc_datetime\n  has_many :memberships, Clubhouse.Memberships.Membership, on_delete: :delete_all\n  timestamps()\nend\n"),
                 glob("lib/clubhouse/workers/*.ex", ["lib/clubhouse/workers/weekly_digest.ex"])),
             write("/home/ines/dev/clubhouse/lib/clubhouse/workers/purge_deleted_accounts.ex",
                   "defmodule Clubhouse.Workers.PurgeDeletedAccounts do\n  @moduledoc \"Hard-deletes accounts soft-deleted more than 30 days ago, in batches.\"\n"
                   "  use Oban.Worker, queue: :default, max_attempts: 3\n  import Ecto.Query\n  require Logger\n  alias Clubhouse.{Repo, Accounts.Account}\n\n"
                   "  @batch 500\n\n  @impl Oban.Worker\n  def perform(%Oban.Job{}) do\n    cutoff = DateTime.add(DateTime.utc_now(), -30, :day)\n    purged = purge(cutoff, 0)\n"
                   "    Logger.info(\"purged #{purged} soft-deleted accounts\", purged: purged)\n    :ok\n  end\n\n"
                   "  defp purge(cutoff, total) do\n    ids = Repo.all(from a in Account, where: not is_nil(a.deleted_at) and a.deleted_at < ^cutoff, select: a.id, limit: @batch)\n"
                   "    case ids do\n      [] -> total\n      ids ->\n        {n, _} = Repo.delete_all(from a in Account, where: a.id in ^ids)\n        purge(cutoff, total + n)\n    end\n  end\nend\n"),
             edit("/home/ines/dev/clubhouse/config/config.exs",
                  "{Oban.Plugins.Cron, crontab: [{\"0 6 * * 1\", Clubhouse.Workers.WeeklyDigest}]}",
                  "{Oban.Plugins.Cron,\n     crontab: [\n       {\"0 6 * * 1\", Clubhouse.Workers.WeeklyDigest},\n       {\"0 3 * * *\", Clubhouse.Workers.PurgeDeletedAccounts}\n     ]}"),
             write("/home/ines/dev/clubhouse/test/clubhouse/workers/purge_deleted_accounts_test.exs",
                   "defmodule Clubhouse.Workers.PurgeDeletedAccountsTest do\n  use Clubhouse.DataCase, async: true\n  use Oban.Testing, repo: Clubhouse.Repo\n"
                   "  alias Clubhouse.Workers.PurgeDeletedAccounts\n  alias Clubhouse.Accounts.Account\n\n  defp days_ago(n), do: DateTime.add(DateTime.utc_now(), -n, :day) |> DateTime.truncate(:second)\n\n"
                   "  test \"purges only accounts deleted more than 30 days ago\" do\n    old = for d <- [31, 45, 400], do: insert(:account, deleted_at: days_ago(d))\n"
                   "    recent = insert(:account, deleted_at: days_ago(1))\n    active = insert(:account, deleted_at: nil)\n\n"
                   "    assert :ok = perform_job(PurgeDeletedAccounts, %{})\n\n    remaining = Repo.all(Account) |> Enum.map(& &1.id) |> MapSet.new()\n"
                   "    assert MapSet.equal?(remaining, MapSet.new([recent.id, active.id]))\n    refute Enum.any?(old, &(&1.id in remaining))\n  end\n\n"
                   "  test \"works through more than one batch\" do\n    for _ <- 1..1_203, do: insert(:account, deleted_at: days_ago(60))\n"
                   "    assert :ok = perform_job(PurgeDeletedAccounts, %{})\n    assert Repo.aggregate(Account, :count) == 0\n  end\nend\n"),
             bash("mix test test/clubhouse/workers/purge_deleted_accounts_test.exs", "Running ExUnit with seed: 618202, max_cases: 16\n\n..\nFinished in 3.1 seconds (3.1s async, 0.00s sync)\n2 tests, 0 failures",
                  desc="Run the new tests", ms=21000),
             say("The worker, its cron entry (`0 3 * * *`, Oban's Cron runs in UTC) and two tests are in; both tests pass. "
                 "Memberships go with their accounts through the existing `on_delete: :delete_all`. Before I run the "
                 "whole suite: do you want the job unique, so a manual run on the same day doesn't overlap the "
                 "nightly one?")),
        turn("yes, unique per day across all states except completed/cancelled is fine. go on",
             edit("/home/ines/dev/clubhouse/lib/clubhouse/workers/purge_deleted_accounts.ex",
                  "  use Oban.Worker, queue: :default, max_attempts: 3",
                  "  use Oban.Worker,\n    queue: :default,\n    max_attempts: 3,\n    unique: [period: 24 * 60 * 60, states: [:available, :scheduled, :executing, :retryable]]"),
             bash("mix test", "Running ExUnit with seed: 90114, max_cases: 16\n\n...........................................................................\n"
                  "......................................\nFinished in 14.8 seconds (11.2s async, 3.6s sync)\n113 tests, 0 failures", desc="Run the whole suite", ms=58000),
             bash("git add lib/clubhouse/workers/purge_deleted_accounts.ex config/config.exs test/clubhouse/workers/purge_deleted_accounts_test.exs && git commit -m \"Nightly purge of accounts soft-deleted over 30 days ago (Oban, batches of 500)\"",
                  "[main 3e91b7a] Nightly purge of accounts soft-deleted over 30 days ago (Oban, batches of 500)\n 3 files changed, 68 insertions(+), 1 deletion(-)", desc="Commit"),
             say("Done and committed (3e91b7a). The job is unique for 24 hours across available, scheduled, executing "
                 "and retryable jobs. The full suite passes (113 tests).")),
    ],
)
