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
function current_user_can( $cap ) { return true; }

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
