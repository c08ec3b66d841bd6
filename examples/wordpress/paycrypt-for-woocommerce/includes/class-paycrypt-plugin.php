<?php
/**
 * Wiring: every hook the plugin adds is here.
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * Builds the services once and hooks them into WordPress and, when present, WooCommerce.
 */
final class Paycrypt_Plugin {

	/** Event types the registered webhook endpoint receives. */
	const WEBHOOK_EVENTS = array(
		'payment.created',
		'payment.confirming',
		'payment.confirmed',
		'payment.underpaid',
		'payment.expired',
		'payment.canceled',
		'payment.refunded',
		'payment.partially_refunded',
	);

	/** Set for UPGRADE_RETRY_SECONDS after a failed upgrade of the events table. */
	const UPGRADE_FAILED_TRANSIENT = 'paycrypt_events_upgrade_failed';
	/** At most one ALTER attempt per this many seconds while the upgrade keeps failing. */
	const UPGRADE_RETRY_SECONDS = 300;

	/** @var string Main plugin file. */
	private static $file = '';
	/** @var Paycrypt_Post_Records|null */
	private static $records = null;
	/** @var Paycrypt_Payment_Sync|null */
	private static $sync = null;

	/**
	 * @param string $file The main plugin file (__FILE__).
	 */
	public static function boot( string $file ): void {
		self::$file = $file;

		add_action( 'init', array( self::class, 'on_init' ) );
		add_action( 'template_redirect', array( 'Paycrypt_Shortcode', 'prepare_post' ) );
		add_action( 'rest_api_init', array( self::class, 'on_rest_api_init' ) );
		add_action( 'admin_menu', array( 'Paycrypt_Settings', 'add_page' ) );
		add_action( 'admin_init', array( 'Paycrypt_Settings', 'register' ) );
		add_action( 'admin_post_paycrypt_register_webhook', array( self::class, 'on_register_webhook' ) );
		add_action( Paycrypt_Pending_Check::HOOK, array( self::class, 'check_pending' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( $file ), array( self::class, 'action_links' ) );

		// WooCommerce, only if it is active.
		add_action( 'plugins_loaded', array( self::class, 'on_plugins_loaded' ) );
		add_action( 'before_woocommerce_init', array( self::class, 'declare_wc_compatibility' ) );

		register_activation_hook( $file, array( self::class, 'activate' ) );
		register_deactivation_hook( $file, array( self::class, 'deactivate' ) );
	}

	/** @return Paycrypt_Post_Records */
	public static function records(): Paycrypt_Post_Records {
		return self::$records ?? ( self::$records = new Paycrypt_Post_Records() );
	}

	/** @return Paycrypt_Payment_Sync */
	public static function sync(): Paycrypt_Payment_Sync {
		return self::$sync ?? ( self::$sync = new Paycrypt_Payment_Sync( self::records() ) );
	}

	/** Post type and shortcode. */
	public static function on_init(): void {
		Paycrypt_Post_Records::register_post_type();
		$shortcode = new Paycrypt_Shortcode( self::records(), array( 'Paycrypt_Settings', 'client' ) );
		add_shortcode( Paycrypt_Shortcode::TAG, array( $shortcode, 'render' ) );
	}

	/** The webhook and status routes. */
	public static function on_rest_api_init(): void {
		$controller = new Paycrypt_Webhook_Controller(
			static function (): string {
				return Paycrypt_Settings::get( 'webhook_secret' );
			},
			self::sync(),
			new Paycrypt_Event_Log(),
			self::records()
		);
		$controller->register_routes();
	}

	/** The events table after an update (no activation hook then); the gateway only when WooCommerce is there. */
	public static function on_plugins_loaded(): void {
		if ( isset( $GLOBALS['wpdb'] ) ) {
			self::upgrade_events_table( new Paycrypt_Event_Log() );
		}
		if ( ! class_exists( 'WC_Payment_Gateway' ) ) {
			return;
		}
		require_once __DIR__ . '/class-wc-gateway-paycrypt.php';
		add_filter(
			'woocommerce_payment_gateways',
			static function ( array $gateways ): array {
				$gateways[] = 'WC_Gateway_PayCrypt';
				return $gateways;
			}
		);
	}

	/**
	 * Upgrade the events table if its schema is old, without ever failing the
	 * request: a database user without ALTER rights must not take the whole
	 * site down with a fatal error on every page. A failure is logged, retried
	 * at most once per UPGRADE_RETRY_SECONDS, and shown to administrators; the
	 * webhook answers 503 meanwhile (the gateway retries, nothing is lost).
	 *
	 * @param Paycrypt_Event_Log $events The events table.
	 */
	public static function upgrade_events_table( Paycrypt_Event_Log $events ): void {
		if ( $events->is_current() ) {
			return;
		}
		if ( false === get_transient( self::UPGRADE_FAILED_TRANSIENT ) ) {
			try {
				$events->install();
				return;
			} catch ( Throwable $e ) {
				set_transient( self::UPGRADE_FAILED_TRANSIENT, 1, self::UPGRADE_RETRY_SECONDS );
				Paycrypt_Logger::log( 'error', 'events table upgrade failed; retrying in ' . self::UPGRADE_RETRY_SECONDS . ' s: ' . $e->getMessage() );
			}
		}
		add_action( 'admin_notices', array( self::class, 'upgrade_failed_notice' ) );
	}

	/** On `admin_notices` while the events table is old: administrators only. */
	public static function upgrade_failed_notice(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="notice notice-error"><p>' . esc_html__( 'PayCrypt could not upgrade its database table (wp_paycrypt_events): the database user may lack the ALTER privilege. Webhooks are refused with 503 and retried by PayCrypt until it is fixed; see the error log.', 'paycrypt-for-woocommerce' ) . '</p></div>';
	}

	/** HPOS (custom order tables): the plugin only uses the order CRUD API. */
	public static function declare_wc_compatibility(): void {
		if ( class_exists( '\Automattic\WooCommerce\Utilities\FeaturesUtil' ) ) {
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', self::$file, true );
			// No checkout-block integration yet: say so, and WooCommerce offers the classic checkout.
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', self::$file, false );
		}
	}

	/** Cron fallback, and forgetting old event ids. */
	public static function check_pending(): void {
		( new Paycrypt_Pending_Check( self::sync(), self::records(), array( 'Paycrypt_Settings', 'client' ) ) )->run();
		( new Paycrypt_Event_Log() )->prune( time() );
	}

	/**
	 * Create the events table; schedule the hourly pending check.
	 *
	 * @throws RuntimeException When the table cannot be created or upgraded: activation fails visibly.
	 */
	public static function activate(): void {
		( new Paycrypt_Event_Log() )->install();
		if ( ! wp_next_scheduled( Paycrypt_Pending_Check::HOOK ) ) {
			wp_schedule_event( time() + 300, 'hourly', Paycrypt_Pending_Check::HOOK );
		}
	}

	/** Remove the schedule. */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( Paycrypt_Pending_Check::HOOK );
	}

	/**
	 * Register this site's webhook route with PayCrypt and store the returned secret.
	 * Used by the settings page button, and by scripts (the e2e test).
	 *
	 * @param string|null $url Defaults to Paycrypt_Settings::webhook_url().
	 * @return array The WebhookEndpoint (without its secret).
	 * @throws Paycrypt_Error When the API refuses.
	 * @throws RuntimeException When credentials are missing.
	 */
	public static function register_webhook_endpoint( ?string $url = null ): array {
		$client = Paycrypt_Settings::client();
		if ( null === $client ) {
			throw new RuntimeException( 'set the API key and secret first' );
		}
		$endpoint = $client->create_webhook_endpoint(
			array(
				'url'         => $url ?? Paycrypt_Settings::webhook_url(),
				'events'      => self::WEBHOOK_EVENTS,
				'description' => 'WordPress: ' . get_bloginfo( 'name' ),
			)
		);
		if ( empty( $endpoint['secret'] ) ) {
			throw new RuntimeException( 'the API returned no webhook secret' );
		}
		Paycrypt_Settings::update( array( 'webhook_secret' => (string) $endpoint['secret'] ) );
		unset( $endpoint['secret'] );
		return $endpoint;
	}

	/** admin-post.php?action=paycrypt_register_webhook. */
	public static function on_register_webhook(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'paycrypt-for-woocommerce' ), 403 );
		}
		check_admin_referer( 'paycrypt_register_webhook' );
		try {
			self::register_webhook_endpoint();
			$result = 'registered';
		} catch ( Exception $e ) {
			Paycrypt_Logger::log( 'error', 'webhook registration failed: ' . $e->getMessage() );
			$result = 'failed';
		}
		wp_safe_redirect( add_query_arg( array( 'page' => Paycrypt_Settings::PAGE, 'paycrypt_webhook' => $result ), admin_url( 'options-general.php' ) ) );
		exit;
	}

	/**
	 * @param array $links Plugin row links.
	 * @return array
	 */
	public static function action_links( array $links ): array {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=' . Paycrypt_Settings::PAGE ) ) . '">' . esc_html__( 'Settings', 'paycrypt-for-woocommerce' ) . '</a>' );
		return $links;
	}
}
