<?php
/**
 * The REST webhook: raw-body verification, 401 on any failure with nothing changed, dedupe.
 */

use PHPUnit\Framework\TestCase;

final class WebhookControllerTest extends TestCase {

	const NOW = 1768473500;

	/** @var MemoryRecords */
	private $records;
	/** @var string */
	private $secret;

	protected function setUp(): void {
		Stub::reset();
		update_option( Paycrypt_Event_Log::VERSION_OPTION, Paycrypt_Event_Log::SCHEMA_VERSION ); // as activation leaves it
		$GLOBALS['wc_stub_orders'] = array();
		$this->records             = new MemoryRecords();
		$this->secret              = Fixtures::WEBHOOK_SECRET;
		Paycrypt_Logger::$sink     = static function (): void {};
	}

	protected function tearDown(): void {
		Paycrypt_Logger::$sink = null;
	}

	private function controller( int $now = self::NOW ): Paycrypt_Webhook_Controller {
		return new Paycrypt_Webhook_Controller(
			function (): string { return $this->secret; },
			new Paycrypt_Payment_Sync( $this->records ),
			new Paycrypt_Event_Log( FakeEventDb::shared() ),
			$this->records,
			static function () use ( $now ): int { return $now; }
		);
	}

	private static function request( string $body, ?string $signature, ?string $event_id = null ): WP_REST_Request {
		$headers = array( 'Content-Type' => 'application/json' );
		if ( null !== $signature ) {
			$headers['PayCrypt-Webhook-Signature'] = $signature;
		}
		if ( null !== $event_id ) {
			$headers['PayCrypt-Event-Id'] = $event_id;
		}
		return new WP_REST_Request( $body, $headers );
	}

	private static function signed( string $body, string $secret = Fixtures::WEBHOOK_SECRET, int $t = self::NOW ): string {
		return Paycrypt_Webhook_Verifier::header( array( $secret ), $body, $t );
	}

	/** Everything the handler could change. */
	private function state(): array {
		$orders = array_map( static fn ( $o ) => $o->snapshot(), $GLOBALS['wc_stub_orders'] );
		return array( $GLOBALS['wp_stub']['options'], $this->records->records, $orders );
	}

	private function seed(): void {
		$this->records->create( Fixtures::payment() );
		$order = $GLOBALS['wc_stub_orders'][30] = new WC_Order( 30 );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_000000000000000000000030' );
	}

	public function test_the_route_is_public_because_the_signature_is_the_auth(): void {
		$this->controller()->register_routes();
		$route = $GLOBALS['wp_stub']['routes']['paycrypt/v1/webhook'];
		$this->assertSame( 'POST', $route['methods'] );
		$this->assertSame( '__return_true', $route['permission_callback'] );
	}

	public function test_a_signed_delivery_updates_the_shortcode_record(): void {
		$this->seed();
		$body     = Fixtures::event_body( Fixtures::payment( array( 'status' => 'confirmed', 'updated_at' => '2026-01-15T10:38:12Z' ) ) );
		$response = $this->controller()->rest_webhook( self::request( $body, self::signed( $body ), 'evt_000000000000000000000001' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( 'status' => 'processed', 'outcome' => 'record_updated' ), $response->get_data() );
		$this->assertSame( 'confirmed', $this->records->find( 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' )['status'] );
	}

	public function test_a_signed_delivery_updates_our_order(): void {
		$this->seed();
		$body     = Fixtures::event_body( Fixtures::order_payment( 30, array( 'id' => 'pay_000000000000000000000030', 'status' => 'confirmed' ) ) );
		$response = $this->controller()->rest_webhook( self::request( $body, self::signed( $body ) ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'processing', $GLOBALS['wc_stub_orders'][30]->get_status() );
	}

	public function badSignatureCases(): array {
		$body = Fixtures::event_body( Fixtures::payment( array( 'status' => 'confirmed' ) ) );
		return array(
			'no header'          => array( $body, null, 'malformed_header' ),
			'garbage header'     => array( $body, 'garbage', 'malformed_header' ),
			'no v1'              => array( $body, 't=' . self::NOW, 'no_signature' ),
			'other secret'       => array( $body, self::signed( $body, 'whsec_attacker_guess_000000000000' ), 'signature_mismatch' ),
			'tampered body'      => array( str_replace( 'confirmed', 'refunded', $body ), self::signed( $body ), 'signature_mismatch' ),
			're-serialised JSON' => array( json_encode( json_decode( $body ), JSON_PRETTY_PRINT ), self::signed( $body ), 'signature_mismatch' ),
			'too old'            => array( $body, self::signed( $body, Fixtures::WEBHOOK_SECRET, self::NOW - 301 ), 'timestamp_too_old' ),
			'in the future'      => array( $body, self::signed( $body, Fixtures::WEBHOOK_SECRET, self::NOW + 301 ), 'timestamp_in_future' ),
		);
	}

	/** @dataProvider badSignatureCases */
	public function test_a_bad_signature_gets_401_and_changes_nothing( string $body, ?string $signature, string $reason ): void {
		$this->seed();
		$before   = $this->state();
		$response = $this->controller()->rest_webhook( self::request( $body, $signature ) );
		$this->assertSame( 401, $response->get_status() );
		$this->assertSame( array( 'code' => $reason ), $response->get_data() );
		$this->assertSame( $before, $this->state() );
	}

	public function test_an_empty_webhook_secret_rejects_everything(): void {
		$this->seed();
		$this->secret = '';
		$before       = $this->state();
		$body         = Fixtures::event_body( Fixtures::payment( array( 'status' => 'confirmed' ) ) );
		foreach ( array( self::signed( $body ), self::signed( $body, '' ), Paycrypt_Webhook_Verifier::header( array( '' ), $body, self::NOW ), 'garbage', null ) as $signature ) {
			$response = $this->controller()->rest_webhook( self::request( $body, $signature ) );
			$this->assertSame( 401, $response->get_status() );
			$this->assertSame( array( 'code' => 'empty_secret' ), $response->get_data() );
		}
		$this->assertSame( $before, $this->state() );
	}

	public function test_a_redelivered_event_is_processed_once(): void {
		$this->seed();
		$order = $GLOBALS['wc_stub_orders'][30];
		$body  = Fixtures::event_body( Fixtures::order_payment( 30, array( 'id' => 'pay_000000000000000000000030', 'status' => 'confirmed' ) ), 'evt_dup000000000000000000001' );

		$first = $this->controller()->rest_webhook( self::request( $body, self::signed( $body ) ) );
		$after_first = $order->snapshot();
		$second = $this->controller()->rest_webhook( self::request( $body, self::signed( $body, Fixtures::WEBHOOK_SECRET, self::NOW + 5 ) ) );

		$this->assertSame( 'processed', $first->get_data()['status'] );
		$this->assertSame( 200, $second->get_status() );
		$this->assertSame( array( 'status' => 'duplicate' ), $second->get_data() );
		$this->assertSame( $after_first, $order->snapshot(), 'no second note, no second save' );
		$this->assertArrayHasKey( 'evt_dup000000000000000000001', FakeEventDb::shared()->rows );
	}

	public function test_an_event_id_header_that_disagrees_with_the_body_is_refused(): void {
		$body     = Fixtures::event_body( Fixtures::payment() );
		$response = $this->controller()->rest_webhook( self::request( $body, self::signed( $body ), 'evt_someone_else_000000000' ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( array( Paycrypt_Event_Log::VERSION_OPTION => Paycrypt_Event_Log::SCHEMA_VERSION ), $GLOBALS['wp_stub']['options'] );
		$this->assertSame( array(), FakeEventDb::shared()->rows );
	}

	public function test_a_signed_body_that_is_not_an_event_is_400(): void {
		$response = $this->controller()->rest_webhook( self::request( '[]', self::signed( '[]' ) ) );
		$this->assertSame( 400, $response->get_status() );
	}

	public function test_non_payment_events_are_acknowledged_and_ignored(): void {
		$body     = Fixtures::event_body( array( 'id' => 'we_1' ), 'evt_test00000000000000000001', 'webhook_endpoint.test' );
		$response = $this->controller()->rest_webhook( self::request( $body, self::signed( $body ) ) );
		$this->assertSame( array( 'status' => 'processed', 'outcome' => 'ignored' ), $response->get_data() );
	}

	public function test_a_failure_while_applying_is_500_and_not_marked_processed(): void {
		$records = new class() extends \stdClass implements Paycrypt_Payment_Records {
			public function create( array $payment ): int { return 1; }
			public function find( string $payment_id ): ?array { throw new RuntimeException( 'database gone' ); }
			public function update( int $record_id, array $fields ): void {}
			public function open( int $limit ): array { return array(); }
		};
		$controller = new Paycrypt_Webhook_Controller( fn () => $this->secret, new Paycrypt_Payment_Sync( $records ), new Paycrypt_Event_Log( FakeEventDb::shared() ), $records, static fn () => self::NOW );
		$body       = Fixtures::event_body( Fixtures::payment() );
		$this->assertSame( 500, $controller->rest_webhook( self::request( $body, self::signed( $body ) ) )->get_status() );
		$this->assertFalse( ( new Paycrypt_Event_Log( FakeEventDb::shared() ) )->has( 'evt_000000000000000000000001' ), 'the retry will be processed' );
	}

	public function test_the_status_route_reports_a_shortcode_payment(): void {
		$this->seed();
		$response = $this->controller()->rest_payment( new WP_REST_Request( '', array(), array( 'id' => 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' ) ) );
		$this->assertSame( array( 'id' => 'pay_3f9a1c7e5b2d4a6c8e0f1a2b', 'status' => 'pending', 'paid' => false ), $response->get_data() );
		$this->assertSame( 404, $this->controller()->rest_payment( new WP_REST_Request( '', array(), array( 'id' => 'pay_nope' ) ) )->get_status() );
	}

	public function test_the_event_log_is_pruned_by_age(): void {
		$log = new Paycrypt_Event_Log( FakeEventDb::shared() );
		$old = 'evt_old000000000000000000000';
		$new = 'evt_new000000000000000000000';
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( $old, self::NOW - Paycrypt_Event_Log::KEEP_SECONDS - 1 ) );
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( $new, self::NOW ) );
		$log->prune( self::NOW );
		$this->assertFalse( $log->has( $old ) );
		$this->assertTrue( $log->has( $new ) );
	}

	public function test_an_event_is_claimed_once_and_a_released_claim_can_be_taken_again(): void {
		$log   = new Paycrypt_Event_Log( FakeEventDb::shared() );
		$lower = 'evt_aaaaaaaaaaaaaaaaaaaaaaaa';
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( $lower, self::NOW ) );
		$this->assertSame( Paycrypt_Event_Log::IN_PROGRESS, $log->claim( $lower, self::NOW ) );
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( 'evt_AAAAAAAAAAAAAAAAAAAAAAAA', self::NOW ), 'ids are compared byte for byte' );
		$log->release( $lower, self::NOW );
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( $lower, self::NOW ) );
		$this->assertTrue( $log->finish( $lower, self::NOW ) );
		$this->assertSame( Paycrypt_Event_Log::DONE, $log->claim( $lower, self::NOW ) );
	}

	public function malformedEventIds(): array {
		$long = 'evt_' . str_repeat( '0', 60 );
		return array(
			'longer than the column (64)'            => array( 'evt_' . str_repeat( 'a', 70 ) ),
			'same first 64 bytes as another, part 1' => array( $long . 'AAAAAAAA' ),
			'same first 64 bytes as another, part 2' => array( $long . 'BBBBBBBB' ),
			'non-ASCII'                              => array( 'evt_' . str_repeat( '0', 22 ) . "\u{e9}" ),
			'non-ASCII digit'                        => array( 'evt_' . str_repeat( '0', 23 ) . "\u{0663}" ),
			'too short'                              => array( 'evt_123' ),
			'another prefix'                         => array( 'pay_' . str_repeat( '0', 24 ) ),
			'a trailing newline'                     => array( 'evt_' . str_repeat( '0', 24 ) . "\n" ),
			'a NUL byte'                             => array( 'evt_' . str_repeat( '0', 23 ) . "\0" ),
		);
	}

	/** @dataProvider malformedEventIds */
	public function test_a_signed_event_with_a_malformed_id_is_400_and_nothing_is_stored( string $id ): void {
		$this->seed();
		$before   = $this->state();
		$body     = Fixtures::event_body( Fixtures::order_payment( 30, array( 'id' => 'pay_000000000000000000000030', 'status' => 'confirmed' ) ), $id );
		$response = $this->controller()->rest_webhook( self::request( $body, self::signed( $body ) ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( array( 'code' => 'invalid_event_id' ), $response->get_data() );
		$this->assertSame( $before, $this->state() );
		$this->assertSame( array(), FakeEventDb::shared()->rows, 'no id stored, truncated or not' );
	}

	public function test_the_event_log_refuses_a_malformed_id_itself(): void {
		$this->expectException( InvalidArgumentException::class );
		( new Paycrypt_Event_Log( FakeEventDb::shared() ) )->claim( 'evt_' . str_repeat( 'a', 70 ), self::NOW );
	}

	public function test_a_claim_left_by_a_request_that_died_is_taken_over_once_stale(): void {
		$this->seed();
		$order = $GLOBALS['wc_stub_orders'][30];
		$id    = 'evt_died00000000000000000001';
		$body  = Fixtures::event_body( Fixtures::order_payment( 30, array( 'id' => 'pay_000000000000000000000030', 'status' => 'confirmed' ) ), $id );
		// A request claimed the event, then PHP died (fatal error, timeout) before applying it.
		$died_at = self::NOW - 60;
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, ( new Paycrypt_Event_Log( FakeEventDb::shared() ) )->claim( $id, $died_at ) );

		// While the claim may still be a live request's: not applied, not acknowledged (the gateway retries).
		$early = $this->controller()->rest_webhook( self::request( $body, self::signed( $body ) ) );
		$this->assertSame( array( 409, array( 'code' => 'event_in_progress' ) ), array( $early->get_status(), $early->get_data() ) );
		$this->assertSame( 'pending', $order->get_status() );

		// The gateway's retry after the bound takes the claim over and applies the event, once.
		$later = $died_at + Paycrypt_Event_Log::STALE_SECONDS + 1;
		$retry = $this->controller( $later )->rest_webhook( self::request( $body, self::signed( $body, Fixtures::WEBHOOK_SECRET, $later ) ) );
		$this->assertSame( array( 200, 'processed' ), array( $retry->get_status(), $retry->get_data()['status'] ) );
		$this->assertSame( 'processing', $order->get_status() );
		$after = $order->snapshot();
		$again = $this->controller( $later + 1 )->rest_webhook( self::request( $body, self::signed( $body, Fixtures::WEBHOOK_SECRET, $later + 1 ) ) );
		$this->assertSame( array( 200, array( 'status' => 'duplicate' ) ), array( $again->get_status(), $again->get_data() ) );
		$this->assertSame( $after, $order->snapshot() );
		$this->assertSame( 'done', FakeEventDb::shared()->rows[ $id ]['state'] );
	}

	public function test_a_stale_claim_is_taken_over_by_one_request_and_the_slow_original_cannot_finish_it(): void {
		$log = new Paycrypt_Event_Log( FakeEventDb::shared() );
		$id  = 'evt_slow00000000000000000001';
		$t0  = self::NOW;
		$t1  = $t0 + Paycrypt_Event_Log::STALE_SECONDS + 1;
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( $id, $t0 ) );
		$this->assertSame( Paycrypt_Event_Log::IN_PROGRESS, $log->claim( $id, $t0 + Paycrypt_Event_Log::STALE_SECONDS ), 'not stale yet' );
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( $id, $t1 ), 'taken over' );
		$this->assertSame( Paycrypt_Event_Log::IN_PROGRESS, $log->claim( $id, $t1 ), 'a second redelivery at the same moment does not take it too' );
		$this->assertFalse( $log->finish( $id, $t0 ), 'the original is no longer the owner' );
		$log->release( $id, $t0 );
		$this->assertTrue( $log->has( $id ), 'nor can it release the new claim' );
		$this->assertTrue( $log->finish( $id, $t1 ) );
		$this->assertSame( Paycrypt_Event_Log::DONE, $log->claim( $id, $t1 + 10 * Paycrypt_Event_Log::STALE_SECONDS ), 'done stays done' );
	}

	public function test_a_schema_1_table_is_upgraded_and_its_rows_count_as_done(): void {
		$old = 'evt_old000000000000000000001';
		$db  = FakeEventDb::schema_1( array( $old => self::NOW - 100 ) );
		update_option( Paycrypt_Event_Log::VERSION_OPTION, '1' );
		$log = new Paycrypt_Event_Log( $db );
		$log->install_if_needed();
		$this->assertSame( Paycrypt_Event_Log::SCHEMA_VERSION, get_option( Paycrypt_Event_Log::VERSION_OPTION ) );
		$this->assertSame( array( 'received_at', 'state', 'claimed_at' ), $db->columns );
		$this->assertSame( Paycrypt_Event_Log::DONE, $log->claim( $old, self::NOW ) );
		$this->assertSame( Paycrypt_Event_Log::CLAIMED, $log->claim( 'evt_new000000000000000000001', self::NOW ) );
		$queries = count( $db->queries );
		$log->install_if_needed();
		$this->assertCount( $queries, $db->queries, 'nothing to do once upgraded' );
	}

	public function test_without_the_table_a_delivery_is_503_and_retried_later(): void {
		$GLOBALS['wp_stub']['event_db'] = new FakeEventDb(); // no table: an update that skipped activation
		delete_option( Paycrypt_Event_Log::VERSION_OPTION );
		$body = Fixtures::event_body( Fixtures::payment( array( 'status' => 'confirmed' ) ) );
		$this->assertSame( 503, $this->controller()->rest_webhook( self::request( $body, self::signed( $body ) ) )->get_status() );
		( new Paycrypt_Event_Log( FakeEventDb::shared() ) )->install_if_needed();
		$this->assertSame( Paycrypt_Event_Log::SCHEMA_VERSION, get_option( Paycrypt_Event_Log::VERSION_OPTION ) );
		$this->assertSame( 'processed', $this->controller()->rest_webhook( self::request( $body, self::signed( $body ) ) )->get_data()['status'] );
	}

	public function test_the_table_is_created_with_a_byte_compared_primary_key_and_dropped(): void {
		$db  = new FakeEventDb();
		$log = new Paycrypt_Event_Log( $db );
		$log->install();
		$this->assertMatchesRegularExpression( '/event_id VARCHAR\(64\) CHARACTER SET ascii COLLATE ascii_bin NOT NULL.*state VARCHAR\(10\).*claimed_at BIGINT.*PRIMARY KEY\s+\(event_id\)/s', $db->queries[0] );
		$log->uninstall();
		$this->assertNull( $db->rows );
		$this->assertFalse( get_option( Paycrypt_Event_Log::VERSION_OPTION ) );
	}
}
