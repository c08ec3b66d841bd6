<?php
/**
 * Which webhook events were already processed (delivery is at-least-once).
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Event ids in a table of their own, `{prefix}paycrypt_events`, whose primary
 * key is the event id. A delivery *claims* its event before applying it:
 *
 * - `INSERT IGNORE` a row in state `processing` with `claimed_at`: the database
 *   lets exactly one of two concurrent deliveries insert it, which a
 *   read-then-write of an option cannot do;
 * - after applying, the claim is marked `done`; after a failure it is deleted,
 *   so that the gateway's retry is processed;
 * - a claim still `processing` after STALE_SECONDS belonged to a request that
 *   died (fatal error, timeout, killed worker) between claiming and finishing:
 *   a redelivery takes it over with a conditional UPDATE (of two concurrent
 *   redeliveries, one matches the row), instead of the event being lost as a
 *   "duplicate". A fresh `processing` claim answers "in progress" (non-2xx),
 *   so the gateway keeps retrying until the claim is done or stale.
 *
 * finish() and release() only touch the caller's own claim (same
 * `claimed_at`): a request slower than STALE_SECONDS whose claim was taken
 * over does not mark the newer one done or delete it. Applying is idempotent
 * anyway (states only move forward), which covers the one case a claim
 * cannot: a request that applied the event and died before finish().
 *
 * The table is created on activation, upgraded when the schema version changes
 * (schema 1 had no state: its rows become `done`) and dropped by uninstall.php.
 */
final class Paycrypt_Event_Log {

	const TABLE          = 'paycrypt_events';
	const SCHEMA_VERSION = '2';
	const VERSION_OPTION = 'paycrypt_events_schema';
	const KEEP_SECONDS   = 30 * 86400;
	/** A claim older than this is a dead request's: longer than PHP's and the lock's time limits, shorter than the gateway's retry schedule. */
	const STALE_SECONDS = 300;
	/** openapi.yaml's EventId: `evt_` and 24 letters or digits (ASCII, so it fits the column byte for byte). */
	const ID_PATTERN = '/^evt_[A-Za-z0-9]{24}\z/';

	/** claim() outcomes. */
	const CLAIMED     = 'claimed';
	const DONE        = 'done';
	const IN_PROGRESS = 'in_progress';

	/** @var object wpdb, or anything with its prepare/query/get_var and $prefix. */
	private $db;

	/**
	 * @param object|null $db Default: the global $wpdb.
	 */
	public function __construct( $db = null ) {
		$this->db = $db ?? $GLOBALS['wpdb'];
	}

	/**
	 * @param mixed $event_id From a signed body.
	 * @return bool Whether it is an event id of the spec's form (nothing is truncated or re-encoded).
	 */
	public static function valid_id( $event_id ): bool {
		return is_string( $event_id ) && 1 === preg_match( self::ID_PATTERN, $event_id );
	}

	/** @return string The table name with the site's prefix. */
	public function table(): string {
		return $this->db->prefix . self::TABLE;
	}

	/**
	 * Create the table if it is not there, or add the claim columns to a
	 * schema-1 table. Event ids are compared byte for byte (ascii_bin):
	 * `evt_A…` and `evt_a…` are two events.
	 */
	public function install(): void {
		$this->db->query(
			'CREATE TABLE IF NOT EXISTS ' . $this->table() . " (
				event_id VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
				received_at BIGINT UNSIGNED NOT NULL,
				state VARCHAR(10) CHARACTER SET ascii NOT NULL DEFAULT 'done',
				claimed_at BIGINT UNSIGNED NOT NULL DEFAULT 0,
				PRIMARY KEY  (event_id),
				KEY received_at (received_at)
			)"
		);
		if ( null === $this->db->get_var( 'SHOW COLUMNS FROM ' . $this->table() . " LIKE 'state'" ) ) {
			// Schema 1: its rows were claimed with no state; they count as done.
			$this->db->query( 'ALTER TABLE ' . $this->table() . " ADD COLUMN state VARCHAR(10) CHARACTER SET ascii NOT NULL DEFAULT 'done', ADD COLUMN claimed_at BIGINT UNSIGNED NOT NULL DEFAULT 0" );
			if ( null === $this->db->get_var( 'SHOW COLUMNS FROM ' . $this->table() . " LIKE 'state'" ) ) {
				throw new RuntimeException( 'could not upgrade the events table' );
			}
		}
		update_option( self::VERSION_OPTION, self::SCHEMA_VERSION );
	}

	/** @return bool Whether the table is at SCHEMA_VERSION (claim() needs its columns). */
	public function is_current(): bool {
		return self::SCHEMA_VERSION === get_option( self::VERSION_OPTION );
	}

	/**
	 * Create or upgrade the table after an update that did not run the activation hook.
	 *
	 * @throws RuntimeException When the upgrade fails (see Paycrypt_Plugin::upgrade_events_table()).
	 */
	public function install_if_needed(): void {
		if ( ! $this->is_current() ) {
			$this->install();
		}
	}

	/** Drop the table (uninstall). */
	public function uninstall(): void {
		$this->db->query( 'DROP TABLE IF EXISTS ' . $this->table() );
		delete_option( self::VERSION_OPTION );
	}

	/**
	 * Claim an event: CLAIMED for the one delivery that gets to process it (a
	 * new event, or one whose claim went stale), DONE for an event already
	 * applied, IN_PROGRESS while another request holds a fresh claim.
	 *
	 * @param string $event_id evt_… (valid_id()).
	 * @param int    $now      Unix seconds; the claim's token for finish() and release().
	 * @return string
	 * @throws InvalidArgumentException For an id that is not of the spec's form.
	 * @throws RuntimeException When the database refuses (the webhook answers 500 and the gateway retries).
	 */
	public function claim( string $event_id, int $now ): string {
		if ( ! self::valid_id( $event_id ) ) {
			throw new InvalidArgumentException( 'not an event id' );
		}
		$inserted = $this->db->query( $this->db->prepare( 'INSERT IGNORE INTO ' . $this->table() . " (event_id, received_at, state, claimed_at) VALUES (%s, %d, 'processing', %d)", $event_id, $now, $now ) );
		if ( false === $inserted ) {
			throw new RuntimeException( 'could not record the event id' );
		}
		if ( 1 === (int) $inserted ) {
			return self::CLAIMED;
		}
		$taken = $this->db->query( $this->db->prepare( 'UPDATE ' . $this->table() . " SET claimed_at = %d WHERE event_id = %s AND state = 'processing' AND claimed_at < %d", $now, $event_id, $now - self::STALE_SECONDS ) );
		if ( false === $taken ) {
			throw new RuntimeException( 'could not take over the event' );
		}
		if ( 1 === (int) $taken ) {
			return self::CLAIMED;
		}
		$state = $this->db->get_var( $this->db->prepare( 'SELECT state FROM ' . $this->table() . ' WHERE event_id = %s', $event_id ) );
		// Gone (released in between) or processing: the gateway retries either way.
		return self::DONE === $state ? self::DONE : self::IN_PROGRESS;
	}

	/**
	 * Mark one's own claim done.
	 *
	 * @param string $event_id   evt_….
	 * @param int    $claimed_at The $now given to claim().
	 * @return bool False when the claim was no longer this request's (taken over as stale).
	 */
	public function finish( string $event_id, int $claimed_at ): bool {
		return 1 === (int) $this->db->query( $this->db->prepare( 'UPDATE ' . $this->table() . " SET state = 'done' WHERE event_id = %s AND state = 'processing' AND claimed_at = %d", $event_id, $claimed_at ) );
	}

	/**
	 * Forget one's own claim after a failure, so that the retry is processed.
	 *
	 * @param string $event_id   evt_….
	 * @param int    $claimed_at The $now given to claim().
	 */
	public function release( string $event_id, int $claimed_at ): void {
		$this->db->query( $this->db->prepare( 'DELETE FROM ' . $this->table() . " WHERE event_id = %s AND state = 'processing' AND claimed_at = %d", $event_id, $claimed_at ) );
	}

	/**
	 * @param string $event_id evt_….
	 * @return bool Whether the event is claimed or done.
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
