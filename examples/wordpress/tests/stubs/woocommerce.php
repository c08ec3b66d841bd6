<?php
/**
 * Minimal stand-ins for the WooCommerce classes and functions the gateway touches.
 * Orders live in $GLOBALS['wc_stub_orders'] (id => WC_Order).
 */

$GLOBALS['wc_stub_orders'] = array();

abstract class WC_Settings_API {
	public $id = '';
	public $form_fields = array();
	public $settings = array();
	public function init_settings() {
		$stored = get_option( 'woocommerce_' . $this->id . '_settings', array() );
		foreach ( $this->form_fields as $key => $field ) {
			$this->settings[ $key ] = $stored[ $key ] ?? ( $field['default'] ?? '' );
		}
	}
	public function get_option( $key, $empty_value = null ) {
		return $this->settings[ $key ] ?? $empty_value;
	}
	public function process_admin_options() { return true; }
}

abstract class WC_Payment_Gateway extends WC_Settings_API {
	public $title = '';
	public $description = '';
	public $method_title = '';
	public $method_description = '';
	public $has_fields = false;
	public $supports = array();
	public function get_return_url( $order = null ) {
		return 'http://shop.test/checkout/order-received/' . ( $order ? $order->get_id() : '' ) . '/';
	}
}

class WC_Order {
	private $id;
	private $data;
	private $meta = array();
	public $notes = array();
	public $saves = 0;
	public $status_history = array();

	public function __construct( int $id, array $data = array() ) {
		$this->id   = $id;
		$this->data = $data + array(
			'status'         => 'pending',
			'payment_method' => 'paycrypt',
			'total'          => '49.99',
			'currency'       => 'USD',
			'order_key'      => 'wc_order_k3y' . $id,
			'transaction_id' => '',
		);
	}
	public function get_id() { return $this->id; }
	public function get_order_number() { return (string) $this->id; }
	public function get_order_key() { return $this->data['order_key']; }
	public function get_payment_method() { return $this->data['payment_method']; }
	public function get_total() { return $this->data['total']; }
	public function get_currency() { return $this->data['currency']; }
	public function get_status() { return $this->data['status']; }
	public function get_transaction_id() { return $this->data['transaction_id']; }
	public function set_transaction_id( $id ) { $this->data['transaction_id'] = $id; }
	public function has_status( $status ) { return in_array( $this->data['status'], (array) $status, true ); }
	public function is_paid() { return $this->has_status( array( 'processing', 'completed' ) ); }
	public function get_meta( $key, $single = true ) { return $this->meta[ $key ] ?? ''; }
	public function update_meta_data( $key, $value ) { $this->meta[ $key ] = $value; }
	public function add_order_note( $note ) { $this->notes[] = $note; return count( $this->notes ); }
	public function update_status( $new_status, $note = '' ) {
		$this->status_history[] = $new_status;
		$this->data['status']   = $new_status;
		if ( $note ) { $this->notes[] = $note; }
		return true;
	}
	public function payment_complete( $transaction_id = '' ) {
		$this->data['transaction_id'] = $transaction_id;
		return $this->update_status( 'processing' );
	}
	public function save() { $this->saves++; return $this->id; }
	/** Everything observable, to assert "nothing changed". */
	public function snapshot(): array { return array( $this->data, $this->meta, $this->notes, $this->saves ); }
}

function wc_get_order( $id ) { return $GLOBALS['wc_stub_orders'][ (int) $id ] ?? false; }
function wc_get_orders( $args ) {
	return array_values( array_filter(
		$GLOBALS['wc_stub_orders'],
		static function ( $order ) use ( $args ) {
			return $order->get_payment_method() === $args['payment_method'] && in_array( $order->get_status(), $args['status'], true );
		}
	) );
}
function wc_add_notice( $message, $type = 'success' ) { $GLOBALS['wp_stub']['notices'][] = array( $type, $message ); }
