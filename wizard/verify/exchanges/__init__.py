"""One adapter per exchange: which requests to send and how to read the answers."""
