<?php
/**
 * Hourly WP-Cron fallback: poll payments whose webhook never came.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Looks at shortcode records still open and at PayCrypt orders still pending
 * or on hold (created in the last LOOKBACK_DAYS), retrieves each payment and
 * applies it exactly as a webhook would.
 */
final class Paycrypt_Pending_Check {

	const HOOK          = 'paycrypt_check_pending';
	const BATCH         = 50;
	const LOOKBACK_DAYS = 7;

	/** @var Paycrypt_Payment_Sync */
	private $sync;
	/** @var Paycrypt_Payment_Records */
	private $records;
	/** @var callable(): (Paycrypt_Api_Client|null) */
	private $client;

	/**
	 * @param Paycrypt_Payment_Sync    $sync    Applies payments.
	 * @param Paycrypt_Payment_Records $records Shortcode records.
	 * @param callable                 $client  Returns an API client or null.
	 */
	public function __construct( Paycrypt_Payment_Sync $sync, Paycrypt_Payment_Records $records, callable $client ) {
		$this->sync    = $sync;
		$this->records = $records;
		$this->client  = $client;
	}

	/**
	 * @return array<string, string> payment id => outcome.
	 */
	public function run(): array {
		$client = call_user_func( $this->client );
		if ( null === $client ) {
			return array();
		}
		$outcomes = array();
		foreach ( $this->records->open( self::BATCH ) as $record ) {
			$outcomes[ $record['payment_id'] ] = $this->poll(
				$client,
				$record['payment_id'],
				function ( array $payment ) use ( $record ): string {
					return $this->sync->apply_to_record( $record, $payment );
				}
			);
		}
		if ( function_exists( 'wc_get_orders' ) ) {
			$orders = wc_get_orders(
				array(
					'payment_method' => Paycrypt_Payment_Sync::GATEWAY_ID,
					'status'         => array( 'pending', 'on-hold' ),
					'date_created'   => '>' . ( time() - self::LOOKBACK_DAYS * 86400 ),
					'limit'          => self::BATCH,
				)
			);
			foreach ( $orders as $order ) {
				$payment_id = (string) $order->get_meta( Paycrypt_Payment_Sync::META_ID );
				if ( '' === $payment_id ) {
					continue;
				}
				$outcomes[ $payment_id ] = $this->poll(
					$client,
					$payment_id,
					function ( array $payment ) use ( $order ): string {
						return $this->sync->apply_to_order( $order, $payment );
					}
				);
			}
		}
		return $outcomes;
	}

	/**
	 * @param Paycrypt_Api_Client $client     Client.
	 * @param string              $payment_id pay_….
	 * @param callable            $apply      Applies the retrieved payment.
	 * @return string Outcome.
	 */
	private function poll( Paycrypt_Api_Client $client, string $payment_id, callable $apply ): string {
		try {
			return $apply( $client->retrieve_payment( $payment_id ) );
		} catch ( Paycrypt_Error $e ) {
			Paycrypt_Logger::log( 'warning', 'pending check could not retrieve the payment: ' . $e->getMessage(), array( 'payment' => $payment_id ) );
			return 'error';
		}
	}
}
