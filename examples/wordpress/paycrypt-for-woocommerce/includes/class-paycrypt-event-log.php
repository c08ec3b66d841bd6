<?php
/**
 * Which webhook events were already processed (delivery is at-least-once).
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Event ids in a table of their own, `{prefix}paycrypt_events`, whose primary
 * key is the event id. A delivery *claims* its event with `INSERT IGNORE`:
 * the database lets exactly one of two concurrent deliveries insert the row
 * (the other affects 0 rows and is a duplicate), which a read-then-write of an
 * option cannot do. A delivery that fails releases its claim so the gateway's
 * retry is processed. The table is created on activation (and when the schema
 * version changes) and dropped by uninstall.php.
 */
final class Paycrypt_Event_Log {

	const TABLE          = 'paycrypt_events';
	const SCHEMA_VERSION = '1';
	const VERSION_OPTION = 'paycrypt_events_schema';
	const KEEP_SECONDS   = 30 * 86400;

	/** @var object wpdb, or anything with its prepare/query/get_var and $prefix. */
	private $db;

	/**
	 * @param object|null $db Default: the global $wpdb.
	 */
	public function __construct( $db = null ) {
		$this->db = $db ?? $GLOBALS['wpdb'];
	}

	/** @return string The table name with the site's prefix. */
	public function table(): string {
		return $this->db->prefix . self::TABLE;
	}

	/**
	 * Create the table if it is not there. Event ids are compared byte for byte
	 * (ascii_bin): `evt_A` and `evt_a` are two events.
	 */
	public function install(): void {
		$this->db->query(
			'CREATE TABLE IF NOT EXISTS ' . $this->table() . ' (
				event_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
				received_at BIGINT UNSIGNED NOT NULL,
				PRIMARY KEY  (event_id),
				KEY received_at (received_at)
			)'
		);
		update_option( self::VERSION_OPTION, self::SCHEMA_VERSION );
	}

	/** Create the table after an update that did not run the activation hook. */
	public function install_if_needed(): void {
		if ( self::SCHEMA_VERSION !== get_option( self::VERSION_OPTION ) ) {
			$this->install();
		}
	}

	/** Drop the table (uninstall). */
	public function uninstall(): void {
		$this->db->query( 'DROP TABLE IF EXISTS ' . $this->table() );
		delete_option( self::VERSION_OPTION );
	}

	/**
	 * Claim an event: true for the one delivery that gets to process it.
	 *
	 * @param string $event_id evt_….
	 * @param int    $now      Unix seconds.
	 * @return bool
	 * @throws RuntimeException When the database refuses (the webhook answers 500 and the gateway retries).
	 */
	public function claim( string $event_id, int $now ): bool {
		$inserted = $this->db->query( $this->db->prepare( 'INSERT IGNORE INTO ' . $this->table() . ' (event_id, received_at) VALUES (%s, %d)', $event_id, $now ) );
		if ( false === $inserted ) {
			throw new RuntimeException( 'could not record the event id' );
		}
		return 1 === (int) $inserted;
	}

	/**
	 * Forget a claim after a failure, so that the retry is processed.
	 *
	 * @param string $event_id evt_….
	 */
	public function release( string $event_id ): void {
		$this->db->query( $this->db->prepare( 'DELETE FROM ' . $this->table() . ' WHERE event_id = %s', $event_id ) );
	}

	/**
	 * @param string $event_id evt_….
	 * @return bool
	 */
	public function has( string $event_id ): bool {
		return null !== $this->db->get_var( $this->db->prepare( 'SELECT 1 FROM ' . $this->table() . ' WHERE event_id = %s', $event_id ) );
	}

	/**
	 * Delete ids older than KEEP_SECONDS (the hourly cron): the gateway stops
	 * retrying long before, and a replay that old fails the signature's 300 s window.
	 *
	 * @param int $now Unix seconds.
	 */
	public function prune( int $now ): void {
		$this->db->query( $this->db->prepare( 'DELETE FROM ' . $this->table() . ' WHERE received_at < %d', $now - self::KEEP_SECONDS ) );
	}
}
