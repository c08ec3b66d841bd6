<?php
/**
 * PHPUnit bootstrap: WordPress and WooCommerce stand-ins, then the plugin itself.
 */

require __DIR__ . '/stubs/wordpress.php';
require __DIR__ . '/stubs/woocommerce.php';
require dirname( __DIR__ ) . '/paycrypt-for-woocommerce/paycrypt-for-woocommerce.php';
require dirname( __DIR__ ) . '/paycrypt-for-woocommerce/includes/class-wc-gateway-paycrypt.php';
require __DIR__ . '/support/FakeTransport.php';
require __DIR__ . '/support/MemoryRecords.php';
require __DIR__ . '/support/FakeEventDb.php';
require __DIR__ . '/support/Fixtures.php';

define( 'PAYCRYPT_VECTORS_DIR', dirname( __DIR__, 3 ) . '/contract-tests/vectors' );
