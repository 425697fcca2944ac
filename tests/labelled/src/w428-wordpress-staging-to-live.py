LABEL = dict(
    split="heldout14",
    persona="WordPress PHP developer pushing a client's staging database to live",
    expertise_level=3, work_mode="operating",
    verified_success=False, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the two sites, the tool (wp-cli), the domain change and one constraint (back up live first), leaving the steps to the agent; prompt 2 answers the agent's question about the order tables ('skip the orders tables, woocommerce is live. users too'); the risk to live orders was raised by the agent, not anticipated by the user: level 3. "
               "The work is a database migration run on the servers: operating. No action fails, and the session ends without a test, a commit or the user saying the live site works: neither evidence nor trouble."),
)

SESSION = dict(
    cwd="/var/www/clients/greenleaf", start="2026-11-29T07:00:00Z", model="claude-opus-4-6", version="2.1.249", branch="main",
    turns=[
        turn("need to push staging.greenleafgardens.co.uk db to live (greenleafgardens.co.uk), both on this box under /var/www/clients/greenleaf/{staging,live}. use wp-cli, backup live first, and fix the urls",
             bash("cd live && wp db export /var/backups/greenleaf-live-$(date +%F-%H%M).sql && ls -lh /var/backups | tail -1", "Success: Exported to '/var/backups/greenleaf-live-2026-11-29-0701.sql'.\n-rw-r--r-- 1 www-data www-data 84M Nov 29 07:01 greenleaf-live-2026-11-29-0701.sql", desc="Back up the live database", ms=6100),
             bash("cd staging && wp db tables --all-tables-with-prefix | tr '\\n' ' '", "wp_commentmeta wp_comments wp_links wp_options wp_postmeta wp_posts wp_term_relationships wp_term_taxonomy wp_termmeta wp_terms wp_usermeta wp_users wp_wc_orders wp_wc_orders_meta wp_wc_order_addresses wp_wc_order_stats wp_woocommerce_order_items wp_woocommerce_order_itemmeta", desc="List staging tables"),
             say("Live is backed up to `/var/backups/greenleaf-live-2026-11-29-0701.sql` (84 MB). Before I copy: staging has WooCommerce order tables (`wp_wc_orders*`, `wp_woocommerce_order_items*`). Copying the whole database would replace live's real orders with staging's. Do you want everything, or everything except orders?")),
        turn("skip the orders tables, woocommerce is live. users too",
             bash("cd staging && wp db export /tmp/greenleaf-staging.sql --exclude_tables=wp_wc_orders,wp_wc_orders_meta,wp_wc_order_addresses,wp_wc_order_stats,wp_woocommerce_order_items,wp_woocommerce_order_itemmeta,wp_users,wp_usermeta", "Success: Exported to '/tmp/greenleaf-staging.sql'.", desc="Export staging without orders and users", ms=4800),
             bash("cd live && wp db import /tmp/greenleaf-staging.sql", "Success: Imported from '/tmp/greenleaf-staging.sql'.", desc="Import into live", ms=9300),
             bash("cd live && wp search-replace 'https://staging.greenleafgardens.co.uk' 'https://greenleafgardens.co.uk' --skip-tables=wp_users,wp_usermeta --precise --report-changed-only", "+-------------+--------------+--------------+------+\n| Table       | Column       | Replacements | Type |\n+-------------+--------------+--------------+------+\n| wp_options  | option_value | 4            | PHP  |\n| wp_postmeta | meta_value   | 211          | PHP  |\n| wp_posts    | post_content | 96           | SQL  |\n| wp_posts    | guid         | 388          | SQL  |\n+-------------+--------------+--------------+------+\nSuccess: Made 699 replacements.", desc="Replace the staging URL", ms=11800),
             bash("cd live && wp cache flush && wp option get siteurl", "Success: The cache was flushed.\nhttps://greenleafgardens.co.uk", desc="Flush cache and check siteurl"),
             say("Done. Staging's content and settings are on live, with orders, users and user meta left as they were on live. 699 URL replacements (staging → live), cache flushed, `siteurl` is `https://greenleafgardens.co.uk`. Worth a quick click through the shop and a test checkout. The live backup from before is at `/var/backups/greenleaf-live-2026-11-29-0701.sql` if you need to roll back.")),
    ],
)
