<?php
/**
 * Runs when the plugin is deleted (not on deactivation). The plugin's classes
 * are not loaded here, so this file stands alone.
 *
 * Removed: the settings, the processed-events table and its schema option.
 * Kept: payment records and order meta, which are the shop's history.
 *
 * @package PayCrypt
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}paycrypt_events" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
delete_option( 'paycrypt_settings' );
delete_option( 'paycrypt_events_schema' );
delete_option( 'paycrypt_processed_events' ); // Where earlier versions kept event ids.
wp_clear_scheduled_hook( 'paycrypt_check_pending' );
