<?php
/**
 * Paycrypt_Payment_Records as a private custom post type, `paycrypt_payment`.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * One post per payment; the fields live in post meta prefixed `_paycrypt_`.
 * The post type is visible to administrators under Tools-like "PayCrypt payments".
 */
final class Paycrypt_Post_Records implements Paycrypt_Payment_Records {

	const POST_TYPE = 'paycrypt_payment';
	const FIELDS    = array( 'payment_id', 'status', 'amount', 'currency', 'pay_amount', 'pay_currency', 'pay_address', 'hosted_url', 'amount_received', 'updated_at' );

	/** Register the post type (on `init`). */
	public static function register_post_type(): void {
		register_post_type(
			self::POST_TYPE,
			array(
				'labels'          => array(
					'name'          => __( 'PayCrypt payments', 'paycrypt-for-woocommerce' ),
					'singular_name' => __( 'PayCrypt payment', 'paycrypt-for-woocommerce' ),
				),
				'public'          => false,
				'show_ui'         => true,
				'show_in_menu'    => 'tools.php',
				'show_in_rest'    => false,
				'supports'        => array( 'title', 'custom-fields' ),
				'capability_type' => 'post',
				'capabilities'    => array( 'create_posts' => 'do_not_allow' ),
				'map_meta_cap'    => true,
			)
		);
	}

	/** {@inheritDoc} */
	public function create( array $payment ): int {
		$post_id = wp_insert_post(
			array(
				'post_type'   => self::POST_TYPE,
				'post_status' => 'publish',
				'post_title'  => (string) $payment['id'],
			),
			true
		);
		if ( is_wp_error( $post_id ) ) {
			throw new RuntimeException( 'could not store the payment record: ' . $post_id->get_error_message() );
		}
		$this->update( (int) $post_id, array( 'payment_id' => $payment['id'] ) + $payment );
		return (int) $post_id;
	}

	/** {@inheritDoc} */
	public function find( string $payment_id ): ?array {
		$ids = get_posts(
			array(
				'post_type'        => self::POST_TYPE,
				'post_status'      => 'any',
				'meta_key'         => '_paycrypt_payment_id', // phpcs:ignore WordPress.DB.SlowDBQuery
				'meta_value'       => $payment_id,            // phpcs:ignore WordPress.DB.SlowDBQuery
				'fields'           => 'ids',
				'numberposts'      => 1,
				'suppress_filters' => true,
			)
		);
		return $ids ? $this->load( (int) $ids[0] ) : null;
	}

	/** {@inheritDoc} */
	public function update( int $record_id, array $fields ): void {
		foreach ( self::FIELDS as $field ) {
			if ( array_key_exists( $field, $fields ) && ( is_scalar( $fields[ $field ] ) || null === $fields[ $field ] ) ) {
				update_post_meta( $record_id, '_paycrypt_' . $field, (string) $fields[ $field ] );
			}
		}
	}

	/** {@inheritDoc} */
	public function open( int $limit ): array {
		$ids = get_posts(
			array(
				'post_type'        => self::POST_TYPE,
				'post_status'      => 'any',
				'meta_query'       => array( // phpcs:ignore WordPress.DB.SlowDBQuery
					array(
						'key'     => '_paycrypt_status',
						'value'   => Paycrypt_States::OPEN,
						'compare' => 'IN',
					),
				),
				'fields'           => 'ids',
				'numberposts'      => $limit,
				'suppress_filters' => true,
			)
		);
		return array_map( array( $this, 'load' ), array_map( 'intval', $ids ) );
	}

	/**
	 * @param int $post_id Record id.
	 * @return array
	 */
	private function load( int $post_id ): array {
		$record = array( 'id' => $post_id );
		foreach ( self::FIELDS as $field ) {
			$record[ $field ] = (string) get_post_meta( $post_id, '_paycrypt_' . $field, true );
		}
		return $record;
	}
}
