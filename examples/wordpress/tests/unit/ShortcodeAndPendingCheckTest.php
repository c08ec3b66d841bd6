<?php
/**
 * [paycrypt_checkout] (a payment on intent, not on view) and the hourly pending-payment poll.
 */

use PHPUnit\Framework\TestCase;

final class ShortcodeAndPendingCheckTest extends TestCase {

	protected function setUp(): void {
		Stub::reset();
		$GLOBALS['wc_stub_orders'] = array();
		Paycrypt_Logger::$sink     = static function (): void {};
	}

	protected function tearDown(): void {
		Paycrypt_Logger::$sink = null;
		$_POST   = array();
		$_COOKIE = array();
		unset( $_SERVER['REQUEST_METHOD'], $_SERVER['REMOTE_ADDR'] );
	}

	private static function client( FakeTransport $transport ): Paycrypt_Api_Client {
		return new Paycrypt_Api_Client( 'pk_test_demo', 'sk_test_demo', 'http://mock.test', $transport, array( 'sleep' => static function (): void {} ) );
	}

	const NOW   = 1768473000; // 2026-01-15T10:30:00Z; the fixtures' payments expire at NOW + 900.
	const ATTS  = array( 'amount' => '10.00', 'currency' => 'usd', 'pay_currency' => 'btc' );
	const ALICE = '0123456789abcdef0123456789abcdef';
	const BOB   = 'fedcba9876543210fedcba9876543210';

	/** @var int */
	private $now = self::NOW;

	private function visit( string $method, ?string $visitor = null, ?array $post = null, string $ip = '203.0.113.7' ): void {
		$_SERVER['REQUEST_METHOD'] = $method;
		$_SERVER['REMOTE_ADDR']    = $ip;
		$_COOKIE                   = null === $visitor ? array() : array( Paycrypt_Shortcode::COOKIE => $visitor );
		$_POST                     = $post ?? array();
	}

	/** The form's fields, as a browser would post them back. */
	private static function fields( string $form ): array {
		preg_match_all( '/<input type="hidden"[^>]* name="([^"]+)" value="([^"]*)"/', $form, $m );
		return array_combine( $m[1], $m[2] );
	}

	/** A transport that creates a new payment per distinct idempotency key, like the API. */
	private static function api(): FakeTransport {
		$made = array();
		return new FakeTransport(
			static function ( string $method, string $url, array $headers ) use ( &$made ) {
				$key          = $headers['Idempotency-Key'];
				$made[ $key ] = $made[ $key ] ?? sprintf( 'pay_%024d', count( $made ) + 1 );
				return FakeTransport::json( 201, Fixtures::payment( array( 'id' => $made[ $key ], 'amount' => '10.00', 'hosted_url' => 'https://sandbox.paycrypt.example/pay/' . $made[ $key ] ) ) );
			}
		);
	}

	private function shortcode( MemoryRecords $records, ?FakeTransport $transport ): Paycrypt_Shortcode {
		return new Paycrypt_Shortcode( $records, fn () => $transport ? self::client( $transport ) : null, fn (): int => $this->now );
	}

	/** POST the form (from a GET of the page) as $visitor; returns the HTML. */
	private function pay( Paycrypt_Shortcode $shortcode, ?string $visitor, string $ip = '203.0.113.7' ): string {
		$this->visit( 'GET' );
		$fields = self::fields( $shortcode->render( self::ATTS ) );
		$this->visit( 'POST', $visitor, $fields, $ip );
		return $shortcode->render( self::ATTS );
	}

	private static function payment_id( string $html ): ?string {
		return preg_match( '/data-paycrypt-payment-id="(pay_[0-9A-Za-z]+)"/', $html, $m ) ? $m[1] : null;
	}

	public function test_twenty_page_views_create_no_payment_and_show_a_form(): void {
		$records   = new MemoryRecords();
		$transport = self::api();
		$shortcode = $this->shortcode( $records, $transport );
		$pages     = array();
		for ( $i = 0; $i < 20; $i++ ) {
			$this->visit( 'GET', 0 === $i % 2 ? self::ALICE : null );
			$pages[] = $shortcode->render( self::ATTS );
		}
		$this->assertSame( array(), $transport->requests );
		$this->assertSame( array(), $records->records );
		$this->assertSame( array(), $GLOBALS['wp_stub']['transients'] );
		$this->assertCount( 1, array_unique( $pages ), 'the same page for everyone: a cached copy shares nothing' );
		$this->assertStringContainsString( '<form class="paycrypt-checkout paycrypt-form" method="post">', $pages[0] );
		$this->assertStringContainsString( '10.00 USD', $pages[0] );
		$this->assertArrayHasKey( Paycrypt_Shortcode::NONCE_FIELD, self::fields( $pages[0] ) );
		$this->assertNull( self::payment_id( $pages[0] ) );
	}

	public function test_a_post_creates_one_payment_and_a_second_post_of_the_same_visitor_reuses_it(): void {
		$records   = new MemoryRecords();
		$transport = self::api();
		$shortcode = $this->shortcode( $records, $transport );

		$first = $this->pay( $shortcode, self::ALICE );
		$this->assertSame( '{"amount":"10.00","currency":"USD","pay_currency":"BTC","metadata":{"source":"shortcode"}}', $transport->requests[0]['body'] );
		$this->assertStringStartsWith( 'wp-shortcode-', $transport->requests[0]['headers']['Idempotency-Key'] );
		$this->assertSame( 'pay_000000000000000000000001', self::payment_id( $first ) );
		$this->assertStringContainsString( 'tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6', $first );
		$this->assertStringContainsString( '0.00052622 BTC', $first );
		$this->assertStringContainsString( 'href="https://sandbox.paycrypt.example/pay/pay_000000000000000000000001"', $first );
		$this->assertSame( 'pending', $records->find( 'pay_000000000000000000000001' )['status'] );

		$this->now += 60;
		$second = $this->pay( $shortcode, self::ALICE );
		$this->assertCount( 1, $transport->requests, 'no second API call' );
		$this->assertCount( 1, $records->records );
		$this->assertSame( self::payment_id( $first ), self::payment_id( $second ) );
	}

	public function test_two_visitors_of_the_same_cached_page_get_payments_of_their_own(): void {
		$records   = new MemoryRecords();
		$transport = self::api();
		$shortcode = $this->shortcode( $records, $transport );
		$this->visit( 'GET' );
		$cached = self::fields( $shortcode->render( self::ATTS ) );

		$this->visit( 'POST', self::ALICE, $cached );
		$alice = self::payment_id( $shortcode->render( self::ATTS ) );
		$this->visit( 'POST', self::BOB, $cached );
		$bob = self::payment_id( $shortcode->render( self::ATTS ) );
		$this->assertNotNull( $alice );
		$this->assertNotNull( $bob );
		$this->assertNotSame( $alice, $bob );
	}

	public function test_a_payment_no_longer_payable_is_replaced_under_a_new_key(): void {
		$records   = new MemoryRecords();
		$transport = self::api();
		$shortcode = $this->shortcode( $records, $transport );
		$first     = self::payment_id( $this->pay( $shortcode, self::ALICE ) );
		$records->update( 1, array( 'status' => 'expired' ) );
		$second = self::payment_id( $this->pay( $shortcode, self::ALICE ) );
		$this->assertNotSame( $first, $second );
		$this->now += 901; // past expires_at, even with the record still pending
		$third = self::payment_id( $this->pay( $shortcode, self::ALICE ) );
		$this->assertNotSame( $second, $third );
		$this->assertCount( 3, array_unique( array_map( fn ( $r ) => $r['headers']['Idempotency-Key'], $transport->requests ) ) );
		// The slot outlives the payment by the API's 24 h idempotency window: were it gone at
		// expiry, the next key would be the first one again and the API would replay a dead payment.
		$slots = array_filter( $GLOBALS['wp_stub']['transients'], fn ( $name ) => 0 === strpos( $name, 'paycrypt_sc_' ), ARRAY_FILTER_USE_KEY );
		$this->assertNotEmpty( $slots );
		foreach ( $slots as $slot ) {
			$this->assertGreaterThan( 86400, $slot['ttl'] );
		}
	}

	public function test_new_payments_are_rate_limited_per_visitor_address(): void {
		$records   = new MemoryRecords();
		$transport = self::api();
		$shortcode = $this->shortcode( $records, $transport );
		// A bot with a fresh cookie each time, from one address.
		for ( $i = 1; $i <= Paycrypt_Shortcode::RATE_LIMIT; $i++ ) {
			$this->assertNotNull( self::payment_id( $this->pay( $shortcode, sprintf( '%032x', $i ) ) ) );
		}
		$refused = $this->pay( $shortcode, sprintf( '%032x', 99 ) );
		$this->assertStringContainsString( 'too many payment requests', $refused );
		$this->assertCount( Paycrypt_Shortcode::RATE_LIMIT, $transport->requests );
		$this->assertCount( Paycrypt_Shortcode::RATE_LIMIT, $records->records );
		// Reusing one's own payment is not limited; another address is not; the window passes.
		$this->assertSame( 'pay_000000000000000000000001', self::payment_id( $this->pay( $shortcode, sprintf( '%032x', 1 ) ) ) );
		$this->assertNotNull( self::payment_id( $this->pay( $shortcode, self::BOB, '198.51.100.9' ) ) );
		$this->now += Paycrypt_Shortcode::RATE_WINDOW + 1;
		$this->assertNotNull( self::payment_id( $this->pay( $shortcode, sprintf( '%032x', 99 ) ) ) );
	}

	public function test_a_post_without_a_valid_nonce_or_a_cookie_creates_nothing(): void {
		$records   = new MemoryRecords();
		$transport = self::api();
		$shortcode = $this->shortcode( $records, $transport );
		$this->visit( 'GET' );
		$fields = self::fields( $shortcode->render( self::ATTS ) );

		$this->visit( 'POST', self::ALICE, array( Paycrypt_Shortcode::NONCE_FIELD => 'forged' ) + $fields );
		$this->assertStringContainsString( 'expired', $shortcode->render( self::ATTS ) );
		$this->visit( 'POST', self::ALICE, array_diff_key( $fields, array( Paycrypt_Shortcode::NONCE_FIELD => 1 ) ) );
		$this->assertStringContainsString( 'expired', $shortcode->render( self::ATTS ) );
		$this->visit( 'POST', null, $fields );
		$this->assertStringContainsString( 'cookies', $shortcode->render( self::ATTS ) );
		// A post for another shortcode (another price) only shows this one's form.
		$this->visit( 'POST', self::ALICE, array( Paycrypt_Shortcode::FORM_FIELD => 'someotherkey0000' ) + $fields );
		$this->assertStringContainsString( 'paycrypt-form', $shortcode->render( self::ATTS ) );
		$this->assertSame( array(), $transport->requests );
		$this->assertSame( array(), $records->records );
	}

	public function test_the_shortcode_refuses_a_bad_amount_and_a_missing_configuration(): void {
		$records = new MemoryRecords();
		$this->visit( 'GET' );
		$bad = $this->shortcode( $records, null )->render( array( 'amount' => '1e3' ) );
		$this->assertStringContainsString( 'decimal', $bad );
		$none = $this->pay( $this->shortcode( $records, null ), self::ALICE );
		$this->assertStringContainsString( 'not configured', $none );
		$this->assertSame( array(), $records->records );
	}

	public function test_the_shortcode_hides_api_errors_from_visitors(): void {
		$transport = new FakeTransport( static fn () => FakeTransport::json( 401, array( 'code' => 'signature_mismatch', 'detail' => 'secret sk_test_x' ) ) );
		$html      = $this->pay( $this->shortcode( new MemoryRecords(), $transport ), self::ALICE );
		$this->assertStringContainsString( 'could not be created', $html );
		$this->assertStringNotContainsString( 'sk_test', $html );
	}

	public function test_the_pending_check_polls_open_records_and_our_waiting_orders(): void {
		$records = new MemoryRecords();
		$records->create( Fixtures::payment( array( 'id' => 'pay_open' ) ) );
		$records->create( Fixtures::payment( array( 'id' => 'pay_done', 'status' => 'confirmed' ) ) );
		$ours = $GLOBALS['wc_stub_orders'][40] = new WC_Order( 40, array( 'status' => 'on-hold' ) );
		$ours->update_meta_data( '_paycrypt_payment_id', 'pay_order40' );
		$theirs = $GLOBALS['wc_stub_orders'][41] = new WC_Order( 41, array( 'status' => 'on-hold', 'payment_method' => 'bacs' ) );
		$theirs->update_meta_data( '_paycrypt_payment_id', 'pay_order41' );

		$transport = new FakeTransport(
			static function ( string $method, string $url ) {
				$id = basename( $url );
				return FakeTransport::json( 200, Fixtures::order_payment( 40, array( 'id' => $id, 'status' => 'confirmed' ) ) );
			}
		);
		$outcomes = ( new Paycrypt_Pending_Check( new Paycrypt_Payment_Sync( $records ), $records, fn () => self::client( $transport ) ) )->run();

		$this->assertSame( array( 'pay_open' => 'record_updated', 'pay_order40' => 'order_updated' ), $outcomes );
		$this->assertSame( array( 'GET', 'GET' ), array_column( $transport->requests, 'method' ) );
		$this->assertSame( 'processing', $ours->get_status() );
		$this->assertSame( 'on-hold', $theirs->get_status() );
		$this->assertSame( 'confirmed', $records->find( 'pay_open' )['status'] );
	}

	public function test_the_pending_check_does_nothing_unconfigured(): void {
		$this->assertSame( array(), ( new Paycrypt_Pending_Check( new Paycrypt_Payment_Sync( new MemoryRecords() ), new MemoryRecords(), static fn () => null ) )->run() );
	}
}
