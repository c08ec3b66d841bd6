<?php
/**
 * The API client signs what it sends, through an injected transport.
 */

use PHPUnit\Framework\TestCase;

final class ApiClientTest extends TestCase {

	private function client( FakeTransport $transport, array $options = array() ): Paycrypt_Api_Client {
		$nonces = array( str_repeat( 'a', 32 ), str_repeat( 'b', 32 ), str_repeat( 'c', 32 ) );
		$times  = array( 1767225600, 1767225607, 1767225620 );
		return new Paycrypt_Api_Client(
			'pk_test_demo',
			'sk_test_demo',
			'http://127.0.0.1:8787/',
			$transport,
			$options + array(
				'clock' => static function () use ( &$times ) { return array_shift( $times ); },
				'nonce' => static function () use ( &$nonces ) { return array_shift( $nonces ); },
				'sleep' => static function ( float $s ): void {},
			)
		);
	}

	public function test_post_signs_the_exact_body_bytes_it_sends(): void {
		$transport = new FakeTransport( static fn () => FakeTransport::json( 201, Fixtures::payment() ) );
		$payment   = $this->client( $transport )->create_payment( array( 'amount' => '10.00', 'currency' => 'USD', 'pay_currency' => 'BTC', 'description' => 'Café ☕ / 1' ), 'wc-order-7-key' );

		$this->assertSame( 'pay_3f9a1c7e5b2d4a6c8e0f1a2b', $payment['id'] );
		$this->assertCount( 1, $transport->requests );
		$r = $transport->requests[0];
		$this->assertSame( 'POST', $r['method'] );
		$this->assertSame( 'http://127.0.0.1:8787/v1/payments', $r['url'] );
		$this->assertSame( '{"amount":"10.00","currency":"USD","pay_currency":"BTC","description":"Café ☕ / 1"}', $r['body'] );
		$this->assertSame( 'pk_test_demo', $r['headers']['PayCrypt-Key'] );
		$this->assertSame( '1767225600', $r['headers']['PayCrypt-Timestamp'] );
		$this->assertSame( str_repeat( 'a', 32 ), $r['headers']['PayCrypt-Nonce'] );
		$this->assertSame( 'wc-order-7-key', $r['headers']['Idempotency-Key'] );
		$this->assertSame( 'application/json', $r['headers']['Content-Type'] );
		$this->assertTrue( Paycrypt_Signer::verify( 'sk_test_demo', $r['headers']['PayCrypt-Signature'], 'POST', '/v1/payments', '', 1767225600, str_repeat( 'a', 32 ), $r['body'] ) );
	}

	public function test_get_query_is_rfc3986_encoded_and_signed_as_sent(): void {
		$transport = new FakeTransport( static fn () => FakeTransport::json( 200, array( 'data' => array(), 'has_more' => false, 'next_cursor' => null ) ) );
		$this->client( $transport )->request( 'GET', '/v1/payments', array( 'status' => 'pending', 'q' => 'a+b c', 'limit' => 10 ) );
		$r = $transport->requests[0];
		$this->assertSame( 'http://127.0.0.1:8787/v1/payments?status=pending&q=a%2Bb%20c&limit=10', $r['url'] );
		$this->assertSame( '', $r['body'] );
		$this->assertArrayNotHasKey( 'Idempotency-Key', $r['headers'] );
		$this->assertTrue( Paycrypt_Signer::verify( 'sk_test_demo', $r['headers']['PayCrypt-Signature'], 'GET', '/v1/payments', 'status=pending&q=a%2Bb%20c&limit=10', 1767225600, str_repeat( 'a', 32 ), '' ) );
	}

	public function test_a_post_without_a_key_still_gets_one(): void {
		$transport = new FakeTransport( static fn () => FakeTransport::json( 200, Fixtures::payment() ) );
		$this->client( $transport )->test_pay_payment( 'pay_3f9a1c7e5b2d4a6c8e0f1a2b' );
		$r = $transport->requests[0];
		$this->assertSame( 'http://127.0.0.1:8787/v1/test_helpers/payments/pay_3f9a1c7e5b2d4a6c8e0f1a2b/pay', $r['url'] );
		$this->assertSame( '{}', $r['body'] );
		$this->assertMatchesRegularExpression( '/^wp-[0-9a-f]{32}$/', $r['headers']['Idempotency-Key'] );
	}

	public function test_each_retry_gets_a_fresh_timestamp_and_nonce_and_the_same_key(): void {
		$answers   = array(
			FakeTransport::json( 503, array( 'code' => 'service_unavailable', 'status' => 503 ) ),
			FakeTransport::json( 429, array( 'code' => 'rate_limited', 'status' => 429 ), array( 'retry-after' => '1' ) ),
			FakeTransport::json( 201, Fixtures::payment() ),
		);
		$slept     = array();
		$transport = new FakeTransport( static function () use ( &$answers ) { return array_shift( $answers ); } );
		$this->client( $transport, array( 'sleep' => static function ( float $s ) use ( &$slept ): void { $slept[] = $s; } ) )
			->create_payment( array( 'amount' => '1.00', 'currency' => 'USD', 'pay_currency' => 'BTC' ), 'key-1' );

		$this->assertCount( 3, $transport->requests );
		$this->assertSame( array( 0.5, 1.0 ), $slept, 'backoff, then Retry-After' );
		$nonces = array_map( static fn ( $r ) => $r['headers']['PayCrypt-Nonce'], $transport->requests );
		$times  = array_map( static fn ( $r ) => $r['headers']['PayCrypt-Timestamp'], $transport->requests );
		$keys   = array_unique( array_map( static fn ( $r ) => $r['headers']['Idempotency-Key'], $transport->requests ) );
		$this->assertCount( 3, array_unique( $nonces ) );
		$this->assertSame( array( '1767225600', '1767225607', '1767225620' ), $times );
		$this->assertSame( array( 'key-1' ), $keys );
		foreach ( $transport->requests as $r ) {
			$this->assertTrue( Paycrypt_Signer::verify( 'sk_test_demo', $r['headers']['PayCrypt-Signature'], 'POST', '/v1/payments', '', $r['headers']['PayCrypt-Timestamp'], $r['headers']['PayCrypt-Nonce'], $r['body'] ) );
		}
	}

	public function test_connection_errors_are_retried_then_raised(): void {
		$transport = new FakeTransport( static function () { throw new Paycrypt_Connection_Error( 'refused' ); } );
		try {
			$this->client( $transport )->retrieve_payment( 'pay_x' );
			$this->fail( 'expected Paycrypt_Connection_Error' );
		} catch ( Paycrypt_Connection_Error $e ) {
			$this->assertCount( 3, $transport->requests );
		}
	}

	public function test_an_error_status_raises_with_code_and_request_id(): void {
		$transport = new FakeTransport( static fn () => FakeTransport::json( 409, array( 'code' => 'idempotency_key_reused', 'status' => 409, 'detail' => 'different body' ) ) );
		try {
			$this->client( $transport )->create_payment( array( 'amount' => '1.00', 'currency' => 'USD', 'pay_currency' => 'BTC' ), 'k' );
			$this->fail( 'expected Paycrypt_Api_Error' );
		} catch ( Paycrypt_Api_Error $e ) {
			$this->assertSame( 409, $e->status );
			$this->assertSame( 'idempotency_key_reused', $e->error_code );
			$this->assertSame( 'req_test000000000000000000001', $e->request_id );
			$this->assertStringStartsWith( 'POST /v1/payments failed: 409 idempotency_key_reused (request_id=req_test000000000000000000001)', $e->getMessage() );
			$this->assertCount( 1, $transport->requests, '4xx other than key-in-use is not retried' );
		}
	}

	public function test_missing_credentials_are_refused_up_front(): void {
		$this->expectException( InvalidArgumentException::class );
		new Paycrypt_Api_Client( 'pk_test_demo', '', 'http://127.0.0.1:8787', new FakeTransport( static fn () => array() ) );
	}
}
