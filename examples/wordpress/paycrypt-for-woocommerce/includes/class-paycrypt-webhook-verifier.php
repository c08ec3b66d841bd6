<?php
/**
 * Webhook signature check: PayCrypt-Webhook-Signature: t=<unix>,v1=<hex>[,v1=<hex>…].
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Verifies a delivery over the raw body bytes; returns null or the failure reason.
 */
final class Paycrypt_Webhook_Verifier {

	const SIGNATURE_HEADER  = 'PayCrypt-Webhook-Signature';
	const EVENT_ID_HEADER   = 'PayCrypt-Event-Id';
	const DEFAULT_TOLERANCE = 300;

	/** Every reason check() can return, in check order. */
	const REASONS = array(
		'empty_secret',
		'malformed_header',
		'no_signature',
		'signature_mismatch',
		'timestamp_too_old',
		'timestamp_in_future',
	);

	/**
	 * Check a webhook delivery.
	 *
	 * Checks run in order and the first failure is returned: empty secret
	 * (fails closed), malformed header, no v1 entry, no v1 matching
	 * (constant time, any entry may match: secret rotation), then the
	 * timestamp within $tolerance seconds either way of $now.
	 *
	 * @param string      $payload   Raw request body bytes, exactly as received.
	 * @param string|null $header    The PayCrypt-Webhook-Signature header value.
	 * @param string|null $secret    The endpoint's whsec_… secret.
	 * @param int         $tolerance Seconds, both sides.
	 * @param int|null    $now       Unix seconds; default time().
	 * @return string|null Null when valid, else one of self::REASONS.
	 */
	public static function check( string $payload, ?string $header, ?string $secret, int $tolerance = self::DEFAULT_TOLERANCE, ?int $now = null ): ?string {
		if ( $tolerance < 0 ) {
			throw new InvalidArgumentException( 'tolerance must be a non-negative number of seconds' );
		}
		if ( null === $secret || '' === $secret ) {
			return 'empty_secret';
		}
		if ( null === $header ) {
			return 'malformed_header';
		}
		$parsed = self::parse_header( $header );
		if ( null === $parsed ) {
			return 'malformed_header';
		}
		list( $timestamp_text, $candidates ) = $parsed;
		if ( ! $candidates ) {
			return 'no_signature';
		}
		$expected = hash_hmac( 'sha256', $timestamp_text . '.' . $payload, $secret );
		$matched  = false;
		foreach ( $candidates as $candidate ) {
			// Compare every entry, no early exit.
			if ( hash_equals( $expected, $candidate ) ) {
				$matched = true;
			}
		}
		if ( ! $matched ) {
			return 'signature_mismatch';
		}
		$current   = null === $now ? time() : $now;
		$timestamp = (int) ltrim( $timestamp_text, '0' );
		if ( $current - $timestamp > $tolerance ) {
			return 'timestamp_too_old';
		}
		if ( $timestamp - $current > $tolerance ) {
			return 'timestamp_in_future';
		}
		return null;
	}

	/**
	 * Build a header (for tests and for local tools): t=<ts>,v1=<hex> per secret.
	 *
	 * @param string[] $secrets   Secrets, in order.
	 * @param string   $payload   Raw body.
	 * @param int      $timestamp Unix seconds.
	 * @return string
	 */
	public static function header( array $secrets, string $payload, int $timestamp ): string {
		$items = array( 't=' . $timestamp );
		foreach ( $secrets as $secret ) {
			$items[] = 'v1=' . hash_hmac( 'sha256', $timestamp . '.' . $payload, $secret );
		}
		return implode( ',', $items );
	}

	/**
	 * Split the header into (t as written, v1 values), or null when malformed.
	 *
	 * @param string $header Header value.
	 * @return array{0: string, 1: string[]}|null
	 */
	private static function parse_header( string $header ): ?array {
		if ( '' === trim( $header, " \t" ) ) {
			return null;
		}
		$timestamp = null;
		$v1        = array();
		foreach ( explode( ',', $header ) as $item ) {
			$item = trim( $item, " \t" );
			$eq   = strpos( $item, '=' );
			if ( false === $eq ) {
				return null;
			}
			$key   = substr( $item, 0, $eq );
			$value = substr( $item, $eq + 1 );
			if ( 't' === $key ) {
				if ( null !== $timestamp || ! preg_match( '/^[0-9]+\z/', $value ) ) {
					return null;
				}
				$timestamp = $value;
			} elseif ( 'v1' === $key ) {
				$v1[] = $value;
			}
			// Other schemes (v0, v2…) are ignored so new ones can be added.
		}
		return null === $timestamp ? null : array( $timestamp, $v1 );
	}
}
