<?php
/**
 * Errors raised by the API client.
 *
 *     Paycrypt_Error (Exception)
 *      ├── Paycrypt_Connection_Error   no HTTP response (DNS, refused, timeout)
 *      └── Paycrypt_Api_Error          an HTTP error status; status, code, detail, request_id
 *
 * @package PayCrypt
 */

defined( 'ABSPATH' ) || exit;

/** Base of every PayCrypt client error. */
class Paycrypt_Error extends Exception {
}

/** No HTTP response was received. */
class Paycrypt_Connection_Error extends Paycrypt_Error {
}

/** The API answered with an error status (RFC 9457 problem+json). */
class Paycrypt_Api_Error extends Paycrypt_Error {

	/** @var int */
	public $status;
	/** @var string */
	public $error_code;
	/** @var string|null */
	public $detail;
	/** @var string|null */
	public $request_id;

	/**
	 * @param string      $request    "METHOD /path".
	 * @param int         $status     HTTP status.
	 * @param string      $error_code The problem's stable `code`.
	 * @param string|null $detail     The problem's `detail`.
	 * @param string|null $request_id PayCrypt-Request-Id.
	 */
	public function __construct( string $request, int $status, string $error_code, ?string $detail, ?string $request_id ) {
		$this->status     = $status;
		$this->error_code = $error_code;
		$this->detail     = $detail;
		$this->request_id = $request_id;
		parent::__construct( "{$request} failed: {$status} {$error_code} (request_id=" . ( $request_id ?? 'none' ) . ')' . ( $detail ? ": {$detail}" : '' ) );
	}
}
