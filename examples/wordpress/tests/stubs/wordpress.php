<?php
/**
 * Minimal stand-ins for the WordPress functions and classes the plugin calls,
 * so its logic runs under plain PHPUnit. State lives in $GLOBALS['wp_stub'];
 * Stub::reset() clears it between tests. Not a WordPress emulator: only what
 * the plugin touches, with WordPress's signatures.
 */

define( 'ABSPATH', __DIR__ . '/' );

final class Stub {
	public static function reset(): void {
		$GLOBALS['wp_stub'] = array(
			'options'    => array(),
			'actions'    => array(),
			'filters'    => array(),
			'routes'     => array(),
			'shortcodes' => array(),
			'notices'    => array(),
			'post_meta'  => array(),
			'transients' => array(),
		);
	}
}
Stub::reset();

class WP_Error {
	private $message;
	public function __construct( $code = '', $message = '' ) { $this->message = $message; }
	public function get_error_message() { return $this->message; }
}
function is_wp_error( $thing ) { return $thing instanceof WP_Error; }

function get_option( $name, $default = false ) {
	return array_key_exists( $name, $GLOBALS['wp_stub']['options'] ) ? $GLOBALS['wp_stub']['options'][ $name ] : $default;
}
function update_option( $name, $value, $autoload = null ) {
	$GLOBALS['wp_stub']['options'][ $name ] = $value;
	return true;
}
function delete_option( $name ) { unset( $GLOBALS['wp_stub']['options'][ $name ] ); return true; }

// Transients: kept with their TTL so tests can see it; expiry is the test's business.
function get_transient( $name ) { return $GLOBALS['wp_stub']['transients'][ $name ]['value'] ?? false; }
function set_transient( $name, $value, $ttl = 0 ) { $GLOBALS['wp_stub']['transients'][ $name ] = array( 'value' => $value, 'ttl' => $ttl ); return true; }
function delete_transient( $name ) { unset( $GLOBALS['wp_stub']['transients'][ $name ] ); return true; }

// Nonces: a stand-in with WordPress's signatures; valid means "made by wp_create_nonce for this action".
function wp_create_nonce( $action = -1 ) { return substr( md5( 'nonce|' . $action ), 0, 10 ); }
function wp_verify_nonce( $nonce, $action = -1 ) { return is_string( $nonce ) && hash_equals( wp_create_nonce( $action ), $nonce ) ? 1 : false; }
function wp_nonce_field( $action = -1, $name = '_wpnonce', $referer = true, $display = true ) {
	$field = '<input type="hidden" id="' . esc_attr( $name ) . '" name="' . esc_attr( $name ) . '" value="' . wp_create_nonce( $action ) . '" />';
	if ( $display ) { echo $field; }
	return $field;
}
function wp_unslash( $value ) { return is_string( $value ) ? stripslashes( $value ) : $value; }
function nocache_headers() {}
function is_ssl() { return false; }
define( 'DAY_IN_SECONDS', 86400 );
define( 'COOKIEPATH', '/' );

function add_action( $hook, $callback, $priority = 10, $args = 1 ) { $GLOBALS['wp_stub']['actions'][ $hook ][] = $callback; return true; }
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) { $GLOBALS['wp_stub']['filters'][ $hook ][] = $callback; return true; }
function apply_filters( $hook, $value, ...$args ) {
	foreach ( $GLOBALS['wp_stub']['filters'][ $hook ] ?? array() as $cb ) { $value = $cb( $value, ...$args ); }
	return $value;
}
function do_action( $hook, ...$args ) { foreach ( $GLOBALS['wp_stub']['actions'][ $hook ] ?? array() as $cb ) { $cb( ...$args ); } }
function register_activation_hook( $file, $cb ) {}
function register_deactivation_hook( $file, $cb ) {}
function plugin_basename( $file ) { return basename( dirname( $file ) ) . '/' . basename( $file ); }
function register_rest_route( $namespace, $route, $args ) { $GLOBALS['wp_stub']['routes'][ $namespace . $route ] = $args; return true; }
function add_shortcode( $tag, $cb ) { $GLOBALS['wp_stub']['shortcodes'][ $tag ] = $cb; }
function shortcode_atts( $pairs, $atts, $shortcode = '' ) {
	$atts = (array) $atts;
	$out  = array();
	foreach ( $pairs as $name => $default ) { $out[ $name ] = array_key_exists( $name, $atts ) ? $atts[ $name ] : $default; }
	return $out;
}
function rest_url( $path = '' ) { return 'http://shop.test/wp-json/' . ltrim( $path, '/' ); }
function admin_url( $path = '' ) { return 'http://shop.test/wp-admin/' . ltrim( $path, '/' ); }
function get_bloginfo( $what = '' ) { return 'version' === $what ? '6.1' : 'Test shop'; }
function current_user_can( $cap ) { return ! in_array( $cap, $GLOBALS['wp_stub']['denied_caps'] ?? array(), true ); }

function __( $text, $domain = 'default' ) { return $text; }
function esc_html__( $text, $domain = 'default' ) { return esc_html( $text ); }
function esc_html( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function esc_attr( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function esc_url( $url ) { return htmlspecialchars( (string) $url, ENT_QUOTES, 'UTF-8' ); }
function esc_url_raw( $url ) { return filter_var( $url, FILTER_VALIDATE_URL ) ? $url : ''; }
function sanitize_text_field( $text ) { return trim( strip_tags( (string) $text ) ); }
function wp_json_encode( $data ) { return json_encode( $data ); }

class WP_REST_Request implements ArrayAccess {
	private $body;
	private $headers;
	private $params;
	public function __construct( string $body = '', array $headers = array(), array $params = array() ) {
		$this->body   = $body;
		$this->params = $params;
		$this->headers = array();
		foreach ( $headers as $name => $value ) { $this->headers[ strtolower( str_replace( '-', '_', $name ) ) ] = $value; }
	}
	public function get_body() { return $this->body; }
	public function get_header( $key ) { return $this->headers[ strtolower( str_replace( '-', '_', $key ) ) ] ?? null; }
	public function get_json_params() { return json_decode( $this->body, true ); }
	public function offsetExists( $o ): bool { return isset( $this->params[ $o ] ); }
	public function offsetGet( $o ): mixed { return $this->params[ $o ] ?? null; }
	public function offsetSet( $o, $v ): void { $this->params[ $o ] = $v; }
	public function offsetUnset( $o ): void { unset( $this->params[ $o ] ); }
}

class WP_REST_Response {
	private $data;
	private $status;
	public function __construct( $data = null, $status = 200 ) { $this->data = $data; $this->status = $status; }
	public function get_data() { return $this->data; }
	public function get_status() { return $this->status; }
}
