<?php
/**
 * [paycrypt_checkout amount="10.00" currency="USD" pay_currency="BTC" description="…"]
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * For sites without WooCommerce: a payment on intent, not on view.
 *
 * - A GET renders a small form (the amount and a "Pay" button with a nonce):
 *   no API call, nothing stored, so bots, refreshes and page caches cost
 *   nothing, and a cached copy holds no payment to share.
 * - A POST of that form (nonce checked) creates the payment and shows it. The
 *   visitor is recognised by a random cookie set on that POST; the same
 *   visitor posting again for the same shortcode gets the same payment back
 *   while it can still be paid.
 * - New payments are rate-limited per visitor address (RATE_LIMIT per
 *   RATE_WINDOW seconds, filter `paycrypt_shortcode_rate_limit`).
 *
 * Payments are kept as `paycrypt_payment` records, updated by webhooks.
 */
final class Paycrypt_Shortcode {

	const TAG          = 'paycrypt_checkout';
	const FORM_FIELD   = 'paycrypt_checkout';
	const NONCE_FIELD  = 'paycrypt_nonce';
	const NONCE_ACTION = 'paycrypt_checkout';
	const COOKIE       = 'paycrypt_visitor';
	const RATE_LIMIT   = 5;
	const RATE_WINDOW  = 600;

	/** @var Paycrypt_Payment_Records */
	private $records;
	/** @var callable(): (Paycrypt_Api_Client|null) */
	private $client;
	/** @var callable(): int */
	private $clock;

	/**
	 * @param Paycrypt_Payment_Records $records Where payments are kept.
	 * @param callable                 $client  Returns an API client or null when not configured.
	 * @param callable|null            $clock   Returns unix seconds; default time().
	 */
	public function __construct( Paycrypt_Payment_Records $records, callable $client, ?callable $clock = null ) {
		$this->records = $records;
		$this->client  = $client;
		$this->clock   = $clock ?? 'time';
	}

	/**
	 * On `template_redirect` (before any output): a POST of the form must not
	 * be cached, and its visitor needs a cookie. GETs are left alone, so the
	 * page stays cacheable and sets no cookie.
	 */
	public static function prepare_post(): void {
		if ( ! self::is_form_post() ) {
			return;
		}
		nocache_headers();
		if ( null === self::visitor() ) {
			$token = bin2hex( random_bytes( 16 ) );
			setcookie(
				self::COOKIE,
				$token,
				array(
					'expires'  => time() + DAY_IN_SECONDS,
					'path'     => COOKIEPATH ? COOKIEPATH : '/',
					'secure'   => is_ssl(),
					'httponly' => true,
					'samesite' => 'Lax',
				)
			);
			$_COOKIE[ self::COOKIE ] = $token;
		}
	}

	/**
	 * @param array|string $atts Shortcode attributes.
	 * @return string HTML.
	 */
	public function render( $atts ): string {
		$atts   = shortcode_atts(
			array(
				'amount'       => '',
				'currency'     => 'USD',
				'pay_currency' => 'BTC',
				'description'  => '',
			),
			$atts,
			self::TAG
		);
		$amount = trim( (string) $atts['amount'] );
		if ( ! preg_match( '/^(0|[1-9][0-9]{0,17})(\.[0-9]{1,18})?$/', $amount ) ) {
			return self::error( __( 'PayCrypt: the amount must be a decimal like 10.00.', 'paycrypt-for-woocommerce' ) );
		}
		$params = array(
			'amount'       => $amount,
			'currency'     => strtoupper( (string) $atts['currency'] ),
			'pay_currency' => strtoupper( (string) $atts['pay_currency'] ),
			'metadata'     => array( 'source' => 'shortcode' ),
		);
		if ( '' !== $atts['description'] ) {
			$params['description'] = (string) $atts['description'];
		}
		// Which shortcode a POST is for: the price comes from the page, never from the form.
		$key = substr( md5( (string) wp_json_encode( $params ) ), 0, 16 );

		if ( ! self::is_form_post() || ( $_POST[ self::FORM_FIELD ] ?? '' ) !== $key ) { // phpcs:ignore WordPress.Security.NonceVerification
			return self::form( $key, $params );
		}
		$nonce = isset( $_POST[ self::NONCE_FIELD ] ) ? sanitize_text_field( wp_unslash( $_POST[ self::NONCE_FIELD ] ) ) : '';
		if ( ! wp_verify_nonce( $nonce, self::NONCE_ACTION ) ) {
			return self::error( __( 'PayCrypt: this form has expired. Please reload the page and try again.', 'paycrypt-for-woocommerce' ) );
		}
		$visitor = self::visitor();
		if ( null === $visitor ) {
			return self::error( __( 'PayCrypt: please enable cookies to pay.', 'paycrypt-for-woocommerce' ) );
		}
		$client = call_user_func( $this->client );
		if ( null === $client ) {
			return self::error( __( 'PayCrypt is not configured yet (Settings → PayCrypt).', 'paycrypt-for-woocommerce' ) );
		}

		// The same visitor, the same shortcode: the same payment while it can still be paid.
		$now  = (int) call_user_func( $this->clock );
		$slot = 'paycrypt_sc_' . md5( $visitor . '|' . $key );
		$kept = get_transient( $slot );
		if ( is_array( $kept ) && $kept['expires_at'] > $now ) {
			$record = $this->records->find( (string) $kept['payment_id'] );
			if ( $record && in_array( $record['status'], Paycrypt_States::OPEN, true ) ) {
				return self::show( $record );
			}
		}
		if ( ! $this->allow( $now ) ) {
			return self::error( __( 'PayCrypt: too many payment requests from your connection. Please try again in a few minutes.', 'paycrypt-for-woocommerce' ) );
		}
		try {
			// Derived from the visitor and the payment it replaces: a double
			// submit gets the same payment back from the API.
			$idempotency_key = 'wp-shortcode-' . substr( hash( 'sha256', $slot . '|' . ( is_array( $kept ) ? $kept['payment_id'] : '' ) ), 0, 40 );
			$payment         = $client->create_payment( $params, $idempotency_key );
			$record          = $this->records->find( (string) $payment['id'] );
			if ( ! $record ) {
				$this->records->create( $payment );
				$record = $this->records->find( (string) $payment['id'] );
			}
		} catch ( Exception $e ) {
			Paycrypt_Logger::log( 'error', 'shortcode payment failed: ' . $e->getMessage() );
			return self::error( __( 'PayCrypt: the payment could not be created. Please try again.', 'paycrypt-for-woocommerce' ) );
		}
		$expires_at = isset( $payment['expires_at'] ) ? (int) strtotime( (string) $payment['expires_at'] ) : $now + 900;
		// Kept a day past the payment's expiry (the API's idempotency window): the next
		// key is derived from this id, so an expired payment is replaced, never replayed.
		set_transient( $slot, array( 'payment_id' => $payment['id'], 'expires_at' => $expires_at ), max( 60, $expires_at - $now ) + 86400 );
		return self::show( $record );
	}

	/**
	 * Count one new payment for this visitor's address; false over the limit.
	 * (A transient read-modify-write: two racing requests may both pass, which
	 * bends the limit by one, not the point of it.)
	 *
	 * @param int $now Unix seconds.
	 * @return bool
	 */
	private function allow( int $now ): bool {
		$limit = (int) apply_filters( 'paycrypt_shortcode_rate_limit', self::RATE_LIMIT );
		$name  = 'paycrypt_rl_' . md5( self::client_ip() );
		$seen  = get_transient( $name );
		if ( ! is_array( $seen ) || $seen['since'] <= $now - self::RATE_WINDOW ) {
			$seen = array(
				'since' => $now,
				'count' => 0,
			);
		}
		if ( $seen['count'] >= $limit ) {
			Paycrypt_Logger::log( 'warning', 'shortcode rate limit reached' );
			return false;
		}
		++$seen['count'];
		set_transient( $name, $seen, self::RATE_WINDOW );
		return true;
	}

	/** @return bool Whether this request posts the shortcode's form. */
	private static function is_form_post(): bool {
		return 'POST' === ( $_SERVER['REQUEST_METHOD'] ?? '' ) && isset( $_POST[ self::FORM_FIELD ] ); // phpcs:ignore WordPress.Security.NonceVerification
	}

	/** @return string|null The visitor's cookie token, if it is one of ours. */
	private static function visitor(): ?string {
		$token = (string) ( $_COOKIE[ self::COOKIE ] ?? '' );
		return preg_match( '/^[0-9a-f]{32}$/', $token ) ? $token : null;
	}

	/**
	 * The address the request came from. Behind a reverse proxy this is the
	 * proxy: take the client address from your proxy's trusted header instead.
	 *
	 * @return string
	 */
	private static function client_ip(): string {
		return (string) ( $_SERVER['REMOTE_ADDR'] ?? '' );
	}

	/**
	 * @param string $key    The shortcode's key.
	 * @param array  $params The payment it would create.
	 * @return string
	 */
	private static function form( string $key, array $params ): string {
		return sprintf(
			'<form class="paycrypt-checkout paycrypt-form" method="post">'
			. '<p class="paycrypt-amount">%1$s</p>'
			. '<input type="hidden" name="%2$s" value="%3$s" />%4$s'
			. '<p><button type="submit" class="paycrypt-pay-button">%5$s</button></p></form>',
			esc_html( $params['amount'] . ' ' . $params['currency'] ),
			esc_attr( self::FORM_FIELD ),
			esc_attr( $key ),
			wp_nonce_field( self::NONCE_ACTION, self::NONCE_FIELD, false, false ),
			esc_html( sprintf( /* translators: %s: crypto currency */ __( 'Pay with %s', 'paycrypt-for-woocommerce' ), $params['pay_currency'] ) )
		);
	}

	/**
	 * @param array $record A payment record.
	 * @return string
	 */
	private static function show( array $record ): string {
		return sprintf(
			'<div class="paycrypt-checkout" data-paycrypt-payment-id="%1$s" data-paycrypt-status="%2$s">'
			. '<p class="paycrypt-amount">%3$s</p>'
			. '<p class="paycrypt-pay">%4$s <strong>%5$s %6$s</strong></p>'
			. '<p class="paycrypt-address">%7$s <code>%8$s</code></p>'
			. '<p><a class="paycrypt-link" href="%9$s">%10$s</a></p></div>',
			esc_attr( $record['payment_id'] ),
			esc_attr( $record['status'] ),
			esc_html( $record['amount'] . ' ' . $record['currency'] ),
			esc_html__( 'Pay', 'paycrypt-for-woocommerce' ),
			esc_html( $record['pay_amount'] ),
			esc_html( $record['pay_currency'] ),
			esc_html__( 'to', 'paycrypt-for-woocommerce' ),
			esc_html( $record['pay_address'] ),
			esc_url( $record['hosted_url'] ),
			esc_html__( 'Open the payment page', 'paycrypt-for-woocommerce' )
		);
	}

	/**
	 * @param string $message Shown to everyone (no secrets, no API detail).
	 * @return string
	 */
	private static function error( string $message ): string {
		return '<div class="paycrypt-checkout paycrypt-error"><p>' . esc_html( $message ) . '</p></div>';
	}
}
