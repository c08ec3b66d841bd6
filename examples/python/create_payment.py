"""Create a payment and print it.

export PAYCRYPT_BASE_URL=http://127.0.0.1:8787 PAYCRYPT_API_KEY=pk_test_demo PAYCRYPT_API_SECRET=sk_test_demo
python examples/python/create_payment.py [AMOUNT] [CURRENCY] [PAY_CURRENCY]
"""

import sys

from paycrypt import PayCrypt, PayCryptError


def main() -> int:
    amount, currency, pay_currency = (sys.argv[1:] + ["49.99", "USD", "BTC"][len(sys.argv) - 1 :])[
        :3
    ]
    try:
        with PayCrypt() as client:  # PAYCRYPT_API_KEY / PAYCRYPT_API_SECRET / PAYCRYPT_BASE_URL
            payment = client.payments.create(
                amount=amount, currency=currency, pay_currency=pay_currency, order_id="quickstart-1"
            )
    except PayCryptError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{payment.id} {payment.status}: {payment.amount} {payment.currency}")
    print(f"pay {payment.pay_amount} {payment.pay_currency} to {payment.pay_address}")
    print(f"expires {payment.expires_at.isoformat()}  checkout {payment.hosted_url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
