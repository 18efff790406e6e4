"""A loopback exchange that speaks real wire protocols, for tests and practice mode.

It binds to 127.0.0.1 only. Nothing in it is a mock of ccxt: clients talk to it
over HTTP exactly as they would talk to the exchange.
"""
