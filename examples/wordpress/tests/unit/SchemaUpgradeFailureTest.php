<?php
/**
 * An events-table upgrade the database refuses (no ALTER privilege) must not
 * take the site down: plugins_loaded survives, logs once, retries at most once
 * per UPGRADE_RETRY_SECONDS and tells administrators; webhooks answer 503
 * meanwhile so the gateway retries; activation still fails loudly.
 */

use PHPUnit\Framework\TestCase;

final class SchemaUpgradeFailureTest extends TestCase {

	const NOW = 1768473500;
	const OLD = 'evt_old000000000000000000001';

	/** @var FakeEventDb */
	private $db;
	/** @var array<int, array{0: string, 1: string}> */
	private $logged = array();

	protected function setUp(): void {
		Stub::reset();
		$GLOBALS['wc_stub_orders'] = array();
		$this->db                  = FakeEventDb::schema_1( array( self::OLD => self::NOW - 100 ) );
		$this->db->refuse_alter    = true;
		update_option( Paycrypt_Event_Log::VERSION_OPTION, '1' );
		Paycrypt_Logger::$sink = function ( string $level, string $message ): void {
			$this->logged[] = array( $level, $message );
		};
	}

	protected function tearDown(): void {
		Paycrypt_Logger::$sink = null;
		unset( $GLOBALS['wpdb'] );
	}

	/** plugins_loaded of one request, with the fake as $wpdb (only there: the payment lock would use it too). */
	private function plugins_loaded(): void {
		$GLOBALS['wpdb'] = $this->db;
		Paycrypt_Plugin::on_plugins_loaded();
		unset( $GLOBALS['wpdb'] );
	}

	private function alters(): int {
		return count( preg_grep( '/^ALTER TABLE/', $this->db->queries ) );
	}

	private function notice(): string {
		ob_start();
		do_action( 'admin_notices' );
		return (string) ob_get_clean();
	}

	private function deliver(): WP_REST_Response {
		$records    = new MemoryRecords();
		$body       = Fixtures::event_body( Fixtures::payment( array( 'status' => 'confirmed' ) ) );
		$controller = new Paycrypt_Webhook_Controller( static fn (): string => Fixtures::WEBHOOK_SECRET, new Paycrypt_Payment_Sync( $records ), new Paycrypt_Event_Log( $this->db ), $records, static fn (): int => self::NOW );
		return $controller->rest_webhook( new WP_REST_Request( $body, array( 'PayCrypt-Webhook-Signature' => Paycrypt_Webhook_Verifier::header( array( Fixtures::WEBHOOK_SECRET ), $body, self::NOW ) ) ) );
	}

	public function test_plugins_loaded_survives_a_refused_alter_and_retries_it_at_most_once_per_interval(): void {
		$this->plugins_loaded(); // threw RuntimeException: a fatal error on every request
		$this->assertSame( 1, $this->alters() );
		$this->assertSame( array( array( 'error', 'events table upgrade failed; retrying in 300 s: could not upgrade the events table' ) ), $this->logged );
		$this->assertSame( Paycrypt_Plugin::UPGRADE_RETRY_SECONDS, $GLOBALS['wp_stub']['transients'][ Paycrypt_Plugin::UPGRADE_FAILED_TRANSIENT ]['ttl'] );
		$this->assertStringContainsString( 'PayCrypt could not upgrade its database table', $this->notice() );

		$GLOBALS['wp_stub']['actions'] = array(); // the next request
		$this->plugins_loaded();
		$this->assertSame( 1, $this->alters(), 'no second ALTER within the interval' );
		$this->assertCount( 1, $this->logged, 'logged once' );
		$this->assertStringContainsString( 'PayCrypt could not upgrade', $this->notice(), 'still shown while the table is old' );

		$GLOBALS['wp_stub']['denied_caps'] = array( 'manage_options' );
		$this->assertSame( '', $this->notice(), 'only to users who can manage options' );

		// The interval passes and the DBA grants ALTER: the next request upgrades.
		delete_transient( Paycrypt_Plugin::UPGRADE_FAILED_TRANSIENT );
		$this->db->refuse_alter        = false;
		$GLOBALS['wp_stub']['actions'] = array();
		$this->plugins_loaded();
		$this->assertSame( 2, $this->alters() );
		$this->assertSame( Paycrypt_Event_Log::SCHEMA_VERSION, get_option( Paycrypt_Event_Log::VERSION_OPTION ) );
		$this->assertArrayNotHasKey( 'admin_notices', $GLOBALS['wp_stub']['actions'] );
	}

	public function test_webhooks_answer_503_while_the_table_is_old_and_are_processed_after_the_upgrade(): void {
		$this->plugins_loaded();
		$response = $this->deliver(); // was 500 processing_failed, from a claim on a table without its columns
		$this->assertSame( 503, $response->get_status() );
		$this->assertSame( array( 'code' => 'schema_upgrade_failed' ), $response->get_data() );
		$this->assertSame( array( self::OLD ), array_keys( $this->db->rows ), 'nothing claimed' );

		delete_transient( Paycrypt_Plugin::UPGRADE_FAILED_TRANSIENT );
		$this->db->refuse_alter = false;
		$this->plugins_loaded();
		$this->assertSame( 'processed', $this->deliver()->get_data()['status'], 'the gateway\'s retry' );
	}

	public function test_activation_still_fails_loudly(): void {
		$this->expectException( RuntimeException::class );
		$this->expectExceptionMessage( 'could not upgrade the events table' );
		$GLOBALS['wpdb'] = $this->db;
		Paycrypt_Plugin::activate();
	}
}
