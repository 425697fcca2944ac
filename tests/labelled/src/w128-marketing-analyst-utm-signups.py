LABEL = dict(
    split="heldout4",
    persona="Marketing analyst at a meal-kit company who knows SQL basics and BigQuery's console",
    expertise_level=3, work_mode="analysing",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the table, the measure (signups and first-box conversion by utm_campaign for November) and the "
               "output (a table sorted by conversion) but not the attribution rule; prompt 2 is a general steer ('only count people "
               "who came from paid campaigns'): level 3. Figures from SQL: analysing. The first query fails on a column name "
               "(trouble); the corrected query runs, and prompt 3 ('these look right, same ballpark as the Ads dashboard') "
               "confirms after the last trouble: verified success."),
)

SESSION = dict(
    cwd="/home/chloe/analytics", start="2026-11-25T10:30:00Z", model="claude-sonnet-4-6", version="2.1.285",
    turns=[
        turn("Using analytics.signups in BigQuery, can you give me signups and first-box conversion by utm_campaign for November? Table sorted by conversion please",
             bash("bq query --use_legacy_sql=false --format=pretty \"SELECT utm_campaign, COUNT(*) signups, COUNTIF(first_box_at IS NOT NULL) converted FROM analytics.signups "
                  "WHERE signup_date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY 1\"", "", desc="First attempt", code=1,
                  stderr="Error in query string: Error processing job 'mealbox-prod:bqjob_r5c1': Unrecognized name: signup_date; Did you mean signed_up_at? at [1:135]\n", ms=2600),
             bash("bq show --schema --format=prettyjson analytics.signups | grep '\"name\"'", "    \"name\": \"user_id\",\n    \"name\": \"signed_up_at\",\n    \"name\": \"utm_source\",\n"
                  "    \"name\": \"utm_medium\",\n    \"name\": \"utm_campaign\",\n    \"name\": \"first_box_at\",", desc="Check the column names"),
             bash("bq query --use_legacy_sql=false --format=pretty \"SELECT IFNULL(utm_campaign,'(none)') utm_campaign, COUNT(*) signups, COUNTIF(first_box_at IS NOT NULL) converted, "
                  "ROUND(100*COUNTIF(first_box_at IS NOT NULL)/COUNT(*),1) conv_pct FROM analytics.signups WHERE DATE(signed_up_at) BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY 1 ORDER BY conv_pct DESC\"",
                  "+----------------------+---------+-----------+----------+\n|     utm_campaign     | signups | converted | conv_pct |\n+----------------------+---------+-----------+----------+\n"
                  "| referral_give10      |     812 |       551 |     67.9 |\n| (none)               |    4120 |      2241 |     54.4 |\n| brand_search_nov     |    2305 |      1198 |     52.0 |\n"
                  "| newsletter_thanksgvg |     640 |       309 |     48.3 |\n| meta_prospect_q4     |    3870 |      1319 |     34.1 |\n| tiktok_creators_nov  |    2214 |       571 |     25.8 |\n"
                  "+----------------------+---------+-----------+----------+", desc="Signups and conversion by campaign", ms=3100),
             say("The date column is `signed_up_at`, not `signup_date`. November by campaign:\n\n| campaign | signups | converted | conversion |\n|---|---|---|---|\n"
                 "| referral_give10 | 812 | 551 | 67.9% |\n| (none) | 4,120 | 2,241 | 54.4% |\n| brand_search_nov | 2,305 | 1,198 | 52.0% |\n| newsletter_thanksgvg | 640 | 309 | 48.3% |\n"
                 "| meta_prospect_q4 | 3,870 | 1,319 | 34.1% |\n| tiktok_creators_nov | 2,214 | 571 | 25.8% |")),
        turn("only count people who came from paid campaigns, the referral and newsletter ones aren't paid",
             bash("bq query --use_legacy_sql=false --format=pretty \"SELECT utm_medium, COUNT(DISTINCT utm_campaign) campaigns FROM analytics.signups WHERE DATE(signed_up_at) >= '2026-11-01' GROUP BY 1\"",
                  "+------------+-----------+\n| utm_medium | campaigns |\n+------------+-----------+\n| cpc        |         1 |\n| paid_social|         2 |\n| referral   |         1 |\n| email      |         1 |\n| NULL       |         0 |\n+------------+-----------+",
                  desc="Which mediums are paid"),
             bash("bq query --use_legacy_sql=false --format=pretty \"SELECT utm_campaign, COUNT(*) signups, COUNTIF(first_box_at IS NOT NULL) converted, ROUND(100*COUNTIF(first_box_at IS NOT NULL)/COUNT(*),1) conv_pct "
                  "FROM analytics.signups WHERE DATE(signed_up_at) BETWEEN '2026-11-01' AND '2026-11-30' AND utm_medium IN ('cpc','paid_social') GROUP BY 1 ORDER BY conv_pct DESC\"",
                  "+---------------------+---------+-----------+----------+\n|    utm_campaign     | signups | converted | conv_pct |\n+---------------------+---------+-----------+----------+\n"
                  "| brand_search_nov    |    2305 |      1198 |     52.0 |\n| meta_prospect_q4    |    3870 |      1319 |     34.1 |\n| tiktok_creators_nov |    2214 |       571 |     25.8 |\n+---------------------+---------+-----------+----------+",
                  desc="Paid campaigns only", ms=2900),
             say("Paid campaigns are the ones with medium `cpc` or `paid_social`:\n\n| campaign | signups | converted | conversion |\n|---|---|---|---|\n| brand_search_nov | 2,305 | 1,198 | 52.0% |\n"
                 "| meta_prospect_q4 | 3,870 | 1,319 | 34.1% |\n| tiktok_creators_nov | 2,214 | 571 | 25.8% |\n\n8,389 paid signups, 36.7% converted overall.")),
        turn("these look right, same ballpark as the Ads dashboard. thank you!", say("Great.")),
    ],
)
