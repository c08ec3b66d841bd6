<?php
/**
 * What a WordPress developer expects of a plugin, and `php -l` over every PHP file.
 */

use PHPUnit\Framework\TestCase;

final class PluginStructureTest extends TestCase {

	private static function root(): string {
		return dirname( __DIR__, 2 );
	}

	/** @return string[] */
	private static function php_files( string $dir ): array {
		$files = array();
		foreach ( new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $dir, FilesystemIterator::SKIP_DOTS ) ) as $file ) {
			if ( 'php' === $file->getExtension() ) {
				$files[] = $file->getPathname();
			}
		}
		sort( $files );
		return $files;
	}

	public function test_every_php_file_lints(): void {
		$files = self::php_files( self::root() );
		$this->assertGreaterThan( 20, count( $files ) );
		foreach ( $files as $file ) {
			exec( escapeshellarg( PHP_BINARY ) . ' -l ' . escapeshellarg( $file ) . ' 2>&1', $output, $code );
			$this->assertSame( 0, $code, implode( "\n", $output ) );
		}
	}

	public function test_every_plugin_file_refuses_direct_access(): void {
		foreach ( self::php_files( self::root() . '/paycrypt-for-woocommerce' ) as $file ) {
			$guard = basename( $file ) === 'uninstall.php' ? "defined( 'WP_UNINSTALL_PLUGIN' ) || exit;" : "defined( 'ABSPATH' ) || exit;";
			$this->assertStringContainsString( $guard, (string) file_get_contents( $file ), $file );
		}
	}

	public function test_plugin_header_and_readme(): void {
		$main = (string) file_get_contents( self::root() . '/paycrypt-for-woocommerce/paycrypt-for-woocommerce.php' );
		foreach ( array( 'Plugin Name:', 'Version:', 'Requires PHP:      8.0', 'Text Domain:       paycrypt-for-woocommerce', 'License:' ) as $field ) {
			$this->assertStringContainsString( $field, $main );
		}
		$readme = (string) file_get_contents( self::root() . '/paycrypt-for-woocommerce/readme.txt' );
		$this->assertMatchesRegularExpression( '/^=== PayCrypt for WooCommerce ===/', $readme );
		$this->assertStringContainsString( 'Stable tag: 0.1.0', $readme );
	}

	public function test_hooks_are_registered(): void {
		Stub::reset();
		Paycrypt_Plugin::boot( self::root() . '/paycrypt-for-woocommerce/paycrypt-for-woocommerce.php' );
		$actions = $GLOBALS['wp_stub']['actions'];
		foreach ( array( 'init', 'rest_api_init', 'admin_menu', 'admin_init', 'plugins_loaded', 'before_woocommerce_init', 'paycrypt_check_pending', 'admin_post_paycrypt_register_webhook' ) as $hook ) {
			$this->assertArrayHasKey( $hook, $actions, $hook );
		}
	}

	public function test_gateway_is_offered_only_with_woocommerce(): void {
		Stub::reset();
		Paycrypt_Plugin::on_plugins_loaded();
		$gateways = apply_filters( 'woocommerce_payment_gateways', array() );
		$this->assertSame( array( 'WC_Gateway_PayCrypt' ), $gateways );
	}

	public function test_hpos_compatibility_is_declared(): void {
		if ( ! class_exists( '\Automattic\WooCommerce\Utilities\FeaturesUtil' ) ) {
			eval( 'namespace Automattic\WooCommerce\Utilities; class FeaturesUtil { public static $declared = array(); public static function declare_compatibility( $feature, $file, $ok = true ) { self::$declared[ $feature ] = array( basename( $file ), $ok ); return true; } }' );
		}
		Paycrypt_Plugin::boot( self::root() . '/paycrypt-for-woocommerce/paycrypt-for-woocommerce.php' );
		Paycrypt_Plugin::declare_wc_compatibility();
		$this->assertSame( array( 'paycrypt-for-woocommerce.php', true ), \Automattic\WooCommerce\Utilities\FeaturesUtil::$declared['custom_order_tables'] );
	}
}
