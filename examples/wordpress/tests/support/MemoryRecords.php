<?php
/**
 * Paycrypt_Payment_Records in memory (the plugin's own is a custom post type).
 */
final class MemoryRecords implements Paycrypt_Payment_Records {
	/** @var array<int, array> */
	public $records = array();

	public function create( array $payment ): int {
		$id = count( $this->records ) + 1;
		$this->records[ $id ] = array( 'id' => $id, 'payment_id' => $payment['id'] );
		foreach ( Paycrypt_Post_Records::FIELDS as $field ) {
			if ( 'payment_id' !== $field ) {
				$this->records[ $id ][ $field ] = (string) ( $payment[ $field ] ?? '' );
			}
		}
		return $id;
	}

	public function find( string $payment_id ): ?array {
		foreach ( $this->records as $record ) {
			if ( $record['payment_id'] === $payment_id ) {
				return $record;
			}
		}
		return null;
	}

	public function update( int $record_id, array $fields ): void {
		$this->records[ $record_id ] = array_merge( $this->records[ $record_id ], array_intersect_key( $fields, array_flip( array( 'status', 'updated_at', 'amount_received' ) ) ) );
	}

	public function open( int $limit ): array {
		return array_slice( array_values( array_filter( $this->records, static function ( $r ) {
			return in_array( $r['status'], Paycrypt_States::OPEN, true );
		} ) ), 0, $limit );
	}
}
