<?php
/**
 * Request signing: PAYCRYPT-HMAC-SHA256 (v1), as pure functions.
 *
 * Knows nothing about HTTP or WordPress; Paycrypt_Api_Client wraps it once,
 * and tests/unit/SigningVectorsTest.php runs every shared vector through it.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Canonical query, string to sign and the v1 signature (see DESIGN.md, "Request signing").
 */
final class Paycrypt_Signer {

	const SCHEME           = 'PAYCRYPT-HMAC-SHA256';
	const HEADER_KEY       = 'PayCrypt-Key';
	const HEADER_TIMESTAMP = 'PayCrypt-Timestamp';
	const HEADER_NONCE     = 'PayCrypt-Nonce';
	const HEADER_SIGNATURE = 'PayCrypt-Signature';

	/**
	 * Canonical form of a raw query string (as sent, without "?").
	 *
	 * Split on "&" (empty pieces skipped), split each piece at its first "=",
	 * decode ("+" is a space, "%XX" a byte, a "%" without two hex digits stays
	 * "%"), re-encode with RFC 3986, sort by name then value, join.
	 *
	 * @param string $raw_query Raw query string.
	 * @return string
	 */
	public static function canonical_query( string $raw_query ): string {
		$pairs = array();
		foreach ( explode( '&', $raw_query ) as $piece ) {
			if ( '' === $piece ) {
				continue;
			}
			$eq    = strpos( $piece, '=' );
			$name  = false === $eq ? $piece : substr( $piece, 0, $eq );
			$value = false === $eq ? '' : substr( $piece, $eq + 1 );
			$pairs[] = array(
				self::encode_component( self::decode_component( $name ) ),
				self::encode_component( self::decode_component( $value ) ),
			);
		}
		// Encoded text is ASCII, so strcmp is byte order.
		usort(
			$pairs,
			static function ( array $a, array $b ): int {
				return strcmp( $a[0], $b[0] ) ?: strcmp( $a[1], $b[1] );
			}
		);
		return implode(
			'&',
			array_map(
				static function ( array $pair ): string {
					return $pair[0] . '=' . $pair[1];
				},
				$pairs
			)
		);
	}

	/**
	 * The string to sign: scheme, timestamp, nonce, METHOD, path, canonical query, hex SHA-256 of the body.
	 *
	 * @param string     $method    HTTP method (upper-cased here).
	 * @param string     $path      Path as sent on the wire, percent-encoded, no query.
	 * @param string     $query     Raw query string, without "?".
	 * @param int|string $timestamp Unix seconds.
	 * @param string     $nonce     Lowercase hex nonce.
	 * @param string     $body      The exact body bytes sent ("" for none).
	 * @return string
	 * @throws InvalidArgumentException On input that cannot appear in a well-formed request.
	 */
	public static function string_to_sign( string $method, string $path, string $query, $timestamp, string $nonce, string $body ): string {
		if ( ! preg_match( "/^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+\\z/", $method ) ) {
			throw new InvalidArgumentException( 'method must be an HTTP method token such as GET or POST' );
		}
		if ( '' === $path || strpbrk( $path, "?#\r\n" ) !== false ) {
			throw new InvalidArgumentException( 'path must be non-empty, without query, fragment or line breaks' );
		}
		if ( '' === $nonce || strpbrk( $nonce, "\r\n" ) !== false ) {
			throw new InvalidArgumentException( 'nonce must be non-empty, without line breaks' );
		}
		$timestamp = (string) $timestamp;
		if ( ! preg_match( '/^[0-9]+\z/', $timestamp ) ) {
			throw new InvalidArgumentException( 'timestamp must be unix seconds as decimal digits' );
		}
		return implode(
			"\n",
			array(
				self::SCHEME,
				$timestamp,
				$nonce,
				strtoupper( $method ),
				$path,
				self::canonical_query( $query ),
				hash( 'sha256', $body ),
			)
		);
	}

	/**
	 * The PayCrypt-Signature header value: "v1=" + lowercase hex HMAC-SHA256(secret, string_to_sign).
	 *
	 * @param string     $secret    API secret (sk_…), used as its UTF-8 bytes.
	 * @param string     $method    HTTP method.
	 * @param string     $path      Path as sent.
	 * @param string     $query     Raw query string.
	 * @param int|string $timestamp Unix seconds.
	 * @param string     $nonce     Nonce.
	 * @param string     $body      Exact body bytes.
	 * @return string
	 * @throws InvalidArgumentException On an empty secret or ill-formed input.
	 */
	public static function sign( string $secret, string $method, string $path, string $query, $timestamp, string $nonce, string $body ): string {
		if ( '' === $secret ) {
			throw new InvalidArgumentException( 'api secret must be non-empty' );
		}
		return 'v1=' . hash_hmac( 'sha256', self::string_to_sign( $method, $path, $query, $timestamp, $nonce, $body ), $secret );
	}

	/**
	 * Constant-time check of a request signature (for completeness and for the vectors).
	 *
	 * @param string     $secret    API secret.
	 * @param string     $signature Header value to check.
	 * @param string     $method    HTTP method.
	 * @param string     $path      Path.
	 * @param string     $query     Raw query.
	 * @param int|string $timestamp Unix seconds.
	 * @param string     $nonce     Nonce.
	 * @param string     $body      Body bytes.
	 * @return bool
	 */
	public static function verify( string $secret, string $signature, string $method, string $path, string $query, $timestamp, string $nonce, string $body ): bool {
		try {
			$expected = self::sign( $secret, $method, $path, $query, $timestamp, $nonce, $body );
		} catch ( InvalidArgumentException $e ) {
			return false;
		}
		return hash_equals( $expected, $signature );
	}

	/**
	 * A fresh nonce: 16 random bytes, lowercase hex.
	 *
	 * @return string
	 */
	public static function new_nonce(): string {
		return bin2hex( random_bytes( 16 ) );
	}

	/**
	 * Decode one query name or value to bytes.
	 *
	 * @param string $text Encoded text.
	 * @return string Bytes.
	 */
	private static function decode_component( string $text ): string {
		$out = '';
		$n   = strlen( $text );
		for ( $i = 0; $i < $n; $i++ ) {
			$c = $text[ $i ];
			if ( '+' === $c ) {
				$out .= ' ';
			} elseif ( '%' === $c && $i + 2 < $n && ctype_xdigit( substr( $text, $i + 1, 2 ) ) ) {
				$out .= chr( (int) hexdec( substr( $text, $i + 1, 2 ) ) );
				$i   += 2;
			} else {
				$out .= $c;
			}
		}
		return $out;
	}

	/**
	 * RFC 3986 encoding: unreserved bytes kept, every other byte %XX upper case.
	 *
	 * @param string $bytes Bytes.
	 * @return string
	 */
	private static function encode_component( string $bytes ): string {
		// rawurlencode() is exactly RFC 3986 since PHP 5.3 (keeps A-Z a-z 0-9 - . _ ~).
		return rawurlencode( $bytes );
	}
}
