<?php
/**
 * Settings: secrets never go back to the browser; a blank field keeps the stored value.
 */

use PHPUnit\Framework\TestCase;

final class SettingsTest extends TestCase {

	protected function setUp(): void {
		Stub::reset();
		Paycrypt_Settings::update( array( 'api_key' => 'pk_test_demo', 'api_secret' => 'sk_test_SECRET_1', 'webhook_secret' => 'whsec_SECRET_2' ) );
	}

	public function test_blank_secret_fields_keep_the_stored_values(): void {
		$saved = Paycrypt_Settings::sanitize( array( 'api_key' => ' pk_test_other ', 'api_secret' => '', 'webhook_secret' => '  ', 'base_url' => 'https://api.paycrypt.example' ) );
		$this->assertSame( array( 'api_key' => 'pk_test_other', 'base_url' => 'https://api.paycrypt.example', 'api_secret' => 'sk_test_SECRET_1', 'webhook_secret' => 'whsec_SECRET_2' ), $saved );
		// Idempotent: WordPress may run the callback again on the sanitized value.
		update_option( Paycrypt_Settings::OPTION, $saved );
		$this->assertSame( $saved, Paycrypt_Settings::sanitize( $saved ) );
	}

	public function test_a_new_secret_replaces_and_remove_clears(): void {
		$saved = Paycrypt_Settings::sanitize( array( 'api_secret' => 'sk_test_new', 'webhook_secret_clear' => '1', 'base_url' => '' ) );
		$this->assertSame( 'sk_test_new', $saved['api_secret'] );
		$this->assertSame( '', $saved['webhook_secret'] );
		$this->assertSame( Paycrypt_Settings::SANDBOX_BASE_URL, $saved['base_url'] );
	}

	public function test_secret_fields_render_without_their_value(): void {
		foreach ( Paycrypt_Settings::SECRETS as $key ) {
			ob_start();
			Paycrypt_Settings::render_field( array( 'key' => $key ) );
			$html = (string) ob_get_clean();
			$this->assertStringNotContainsString( 'SECRET', $html );
			$this->assertStringContainsString( 'value=""', $html );
			$this->assertStringContainsString( '•••• set', $html );
		}
		ob_start();
		Paycrypt_Settings::render_field( array( 'key' => 'api_key' ) );
		$this->assertStringContainsString( 'value="pk_test_demo"', (string) ob_get_clean() );
	}

	public function test_the_client_exists_only_with_credentials(): void {
		$this->assertInstanceOf( Paycrypt_Api_Client::class, Paycrypt_Settings::client() );
		Paycrypt_Settings::update( array( 'api_secret' => '' ) );
		$this->assertNull( Paycrypt_Settings::client() );
	}

	public function test_the_webhook_url_is_the_rest_route(): void {
		$this->assertSame( 'http://shop.test/wp-json/paycrypt/v1/webhook', Paycrypt_Settings::webhook_url() );
	}
}
