<?php
/**
 * Payments and events shaped like openapi.yaml's Payment and Event.
 */
final class Fixtures {
	public const WEBHOOK_SECRET = 'whsec_test_0123456789abcdefghijklmn';

	public static function payment( array $overrides = array() ): array {
		return array_merge(
			array(
				'id'              => 'pay_3f9a1c7e5b2d4a6c8e0f1a2b',
				'object'          => 'payment',
				'status'          => 'pending',
				'amount'          => '49.99',
				'currency'        => 'USD',
				'pay_currency'    => 'BTC',
				'pay_amount'      => '0.00052622',
				'rate'            => '95000.00',
				'pay_address'     => 'tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6',
				'amount_received' => '0',
				'overpaid_amount' => '0',
				'amount_refunded' => '0',
				'order_id'        => null,
				'description'     => null,
				'metadata'        => array(),
				'redirect_url'    => null,
				'hosted_url'      => 'https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b',
				'expires_at'      => '2026-01-15T10:45:00Z',
				'created_at'      => '2026-01-15T10:30:00Z',
				'updated_at'      => '2026-01-15T10:30:00Z',
				'confirmed_at'    => null,
			),
			$overrides
		);
	}

	/** An order payment: metadata routes it to WooCommerce order $order_id. */
	public static function order_payment( int $order_id, array $overrides = array() ): array {
		return self::payment( $overrides + array( 'metadata' => array( 'source' => 'woocommerce', 'wc_order_id' => (string) $order_id ) ) );
	}

	/** The raw body of a delivery, as the gateway sends it (compact JSON). */
	public static function event_body( array $payment, string $id = 'evt_000000000000000000000001', ?string $type = null ): string {
		return json_encode(
			array(
				'id'       => $id,
				'type'     => $type ?? 'payment.' . $payment['status'],
				'created'  => 1768473492,
				'data'     => array( 'object' => $payment ),
				'livemode' => false,
			),
			JSON_UNESCAPED_SLASHES
		);
	}
}
