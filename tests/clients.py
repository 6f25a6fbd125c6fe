"""The real clients some tests run: LibreOffice opens our DOCX/XLSX as a recipient's office suite
would, poppler reads our PDFs as a recipient's viewer would (issue 15 item 2).

On a developer's machine without them such a test skips and says how to install them. Under CI
(`CI=true`, as `.ci/run` runs) it FAILS instead, with the same install command: `.ci/run` installs
these programs, so a CI run that lacks them has not checked what these tests promise.
"""

from __future__ import annotations

import os
import shutil

import pytest

# program → (Debian package that provides it, what the tests use it for)
PROGRAMS = {
    "soffice": ("libreoffice-writer-nogui libreoffice-calc-nogui",
                "LibreOffice opens our DOCX and XLSX as a second program"),
    "pdftotext": ("poppler-utils", "poppler reads word positions in our PDFs"),
    "as": ("binutils", "the Linux bundle's smaller ICU data library is assembled with binutils"),
    "ld": ("binutils", "the Linux bundle's smaller ICU data library is linked with binutils"),
}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_program(name: str) -> str:
    """The program's path; skip (fail under CI=true) with the install command when it is absent."""
    found = shutil.which(name) or (shutil.which("libreoffice") if name == "soffice" else None)
    if found:
        return found
    package, why = PROGRAMS[name]
    message = (f"{name} is not installed ({why}). Install it with: "
               f"sudo apt-get install --no-install-recommends {package}")
    if in_ci():
        pytest.fail(f"{message}. Under CI=true this is required: .ci/run installs it.", pytrace=False)
    pytest.skip(message)
