<?php
/**
 * Which webhook events were already processed (delivery is at-least-once).
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Event ids in one non-autoloaded option, `paycrypt_processed_events` (id => unix time),
 * pruned to the last KEEP_SECONDS and at most KEEP_COUNT entries.
 */
final class Paycrypt_Event_Log {

	const OPTION       = 'paycrypt_processed_events';
	const KEEP_SECONDS = 30 * 86400;
	const KEEP_COUNT   = 2000;

	/**
	 * @param string $event_id evt_….
	 * @return bool
	 */
	public function has( string $event_id ): bool {
		$seen = get_option( self::OPTION, array() );
		return is_array( $seen ) && isset( $seen[ $event_id ] );
	}

	/**
	 * @param string $event_id evt_….
	 * @param int    $now      Unix seconds.
	 */
	public function add( string $event_id, int $now ): void {
		$seen = get_option( self::OPTION, array() );
		$seen = is_array( $seen ) ? $seen : array();
		$seen[ $event_id ] = $now;
		$seen = array_filter(
			$seen,
			static function ( $at ) use ( $now ): bool {
				return (int) $at >= $now - self::KEEP_SECONDS;
			}
		);
		if ( count( $seen ) > self::KEEP_COUNT ) {
			asort( $seen );
			$seen = array_slice( $seen, -self::KEEP_COUNT, null, true );
		}
		update_option( self::OPTION, $seen, false );
	}
}
