<?php
/**
 * A Paycrypt_Transport test double: records every request and answers from a callable.
 */
final class FakeTransport implements Paycrypt_Transport {
	/** @var array[] method, url, headers, body of every request sent. */
	public $requests = array();
	/** @var callable(string, string, array, string): array */
	private $handler;

	public function __construct( callable $handler ) {
		$this->handler = $handler;
	}

	public function send( string $method, string $url, array $headers, string $body ): array {
		$this->requests[] = compact( 'method', 'url', 'headers', 'body' );
		return ( $this->handler )( $method, $url, $headers, $body );
	}

	public static function json( int $status, array $data, array $headers = array() ): array {
		return array(
			'status'  => $status,
			'headers' => $headers + array( 'paycrypt-request-id' => 'req_test000000000000000000001' ),
			'body'    => json_encode( $data ),
		);
	}
}
