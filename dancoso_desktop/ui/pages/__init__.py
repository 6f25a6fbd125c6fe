"""The pages of the main window's navigation list and the features' menu actions.

Each feature contributes a page factory ``create(window) -> QWidget`` and/or an action
installer ``install(window) -> None`` in a module of its own; this list wires them in.
"""
