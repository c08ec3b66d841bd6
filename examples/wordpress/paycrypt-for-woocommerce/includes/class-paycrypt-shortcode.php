<?php
/**
 * [paycrypt_checkout amount="10.00" currency="USD" pay_currency="BTC" description="…"]
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * For sites without WooCommerce: creates a payment when the page is rendered
 * and shows the amount to pay, the address and a link to the hosted checkout.
 * The payment is kept as a `paycrypt_payment` record, updated by webhooks.
 */
final class Paycrypt_Shortcode {

	const TAG = 'paycrypt_checkout';

	/** @var Paycrypt_Payment_Records */
	private $records;
	/** @var callable(): (Paycrypt_Api_Client|null) */
	private $client;

	/**
	 * @param Paycrypt_Payment_Records $records Where payments are kept.
	 * @param callable                 $client  Returns an API client or null when not configured.
	 */
	public function __construct( Paycrypt_Payment_Records $records, callable $client ) {
		$this->records = $records;
		$this->client  = $client;
	}

	/**
	 * @param array|string $atts Shortcode attributes.
	 * @return string HTML.
	 */
	public function render( $atts ): string {
		$atts = shortcode_atts(
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
		$client = call_user_func( $this->client );
		if ( null === $client ) {
			return self::error( __( 'PayCrypt is not configured yet (Settings → PayCrypt).', 'paycrypt-for-woocommerce' ) );
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
		try {
			// A fresh key per render: each visitor gets a payment of their own.
			$payment = $client->create_payment( $params, 'wp-shortcode-' . Paycrypt_Signer::new_nonce() );
			$this->records->create( $payment );
		} catch ( Exception $e ) {
			Paycrypt_Logger::log( 'error', 'shortcode payment failed: ' . $e->getMessage() );
			return self::error( __( 'PayCrypt: the payment could not be created. Please try again.', 'paycrypt-for-woocommerce' ) );
		}
		return sprintf(
			'<div class="paycrypt-checkout" data-paycrypt-payment-id="%1$s" data-paycrypt-status="%2$s">'
			. '<p class="paycrypt-amount">%3$s</p>'
			. '<p class="paycrypt-pay">%4$s <strong>%5$s %6$s</strong></p>'
			. '<p class="paycrypt-address">%7$s <code>%8$s</code></p>'
			. '<p><a class="paycrypt-link" href="%9$s">%10$s</a></p></div>',
			esc_attr( $payment['id'] ),
			esc_attr( $payment['status'] ),
			esc_html( $payment['amount'] . ' ' . $payment['currency'] ),
			esc_html__( 'Pay', 'paycrypt-for-woocommerce' ),
			esc_html( $payment['pay_amount'] ),
			esc_html( $payment['pay_currency'] ),
			esc_html__( 'to', 'paycrypt-for-woocommerce' ),
			esc_html( $payment['pay_address'] ),
			esc_url( $payment['hosted_url'] ),
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
