<?php
/**
 * Plugin Name:       PayCrypt for WooCommerce
 * Plugin URI:        https://github.com/paycrypt/paycrypt-sdks/tree/main/examples/wordpress
 * Description:       Accept crypto payments with PayCrypt: a WooCommerce payment gateway, a [paycrypt_checkout] shortcode for sites without WooCommerce, and a signed webhook endpoint.
 * Version:           0.1.0
 * Requires at least: 6.0
 * Requires PHP:      8.0
 * Author:            PayCrypt
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       paycrypt-for-woocommerce
 * WC requires at least: 7.1
 * WC tested up to:   9.4
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

define( 'PAYCRYPT_WC_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/class-paycrypt-errors.php';
require_once __DIR__ . '/includes/class-paycrypt-logger.php';
require_once __DIR__ . '/includes/class-paycrypt-signer.php';
require_once __DIR__ . '/includes/class-paycrypt-webhook-verifier.php';
require_once __DIR__ . '/includes/interface-paycrypt-transport.php';
require_once __DIR__ . '/includes/class-paycrypt-wp-transport.php';
require_once __DIR__ . '/includes/class-paycrypt-api-client.php';
require_once __DIR__ . '/includes/class-paycrypt-states.php';
require_once __DIR__ . '/includes/interface-paycrypt-payment-records.php';
require_once __DIR__ . '/includes/class-paycrypt-post-records.php';
require_once __DIR__ . '/includes/class-paycrypt-event-log.php';
require_once __DIR__ . '/includes/class-paycrypt-payment-sync.php';
require_once __DIR__ . '/includes/class-paycrypt-webhook-controller.php';
require_once __DIR__ . '/includes/class-paycrypt-settings.php';
require_once __DIR__ . '/includes/class-paycrypt-shortcode.php';
require_once __DIR__ . '/includes/class-paycrypt-pending-check.php';
require_once __DIR__ . '/includes/class-paycrypt-plugin.php';
// includes/class-wc-gateway-paycrypt.php is loaded on plugins_loaded, only if WooCommerce is active.

Paycrypt_Plugin::boot( __FILE__ );
