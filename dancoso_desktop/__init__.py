"""dancoso_desktop — grassroots-democracy work of a Vietnamese commune office, offline."""

__version__ = "0.1.0"
APP_NAME = "dancoso_desktop"
