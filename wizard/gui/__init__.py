"""Everything that imports Qt: the application, the window and its pages, the
workers that keep the window responsive, the PDF report. Nothing outside this
package imports PySide6 (tests/test_layers.py checks it)."""
