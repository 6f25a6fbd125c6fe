"""The window: the only package that imports PySide6 widgets (besides app.py)."""
