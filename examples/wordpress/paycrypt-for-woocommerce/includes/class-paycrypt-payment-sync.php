<?php
/**
 * Apply a PayCrypt Payment (from a verified webhook or a poll) to what it belongs to.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Routes a Payment to its WooCommerce order (metadata.source = woocommerce) or
 * to its shortcode record, and applies Paycrypt_States with the guards that
 * other gateways' plugins learnt the hard way:
 *
 * - only orders paid with this gateway are touched;
 * - only the payment currently stored on the order counts (an old, expired
 *   payment of the same order cannot cancel it);
 * - a paid order is never moved back to an unpaid status;
 * - an update older than the last one applied (out-of-order delivery) is skipped;
 * - an unknown state changes nothing and is logged;
 * - one payment is applied by one request at a time: deliveries arrive
 *   concurrently (payment.confirming and payment.confirmed within the same
 *   second), and without the lock a slower request can write back the older
 *   state it read before the newer one was saved.
 *
 * Every method returns an outcome string, which the webhook answer and the logs carry.
 */
final class Paycrypt_Payment_Sync {

	const GATEWAY_ID   = 'paycrypt';
	const META_ID      = '_paycrypt_payment_id';
	const META_STATUS  = '_paycrypt_status';
	const META_UPDATED = '_paycrypt_updated_at';
	const META_URL     = '_paycrypt_hosted_url';
	const META_COUNT   = '_paycrypt_payment_count';

	/** @var Paycrypt_Payment_Records */
	private $records;

	/** @var callable(string, callable): string Runs the callable holding the named lock. */
	private $locked;

	/**
	 * @param Paycrypt_Payment_Records $records Shortcode payments.
	 * @param callable|null            $locked  fn( string $name, callable $work ): string; default a MySQL named lock.
	 */
	public function __construct( Paycrypt_Payment_Records $records, ?callable $locked = null ) {
		$this->records = $records;
		$this->locked  = $locked ?? array( self::class, 'with_mysql_lock' );
	}

	/**
	 * @param array $payment A Payment object.
	 * @return string Outcome.
	 */
	public function apply( array $payment ): string {
		if ( empty( $payment['id'] ) || ! isset( $payment['status'] ) ) {
			return 'not_a_payment';
		}
		return ( $this->locked )( 'paycrypt_' . $payment['id'], fn () => $this->apply_unlocked( $payment ) );
	}

	/**
	 * Run $work holding MySQL's named lock $name (GET_LOCK, 10 s), so concurrent
	 * requests for one payment take turns; outside WordPress, just run it.
	 *
	 * @param string   $name Lock name (at most 64 characters).
	 * @param callable $work Returns the outcome.
	 * @return string Outcome, or 'lock_timeout' (the webhook answers 500 and the gateway retries).
	 */
	public static function with_mysql_lock( string $name, callable $work ): string {
		global $wpdb;
		if ( ! isset( $wpdb ) || ! is_object( $wpdb ) || ! method_exists( $wpdb, 'get_var' ) ) {
			return $work();
		}
		if ( '1' !== (string) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, 10)', $name ) ) ) {
			return 'lock_timeout';
		}
		try {
			return $work();
		} finally {
			$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', $name ) );
		}
	}

	/**
	 * @param array $payment A Payment object.
	 * @return string Outcome.
	 */
	private function apply_unlocked( array $payment ): string {
		$metadata = is_array( $payment['metadata'] ?? null ) ? $payment['metadata'] : array();
		if ( 'woocommerce' === ( $metadata['source'] ?? '' ) && ! empty( $metadata['wc_order_id'] ) ) {
			if ( ! function_exists( 'wc_get_order' ) ) {
				return 'woocommerce_inactive';
			}
			$order = wc_get_order( (int) $metadata['wc_order_id'] );
			return $order ? $this->apply_to_order( $order, $payment ) : 'order_not_found';
		}
		$record = $this->records->find( (string) $payment['id'] );
		return $record ? $this->apply_to_record( $record, $payment ) : 'unknown_payment';
	}

	/**
	 * @param WC_Order $order   The order.
	 * @param array    $payment Its Payment.
	 * @return string Outcome.
	 */
	public function apply_to_order( $order, array $payment ): string {
		$context = array(
			'order'   => $order->get_id(),
			'payment' => $payment['id'],
			'state'   => $payment['status'],
		);
		if ( self::GATEWAY_ID !== $order->get_payment_method() ) {
			Paycrypt_Logger::log( 'warning', 'payment update for an order not paid with PayCrypt; left alone', $context );
			return 'not_our_order';
		}
		if ( (string) $order->get_meta( self::META_ID ) !== (string) $payment['id'] ) {
			Paycrypt_Logger::log( 'notice', 'payment is not the order\'s current PayCrypt payment; left alone', $context );
			return 'not_current_payment';
		}
		$state  = (string) $payment['status'];
		$target = Paycrypt_States::order_status( $state );
		if ( null === $target ) {
			Paycrypt_Logger::log( 'error', 'unknown PayCrypt state; order left alone', $context );
			return 'unknown_state';
		}
		if ( self::is_older( (string) ( $payment['updated_at'] ?? '' ), (string) $order->get_meta( self::META_UPDATED ) ) ) {
			return 'out_of_order';
		}
		$order->update_meta_data( self::META_STATUS, $state );
		$order->update_meta_data( self::META_UPDATED, (string) ( $payment['updated_at'] ?? '' ) );

		/* translators: 1: payment id, 2: state */
		$note    = sprintf( __( 'PayCrypt payment %1$s is %2$s.', 'paycrypt-for-woocommerce' ), $payment['id'], $state );
		$current = $order->get_status();
		$outcome = 'order_updated';
		if ( 'confirmed' === $state ) {
			if ( $order->is_paid() ) {
				$outcome = 'unchanged';
			} else {
				$order->add_order_note( $note );
				$order->payment_complete( (string) $payment['id'] );
			}
		} elseif ( $order->is_paid() && in_array( $target, Paycrypt_States::UNPAID_ORDER_STATUSES, true ) ) {
			$order->add_order_note( $note . ' ' . __( 'The order is already paid, so its status was kept.', 'paycrypt-for-woocommerce' ) );
			$outcome = 'kept_paid';
		} elseif ( $current === $target || ( 'processing' === $target && 'completed' === $current ) ) {
			$outcome = 'unchanged';
		} else {
			$order->update_status( $target, $note );
		}
		$order->save();
		Paycrypt_Logger::log( 'info', "order {$outcome}", $context + array( 'order_status' => $order->get_status() ) );
		return $outcome;
	}

	/**
	 * @param array $record  A shortcode record.
	 * @param array $payment Its Payment.
	 * @return string Outcome.
	 */
	public function apply_to_record( array $record, array $payment ): string {
		$state = (string) $payment['status'];
		if ( null === Paycrypt_States::order_status( $state ) ) {
			Paycrypt_Logger::log( 'error', 'unknown PayCrypt state; record left alone', array( 'payment' => $payment['id'], 'state' => $state ) );
			return 'unknown_state';
		}
		if ( self::is_older( (string) ( $payment['updated_at'] ?? '' ), (string) ( $record['updated_at'] ?? '' ) ) ) {
			return 'out_of_order';
		}
		if ( in_array( $record['status'] ?? '', Paycrypt_States::PAID, true ) && ! in_array( $state, Paycrypt_States::PAID, true ) ) {
			return 'kept_paid';
		}
		$this->records->update(
			(int) $record['id'],
			array(
				'status'          => $state,
				'updated_at'      => (string) ( $payment['updated_at'] ?? '' ),
				'amount_received' => (string) ( $payment['amount_received'] ?? '' ),
			)
		);
		return 'record_updated';
	}

	/**
	 * Whether RFC 3339 time $new is strictly before $last ("" never is).
	 *
	 * @param string $new  updated_at of the incoming payment.
	 * @param string $last updated_at last applied.
	 * @return bool
	 */
	private static function is_older( string $new, string $last ): bool {
		if ( '' === $new || '' === $last ) {
			return false;
		}
		try {
			return new DateTimeImmutable( $new ) < new DateTimeImmutable( $last );
		} catch ( Exception $e ) {
			return false;
		}
	}
}
