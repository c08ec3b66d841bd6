<?php
/**
 * Just enough of wpdb for Paycrypt_Event_Log, with MySQL's semantics for the
 * statements it sends: `INSERT IGNORE` on the primary key inserts once and
 * affects 0 rows afterwards; any statement on a missing table fails (false).
 * The real table is exercised by the end-to-end run on MariaDB.
 */
final class FakeEventDb {
	/** @var string */
	public $prefix = 'wp_';
	/** @var array<string, int>|null event_id => received_at; null: no table */
	public $rows = null;
	/** @var string[] */
	public $queries = array();

	/** The one for the current test (Stub::reset() forgets it). */
	public static function shared(): self {
		return $GLOBALS['wp_stub']['event_db'] ?? ( $GLOBALS['wp_stub']['event_db'] = self::with_table() );
	}

	public static function with_table(): self {
		$db       = new self();
		$db->rows = array();
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

	public function query( string $query ) {
		$this->queries[] = $query;
		$sql             = trim( preg_replace( '/\s+/', ' ', $query ) );
		if ( preg_match( '/^CREATE TABLE IF NOT EXISTS wp_paycrypt_events \(/', $sql ) ) {
			$this->rows = $this->rows ?? array();
			return true;
		}
		if ( 'DROP TABLE IF EXISTS wp_paycrypt_events' === $sql ) {
			$this->rows = null;
			return true;
		}
		if ( null === $this->rows ) {
			return false;
		}
		if ( preg_match( "/^INSERT IGNORE INTO wp_paycrypt_events \\(event_id, received_at\\) VALUES \\('(.*)', (\\d+)\\)$/", $sql, $m ) ) {
			if ( array_key_exists( $m[1], $this->rows ) ) {
				return 0;
			}
			$this->rows[ $m[1] ] = (int) $m[2];
			return 1;
		}
		if ( preg_match( "/^DELETE FROM wp_paycrypt_events WHERE event_id = '(.*)'$/", $sql, $m ) ) {
			$found = array_key_exists( $m[1], $this->rows );
			unset( $this->rows[ $m[1] ] );
			return $found ? 1 : 0;
		}
		if ( preg_match( '/^DELETE FROM wp_paycrypt_events WHERE received_at < (-?\d+)$/', $sql, $m ) ) {
			$before     = count( $this->rows );
			$this->rows = array_filter( $this->rows, static fn ( int $at ): bool => $at >= (int) $m[1] );
			return $before - count( $this->rows );
		}
		throw new LogicException( "FakeEventDb does not know: {$sql}" );
	}

	public function get_var( string $query ) {
		$this->queries[] = $query;
		if ( null !== $this->rows && preg_match( "/^SELECT 1 FROM wp_paycrypt_events WHERE event_id = '(.*)'$/", $query, $m ) ) {
			return array_key_exists( $m[1], $this->rows ) ? '1' : null;
		}
		throw new LogicException( "FakeEventDb does not know: {$query}" );
	}
}
