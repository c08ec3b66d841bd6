<?php
/**
 * Headless WordPress steps for the end-to-end run (no wp-cli needed).
 *
 *   php wp-setup.php install   WP_DIR URL                 wp_install() + activate_plugin()
 *   php wp-setup.php configure WP_DIR URL MOCK_URL        credentials, webhook endpoint, shortcode page → prints the page URL
 *   php wp-setup.php pay       WP_DIR URL PAYMENT_ID      the mock's test helper: the customer pays
 *   php wp-setup.php deliver   WP_DIR URL PAYMENT_ID EVENT_ID START_MS [die]
 *                              one signed payment.confirmed delivery, applied WITHOUT the
 *                              per-payment lock and slowly, from START_MS on; prints its status.
 *                              With `die` the process exits after claiming the event and
 *                              before applying it, as a fatal error or a timeout would
 *   php wp-setup.php uninstall WP_DIR URL                 deactivate and delete the plugin (uninstall.php)
 *
 * Runs from the command line only; exits non-zero on any failure.
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}
list( , $command, $wp_dir, $url ) = $argv + array( '', '', '', '' );
$parts                    = parse_url( $url );
$_SERVER['HTTP_HOST']     = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['REQUEST_URI']   = '/';
$_SERVER['SERVER_NAME']   = $parts['host'];
$_SERVER['SERVER_PORT']   = (string) ( $parts['port'] ?? 80 );
$_SERVER['REQUEST_METHOD'] = 'GET';

function fail( string $message ): void {
	fwrite( STDERR, "wp-setup: {$message}\n" );
	exit( 1 );
}

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	require $wp_dir . '/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	add_filter( 'pre_wp_mail', '__return_true' ); // No "new site" e-mail (and no sendmail) here.
	$result = wp_install( 'PayCrypt e2e', 'admin', 'admin@example.com', false, '', wp_generate_password( 24 ) );
	if ( empty( $result['user_id'] ) ) {
		fail( 'wp_install failed' );
	}
	$activated = activate_plugin( 'paycrypt-for-woocommerce/paycrypt-for-woocommerce.php' );
	if ( is_wp_error( $activated ) ) {
		fail( 'activate_plugin: ' . $activated->get_error_message() );
	}
	echo "installed WordPress {$GLOBALS['wp_version']}, plugin active\n";
	exit( 0 );
}

require $wp_dir . '/wp-load.php';
if ( 'uninstall' === $command ) {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	require_once ABSPATH . 'wp-admin/includes/file.php';
	$plugin = 'paycrypt-for-woocommerce/paycrypt-for-woocommerce.php';
	deactivate_plugins( $plugin, true );
	uninstall_plugin( $plugin ); // Runs uninstall.php, as "Delete" in the admin does.
	echo "uninstalled\n";
	exit( 0 );
}
if ( ! is_plugin_active_compat( 'paycrypt-for-woocommerce/paycrypt-for-woocommerce.php' ) ) {
	fail( 'the plugin is not active' );
}

function is_plugin_active_compat( string $plugin ): bool {
	return in_array( $plugin, (array) get_option( 'active_plugins', array() ), true );
}

try {
	switch ( $command ) {
		case 'configure':
			$mock_url = $argv[4];
			Paycrypt_Settings::update(
				array(
					'api_key'    => 'pk_test_demo',
					'api_secret' => 'sk_test_demo',
					'base_url'   => $mock_url,
				)
			);
			// The same call as the settings page's "Register" button; stores the whsec_ secret.
			$endpoint = Paycrypt_Plugin::register_webhook_endpoint( rtrim( $url, '/' ) . '/?rest_route=/paycrypt/v1/webhook' );
			if ( 0 !== strpos( Paycrypt_Settings::get( 'webhook_secret' ), 'whsec_' ) ) {
				fail( 'no webhook secret stored' );
			}
			$page_id = wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => 'Pay with crypto',
					'post_content' => '[paycrypt_checkout amount="10.00" currency="USD" pay_currency="BTC"]',
				),
				true
			);
			if ( is_wp_error( $page_id ) ) {
				fail( $page_id->get_error_message() );
			}
			fwrite( STDERR, "webhook endpoint {$endpoint['id']} -> {$endpoint['url']}\n" );
			echo get_permalink( $page_id ), "\n";
			break;
		case 'pay':
			$payment = Paycrypt_Settings::client()->test_pay_payment( $argv[4] );
			echo $payment['status'], "\n";
			break;
		case 'deliver':
			list( , , , , $payment_id, $event_id, $start_ms ) = $argv;
			$die = 'die' === ( $argv[7] ?? '' );
			$payment = Paycrypt_Settings::client()->retrieve_payment( $payment_id );
			$body    = wp_json_encode(
				array(
					'id'       => $event_id,
					'type'     => 'payment.confirmed',
					'created'  => time(),
					'data'     => array( 'object' => $payment ),
					'livemode' => false,
				)
			);
			$header  = Paycrypt_Webhook_Verifier::header( array( Paycrypt_Settings::get( 'webhook_secret' ) ), $body, time() );
			// No lock: only the events table's unique key can keep the other
			// process out. Applying is slow (0.3 s) so both deliveries overlap.
			$no_lock = static function ( string $name, callable $work ) use ( $die ): string {
				if ( $die ) {
					fwrite( STDERR, "dying after the claim\n" );
					exit( 0 ); // No catch, no release: what a fatal error leaves behind.
				}
				fwrite( STDERR, "applying\n" );
				usleep( 300000 );
				return $work();
			};
			$controller = new Paycrypt_Webhook_Controller(
				static fn (): string => Paycrypt_Settings::get( 'webhook_secret' ),
				new Paycrypt_Payment_Sync( Paycrypt_Plugin::records(), $no_lock ),
				new Paycrypt_Event_Log(),
				Paycrypt_Plugin::records()
			);
			while ( microtime( true ) * 1000 < (float) $start_ms ) {
				usleep( 2000 );
			}
			list( $status, $answer ) = $controller->handle( $body, $header, $event_id );
			echo $status, ' ', $answer['status'] ?? $answer['code'], "\n";
			break;
		default:
			fail( "unknown command {$command}" );
	}
} catch ( Exception $e ) {
	fail( get_class( $e ) . ': ' . $e->getMessage() );
}
