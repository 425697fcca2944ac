LABEL = dict(
    split="heldout4",
    persona="ML engineer on a fraud-detection team adding a feature to the training pipeline",
    expertise_level=4, work_mode="building",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the new feature (count of a card's transactions in the previous 24 hours), where it goes (features/velocity.py, "
               "registered in the FEATURES list), the leakage constraint (strictly before the transaction's own timestamp, so the "
               "current one is not counted) and the tests to add and run; prompt 2 asks for a specific extra case (two transactions "
               "with the same timestamp): level 4 (one boundary named up front, no ordered steps or failure modes, so not 5). A new feature in code: building. No failure; `pytest` passes: verified success."),
)

SESSION = dict(
    cwd="/home/ml/fraud-models", start="2026-11-24T10:20:00Z", model="claude-opus-4-6", version="2.1.284", branch="feat/card-velocity-24h",
    turns=[
        turn("Add a feature card_txn_count_24h: number of transactions on the same card_id in the 24 hours strictly before this transaction's event_ts (the current "
             "one must not count, or we leak). Put it in features/velocity.py next to the 1h one, register it in FEATURES in features/__init__.py, and add tests "
             "in tests/test_velocity.py for the window boundary (a txn exactly 24h earlier is excluded). Run pytest tests/ after.",
             par(read("/home/ml/fraud-models/features/velocity.py", "import pandas as pd\n\n\ndef card_txn_count_1h(df: pd.DataFrame) -> pd.Series:\n"
                      "    \"\"\"Transactions on the card in the hour before event_ts (exclusive).\"\"\"\n    s = df.sort_values('event_ts').set_index('event_ts')\n"
                      "    counts = s.groupby('card_id')['txn_id'].rolling('1h', closed='left').count()\n    return counts.reset_index(level=0, drop=True).reindex(df.event_ts).to_numpy()"),
                 read("/home/ml/fraud-models/features/__init__.py", "from .velocity import card_txn_count_1h\nfrom .amount import amount_zscore_card\n\nFEATURES = [card_txn_count_1h, amount_zscore_card]")),
             edit("/home/ml/fraud-models/features/velocity.py", "    return counts.reset_index(level=0, drop=True).reindex(df.event_ts).to_numpy()",
                  "    return counts.reset_index(level=0, drop=True).reindex(df.event_ts).to_numpy()\n\n\ndef card_txn_count_24h(df: pd.DataFrame) -> pd.Series:\n"
                  "    \"\"\"Transactions on the card in the 24 hours before event_ts; closed='neither' drops the current row and one exactly 24h back.\"\"\"\n"
                  "    s = df.sort_values('event_ts').set_index('event_ts')\n    counts = s.groupby('card_id')['txn_id'].rolling('24h', closed='neither').count()\n"
                  "    return counts.reset_index(level=0, drop=True).reindex(df.event_ts).to_numpy()"),
             edit("/home/ml/fraud-models/features/__init__.py", "from .velocity import card_txn_count_1h\nfrom .amount import amount_zscore_card\n\nFEATURES = [card_txn_count_1h, amount_zscore_card]",
                  "from .velocity import card_txn_count_1h, card_txn_count_24h\nfrom .amount import amount_zscore_card\n\nFEATURES = [card_txn_count_1h, card_txn_count_24h, amount_zscore_card]"),
             write("/home/ml/fraud-models/tests/test_velocity.py",
                   "import pandas as pd\nfrom features.velocity import card_txn_count_24h\n\n\ndef frame(rows):\n    return pd.DataFrame(rows, columns=['txn_id', 'card_id', 'event_ts']).astype({'event_ts': 'datetime64[ns]'})\n\n\n"
                   "def test_current_transaction_is_not_counted():\n    df = frame([(1, 'c1', '2026-01-01 10:00')])\n    assert list(card_txn_count_24h(df)) == [0]\n\n\n"
                   "def test_exactly_24h_earlier_is_excluded():\n    df = frame([(1, 'c1', '2026-01-01 10:00'), (2, 'c1', '2026-01-02 10:00')])\n    assert list(card_txn_count_24h(df)) == [0, 0]\n\n\n"
                   "def test_counts_within_window_per_card():\n    df = frame([(1, 'c1', '2026-01-01 10:00'), (2, 'c2', '2026-01-01 11:00'), (3, 'c1', '2026-01-01 20:00'), (4, 'c1', '2026-01-02 09:59')])\n"
                   "    assert list(card_txn_count_24h(df)) == [0, 0, 1, 2]\n"),
             bash("python -m pytest tests/ -q", "..............                                                          [100%]\n14 passed in 1.92s", desc="Run the tests"),
             say("Added `card_txn_count_24h` (rolling 24 h per card, `closed='neither'`, so the current row and a transaction exactly 24 h earlier are both "
                 "excluded), registered it in `FEATURES`, and added three tests including the boundary. All 14 tests pass.")),
        turn("Add a case with two txns on the same card at the identical event_ts. Neither should count the other, I think, since neither is strictly before",
             edit("/home/ml/fraud-models/tests/test_velocity.py", "def test_counts_within_window_per_card():",
                  "def test_same_timestamp_transactions_do_not_count_each_other():\n    df = frame([(1, 'c1', '2026-01-01 10:00'), (2, 'c1', '2026-01-01 10:00')])\n"
                  "    assert list(card_txn_count_24h(df)) == [0, 0]\n\n\ndef test_counts_within_window_per_card():"),
             bash("python -m pytest tests/test_velocity.py -q", "....                                                                     [100%]\n4 passed in 0.41s", desc="Run the velocity tests"),
             say("Added; it passes: with `closed='neither'` a row at the same timestamp is at the window's right edge, which is excluded, so neither counts the other.")),
    ],
)
