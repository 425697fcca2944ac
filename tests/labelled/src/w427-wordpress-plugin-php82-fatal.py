LABEL = dict(
    split="heldout14",
    persona="WordPress PHP developer whose client site broke after a PHP 8.2 upgrade",
    expertise_level=3, work_mode="fixing",
    verified_success=True, trouble=False, abandoned=False,
    rationale=("Prompt 1 names the plugin, pastes the fatal error from debug.log and asks for a fix that keeps PHP 7.4 compatibility (one constraint), leaving the approach to the agent: level 3. "
               "A crashing plugin is repaired: fixing. The fatal error in prompt 1 is the task, not trouble, and no action in the session fails (`php -l` passes on both versions); prompt 2 confirms ('sites back up, booking form works'): evidence, verified success."),
)

SESSION = dict(
    cwd="/var/www/clients/brightsmiles/wp-content/plugins/bs-booking", start="2026-11-24T09:30:00Z", model="claude-opus-4-6", version="2.1.246", branch="main",
    turns=[
        turn("host bumped brightsmiles to php 8.2 overnight and the site is white screen. debug.log:\n\nPHP Fatal error:  Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given in /var/www/clients/brightsmiles/wp-content/plugins/bs-booking/includes/class-slots.php:58\n\nits our plugin. fix it but it has to still run on 7.4, another client is still on that",
             read("/var/www/clients/brightsmiles/wp-content/plugins/bs-booking/includes/class-slots.php", "<?php\nclass BS_Slots {\n    private $booked;\n\n    public function __construct( $date ) {\n        $this->booked = get_option( 'bs_booked_' . $date );\n    }\n    ...\n    public function available( $total ) {\n        return $total - count( $this->booked );\n    }"),
             grep("count( \\$", path="includes", content="includes/class-slots.php:58:        return $total - count( $this->booked );\nincludes/class-admin.php:112:        if ( count( $rows ) === 0 ) {"),
             read("/var/www/clients/brightsmiles/wp-content/plugins/bs-booking/includes/class-admin.php", "...\n        $rows = $wpdb->get_results( $sql );\n        if ( count( $rows ) === 0 ) {\n..."),
             edit("/var/www/clients/brightsmiles/wp-content/plugins/bs-booking/includes/class-slots.php",
                  "        $this->booked = get_option( 'bs_booked_' . $date );",
                  "        $booked       = get_option( 'bs_booked_' . $date, array() );\n        $this->booked = is_array( $booked ) ? $booked : array();"),
             bash("php8.2 -l includes/class-slots.php && php7.4 -l includes/class-slots.php", "No syntax errors detected in includes/class-slots.php\nNo syntax errors detected in includes/class-slots.php", desc="Lint on both PHP versions"),
             say("`get_option()` returns `false` for a day with no bookings yet; PHP 7.4 let `count(false)` through with a warning, PHP 8 throws a `TypeError`. I now default the option to an empty array and make sure it's an array, which works the same on 7.4 and 8.2 (both lint clean). `class-admin.php:112` is fine: `$wpdb->get_results()` always returns an array.")),
        turn("sites back up, booking form works. cheers",
             say("Good to hear.")),
    ],
)
