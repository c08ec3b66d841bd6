<?php
/**
 * REST routes: POST /wp-json/paycrypt/v1/webhook (signed deliveries) and
 * GET /wp-json/paycrypt/v1/payments/{id} (a shortcode payment's status).
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/**
 * The webhook endpoint. The signature is the authentication, hence
 * permission_callback __return_true; everything is checked over the raw body
 * ($request->get_body()), never over re-encoded JSON.
 */
final class Paycrypt_Webhook_Controller {

	const REST_NAMESPACE = 'paycrypt/v1';

	/** @var callable(): string */
	private $secret;
	/** @var Paycrypt_Payment_Sync */
	private $sync;
	/** @var Paycrypt_Event_Log */
	private $events;
	/** @var Paycrypt_Payment_Records */
	private $records;
	/** @var callable(): int */
	private $clock;
	/** @var int */
	private $tolerance;

	/**
	 * @param callable                 $secret    Returns the configured webhook secret ("" when none).
	 * @param Paycrypt_Payment_Sync    $sync      Applies payments.
	 * @param Paycrypt_Event_Log       $events    Processed event ids.
	 * @param Paycrypt_Payment_Records $records   Shortcode records (for the status read).
	 * @param callable|null            $clock     Returns unix seconds; default time().
	 * @param int                      $tolerance Seconds.
	 */
	public function __construct( callable $secret, Paycrypt_Payment_Sync $sync, Paycrypt_Event_Log $events, Paycrypt_Payment_Records $records, ?callable $clock = null, int $tolerance = Paycrypt_Webhook_Verifier::DEFAULT_TOLERANCE ) {
		$this->secret    = $secret;
		$this->sync      = $sync;
		$this->events    = $events;
		$this->records   = $records;
		$this->clock     = $clock ?? 'time';
		$this->tolerance = $tolerance;
	}

	/** On `rest_api_init`. */
	public function register_routes(): void {
		register_rest_route(
			self::REST_NAMESPACE,
			'/webhook',
			array(
				'methods'             => 'POST',
				'callback'            => array( $this, 'rest_webhook' ),
				'permission_callback' => '__return_true', // The signature is the auth.
			)
		);
		register_rest_route(
			self::REST_NAMESPACE,
			'/payments/(?P<id>pay_[A-Za-z0-9]+)',
			array(
				'methods'             => 'GET',
				'callback'            => array( $this, 'rest_payment' ),
				'permission_callback' => '__return_true', // Unguessable id, already shown on the page; status only.
			)
		);
	}

	/**
	 * @param WP_REST_Request $request The delivery.
	 * @return WP_REST_Response
	 */
	public function rest_webhook( $request ) {
		list( $status, $data ) = $this->handle(
			(string) $request->get_body(),
			$request->get_header( 'paycrypt_webhook_signature' ),
			$request->get_header( 'paycrypt_event_id' )
		);
		return new WP_REST_Response( $data, $status );
	}

	/**
	 * @param WP_REST_Request $request ?id=pay_….
	 * @return WP_REST_Response
	 */
	public function rest_payment( $request ) {
		$record = $this->records->find( (string) $request['id'] );
		if ( ! $record ) {
			return new WP_REST_Response( array( 'code' => 'payment_not_found' ), 404 );
		}
		return new WP_REST_Response(
			array(
				'id'     => $record['payment_id'],
				'status' => $record['status'],
				'paid'   => in_array( $record['status'], Paycrypt_States::PAID, true ),
			),
			200
		);
	}

	/**
	 * Verify, dedupe and apply one delivery.
	 *
	 * 401 for any signature failure (nothing is read or changed); 400 for a
	 * signed body that is not an event or whose id is not of the spec's form
	 * (`evt_` + 24 letters or digits: stored as is, never truncated); 200 for
	 * processed, duplicate or ignored events; 409 while another request holds
	 * the event's claim, 503 while the events table awaits its upgrade, and 500
	 * when applying failed (all retried by the gateway).
	 *
	 * @param string      $raw_body  Exact request body bytes.
	 * @param string|null $signature PayCrypt-Webhook-Signature.
	 * @param string|null $event_id  PayCrypt-Event-Id.
	 * @return array{0: int, 1: array}
	 */
	public function handle( string $raw_body, ?string $signature, ?string $event_id ): array {
		$now    = (int) call_user_func( $this->clock );
		$reason = Paycrypt_Webhook_Verifier::check( $raw_body, $signature, (string) call_user_func( $this->secret ), $this->tolerance, $now );
		if ( null !== $reason ) {
			Paycrypt_Logger::log( 'warning', "webhook rejected: {$reason}" );
			return array( 401, array( 'code' => $reason ) );
		}
		$event = json_decode( $raw_body, true );
		if ( ! is_array( $event ) || empty( $event['id'] ) || ! is_string( $event['id'] ) || empty( $event['type'] ) ) {
			return array( 400, array( 'code' => 'not_an_event' ) );
		}
		if ( ! Paycrypt_Event_Log::valid_id( $event['id'] ) ) {
			Paycrypt_Logger::log( 'warning', 'webhook rejected: invalid_event_id' );
			return array( 400, array( 'code' => 'invalid_event_id' ) );
		}
		if ( null !== $event_id && '' !== $event_id && $event_id !== $event['id'] ) {
			return array( 400, array( 'code' => 'event_id_mismatch' ) );
		}
		if ( ! $this->events->is_current() ) {
			// The upgrade failed (Paycrypt_Plugin::upgrade_events_table()): refuse, so the gateway retries later.
			Paycrypt_Logger::log( 'warning', 'webhook refused: events table not upgraded', array( 'event' => $event['id'] ) );
			return array( 503, array( 'code' => 'schema_upgrade_failed' ) );
		}
		// Claim the event id first (a unique key: of two concurrent deliveries
		// exactly one inserts it), apply, then mark it done; release the claim
		// on failure so the gateway's retry is processed. A claim left by a
		// request that died is taken over once stale (Paycrypt_Event_Log).
		try {
			$claim = $this->events->claim( $event['id'], $now );
		} catch ( Throwable $e ) {
			Paycrypt_Logger::log( 'error', 'webhook processing failed: ' . $e->getMessage(), array( 'event' => $event['id'] ) );
			return array( 500, array( 'code' => 'processing_failed' ) );
		}
		if ( Paycrypt_Event_Log::DONE === $claim ) {
			return array( 200, array( 'status' => 'duplicate' ) );
		}
		if ( Paycrypt_Event_Log::IN_PROGRESS === $claim ) {
			return array( 409, array( 'code' => 'event_in_progress' ) );
		}
		$object = $event['data']['object'] ?? null;
		if ( 0 === strpos( (string) $event['type'], 'payment.' ) && is_array( $object ) ) {
			try {
				$outcome = $this->sync->apply( $object );
			} catch ( Throwable $e ) {
				$this->events->release( $event['id'], $now );
				Paycrypt_Logger::log( 'error', 'webhook processing failed: ' . $e->getMessage(), array( 'event' => $event['id'] ) );
				return array( 500, array( 'code' => 'processing_failed' ) );
			}
			if ( 'lock_timeout' === $outcome ) { // another request held this payment too long: let the gateway retry.
				$this->events->release( $event['id'], $now );
				return array( 500, array( 'code' => 'lock_timeout' ) );
			}
		} else {
			$outcome = 'ignored';
		}
		if ( ! $this->events->finish( $event['id'], $now ) ) {
			// Slower than STALE_SECONDS: a redelivery took the claim over and applies it too (idempotent).
			Paycrypt_Logger::log( 'warning', 'webhook claim was taken over while applying', array( 'event' => $event['id'] ) );
		}
		return array(
			200,
			array(
				'status'  => 'processed',
				'outcome' => $outcome,
			),
		);
	}
}
