"""What the program needs besides its code: icons, pictures, fonts and service
addresses (``resources/``), and the compiled translations (``translations/``).

In the wheel and the frozen app they live in this package, copied from the
top-level ``resources/`` and compiled from ``translations/*.ts`` when the package is
built (setup.py); in a checkout this package is empty and ``wizard.resources`` reads
the top-level folders themselves.
"""
