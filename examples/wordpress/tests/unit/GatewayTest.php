<?php
/**
 * WC_Gateway_PayCrypt and Paycrypt_Payment_Sync against WooCommerce stand-ins.
 */

use PHPUnit\Framework\TestCase;

final class GatewayTest extends TestCase {

	/** @var array[] */
	private $logs = array();

	protected function setUp(): void {
		Stub::reset();
		$GLOBALS['wc_stub_orders'] = array();
		$this->logs                = array();
		Paycrypt_Logger::$sink     = function ( string $level, string $message, array $context ): void {
			$this->logs[] = array( $level, $message, $context );
		};
	}

	protected function tearDown(): void {
		Paycrypt_Logger::$sink = null;
	}

	private static function order( int $id, array $data = array() ): WC_Order {
		return $GLOBALS['wc_stub_orders'][ $id ] = new WC_Order( $id, $data );
	}

	private static function sync(): Paycrypt_Payment_Sync {
		return new Paycrypt_Payment_Sync( new MemoryRecords() );
	}

	/** A transport playing a tiny PayCrypt: POST creates (replaying per Idempotency-Key), GET retrieves. */
	private static function api( array &$payments, array &$created_keys ): FakeTransport {
		return new FakeTransport(
			static function ( string $method, string $url, array $headers, string $body ) use ( &$payments, &$created_keys ) {
				if ( 'GET' === $method ) {
					$id = basename( parse_url( $url, PHP_URL_PATH ) );
					return isset( $payments[ $id ] ) ? FakeTransport::json( 200, $payments[ $id ] ) : FakeTransport::json( 404, array( 'code' => 'payment_not_found' ) );
				}
				$key = $headers['Idempotency-Key'];
				if ( ! isset( $created_keys[ $key ] ) ) {
					$params = json_decode( $body, true );
					$id     = 'pay_' . str_pad( (string) ( count( $payments ) + 1 ), 24, '0', STR_PAD_LEFT );
					$payments[ $id ] = Fixtures::payment( array( 'id' => $id, 'hosted_url' => "https://pay.test/checkout/{$id}" ) + array_intersect_key( $params, array_flip( array( 'amount', 'currency', 'pay_currency', 'metadata', 'order_id' ) ) ) );
					$created_keys[ $key ] = $id;
				}
				return FakeTransport::json( 201, $payments[ $created_keys[ $key ] ] );
			}
		);
	}

	private static function gateway( FakeTransport $transport ): WC_Gateway_PayCrypt {
		return new WC_Gateway_PayCrypt( new Paycrypt_Api_Client( 'pk_test_demo', 'sk_test_demo', 'http://mock.test', $transport, array( 'sleep' => static function (): void {} ) ) );
	}

	// --- state map ------------------------------------------------------------

	public function test_every_api_state_is_mapped_explicitly(): void {
		$spec = (string) file_get_contents( dirname( __DIR__, 4 ) . '/openapi.yaml' );
		$this->assertSame( 1, preg_match( '/^    PaymentStatus:\n(?:.*\n)*?      enum:\s*\n((?: *- .*\n)+)/m', $spec, $m ), 'PaymentStatus enum found in openapi.yaml' );
		preg_match_all( '/- (\w+)/', $m[1], $states );
		$this->assertEqualsCanonicalizing( $states[1], array_keys( Paycrypt_States::ORDER_STATUS ) );
	}

	public function stateCases(): array {
		return array(
			'pending'            => array( 'pending', 'pending', 'pending' ),
			'confirming'         => array( 'confirming', 'pending', 'on-hold' ),
			'confirmed'          => array( 'confirmed', 'pending', 'processing' ),
			'underpaid'          => array( 'underpaid', 'pending', 'on-hold' ),
			'expired'            => array( 'expired', 'pending', 'failed' ),
			'canceled'           => array( 'canceled', 'pending', 'cancelled' ),
			'refunded'           => array( 'refunded', 'processing', 'refunded' ),
			'partially_refunded' => array( 'partially_refunded', 'processing', 'processing' ),
		);
	}

	/** @dataProvider stateCases */
	public function test_state_moves_our_order_to_its_status( string $state, string $from, string $to ): void {
		$order = self::order( 10, array( 'status' => $from ) );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
		self::sync()->apply( Fixtures::order_payment( 10, array( 'status' => $state ) ) );
		$this->assertSame( $to, $order->get_status() );
		$this->assertSame( $to, Paycrypt_States::order_status( $state ) );
		$this->assertSame( $state, $order->get_meta( '_paycrypt_status' ) );
	}

	public function test_confirmed_uses_payment_complete_with_the_payment_id(): void {
		$order = self::order( 11 );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
		$this->assertSame( 'order_updated', self::sync()->apply( Fixtures::order_payment( 11, array( 'status' => 'confirmed' ) ) ) );
		$this->assertSame( 'pay_3f9a1c7e5b2d4a6c8e0f1a2b', $order->get_transaction_id() );
	}

	public function test_unknown_state_leaves_the_order_alone_and_logs(): void {
		$order = self::order( 12 );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
		$before = $order->snapshot();
		$this->assertSame( 'unknown_state', self::sync()->apply( Fixtures::order_payment( 12, array( 'status' => 'on_the_moon' ) ) ) );
		$this->assertSame( $before, $order->snapshot() );
		$this->assertSame( 'error', $this->logs[0][0] );
	}

	public function test_orders_of_other_gateways_are_never_touched(): void {
		$order = self::order( 13, array( 'payment_method' => 'bacs', 'status' => 'on-hold' ) );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
		$before = $order->snapshot();
		foreach ( array_keys( Paycrypt_States::ORDER_STATUS ) as $state ) {
			$this->assertSame( 'not_our_order', self::sync()->apply( Fixtures::order_payment( 13, array( 'status' => $state ) ) ) );
		}
		$this->assertSame( $before, $order->snapshot() );
	}

	public function test_an_older_payment_of_the_order_cannot_change_it(): void {
		$order = self::order( 14, array( 'status' => 'on-hold' ) );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_new00000000000000000000' );
		$before = $order->snapshot();
		$this->assertSame( 'not_current_payment', self::sync()->apply( Fixtures::order_payment( 14, array( 'status' => 'expired' ) ) ) );
		$this->assertSame( $before, $order->snapshot() );
	}

	public function test_a_paid_order_is_never_moved_back_to_unpaid(): void {
		foreach ( array( 'pending', 'confirming', 'underpaid', 'expired', 'canceled' ) as $state ) {
			$order = self::order( 15, array( 'status' => 'processing' ) );
			$order->update_meta_data( '_paycrypt_payment_id', 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
			$this->assertSame( 'kept_paid', self::sync()->apply( Fixtures::order_payment( 15, array( 'status' => $state ) ) ), $state );
			$this->assertSame( 'processing', $order->get_status(), $state );
		}
		$order = self::order( 16, array( 'status' => 'completed' ) );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
		self::sync()->apply( Fixtures::order_payment( 16, array( 'status' => 'partially_refunded' ) ) );
		$this->assertSame( 'completed', $order->get_status(), 'a partial refund leaves a completed order completed' );
	}

	public function test_an_out_of_order_update_is_skipped(): void {
		$order = self::order( 17 );
		$order->update_meta_data( '_paycrypt_payment_id', 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
		self::sync()->apply( Fixtures::order_payment( 17, array( 'status' => 'underpaid', 'updated_at' => '2026-01-15T10:40:00Z' ) ) );
		$this->assertSame( 'out_of_order', self::sync()->apply( Fixtures::order_payment( 17, array( 'status' => 'pending', 'updated_at' => '2026-01-15T10:31:00Z' ) ) ) );
		$this->assertSame( 'on-hold', $order->get_status() );
	}

	// --- process_payment ------------------------------------------------------

	public function test_process_payment_creates_stores_and_redirects(): void {
		$payments = array();
		$keys     = array();
		$api      = self::api( $payments, $keys );
		$order    = self::order( 20, array( 'total' => '25.50', 'currency' => 'EUR' ) );

		$result = self::gateway( $api )->process_payment( 20 );

		$this->assertSame( 'success', $result['result'] );
		$this->assertSame( array( 'wc-order-20-wc_order_k3y20' ), array_keys( $keys ) );
		$id = $keys['wc-order-20-wc_order_k3y20'];
		$this->assertSame( "https://pay.test/checkout/{$id}", $result['redirect'] );
		$this->assertSame( $id, $order->get_meta( '_paycrypt_payment_id' ) );
		$this->assertSame( array( 'source' => 'woocommerce', 'wc_order_id' => '20' ), $payments[ $id ]['metadata'] );
		$this->assertSame( '25.50', $payments[ $id ]['amount'] );
		$this->assertSame( 'EUR', $payments[ $id ]['currency'] );
		$this->assertSame( 'BTC', $payments[ $id ]['pay_currency'] );
	}

	public function test_double_submit_reuses_the_existing_payment(): void {
		$payments = array();
		$keys     = array();
		$api      = self::api( $payments, $keys );
		self::order( 21 );
		$gateway = self::gateway( $api );

		$first  = $gateway->process_payment( 21 );
		$second = $gateway->process_payment( 21 );

		$this->assertSame( $first, $second );
		$this->assertCount( 1, $payments );
		$posts = array_filter( $api->requests, static fn ( $r ) => 'POST' === $r['method'] );
		$this->assertCount( 1, $posts, 'the second submit reads the stored payment instead of creating one' );
	}

	public function test_concurrent_double_submit_sends_the_same_idempotency_key(): void {
		$payments = array();
		$keys     = array();
		$api      = self::api( $payments, $keys );
		// Two requests that both read the order before either saved the payment id.
		self::order( 22 );
		$a = self::gateway( $api )->process_payment( 22 );
		$GLOBALS['wc_stub_orders'][22] = new WC_Order( 22 );
		$b = self::gateway( $api )->process_payment( 22 );

		$this->assertSame( $a['redirect'], $b['redirect'] );
		$this->assertCount( 1, $payments, 'the API replayed the first payment for the repeated key' );
		$sent = array_map( static fn ( $r ) => $r['headers']['Idempotency-Key'], array_values( array_filter( $api->requests, static fn ( $r ) => 'POST' === $r['method'] ) ) );
		$this->assertSame( array( 'wc-order-22-wc_order_k3y22', 'wc-order-22-wc_order_k3y22' ), $sent );
	}

	public function test_an_expired_payment_is_replaced_with_a_new_key(): void {
		$payments = array();
		$keys     = array();
		$api      = self::api( $payments, $keys );
		$order    = self::order( 23 );
		$gateway  = self::gateway( $api );
		$gateway->process_payment( 23 );
		$first                           = $order->get_meta( '_paycrypt_payment_id' );
		$payments[ $first ]['status']    = 'expired';

		$gateway->process_payment( 23 );

		$this->assertSame( array( 'wc-order-23-wc_order_k3y23', 'wc-order-23-wc_order_k3y23-2' ), array_keys( $keys ) );
		$this->assertNotSame( $first, $order->get_meta( '_paycrypt_payment_id' ) );
	}

	public function test_a_paid_payment_sends_the_customer_to_the_thank_you_page(): void {
		$payments = array();
		$keys     = array();
		$api      = self::api( $payments, $keys );
		$order    = self::order( 24 );
		$gateway  = self::gateway( $api );
		$gateway->process_payment( 24 );
		$payments[ $order->get_meta( '_paycrypt_payment_id' ) ]['status'] = 'confirmed';
		$this->assertSame( 'http://shop.test/checkout/order-received/24/', $gateway->process_payment( 24 )['redirect'] );
		$this->assertCount( 1, $payments );
	}

	public function test_api_failure_returns_failure_with_a_notice(): void {
		self::order( 25 );
		$api    = new FakeTransport( static fn () => FakeTransport::json( 422, array( 'code' => 'unsupported_currency' ) ) );
		$result = self::gateway( $api )->process_payment( 25 );
		$this->assertSame( array( 'result' => 'failure' ), $result );
		$this->assertSame( 'error', $GLOBALS['wp_stub']['notices'][0][0] );
		$this->assertSame( '', $GLOBALS['wc_stub_orders'][25]->get_meta( '_paycrypt_payment_id' ) );
	}

	public function test_process_payment_refuses_an_order_of_another_gateway(): void {
		self::order( 26, array( 'payment_method' => 'cod' ) );
		$api = new FakeTransport( static fn () => FakeTransport::json( 500, array() ) );
		$this->assertSame( 'failure', self::gateway( $api )->process_payment( 26 )['result'] );
		$this->assertCount( 0, $api->requests );
	}

	public function test_gateway_identity(): void {
		$gateway = self::gateway( new FakeTransport( static fn () => array() ) );
		$this->assertSame( 'paycrypt', $gateway->id );
		$this->assertArrayHasKey( 'pay_currency', $gateway->form_fields );
		$this->assertSame( 'Crypto (PayCrypt)', $gateway->title );
	}
}
