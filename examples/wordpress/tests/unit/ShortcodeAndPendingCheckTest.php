<?php
/**
 * [paycrypt_checkout] and the hourly pending-payment poll.
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
	}

	private static function client( FakeTransport $transport ): Paycrypt_Api_Client {
		return new Paycrypt_Api_Client( 'pk_test_demo', 'sk_test_demo', 'http://mock.test', $transport, array( 'sleep' => static function (): void {} ) );
	}

	public function test_the_shortcode_creates_a_payment_and_a_record(): void {
		$records   = new MemoryRecords();
		$transport = new FakeTransport( static fn () => FakeTransport::json( 201, Fixtures::payment( array( 'amount' => '10.00' ) ) ) );
		$html      = ( new Paycrypt_Shortcode( $records, fn () => self::client( $transport ) ) )->render( array( 'amount' => '10.00', 'currency' => 'usd', 'pay_currency' => 'btc' ) );

		$this->assertSame( '{"amount":"10.00","currency":"USD","pay_currency":"BTC","metadata":{"source":"shortcode"}}', $transport->requests[0]['body'] );
		$this->assertStringStartsWith( 'wp-shortcode-', $transport->requests[0]['headers']['Idempotency-Key'] );
		$this->assertStringContainsString( 'data-paycrypt-payment-id="pay_3f9a1c7e5b2d4a6c8e0f1a2b"', $html );
		$this->assertStringContainsString( 'tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6', $html );
		$this->assertStringContainsString( '0.00052622 BTC', $html );
		$this->assertStringContainsString( 'href="https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b"', $html );
		$this->assertSame( 'pending', $records->find( 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' )['status'] );
	}

	public function test_the_shortcode_refuses_a_bad_amount_and_a_missing_configuration(): void {
		$records = new MemoryRecords();
		$none    = ( new Paycrypt_Shortcode( $records, static fn () => null ) )->render( array( 'amount' => '10.00' ) );
		$bad     = ( new Paycrypt_Shortcode( $records, static fn () => null ) )->render( array( 'amount' => '1e3' ) );
		$this->assertStringContainsString( 'paycrypt-error', $none );
		$this->assertStringContainsString( 'decimal', $bad );
		$this->assertSame( array(), $records->records );
	}

	public function test_the_shortcode_hides_api_errors_from_visitors(): void {
		$transport = new FakeTransport( static fn () => FakeTransport::json( 401, array( 'code' => 'signature_mismatch', 'detail' => 'secret sk_test_x' ) ) );
		$html      = ( new Paycrypt_Shortcode( new MemoryRecords(), fn () => self::client( $transport ) ) )->render( array( 'amount' => '10.00' ) );
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
