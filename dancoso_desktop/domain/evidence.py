"""An evidence file attached to a record (a photo of a posted notice, a radio log, minutes).

One shape for every register: the disclosure register and inspections both keep their evidence
this way; services.attachments stores the file itself in the data folder, content-addressed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    sha256: str
    original_name: str
    size: int = 0
    suffix: str = ""
