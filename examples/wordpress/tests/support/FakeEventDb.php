<?php
/**
 * Just enough of wpdb for Paycrypt_Event_Log, with MySQL's semantics for the
 * statements it sends: `INSERT IGNORE` on the primary key inserts once and
 * affects 0 rows afterwards; UPDATE and DELETE return the rows they changed;
 * any statement on a missing table, or naming a column the table does not
 * have (a schema-1 table before its upgrade), fails (false). The real table is
 * exercised by the end-to-end run on MariaDB.
 */
final class FakeEventDb {
	/** @var string */
	public $prefix = 'wp_';
	/** @var array<string, array<string, int|string>>|null event_id => row; null: no table */
	public $rows = null;
	/** @var string[] The table's columns besides event_id. */
	public $columns = array( 'received_at', 'state', 'claimed_at' );
	/** @var string[] */
	public $queries = array();
	/** @var bool A database user without the ALTER privilege: every ALTER fails. */
	public $refuse_alter = false;

	/** The one for the current test (Stub::reset() forgets it). */
	public static function shared(): self {
		return $GLOBALS['wp_stub']['event_db'] ?? ( $GLOBALS['wp_stub']['event_db'] = self::with_table() );
	}

	public static function with_table(): self {
		$db       = new self();
		$db->rows = array();
		return $db;
	}

	/** The table as schema 1 created it: event_id and received_at only. */
	public static function schema_1( array $received ): self {
		$db          = new self();
		$db->columns = array( 'received_at' );
		$db->rows    = array_map( static fn ( int $at ): array => array( 'received_at' => $at ), $received );
		return $db;
	}

	public function prepare( string $query, ...$args ): string {
		$i = 0;
		return preg_replace_callback(
			'/%[sd]/',
			static function ( array $m ) use ( $args, &$i ): string {
				$value = $args[ $i++ ];
				return '%d' === $m[0] ? (string) (int) $value : "'" . addslashes( (string) $value ) . "'";
			},
			$query
		);
	}

	private function has_v2(): bool {
		return in_array( 'state', $this->columns, true );
	}

	public function query( string $query ) {
		$this->queries[] = $query;
		$sql             = trim( preg_replace( '/\s+/', ' ', $query ) );
		if ( preg_match( '/^CREATE TABLE IF NOT EXISTS wp_paycrypt_events \(/', $sql ) ) {
			if ( null === $this->rows ) {
				$this->rows    = array();
				$this->columns = array( 'received_at', 'state', 'claimed_at' );
			}
			return true;
		}
		if ( 'DROP TABLE IF EXISTS wp_paycrypt_events' === $sql ) {
			$this->rows = null;
			return true;
		}
		if ( null === $this->rows ) {
			return false;
		}
		if ( preg_match( "/^ALTER TABLE wp_paycrypt_events ADD COLUMN state VARCHAR\\(10\\) CHARACTER SET ascii NOT NULL DEFAULT 'done', ADD COLUMN claimed_at BIGINT UNSIGNED NOT NULL DEFAULT 0$/", $sql ) ) {
			if ( $this->refuse_alter || $this->has_v2() ) {
				return false; // ALTER command denied, or duplicate column name.
			}
			$this->columns = array( 'received_at', 'state', 'claimed_at' );
			foreach ( $this->rows as &$row ) {
				$row += array( 'state' => 'done', 'claimed_at' => 0 );
			}
			return true;
		}
		if ( ! $this->has_v2() ) {
			return false; // Unknown column 'state'.
		}
		if ( preg_match( "/^INSERT IGNORE INTO wp_paycrypt_events \\(event_id, received_at, state, claimed_at\\) VALUES \\('(.*)', (\\d+), 'processing', (\\d+)\\)$/", $sql, $m ) ) {
			if ( array_key_exists( $m[1], $this->rows ) ) {
				return 0;
			}
			$this->rows[ $m[1] ] = array( 'received_at' => (int) $m[2], 'state' => 'processing', 'claimed_at' => (int) $m[3] );
			return 1;
		}
		if ( preg_match( "/^UPDATE wp_paycrypt_events SET claimed_at = (\\d+) WHERE event_id = '(.*)' AND state = 'processing' AND claimed_at < (-?\\d+)$/", $sql, $m ) ) {
			$row = $this->rows[ $m[2] ] ?? null;
			if ( null === $row || 'processing' !== $row['state'] || $row['claimed_at'] >= (int) $m[3] ) {
				return 0;
			}
			$this->rows[ $m[2] ]['claimed_at'] = (int) $m[1];
			return 1;
		}
		if ( preg_match( "/^UPDATE wp_paycrypt_events SET state = 'done' WHERE event_id = '(.*)' AND state = 'processing' AND claimed_at = (\\d+)$/", $sql, $m ) ) {
			if ( ! $this->is_claim( $m[1], (int) $m[2] ) ) {
				return 0;
			}
			$this->rows[ $m[1] ]['state'] = 'done';
			return 1;
		}
		if ( preg_match( "/^DELETE FROM wp_paycrypt_events WHERE event_id = '(.*)' AND state = 'processing' AND claimed_at = (\\d+)$/", $sql, $m ) ) {
			if ( ! $this->is_claim( $m[1], (int) $m[2] ) ) {
				return 0;
			}
			unset( $this->rows[ $m[1] ] );
			return 1;
		}
		if ( preg_match( '/^DELETE FROM wp_paycrypt_events WHERE received_at < (-?\d+)$/', $sql, $m ) ) {
			$before     = count( $this->rows );
			$this->rows = array_filter( $this->rows, static fn ( array $row ): bool => $row['received_at'] >= (int) $m[1] );
			return $before - count( $this->rows );
		}
		throw new LogicException( "FakeEventDb does not know: {$sql}" );
	}

	private function is_claim( string $event_id, int $claimed_at ): bool {
		$row = $this->rows[ $event_id ] ?? null;
		return null !== $row && 'processing' === $row['state'] && $row['claimed_at'] === $claimed_at;
	}

	public function get_var( string $query ) {
		$this->queries[] = $query;
		if ( null === $this->rows ) {
			return null;
		}
		if ( "SHOW COLUMNS FROM wp_paycrypt_events LIKE 'state'" === $query ) {
			return $this->has_v2() ? 'state' : null;
		}
		if ( preg_match( "/^SELECT state FROM wp_paycrypt_events WHERE event_id = '(.*)'$/", $query, $m ) && $this->has_v2() ) {
			return $this->rows[ $m[1] ]['state'] ?? null;
		}
		if ( preg_match( "/^SELECT 1 FROM wp_paycrypt_events WHERE event_id = '(.*)'$/", $query, $m ) ) {
			return array_key_exists( $m[1], $this->rows ) ? '1' : null;
		}
		throw new LogicException( "FakeEventDb does not know: {$query}" );
	}
}
