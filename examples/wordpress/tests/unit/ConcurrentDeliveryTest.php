<?php
/**
 * Deliveries for one payment arrive concurrently (payment.confirming and
 * payment.confirmed in the same second): each is applied holding a per-payment
 * lock, and the record is read inside it, so a slower request cannot write back
 * the older state it read before the newer one was saved.
 */

use PHPUnit\Framework\TestCase;

final class ConcurrentDeliveryTest extends TestCase {

	const NOW = 1768473500;

	protected function setUp(): void {
		Stub::reset();
		update_option( Paycrypt_Event_Log::VERSION_OPTION, Paycrypt_Event_Log::SCHEMA_VERSION ); // as activation leaves it
		Paycrypt_Logger::$sink = static function (): void {};
		unset( $GLOBALS['wpdb'] );
	}

	protected function tearDown(): void {
		Paycrypt_Logger::$sink = null;
		unset( $GLOBALS['wpdb'] );
	}

	public function test_a_payment_is_applied_under_a_lock_named_for_it(): void {
		$records = new MemoryRecords();
		$records->create( Fixtures::payment() );
		$held = array();
		$lock = static function ( string $name, callable $work ) use ( &$held, $records ): string {
			$held[] = $name;
			$outcome = $work();
			$held[]  = 'released with status ' . $records->find( 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' )['status'];
			return $outcome;
		};
		$outcome = ( new Paycrypt_Payment_Sync( $records, $lock ) )->apply( Fixtures::payment( array( 'status' => 'confirmed' ) ) );
		$this->assertSame( 'record_updated', $outcome );
		$this->assertSame( array( 'paycrypt_pay_3f9a1c7e5b2d4a6c8e0f1a2b', 'released with status confirmed' ), $held );
	}

	public function test_the_record_is_read_inside_the_lock_so_a_late_older_state_cannot_win(): void {
		$records = new MemoryRecords();
		$records->create( Fixtures::payment() );
		$same_second = '2026-01-15T10:38:12Z';
		$confirmed   = Fixtures::payment( array( 'status' => 'confirmed', 'updated_at' => $same_second ) );
		$confirming  = Fixtures::payment( array( 'status' => 'confirming', 'updated_at' => $same_second ) );
		// While the confirming delivery waits for the lock, the confirmed one holds it and saves.
		$sync_for_confirmed = new Paycrypt_Payment_Sync( $records, static fn ( string $name, callable $work ): string => $work() );
		$lock               = static function ( string $name, callable $work ) use ( $sync_for_confirmed, $confirmed ): string {
			$sync_for_confirmed->apply( $confirmed );
			return $work();
		};
		$outcome = ( new Paycrypt_Payment_Sync( $records, $lock ) )->apply( $confirming );
		$this->assertSame( 'kept_paid', $outcome );
		$this->assertSame( 'confirmed', $records->find( 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' )['status'] );
	}

	public function test_the_default_lock_is_a_mysql_named_lock_released_after_the_work(): void {
		$GLOBALS['wpdb'] = $wpdb = new FakeLockDb( '1' );
		$outcome         = Paycrypt_Payment_Sync::with_mysql_lock( 'paycrypt_pay_1', static fn (): string => 'done' );
		$this->assertSame( 'done', $outcome );
		$this->assertSame( array( "SELECT GET_LOCK('paycrypt_pay_1', 10)", "SELECT RELEASE_LOCK('paycrypt_pay_1')" ), $wpdb->queries );
	}

	public function test_a_lock_not_granted_runs_nothing_and_the_webhook_answers_500_to_be_retried(): void {
		$GLOBALS['wpdb'] = new FakeLockDb( '0' );
		$ran             = false;
		$outcome         = Paycrypt_Payment_Sync::with_mysql_lock( 'paycrypt_pay_1', static function () use ( &$ran ): string {
			$ran = true;
			return 'done';
		} );
		$this->assertSame( 'lock_timeout', $outcome );
		$this->assertFalse( $ran );

		$records    = new MemoryRecords();
		$controller = new Paycrypt_Webhook_Controller(
			static fn (): string => Fixtures::WEBHOOK_SECRET,
			new Paycrypt_Payment_Sync( $records ),
			new Paycrypt_Event_Log( FakeEventDb::shared() ),
			$records,
			static fn (): int => self::NOW
		);
		$body = Fixtures::event_body( Fixtures::payment( array( 'status' => 'confirmed' ) ) );
		[ $status, $answer ] = $controller->handle( $body, Paycrypt_Webhook_Verifier::header( array( Fixtures::WEBHOOK_SECRET ), $body, self::NOW ), null );
		$this->assertSame( array( 500, array( 'code' => 'lock_timeout' ) ), array( $status, $answer ) );
		$this->assertFalse( ( new Paycrypt_Event_Log( FakeEventDb::shared() ) )->has( 'evt_000000000000000000000001' ), 'the retry will be processed' );
	}

	public function test_two_concurrent_deliveries_of_one_event_are_applied_once_because_of_the_unique_key(): void {
		// No lock at all: the per-payment lock is replaced by one that just runs
		// the work, so only the event id's unique key can stop the second delivery.
		$records = new MemoryRecords();
		$records->create( Fixtures::payment() );
		$body     = Fixtures::event_body( Fixtures::payment( array( 'status' => 'confirmed' ) ) );
		$header   = Paycrypt_Webhook_Verifier::header( array( Fixtures::WEBHOOK_SECRET ), $body, self::NOW );
		$applied  = 0;
		$second   = null;
		$make     = static function ( callable $lock ) use ( $records ): Paycrypt_Webhook_Controller {
			return new Paycrypt_Webhook_Controller(
				static fn (): string => Fixtures::WEBHOOK_SECRET,
				new Paycrypt_Payment_Sync( $records, $lock ),
				new Paycrypt_Event_Log( FakeEventDb::shared() ),
				$records,
				static fn (): int => self::NOW
			);
		};
		$plain    = static function ( string $name, callable $work ) use ( &$applied ): string {
			++$applied;
			return $work();
		};
		// The second delivery arrives while the first is being applied.
		$interleaved = static function ( string $name, callable $work ) use ( &$applied, &$second, $make, $plain, $body, $header ): string {
			++$applied;
			$second = $make( $plain )->handle( $body, $header, null );
			return $work();
		};
		$first = $make( $interleaved )->handle( $body, $header, null );

		$this->assertSame( array( 200, array( 'status' => 'processed', 'outcome' => 'record_updated' ) ), $first );
		$this->assertSame( array( 409, array( 'code' => 'event_in_progress' ) ), $second, 'not acknowledged: the gateway retries until the first is done' );
		$this->assertSame( 1, $applied, 'applied once' );
	}
}

/** Just enough of wpdb for GET_LOCK / RELEASE_LOCK: records the queries it is given. */
final class FakeLockDb {
	/** @var string[] */
	public $queries = array();
	/** @var string */
	private $granted;

	public function __construct( string $granted ) {
		$this->granted = $granted;
	}

	public function prepare( string $query, ...$args ): string {
		return vsprintf( str_replace( '%s', "'%s'", $query ), $args );
	}

	public function get_var( string $query ): string {
		$this->queries[] = $query;
		return $this->granted;
	}

	public function query( string $query ): int {
		$this->queries[] = $query;
		return 1;
	}
}
