<?php
/**
 * PayCrypt payment states and what each one does to a WooCommerce order.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * The one place where states map to order statuses. Every state of the API's
 * PaymentStatus enum is listed; a state missing here leaves orders alone
 * and is logged (see Paycrypt_Payment_Sync).
 */
final class Paycrypt_States {

	/** PayCrypt state => WooCommerce order status (without the "wc-" prefix). */
	const ORDER_STATUS = array(
		'pending'            => 'pending',    // Waiting for the customer's transaction.
		'confirming'         => 'on-hold',    // Full amount seen on chain, waiting for confirmations.
		'confirmed'          => 'processing', // Paid: payment_complete() (processing, or completed for virtual/downloadable orders).
		'underpaid'          => 'on-hold',    // Partial payment; can still complete, or expire. Needs a human eye.
		'expired'            => 'failed',     // Never (fully) paid in time; the customer may pay the order again.
		'canceled'           => 'cancelled',  // Canceled before payment.
		'refunded'           => 'refunded',
		'partially_refunded' => 'processing', // Stays paid; a "completed" order is left completed.
	);

	/** States in which a payment can still change without the merchant doing anything. */
	const OPEN = array( 'pending', 'confirming', 'underpaid' );

	/** States after money was received in full. */
	const PAID = array( 'confirmed', 'refunded', 'partially_refunded' );

	/** Order statuses that must never replace a paid order's status (BTCPay woocommerce #38, #64). */
	const UNPAID_ORDER_STATUSES = array( 'pending', 'on-hold', 'failed', 'cancelled' );

	/**
	 * @param string $state A PayCrypt state.
	 * @return string|null The order status, or null for an unknown state.
	 */
	public static function order_status( string $state ): ?string {
		return self::ORDER_STATUS[ $state ] ?? null;
	}
}
