"""First script of both bundle programs (build.spec), run right after PyInstaller's bootstrap.

PyInstaller embeds the archive of every Python module (about 12 MB compressed) in each
executable. The bundle has two executables, ``dancoso`` (windowed) and ``dancoso-cli``
(console), so it would carry the archive twice. Instead each executable embeds an empty
archive, and this script points PyInstaller's importer at the one shared archive in the
bundle's contents folder, ``dancoso.pyz``, before anything else imports from it (runtime hooks,
then tools/bundle_entry.py).

It relies on two names inside PyInstaller's loader (``pyimod01_archive.ZlibArchiveReader`` and
``pyimod02_importers.pyz_archive``, read by each path finder when it is made): build.spec checks
that the PyInstaller it builds with still has them, and tests/slow/test_bundle.py runs both
programs.
"""

import os
import sys

import pyimod01_archive  # PyInstaller's loader, present in every frozen program
import pyimod02_importers

pyimod02_importers.pyz_archive = pyimod01_archive.ZlibArchiveReader(
    os.path.join(sys._MEIPASS, "dancoso.pyz"), check_pymagic=True)
pyimod02_importers._pyz_tree = None      # the package tree of the archive, computed again on use
sys.path_importer_cache.clear()          # path finders made so far hold the empty archive
