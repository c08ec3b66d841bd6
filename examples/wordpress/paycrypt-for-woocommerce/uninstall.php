<?php
/**
 * Removes the plugin's options when it is deleted (not on deactivation).
 * Payment records and order meta are kept: they are the shop's history.
 *
 * @package PayCrypt
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'paycrypt_settings' );
delete_option( 'paycrypt_processed_events' );
wp_clear_scheduled_hook( 'paycrypt_check_pending' );
