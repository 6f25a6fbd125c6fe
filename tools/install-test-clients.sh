#!/usr/bin/env bash
# Installs what the tests need that pip cannot (issue 15 item 2), on Debian/Ubuntu:
#   - LibreOffice Writer and Calc without GUI: open our DOCX/XLSX as a recipient's office suite;
#   - poppler-utils: read our PDFs (pdftotext word positions, pdftoppm pictures);
#   - the X11/xcb libraries Qt's xcb platform needs, and Xvfb, for a real window;
#   - fonts-liberation2: the Vietnamese-complete Times-compatible font LibreOffice draws with;
#   - binutils: PyInstaller on Linux and the bundle's smaller ICU data (tools/icu_subset.py) need
#     as/ld/objcopy/strip for tests/slow/test_bundle.py.
# Does nothing when everything is there. Without apt-get or without the rights to use it, it says
# what to install and exits 0: the tests then skip with the same command (and fail under CI=true).
set -uo pipefail

PACKAGES=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2 xvfb
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 binutils)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
else
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "test clients: LibreOffice, poppler, the Qt libraries and binutils are installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; fi
fi
if ! command -v apt-get >/dev/null 2>&1 || { [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; }; then
  echo "test clients missing: ${missing[*]}"
  echo "install them with: sudo apt-get install --no-install-recommends ${missing[*]}"
  exit 0
fi
echo "test clients: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "apt-get update failed; trying the package lists already here"
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/dancoso-apt.log 2>&1; then
  tail -20 /tmp/dancoso-apt.log
  echo "could not install ${missing[*]}; tests that need them will say so"
fi
exit 0
