<?php
/**
 * How the API client sends bytes: one method, so tests can swap it.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * An HTTP transport. Paycrypt_WP_Transport uses wp_remote_request(); tests use a callable double.
 */
interface Paycrypt_Transport {

	/**
	 * Send one request exactly as given (the body bytes are already signed).
	 *
	 * @param string                $method  HTTP method.
	 * @param string                $url     Absolute URL, query included.
	 * @param array<string, string> $headers Header name => value.
	 * @param string                $body    Body bytes ("" for none).
	 * @return array{status: int, headers: array<string, string>, body: string} Header names lower-cased.
	 * @throws Paycrypt_Connection_Error When no HTTP response was received.
	 */
	public function send( string $method, string $url, array $headers, string $body ): array;
}
