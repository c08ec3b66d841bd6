<?php
/**
 * Logging: WooCommerce's logger when present (WooCommerce → Status → Logs, source "paycrypt"), else error_log.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/** Tiny static logger; tests replace $sink to capture lines. */
final class Paycrypt_Logger {

	/** @var callable(string, string, array): void|null */
	public static $sink = null;

	/**
	 * @param string $level   debug|info|notice|warning|error.
	 * @param string $message Never contains secrets.
	 * @param array  $context Extra fields.
	 */
	public static function log( string $level, string $message, array $context = array() ): void {
		if ( null !== self::$sink ) {
			call_user_func( self::$sink, $level, $message, $context );
			return;
		}
		if ( function_exists( 'wc_get_logger' ) ) {
			wc_get_logger()->log( $level, $message . ( $context ? ' ' . wp_json_encode( $context ) : '' ), array( 'source' => 'paycrypt' ) );
			return;
		}
		if ( 'debug' !== $level || ( defined( 'WP_DEBUG' ) && WP_DEBUG ) ) {
			error_log( "[paycrypt] {$level}: {$message}" . ( $context ? ' ' . json_encode( $context ) : '' ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions, Generic.PHP.ForbiddenFunctions -- the last resort without WooCommerce's logger.
		}
	}
}
