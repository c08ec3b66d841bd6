<?php
/**
 * A small signed client for the PayCrypt API (no dependencies, PHP >= 8.0).
 *
 *     $client  = new Paycrypt_Api_Client( 'pk_test_demo', 'sk_test_demo', 'http://127.0.0.1:8787', new Paycrypt_WP_Transport() );
 *     $payment = $client->create_payment( array( 'amount' => '10.00', 'currency' => 'USD', 'pay_currency' => 'BTC' ), 'my-key-1' );
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Serialises each body once, signs those exact bytes with a fresh timestamp
 * and nonce per attempt (retries included), and sends them through a Paycrypt_Transport.
 */
final class Paycrypt_Api_Client {

	/** Statuses worth another attempt (same Idempotency-Key, fresh signature). */
	const RETRY_STATUSES = array( 429, 500, 502, 503, 504 );

	/** @var string */
	private $api_key;
	/** @var string */
	private $api_secret;
	/** @var string */
	private $base_url;
	/** @var Paycrypt_Transport */
	private $transport;
	/** @var callable(): int */
	private $clock;
	/** @var callable(): string */
	private $nonces;
	/** @var callable(float): void */
	private $sleep;
	/** @var int */
	private $max_retries;

	/**
	 * @param string             $api_key     Public key (pk_…).
	 * @param string             $api_secret  Secret (sk_…).
	 * @param string             $base_url    e.g. http://127.0.0.1:8787 (no trailing path needed).
	 * @param Paycrypt_Transport $transport   How to send.
	 * @param array              $options     clock (callable: int), nonce (callable: string), sleep (callable(float)), max_retries (int, default 2).
	 */
	public function __construct( string $api_key, string $api_secret, string $base_url, Paycrypt_Transport $transport, array $options = array() ) {
		if ( '' === $api_key || '' === $api_secret ) {
			throw new InvalidArgumentException( 'PayCrypt API key and secret must be configured' );
		}
		$this->api_key     = $api_key;
		$this->api_secret  = $api_secret;
		$this->base_url    = rtrim( $base_url, '/' );
		$this->transport   = $transport;
		$this->clock       = $options['clock'] ?? 'time';
		$this->nonces      = $options['nonce'] ?? array( 'Paycrypt_Signer', 'new_nonce' );
		$this->sleep       = $options['sleep'] ?? static function ( float $seconds ): void {
			usleep( (int) ( $seconds * 1000000 ) );
		};
		$this->max_retries = (int) ( $options['max_retries'] ?? 2 );
	}

	/**
	 * POST /v1/payments.
	 *
	 * @param array  $params          amount, currency, pay_currency, order_id?, description?, metadata?, redirect_url?.
	 * @param string $idempotency_key The same key with the same body replays the first payment.
	 * @return array The Payment.
	 */
	public function create_payment( array $params, string $idempotency_key ): array {
		return $this->request( 'POST', '/v1/payments', array(), $params, $idempotency_key );
	}

	/**
	 * GET /v1/payments/{payment_id}.
	 *
	 * @param string $payment_id pay_….
	 * @return array The Payment.
	 */
	public function retrieve_payment( string $payment_id ): array {
		return $this->request( 'GET', '/v1/payments/' . self::path_id( $payment_id ) );
	}

	/**
	 * POST /v1/webhook_endpoints. The response holds `secret` this once.
	 *
	 * @param array       $params          url, events, description?, enabled?.
	 * @param string|null $idempotency_key Optional key.
	 * @return array The WebhookEndpoint.
	 */
	public function create_webhook_endpoint( array $params, ?string $idempotency_key = null ): array {
		return $this->request( 'POST', '/v1/webhook_endpoints', array(), $params, $idempotency_key );
	}

	/**
	 * Sandbox only: POST /v1/test_helpers/payments/{payment_id}/pay.
	 *
	 * @param string $payment_id pay_….
	 * @param array  $params     amount?, confirm?.
	 * @return array The Payment.
	 */
	public function test_pay_payment( string $payment_id, array $params = array() ): array {
		return $this->request( 'POST', '/v1/test_helpers/payments/' . self::path_id( $payment_id ) . '/pay', array(), $params );
	}

	/**
	 * Send a signed request and decode the JSON answer.
	 *
	 * @param string      $method          GET, POST, PATCH, DELETE.
	 * @param string      $path            Path as sent, e.g. /v1/payments.
	 * @param array       $query           name => value (encoded here with RFC 3986).
	 * @param array|null  $body            JSON body (null: no body).
	 * @param string|null $idempotency_key Sent on POST; generated when null.
	 * @return array Decoded JSON.
	 * @throws Paycrypt_Api_Error On an error status.
	 * @throws Paycrypt_Connection_Error When every attempt failed without a response.
	 */
	public function request( string $method, string $path, array $query = array(), ?array $body = null, ?string $idempotency_key = null ): array {
		$method    = strtoupper( $method );
		$raw_query = self::build_query( $query );
		// Serialise once; these exact bytes are signed and sent, every attempt.
		$bytes = '';
		if ( null !== $body ) {
			$bytes = json_encode( $body ? $body : new stdClass(), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR );
		} elseif ( 'POST' === $method ) {
			$bytes = '{}';
		}
		if ( 'POST' === $method && null === $idempotency_key ) {
			$idempotency_key = 'wp-' . Paycrypt_Signer::new_nonce();
		}
		$url = $this->base_url . $path . ( '' === $raw_query ? '' : '?' . $raw_query );

		for ( $attempt = 0; ; $attempt++ ) {
			$timestamp = (int) call_user_func( $this->clock );
			$nonce     = (string) call_user_func( $this->nonces );
			$headers   = array(
				'Accept'                         => 'application/json',
				Paycrypt_Signer::HEADER_KEY       => $this->api_key,
				Paycrypt_Signer::HEADER_TIMESTAMP => (string) $timestamp,
				Paycrypt_Signer::HEADER_NONCE     => $nonce,
				Paycrypt_Signer::HEADER_SIGNATURE => Paycrypt_Signer::sign( $this->api_secret, $method, $path, $raw_query, $timestamp, $nonce, $bytes ),
			);
			if ( '' !== $bytes ) {
				$headers['Content-Type'] = 'application/json';
			}
			if ( null !== $idempotency_key ) {
				$headers['Idempotency-Key'] = $idempotency_key;
			}
			try {
				$response = $this->transport->send( $method, $url, $headers, $bytes );
			} catch ( Paycrypt_Connection_Error $e ) {
				if ( $attempt >= $this->max_retries ) {
					throw $e;
				}
				call_user_func( $this->sleep, self::backoff( $attempt, null ) );
				continue;
			}
			$status  = (int) $response['status'];
			$decoded = json_decode( (string) $response['body'], true );
			if ( $status >= 200 && $status < 300 ) {
				if ( ! is_array( $decoded ) ) {
					throw new Paycrypt_Api_Error( "{$method} {$path}", $status, 'invalid_json', 'the response body is not a JSON object', $response['headers']['paycrypt-request-id'] ?? null );
				}
				return $decoded;
			}
			$code = is_array( $decoded ) && isset( $decoded['code'] ) ? (string) $decoded['code'] : 'http_' . $status;
			$retryable = in_array( $status, self::RETRY_STATUSES, true ) || ( 409 === $status && 'idempotency_key_in_use' === $code );
			if ( $retryable && $attempt < $this->max_retries ) {
				call_user_func( $this->sleep, self::backoff( $attempt, $response['headers']['retry-after'] ?? null ) );
				continue;
			}
			throw new Paycrypt_Api_Error(
				"{$method} {$path}",
				$status,
				$code,
				is_array( $decoded ) && isset( $decoded['detail'] ) ? (string) $decoded['detail'] : null,
				$response['headers']['paycrypt-request-id'] ?? ( is_array( $decoded ) ? ( $decoded['request_id'] ?? null ) : null )
			);
		}
	}

	/**
	 * Raw query string from name => value, RFC 3986 encoded (so "+" goes out as %2B).
	 *
	 * @param array $query Parameters.
	 * @return string
	 */
	public static function build_query( array $query ): string {
		$parts = array();
		foreach ( $query as $name => $value ) {
			if ( null === $value ) {
				continue;
			}
			if ( is_bool( $value ) ) {
				$value = $value ? 'true' : 'false';
			}
			$parts[] = rawurlencode( (string) $name ) . '=' . rawurlencode( (string) $value );
		}
		return implode( '&', $parts );
	}

	/**
	 * @param string $id An id for a path segment.
	 * @return string
	 */
	private static function path_id( string $id ): string {
		if ( '' === $id ) {
			throw new InvalidArgumentException( 'id must be a non-empty string' );
		}
		return rawurlencode( $id );
	}

	/**
	 * Seconds to wait before the next attempt: Retry-After if given (capped), else 0.5 s, 1 s, 2 s…
	 *
	 * @param int         $attempt     Zero-based attempt that failed.
	 * @param string|null $retry_after Retry-After header.
	 * @return float
	 */
	private static function backoff( int $attempt, ?string $retry_after ): float {
		if ( null !== $retry_after && is_numeric( $retry_after ) ) {
			return min( 10.0, max( 0.0, (float) $retry_after ) );
		}
		return min( 8.0, 0.5 * ( 2 ** $attempt ) );
	}
}
