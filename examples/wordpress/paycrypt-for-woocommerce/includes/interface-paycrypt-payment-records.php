<?php
/**
 * Storage for payments made through the shortcode (no WooCommerce order behind them).
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * A record is an array: id (record id), payment_id, status, amount, currency,
 * pay_amount, pay_currency, pay_address, hosted_url, updated_at.
 */
interface Paycrypt_Payment_Records {

	/**
	 * @param array $payment The Payment as returned by the API.
	 * @return int The new record id.
	 */
	public function create( array $payment ): int;

	/**
	 * @param string $payment_id pay_….
	 * @return array|null The record.
	 */
	public function find( string $payment_id ): ?array;

	/**
	 * @param int   $record_id Record id.
	 * @param array $fields    status, updated_at, amount_received….
	 */
	public function update( int $record_id, array $fields ): void;

	/**
	 * @param int $limit At most this many.
	 * @return array[] Records whose status is one of Paycrypt_States::OPEN.
	 */
	public function open( int $limit ): array;
}
