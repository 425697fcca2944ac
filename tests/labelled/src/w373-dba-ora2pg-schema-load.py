LABEL = dict(
    split="heldout12",
    persona="DBA migrating an Oracle schema to PostgreSQL with ora2pg",
    expertise_level=4, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the schema, the tool and its config, the target database, type-mapping constraints (NUMBER(10) to bigint, no NUMBER(1) to boolean) and the acceptance check (row counts per table against Oracle's); prompt 2 is an exact correction (the column is a dunning level 0–3 with CHECK IN (0,1,2,3), not a flag; smallint). One known tool pitfall is anticipated (NUMBER(1) to boolean), but no failure modes, ordering or rollback are planned and the check is a totals comparison: level 4, not 5. "
               "Running ora2pg and loading into a Postgres environment is the work: operating. The first `psql` load fails (exit 3, invalid input for type boolean), which is trouble; "
               "prompt 3 confirms the counts against Oracle ('matches my side, all 14') and the config commit succeeds: resolved, verified success."),
)

SESSION = dict(
    cwd="/home/oluwa/migr/billing", start="2026-12-15T07:45:00Z", model="claude-opus-4-6", version="2.1.252", branch="ora2pg-billing",
    turns=[
        turn("Export schema BILLING with ora2pg (config in ./ora2pg.conf, already points at the Oracle 19c box) and load tables + data into billing_stage on pg-test-02. "
             "NUMBER(10) → bigint, NUMBER(p,s) stays numeric, and don't let it turn NUMBER(1) into boolean. When loaded, give me row counts per table on the PG side so I can compare with my num_rows from Oracle",
             bash("grep -E '^(SCHEMA|PG_SCHEMA|TYPE|REPLACE_AS_BOOLEAN|DATA_TYPE|PG_NUMERIC_TYPE|PG_INTEGER_TYPE|DEFAULT_NUMERIC)' ora2pg.conf",
                  "SCHEMA\tBILLING\nPG_SCHEMA\tbilling_stage\nTYPE\tTABLE\nPG_NUMERIC_TYPE\t1\nPG_INTEGER_TYPE\t1\nDEFAULT_NUMERIC\tbigint\nREPLACE_AS_BOOLEAN\tNUMBER:1", desc="Check the ora2pg config"),
             bash("sed -i 's/^REPLACE_AS_BOOLEAN\\tNUMBER:1/#REPLACE_AS_BOOLEAN\\tNUMBER:1/' ora2pg.conf && ora2pg -c ora2pg.conf -t TABLE -o tables.sql && ora2pg -c ora2pg.conf -t COPY -o data.sql",
                  "[========================>] 14/14 tables (100.0%) end of scanning.\n[========================>] 14/14 tables (100.0%) end of table export.\n[========================>] 14/14 tables (100.0%) end of scanning.\n[========================>] 3118442/3118442 rows (100.0%) Table INVOICE_LINE (41021 recs/sec)\n[========================>] 3118442/3118442 total rows (100.0%) - (76 sec., avg: 41032 recs/sec).",
                  desc="Export DDL and data", ms=81000),
             bash("psql -h pg-test-02 -d billing -v ON_ERROR_STOP=1 -q -f tables.sql && psql -h pg-test-02 -d billing -v ON_ERROR_STOP=1 -q -f data.sql",
                  "", stderr="psql:data.sql:1882: ERROR:  invalid input syntax for type boolean: \"3\"\nCONTEXT:  COPY account, line 412, column dunning_level: \"3\"",
                  code=3, desc="Load into pg-test-02", ms=22000),
             bash("grep -n 'dunning_level' tables.sql", "57:\tdunning_level boolean,", desc="Find the column type"),
             say("The load stopped: `account.dunning_level` was created as `boolean` in `tables.sql` even with `REPLACE_AS_BOOLEAN` commented out – ora2pg also applies `BOOLEAN_VALUES` heuristics to `NUMBER(1)` columns with a CHECK (0,1)-style constraint, and Oracle's DDL for that column probably has one. "
                 "Row 412 has the value 3, so the constraint in Oracle doesn't match the data either. Do you want it as `smallint`?")),
        turn("it's a dunning level 0-3, not a flag — the CHECK in oracle is IN (0,1,2,3), ora2pg got it wrong. smallint. drop and reload the schema",
             bash("printf 'MODIFY_TYPE\\tACCOUNT:DUNNING_LEVEL:smallint\\n' >> ora2pg.conf && ora2pg -c ora2pg.conf -t TABLE -o tables.sql && grep -n 'dunning_level' tables.sql",
                  "[========================>] 14/14 tables (100.0%) end of table export.\n57:\tdunning_level smallint,", desc="Force smallint and re-export the DDL", ms=9000),
             bash("psql -h pg-test-02 -d billing -v ON_ERROR_STOP=1 -q -c 'DROP SCHEMA IF EXISTS billing_stage CASCADE; CREATE SCHEMA billing_stage' && psql -h pg-test-02 -d billing -v ON_ERROR_STOP=1 -q -f tables.sql && psql -h pg-test-02 -d billing -v ON_ERROR_STOP=1 -q -f data.sql",
                  "", desc="Drop, recreate and load", ms=64000),
             bash("psql -h pg-test-02 -d billing -At -F $'\\t' -c \"SELECT relname, (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from billing_stage.%I', relname), false, true, '')))[1]::text::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname = 'billing_stage' AND relkind = 'r' ORDER BY 1\"",
                  "account\t48213\naccount_contact\t61002\nadjustment\t9177\ncredit_note\t3390\ncurrency\t24\ndunning_event\t20514\ninvoice\t611845\ninvoice_line\t3118442\npayment\t598201\npayment_alloc\t640117\nprice_plan\t212\nproduct\t1406\ntax_code\t38\nusage_record\t2214006",
                  desc="Exact row counts per table"),
             say("Reloaded cleanly with `dunning_level smallint` (added `MODIFY_TYPE ACCOUNT:DUNNING_LEVEL:smallint` to `ora2pg.conf`). Exact counts in `billing_stage` (count(*), not estimates):\n\n"
                 "| table | rows |\n|---|---|\n| account | 48,213 |\n| account_contact | 61,002 |\n| adjustment | 9,177 |\n| credit_note | 3,390 |\n| currency | 24 |\n| dunning_event | 20,514 |\n| invoice | 611,845 |\n| invoice_line | 3,118,442 |\n| payment | 598,201 |\n| payment_alloc | 640,117 |\n| price_plan | 212 |\n| product | 1,406 |\n| tax_code | 38 |\n| usage_record | 2,214,006 |")),
        turn("matches my side, all 14. commit the ora2pg.conf change",
             bash("git add ora2pg.conf && git commit -m \"ora2pg: no NUMBER(1)->boolean; ACCOUNT.DUNNING_LEVEL as smallint\"", "[ora2pg-billing 2d0c7f5] ora2pg: no NUMBER(1)->boolean; ACCOUNT.DUNNING_LEVEL as smallint\n 1 file changed, 2 insertions(+), 1 deletion(-)", desc="Commit the config"),
             say("Committed as 2d0c7f5 on `ora2pg-billing`.")),
    ],
)
