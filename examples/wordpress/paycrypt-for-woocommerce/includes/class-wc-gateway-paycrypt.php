<?php
/**
 * The WooCommerce payment gateway. Loaded on `plugins_loaded` only when WooCommerce is active.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Pay with crypto through PayCrypt's hosted checkout.
 *
 * process_payment() creates (or reuses) the order's PayCrypt payment, stores
 * its id on the order and sends the customer to the payment's hosted_url.
 * Webhooks (Paycrypt_Webhook_Controller) and the hourly pending check move
 * the order through Paycrypt_States::ORDER_STATUS.
 */
class WC_Gateway_PayCrypt extends WC_Payment_Gateway {

	const PAY_CURRENCIES = array( 'BTC', 'ETH', 'USDT', 'LTC' );

	/** @var Paycrypt_Api_Client|null Injected by tests; otherwise built from the settings. */
	private $client;

	/**
	 * @param Paycrypt_Api_Client|null $client Optional client (WooCommerce passes none).
	 */
	public function __construct( ?Paycrypt_Api_Client $client = null ) {
		$this->client             = $client;
		$this->id                 = Paycrypt_Payment_Sync::GATEWAY_ID;
		$this->has_fields         = false;
		$this->method_title       = __( 'PayCrypt', 'paycrypt-for-woocommerce' );
		$this->method_description = __( 'Accept crypto payments through PayCrypt\'s hosted checkout. API credentials are set under Settings → PayCrypt.', 'paycrypt-for-woocommerce' );
		$this->supports           = array( 'products' );

		$this->init_form_fields();
		$this->init_settings();
		$this->title       = $this->get_option( 'title' );
		$this->description = $this->get_option( 'description' );

		add_action( 'woocommerce_update_options_payment_gateways_' . $this->id, array( $this, 'process_admin_options' ) );
	}

	/** Gateway settings (WooCommerce → Settings → Payments → PayCrypt). */
	public function init_form_fields() {
		$this->form_fields = array(
			'enabled'      => array(
				'title'   => __( 'Enable/Disable', 'paycrypt-for-woocommerce' ),
				'type'    => 'checkbox',
				'label'   => __( 'Enable PayCrypt', 'paycrypt-for-woocommerce' ),
				'default' => 'no',
			),
			'title'        => array(
				'title'   => __( 'Title', 'paycrypt-for-woocommerce' ),
				'type'    => 'text',
				'default' => __( 'Crypto (PayCrypt)', 'paycrypt-for-woocommerce' ),
			),
			'description'  => array(
				'title'   => __( 'Description', 'paycrypt-for-woocommerce' ),
				'type'    => 'textarea',
				'default' => __( 'Pay with Bitcoin, Ether, USDT or Litecoin on the next page.', 'paycrypt-for-woocommerce' ),
			),
			'pay_currency' => array(
				'title'   => __( 'Crypto currency', 'paycrypt-for-woocommerce' ),
				'type'    => 'select',
				'options' => array_combine( self::PAY_CURRENCIES, self::PAY_CURRENCIES ),
				'default' => 'BTC',
			),
		);
	}

	/**
	 * The idempotency key for an order's n-th payment: the same order, key and
	 * attempt give the same key, so a double submit replays the same payment.
	 *
	 * @param WC_Order $order   The order.
	 * @param int      $attempt 1 for the first payment of the order.
	 * @return string
	 */
	public static function idempotency_key( $order, int $attempt ): string {
		return 'wc-order-' . $order->get_id() . '-' . $order->get_order_key() . ( $attempt > 1 ? '-' . $attempt : '' );
	}

	/**
	 * @param int $order_id Order id.
	 * @return array{result: string, redirect?: string}
	 */
	public function process_payment( $order_id ) {
		$order = wc_get_order( $order_id );
		if ( ! $order || Paycrypt_Payment_Sync::GATEWAY_ID !== $order->get_payment_method() ) {
			wc_add_notice( __( 'This order cannot be paid with PayCrypt.', 'paycrypt-for-woocommerce' ), 'error' );
			return array( 'result' => 'failure' );
		}
		$client = $this->client ?? Paycrypt_Settings::client();
		if ( null === $client ) {
			wc_add_notice( __( 'PayCrypt is not configured. Please choose another payment method.', 'paycrypt-for-woocommerce' ), 'error' );
			return array( 'result' => 'failure' );
		}
		$amount       = (string) $order->get_total();
		$currency     = (string) $order->get_currency();
		$pay_currency = (string) $this->get_option( 'pay_currency', 'BTC' );
		try {
			$existing = $this->reusable_payment( $client, $order, $amount, $currency, $pay_currency );
			if ( null !== $existing ) {
				return $this->redirect_for( $order, $existing );
			}
			$attempt = (int) $order->get_meta( Paycrypt_Payment_Sync::META_COUNT );
			$attempt = $order->get_meta( Paycrypt_Payment_Sync::META_ID ) ? $attempt + 1 : max( 1, $attempt );
			$payment = $client->create_payment(
				array(
					'amount'       => $amount,
					'currency'     => $currency,
					'pay_currency' => $pay_currency,
					'order_id'     => (string) $order->get_order_number(),
					/* translators: %s: order number */
					'description'  => sprintf( __( 'Order #%s', 'paycrypt-for-woocommerce' ), $order->get_order_number() ),
					'metadata'     => array(
						'source'      => 'woocommerce',
						'wc_order_id' => (string) $order->get_id(),
					),
					'redirect_url' => $this->get_return_url( $order ),
				),
				self::idempotency_key( $order, $attempt )
			);
		} catch ( Paycrypt_Error $e ) {
			Paycrypt_Logger::log( 'error', 'creating the payment failed: ' . $e->getMessage(), array( 'order' => $order->get_id() ) );
			wc_add_notice( __( 'The crypto payment could not be started. Please try again in a moment.', 'paycrypt-for-woocommerce' ), 'error' );
			return array( 'result' => 'failure' );
		}
		$order->update_meta_data( Paycrypt_Payment_Sync::META_ID, (string) $payment['id'] );
		$order->update_meta_data( Paycrypt_Payment_Sync::META_COUNT, (string) $attempt );
		$order->update_meta_data( Paycrypt_Payment_Sync::META_URL, (string) $payment['hosted_url'] );
		$order->update_meta_data( Paycrypt_Payment_Sync::META_STATUS, (string) $payment['status'] );
		$order->update_meta_data( Paycrypt_Payment_Sync::META_UPDATED, (string) ( $payment['updated_at'] ?? '' ) );
		$order->set_transaction_id( (string) $payment['id'] );
		/* translators: 1: payment id, 2: amount, 3: crypto currency */
		$order->add_order_note( sprintf( __( 'PayCrypt payment %1$s created: %2$s %3$s.', 'paycrypt-for-woocommerce' ), $payment['id'], $payment['pay_amount'] ?? '', $payment['pay_currency'] ?? '' ) );
		$order->save();
		return $this->redirect_for( $order, $payment );
	}

	/**
	 * The order's stored payment, if it can still be used for this order
	 * (double submit, or the customer came back from the hosted page).
	 *
	 * @param Paycrypt_Api_Client $client       Client.
	 * @param WC_Order            $order        Order.
	 * @param string              $amount       Order total.
	 * @param string              $currency     Order currency.
	 * @param string              $pay_currency Crypto currency.
	 * @return array|null
	 */
	private function reusable_payment( Paycrypt_Api_Client $client, $order, string $amount, string $currency, string $pay_currency ): ?array {
		$payment_id = (string) $order->get_meta( Paycrypt_Payment_Sync::META_ID );
		if ( '' === $payment_id ) {
			return null;
		}
		$payment = $client->retrieve_payment( $payment_id );
		$same    = self::same_amount( (string) $payment['amount'], $amount ) && $payment['currency'] === $currency && $payment['pay_currency'] === $pay_currency;
		if ( in_array( $payment['status'], Paycrypt_States::PAID, true ) ) {
			return $payment; // Already paid: send the customer to the thank-you page, never charge twice.
		}
		return $same && in_array( $payment['status'], Paycrypt_States::OPEN, true ) ? $payment : null;
	}

	/**
	 * @param string $a Decimal.
	 * @param string $b Decimal.
	 * @return bool Equal as decimals ("10.0" and "10.00").
	 */
	private static function same_amount( string $a, string $b ): bool {
		$norm = static function ( string $v ): string {
			return false === strpos( $v, '.' ) ? $v : rtrim( rtrim( $v, '0' ), '.' );
		};
		return $norm( $a ) === $norm( $b );
	}

	/**
	 * @param WC_Order $order   Order.
	 * @param array    $payment Payment.
	 * @return array
	 */
	private function redirect_for( $order, array $payment ): array {
		if ( function_exists( 'WC' ) && WC()->cart ) {
			WC()->cart->empty_cart();
		}
		$paid = in_array( $payment['status'], Paycrypt_States::PAID, true );
		return array(
			'result'   => 'success',
			'redirect' => $paid ? $this->get_return_url( $order ) : (string) $payment['hosted_url'],
		);
	}
}
