<?php
/**
 * Paycrypt_Transport over WordPress's HTTP API.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Sends through wp_remote_request(), so site-wide proxy settings and the
 * http_request_args filters apply. TLS verification stays on (the default).
 */
final class Paycrypt_WP_Transport implements Paycrypt_Transport {

	/** @var int Seconds. */
	private $timeout;

	/**
	 * @param int $timeout Request timeout in seconds.
	 */
	public function __construct( int $timeout = 20 ) {
		$this->timeout = $timeout;
	}

	/**
	 * {@inheritDoc}
	 */
	public function send( string $method, string $url, array $headers, string $body ): array {
		$args = array(
			'method'      => $method,
			'headers'     => $headers,
			'timeout'     => $this->timeout,
			'redirection' => 0,
			'user-agent'  => 'paycrypt-for-woocommerce/' . PAYCRYPT_WC_VERSION . '; WordPress/' . get_bloginfo( 'version' ),
		);
		if ( '' !== $body ) {
			$args['body'] = $body;
		}
		$response = wp_remote_request( $url, $args );
		if ( is_wp_error( $response ) ) {
			throw new Paycrypt_Connection_Error( "{$method} {$url}: " . $response->get_error_message() );
		}
		$out = array();
		foreach ( wp_remote_retrieve_headers( $response ) as $name => $value ) {
			$out[ strtolower( (string) $name ) ] = is_array( $value ) ? implode( ', ', $value ) : (string) $value;
		}
		return array(
			'status'  => (int) wp_remote_retrieve_response_code( $response ),
			'headers' => $out,
			'body'    => (string) wp_remote_retrieve_body( $response ),
		);
	}
}
