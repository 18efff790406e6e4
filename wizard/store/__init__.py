"""Keeping keys: the secret in the system keychain, the rest in a small index file."""
