"""Halal Key Wizard: set up, verify and keep a spot-only exchange API key."""

__version__ = "0.1.0"
APP_NAME = "Halal Key Wizard"
