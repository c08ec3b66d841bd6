<?php
/**
 * Settings → PayCrypt: credentials, webhook secret and API base URL (Settings API).
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * One option, `paycrypt_settings`. Secrets are never printed back into the
 * page: a set secret shows "•••• set", and a blank field keeps the old value.
 */
final class Paycrypt_Settings {

	const OPTION           = 'paycrypt_settings';
	const PAGE             = 'paycrypt';
	const SANDBOX_BASE_URL = 'http://127.0.0.1:8787';
	const SECRETS          = array( 'api_secret', 'webhook_secret' );
	const DEFAULTS         = array(
		'api_key'        => '',
		'api_secret'     => '',
		'webhook_secret' => '',
		'base_url'       => self::SANDBOX_BASE_URL,
	);

	/**
	 * @return array<string, string>
	 */
	public static function all(): array {
		$stored = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $stored ) ? array_intersect_key( $stored, self::DEFAULTS ) : array() );
	}

	/**
	 * @param string $key One of DEFAULTS' keys.
	 * @return string
	 */
	public static function get( string $key ): string {
		return (string) ( self::all()[ $key ] ?? '' );
	}

	/**
	 * Save settings from code (the e2e installer, WP-CLI `wp eval`, a deploy script).
	 *
	 * @param array $values Keys of DEFAULTS.
	 */
	public static function update( array $values ): void {
		update_option( self::OPTION, array_merge( self::all(), array_intersect_key( $values, self::DEFAULTS ) ) );
	}

	/**
	 * An API client from the settings, or null while key or secret is missing.
	 *
	 * @return Paycrypt_Api_Client|null
	 */
	public static function client(): ?Paycrypt_Api_Client {
		$settings = self::all();
		if ( '' === $settings['api_key'] || '' === $settings['api_secret'] ) {
			return null;
		}
		return new Paycrypt_Api_Client( $settings['api_key'], $settings['api_secret'], $settings['base_url'], new Paycrypt_WP_Transport() );
	}

	/** The URL to register with PayCrypt as a webhook endpoint. */
	public static function webhook_url(): string {
		return rest_url( Paycrypt_Webhook_Controller::REST_NAMESPACE . '/webhook' );
	}

	/** On `admin_menu`. */
	public static function add_page(): void {
		add_options_page( __( 'PayCrypt', 'paycrypt-for-woocommerce' ), __( 'PayCrypt', 'paycrypt-for-woocommerce' ), 'manage_options', self::PAGE, array( self::class, 'render_page' ) );
	}

	/** On `admin_init`. */
	public static function register(): void {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => self::DEFAULTS,
				'show_in_rest'      => false,
			)
		);
		add_settings_section( 'paycrypt_api', __( 'API access', 'paycrypt-for-woocommerce' ), array( self::class, 'render_section' ), self::PAGE );
		$fields = array(
			'api_key'        => __( 'API key', 'paycrypt-for-woocommerce' ),
			'api_secret'     => __( 'API secret', 'paycrypt-for-woocommerce' ),
			'webhook_secret' => __( 'Webhook secret', 'paycrypt-for-woocommerce' ),
			'base_url'       => __( 'API base URL', 'paycrypt-for-woocommerce' ),
		);
		foreach ( $fields as $key => $label ) {
			add_settings_field(
				'paycrypt_' . $key,
				$label,
				array( self::class, 'render_field' ),
				self::PAGE,
				'paycrypt_api',
				array(
					'key'       => $key,
					'label_for' => 'paycrypt_' . $key,
				)
			);
		}
	}

	/**
	 * Settings API sanitize callback. Idempotent (WordPress may run it twice on the first save).
	 *
	 * @param mixed $input Submitted values.
	 * @return array
	 */
	public static function sanitize( $input ): array {
		$input = is_array( $input ) ? $input : array();
		$old   = self::all();
		$out   = array(
			'api_key'  => sanitize_text_field( (string) ( $input['api_key'] ?? $old['api_key'] ) ),
			'base_url' => esc_url_raw( trim( (string) ( $input['base_url'] ?? '' ) ) ),
		);
		if ( '' === $out['base_url'] ) {
			$out['base_url'] = self::SANDBOX_BASE_URL;
		}
		foreach ( self::SECRETS as $key ) {
			$submitted = trim( (string) ( $input[ $key ] ?? '' ) );
			if ( ! empty( $input[ $key . '_clear' ] ) ) {
				$out[ $key ] = '';
			} elseif ( '' === $submitted ) {
				$out[ $key ] = $old[ $key ]; // Left blank: keep what is stored.
			} else {
				$out[ $key ] = $submitted;
			}
		}
		return $out;
	}

	/** Section intro: the webhook URL to register. */
	public static function render_section(): void {
		echo '<p>' . esc_html__( 'Register this URL as a webhook endpoint in PayCrypt, then paste the whsec_… secret it shows you below (or use the button, which does both):', 'paycrypt-for-woocommerce' ) . '</p>';
		echo '<p><code>' . esc_html( self::webhook_url() ) . '</code></p>';
	}

	/**
	 * @param array $args key.
	 */
	public static function render_field( array $args ): void {
		$key  = $args['key'];
		$name = self::OPTION . '[' . $key . ']';
		$id   = 'paycrypt_' . $key;
		if ( in_array( $key, self::SECRETS, true ) ) {
			$set = '' !== self::get( $key );
			// The value attribute stays empty: a stored secret never goes back to the browser.
			printf( '<input type="password" id="%s" name="%s" value="" class="regular-text" autocomplete="new-password" /> ', esc_attr( $id ), esc_attr( $name ) );
			if ( $set ) {
				echo '<span class="paycrypt-secret-set">' . esc_html__( '•••• set', 'paycrypt-for-woocommerce' ) . '</span> ';
				printf( '<label><input type="checkbox" name="%s" value="1" /> %s</label>', esc_attr( self::OPTION . '[' . $key . '_clear]' ), esc_html__( 'Remove', 'paycrypt-for-woocommerce' ) );
				echo '<p class="description">' . esc_html__( 'Leave blank to keep the current value.', 'paycrypt-for-woocommerce' ) . '</p>';
			} else {
				echo '<span class="paycrypt-secret-unset">' . esc_html__( 'not set', 'paycrypt-for-woocommerce' ) . '</span>';
			}
			return;
		}
		$type = 'base_url' === $key ? 'url' : 'text';
		printf( '<input type="%s" id="%s" name="%s" value="%s" class="regular-text" />', esc_attr( $type ), esc_attr( $id ), esc_attr( $name ), esc_attr( self::get( $key ) ) );
		if ( 'base_url' === $key ) {
			/* translators: %s: sandbox URL */
			echo '<p class="description">' . esc_html( sprintf( __( 'Sandbox (the local mock gateway): %s', 'paycrypt-for-woocommerce' ), self::SANDBOX_BASE_URL ) ) . '</p>';
		}
	}

	/** The page. */
	public static function render_page(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		if ( isset( $_GET['paycrypt_webhook'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification
			$ok = 'registered' === $_GET['paycrypt_webhook']; // phpcs:ignore WordPress.Security.NonceVerification
			printf( '<div class="notice notice-%s"><p>%s</p></div>', $ok ? 'success' : 'error', esc_html( $ok ? __( 'Webhook endpoint registered and its secret saved.', 'paycrypt-for-woocommerce' ) : __( 'Registering the webhook endpoint failed; see the logs.', 'paycrypt-for-woocommerce' ) ) );
		}
		echo '<form action="options.php" method="post">';
		settings_fields( self::PAGE );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form>';
		echo '<form action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" method="post">';
		echo '<input type="hidden" name="action" value="paycrypt_register_webhook" />';
		wp_nonce_field( 'paycrypt_register_webhook' );
		submit_button( __( 'Register this site\'s webhook endpoint with PayCrypt', 'paycrypt-for-woocommerce' ), 'secondary' );
		echo '</form></div>';
	}
}
