LABEL = dict(
    split="heldout10",
    persona="WordPress developer running plugin updates on a client's staging site over SSH",
    expertise_level=3, work_mode="operating",
    verified_success=True, trouble=True, abandoned=False,
    rationale=("Prompt 1 names the site (staging over ssh), the tool (wp-cli), the order (backup the DB first) and the exclusion (not WooCommerce), leaving the rest to the "
               "agent: level 3. Plugins are updated on a server: operating. One `wp plugin update` fails and is retried (trouble); the retry succeeds, and prompt 2 "
               "('checked checkout and the contact form on staging, all fine') confirms after the trouble: verified success."),
)

SESSION = dict(
    cwd="/Users/tom/clients/bramble-books", start="2026-11-28T08:45:00Z", model="claude-sonnet-4-6", version="2.1.250", branch="",
    turns=[
        turn("on the bramble staging box (ssh bramble-staging, site in /var/www/staging) export the db first, then update all plugins with wp-cli except woocommerce - we do that one separately after their sale. tell me what changed",
             bash("ssh bramble-staging 'cd /var/www/staging && wp db export ~/backups/staging-$(date +%F).sql && wp plugin list --update=available --format=csv'",
                  "Success: Exported to '/home/deploy/backups/staging-2026-11-28.sql'.\nname,status,update,version\nwoocommerce,active,available,9.3.1\nwordpress-seo,active,available,23.8\ncontact-form-7,active,available,5.9.8\nwp-mail-smtp,active,available,4.1.1\nredirection,active,available,5.4.2",
                  desc="Back up the DB and list pending updates", ms=7400),
             bash("ssh bramble-staging 'cd /var/www/staging && wp plugin update --all --exclude=woocommerce'",
                  "Enabling Maintenance mode...\nDownloading update from https://downloads.wordpress.org/plugin/wordpress-seo.24.0.zip...\nInstalling the latest version...\nPlugin updated successfully.\nDownloading update from https://downloads.wordpress.org/plugin/contact-form-7.6.0.zip...\nPlugin updated successfully.\nDownloading update from https://downloads.wordpress.org/plugin/wp-mail-smtp.4.2.0.zip...\nWarning: Could not create directory. \"/var/www/staging/wp-content/upgrade/wp-mail-smtp.4.2.0\"\nDownloading update from https://downloads.wordpress.org/plugin/redirection.5.5.0.zip...\nPlugin updated successfully.\nDisabling Maintenance mode...\n+----------------+-------------+-------------+---------+\n| name           | old_version | new_version | status  |\n+----------------+-------------+-------------+---------+\n| wordpress-seo  | 23.8        | 24.0        | Updated |\n| contact-form-7 | 5.9.8       | 6.0         | Updated |\n| wp-mail-smtp   | 4.1.1       | 4.2.0       | Error   |\n| redirection    | 5.4.2       | 5.5.0       | Updated |\n+----------------+-------------+-------------+---------+\nError: Only updated 3 of 4 plugins (1 failed).",
                  code=1, desc="Update plugins except WooCommerce", ms=48000),
             bash("ssh bramble-staging 'ls -ld /var/www/staging/wp-content/upgrade; sudo chown -R www-data:deploy /var/www/staging/wp-content/upgrade && sudo chmod -R g+w /var/www/staging/wp-content/upgrade'",
                  "drwxr-xr-x 2 root root 4096 Sep  3 11:20 /var/www/staging/wp-content/upgrade", desc="Fix the upgrade directory's owner"),
             bash("ssh bramble-staging 'cd /var/www/staging && wp plugin update wp-mail-smtp'",
                  "Downloading update from https://downloads.wordpress.org/plugin/wp-mail-smtp.4.2.0.zip...\nInstalling the latest version...\nPlugin updated successfully.\nSuccess: Updated 1 of 1 plugins.", desc="Retry WP Mail SMTP", ms=9100),
             say("DB exported to `~/backups/staging-2026-11-28.sql`. Updated: Yoast SEO 23.8 → 24.0, Contact Form 7 5.9.8 → **6.0** (major version), Redirection 5.4.2 → 5.5.0, "
                 "WP Mail SMTP 4.1.1 → 4.2.0. WP Mail SMTP failed the first time because `wp-content/upgrade` was owned by root (someone ran wp as root in September); I fixed "
                 "the owner and it updated. WooCommerce left at 9.3.1. Worth clicking through a form since CF7 went to 6.0.")),
        turn("checked checkout and the contact form on staging, all fine, test email arrived too. leave it there for now",
             say("Great – staging is done. When you're ready for live, the same steps apply; check `wp-content/upgrade` ownership there first.")),
    ],
)
