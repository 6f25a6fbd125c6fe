"""Entry script of the PyInstaller bundle (build.spec)."""

from dancoso_desktop.app import main

raise SystemExit(main())
