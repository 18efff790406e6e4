"""Live verification of an exchange API key, free of Qt.

Pages and the command line hand in credentials; ``service.verify_key`` returns a
``VerificationReport`` or raises a ``WizardError`` with a stable code.
"""
