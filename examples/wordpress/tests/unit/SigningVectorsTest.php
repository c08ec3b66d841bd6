<?php
/**
 * Every case of both shared vector files, through the plugin's own signer and verifier.
 */

use PHPUnit\Framework\TestCase;

final class SigningVectorsTest extends TestCase {

	private static function cases( string $file ): array {
		$data = json_decode( (string) file_get_contents( PAYCRYPT_VECTORS_DIR . '/' . $file ), true, 512, JSON_THROW_ON_ERROR );
		$out  = array();
		foreach ( $data['cases'] as $case ) {
			$out[ "tcId {$case['tcId']}: {$case['comment']}" ] = array( $case );
		}
		return $out;
	}

	public function requestCases(): array {
		return self::cases( 'request-signing.json' );
	}

	public function webhookCases(): array {
		return self::cases( 'webhook-signing.json' );
	}

	/** @dataProvider requestCases */
	public function test_request_vector( array $c ): void {
		$this->assertSame( $c['canonical_query'], Paycrypt_Signer::canonical_query( $c['query'] ), 'canonical_query' );
		$this->assertSame( $c['string_to_sign'], Paycrypt_Signer::string_to_sign( $c['method'], $c['path'], $c['query'], $c['timestamp'], $c['nonce'], $c['body'] ), 'string_to_sign' );
		$this->assertSame( $c['signature'], Paycrypt_Signer::sign( $c['secret'], $c['method'], $c['path'], $c['query'], $c['timestamp'], $c['nonce'], $c['body'] ), 'signature' );
		$this->assertTrue( Paycrypt_Signer::verify( $c['secret'], $c['signature'], $c['method'], $c['path'], $c['query'], $c['timestamp'], $c['nonce'], $c['body'] ) );
		// A one-character change anywhere must not verify.
		$this->assertFalse( Paycrypt_Signer::verify( $c['secret'], $c['signature'], $c['method'], $c['path'], $c['query'], $c['timestamp'], $c['nonce'], $c['body'] . ' ' ), 'body changed' );
		$this->assertFalse( Paycrypt_Signer::verify( $c['secret'], $c['signature'], $c['method'], $c['path'] . 'x', $c['query'], $c['timestamp'], $c['nonce'], $c['body'] ), 'path changed' );
		$this->assertFalse( Paycrypt_Signer::verify( $c['secret'] . 'x', $c['signature'], $c['method'], $c['path'], $c['query'], $c['timestamp'], $c['nonce'], $c['body'] ), 'secret changed' );
		$flipped = substr( $c['signature'], 0, -1 ) . ( substr( $c['signature'], -1 ) === '0' ? '1' : '0' );
		$this->assertFalse( Paycrypt_Signer::verify( $c['secret'], $flipped, $c['method'], $c['path'], $c['query'], $c['timestamp'], $c['nonce'], $c['body'] ), 'signature changed' );
	}

	/** @dataProvider webhookCases */
	public function test_webhook_vector( array $c ): void {
		$reason = Paycrypt_Webhook_Verifier::check( $c['payload'], $c['header'], $c['secret'], $c['tolerance'], $c['now'] );
		$this->assertSame( $c['reason'], $reason );
		$this->assertSame( $c['result'], null === $reason ? 'valid' : 'invalid' );
	}

	public function test_both_vector_files_are_used_in_full(): void {
		$this->assertGreaterThanOrEqual( 40, count( $this->requestCases() ) );
		$this->assertGreaterThanOrEqual( 39, count( $this->webhookCases() ) );
		$reasons = array_unique( array_filter( array_map( static fn ( $c ) => $c[0]['reason'], $this->webhookCases() ) ) );
		sort( $reasons );
		$expected = Paycrypt_Webhook_Verifier::REASONS;
		sort( $expected );
		$this->assertSame( $expected, $reasons, 'every failure reason is exercised by the vectors' );
	}

	public function test_header_builder_round_trips(): void {
		$header = Paycrypt_Webhook_Verifier::header( array( 'whsec_old', 'whsec_new' ), '{"id":"evt_1"}', 1767225600 );
		$this->assertNull( Paycrypt_Webhook_Verifier::check( '{"id":"evt_1"}', $header, 'whsec_new', 300, 1767225630 ) );
		$this->assertNull( Paycrypt_Webhook_Verifier::check( '{"id":"evt_1"}', $header, 'whsec_old', 300, 1767225630 ) );
		$this->assertSame( 'malformed_header', Paycrypt_Webhook_Verifier::check( '{}', null, 'whsec_new' ) );
		$this->assertSame( 'empty_secret', Paycrypt_Webhook_Verifier::check( '{}', $header, null ) );
	}

	public function test_nonce_is_16_random_bytes_in_lowercase_hex(): void {
		$a = Paycrypt_Signer::new_nonce();
		$this->assertMatchesRegularExpression( '/^[0-9a-f]{32}$/', $a );
		$this->assertNotSame( $a, Paycrypt_Signer::new_nonce() );
	}
}
